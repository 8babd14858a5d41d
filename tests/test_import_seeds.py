import json
import subprocess  # nosec B404 - the test runs our own interpreter
import sys
import time
from concurrent.futures import Future
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import CommandError, call_command
from django.db import connection, transaction
from django.utils import timezone
from taggit.models import Tag

from articles.importer import import_many, parsing
from articles.importer import save as importer_save
from articles.models import Article, Quote, RelatedArticle, Speaker
from articles.rendering import blocks_to_markdown, render_markdown
from authors.models import Author

pytestmark = pytest.mark.django_db

SEEDS = Path(settings.BASE_DIR) / "fixtures" / "seeds"
SEED_000 = SEEDS / "000_dfc4c9cd3a653c2d.txt"
SEED_002 = SEEDS / "002_71e46f3a71b2d994.txt"
TITLE_000 = SEED_000.read_text().splitlines()[0]


def run(*args):
    call_command("import_seeds", *map(str, args))


def counts():
    return {
        model.__name__: model.objects.count()
        for model in [Article, Author, Speaker, Quote, RelatedArticle, Tag]
    }


def search_deferral() -> str | None:
    with connection.cursor() as cursor:
        cursor.execute("SELECT current_setting('outlet.search_deferred', true)")
        return cursor.fetchone()[0]


@pytest.fixture
def seeds_imported(db):
    run(SEEDS)
    return Article.objects.get(source_ref=SEED_000.name), Article.objects.get(
        source_ref=SEED_002.name
    )


def test_seed_000_becomes_a_published_article_with_author_quotes_and_stubs(seeds_imported):
    article, _ = seeds_imported
    assert article.title == TITLE_000
    assert article.status == Article.Status.PUBLISHED
    assert article.section.name == "Cooperation"
    author = article.authors.get()
    assert author.name == "Arshad Mahmood"
    assert author.aliases == ["Arshad Mehmood"]
    assert author.handles == ["@RajaAajtv"]
    assert author.links == ["https://themedialine.org/"]
    assert author.bio.startswith("Arshad Mehmood is a conflict zone journalist")
    assert article.quotes.count() == 8
    assert article.quotes.filter(kind="pull").count() == 3
    assert article.body_html.count('class="pull-quote"') == 3
    stubs = Article.objects.filter(is_stub=True)
    assert sorted(stubs.values_list("title", flat=True)) == [
        "Israel’s Attacks on UN Peacekeepers in Lebanon Raise International Alarm",
        "SCO Summit and The Quest For Influence!",
    ]
    curated = RelatedArticle.objects.filter(from_article=article).order_by("position")
    assert [link.to_article.title[:10] for link in curated] == ["SCO Summit", "Israel’s A"]
    assert not stubs.filter(status=Article.Status.PUBLISHED).exists()
    assert {s.section.name for s in stubs} == {"SCO", "UN peacekeepers"}


def test_imported_pull_quotes_link_their_speakers_pages(seeds_imported):
    for article in seeds_imported:
        for quote in article.quotes.filter(kind="pull").select_related("speaker"):
            captions = article.body_html.split("<figcaption>")[1:]
            link = f'<a href="{quote.speaker.get_absolute_url()}">'
            assert any(link in caption for caption in captions), quote.speaker


def test_article_without_stated_date_is_flagged_for_review(seeds_imported):
    article, _ = seeds_imported
    assert article.published_at is not None
    assert article.needs_review
    assert "not stated in source" in article.review_notes.lower()


def test_seed_002_keeps_its_table_of_contents_and_table(seeds_imported):
    _, article = seeds_imported
    level_two = [entry["text"] for entry in article.toc if entry["level"] == 2]
    assert (
        level_two[:8]
        == json.loads((SEEDS / "expected" / "002_71e46f3a71b2d994.json").read_text())["toc"]
    )
    assert "<caption>Masoud Pezeshkian: Key Personal Data" in article.body_html


def test_the_seeds_share_topic_tags(seeds_imported):
    first, second = (set(a.tags.names()) for a in seeds_imported)
    assert {"Russia", "Iran", "Vladimir Putin", "Masoud Pezeshkian"} <= first & second


def test_one_speaker_for_both_spellings_of_pezeshkian(seeds_imported):
    speaker = Speaker.objects.get(name="Masoud Pezeshkian")
    assert "Massoud Pezeshkian" in speaker.aliases
    assert speaker.quotes.count() == 2
    assert not Speaker.objects.filter(name="Massoud Pezeshkian").exists()
    assert Tag.objects.get(name="Masoud Pezeshkian").slug == "masoud-pezeshkian"
    assert not Tag.objects.filter(name="Massoud Pezeshkian").exists()


def test_discarded_lines_are_stored_with_reasons(seeds_imported):
    article, _ = seeds_imported
    texts = [entry["text"] for entry in article.import_discarded]
    assert any(text.startswith("This website uses cookies") for text in texts)
    assert all(entry["reason"] for entry in article.import_discarded)


def test_importing_again_changes_nothing(seeds_imported, capsys):
    before = counts()
    stamps = list(Article.objects.order_by("pk").values_list("updated_at", flat=True))
    run(SEEDS)
    assert counts() == before
    assert list(Article.objects.order_by("pk").values_list("updated_at", flat=True)) == stamps
    assert capsys.readouterr().out.count(": unchanged") == 2


def test_changed_file_updates_its_article_in_place(seeds_imported, tmp_path):
    article, _ = seeds_imported
    changed = tmp_path / SEED_000.name
    changed.write_text(SEED_000.read_text().replace("Ashgabat", "Aşgabat"))
    run(changed)
    article.refresh_from_db()
    assert "Aşgabat" in article.body
    assert Article.objects.filter(source_ref=SEED_000.name).count() == 1


def test_editor_changes_are_a_conflict_unless_forced(seeds_imported, tmp_path, capsys):
    article, _ = seeds_imported
    article.title = "Edited by the desk"
    article.save()
    changed = tmp_path / SEED_000.name
    changed.write_text(SEED_000.read_text().replace("Ashgabat", "Aşgabat"))
    run(changed)
    article.refresh_from_db()
    assert article.title == "Edited by the desk"
    assert ": conflict" in capsys.readouterr().out
    call_command("import_seeds", str(changed), "--force")
    article.refresh_from_db()
    assert article.title == TITLE_000


def test_later_import_fills_the_stub_instead_of_duplicating(seeds_imported, tmp_path):
    stub = Article.objects.get(title="SCO Summit and The Quest For Influence!")
    page = tmp_path / "sco.txt"
    page.write_text(
        "SCO Summit and The Quest For Influence!\nBy Jane Roe\nPublished October 14, 2024\n"
        "The Shanghai Cooperation Organisation met this week in a city that has rarely hosted "
        "so many heads of state, and the talks ran late into the night.\n"
        "Delegates said the final communique would be published on Friday after more talks "
        "between the foreign ministers of the member states.\n"
    )
    run(page)
    stub.refresh_from_db()
    assert not stub.is_stub
    assert stub.status == Article.Status.PUBLISHED
    assert stub.source_ref == "sco.txt"
    assert Article.objects.filter(title__iexact=stub.title).count() == 1


def test_imported_articles_and_their_stubs_are_indexed_once_their_writes_are_done(
    seeds_imported, tmp_path
):
    """Indexing is deferred during a file's writes; every article it wrote, stubs included, ends
    with the document the database makes of its stored title, body and tags, and the deferral
    ends with the file whether it was written, unchanged or a conflict."""
    article, _ = seeds_imported
    changed = tmp_path / SEED_000.name
    changed.write_text(SEED_000.read_text().replace("Ashgabat", "Aşgabat"))
    run(changed)
    assert search_deferral() != "on"
    data = changed.read_bytes()
    # Parsed ahead, it is found unchanged under the row lock.
    parse = parsing.parse_to_dict(data, changed.name)
    assert importer_save.import_seed(data, source=changed.name, parse=parse).status == "unchanged"
    assert search_deferral() != "on"
    Article.objects.filter(pk=article.pk).update(updated_at=timezone.now())
    run(SEED_000)
    assert search_deferral() != "on"
    assert Article.objects.filter(is_stub=True).exists()
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT count(*) FROM articles_article WHERE search_vector IS DISTINCT FROM"
            " articles_search_document(id, title, standfirst, body_html)"
        )
        assert cursor.fetchone() == (0,)
    later = Article.objects.create(title="Written after the import", slug="later", body="Merv")
    with connection.cursor() as cursor:
        cursor.execute("SELECT search_vector FROM articles_article WHERE id = %s", [later.pk])
        assert "merv" in cursor.fetchone()[0]


def test_an_import_keeps_a_revision_of_each_save_with_its_stamp_after_it(seeds_imported, tmp_path):
    """The revision of each imported save holds the article as saved, before its import stamp
    (as simple_history wrote it from the save's signal), by no user from the command line."""
    article, _ = seeds_imported
    changed = tmp_path / SEED_000.name
    changed.write_text(SEED_000.read_text().replace("Ashgabat", "Aşgabat"))
    run(changed)
    article.refresh_from_db()
    assert article.imported_at == article.updated_at
    latest, first = article.history.order_by("-history_id")
    assert (first.history_type, latest.history_type) == ("+", "~")
    assert first.imported_at is None
    assert latest.imported_at == first.updated_at < latest.updated_at == article.updated_at
    assert latest.body == article.body and "Aşgabat" in latest.body
    assert (latest.title, latest.slug, latest.section_id) == (
        article.title,
        article.slug,
        article.section_id,
    )
    assert latest.history_user is None and latest.history_change_reason is None


def test_author_spelt_differently_attaches_to_the_existing_author(seeds_imported, tmp_path):
    page = tmp_path / "other.txt"
    page.write_text(
        SEED_000.read_text()
        .replace("Arshad Mahmood ", "Arshad Mehmood")
        .replace(TITLE_000, "Another Dispatch From Ashgabat")
    )
    run(page)
    article = Article.objects.get(source_ref="other.txt")
    assert article.authors.get().name == "Arshad Mahmood"
    assert Author.objects.count() == 1


@pytest.mark.parametrize(
    ("name", "content", "problem"),
    [
        ("empty.txt", b"", "empty"),
        ("binary.txt", bytes(range(256)) * 40, "binary"),
        ("huge.txt", b"word " * 500_000, "limit"),
    ],
)
def test_bad_file_fails_with_its_name_and_writes_nothing(tmp_path, capsys, name, content, problem):
    (tmp_path / name).write_bytes(content)
    with pytest.raises(CommandError, match="1 of 1 files failed"):
        run(tmp_path / name)
    err = capsys.readouterr().err
    assert name in err and problem in err.lower()
    assert Article.objects.count() == 0


def test_one_bad_file_does_not_stop_the_others(tmp_path, capsys):
    (tmp_path / "a_empty.txt").write_bytes(b"")
    (tmp_path / SEED_000.name).write_bytes(SEED_000.read_bytes())
    with pytest.raises(CommandError):
        run(tmp_path)
    assert Article.objects.filter(source_ref=SEED_000.name).exists()
    assert "a_empty.txt" in capsys.readouterr().err


def test_missing_path_is_reported_as_a_failure(tmp_path, capsys):
    with pytest.raises(CommandError):
        run(tmp_path / "nope.txt")
    assert "nope.txt" in capsys.readouterr().err


def test_failure_midway_leaves_no_partial_rows(monkeypatch, capsys):
    def explode(*args, **kwargs):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(importer_save, "link_related", explode)
    with pytest.raises(CommandError):
        run(SEED_000)
    assert "disk on fire" in capsys.readouterr().err
    assert counts() == dict.fromkeys(counts(), 0)
    # The rollback ended the file's search deferral with its writes.
    assert search_deferral() != "on"


def test_dry_run_touches_no_database(django_assert_num_queries, capsys):
    with django_assert_num_queries(0):
        run(SEEDS, "--dry-run")
    assert capsys.readouterr().out.count(": parsed") == 2


def test_json_output_matches_the_expected_parse(tmp_path):
    run(SEED_002, "--dry-run", "--json", tmp_path)
    written = json.loads((tmp_path / "002_71e46f3a71b2d994.json").read_text())
    expected = json.loads((SEEDS / "expected" / "002_71e46f3a71b2d994.json").read_text())
    assert {key: written[key] for key in expected if key != "discarded"} == {
        key: value for key, value in expected.items() if key != "discarded"
    }


def test_as_draft_imports_drafts(tmp_path):
    run(SEED_000, "--as-draft")
    assert Article.objects.get(source_ref=SEED_000.name).status == Article.Status.DRAFT
    assert not Article.objects.published().exists()


def test_spellings_settle_the_same_way_in_the_other_import_order():
    run(SEED_002)
    run(SEED_000)
    pezeshkian = Speaker.objects.get(name__contains="Pezeshkian")
    assert pezeshkian.name == "Masoud Pezeshkian"
    assert pezeshkian.aliases == ["Massoud Pezeshkian"]
    for article in Article.objects.filter(source_ref__isnull=False):
        assert "Masoud Pezeshkian" in article.tags.names()


def test_text_in_a_legacy_encoding_is_decoded_not_refused(tmp_path):
    page = tmp_path / "latin1.txt"
    text = SEED_000.read_text().replace("Ashgabat", "Aşgabat").replace("ş", "e")
    page.write_bytes(
        text.replace("Russia and Iran have", "Café talks: Russia and Iran have").encode("cp1252")
    )
    run(page)
    assert "Café talks" in Article.objects.get(source_ref="latin1.txt").body


def test_page_without_an_article_fails_and_writes_nothing(tmp_path, capsys):
    page = tmp_path / "chrome.txt"
    page.write_text("Home\nMenu\nSearch\nSubscribe\nLog in\n© 2024 Example Media\n")
    with pytest.raises(CommandError):
        run(page)
    assert "chrome.txt" in capsys.readouterr().err
    assert Article.objects.count() == 0


def test_html_page_is_read_as_text(tmp_path):
    page = tmp_path / "page.txt"
    paragraphs = "".join(
        f"<p>{line}</p>" for line in SEED_000.read_text().splitlines()[17:40] if line.strip()
    )
    page.write_text(
        f"<!doctype html><html><head><title>x</title><script>alert(1)</script></head>"
        f"<body><h1>Putin and Pezeshkian Meet in Ashgabat</h1>{paragraphs}</body></html>"
    )
    run(page)
    article = Article.objects.get(source_ref="page.txt")
    assert "alert(1)" not in article.body and "<p>" not in article.body
    assert "Ashgabat" in article.body


def parse_with(**changes):
    parse = json.loads((SEEDS / "expected" / "000_dfc4c9cd3a653c2d.json").read_text())
    parse.update(changes)
    return parse


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"title": "T" * 301}, "title"),
        ({"section": "S" * 101}, "section"),
        ({"tags": ["ok", "t" * 101]}, "tag"),
        ({"quotes": [{"text": "x", "speaker": "N" * 201, "kind": "pull"}]}, "speaker"),
        ({"related": [{"title": "R" * 301, "date": None, "section": None}]}, "related title"),
    ],
)
def test_values_too_long_for_their_column_are_refused_by_name(changes, field):
    with pytest.raises(importer_save.ImportFailed, match=f"^{field} is "):
        importer_save.check_fits(parse_with(**changes))


def test_values_that_fit_pass():
    importer_save.check_fits(parse_with())


def test_lookups_asked_together_answer_as_each_asked_alone(make_article):
    """One round trip for several lookups, odd characters and all, answers in order."""
    make_article("50% off: what's %s", slug="50-off")
    Speaker.objects.create(name="O'Brien %(x)s", slug="obrien")
    lookups = [
        importer_save.sql.first_matches_lookup(
            Speaker, ["o'brien %(x)s", "Nobody"], titles=False, excluding=None
        ),
        importer_save.sql.free_slug_lookup(Article, ["50-off", "50-off-2"]),
        importer_save.sql.first_matches_lookup(
            Article, ["50% OFF: WHAT'S %S"], titles=True, excluding=None
        ),
        importer_save.sql.first_named_lookup(Speaker, ["Nobody"]),
    ]
    together = importer_save.sql.load_together(lookups)
    assert together == [importer_save.sql.load_together([lookup])[0] for lookup in lookups]
    assert together[0]["o'brien %(x)s"].slug == "obrien" and "Nobody" not in together[0]
    assert together[1:] == [
        "50-off-2",
        {"50% OFF: WHAT'S %S": Article.objects.get(slug="50-off")},
        None,
    ]


def test_exact_matches_found_together_are_those_found_one_at_a_time():
    for name, slug, aliases in [
        ("Vladimir Putin", "putin", ["Wladimir Putin"]),
        ("Masoud Pezeshkian", "pezeshkian", ["Massoud Pezeshkian"]),
        ("Jack Sullivan", "sullivan", []),
        ("JACK SULLIVAN", "sullivan-2", []),
    ]:
        Speaker.objects.create(name=name, slug=slug, aliases=aliases)
    spellings = [
        "vladimir putin",
        "Massoud Pezeshkian",
        "jack sullivan",
        "Nobody",
        "massoud pezeshkian",
    ]
    known = importer_save.ExactMatches(Speaker, spellings)
    for spelling in spellings:
        alone = Speaker.objects.filter(importer_save.exactly([spelling])).first()
        assert known.get(spelling) == alone, spelling
    known.forget()
    Speaker.objects.create(name="Nobody", slug="nobody")
    assert known.get("Nobody").slug == "nobody"


def test_first_named_is_the_first_row_the_orm_finds_by_name_or_alias():
    for name, slug, aliases in [
        ("Arshad Mahmood", "mahmood", ["Arshad Mehmood"]),
        ("ARSHAD MAHMOOD", "mahmood-2", []),
        ("Zoe Ball", "ball", ["Z. Ball"]),
    ]:
        Author.objects.create(name=name, slug=slug, aliases=aliases)
    for spellings in [
        ["arshad mahmood"],
        ["Arshad Mehmood", "Nobody"],
        ["nobody", "z. ball"],
        ["Z. BALL"],
        ["Nobody"],
    ]:
        orm = Author.objects.filter(importer_save.exactly(spellings)).order_by("name", "id")
        assert importer_save.sql.first_named(Author, spellings) == orm.first(), spellings
    assert importer_save.sql.first_named(Author, ["Z. Ball"], aliases=False) is None


def test_locked_articles_are_the_files_own_and_stubs_of_its_title(make_article):
    own = make_article("Old title", source_ref="a.txt")
    stub = make_article("Talks In Geneva", is_stub=True, status=Article.Status.DRAFT)
    make_article("Talks in Geneva")
    make_article("Elsewhere", is_stub=True, status=Article.Status.DRAFT)
    with transaction.atomic():
        found = importer_save.sql.locked_articles(Article, "a.txt", "TALKS IN GENEVA")
    assert found == list(Article.objects.filter(pk__in=[own.pk, stub.pk]))


def test_exact_title_matches_found_together_are_those_found_one_at_a_time(make_article):
    home = make_article("Talks in Geneva")
    hour = timezone.timedelta(hours=1)
    make_article("TALKS IN GENEVA", published_at=timezone.now() - 3 * hour)
    make_article("talks in geneva", published_at=timezone.now() - 2 * hour)
    make_article("Sanctions Widen")
    titles = ["Talks In Geneva", "sanctions widen", "Nothing Like It"]
    known = importer_save.ExactMatches(Article, titles, titles=True, excluding=home.pk)
    for title in titles:
        alone = Article.objects.exclude(pk=home.pk).filter(title__iexact=title).first()
        assert known.get(title) == alone, title


def test_teasers_find_their_articles_in_one_query_and_make_one_stub_per_title(
    make_article, django_assert_num_queries
):
    """Teasers are looked up together; a stub made for one is found by a later teaser naming it
    in another case, so two teasers for one article still link it once."""
    article = make_article("Home page")
    existing = make_article("Talks Resume in Geneva")
    teasers = [
        {"title": title, "date": None, "section": None}
        for title in ["TALKS RESUME IN GENEVA", "A New Story", "a new story", "Talks resume"]
    ]
    # One lookup; each stub is a slug check, its row and its history row; after the first stub
    # each later teaser is looked up alone.
    with importer_save.import_run(), django_assert_num_queries(1 + 3 + 2 + 3):
        links = importer_save.link_related(article, teasers)
    stubs = {stub.title: stub.pk for stub in Article.objects.filter(is_stub=True)}
    assert sorted(stubs) == ["A New Story", "Talks resume"]
    assert links == {existing.pk: 0, stubs["A New Story"]: 1, stubs["Talks resume"]: 3}


def test_a_teaser_naming_the_page_and_its_new_section_makes_one_section_and_free_slugs():
    """What was looked up before the writes is not trusted once a stub has taken the title's
    slug or made the section."""
    data = SEED_000.read_bytes()
    parse = parsing.parse_to_dict(data, "page.txt")
    parse["section"] = "Brand New Desk"
    parse["related"] = [{"title": parse["title"], "date": None, "section": "BRAND NEW DESK"}]
    with transaction.atomic():
        article = importer_save.save_article(
            Article(), parse, importer_save.checksum(data), as_draft=False
        )
    stub = Article.objects.get(is_stub=True)
    assert stub.title == article.title and stub.slug != article.slug
    assert article.slug.startswith(stub.slug)
    assert article.section == stub.section
    assert list(RelatedArticle.objects.values_list("to_article", flat=True)) == [stub.pk]


def test_a_teaser_naming_its_own_page_links_the_other_article_of_that_title(make_article):
    """Looked up under the row lock, before the page is known, a teaser's title may find the
    page itself; the page then links the first other article with that title, as before."""
    data = SEED_002.read_bytes()
    parse = parsing.parse_to_dict(data, "own.txt")
    parse["related"] = [{"title": parse["title"], "date": None, "section": None}]
    other = make_article(
        parse["title"].upper(), published_at=timezone.now() - timezone.timedelta(days=1)
    )
    own = make_article(parse["title"], source_ref="own.txt")
    wanted = importer_save.lookups_for(parse)
    asked = importer_save.sql.load_together(list(wanted.values()))
    answers = dict(zip(wanted, asked, strict=True))
    assert answers["titles"] == {parse["title"]: own}
    with transaction.atomic():
        importer_save.save_article(own, parse, "changed", as_draft=False, answers=answers)
    links = RelatedArticle.objects.filter(from_article=own).values_list("to_article", flat=True)
    assert list(links) == [other.pk]


def seed_variants(folder: Path, count: int) -> list[Path]:
    """`count` seed-sized files, each with its own title (so each is its own article)."""
    paths = []
    for n in range(count):
        seed = [SEED_000, SEED_002][n % 2]
        text = seed.read_text()
        title = text.splitlines()[0]
        paths.append(folder / f"variant_{n:03d}.txt")
        paths[-1].write_text(text.replace(title, f"{title} (dispatch {n})"))
    return paths


def test_a_long_import_parses_in_worker_processes_what_a_short_one_parses(tmp_path, monkeypatch):
    submitted = []
    submit = parsing.ParsePool.submit

    def counted(pool, data, source):
        submitted.append(source)
        return submit(pool, data, source)

    monkeypatch.setattr(parsing.ParsePool, "submit", counted)
    paths = seed_variants(tmp_path, parsing.POOL_FROM + 2)
    run(tmp_path)
    assert sorted(submitted) == sorted(path.name for path in paths)
    for path in paths:
        article = Article.objects.get(source_ref=path.name)
        parse = importer_save.parse_bytes(path.read_bytes(), source=path.name).to_dict()
        assert article.title == parse["title"]
        assert article.body == blocks_to_markdown(parse["blocks"])
        # Rendered in the worker, linked to the speakers' pages here: as the model renders it.
        rendered = render_markdown(article.body, speaker_url=Speaker.objects.url_for_name)
        assert (article.body_html, article.toc) == (rendered.html, rendered.toc)
        assert article.quotes.count() == len(parse["quotes"])


def test_unchanged_files_start_no_worker_processes(tmp_path, monkeypatch, capsys):
    seed_variants(tmp_path, parsing.POOL_FROM + 2)
    run(tmp_path)
    capsys.readouterr()
    monkeypatch.setattr(parsing.ParsePool, "submit", None)
    run(tmp_path)
    assert capsys.readouterr().out.count(": unchanged") == parsing.POOL_FROM + 2


class BrokenPool:
    """A pool whose worker has died: every parse it was given fails."""

    def submit(self, data, source):
        future = Future()
        future.set_exception(BrokenProcessPool("a worker died"))
        return future


def test_a_pool_whose_worker_was_killed_hands_files_back():
    data = SEED_000.read_bytes()
    with parsing.parse_pool(parsing.POOL_FROM) as pool:
        first = pool.submit(data, SEED_000.name)
        assert first.result()["title"] == TITLE_000
        for process in list(pool._executor._processes.values()):
            process.kill()
        later = pool.submit(data, SEED_000.name)
        if later is not None:  # submitted before the pool noticed the death: it fails instead
            assert isinstance(later.exception(), BrokenProcessPool)
        assert pool.submit(data, SEED_000.name) is None


def test_a_dead_worker_costs_speed_not_files():
    files = [(seed.name, seed.read_bytes()) for seed in (SEED_000, SEED_002)]
    results = list(import_many(files, pool=BrokenPool()))
    assert [result.status for result in results] == ["created", "created"]
    assert Article.objects.get(source_ref=SEED_000.name).quotes.exists()


def running(pid: int) -> bool:
    """Whether the process exists and is not a zombie waiting to be reaped."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (FileNotFoundError, IndexError):
        return False
    return state != "Z"


def test_parse_workers_leave_when_the_importer_is_killed():
    importer = subprocess.Popen(  # noqa: S603 - our own interpreter and a fixed script
        [sys.executable, "-c", KILLED_IMPORTER],
        cwd=settings.BASE_DIR,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    workers = [int(pid) for pid in importer.stdout.readline().split()]
    assert workers and all(running(pid) for pid in workers)
    importer.kill()
    importer.wait()
    deadline = time.monotonic() + 10 * parsing.PARENT_CHECK_SECONDS
    while any(running(pid) for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not any(running(pid) for pid in workers)


# Starts a parse worker, prints its pid, then waits to be killed.
KILLED_IMPORTER = """
import sys
from articles.importer.parsing import ParsePool
pool = ParsePool(1)
pool.submit(b"not a page", "x.txt").result()
print(*pool._executor._processes, flush=True)
sys.stdin.read()
"""


def test_queries_per_imported_file_stay_few(tmp_path, django_assert_max_num_queries):
    """The import's speed is mostly its round trips to the database: pin them.

    Once the speakers, authors, tags and stubs the files share exist, a new file costs one
    round trip for its row lock (which defers search indexing) and, under it, its speakers,
    author, teasers, section and a free slug; the article's row; one statement for its tags,
    bylines, quotes, links and revision; and one for its search document and import stamp
    (which ends the deferral): 4 queries for seed 000 and for seed 002 (11 and 8 before the
    lookups were asked together and the revision and stamp joined other statements, 19 and 13
    before the writes were batched). In a test each file's transaction is a savepoint, two
    queries more; the batch's check of stored checksums is one.
    """
    warm, *paths = seed_variants(tmp_path, 5)
    files = [(path.name, path.read_bytes()) for path in paths]
    list(import_many([(warm.name, warm.read_bytes()), *files[:1]]))
    with importer_save.import_run(), django_assert_max_num_queries(1 + 6 + 6 + 6):
        results = list(import_many(files[1:]))
    assert [result.status for result in results] == ["created"] * 3
