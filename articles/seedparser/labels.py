"""The labels that open multi-line widgets (related links, most read, tags, contents, author
boxes, comments) and the headings the body treats specially. Patterns only: the scanners in
``widgets.py`` and ``claims.py`` decide how far each widget reaches."""

from __future__ import annotations

import re

from .openers import OpenerPattern
from .text import folded_pattern

COMMENTS_HEADER_RE = re.compile(
    r"(?i)^(?:\d+\s+)?(?:comments?|responses?|replies|reader\s+comments|discussion|conversations?)"
    # The count may have a thousands separator: "Comments (1,482)".
    r"(?:\s*\(\d[\d,.\s]{0,8}\))?:?$|^(?:leave\s+a\s+(?:comment|reply)|join\s+the\s+(?:conversation|"
    r"discussion)|add\s+a\s+comment|post\s+a\s+comment|show\s+comments|view\s+comments|"
    r"load\s+comments|what\s+do\s+you\s+think\??|have\s+your\s+say|click\s+(?:here\s+)?to\s+"
    r"comment|reageer\s+op\s+dit\s+artikel|plaats\s+een\s+reactie|dodaj\s+komentarz|"
    r"оставить\s+комментарий|написать\s+комментарий|"
    # Czech and Serbian: "Vstoupit do diskuse (187)", "Остави коментар".
    r"vstoupit\s+do\s+diskuse|přidat\s+komentář|остави\s+коментар|ostavi\s+komentar|"
    # Persian: "write your comment".
    r"(?:دیدگاه|نظر)\s+خود\s+را\s+بنویسید)\b"
    # The thread and its count in French, Spanish, Portuguese, Dutch, Polish, Russian,
    # Ukrainian, Czech and Serbian: "86 reacties", "Komentarze (127)", "Diskuse (187)".
    r"|^(?:\d+\s+)?(?:yorumlar|commentaires?|comentarios?|comentários?|reacties?|komentarz[ey]?|"
    r"комментари[йиея]|обсуждение|коментар(?:і|ів)|diskuse|komentáře|коментари|komentari|"
    # Romanian and Indonesian: "Comentarii (38)", "Komentar".
    r"comentarii|komentar|"
    # Persian (with its digits: "دیدگاه‌ها (۱۲)") and Hindi.
    r"دیدگاه[\u200c ]?ها|نظرات|टिप्पणियां|टिप्पणियाँ|कमेंट्स|"
    # Hebrew: the talkbacks, and the form's "add a comment" over them.
    r"תגובות|טוקבקים|"
    # Thai: the comments.
    r"ความคิดเห็น)(?:\s*\(\d[\d,.\s]{0,8}\))?:?$|"
    # Korean ("댓글 0") and Chinese ("网友评论", readers' comments) print the count after a space.
    r"^(?:댓글|网友评论|评论)(?:\s?\d{1,6})?$|^(?:הוספת\s+תגובה|הוסיפו\s+תגובה|כתבו\s+תגובה)$"
    # Vietnamese "Ý kiến" (opinions) heads the thread only with its count: alone it is also the
    # menu's opinion section.
    r"|^ý\s+kiến\s*\(\d[\d,.\s]{0,8}\)$"
    # WordPress themes head the thread with the post's title: "7 thoughts on “Headline”".
    r"|^(?:\d{1,5}|one|two|three)\s+(?:thoughts?|responses?|repl(?:y|ies)|comments?)\s+(?:on|to)"
    r"\s+[“\"‘'«].+$"
)
READ_ALSO_RE = re.compile(
    r"(?i)^(?:(?:read\s+also|also\s+read|read\s+more|see\s+also|related(?:\s+(?:article|story|"
    r"content|reading|coverage|news))?|recommended|must\s+read|don'?t\s+miss|read|"
    r"more|further\s+reading|read\s+next|suggested(?:\s+reading)?|"
    r"(?:à\s+)?lire\s+(?:aussi|également)|voir\s+aussi|lesen\s+sie\s+(?:auch|mehr)|"
    r"mehr\s+zum\s+thema|lea\s+también|lee\s+también|te\s+puede\s+interesar|lees\s+(?:ook|meer)|"
    r"zie\s+ook|zobacz\s+(?:też|także|również)|czytaj\s+(?:też|także|również|więcej)|"
    r"читайте\s+(?:также|тоже|також)|смотрите\s+также|по\s+теме|"
    # Arabic: "read also".
    r"اقرأ\s+(?:أيضا|أيضاً)|"
    # Hebrew: "more on the subject", "read more".
    r"עוד\s+בנושא|קראו\s+(?:עוד|גם)|"
    # Persian ("read more", "also read") and Hindi ("this too, read").
    r"(?:بیشتر|همچنین)\s+بخوانید|بخوانید|(?:यह|ये|इसे)\s+भी\s+पढ़ें|"
    # Swedish, Danish and Norwegian.
    r"läs\s+(?:också|även|mer)|missa\s+inte|læs\s+(?:også|mere)|les\s+(?:også|mer)|"
    # Romanian and Indonesian: "read also".
    r"cite[șş]te\s+[șş]i|baca\s+juga|"
    # Czech ("Související: …", related) and Serbian in Cyrillic and Latin ("read more").
    r"související|čtěte\s+(?:také|též|dále)|přečtěte\s+si\s+(?:také|též)|"
    r"прочитајте\s+(?:још|и)|pročitajte\s+(?:još|i)|"
    # Thai ("read the related news", "read more") and Vietnamese ("read more", "see more").
    r"อ่าน(?:ข่าว)?(?:ที่เกี่ยวข้อง|เพิ่มเติม)|(?:đọc|xem)\s+thêm)"
    r"\s*[:|—–>»-]+\s*"
    # Korean papers set the label in brackets, without a separator: "[관련기사] 트럼프 …".
    r"|[\[【]\s*관련\s?(?:기사|뉴스)\s*[\]】]\s*)"
    r"(?P<title>\S.{3,})$"
)
# Tag labels in French, German, Spanish, Italian, Portuguese, Dutch, Polish, Russian, Swedish,
# Danish, Norwegian, Turkish, Romanian and Arabic.
_FOREIGN_TAGS = (
    r"mots[- ]clés|sujets|thèmes|schlagworte|schlagwörter|stichwörter|themen|etiquetas|"
    r"temas(?:\s+relacionados)?|palabras\s+clave|archivado\s+en|argomenti|parole\s+chiave|"
    r"assuntos|palavras-chave|"
    r"meer\s+over|trefwoorden|onderwerpen|tematy|tagi|słowa\s+kluczowe|теги|темы|метки|"
    r"ключевые\s+слова|ämnen(?:\s+i\s+artikeln)?|taggar|nyckelord|"
    r"emner(?:\s+i\s+(?:artiklen|artikkelen))?|etiketler|anahtar\s+kelimeler|"
    # Romanian.
    r"etichete|cuvinte\s+cheie|"
    # Czech, and Serbian in Cyrillic and Latin.
    r"témata|štítky|klíčová\s+slova|тагови|ознаке|кључне\s+речи|tagovi|oznake|ključne\s+reči|"
    # Arabic: the keywords.
    r"الكلمات\s+المفتاحية|الوسوم|"
    # Persian and Hindi.
    r"برچسب[\u200c ]?ها|برچسب|کلید[\u200c ]?واژه[\u200c ]?ها|टैग्स|टैग|"
    # Chinese: tags, keywords.
    r"标签|標籤|关键词|關鍵詞|"
    # Thai and Vietnamese.
    r"แท็ก|แท็กที่เกี่ยวข้อง|คำค้น|từ\s+khóa|chủ\s+đề"
)
TAGS_LINE_RE = re.compile(
    r"(?i)^(?:tags?|topics?|filed\s+under|keywords?|tagged(?:\s+with)?|categories|subjects?|"
    rf"related\s+topics|more\s+on|labels?|{_FOREIGN_TAGS})\s*[:|：]\s*(?P<tags>\S.*)$"
)
TAGGED_RE = re.compile(r"(?i)^(?:tagged(?:\s+with)?|tags)\s+(?P<tags>[^:\s][^:]*,[^:]*)$")
CATEGORY_RE = re.compile(
    r"(?i)^(?:posted\s+in|filed\s+in|published\s+in|categor(?:y|ies)\s*:"
    # One "Topic:" (not "Topics:", nor a list) files the story under it like a category.
    r"|topic\s*:(?=[^,;|]+$))\s*(?P<category>\S.{0,60})$"
)
TAGS_LABEL_RE = re.compile(
    r"(?i)^(?:tags?|topics?|filed\s+under|(?:search\s+)?keywords?|tagged(?:\s+with)?|related\s+topics|"
    r"suggested\s+topics|"
    r"topics\s+covered(?:\s+in\s+this\s+(?:article|story))?|"
    r"(?:tags?|topics?)\s*(?:&|and)\s*(?:regions?|places|people|issues|topics?)|"
    # "Tags / Keywords:": one box under both names.
    r"(?:tags?|topics?)\s*/\s*(?:keywords?|topics?)|"
    r"regions?\s*(?:/|&|and)\s*countr(?:y|ies)|read\s+more\s+(?:on|about)|"
    r"(?:explore\s+)?more\s+on(?:\s+(?:this|these)\s+topics?)?|explore\s+(?:the\s+|this\s+)?topics?|"
    rf"categories|{_FOREIGN_TAGS})\s*:?$"
)
TOC_LABEL_RE = re.compile(
    r"(?i)^(?:table\s+of\s+contents?|contents|in\s+this\s+(?:article|story|guide|post|piece)|"
    r"on\s+this\s+page|jump\s+to(?:\s+section)?|article\s+contents|what'?s\s+inside|"
    r"quick\s+links|sections\s+in\s+this\s+article|toc)\s*:?$"
)
REPUBLISH_LABEL_RE = re.compile(
    r"(?i)^(?:republish|reprint|share|reuse)\s+(?:this|our)\s+(?:article|story|stories|work|"
    r"charts?|data)(?:\s+(?:freely|for\s+free))?\s*:?$"
)
SOURCES_LABEL_RE = re.compile(
    r"(?i)^(?:sources?|references|notes|endnotes|footnotes|bibliography|works\s+cited)\s*:?$"
)
RELATED_LABEL_RE = re.compile(
    r"(?i)^(?:related(?:\s+(?:articles?|stories|posts|news|content|reading|coverage|links|"
    r"publications|research|reports|analysis|fact[- ]checks|events|hearings|press\s+releases|"
    r"news\s+releases|statements|commentar(?:y|ies)|columns|essays))?|"
    r"more\s+(?:from|on|about|in)\s+.{2,40}|latest\s+(?:from|in|on)\s+.{2,40}|(?:read\s+)?more\s+(?:stories|articles|news|interviews|features|letters|"
    r"videos|podcasts|episodes|columns|opinion|analysis|reviews|explainers|galleries|"
    r"obituaries|fact[- ]checks|press\s+reviews|events|investigations|reports)|"
    r"you\s+(?:may|might)\s+also\s+(?:like|be\s+interested\s+in)|recommended(?:\s+(?:for\s+you|"
    r"stories|articles|reading))?|read\s+(?:next|more|also)|also\s+read|further\s+reading|"
    r"see\s+also|what\s+to\s+read\s+next|other\s+stories|keep\s+reading|also\s+on\s+.{2,30}|"
    r"explore\s+more|"
    # French, German, Spanish, Italian, Portuguese, Dutch, Polish and Russian.
    r"(?:à\s+)?lire\s+(?:aussi|également)|sur\s+le\s+même\s+sujet|voir\s+aussi|"
    r"articles\s+(?:liés|similaires)|dans\s+la\s+même\s+rubrique|mehr\s+zum\s+thema|"
    r"lesen\s+sie\s+auch|das\s+könnte\s+sie\s+auch\s+interessieren|weitere\s+artikel|"
    r"auch\s+interessant|noticias\s+relacionadas|(?:artículos\s+)?relacionad[oa]s|"
    r"lea\s+también|te\s+puede\s+interesar|más\s+noticias|también\s+te\s+puede\s+interesar|"
    # Italian and Portuguese.
    r"leggi\s+anche|potrebbe\s+interessarti|articoli\s+correlati|leia\s+(?:também|mais)|"
    r"veja\s+também|notícias\s+relacionadas|matérias\s+relacionadas|"
    # Dutch.
    r"lees\s+(?:ook|meer)|zie\s+ook|gerelateerde\s+(?:artikelen|berichten)|ook\s+interessant|"
    r"meer\s+(?:nieuws|artikelen)|"
    # Polish.
    r"polecane|zobacz\s+(?:też|także|również)|czytaj\s+(?:też|także|również)|"
    r"(?:podobne|powiązane)\s+artykuły|więcej\s+(?:artykułów|informacji)|"
    r"to\s+może\s+cię\s+zainteresować|"
    # Russian.
    r"читайте\s+также|смотрите\s+также|по\s+теме|(?:похожие\s+)?материалы\s+по\s+теме|"
    r"похожие\s+материалы|ещё\s+по\s+теме|еще\s+по\s+теме|рекомендуем|"
    # Turkish: related news.
    r"ilgili\s+haberler|benzer\s+haberler|"
    # Ukrainian.
    r"читайте\s+також|новини\s+за\s+темою|за\s+темою|схожі\s+матеріали|"
    # Czech, and Serbian in Cyrillic and Latin.
    r"související(?:\s+(?:články|zprávy|témata))?|čtěte\s+(?:také|též)|"
    r"повезане\s+вести|повезани\s+текстови|прочитајте\s+још|сличне\s+вести|"
    r"povezane\s+vesti|povezani\s+tekstovi|pročitajte\s+još|slične\s+vesti|"
    # Arabic: related news, on the same subject.
    r"أخبار\s+ذات\s+صلة|مواضيع\s+ذات\s+صلة|اقرأ\s+(?:أيضا|أيضاً)|"
    # Romanian: similar or related articles, read also; Indonesian: related news.
    r"articole\s+(?:similare|asemănătoare|recomandate)|cite[șş]te\s+[șş]i|[șş]tiri\s+similare|"
    r"berita\s+terkait|artikel\s+terkait|"
    # Hebrew: more articles, related articles, more on the subject.
    r"כתבות\s+(?:נוספות|קשורות)|עוד\s+(?:כתבות|בנושא)|"
    # Japanese and Chinese: related articles, related news.
    r"関連記事|関連ニュース|相关(?:新闻|文章|阅读)|"
    # Korean: related articles, related news.
    r"관련\s?기사|관련\s?뉴스|"
    # Persian: related stories, news; Hindi: related news, this too.
    r"(?:مطالب|اخبار|خبرهای|گزارش[\u200c ]?های)\s+مرتبط|"
    r"संबंधित\s+(?:खबरें|ख़बरें|खबर|ख़बर|लेख|समाचार)|(?:यह|ये)\s+भी\s+पढ़ें|"
    # Thai: related news; Vietnamese: related news, the same topic.
    r"ข่าวที่เกี่ยวข้อง|ข่าวเกี่ยวข้อง|บทความที่เกี่ยวข้อง|"
    r"tin\s+(?:liên\s+quan|cùng\s+chủ\s+đề)|bài\s+(?:viết\s+)?liên\s+quan"
    r")\s*:?$"
)
SITEWIDE_LABEL_RE = re.compile(
    # "Ukraine war latest": the topic's newest stories. Possessive, as neither run can give
    # back what the next part needs, so that a line of other words fails without backtracking.
    r"(?i)^(?:(?:[\w'’-]++\s++){1,3}latest|"
    r"most\s+(?:read|popular|viewed|visited|saved|shared|commented|watched|recent)(?:\s+\w+|\s+(?:in|on"
    r"|from)\s+.{2,30})?|more\s+(?:articles|stories|posts)\s+(?:by|from)\s+(?:this|the)\s+"
    r"(?:reporter|author|writer|columnist|journalist)|"
    r"trending(?:\s+(?:now|stories|news|topics|articles)|\s+(?:in|on)\s+.{2,30})?|popular(?:\s+(?:now|stories|posts|"
    r"articles|on\s+.{2,30}))?|top\s+(?:stories|news|headlines|picks)|latest(?:\s+(?:news|stories|"
    r"articles|posts|headlines|videos))?|editors?(?:['’]s?)?\s+(?:picks|choice)|don'?t\s+miss|in\s+case\s+you\s+"
    r"missed\s+it|just\s+in|recent\s+(?:posts|articles|stories)|hot\s+topics|you\s+may\s+have\s+"
    r"missed|what'?s\s+hot|breaking\s+news|news\s+in\s+brief|more\s+top\s+stories|"
    r"around\s+the\s+web|from\s+(?:our|the)\s+partners|sponsored\s+stories|promoted\s+stories"
    r"|recommended\s+(?:from|on|by)\s+.{2,30}|(?:others|people)\s+also\s+viewed"
    # A feed reader's list of the feed's newest items.
    r"|more\s+from\s+this\s+feed"
    # French.
    r"|(?:les\s+)?plus\s+(?:lus|partagés|commentés)|le\s+plus\s+lu"
    # Turkish: most read.
    r"|en\s+çok\s+(?:okunan(?:lar)?|izlenen(?:ler)?)"
    # Spanish, Portuguese, Dutch, Polish and Russian.
    r"|lo\s+más\s+(?:visto|leído|popular)|(?:las\s+|los\s+)?más\s+(?:leíd|vist)[oa]s?"
    # Portuguese: "Mais lidas", "As mais vistas".
    r"|(?:as\s+|os\s+)?mais\s+(?:lid|vist)[oa]s|mais\s+populares"
    r"|meest\s+(?:gelezen|bekeken|gedeeld)|populair|net\s+binnen|laatste\s+nieuws"
    r"|najczęściej\s+(?:czytane|komentowane)|najpopularniejsze|najnowsze|popularne"
    r"|самое\s+(?:читаемое|популярное|обсуждаемое)|популярное|последние\s+новости"
    # Ukrainian: the news feed, the most read.
    r"|стрічка\s+новин|останні\s+новини|найпопулярніше|найчитаніше"
    # Czech, and Serbian in Cyrillic and Latin: the most read, the newest.
    r"|nejčtenější|nejnovější|nejsledovanější|најчитаније|најновије(?:\s+вести)?|najčitanije|"
    r"najnovije(?:\s+vesti)?"
    # Arabic: the most read, the most watched.
    r"|الأكثر\s+(?:قراءة|مشاهدة)"
    # Romanian: the most read, the most commented; Indonesian: most popular, most read, and
    # "read next", the site's next story in its feed whatever its subject.
    r"|cele\s+mai\s+(?:citite|comentate|populare)|terpopuler|paling\s+banyak\s+dibaca"
    r"|baca\s+berikutnya"
    # Hebrew: the most read, the most talked about.
    r"|הכי\s+(?:נקראים|נקראות|מדוברים)|הנקראים\s+ביותר"
    # Japanese and Chinese: the access ranking, most read articles, popular articles.
    r"|アクセスランキング|よく読まれている記事|人気記事|热门(?:文章|新闻)|阅读排行"
    # Korean: the most viewed news or articles, popular articles.
    r"|많이\s?본\s?(?:뉴스|기사)|인기\s?기사"
    # Persian: the most viewed, visited, discussed; Hindi: the most read.
    r"|(?:پربیننده|پربازدید|پربحث|پرخواننده)[\u200c ]?ترین[\u200c ]?ها"
    r"|सबसे\s+(?:ज्यादा|ज़्यादा|अधिक)\s+(?:पढ़ी|पढ़े|देखी|देखे)(?:\s+(?:गईं|गई|गए))?"
    # Thai: the popular news, the most read; Vietnamese: the most viewed, read, the newest.
    r"|ข่าวยอดนิยม|ข่าวล่าสุด|อ่านมากที่สุด|ยอดนิยม"
    r"|(?:xem|đọc)\s+nhiều(?:\s+nhất)?|tin\s+mới\s+nhất"
    r")\s*:?$"
)
# Widgets pushing other sites' or the whole platform's stories, rather than listing them.
RECOMMENDATION_LABEL_RE = re.compile(
    r"(?i)^(?:recommended\s+(?:from|on|by)\b|(?:others|people)\s+also\s+viewed|around\s+the\s+web|from\s+(?:our|the)\s+partners"
    r"|sponsored\s+stories|promoted\s+stories|baca\s+berikutnya)"
)
ABOUT_AUTHOR_RE = re.compile(
    r"(?i)^(?:about\s+the\s+authors?|about\s+the\s+writer|the\s+author|author\s+bio(?:graphy)?|"
    r"about\s+me|author(?:'s)?\s+profile|written\s+by|"
    # Japanese: "the person who wrote this article".
    r"この記事を書いた(?:人|記者))\s*:?$"
)
CLOSING_HEADING_RE = re.compile(
    r"(?i)^(?:conclusions?|in\s+conclusion|final\s+thoughts|summary|(?:the\s+)?bottom\s+line|"
    r"wrapping\s+up|(?:key\s+)?takeaways|faqs?|frequently\s+asked\s+questions|final\s+words|"
    r"closing\s+thoughts|(?:the\s+)?verdict|what'?s\s+next|looking\s+ahead|references|sources|"
    r"(?:end|foot)?notes|bibliography)$"
)
# A FAQ's heading, whose questions head their answers under it.
FAQ_HEADING_RE = re.compile(r"(?i)^(?:faqs?|frequently\s+asked\s+questions)\s*:?$")
SUMMARY_LABEL_RE = re.compile(
    r"(?i)^(?:key\s+(?:points|facts|takeaways)|highlights|in\s+brief|at\s+a\s+glance|"
    r"summary|the\s+big\s+picture|what\s+you\s+need\s+to\s+know|tl;?dr)\s*:?$"
)
# Over a live page's list of links to its own posts.
LIVE_INDEX_LABEL_RE = re.compile(
    r"(?i)^(?:key|top|latest|live)\s+(?:updates|events|moments|developments)\s*:?$"
)
# A breaking-news ticker's label in the header: English, French, Spanish, Italian, German,
# Portuguese, Polish and Turkish.
BREAKING_LABEL_RE = re.compile(
    r"(?i)^(?:breaking(?:\s+news)?|flash\s+info|dernière\s+minute|última\s+hora|ultim['’]ora"
    r"|eilmeldung|pilne|son\s+dakika"
    # Hebrew: the news flashes.
    r"|מבזקים|מבזק)\s*:?$"
)
CITE_LABEL_RE = re.compile(
    r"(?i)^(?:cite\s+this(?:\s+(?:article|publication|report|page|paper|brief|analysis|piece|"
    r"commentary|post|story))?|how\s+to\s+cite(?:\s+this\s+\w+)?|suggested\s+citation|"
    r"citation)\s*:?$"
)
CITATION_LINE_RE = re.compile(
    r"(?i)^(?:suggested\s+citation|cite\s+(?:this\s+\w+\s+)?as|cite\s+this(?:\s+\w+)?|"
    r"how\s+to\s+cite(?:\s+this\s+\w+)?)\s*:\s*\S"
)
CITATION_TOOL_RE = re.compile(
    r"(?i)^(?:copy(?:\s+(?:citation|to\s+clipboard))?|copied!?|download\s+(?:citation|bibtex|"
    r"ris|endnote)|(?:apa|mla|chicago|harvard|bibtex|ris)(?:[\s|·•,/]+(?:apa|mla|chicago|"
    r"harvard|bibtex|ris))*)$"
)
# "Källa: Hyresgästföreningen" under a fact box: where its figures come from, a line of text
# and never a heading over what follows. The English "Source:" is an image's credit.
SOURCE_LINE_RE = re.compile(
    r"(?i)^(?:källa|källor|kilde|kilder|quelle|quellen|fuente|fuentes|fonte|fontes|bron|"
    r"bronnen|lähde)\s*:\s*\S"
)
MARKDOWN_HEADING_RE = re.compile(r"^(?P<hashes>#{1,6})\s+(?P<text>\S.*?)\s*#*$")


def _any_of(*patterns: re.Pattern) -> re.Pattern:
    """One pattern that matches where any of ``patterns`` (all case-insensitive) matches: a
    line that none opens is ruled out with one call instead of one per pattern."""
    return re.compile(
        "|".join(f"(?:{p.pattern.removeprefix('(?i)')})" for p in patterns), re.IGNORECASE
    )


# The labels ``claim_widgets`` looks for, which most lines are not.
CALENDAR_LABEL_RE = re.compile(
    r"(?i)^(?:community\s+calendar|events\s+calendar|calendar\s+of\s+events|what['’]s\s+on|"
    r"upcoming\s+events)\s*:?$"
)
CONTACTS_LABEL_RE = re.compile(
    r"(?i)^(?:for\s+(?:more|further)\s+information,?\s+(?:please\s+)?contact|media\s+contacts?|"
    r"press\s+contacts?|for\s+media\s+(?:inquiries|enquiries)|"
    # A central bank's or a ministry's "Contact: Press office".
    r"contacts?\s*:\s*(?:the\s+)?(?:press|media)\s+(?:office|relations|desk|team))\s*:?$"
)
# Over an institution's list of the files that go with a release ("Related documents",
# "Downloads"): links, not the related articles.
DOCUMENTS_LABEL_RE = re.compile(
    r"(?i)^(?:related\s+)?(?:documents|downloads|files|attachments)(?:\s+to\s+download)?\s*:?$"
)
# A wiki's sidebar menu, printed under the article by a text scrape: "Navigation" / "Main
# page" / "Recent changes" / … / "Tools" / "What links here" / … / "In other languages".
SIDEBAR_LABEL_RE = re.compile(r"(?i)^(?:navigation(?:\s+menu)?|site\s+navigation|main\s+menu)$")
# A blog's sidebar widgets: its archive by month, its categories with their post counts, its
# list of other blogs.
BLOG_SIDEBAR_LABEL_RE = re.compile(r"(?i)^(?:archives|blogroll|categories)$")
# A box giving the date of the next meeting or release ("Next meeting" / "28–29 April 2025").
NEXT_EVENT_LABEL_RE = re.compile(
    r"(?i)^(?:next|upcoming)\s+(?:(?:monetary\s+)?policy\s+|committee\s+)?(?:meeting|decision|"
    r"announcement|release|publication|hearing|session)(?:\s+dates?)?\s*:?$"
)
STOCKS_LABEL_RE = re.compile(
    r"(?i)^(?:companies|stocks|shares|tickers)\s+(?:in|mentioned\s+in|from)\s+this\s+"
    r"(?:story|article|report)$"
)
SPEAKERS_LABEL_RE = re.compile(
    r"(?i)^(?:speakers?|panel(?:l?ists)?|participants|(?:speakers|panel)\s+and\s+chair)\s*:?$"
)
WIDGET_LABEL_RE = _any_of(
    CALENDAR_LABEL_RE,
    CONTACTS_LABEL_RE,
    REPUBLISH_LABEL_RE,
    STOCKS_LABEL_RE,
    SPEAKERS_LABEL_RE,
    TOC_LABEL_RE,
    SITEWIDE_LABEL_RE,
    RELATED_LABEL_RE,
    TAGS_LABEL_RE,
    CITE_LABEL_RE,
    ABOUT_AUTHOR_RE,
    COMMENTS_HEADER_RE,
    LIVE_INDEX_LABEL_RE,
    DOCUMENTS_LABEL_RE,
    NEXT_EVENT_LABEL_RE,
    SIDEBAR_LABEL_RE,
    BLOG_SIDEBAR_LABEL_RE,
)
FOLDED_WIDGET_LABEL_RE = OpenerPattern(folded_pattern(WIDGET_LABEL_RE))


def _unnamed(pattern: re.Pattern) -> re.Pattern:
    """``pattern`` with its named groups made plain, so that patterns naming the same group
    can be joined."""
    return re.compile(re.sub(r"\(\?P<\w+>", "(?:", pattern.pattern), pattern.flags)


# The labelled lines ``_single_line_reason`` reads ("Read also: …", "Category: …", "Tags:
# …"): one folded match rules all four out for most lines, which then skip the four patterns.
FOLDED_LINE_LABEL_RE = OpenerPattern(
    folded_pattern(_any_of(*map(_unnamed, (READ_ALSO_RE, CATEGORY_RE, TAGS_LINE_RE, TAGGED_RE))))
)
