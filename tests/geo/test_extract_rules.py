"""Tables of real sentences (EN and FR) for each extraction stage: sentences, numbers and
fatalities, actors, event types."""

import pytest

from geo.extract.actors import find_actors, unique_names
from geo.extract.event_types import is_non_event, type_sentence
from geo.extract.number_words import parse_number
from geo.extract.numbers import find_fatalities
from geo.extract.sentences import split_sentences
from geo.taxonomy import BATTLES, EXPLOSIONS, STRATEGIC, VIOLENCE_CIVILIANS


def test_glued_french_sentences_are_split_with_exact_offsets():
    text = ("a souligné le ministère syrien des Affaires étrangères et des Expatriés.Dans un communiqué "
            "publié samedi 22 janvier, la diplomatie a réclamé le retrait.Des terroristes à l’assaut "
            "d’une prisonSelon Sana, deux voitures piégées ont explosé le 20 janvier.*Organisation "
            "terroristes interdite en Russie")
    sentences = split_sentences(text)
    assert [s.text[:12] for s in sentences] == ["a souligné l", "Dans un comm", "Des terroris", "Selon Sana, ",
                                               "*Organisatio"]
    for s in sentences:
        assert text[s.start:s.end] == s.text


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [("The toll could rise, the monitor said. (AP Archive) A car bomb killed 26 people on Friday.",
      "The toll could rise, the monitor said.", "(AP Archive) A car bomb killed 26 people on Friday."),
     ("Le bilan pourrait s'alourdir. (Photo AFP) Une voiture piégée a tué 26 personnes vendredi.",
      "Le bilan pourrait s'alourdir.", "(Photo AFP) Une voiture piégée a tué 26 personnes vendredi.")],
)
def test_a_bracket_after_a_full_stop_opens_a_sentence(text, first, second):
    """A caption credit glued before a sentence does not join it to the sentence before (whose
    "could rise" would make the act a hypothesis)."""
    assert [s.text for s in split_sentences(text)] == [first, second]
    assert [s.text for s in split_sentences("He met U.S. (American) officials.")] == ["He met U.S. (American) officials."]


@pytest.mark.parametrize(("text", "sentences"), [
    # one capitalised name written without its space is no two sentences
    ("Six were killed after KafrTakharim in Idlib was hit.", ["Six were killed after KafrTakharim in Idlib was hit."]),
    ("Six morts après une frappe sur KafrTakharim dans la province d'Idleb.",
     ["Six morts après une frappe sur KafrTakharim dans la province d'Idleb."]),
    # a title-case headline glued to a sentence opening on a function word is
    ("Army Retakes PalmyraThe army said it took the city.", ["Army Retakes Palmyra", "The army said it took the city."]),
    ("L'armée reprend PalmyreSelon l'armée, la ville est tombée.", ["L'armée reprend Palmyre",
                                                                    "Selon l'armée, la ville est tombée."]),
])
def test_glued_capitalised_words_split_only_before_a_function_word(text, sentences):
    assert [s.text for s in split_sentences(text)] == sentences


def test_abbreviations_do_not_split():
    sentences = split_sentences("U.S. forces struck the area. Mr. Smith said so.")
    assert len(sentences) == 2


@pytest.mark.parametrize(
    ("words", "value"),
    [("fifty-six", 56), ("thirty-three", 33), ("cinquante-six", 56), ("trente-trois", 33),
     ("soixante et onze", 71), ("quatre-vingt-dix", 90), ("two hundred and five", 205), ("1,200", 1200),
     ("vingt et un", 21), ("douze", 12)],
)
def test_number_words(words, value):
    assert parse_number(words) == value


@pytest.mark.parametrize(
    ("sentence", "counts"),
    [
        ("According to the channel, in a few days of fighting, the Kurdish “special forces destroyed "
         "fifty-six terrorists.”", [56]),
        ("The number of victims among the SDF fighters increased to thirty-three.", [33]),
        ("Al-Arabiya indique qu’en quelques jours, les Kurdes ont tué 56 terroristes mais perdu 33 des leurs.",
         [56, 33]),
        ("At least 70 people were killed in the strike on the market.", [70]),
        ("Le bombardement a fait au moins cinquante-six morts, selon l'OSDH.", [56]),
        ("Three soldiers died when their vehicle hit a mine.", [3]),
        ("Le bilan est passé à 12 morts dans la soirée.", [12]),
        ("Attacks on residential buildings and military barracks were carried out by five UAVs.", []),
        ("The prison held 3,500 detainees before the attack.", []),
    ],
)
def test_fatalities(sentence, counts):
    assert [f.count for f in find_fatalities(sentence)] == counts


@pytest.mark.parametrize(
    ("sentence", "actors"),
    [
        ("On Saturday, Al-Arabiya TV reported that the SDF, allegedly with the support of the US military, "
         "launched another assault on the prison in Al-Hasakah, where IS militants continue to hold part of "
         "the buildings.", ["Syrian Democratic Forces", "US forces", "Islamic State"]),
        ("les FDS, avec le soutien de l'armée américaine, avaient lancé un nouvel assaut contre la prison dont "
         "une partie était toujours détenue par Daech*.", ["Syrian Democratic Forces", "US forces", "Islamic State"]),
        ("an attempt by militants of the Islamic State terrorist group (IG, an organization banned in the "
         "Russian Federation)", ["Islamic State"]),
        ("Earlier, on January 4, an international coalition led by the United States attacked firing positions",
         ["US-led coalition"]),
        ("Samedi, Sana a annoncé que l’aviation américaine avait complètement détruit l’Institut technique",
         ["US forces"]),
        ("Russian warplanes and Syrian government forces pounded Idlib; des drones turcs ont frappé Qamichli.",
         ["Russian forces", "Syrian government forces", "Turkish forces"]),
        ("This is a town where it is quiet.", []),
        ("Fighters of the al-Nusra Front overran a checkpoint held by Hamas gunmen at dawn.",
         ["Nusra Front", "Hamas"]),
        ("Des combattants du Front al-Nosra ont pris un poste tenu par le Hamas.", ["Nusra Front", "Hamas"]),
        # scraped copy strips apostrophes: "Hamas countryside" is Hama's, no group
        ("Warplanes struck the Hamas countryside and the Hamas northern outskirts overnight.", []),
    ],
)
def test_actors_are_normalised(sentence, actors):
    assert unique_names(find_actors(sentence)) == actors


@pytest.mark.parametrize(
    ("sentence", "actors", "event_type", "sub"),
    [
        ("Selon Sana, deux voitures piégées ont explosé le 20 janvier à proximité des entrées de la prison",
         [], EXPLOSIONS, "Remote explosive/landmine/IED"),
        ("A car bomb exploded near the entrance of the prison.", [], EXPLOSIONS, "Remote explosive/landmine/IED"),
        ("Attacks on residential buildings and military barracks were carried out by five UAVs.", [],
         EXPLOSIONS, "Air/drone strike"),
        ("Une frappe aérienne a visé un convoi près d'Idleb.", [], EXPLOSIONS, "Air/drone strike"),
        ("Samedi, Sana a annoncé que l’aviation américaine avait complètement détruit l’Institut technique",
         ["US forces"], EXPLOSIONS, "Air/drone strike"),
        ("Earlier, on January 4, an international coalition attacked firing positions in Deir ez-Zor.",
         ["US-led coalition"], EXPLOSIONS, "Air/drone strike"),
        ("Government shelling hit the outskirts of Maarat al-Numan.", [], EXPLOSIONS,
         "Shelling/artillery/missile attack"),
        ("Des bombardements ont visé la ville.", [], EXPLOSIONS, "Shelling/artillery/missile attack"),
        ("A suicide bomber blew himself up at a checkpoint.", [], EXPLOSIONS, "Suicide bomb"),
        ("Earlier, on December 5, explosions were heard at an American base.", [], EXPLOSIONS, None),
        ("the SDF launched another assault on the prison in Al-Hasakah", ["Syrian Democratic Forces"], BATTLES,
         "Armed clash"),
        ("De violents affrontements ont opposé l'armée aux rebelles.", [], BATTLES, "Armed clash"),
        ("une attaque de Daech* contre la prison de Ghwayran", ["Islamic State"], BATTLES, "Armed clash"),
        ("Government forces recaptured the town on Monday.", [], BATTLES, "Government regains territory"),
        ("Police arrested twelve people in Qamishli.", [], STRATEGIC, "Arrests"),
        # people wounded by gunfire: an attack on them, no kind of act named
        ("Deux personnes ont été blessées par des tirs d'un barrage militaire.", [], VIOLENCE_CIVILIANS, "Attack"),
        ("Two people were wounded by fire from an army checkpoint.", [], VIOLENCE_CIVILIANS, "Attack"),
    ],
)
def test_event_types(sentence, actors, event_type, sub):
    typing = type_sentence(sentence, actors)
    assert (typing.event_type, typing.sub_event_type) == (event_type, sub)


@pytest.mark.parametrize(
    "sentence",
    [
        "In May, US President Joe Biden extended sanctions on Syria for a year.",
        "The armed conflict in Syria has been going on since 2011.",
        "Vendredi, le ministère russe de la Défense a mis en garde contre l’utilisation de l’aviation.",
        "les frappes aériennes \"étaient très susceptibles d'entraîner la destruction d'infrastructures\"",
        "The strikes could lead to civilian casualties, officials warned.",
    ],
)
def test_statements_sanctions_and_background_are_not_events(sentence):
    assert is_non_event(sentence) or type_sentence(sentence) is None


def test_sentence_without_trigger_has_no_type():
    assert type_sentence("The Syrian Foreign Ministry added that families were forced to leave.") is None
