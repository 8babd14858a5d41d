"""Starting texts for About and the Data Protection Policy; editors rewrite them in the admin."""

from django.db import migrations

from articles.rendering import render_markdown

ABOUT = """Outlet is an independent publication reporting on geopolitics and world affairs.

## How we work

We name our sources where we can, link to the documents we cite, and correct our mistakes in
the open: an article changed after publication says when.

## Contact

Write to the editors at the address given on this page by your publication."""

DATA_PROTECTION = """This policy explains what this site records about its readers.

## Readers

Reading this site sets **no cookies** and loads nothing from other websites: no analytics, no
advertising, no fonts or scripts from third parties. Our web server keeps standard access logs
(address, time, page requested, browser) for security and to keep the site running; they are
deleted after a short period and never sold or shared.

## Search

What you type into the search box is used to answer your search and is not stored with your
identity.

## Editors and contributors

Editors who sign in to the admin get a session cookie, needed to keep them signed in.

## Your rights

You may ask what we hold about you, and have it corrected or deleted, by writing to the
editors."""

PAGES = [
    ("about", "About", "Who we are and how we work.", ABOUT),
    ("data-protection", "Data Protection Policy", "What this site records, and why.", DATA_PROTECTION),
]


def create_pages(apps, schema_editor):
    Page = apps.get_model("pages", "Page")
    for slug, title, description, body in PAGES:
        Page.objects.get_or_create(
            slug=slug,
            defaults={
                "title": title,
                "description": description,
                "body": body,
                "body_html": render_markdown(body).html,
            },
        )


class Migration(migrations.Migration):
    dependencies = [("pages", "0001_initial")]

    operations = [migrations.RunPython(create_pages, migrations.RunPython.noop)]
