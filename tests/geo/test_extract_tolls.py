"""Tolls that are tolls: a number is an event's fatalities only when its sentence counts the
people killed in that act (sentences written for these tests, EN and FR)."""

from datetime import date

import pytest

from geo.extract.events import extract_events
from geo.extract.number_words import parse_number
from geo.extract.numbers import find_fatalities
from geo.extract.tallies import event_toll


def toll(sentence: str, lang: str) -> int | None:
    return event_toll(find_fatalities(sentence, lang))


@pytest.mark.parametrize(
    ("words", "lang", "value"),
    [("forty-two", "en", 42), ("one hundred and seven", "en", 107), ("a hundred", "en", 100),
     ("quarante-deux", "fr", 42), ("quatre-vingt-dix-sept", "fr", 97), ("soixante et onze", "fr", 71),
     ("deux cent trois", "fr", 203), ("2\u202f400", "fr", 2400)],
)
def test_number_words_in_both_languages(words, lang, value):
    assert parse_number(words, lang) == value


@pytest.mark.parametrize(("words", "lang"), [("un", "en"), ("sept", "en"), ("seize", "en"), ("cent", "en"),
                                             ("UN", "fr"), ("dozens", "en"), ("dizaines", "fr")])
def test_words_of_the_other_language_acronyms_and_vague_quantities_are_not_numbers(words, lang):
    assert parse_number(words, lang) is None


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [
        # a year, a time, a date, an age in a killed sentence
        ("In 2021 nine farmers were killed when a mine exploded near the road at 10:45.", "en", 9),
        ("17-04-2021 4 villagers killed in a mortar attack on the hill town.", "en", 4),
        ("On 14 April 2021 gunmen killed six shepherds outside the village.", "en", 6),
        ("A 15-year-old girl was among five people killed by the drone.", "en", 5),
        ("Le 3 mai 2021 à 14h30, un obus a tué sept passants sur la place.", "fr", 7),
        # number words
        ("Twenty-seven soldiers died when the convoy was ambushed.", "en", 27),
        ("Quarante-trois civils ont péri dans le bombardement du marché.", "fr", 43),
        ("Dix-neuf ouvriers meurent dans l'effondrement de l'usine bombardée.", "fr", 19),
        ("Les frappes ont fait vingt et un morts dans le quartier.", "fr", 21),
        # parts of a toll already counted
        ("At least 31 people, including 12 children, died in the raid on the school.", "en", 31),
        ("Au moins 64 personnes, dont 20 enfants, ont été tuées dans l'attaque.", "fr", 64),
        ("Eleven civilians from the same family were killed in the strike.", "en", 11),
        # killed and wounded told apart
        ("The bomb killed four people and wounded thirty others.", "en", 4),
        ("Trois soldats ont été tués et dix autres blessés dans l'embuscade.", "fr", 3),
        ("3 killed 14 injured in mortar attack on the old town Three people were killed and 14 others were "
         "injured when mortar shells hit the old town.", "en", 3),
        ("Rockets hit the market killing four people, eleven others wounded.", "en", 4),
        ("6 killed 20 injured in shelling of the old town", "en", 6),
        # another group killed in the same act is added
        ("The strike killed seven rebels and 3 others died later in hospital.", "en", 10),
        ("The raid killed two guards and 5 others, the agency said.", "en", 7),
        ("Four nurses and two doctors were killed when the clinic was hit.", "en", 6),
        ("Cinq enfants et trois femmes ont été tués dans la frappe.", "fr", 8),
        ("Raiders killed 14 guards at the depot; the toll among the raiders rose to five.", "en", 19),
        ("Air strikes hit the school on Wednesday, killing 22 children and six teachers.", "en", 28),
        ("Les frappes ont tué 22 enfants et six enseignants dans l'école.", "fr", 28),
        ("Shelling killed six family members in their home.", "en", 6),
        # the kin told with a victim are more dead, a part's kin no more
        ("A woman and her three children were killed when the shell hit their house.", "en", 4),
        ("The strike killed a man and his two sons near the bakery.", "en", 3),
        ("Un homme et ses deux fils ont été tués dans la frappe.", "fr", 3),
        ("La frappe a tué une femme et ses trois enfants.", "fr", 4),
        ("Eight people, among them a woman and her three children, were killed in the raid.", "en", 8),
        # a headline's present tense
        ("Des frappes russes tuent 16 civils dans le nord.", "fr", 16),
        ("Guards shoot dead six gunmen at the checkpoint.", "en", 6),
        # a first group with a verb of its own is a clause of its own, not victims added to
        ("In the attack 18 of the 31 trucks were destroyed and 20 civilians were killed.", "en", 20),
        ("Dans l'attaque, 18 des 31 camions ont été détruits et 20 civils ont été tués.", "fr", 20),
        # the killers before an active verb, the dead after it
        ("On Wednesday three suicide bombers killed at least two people near the police headquarters.", "en", 2),
        ("Mercredi, trois kamikazes ont tué au moins deux personnes près du siège de la police.", "fr", 2),
        ("Four gunmen shot dead a soldier at the checkpoint on Sunday.", "en", 1),
        ("Six rockets killed two children in the old market.", "en", 2),
        # a second count that is the wounded leaves the first the dead's
        ("5 civilians killed 12 injured in rocket attacks on the city.", "en", 5),
        ("Three soldiers were killed when two bombers attacked the post.", "en", 3),
        # the victims told with what they were doing, then a passive "killed"
        ("At least 15 people queuing for bread were killed when the bomb went off.", "en", 15),
        ("At least 15 people who were queuing for bread were killed.", "en", 15),
        ("Six enfants jouant devant leur maison ont été tués par un obus.", "fr", 6),
        ("Au moins 15 personnes qui faisaient la queue devant la boulangerie ont été tuées.", "fr", 15),
        ("Ten soldiers stationed at the checkpoint were wounded, two were killed.", "en", 2),
        # two groups, the second of one victim
        ("Two rebels and a civilian were killed in the clashes near the town.", "en", 3),
        ("Deux soldats et un civil ont été tués dans les combats près de la ville.", "fr", 3),
        ("Two soldiers and a policeman were killed and a child was wounded.", "en", 3),
        # "claimed lives of", "a confirmed"
        ("An airstrike has claimed lives of eight civilians in the town, local media reported.", "en", 8),
        ("The army killed a confirmed 33 militants on Sunday, a spokesman said.", "en", 33),
        # the dead beside the things destroyed
        ("The strike killed 12 and destroyed 3 houses in the village.", "en", 12),
        ("The army destroyed 56 terrorists and three tanks, the agency said.", "en", 56),
        # nobody died
        ("No one was killed in the explosion, the police said.", "en", 0),
        ("L'explosion n'a pas fait de victimes selon la police.", "fr", 0),
    ],
)
def test_the_toll_of_the_act(sentence, lang, expected):
    assert toll(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        # "dozens", "hundreds" are unknown, not a number
        ("Dozens of people were killed in the overnight raid.", "en"),
        ("Hundreds were killed when the dam burst.", "en"),
        ("Des dizaines de civils ont été tués dans le raid.", "fr"),
        ("Des centaines de personnes sont mortes dans le siège.", "fr"),
        # casualties are not deaths
        ("Fifteen people were killed or wounded in the blast.", "en"),
        ("Vingt personnes ont été tuées ou blessées dans l'explosion.", "fr"),
        # cumulative, running and war-long tolls are not this act's
        ("The offensive has killed 412 civilians since it began in March.", "en"),
        ("So far 96 people have been killed in the province this month.", "en"),
        ("More than 5,000 fighters have died since the war began.", "en"),
        ("The conflict, which started nine years ago, has killed 380,000 people.", "en"),
        ("A monitor counted 73 aid workers killed in 2020.", "en"),
        ("Depuis le début de la guerre, plus de 380 000 personnes ont été tuées.", "fr"),
        ("Au total, 88 civils ont été tués depuis le début de l'offensive.", "fr"),
        ("En plus de dix mois de combats, plus de 4.000 soldats ont trouvé la mort.", "fr"),
        ("In two years of fighting 1,300 militiamen died.", "en"),
        ("At least 41 people were killed across the country on Friday.", "en"),
        ("Au moins 41 personnes ont été tuées vendredi à travers le pays.", "fr"),
        # a half-year's or a totalled count
        ("The clinics reported 294 wounded and 33 dead in the first six months of the year.", "en"),
        ("Losses in the area totalled 304 militants killed and more than 170 wounded, the ministry said.", "en"),
        # things a verb of destruction counts
        ("The strikes also destroyed 14 of the group's military vehicles, the monitor added.", "en"),
        ("Artillery fire destroyed at least six weapon caches near the border.", "en"),
        ("Regime forces executed six families of rebel fighters, a monitor said.", "en"),
        # a year or a unit is never a toll
        ("The 1982 massacre in the city killed thousands.", "en"),
        ("UN observers were killed near the crossing.", "en"),
    ],
)
def test_no_toll(sentence, lang):
    assert toll(sentence, lang) is None


def test_a_toll_told_in_the_headline_glued_to_the_lead_counts_once():
    # scraped news often glues the headline to the first sentence of the body
    sentence = ("Nine dead in shelling of market town Shelling of the market town killed at least "
                "nine people on Tuesday, a monitor said.")
    assert [f.count for f in find_fatalities(sentence, "en")] == [9, 9]
    assert toll(sentence, "en") == 9


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Artillery shelling killed 14 civilians in the town on Tuesday, a monitor said. "
         "The monitor said 14 people died in the shelling, most of them women.", "en", 14),
        ("Des tirs d'artillerie ont tué 14 civils mardi dans la ville. "
         "Selon l'observatoire, 14 personnes sont mortes sous les obus.", "fr", 14),
        ("Artillery shelling killed 14 civilians in the town on Tuesday, a monitor said. "
         "Another 3 people died of their wounds in hospital.", "en", 17),
    ],
)
def test_a_toll_told_again_in_the_body_counts_once(text, lang, expected):
    events = extract_events(text, lang, date(2021, 6, 3), [])
    assert [e.fatalities for e in events] == [expected]


def test_a_cumulative_toll_after_the_event_is_not_added_to_it():
    text = ("Airstrikes killed 8 civilians in the town on Tuesday, a monitor said. "
            "More than 1,200 people have been killed in the province since the offensive began.")
    events = extract_events(text, "en", date(2021, 6, 3), [])
    # the running toll is a background event of its own (geo.extract.background), without a toll
    assert [(e.fatalities, e.reported) for e in events] == [(8, True), (None, False)]


def test_a_long_run_of_white_space_is_read_as_one_space_with_offsets_kept():
    """Scraped pages leave long runs of spaces and line breaks; the patterns' optional words and
    spaces once tried every way of splitting such a run (minutes for a few thousand spaces)."""
    sentence = "Shelling killed at least" + " \n " * 20_000 + "12   civilians in Aleppo."
    (toll,) = find_fatalities(sentence, "en")
    assert toll.count == 12 and toll.minimum
    assert sentence[toll.start:toll.end] == toll.text == "12"


def test_a_sentence_is_tried_only_against_the_patterns_its_words_allow_and_finds_the_same_tolls(monkeypatch):
    """The words a toll pattern cannot match without (``numbers._CUES``) only spare it the sentences
    without them: every toll and non-toll above, and sentences with the cue words in another role,
    are read the same with every pattern tried on every sentence."""
    from geo.extract import numbers

    sentences = [
        *(s for s, _lang, _n in test_the_toll_of_the_act.pytestmark[0].args[1]),
        *(s for s, _lang in test_no_toll.pytestmark[0].args[1]),
        "Fifteen people queuing for bread were killed by a shell in the old market.",
        "Six enfants jouant devant leur maison ont été tués par un obus.",
        "Three suicide bombers killed at least two people at the checkpoint.",
        "Killing 12 and wounding 30, the blast shook the town.",
        "Twelve dead among the soldiers and 7 among the rebels after the battle.",
        "Two men and a boy were shot dead at the crossing on Monday.",
        "The 40 trucks reached the town; nobody was hurt.",
        # one sentence for each way a toll is told (``numbers._PATTERNS``)
        "The attack claimed the lives of 12 soldiers and 9 rebels.",
        "Le bombardement a causé la mort de 5 personnes et celle d'un enfant.",
        "The death toll rose to 33 on Sunday.",
        "Le bilan est passé à 33 morts.",
        "The shelling left 12 dead in the square.",
        "Les rebelles ont perdu 33 des leurs.",
        "The strike killed nine children and 14 others.",
        "Bringing the toll to 40, a second car bomb went off.",
        "A woman was killed by a sniper.",
        "The drone struck a car, killing a civilian.",
        "La frappe a causé la mort d'un enfant.",
        "The militants carried out the execution of 18 prisoners.",
        "Ils ont tué dimanche 20 civils.",
        "10 morts parmi les soldats, 16 dans les rangs rebelles.",
    ]
    with_cues = [numbers.find_fatalities(s) for s in sentences]
    monkeypatch.setattr(numbers, "_CUES", {})
    assert [numbers.find_fatalities(s) for s in sentences] == with_cues
    assert sum(bool(found) for found in with_cues) >= 30  # the sentences do tell tolls
