"""The three roles as groups with their model permissions.

The permission lists are frozen here: changing a role later takes a new migration.
"""

from django.db import migrations

CONTRIBUTOR = {
    "articles": [
        "add_article", "change_article", "view_article",
        "view_section", "view_speaker",
        "add_quote", "change_quote", "delete_quote", "view_quote",
        "view_articleauthor", "view_relatedarticle",
    ],
    "authors": ["view_author"],
    "taggit": ["view_tag", "add_taggeditem", "change_taggeditem", "delete_taggeditem", "view_taggeditem"],
    "newsroom": [
        "view_historicalarticle",
        "add_leadimage", "change_leadimage", "delete_leadimage", "view_leadimage",
    ],
}
# None: every permission of the app.
EDITOR = {"articles": None, "authors": None, "taggit": None, "newsroom": None, "admin": ["view_logentry"]}
ADMINISTRATOR = {**EDITOR, "auth": None}
ROLES = {"Contributor": CONTRIBUTOR, "Editor": EDITOR, "Administrator": ADMINISTRATOR}


def create_roles(apps, schema_editor):
    from django.contrib.auth.management import create_permissions

    # Permissions are normally made after all migrations; the groups need them now.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name, grants in ROLES.items():
        group, _ = Group.objects.get_or_create(name=name)
        for app_label, codenames in grants.items():
            permissions = Permission.objects.filter(content_type__app_label=app_label)
            if codenames is not None:
                permissions = permissions.filter(codename__in=codenames)
                missing = set(codenames) - set(permissions.values_list("codename", flat=True))
                assert not missing, f"unknown permissions for {name}: {missing}"
            group.permissions.add(*permissions)


def remove_roles(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name__in=ROLES).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("newsroom", "0001_initial"),
        ("articles", "0001_initial"),
        ("authors", "0001_initial"),
        ("taggit", "__latest__"),
        ("admin", "__latest__"),
        ("auth", "__latest__"),
        ("contenttypes", "__latest__"),
    ]

    operations = [migrations.RunPython(create_roles, remove_roles)]
