"""Language of an article's text, as an ISO 639-1 code ("en", "fr", …) or "und".

Deterministic, pure Python and fast: only the first :data:`SAMPLE_CHARS` characters are read.

* The dominant writing system decides first: Arabic, Cyrillic, Hebrew, Greek, CJK, Indic scripts
  and so on map to their language (with a few letter checks: Persian, Urdu, Pashto and Sorani
  Kurdish within the Arabic script; Ukrainian, Belarusian, Serbian, Macedonian, Bulgarian and
  Kazakh within Cyrillic; Japanese and Korean within CJK).
* Latin-script text is scored with function words (stopwords) of each language — a word shared by
  several languages counts for each of them in proportion — plus a few common news words, word
  endings and letters specific to one language, so that even a two-sentence English or French
  text is recognised.
* Text without letters, or Latin text in which nothing is recognised, is "und".
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from functools import lru_cache

__all__ = ["SAMPLE_CHARS", "UNDETERMINED", "detect_language"]

SAMPLE_CHARS = 3000
UNDETERMINED = "und"

#: Latin-script languages in tie-break order.
_LATIN_ORDER = ("en", "fr", "es", "de", "it", "pt", "nl", "pl", "tr", "sv", "ro", "id")

_STOPWORDS: dict[str, str] = {
    "en": """the of and to in a is that for on with as was by at from it its his her he she they
        them their have has had be been being are were this these those which who whom said says
        not but or an will would after also more than there into about when up out all no so what
        one two other over under since during while where some can could may should do did does
        because if how any only such most told i we our us you him just against before between
        until without through then both each very being again further off""",
    "fr": """le la les de des du un une et en est dans pour par sur au aux avec ce cette ces cet
        qui que qu ne pas plus il ils elle elles son sa ses leur leurs a à été sont ont être avoir
        mais ou où selon après lors entre contre depuis sous vers chez tout tous toute toutes aussi
        comme fait nous vous on se y l d c n j dont cela lui même déjà encore très ainsi alors donc
        car sans avait était sera peut deux trois si non mai lui ceux celle celui auprès jusqu
        afin parmi pendant avant notamment""",
    "es": """el la los las de del en y que a un una unos unas por para con no se su sus es al lo
        como más pero le les ha han fue son está están este esta estos estas entre sobre también
        desde hasta según donde cuando muy sin ya hay ser tras durante contra dijo años otro otros
        porque e uno era si mientras ante cual hace dos tres han sido""",
    "de": """der die und in den von zu das mit sich des auf für ist im dem nicht ein eine als auch
        es an werden aus er hat dass sie nach wird bei einer um am sind noch wie einem über einen so
        zum haben nur oder aber vor zur bis mehr durch sein wurde sei ihre seine gegen vom wurden
        unter sagte zwei diese dieser dieses kann seit wenn hatte waren worden soll ihr ihren""",
    "it": """il di che e la per un in del della dei delle degli è non si le da con una al alla
        ai alle nel nella nei sono ha ma come anche più gli lo dal dalla questo questa stato stata
        dopo tra fra loro suo sua cui hanno era ed uno tutti mentre quando dove ancora secondo
        contro i l dell all nell sull sui sulla sul essere ci perché""",
    "pt": """o a os as de do da dos das em no na nos nas um uma que e é com por para se não mais
        foi ao aos pelo pela pelos pelas como mas seu sua seus suas ele ela eles elas está são ser
        já também entre sobre após até quando onde ainda isso este esta disse anos pode tem têm
        segundo contra sem muito num numa nem""",
    "nl": """de het een en van in is dat op te met voor niet zijn die aan er om ook als bij of
        door naar maar dan nog wordt werd worden hun uit over tot wel heeft hebben deze dit na al
        geen was ze hij zij wij onder tegen volgens tussen sinds twee waar omdat nu""",
    "pl": """i w z na się nie do to że o jest a jak po co ale od za jego tak jej przez już przy
        oraz dla czy tym który która które jako tylko może są został została było być będzie ich
        pod ze we także według podczas przeciwko około roku lat tego ten ta te""",
    "tr": """ve bir bu da de için ile olarak çok daha gibi en ki ne o olan sonra kadar her ama
        ancak göre değil var yok şu olduğu edildi etti dedi üzerine arasında tarafından yılında
        şekilde olduğunu""",
    "sv": """och i att det som en på är av för med till den har de inte om ett han men var sig
        från vi så kan när år hon eller efter också sina enligt mot under mellan sedan vid nu där
        blev skulle hade ska detta dessa""",
    "ro": """și si în de la a cu că pe nu care din o un este se mai au pentru fost sunt ca sau lui
        lor fi după prin dar acest această al ale unor între despre fiind spus împotriva potrivit
        când doar acum încă anul aceasta către""",
    "id": """yang dan di ini itu dengan untuk dari dalam tidak akan pada juga ke oleh ada telah
        kata mereka bahwa karena sebagai atau saat lebih setelah""",
}

#: Frequent content words of news about conflict (half weight), for texts short on stopwords.
_NEWS_WORDS: dict[str, str] = {
    "en": """killed people forces army attack attacks troops soldiers civilians government police
        military minister president near city region province border wounded fighting strike
        strikes shelling ceasefire officials spokesman rebels war capital according dead dozens
        hundreds""",
    "fr": """tués morts blessés armée attaque attaques soldats civils gouvernement ministre
        président région ville frontière combats frappes bombardements cessez feu responsables
        porte parole rebelles guerre capitale personnes policiers militaires""",
    "es": """muertos heridos ejército ataque ataques soldados civiles gobierno ministro presidente
        región ciudad frontera combates guerra personas policía militares""",
    "de": """getötet tote verletzte armee angriff angriffe soldaten zivilisten regierung minister
        präsident region stadt grenze kämpfe krieg menschen polizei""",
}

#: Word endings (words of at least five letters), at a fifth of a stopword's weight.
_ENDINGS: dict[str, tuple[str, ...]] = {
    "en": ("ing", "ed", "ly", "ght", "ness", "ship"),
    "fr": ("é", "ée", "ées", "és", "eux", "aux", "ait", "aient", "ère", "ès", "eur", "eurs", "oise"),
    "es": ("ción", "ciones", "ado", "ados", "ada", "adas", "idad", "ido", "idos"),
    "de": ("ung", "ungen", "lich", "keit", "heit", "isch", "schen"),
    "it": ("zione", "zioni", "ato", "ati", "ità", "mente"),
    "pt": ("ção", "ções", "ão", "ões"),
    "nl": ("ijk", "lijk", "heid", "tje"),
}

#: Letters used by one language only (among those scored), half a stopword each.
_LETTERS = {
    "ñ": "es", "ã": "pt", "õ": "pt", "ß": "de", "œ": "fr", "ł": "pl", "ą": "pl", "ę": "pl", "ś": "pl",
    "ź": "pl", "ż": "pl", "ć": "pl", "ń": "pl", "ğ": "tr", "ş": "tr", "ı": "tr", "å": "sv", "ă": "ro",
    "ș": "ro", "ț": "ro",
}


def _build_lexicon(source: dict[str, str], weight: float) -> dict[str, tuple[tuple[str, float], ...]]:
    owners: dict[str, set[str]] = {}
    for lang, words in source.items():
        for word in words.split():
            owners.setdefault(word, set()).add(lang)
    return {
        word: tuple((lang, weight / len(langs)) for lang in sorted(langs)) for word, langs in owners.items()
    }


_STOP = _build_lexicon(_STOPWORDS, 1.0)
_NEWS = _build_lexicon(_NEWS_WORDS, 0.5)
_ENDING_WEIGHT = 0.2
_LETTER_WEIGHT = 0.5
_MIN_SCORE = 0.5

_URL_RE = re.compile(r"(?:https?|ftp)://\S+|www\.\S+")
_WORD_RE = re.compile(r"[a-z\u00DF-\u00F6\u00F8-\u00FF\u0100-\u024F\u1E00-\u1EFF]+")  # lower-case Latin
_NON_ASCII_RE = re.compile(r"[^\x00-\x7F]")
_NOT_ASCII_LETTERS = bytes(b for b in range(128) if not chr(b).isalpha())
_VIETNAMESE = frozenset("ạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹđơư")

# Blocks of the scripts told apart: (first code point, last code point, script or language).
_BLOCKS: tuple[tuple[int, int, str], ...] = (
    (0x0041, 0x005A, "latn"), (0x0061, 0x007A, "latn"), (0x00C0, 0x024F, "latn"),
    (0x0370, 0x03FF, "el"), (0x0400, 0x052F, "cyrl"), (0x0530, 0x058F, "hy"), (0x0590, 0x05FF, "he"),
    (0x0600, 0x06FF, "arab"), (0x0750, 0x077F, "arab"), (0x08A0, 0x08FF, "arab"),
    (0x0900, 0x097F, "hi"), (0x0980, 0x09FF, "bn"), (0x0A00, 0x0A7F, "pa"), (0x0A80, 0x0AFF, "gu"),
    (0x0B80, 0x0BFF, "ta"), (0x0C00, 0x0C7F, "te"), (0x0C80, 0x0CFF, "kn"), (0x0D00, 0x0D7F, "ml"),
    (0x0D80, 0x0DFF, "si"), (0x0E00, 0x0E7F, "th"), (0x0E80, 0x0EFF, "lo"), (0x0F00, 0x0FFF, "bo"),
    (0x1000, 0x109F, "my"), (0x10A0, 0x10FF, "ka"), (0x1100, 0x11FF, "ko"), (0x1200, 0x139F, "am"),
    (0x1780, 0x17FF, "km"), (0x1E00, 0x1EFF, "latn"), (0x1F00, 0x1FFF, "el"), (0x2D00, 0x2D2F, "ka"),
    (0x2D80, 0x2DDF, "am"), (0x2DE0, 0x2DFF, "cyrl"), (0x3040, 0x30FF, "kana"), (0x3130, 0x318F, "ko"),
    (0x31F0, 0x31FF, "kana"), (0x3400, 0x4DBF, "han"), (0x4E00, 0x9FFF, "han"), (0xA640, 0xA69F, "cyrl"),
    (0xAC00, 0xD7AF, "ko"), (0xF900, 0xFAFF, "han"), (0xFB1D, 0xFB4F, "he"), (0xFB50, 0xFDFF, "arab"),
    (0xFE70, 0xFEFF, "arab"), (0xFF66, 0xFF9F, "kana"),
)
_BLOCK_STARTS = tuple(first for first, _last, _script in _BLOCKS)

# Letters that set apart languages written in the Arabic and Cyrillic scripts.
_ARABIC_VARIANTS = (
    ("ps", frozenset("\u067C\u0689\u0693\u0696\u069A\u06AB\u06BC\u06CD\u06D0")),  # Pashto
    ("ur", frozenset("\u0679\u0688\u0691\u06BA\u06D2\u06C1")),  # Urdu
    ("ku", frozenset("\u06D5\u06CE\u06C6\u06B5\u0695\u06A4")),  # Sorani Kurdish
)
_PERSIAN = frozenset("\u067E\u0686\u0698\u06AF\u06CC\u06A9")  # پ چ ژ گ ی ک
_ARABIC_ONLY = frozenset("\u064A\u0643\u0629")  # ي ك ة
_CYRILLIC_VARIANTS = (
    ("kk", frozenset("әғқңөұүһӘҒҚҢӨҰҮҺ")),
    ("be", frozenset("ўЎ")),
    ("mk", frozenset("ѓќѕЃЌЅ")),
    ("sr", frozenset("ђћџљњјЂЋЏЉЊЈ")),
    ("uk", frozenset("іїєґІЇЄҐ")),
)
_RUSSIAN = frozenset("ыэёЫЭЁ")
_HARD_SIGN = frozenset("ъЪ")


@lru_cache(maxsize=4096)
def _script_of(char: str) -> str | None:
    if not char.isalpha():
        return None
    code = ord(char)
    i = bisect_right(_BLOCK_STARTS, code) - 1
    if i >= 0 and code <= _BLOCKS[i][1]:
        return _BLOCKS[i][2]
    return None


def detect_language(text: str) -> str:
    """The ISO 639-1 code of the language ``text`` is written in, or ``"und"``."""
    sample = text[:SAMPLE_CHARS]
    if "://" in sample or "www." in sample:
        sample = _URL_RE.sub(" ", sample)
    # Letters per script: ASCII letters counted in C, the (usually few) others one by one.
    chars = Counter(_NON_ASCII_RE.findall(sample))
    scripts: Counter[str] = Counter()
    scripts["latn"] = len(sample.encode("ascii", "ignore").translate(None, _NOT_ASCII_LETTERS))
    for char, count in chars.items():
        script = _script_of(char)
        if script is not None:
            scripts[script] += count
    script = max(scripts, key=lambda name: (scripts[name], name))
    if scripts[script] == 0:
        return UNDETERMINED
    if script == "latn":
        if _count(chars, _VIETNAMESE) > 0.05 * scripts["latn"]:
            return "vi"
        return _latin_language(sample, chars)
    if script == "arab":
        return _arabic_language(chars)
    if script == "cyrl":
        return _cyrillic_language(chars)
    if script in ("kana", "han"):
        kana, han = scripts["kana"], scripts["han"]
        return "ja" if kana >= 0.05 * (kana + han) else "zh"
    return script


def _count(chars: Counter[str], letters: frozenset[str]) -> int:
    return sum(chars[c] for c in letters if c in chars)


def _arabic_language(chars: Counter[str]) -> str:
    for code, letters in _ARABIC_VARIANTS:
        if _count(chars, letters) >= 2:
            return code
    return "fa" if _count(chars, _PERSIAN) > _count(chars, _ARABIC_ONLY) else "ar"


def _cyrillic_language(chars: Counter[str]) -> str:
    russian = _count(chars, _RUSSIAN)
    best, best_count = "ru", russian
    for code, letters in _CYRILLIC_VARIANTS:
        found = _count(chars, letters)
        if found > best_count:
            best, best_count = code, found
    if best == "ru" and russian == 0 and _count(chars, _HARD_SIGN) >= 2:
        return "bg"
    return best


@lru_cache(maxsize=65536)
def _word_weights(word: str) -> tuple[tuple[str, float], ...]:
    weights = _STOP.get(word, ()) + _NEWS.get(word, ())
    if len(word) >= 5:
        weights += tuple((lang, _ENDING_WEIGHT) for lang, endings in _ENDINGS.items() if word.endswith(endings))
    return weights


def _latin_language(sample: str, chars: Counter[str]) -> str:
    scores = dict.fromkeys(_LATIN_ORDER, 0.0)
    for word, count in Counter(_WORD_RE.findall(sample.lower())).items():
        for lang, weight in _word_weights(word):
            scores[lang] += weight * count
    for char, lang in _LETTERS.items():
        if char in chars:
            scores[lang] += _LETTER_WEIGHT * chars[char]
    best = max(_LATIN_ORDER, key=lambda lang: scores[lang])  # first of equal scores wins
    return best if scores[best] >= _MIN_SCORE else UNDETERMINED
