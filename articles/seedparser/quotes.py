"""Pull quotes (a line of its own with a dash attribution) and inline quotes with their speaker."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache

from .people import is_country, without_post_nominals
from .text import keyword_text, word_count

MIN_INLINE_WORDS = 6

_OPEN = '“"«„‘”'
_PULL_RE = re.compile(
    r"^[“\"«„‘](?P<text>.+)[”\"»“’]\s*[.,]?\s*(?:[—–―]|--?)\s*(?P<attr>[^—–―\"“”]{2,120})$"
)
_QUOTE_ONLY_RE = re.compile(r"^[“\"«„](?P<text>[^“”\"«»]{2,})[”\"»“]\.?$")
# The characters that can open a match of ``_PULL_RE`` or ``_QUOTE_ONLY_RE``.
_PULL_OPENERS = '“"«„‘'
ATTRIBUTION_RE = re.compile(r"^(?:[—–―]|--?)\s*(?P<attr>[^—–―]{2,120})$")
# Dutch quotes with single marks ("‘Ik heb de Kamer gehoord’, zei …"): the closing mark is
# no apostrophe, which a letter follows ("auto’s").
# Swedish and Finnish open and close a quotation with the same mark ("”Det är …”, säger …").
_SPAN_RE = re.compile(
    r"“[^“”]*”|«[^«»]*»|„[^„“”]*[“”]|\"[^\"]*\"|‘[^‘’]*(?:’\w[^‘’]*)*’(?!\w)|”[^“”]*”"
)
# Capitals: Latin ones with accents, and Cyrillic ones. Latin Extended-A mixes capitals and
# small letters, so its capitals are listed.
_CAPITALS = "A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮİĲĴĶĹĻĽĿŁŃŅŇŊŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽА-ЯЁІЇЄҐ"
# The stop is matched, not looked behind for, so that a search can skip from stop to stop; the
# sentence boundary is the gap after it.
_BOUNDARY_RE = re.compile(rf"[.!?](?P<gap>[”\"’)]*\s+)(?=[{_CAPITALS}“\"‘«(\u0000])")
_ABBREV_RE = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Gov|Prof|Lt|Col|Jr|Sr|No|Sgt|Capt|Adm|Maj|Eng|vs|etc)\.|"
    r"\b[A-ZА-ЯЁ]\.)$"
)
# The capital opens the pattern so that a search can skip ahead to the next capital instead of
# trying a match at every position. The repeats are possessive, so re keeps no state to give
# anything back: a word's letters, a run of spaces and the joining words each stop where what
# must follow them starts (a space, a lower-case word, a capital), so giving back could never
# let a name run go on.
# A capital, Latin letters with accents included ("Şebnem", "Łukasz") and Cyrillic ones
# ("Ирина Лаптева"). Only a capital opens a name: a small letter of Latin Extended-A ("ł" in
# "poseł") would open one inside a word.
_NAME_WORD = rf"[{_CAPITALS}][\w'’.\-]*+"
_POSSESSIVE = ("'s", "’s")
# Whitespace but a newline: the index reads the lines of a page joined, and a name never
# runs from one line into the next. An Arabic article joins the next word ("Karim al-Jubouri").
_NAME_JOIN = (
    r"[^\S\n]++(?:(?:of|the|for|de|al|bin|van|von|der|den|del|della|di|du|da|delos|dela|dos|das|ter|ten)"
    r"[^\S\n]++)*+"
    r"(?:(?:al|el|ad|as|ash|az)-)?+"
)
# A speaker's run may open with the article too ("…,” al-Jubouri said); the index's runs open
# with a capital, which keeps its search over the whole page fast.
_RUN_RE = re.compile(rf"(?:(?:al|el|ad|as|ash|az)-)?{_NAME_WORD}(?:{_NAME_JOIN}{_NAME_WORD})*")
# Only the runs of two words or more: a full name. A run is as long as it can be, so this finds
# exactly the runs of ``_RUN_RE`` that are more than one word.
_MULTI_WORD_RUN_RE = re.compile(rf"{_NAME_WORD}(?:{_NAME_JOIN}{_NAME_WORD})+")
SPEECH_VERB_RE = re.compile(
    r"(?i)\b(?:said|says|say|saying|told|tells|add(?:ed|s|ing)|stat(?:ed|es|ing)|"
    r"not(?:ed|es|ing)|explain(?:ed|s|ing)|emphasi[sz](?:ed|es|ing)|stress(?:ed|es|ing)|"
    r"warn(?:ed|s|ing)|argu(?:ed|es|ing)|wrote|writes|declar(?:ed|es|ing)|insist(?:ed|s|ing)|"
    r"acknowledg(?:ed|es|ing)|admit(?:ted|s)|prais(?:ed|es|ing)|hail(?:ed|s|ing)|"
    r"indicat(?:ed|es|ing)|announc(?:ed|es|ing)|claim(?:ed|s|ing)|ask(?:ed|s)|repl(?:ied|ies)|"
    r"respond(?:ed|s)|remark(?:ed|s)|observ(?:ed|es)|comment(?:ed|s)|tweet(?:ed|s)|urg(?:ed|es)|"
    r"continu(?:ed|es)|conclud(?:ed|es)|describ(?:ed|es|ing)|call(?:ed|s|ing)|conced(?:ed|es)|"
    r"suggest(?:ed|s)|pointed out|recall(?:ed|s)|vow(?:ed|s)|pledg(?:ed|es)|promis(?:ed|es)|"
    r"express(?:ed|es|ing)|echo(?:ed|es)|according to|confirm(?:ed|s)|den(?:ied|ies)|"
    r"reiterat(?:ed|es)|mention(?:ed|s)|affirm(?:ed|s)|assert(?:ed|s)|maintain(?:ed|s)|"
    r"predict(?:ed|s)|caution(?:ed|s)|lament(?:ed|s)|quipp?(?:ed|s)|exclaim(?:ed|s)|"
    r"testifi(?:ed|es)|counter(?:ed|s)|retort(?:ed|s)|in a statement|in a post|puts? it|"
    # French, German, Spanish, Italian, Portuguese, Dutch, Polish and Russian.
    r"a\s+(?:déclaré|dit|affirmé|assuré|ajouté|estimé|souligné|expliqué|indiqué|averti|"
    r"prévenu|martelé|insisté|réagi)|déclare|affirme|ajoute|estime|souligne|réagit|selon|"
    r"sagte|sagt|erklärte|erklärt|betonte|betont|warnte|fügte|laut|"
    r"dijo|afirmó|declaró|aseguró|añadió|señaló|explicó|advirtió|subrayó|según|"
    r"ha\s+(?:dichiarato|detto|affermato|spiegato|aggiunto|sottolineato)|secondo|"
    r"disse|afirmou|declarou|explicou|acrescentou|segundo|criticou|avaliou|destacou|ressaltou|"
    r"alertou|defendeu|completou|argumentou|"
    r"zei|zegt|aldus|volgens|verklaarde|stelde|benadrukte|waarschuwde|schreef|voegde\s+(?:er\s+)?"
    r"(?:aan\s+)?toe|liet\s+weten|"
    r"(?:powiedział|mówił|przekonywał|stwierdził|dodał|podkreślił|zaznaczył|ocenił|wyjaśnił|"
    r"oświadczył|zapowiedział|ostrzegł|napisał)a?|uważa|twierdzi|według|zdaniem|"
    r"(?:сказал|заявил|отметил|подчеркнул|добавил|пояснил|рассказал|сообщил|написал|признал)[аи]?|"
    r"считает|говорит|утверждает|уверен[аы]?|по\s+(?:(?:его|её|ее|их)\s+)?словам|"
    # Ukrainian: said, stated, stressed, noted, added, reported, explained, told, wrote.
    r"(?:сказа|заяви|наголоси|зазначи|дода|повідоми|поясни|підкресли|розпові|написа|визна)"
    r"(?:в|ла|ли)|за\s+(?:(?:його|її|їхніми)\s+)?словами|"
    # Swedish, Danish and Norwegian.
    r"s(?:äger|a|ade|kriver|iger|agde|ier)|uppger|berättar|menar|enligt|fort(?:æ|e)ller|"
    r"ifølge|"
    # Turkish, which closes the sentence with the verb ("…” dedi", "… söyledi: “…”"). Dotless
    # letters are written dotted: the verbs are matched in keyword_text.
    r"dedi|diye\s+(?:konuştu|ekledi)|söyledi|belirtti|vurguladi)(?!\w)"
)
# The same verbs, matched case-sensitively in keyword_text: re tries every alternative of a
# case-insensitive alternation at every position, but skips a case-sensitive one on its first
# letter. keyword_text keeps each character in place, so the spans are the same.
_FOLDED_SPEECH_VERB_RE = re.compile(SPEECH_VERB_RE.pattern.removeprefix("(?i)"))
# Capitalised words a sentence may start with that are not the start of a name.
_LEAD_WORDS = frozenset(
    """the a an in on at as but and or so yet however meanwhile earlier later also this that
    these those when while after before according despite speaking asked last yesterday today
    tomorrow then still instead indeed moreover furthermore finally firstly secondly thirdly
    overall if for from with by his her their its our we they he she it i there here what why
    how who where one some many several both each every another other such
    le la les un une des du au aux et mais selon der die das dem den des ein eine einer und
    aber laut el los las una unos unas y pero según il gli secondo segundo het een maar volgens
    toen w we na z za od do po ale jak gdy także jednak według zdaniem в во на и но а как это
    когда после также однако по с из у к за от до при что если""".split()
)
# Casefolded, as the tokens they are compared with are ("außenminister" folds to "ss").
_TITLE_WORDS = frozenset(
    map(
        str.casefold,
        """
    president prime minister secretary senator sen representative rep governor gov mayor dr mr
    mrs ms miss madam mdm prof professor general gen colonel col lt lieutenant major maj
    captain capt
    admiral adm sergeant sgt chancellor king queen prince princess pope sheikh ayatollah imam
    rabbi father bishop archbishop cardinal judge justice ambassador commissioner chairman
    chairwoman chair chief executive ceo cfo officer director adviser advisor spokesman
    spokeswoman spokesperson national security deputy vice supreme leader defence defense foreign
    interior finance economy health state head aide lord lady sir dame speaker senior former
    acting coach manager founder editor analyst economist premier opposition envoy commander
    minister-president president-elect attorney sheriff councillor councilor cr cllr alderman
    alderwoman assemblyman assemblywoman congressman congresswoman superintendent eng lawmaker
    legislator coordinator
    undersecretary under-secretary secretary-general mp mep mk mla msp pm td
    président présidente ministre porte-parole chef député députée sénateur maire général
    präsident präsidentin kanzler kanzlerin bundeskanzler bundeskanzlerin außenminister
    außenministerin minister ministerin ministerpräsident ministerpräsidentin sprecher
    sprecherin regierungssprecher regierungssprecherin vorsitzende vorsitzender bürgermeister
    bürgermeisterin abgeordnete abgeordneter presidente presidenta ministro ministra portavoz
    canciller alcalde alcaldesa diputado diputada senadora generale premier segretario
    senatore deputato governador senador deputado prefeito staatssecretaris kamerlid
    deputada governadora prefeita vereador vereadora relatora relator
    fractievoorzitter fractieleider woordvoerder woordvoerster burgemeester wethouder voorzitter
    directeur hoogleraar partijleider lijsttrekker wiceminister wicepremier prezydent poseł
    posłanka rzecznik rzeczniczka przewodniczący przewodnicząca marszałek szef szefowa prezes
    burmistrz wojewoda prezeska lider liderka президент премьер-министр премьер министр депутат
    председатель глава пресс-секретарь представитель губернатор мэр спикер политолог
    vd ordförande statsminister borgarråd kommunalråd talesperson pressansvarig
    ombudsman generaldirektör direktör chef
    bakan bakanı başkan başkanı cumhurbaşkanı başbakan milletvekili sözcü sözcüsü müdür müdürü
    vali valisi doç yrd""".split(),
    )
) | frozenset(
    # A minister's portfolio: "Minister of Public Works and Transport Khamphet Sengdara" ends
    # its title with one, which "and" cuts off into the name's run.
    """transport trade industry affairs education agriculture labour labor energy environment
    tourism communications information construction development planning investment welfare
    infrastructure commerce works services industries resources fisheries railways mines
    logistics""".split()
)
_ORG_WORDS_RE = re.compile(
    r"\b(?:Department|Ministry|Agency|Council|Office|Commission|Committee|Company|Inc|Corp|"
    r"Corporation|Group|Bank|Party|Government|University|Association|Union|Organi[sz]ation|"
    r"Foundation|Institute|Service|Police|Army|Court|Parliament|Senate|House|Kremlin|Treasury|"
    r"Pentagon|Authority|Board|Bureau|Centre|Center|Fund|Network|Federation|League|Club|"
    r"Forces|Navy|Command|Embassy|Cabinet|Secretariat|Times|Post|News|Press|Reuters|Ltd|LLC)\b"
)
# The same words without the leading \b, which makes re try the whole alternation at every
# position: this one skips from one possible first letter to the next.
_ORG_HINT_RE = re.compile(_ORG_WORDS_RE.pattern.removeprefix(r"\b"))


# The name index asks this of each run and again of the name cleaned from it, which is most
# often the run itself.
@lru_cache(maxsize=8192)
def _names_organisation(text: str) -> bool:
    """Whether ``text`` has an organisation's word ("Ministry", "Council", "Reuters") in it:
    ``_ORG_WORDS_RE``, searched only where its words without their boundaries are found."""
    return bool(_ORG_HINT_RE.search(text) and _ORG_WORDS_RE.search(text))


@dataclass(frozen=True)
class PullQuote:
    text: str
    speaker: str | None


def pull_quote(line: str, next_line: str | None = None) -> tuple[PullQuote, bool] | None:
    """A whole-line quotation with a dash attribution on the same or the next line.

    Returns the quote and whether the attribution line after it was used. The speaker is the
    name without any title ("— Jane Doe, Foreign Minister" gives "Jane Doe"). An attribution in
    lower case is the sentence going on ("„…” – mówiła wiceminister …", "«…», — сказал …"): a
    paragraph with an inline quote, as Polish and Russian write them.
    """
    if line[:1] not in _PULL_OPENERS:
        return None  # both patterns open with a quotation mark; every line is asked
    match = _PULL_RE.match(line)
    if match and word_count(match.group("text")) >= 3 and not match["attr"][:1].islower():
        speaker = speaker_from_attribution(match["attr"])
        return PullQuote(match.group("text").strip(), speaker), False
    match = _QUOTE_ONLY_RE.match(line)
    if match and next_line:
        attribution = ATTRIBUTION_RE.match(next_line)
        if attribution:
            speaker = speaker_from_attribution(attribution.group("attr"))
            return PullQuote(match.group("text").strip(), speaker), True
    return None


def bare_quote_line(line: str) -> str | None:
    """The text of a line that is only a quotation (a pull quote without attribution)."""
    match = _QUOTE_ONLY_RE.match(line)
    return match.group("text").strip() if match else None


def speaker_from_attribution(attribution: str) -> str | None:
    head = re.split(r",|\s+\(|;", attribution.strip(), maxsplit=1)[0].strip(" .")
    if not head:
        return None
    if _names_organisation(head):
        return _strip_article(head)
    return _person_name(head) or head


def _strip_article(run: str) -> str:
    return re.sub(r"^(?:The|A|An)\s+", "", run)


# Polish names the body a role belongs to after the role, in the genitive ("poseł Konfederacji
# Łukasz Dąbek", "rzecznik PiS Rafał Bochenek"): the capitalised words after such a role open
# with that body, and the person is the rest.
_GENITIVE_ROLES = frozenset(
    """poseł posłanka rzecznik rzeczniczka szef szefowa prezes prezeska przewodniczący
    przewodnicząca lider liderka""".split()
)
# The shortest run that can hold a body and a full name.
_BODY_AND_NAME_WORDS = 3


def _person_name(run: str) -> str | None:
    """The trailing name in a run like "Russian President Vladimir Putin" → "Vladimir Putin"."""
    tokens = run.split()
    kept: list[str] = []
    for token in reversed(tokens):
        if kept and token.endswith(_POSSESSIVE):
            break  # "Sinn Féin's Clodagh Fitzgerald": the party or country the person is of
        if kept and token in _SURNAME_PARTICLES:
            kept.append(token)  # "von der Leyen": in lower case inside a name, never a lead word
            continue
        bare = token.strip(".,").casefold()
        if bare in _LEAD_WORDS or not _TITLE_WORDS.isdisjoint(bare.split("-")):
            if bare in _GENITIVE_ROLES and len(kept) >= _BODY_AND_NAME_WORDS:
                kept.pop()  # "Poseł Konfederacji Łukasz Dąbek": the body after the role
            break
        kept.append(token)
    return " ".join(reversed(kept)) or None


def _without_body(segment: str, run: re.Match) -> str:
    """A name run after a role in lower case, without the body that role belongs to ("mówił
    poseł Konfederacji Łukasz Dąbek" → "Łukasz Dąbek")."""
    words = run.group(0).split()
    if len(words) < _BODY_AND_NAME_WORDS:
        return run.group(0)
    head = segment[: run.start()].rstrip()
    role = head[head.rfind(" ") + 1 :].casefold()
    return " ".join(words[1:]) if role in _GENITIVE_ROLES else run.group(0)


# A month or a day before a speech verb dates the claim ("since 9 November claims"); May,
# June, April and August are left out, as they are names too.
_CALENDAR_WORD_RE = re.compile(
    r"(?i)^(?:january|february|march|september|october|november|december|monday|tuesday|"
    r"wednesday|thursday|friday|saturday|sunday)$"
)


_COUNTRY_MAX_WORDS = 3


def _without_country(tokens: list[str]) -> list[str]:
    """A role's country run into the name after it ("Representative in South Sudan Grace
    Wanjiru"), dropped when a full name is left ("Jordan Peterson" keeps his first name)."""
    for k in range(min(_COUNTRY_MAX_WORDS, len(tokens) - 2), 0, -1):
        if is_country(" ".join(tokens[:k])):
            return tokens[k:]
    return tokens


# A case ending after an apostrophe ("Gürcistan'ın", "Ankara'da", "Merkezi'nden"): Turkish
# marks a name that is no subject this way, as English marks a possessive.
_CASE_SUFFIX_RE = re.compile(r"['’][a-zçğıöşü]{1,6}$")


# Articles repeat the same capitalised runs, and a run's name never changes.
@lru_cache(maxsize=8192)
def _clean_run(run: str) -> str | None:
    run = without_post_nominals(run)
    if len(run) > 3 and run.endswith(".") and not run[-3:-1].isupper():
        run = run[:-1]
    if run.endswith(("'s", "’s", "s'", "s’")) or _CASE_SUFFIX_RE.search(run):
        return None
    tokens = run.split()
    while tokens and tokens[0].casefold() in _LEAD_WORDS:
        tokens = tokens[1:]
    if not tokens:
        return None
    run = " ".join(tokens)
    if _CALENDAR_WORD_RE.match(run):
        return None
    if _names_organisation(run):
        # "Financial Services Commission Vice Chairman Jung Dae-hyun": the person after the
        # role is the speaker; "Bank of Korea", with no role in it, is itself.
        person = _person_name(run)
        if person and person != run and " " in person and not _names_organisation(person):
            return person
        return _member_of(run) or _strip_article(run)
    return _person_name(" ".join(_without_country(tokens)))


# "Arief Wibisono of the Golkar Party": the run joins the person to the body they belong to.
_OF_BODY_RE = re.compile(r"\s+of\s+(?:the\s+)?")


def _member_of(run: str) -> str | None:
    """The person named before "of" and an organisation ("Jane Doe of Reuters"); a run that
    opens with the organisation ("Bank of Korea", "Democratic Party of Japan") names none."""
    parts = _OF_BODY_RE.split(run, maxsplit=1)
    if len(parts) < 2 or _names_organisation(parts[0]) or not _names_organisation(parts[1]):
        return None
    return _person_name(parts[0])


class NameIndex:
    """Full names used in the article, so that a bare surname can be resolved to one."""

    def __init__(self, text: str) -> None:
        # Plain dicts rather than Counters: an article has a few dozen names, and building a
        # Counter for each surname cost more than counting. Each keeps the names in order of
        # first use, which breaks ties between equally used names as ``most_common`` did.
        self._by_surname: dict[str, dict[str, int]] = {}
        self._by_token: dict[str, set[str]] = {}
        # One capitalised word is never a full name (cleaning only drops words), so those runs
        # are not even looked at.
        for run in _MULTI_WORD_RUN_RE.findall(text):
            name = _clean_run(run[:-2] if run.endswith(_POSSESSIVE) else run)
            tokens = name.split() if name else ()
            if len(tokens) >= 2 and not _names_organisation(name):
                uses = self._by_surname.setdefault(tokens[-1], {})
                uses[name] = uses.get(name, 0) + 1
                for token in tokens[:-1]:
                    self._by_token.setdefault(token, set()).add(name)

        # In a script without capitals, the names after a title or a speech verb; one without
        # a title only when its surname comes back on its own ("وأوضح البيطار"). In Persian,
        # the full names of the surnames given after a title; in Hindi, the names after a
        # title or a role.
        self.caseless: set[str] = set()
        if _CASELESS_LETTER_RE.search(text):
            for line in text.splitlines():
                found = _caseless_lead_in(line)
                if not found or " " not in found[0]:
                    continue
                name, titled = found
                surname = name.rsplit(" ", 1)[1]
                if titled or text.count(" " + surname) >= 2:
                    self._add_caseless(name)
            if _PERSIAN_LETTER_RE.search(text):
                for name in _persian_titled_names(text):
                    self._add_caseless(name)
        if _DEVANAGARI_RE.search(text):
            for name in _HINDI_TITLED_NAME_RE.findall(text):
                if " " in name:
                    self._add_caseless(name)

    def _add_caseless(self, name: str) -> None:
        self.caseless.add(name)
        uses = self._by_surname.setdefault(name.rsplit(" ", 1)[1], {})
        uses[name] = uses.get(name, 0) + 1

    def resolve_speaker(self, name: str | None) -> str | None:
        return self.resolve(name) if name else None

    def resolve(self, name: str) -> str:
        """A surname becomes the full name, one with a particle too ("Ní Fhearghail"); failing
        that, a single name that is part of exactly one full name ("Tedros" in "Tedros Adhanom
        Ghebreyesus") becomes that name."""
        tokens = name.split()
        if len(tokens) > 1:
            if _is_particle_surname(tokens):
                return self._full_name_ending(tokens) or name
            return name
        if name in self._by_surname:
            uses = self._by_surname[name]
            return max(uses, key=uses.__getitem__)
        owners = self._by_token.get(name, set())
        return next(iter(owners)) if len(owners) == 1 else name

    def _full_name_ending(self, surname: list[str]) -> str | None:
        """The most used full name that ends with a surname of several words ("Clodagh Ní
        Fhearghail" for "Ní Fhearghail")."""
        ending = [token.casefold() for token in surname]
        uses = {
            full: count
            for full, count in self._by_surname.get(surname[-1], {}).items()
            if len(full_tokens := full.casefold().split()) > len(ending)
            and full_tokens[-len(ending) :] == ending
        }
        return max(uses, key=uses.__getitem__) if uses else None


# Words that open a surname of several words: Irish ("Ní Fhearghail", "Mac Giolla"), Dutch,
# German, French, Italian and Spanish ones ("Van Dyke", "de Valera"). A title strips down to
# such a surname ("Ms Ní Fhearghail"), which is no full name of its own.
_SURNAME_PARTICLES = frozenset(
    """ní nic ó o ua uí mac mag mhic van von der den de da del della di du le la ter ten dos das
    """.split()
)


def _is_particle_surname(tokens: list[str]) -> bool:
    return all(token.casefold() in _SURNAME_PARTICLES for token in tokens[:-1])


# Scripts without capitals (Hebrew, Arabic, Persian), where the capitalised runs above find no
# names.
_CASELESS_LETTER_RE = re.compile(r"[\u0590-\u05ff\u0600-\u06ff]")
# An Arabic sentence that opens with the speech verb, a short lead ("من جهتها،", "for her
# part,") allowed before it, then the speaker, maybe after a role, up to a comma, a colon or
# the "that" ("إن") right before the quotation: "وقال … طارق البيطار، …: «…»", "قالت الخبيرة
# … الدكتورة هالة الروسان إن "…"", "وأضافت الروسان: «…»".
_CASELESS_LEAD_IN_RE = re.compile(
    r"^(?:[^،:.\u0000]{1,25}،\s*)?[وف]?(?:قال|قالت|أضاف|أضافت|أكد|أكدت|أوضح|أوضحت|تابع|تابعت|"
    r"صرح|صرحت)\s+(?P<who>[^،:.\u0000\"«»“”]{2,150}?)(?:\s*[،:]|\s+[إأ]ن(?=\s*(?:[\u0000\"«“]|$)))"
)
# Titles before the name, dropped from it: the doctor, the minister, the engineer, Mr, Mrs,
# the sheikh, the professor.
_CASELESS_TITLES = frozenset(
    "الدكتور الدكتورة د. الوزير الوزيرة المهندس المهندسة السيد السيدة الشيخ الأستاذ "
    "الأستاذة البروفيسور".split()
)
# Words no name holds: prepositions and pronouns that end a role or a place instead, and the
# words of a role ("المتحدث باسم الجيش", the army's spokesman).
_CASELESS_NOT_NAME = frozenset(
    "في من على إلى عن مع أن إن هو هي ذلك هذا هذه التي الذي باسم رئيس وزير مدير أمين عام "
    "مصدر مسؤول".split()
)


def _caseless_lead_in(sentence: str) -> tuple[str, bool] | None:
    """The speaker named after the speech verb that opens a sentence in a script without
    capitals, and whether a title preceded the name: the words after the last title, else the
    last two words before the comma (a given name, which takes no article, and the family
    name), else one word that may be a surname."""
    match = _CASELESS_LEAD_IN_RE.match(sentence)
    if not match:
        return None
    words = match["who"].split()
    titled = [k for k, word in enumerate(words) if word in _CASELESS_TITLES]
    name = words[titled[-1] + 1 :] if titled else words[-2:]
    if not 1 <= len(name) <= 3 or any(word in _CASELESS_NOT_NAME for word in name):
        return None
    if len(name) > 1 and not titled and name[0].startswith("ال"):
        return None
    return " ".join(name), bool(titled)


# Persian's own letters (peh, tcheh, jeh, gaf, keheh, Farsi yeh), which Arabic does not write.
_PERSIAN_LETTER_RE = re.compile(r"[\u067e\u0686\u0698\u06a9\u06af\u06cc]")
# Persian titles: Mr, Mrs, Dr, engineer.
_PERSIAN_TITLES = r"(?:آقای|خانم|دکتر|مهندس)"
_PERSIAN_WORD = r"[^\s،:.؛«»\u0000]+"
_PERSIAN_TITLE_RE = re.compile(_PERSIAN_TITLES)
_PERSIAN_TITLED_RE = re.compile(rf"(?<!\S){_PERSIAN_TITLES}\s+({_PERSIAN_WORD})")
# Persian puts the verb last: the speaker opens the sentence, after a title ("آقای رضوانی …
# گفت: «…»") or as a full name before the comma that opens the role ("نسرین فرهادی، پژوهشگر
# …، به افق‌نیوز گفت: «…»"), and the speech verb closes the lead-in, right before the
# quotation or before the "that" clause holding it ("… تأکید کرد که ایروان «…»").
_PERSIAN_OPENER_RE = re.compile(
    rf"^(?:{_PERSIAN_TITLES}\s+(?P<surname>{_PERSIAN_WORD})\s|(?P<name>{_PERSIAN_WORD}\s"
    rf"{_PERSIAN_WORD})\s*،)"
)
_PERSIAN_SPEECH_END_RE = re.compile(
    r"(?<!\S)(?:گفت|افزود|(?:اظهار|بیان)\s+(?:کرد|داشت)|(?:اعلام|تأکید|تاکید|خاطرنشان|تصریح)\s+"
    r"کرد)(?:\s*:|\s+که(?:\s[^.!؟\u0000]*)?)?\s*$"
)


def _persian_titled_names(text: str) -> list[str]:
    """Full names whose surname the article also gives after a title ("آقای رضوانی", "خانم
    فرهادی"): the word before that surname where a comma follows the pair, as one does the
    first, full mention of a person before the role ("کاظم رضوانی، معاون وزیر …")."""
    found = []
    for surname in dict.fromkeys(_PERSIAN_TITLED_RE.findall(text)):
        pairs = re.finditer(rf"(?<!\S)({_PERSIAN_WORD})\s{re.escape(surname)}\s*،", text)
        given = next((m[1] for m in pairs if not _PERSIAN_TITLE_RE.fullmatch(m[1])), None)
        if given:
            found.append(f"{given} {surname}")
    return found


# Hindi titles and roles before a name ("विदेश सचिव अनुराग मेहरा की", "प्रोफेसर डॉ. सुनीता
# राघवन ने"): the name is the one to three words after them, up to a postposition or a stop.
_DEVANAGARI_RE = re.compile(r"[\u0900-\u097f]")
_HINDI_TITLES = (
    r"(?:डॉ\.|डॉक्टर|प्रोफेसर|प्रो\.|श्री|श्रीमती|सुश्री|सचिव|मंत्री|प्रवक्ता|राष्ट्रपति|"
    r"प्रधानमंत्री|मुख्यमंत्री|अध्यक्ष|निदेशक|राजदूत|सांसद|विधायक|जनरल)"
)
_HINDI_WORD = r"[^\s,।:.;\"“”\u0000]+"
_HINDI_POSTPOSITION = r"(?:की|के|का|ने|से|को|में|पर|और|है|हैं|भी|तथा|एवं)"
_HINDI_TITLED_NAME_RE = re.compile(
    rf"(?<!\S){_HINDI_TITLES}\s+((?:{_HINDI_WORD}\s+){{0,2}}?{_HINDI_WORD})"
    rf"(?=\s+{_HINDI_POSTPOSITION}(?!\S)|\s*[,।:])"
)
# "मेहरा ने संवाददाताओं से कहा, “…”": the speaker before the ergative "ने", the speech verb
# (said, told, added) closing the lead-in. A title's full stop stays with it ("डॉ.").
_HINDI_LEAD_WORD = r"[^\s,।:;\"“”\u0000]+"
_HINDI_SPEAKER_RE = re.compile(
    rf"(?:^|\s)(?P<who>(?:{_HINDI_LEAD_WORD}\s+){{0,5}}?{_HINDI_LEAD_WORD})\s+ने\s+"
    rf"(?:(?:{_HINDI_WORD}\s+){{0,4}})?(?:कहा|बताया|जोड़ा)\s*[,:]?\s*$"
)
_HINDI_TITLE_WORD_RE = re.compile(rf"^{_HINDI_TITLES}$")
# Where the last sentence before a quotation starts in a script without capitals, which the
# capital-led sentence bounds cannot see. Hindi ends its sentences with the danda, and its
# full stop closes abbreviations ("डॉ. सुनीता राघवन").
_PERSIAN_SENTENCE_END_RE = re.compile(r".*[.!?؟]\s")
_HINDI_SENTENCE_END_RE = re.compile(r".*[।!?]\s")


def _last_sentence(before: str, sentence_end: re.Pattern) -> str:
    end = sentence_end.match(before)
    return before[end.end() :] if end else before


def _persian_speaker(before: str, names: NameIndex) -> str | None:
    """The speaker of a quotation in a Persian sentence that opens with the speaker and
    closes its lead-in with the speech verb: a full name the article confirms, or the
    surname of one after a title."""
    before = _last_sentence(before, _PERSIAN_SENTENCE_END_RE)
    opener = _PERSIAN_OPENER_RE.match(before)
    if not opener or not _PERSIAN_SPEECH_END_RE.search(before):
        return None
    name = opener["name"] or names.resolve(opener["surname"])
    return name if name in names.caseless else None


def _hindi_speaker(before: str, names: NameIndex) -> str | None:
    """The speaker of a quotation in a Hindi lead-in ("… डॉ. सुनीता राघवन ने कहा, "…""): the
    words after the last title before "ने", else a surname that resolves to a full name the
    article gives after a title or role."""
    match = _HINDI_SPEAKER_RE.search(_last_sentence(before, _HINDI_SENTENCE_END_RE))
    if not match:
        return None
    words = match["who"].split()
    titled = [k for k, word in enumerate(words) if _HINDI_TITLE_WORD_RE.match(word)]
    if titled:
        name = words[titled[-1] + 1 :]
        return " ".join(name) if 2 <= len(name) <= 3 else None
    full = names.resolve(words[-1])
    return full if full in names.caseless else None


def _caseless_speaker(before: str, names: NameIndex) -> str | None:
    """The speaker of a quotation in a script without capitals, named in a lead-in that
    opens the sentence: a full name the article confirms, or the surname of one."""
    if _DEVANAGARI_RE.search(before):
        return _hindi_speaker(before, names)
    found = _caseless_lead_in(before)
    if not found:
        return _persian_speaker(before, names) if _PERSIAN_LETTER_RE.search(before) else None
    name = found[0]
    if " " in name:
        return name if name in names.caseless else None
    full = names.resolve(name)
    return full if full in names.caseless else None


@dataclass(frozen=True)
class InlineQuote:
    text: str
    speaker: str


def _sentence_bounds(masked: str) -> list[int]:
    bounds = [0]
    for match in _BOUNDARY_RE.finditer(masked):
        gap = match.start("gap")
        if _ABBREV_RE.search(masked[max(0, gap - 6) : gap]):
            continue
        bounds.append(match.end())
    bounds.append(len(masked))
    return bounds


_NEXT_WORD_RE = re.compile(r"\s+([a-z]+)\b(?:\s+([a-z]+)\b)?")
# Nouns that follow a nationality or place adjective: "Uzbek officials", "Russian state media".
_GROUP_NOUNS = frozenset(
    """officials official sources source authorities media state government forces troops
    leaders diplomats lawmakers ministers analysts experts police army military spokesman
    spokeswoman spokesperson officers prosecutors investigators press news agency ministry
    embassy negotiators commanders residents witnesses critics activists protesters voters
    people delegation team side""".split()
)


# "that", and the Dutch, Polish and Russian "dat", "że" and "что".
_THAT_RE = re.compile(r"\b(?:that|dat|że|что)\b")
# "A post on Facebook since 9 November claims": a name after "on", "since" or "in" is where
# or when, not who; so is one after "the city of" ("…, meeting in the eastern city of Erfurt,
# said").
_PLACE_OR_TIME_BEFORE_RE = re.compile(
    r"\b(?:(?:on|since|in|at|from|until|op|sinds|uit|bij|tot|w|we|na|od|do|в|во|на|из|у)\s+"
    r"(?:\d{1,2}\s+)?|(?:city|town|village|capital|port|province|region|district|county)\s+of\s+)$"
)


def _modifies_noun(segment: str, end: int) -> bool:
    """Whether a capitalised run is an adjective ("Uzbek officials", "Russian state media"),
    also before a noun naming the group's field ("Azerbaijani transport official")."""
    match = _NEXT_WORD_RE.match(segment, end)
    if not match:
        return False
    first, second = match.groups()
    return first in _GROUP_NOUNS or (
        second in _GROUP_NOUNS
        and first not in _LEAD_WORDS
        and not _FOLDED_SPEECH_VERB_RE.fullmatch(first)
    )


_APPOSITIVE_RE = re.compile(r"\s*,\s*(?:[a-z]|[A-Z]\w*['’]s\b)")
_CLAUSE_START_RE = re.compile(r"^[\s,;:\u0000—–-]*$")


# Capitalised prepositions that open a place's run at the head of a sentence ("In Tayba, …",
# "À Joal, …", "En Casamance, …"), in the parser's languages.
_PLACE_PREPOSITIONS = frozenset("in at à au aux en dans im w we в во".split())


def _appositive_subject(segment: str, runs: list[re.Match]) -> str | None:
    """The name opening a clause and described after a comma ("Yousif Ahmed, a farmer from
    Tayba, told …"): the speaker, not the place or employer named in the description."""
    if len(runs) < 2:
        return None
    first = runs[0]
    if first.group(0).split(maxsplit=1)[0].casefold() in _PLACE_PREPOSITIONS:
        return None  # "À Joal, premier port du pays, …": where, not who
    lead = segment[: first.start()]
    if not (_CLAUSE_START_RE.match(lead) or lead.strip().casefold() in _LEAD_WORDS):
        return None
    if not _APPOSITIVE_RE.match(segment, first.end()):
        return None
    return _clean_run(first.group(0))


def _speaker_in(segment: str, *, after: bool, names: NameIndex) -> str | None:
    verbs = list(_FOLDED_SPEECH_VERB_RE.finditer(keyword_text(segment)))
    if not verbs:
        return None
    verb = verbs[0] if after else verbs[-1]
    before_verb = [r for r in _RUN_RE.finditer(segment) if r.end() <= verb.start()]
    # Searched from the verb on, so that a verb opening the sentence ("Volgens BBB-leider Jorien
    # Smeenk …", "Selon Marie Traoré, …") is not taken into the name run after it; a name
    # after "in" or "on" ("mówiła w Sejmie …", "said on Monday …") is where or when.
    after_verb = [
        r
        for r in _RUN_RE.finditer(segment, verb.end())
        if not _PLACE_OR_TIME_BEFORE_RE.search(segment, verb.end(), r.start())
    ]
    subject = _appositive_subject(segment, before_verb)
    if subject:
        return names.resolve(subject)
    for run in reversed(before_verb):
        if _modifies_noun(segment, run.end()) or _PLACE_OR_TIME_BEFORE_RE.search(
            segment, 0, run.start()
        ):
            continue
        name = _clean_run(run.group(0))
        if name:
            return names.resolve(name)
    for run in after_verb[:1]:
        if _THAT_RE.search(segment, verb.end(), run.start()):
            break  # "claims that Brussels has …": the claim's subject, not its speaker
        name = (
            _member_named_after(segment, after_verb)
            or _clean_run(_without_body(segment, run))
            or _named_after_role(segment, after_verb)
        )
        if name:
            return names.resolve(name)
    return None


_ROLE_TO_NAME_MAX_CHARS = 40


def _named_after_role(segment: str, runs: list[re.Match]) -> str | None:
    """The person set off by a comma after a role that names no one ("said the Humanitarian
    Coordinator in Marovia, Elena Sárközi, after …"): the role's holder speaks."""
    if len(runs) < 2:
        return None
    gap = segment[runs[0].end() : runs[1].start()]
    if len(gap) > _ROLE_TO_NAME_MAX_CHARS or not gap.rstrip().endswith(","):
        return None
    person = _clean_run(runs[1].group(0))
    return person if person and " " in person and not _names_organisation(person) else None


# The role may be set off from the name by a comma ("said Germany's health minister, Anja
# Seidel, who …").
_ROLE_GAP_RE = re.compile(r"^\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*,?\s+$")
# "said Viasna spokesperson Iryna Lazouskaya": a role after a name it does not know for an
# organisation's still makes the name after it the speaker.
_ROLE_NOUN_RE = re.compile(
    r"\b(?:spokes(?:person|man|woman)|press\s+secretary|director|chief|head|"
    r"chair(?:man|woman|person)?|"
    r"founder|lawyer|researcher|analyst|coordinator|official|representative|adviser|advisor)\b"
)


def _member_named_after(segment: str, runs: list[re.Match]) -> str | None:
    """The person in "said Nationalist Congress Party legislator Sunanda Jadhav": an
    organisation followed by a lower-case role and a name describes the person, who speaks.
    So does a place's possessive or adjective before a title ("Thuringia's health minister
    Anja Seidel", "Thuringian health minister Anja Seidel")."""
    if len(runs) < 2:
        return None
    gap = segment[runs[0].end() : runs[1].start()]
    if not _ROLE_GAP_RE.match(gap):
        return None
    if not (
        _names_organisation(runs[0].group(0))
        or _ROLE_NOUN_RE.search(gap)
        or not _TITLE_WORDS.isdisjoint(gap.replace(",", " ").split())
    ):
        return None
    person = _clean_run(runs[1].group(0))
    return person if person and not _names_organisation(person) else None


def _mask_quotations(paragraph: str, spans: list[re.Match]) -> str:
    """The paragraph with each quotation's opening mark as NUL and its words as underscores,
    so that sentence and speaker searches see only the words around the quotations."""
    pieces, last = [], 0
    for span in spans:
        start, end = span.span()
        pieces += (paragraph[last:start], "\u0000", "_" * (end - start - 2))
        last = end - 1
    pieces.append(paragraph[last:])
    return "".join(pieces)


# "– Vi beklagar …, säger Järvahems vd Mikael Öberg.": direct speech opened by a dash, its
# speaker named after a comma and the speech verb that closes it.
_DIALOGUE_DASHES = ("– ", "— ")
_DIALOGUE_ATTRIBUTION_RE = re.compile(r",\s+$")


def _dialogue_quote(paragraph: str, names: NameIndex) -> list[tuple[int, InlineQuote]]:
    folded = keyword_text(paragraph)
    for verb in _FOLDED_SPEECH_VERB_RE.finditer(folded, 2):
        comma = _DIALOGUE_ATTRIBUTION_RE.search(paragraph, 0, verb.start())
        if not comma:
            continue
        text = paragraph[2 : comma.start()].strip()
        speaker = _speaker_in(paragraph[verb.start() :], after=True, names=names)
        if speaker and word_count(text) >= MIN_INLINE_WORDS:
            return [(0, InlineQuote(text.rstrip(".,"), speaker))]
        return []
    return []


# A verb right after the quotation that closes its sentence, its subject named before the
# quotation ("konuşan Aydemir, “…” dedi"; "Mureșan ise “…” diye konuştu").
_CLOSING_VERB_RE = re.compile(r"(?i)^[\s,]*(?:dedi|diye\s+(?:konuştu|ekledi))[\s.]*$")


def _subject_before(segment: str, names: NameIndex) -> str | None:
    """The last name before a quotation whose verb closes the sentence after it."""
    for run in reversed(list(_RUN_RE.finditer(segment))):
        if _modifies_noun(segment, run.end()):
            continue
        name = _clean_run(run.group(0))
        if name and not _names_organisation(name):
            return names.resolve(name)
    return None


def inline_quotes(paragraph: str, names: NameIndex) -> list[tuple[int, InlineQuote]]:
    """Quoted spans of six words or more whose speaker is named in the same sentence.

    The attribution clause after the quote ("…,” Sullivan added) is tried before the lead-in
    ("Putin said: “…”"); a quote with no named speaker (“…,” he said) is not kept. Returns
    (offset, quote) pairs so that callers can order quotes within a block.
    """
    if paragraph.startswith(_DIALOGUE_DASHES):
        return _dialogue_quote(paragraph, names)
    if not any(map(paragraph.__contains__, _OPEN)):
        return []  # every span opens with one of these; most paragraphs quote nobody
    spans = [m for m in _SPAN_RE.finditer(paragraph) if m.end() - m.start() > 2]
    if not spans:
        return []
    masked = _mask_quotations(paragraph, spans)
    bounds = _sentence_bounds(masked)
    found = []
    for span in spans:
        inner = span.group(0)[1:-1].strip()
        if word_count(inner) < MIN_INLINE_WORDS:
            continue
        start = bounds[bisect_right(bounds, span.start()) - 1]
        end = bounds[bisect_left(bounds, span.end())]
        after = masked[span.end() : end]
        before = masked[start : span.start()]
        after = after.split("\u0000", 1)[0]
        speaker = _speaker_in(after, after=True, names=names)
        if speaker is None:
            speaker = _speaker_in(before, after=False, names=names)
        if speaker is None and _CLOSING_VERB_RE.match(after):
            speaker = _subject_before(before, names)
        if speaker is None and "\u0590" <= paragraph[0] <= "\u097f" and before:
            speaker = _caseless_speaker(before, names)
        if speaker:
            found.append((span.start(), InlineQuote(inner.rstrip(", ").strip(), speaker)))
    return found
