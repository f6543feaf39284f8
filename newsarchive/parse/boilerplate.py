"""German (and CMS) boilerplate vocabulary: what marks a block as not article text."""

from __future__ import annotations

import re

#: class/id tokens that mark non-article containers in common CMS templates.
BOILER_TOKENS = frozenset(
    [
        "share",
        "shares",
        "sharing",
        "sharebar",
        "social",
        "socials",
        "socialmedia",
        "sociallinks",
        "shariff",
        "newsletter",
        "newsletterbox",
        "subscribe",
        "subscription",
        "abo",
        "abobox",
        "aboangebot",
        "comment",
        "comments",
        "commentlist",
        "disqus",
        "respond",
        "discussion",
        "leserkommentare",
        "cookie",
        "cookies",
        "consent",
        "cmp",
        "gdpr",
        "privacy-banner",
        "breadcrumb",
        "breadcrumbs",
        "crumbs",
        "crumb",
        "ad",
        "ads",
        "advert",
        "advertisement",
        "adslot",
        "adunit",
        "adsense",
        "anzeige",
        "werbung",
        "sponsored",
        "sponsor",
        "promo",
        "promotion",
        "teaser",
        "teasers",
        "teaserbox",
        "outbrain",
        "taboola",
        "plista",
        "ligatus",
        "paywall",
        "paid-content-teaser",
        "offer",
        "related",
        "relatedarticles",
        "recommendations",
        "recommendation",
        "recommended",
        "empfehlung",
        "empfehlungen",
        "lesetipp",
        "lesetipps",
        "readmore",
        "weiterlesen",
        "morelinks",
        "mehrzumthema",
        "caption",
        "captions",
        "figcaption",
        "credit",
        "credits",
        "mediainfo",
        "imagecaption",
        "image-caption",
        "image",
        "img",
        "picture",
        "photo",
        "foto",
        "bild",
        "media",
        "copyright",
        "bildnachweis",
        "bildunterschrift",
        "imagecredit",
        "byline",
        "author",
        "authors",
        "autor",
        "autoren",
        "authorbox",
        "video",
        "videos",
        "player",
        "audio",
        "podcast",
        "audioplayer",
        "videoplayer",
        "sidebar",
        "aside",
        "marginal",
        "nav",
        "navigation",
        "navbar",
        "menu",
        "mainmenu",
        "submenu",
        "skiplink",
        "skiplinks",
        "footer",
        "pagefooter",
        "sitefooter",
        "popup",
        "modal",
        "overlay",
        "lightbox",
        "toolbar",
        "tools",
        "bookmark",
        "rating",
        "survey",
        "poll",
        "umfrage",
        "tags",
        "tag",
        "keywords",
        "tagcloud",
        "topics",
        "themen",
        "schlagworte",
        "pagination",
        "pager",
        "prevnext",
        "next-prev",
        "meta",
        "metadata",
        "info-line",
        "dateline",
        "timestamp",
        "gallery",
        "slider",
        "carousel",
        "widget",
        "infobox",
        "info-box",
        "infokasten",
        "factbox",
        "faktenbox",
    ]
)
#: tokens that are strong enough to drop a container even when it holds long text.
STRONG_TOKENS = frozenset(
    {
        "comment",
        "comments",
        "commentlist",
        "disqus",
        "respond",
        "leserkommentare",
        "cookie",
        "cookies",
        "consent",
        "cmp",
        "gdpr",
    }
)
#: tokens that mark a container as the article body; such a container is never dropped.
CONTENT_TOKENS = frozenset(
    [
        "articlebody",
        "article-body",
        "storybody",
        "story-body",
        "entry-content",
        "post-content",
        "artikeltext",
        "article-text",
        "textblock",
        "richtext",
        "content-body",
    ]
)

_SPLIT = re.compile(r"[\s_\-]+|(?<=[a-z])(?=[A-Z])")

#: Whole-block texts (lowercase, start) that are boilerplate wherever they occur.
BLOCK_PREFIXES = (
    "anzeige",
    "- anzeige",
    "mehr zum thema",
    "lesen sie auch",
    "lesen sie mehr",
    "lesen sie hier",
    "auch interessant",
    "das könnte sie auch interessieren",
    "das könnte sie interessieren",
    "weitere artikel",
    "weiterlesen",
    "mehr lesen",
    "zum thema",
    "mehr dazu",
    "mehr zu",
    "artikel teilen",
    "teilen",
    "diesen artikel teilen",
    "jetzt teilen",
    "seite teilen",
    "foto:",
    "fotos:",
    "bild:",
    "bilder:",
    "grafik:",
    "video:",
    "audio:",
    "quelle:",
    "©",
    "(c)",
    "copyright",
    "symbolbild",
    "symbolfoto",
    "zur startseite",
    "startseite",
    "newsletter",
    "jetzt abonnieren",
    "jetzt anmelden",
    "abonnieren sie",
    "melden sie sich",
    "hier klicken",
    "klicken sie hier",
    "hier geht es zum",
    "hier geht's zum",
    "kommentare",
    "kommentar schreiben",
    "kommentieren",
    "diskutieren sie mit",
    "wir verwenden cookies",
    "diese website verwendet cookies",
    "cookie",
    "um diesen inhalt zu sehen",
    "um externe inhalte anzuzeigen",
    "externer inhalt",
    "empfohlener redaktioneller inhalt",
    "an dieser stelle finden sie",
    "zur anmeldung",
    "bitte aktivieren sie javascript",
    "javascript ist deaktiviert",
    "ihr browser",
    "dieser artikel ist nur",
    "jetzt weiterlesen",
    "exklusiv für abonnenten",
    "sie haben bereits ein abo",
    "bereits abonnent",
    "zum angebot",
    "jetzt testen",
    "folgen sie uns",
    "folge uns",
    "mehr vom autor",
    "alle artikel von",
    "zur autorenseite",
    "themen:",
    "schlagworte:",
    "tags:",
    "stichworte:",
    "mehr aus",
    "verwandte beiträge",
    "meistgelesen",
    "meistgelesene",
    "top-themen",
    "topthemen",
    "nächster artikel",
    "vorheriger artikel",
    "zurück zur übersicht",
    "druckversion",
    "drucken",
    "merken",
    "artikel merken",
    "feedback",
    "fehler gefunden",
    "hinweis senden",
    "link kopieren",
    "hinterlassen sie eine antwort",
    "schreiben sie einen kommentar",
    "antworten",
    "podcast:",
    "hören sie",
    "jetzt anhören",
    "video abspielen",
    "audio abspielen",
    "zum video",
    "zur bildergalerie",
    "bildergalerie",
    "galerie",
    "ansehen",
    "mehr videos",
    "dpa-infocom",
    "stand:",
    "aktualisiert:",
    "veröffentlicht:",
    "erstellt:",
    "zuletzt aktualisiert",
    "lesezeit",
    "min. lesezeit",
    "minuten lesezeit",
    "bildrechte",
    "bildquelle",
    "hauptinhalt",
    "auf dieser seite",
    "weitere videos",
    "inhaltsverzeichnis",
    "sprungmarken",
    "zum inhalt",
    "zur navigation",
    "zum hauptinhalt",
    "direkt zum inhalt",
    "audio:",
    "hören:",
    "vorlesen",
    "artikel vorlesen",
    "artikel anhören",
    "dieser artikel wurde",
    "exklusiv für abonnenten",
    "ihre meinung ist uns wichtig",
    "sie lesen gerade",
    "e-paper",
    "jetzt herunterladen",
    "mehr lesekomfort",
    "weitere informationen",
    "nein danke",
    "dieses thema im programm",
    "sie sind hier",
    "passend zum artikel",
    "zur übersicht",
)
#: Exact short texts that are widget labels.
BLOCK_EXACT = frozenset(
    [
        "teilen",
        "twittern",
        "facebook",
        "twitter",
        "whatsapp",
        "e-mail",
        "email",
        "drucken",
        "mail",
        "linkedin",
        "xing",
        "pinterest",
        "telegram",
        "x",
        "kopieren",
        "mehr",
        "weiter",
        "zurück",
        "schließen",
        "akzeptieren",
        "ablehnen",
        "einstellungen",
        "anzeige",
        "werbung",
        "video",
        "audio",
        "podcast",
        "foto",
        "bild",
        "kommentare",
        "newsletter",
        "abonnieren",
        "anmelden",
        "login",
        "abmelden",
        "menü",
        "suche",
        "suchen",
        "home",
        "startseite",
        "merken",
        "teilen:",
        "share",
    ]
)

_PHOTO_CREDIT = re.compile(
    r"^(?:\(?(?:foto|fotos|bild|bilder|grafik|illustration|quelle|video)\s*:|©|\(c\)|copyright\b"
    r"|(?:abbildung|abb\.|grafik|bild|tabelle)\s*\d+\s*[:.]\s)",  # "Abbildung 4: Schwachschicht"
    re.I,
)
_TRAILING_CREDIT = re.compile(
    r"(?:©|foto:|bild:)\s*[\w .,/&|-]{0,60}$|"
    r"\b(?:imago(?: images)?|picture alliance|getty images|dpa|afp|reuters|keystone|apa)"
    r"\s*(?:/\s*[\w .-]+)?\)?$",
    re.I,
)


_MODIFIER_PREFIXES = (
    "has-",
    "has_",
    "is-",
    "is_",
    "with-",
    "no-",
    "tag-",
    "category-",
    "cat-",
    "format-",
    "type-",
    "status-",
    "postid-",
    "post-template",
    "page-template",
    "single-",
    "theme-",
    "template-",
    "js-",
    "u-",
    "elementor-",
)


def class_tokens(value: str) -> set[str]:
    """Lowercase tokens of a class/id string ("article-share_bar" → article, share, bar)."""
    value = value.strip()
    if not value:
        return set()
    out = set()
    for part in value.split():
        low = part.lower()
        if low.startswith(_MODIFIER_PREFIXES):
            continue  # state or taxonomy classes: "has-comments", "tag-related", "is-hidden"
        out.add(low)
        for tok in _SPLIT.split(part):
            if tok:
                out.add(tok.lower())
    return out


#: Long notices (consent, paywall, JS) that may run to a few sentences.
LONG_NOTICE_PREFIXES = (
    "wir verwenden cookies",
    "diese website verwendet cookies",
    "um diesen inhalt zu sehen",
    "um externe inhalte anzuzeigen",
    "an dieser stelle finden sie",
    "empfohlener redaktioneller",
    "bitte aktivieren sie javascript",
    "dieser artikel ist nur",
    "exklusiv für abonnenten",
    "mit dem laden des inhalts akzeptieren",
    "mit ihrer zustimmung",
    "ich bin damit einverstanden",
    "sie sind bereits abonnent",
    "jetzt abonnieren",
    "melden sie sich für unseren newsletter",
    "wir respektieren deine privatsphäre",
    "wir respektieren ihre privatsphäre",
    "bei den verlinkungen handelt es sich",
    "die mit einem symbol oder unterstreichung",
    "personenbezogene daten können",
    "an dieser stelle findest du",
    "bitte registrieren sie sich",
    "if you enjoyed reading",
    "mit diesem button",
    "affiliate-links",
    "*affiliate",
    "wenn sie über diese links",
    "(noch keine bewertungen)",
    "noch keine bewertungen",
    "keine kommentare",
    "dieses skript als pdf",
    "mehr kolumnen",
    "weitere tourentipps",
)
#: Headings that open a teaser or service section (its short items follow).
SECTION_STARTERS = (
    "mehr zum thema",
    "lesen sie auch",
    "auch interessant",
    "das könnte sie auch",
    "das könnte dich auch",
    "das thema könnte",
    "ähnliche beiträge",
    "ähnliche artikel",
    "verwandte beiträge",
    "verwandte artikel",
    "weitere artikel",
    "weitere beiträge",
    "mehr aus",
    "mehr zu",
    "empfehlungen",
    "unsere empfehlung",
    "meistgelesen",
    "kommentare",
    "keine kommentare",
    "weiterführende",
    "weitere informationen",
    "weitere infos",
    "mehr vom autor",
    "neueste artikel",
    "aktuelle artikel",
    "top-themen",
    "vorschau auf den nächsten",
    "passend zum thema",
    "passend zum artikel",
    "zum thema",
)


#: Phrases that mark a short block as a service notice wherever they occur in it.
NOTICE_PHRASES = (
    "affiliate-link",
    "affiliate link",
    "werden sie mitglied",
    "jetzt mitglied werden",
    "newsletter abonnieren",
    "zum newsletter",
    "newsletter bestellen",
    "jetzt abonnieren",
    "cookie-einstellungen",
    "alle rechte vorbehalten",
    "spannende themen für dich",
    "provisionslink",
    "werbelink",
)
# A caption ending in a credit: "… im Ziel. © AFP / Name", "… (Foto: dpa)".
_CAPTION_CREDIT_END = re.compile(
    r"(?:©|\(c\)|\b(?:foto|fotos|bild|quelle|credit)s?\s*:)\s*[^.!?©]{0,60}\)?\s*$", re.I
)


def _prefix_re(prefixes: tuple[str, ...]) -> re.Pattern[str]:
    alts = "|".join(re.escape(p) for p in sorted(prefixes, key=len, reverse=True))
    return re.compile(rf"^(?:{alts})(?![a-zäöüß])")


_SHORT_RE = _prefix_re(BLOCK_PREFIXES)
_LONG_RE = _prefix_re(LONG_NOTICE_PREFIXES)


def is_boilerplate_text(text: str) -> bool:
    """True for a block whose text is a known German widget, teaser or credit phrase."""
    low = text.strip().lower()
    if not low:
        return True
    if low.rstrip(":.!») ") in BLOCK_EXACT:
        return True
    if len(low) < 100 and (_SHORT_RE.match(low) or _PHOTO_CREDIT.match(low)):
        return True
    if len(low) < 400 and _LONG_RE.match(low):
        return True
    return len(low) < 250 and any(phrase in low for phrase in NOTICE_PHRASES)


def starts_teaser_section(text: str) -> bool:
    """True for a heading that opens related-article, comment or service boxes."""
    low = text.strip().lower()
    return len(low) < 80 and low.startswith(SECTION_STARTERS)


def is_credit_line(text: str) -> bool:
    """True for a photo caption or credit ("Foto: dpa", "Der Dom. © Imago / Name")."""
    if len(text) < 120 and (
        _PHOTO_CREDIT.match(text) or (len(text) < 60 and _TRAILING_CREDIT.search(text))
    ):
        return True
    return len(text) < 250 and bool(_CAPTION_CREDIT_END.search(text))
