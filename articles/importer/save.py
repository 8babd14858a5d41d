"""Writing one parsed seed file to the database: one transaction, keyed on its source."""

import hashlib
import re
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime, time

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from simple_history.models import HistoricalRecords
from taggit.models import Tag, TaggedItem

from articles import invalidation
from articles.importer import sql
from articles.importer.names import count_mentions, find_same_name
from articles.importer.parsing import ImportFailed, parse_file, parse_to_dict
from articles.models import Article, RelatedArticle, Section, Speaker
from articles.rendering import link_speakers
from authors.models import Author
from outlet.slugs import slug_candidates, unique_slug

NO_DATE_NOTE = "Publication date not stated in source."
# Free slugs looked for with the other lookups; past these, `unique_slug` counts on.
SLUG_CANDIDATES = 10
# An answer not looked up beforehand: look it up when it is needed.
NOT_LOOKED_UP = object()
STUB_NOTE = "Only the title is known (from a related-article teaser)."


@dataclass(frozen=True)
class ImportResult:
    source: str
    status: str  # created | updated | unchanged | conflict | failed
    article_id: int | None = None
    blocks: int = 0
    quotes: int = 0
    discarded: int = 0
    message: str = ""


def checksum(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def parse_bytes(data: bytes, *, source: str):
    """Decode and parse a seed file, or raise ImportFailed saying what is wrong with it."""
    parsed = parse_file(data, source=source)
    check_fits(parsed.to_dict())
    return parsed


def max_length(model, name: str) -> int:
    field = model._meta.get_field(name)
    return getattr(field, "base_field", field).max_length


def check_fits(parse: dict) -> None:
    """Refuse, naming the field, a parse with a value longer than its column holds.

    Cutting it short would invent a value the page never had; failing inside the transaction
    would name a column rather than the problem.
    """
    authors, related = parse["authors"], parse["related"]
    checks = {
        "title": ([parse["title"]], max_length(Article, "title")),
        "related title": ([r["title"] for r in related], max_length(Article, "title")),
        "section": (
            [s for s in [parse["section"], *(r["section"] for r in related)] if s],
            max_length(Section, "name"),
        ),
        "author name": (
            [n for a in authors for n in [a["name"], *a["aliases"]]],
            max_length(Author, "name"),
        ),
        "author link": (
            [link for a in authors for link in a["links"]],
            max_length(Author, "links"),
        ),
        "social handle": (
            [h for a in authors for h in a["handles"]],
            max_length(Author, "handles"),
        ),
        "speaker": ([q["speaker"] for q in parse["quotes"]], max_length(Speaker, "name")),
        "tag": (parse["tags"], max_length(Tag, "name")),
    }
    for what, (values, limit) in checks.items():
        for value in values:
            if len(value) > limit:
                raise ImportFailed(
                    f"{what} is {len(value)} characters, over the {limit} allowed: {value[:40]!r}…"
                )


@contextmanager
def import_run():
    """Make the imports inside one change to the site: cached pages are invalidated once, at
    the end, rather than after each file. Each file is still its own transaction."""
    with invalidation.batched():
        yield


def import_seed(
    data: bytes,
    *,
    source: str,
    force: bool = False,
    as_draft: bool = False,
    parse: dict | ImportFailed | None = None,
):
    """Import one seed file's bytes as the article keyed `source`; never raises for bad input.

    An unchanged file is recognised by its checksum before parsing, so re-imports are cheap.
    A changed file updates its article in place, unless an editor has edited the article since
    its import: that is a conflict, left alone unless `force`. Pages showing what it changed
    are invalidated once it has committed, or at the end of the enclosing `import_run()`.
    `parse` is the file's `parse_to_dict()` when it was parsed ahead, elsewhere.
    """
    with import_run():
        return _import_seed(data, source=source, force=force, as_draft=as_draft, parse=parse)


def import_many(
    files: list[tuple[str, bytes]], *, pool=None, force: bool = False, as_draft: bool = False
):
    """Import `(source, data)` pairs in order, yielding each one's result as it is stored.

    With a `pool` (see `parse_pool`), the files that need parsing are parsed there while earlier
    ones are written. A file that breaks the importer fails alone; the others still import.
    """
    stored = {
        source: (digest, pk)
        for source, digest, pk in Article.objects.filter(
            source_ref__in=[source for source, _ in files]
        ).values_list("source_ref", "source_checksum", "pk")
    }
    digests = [checksum(data) for _, data in files]
    unchanged = [
        not force and stored.get(source, (None,))[0] == digest
        for (source, _), digest in zip(files, digests, strict=True)
    ]
    ahead = [
        pool.submit(data, source) if pool and not same else None
        for (source, data), same in zip(files, unchanged, strict=True)
    ]
    for (source, data), same, future in zip(files, unchanged, ahead, strict=True):
        if same:
            yield ImportResult(source, "unchanged", stored[source][1])
            continue
        try:
            # Checked against `stored` already: parsed here when no worker did.
            parse = parsed_ahead(future) or parse_to_dict(data, source)
            yield import_seed(data, source=source, force=force, as_draft=as_draft, parse=parse)
        except Exception as error:  # noqa: BLE001 - one broken file must not stop a batch
            yield ImportResult(source, "failed", message=f"{type(error).__name__}: {error}")


def parsed_ahead(future) -> dict | ImportFailed | None:
    """The worker's parse, or None (parse here) when there is none or the worker broke."""
    if future is None:
        return None
    try:
        return future.result()
    except Exception:  # noqa: BLE001 - a dead worker only costs the speed it was meant to add
        return None


def _import_seed(
    data: bytes, *, source: str, force: bool, as_draft: bool, parse: dict | ImportFailed | None
) -> ImportResult:
    digest = checksum(data)
    if parse is None:
        # Before parsing, which an unchanged file never needs; a caller that parsed ahead has
        # checked already, and the check under the row lock below is the one that counts.
        existing = Article.objects.filter(source_ref=source).only("source_checksum").first()
        if existing and existing.source_checksum == digest and not force:
            return ImportResult(source, "unchanged", existing.pk)
        parse = parse_to_dict(data, source)
    try:
        if isinstance(parse, ImportFailed):
            raise parse
        check_fits(parse)
    except ImportFailed as error:
        return ImportResult(source, "failed", message=str(error))
    counts = {
        "blocks": len(parse["blocks"]),
        "quotes": len(parse["quotes"]),
        "discarded": len(parse["discarded"]),
    }
    wanted = lookups_for(parse)
    with transaction.atomic():
        # This file's article, else a stub with its title (from another page's teaser); what
        # the writes will look up is asked in the same round trip, under the lock.
        found, *answers = sql.load_together(
            [sql.locked_articles_lookup(Article, source, parse["title"]), *wanted.values()]
        )
        article = next((a for a in found if a.source_ref == source), None) or next(
            iter(found), None
        )
        if article and article.source_checksum == digest and not force:
            sql.not_deferred()
            return ImportResult(source, "unchanged", article.pk)
        if article and article.is_edited_since_import and not force:
            sql.not_deferred()
            return ImportResult(
                source,
                "conflict",
                article.pk,
                message="edited in the admin since its import; use --force to overwrite",
                **counts,
            )
        status = "updated" if article and not article.is_stub else "created"
        article = save_article(
            article or Article(),
            parse,
            digest,
            as_draft=as_draft,
            answers=dict(zip(wanted, answers, strict=True)),
        )
    return ImportResult(source, status, article.pk, **counts)


def save_article(
    article: Article, parse: dict, digest: str, *, as_draft: bool, answers: dict | None = None
) -> Article:
    """Fill `article` and everything hanging off it from the parse `parse`.

    The rows it links to (speakers, section, authors, related articles) are found or made
    first; its own rows (tags, bylines, quotes, related links) are then written together.
    `answers` may be those of `lookups_for(parse)`, asked beforehand.
    """
    # A new article has no bylines, quotes, tags or links to replace.
    new = article.pk is None
    quoted = list(dict.fromkeys(q["speaker"] for q in parse["quotes"]))
    known, titles, sections, first_author, slug = looked_up(article, parse, answers)
    found = {name: speaker_for(name, known) for name in quoted}
    speakers = {name: speaker for name, (speaker, _) in found.items()}
    # The byline's first author was looked up beforehand; the others are looked up once those
    # before them are stored, as one of those may be their match.
    authors = [
        author_for(entry, first_author if n == 0 else NOT_LOOKED_UP)
        for n, entry in enumerate(parse["authors"])
    ]
    related = link_related(article, parse["related"], titles, sections)
    article.title = parse["title"]
    article.body = parse["body"]
    article.section = section_for(parse["section"], sections)
    article.source_ref = parse["source"]
    article.source_checksum = digest
    article.import_discarded = parse["discarded"]
    article.is_stub = False
    article.status = Article.Status.DRAFT if as_draft else Article.Status.PUBLISHED
    if parse["published"]:
        article.published_at = start_of_day(date.fromisoformat(parse["published"]))
        article.needs_review = False
    else:
        article.published_at = article.published_at or timezone.now()
        article.needs_review = True
        article.review_notes = NO_DATE_NOTE
    if not article.slug:
        # Unless a stub made just now took it.
        free = slug if slug and not titles.stale else None
        article.slug = free or unique_slug(Article.objects.all(), article.title, fallback="article")
    speaker_url = known_speaker_urls(speakers)
    # Its revision is written with its tags (`store_parts`), one round trip fewer.
    article.save_without_historical_record(
        speaker_url=speaker_url, rendered=link_speakers(parse["unlinked"], speaker_url)
    )
    if not new:
        # Through the ORM: its delete signals refresh the pages of the authors and speakers
        # the article loses.
        article.articleauthor_set.all().delete()
        article.quotes.all().delete()
        RelatedArticle.objects.filter(from_article=article).delete()
    quotes = [(q["text"], speakers[q["speaker"]].pk, q["kind"]) for q in parse["quotes"]]
    store_parts(
        article,
        tags=tags_for(parse, found, known),
        authors=[author.pk for author in authors],
        quotes=quotes,
        related=related,
        new=new,
    )
    # The article, its stubs and its tags were several writes; each search document is built
    # once, here (the deferral began with the row lock).
    sql.index_imported(article.pk, list(related))
    return article


def history_user() -> int | None:
    """The user simple_history records for a save: the signed-in user of the request being
    served (the admin's import page), else none (the command, a script)."""
    user = getattr(getattr(HistoricalRecords.context, "request", None), "user", None)
    return user.pk if user is not None and user.is_authenticated else None


def lookups_for(parse: dict) -> dict[str, sql.Lookup]:
    """What `save_article` looks up before it writes, to ask in one round trip: the speakers
    quoted or named, the teasers' articles, the section, the byline's first author's exact
    match and a free slug for the title."""
    quoted = [q["speaker"] for q in parse["quotes"]]
    speakers = list(dict.fromkeys([*quoted, *parse["people"]]))
    titles = list(dict.fromkeys(teaser["title"] for teaser in parse["related"]))
    authors = parse["authors"][:1]
    wanted = {
        "speakers": speakers
        and sql.first_matches_lookup(Speaker, speakers, titles=False, excluding=None),
        "titles": titles and sql.first_matches_lookup(Article, titles, titles=True, excluding=None),
        "section": parse["section"]
        and sql.first_named_lookup(Section, [parse["section"]], aliases=False),
        "author": authors
        and sql.first_named_lookup(Author, [authors[0]["name"], *authors[0]["aliases"]]),
        "slug": sql.free_slug_lookup(
            Article, slug_candidates(parse["title"], SLUG_CANDIDATES, fallback="article")
        ),
    }
    return {key: lookup for key, lookup in wanted.items() if lookup}


def looked_up(article: Article, parse: dict, answers: dict | None = None):
    """The answers of `lookups_for(parse)` (asked now, unless given) as `save_article` uses
    them: the speakers and the teasers' articles (`ExactMatches`), the section (name: row), the
    byline's first author's exact match, and a free slug for an article without one."""
    if answers is None:
        wanted = lookups_for(parse)
        answers = dict(zip(wanted, sql.load_together(list(wanted.values())), strict=True))
    quoted = [q["speaker"] for q in parse["quotes"]]
    titles = [teaser["title"] for teaser in parse["related"]]
    teased = answers.get("titles", {})
    if article.pk is not None and any(row.pk == article.pk for row in teased.values()):
        # A teaser names the page itself: its first other match is asked for.
        teased = None
    return (
        ExactMatches(Speaker, [*quoted, *parse["people"]], first=answers.get("speakers", {})),
        ExactMatches(Article, titles, titles=True, excluding=article.pk, first=teased),
        {parse["section"]: answers["section"]} if "section" in answers else {},
        answers.get("author", NOT_LOOKED_UP),
        None if article.slug else answers["slug"],
    )


def known_speaker_urls(speakers: dict[str, Speaker]):
    """Pull-quote caption links from the speakers in hand, querying only for others."""
    urls = {name: speaker.get_absolute_url() for name, speaker in speakers.items()}

    def speaker_url(name: str) -> str | None:
        return urls[name] if name in urls else Speaker.objects.url_for_name(name)

    return speaker_url


def tags_for(
    parse: dict, found: dict[str, tuple[Speaker, bool]], known: "ExactMatches"
) -> list[str]:
    """The page's own tags, then countries and titled people it names twice, then its speakers.

    Call it once the article's body is stored: a speaker's name is settled by counting mentions
    in the stored bodies, and this article must have its say.
    """
    topics = [person_topic(name, known) for name in parse["people"]]
    named = [settle_speaker_name(s).name if new else s.name for s, new in found.values()]
    return [*parse["tags"], *parse["countries"], *topics, *named]


def start_of_day(day: date) -> datetime:
    return timezone.make_aware(datetime.combine(day, time()))


def section_for(name: str | None, known: dict | None = None) -> Section | None:
    """The section named `name` (ignoring case), made if new. `known` may hold sections looked
    up beforehand by name; it is emptied when a section is made."""
    if not name:
        return None
    known = {} if known is None else known
    section = known[name] if name in known else sql.first_named(Section, [name], aliases=False)
    if section:
        return section
    known.clear()
    slug = unique_slug(
        Section.objects.all(), name, max_length=max_length(Section, "slug"), fallback="section"
    )
    return Section.objects.create(name=name, slug=slug)


def author_for(entry: dict, exact=NOT_LOOKED_UP) -> Author:
    """The existing author with this name or an alias of it, updated; else a new one.

    `exact` may be the author found by name or alias beforehand (or None).
    """
    spellings = [entry["name"], *entry["aliases"]]
    author = find_same_name_in(Author, spellings, exact=exact)
    if author is None:
        author = Author(
            name=entry["name"],
            slug=unique_slug(Author.objects.all(), entry["name"], fallback="author"),
        )
    before = (author.aliases, author.links, author.handles, author.bio)
    author.aliases = merged(author.aliases, [s for s in spellings if s != author.name])
    author.links = merged(author.links, entry["links"])
    author.handles = merged(author.handles, entry["handles"])
    author.bio = author.bio or entry["bio"] or ""
    if author.pk is None or before != (author.aliases, author.links, author.handles, author.bio):
        author.save()
    return author


def speaker_for(name: str, known: "ExactMatches | None" = None) -> tuple[Speaker, bool]:
    """The speaker spelt `name` or spelt like it (created if new), and whether the spelling is new.

    A new spelling becomes an alias, and the caller settles the speaker's name once the article
    is stored (see `settle_speaker_name`).
    """
    speaker = find_same_name_in(Speaker, [name], known)
    if speaker is None:
        if known is not None:
            known.forget()
        # A person already tagged under another spelling keeps that spelling as an alias.
        tagged = find_same_name([name], [(t, [t.name]) for t in Tag.objects.only("name")])
        aliases = [tagged.name] if tagged and tagged.name != name else []
        speaker = Speaker.objects.create(
            name=name,
            aliases=aliases,
            slug=unique_slug(Speaker.objects.all(), name, fallback="speaker"),
        )
        return speaker, bool(aliases)
    return speaker, add_alias(speaker, name, known)


def person_topic(name: str, known: "ExactMatches | None" = None) -> str:
    """A person's topic tag: the speaker's name when the person is a known speaker."""
    speaker = find_same_name_in(Speaker, [name], known)
    if speaker is None:
        return name
    return settle_speaker_name(speaker).name if add_alias(speaker, name, known) else speaker.name


def add_alias(speaker: Speaker, name: str, known: "ExactMatches | None" = None) -> bool:
    """Record `name` as another spelling of the speaker's; True if it was new."""
    if name == speaker.name or name in speaker.aliases:
        return False
    if known is not None:
        known.forget()
    speaker.aliases = [*speaker.aliases, name]
    speaker.save(update_fields=["aliases"])
    return True


def settle_speaker_name(speaker: Speaker) -> Speaker:
    """Name the speaker by the spelling the article bodies use most, renaming its tag too.

    One article's odd transliteration then does not rename a speaker that the other articles
    spell differently. It scans the bodies that mention the speaker, so it runs only when a new
    spelling turns up. The slug stays, so the speaker's address never changes.
    """
    spellings = [speaker.name, *speaker.aliases]
    bodies = list(
        Article.objects.filter(body__iregex="|".join(map(re.escape, spellings))).values_list(
            "body", flat=True
        )
    )
    best = max(spellings, key=lambda s: (count_mentions(s, bodies), s == speaker.name))
    if best != speaker.name:
        old = speaker.name
        speaker.aliases = [s for s in spellings if s != best]
        speaker.name = best
        speaker.save(update_fields=["name", "aliases"])
        rename_tag(old, best)
    return speaker


def rename_tag(old: str, new: str) -> None:
    old_tag = Tag.objects.filter(name__iexact=old).first()
    if old_tag is None:
        return
    new_tag = Tag.objects.filter(name__iexact=new).first()
    if new_tag is None:
        old_tag.name = new
        old_tag.slug = unique_slug(Tag.objects.exclude(pk=old_tag.pk), new, fallback="tag")
        old_tag.save()
        return
    TaggedItem.objects.filter(tag=old_tag).exclude(
        object_id__in=TaggedItem.objects.filter(tag=new_tag).values("object_id")
    ).update(tag=new_tag)
    old_tag.delete()


def store_parts(
    article: Article,
    *,
    tags: list[str],
    authors: list[int],
    quotes: list[tuple[str, int, str]],
    related: dict[int, int],
    new: bool,
) -> None:
    """Write the article's tags (by name, made if new), bylines (author ids in order), quotes
    (text, speaker id, kind), related links (target id: position) and its revision (the
    article saved without one).

    An article being updated has had its bylines, quotes and links deleted; it keeps the tags
    it still has. Its search document is left to `sql.index_imported()`.
    """
    unique = list({name.casefold(): name for name in reversed(tags) if name}.values())[::-1]
    content_type = ContentType.objects.get_for_model(Article)
    revision = {
        "history_date": timezone.now(),
        "history_type": "+" if new else "~",
        "history_user": history_user(),
    }
    found = sql.store_parts(
        Article,
        article.pk,
        revision=revision,
        content_type=content_type.pk,
        tags=unique,
        authors=authors,
        quotes=quotes,
        related=related,
    )
    made = [Tag.objects.create(name=name) for n, name in enumerate(unique, 1) if n not in found]
    TaggedItem.objects.bulk_create(
        [TaggedItem(content_object=article, tag=tag) for tag in made], ignore_conflicts=True
    )
    if not new:
        TaggedItem.objects.filter(content_type=content_type, object_id=article.pk).exclude(
            tag_id__in=[*found.values(), *(tag.pk for tag in made)]
        ).delete()


def link_related(
    article: Article,
    teasers: list[dict],
    known: "ExactMatches | None" = None,
    sections: dict | None = None,
) -> dict[int, int]:
    """The related articles the page's teasers name, existing else made as title stubs, each
    with the position of its first teaser (two teasers for one article link it once).

    `known` may hold the teasers' titles looked up beforehand, `sections` the sections (see
    `section_for`).
    """
    links: dict[int, int] = {}
    if known is None:
        titles = [t["title"] for t in teasers]
        known = ExactMatches(Article, titles, titles=True, excluding=article.pk)
    for position, teaser in enumerate(teasers):
        target = known.get(teaser["title"])
        if target is None:
            # A later teaser may name this stub, in another case.
            known.forget()
            target = Article.objects.create(
                title=teaser["title"],
                status=Article.Status.DRAFT,
                is_stub=True,
                published_at=start_of_day(date.fromisoformat(teaser["date"]))
                if teaser["date"]
                else None,
                section=section_for(teaser["section"], sections),
                needs_review=True,
                review_notes=STUB_NOTE,
            )
        links.setdefault(target.pk, position)
    return links


def exactly(spellings: list[str]) -> Q:
    """Rows named one of `spellings` (ignoring case) or with one of them as an alias."""
    exact = Q(aliases__overlap=spellings)
    for spelling in spellings:
        exact |= Q(name__iexact=spelling)
    return exact


class ExactMatches:
    """For each of `spellings`, the row `model.objects.filter(exactly([s])).first()` finds, all in
    one query of plain SQL: the ORM took longer to build that query (one expression a spelling)
    than PostgreSQL took to run it.

    With `titles`, rows match on their title instead, ignoring case (a teaser's article), leave
    out the row `excluding`, and are loaded with their primary key only. Valid until those rows
    change: a caller that creates a row or adds an alias calls `forget()`, and later lookups
    query one spelling at a time. `first` may be the answer, looked up beforehand.
    """

    def __init__(
        self, model, spellings: list[str], *, titles: bool = False, excluding=None, first=None
    ):
        self.model = model
        self.titles = titles
        self.excluding = excluding
        self.spellings = list(dict.fromkeys(spellings))
        self.first = self._lookup(self.spellings) if first is None else first
        self.stale = False

    def _lookup(self, spellings: list[str]) -> dict:
        if not spellings:
            return {}
        return sql.first_matches(
            self.model, spellings, titles=self.titles, excluding=self.excluding
        )

    def forget(self) -> None:
        self.spellings = []
        self.stale = True

    def get(self, spelling: str):
        if spelling in self.spellings:
            return self.first.get(spelling)
        return self._lookup([spelling]).get(spelling)


def find_same_name_in(
    model, spellings: list[str], known: ExactMatches | None = None, *, exact=NOT_LOOKED_UP
):
    """The row of `model` spelt like one of `spellings`: by exact name or alias in SQL first,
    else by fuzzy matching in Python.

    `known` may hold the exact matches of a single spelling, found beforehand with others;
    `exact` may be the exact match of all of them (or None), found beforehand.
    """
    if exact is not NOT_LOOKED_UP:
        match = exact
    elif known is not None and len(spellings) == 1:
        match = known.get(spellings[0])
    else:
        match = sql.first_named(model, spellings)
    if match:
        return match
    rows = model.objects.only("name", "aliases")
    match = find_same_name(spellings, [(row, [row.name, *row.aliases]) for row in rows])
    return model.objects.get(pk=match.pk) if match else None


def merged(existing: list[str], new: list[str]) -> list[str]:
    return list(dict.fromkeys([*existing, *new]))
