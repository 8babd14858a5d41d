"""Pull quotes (a line of its own with a dash attribution) and inline quotes with their speaker."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain, takewhile

from .people import (
    JOB_WORDS_RE,
    OFFICE_RE,
    WRITING_JOB_WORD_RE,
    is_country,
    is_person_name,
    without_post_nominals,
)
from .text import ends_sentence, keyword_text, word_count

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
# Capitals: Latin ones with accents, and Cyrillic ones, Serbian's and Macedonian's among them
# ("Ђурић", "Јелена", "Љубљана"). Latin Extended-A mixes capitals and small letters, so its
# capitals are listed.
_CAPITALS = "A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮİĲĴĶĹĻĽĿŁŃŅŇŊŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽЀ-ЯҐ"
# The stop is matched, not looked behind for, so that a search can skip from stop to stop; the
# sentence boundary is the gap after it.
_BOUNDARY_RE = re.compile(rf"[.!?](?P<gap>[”\"’)]*\s+)(?=[{_CAPITALS}“\"‘«(\u0000])")
_TITLE_ABBREVS = "Mr Mrs Ms Dr St Gen Sen Rep Gov Prof Lt Col Jr Sr No Sgt Capt Adm Maj Eng".split()
_ABBREV_RE = re.compile(rf"(?:\b(?:{'|'.join(_TITLE_ABBREVS)}|vs|etc)\.|\b[A-ZА-ЯЁ]\.)$")
# The capital opens the pattern so that a search can skip ahead to the next capital instead of
# trying a match at every position. The repeats are possessive, so re keeps no state to give
# anything back: a word's letters, a run of spaces and the joining words each stop where what
# must follow them starts (a space, a lower-case word, a capital), so giving back could never
# let a name run go on.
# A capital, Latin letters with accents included ("Şebnem", "Łukasz") and Cyrillic ones
# ("Ирина Лаптева"). Only a capital opens a name: a small letter of Latin Extended-A ("ł" in
# "poseł") would open one inside a word.
# A full stop stays inside a word ("U.S.") and closes an initial ("J.") or a title ("Jr."); after
# any other word it ends a sentence, and the name with it ("… to Türkiye. Rauf Guliyev, …").
# A look-behind has one width, so the titles are grouped by length.
_NAME_STOP = "|".join(
    [r"(?<=\b\w\.)"]
    + [
        rf"(?<=\b(?:{'|'.join(w for w in _TITLE_ABBREVS if len(w) == n)})\.)"
        for n in sorted({len(w) for w in _TITLE_ABBREVS})
    ]
)
_NAME_WORD = rf"[{_CAPITALS}][\w'’\-]*+(?:\.[\w'’\-]++)*+(?:\.(?:{_NAME_STOP}))?+"
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
# "(?<!\w)" rather than "\b": every verb opens with a letter, so the two agree wherever a verb
# can start, and the look-behind fails at once at a word's end, where "\b" holds and re would
# try every verb.
SPEECH_VERB_RE = re.compile(
    r"(?i)(?<!\w)(?:said|says|say|saying|told|tells|add(?:ed|s|ing)|stat(?:ed|es|ing)|"
    r"not(?:ed|es|ing)|explain(?:ed|s|ing)|emphasi[sz](?:ed|es|ing)|stress(?:ed|es|ing)|"
    r"warn(?:ed|s|ing)|argu(?:ed|es|ing)|wrote|writes|declar(?:ed|es|ing)|insist(?:ed|s|ing)|"
    r"acknowledg(?:ed|es|ing)|admit(?:ted|s)|prais(?:ed|es|ing)|hail(?:ed|s|ing)|"
    r"indicat(?:ed|es|ing)|announc(?:ed|es|ing)|claim(?:ed|s|ing)|ask(?:ed|s)|repl(?:ied|ies)|"
    r"respond(?:ed|s)|remark(?:ed|s)|observ(?:ed|es)|comment(?:ed|s)|tweet(?:ed|s)|urg(?:ed|es)|"
    r"continu(?:ed|es)|conclud(?:ed|es)|describ(?:ed|es|ing)|call(?:ed|s|ing)|conced(?:ed|es)|"
    r"suggest(?:ed|s)|pointed out|recall(?:ed|s)|vow(?:ed|s)|pledg(?:ed|es)|promis(?:ed|es)|"
    # A court or a committee gives its view: "The Court considers that “…”".
    r"consider(?:ed|s)\s+that|"
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
    # Czech: said, stated, wrote, added, declared, stressed, pointed out, told, explained.
    r"(?:řekl|uvedl|napsal|dodal|prohlásil|zdůraznil|upozornil|sdělil|vysvětlil|varoval|"
    r"konstatoval|podotkl)a?|"
    # Serbian, in Cyrillic and Latin: said, stated, added, stressed, assessed, wrote, and
    # "according to his (her) words".
    r"(?:рек|изјави|наве|дода|истак|поручи|оцени|каза|нагласи|написа)(?:ао|ла|о)|"
    r"(?:rek|izjavi|nave|doda|istak|poruči|oceni|kaza|naglasi|napisa)(?:ao|la|o)|"
    r"према\s+(?:његовим|њеним|њиховим)\s+речима|prema\s+(?:njegovim|njenim|njihovim)\s+rečima|"
    # Turkish, which closes the sentence with the verb ("…” dedi", "… söyledi: “…”"). Dotless
    # letters are written dotted: the verbs are matched in keyword_text.
    r"dedi|diye\s+(?:konuştu|ekledi)|söyledi|belirtti|vurguladi|"
    # Romanian: "…”, a declarat ministrul …", "a spus", "a afirmat", "potrivit" (according to).
    r"a\s+(?:mai\s+)?(?:declarat|spus|afirmat|precizat|adăugat|subliniat|explicat|transmis|"
    r"men[țţ]ionat|arătat|sus[țţ]inut|avertizat|scris)|declară|potrivit|"
    # Indonesian: "'…,' kata Hendra" (said), "ujar", "ucap", "menurut" (according to).
    r"kata(?:nya)?|ujar(?:nya)?|ucap(?:nya)?|tutur(?:nya)?|menurut)(?!\w)"
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
    когда после также однако по с из у к за от до при что если
    potrivit menurut
    v ve ze se o k když také však podle у али када такође међутим према од из""".split()
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
    minister-president president-elect attorney prosecutor sheriff councillor councilor cr cllr
    alderman alderwoman assemblyman assemblywoman congressman congresswoman superintendent eng
    lawmaker legislator coordinator
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
    vali valisi doç yrd
    datuk datin dato dato' dato’ seri
    ministr ministryně náměstek náměstkyně předseda předsedkyně místopředseda místopředsedkyně
    poslanec poslankyně senátor senátorka mluvčí premiér premiérka prezidentka hejtman
    hejtmanka starosta starostka primátor primátorka ředitel ředitelka velvyslanec ekonom
    ekonomka analytik analytička tajemník
    министар министарка председник председница потпредседник премијер премијерка посланик
    посланица портпарол представник представница амбасадор градоначелник директор
    директорка економиста аналитичар""".split(),
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
    r"Forces|Navy|Command|Embassy|Cabinet|Secretariat|Times|Post|News|Press|Reuters|Ltd|LLC|"
    # Romanian, with the genitive a role takes ("purtătoarea de cuvânt a Comisiei Europene").
    r"Comisi(?:a|ei)|Minister(?:ul|ului)|Guvern(?:ul|ului)|Consili(?:ul|ului)|"
    r"Parlament(?:ul|ului)|Partid(?:ul|ului)|Uniun(?:ea|ii)|Agen[țţ]i(?:a|ei)|Cur(?:tea|[țţ]ii)|"
    r"Ambasad(?:a|ei)|Bloc(?:ul|ului)|Primări(?:a|ei)|"
    # Indonesian: ministry, embassy, university, commission, party, government, institute.
    r"Kementerian|Kedutaan|Universitas|Komisi|Partai|Pemerintah|Lembaga)\b"
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
        if _is_undashed_attribution(next_line):
            speaker = speaker_from_attribution(next_line)
            return PullQuote(match.group("text").strip(), speaker), True
    return None


# "Johanna Lindqvist, purtătoare de cuvânt a Comisiei Europene" under a pull quote: the
# speaker's full name, a comma and the role, with no dash before the name. The party may
# follow the name in brackets, as Nordic papers print a politician's ("Kari Holmøy (Ap),
# Minister of Fisheries").
_UNDASHED_ATTRIBUTION_RE = re.compile(
    r"^(?P<name>[^\W\d_][^,(]{2,58}?)(?:\s+\([^()]{1,20}\))?,\s+(?P<role>\w[^.!?]*)$"
)
_UNDASHED_ATTRIBUTION_MAX_WORDS = 15


def _is_undashed_attribution(line: str) -> bool:
    """A pull quote's attribution without its dash: a full name, then its role, short and not
    a sentence (a paragraph that opens with a name goes on to its verb). A role in capitals
    opens with a title ("Minister of Fisheries") and names no writing job, and no other job a
    byline gives unless it names an office ("Deputy Minister", "President of the Republic"):
    "Jane Doe, Senior Correspondent" and "Jane Doe, Senior Fellow" are a byline's shape."""
    if word_count(line) > _UNDASHED_ATTRIBUTION_MAX_WORDS or ends_sentence(line):
        return False
    match = _UNDASHED_ATTRIBUTION_RE.match(line)
    if not match:
        return False
    role = match["role"]
    return (
        role[:1].islower()
        or role.split(None, 1)[0].casefold() in _TITLE_WORDS
        and not WRITING_JOB_WORD_RE.search(role)
        and (not JOB_WORDS_RE.search(role) or OFFICE_RE.search(role))
    ) and is_person_name(match["name"])


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
    przewodnicząca lider liderka
    ministr ministryně náměstek náměstkyně předseda předsedkyně místopředseda místopředsedkyně
    poslanec poslankyně mluvčí ředitel ředitelka velvyslanec
    министар министарка председник председница потпредседник посланик посланица портпарол
    представник представница амбасадор директор директорка""".split()
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


# Serbian and Czech put the role's words between the role and the body ("министар за
# европске интеграције Србије Бранислав Ђурић", "Министар спољних послова Северне Македоније
# Горан Трајковски"): the role is looked for among the words right before the run.
_ROLE_PHRASE_WORDS = 5
_FULL_NAME_WORDS = 2


def _without_body(segment: str, run: re.Match) -> str:
    """A name run after a role, without the body that role belongs to ("mówił poseł
    Konfederacji Łukasz Dąbek" → "Łukasz Dąbek"): the body may have several words ("Северне
    Македоније"), and the person is the given name and surname closing the run."""
    words = run.group(0).split()
    if len(words) < _BODY_AND_NAME_WORDS:
        return run.group(0)
    head = segment[max(0, run.start() - 80) : run.start()].split()[-_ROLE_PHRASE_WORDS:]
    if _GENITIVE_ROLES.isdisjoint(word.casefold() for word in head):
        return run.group(0)
    return " ".join(words[-_FULL_NAME_WORDS:])


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
        # Organisations by their head noun ("court": "Permanent International Court").
        self._by_head: dict[str, dict[str, int]] = {}
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
            elif len(tokens) >= 2:
                head = _organisation_head(name)
                if head:
                    uses = self._by_head.setdefault(head, {})
                    uses[name] = uses.get(name, 0) + 1

        # In a script without capitals, the names after a title or a speech verb; one without
        # a title only when its surname comes back on its own ("وأوضح البيطار"). In Persian,
        # the full names of the surnames given after a title; in Hindi, the names after a
        # title or a role.
        self.caseless: set[str] = set()
        # Chinese names after a title ("部长王文涛在…"), in order of first mention.
        self.han: list[str] = []
        # One scan for every script without capitals: re reads a page of text at about 6 ns a
        # character, and most pages have none of them. Only of the lines with a character
        # outside ASCII, which a line tells without a scan: most paragraphs of most pages have
        # none.
        if not any(
            _CASELESS_OR_INDIC_RE.search(line) for line in text.splitlines() if not line.isascii()
        ):
            return
        if _CASELESS_LETTER_RE.search(text):
            trailers = (
                _caseless_name(m["who"].split(), trailing=True)
                for m in _CASELESS_QUOTED_TRAILER_RE.finditer(text)
            )
            for found in chain(map(_caseless_lead_in, text.splitlines()), trailers):
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
        if "“" in text and _HAN_RE.search(text):
            for name in _HAN_TITLED_NAME_RE.findall(text):
                if name not in self.han:
                    self.han.append(name)
        if _HANGUL_RE.search(text):
            # A foreign name in Hangul, spaced like ours, before its country and role
            # ("마코 루비오 미국 국무장관은"): its surname comes back alone ("루비오 장관은").
            for sentence in _KOREAN_SENTENCE_START_RE.findall(text):
                name = _korean_subject_name(sentence)
                if name and " " in name:
                    self._add_caseless(name)
        if _THAI_RE.search(text):
            for given, name in _thai_names(text):
                self._add_caseless(name)
                self._by_token.setdefault(given, set()).add(name)

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
            return self._full_name_opening(tokens) or name
        if name in self._by_surname:
            uses = self._by_surname[name]
            return max(uses, key=uses.__getitem__)
        organisation = self.organisation(name)
        if organisation:
            return organisation
        owners = self._by_token.get(name, set())
        return next(iter(owners)) if len(owners) == 1 else name

    def organisation(self, noun: str) -> str | None:
        """The organisation a common noun stands for once the article has named it ("the
        Court" after "the Permanent International Court", "the council" after "the Council of
        American Air Carriers"): the most used full name with that head noun."""
        uses = self._by_head.get(noun.casefold())
        return max(uses, key=uses.__getitem__) if uses else None

    def _full_name_opening(self, tokens: list[str]) -> str | None:
        """The one longer full name that opens with these names: a Malay or Arab name is
        shortened to its given names ("Mohd Faizal" after "Mohd Faizal Rahman"), which leaves
        out the father's."""
        longer = [
            full
            for full in self._by_token.get(tokens[-1], ())
            if full.split()[: len(tokens)] == tokens
        ]
        return longer[0] if len(longer) == 1 else None

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


_HEAD_OF_RE = re.compile(r"^(?P<head>\S+)\s+of\s")


def _organisation_head(name: str) -> str | None:
    """The noun an organisation's name is built on, casefolded: the word before "of"
    ("Council of American Air Carriers"), else the last ("Permanent International Court");
    None when that noun is no organisation's ("Registry of the Court")."""
    match = _HEAD_OF_RE.match(name)
    head = match["head"] if match else name.rsplit(" ", 1)[-1]
    return head.casefold() if _ORG_WORDS_RE.fullmatch(head) else None


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
# Indic scripts and Thai, which follows them, as one range, then Han and Hangul: asked of every
# character of a page, a class is tested range by range.
_CASELESS_OR_INDIC_RE = re.compile(r"[\u0590-\u06ff\u0900-\u0e7f\u4e00-\u9fff\uac00-\ud7a3]")
# An Arabic sentence that opens with the speech verb, a short lead ("من جهتها،", "for her
# part,") allowed before it, then the speaker, maybe after a role, up to a comma, a colon or
# the "that" ("إن") right before the quotation: "وقال … طارق البيطار، …: «…»", "قالت الخبيرة
# … الدكتورة هالة الروسان إن "…"", "وأضافت الروسان: «…»".
_CASELESS_VERBS = r"(?:قال|قالت|أضاف|أضافت|أكد|أكدت|أوضح|أوضحت|تابع|تابعت|صرح|صرحت)"
_CASELESS_LEAD_IN_RE = re.compile(
    rf"^(?:[^،:.\u0000]{{1,25}}،\s*)?[وف]?{_CASELESS_VERBS}\s+"
    r"(?P<who>[^،:.\u0000\"«»“”]{2,150}?)(?:\s*[،:]|\s+[إأ]ن(?=\s*(?:[\u0000\"«“]|$)))"
)
# The quotation first, its speaker after it: "«…»، قال وزير الخارجية أيمن الصفدي في مؤتمر
# صحفي.", "«…»، قال البيطار.", ""…" بحسب ما قالت الدكتورة هالة الروسان." ("according to what
# … said"). The clause runs to the next comma, colon, full stop or quotation; it starts right
# after the closing mark, so a verb further on, in a clause of its own, is not taken for it.
_CASELESS_TRAILER = (
    rf"[\s،]*(?:(?:بحسب|حسب|وفق|كما)\s+ما\s+|حسبما\s+|وفقما\s+)?{_CASELESS_VERBS}\s+"
    r"(?P<who>[^،:.\u0000\"«»“”]{2,150}?)\s*(?:[،:.\u0000\"«“]|$)"
)
_CASELESS_TRAILER_RE = re.compile(_CASELESS_TRAILER)
# The same after any closing mark of a page, for the name index.
_CASELESS_QUOTED_TRAILER_RE = re.compile(rf"[»\"”]{_CASELESS_TRAILER}")
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
# Where the name after the speech verb ends, when the speaker follows the quotation: the
# place, occasion or day the words were said ("في مؤتمر صحفي", "خلال زيارته", "الاثنين").
_CASELESS_CLAUSE_STOPS = frozenset(
    "في خلال أمام عقب بعد لدى على عن إلى مع أثناء اليوم أمس يوم السبت الأحد الاثنين الثلاثاء "
    "الأربعاء الخميس الجمعة".split()
)
# Whom the words were said to: "لـ«الأفق»", "للصحفيين" (to the journalists), "لوكالة …"
# (to the agency …). A name opens with none of these.
_CASELESS_TOLD_PREFIXES = ("لـ", "لل", "لوكالة", "لصحيفة", "لقناة", "لموقع", "لإذاعة", "لشبكة")


def _caseless_lead_in(sentence: str) -> tuple[str, bool] | None:
    """The speaker named after the speech verb that opens a sentence in a script without
    capitals, and whether a title preceded the name: the words after the last title, else the
    last two words before the comma (a given name, which takes no article, and the family
    name), else one word that may be a surname."""
    match = _CASELESS_LEAD_IN_RE.match(sentence)
    return _caseless_name(match["who"].split(), trailing=False) if match else None


def _caseless_trailer(clause: str) -> tuple[str, bool] | None:
    """The speaker named in the clause that follows a quotation in a script without
    capitals ("«…»، قال وزير الخارجية أيمن الصفدي في مؤتمر صحفي")."""
    match = _CASELESS_TRAILER_RE.match(clause)
    return _caseless_name(match["who"].split(), trailing=True) if match else None


def _caseless_name(words: list[str], *, trailing: bool) -> tuple[str, bool] | None:
    """The name in the words after a speech verb: those after the last title, else the last
    two (a given name, which takes no article, and the family name), else one word that may
    be a surname. After a quotation the words go on into where or when it was said, which
    ends the name."""
    titled = [k for k, word in enumerate(words) if word in _CASELESS_TITLES]
    if titled:
        words = words[titled[-1] + 1 :]
    if trailing:
        stop = next(
            (
                k
                for k, word in enumerate(words)
                if word in _CASELESS_CLAUSE_STOPS or word.startswith(_CASELESS_TOLD_PREFIXES)
            ),
            None,
        )
        words = words[:stop]
    name = words if titled else words[-2:]
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


def _caseless_speaker(before: str, after: str, names: NameIndex) -> str | None:
    """The speaker of a quotation in a script without capitals, named in a lead-in that
    opens the sentence or in the clause right after the quotation: a full name the article
    confirms, or the surname of one."""
    if _DEVANAGARI_RE.search(before):
        return _hindi_speaker(before, names)
    found = _caseless_lead_in(before) or _caseless_trailer(after)
    if not found:
        return _persian_speaker(before, names) if _PERSIAN_LETTER_RE.search(before) else None
    name = found[0]
    if " " in name:
        return name if name in names.caseless else None
    full = names.resolve(name)
    return full if full in names.caseless else None


# Thai titles glue onto the name they open, and onto the word before them ("ขณะที่นางสาวอรุณี
# ทองประเสริฐ …", "ผศ.ดร.ธีรวัฒน์ จันทร์แก้ว …"): Mr, Miss, Mrs, Dr, the academic ranks, the
# doctors', generals' and police officers' ranks, the royal ones. "นายก" opens the prime
# minister's, the mayor's and a council's or an association's president's titles, not "นาย"
# and a name ("นายกิตติ").
_THAI_TITLES = (
    r"(?:นางสาว|นาง|นาย(?!ก(?:ฯ|รัฐมนตรี|เทศมนตรี|สมาคม|สภา|องค์การ|\s))|น\.ส\.|ดร\.|ผศ\.|รศ\.|ศ\.|นพ\.|พญ\.|พล\.[อทตร]\.|"
    r"พ\.ต\.[อทต]\.|ม\.ร\.ว\.|ม\.ล\.)"
)
# Thai speech verbs, "said", "stated", "revealed", "commented", "explained", "stressed" …,
# with "ว่า" ("that") before the quotation.
_THAI_SPEECH = r"(?:กล่าว|ระบุ|เปิดเผย|ให้ความเห็น|ชี้แจง|แถลง|เผย|ยืนยัน|ย้ำ|อธิบาย|เตือน)"
# The titled name: the given name runs up to a space or the speech verb glued to it
# ("นายมาริษกล่าวว่า"), and a surname may follow after a space.
_THAI_TITLED_NAME_RE = re.compile(
    rf"(?:{_THAI_TITLES}\s?)+(?P<given>[\u0e01-\u0e4e]+?)(?={_THAI_SPEECH}|[\s,\"“]|$)"
    rf"(?:\s(?P<surname>(?!{_THAI_SPEECH}|ว่า)[\u0e01-\u0e4e]{{2,}}))?"
)
_THAI_LEAD_IN_END_RE = re.compile(rf"{_THAI_SPEECH}(?:ว่า)?\s*:?\s*$")
_THAI_RE = re.compile(r"[\u0e01-\u0e4e]")


def _thai_names(text: str) -> list[tuple[str, str]]:
    """(given name, full name) for each titled name the article prints with a surname: Thai
    news names a person in full once, then by title and given name ("นายมาริษ")."""
    return [
        (m["given"], f"{m['given']} {m['surname']}")
        for m in _THAI_TITLED_NAME_RE.finditer(text)
        if m["surname"]
    ]


def _thai_speaker(before: str, names: NameIndex) -> str | None:
    """The speaker of a quotation after a Thai lead-in that closes with the speech verb: the
    last titled name before it, in full, or its given name resolved to the full name."""
    if not _THAI_LEAD_IN_END_RE.search(before):
        return None
    titled = list(_THAI_TITLED_NAME_RE.finditer(before))
    if not titled:
        return None
    found = titled[-1]
    if found["surname"]:
        return f"{found['given']} {found['surname']}"
    full = names.resolve(found["given"])
    return full if full in names.caseless else None


# Vietnamese attributes a quotation after it, with the verb last ("“…”, ông Tarriela nói",
# "“…”, phát ngôn viên PCG Jay Tarriela viết trên mạng xã hội X"): the capitalised words
# right before the speech verb, after an optional "ông"/"bà" (Mr, Mrs). A lead-in ending in
# the verb ("Ông Tarriela nói: “…”") works the same way.
_VIETNAMESE_SPEECH = (
    r"(?:nói|cho\s+biết|viết|khẳng\s+định|nhấn\s+mạnh|tuyên\s+bố|chia\s+sẻ|nêu\s+rõ)"
)
# Vietnamese capitals: with the horn ("Ơ", "Ư"), and Latin Extended Additional's, every other
# letter of which is small.
_VIETNAMESE_CAPITALS = _CAPITALS + "ƠƯ" + "".join(map(chr, range(0x1EA0, 0x1EFA, 2)))
_VIETNAMESE_NAME = (
    rf"(?:[{_VIETNAMESE_CAPITALS}][\w'’.-]*)(?:\s+[{_VIETNAMESE_CAPITALS}][\w'’.-]*){{0,4}}"
)
_VIETNAMESE_TRAILER_RE = re.compile(
    rf"^\s*,\s*(?:[^\s,\u0000]+\s+){{0,6}}?(?P<who>{_VIETNAMESE_NAME})\s+{_VIETNAMESE_SPEECH}(?!\w)"
)
_VIETNAMESE_LEAD_IN_RE = re.compile(
    rf"(?:^|\s)(?P<who>{_VIETNAMESE_NAME})\s+{_VIETNAMESE_SPEECH}\s*:\s*$"
)
# Vietnam's common family names, from which a Vietnamese full name runs ("Nguyễn Văn Hòa"),
# referred to later by its last word ("ông Hòa").
_VIETNAMESE_FAMILY_NAMES = frozenset(
    "Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Trịnh Đinh Lâm"
    " Mai Trương Đoàn Tạ Cao Hà".split()
)
_VIETNAMESE_NAME_MAX_WORDS = 4
# Mr and Mrs, capitalised when they open the sentence ("Anh", the title for a younger man, is
# also a given name: "Minh Anh").
_VIETNAMESE_TITLES = frozenset(("Ông", "Bà"))
# Letters only Vietnamese writes: the breve, the stroke, the horn, and Latin Extended
# Additional's stacked marks. Few ranges, as it is asked of every quoted paragraph.
_VIETNAMESE_MARK_RE = re.compile(r"[\u0103\u0111\u01a1\u01b0\u1ea0-\u1ef9]")


def _vietnamese_speaker(before: str, after: str, names: NameIndex) -> str | None:
    match = _VIETNAMESE_TRAILER_RE.match(after) or _VIETNAMESE_LEAD_IN_RE.search(before)
    if not match:
        return None
    # An organisation's acronym before the name ("PCG Jay Tarriela") is the speaker's role.
    tokens = match["who"].split()
    while tokens and (
        tokens[0].isupper() and len(tokens[0]) > 1 or tokens[0] in _VIETNAMESE_TITLES
    ):
        tokens.pop(0)
    if len(tokens) >= 2:
        return " ".join(tokens)
    if not tokens:
        return None
    return _vietnamese_full_name(tokens[0], names)


def _vietnamese_full_name(word: str, names: NameIndex) -> str | None:
    """The full name a Vietnamese article gives earlier for the one word it later uses with
    "ông" or "bà": capitalised runs join places and organisations to names ("Trung Quốc Mao
    Ninh"), so the name is cut from its run. Family name first, as Chinese and Korean names
    come, the word opens the name; last, it is a Western surname after one given name, or a
    Vietnamese given name after the family name that opens the name."""
    run = names.resolve(word)
    tokens = run.split()
    if run == word or word not in tokens:
        return None
    at = tokens.index(word)
    if at < len(tokens) - 1:
        return " ".join(tokens[at:])
    # A Vietnamese name has four words at most: a place before it ("Hà Nội") is not its own.
    window = range(max(0, at - _VIETNAMESE_NAME_MAX_WORDS + 1), at)
    family = next((k for k in window if tokens[k] in _VIETNAMESE_FAMILY_NAMES), None)
    start = family if family is not None else at - 1
    while start < at and tokens[start].isupper() and len(tokens[start]) > 1:
        start += 1
    return " ".join(tokens[start:]) if start < at else None


# Hebrew writes the gershayim of an abbreviation with the ASCII double quote, before the
# word's last letter ("ארה"ב", "ד"ר", "ק"מ"): no quotation mark. A quotation opened after a
# prefix letter ("ש"שייכים …"") has more letters after its mark.
_GERSHAYIM_RE = re.compile(r'(?<=[\u05d0-\u05ea])"(?=[\u05d0-\u05ea](?![\u05d0-\u05ea]))')
# Hebrew puts the subject before the verb: "לדברי ד"ר נועה פרידמן, …" ("according to Dr …"),
# "שר האנרגיה, יואב שטרן, אמר …" (a role, then the name set off by commas, then "said"), or
# the name alone before the verb ("יואב שטרן אמר: …").
_HEBREW_ACCORDING_RE = re.compile(r"(?:^|\s)לדברי\s+(?P<who>[^,:\u0000]{2,60}?)\s*,")
_HEBREW_SPEECH_VERB_RE = re.compile(
    r"\s(?:אמר|אמרה|אמרו|הוסיף|הוסיפה|ציין|ציינה|הדגיש|הדגישה|מסר|מסרה|טען|טענה|הבהיר|"
    r"הבהירה|סיפר|סיפרה|כתב|כתבה)(?=[\s:,]|$)"
)
_HEBREW_APPOSITION_RE = re.compile(r",\s*(?P<who>[^,\u0000]{2,40}?)\s*,\s*$")
# Titles dropped from the name: Dr, Prof, advocate, MK, Mr, Mrs, the minister, the rabbi.
_HEBREW_TITLES = frozenset('ד"ר פרופ\' פרופ׳ פרופסור עו"ד ח"כ מר גב\' גב׳ השר השרה הרב'.split())
# Words of a role or a body, which name nobody: an official, a senior one, a spokesman, a
# minister, the head, the office, a source, a researcher, an expert.
_HEBREW_NOT_NAME = frozenset(
    "גורם בכיר בכירה גורמים דובר דוברת שר שרת ראש משרד מקור מקורות חוקר חוקרת מומחה מומחית "
    'פקיד פקידה מנהל מנהלת יו"ר מנכ"ל נציג נציגת'.split()
)
_HEBREW_NAME_WORDS = (2, 3)


def _hebrew_name(who: str) -> str | None:
    words = [w for w in who.split() if w not in _HEBREW_TITLES]
    low, high = _HEBREW_NAME_WORDS
    if not low <= len(words) <= high or words[0].startswith("ה"):
        return None
    if any(w in _HEBREW_NOT_NAME or not "\u05d0" <= w[0] <= "\u05ea" for w in words):
        return None
    return " ".join(words)


_SENTENCE_END_RE = re.compile(r"[.!?]\s+(?=\S)")


def _hebrew_speaker(before: str) -> str | None:
    """The speaker of a Hebrew quotation, named before it in its sentence. (The sentence
    bounds look for a capital after the full stop, which Hebrew has not: the sentence starts
    after the last full stop.)"""
    ends = list(_SENTENCE_END_RE.finditer(before))
    if ends:
        before = before[ends[-1].end() :]
    according = _HEBREW_ACCORDING_RE.search(before)
    if according:
        return _hebrew_name(according["who"])
    verb = _HEBREW_SPEECH_VERB_RE.search(before)
    if not verb:
        return None
    subject = before[: verb.start()]
    apposition = _HEBREW_APPOSITION_RE.search(subject)
    return _hebrew_name(apposition["who"] if apposition else subject)


_HANGUL_RE = re.compile(r"[\uac00-\ud7a3]")
_HAN_RE = re.compile(r"[\u4e00-\u9fff]")
# A Chinese name follows its title without a space and comes before what the person did
# ("商务部部长王文涛在对话中表示", "副会长刘建国接受记者采访时表示"): two or three characters,
# or a foreign name's parts joined by "·" ("委员马罗什·谢夫乔维奇在会后…说").
_HAN_NAME = r"(?:[\u4e00-\u9fff]{1,6}(?:·[\u4e00-\u9fff]{1,8})+|[\u4e00-\u9fff]{2,3})"
_HAN_TITLED_NAME_RE = re.compile(
    r"(?:部长|委员|会长|主席|发言人|总统|总理|首相|大使|教授|主任|书记|局长|院长|董事长|总经理|"
    r"总裁|研究员|专家|秘书长|外长|司长|厅长|省长|市长|经济学家|分析师)"
    rf"({_HAN_NAME})(?=在|表示|说|指出|强调|称|认为|接受|对|，)"
)
# Chinese quotes: "他说：“…”" (a pronoun for the person named before), "王文涛表示：“…”", or
# the speaker after the quotation ("“…”刘建国说。").
_HAN_SPEECH = r"(?:说|表示|指出|强调|称|介绍)"
_HAN_LEAD_IN_RE = re.compile(rf"(?P<who>{_HAN_NAME}|他|她){_HAN_SPEECH}[：:]\s*$")
_HAN_TRAILER_RE = re.compile(rf"^(?P<who>{_HAN_NAME}?){_HAN_SPEECH}")


def _han_speaker(paragraph: str, start: int, end: int, names: NameIndex) -> str | None:
    """The speaker of a quotation in Chinese, one of the names the article gives after a
    title: the pronoun stands for the last of them named before the quotation."""
    before, after = paragraph[:start], paragraph[end:]
    trailer = _HAN_TRAILER_RE.match(after)
    if trailer and trailer["who"] in names.han:
        return trailer["who"]
    lead_in = _HAN_LEAD_IN_RE.search(before)
    if not lead_in:
        return None
    who = lead_in["who"]
    if who in names.han:
        return who
    if who not in ("他", "她"):
        return None
    named = [(before.rfind(name), name) for name in names.han if name in before]
    return max(named)[1] if named else None


# A Korean quotation is closed by the quoting particle and the speech verb ("…"라고 말했다,
# "…"고 덧붙였다) or joined to the next by "며" ("…"며 "…"라고 말했다); the speaker is the
# sentence's topic, marked by "은"/"는": a name, maybe the organisation, then the role
# ("박지현 세종연구소 수석연구위원은", "마코 루비오 미국 국무장관은"), or a surname and the role
# once the full name has been given ("루비오 장관은"). A role alone ("대변인은", "통일부
# 당국자는") names nobody.
_KOREAN_QUOTE_TAIL_RE = re.compile(r"^\s?(?:이?라?고|이?라며|이?라면서|며|면서)(?=\s|$)")
_KOREAN_SENTENCE_START_RE = re.compile(
    r"(?:^|(?<=[.!?]\s))((?:[\uac00-\ud7a3·]+\s){1,3}[\uac00-\ud7a3·]+(?:은|는))\s", re.M
)
_KOREAN_TOPIC_RE = re.compile(r"^((?:[\uac00-\ud7a3·]+\s){1,3}[\uac00-\ud7a3·]+(?:은|는))\s")
_KOREAN_ROLE_RE = re.compile(
    r"(?:장관|차관|위원|위원장|대변인|대통령|총리|교수|대표|의원|연구원|사장|회장|소장|원장|국장|"
    r"대사|총장|청장|실장|팀장|비서관|의장|지사|시장|감독|연구위원|애널리스트|이코노미스트)[은는]$"
)
_KOREAN_NAME_SYLLABLES = 3
_KOREAN_NAME_WORDS = (3, 4)


def _korean_subject_name(subject: str) -> str | None:
    """The name in a topic of a name, an organisation or a country, and a role: the words
    before the last two. A Korean name is one word of three syllables; a foreign one is
    spaced."""
    words = subject.split()
    if not _KOREAN_ROLE_RE.search(words[-1]) or not (
        _KOREAN_NAME_WORDS[0] <= len(words) <= _KOREAN_NAME_WORDS[1]
    ):
        return None
    name = words[:-2]
    if len(name) == 1 and len(name[0]) != _KOREAN_NAME_SYLLABLES:
        return None
    return " ".join(name)


_KOREAN_CLAUSE_END_RE = re.compile(r"[.!?]\s+(?=\S)")


def _korean_speaker(before: str, after: str, names: NameIndex) -> str | None:
    if not _KOREAN_QUOTE_TAIL_RE.match(after):
        return None
    ends = list(_KOREAN_CLAUSE_END_RE.finditer(before))
    if ends:
        before = before[ends[-1].end() :]
    topic = _KOREAN_TOPIC_RE.match(before)
    if not topic:
        return None
    subject = topic[1]
    name = _korean_subject_name(subject)
    if name:
        return names.resolve(name) if " " not in name else name
    words = subject.split()
    if len(words) == 2 and _KOREAN_ROLE_RE.search(words[1]):
        full = names.resolve(words[0])
        return full if " " in full else None
    return None


@dataclass(frozen=True)
class InlineQuote:
    text: str
    speaker: str


# Japanese quotes in corner brackets, closed by "と" and the speech verb ("「…」と述べた", "…と
# 強調した", "…と指摘する"). Names have no capitals; the speaker is the subject of the sentence
# before the quotation: a foreign name in katakana, its words joined by "・", maybe with a
# title and a bracketed field after it ("エミリー・カーター教授（安全保障論）は"), or a Japanese
# name that an honorific closes ("佐藤健一氏は"). An unnamed "spokesman" is no speaker.
_CORNER_QUOTE_RE = re.compile(
    r"「(?P<text>[^「」]{2,})」と(?:述べ|語|強調|指摘|話し|説明|訴え|批判|主張|明らかに|言っ|言う)"
)
_CORNER_SPEAKER_RE = re.compile(
    r"(?:(?P<foreign>[ァ-ヺー]+(?:・[ァ-ヺー]+)+)[\u4e00-\u9fff]{0,6}"
    r"|(?P<native>[\u4e00-\u9fff]{2,5})(?:氏|さん))(?:（[^（）]{1,20}）)?[はもが]"
)


def _corner_bracket_quotes(paragraph: str) -> list[tuple[int, InlineQuote]]:
    found = []
    for quote in _CORNER_QUOTE_RE.finditer(paragraph):
        text = quote["text"]
        if word_count(text) < MIN_INLINE_WORDS:
            continue
        start = paragraph.rfind("。", 0, quote.start()) + 1
        subjects = list(_CORNER_SPEAKER_RE.finditer(paragraph, start, quote.start()))
        if subjects:
            last = subjects[-1]
            found.append((quote.start(), InlineQuote(text, last["foreign"] or last["native"])))
    return found


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


# "that", and the Dutch, Polish, Russian and Serbian "dat", "że", "что" and "да".
_THAT_RE = re.compile(r"\b(?:that|dat|że|что|да)\b")
# "A post on Facebook since 9 November claims": a name after "on", "since" or "in" is where
# or when, not who; so is one after "the city of" ("…, meeting in the eastern city of Erfurt,
# said").
_PLACE_OR_TIME_BEFORE_RE = re.compile(
    r"\b(?:(?:on|since|in|at|from|until|op|sinds|uit|bij|tot|w|we|na|od|do|в|во|на|из|у)\s+"
    r"(?:\d{1,2}\s+)?|(?:city|town|village|capital|port|province|region|district|county)\s+of\s+"
    # A body's kind before its name ("the charity Harbour Light", "the security firm
    # Sentinel Maritime"): an organisation, not a person.
    r"|(?:charity|firm|company|consultancy|organi[sz]ation|foundation|nonprofit|non-profit|"
    r"newspaper|broadcaster|airline|insurer|think\s+tank)\s+)$"
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


# A description after the name opens in lower case, with an age, or with a possessive ("Linda
# Hartman, 52, who …", "Linda Hartman, Mill Street's oldest resident, …").
_APPOSITIVE_RE = re.compile(r"\s*,\s*(?:[a-z\d]|[A-Z]\w*['’]s\b)")
_CLAUSE_START_RE = re.compile(r"^[\s,;:\u0000—–-]*$")


# Capitalised prepositions that open a place's run at the head of a sentence ("In Tayba, …",
# "À Joal, …", "En Casamance, …"), in the parser's languages.
_PLACE_PREPOSITIONS = frozenset("in at à au aux en dans im w we в во".split())


def _appositive_subject(
    segment: str, runs: list[re.Match], verb: int, names: NameIndex
) -> str | None:
    """The name opening a clause and described after a comma ("Yousif Ahmed, a farmer from
    Tayba, told …"): the speaker, not the place or employer named in the description. A
    description the speech verb at ``verb`` is still inside, after a person of its own
    ("Linda Hartman, whose son Tom Baker said: …"), is that person's speech instead."""
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
    last = runs[-1]
    if (
        segment[last.end() : verb].isspace()
        and not segment[first.end() : verb].rstrip().endswith(",")
        and " " in (_person_named(segment, last, names) or "")
    ):
        return None
    return _clean_run(first.group(0))


def _speaker_in(segment: str, *, after: bool, names: NameIndex) -> str | None:
    folded = keyword_text(segment)
    # After the quotation the first verb is the one: the rest of the segment is not searched.
    if after:
        verb = _FOLDED_SPEECH_VERB_RE.search(folded)
    else:
        verb = next(reversed(list(_FOLDED_SPEECH_VERB_RE.finditer(folded))), None)
    if verb is None:
        return None
    # The runs come in order and none is empty, so the first to end past the verb ends the
    # list: the rest of the segment need not be scanned.
    before_verb = list(takewhile(lambda r: r.end() <= verb.start(), _RUN_RE.finditer(segment)))
    subject = _appositive_subject(segment, before_verb, verb.start(), names)
    if subject:
        return names.resolve(subject)
    for run in reversed(before_verb):
        if _modifies_noun(segment, run.end()) or _PLACE_OR_TIME_BEFORE_RE.search(
            segment, 0, run.start()
        ):
            continue
        name = _clean_run(_without_body(segment, run))
        if name:
            return names.resolve(name)
    # Searched from the verb on, so that a verb opening the sentence ("Volgens BBB-leider Jorien
    # Smeenk …", "Selon Marie Traoré, …") is not taken into the name run after it; a name
    # after "in" or "on" ("mówiła w Sejmie …", "said on Monday …") is where or when. Only
    # once no name before the verb speaks: most attributions name the speaker first.
    after_verb = [
        r
        for r in _RUN_RE.finditer(segment, verb.end())
        if not _PLACE_OR_TIME_BEFORE_RE.search(segment, verb.end(), r.start())
    ]
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
    if not before_verb:
        noun = _ORG_NOUN_BEFORE_RE.search(segment, 0, verb.start())
        if noun:
            return names.organisation(noun["noun"])
    return None


# "…,” the council said": a named organisation's common noun just before the verb.
_ORG_NOUN_BEFORE_RE = re.compile(r"(?:^|\s)the\s+(?P<noun>[a-z]+)\s+$")


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
    r"founder|lawyer|researcher|analyst|coordinator|official|representative|adviser|advisor|"
    r"diplomat|negotiator)\b"
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


# A sentence that opens its quotation with a pronoun's attribution ("Према њеним речима, „…“",
# "По её словам, «…»", "According to her, “…”"): its speaker is the one the sentence before
# named.
_PRONOUN_ATTRIBUTION_RE = re.compile(
    r"(?i)^\s*(?:према\s+(?:његовим|њеним|њиховим)\s+речима|prema\s+(?:njegovim|njenim|"
    r"njihovim)\s+rečima|по\s+(?:его|её|ее|их)\s+словам|за\s+(?:його|її|їхніми)\s+словами|"
    r"podle\s+(?:něj|ní|nich)|according\s+to\s+(?:him|her|them))\s*[,:]?\s*$"
)


# "Nabiyev said Azerbaijan was ready to co-finance the ferries. “We want …,” he said.": a
# pronoun's attribution after the quotation, whose speaker the sentence before named. Only "he"
# and "she": "they" may be anyone the sentence before named.
_PRONOUN_SPEAKER_RE = re.compile(r"(?i)^[\s,]*(?P<pronoun>he|she)\s+")
# The other pronoun in the sentence before shows that "he" or "she" is someone it only
# mentions ("Linda Hartman said her husband had tried to move the car. “…,” he said.").
_OTHER_PERSON_RE = {
    "he": re.compile(r"(?i)\b(?:she|her|hers|herself)\b"),
    "she": re.compile(r"(?i)\b(?:he|him|his|himself)\b"),
}


def _pronoun_said(after: str) -> re.Match | None:
    """The speech verb of "he said" or "she said" opening the clause after a quotation."""
    match = _PRONOUN_SPEAKER_RE.match(after)
    return match and SPEECH_VERB_RE.match(after, match.end())


# All a paragraph may have after "he said" when its quotation goes on from the paragraph
# before ("Mark Owen said crews had worked through the night." / "“…,” he said."), as wire
# copy writes: at most two words in lower case ("he told reporters").
_SAID_ALONE_END_RE = re.compile(r"(?:\s+[a-z]+){0,2}[\s.]*")


def _said_across(paragraph: str, span: re.Match, above: str, names: NameIndex) -> str | None:
    """The speaker of a paragraph that is only a quotation and "he said", named by the last
    sentence of the paragraph above it, by the rule of ``_speaking_subject``."""
    if span.start() or not above:
        return None
    rest = paragraph[span.end() :]
    verb = _pronoun_said(rest)
    if verb is None or _SAID_ALONE_END_RE.fullmatch(rest, verb.end()) is None:
        return None
    spans = [m for m in _SPAN_RE.finditer(above) if m.end() - m.start() > 2]
    masked = _mask_quotations(above, spans)
    return _speaking_subject(masked[_sentence_bounds(masked)[-2] :], rest, names)


def _speaking_subject(sentence: str, after: str, names: NameIndex) -> str | None:
    """Whom the "he said" or "she said" opening ``after`` means: the one person the sentence
    before names, in full, when that person is the subject of its speech verb ("Rashad
    Nabiyev said …", "Linda Hartman, who lives on Mill Street, said …", "The council's head of
    emergency planning, Mark Owen, said …", "“…,” said Peter Grant, who chairs …").

    A sentence that names a second person ("Smith told Jones that …", "whose son Tom Baker
    said …") may mean either; one whose only name is not the subject ("The son of Linda
    Hartman said …", "Police said Mark Owen had been arrested") means someone else; so does
    one with the other pronoun ("… said her husband …" before "he said"). None gives a
    speaker."""
    person = None if _other_person_in(after, sentence) else _one_person(sentence, names)
    if person is None:
        return None
    run, name = person
    if " " not in name or not (
        _speaks_after(sentence, run) or _INVERTED_VERB_RE.search(sentence, 0, run.start())
    ):
        return None
    return name


def _other_person_in(after: str, *texts: str) -> bool:
    """Whether one of ``texts`` has the other pronoun than the "he" or "she" opening
    ``after``: that pronoun's person is then someone the texts only mention."""
    pronoun = _PRONOUN_SPEAKER_RE.match(after)["pronoun"].casefold()
    return any(map(_OTHER_PERSON_RE[pronoun].search, texts))


def _one_person(sentence: str, names: NameIndex) -> tuple[re.Match, str] | None:
    """The run of ``sentence`` naming the one person it names, however often, and that name;
    None if it names no one or more than one."""
    people = [
        (run, name)
        for run in _RUN_RE.finditer(sentence)
        if (name := _person_named(sentence, run, names))
    ]
    if not people or any(name != people[0][1] for _, name in people):
        return None
    return people[0]


# What follows the name opening a sentence when that name is its subject: a word in lower
# case, right after it or after its description between commas ("Linda Hartman, a
# trader who sells cloth, has lived …"), that joins no second subject to it.
_SUBJECT_THEN_VERB_RE = re.compile(
    r"(?:\s*,\s*(?:[a-z\d][^,]*)\s*,)?\s+(?!(?:and|or|nor|but|with|&)\b)[a-z]"
)


# A sentence telling of its subject's death ("Mark Owen, 45, died at the scene."): the one
# quoted after it is someone who speaks of him.
_DEATH_RE = re.compile(
    r"(?i)\b(?:died|dies|dead|death|killed|murdered|drowned|funeral|buried|survived\s+by|"
    r"passed\s+away)\b"
)


def _opening_subject(sentence: str, quotation: str, after: str, names: NameIndex) -> str | None:
    """Whom "he said" or "she said" after a quotation that opens its sentence means when the
    sentence before, in the same paragraph, has no speaking subject (``_speaking_subject``):
    the one person it names, in full, if that name opens it as its subject ("Linda Hartman, a
    trader …, has lived in the town for 14 years. “My children were born here …,” she
    said.").

    As for ``_speaking_subject``, a second person, or the other pronoun in the sentence,
    gives no one; so does the other pronoun in the quotation ("Mark Owen was found at home.
    “He was the kindest man,” she said."), as the one the sentence names is then who the
    quotation speaks of, and so does a sentence telling of its subject's death."""
    if _other_person_in(after, sentence, quotation) or _DEATH_RE.search(sentence):
        return None
    person = _one_person(sentence, names)
    if person is None:
        return None
    run, name = person
    if (
        sentence[: run.start()].strip()
        or run.group(0).endswith(_POSSESSIVE)
        or sentence.startswith(_POSSESSIVE, run.end())
        or " " not in name
        or not _SUBJECT_THEN_VERB_RE.match(sentence, run.end())
    ):
        return None
    return name


# Verbs whose object is whom they were said to ("told Jones that …"): a word after one is a
# person, whom the next sentence's "he" or "she" may mean.
_SPOKEN_TO_RE = re.compile(
    r"\b(?:told|tells|asked|asks|urged|urges|warned|warns|assured|reminded|informed)\s+$"
)
# Words between a subject and its speech verb: "Mark Owen also said", "Linda Hartman had told".
_BEFORE_VERB_RE = re.compile(
    r"\s+(?:(?:also|later|then|earlier|previously|again|once|recently|had|has|have)\s+)?"
)
# A quotation's speaker after the verb that follows its closing mark ("“…,” said Peter
# Grant"). A name after a verb with no quotation before it is the subject of what was said
# ("Police said Mark Owen had been arrested"); "told" and "asked" have whom they were said to
# after them.
_INVERTED_VERB_RE = re.compile(
    r"[”\"’»],?\s+(?:said|says|added|adds|explained|noted|continued|replied)\s+$"
)


def _person_named(sentence: str, run: re.Match, names: NameIndex) -> str | None:
    """The person a capitalised run of a sentence names, in full where the article gives the
    full name. None for a place or a time ("on Mill Street"), an organisation or a country.
    A single word the article gives no full name for ("Jones") is a person only where it
    speaks or is spoken to ("Jones said", "told Jones"): elsewhere it is as often a place or
    a word opening the sentence."""
    if _PLACE_OR_TIME_BEFORE_RE.search(sentence, 0, run.start()) or _after_the(sentence, run):
        return None
    text = run.group(0)
    name = _clean_run(text[:-2] if text.endswith(_POSSESSIVE) else text)
    if not name or _names_organisation(name) or is_country(name):
        return None
    full = names.resolve(name)
    if " " in full:
        return None if _names_organisation(full) else full
    if name.isupper():
        return None  # "told CNN", "BBC said": an acronym is an organisation's
    after = _BEFORE_VERB_RE.match(sentence, run.end())
    speaks = after is not None and SPEECH_VERB_RE.match(sentence, after.end()) is not None
    return name if speaks or _SPOKEN_TO_RE.search(sentence, 0, run.start()) else None


# Titles that may follow "the" before a person's name ("the Rev Jane Hale").
_TITLES_AFTER_THE = frozenset(("rev", "revd", "reverend"))


def _after_the(sentence: str, run: re.Match) -> bool:
    """Whether the definite article opens a run ("the Mill Lane pumping station", "The
    Environment Agency"): a place, a body or a thing, not a person, unless a title follows
    the article ("the Rev Jane Hale")."""
    words = run.group(0).split(maxsplit=2)
    if words[0] == "The" and len(words) > 1:
        title = words[1]
    elif sentence.endswith(("the ", "The "), 0, run.start()):
        title = words[0]
    else:
        return False
    title = title.rstrip(".").casefold()
    return title not in _TITLE_WORDS and title not in _TITLES_AFTER_THE


# What may come before a sentence's subject: nothing, a quotation ("“…,” Linda Hartman said"),
# an adverbial or a role that the name is set off from by a comma ("The council's head of
# emergency planning, Mark Owen, said"), or a role in lower case ("Council leader Mark Owen
# said").
_SUBJECT_LEAD_RE = re.compile(r"(?:^\s*|[,”\"’»]\s+|\b(?P<role>[a-z][\w-]*)\s+)$")


def _speaks_after(sentence: str, run: re.Match) -> bool:
    """Whether a name is the subject of the speech verb after it: right before the verb, or
    set off from it by a description between commas ("Linda Hartman, who lives on Mill
    Street, said"); with nothing before the name but an adverbial or a role."""
    lead = _SUBJECT_LEAD_RE.search(sentence, 0, run.start())
    if not lead or lead["role"] and not _is_role(lead["role"]):
        return False
    verb = _FOLDED_SPEECH_VERB_RE.search(keyword_text(sentence), run.end())
    if verb is None:
        return False
    gap = sentence[run.end() : verb.start()]
    if gap.startswith(","):
        return gap.rstrip().endswith(",") and _APPOSITIVE_RE.match(sentence, run.end()) is not None
    return _BEFORE_VERB_RE.fullmatch(gap) is not None


def _is_role(word: str) -> bool:
    return word.casefold() in _TITLE_WORDS or _ROLE_NOUN_RE.fullmatch(word) is not None


def _speaker_before(previous: str, names: NameIndex) -> str | None:
    """The speaker named in the sentence before, for a quotation attributed with a pronoun."""
    return _speaker_in(previous, after=False, names=names) or _speaker_in(
        previous, after=True, names=names
    )


# A quotation that completes the infinitive of a request ("asked the Court to order Doreth to
# “…”") is what someone asked for, whose sentence names the one asked as often as the one
# asking; a pledge's ("vowed to “…”") is its subject's own words.
_REQUEST_TO_RE = re.compile(
    r"(?i)\b(?:ask(?:ed|s|ing)?|urg(?:ed|es|ing|e)|call(?:ed|s|ing)?\s+(?:on|upon)|"
    r"request(?:ed|s|ing)?|order(?:ed|s|ing)?|instruct(?:ed|s|ing)?|invit(?:ed|es|ing|e)|"
    r"press(?:ed|es|ing)|direct(?:ed|s|ing)?)\b[^.;:]{0,80}\bto\s*$"
)


def _organisation_subject(sentence: str, names: NameIndex) -> str | None:
    """The organisation opening the sentence before one that opens with "It" ("The Court then
    considers whether … It observes that “…”"): what "it" stands for."""
    run = _RUN_RE.search(sentence)
    if not run or sentence[: run.start()].strip():
        return None
    name = _clean_run(run.group(0))
    return names.resolve(name) if name and _names_organisation(name) else None


def inline_quotes(
    paragraph: str, names: NameIndex, above: str = ""
) -> list[tuple[int, InlineQuote]]:
    """Quoted spans of six words or more whose speaker is named in the same sentence.

    The attribution clause after the quote ("…,” Sullivan added) is tried before the lead-in
    ("Putin said: “…”"); a quote with no named speaker (“…,” he said) is kept only when the
    sentence before it names who "he" is: in the paragraph, or, for a paragraph that is only
    the quotation and "he said", the last sentence of the paragraph ``above``. Returns
    (offset, quote) pairs so that callers can order quotes within a block.
    """
    if paragraph.startswith(_DIALOGUE_DASHES):
        return _dialogue_quote(paragraph, names)
    # Japanese quotations in corner brackets; a paragraph may quote with other marks too.
    corner = _corner_bracket_quotes(paragraph) if "「" in paragraph else []
    if not any(map(paragraph.__contains__, _OPEN)):
        return corner  # every span opens with one of these; most paragraphs quote nobody
    hebrew = "\u0590" <= paragraph[0] <= "\u05ff"
    # The spans are found with abbreviations' marks set aside, and read from the paragraph.
    scanned = _GERSHAYIM_RE.sub("\u05f4", paragraph) if hebrew else paragraph
    spans = [m for m in _SPAN_RE.finditer(scanned) if m.end() - m.start() > 2]
    if not spans:
        return corner
    masked = _mask_quotations(paragraph, spans)
    bounds = _sentence_bounds(masked)
    vietnamese = not paragraph.isascii() and _VIETNAMESE_MARK_RE.search(paragraph) is not None
    found = []
    for span in spans:
        inner = paragraph[span.start() + 1 : span.end() - 1].strip()
        if word_count(inner) < MIN_INLINE_WORDS:
            continue
        sentence = bisect_right(bounds, span.start()) - 1
        start = bounds[sentence]
        end = bounds[bisect_left(bounds, span.end())]
        after = masked[span.end() : end]
        before = masked[start : span.start()]
        after = after.split("\u0000", 1)[0]
        # The sentence before, which a pronoun or "It" opening this one may stand for.
        previous = masked[bounds[sentence - 1] : start] if sentence else ""
        if before.endswith(("to ", "to")) and _REQUEST_TO_RE.search(before):
            continue  # "asked the Court to order Doreth to “restore …”": a request's words
        # Vietnamese first: its capitalised "Ông" (Mr) opening a sentence reads as a given name.
        speaker = vietnamese and _vietnamese_speaker(before, after, names) or None
        if speaker is None:
            speaker = _speaker_in(after, after=True, names=names)
        if speaker is None:
            speaker = _speaker_in(before, after=False, names=names)
        if speaker is None and previous and before.startswith("It "):
            speaker = _organisation_subject(previous, names)
        if speaker is None and _CLOSING_VERB_RE.match(after):
            speaker = _subject_before(before, names)
        if speaker is None and hebrew:
            speaker = _hebrew_speaker(before)
        elif speaker is None and "\uac00" <= paragraph[:1] <= "\ud7a3":
            speaker = _korean_speaker(before, after, names)
        elif speaker is None and "\u0e01" <= paragraph[:1] <= "\u0e7f":
            speaker = _thai_speaker(before, names)
        elif speaker is None and names.han:
            speaker = _han_speaker(paragraph, span.start(), span.end(), names)
        elif speaker is None and (
            "\u0590" <= paragraph[0] <= "\u097f" or "\u0590" <= paragraph[1:2] <= "\u097f"
        ):  # a letter opens the paragraph, or one right after the quotation mark that opens it
            speaker = _caseless_speaker(before, after, names)
        if speaker is None and previous and _PRONOUN_ATTRIBUTION_RE.match(before):
            speaker = _speaker_before(previous, names)
        if speaker is None and previous and _pronoun_said(after):
            speaker = _speaking_subject(previous, after, names)
            if speaker is None and not before.strip():
                speaker = _opening_subject(previous, inner, after, names)
        elif speaker is None and not previous:
            speaker = _said_across(paragraph, span, above, names)
        if speaker:
            found.append((span.start(), InlineQuote(inner.rstrip(", ").strip(), speaker)))
    return sorted(corner + found, key=lambda item: item[0]) if corner else found
