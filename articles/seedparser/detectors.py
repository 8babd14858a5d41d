"""One small predicate per kind of page furniture.

Each detector looks at a single normalised line (a few also at the next lines) and says whether
it is that kind of non-article text. They are deliberately conservative about prose: a detector
never claims a long sentence unless the sentence itself names the widget (a cookie notice, a
newsletter pitch), so article paragraphs cannot be lost to a loose pattern.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .dates import (
    RELATIVE_TIME_MAX_CHARS,
    DateLine,
    date_line,
    has_date,
    is_reading_time,
    is_relative_time,
    labelled_dates,
)
from .openers import OpenerPattern, opens_like
from .people import (
    JOB_WORDS_RE,
    bare_byline,
    explicit_byline,
    is_broadcaster_name,
    is_person_name,
    slashed_job_byline,
)
from .text import (
    capital_ratio,
    casefolded,
    ends_sentence,
    folded_pattern,
    foreign_script_share,
    has_keyword,
    is_prose,
    keyword_text,
    same_text,
    without_pictograms,
    word_count,
)

_SEPARATOR_CHARS = "|·•∙▪︱"
_ASCII_SEPARATOR_CHARS = tuple(char for char in _SEPARATOR_CHARS if char.isascii())
_SEPARATORS_RE = re.compile(rf"\s*[{re.escape(_SEPARATOR_CHARS)}]\s*")
# The full-width "＞" of Chinese and Japanese sites ("トップ ＞ 国際 ＞ ヨーロッパ") too.
_BREADCRUMB_SPLIT_RE = re.compile(r"\s+(?:›|>|»|/|→|\\)\s+|\s*[›»→＞]\s*")
# The same without "»": after a "«" it closes a quotation ("«Мы не знаем, где он»: …").
_QUOTING_BREADCRUMB_SPLIT_RE = re.compile(r"\s+(?:›|>|/|→|\\)\s+|\s*[›→＞]\s*")
# Chinese sets a double em dash before each item, without a space ("——重启电动汽车…；"). Arrows
# mark the entries of a contents box ("→ What to watch") as bullets do.
LIST_ITEM_RE = re.compile(
    r"^(?:(?:[-*•·▪◦‣–→▸►]|\d{1,2}[.)]|[a-z][.)]|\([a-z0-9]\))\s+|——\s*)(?P<item>\S.*)$"
)
_NUMBERING_RE = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2})+\.?|\d{1,2}[.):]|[ivxIVX]{1,4}[.)])\s+")
# A contents entry's dot leader and page number ("Executive summary ........ 3").
_LEADER_RE = re.compile(r"\s*(?:\.\s?){3,}\s*\d{1,4}$")
# A PDF's page number ("Page 3 of 12", "3 / 12").
_PAGE_NUMBER_RE = re.compile(
    r"(?i)^(?:page\s+\d{1,4}(?:\s+of\s+\d{1,4})?|\d{1,4}\s*(?:of|/)\s*\d{1,4})$"
)


def is_page_number(line: str) -> bool:
    return bool(_PAGE_NUMBER_RE.match(line))


def strip_leader(text: str) -> str:
    return _LEADER_RE.sub("", text) if text.endswith(tuple("0123456789")) else text


_CHROME_EXACT = frozenset(
    w.strip()
    for w in (
        "menu|search|subscribe|log in|login|sign in|sign up|sign out|register|my account|"
        "account|home|close|open menu|toggle navigation|navigation|main menu|donate|newsletters|"
        "e-paper|epaper|today's paper|switch edition|sections|more sections|follow us|"
        "connect with us|search for:|go|submit|toggle search|open search|close search|"
        "subscribe now|get the app|download the app|notifications|my profile|dark mode|"
        "light mode|all sections|news|more|skip|next|previous|prev|next article|"
        "previous article|menu close|open navigation|close navigation|search this site|"
        "support us|become a member|join|log out|logout|sign up for free|manage account|"
        # French, German, Spanish, Italian, Portuguese, Dutch, Polish and Russian sites' controls.
        "accueil|se connecter|connexion|s'abonner|s’abonner|abonnez-vous|mon compte|rechercher|"
        "recherche|fermer|se déconnecter|startseite|anmelden|abmelden|registrieren|abo|"
        "abonnieren|jetzt abonnieren|mein konto|suche|menü|schließen|inicio|portada|"
        "iniciar sesión|suscríbete|suscribirse|suscribirme|mi cuenta|buscar|menú|cerrar|"
        "cerrar sesión|"
        "regístrate|accedi|abbonati|abbonarsi|cerca|chiudi|esci|registrati|il mio account|entrar|"
        "assine|assinar|pesquisar|sair|minha conta|cadastre-se|fechar|inloggen|uitloggen|zoeken|"
        "sluiten|mijn account|abonneren|word abonnee|registreren|zaloguj się|zaloguj|wyloguj|"
        "wyloguj się|szukaj|wyszukaj|zarejestruj się|moje konto|zamknij|subskrybuj|поиск|найти|"
        "войти|вход|выйти|регистрация|подписаться|личный кабинет|закрыть|меню|"
        # Romanian and Indonesian.
        "acasă|căutare|caută|autentificare|abonează-te|mă abonez|contul meu|meniu|"
        "beranda|cari|masuk|daftar|keluar|"
        # Persian: subscribe (membership), search, log in.
        "عضویت|جستجو|ورود"
    ).split("|")
)
_SKIP_LINK_RE = re.compile(
    r"(?i)^(?:skip|jump)\s+to\s+(?:the\s+)?(?:main\s+)?(?:content|navigation|article|menu|"
    r"search|footer|main)\b"
    r"|^(?:aller|passer)\s+(?:au|à\s+la)\s+(?:contenu|navigation|recherche)\b"
    r"|^(?:zum|direkt\s+zum)\s+(?:inhalt|hauptinhalt|artikel|menü)\b"
    r"|^(?:ir|saltar)\s+al\s+(?:contenido|menú|buscador)\b"
    r"|^(?:vai|salta|passa)\s+al\s+(?:contenuto|menu)\b"
    r"|^(?:ir|pular|saltar)\s+para\s+o\s+(?:conteúdo|menu)\b"
    r"|^(?:(?:ga|spring)\s+)?(?:direct\s+)?naar\s+(?:de\s+)?(?:hoofd)?(?:inhoud|navigatie|menu)\b"
    r"|^(?:przejdź|przeskocz)\s+do\s+(?:głównej\s+)?(?:treści|zawartości|nawigacji|menu)\b"
    r"|^(?:перейти|пропустить)\s+(?:к|на)\s+(?:основному\s+)?(?:содержанию|содержимому|"
    r"контенту|навигации|меню)(?!\w)"
    # Czech and Serbian, in Cyrillic and Latin: "Přeskočit na obsah", "Пређи на садржај".
    r"|^(?:přeskočit|přejít)\s+(?:na|k)\s+(?:hlavní(?:mu)?\s+)?(?:obsahu?|navigac[ei]|menu)(?!\w)"
    r"|^(?:пређи|прескочи)\s+на\s+(?:главни\s+)?(?:садржај|навигацију|мени)(?!\w)"
    r"|^(?:pređi|preskoči)\s+na\s+(?:glavni\s+)?(?:sadržaj|navigaciju|meni)(?!\w)"
    # Thai ("skip to the content") and Vietnamese.
    r"|^ข้ามไป(?:ยัง|ที่)?(?:เนื้อหา|เมนู)"
    r"|^(?:bỏ\s+qua|chuyển)\s+(?:đến|tới)\s+(?:nội\s+dung|menu)(?!\w)"
)
# Matched against keyword_text(line): asked of most lines, it is quick to rule one out there.
_FOLDED_SKIP_LINK_RE = folded_pattern(_SKIP_LINK_RE)
# "Skip next section Related topics": a screen-reader jump that names the section it skips.
_SKIP_SECTION_RE = re.compile(r"(?i)^skip\s+(?:next|previous|this)\s+section\b")
_SHARE_WORDS_RE = re.compile(
    r"(?i)^(?:(?:share(?:\s+(?:this|the))?(?:\s+specific)?(?:\s+(?:article|story|post|page|event|debate|contribution|commentary|report|investigation|analysis|essay|podcast|episode|video))?(?:\s+(?:on|via|to)"
    r")?|tweet|email|e-mail|mail|print|copy(?:\s+(?:link|url))?|link(?:\s+copied!?)?|whatsapp|facebook|twitter|x|"
    r"linkedin|telegram|reddit|pinterest|pin\s+it|messenger|flipboard|threads|bluesky|mastodon|sms|"
    r"google\s+news|"
    r"ok|odnoklassniki|dzen|rutube|viber|"
    r"instagram|youtube|tiktok|kakao(?:talk|\s+story)?|line|naver|weibo|wechat|vk|tumblr|"
    r"save|gift(?:\s+this)?(?:\s+article)?|comments?|\d+|share\s+this|close\s+(?:this\s+)?window|"
    # The size of the file a download button fetches: "Download PDF (612 KB)".
    r"\(\s*[\d.,]+\s*[kmg]b\s*\)|"
    r"more\s+sharing\s+options|(?:social\s+)?sharing(?:\s+(?:options|tools))?|"
    r"add\s+to\s+(?:my\s+)?calendar|watch\s+(?:the\s+)?(?:recording|video|replay)|"
    r"listen(?:\s+to\s+this"
    r"\s+(?:article|story))?|like(?:\s+this)?|like\s+loading\.*|loading\.*|download(?:\s+(?:pdf|as\s+pdf|article|text))?|print(?:\s+this)?(?:\s+(?:article|"
    r"page))?|(?:(?:normal|default|larger?|smaller?|very\s+large)\s+)?(?:text|font)\s+size|a\+?|a-|"
    # A text-size control that names only the action ("Change Size", "Adjust text size").
    r"(?:change|adjust|increase|decrease)\s+(?:(?:text|font)\s+)?size|"
    r"bookmark|follow|licen[cs]e\s+this\s+(?:article|story)|copy\s+the\s+link|send|repost|"
    # An article toolbar's button to the previous page, set among its print and send buttons.
    r"back|"
    # The other languages: share, print, listen to this article, save, comment.
    r"partager(?:\s+(?:cet\s+article|sur))?|imprimer|écouter(?:\s+cet\s+article)?|"
    # Swedish, Danish and Norwegian: share, listen to, save the article.
    r"dela(?:\s+artikeln)?|del\s+(?:artiklen|artikkelen)|lyssna(?:\s+på\s+artikeln)?|"
    r"lyt(?:\s+til\s+artiklen)?|lytt(?:\s+til\s+artikkelen)?|spara|skriv\s+ut|kopiera\s+länk|"
    r"sauvegarder|enregistrer|commenter|offrir(?:\s+(?:cet\s+|l['’])article)?|lire\s+plus\s+tard|"
    r"copier\s+le\s+lien|"
    r"teilen|drucken|artikel\s+(?:anhören|teilen|drucken|merken|verschenken)|vorlesen|"
    r"anhören|merken|kommentieren|link\s+kopieren|compartir(?:\s+en)?|imprimir|"
    r"send\s+to\s+(?:a\s+)?friend|e-?mail\s+(?:this\s+)?to\s+a\s+friend|"
    r"escuchar(?:\s+(?:el\s+)?artículo)?|guardar|comentar|copiar\s+(?:enlace|liga)|"
    r"comentarios|condividi|stampa|ascolta(?:\s+l['’]articolo)?|salva|commenta|"
    # Portuguese: "Compartilhar no Facebook", "Compartilhar por e-mail", "Copiar link".
    r"compartilhar(?:\s+(?:no|na|por|via))?|copiar\s+(?:o\s+)?link|"
    r"ouvir(?:\s+(?:a\s+)?(?:matéria|notícia))?|salvar|comentários|delen|deel(?:\s+dit\s+artikel)?|"
    r"luister(?:\s+naar\s+dit\s+artikel)?|voorlezen|bewaren|opslaan|afdrukken|printen|reageren|"
    r"kopieer\s+(?:de\s+)?link|link\s+kopiëren|udostępnij|(?:s)?kopiuj\s+link|komentarze|"
    r"komentuj|drukuj|zapisz|posłuchaj(?:\s+artykułu)?|wyślij|поделиться|(?:с)?копировать\s+"
    r"ссылку|ссылка\s+скопирована|вконтакте|одноклассники|распечатать|печать|сохранить|"
    # Arabic: share (this story), copy the link, print, text size, and the networks' names.
    r"شارك(?:\s+هذا\s+(?:الخبر|المقال))?|نسخ\s+الرابط|طباعة|تكبير\s+الخط|تصغير\s+الخط|"
    r"فيسبوك|إكس|واتساب|تلغرام|تيليغرام|يوتيوب|إنستغرام|لينكدإن|"
    # Persian: share (this story), copy the link, print, and the networks' names.
    r"اشتراک[\u200c ]?گذاری|(?:این\s+(?:مطلب|خبر|گزارش)\s+را\s+)?به\s+اشتراک\s+بگذارید|"
    r"کپی\s+لینک|چاپ|فیسبوک|ایکس|واتس[\u200c ]?اپ|تلگرام|ایمیل|لینکدین|اینستاگرام|یوتیوب|"
    # Hindi: share, copy the link, print, and the networks' names.
    r"शेयर(?:\s+करें)?|लिंक\s+कॉपी\s+करें|प्रिंट|फेसबुक|एक्स|ट्विटर|व्हाट्सऐप|व्हाट्सएप|"
    r"टेलीग्राम|ईमेल|यूट्यूब|इंस्टाग्राम|"
    r"комментарии|комментировать|(?:по)?слушать(?:\s+статью)?|"
    # Ukrainian: share, copy the link, save.
    r"поділитися|(?:с)?копіювати\s+посилання|зберегти|"
    # Czech: share (on Facebook, on X), copy the link, print; the networks in the locative.
    r"sdílet(?:\s+(?:na|přes))?|(?:z)?kopírovat\s+odkaz|vytisknout|facebooku|twitteru|"
    r"linkedinu|"
    # Serbian, in Cyrillic and Latin: share, copy the link, print, and the networks' names.
    r"подели|podeli|копирај\s+линк|kopiraj\s+link|штампај|štampaj|фејсбук|икс|вајбер|твитер|"
    r"инстаграм|телеграм|"
    # Turkish: share, copy the link, text size.
    r"paylaş|linki\s+kopyala|bağlantiyi\s+kopyala|yazi\s+boyutu|"
    # Romanian: share on, copy the link, comments; Indonesian: share, copy the link.
    r"distribuie(?:\s+pe)?|copiază\s+link(?:ul)?|comentarii|bagikan|salin\s+(?:tautan|link)|"
    # Japanese: share, X ("formerly Twitter"), Hatena's bookmarks, copy the link, print.
    r"シェア(?:する)?|x[（(]旧ツイッター[）)]|ツイッター|フェイスブック|はてなブックマーク|"
    r"ブックマーク|リンクをコピー|urlをコピー|印刷(?:する)?|"
    # Hebrew: share on (the networks, by mail), send by mail, copy the link, text size, print.
    r"(?:שתף|שתפו)(?:\s+ב-?(?:פייסבוק|וואטסאפ|טוויטר|טלגרם|מייל|אימייל|דוא\"ל))?|"
    r"שלחו?\s+ב-?(?:מייל|אימייל|דוא\"ל)|העתק(?:ת|ו)?\s+(?:ה)?קישור|"
    r"(?:הגדלת|הקטנת)\s+(?:ה)?טקסט|הדפס(?:ה|ו)|פייסבוק|וואטסאפ|טוויטר|טלגרם|"
    # Korean: share, copy the link, print, save to the reader's scrapbook, text size, and the
    # networks' names.
    r"공유(?:하기)?|링크\s?복사|url\s?복사|인쇄(?:하기)?|(?:기사\s?)?스크랩|"
    r"글자\s?크기(?:\s?설정)?|카카오톡|카카오스토리|페이스북|트위터|"
    # Chinese: share to, copy the link, the networks' names, and the text size's three buttons
    # ("字号：大 中 小").
    r"分享(?:到)?[：:]?|复制链接|微信|微博|qq空间|字号[：:]?(?:\s?[大中小])*|"
    # Thai: share (this story), copy the link.
    r"แชร์(?:ข่าวนี้|บทความนี้)?|คัดลอกลิงก์|คัดลอกลิงค์|"
    # Vietnamese: share, copy the link, and Zalo, the country's messaging app.
    r"chia\s+sẻ(?:\s+bài\s+viết)?|sao\s+chép\s+(?:liên\s+kết|link)|zalo"
    r")(?:[\s:,|·•&]|\s[-–](?=\s))*)+$"
)
_FOLDED_AD_RE = folded_pattern(
    re.compile(
        r"(?i)^(?:advertisement|advertising|advert|ad|ads|sponsored(?:\s+content)?|"
        r"(?:story|article)\s+continues\s+(?:below|after)(?:\s+(?:this\s+)?(?:advertisement|ad))?|"
        r"scroll\s+(?:down\s+)?to\s+continue(?:\s+(?:reading|with\s+content))?|"
        r"continue\s+reading(?:\s+(?:below|the\s+main\s+story))?|paid\s+(?:post|content)|"
        r"promoted(?:\s+content)?|partner\s+content|ad\s+feedback|report\s+(?:this\s+)?ad|"
        r"remove\s+ads|skip\s+ad|close\s+ad|advertise\s+with\s+(?!us\b)\S.{0,40}|"
        # Public radio and podcasts name their ad slots after the underwriter.
        r"sponsor(?:ed)?\s+messages?|(?:a\s+)?message\s+from\s+(?:our\s+|a\s+)?sponsors?|"
        # Dutch: the marker, and the line over the rest of the article.
        # Spanish.
        r"publicidad|"
        r"advertentie|reclame|(?:het\s+)?(?:artikel|verhaal)\s+gaat\s+verder\s+(?:onder|na)\s+"
        r"(?:de\s+)?advertentie|lees\s+verder\s+(?:onder|na)\s+de\s+advertentie|"
        # Polish.
        r"reklama|(?:artykuł|materiał)\s+sponsorowany|dalsza\s+część\s+(?:artykułu|tekstu)\s+"
        r"(?:pod|poniżej)(?:\s+(?:reklamą|materiałem\s+wideo|wideo))?|"
        # Russian.
        r"реклама|на\s+правах\s+рекламы|партн[её]рский\s+материал|продолжение\s+(?:статьи|"
        r"текста|материала)\s+(?:ниже|после\s+рекламы)|"
        # The marker in the other languages; a bilingual outlet prints its own language's
        # marker on the pages of the other ("Publicidad" on an English page).
        r"publicidad|publicidade|publicité|pubblicità|anzeige|werbung|annons(?:ering)?|annonse|"
        r"annonce|mainos|"
        # Arabic, Hebrew, Japanese, Chinese, Persian and Hindi.
        r"إعلان|פרסומת|広告|广告|광고|تبلیغات|آگهی|विज्ञापन|reklam|"
        # Romanian and Indonesian.
        r"publicitate|iklan|"
        # Serbian, in Cyrillic and Latin ("Реклама" is the Russian entry's).
        r"оглас|oglas|"
        # Thai and Vietnamese.
        r"โฆษณา|quảng\s+cáo)[\s.:]*$"
    )
)
_BACK_TO_TOP_RE = re.compile(
    r"(?i)^[↑^⬆\s]*(?:(?:back|scroll|return)\s+to\s+(?:the\s+)?top|top)[\s↑^⬆]*$"
)
_COPYRIGHT_RE = re.compile(
    r"(?i)(?:©|\(c\)\s*\d{4}|\bcopyright\b|\ball rights reserved\b"
    r"|\balle\s+rechten\s+voorbehouden\b|\bwszelkie\s+prawa\s+zastrzeżone(?!\w)"
    r"|\bвсе\s+права\s+защищены(?!\w)|כל\s+הזכויות\s+שמורות|無断転載)"
)
# What both copyright patterns need; a line without any of them skips their search.
_COPYRIGHT_NEEDS = (
    "©",
    "(c)",
    "copyright",
    "reserved",
    "voorbehouden",
    "zastrzeżone",
    "защищены",
    "שמורות",
    "無断転載",
)
# What the notice patterns need: those, or the site's licence.
_COPYRIGHT_NOTICE_NEEDS = (*_COPYRIGHT_NEEDS, "reservados", "licence", "license")
_FOOTER_RE = re.compile(
    r"(?i)^(?:privacy(?:\s+policy)?|terms(?:\s+(?:of\s+(?:use|service)|and\s+conditions|&\s+"
    r"conditions))?|cookie\s+(?:policy|settings|preferences)|contact(?:\s+us)?|about(?:\s+us)?|"
    r"(?:proudly\s+)?powered\s+by\s+.{2,40}|"
    r"sitemap|site\s+map|careers|jobs|advertise(?:\s+with\s+us)?|accessibility|rss|"
    r"editorial\s+(?:policy|standards|guidelines)|corrections|code\s+of\s+ethics|faq|help|"
    r"masthead|our\s+team|work\s+with\s+us|imprint|impressum|disclaimer|legal|"
    r"do\s+not\s+sell(?:\s+or\s+share)?\s+my\s+(?:personal\s+)?information|"
    r"accessibility\s+statement|complaints\s+(?:&|and)\s+corrections|"
    r"report\s+an?\s+(?:error|correction|typo)|policies(?:\s+(?:and|&)\s+standards)?|"
    r"about\s+(?!the\s+authors?\b)\w[\w+.'’ -]{1,30}|"
    r"view\s+(?:the\s+)?(?:full|desktop|classic)\s+(?:site|version)|isbn(?:-1[03])?:?\s+[\d-]{10,17}|"
    r"contact\s+the\s+\w[\w ]{1,40}|"
    # An American broadcaster's links the FCC requires.
    r"closed\s+captioning(?:\s*/\s*audio\s+description)?|public\s+inspection\s+file|"
    r"eeo\s+(?:report|public\s+file)|fcc\s+applications|"
    # The other languages: legal and contact links.
    r"mentions\s+légales|politique\s+de\s+confidentialité|(?:nous\s+)?contacter|contactez-nous|"
    r"conditions\s+générales(?:\s+d['’]utilisation)?|gestion\s+des\s+cookies|plan\s+du\s+site|"
    r"datenschutz(?:erklärung|einstellungen)?|kontakt|agb|nutzungsbedingungen|barrierefreiheit|"
    r"aviso\s+legal|política\s+de\s+(?:privacidad|cookies)|contacto|contáctenos|"
    r"términos\s+y\s+condiciones|mapa\s+del\s+sitio|note\s+legali|termini\s+(?:e\s+condizioni|"
    r"di\s+(?:uso|servizio))|contatti|chi\s+siamo|termos\s+de\s+uso|política\s+de\s+privacidade|"
    r"contato|fale\s+conosco|quem\s+somos|over\s+ons|colofon|privacy(?:verklaring|beleid)|"
    r"cookie(?:verklaring|beleid)|algemene\s+voorwaarden|adverteren|vacatures|klantenservice|"
    r"regulamin|polityka\s+(?:prywatności|cookies)|mapa\s+(?:serwisu|strony)|o\s+nas|о\s+нас|"
    r"о\s+проекте|контакты|политика\s+конфиденциальности|пользовательское\s+соглашение|"
    r"карта\s+сайта|"
    # Turkish: imprint, contact, privacy and cookie policies, the data-protection notice.
    r"künye|iletişim|gizlilik\s+politikasi|çerez\s+politikasi|kvkk\s+aydinlatma\s+metni|"
    r"kullanim\s+koşullari|"
    # Ukrainian.
    r"про\s+нас|контакти|редакційна\s+політика|політика\s+конфіденційності|"
    r"умови\s+використання|карта\s+сайту|"
    # Czech: contacts, the newsroom, the ethics code, data protection, privacy settings.
    r"kontakty|redakce|kodex|etický\s+kodex|o\s+nás|ochrana\s+osobních\s+údajů|"
    r"nastavení\s+soukromí|podmínky\s+(?:užívání|použití)|zásady\s+(?:cookies|ochrany\s+"
    r"osobních\s+údajů)|inzerce|"
    # Serbian: imprint, marketing, contact, terms of use, privacy policy.
    r"импресум|impresum|маркетинг|контакт|о\s+нама|o\s+nama|услови\s+коришћења|"
    r"uslovi\s+korišćenja|политика\s+приватности|politika\s+privatnosti|"
    # Arabic.
    r"من\s+نحن|اتصل\s+بنا|سياسة\s+الخصوصية|شروط\s+الاستخدام|"
    # Romanian, with the consumer-protection authority every shop's footer links to.
    r"despre\s+noi|echipa|termeni\s+[șş]i\s+condi[țţ]ii|"
    r"politica\s+de\s+(?:confiden[țţ]ialitate|cookie-uri)|"
    r"anpc|"
    # Indonesian: about us, the newsroom, the press council's cyber-media guidelines.
    r"tentang\s+kami|redaksi|pedoman\s+media\s+siber|kebijakan\s+(?:privasi|data\s+pribadi)|karir|"
    r"syarat\s+(?:dan|&)\s+ketentuan|"
    # Hebrew: about, contact us, terms of use, privacy policy, accessibility statement,
    # advertise with us.
    r"אודות(?:\s+האתר)?|צור\s+קשר|צרו\s+קשר|תנאי\s+שימוש|מדיניות\s+(?:ה)?פרטיות|"
    r"הצהרת\s+נגישות|פרסמו\s+אצלנו|פרסום\s+באתר|"
    # Japanese: about the company, the paper or the site, about copyright (a heading "about"
    # anything else, "憲法改正について", is the article's), enquiries, personal data, terms of
    # use, privacy policy, site map, advertising.
    r"\S{0,15}(?:社|新聞|サイト|グループ)について|著作権について|お問い合わせ|問い合わせ|"
    r"個人情報の取り扱い|個人情報保護方針|利用規約|"
    r"プライバシーポリシー|サイトマップ|広告掲載|会社案内|"
    # Persian.
    r"درباره\s+ما|تماس\s+با\s+ما|همکاری\s+با\s+ما|فرصت[\u200c ]?های\s+شغلی|حریم\s+خصوصی|"
    r"شرایط\s+(?:استفاده|و\s+قوانین)|قوانین\s+و\s+مقررات|"
    # Hindi.
    r"हमारे\s+बारे\s+में|संपर्क(?:\s+करें)?|विज्ञापन\s+दें|प्राइवेसी\s+पॉलिसी|गोपनीयता\s+नीति|"
    r"नियम\s+(?:और|एवं)\s+शर्तें|अस्वीकरण|"
    # Chinese: about us, contact us, advertising, site map, privacy policy, disclaimer.
    r"关于我们|联系我们|广告服务|网站地图|隐私政策|免责声明|版权声明|"
    # Thai: about us, contact us, work with us, advertise, privacy policy, terms of use.
    r"เกี่ยวกับเรา|ติดต่อเรา|ร่วมงานกับเรา|ติดต่อโฆษณา|ติดต่อลงโฆษณา|นโยบายความเป็นส่วนตัว|"
    r"นโยบายคุกกี้|ข้อกำหนดการใช้งาน|เงื่อนไขการใช้งาน|"
    # Vietnamese: contact, terms of use, privacy policy, advertise.
    r"liên\s+hệ(?:\s+quảng\s+cáo)?|điều\s+khoản\s+sử\s+dụng|chính\s+sách\s+bảo\s+mật|"
    r"chính\s+sách\s+riêng\s+tư)$"
    # A Chinese site's licences and the hotline the regulator requires: "京ICP备12345678号-1",
    # "京公网安备 11010502012345号", "违法和不良信息举报电话：010-12345678".
    r"|^[\u4e00-\u9fff]{0,2}\s?(?:icp[备证]|公网安备)\s?[\d-]{4,}号(?:-\d{1,3})?$"
    r"|^违法和不良信息举报(?:电话|邮箱)?\s?[：:]\s?\S{3,40}$"
    # The publisher's contact block: "Address : 15 Main Road", "Registration No. : 1234",
    # "Editorial Inquiries : +82-2-3770-5114 | desk@…".
    r"|^(?:address|registration\s+(?:no\.?|number)|tel|phone|fax|publisher|"
    r"(?:editorial\s+|advertising\s+)?(?:inquiries|enquiries)|"
    # The masthead's editors an imprint names ("Editor-in-chief: …", "News editor: …"); a
    # plain "Editor:" may credit the story's editor. Norwegian, Danish and Swedish too.
    r"(?:deputy\s+)?editor[\s-]in[\s-]chief|chief\s+editor|(?:news|managing|executive)\s+editor|"
    r"(?:ansvarlig\s+)?redaktør|sjefredaktør|chefredaktør|nyhetsredaktør|ansvarig\s+utgivare|"
    r"chefredaktör|nyhetschef)\s*:\s*\S.{0,80}$"
    # The press licence an imprint prints ("Licence No. 1812/GP-BTTTT issued by the Ministry …").
    r"|^licen[cs]e\s+(?:no\.?|number)\s*:?\s*\d.{0,160}$"
    # Vietnamese imprints: the press licence ("Giấy phép số 123/GP-BTTTT …"), the
    # editor-in-chief, the address, the owning company, the paper's name as registered.
    r"|^giấy\s+phép(?:\s+(?:số|hoạt\s+động))?\s*:?\s*\d.{0,160}$"
    r"|^(?:tổng\s+biên\s+tập|phó\s+tổng\s+biên\s+tập|địa\s+chỉ|điện\s+thoại|hotline)"
    r"\s*:\s*\S.{0,80}$"
    r"|^cơ\s+quan\s+chủ\s+quản\s*:\s*\S.{0,80}$|^thuộc\s+(?:tổng\s+)?công\s+ty(?:\s+[^\s.]+){1,10}$"
    # The paper's registered name, a few words: "Báo điện tử Dân trí cho biết …" is a sentence.
    r"|^báo\s+điện\s+tử(?:\s+[^\s.]+){1,4}$"
)
# Matched against keyword_text(line), where re skips the alternatives on their first letter
# instead of trying each one, and only those that can open with the line's first character
# are there at all: asked of most short lines, they are slow to rule a line out.
_FOLDED_SHARE_WORDS_RE = OpenerPattern(folded_pattern(_SHARE_WORDS_RE))
_FOLDED_FOOTER_RE = OpenerPattern(folded_pattern(_FOOTER_RE))
# The Hebrew "עוגיות", with or without its prefixes ("בעוגיות"), and the Persian "کوکی".
_COOKIE_RE = re.compile(r"(?i)\bcookies?\b|\bçerez|עוגיות|کوکی|คุกกี้")
_COOKIE_CONTEXT_RE = re.compile(
    r"(?i)\b(?:use|uses|using|accept|consent|agree|policy|privacy|experience|browsing|settings|"
    r"preferences|personali[sz]e|improve|"
    r"utilisons|utilise|accepte[zr]?|consentement|navigation|confidentialité|paramètres|"
    r"verwenden|nutzen|akzeptieren|zustimmen|einwilligung|datenschutz|einstellungen|"
    r"utilizamos|usamos|utiliza|acepta[rs]?|consentimiento|navegando|navegación|privacidad|"
    r"configuración|utilizza|usa|accett[ai]|consenso|navigazione|concorda|aceitar|"
    r"consentimento|navegar|navegação|privacidade|experiência|gebruiken|gebruikt|accepteren|"
    r"akkoord|toestemming|instellingen|voorkeuren|cookieverklaring|prywatności|prywatność|"
    r"zgod[aęy]|akceptuj\w*|ustawienia|używamy|korzystamy|przechowujemy|przechowują|"
    r"используем|использует|соглаша\w*|согласие|принять|конфиденциальност\w*|настройк\w*|"
    r"продолжая|"
    # Swedish, Danish and Norwegian.
    r"använder|upplevelse|samtycke|inställningar|cookieinställningar|godkänn\w*|bruger|bruker|"
    r"samtykke|indstillinger|innstillinger|oplevelse|opplevelse|"
    # Turkish: used, experience, accept, personal data law.
    r"kullanilmaktadir|kullaniyoruz|deneyim\w*|kabul|kvkk|"
    # Romanian: uses, we use, consent, settings, personalise.
    r"folose[șş]te|folosim|utilizează|utilizăm|consim[țţ]ământ\w*|setări|personaliza|"
    # Hebrew: use, consent, browsing, privacy.
    r"ל?שימוש|הסכמה|ה?גלישה|פרטיות|"
    # Persian: use, experience, accept, privacy.
    r"استفاده|تجربه|می[\u200c ]?پذیرید|پذیرفتن|حریم\s+خصوصی)(?!\w)"
    # Thai, whose words run together: use, experience, accept, privacy.
    r"|ใช้|ประสบการณ์|ยอมรับ|ความเป็นส่วนตัว"
)
# Words that tie a cookie sentence to the site ("web" also opens "website" and "Webseite"),
# or to its consent platform ("We and our partners use cookies …").
_COOKIE_SITE_RE = re.compile(
    r"(?i)site|sitio|sito|web|consent|accept|acept|aceit|accett|akzeptier|"
    # "We and our partners store and access information on your device, such as cookies": the
    # consent platforms' standard wording.
    r"we\s+(?:and\s+our\s+(?:partners|vendors)\s+)?use|we\s+and\s+our\s+(?:partners|vendors)\s+store|"
    r"wir\s+verwenden|nous\s+utilisons|utilizamos|usamos|akkoord|w(?:ij|e)\s+gebruiken|serwis|"
    # The Polish "strona" (page) in its forms, not the English "strong".
    r"\bstron(?:a|ę|ie|y)\b|witryn|akceptuj|сайт|согла|"
    r"sajt|webbplats|nettsted|hjemmeside|vi\s+(?:använder|bruger|bruker)|folosim|utilizăm|"
    # Hebrew and Persian: the site.
    r"אתר|سایت|"
    # Thai: the website.
    r"เว็บไซต์"
)
COOKIE_BUTTON_RE = re.compile(
    r"(?i)^(?:(?:accept|reject)(?:\s+(?:all|additional|optional|non-essential|analytics))?"
    r"(?:\s+cookies)?|view\s+cookies|ok(?:ay)?|got\s+it|i\s+agree|"
    r"agree(?:\s+and\s+close)?|read\s+more|learn\s+more|more\s+info(?:rmation)?|more\s+options|"
    r"manage\s+(?:preferences|settings|cookies|options)|(?:(?:cookie|privacy)\s+)?settings|"
    r"preferences|allow(?:\s+all)?|(?:(?:strictly\s+)?(?:necessary|essential)\s+(?:cookies\s+)?only)|"
    r"only\s+(?:allow\s+)?(?:strictly\s+)?(?:necessary|essential)(?:\s+cookies)?|"
    r"decline|close|dismiss|customi[sz]e|privacy\s+policy|yes,?\s+i\s+agree|continue|"
    r"(?:tout\s+)?accepter(?:\s+(?:tout|et\s+fermer))?|(?:tout\s+)?refuser|paramétrer|"
    r"personnaliser|continuer\s+sans\s+accepter|(?:alle\s+)?akzeptieren|(?:alle\s+)?ablehnen|"
    r"zustimmen|einstellungen|(?:aceptar|rechazar)(?:\s+todas?)?|configurar|accett[ao]|"
    r"(?:accetta|rifiuta)\s+tutt[oi]|rifiuta|personalizza|aceitar(?:\s+todos)?|rejeitar|recusar|prosseguir|"
    r"personalizar|(?:ik\s+ga\s+)?akkoord|(?:alles\s+)?(?:accepteren|weigeren)|"
    r"instellingen(?:\s+aanpassen)?|(?:cookies|voorkeuren)\s+(?:beheren|aanpassen)|"
    r"przejdź\s+do\s+serwisu|(?:za)?akceptuj(?:\s+wszystkie)?|akceptuję|zgadzam\s+się|"
    r"odrzuć(?:\s+wszystkie)?|ustawienia(?:\s+zaawansowane)?|dostosuj|rozumiem|"
    r"принять(?:\s+все)?|согласен|согласна|понятно|отклонить(?:\s+все)?|настройки|настроить|"
    # Swedish, Danish and Norwegian.
    r"(?:godkänn|acceptera|avvisa|neka|tillåt)(?:\s+alla)?|endast\s+nödvändiga|"
    r"(?:cookie)?inställningar|hantera\s+(?:cookies|inställningar)|"
    r"(?:accepter|godta|afvis|avvis)(?:\s+alle)?|kun\s+nødvendige|anpassa|tilpass?|"
    # Turkish.
    r"(?:tümünü\s+)?(?:kabul\s+et|reddet)|çerez\s+(?:ayarlari|tercihleri)|"
    # Romanian.
    r"(?:accept|acceptă|refuz|refuză|respinge)(?:\s+(?:toate|tot))?|setări(?:\s+cookie-uri)?|"
    # Hebrew: OK, I agree, understood.
    r"אישור|אשר|אני\s+מסכים|אני\s+מסכימה|מסכים|הבנתי|"
    # Persian: "I accept", "accept", "reject", the cookie settings.
    r"می[\u200c ]?پذیرم|پذیرفتن|قبول(?:\s+می[\u200c ]?کنم)?|رد\s+کردن|تنظیمات(?:\s+کوکی)?|"
    # Thai: accept (all), reject, the cookie settings.
    r"ยอมรับ(?:ทั้งหมด)?|ปฏิเสธ(?:ทั้งหมด)?|ตั้งค่า(?:คุกกี้)?)[.!]?$"
)
_NEWSLETTER_RE = re.compile(
    r"(?i)\b(?:newsletters?|sign\s+up|subscribe|inbox|(?:enter|type)\s+your\s+email|email\s+address|"
    r"daily\s+briefing|delivered\s+to\s+you|unsubscribe|"
    # Dutch: the newsletter, "in your mailbox", "sign up".
    r"nieuwsbrie(?:f|ven)|in\s+(?:je|uw)\s+(?:mailbox|inbox)|schrijf\s+(?:je|u)\s+in|"
    # Russian: the mailing list.
    r"рассылк\w*|"
    # Persian: the newsletter, your email (address).
    r"خبرنامه|(?:نشانی|آدرس)\s+ایمیل|ایمیل\s+(?:خود|شما)|"
    # Korean: the newsletter, "enter your e-mail address", "we send you …", "subscribe".
    r"뉴스레터|이메일\s?주소|보내\s?드립니다|구독하기)\b"
)
_PAYWALL_RE = re.compile(
    r"(?i)(?:subscribe\s+(?:to|now\s+to)\s+(?:continue|read|unlock)|already\s+a\s+subscriber|"
    r"free\s+articles?\s+(?:left|remaining)|you(?:['’]ve|\s+have)\s+read\s+\d+\s+of\s+(?:your\s+)?"
    r"\d+\s+free|you(?:['’]ve|\s+have)\s+reached\s+(?:your|the)\s+"
    r"(?:free|monthly|article)|for\s+subscribers\s+only|subscribers?\s+only|unlock\s+(?:this|the"
    r"\s+full)\s+article|log\s+in\s+to\s+(?:continue|read)|this\s+(?:article|content)\s+is\s+"
    r"(?:for|available\s+to|reserved\s+for)\s+(?:subscribers|members)|become\s+a\s+subscriber|"
    r"start\s+your\s+free\s+trial|to\s+read\s+the\s+(?:rest|full)\s+(?:of\s+)?(?:this|the)\s+"
    r"(?:article|story|piece)|"
    # "Already a subscriber?" in Swedish, Danish and Norwegian.
    r"redan\s+prenumerant|allerede\s+abonnent|"
    # Japanese: "as a paying member …", "read all you like".
    r"有料会員(?:になると|限定|の方)|読み放題)"
)
# An offer printed where the article stops: imperative, and about paying for access.
_SUBSCRIPTION_OFFER_RE = re.compile(
    # A price's decimal point ("from $0.99/month") does not end the offer's sentence.
    r"(?i)^(?:subscribe|save|get|enjoy|unlock|start|try|join|become|gain)\b"
    r"(?:[^.!?]|\.(?=\d)){0,140}?"
    r"(?:\b(?:subscri\w*|unlimited\s+access|digital\s+access|free\s+trial|ad-free|"
    r"exclusive\s+(?:stories|content|access))\b|[$€£₹₪]\s?\d)"
)
# The short lines of a paywall box: its buttons, price and sign-in link.
_SUBSCRIPTION_LINE_RE = re.compile(
    r"(?i)subscri|\bsign\s*in\b|\blog\s*in\b|\bgift\b|[$€£]\s?\d|\bper\s+(?:month|year)\b|"
    r"^join\s+(?:now|us|today)$|"
    r"\bfree\s+trial\b|"
    # Japanese: "register now", "subscribe now".
    r"^今すぐ(?:登録|購読|申し込む)$"
)
_SUBSCRIPTION_BOX_TITLE_RE = re.compile(
    r"(?i)^(?:get|subscribe|support|become|join|read|unlock|try|give|prenumerera|abonnér|"
    r"abonner)\b"
    # The membership's name: "Salaysay+", "Courier Premium", "Times Plus".
    r"|^[\w.'’ -]{2,30}(?:\+|\s+(?:plus|premium|pro|insider))$"
)
SUBSCRIPTION_LINE_MAX_WORDS = 8
# "Subscribe to News24 for the full experience"
SUBSCRIPTION_BOX_TITLE_MAX_WORDS = 8
_PAYWALL_HINTS = (
    "subscri",
    "prenumerant",
    "abonnent",
    "free",
    "reached",
    "unlock",
    "log in",
    "trial",
    "members",
    "access",
    "exclusive",
    "有料会員",
    "読み放題",
)
_CREDIT_LEAD_RE = re.compile(
    r"(?i)^(?:photo(?:graph)?s?|image|picture|pic|illustration|graphic|video|credit|chart|map|"
    r"graph|infographic|"
    r"photo\s+credit|image\s+credit|courtesy|file\s+photo|cover\s+photo|main\s+image|"
    r"top\s+image|header\s+image|featured\s+image|source|фото|foto|"
    # Hebrew: photo, credit; Persian and Hindi: photo.
    r"צילום|קרדיט|عکس|फोटो|फ़ोटो|तस्वीर|"
    # Thai and Vietnamese: photo.
    r"ภาพ|ภาพประกอบ|ảnh)\s*(?:by|credit|source)?\s*[:：|]"
    r"|^(?:photo(?:graph)?s?|images?|pictures?|illustration)\s+(?:by|courtesy|credit)\b"
    # A report's numbered figure: "Figure 1. Net electricity imports …"
    r"|^(?:figure|fig\.|chart|graph|map)\s+\d{1,3}[a-z]?\s*[.:]\s"
    # A chart's alt text: "Line chart showing average October water temperature …".
    r"|^(?:line|bar|pie|area|column)\s+(?:chart|graph)\s+(?:showing|of|comparing)\s"
)
# A credit closing the line. Folded, searched in keyword_text(line): re skips the positions
# where no alternative can start by their first letters instead of trying each one. That skip
# works only if every alternative opens with a character, so a leading \b or lookbehind is
# written after the first character: "getty(?<!\wgetty)" is "\bgetty", "\s(?<=\.\s)\s*" is
# "(?<=\.)\s+", with the same matches (three times faster on paragraphs).
_FOLDED_CREDIT_TAIL_RE = folded_pattern(
    re.compile(
        r"(?i)(?:\((?:photo|image|picture)?:?\s*(?:reuters|ap|afp|epa|getty(?:\s+images)?|"
        r"xinhua|anadolu|ani|pti|dpa|ians|yonhap|kyodo|efe|tass|bernama|antara|wam|sipa|imago|"
        r"spa|qna|kuna|mena|wafa|ansa|belga|nurphoto|"
        r"file|handout|supplied|courtesy[^)]*)(?:\s*/\s*[^()/]{2,60})?\)|"
        r"getty(?<!\wgetty)\s+images|/\s*(?:reuters|afp|ap|epa|getty|shutterstock|alamy)\b.*|"
        r"(?:via(?<!\wvia)|for(?<!\wfor))\s+getty\s+images|shutterstock(?<!\wshutterstock)|"
        r"alamy(?<!\walamy)(?:\s+stock\s+photo)?|"
        r"(?:photo(?<!\wphoto)(?:graph)?|image(?<!\wimage)|picture(?<!\wpicture)|"
        r"illustration(?<!\willustration)|фото(?<!\wфото)|fotoğraf(?<!\wfotoğraf)|"
        r"عکس(?<!\wعکس)|फोटो(?<!\wफोटो)|फ़ोटो(?<!\wफ़ोटो))s?\s*:\s*[^.]{2,60}|"
        r"photo(?<!\wphoto)\s+bank\b|"
        r"\(\w{2,10}\s+(?:file\s+)?photo(?:graph)?\s*(?:/[^)]{2,60})?\)|"
        r"credit(?<!\wcredit)\s*:\s*[^.]{2,60}|"
        # "© Getty Images / Sean Gallup", "© Sputnik / Pool": a photo agency's mark.
        r"©\s*(?:getty\s+images|reuters|afp|ap|epa|sputnik|ria\s+novosti|tass|xinhua|anadolu|"
        r"shutterstock|alamy)\s*/.{2,80}|"
        # "… during a strike, September 2024. © 2024 Private": the rights holder after a caption.
        r"\s(?<=\.\s)\s*©\s*(?:\d{4}\s+)?\S[^.©]{0,40}|"
        # "… in the library. Pioneer photo by Luke Brandt": the paper's photographer; "… in
        # Cairo on Tuesday. Photo courtesy of the Foreign Ministry", without brackets.
        r"\s(?<=\.\s)\s*(?:(?:[\w-]+\s+)?(?:staff\s+)?(?:photo(?:graph)?|picture)\s+by\s+[^.]{2,40}|"
        r"(?:photo(?:graph)?|picture|image)s?\s+courtesy\s+of\s+[^.]{2,60})|"
        # "… lie within the zone. – Filepic": a file picture, after a dash closing the caption.
        r"\s(?<=\.\s)\s*[-–—]\s*file\s?(?:pic(?:ture)?|photo)s?|"
        # "… on March 11, 2025. Photo | Evans Habil | Courier Media Group".
        r"\s(?<=\.\s)\s*photo\s*\|\s*[^|]{2,40}(?:\|\s*[^|]{2,40})?|"
        # "… on March 3. [Photo/Xinhua]", "… from Namsan. [Hanbit photo]"
        r"\[(?:photo|image|video)s?\s*/\s*[^\]]{2,40}\]|\[[\w'’ -]{2,30}\s+photos?\]|"
        # "… household credit. (PHOTO NOT FOR SALE) (Hanbit)": an agency's resale notice.
        r"\((?:photo|image)s?\s+not\s+for\s+sale\)(?:\s*\([^()]{2,30}\))?|"
        # "… on Monday. (Photo | Express)": the paper's own photographer's desk.
        r"\((?:photo|image|picture)s?\s*\|\s*[^()|]{2,40}\)|"
        # "(Photo by IRNA)", "(Photo courtesy of the ministry)".
        r"\((?:photo|image|picture|video)s?\s+(?:by|courtesy(?:\s+of)?|credit)\s*:?\s*[^()]{2,60}\)|"
        # "Beeld Remko de Waal / ANP": the Dutch credit, the photographer over the agency,
        # opening the line or a sentence (the word first, so that re skips to it); "… sedan i
        # maj. Foto: Erik Sandberg": the word and a colon, in the other languages; "… em
        # Brasília — Foto: Diego Moura/Portal": after a dash closing the caption.
        r"(?:beeld(?<!\Sbeeld)(?<![^.!?—]\sbeeld)|foto(?<!\Sfoto)(?<![^.!?—]\sfoto)|"
        r"bild(?<!\Sbild)(?<![^.!?—]\sbild))(?:\s+[^.:/]{2,60}/\s*[^./]{2,40}|\s*:\s*[^.]{2,60})|"
        # "Fot. PAP/Paweł Kosiński": the Polish abbreviation.
        r"fot(?<!\wfot)\.\s*[^.]{2,60}|"
        # "… ngày 11/3. Ảnh: PCG": the Vietnamese word and a colon after the caption's last
        # sentence, the word first as above.
        r"ảnh(?<!\Sảnh)(?<![^.!?—]\sảnh)\s*:\s*[^.]{2,60}|"
        # "… เมื่อวันที่ 10 มี.ค. (ภาพ: รอยเตอร์)": the Thai word in brackets.
        r"\(ภาพ(?:ประกอบ)?\s*:\s*[^()]{2,60}\))"
        # "Image: Wikimedia Commons (CC BY-SA 4.0)": the image's licence after its source.
        r"(?:\s*\((?:cc\b|public\s+domain)[^()]{0,30}\))?"
        r"\.?$"
    )
)
# The agency before the photographer ("REUTERS/Luisa González", "AP Photo/Evan Vucci", "UN
# Photo/Esther Nyakong"), in the capitals agencies print it in, so that a "Reuters/Ipsos poll"
# in a sentence is left alone.
_AGENCY_PHOTOGRAPHER = (
    r"\b(?:REUTERS|AFP|EPA(?:-EFE)?|[A-Z]{2,10}\s+Photo|XINHUA|ANADOLU)\s*/\s*[A-Z][^/]{1,60}"
    # What the picture is: "REUTERS/El Tayeb Siddig/File Photo", "…/Pool", "…/Illustration".
    r"(?:\s*/\s*(?:File\s+Photo|File|Pool|Handout|Illustration))?\.?"
    # A wire gallery's licensing link, run into the caption by the scrape.
    r"(?:\s+Purchase\s+Licensing\s+Rights(?:,\s+opens\s+new\s+tab)?)?$"
)
_AGENCY_CREDIT_LINE_RE = re.compile("^" + _AGENCY_PHOTOGRAPHER.removeprefix(r"\b"))
_AGENCY_CREDIT_TAIL_RE = re.compile(
    _AGENCY_PHOTOGRAPHER
    + (
        # "(Luis Ortega / The Lakeshore Tribune)", "(Kryvyi Rih City Military Administration /
        # Telegram)": the photographer or the source, and the paper or the channel, in brackets.
        r"|\((?:[A-Z][\w'’.-]+\s+){1,5}[A-Z][\w'’.-]+\s*/\s*(?:The\s+)?[A-Z][\w&.'’ ]{1,40}\)$"
        # "… in Melbourne. (ABC News: Tim Leslie)": the outlet, then its photographer, after the
        # caption's last sentence ("two options (Option A: Full Repeal)" is no credit).
        r"|(?<=[.!?]\s)\((?:[A-Z][\w&'’.-]*\s+){0,3}[A-Z][\w&'’.-]*\s*:\s*(?:(?:[A-Z][\w'’.-]+\s+){1,3}"
        r"[A-Z][\w'’.-]+|Supplied|File|Handout)\)$"
        # "… Selasa (11/3/2025). (WARTANUSA.com/Andika Putra)": the site's own domain, then its
        # photographer, after the caption's last sentence, as Indonesian portals credit.
        r"|(?<=[.!?]\s)\([A-Z][\w-]*\.(?:com|co\.id|id|net)\s*/\s*[A-Z][^()/]{1,40}\)$"
        # "… on Wednesday. - Rudolph Brown/Photographer": the photographer and the job, after a
        # dash closing the caption's last sentence, as Caribbean papers credit their own staff.
        r"|(?<=[.!?])\s+[-–—]\s+(?:[A-Z][\w'’.-]+\s+){1,3}[A-Z][\w'’.-]+\s*/\s*"
        r"(?:(?:Staff|Senior|Chief|Freelance|Contributing)\s+)?(?:Photographer|Photojournalist|File)$"
    )
)
# A screenshot's caption says when it was taken or how it was altered.
_SCREENSHOT_CAPTION_RE = re.compile(
    r"(?i)^an?\s+(?:screenshot|screengrab|screen\s+grab)\s+(?:of|from)\b.*\b(?:taken|archived|"
    r"captured|blurred|cropped|edited)\b"
)
SCREENSHOT_CAPTION_MAX_WORDS = 25
# Folded as above: asked of every paragraph by is_image_credit.
_FOLDED_CREDIT_LEAD_RE = folded_pattern(_CREDIT_LEAD_RE)
_DATELINE_RE = re.compile(r"^[A-Z][A-Z .,'’-]{2,40}(?:,\s*[\w .]+)?\s*\([A-Za-z .]{2,20}\)\s*[—–-]")
_SOURCE_SUFFIX_RE = re.compile(r"\s[-–—|]\s(?P<site>[A-Z][\w.&' ]{1,40})$")
_QA_RE = re.compile(r"^(?:Q|A|Q\d+|Question|Answer)\s*[:.)]\s|^[A-Z][\w.'’ -]{0,30}:\s+\S")


@opens_like(_SKIP_SECTION_RE, _FOLDED_SKIP_LINK_RE)
def is_skip_link(line: str) -> bool:
    """Drop accessibility skip links ("Skip to main content"): chrome before the page starts."""
    if _SKIP_SECTION_RE.match(line):
        return word_count(line) <= 12
    return bool(_FOLDED_SKIP_LINK_RE.match(keyword_text(line))) and word_count(line) <= 6


def is_chrome_word(line: str) -> bool:
    """Drop single site-chrome controls (Menu, Search, Log in, Subscribe): never article text."""
    return casefolded(line).strip(" .:›»>|") in _CHROME_EXACT


def _has_separator(line: str) -> bool:
    """Whether the line has a | · • separator: ``_SEPARATORS_RE`` opens with \\s*, so re would
    try it at every position of a line that has none. Most lines are ASCII, and can hold only
    the ASCII separators."""
    if line.isascii():
        return any(map(line.__contains__, _ASCII_SEPARATOR_CHARS))
    return any(map(line.__contains__, _SEPARATOR_CHARS))


def _separated_parts(line: str) -> list[str]:
    """The non-empty parts of a line split at its separators."""
    if not _has_separator(line):
        return [line] if line else []
    return [p for p in _SEPARATORS_RE.split(line) if p]


def stamped_label(line: str) -> str | None:
    """The section of a "Israel News | Today, 3:45 pm" row over a headline: a label and the
    time of day the story was filed, which has no date to read."""
    if not _has_separator(line):
        return None
    parts = _separated_parts(line)
    if len(parts) == 2 and is_relative_time(parts[1]) and is_label(parts[0]):
        return parts[0]
    return None


_FIGURE_NUMBER_RE = re.compile(r"(?i)^(?:figure|fig\.|chart|graphic|map|exhibit)\s+\d{1,3}[a-z]?$")
_CHART_CREDIT_RE = re.compile(r"(?i)^(?:chart|graphic|source|data|map)s?\s*:\s*\S")


def is_figure_number(line: str) -> bool:
    """A chart's number on a line of its own ("Figure 2", "Chart 3")."""
    return len(line) <= 12 and bool(_FIGURE_NUMBER_RE.match(line))


def is_chart_credit(line: str) -> bool:
    """The credit line under a chart ("Chart: Our World in Numbers • Source: IMF", "Source:
    IMF")."""
    return bool(_CHART_CREDIT_RE.match(line))


def genre_and_section(line: str) -> str | None:
    """The section of an "Explainer · Public finance" chip: a genre, then the section."""
    if not _has_separator(line):
        return None
    parts = _separated_parts(line)
    if len(parts) == 2 and is_genre_label(parts[0]) and not is_genre_label(parts[1]):
        return parts[1]
    return None


def dated_label(line: str) -> str | None:
    """The label of a "City · Saturday, October 18, 2025" row: a label and the story's date.
    Whether the label is a section is for the menu to say."""
    if not _has_separator(line):
        return None
    parts = _separated_parts(line)
    if len(parts) == 2 and is_label(parts[0]) and not date_line(parts[0]) and date_line(parts[1]):
        return parts[0]
    return None


def is_menu_row(line: str) -> bool:
    """Drop rows of three or more short items split by | · • (menus, footer link rows).

    Breadcrumbs use › > / » and are read for the section instead, so they are not matched here.
    """
    parts = _separated_parts(line)
    if len(parts) < 3:
        return False
    return all(word_count(p) <= 5 and not ends_sentence(p) for p in parts)


def is_account_links(line: str) -> bool:
    """Site controls split like a trail ("Sign in / Join"): the account's links."""
    parts = _BREADCRUMB_SPLIT_RE.split(line) if len(line) <= 60 else ()
    return len(parts) > 1 and all(is_chrome_word(p.strip()) for p in parts)


def breadcrumb_parts(line: str) -> list[str] | None:
    """Read a breadcrumb trail ("Home › World › Asia"); the last crumb names the section."""
    if len(line) > 150 or date_line(line):
        return None
    splitter = _QUOTING_BREADCRUMB_SPLIT_RE if "«" in line else _BREADCRUMB_SPLIT_RE
    parts = [p.strip() for p in splitter.split(line) if p.strip()]
    if len(parts) < 2 or not all(word_count(p) <= 6 and not ends_sentence(p) for p in parts):
        return None
    # "Sign in / Join": the account's links, not a trail of sections.
    if all(map(is_chrome_word, parts)):
        return None
    return parts


# A trail split by bars like a menu row, told from one by the Home link opening it ("Home | News
# | Caribbean"); the caller asks for it right over the headline, where a menu row is not.
_PIPED_TRAIL_RE = re.compile(r"(?i)^home\s*\|\s*\S")
_PIPED_TRAIL_MAX_PARTS = 5


def piped_trail_parts(line: str) -> list[str] | None:
    """The crumbs of a "Home | News | Caribbean" trail, else None."""
    if len(line) > 100 or not _PIPED_TRAIL_RE.match(line):
        return None
    parts = [p.strip() for p in line.split("|")]
    if not 2 <= len(parts) <= _PIPED_TRAIL_MAX_PARTS or not all(
        p and word_count(p) <= 4 and not ends_sentence(p) for p in parts
    ):
        return None
    return parts


@opens_like(_FOLDED_SHARE_WORDS_RE)
def is_share_row(line: str) -> bool:
    """Drop share/print/download/save controls ("Share this article", "Facebook Twitter Email")."""
    return (
        len(line) <= 120
        and bool(_FOLDED_SHARE_WORDS_RE.match(keyword_text(line)))
        and not line.isdigit()
    )


# A share box's line addressed to the reader ("Help keep family & friends informed by sharing
# this article", "Please share this story"): unpunctuated, where a sentence about sharing ends
# with its full stop.
_SHARE_PROMPT_RE = re.compile(
    r"(?i)^(?:please\s+)?share\s+this\s+(?:article|story|post|page)\b[^.\"“”]*$"
    r"|^[^.\"“”]*\bby\s+sharing\s+this\s+(?:article|story|post|page)\b[^.\"“”]*$"
)
SHARE_PROMPT_MAX_CHARS = 120
# The page's own address printed for copying in a share box ("abc.net.au/news/…/105871236").
_LINK_FIELD_RE = re.compile(r"^(?:https?://)?[\w-]+(?:\.[\w-]+)+/\S*$")


def is_share_prompt(line: str) -> bool:
    return (
        len(line) <= SHARE_PROMPT_MAX_CHARS
        and ("shar" in line or "Shar" in line)
        and bool(_SHARE_PROMPT_RE.match(line))
    )


def is_link_field(line: str) -> bool:
    return bool(_LINK_FIELD_RE.match(line))


_AD_DASH_RE = re.compile(r"\s+[-–—]\s+")
_AD_LINE_MAX_CHARS = 60  # the longest slug pair; paragraphs are not split at their dashes


# A row of markers opens with its first marker, or with a separator before it.
@opens_like(_FOLDED_AD_RE, _SEPARATORS_RE)
def is_ad_marker(line: str) -> bool:
    """Drop advertisement markers and "story continues below" slugs left by ad slots, alone or
    several to a line ("Advertisement · Scroll to continue", "Advertisement - Scroll to
    continue")."""
    # Folding keeps every separator, dash and space in its place, so the folded line splits
    # into the folded parts.
    folded = keyword_text(line)
    if _FOLDED_AD_RE.match(folded):
        return True
    parts = _separated_parts(folded)
    if len(parts) == 1 and len(line) <= _AD_LINE_MAX_CHARS and any(map(line.__contains__, "-–—")):
        parts = _AD_DASH_RE.split(folded)
    return len(parts) > 1 and all(_FOLDED_AD_RE.match(p) for p in parts)


_NEW_TAB_RE = re.compile(r"(?i)[,(]\s*opens\s+(?:in\s+)?(?:a\s+)?new\s+(?:tab|window)\)?$")
_STANDARDS_RE = re.compile(
    # A writer's own disclaimer: "Views are my own and do not represent those of my employer."
    r"(?i)^(?:(?:all\s+)?(?:views|opinions)\s+(?:expressed\s+(?:here\s+)?)?are\s+(?:my|our)\s+"
    r"own\b[^.]{0,80}\.?$)"
    r"|^(?:our\s+standards|editorial\s+standards|(?:the\s+)?[\w ]{0,40}trust\s+principles)"
    r"\s*:|^the\s+(?:views|opinions)\s+(?:and\s+(?:opinions|views)\s+)?expressed\s+(?:in\s+this\s+(?:article|"
    r"piece|column|commentary|post|publication|report|paper|brief|analysis)\s+)?are\s+(?:those\s+of\s+the\s+author|the\s+author['’]?s"
    r"\s+own|solely\s+those)|^the\s+views\s+expressed\s+by\s+(?:the\s+)?(?:speakers|authors?|"
    r"contributors|panel(?:l)?ists|participants)\s+are\s+(?:their|his|her)\s+own"
    r"|^(?:all\s+)?quotes\s+(?:are\s+)?delayed\b"
    r"|^[^.]{2,120}\bdoes\s+not\s+take\s+institutional\s+positions\b"
    # An academic author's disclosure and the funders credited under it.
    r"|^[^.]{2,80}\bdoes\s+not\s+work\s+for,\s+consult,\s+own\s+shares\s+in\b"
    r"|^[^.]{2,120}\bprovides?\s+funding\s+as\s+(?:a\s+)?(?:founding\s+)?(?:member|partner)\b"
    # A print view's reprint notice: "This copy is for your personal, non-commercial use only."
    # A release's provenance: "Story source: Adapted from a news release issued by …"
    r"|^story\s+source\s*:\s"
    # A court's or an agency's note on its releases: "Note: The Court's press releases are
    # prepared by its Registry for information purposes only and do not constitute …".
    r"|^(?:note\s*:\s*)?[^.]{0,60}\bpress\s+releases?\s+(?:is|are)\s+(?:prepared|issued|"
    r"produced)\b[^.]{0,80}?\b(?:for\s+information(?:al)?\s+purposes\s+only|do(?:es)?\s+not\s+"
    r"constitute)"
    # The terms on which a central bank's or an agency's release may be reproduced.
    # The Korean papers' "no unauthorised reproduction or redistribution", in its brackets:
    # "<저작권자 ⓒ 한빛일보, 무단전재 및 재배포 금지>".
    r"|^[<\[(（]?[^<>]{0,60}무단\s?전재\s?(?:및|·)?\s?재배포\s?금지"
    r"|^(?:reproduction|republication)\s+is\s+(?:permitted|authori[sz]ed|allowed)\b[^.]{0,40}?"
    r"\bsource\s+is\s+(?:acknowledged|cited|credited|mentioned)"
    # A periodic report's note on who produces it and when the next one is due: "This report
    # is produced by OCHA … The next report will be issued on or around 21 October."
    r"|^this\s+(?:report|update|bulletin)\s+is\s+(?:produced|prepared|issued)\s+by\b"
    # The funding tracker's standing request: "… are encouraged to inform FTS of cash …".
    r"|^[^.]{0,120}\bencouraged\s+to\s+inform\s+(?:fts|the\s+financial\s+tracking\s+service)\b"
    # A note on the summary box over the text: "The summary above was written by editors."
    r"|^(?:this|the)\s+(?:summary|key\s+points|takeaways)(?:\s+above)?\s+(?:was|were|is|are)\s+"
    r"(?:written|produced|generated|created|reviewed)\b"
    # An unsigned editorial's note on who wrote it: "Editorials are the opinion of …"
    r"|^editorials?\s+(?:are|is|represents?|reflects?)\s+the\s+(?:opinions?|views?|position)\s+of\b"
    r"|^this\s+(?:copy|article|material)\s+is\s+for\s+your\s+personal,?\s+non-?commercial\s+use\b"
    # The status of an official report's text: "This is the final text of the Official Report."
    r"|^this\s+is\s+(?:the|an?)\s+(?:final|uncorrected|provisional|unedited)\s+(?:text|version|"
    r"transcript)\s+of\s+(?:the\s+|this\s+)?(?:official\s+report|record|debate|proceedings|"
    r"hearing|interview|broadcast|programme|program)\b"
    r"|^[^.]{2,80}\bis\s+a\s+(?:verified\s+)?signatory\s+(?:of|to)\s+the\b[^.]{0,80}?"
    r"(?:fact-?checking|code\s+of\s+principles)"
    r"|^[^.]{2,80}\bis\s+a\s+registered\s+charity\b|\bregistered\s+(?:charity|company)\s+"
    r"(?:number|no\.?)"
    # The publisher describing itself under every article ("The Associated Press is an
    # independent global news organization …").
    r"|^(?:the\s+)?[A-Z][\w.&'’ -]{1,50}\s+is\s+an?\s+(?:[\w-]+,?\s+){0,4}?"
    r"(?:independent|non-?profit|not-for-profit|non-?partisan|(?:member|listener|reader|viewer)"
    r"[- ]supported)\b[^.]{0,60}?\b(?:station|broadcaster|news\s+"
    r"(?:organi[sz]ation|agency|service|outlet|site|publication)|newsroom|media\s+"
    r"(?:organi[sz]ation|company|outlet)|research\s+(?:organi[sz]ation|institute|centre|center)"
    r"|think[- ]tank|journal|magazine|newspaper|publication|website)"
    # The label Russian law requires of an outlet it declares a foreign agent's: "ДАННОЕ
    # СООБЩЕНИЕ (МАТЕРИАЛ) СОЗДАНО И (ИЛИ) РАСПРОСТРАНЕНО ИНОСТРАННЫМ СРЕДСТВОМ …".
    r"|^данное\s+сообщение\s*\(материал\)\s+создано\s+и\s*\(или\)\s+распространено\s+"
    r"иностранн"
    # The standard disclaimer that the text is no advice: "Disclaimer: This article is for
    # informational purposes only and does not constitute financial or investment advice."
    r"|^(?:disclaimer\s*:\s*)?(?:this|the|our)\s+(?:article|post|content|information|material|"
    r"blog|page|site|website|newsletter|analysis|video)\s+(?:is|are)\s+(?:provided\s+)?for\s+"
    r"(?:general\s+)?(?:information(?:al)?|educational)\s+purposes\s+only\b[^.]{0,80}?\b"
    r"(?:financial|investment|legal|medical|tax|professional)\s+advice"
    # The outlet's disclaimer of what it printed: "Disclaimer: This story has been published as
    # part of … coverage. The Post is not responsible for the accuracy of figures …".
    r"|^disclaimer\s*:.{0,300}?\b(?:is|are)\s+not\s+(?:responsible|liable)\s+for\b"
)
# One of these is in every notice ``_STANDARDS_RE`` matches. Not the colon after "Our
# standards": many paragraphs have a colon, and the pattern is slow to rule them out.
_STANDARDS_NEEDS = (
    "standards",
    "purposes only",
    "produced by",
    "prepared by",
    "issued by",
    "inform",
    "opinions",
    "source",
    "editorial",
    "summary",
    "takeaways",
    "key points",
    "signatory",
    "commercial",
    "final text",
    "uncorrected",
    "provisional",
    "unedited",
    "principles",
    "views",
    "positions",
    "consult",
    "funding",
    "delayed",
    "registered",
    "independent",
    "profit",
    "partisan",
    "supported",
    "иностранн",
    "무단",
    "not responsible",
    "not liable",
)


_FOOTNOTE_RE = re.compile(r"^\[\d{1,3}\]\s+\S")


def is_footnote(line: str) -> bool:
    """A numbered note under an analysis ("[2] See the 1959 agreement."): the author's text,
    kept as a paragraph."""
    return bool(_FOOTNOTE_RE.match(line)) and word_count(line) >= 3


def is_new_tab_link(line: str) -> bool:
    """Drop link text a screen reader announces as opening a new tab ("Purchase Licensing
    Rights, opens new tab"): a tool link, never a heading."""
    return word_count(line) <= 12 and bool(_NEW_TAB_RE.search(line))


PUBLISHER_NOTICE_MAX_WORDS = 60
# The link to the outlet's standards page under the byline: "Why you can trust the Ledger",
# "Why you can trust us", "Why trust The Post".
_TRUST_LINK_RE = re.compile(
    r"^(?i:why\s+(?:you\s+(?:can|should)\s+)?trust\s+)(?:(?i:us)|(?i:the\s+)?[A-Z][\w.&'’-]*"
    r"(?:\s+[A-Z][\w.&'’-]*){0,3})$"
)
_TRUST_LINK_MAX_WORDS = 10


def is_publisher_notice(line: str) -> bool:
    """Drop the publisher's standing notices: editorial-standards links, the opinion
    disclaimer ("The views expressed … are the author's own"), market-data delay notes,
    charity and company registration lines."""
    if line[:3].casefold() == "why":
        return word_count(line) <= _TRUST_LINK_MAX_WORDS and bool(_TRUST_LINK_RE.match(line))
    return (
        word_count(line) <= PUBLISHER_NOTICE_MAX_WORDS
        and has_keyword(line, _STANDARDS_NEEDS)
        and bool(_STANDARDS_RE.match(line))
    )


_MEDIA_EMBED_RE = re.compile(
    r"(?i)^(?:watch|video|listen|podcast|audio|bekijk|kijk|zobacz|obejrzyj|wideo|видео|смотрите)"
    r"(?:\s+(?:now|more|next|live|again|(?:de\s+)?video|wideo|film|видео))?\s*[:|]\s*\S"
)


@opens_like(_MEDIA_EMBED_RE)
def is_media_embed(line: str) -> bool:
    """Drop the title line of an embedded video or podcast ("Watch: …"): not article text."""
    return bool(_MEDIA_EMBED_RE.match(line)) and word_count(line) <= 20


def media_embed_title(line: str) -> str:
    """The video's own title in its embed line ("WATCH | Why rents rose:" → "Why rents
    rose"), which the player card under it prints again."""
    match = _MEDIA_EMBED_RE.match(line)
    return line[match.end() - 1 :].rstrip(" :") if match else ""


# A player's running time ("Duration 2:14", "1:58") under an embedded video.
_MEDIA_DURATION_RE = re.compile(r"(?i)^(?:duration\s*:?\s*)?\d{1,2}:\d{2}(?::\d{2})?$")


def is_media_duration(line: str) -> bool:
    return len(line) <= 20 and bool(_MEDIA_DURATION_RE.match(line))


# A link to the recording and its running time, where the page leaves out the player ("Watch
# the briefing" / "Video 38:12").
_MEDIA_LINK_RE = re.compile(
    r"(?i)^(?:(?:watch|listen\s+to)\s+(?:the\s+)?(?:full\s+)?(?:briefing|press\s+conference|"
    r"speech|interview|debate|hearing|session|event|livestream|recording|video)|"
    # Portuguese and Spanish: "Assista ao vídeo", "Mira el video".
    r"assista\s+(?:ao|o)\s+vídeo|mir[ae]\s+el\s+v[ií]deo|"
    r"(?:video|audio)\s*:?\s*\d{1,2}:\d{2}(?::\d{2})?)$"
)


@opens_like(_MEDIA_LINK_RE)
def is_media_link(line: str) -> bool:
    """Drop a link to the event's recording ("Watch the briefing", "Video 38:12"): the
    player's place on the page, not text."""
    return len(line) <= 40 and line[:1] in "WwLlVvAaMm" and bool(_MEDIA_LINK_RE.match(line))


# The web player's text for readers it cannot play to, in place of the video (video.js prints
# the first on every DW, Euronews and Brightcove page).
_VIDEO_PLAYER_NOTICE_RE = re.compile(
    r"(?i)^(?:to\s+view\s+this\s+video,?\s+(?:please\s+)?enable\s+javascript\b|"
    r"your\s+browser\s+(?:does\s+not|doesn['’]t)\s+support\s+(?:the\s+)?(?:html5\s+)?video\b|"
    # A web archive's stand-in for an embed it did not capture.
    r"(?:video|media|content)\s+unavailable$|"
    # A video player's loading residue ("Video Loading", "Tap to play", "The video will
    # auto-play soon8Cancel": its countdown and Cancel button run together).
    r"video\s+loading$|(?:click|tap)\s+to\s+play$|the\s+video\s+will\s+auto-?play\s+soon|"
    r"this\s+(?:media|video|content)\s+is\s+not\s+available\s+in\s+the\s+archived\s+version\b)"
)
VIDEO_PLAYER_NOTICE_MAX_WORDS = 30


@opens_like(_VIDEO_PLAYER_NOTICE_RE)
def is_video_player_notice(line: str) -> bool:
    # Anchored, the pattern fails on a line's first letters sooner than keywords are looked for.
    return bool(_VIDEO_PLAYER_NOTICE_RE.match(line))


_LIST_POSITION_RE = re.compile(
    r"(?i)^(?:(?:list|item|slide|story)\s+)?\d{1,2}\s+of\s+\d{1,2}$|^(?:start|end)\s+of\s+"
    r"(?:list|carousel|slideshow|gallery)$"
    # "list of 4 items": the list's size, read out before its first item.
    r"|^list\s+of\s+\d{1,2}\s+items?$"
)
# A blogging platform's marker over the paragraph its readers highlighted most, and the link
# to report a post under its headline.
_POST_CHROME_RE = re.compile(
    r"(?i)^(?:top\s+highlight|report\s+this\s+(?:article|post|story)|"
    # The button folding a fact box away under its last item ("Hide fact box"), in English,
    # Norwegian and Danish, and Swedish.
    r"(?:hide|show|close|expand|collapse)\s+(?:the\s+)?(?:fact\s*box|info\s*box)|"
    r"(?:skjul|vis)\s+faktaboks(?:en)?|(?:dölj|visa)\s+faktarutan?)$"
)


@opens_like(_POST_CHROME_RE)
def is_post_chrome(line: str) -> bool:
    return len(line) <= 24 and bool(_POST_CHROME_RE.match(line))


_NETWORK = (
    r"(?:social(?:\s+media)?|x|twitter|facebook|instagram|linkedin|youtube|tiktok|telegram|"
    r"whatsapp|threads|bluesky)"
)
_FOLLOW_PROMPT_RE = re.compile(
    # "Síguenos en Google News", "Suivez-nous": the Spanish and French "follow us".
    r"(?i)^(?:s[ií]guenos\b[^.]*|suivez-nous\b[^.]*"
    # "Follow The Daily Courier on Twitter, Facebook and Instagram": one network or a list.
    r"|(?:follow|like|find)\s+(?:us\b[^.]*|[^.:]{2,40}\s+on\s+"
    rf"{_NETWORK}(?:(?:\s*,\s*|\s+(?:and|&)\s+){_NETWORK})*|[^.:]{{2,40}}:|[^.:]{{2,40}}\s+on:?)"
    # Arabic: "follow us on".
    r"|تابعونا(?:\s+على)?:?"
    # Indonesian and Romanian: "follow us".
    r"|ikuti\s+kami\b[^.]*|urmăre[șş]te-ne\b[^.]*|urmări[țţ]i-ne\b[^.]*"
    # Czech: "Sledujte nás", "Přehled.cz na sociálních sítích" (on social networks).
    r"|sledujte\s+nás\b[^.]*|[^:]{2,40}?\s+na\s+sociálních\s+sítích:?"
    # Persian and Hindi: "follow us".
    r"|ما\s+را\s+دنبال\s+کنید:?|हमें\s+फॉलो\s+करें:?)$"
)


_AUTHOR_HANDLE_RE = re.compile(
    r"(?i)^(?:follow\s+(?:(?:him|her|them|me)\s+)?(?:on\s+(?:x|twitter|threads|bluesky|"
    r"instagram)\s+)?(?:at\s+)?)?(?P<handle>@\w{2,30})$"
)


def author_handle(line: str) -> str | None:
    """The social handle on a line of its own ("Follow @rharbi_gc", "@jdoe"), else None."""
    if "@" not in line or len(line) > 60:
        return None
    match = _AUTHOR_HANDLE_RE.match(line)
    return match["handle"] if match else None


# The byline's link to the writer's other articles ("More by this Author", "See all articles
# by Wanjiru Kamau"): under the byline it reads as a teaser headline over the date.
_AUTHOR_PAGE_LINK_RE = re.compile(
    r"(?i)^(?:more\s+(?:by|from)\s+(?:this|the)\s+(?:author|writer|reporter|columnist)|"
    # Persian: "all of this writer's pieces".
    r"(?:همه|تمام|سایر)\s+(?:مطالب|یادداشت[\u200c ]?ها|نوشته[\u200c ]?ها)\s+(?:این\s+)?نویسنده|"
    r"(?:(?:see|view)\s+)?all\s+(?:articles|stories|posts)\s+by\s+\S.{0,40}|"
    r"more\s+(?:articles|stories)\s+by\s+\S.{0,40}|view\s+(?:author['’]s\s+)?profile)$"
)


@opens_like(_AUTHOR_PAGE_LINK_RE)
def is_author_page_link(line: str) -> bool:
    return len(line) <= 70 and bool(_AUTHOR_PAGE_LINK_RE.match(line))


_READ_MORE_LINK_RE = re.compile(
    r"(?i)^(?:read\s+more|more|और\s+पढ़ें|(?:بیشتر|ادامه)\s+بخوانید|اقرأ\s+المزيد)\s*[»›>→]?$"
)
READ_MORE_LINK_MAX_CHARS = 20


def is_read_more_link(line: str) -> bool:
    """A bare "Read more" link, which says where it leads only by where it stands."""
    return len(line) <= READ_MORE_LINK_MAX_CHARS and bool(_READ_MORE_LINK_RE.match(line))


@opens_like(_LIST_POSITION_RE)
def is_list_position_marker(line: str) -> bool:
    """Drop screen-reader markers inside carousels and teaser lists ("list 1 of 3",
    "end of list"): they number the widget's items, they are not items."""
    return bool(_LIST_POSITION_RE.match(line))


# A follow button beside a section or a writer's name ("+ FOLLOW", "+ Follow"): never a label.
# The Japanese "フォローする" ("follow") too.
# The Korean "subscribe to the reporter" too.
_FOLLOW_BUTTON_RE = re.compile(r"(?i)^\+\s*follow$|^\+?\s*フォロー(?:する)?$|^기자\s?구독$")


@opens_like(_FOLLOW_BUTTON_RE)
def is_follow_button(line: str) -> bool:
    return len(line) <= 10 and bool(_FOLLOW_BUTTON_RE.match(line))


# Room for a name of four words and three networks.
_FOLLOW_PROMPT_MAX_WORDS = 12


def is_follow_prompt(line: str) -> bool:
    """Drop "Follow us on X" / "Follow Site Name:" prompts above social links."""
    return word_count(line) <= _FOLLOW_PROMPT_MAX_WORDS and bool(_FOLLOW_PROMPT_RE.match(line))


@opens_like(_BACK_TO_TOP_RE)
def is_back_to_top(line: str) -> bool:
    """Drop "Back to top" links."""
    return bool(_BACK_TO_TOP_RE.match(line))


# The desk's initials closing a wire story, writer's then editor's ("mrh/lgc"), and the agencies
# it drew on ("jm/dw (AFP, Reuters)").
_EDITORS_INITIALS_RE = re.compile(
    r"^(?P<initials>[a-z]{2,4}(?:/[a-z]{2,4})+)"
    r"(?:\s*\([A-Za-z.]+(?:(?:,\s*|\s+and\s+)[A-Za-z.]+)*\))?$"
)
# Pairs of words written with a slash, which initials are not.
_SLASHED_WORDS = frozenset("and or he him his she her hers they them their we us".split())


def is_editors_initials(line: str) -> bool:
    """Drop the editors' initials that close a wire story ("mrh/lgc", "jm/dw (AFP, Reuters)")."""
    match = _EDITORS_INITIALS_RE.match(line) if line[:1].islower() else None
    return bool(match) and _SLASHED_WORDS.isdisjoint(match["initials"].split("/"))


def is_copyright(line: str) -> bool:
    """Drop copyright and "All rights reserved" footer lines (short ones only, not prose)."""
    return (
        has_keyword(line, _COPYRIGHT_NEEDS)
        and bool(_COPYRIGHT_RE.search(line))
        and word_count(line) <= 30
    )


_COPYRIGHT_NOTICE_RE = re.compile(
    r"(?i)^(?:©|copyright\b|\(c\)\s*\d{4}|all\s+rights\s+reserved\b)|\b(?:all\s+rights\s+reserved|alle\s+rechten\s+"
    r"voorbehouden|wszelkie\s+prawa\s+zastrzeżone|все\s+права\s+защищены)\.?$"
    # The Spanish formula, which a notice that reproduction is forbidden often follows.
    r"|\btodos\s+los\s+derechos\s+reservados(?=\s*(?:[.©]|$))"
    # "All content is available under the Open Government Licence v3.0": the site's licence.
    r"|^(?:all\s+|this\s+)?(?:content|text|material)\s+(?:is\s+)?(?:available|published|"
    r"licen[cs]ed)\s+under\s+(?:the|a)\s+[^.]{0,80}?licen[cs]e\b"
)


COPYRIGHT_NOTICE_MAX_WORDS = 80
_SHORT_COPYRIGHT_NOTICE_WORDS = 20
# A long one opens with the sign and says all rights are reserved before it goes on about
# permissions ("Copyright 1995 - 2025. All rights reserved. The content … published in this
# site belongs to …").
_LONG_COPYRIGHT_NOTICE_RE = re.compile(
    r"(?i)^(?:©|copyright\b)[^.]{0,80}\.\s*all\s+rights\s+reserved\b"
    # A wiki's licence with its terms of use: "This text is available under the Creative
    # Commons Attribution 2.5 License; additional terms may apply. By using this site, …"
    r"|^(?:all\s+|this\s+)?(?:content|text)\s+is\s+available\s+under\s+(?:the|a)\s+"
    r"(?:[^.]|\.(?=\d)){0,80}?licen[cs]e\b[^.]{0,60}\.\s+by\s+using\s+this\s+(?:site|website)\b"
)


# The site's acknowledgement of the land's traditional owners, in the footer of Australian,
# Canadian and New Zealand sites: "We acknowledge Aboriginal and Torres Strait Islander
# peoples as …", "The ABC acknowledges the Traditional Custodians of …". The site speaks in
# the present tense; an article reports that someone "acknowledged" them.
_LAND_ACKNOWLEDGEMENT_RE = re.compile(
    r"(?i)^(?:we|(?:the\s+)?[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,4})\s+(?:respectfully\s+)?"
    r"acknowledges?\s+.{0,120}?\b(?:traditional\s+(?:owners|custodians|territor(?:y|ies)|lands?)"
    r"|first\s+(?:nations|peoples|australians)|unceded|tangata\s+whenua)\b"
)
LAND_ACKNOWLEDGEMENT_MAX_WORDS = 70


@opens_like(_LAND_ACKNOWLEDGEMENT_RE)
def is_land_acknowledgement(line: str) -> bool:
    return "cknowledge" in line and bool(_LAND_ACKNOWLEDGEMENT_RE.match(line))


def is_copyright_notice(line: str) -> bool:
    """A copyright line even when it reads as a sentence ("Copyright © The Ledger. All rights
    reserved."): it opens with the sign or ends with the formula."""
    n = word_count(line)
    if n > COPYRIGHT_NOTICE_MAX_WORDS:
        return False
    if n > _SHORT_COPYRIGHT_NOTICE_WORDS:
        # No keyword look-up: each form of the long one holds one of them, and anchored, it
        # rules most paragraphs out at their first letters.
        return bool(_LONG_COPYRIGHT_NOTICE_RE.match(line))
    return has_keyword(line, _COPYRIGHT_NOTICE_NEEDS) and bool(_COPYRIGHT_NOTICE_RE.search(line))


# The footer's terms for reusing the site's stories, in Ukrainian and Russian ("Використання
# матеріалів дозволяється лише за умови прямого гіперпосилання на …").
_REUSE_NOTICE_RE = re.compile(
    r"(?i)^(?:при\s+)?(?:використання|використанні|использование|использовании)\s+"
    r"(?:матеріалів|материалов)\b.{0,160}?(?:посилання|гіперпосилання|ссылк|гиперссылк)"
)
REUSE_NOTICE_MAX_WORDS = 40


# The same terms in the English edition of such a site ("When using materials, a hyperlink to
# example.kz is required."), translated word for word.
_ENGLISH_REUSE_NOTICE_RE = re.compile(
    r"(?i)^(?:when\s+using|the\s+use\s+of|use\s+of|reprinting)\s+(?:the\s+)?(?:site['’]s\s+)?"
    r"materials\b.{0,120}?\b(?:hyper)?link\b.{0,80}\b(?:is\s+)?(?:required|mandatory|obligatory)"
)
# The media outlet's registration certificate, which such sites print in the footer
# ("Certificate of registration of the mass media No. KZ… issued by the Ministry of …").
_MEDIA_REGISTRATION_RE = re.compile(
    r"(?i)^(?:the\s+)?(?:(?:mass\s+)?media\s+registration\s+certificate|certificate\s+of\s+"
    r"(?:state\s+)?registration\s+of\s+(?:the\s+|a\s+)?(?:mass\s+)?media(?:\s+outlet)?)"
    # Its number, which a sentence about a licence revoked seldom prints.
    r"\s+(?:no\.?|number|№)\s*[\w-]*\d"
)


@opens_like(_REUSE_NOTICE_RE, _ENGLISH_REUSE_NOTICE_RE)
def is_reuse_notice(line: str) -> bool:
    if line[:1] in "ВвПпИи":
        return bool(_REUSE_NOTICE_RE.match(line))
    return line[:1] in "WwTtUuRr" and bool(_ENGLISH_REUSE_NOTICE_RE.match(line))


MEDIA_REGISTRATION_MAX_WORDS = 40


@opens_like(_MEDIA_REGISTRATION_RE)
def is_media_registration(line: str) -> bool:
    return line[:1] in "CcMmTt" and bool(_MEDIA_REGISTRATION_RE.match(line))


# An age rating ("18+", "16+"), which sites in Russia and Central Asia must print: the footer's.
_AGE_RATING_RE = re.compile(r"^(?:0|6|12|16|18|21)\s?\+$")


@opens_like(_AGE_RATING_RE)
def is_age_rating(line: str) -> bool:
    return len(line) <= 4 and bool(_AGE_RATING_RE.match(line))


_TIMESTAMP_RE = re.compile(
    r"(?i)^(?:(?:updated|posted|published|edited)\s+(?:at\s+)?)?(?:[0-2]?\d[:.][0-5]\d\s*"
    r"(?:[ap]\.?m\.?|uhr|h)?|[0-2]?\d\s?h\s?[0-5]\d)\s*(?:(?:UTC|GMT|BST|CET|CEST|EET|EEST|"
    r"[ECMP][SD]T|ET|PT|IST|JST|KST|AEST|AEDT|MSK|MEZ|MESZ)(?:\s*[+-]\s*\d{1,2})?)?$"
)


_PRINT_EDITION_RE = re.compile(
    r"(?i)^(?:published|printed|appeared)\s+in\s+(?:the\s+)?[a-z]"
    # "This article first appeared in the print edition of Nairobi Business Weekly, …".
    r"|^this\s+(?:article|story|piece)\s+(?:first\s+)?appeared\s+in\s+(?:the\s+)?print\s+edition\b"
    # "This article appears in the Saturday, October 18, 2025 print edition of …", and a
    # magazine's "This article appears in the June 2025 issue of …"; "A version of this article
    # appeared in the print edition of …, under the headline "…"." says the same.
    r"|^(?:a\s+version\s+of\s+)?this\s+(?:article|story|piece)\s+(?:also\s+|first\s+)?"
    r"app(?:ears|eared)\s+in\s+"
    r"(?:the\s+)?[^.]{0,40}?\b(?:print\s+edition|issue)\b"
    # "Een versie van dit artikel verscheen ook in de krant van vrijdag 18 oktober 2024."
    r"|^(?:een\s+versie\s+van\s+)?dit\s+(?:artikel|stuk|interview)\s+(?:verscheen|is\s+"
    r"(?:ook\s+)?verschenen)\s+(?:ook\s+)?in\s+"
    # "Artykuł ukazał się w papierowym wydaniu …".
    r"|^(?:ten\s+)?(?:artykuł|tekst|wywiad)\s+ukazał\s+się\s+(?:też\s+|również\s+)?w\s+"
    # "Материал опубликован в номере от 18 июля 2024 года."
    r"|^(?:этот\s+)?(?:материал|статья|текст|интервью)\s+(?:был[аи]?\s+)?"
    r"(?:опубликован[аы]?|вышл?[аи]?)\s+(?:также\s+)?в\s+"
)
_PRINT_NOTE_MAX_WORDS = 16
# A magazine's note gives the headline the story was printed under: "…, with the headline
# “Doors on the Water.”", which may be long.
_PRINT_HEADLINE_RE = re.compile(
    r"(?i),?\s+(?:with|under)\s+the\s+(?:headline|title)\s+[“\"‘«][^“\"‘«]{1,150}(?:\"\.?)?$"
)
_PRINT_HEADLINE_MAX_WORDS = 20
_VERSION_OF_RE = re.compile(r"(?i)^a\s+version\s+of\s+")
PRINT_EDITION_MAX_WORDS = _PRINT_NOTE_MAX_WORDS + _PRINT_HEADLINE_MAX_WORDS


@opens_like(_PRINT_EDITION_RE)
def is_print_edition_note(line: str) -> bool:
    """Drop the note dating the newspaper that printed the story ("Published in Dawn, October
    16th, 2024"): the print edition, not a category, and not the web page's date. It may read
    as a sentence ("Een versie van dit artikel verscheen ook in de krant van …"), and end with
    the print headline ("…, with the headline “…”")."""
    if not _PRINT_EDITION_RE.match(line):
        return False
    note = _PRINT_HEADLINE_RE.sub("", line) if "the" in line else line
    # "A version of this article appeared in …" says no more than "This article appeared in …".
    note = _VERSION_OF_RE.sub("", note)
    folded = casefolded(note)
    return (
        word_count(note) <= _PRINT_NOTE_MAX_WORDS
        # Named outright, the print edition needs no date ("…, October 13-19, 2025" is a week),
        # nor a magazine's issue.
        and (has_date(note) or "print edition" in folded or "issue" in folded)
    )


# The attribution closing an embedded post: "— Jane Doe (@janedoe) October 16, 2024".
_EMBED_ATTRIBUTION_RE = re.compile(r"^[—–-]\s*[^()]{1,80}\(@\w{1,30}\)\s+(?P<date>.{6,40})$")
_EMBED_LINK_RE = re.compile(r"\b(?:pic\.twitter\.com|t\.co)/\w+")
EMBED_TEXT_MAX_WORDS = 70


def is_embed_attribution(line: str) -> bool:
    """The line closing an embedded social post: a dash, the account's name and handle, and
    the post's date."""
    match = _EMBED_ATTRIBUTION_RE.match(line) if "(@" in line else None
    return bool(match) and has_date(match["date"])


def has_embed_link(line: str) -> bool:
    """Whether a line carries an embedded post's media link ("pic.twitter.com/…")."""
    return bool(_EMBED_LINK_RE.search(line))


_ARTICLE_ID_RE = re.compile(
    r"(?i)^(?:news|story|article|post|content)\s+(?:id|code|number|no\.?)\s*[:#]?\s*\d{2,12}$"
    # A numbered report in a series: "Situation Report No. 7", "Flash Update #3".
    r"|^(?:situation\s+report|sitrep|flash\s+update)\s+(?:no\.?|number|#)\s*\d{1,4}$"
    # A court's or an agency's numbered press release: "Press release No. 2025/14".
    r"|^press\s+release\s+(?:no\.?|number|#)\s*\d{1,4}(?:/\d{1,4})?$"
)


@opens_like(_ARTICLE_ID_RE)
def is_article_id(line: str) -> bool:
    """Drop the site's number for the story ("News ID: 85631234"): a database key, not a
    label."""
    return len(line) <= 40 and bool(_ARTICLE_ID_RE.match(line))


@opens_like(_TIMESTAMP_RE, is_relative_time)
def is_timestamp(line: str) -> bool:
    """Drop a live post's time stamp ("10.41 GMT", "Updated at 10.05 GMT", "1h ago"): a time
    with no date belongs to the live page's furniture, not to the text."""
    # is_relative_time's own length test first: every line is asked, most of them long.
    return (
        bool(_TIMESTAMP_RE.match(line))
        or len(line) <= RELATIVE_TIME_MAX_CHARS
        and is_relative_time(line)
    )


_NOSCRIPT_RE = re.compile(
    r"(?i)^(?:please\s+)?(?:turn\s+on|enable|activate)\s+javascript\b|\bjavascript\s+"
    r"(?:is\s+)?(?:disabled|required|must\s+be\s+enabled)\b|^show\s+key\s+events\s+only$"
)


_NOSCRIPT_NEEDS = ("javascript", "show")
NOSCRIPT_NOTICE_MAX_WORDS = 20


def is_noscript_notice(line: str) -> bool:
    """Drop notices for readers without JavaScript and the live-page controls that need it."""
    return (
        word_count(line) <= NOSCRIPT_NOTICE_MAX_WORDS
        and has_keyword(line, _NOSCRIPT_NEEDS)
        and bool(_NOSCRIPT_RE.search(line))
    )


_COVERAGE_PROMO_RE = re.compile(
    r"(?i)^(?:follow|find|read|see|get|explore|visit)\b[^.]{0,120}\b(?:coverage|stories|"
    r"updates|news)\b[^.]{0,80}\s(?:at|on|here:?)\s+(?:https?://|www\.)\S+$"
    # "For more Rights Accord reporting on Kazakhstan, please visit:", the address under it.
    r"|^for\s+more\s+[^.]{0,80}\b(?:reporting|coverage|news|stories|analysis|research)\s+on\s+"
    r"[^.]{2,60},?\s+(?:please\s+)?(?:visit|see|go\s+to)\s*:?\s*(?:https?://\S+)?$"
)
_BARE_ADDRESS_RE = re.compile(r"^(?:https?://|www\.)\S+$")


def is_bare_address(line: str) -> bool:
    return bool(_BARE_ADDRESS_RE.match(line))


COVERAGE_PROMO_MAX_WORDS = 30


@opens_like(_COVERAGE_PROMO_RE)
def is_coverage_promo(line: str) -> bool:
    """Drop a wire story's closing pointer to a topic hub ("Follow AP's coverage of the war
    at https://…"): a link to other pages, not article text."""
    return bool(_COVERAGE_PROMO_RE.match(line)) and word_count(line) <= COVERAGE_PROMO_MAX_WORDS


_SITE_PROMO_RE = re.compile(
    r"(?i)^(?:catch|get|track|follow|stay\s+(?:updated|tuned)\s+(?:with|for))\b[^.]{0,160}?\b"
    r"(?:latest|breaking|live|top)\s+(?:[\w-]+\s+){0,3}(?:news|updates|headlines|stories)\b"
    r"[^.]{0,120}?\s(?:on|at|from)\s+\S"
)


_HEAD_TO_SITE_RE = re.compile(
    r"(?i)^for\s+(?:the\s+|more\s+)?(?:latest|breaking|more|up-to-date|live)\b[^.]{0,120}?,\s*"
    r"(?:head|go|come|tune)\s+(?:to|in\s+to|back\s+to)\s+\S[^.]{0,60}\.?$"
)
_APP_PROMO_RE = re.compile(
    r"(?i)^(?:download|get|install|try|"
    # Portuguese and Spanish: "📱 Baixe o app do Portal para ver notícias em tempo real".
    r"baixe|instale|descarga|descargue|instala)\s+(?:the\s+|our\s+|o\s+|el\s+|la\s+|nosso\s+|"
    r"nuestra\s+)?(?:free\s+)?(?:[\w&.'’-]+\s+){0,4}"
    r"app\b[^.]{0,60}\.?$"
    # A mobile page's wall: "Continue reading in the app", "Get the full story and more on The
    # Harbour Times app.", "Open the app".
    r"|^(?:continue|keep)\s+reading\s+(?:in|on)\s+(?:the|our)\s+app$|^open\s+(?:in\s+)?(?:the\s+)?app$"
    r"|^get\s+the\s+full\s+story\b[^.]{0,80}\bapp\.?$"
    # A broadcaster's: "Watch WKRB 9 News on your TV anytime with our free streaming app."
    r"|^(?:watch|stream)\s[^.]{0,80}\b(?:our|the)\s+(?:free\s+)?(?:streaming\s+)?app\.?$"
    # The stores' badges ("Download on the App Store", "Get it on Google Play", "App Store'dan
    # indirin"), and the Turkish "… download our app".
    r"|^(?:download\s+on\s+the\s+app\s+store|get\s+it\s+on\s+google\s+play)$"
    r"|^(?:app\s+store|google\s+play)['’]\w+\s+(?:indirin|alın)$"
    # Hebrew: "download the app of …".
    r"|^(?:הורידו|הורד|התקינו)\s+את\s+ה?אפליקציה(?:\s+\S+){0,6}$"
)
# Searched only in a line that ends with the verb, as the pattern has no fixed start.
_APP_PROMO_TR_RE = re.compile(r"(?i)^[^.]{0,100}\buygulama\w*\s+indirin\.?$")


# The site's podcast, closed by two platforms' links or more ("Listen to the Daybook Deep
# Dive: … Apple Podcasts | Spotify").
_PODCAST_PLATFORM = (
    r"(?:apple\s+podcasts|spotify|google\s+podcasts|youtube|amazon\s+music|overcast)"
)
_PODCAST_PROMO_RE = re.compile(
    rf"(?i)^listen\s+to\b.*?\s{_PODCAST_PLATFORM}(?:\s*[|•·,/]\s*{_PODCAST_PLATFORM})+\.?$"
)

SITE_PROMO_MAX_WORDS = 60


def is_site_promo(line: str) -> bool:
    """Drop the sign-off that sends readers to the site's other news, its app or its podcast
    ("Catch all the Latest India News … on The Chronicle. Download the app …", "For the latest
    news, weather and sports, head to KXRT News 7."): the same sentence closes every article
    of the site."""
    return word_count(line) <= SITE_PROMO_MAX_WORDS and bool(
        _SITE_PROMO_RE.match(line)
        or _HEAD_TO_SITE_RE.match(line)
        or is_app_promo(line)
        or line[:6] in ("Listen", "LISTEN")
        and _PODCAST_PROMO_RE.match(line)
    )


_READER_PROMPT_RE = re.compile(
    r"(?i)^(?:dear\s+readers?\b|you\s+can\s+share\s+this\s+(?:story|article|post|page)\b|"
    r"please\s+support\s+us\b|want\s+more\s+[^?]{2,80}\?\s+every\s+(?:day|week|month)\b|"
    # A newsletter's "Reply to this email – we read every message."
    r"reply\s+to\s+this\s+(?:e-?mail|newsletter)\b|"
    # An event page's "Registration for this event has now closed."
    r"registration\s+(?:for\s+this\s+event\s+)?(?:is|has)\s+(?:now\s+)?closed\b|"
    # A warning to readers where the site is banned: "Readers in Belarus: do not share …"
    r"readers\s+in\s+[A-Z][\w ]{1,30}:\s|"
    # Letters invited under an editorial: "Have something to say about this editorial? Send
    # a letter …", and its "Submit a letter" button.
    r"(?:have|got)\s+(?:something|anything)\s+to\s+say\b[^?]{0,60}\?\s+(?:send|e-?mail|write)\b|"
    # A wiki's call for comment: "Have an opinion on this story? Share it!"
    r"(?:have|got)\s+an?\s+opinion\s+on\s+this\s+(?:story|article|post)\?\s+(?:share|tell)\b|"
    r"(?:submit|send|write)\s+(?:a|your)\s+letter(?:\s+to\s+the\s+editor)?$|"
    r"letters\s+(?:should|must)\s+(?:be|include|not)\b|"
    # A call for contributions: "If you have a specific expertise, … send us your writings"
    r"if\s+you\s+(?:have|would\s+like)\b[^.]{0,160}\bsend\s+us\b|"
    # A call for tips: "Seen a claim you want us to check? Send it to us on WhatsApp …"
    r"(?:(?:seen|spotted|got|have)\s+an?\s+|do\s+you\s+have\s+an?\s+)[^?]{1,60}\?\s+"
    r"(?:send|e-?mail|contact|tell|message|write\s+to|reach|call)\b|"
    # The same in Dutch: "Heb je een tip? Mail de redactie".
    r"(?:heb\s+je|hebt\s+u)\s+[^?]{1,60}\?\s+(?:stuur|mail|meld|laat|neem|tip)\b|"
    # And in Polish: "Masz newsa, zdjęcie lub film? Prześlij nam przez Alert24."
    r"masz\s+[^?]{1,60}\?\s+(?:prześlij|napisz|wyślij|daj\s+znać|skontaktuj|zgłoś)(?!\w)|"
    # A writer asking for views under the post: "I'd welcome views from colleagues … in the
    # comments."
    r"(?:i['’]d|i\s+would|we['’]d)\s+(?:welcome|love\s+to\s+hear|like\s+to\s+hear)\b[^.]{0,120}"
    r"\bin\s+the\s+comments\b|"
    # And in Russian: "Есть новость? Пишите нам в Telegram".
    r"(?:есть|знаете)\s+[^?]{1,60}\?\s+(?:пишите|напишите|присылайте|пришлите|сообщите)(?!\w))"
)
READER_PROMPT_MAX_WORDS = 60


# An email read in the browser: the links to its web version and to forward it.
_EMAIL_LINK_RE = re.compile(
    r"(?i)^(?:view\s+(?:this\s+(?:e-?mail|newsletter)\s+|it\s+)?(?:in\s+(?:your|a|the)\s+browser|"
    r"online)|forward\s+(?:this\s+(?:e-?mail|newsletter)\s+)?to\s+a\s+friend|"
    r"read\s+(?:it\s+|this\s+)?(?:on\s+(?:our|the)\s+website|online))\.?$"
)


@opens_like(_EMAIL_LINK_RE)
def is_email_link(line: str) -> bool:
    """Drop an email's "View this email in your browser", "Forward to a friend" and "Read on
    our website": the mail client's view of the page, not the letter."""
    return len(line) <= 50 and line[:1] in "VvFfRr" and bool(_EMAIL_LINK_RE.match(line))


# The mailing list's footer in every email it sends (the law asks for most of it).
_EMAIL_FOOTER_RE = re.compile(
    r"(?i)^(?:you\s+(?:are\s+receiving|received|got)\s+this\s+(?:e-?mail|message|newsletter)\b|"
    r"our\s+mailing\s+address\s+is\b|add\s+us\s+to\s+your\s+address\s+book\b|"
    r"want\s+to\s+change\s+how\s+you\s+receive\s+th(?:ese|is)\s+e-?mails?\b|"
    r"(?:you\s+can\s+)?(?:update\s+your\s+preferences|unsubscribe)\b.{0,60}"
    r"\b(?:unsubscribe|list|preferences)\b|"
    r"this\s+(?:e-?mail|newsletter)\s+was\s+sent\s+(?:with|by|using|to)\b)"
)
EMAIL_FOOTER_MAX_WORDS = 30


@opens_like(_EMAIL_FOOTER_RE)
def is_email_footer(line: str) -> bool:
    """Drop a mailing list's footer lines ("You are receiving this email because you signed
    up …", "Our mailing address is:", "unsubscribe from this list"): the same under every
    issue."""
    return bool(_EMAIL_FOOTER_RE.match(line))


# A site blocked where it is read tells readers how to reach it ("Если сайт не открывается,
# воспользуйтесь VPN или скачайте наше приложение", "If the site does not load, use a VPN").
_ACCESS_NOTICE_RE = re.compile(
    r"(?i)^(?:если|if)\b[^.]{0,60}\b(?:сайт|site|website)\b[^.]{0,100}"
    r"\b(?:vpn|зеркал\w*|mirror|tor)\b"
)
ACCESS_NOTICE_MAX_WORDS = 30


@opens_like(_ACCESS_NOTICE_RE)
def is_access_notice(line: str) -> bool:
    """Drop the note on reaching a blocked site (a VPN, a mirror, the app): the same on every
    page of the site, above the headline."""
    return bool(_ACCESS_NOTICE_RE.match(line)) and word_count(line) <= ACCESS_NOTICE_MAX_WORDS


_TYPO_PROMPT_RE = re.compile(r"(?i)\bctrl\s*\+\s*enter\b")
TYPO_PROMPT_MAX_WORDS = 20


def is_typo_prompt(line: str) -> bool:
    """Drop the site's prompt to report a typo ("Нашли опечатку? Выделите текст и нажмите
    Ctrl+Enter", "Found a mistake? Highlight it and press Ctrl+Enter"): a tool, not text."""
    # The "+" first: most lines have none, and it is found without folding the line.
    return (
        "+" in line
        and word_count(line) <= TYPO_PROMPT_MAX_WORDS
        and bool(_TYPO_PROMPT_RE.search(line))
    )


@opens_like(_READER_PROMPT_RE)
def is_reader_prompt(line: str) -> bool:
    """Drop the site's word to its readers under every article ("You can share this story on
    social media:", "Dear readers! Thank you for being with us! Please support us …")."""
    return bool(_READER_PROMPT_RE.match(line))


_APP_DOWNLOAD_RE = re.compile(
    r"(?i)^(?:download|get)\s+[\w .'’-]{2,30}\s+for\s+(?:android|ios|iphone|ipad|mac|macos|"
    r"windows|linux|pc)(?:\s*(?:,|and|or|&)\s*(?:android|ios|iphone|ipad|mac|macos|windows|"
    r"linux|pc))*\.?$"
)


def is_app_download_line(line: str) -> bool:
    """An app's download link naming its platforms ("Download Telegram for Android, iPhone,
    Mac or PC")."""
    return bool(_APP_DOWNLOAD_RE.match(line))


APP_PROMO_MAX_WORDS = 14
_APP_BUTTON_RE = re.compile(r"(?i)^(?:download|install|get\s+the\s+app)(?:\s+(?:it\s+)?now)?[.!]?$")


def is_app_button(line: str) -> bool:
    """The button under an app's promotion ("Download now")."""
    return len(line) <= 20 and bool(_APP_BUTTON_RE.match(line))


def is_app_promo(line: str) -> bool:
    """Drop a link to the site's app ("Download the KXRT News 7 app", "Get our free app for
    breaking alerts"): a promotion, never a teaser or text."""
    if word_count(line) > APP_PROMO_MAX_WORDS:
        return False
    line = without_pictograms(line)
    return (
        bool(
            _APP_PROMO_RE.match(line)
            or line.endswith(("indirin", "indirin."))
            and _APP_PROMO_TR_RE.match(line)
        )
        and not is_chrome_word(line)
        or is_app_download_line(line)
    )


_APP_PROMO_TITLE_RE = re.compile(
    r"(?i)\b(?:get|download|alerts?|notifications?|apps?|in\s+your\s+pocket|cebinizde)\b"
)
APP_PROMO_TITLE_MAX_WORDS = 6


# The title may name the app at its end ("Get the news faster with the Valley News app").
_APP_NAMED_AT_END_RE = re.compile(r"(?i)\bapps?!?$")


def is_app_promo_title(line: str) -> bool:
    """The name over an app's promotion ("Get our breaking news alert" over "Download the ABC
    News app and turn on alerts …", "The Times in your pocket!"): short and about what the app
    offers, or naming the app at its end, as long as a promotion's line may be; an exclamation
    mark may close it, a full stop not."""
    n = word_count(line)
    if n > APP_PROMO_TITLE_MAX_WORDS and not (
        n <= APP_PROMO_MAX_WORDS and _APP_NAMED_AT_END_RE.search(line)
    ):
        return False
    return not ends_sentence(line.rstrip("!")) and bool(_APP_PROMO_TITLE_RE.search(line))


# A reposted or syndicated story's credit to the outlet that first published it, with the
# day it did ("Originally published by The Valley Courier on January 30, 2025", "This story
# was first published on March 3, 2024 by …"): the story's own publication date.
_ORIGINAL_PUBLICATION_RE = re.compile(
    r"(?i)^(?:this\s+(?:article|story|post|piece|report)\s+(?:was\s+)?)?(?:originally|first)\s+"
    r"(?:published|appeared|posted|ran)\s+(?:(?:by|in|on|at)\s+(?P<outlet>[^.]{2,80}?)\s+"
    r"on\s+(?P<date>[^.]{6,40}?)|on\s+(?P<date_first>[^.]{6,40}?)\s+(?:by|in|at)\s+[^.]{2,80}?)"
    r"\.?$"
)
ORIGINAL_PUBLICATION_MAX_WORDS = 25


def original_publication(line: str) -> DateLine | None:
    """The date a reposted story's credit says the outlet it names first published it on,
    read as a "published" date; None for any other line."""
    if word_count(line) > ORIGINAL_PUBLICATION_MAX_WORDS:
        return None
    match = _ORIGINAL_PUBLICATION_RE.match(line)
    if match is None or not date_line(match["date"] or match["date_first"]):
        return None
    return labelled_dates(line)


_RELEASE_NOTICE_RE = re.compile(
    r"(?i)^(?:for\s+(?:immediate|general)\s+release|(?:for\s+)?release\s*:\s*(?:immediate(?:ly)?|"
    r"upon\s+receipt)|embargo(?:ed)?(?:\s+until|\s*:)\s*\S.{0,60}|not\s+for\s+(?:publication|"
    r"release|broadcast)\s+(?:before|until)\s+\S.{0,60}|strictly\s+embargoed\b.{0,60}|"
    # A speech's text as written, which the speaker may not have kept to.
    r"check\s+against\s+delivery|(?:text\s+)?as\s+prepared\s+for\s+delivery|"
    # A court's release marked as no official document of its own.
    r"unofficial)[.!]?$"
)


RELEASE_NOTICE_MAX_WORDS = 14


@opens_like(_RELEASE_NOTICE_RE)
def is_release_notice(line: str) -> bool:
    """Drop a press release's handling instruction ("For Immediate Release", "Embargoed until
    00:01 GMT Thursday"): a note to editors about when to run it, not text or a label."""
    return word_count(line) <= RELEASE_NOTICE_MAX_WORDS and bool(_RELEASE_NOTICE_RE.match(line))


_FEEDBACK_RE = re.compile(
    r"(?i)^(?:send\s+us\s+your\s+feedback|your\s+feedback|give\s+(?:us\s+)?(?:your\s+)?feedback|"
    r"(?:was|is)\s+this\s+(?:page|article|story|information)\s+(?:helpful|useful)|"
    r"did\s+you\s+find\s+(?:this|what\s+you\s+were\s+looking\s+for)[^.]{0,40}|"
    r"report\s+a\s+problem\s+with\s+this\s+page|rate\s+this\s+(?:article|page|story)|"
    # "Found a mistake in this article? Report it here.": the link to the corrections form.
    r"(?:found|spotted|see)\s+an?\s+(?:mistake|error|typo)\s+in\s+this\s+(?:article|story|page)"
    r"\?(?:\s+(?:report|tell|let)\b[^.?!]{0,30})?)[?.:!]*$"
)
FEEDBACK_ANSWER_RE = re.compile(
    r"(?i)^(?:yes|no|maybe|not\s+really|somewhat|submit|send|thank\s+you(?:\s+for\s+your\s+"
    r"feedback)?)[.!]?$"
)


_OFFICIAL_BANNER_OPEN_RE = re.compile(
    r"(?i)^(?:an\s+)?official\s+(?:web\s*)?site\s+of\s+(?:the\s+)?[^.]{2,60}\.?$"
)
_OFFICIAL_BANNER_RE = re.compile(
    r"(?i)^(?:here['’]s\s+how|how\s+do|this\s+is\s+how)\s+you\s+know\??$"
    r"|^(?:official|secure)\s+(?:\.\w+\s+)?web\s*sites\s+use\s+(?:\.\w+|https)\b"
    r"|^an?\s+\.\w+\s+web\s*site\s+belongs\s+to\b"
    r"|^an?\s+lock\b[^.]{0,80}\bhttps\b"
    r"|^all\s+official\s+[^.]{2,60}\s+addresses\s+are\s+in\s+the\s+\S+\s+domain\b"
)


def official_banner_opener(line: str) -> bool:
    """The first line of a government site's identity banner ("An official website of the
    United States government"): it sits above the masthead on every page of such a site."""
    return bool(_OFFICIAL_BANNER_OPEN_RE.match(line))


def is_official_banner_line(line: str) -> bool:
    """A line of that banner's explanation ("Here's how you know", "Official websites use
    .gov", "A lock … or https:// means …"): it explains the site's address, not the article."""
    return word_count(line) <= 40 and bool(_OFFICIAL_BANNER_RE.match(line))


# A web archive's toolbar over the page it captured: the Wayback Machine's address bar, its
# capture count and range, the month and year calendar, "About this capture" and its
# collection notes, and its Close and Help buttons.
_ARCHIVE_OPENER_RE = re.compile(
    r"(?i)^(?:the\s+wayback\s+machine\s+-\s+)?https?://web\.archive\.org/"
)
_ARCHIVE_TOOLBAR_RE = re.compile(
    r"(?i)^(?:https?://\S+|go|[\d,]+\s+captures?|\d{1,2}\s+\w{3}\s+\d{4}\s+-\s+\d{1,2}\s+\w{3}\s+"
    r"\d{4}|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|\d{1,2}|(?:19|20)\d\d|success|fail|"
    r"about\s+this\s+capture|collected\s+by|timestamps|close|help|loading\.*)$"
)
ARCHIVE_NOTES_MAX_LINES = 8


def web_archive_opener(line: str) -> bool:
    """The first line of a web archive's toolbar ("The Wayback Machine - https://web.archive
    .org/web/20251014062231/https://…"): the page below is a capture of the article."""
    return "archive.org/" in line and bool(_ARCHIVE_OPENER_RE.match(line))


def is_archive_toolbar_line(line: str) -> bool:
    """A line of that toolbar: the captured address, "5 captures", the capture range, the
    calendar's months, days and years, "About this capture", "Close", "Help"."""
    return len(line) <= 300 and bool(_ARCHIVE_TOOLBAR_RE.match(line))


_META_LABEL_RE = re.compile(
    r"(?i)^(?:source|origin|agency|editors?|editing|translators?|producer|publisher|views?|"
    r"hits|photos?|writer|reporters?|authors?)\s*[:：]\s*\S.{0,60}$"
)


# A desk or bureau credited instead of a person ("TOI World Desk"), and the site's domain.
_META_JOB_MAX_WORDS = 4
_DESK_RE = re.compile(r"(?i)^(?:[\w&.'’-]+\s+){0,4}(?:desk|bureau|team|newsroom)$")
# A byline that names the newsroom, not a person ("Express News Service", "Our Correspondent").
_STAFF_DESK_RE = re.compile(
    r"(?i)^(?:our\s+(?:correspondent|reporter|bureau)|(?:[\w&.'’-]+\s+){0,3}news\s+service|"
    r"staff\s+(?:writer|reporter)s?)$"
)


def is_staff_desk(line: str) -> bool:
    return len(line) <= 60 and bool(_STAFF_DESK_RE.match(line) or _DESK_RE.match(line))


# A release credited to the office that issued it ("Issued by: Armed Forces Press Office"): a
# byline that names no person.
_OFFICE_BYLINE_RE = re.compile(
    r"(?i)^(?:issued|released|distributed)\s+by\s*:?\s+(?:the\s+)?(?:[\w&.'’-]+\s+){0,6}"
    r"(?:office|desk|department|unit|team|service|centre|center|directorate|division|"
    r"secretariat|bureau|ministry|command)$"
)


@opens_like(_OFFICE_BYLINE_RE)
def is_office_byline(line: str) -> bool:
    return line[:1] in "IiRrDd" and len(line) <= 90 and bool(_OFFICE_BYLINE_RE.match(line))


_DOMAIN_RE = re.compile(r"(?i)^(?:www\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}$")


# The longer top-level domains too (".museum", ".example").
_BARE_DOMAIN_RE = re.compile(r"(?i)^(?:www\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,12}/?$")


def is_bare_domain(line: str) -> bool:
    """A website's address alone on its line ("lumenapp.example")."""
    return "." in line and " " not in line and bool(_BARE_DOMAIN_RE.match(line))


_SPACED_SLASH = " / "


def meta_row_parts(line: str, site: str | None = None) -> list[str] | None:
    """The fields of an article's metadata row ("Source: Xinhua| 2025-11-05 18:30:12|Editor:
    huaxia", "TOI World Desk / TIMESOFINDIA.COM / Updated: Oct 16, 2024"): two or more parts
    split by | · • or a spaced slash, one of them a date and each of the others a labelled
    field, a byline, a desk, the site's domain or a reading time. None for anything else (a
    menu row has no date; a teaser's "Title | date" has an unlabelled part)."""
    if len(line) > 200:
        return None
    if _has_separator(line):
        parts = _separated_parts(line)
    elif _SPACED_SLASH in line:
        parts = [p.strip() for p in line.split(_SPACED_SLASH) if p.strip()]
    else:
        return None
    if len(parts) < 2 or not any(date_line(p) for p in parts):
        return None
    if all(
        date_line(p)
        or _META_LABEL_RE.match(p)
        or explicit_byline(p)
        or bare_byline(p)
        or is_reading_time(p)
        or is_relative_time(p)
        or is_broadcaster_name(p)
        # "Political Reporter · NZ Clarion · 14 Oct, 2025 05:00 AM": the writer's job and the
        # site's name.
        or word_count(p) <= _META_JOB_MAX_WORDS
        and bool(JOB_WORDS_RE.search(p))
        or bool(site)
        and same_text(p, site)
        or _DESK_RE.match(p)
        or _DOMAIN_RE.match(p)
        for p in parts
    ):
        return parts
    return None


# A row of a details box: a short capitalised field name, a colon and a short value.
_DETAIL_ROW_RE = re.compile(r"^[A-Z][\w’'-]*(?:\s+[\w’'-]+){0,2}\s?:\s+\S.{0,60}$")
_DETAIL_FIELD_MAX_CHARS = 25


def is_detail_row(line: str) -> bool:
    """A "Field: value" row of a box of facts ("Case number: T20257124")."""
    colon = line.find(":")
    return (
        0 < colon <= _DETAIL_FIELD_MAX_CHARS
        and not ends_sentence(line)
        and bool(_DETAIL_ROW_RE.match(line))
        and not date_line(line)  # the story's date and byline are its metadata
        and not explicit_byline(line)
    )


# A breaking-news ticker's item in the header ("عاجل: …", "Breaking: …", "Eilmeldung: …").
_BREAKING_TICKER_RE = re.compile(
    r"(?i)^(?:عاجل|breaking(?:\s+news)?|eilmeldung|última\s+hora|urgent|срочно|терміново|"
    # Persian and Hindi.
    r"فوری|خبر\s+فوری|ब्रेकिंग(?:\s+न्यूज़|\s+न्यूज)?)"
    # A ticker's label may point at its items: "BREAKING NEWS » …".
    r"\s*[:|»]\s*\S"
)
BREAKING_TICKER_MAX_WORDS = 30


def is_breaking_ticker(line: str) -> bool:
    return (
        line[:1] in "عفخबBbEeÚúUuСсТт"
        and word_count(line) <= BREAKING_TICKER_MAX_WORDS
        and bool(_BREAKING_TICKER_RE.match(line))
    )


# A search box's placeholder naming the site ("Search Newswiki", "Search The Ledger").
_SEARCH_SITE_RE = re.compile(r"^(?i:search)\s+(?:The\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?$")


def is_search_box(line: str) -> bool:
    """The site's search box over the headline: a menu's control, not a section."""
    return line[:1] in "Ss" and bool(_SEARCH_SITE_RE.match(line))


_PAGE_UPDATED_RE = re.compile(
    r"(?i)^(?:this\s+)?page\s+(?:was\s+)?last\s+(?:updated|modified|reviewed|edited)\b"
)
PAGE_UPDATED_MAX_WORDS = 16


@opens_like(_PAGE_UPDATED_RE)
def is_page_updated(line: str) -> bool:
    """The date a government site stamps on the page itself ("Page last updated: 14.10.2025"):
    the page's metadata, never the date of a teaser in the list above it."""
    return line[:1] in "PpTt" and bool(_PAGE_UPDATED_RE.match(line))


# A wiki's note that the article is archived and no longer edited, and how to have it
# corrected.
_ARCHIVE_NOTICE_RE = re.compile(
    r"(?i)^this\s+(?:page|article|story)\s+(?:is|has\s+been)\s+archived\b[^.]{0,60}\b(?:no\s+longer|"
    r"not)\s+(?:publicly\s+)?(?:editable|edited|updated)\b"
)
ARCHIVE_NOTICE_MAX_WORDS = 100


@opens_like(_ARCHIVE_NOTICE_RE)
def is_archive_notice(line: str) -> bool:
    return line[:1] in "Tt" and bool(_ARCHIVE_NOTICE_RE.match(line))


def is_feedback_prompt(line: str) -> bool:
    """Drop a page-feedback widget's question ("Was this page helpful?", "Send us your
    feedback"): site furniture under the article, as are its Yes / No buttons."""
    return bool(_FEEDBACK_RE.match(line))


def is_labelled_credit(line: str) -> bool:
    """A short credit line opening with its label ("Image: Jane Roe/dpa/picture alliance",
    "Photo: Reuters"): it closes the image caption above it."""
    return word_count(line) <= 12 and bool(_FOLDED_CREDIT_LEAD_RE.match(keyword_text(line)))


# The words of a footer printed on one line ("Help Status About Careers Press Blog Privacy
# Rules Terms Text to speech"): each one a link.
_FOOTER_ROW_WORDS = frozenset(
    """help status about careers press blog privacy rules terms contact advertise jobs
    accessibility sitemap cookies legal imprint faq""".split()
)
_FOOTER_ROW_LEAST_WORDS = 5
_FOOTER_ROW_MAX_CHARS = 120


def is_footer_row(line: str) -> bool:
    """Drop a footer's links run together on one line: five of its words or more are footer
    links, each capitalised, and nothing in it is punctuated as a sentence."""
    if (
        len(line) > _FOOTER_ROW_MAX_CHARS
        or line.count(" ") < _FOOTER_ROW_LEAST_WORDS - 1
        or line[: line.find(" ")].lower() not in _FOOTER_ROW_WORDS
        or ends_sentence(line)
    ):
        return False
    hits = sum(
        1 for word in line.split() if word[0].isupper() and word.lower() in _FOOTER_ROW_WORDS
    )
    return hits >= _FOOTER_ROW_LEAST_WORDS


# A language picker's entry: the language's own name, then its English one in brackets
# ("Čeština (Czech)", "العربية (Arabic)").
_LANGUAGE_CHOICE_RE = re.compile(
    r"^\S+(?:\s\S+)?\s\((?:Arabic|Bangla|Bengali|Chinese|Czech|Danish|Dutch|English|Finnish|"
    r"French|German|Greek|Hebrew|Hindi|Hungarian|Indonesian|Italian|Japanese|Korean|Malay|"
    r"Norwegian|Persian|Polish|Portuguese|Romanian|Russian|Spanish|Swedish|Tagalog|Thai|Turkish|"
    r"Ukrainian|Urdu|Vietnamese)\)$"
)


def is_language_choice(line: str) -> bool:
    """Drop an entry of a language picker in the footer."""
    return line[-1:] == ")" and len(line) <= 60 and bool(_LANGUAGE_CHOICE_RE.match(line))


def is_footer_link(line: str) -> bool:
    """Drop footer links (Privacy Policy, Terms of Use, Contact us): site-wide, not article."""
    # Folding keeps each character, so the folded line strips to the folded stripped line.
    return bool(_FOLDED_FOOTER_RE.match(keyword_text(line).strip(" .|")))


_COOKIE_TITLE_RE = re.compile(
    r"(?i)\b(?:privacy|cookies?|prywatnoś[ćci]|privacidad|confidentialité|datenschutz|"
    r"privatsphäre|privacidade|riservatezza|конфиденциальност\w*)(?!\w)"
)
COOKIE_TITLE_MAX_WORDS = 6


def is_cookie_title(line: str) -> bool:
    """The name over a cookie banner ("We value your privacy", "Dbamy o Twoją prywatność"):
    short, unfinished, about privacy or cookies, and no footer link ("Privacy Policy")."""
    return (
        word_count(line) <= COOKIE_TITLE_MAX_WORDS
        and not ends_sentence(line)
        and bool(_COOKIE_TITLE_RE.search(line))
        and not is_footer_link(line)
    )


# Cached: claim_widgets and _single_line_reason both ask it of the same lines, most of them
# long paragraphs its words are looked for in.
@lru_cache(maxsize=65536)
def is_cookie_notice(line: str) -> bool:
    """Drop cookie-consent text: it mentions cookies together with consent or site use."""
    if (
        "ookie" not in line
        and "erez" not in line
        and "עוגיות" not in line
        and "کوکی" not in line
        and "คุกกี้" not in line
    ):
        return False
    return (
        bool(_COOKIE_RE.search(line))
        and bool(_COOKIE_CONTEXT_RE.search(line))
        and word_count(line) <= 80
        and bool(_COOKIE_SITE_RE.search(line))
    )


_SUBSCRIBE_PITCH_RE = re.compile(
    r"(?i)\bsubscribe\s+(?:for\s+free|now|today)\b|\bsubscribe\s+to\s+(?:receive|get|support)\b"
    r"|\breceive\s+new\s+posts\b|\bthanks\s+for\s+reading\b[^.!]*[.!]\s*subscribe"
    r"|\bdelivered\s+(?:straight\s+|directly\s+|free\s+)?to\s+your\s+inbox\b"
    r"|^get\s+(?:\S+\s+){1,6}(?:in|into|to)\s+your\s+inbox\b"
    # An email newsletter's line for a reader it was passed on to.
    r"|\bforward(?:ed)?\b[^.!?]{0,40}\?\s*subscribe\b"
)
# What the pitch and the newsletter patterns need; a line without any skips their searches.
_SUBSCRIBE_PITCH_NEEDS = ("subscribe", "receive", "inbox")
_NEWSLETTER_NEEDS = (
    "뉴스레터",
    "이메일",
    "드립니다",
    "구독하기",
    "newsletter",
    "sign",
    "subscribe",
    "inbox",
    "email",
    "briefing",
    "delivered",
    "nieuwsbrie",
    "mailbox",
    "schrijf",
    "рассылк",
    "خبرنامه",
    "ایمیل",
)
_NEWSLETTER_TITLE_RE = re.compile(
    r"(?i)\b(?:get|sign\s+up|subscribe|join|newsletters?|brief(?:ing)?|digest|bulletin|roundup|"
    r"inbox|nieuwsbrie(?:f|ven)|рассылк[аи]|뉴스레터)\b"
    r"|^stay\s+(?:informed|updated|up\s+to\s+date|in\s+the\s+know)\b"
)


def is_newsletter_title(line: str) -> bool:
    """The name over a newsletter box ("Get the Morning Brief"): short and about the box."""
    return (
        word_count(line) <= 6
        and not ends_sentence(line)
        and bool(_NEWSLETTER_TITLE_RE.search(line))
    )


_LANGUAGE_NAMES = (
    r"(?:english|español|espanol|castellano|français|deutsch|italiano|português|nederlands|"
    r"polski|русский|svenska|bhs|srpski|hrvatski|bosanski|shqip|македонски|türkçe|العربية)"
)
# A language's English name only after "read … in": "In Russian" alone may head a paragraph.
_ENGLISH_LANGUAGE_NAMES = (
    "norwegian swedish danish finnish icelandic german french spanish portuguese italian dutch "
    "polish russian ukrainian arabic persian hebrew turkish chinese japanese korean"
)
_LANGUAGE_LINK_RE = re.compile(
    r"(?i)^(?:(?:read|view)\s+(?:this\s+(?:article|story|page)\s+)?in\s*:?\s*(?:"
    + _ENGLISH_LANGUAGE_NAMES.replace(" ", "|")
    + r"|"
    + _LANGUAGE_NAMES
    + r")|(?:"
    r"lee(?:r)?\s+(?:esta\s+(?:nota|noticia)\s+)?en|leia\s+(?:esta\s+(?:matéria|notícia)\s+)?em|"
    r"lire\s+(?:cet\s+article\s+)?en|diesen\s+artikel\s+auf|"
    r"en|in|auf|em|på|na)\s*:?\s*" + _LANGUAGE_NAMES + r")(?:\s+version|\s+edition)?$"
)


_LANGUAGE_LINK_ENDS = frozenset(
    f"""english español espanol castellano français deutsch italiano português nederlands polski
    русский svenska bhs srpski hrvatski bosanski shqip македонски türkçe العربية version
    edition {_ENGLISH_LANGUAGE_NAMES}""".split()
)


@opens_like(_LANGUAGE_LINK_RE)
def is_language_link(line: str) -> bool:
    """A link to the article, or the site, in another language ("En español", "Lee esta nota
    en español", "Read this article in: BHS"): never the section, never the text."""
    return (
        len(line) <= 50
        and line[-1:].isalpha()
        and line.rsplit(None, 1)[-1].casefold() in _LANGUAGE_LINK_ENDS
        and bool(_LANGUAGE_LINK_RE.match(line))
    )


_EMAIL_FIELD_RE = re.compile(
    r"(?i)^(?:(?:enter\s+)?(?:your\s+)?e-?mail(?:\s+address)?|(?:din\s+)?e-?post(?:adress)?|"
    r"(?:tu\s+)?correo(?:\s+electrónico)?|ihre\s+e-?mail(?:-adresse)?|votre\s+e-?mail|"
    r"(?:váš|vaš)\s+e-?mail)\s*\*?:?$"
)


def is_email_field(line: str) -> bool:
    """The email field of a sign-up form ("Your email", "Email address")."""
    return len(line) <= 40 and bool(_EMAIL_FIELD_RE.match(line))


def is_box_name(line: str) -> bool:
    """A short capitalised name over a box, not a sentence, a date or a byline."""
    return (
        0 < word_count(line) <= 5
        and line[0].isupper()
        and not ends_sentence(line)
        and not line.endswith(":")
        and not has_date(line)
    )


_ACCESS_BADGE_RE = re.compile(
    r"(?i)^(?:paid|premium|members?[- ]only|subscribers?[- ]only|free\s+preview|paywalled|"
    r"locked|plus|(?:free\s+)?(?:members?[- ]only|subscribers?[- ]only|premium|paid|"
    r"subscriber\s+exclusive)\s+(?:story|article|post|content)"
    # Japanese: a paid article, for members only.
    r"|有料記事|会員限定(?:記事)?)$"
)


_COUNT_RE = re.compile(
    r"(?i)^\d{1,3}(?:[.,]\d{1,3})?\s*[km]?\+?(?:\s+(?:claps?|likes?|responses?|comments?|"
    r"replies|views|reads|shares|followers?|following|subscribers?|reactions?|hearts?|"
    # Hebrew: comments ("talkbacks"), views.
    r"תגובות|צפיות))?$"
    # Thai: "read 3,482 times", "viewed 3,482 times".
    r"|^(?:อ่าน|เข้าชม|ดู)\s*\d{1,3}(?:,\d{3})*\s*ครั้ง$"
    # The label first: "Views: 1,482", "Reads: 3.1K".
    r"|^(?:views|reads|hits|page\s+views)\s*:\s*\d{1,3}(?:[.,]\d{3})*(?:[.,]\d)?\s*[km]?$"
    # Reactions, then comments or reposts, on one line: "148 · 23 Comments".
    r"|^\d{1,3}(?:[.,]\d{1,3})?\s*[km]?(?:\s*[·•|]\s*\d{1,3}(?:[.,]\d{1,3})?\s*[km]?\s+"
    r"(?:comments?|reposts?|shares?|replies))+$"
)


_KEY_FIGURE_RE = re.compile(
    r"^(?:US\$|\$|€|£)?\d{1,3}(?:,\d{3})*(?:\.\d{1,2})?\s*(?:[KMB]|million|billion|%)?$"
)
FIGURE_LABEL_MAX_WORDS = 10


def is_key_figure(line: str) -> bool:
    """A report's headline number on its own line ("312,000", "41", "US$48.6M")."""
    return len(line) <= 16 and bool(_KEY_FIGURE_RE.match(line))


def is_figure_label(line: str) -> bool:
    """What a key figure counts, in lower case under it ("people in evacuation centres")."""
    return (
        line[:1].islower()
        and word_count(line) <= FIGURE_LABEL_MAX_WORDS
        and not ends_sentence(line)
    )


_READER_CONTROL_RE = re.compile(
    r"(?i)^(?:open\s+in\s+(?:browser|new\s+tab)|mark\s+(?:all\s+)?as\s+(?:read|unread)|"
    r"save\s+for\s+later|add\s+(?:a\s+)?feed|"
    # A keyboard-shortcut hint: "Press j / k to move between articles, m to mark as read".
    r"press\s+\S{1,5}(?:\s*/\s*\S{1,5})?\s+to\s+[^.]{2,100})$"
)


@opens_like(_READER_CONTROL_RE)
def is_reader_control(line: str) -> bool:
    """Drop a feed reader's controls around the article it shows ("Open in browser", "Mark as
    read", "Save for later", "Add feed") and its keyboard hints: the reader's, not the
    article's."""
    return line[:1] in "OoMmSsAaPp" and bool(_READER_CONTROL_RE.match(line))


# A name's words (capitalised, or the small words joining them), then "favicon" or "logo".
_LOGO_ALT_RE = re.compile(
    r"^(?:(?:[A-Z0-9][\w&.'’-]*|of|the|for|and|de|du|des)\s+){1,10}(?:favicon|logo)$"
)


@opens_like(_LOGO_ALT_RE)
def is_logo_alt(line: str) -> bool:
    """An image's alt text naming a site's or an agency's logo ("The Tidewater Ledger
    favicon", "OCHA logo"): the picture's caption, not a label."""
    return line.endswith((" logo", " favicon")) and bool(_LOGO_ALT_RE.match(line))


_FEED_FOOTER_RE = re.compile(r"^The\s+post\s+\S.{0,200}\s+appeared\s+first\s+on\s+\S.{0,80}$")
FEED_FOOTER_MAX_WORDS = 60


@opens_like(_FEED_FOOTER_RE)
def is_feed_footer(line: str) -> bool:
    """Drop the line a blog's feed adds under every post ("The post … appeared first on The
    Tidewater Ledger."): the link back to the original article."""
    return line[:8] == "The post" and bool(_FEED_FOOTER_RE.match(line))


_UPGRADE_PROMPT_RE = re.compile(
    r"(?i)^(?:you['’]re\s+(?:reading|using)\s+(?:with\s+)?\S.{0,40}\s+free|"
    r"upgrade\s+to\s+\S.{0,40}\b(?:pro|premium|plus)\b.{0,100}|"
    r"try\s+(?:\S+\s+){0,3}free\s+for\s+\d{1,3}\s+days)$"
)
UPGRADE_PROMPT_MAX_WORDS = 25


@opens_like(_UPGRADE_PROMPT_RE)
def is_upgrade_prompt(line: str) -> bool:
    """Drop a free plan's prompts to pay ("You're reading with Quillfeed Free", "Upgrade to
    Quillfeed Pro for …", "Try Pro free for 14 days"): the service's promotion."""
    return line[:1] in "YyUuTt" and bool(_UPGRADE_PROMPT_RE.match(line))


@opens_like(_COUNT_RE)
def is_engagement_count(line: str) -> bool:
    """Drop a bare count of claps, likes, responses or followers ("1.2K", "34", "2.3K
    followers", "180 following", "Views: 1,482"), or a reaction's or the views' count after
    its pictogram ("👍 1.3K", "👁 52.1K"): the page's counters, not text."""
    return bool(_COUNT_RE.match(line)) or (
        line[:1] >= "\u2190" and len(line) <= 20 and bool(_COUNT_RE.match(without_pictograms(line)))
    )


_SEE_ALL_RE = re.compile(
    r"(?i)^(?:see|view|show|read|browse|explore)\s+(?:all|more)(?:\s+(?:stories|articles|"
    r"posts|recommendations|partners|authors|contributors|topics|videos|photos|news|headlines|"
    r"updates|live|from|by|on|in)\b"
    r".{0,40})?$"
)


_SEPARATOR_LINE_RE = re.compile(r"^(?:[·•∙|/\-–—_~=*]\s*){1,6}$")


_WIRE_NOTE_RE = re.compile(
    r"^\((?:ATTN|EDS?|EDITORS?'?\s+NOTE|CORRECTS?|CLARIFIES|UPDATES?|ADDS?|RECASTS?|REFILES?|"
    r"REPEATS?|RESENDING|UPDATING|ADDING|RECASTING|CORRECTING)\b[^\n]*\)$"
)


@opens_like(_WIRE_NOTE_RE)
def is_wire_note(line: str) -> bool:
    """Drop a wire service's note to editors ("(ATTN: UPDATES with details in paras 3-7)",
    "(CORRECTS spelling in para 2)"): an instruction about the copy, not a sentence of it."""
    return line[:1] == "(" and line[-1:] == ")" and bool(_WIRE_NOTE_RE.match(line))


_CHANNEL_PROMO_RE = re.compile(
    r"(?i)^(?:join|"
    # Portuguese and Spanish: "Siga no WhatsApp", "Siga o canal de Política no WhatsApp".
    r"siga(?:-nos)?\s+(?:no|na|en|o\s+canal|el\s+canal|nosso\s+canal|nuestro\s+canal)|"
    r"follow|subscribe\s+to|get|click\s+here\s+to\s+join|(?:now\s+)?we\s+are\s+on|"
    r"volg|abonneer\s+je\s+op|"
    # French: "Rejoignez la chaîne WhatsApp de …", "Suivez … sur Telegram".
    r"rejoignez|suivez|abonnez-vous\s+à|"
    # Spanish: "join", and "¡El Heraldo ya está en WhatsApp!" (is now on).
    r"únete\s+a|¡?[^!.]{0,40}?\bya\s+(?:est[áa]|estamos)\s+en(?=\s+(?:whatsapp|telegram)\b)|"
    r"obserwuj|dołącz\s+do|подпис(?:ывайтесь|ывайся|итесь)\s+на|присоединяйтесь\s+к|"
    r"читайте\s+нас\s+в|"
    # Romanian: "Urmărește Ziarul Prezent și pe Google News" (follow), join.
    r"urmăre[șş]te|urmări[țţ]i|alătură-te|"
    # Serbian: "Пратите нас и на Телеграму" (follow us on Telegram too).
    r"пратите|pratite)"
    r"\b.{0,60}?"
    # Serbian declines the apps' names in Cyrillic and Latin ("на Телеграму", "na Viberu").
    r"\b(?:whatsapp|telegram|signal|viber|google\s+news|телеграм|вајбер|вотсап)(?:у|а|u)?\b"
    r".{0,100}$"
    # Turkish puts the verb last: "Meridyen Gazetesi'ni Google News'te takip edin".
    r"|^.{0,60}\b(?:whatsapp|telegram|google\s+news)['’]\w+\s+(?:takip\s+edin|katılın|abone\s+olun)"
    r"[.!]?$"
    # So do Hindi ("हमारे WhatsApp चैनल से जुड़ें", "… को Telegram पर फॉलो करें और पाएं …") and
    # Persian ("کانال تلگرام افق‌نیوز را دنبال کنید").
    r"|^.{0,60}\b(?:whatsapp|telegram|google\s+news)\b(?:\s+(?:चैनल|ग्रुप))?\s+"
    r"(?:से\s+जुड़ें|पर\s+(?:फॉलो\s+करें|जुड़ें))(?:\s.{0,60})?$"
    r"|^.{0,60}?(?:کانال|گروه)\s+(?:تلگرام|واتس[\u200c ]?اپ)\s.{0,40}?"
    r"(?:را\s+)?(?:دنبال\s+کنید|بپیوندید|عضو\s+شوید)[.!]?$"
    # Thai sites ask readers to add their LINE account as a friend ("ไม่พลาดทุกข่าวสำคัญ
    # เพิ่มเพื่อน LINE @siamwannee"): "add friend", then the app and the account's handle.
    r"|^.{0,60}?เพิ่มเพื่อน\s*(?:ใน\s*)?(?:line|ไลน์)\b(?:\s*@[\w.]+)?.{0,40}$"
)
_CHANNEL_LINK_RE = re.compile(
    r"(?i)^(?:https?://)?(?:t\.me|telegram\.me|chat\.whatsapp\.com|whatsapp\.com/channel)/\S+$"
)
# "… Mari bergabung di Grup Telegram …, caranya klik link https://t.me/…": an invitation
# to the channel that gives its address, with a word asking to join or follow it.
_CHANNEL_INVITE_LINK_RE = re.compile(
    r"(?i)(?:https?://|\s)(?:www\.)?"
    r"(?:t\.me|telegram\.me|chat\.whatsapp\.com|whatsapp\.com/channel)/\w"
)
_CHANNEL_INVITE_WORD_RE = re.compile(
    r"(?i)\b(?:join|follow|subscribe|bergabung|gabung|ikuti|simak|akses|klik)\b"
)
CHANNEL_PROMO_MAX_WORDS = 40
_CHANNEL_PROMPT_MAX_WORDS = 24
# With Serbian's and Persian's Telegram and WhatsApp ("телеграм", "تلگرام", "واتس‌اپ").
_MESSAGING_APPS = (
    "whatsapp",
    "telegram",
    "signal",
    "viber",
    "t.me",
    "google news",
    "телеграм",
    "вајбер",
    "вотсап",
    "تلگرام",
    "واتس",
    # Thai: "add friend", as LINE calls following an account.
    "เพิ่มเพื่อน",
)


# The button under a channel's prompt: "Click here", "यहां क्लिक करें", "اینجا کلیک کنید".
_CHANNEL_BUTTON_RE = re.compile(
    r"(?i)^(?:click\s+here|tap\s+here|join(?:\s+now)?|(?:यहां|यहाँ)\s+क्लिक\s+करें|"
    r"ज्वाइन\s+करें|اینجا\s+کلیک\s+کنید|عضو\s+شوید|"
    # Thai: "add friend".
    r"เพิ่มเพื่อน)[.!]?$"
)
CHANNEL_BUTTON_MAX_CHARS = 30


def is_channel_button(line: str) -> bool:
    return len(line) <= CHANNEL_BUTTON_MAX_CHARS and bool(_CHANNEL_BUTTON_RE.match(line))


def is_aggregator_follow(line: str) -> bool:
    """A prompt to follow the site on a news aggregator ("Follow Daily Horizon on Google
    News"): the site's own promotion, though worded as a channel's."""
    # keyword_text is cached per line and asked of most lines already: no new lower-casing.
    return "google news" in keyword_text(line) and is_channel_promo(line)


def is_channel_promo(line: str) -> bool:
    """Drop a prompt to join the site's WhatsApp or Telegram channel ("Join the Daily Times
    WhatsApp channel for the latest news"): a promotion between paragraphs, not a heading. An
    invitation that gives the channel's address may run longer, as Indonesian portals' do."""
    n = word_count(line)
    if n > CHANNEL_PROMO_MAX_WORDS:
        return False
    # map() rather than a generator: asked of most short lines, which name no app.
    if not any(map(line.lower().__contains__, _MESSAGING_APPS)):
        return False
    line = without_pictograms(line)
    if n <= _CHANNEL_PROMPT_MAX_WORDS and (
        _CHANNEL_PROMO_RE.match(line) or _CHANNEL_LINK_RE.match(line)
    ):
        return True
    return bool(_CHANNEL_INVITE_LINK_RE.search(line) and _CHANNEL_INVITE_WORD_RE.search(line))


_LABELLED_AD_RE = re.compile(r"(?i)^(?:text\s+ad|advertorial|sponsored\s+ad)\s*:\s*\S")


@opens_like(_LABELLED_AD_RE)
def is_labelled_ad(line: str) -> bool:
    """Drop a classified text ad printed in the page ("TEXT AD: Call Willie - +234…")."""
    return word_count(line) <= 25 and bool(_LABELLED_AD_RE.match(line))


# A newsletter's sponsor slot, labelled with the sponsor's name ("A message from the Atlas
# Shipbuilding Alliance:"), the sponsor's text under it. A message from the newsroom itself or
# from an office holder ("A message from the Editor:", "… the Mayor:") is the article's.
_SPONSOR_MESSAGE_RE = re.compile(
    r"^(?i:a\s+message\s+from)\s+(?:the\s+)?"
    r"(?!(?i:our\b|(?:\w+\s+)?(?:editors?|publisher|founders?|team|newsroom|staff|mayor|"
    r"president|prime\s+minister|governor|chair\w*|chief\s+executive|ceo|minister|council)\b))"
    r"[A-Z][^:.!?]{2,60}:$"
)


@opens_like(_SPONSOR_MESSAGE_RE)
def is_sponsor_message(line: str) -> bool:
    """The label over a sponsor's message in a newsletter; the text under it is the ad's."""
    return bool(_SPONSOR_MESSAGE_RE.match(line))


_SUPPORT_OPENER_RE = re.compile(
    r"(?i)^(?:(?:support|fund|back|help\s+(?:us\s+)?(?:fund|sustain|keep))\b.{0,60}"
    r"\b(?:journalism|reporting|fact-?checking|newsroom)\b.{0,60}|(?:support|help)\s+(?:us|our\s+work)\b.{0,40}|"
    r"(?:become\s+a\s+(?:supporter|member|patron)|make\s+a\s+(?:contribution|donation))"
    r"\b.{0,40}|"
    # Dutch, Polish and Russian.
    r"steun\b.{0,60}\bjournalistiek\b.{0,60}|steun\s+(?:ons|onze\s+redactie)\b.{0,40}|"
    r"wesprzyj\b.{0,60}|поддержите\b.{0,60})$"
)
_APPEAL_WORDS_RE = re.compile(
    r"(?i)\b(?:journalism|support\w*|contribut\w*|donat\w*|readers?|free|subscri\w*|gift|members?|"
    r"help\s+us|"
    r"membership|"
    r"fund\w*|independen\w*|sustain\w*|journalistiek|steun\w*|doneer\w*|donatie\w*|lezers?|"
    r"onafhankelijk\w*|gratis|dziennikarstw\w*|wspar\w*|wesprzyj\w*|czytelni\w*|niezależn\w*|"
    r"darowizn\w*|wpłat\w*|журналистик\w*|поддерж\w*|читател\w*|независим\w*|пожертвован\w*|"
    r"донат\w*)(?!\w)"
)
_DONATE_BUTTON_RE = re.compile(
    r"(?i)^(?:donate(?:\s+now)?|support\s+us(?:\s+now)?|contribute(?:\s+now)?|give\s+now|"
    r"make\s+a\s+(?:contribution|donation)|become\s+a\s+(?:supporter|member)|join\s+(?:now|us|today)|"
    r"doneer(?:\s+nu)?|"
    r"steun\s+ons(?:\s+nu)?|word\s+(?:donateur|lid)|wesprzyj(?:\s+nas)?|wpłać|przekaż\s+darowiznę|"
    r"поддержать(?:\s+(?:нас|редакцию))?|пожертвовать|задонатить)"
    r"[\s.!→>]*$"
)


_BOX_LABEL_MAX_CHARS = 25
_BOX_LABEL_RE = re.compile(r"^[^\W\d][\w ]{1,20}:\s+")


# Asked of the page's first lines twice: by the top appeal's scan and by the widgets'.
@lru_cache(maxsize=65536)
def is_support_appeal(line: str) -> bool:
    """A box asking readers to pay for the journalism opens here ("Support Daily Times'
    journalism of integrity and credibility", "Help us keep our reporting free")."""
    # The pattern first: anchored at the start, it rules out most lines at their first letter.
    # The box's label before a colon ("Membership: Support independent journalism") is read
    # past first, found by a look at the line's first characters rather than in the pattern.
    label = _BOX_LABEL_RE.match(line) if ":" in line[:_BOX_LABEL_MAX_CHARS] else None
    opener = line[label.end() :] if label else line
    return (
        bool(_SUPPORT_OPENER_RE.match(opener))
        and word_count(line) <= 14
        and not ends_sentence(line)
    )


def is_appeal_line(line: str) -> bool:
    """A line of a support box: a plea that names journalism, support, donations or readers."""
    return word_count(line) <= 60 and bool(_APPEAL_WORDS_RE.search(line))


def is_donate_button(line: str) -> bool:
    """The button closing a support box ("Donate", "Support us", "Contribute now")."""
    return bool(_DONATE_BUTTON_RE.match(line))


_PLAYER_CONTROL_RE = re.compile(
    r"(?i)^(?:listen\s+(?:on|in|with|via)\s+\S.{0,30}|listen\s+live|listen\s+now|"
    r"listen\s+to\s+this\s+(?:article|story)\s*(?:[·•|-]?\s*\d+\s*min(?:utes?|s)?\.?|"
    r"\d{1,2}:\d{2}\s*/\s*\d{1,2}:\d{2})|listen\s+to\s+the\s+(?:article|story)|play(?:\s+"
    r"(?:episode|audio|now|podcast))?|pause|download(?:\s+(?:mp3|audio|episode))|rss(?:\s+feed)?|"
    r"subscribe\s+(?:on|in|via)\s+(?:apple|spotify|google|youtube|amazon|pocket|overcast|rss)"
    r".{0,25}|\d(?:\.\d{1,2})?x|\d{1,2}:\d{2}(?::\d{2})?\s*/\s*\d{1,2}:\d{2}(?::\d{2})?|"
    # A story's audio button with its running time ("Listen · 4:02", "4-Minute Listen").
    r"listen\s*[·•|-]\s*\d{1,2}:\d{2}(?::\d{2})?|\d{1,3}[-\s]min(?:ute)?s?\s+listen|playlist|embed|"
    # Indonesian and Romanian: "listen to this news", "listen to the article".
    r"dengarkan(?:\s+(?:berita|artikel)\s+ini)?|ascultă(?:\s+articolul)?|"
    # Korean: "listen to the article".
    r"기사\s?듣기)$"
)
# Under a player's controls, lines that alone could be a heading ("Transcript") or another
# widget's button ("Download").
_PLAYER_MENU_RE = re.compile(
    r"(?i)^(?:download|transcript|share|more\s+options|"
    # The note that a machine reads the text ("Automatically generated voice. Give us feedback
    # on the voice.", "Voiced by artificial intelligence.").
    r"(?:an?\s+)?(?:automatically|computer|machine|ai)[\s-]generated\s+(?:voice|audio|speech)\b.{0,80}|"
    r"voiced\s+by\s+(?:artificial\s+intelligence|ai)\b.{0,80}|"
    # The full-screen button: English, Portuguese, Spanish, French, German, Italian.
    r"full\s*screen|tela\s+cheia|pantalla\s+completa|plein\s+écran|vollbild|schermo\s+intero)$"
)
_PLAYER_PROGRESS_RE = re.compile(r"^\d{1,2}:\d{2}(?::\d{2})?\s*/\s*\d{1,2}:\d{2}(?::\d{2})?$")


def is_player_progress(line: str) -> bool:
    """A player's position over its running time ("0:00 / 2:47")."""
    return line[:1].isdigit() and bool(_PLAYER_PROGRESS_RE.match(line))


@opens_like(_PLAYER_CONTROL_RE)
def is_player_control(line: str) -> bool:
    """Drop an audio or video player's controls and platform links ("Listen on Apple
    Podcasts", "RSS Feed", "Play episode", "00:00 / 42:18", "1x", "Download MP3")."""
    return word_count(line) <= 8 and bool(_PLAYER_CONTROL_RE.match(line))


_MEDIA_TIMESTAMP_RE = re.compile(r"^[\[(]?\d{1,2}:\d{2}(?::\d{2})?[\])]?$")


def is_player_menu_item(line: str) -> bool:
    """A button of an audio player's menu, read as one only right under its other controls."""
    return is_player_control(line) or bool(_PLAYER_MENU_RE.match(line))


_SHOW_LINE_RE = re.compile(r"^(?:[Aa]s\s+)?[Hh]eard\s+on\s+(?:[A-Z0-9][\w'’&.-]*\s*){1,6}$")


@opens_like(_SHOW_LINE_RE)
def is_show_line(line: str) -> bool:
    """The broadcast a story was aired on ("Heard on Morning Edition"), under its headline:
    a programme credit, not the section."""
    return len(line) <= 80 and bool(_SHOW_LINE_RE.match(line))


_CAPTION_CONTROL_RE = re.compile(
    r"(?i)^(?:enlarge|expand|hide|show|toggle|close)\s+(?:this\s+)?(?:image|photo|caption)$"
    # Indonesian: "view photo".
    r"|^lihat\s+foto$"
    # A wire photo's licensing link under its caption: "Purchase licensing rights".
    r"|^(?:purchase|buy)\s+(?:licensing\s+rights|(?:this\s+)?(?:photo|image|picture))$"
)


@opens_like(_CAPTION_CONTROL_RE)
def is_caption_control(line: str) -> bool:
    """An image's own buttons ("Enlarge this image", "hide caption", "toggle caption"): part
    of the image block with its caption and credit."""
    return len(line) <= 30 and bool(_CAPTION_CONTROL_RE.match(line))


@opens_like(_MEDIA_TIMESTAMP_RE)
def is_media_timestamp(line: str) -> bool:
    """Drop a transcript's time code on a line of its own ("00:12:30", "[04:12]")."""
    return len(line) <= 10 and bool(_MEDIA_TIMESTAMP_RE.match(line))


_TRANSCRIPT_END_RE = re.compile(
    r"(?i)^\((?:the\s+)?(?:press\s+)?(?:briefing|conference|meeting|session|hearing|interview|"
    r"news\s+conference|event)\s+(?:was\s+)?(?:concluded|ended|adjourned|closed)\b[^()]*\)$"
)
TRANSCRIPT_END_MAX_WORDS = 15


@opens_like(_TRANSCRIPT_END_RE)
def is_transcript_end(line: str) -> bool:
    """Drop a transcript's closing note ("(The briefing was concluded at 2:41 p.m.)"): the
    record's end mark, like a release's "###", not something said."""
    return line[:1] == "(" and bool(_TRANSCRIPT_END_RE.match(line))


@opens_like(_SEPARATOR_LINE_RE)
def is_separator_line(line: str) -> bool:
    """Drop a line of nothing but separator marks ("·", "--", "* * *"): layout between
    widgets or sections, with no text of its own ("###", a release's end mark, is left to the
    release's tail)."""
    return bool(_SEPARATOR_LINE_RE.match(line))


@opens_like(_SEE_ALL_RE)
def is_see_all_link(line: str) -> bool:
    """Drop the link closing a teaser list ("See all from Jane Doe", "See more
    recommendations"): a link to another page of teasers, not a teaser."""
    return word_count(line) <= 8 and bool(_SEE_ALL_RE.match(line))


# The badge may follow a separator ("∙ Paid"), which is stripped.
@opens_like(_ACCESS_BADGE_RE, _SEPARATORS_RE)
def is_access_badge(line: str) -> bool:
    """Drop access badges by the date ("∙ Paid", "Premium"): a paywall marker, not a section."""
    spaced = _SEPARATORS_RE.sub(" ", line) if _has_separator(line) else line
    return bool(_ACCESS_BADGE_RE.match(spaced.strip(" ∙·•|")))


# The words that make a sentence a newsletter pitch.
_NEWSLETTER_WORDS = ("newsletter", "sign up", "your inbox", "nieuwsbrie", "рассылк", "뉴스레터")


# Several passes ask this of the same lines.
@lru_cache(maxsize=65536)
def is_newsletter_box(line: str) -> bool:
    """Drop newsletter pitches ("Sign up for our daily briefing"); short lines only.

    A lone "Subscribe" button is site chrome, not a newsletter box. A pitch to subscribe to the
    blog itself ("Thanks for reading X! Subscribe for free to receive new posts") counts even
    when it reads as a sentence.
    """
    if word_count(line) > 35 or is_chrome_word(line):
        return False
    if has_keyword(line, _SUBSCRIBE_PITCH_NEEDS) and _SUBSCRIBE_PITCH_RE.search(line):
        return True
    return (
        has_keyword(line, _NEWSLETTER_NEEDS)
        and bool(_NEWSLETTER_RE.search(line))
        and (not is_prose(line) or any(map(line.casefold().__contains__, _NEWSLETTER_WORDS)))
    )


def is_newsletter_heading(line: str) -> bool:
    """A newsletter box that names the newsletter ("Abonează-te la newsletter", "Sign up for
    our newsletter"), not just an email field or a subscribe button: it opens a box of its own."""
    return is_newsletter_box(line) and any(map(line.casefold().__contains__, _NEWSLETTER_WORDS))


_BOX_LINE_RE = re.compile(
    r"(?i)\b(?:e-?mail|privacy\s+notice|free\s+(?:daily|weekly)\b|keep\s+up\s+to\s+date\s+with|"
    r"unsubscribe|recaptcha|correo\s+electr[oó]nico|en\s+tu\s+correo|"
    # Czech: "… každé ráno do vaší schránky" (to your inbox), "Přihlásit k odběru" (subscribe).
    r"do\s+(?:vaší|své)\s+(?:e-?mailové\s+)?schránky|k\s+odběru|"
    # The form's own messages once the button is pressed, its thanks or its error.
    r"thank(?:s|\s+you)\s+for\s+(?:subscribing|signing\s+up)|"
    r"^something\s+went\s+wrong\b.{0,20}\btry\s+again|"
    # The data-protection note under the sign-up button: "We care about the protection of your
    # data. Read our Privacy Policy."
    r"(?:protection|privacy)\s+of\s+your\s+(?:personal\s+)?data|we\s+(?:care\s+about|respect)\s+"
    r"your\s+privacy|read\s+our\s+privacy\s+(?:policy|notice))"
)
NEWSLETTER_LINE_MAX_WORDS = 45


def is_newsletter_line(line: str) -> bool:
    """Any line of a newsletter box, prose included ("Get our best stories in your inbox",
    "Our morning email breaks down the day's stories")."""
    return (
        bool(_NEWSLETTER_RE.search(line) or _BOX_LINE_RE.search(line))
        and word_count(line) <= NEWSLETTER_LINE_MAX_WORDS
    ) or is_chrome_word(line)


# Cached: claim_widgets and _single_line_reason both ask it of the same lines.
@lru_cache(maxsize=65536)
def is_paywall(line: str) -> bool:
    """Drop paywall and subscription interstitials ("Subscribe to continue reading").

    The word count comes first: it is known for every line, while folding a paragraph for
    the hints is not free.
    """
    if word_count(line) > 50 or not any(map(casefolded(line).__contains__, _PAYWALL_HINTS)):
        return False
    return bool(_PAYWALL_RE.search(line) or _SUBSCRIPTION_OFFER_RE.match(line))


_REPUBLISH_LINE_RE = re.compile(
    r"(?i)creative\s+commons|\blicen[cs]ed\s+under\b|\brepublish|^copy\s+(?:to\s+clipboard|html|"
    r"(?:the\s+)?(?:code|text))$"
)
REPUBLISH_LINE_MAX_WORDS = 80


def is_republish_line(line: str) -> bool:
    """A line of a "Republish this article" box: the licence and its copy button."""
    return word_count(line) <= REPUBLISH_LINE_MAX_WORDS and bool(_REPUBLISH_LINE_RE.search(line))


# "Nikkei 225 39,812.45 +245.61 (+0.62%)", "USD/JPY 148.21 -0.35": an index or a rate, its
# level and its signed change.
_MARKET_QUOTE_RE = re.compile(
    r"^[A-Z][\w&./ -]{1,30}?\s+\d[\d,]*(?:\.\d+)?\s+[+\-−▲▼]\s?\d[\d,]*(?:\.\d+)?%?"
    r"(?:\s+\(?[+\-−]?\d+(?:\.\d+)?%\)?)?$"
)


# "USD 41,52 ▲ EUR 48,31 ▼": currency codes, each with its rate and the arrow of its move.
# "Curs BNR: EUR 4,9771 | USD 4,5783": the same under a short label, split by bars;
# "USD/PEN 3.76 | BOB/PEN 0.54": pairs of codes and their rates.
_CURRENCY_ROW_RE = re.compile(
    r"^(?:[^\W\d][\w ]{1,20}:\s*)?(?:[A-Z]{3}(?:/[A-Z]{3})?\s+\d[\d.,]*\s*[▲▼↑↓]?\s*\|?\s*){2,6}$"
)


@opens_like(_MARKET_QUOTE_RE, _CURRENCY_ROW_RE)
def is_market_quote(line: str) -> bool:
    """Drop a market ticker's entry: not the article's, whatever page it sits on."""
    return bool(_MARKET_QUOTE_RE.match(line) or _CURRENCY_ROW_RE.match(line))


# "USD 498.12": one currency code and its rate, which a header stacks one a line. Alone it may
# be anything ("USD 41,52" in a table), so the caller asks for a neighbour of the same shape.
_CURRENCY_RATE_RE = re.compile(r"^[A-Z]{3}\s+\d{1,6}[.,]\d{2,4}\s*[▲▼↑↓]?$")


def is_currency_rate(line: str) -> bool:
    return len(line) <= 20 and bool(_CURRENCY_RATE_RE.match(line))


# "Dólar BNA $1.395 | Blue $1.440": the exchange rates a header prints, each a name and a price.
_RATE_RE = re.compile(r"^[^\W\d][\w./ -]{0,25}?\s+(?:[$€£¥₹]|US\$|R\$)\s?\d[\d.,]*$")
_CURRENCY_SIGNS = "$€£¥₹"


def is_rate_ticker(line: str) -> bool:
    """Drop a row of two or more rates or prices, each a name and an amount: a header's
    currency or fuel ticker."""
    if len(line) > 120 or not (
        "$" in line if line.isascii() else any(map(line.__contains__, _CURRENCY_SIGNS))
    ):
        return False
    parts = _separated_parts(line)
    return len(parts) >= 2 and all(_RATE_RE.match(p) for p in parts)


# "Buenos Aires 17°C", "Madrid 21 °C", "Astana +2°C": a header's weather widget, a place and its
# temperature, signed or not.
# A bare temperature ("54°") is left to the lines around it, which may name its place.
_WEATHER_RE = re.compile(r"^(?:[^\W\d][\w.'’-]*\s+){1,3}[+\-−]?\d{1,2}(?:[.,]\d)?\s?°\s?[CF]?$")


@opens_like(_WEATHER_RE)
def is_weather_widget(line: str) -> bool:
    """Drop a weather widget's line: a place and its temperature."""
    return "°" in line and len(line) <= 40 and bool(_WEATHER_RE.match(line))


# A browser's translation bar and rating box, printed with the page it translated.
_TRANSLATION_BAR_RE = re.compile(
    r"(?i)^(?:translated\s+(?:from\s+\w+\s+)?(?:by|with)\s+google(?:\s+translate)?|original\s+text|"
    r"rate\s+this\s+translation)$"
)
_TRANSLATION_BAR_LINE_RE = re.compile(
    r"(?i)^(?:show\s+original|options|original\s+text|rate\s+this\s+translation|"
    r"turn\s+off\s+(?:the\s+)?translation|always\s+translate\s+\w+|"
    r"your\s+feedback\s+will\s+be\s+used\s+to\s+help\s+improve\s+google\s+translate\.?)$"
)


def is_translation_bar(line: str) -> bool:
    """A browser translation bar's first line ("Translated from Arabic by Google")."""
    return bool(_TRANSLATION_BAR_RE.match(line))


def is_translation_bar_line(line: str) -> bool:
    """Its other lines: "Show original", "Options", "Rate this translation" …"""
    return bool(_TRANSLATION_BAR_LINE_RE.match(line))


# An air-raid alert ticker over a Ukrainian site's menu.
_ALERT_TICKER_RE = re.compile(
    r"(?i)^(?:air[- ]raid\s+alerts?|active\s+now:\s.{3,200}|alert\s+(?:started|ended)\b.{0,40}|"
    r"alert\s+map|all\s+clear)$"
)


def is_alert_ticker(line: str) -> bool:
    return bool(_ALERT_TICKER_RE.match(line))


_JUMP_LINE_RE = re.compile(
    r"(?i)^(?:see\s+\S.{0,30}?\s+on\s+page\s+\d+|continued\s+(?:from|on)\s+page\s+\d+|"
    r"(?:please\s+)?turn\s+to\s+page\s+\d+)\.?$"
)


# "Column 214", "Col. 58WH": the printed volume's column, leaking into a parliamentary record.
_PRINT_COLUMN_RE = re.compile(r"^Col(?:umn|\.)?\s+\d{1,5}(?:[A-Z]{1,3})?$")


@opens_like(_PRINT_COLUMN_RE)
def is_print_column(line: str) -> bool:
    """Drop a print column number ("Column 214") in the text of an official report."""
    return line[:3] == "Col" and bool(_PRINT_COLUMN_RE.match(line))


# A post's link to an earlier one, behind a pin ("📌 Earlier: <title> — t.me/channel/48190",
# "📌 <title> — t.me/channel/47322"): an optional label, the title, and the post's address.
_PINNED_TEASER_RE = re.compile(
    r"^(?:(?i:earlier|previously|read\s+(?:also|more)|also\s+read|see\s+also|related)\s*:\s*)?"
    r"(?P<title>\S.{8,200}?)\s+[—–]\s+(?:https?://)?[\w-]+(?:\.[\w-]+)+/\S+$"
)
PINNED_TEASER_MIN_WORDS = 3


def pinned_teaser(line: str) -> str | None:
    """The title of a teaser a post pins under its text, after a pictogram and ending in the
    other post's address; None for any other line."""
    if line[:1] < "\u2190" or "/" not in line:
        return None
    match = _PINNED_TEASER_RE.match(without_pictograms(line))
    if not match:
        return None
    title = match["title"]
    return title if word_count(title) >= PINNED_TEASER_MIN_WORDS else None


@opens_like(_JUMP_LINE_RE)
def is_jump_line(line: str) -> bool:
    """Drop a print story's jump lines ("See LIBRARY on page 6", "Continued from page 1"):
    the paper's pages, not the article's text."""
    return bool(_JUMP_LINE_RE.match(line))


_REACTION_PROMPT_RE = re.compile(
    r"(?i)^(?:how\s+does\s+this\s+(?:story\s+|article\s+)?make\s+you\s+feel|what\s+do\s+you\s+"
    r"think\s+(?:of|about)\s+this\s+(?:story|article)|react\s+to\s+this\s+(?:story|article)|"
    # Korean: "I recommend this article", over the emotion buttons and their counts.
    r"이\s?기사를\s?추천합니다)\??$"
)
REACTION_MAX_WORDS = 2
# An answer with its count: "좋아요 24", "후속기사 원해요 12" ("I want a follow-up").
_REACTION_COUNT_RE = re.compile(r"^\S+(?:\s\S+)?\s\d{1,7}$")


def is_reaction_answer(line: str) -> bool:
    """One of a reaction widget's answers under its question ("Happy", "Don't care")."""
    return word_count(line) <= REACTION_MAX_WORDS


def is_counted_reaction_answer(line: str) -> bool:
    """An answer with its count: once the first answer prints one, they all do, and the share
    buttons under the widget ("공유하기", "카카오톡") are not its answers."""
    return bool(_REACTION_COUNT_RE.match(line))


def is_reaction_prompt(line: str) -> bool:
    """A reader-reaction widget's question ("How does this make you feel?"), over its answers
    ("Happy", "Sad", "Don't care")."""
    return bool(_REACTION_PROMPT_RE.match(line))


_ORIGINAL_TITLE_RE = re.compile(
    r"(?i)^(?:original\s+(?:title|headline)|titre\s+original|originaltitel|título\s+original|"
    r"titolo\s+originale)\s*:\s*\S"
)
ORIGINAL_TITLE_MAX_WORDS = 40


@opens_like(_ORIGINAL_TITLE_RE)
def is_original_title(line: str) -> bool:
    """Drop a translation's note of the title it had in its own language ("Original title:
    «…»"): the article's title is the English one."""
    return word_count(line) <= ORIGINAL_TITLE_MAX_WORDS and bool(_ORIGINAL_TITLE_RE.match(line))


_DOWNLOAD_LINK_RE = re.compile(
    r"(?i)^(?:download\b.{0,100}|"
    # A document's short title with its format ("Hearing Memo (PDF)", "Witness List (PDF)").
    r"[^().!?]{2,60})\(\s*(?:pdf|epub|docx?|xlsx?|csv|zip)\b[^)]{0,30}\)$"
)


def is_download_link(line: str) -> bool:
    """Drop a link to a file ("Download the full report (PDF, 2.1 MB)", "Hearing Memo (PDF)"):
    not a heading, nor a byline."""
    return line[-1:] == ")" and bool(_DOWNLOAD_LINK_RE.match(line))


# A name with an email address or a telephone number, or a label with the press office's
# web address ("Photographs and video for media use: media.example.org").
_CONTACT_LINE_RE = re.compile(
    r"@[\w-]+\.\w|\+?\(?\d[\d ().-]{7,}\d"
    r"|:\s+(?:https?://)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}(?:/\S*)?$"
)


def is_contact_line(line: str) -> bool:
    """A press contact's line: a name with an address or a telephone number, or where the
    press office puts its pictures."""
    return word_count(line) <= 40 and bool(_CONTACT_LINE_RE.search(line))


_PRINTED_ADDRESS_RE = re.compile(
    r"(?i)^(?:(?:article|source|page|story)\s+)?(?:url|link|address|permalink)\s*:\s*https?://\S+$"
)


@opens_like(_PRINTED_ADDRESS_RE)
def is_printed_address(line: str) -> bool:
    """Drop the page's own address that a print view prints under the article ("URL:
    https://…"): not a link of the author's bio above it."""
    return bool(_PRINTED_ADDRESS_RE.match(line))


_NOTICE_PROMO_RE = re.compile(
    r"(?i)^place\s+(?:a|an|your)\s+(?:[\w-]+\s+){0,3}?(?:notice|announcement|tribute|"
    r"classified\s+ad)s?\b"
)
NOTICE_PROMO_MAX_WORDS = 20


def is_notice_promo(line: str) -> bool:
    """The paper's offer to print readers' notices under an obituary ("Place a death notice
    or an in memoriam announcement in The Courier", "Place an announcement")."""
    return bool(_NOTICE_PROMO_RE.match(line)) and word_count(line) <= NOTICE_PROMO_MAX_WORDS


_COMMENTS_CLOSED_RE = re.compile(
    r"(?i)^comments\s+(?:are|have\s+been)\s+(?:closed|disabled|turned\s+off)"
    r"(?:\s+(?:on|for)\s+(?:this\s+(?:article|story|post|page)|(?:all\s+)?(?:opinion\s+)?"
    r"(?:pieces|articles|stories|posts|columns|commentaries|op-eds)))?\.?$"
)


COMMENTS_CLOSED_MAX_WORDS = 10
# The site's rules for its comment threads ("Disclaimer: … while moderating your comments. …",
# "The views expressed in comments published on … are those of the comment writers alone").
_COMMENT_POLICY_RE = re.compile(
    r"(?i)^(?:disclaimer\s*:\s*)?.{0,200}?\b(?:moderat\w*\s+(?:your\s+|all\s+|the\s+)?comments|"
    r"comments\s+(?:will\s+be|are)\s+(?:moderated|reviewed))\b"
    r"|^the\s+views\s+expressed\s+in\s+(?:the\s+)?comments\b"
)
COMMENT_POLICY_MAX_WORDS = 90


def is_comment_policy(line: str) -> bool:
    folded = casefolded(line)
    return (
        "comment" in folded
        and ("moderat" in folded or "views expressed" in folded or "reviewed" in folded)
        and bool(_COMMENT_POLICY_RE.match(line))
    )


@opens_like(_COMMENTS_CLOSED_RE)
def is_comments_closed(line: str) -> bool:
    """Drop "Comments are closed on this article": the thread's place, empty."""
    return bool(_COMMENTS_CLOSED_RE.match(line))


_COMMENTS_OFF_REASON_RE = re.compile(
    r"(?i)\bcomments?\s+(?:have\s+been|has\s+been|are|is)\s+(?:switched\s+off|turned\s+off|"
    r"disabled|closed|suspended)\b"
)
COMMENTS_OFF_REASON_MAX_WORDS = 40


def is_comments_off_reason(line: str) -> bool:
    """Why the thread under a "Comments are closed" line is shut ("Because these court
    proceedings are active, comments have been switched off …"): the thread's place too."""
    return word_count(line) <= COMMENTS_OFF_REASON_MAX_WORDS and bool(
        _COMMENTS_OFF_REASON_RE.search(line)
    )


# A court report's note of what may not be published ("Reporting restrictions: an order made
# under section 46 … means the residents … may not be identified"): a legal notice, not the story.
_REPORTING_RESTRICTIONS_RE = re.compile(r"(?i)^reporting\s+restrictions?\s*(?::|apply\b)")
REPORTING_RESTRICTIONS_MAX_WORDS = 80


@opens_like(_REPORTING_RESTRICTIONS_RE)
def is_reporting_restrictions(line: str) -> bool:
    return line[:1] in "Rr" and bool(_REPORTING_RESTRICTIONS_RE.match(line))


_LIFE_DATES_RE = re.compile(
    r"^[A-Z][^,]{2,80},\s+(?:born|b\.)\s+[^,]{4,40}?\b\d{4},\s+(?:died|d\.)\s+[^,]{4,40}?"
    r"\b\d{4}\.?$"
)


def is_life_dates(line: str) -> bool:
    """An obituary's closing line ("Helena Margaret Marsh, born February 14 1938, died
    October 28 2025"): article text, though it has no full stop."""
    return bool(_LIFE_DATES_RE.match(line))


def is_subscription_line(line: str) -> bool:
    """A paywall box's button, price or sign-in line ("Subscribe Now", "$49.95 for one
    year", "Give a gift subscription"), or another of its pitches."""
    if word_count(line) <= SUBSCRIPTION_LINE_MAX_WORDS and _SUBSCRIPTION_LINE_RE.search(line):
        return True
    return is_paywall(line) or is_chrome_word(line)


# The offer under a box's "Subscribe to the magazine": a price, and what it buys or for how
# long ("Four print issues a year, plus full digital access, from $39.").
_OFFER_PRICE_RE = re.compile(r"[$€£₹₪]\s?\d|\d\s?(?:€|USD|EUR|GBP)\b")
_OFFER_TERMS_RE = re.compile(
    r"(?i)\b(?:(?:print\s+)?issues?|digital\s+access|unlimited\s+access|subscription|"
    r"(?:a|per|each|every)\s+(?:year|month|week)|annually|monthly|cancel\s+any\s?time)\b"
)
SUBSCRIPTION_OFFER_MAX_WORDS = 20


def is_subscription_price(line: str) -> bool:
    """A subscription offer's price line, asked only of the lines under a pitch to subscribe:
    short, with a price and the issues or access it buys."""
    return (
        word_count(line) <= SUBSCRIPTION_OFFER_MAX_WORDS
        and _OFFER_PRICE_RE.search(line) is not None
        and _OFFER_TERMS_RE.search(line) is not None
    )


def is_subscription_box_title(line: str) -> bool:
    """The name over a subscription offer ("Get the Magazine")."""
    return (
        word_count(line) <= SUBSCRIPTION_BOX_TITLE_MAX_WORDS
        and not ends_sentence(line)
        and bool(_SUBSCRIPTION_BOX_TITLE_RE.match(line))
    )


@lru_cache(maxsize=65536)
def is_image_credit(line: str) -> bool:
    """Drop image captions that carry a credit ("Photo: AFP", "… (Reuters)", "Getty Images").

    A wire dateline at the start of a paragraph ("KABUL (AP) — …") is article text and kept.
    """
    if len(line) > 400 or _DATELINE_RE.match(line):
        return False
    return bool(
        _FOLDED_CREDIT_LEAD_RE.match(keyword_text(line))
        or word_count(line) <= SCREENSHOT_CAPTION_MAX_WORDS
        and _SCREENSHOT_CAPTION_RE.match(line)
        or _may_end_in_credit(line)
        and (
            _FOLDED_CREDIT_TAIL_RE.search(keyword_text(line))
            # Each agency credit has a slash or a bracket: a line with a colon alone is none.
            or ("/" in line or "(" in line)
            and _AGENCY_CREDIT_TAIL_RE.search(line)
        )
        or line[-1:] == "]"
        and _bracketed_credit(line)
        or line[-1:] == ")"
        and _caseless_credit(line)
        or line[-1:] in _AGENCY_AFTER_CAPTION_ENDS
        and _AGENCY_AFTER_CAPTION_RE.search(line) is not None
        or line[-1:] in _CJK_CREDIT_ENDS
        and _CJK_CREDIT_TAIL_RE.search(line) is not None
    )


# "…国防相＝2025年3月12日、ロンドン、佐藤健一撮影": a Japanese caption closes with an equals
# sign and who took the picture ("…撮影", photographed by) or supplied it ("…提供"), a Chinese
# one with the photographer in brackets ("（新华社记者 王鹏 摄）") or after the caption's last
# full stop ("…对话。新华社记者 张伟 摄").
_CJK_CREDIT_TAIL_RE = re.compile(
    r"＝[^＝。]{1,60}(?:撮影|提供)$|[（(][^（）()]{1,40}摄[）)]$"
    r"|。[^。（）()]{0,10}(?:记者|摄影)\s?[\u4e00-\u9fff·]{2,8}(?:\s[\u4e00-\u9fff·]{2,8})*\s?摄$"
)
_CJK_CREDIT_ENDS = frozenset("影供）)摄")
# "Des manifestants à Bamako, le 28 novembre 2025. AFP": the agency alone after the caption's
# last full stop, as French papers credit.
_AGENCY_AFTER_CAPTION_NAMES = ("AFP", "AP", "REUTERS", "EPA")
_AGENCY_AFTER_CAPTION_RE = re.compile(rf"(?<=[.!?])\s+(?:{'|'.join(_AGENCY_AFTER_CAPTION_NAMES)})$")
# Their last letters: most paragraphs end in none of them and skip the search.
_AGENCY_AFTER_CAPTION_ENDS = frozenset(name[-1] for name in _AGENCY_AFTER_CAPTION_NAMES)


# "… في عمّان (الأفق/ محمد الخطيب)": the agency or paper, a slash, and the photographer, in
# brackets closing a short caption in a script without capitals (Arabic, Hebrew, Persian),
# where the capitalised credit patterns above cannot see names.
_CASELESS_WORD = r"[\u0590-\u05ff\u0600-\u06ff\u0750-\u077f\ufb1d-\ufdff\ufe70-\ufeff]+"
_CASELESS_CREDIT_RE = re.compile(
    rf"\((?:{_CASELESS_WORD}\s+){{0,3}}{_CASELESS_WORD}\s*/\s*(?:{_CASELESS_WORD}\s+){{0,3}}"
    rf"{_CASELESS_WORD}\)$"
)
CASELESS_CAPTION_MAX_WORDS = 30


def _caseless_credit(line: str) -> bool:
    """Whether a short caption ends in a bracketed "Agency/ Photographer" credit in a script
    without capitals."""
    start = line.rfind("(")
    return (
        start > 0
        and word_count(line) <= CASELESS_CAPTION_MAX_WORDS
        and bool(_CASELESS_CREDIT_RE.match(line, start))
    )


# Each way the credit tail patterns can match needs one of these: the bracket of "(Reuters)", the
# slash of "/ AFP", the colon of "Photo: …", Getty, Shutterstock, Alamy, a photo bank, "Fot."
# or "[Hanbit photo]".
_CREDIT_TAIL_NEEDS = (
    "(",
    "/",
    ":",
    "©",
    "photo |",
    "getty",
    "shutterstock",
    "alamy",
    "bank",
    "fot.",
    "photo by",
    "picture by",
    "courtesy of",
    "photo]",
    "photos]",
    "filepic",
    "file pic",
    "file photo",
)
# "… in September. [InTime News]", "… in June. [Pyxida/Nikos Vlachos]": the agency, or the
# paper and its photographer, in square brackets after the caption's last sentence. Two names
# at least, so that a transcript's "[Applause]" is no credit.
_BRACKETED_CREDIT_RE = re.compile(r"\[[A-Z][\w&'’.-]*(?:(?:\s+|\s*/\s*)[A-Z][\w&'’.-]*){1,4}\]$")


def _bracketed_credit(line: str) -> bool:
    """Whether the caption ends in a bracketed credit after its full stop."""
    start = line.rfind(". [")
    return start > 0 and bool(_BRACKETED_CREDIT_RE.match(line, start + 2))


def _may_end_in_credit(line: str) -> bool:
    """Whether a credit tail pattern can match: most paragraphs have none of what it needs, and
    searching one tries a match at every position."""
    return has_keyword(line, _CREDIT_TAIL_NEEDS)


_CREDIT_LINE_RE = re.compile(
    r"^(?P<name>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3})\s*(?:/|\s+for\s+)\s*"
    r"(?:the\s+)?[A-Z][\w&.'’ ]{1,40}$"
)


# "[AP=연합뉴스]", "[연합뉴스 자료사진]", "[사진=청와대 제공]": Korean papers credit a photo under
# its caption in square brackets, naming the agency (Yonhap, Newsis, News1, Reuters), the
# source that supplied it ("제공") or the word "photo" and an equals sign before the source.
_KOREAN_PHOTO_CREDIT_RE = re.compile(
    r"^\[[^\[\]]{0,30}(?:연합뉴스|뉴시스|뉴스1|로이터|제공|자료사진|사진\s?=)[^\[\]]{0,20}\]$"
)
_BARE_PHOTO_CREDIT_RE = re.compile(
    r"(?i)^(?:submitted|contributed|courtesy|file|staff|supplied|handout)\s+"
    r"(?:photo(?:graph)?|image|picture)s?$"
)


def photo_credit_line(line: str) -> bool:
    """A photographer's credit on a line of its own ("Jonas Berg for The Weekly Lens",
    "Jane Doe/Getty Images", "Submitted photo"): it closes an image caption. The word count,
    known for every line, rules out paragraphs before the pattern is tried."""
    if word_count(line) > 10:
        return False
    if _BARE_PHOTO_CREDIT_RE.match(line) or _AGENCY_CREDIT_LINE_RE.match(line):
        return True
    if line[:1] == "[" and _KOREAN_PHOTO_CREDIT_RE.match(line):
        return True
    match = _CREDIT_LINE_RE.match(line)
    return bool(match) and is_person_name(match["name"]) and not slashed_job_byline(line)


def is_foreign_caption(line: str, main_script: str) -> bool:
    """Drop short non-prose lines partly in another script: image captions copied with alt text."""
    return not is_prose(line) and foreign_script_share(line, main_script) >= 0.1


def is_source_caption(line: str) -> bool:
    """An image caption ending in its source ("Putin in 2013 - BBC News"); only used after the
    article, where a heading can no longer follow."""
    return bool(_SOURCE_SUFFIX_RE.search(line)) and not ends_sentence(line)


def is_lead_in(line: str) -> bool:
    """A sentence of the article that introduces the table or list under it ("Here is how
    the main sources compared over the last two winters:"), not a caption: it ends in a colon
    and reads as running text, not as a title."""
    return line.endswith(":") and word_count(line) >= 8 and capital_ratio(line) < 0.5


def is_qa_line(line: str) -> bool:
    """Question-and-answer lines ("Q: …", "Name: …") are interview text and stay paragraphs."""
    return bool(_QA_RE.match(line))


_PEOPLE_LINE_RE = re.compile(
    r"(?i)^(?:guests?|hosts?|hosted\s+by|panel(?:ists)?|speakers?|featuring|presenters?)\s*:\s+\S"
)


def is_people_line(line: str) -> bool:
    """An episode's or event's cast ("Guest: Felix Brandt, professor of hydrology …"): a line
    of the notes, not a heading."""
    return bool(_PEOPLE_LINE_RE.match(line))


# A transcript's speaker label: the question's, or a name in capitals ("MR. OKAFOR:").
_TURN_LABEL_RE = re.compile(
    r"^(?:(?i:q|a|question|answer)|(?:(?:MR|MS|MRS|DR)\.\s+)?[A-Z][A-Z'’.-]+(?:\s+[A-Z][A-Z'’.-]+)"
    r"{0,2})\s*:\s+\S"
)


def is_heading_like(line: str) -> bool:
    """Short, unfinished, capitalised lines: section headings (when content follows them)."""
    n = word_count(line)
    if not 1 <= n <= 14 or len(line) > 120 or LIST_ITEM_RE.match(line) or is_people_line(line):
        return False
    first = line[0]
    # A script without capitals (Arabic, Chinese) opens its headings with any letter; a line
    # ending in a colon, the full-width one too, leads into what follows.
    if line[-1] in ".,;:：；，" or not (
        first.isupper()
        or first.isdigit()
        or first in "“\"‘'"
        or first.isalpha()
        and not first.islower()
        and first.upper() == first.lower()
    ):
        return False
    if line.endswith("?") and capital_ratio(line) < 0.6 and n > 7:
        return False  # a short question alone ("What can be done?") is an explainer's heading
    if ":" in line and ends_sentence(line) and _TURN_LABEL_RE.match(line):
        return False  # "QUESTION: Will the Minister meet her counterpart in Lindmark?": a turn
    # "Scenario one: business as usual": a labelled heading, unfinished, where an interview's
    # "Name: answer" line is a sentence.
    return not is_qa_line(line) or capital_ratio(line) >= 0.6 or not ends_sentence(line) and n <= 8


def is_label(line: str) -> bool:
    """A category or genre label ("World", "UN peacekeepers", "Analysis"): one to four words,
    with letters in them (a bare "112" is a like or comment count)."""
    return (
        1 <= word_count(line) <= 4
        and any(c.isalpha() for c in line)
        and len(line) <= 40
        and not ends_sentence(line)
        and line[-1] not in ",;:"
        and not LIST_ITEM_RE.match(line)
    )


_GENRE_RE = re.compile(
    r"(?i)^(?:analysis|opinion|comment|commentary|interview|explainer|explainers|feature|features|"
    r"review|exclusive|breaking(?:\s+news)?|live|editorial|column|obituary|podcast|video|"
    r"fact[- ]check|q&a|essay|long read|investigation|special report|world exclusive|transcript|"
    # A hearing page's label over a witness's statement.
    r"(?:written\s+|prepared\s+)?testimony|statement\s+for\s+the\s+record)$"
)


def is_genre_label(line: str) -> bool:
    """A genre label ("Analysis", "Opinion"): a weaker section than a breadcrumb trail."""
    return bool(_GENRE_RE.match(line))


_STATUS_BADGE_RE = re.compile(
    r"(?i)^(?:live|breaking(?:\s+news)?|exclusive|developing(?:\s+story)?|just\s+in|updated|new|"
    r"pinned(?:\s+post)?|(?:past|upcoming|online|in-person)\s+event|on\s+demand)$"
)


def is_status_badge(line: str) -> bool:
    """A status badge over a headline ("Live", "Breaking") or a live page's first post
    ("Pinned"): it says what state the story is in, not which section it belongs to."""
    return bool(_STATUS_BADGE_RE.match(line))


def strip_numbering(text: str) -> str:
    # Numbering opens with a digit (\d: a decimal character) or a Roman numeral's letter;
    # every body line is stripped when the page has a table of contents, and most have none.
    first = text[:1]
    if not (first.isdecimal() or first in "ivxIVX"):
        return text
    return _NUMBERING_RE.sub("", text, count=1)


def is_injected_link_list(items: list[str], lead_in: str | None) -> bool:
    """Drop search-link lists injected into the body ("- Bomb Iran Lyrics").

    They are short Title Case phrases without punctuation that nothing introduces; a list after
    a line ending in ":", or with sentence-like or lower-case items, is content.
    """
    if lead_in and lead_in.rstrip().endswith(":"):
        return False
    return all(
        word_count(item) <= 9
        and not ends_sentence(item)
        and capital_ratio(item) >= 0.75
        and "," not in item
        for item in items
    )
