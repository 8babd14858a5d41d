"""Bylines, author bios and wire credits: who wrote the article, and who merely helped.

``rapidfuzz`` decides whether the name opening a bio is another spelling of a byline name
("Mahmood" / "Mehmood"); ``pycountry`` keeps "South Africa"-style labels from passing as names.
"""

from __future__ import annotations

import re
from functools import lru_cache

import pycountry
from rapidfuzz import fuzz

from .dates import has_date
from .openers import OpenerPattern
from .text import (
    ends_sentence,
    fold_accents,
    folded_pattern,
    has_keyword,
    keyword_text,
    word_count,
)

_AGENCIES = frozenset(
    "reuters ap afp bloomberg xinhua ani pti dpa efe tass irna anadolu ians upi kyodo".split()
) | {"yonhap", "associated press", "agence france-presse", "anadolu agency", "press trust of india"}
_PARTICLES = frozenset(
    "de da del della der den di du van von bin binti ibn al el la le dos das ter y e".split()
)
# Words that start with a capital in labels and headlines but never in a person's name.
_NOT_NAME_WORDS = frozenset(
    """
    the a an and of in on for to with from by at our your this that more most all new news
    world politics business sport sports opinion culture tech technology science health
    middle east west north south central africa asia europe america americas latin pacific
    economy markets market finance money media arts books travel style food life lifestyle
    home menu search subscribe login sign log register share print email comments comment
    video videos photos photo gallery live latest top stories story analysis features feature
    editorial editorials letters environment climate education society national international
    local region regional global breaking trending popular read also related tags topics
    about contact privacy terms advertisement sponsored newsletter podcast podcasts weather
    defence defense security war conflict elections election government policy law crime
    justice entertainment music film tv movies fashion cars property jobs careers obituaries
    staff reporter correspondent desk team editor editors wire agency city hall rights human
    affairs foreign domestic diplomacy nation state states united energy oil gas trade military
    nuclear space religion community region gulf investigations insight insights explainer
    special report reports review reviews peace summit council elections parliament congress
    court courts migration refugees humanitarian aid development water food agriculture transport
    infrastructure cooperation relations geopolitics strategy history heritage people
    press release releases statement statements announcement announcements newsroom bulletin
    url permalink shortlink agencies wires admin scholar fellow nonresident visiting adjunct
    emeritus center centre institute studies programme program lecturer senior assistant
    associate researcher testimony hearing hearings memo witness witnesses
    january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday today yesterday
    """.split()
)
JOB_WORDS_RE = re.compile(
    r"(?i)\b(?:correspondent|reporter|editor|writer|journalist|contributor|staff|columnist|"
    r"analyst|chief|bureau|producer|photographer|photojournalist|intern|fellow|presenter|"
    r"host|director|head|desk|team|senior|associate|deputy|managing|freelance|special|"
    r"contributing|author|commentator|critic|researcher|professor|lecturer|spokes(?:person|man|woman)|"
    r"student|founder|ceo|president|manager|coordinator|specialist|expert|economist|assistant|"
    r"officer|programme|program|verslaggever|redacteur|hoofdredacteur|fotograaf|dziennikarz|"
    r"dziennikarka|redaktor|redaktorka|reporterka|korespondent|korespondentka|publicysta|"
    r"publicystka|fotoreporter|журналист|журналистка|корреспондент|редактор|обозреватель|"
    r"фотограф|колумнист|репортер|репортёр)\b"
    # Japanese, whose words have no spaces to bound them: reporter, correspondent, bureau chief,
    # senior staff writer, editorial writer, editor-in-chief, photographer.
    r"|記者|特派員|支局長|編集委員|論説委員|編集長|カメラマン"
    # Thai, without spaces either: the news team or desk, reporter, correspondent, editor.
    r"|ทีมข่าว|โต๊ะข่าว|ผู้สื่อข่าว|นักข่าว|บรรณาธิการ"
)
_BYLINE_PREFIX_RE = re.compile(
    r"(?i)^(?:(?:posted|written|words|story|text|published|authored|article|opinion|analysis|"
    r"summary|report|compiled|"
    r"commentary|hosted|interview(?:ed)?|live\s*blog|live\s+coverage|live\s+updates)\s+by|by|"
    r"authors?\s*:|byline\s*:|witness\s*:|von|par|por|di|door|autor(?:ka|zy)?\s*:|tekst\s*:|автор(?:ы)?\s*:|"
    r"текст\s*:|аутор(?:ка|и)?\s*:|بقلم\s*:|"
    # Indonesian: "Penulis: Dimas Prasetyo | Editor: …" (the writer), "Oleh" (by).
    r"penulis\s*:|oleh|"
    # Persian: "writer:", "reporter:"; Hindi: "writer:", "report:".
    r"نویسنده\s*:|خبرنگار\s*:|लेखक\s*:|रिपोर्ट\s*:)\s*:?\s+"
)
# Matched against keyword_text(line), where re skips each alternative on its first letter
# instead of trying them all: every line is asked whether it is a byline. Same spans.
_FOLDED_BYLINE_PREFIX_RE = folded_pattern(_BYLINE_PREFIX_RE)
_AGENCY = (
    r"(?:afp|ap|reuters|dpa|epd|kna|efe|ansa|ani|pti|ians|xinhua|tass|ria|anadolu|yonhap|kyodo|"
    r"bloomberg|upi|(?:news\s+)?agencies|wires?)"
)
_BYLINE_CUT_RE = re.compile(
    r"\s+(?i:on|at|updated|published|posted)\s*:?\s+(?=.*\d|(?i:mon|tue|wed|thu|fri|sat|sun)\w*\b)"
    r"|\s*[|·•∙]\s*|\s+[-–—]\s+|\s+(?:for|of|at)\s+(?=[A-Z])|\s*\((?=[^)]*\))"
    r"|\s*,?\s+(?=(?:mailto:)?[\w.+-]+@[\w-]+\.\w)"
    # "Story by Karen Dahl / Photos by Luke Brandt": the photographer is no author.
    r"|\s+/\s+(?=(?i:photos?|pictures?|video|graphics?)\s+by\b)"
    # "by Daily Horizon with AA", "Jonas Reinhardt with Reuters, AFP": the agencies the story
    # draws on, credited after the writer.
    rf"|\s+with\s+(?=(?:[A-Z]{{2,5}}|(?i:{_AGENCY}))(?:\s*(?:,|and|&)\s*(?:[A-Z]{{2,5}}|(?i:{_AGENCY})))*$)"
    # "Lydia Farrell @lydiafarrell": the writer's handle, printed after the name.
    r"|\s+(?=@[A-Za-z0-9_]{2,30}$)"
    r"|\s*[.;]\s+(?i:(?=(?:photo(?:graph)?s?|pictures?|illustrations?|images?|video)\s+(?:by|:)))"
)
_DATED_BYLINE_RE = re.compile(
    r"(?i)^(?:(?:posted|published|written)\s+)?(?:on\s+)?(?P<date>.{6,60}?)\s*[|·•,]?\s+by\s+"
    r"(?P<names>.+)$"
)
_IN_PLACE_RE = re.compile(r",?\s+(?:in|aus|à|en|desde|uit|w|z|в|из)\s+[A-ZĆŁŚŻŹА-ЯЁ][\w .,'’-]*$")
# Dutch "en" is "and" ("Door Sanne de Vries en Thijs Bakker") where French and Spanish "en" is
# "in" ("Por Lucía Fernández en Caracas"): after the Dutch "Door" it joins two names.
_DUTCH_AND_RE = re.compile(r"\s+en\s+")
# A live blog's shift note ("Jane Doe (now) and John Roe (earlier)"): not part of the name.
_ROLE_NOTE_RE = re.compile(r"\s*\((?:now|earlier|later|before|until\s+\S+|from\s+\S+)\)")
# "By political reporter Jane Smithers", "chief political correspondent Tom Wills": the job,
# in lower case, printed before the name it belongs to.
_ROLE_BEFORE_NAME_RE = re.compile(
    r"^(?:[a-z][\w-]*\s+){0,3}?(?:reporter|correspondent|editor|writer|journalist|columnist|"
    r"analyst|producer|photographer|presenter|contributor|commentator|critic|reviewer)s?\s+"
    r"(?=[A-Z])"
)
_HONORIFIC_RE = re.compile(
    r"^(?:(?:The\s+)?(?:Rt\.?\s+)?Hon(?:ourable)?\.?\s+)?"
    r"(?:(?:Dr|Prof|Professor|Mr|Mrs|Ms|Mx|Sir|Dame)\.?\s+)?(?=\S+\s+\S)"
)
# Letters after a name: a member of a parliament or assembly (a TD sits in the Dáil), a silk,
# an order. A sentence may end on them ("… said Cian Kavanagh TD.").
_POST_NOMINALS = tuple("MP MEP MSP MLA MK TD QC KC OBE MBE CBE KBE DBE FRS".split())
_POST_NOMINALS_RE = re.compile(rf"(?:,?\s+(?:{'|'.join(_POST_NOMINALS)}))+\.?$")
# Degrees a writer's display name carries after a comma ("Anton Lehtinen, PhD").
_DEGREE_RE = re.compile(r"^(?:Ph\.?\s?D\.?|DPhil|MD|MBA|MPA|MPH|MSc|CFA|JD|LLM|EdD)$")
_UPPER_AND_RE = re.compile(r"\s+And\s+")
_NAME_SPLIT_RE = re.compile(
    r"\s*,\s*(?:(?:and|und|et|y|i|и|[șş]i)\s+)?|\s+(?:and|&|und|et|y|i|и|[șş]i)\s+"
)
_CREDIT_RE = re.compile(
    r"(?i)^(?:\(?\s*(?:additional\s+)?(?:reporting|writing|editing|research|fact[- ]checking"
    r"|graphics|production|translation)(?:\s+and\s+\w+)?\s+(?:by|from)\b"
    # "Charts and data analysis by Jonah Weiss": a data desk's credit, a name after "by".
    r"|(?:charts|data\s+analysis|design|illustrations?|maps)(?:\s+and\s+\w+(?:\s+analysis)?)?"
    r"\s+by\s+(?-i:[A-Z])"
    r"|\(?\s*(?:edited|compiled|translated|fact[- ]checked|produced)\s+by\b"
    r"|\(?\s*with\s+(?:additional\s+)?reporting\s+(?:by|from)\b"
    # A newsletter's sign-off: "Thanks to our editor, Will Brandt, and producer Nia Coleman."
    r"|(?:and\s+)?thanks\s+to\s+(?:our\s+|today['’]s\s+)?(?:copy\s+)?(?:editor|producer)s?,?"
    r"\s+(?-i:[A-Z])[^.]{0,100}\.?$"
    # An update or correction note ("This story has been updated with …") is a paragraph of
    # the story, as the dated "Update, Nov. 7: …" note is, not a credit.
    r"|\(?\s*(?:editor['’]?s['’]?\s+note\s*:\s*)?this\s+(?:story|article|report|interview|"
    r"investigation|conversation|transcript)\s+(?:was|has\s+"
    r"been)\s+(?:edited|condensed|produced|translated|generated|transcribed))"
    # The Chinese desk editor who handled the story ("责任编辑：王丽"): an editor, not an author.
    r"|^(?:责任编辑|責任編輯)\s?[：:]\s?[\u4e00-\u9fff·]{2,8}$"
    # "with Reuters, dpa", "with material from AFP and AP": agency copy folded into the story.
    rf"|^\(?\s*with\s+(?:material\s+from\s+)?{_AGENCY}(?:\s*(?:,|and|&)\s*{_AGENCY})*\s*\)?\.?$"
    # "With inputs from PTI", "(With agency inputs)": the same, as Indian dailies print it.
    rf"|^\(?\s*with\s+(?:(?:additional\s+)?inputs?\s+from\s+(?:the\s+)?[^.]{{2,60}}|"
    rf"(?:{_AGENCY}|agency|wire|news\s+agency)\s+inputs?)\s*\)?\.?$"
    # "Theo Reuters" ("according to"): Vietnamese papers name the agencies a story draws on
    # under it, Vietnam's own (TTXVN, VNA) among them.
    rf"|^\(?\s*theo\s+(?:{_AGENCY}|ttxvn|vna)(?:\s*(?:,|và|&)\s*(?:{_AGENCY}|ttxvn|vna))*\s*\)?\.?$"
    # "Editor: Huaxia", "Translator: Li Wei", "Data analysis: Hiba Mahjoub": desk credits,
    # labelled with a colon.
    r"|^(?:editors?|editing|translators?|translation|proofreader|producer|additional\s+reporting"
    r"|data\s+(?:analysis|editors?|visuali[sz]ation)|fact[- ]check(?:ing|ers?))\s*:\s*\S.{0,80}$"
    # "Source: Agencies", "Source: Al Fanar and news agencies": the wires the story was
    # written from, beside the outlet's own newsroom.
    r"|^sources?\s*:\s*(?:[^.:]{2,40}\s+(?:and|&)\s+)?(?:(?:news\s+)?agencies|wires?)\.?$"
    # "Źródło: PAP, Wieści24": the Polish and Russian labels name the sources, never an image's.
    r"|^(?:źródł[oa]|источники?)\s*:\s*[^.]{2,60}\.?$"
    # Where the piece appeared first: "Source: This article was published by the Institute".
    r"|^\(?\s*(?:source\s*:\s*)?(?:this|a\s+version\s+of\s+this)\s+(?:article|piece|"
    r"commentary|story|analysis|essay|op-ed)\s+(?:(?:was|is|has\s+been)\s+)?"
    # A wire story another outlet republishes: "This story was provided by Reuters and
    # republished by The Herald under licence."
    r"(?:(?:provided|supplied|distributed)\s+by\s+[^.;]{2,60}?\s+and\s+)?(?:originally\s+|"
    r"first\s+)?(?:(?:re)?published|appeared)\s+(?:first\s+)?(?:by|on|in|at|from)\b"
    # The paper's own print edition is a print edition note, not a republication's source.
    r"(?!\s+(?:the\s+)?print\s+edition)"
)
# Asked of every line: the copy for the line's first character rules most out at once.
_CREDIT_OPENING_RE = OpenerPattern(_CREDIT_RE)
# "Jane Roe contributed reporting to this story.": apart from the other credits because the
# name before the verb makes it costly to try, so it is only tried when the verb is there.
_CONTRIBUTED_RE = re.compile(
    r"(?i)^[^.]{3,200}\bcontributed(?:\s+(?:reporting|research))?\s+(?:to\s+)?(?:this|the)\s+"
    r"(?:report|story|article|piece)\.?\)?$"
)
_BIO_VERB_RE = re.compile(
    r"^(?P<name>(?:[^\W\d_][\w'’.\-]*\s+){1,4}?[^\W\d_][\w'’.\-]*)"
    # A description between commas after the name ("Jane Roe, a former ambassador, is …").
    r"(?:,\s+(?:a|an|the|who)\s[^,]{2,120},)?\s+"
    r"(?:is|was|has|writes|covers|reports|joined|worked|works|began|previously|"
    # French, German, Spanish, Italian, Portuguese, Dutch, Polish, Russian, and Swedish,
    # Danish and Norwegian.
    r"est|était|écrit|couvre|ist|war|schreibt|berichtet|arbeitet|es|fue|escribe|cubre|"
    r"è|era|scrive|si\s+occupa|é|foi|escreve|cobre|schrijft|werkt|jest|był|była|pisze|pracuje|"
    r"zajmuje\s+się|работает|пишет|является|är|var|skriver|arbetar|bevakar|er|arbejder|jobber|"
    # Romanian.
    r"este|scrie|lucrează|acoperă|"
    # Ukrainian, and the dash Ukrainian and Russian put for "is" ("Олена Коваль — журналістка").
    r"працює|пише|—)(?!\w)"
)
_SURNAME_BIO_RE = re.compile(
    r"^(?P<surname>[A-Z][\w'’-]+)\s+(?:is|was|has|writes|covers|reports|joined|previously)\b"
)
_BIO_TOPIC_RE = re.compile(
    r"(?i)\b(?:journalist|reporter|correspondent|editor|writer|columnist|contributor|"
    # Not the passive "covered by" ("gas, which is not covered by the draft"): no trade.
    r"freelance|covers|covering|covered(?!\s+by\b)|reporting|photographer|author|news|newspaper|"
    r"magazine|media|broadcaster|producer|analyst|blogger|can be reached|follow (?:him|her|them)|"
    # The other languages ("journalist" and "reporter" also open their forms there).
    r"correspondant|rédact|couvre|korrespondent|redakteur|berichtet|autorin|corresponsal|"
    r"periodista|redactor|cubre|corrispondente|giornalist|redattor|inviat|repórter|jornalist|"
    r"correspondente|verslaggever|redacteur|dziennikar|redaktor|korespondent|publicyst|"
    r"журналист|корреспондент|редактор|обозревател|репортер|репортёр|журналіст|кореспондент|"
    r"оглядач|corespondent|jurnalist|"
    # Think tanks' and universities' contributors.
    r"research(?:er)?|fellow|scholar|professor|lecturer|phd|institute|university|think[- ]tank)"
)
# One of these is in every match of ``_BIO_TOPIC_RE``: a bio is a long line to search.
_BIO_TOPIC_NEEDS = (
    "journalist",
    "report",
    "correspondent",
    "editor",
    "writer",
    "columnist",
    "contributor",
    "freelance",
    "cover",
    "photographer",
    "author",
    "news",
    "magazine",
    "media",
    "broadcaster",
    "producer",
    "analyst",
    "blogger",
    "can be reached",
    "follow ",
    "rédact",
    "couvre",
    "korrespondent",
    "redakteur",
    "berichtet",
    "autorin",
    "corresponsal",
    "periodista",
    "redactor",
    "cubre",
    "corrispondente",
    "giornalist",
    "redattor",
    "inviat",
    "repórter",
    "jornalist",
    "correspondente",
    "verslaggever",
    "redacteur",
    "dziennikar",
    "redaktor",
    "korespondent",
    "publicyst",
    "журналист",
    "корреспондент",
    "редактор",
    "обозревател",
    "репортер",
    "репортёр",
    "журналіст",
    "кореспондент",
    "оглядач",
    "corespondent",
    "jurnalist",
    "research",
    "fellow",
    "scholar",
    "professor",
    "lecturer",
    "phd",
    "institute",
    "university",
    "think",
)
URL_RE = re.compile(r"(?i)\b(?:https?://|www\.)[^\s<>\"'“”]+")
_OPENER = {")": "(", "]": "["}
# A Bluesky handle keeps the service's own host ("@jdoe.bsky.social"); any other dot after the
# name is a domain's ("@example.org").
HANDLE_RE = re.compile(r"(?<![\w@./])@[A-Za-z0-9_]{2,30}(?:\.bsky\.social)?\b(?!\.\w)")


def _is_name_token(token: str) -> bool:
    if token.casefold() in _PARTICLES or re.fullmatch(r"[A-Z]\.?(?:[A-Z]\.)*", token):
        return True
    if token.casefold().strip(".") in _NOT_NAME_WORDS:
        return False
    first = token[0]
    if not first.isalpha() or first.islower():
        return False
    return all(c.isalpha() or c in "'’-." for c in token)


def _country_keys() -> frozenset[str]:
    """Every lower-cased code and name of a country that ``pycountry.countries.lookup`` finds:
    its indices, then any field left out of them. A name that is not a country (nearly every
    name a page has) made it walk all the countries, once per name."""
    countries = pycountry.countries
    unindexed = {  # iterating loads the data, and the indices with it
        value.lower()
        for country in countries
        for field in countries.no_index
        if isinstance(value := getattr(country, field, None), str)
    }
    return frozenset(unindexed.union(*countries.indices.values()))


_COUNTRY_KEYS = _country_keys()


def is_country(text: str) -> bool:
    return text.lower() in _COUNTRY_KEYS


@lru_cache(maxsize=8192)
def is_person_name(text: str, *, min_tokens: int = 2) -> bool:
    """Two to five capitalised name tokens, none of them a label word, and not a country."""
    tokens = text.split()
    if not (min_tokens <= len(tokens) <= 5) or len(text) > 60:
        return False
    if tokens[0].casefold() in _PARTICLES or tokens[-1].casefold() in _PARTICLES:
        return False
    if not all(_is_name_token(t) for t in tokens):
        return False
    if text.isupper() and len(tokens) == 1:
        return False
    return not is_country(text)


def is_generic_label(text: str) -> bool:
    """Whether a label uses the words sites name their sections with ("World", "Top
    Stories", "Op-ed" aside), where a proper name ("Toronto") names a place or subject."""
    return any(token.casefold() in _NOT_NAME_WORDS for token in text.split())


_SECTION_CONNECTORS = frozenset({"and", "&", "of", "the"})


def is_section_name(text: str) -> bool:
    """Whether every word of a label is one sites name their sections with ("Business and
    Economy", "Science & Technology"): a section's name, never a headline."""
    words = [w.casefold() for w in text.split() if w not in _SECTION_CONNECTORS]
    return bool(words) and all(w in _NOT_NAME_WORDS for w in words)


def _tidy_name(name: str) -> str:
    # An asterisk or dagger after the name points to the author's note under the article.
    name = _HONORIFIC_RE.sub("", name.strip(" ,;:-–—*†‡").strip())
    name = without_post_nominals(name)
    if name.isupper() and len(name) > 3:
        name = name.title()
    return name


def without_post_nominals(name: str) -> str:
    # A match ends with the letters, a full stop after them and the newline "$" may stand
    # before: searched from every position of a name, the pattern is tried only on one so.
    end = name.removesuffix("\n").removesuffix(".")
    return _POST_NOMINALS_RE.sub("", name) if end.endswith(_POST_NOMINALS) else name


def split_names(text: str, *, min_tokens: int = 2) -> list[str] | None:
    """The person names in a byline body ("A, B and C", "Jane Doe, Senior Correspondent").

    After a first name, parts naming a job ("Senior Correspondent") or an outlet ("CNN", "The
    Associated Press") are dropped; any other part that is not a name makes the whole line not a
    byline, which keeps sentences out.
    """
    text = _ROLE_NOTE_RE.sub("", text)
    text = _IN_PLACE_RE.sub("", _BYLINE_CUT_RE.split(text, maxsplit=1)[0]).strip(" ,;:")
    names = []
    in_job_title = False
    for part in _NAME_SPLIT_RE.split(text):
        part = _without_newsroom_and_city(_tidy_name(part))
        if not part:
            continue
        if part[0].islower():
            part = _ROLE_BEFORE_NAME_RE.sub("", part)
        if names and _DEGREE_RE.match(part):
            continue  # "Anton Lehtinen, PhD": the writer's degree, not a second name
        if names and (JOB_WORDS_RE.search(part) or _is_outlet(part)):
            in_job_title = True
            continue
        if is_person_name(part, min_tokens=min_tokens):
            if _is_dateline_place(part, names):
                continue
            names.append(part)
            in_job_title = False
        elif in_job_title and not ends_sentence(part) and word_count(part) <= 6:
            continue  # "…, Director of the Energy Transition and Security Programme"
        else:
            return None
    return names or None


def _without_newsroom_and_city(part: str) -> str:
    """ "Amra Hodžić BRN Sarajevo": the network's acronym and the city the reporter files from,
    printed after the name with no comma; the name stops at the acronym. A name spelt in
    capitals ("JANE DOE") or a capitalised surname with nothing after it is left alone."""
    if part.count(" ") < 3 or part.isupper():
        return part
    tokens = part.split()
    for i in range(2, len(tokens) - 1):
        token = tokens[i]
        if 2 <= len(token) <= 5 and token.isupper() and token.isalpha():
            if len(tokens) - i <= 3 and all(t[0].isupper() for t in tokens[i + 1 :]):
                return " ".join(tokens[:i])
            return part
    return part


def _is_dateline_place(part: str, names: list[str]) -> bool:
    """A one-word part after full names is where they filed from ("Von Anna Müller und Jonas
    Weber, Kairo"), not a third author; a one-word agency ("By Jane Doe and Reuters") is not."""
    return (
        " " not in part and part.casefold() not in _AGENCIES and any(" " in name for name in names)
    )


def _is_outlet(part: str) -> bool:
    return (
        part.casefold() in _AGENCIES
        or (
            part[0].isupper()
            and len(part.split()) <= 4
            and (part.isupper() or part.startswith("The "))
        )
        or is_broadcaster_name(part)
    )


# A newsroom named by its medium ("CBC News", "Sky News", "BBC Radio"), credited beside the
# reporter: the outlet, not a second author or a reason to doubt the byline.
_BROADCASTER_NAME_RE = re.compile(r"^(?:[A-Z][\w&.'’-]*\s+){1,3}(?:News|Radio|Television|TV)$")


def is_broadcaster_name(part: str) -> bool:
    return part.endswith(("News", "Radio", "Television", "TV")) and bool(
        _BROADCASTER_NAME_RE.match(part)
    )


def explicit_byline(line: str) -> list[str] | None:
    """Names from a "By …" / "Posted by … on …" / "Posted on <date> by …" / "Author: …" line;
    None if it is not one.

    A single-word name ("By Reuters") is accepted here because the prefix vouches for it.
    """
    if len(line) > 200:
        return None
    # "(By Jane Doe)" opens with a bracket too: a line that is no Japanese byline goes on.
    if line[:1] in _CJK_BYLINE_OPENERS and (names := _cjk_byline(line)):
        return names
    if line[:1] == "โ" and (names := _thai_byline(line)):
        return names
    if line[:1] == "מ" and (names := _hebrew_byline(line)):
        return names
    if "\uac00" <= line[:1] <= "\ud7a3" and (names := _korean_byline(line)):
        return names
    match = _FOLDED_BYLINE_PREFIX_RE.match(keyword_text(line))
    if match:
        rest = _STAFF_WITH_RE.sub("", line[match.end() :])
        rest = _without_wire_after_name(rest)
        if _is_capitalised_names(rest):  # "By BRIAN OTIENO AND FAITH NJERI"
            rest = _UPPER_AND_RE.sub(" and ", rest.title())
        if match.group(0).startswith("door"):
            rest = _DUTCH_AND_RE.sub(" & ", rest)
        return split_names(rest, min_tokens=1) or _outlet_byline(rest)
    if line[:3] == "de " and _LOWER_DE_BYLINE_RE.match(line):
        return split_names(line[3:])
    # The dated form needs its " by "; most lines do not have one to search for.
    dated = _DATED_BYLINE_RE.match(line) if has_keyword(line, ("by",)) else None
    if dated and has_date(dated["date"]):
        return split_names(dated["names"], min_tokens=1)
    return None


# Romanian bylines print "de" (by) in lower case before the names ("de Andreea Munteanu și
# Victor Grosu"); the capital "De" opens sentences and names, and the names must be full ones.
_LOWER_DE_BYLINE_RE = re.compile(r"^de\s+[A-ZĂÂÎȘȚŞŢ]")


# "（ロンドン＝佐藤健一、パリ＝中村彩）": Japanese papers close a story with where each reporter
# filed from and their name, joined by an equals sign, in brackets. The equals sign in every
# part is what makes it a byline: names have no capitals to tell them by.
_CJK_BYLINE_RE = re.compile(r"^[（(【](?P<parts>[^（）()【】]{3,120})[）)】]$")
_CJK_BYLINE_PART_RE = re.compile(
    r"^[^＝=、]{1,12}[＝=](?P<name>[\u3005\u3041-\u30ff\u3400-\u4dbf\u4e00-\u9fff]{2,10})$"
)
_CJK_BYLINE_OPENERS = frozenset("（(【")


def _cjk_byline(line: str) -> list[str] | None:
    match = _CJK_BYLINE_RE.match(line)
    if not match:
        return None
    names = []
    for part in match["parts"].split("、"):
        found = _CJK_BYLINE_PART_RE.match(part.strip())
        if not found:
            return None
        names.append(found["name"])
    return names


# "מאת איתי ברקוביץ ושירה אלמוג", "מאת X ו-Y": the Hebrew "by", then names that the prefix
# "ו" ("and") joins, glued to the second name or hyphened to it. Without capitals, a name is
# two to four words of Hebrew letters; the desk's words ("correspondent", "editorial staff",
# "agencies") name nobody.
_HEBREW_BYLINE_RE = re.compile(r"^מאת:?\s+(?P<names>[\u05d0-\u05ea\u05f3\u05f4'’\-,\s]{3,120})$")
_HEBREW_NAME_WORD_RE = re.compile(r"^[\u05d0-\u05ea][\u05d0-\u05ea\u05f3\u05f4'’-]*$")
_HEBREW_NOT_NAME_WORDS = frozenset("כתב כתבת כתבנו מערכת סוכנויות צוות עורך עורכת".split())
_HEBREW_NAME_WORDS = (2, 4)


def _hebrew_byline(line: str) -> list[str] | None:
    match = _HEBREW_BYLINE_RE.match(line)
    if not match:
        return None
    groups: list[list[str]] = []
    for part in match["names"].split(","):
        words = part.split()
        # The last name of a part may be joined by "ו": "ו-שירה" or "ושירה" opening it.
        cut = next(
            (
                k
                for k in range(_HEBREW_NAME_WORDS[0], len(words) - 1)
                if words[k].startswith("ו") and len(words) - k >= _HEBREW_NAME_WORDS[0]
            ),
            None,
        )
        if cut is not None:
            second = words[cut][1:].lstrip("-")
            groups += [words[:cut], ([second] if second else []) + words[cut + 1 :]]
        else:
            groups.append(words)
    return _caseless_names(groups, _HEBREW_NAME_WORDS, _is_hebrew_name_word)


def _is_hebrew_name_word(word: str) -> bool:
    return bool(_HEBREW_NAME_WORD_RE.match(word)) and word not in _HEBREW_NOT_NAME_WORDS


def _caseless_names(
    groups: list[list[str]], words: tuple[int, int], is_name_word
) -> list[str] | None:
    """The names of a byline in a script without capitals, one group of words each, or None
    if any group is too short or too long for a name or holds a word no name has."""
    low, high = words
    if not groups or not all(
        low <= len(group) <= high and all(map(is_name_word, group)) for group in groups
    ):
        return None
    return [" ".join(group) for group in groups]


# "워싱턴=김민수 특파원", "김민수 기자 kim@example.co.kr": Korean papers sign with the name and
# the reporter's rank after it (reporter, correspondent, senior reporter, editorial writer),
# maybe the city filed from and an equals sign before it, and the e-mail address last. The
# rank is what makes it a byline: a name of two to four syllables has no capitals to tell it.
_KOREAN_BYLINE_RE = re.compile(
    r"^(?:[\uac00-\ud7a3]{1,10}\s?[=＝]\s?)?(?P<name>[\uac00-\ud7a3]{2,4})\s?"
    r"(?:기자|특파원|선임기자|객원기자|논설위원|전문기자|통신원)(?:\s+[\w.+-]+@[\w-]+(?:\.[\w-]+)+)?$"
)


def _korean_byline(line: str) -> list[str] | None:
    match = _KOREAN_BYLINE_RE.match(line)
    return [match["name"]] if match else None


# "新华社布鲁塞尔3月11日电（记者张伟 李娜）": a Chinese agency's dateline opens the story with the
# agency, the city and the date, "电" (cabled), then its reporters in brackets. The line is the
# first paragraph; the names in it are the authors.
_CJK_DATELINE_RE = re.compile(
    r"^[\u4e00-\u9fff]{2,20}\d{1,2}月\d{1,2}日(?:专)?电\s?[（(](?P<names>(?:[^（）()]{0,6}记者|"
    r"通讯员)[^（）()]{2,40})[）)]"
)
_CJK_DATELINE_ROLE_RE = re.compile(r"[^（）()\s、，,]{0,6}(?:特派记者|记者|通讯员)")
_CJK_NAME_RE = re.compile(r"^[\u4e00-\u9fff·]{2,8}$")


def cjk_dateline_byline(line: str) -> list[str] | None:
    """The reporters a Chinese agency's dateline names, or None if the line opens with none."""
    if "电" not in line[:40]:
        return None
    match = _CJK_DATELINE_RE.match(line)
    if not match:
        return None
    names = _CJK_DATELINE_ROLE_RE.sub(" ", match["names"]).replace("、", " ").split()
    if not names or not all(_CJK_NAME_RE.match(name) for name in names):
        return None
    return names


# "โดย ณัฐพล ศรีสุวรรณ", "โดย X และ Y": the Thai "by", then names of a given name and a
# surname (a middle word at most), joined by "และ" ("and") or commas. Thai has no capitals
# to tell a name by: a desk ("ทีมข่าวต่างประเทศ", the foreign news team; "กองบรรณาธิการ",
# the editors) names nobody, and a rank's abbreviation ("พล.อ.", with its dots) is no name.
_THAI_BYLINE_RE = re.compile(r"^โดย:?\s+(?P<names>[\u0e01-\u0e4e,\s]{3,120})$")
_THAI_NAME_WORD_RE = re.compile(r"^[\u0e01-\u0e2e\u0e40-\u0e44][\u0e01-\u0e4e]*$")
_THAI_DESK_RE = re.compile(r"^(?:ทีม|กอง|ฝ่าย|สำนัก|ศูนย์|ผู้สื่อข่าว|บรรณาธิการ)")
_THAI_NAME_WORDS = (2, 3)
_THAI_AND_RE = re.compile(r"\s*,\s*|\s+และ\s*")


def _thai_byline(line: str) -> list[str] | None:
    match = _THAI_BYLINE_RE.match(line)
    if not match:
        return None
    groups = [part.split() for part in _THAI_AND_RE.split(match["names"].strip())]
    if any(not words or _THAI_DESK_RE.match(words[0]) for words in groups):
        return None
    return _caseless_names(groups, _THAI_NAME_WORDS, _THAI_NAME_WORD_RE.match)


_STAFF_SUFFIX_RE = re.compile(
    r"(?i)(?:^|\s+)(?:staff|(?:news|web|website|online)\s+desk|desk|team|reporters?|"
    r"correspondents?)$"
)
_WIRE_AFTER_NAME_RE = re.compile(rf"(?i)\s+(?:(?:the\s+)?associated\s+press|{_AGENCY})$")
# Words that join the wire to the byline ("By Jane Doe with AP") rather than end a name.
_WIRE_JOINERS = frozenset(("with", "and", "&", "for", "of", "the"))


def _without_wire_after_name(rest: str) -> str:
    """ "JANE ROE Associated Press": the wire after the name, with no comma between; "The
    Associated Press" alone, "Jane Doe with AP" and "Jane Doe with Reuters, AFP" (the last of
    a list of wires) are left as they are."""
    name = _WIRE_AFTER_NAME_RE.sub("", rest)
    words = name.split()
    if name == rest or len(words) < 2:
        return rest
    last = words[-1].rstrip(",").casefold()
    if last in _WIRE_JOINERS or last in _AGENCIES:
        return rest
    return name


# "By STAFF and NOA BEN-DAVID": the desk beside the reporter names nobody.
_STAFF_WITH_RE = re.compile(r"(?i)^(?:staff|agencies|wires)\s*(?:,|\band\b|&)\s*(?=\S)")
# Bylines that name nobody: the staff, the wires, the site's admin account.
_NO_NAME_BYLINES = frozenset(("staff", "agencies", "news agencies", "agency", "wires", "admin"))
_CALENDAR_WORDS = frozenset(
    """january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday""".split()
)


def _is_capitalised_names(text: str) -> bool:
    """Names printed in capitals: two words or more, none an acronym ("AFP", "AP")."""
    words = text.split()
    return (
        text.isupper() and len(words) >= 2 and all(len(word) > 3 or word == "AND" for word in words)
    )


def _outlet_byline(text: str) -> list[str] | None:
    """The outlet named by a byline that names no person ("By AFP", "By The Associated
    Press", "By Al Jazeera Staff", "By Global Times Published: …"): its capitalised name, the
    staff or desk after it dropped. A sentence opening with "By" has lower-case words."""
    name = _BYLINE_CUT_RE.split(text, maxsplit=1)[0].strip(" ,;:")
    name = _STAFF_SUFFIX_RE.sub("", name)
    tokens = name.split()
    if not 1 <= len(tokens) <= 4 or has_date(name) or ends_sentence(name):
        return None
    if not all(t[0].isupper() for t in tokens):
        return None
    words = [t.casefold().strip(".,") for t in tokens]
    if any(w in _CALENDAR_WORDS for w in words):
        return None
    if " ".join(words) in _NO_NAME_BYLINES:
        return None
    return [name]


_TRAILING_JOB_RE = re.compile(
    r"^(?P<name>(?:\S+\s+){1,3}\S+?)\s+(?P<job>[A-Z][a-z]+(?:\s+[a-z][\w-]*){0,3})$"
)


# "Jane Doe/Senior Staff Reporter": Caribbean papers join the writer's name and desk job with a
# slash, the way a photo credit joins a photographer and an agency ("Jane Doe/Getty Images");
# only a writing job tells the byline. "Rudolph Brown/Photographer" credits the picture.
_SLASHED_JOB_RE = re.compile(
    r"^(?P<name>[^/]{3,60}?)\s*/\s*(?P<job>[A-Z][\w-]*(?:\s+[A-Za-z][\w-]*){0,4})$"
)
_WRITING_JOBS = "reporter|correspondent|editor|writer|journalist|columnist|contributor"
_WRITING_JOB_RE = re.compile(rf"(?i)(?:{_WRITING_JOBS})$")
# A writing job anywhere in a line: "Senior Correspondent", "Deputy Editor".
WRITING_JOB_WORD_RE = re.compile(rf"(?i)\b(?:{_WRITING_JOBS})\b")


def slashed_job_byline(line: str) -> list[str] | None:
    """The name in a "Name/Writing Job" byline ("Jane Doe/Senior Staff Reporter"), else None."""
    if "/" not in line or len(line) > 100:
        return None
    match = _SLASHED_JOB_RE.match(line)
    if not match or not _WRITING_JOB_RE.search(match["job"]):
        return None
    return split_names(match["name"])


def bare_byline(line: str) -> list[str] | None:
    """Names from a line that is only names ("Jane Doe", "Jane Doe, Senior Correspondent",
    "Jane Doe Political correspondent": a job title run on after the name, lower case but for
    its first word)."""
    if len(line) > 120 or has_date(line) and not _BYLINE_CUT_RE.search(line):
        return None
    names = split_names(line) or slashed_job_byline(line)
    if names is None:
        run_on = _TRAILING_JOB_RE.match(line)
        if run_on and JOB_WORDS_RE.search(run_on["job"].rsplit(None, 1)[-1]):
            names = split_names(run_on["name"])
    return names


# "अमित कुमार सिंह, नई दिल्ली", "مریم سلطانی، تهران": a name of two or three words and the city
# the reporter files from, with no digits.
_CASELESS_NAME_PLACE_RE = re.compile(
    r"^(?P<name>[^\W\d_][^\s\d,،]*(?:\s[^\s\d,،]+){1,2})\s*[,،]\s*[^\W\d_][^\s\d,،]*"
    r"(?:\s[^\s\d,،]+)?$"
)
CASELESS_BYLINE_MAX_CHARS = 60


def caseless_byline(line: str) -> list[str] | None:
    """The name in a "Name, City" line in a script without capitals, where the capitalised
    name patterns cannot tell a name from other words: only its place on the page (right over
    the story's date) makes it a byline, which the caller checks."""
    if len(line) > CASELESS_BYLINE_MAX_CHARS or line[:1].isascii() or line.lower() != line.upper():
        return None
    match = _CASELESS_NAME_PLACE_RE.match(line)
    return [match["name"]] if match else None


def agency_byline(line: str) -> list[str] | None:
    """A news agency's name alone on its line under the headline ("Reuters"): the byline."""
    name = line.strip(" .")
    return [name] if name.casefold() in _AGENCIES else None


# A credit never speaks to the reader: "Reporting from cities under attack costs money, and
# we rely on our members" is an appeal.
_ADDRESSES_READER_RE = re.compile(r"(?i)\b(?:we|you|your)\b")


def is_credit(line: str) -> bool:
    """Wire credits ("Reporting by …; Editing by …", "Additional reporting by …"): not bylines."""
    return (
        len(line) < 300
        and bool(
            _CREDIT_OPENING_RE.match(line)
            or has_keyword(line, ("contributed",))
            and _CONTRIBUTED_RE.match(line)
        )
        and not _ADDRESSES_READER_RE.search(line)
    )


# A wire credit's reporters: "Reporting by Jane Doe in Kyiv and John Roe; Additional reporting
# by …; Editing by …". The names run to the next credit, after a semicolon, a comma or the
# closing bracket ("(Reporting by …; Writing by …)"); "Additional reporting" never opens it.
_REPORTING_BY_RE = re.compile(r"(?i)^\(?\s*reporting\s+by\s+")
_NEXT_CREDIT_RE = re.compile(r"\s*[;)]|,?\s+(?i:[a-z]+(?:\s+[a-z]+)?\s+by)\s")


def credit_reporters(line: str) -> list[str]:
    """The reporters a wire credit names ("Reporting by Jane Doe and John Roe; Editing by Al
    Roe"): the writers of a wire story republished with no byline. Not those of "Additional
    reporting", "Writing" or "Editing"; none at all unless every part is a full name, each
    without the city it filed from ("Jane Doe in Kyiv")."""
    opening = _REPORTING_BY_RE.match(line)
    if not opening:
        return []
    rest = line[opening.end() :]
    cut = _NEXT_CREDIT_RE.search(rest)
    names = []
    for part in _NAME_SPLIT_RE.split(rest[: cut.start()] if cut else rest):
        part = _IN_PLACE_RE.sub("", part).strip(" .")
        if not is_person_name(part):
            return []
        names.append(part)
    return names


def _about_journalism(line: str) -> bool:
    """Whether a bio names the trade ("reporter", "covers", "can be reached"); the keywords
    are checked first because searching a long line for the pattern is costly."""
    return has_keyword(line, _BIO_TOPIC_NEEDS) and bool(_BIO_TOPIC_RE.search(line))


_BIO_LABEL_RE = re.compile(r"(?i)^\*?\s*(?:about\s+the\s+author|author\s+bio)\s*[:—–-]\s*")


def bio_text(line: str) -> str:
    """A bio without the label some themes open it with ("*About the author: ")."""
    label = _BIO_LABEL_RE.match(line)
    return line[label.end() :] if label else line


def bio_subject(line: str) -> str | None:
    """The name opening an author bio ("Jane Doe is a reporter covering …", "*About the
    author: Jane Doe is …"), else None."""
    match = _BIO_VERB_RE.match(bio_text(line))
    if not match or not _about_journalism(line):
        return None
    name = _HONORIFIC_RE.sub("", match.group("name"))
    return name if is_person_name(name) else None


# A bio in an author card that opens with the trade, the name printed on the line above it
# ("صحفية متخصصة في شؤون البيئة …", "a journalist specialising in the environment …"): Arabic
# drops the name and the verb "is" from such a line.
_JOB_OPENED_BIO_RE = re.compile(
    r"^(?:صحف|كاتب|مراسل|محرر|مصور|باحث|إعلامي|محلل)(?:ي|ية|ة|ون|ات)?\s"
    # Persian: reporter, journalist, writer, researcher, editor, photographer, analyst.
    r"|^(?:خبرنگار|روزنامه[\u200c ]?نگار|نویسنده|پژوهشگر|دبیر|سردبیر|عکاس|تحلیلگر)\s"
)


def is_job_opened_bio(line: str) -> bool:
    """Whether a line opens with a journalist's trade, as a bio under the name does."""
    return bool(_JOB_OPENED_BIO_RE.match(line))


def surname_bio(line: str, authors: list[str]) -> str | None:
    """The byline author whose surname alone opens a bio in an author card ("Marchuk covers
    Ukraine for …" under "OLENA MARCHUK"), or whose first name does ("Ellie covers local
    government for …"), else None."""
    match = _SURNAME_BIO_RE.match(line)
    if not match or not _about_journalism(line):
        return None
    word = match["surname"]
    return next((a for a in authors if word in (a.split()[-1], a.split()[0])), None)


@lru_cache(maxsize=8192)
def _accent_folded(name: str) -> str:
    """``name`` case-folded and without accents: sites drop the fadas or accents of a name in
    some templates ("Aine Ni Bhriain" under the byline "Áine Ní Bhriain"), and the sorted
    tokens of the fuzzy match would put "Áine" and "Aine" apart. A double-barrelled name's
    hyphen is a space: a bio may spell "Okafor-Lind" as "Okafor Lind"."""
    return fold_accents(name).replace("-", " ")


def same_person(a: str, b: str) -> bool:
    """Whether two spellings name the same person (transliteration variants, initials)."""
    return fuzz.token_sort_ratio(_accent_folded(a), _accent_folded(b)) >= 80


def links_in(text: str) -> list[str]:
    links = []
    for raw in URL_RE.findall(text):
        link = raw.rstrip(".,;:!?")
        # A URL written in parentheses keeps its own balanced brackets, not the closing one.
        while link and link[-1] in ")]" and link.count(link[-1]) > link.count(_OPENER[link[-1]]):
            link = link[:-1]
        if link not in links:
            links.append(link)
    return links


def handles_in(text: str) -> list[str]:
    return list(dict.fromkeys(HANDLE_RE.findall(text)))


# A debate record's speaker turn: the office, then the person ("The Minister for Europe (Sarah
# Whitcombe)", "Madam Deputy Speaker (Dame Judith Carr)"), or the member, then the seat ("Mr
# Daniel Frost (Harrowfield)").
_SPEAKER_TURN_RE = re.compile(
    r"^(?P<before>[A-Z][\w'’.-]*(?:\s+[\w'’.-]+){0,7}?)\s+\((?P<inside>[A-Z][\w'’.-]*"
    r"(?:\s+[A-Z][\w'’.-]*){0,4})\)$"
)
_MEMBER_TITLE_RE = re.compile(
    r"^(?:Mr|Mrs|Ms|Miss|Mx|Dr|Sir|Dame|Lord|Lady|Baroness|Baron|Madam)\.?\s+(?=[A-Z])"
)
OFFICE_RE = re.compile(
    r"(?i)\b(?:minister|secretary|speaker|chair(?:man|woman|person)?|president|leader|"
    r"chancellor|attorney|solicitor|commissioner|deputy|mayor|governor|whip)\b"
)
SPEAKER_TURN_MAX_WORDS = 12


def speaker_turn(line: str) -> str | None:
    """The person a debate record's speaker line names: the one in brackets after an office,
    or the titled member before their seat; None for any other line ("The European Union
    (EU)", "Funding for Schools (Part Two)")."""
    if line[-1:] != ")" or word_count(line) > SPEAKER_TURN_MAX_WORDS:
        return None
    match = _SPEAKER_TURN_RE.match(line)
    if not match:
        return None
    before, inside = match["before"], match["inside"]
    if OFFICE_RE.search(before):  # "Madam Deputy Speaker (Dame Judith Carr)"
        name = _MEMBER_TITLE_RE.sub("", inside)
    elif _MEMBER_TITLE_RE.match(before):
        name = _MEMBER_TITLE_RE.sub("", before)
    else:
        return None
    return name if is_person_name(name) else None


def names_speaker(line: str, speakers: frozenset[str]) -> bool:
    """Whether a short line names a speaker already introduced by a speaker line, in full
    ("Sarah Whitcombe") or as a title and surname ("Mr Frost"): their next turn."""
    if word_count(line) > 5 or not line[:1].isupper():
        return False
    if line in speakers:
        return True
    titled = _MEMBER_TITLE_RE.match(line)
    return bool(titled) and any(
        name.rsplit(None, 1)[-1] == line[titled.end() :] for name in speakers
    )
