"""Language detection: real news sentences, scripts, undetermined text, speed."""


import pytest

from geo.articles.language import SAMPLE_CHARS, detect_language
from tests.conftest import ARTICLES

ENGLISH = [
    "Two soldiers were killed near Donetsk.",
    "He was arrested on Monday.",
    "The army denied the report.",
    "Fighting continues in Sudan.",
    "Hamas fired rockets at Tel Aviv.",
    "Residents fled to Chad.",
    "A French soldier was killed in Mali, the Élysée said.",
    "Mali's junta expelled the French ambassador.",
    "It is unclear who carried out the attack.",
    "The United Nations said on Tuesday that at least 40 civilians had been killed in the fighting.",
    "A car bomb exploded in Mogadishu on Sunday, killing eight people. Al-Shabaab said it was behind the attack.",
    "Protesters gathered outside the parliament in Khartoum. Police fired tear gas.",
]
FRENCH = [
    "Deux soldats ont été tués près de Donetsk.",
    "Il a été arrêté lundi.",
    "L’armée a démenti.",
    "Les combats se poursuivent au Soudan.",
    "Le Hamas a tiré des roquettes sur Tel-Aviv.",
    "Les habitants ont fui vers le Tchad.",
    "Frappes israéliennes sur Gaza.",
    "Selon l’ONU, 3000 civils ont fui.",
    "Un soldat français a été tué au Mali, a annoncé l’Élysée.",
    "La junte malienne expulse l'ambassadeur de France.",
    "On ignore qui a mené l’attaque.",
    "Combats à Hassaké: Damas exige de nouveau que Washington retire ses forces de Syrie",
    "Un attentat à la voiture piégée a fait huit morts dimanche à Mogadiscio. Les shebab l’ont revendiqué.",
]


@pytest.mark.parametrize("sentence", ENGLISH)
def test_english_news_sentences(sentence):
    assert detect_language(sentence) == "en"


@pytest.mark.parametrize("sentence", FRENCH)
def test_french_news_sentences(sentence):
    assert detect_language(sentence) == "fr"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Al menos diez personas murieron en un ataque contra una base militar en el norte del país.", "es"),
        ("El ejército negó la información.", "es"),
        ("Bei einem Angriff auf eine Kaserne im Norden des Landes wurden mindestens zehn Menschen getötet.", "de"),
        ("Die Kämpfe im Sudan gehen weiter.", "de"),
        ("Almeno dieci persone sono morte in un attacco contro una base militare nel nord del paese.", "it"),
        ("Pelo menos dez pessoas morreram num ataque contra uma base militar no norte do país.", "pt"),
        ("Het leger ontkende het bericht.", "nl"),
        ("Co najmniej dziesięć osób zginęło w ataku na bazę wojskową na północy kraju.", "pl"),
        ("Ülkenin kuzeyindeki bir askeri üsse düzenlenen saldırıda en az on kişi hayatını kaybetti.", "tr"),
        ("قتل عشرة أشخاص على الأقل في هجوم على قاعدة عسكرية في شمال البلاد.", "ar"),
        ("دست کم ده نفر در حمله به یک پایگاه نظامی در شمال کشور کشته شدند.", "fa"),
        ("По меньшей мере десять человек погибли в результате нападения на военную базу.", "ru"),
        ("Щонайменше десять людей загинули внаслідок нападу на військову базу на півночі країни.", "uk"),
        ("לפחות עשרה בני אדם נהרגו בהתקפה על בסיס צבאי בצפון המדינה.", "he"),
        ("Τουλάχιστον δέκα άνθρωποι σκοτώθηκαν σε επίθεση.", "el"),
        ("至少十人在对该国北部一个军事基地的袭击中丧生。", "zh"),
        ("国の北部にある軍事基地への攻撃で少なくとも10人が死亡した。", "ja"),
        ("북부 군사기지 공격으로 최소 10명이 사망했다.", "ko"),
        ("12345", "und"),
        ("", "und"),
        ("   \n\t ", "und"),
        ("2022-01-23 — 14:05 (UTC+2) №7", "und"),
        ("Kharkiv", "und"),
    ],
)
def test_other_languages_and_undetermined(text, expected):
    assert detect_language(text) == expected


def test_english_text_quoting_cyrillic_and_arabic_names_stays_english():
    text = "The governor of Kharkiv (Харків) said the strike hit a school. Officials in Idlib (إدلب) agreed."
    assert detect_language(text) == "en"


def test_urls_do_not_decide_the_language():
    text = "https://fr.sputniknews.com/20220123/combats-a-hassake-de-la-syrie.html\nThe army said it was ready."
    assert detect_language(text) == "en"


def test_only_the_beginning_is_read():
    french = "Les forces armées ont annoncé la reprise de la ville après des combats. " * 50
    assert len(french) > SAMPLE_CHARS
    assert detect_language(french + "The army said the city had been taken. " * 500) == "fr"


def test_the_sample_articles():
    assert detect_language((ARTICLES / "000_e69315e52186f9f0.txt").read_text("utf-8")) == "en"
    assert detect_language((ARTICLES / "002_a0c274ca167b7a0b.txt").read_text("utf-8")) == "fr"


def test_detection_is_deterministic():
    text = " ".join(ENGLISH + FRENCH)
    assert len({detect_language(text) for _ in range(20)}) == 1
