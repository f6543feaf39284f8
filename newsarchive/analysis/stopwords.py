"""German stop words (this project's own list): function words that carry no search meaning.

The list is written with umlauts and ß; :data:`STOPWORDS` also holds the transliterated
spellings (``für``/``fuer``, ``daß``/``dass``), but never the bare-vowel spelling, so that
words like ``Uber`` (not ``über``) stay searchable. Abbreviations are listed as the tokenizer
emits them (``z.B.`` → ``zb``). The JS mirror carries the same list (parity-tested).
"""

from __future__ import annotations

_WORDS = """
aber ab alle allem allen aller alles als also am an andere anderem anderen anderer anderes
auch auf aus bei beim bin bis bist bzw ca da dabei dadurch dafür dagegen daher damit danach
dann daran darauf darin darum darüber das dass daß davon dazu dein deine deinem deinen
deiner deines dem den denen denn der deren des dessen dich die dies diese diesem diesen dieser
dieses dir doch dort du durch ein eine einem einen einer eines einige einigen einiger einiges
er es etc etwa etwas euch euer eure eurem euren eurer eures für gegen gewesen hab habe haben
hat hatte hatten hattest hier hin hinter ich ihm ihn ihnen ihr ihre ihrem ihren ihrer ihres
im in ins ist ja jede jedem jeden jeder jedes jene jenem jenen jener jenes jetzt kann kannst
kein keine keinem keinen keiner keines können könnte man manche manchem manchen mancher
manches mehr mein meine meinem meinen meiner meines mich mir mit muss musste nach nicht nichts
noch nun nur ob oder ohne sehr sei seid sein seine seinem seinen seiner seines seit selbst sich
sie sind so solche solchem solchen solcher solches soll sollen sollte sondern sonst sowie
über um und uns unser unsere unserem unseren unserer unseres unter usw viel vom von vor war
waren warst was weil welche welchem welchen welcher welches wenn wer werde werden werdet
wie wieder wir wird wirst wo wurde wurden während zu zum zur zwar zwischen
zb ua dh va uu oä og idr zt so su uvm
"""

BASE_STOPWORDS: frozenset[str] = frozenset(_WORDS.split())


def _spellings(word: str) -> set[str]:
    """The word with umlauts/ß as written and transliterated (never the bare vowel)."""
    translit = word.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss")
    return {word, translit}


STOPWORDS: frozenset[str] = frozenset(s for w in BASE_STOPWORDS for s in _spellings(w))


def is_stopword(token: str) -> bool:
    """Whether a lower-case token is a stop word."""
    return token in STOPWORDS
