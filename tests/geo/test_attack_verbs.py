"""Every rule reading a place hit by an act reads the same attack verbs: those of
geo.extract.act_lexicon.ATTACK_VERBS, in the forms each rule needs (sentences written for the test)."""

from __future__ import annotations

import pytest

from geo.extract import attachment
from geo.extract.act_lexicon import ATTACK_VERBS, TAKING_VERBS, attack_verb_forms, attack_verb_pattern
from geo.extract.act_mood import DONE_RE
from geo.extract.act_place_names import STRUCK_BEFORE_RE, struck_before
from geo.extract.event_places import STRIKE_WORDS
from geo.extract.further_acts import tells_a_further_act
from geo.extract.listed_parts import listed_names
from geo.extract.present_acts import tells_a_present_act
from geo.extract.same_day import tells_a_past_act
from geo.extract.several_places import SEVERAL_PLACES_RE
from geo.extract.struck_places import struck_subject


def _one(lang: str, lemma: str, form: str) -> str:
    return attack_verb_forms(lang, (form,), lemmas=(lemma,))[0]


#: a sentence of each use, in each language: "{v}" is the verb's past (English) or participle (French)
SENTENCES = {
    "en": {"further": "Government jets also {v} the market of Qasr Nuri.", "struck": "Dar Amin was {v} by jets.",
           "several": "Troops {v} several villages near the river.", "before": "Warplanes {v} ",
           "done": "Rebels {v} the checkpoint.", "listed": "Jets {v} Qasr Nuri, Dar Amin and Tell Wardi in Homs."},
    "fr": {"further": "L'aviation a aussi {v} le marché de Qasr Nuri.", "struck": "Dar Amin a été {v}e par des raids.",
           "several": "L'armée a {v} plusieurs quartiers de la ville.", "before": "Les avions ont {v} ",
           "done": "La ville a été {v}es.", "listed": "Les avions ont {v} Qasr Nuri, Dar Amin et Tell Wardi à Homs."},
}
VERBS = [("en", lemma, _one("en", lemma, "past")) for lemma in ATTACK_VERBS["en"]] + [
    ("fr", lemma, _one("fr", lemma, "é")) for lemma in ATTACK_VERBS["fr"]]


def test_forms_are_made_from_the_lemmas():
    assert attack_verb_forms("en", ("past", "ing"), lemmas=("hit", "strike", "shell", "target")) == (
        "hit", "hitting", "struck", "striking", "shelled", "shelling", "targeted", "targeting")
    assert attack_verb_forms("fr", ("é", "ées", "ent"), lemmas=("pilonner", "reprendre", "assiéger")) == (
        "pilonné", "pilonnées", "pilonnent", "repris", "reprises", "reprennent", "assiégé", "assiégées", "assiègent")
    assert "overran" in attack_verb_forms("en", ("past",), taking=True)
    assert "captured" not in attack_verb_forms("en", ("past",))
    assert attack_verb_pattern("en+fr", ("past", "é"), lemmas=("hit", "viser")) == "(?:visé|hit)"


@pytest.mark.parametrize(("lang", "lemma", "verb"), VERBS)
def test_each_rule_reads_each_attack_verb(lang, lemma, verb):
    said = {use: sentence.format(v=verb) for use, sentence in SENTENCES[lang].items()}
    assert tells_a_further_act(said["further"], "")
    assert struck_subject(said["struck"], len("Dar Amin"))
    assert SEVERAL_PLACES_RE.search(said["several"])
    assert (STRUCK_BEFORE_RE.search(said["before"]) is None) == (lemma == "hit")  # "hit": the subset named there
    assert verb in STRIKE_WORDS
    assert attachment._LEMMAS[verb] == lemma and lemma in attachment._ATTACKS
    assert DONE_RE.search(said["done"])
    listed = listed_names(said["listed"])
    assert listed is not None and [n.text for n in listed.names] == ["Qasr Nuri", "Dar Amin", "Tell Wardi"]


@pytest.mark.parametrize("lemma", ATTACK_VERBS["en"])
def test_each_english_verb_tells_a_past_or_present_act(lemma):
    # "hit", a present as well, tells no completed act alone (the subset named in geo.extract.same_day)
    assert tells_a_past_act(f"Rebels {_one('en', lemma, 'past')} the checkpoint.", "en") == (lemma != "hit")
    assert tells_a_present_act(f"Rebels are {_one('en', lemma, 'ing')} the checkpoint.", "en")


def test_the_named_subsets_and_additions():
    # a town taken is an act's place where the rule says so, but no attack of its own
    assert STRUCK_BEFORE_RE.search("Rebels captured ") and STRUCK_BEFORE_RE.search("Les rebelles ont repris ")
    assert not tells_a_further_act("Rebels also captured the hill of Tell Wardi.", "rebels")
    assert {"captured", "besieged", "pris", "assiégé"} <= STRIKE_WORDS
    assert set(TAKING_VERBS["en"] + TAKING_VERBS["fr"]) <= attachment._ATTACKS
    # an attack's "on" reads a list as what was hit; "touche" is no present act ("concerns")
    listed = listed_names("Air strikes on Qasr Nuri, Dar Amin and Tell Wardi in Homs killed five.")
    assert listed is not None and len(listed.names) == 3
    assert tells_a_present_act("L'armée pilonne les quartiers est.", "fr")
    assert not tells_a_present_act("La crise touche les réfugiés.", "fr")
    assert "rocked" not in attack_verb_pattern("en", ("past",))
    assert struck_subject("Dar Amin was rocked by blasts.", len("Dar Amin"))


@pytest.mark.parametrize("text", [
    "Syrian army tanks rolled into Kfar Hamra at dawn.",
    "Opposition fighters swept into Ayn Deeb on Friday.",
])
def test_a_town_armed_men_moved_into_is_an_acts_place(text):
    assert struck_before(text, text.index("into ") + len("into "))
