"""People killed by someone, told without a word for the kind of act (the "killing" family of
geo.extract.act_lexicon), and arrests of one woman: typed, in French and English; a word naming
the act, or deaths at a protest, keep their own type."""

import pytest

from geo.extract.event_types import type_sentence


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Six civils ont été tués par les soldats dans le village.", ("Violence against civilians", "Attack")),
    ("Une femme a été tuée par balle près du marché.", ("Violence against civilians", "Attack")),
    ("Un adolescent a été abattu par un tireur embusqué.", ("Violence against civilians", "Attack")),
    ("Deux prisonniers ont été pendus par les miliciens.", ("Violence against civilians", "Attack")),
    ("Six civilians were killed by soldiers in the village.", ("Violence against civilians", "Attack")),
    ("A woman was shot dead near the market.", ("Violence against civilians", "Attack")),
    ("A teenager was killed by a sniper.", ("Violence against civilians", "Attack")),
    ("Two prisoners were hanged by the militia.", ("Violence against civilians", "Attack")),
    ("A detainee was tortured to death in the prison.", ("Violence against civilians", "Attack")),
    ("Gunmen killed a member of the town council on Tuesday.", ("Violence against civilians", "Attack")),
    ("Des hommes armés ont tué un membre du conseil municipal mardi.", ("Violence against civilians", "Attack")),
    ("Une militante a été arrêtée à son domicile.", ("Strategic developments", "Arrests")),
])
def test_killings_by_someone_are_attacks(sentence, expected):
    typing = type_sentence(sentence)
    assert typing is not None and (typing.event_type, typing.sub_event_type) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Douze civils ont été tués par des frappes aériennes.", ("Explosions/Remote violence", "Air/drone strike")),
    ("Twelve civilians were killed by shelling.", ("Explosions/Remote violence", "Shelling/artillery/missile attack")),
    ("Quatre manifestants ont été tués par les forces de sécurité lors d'une manifestation.",
     ("Protests", "Excessive force against protesters")),
    ("Four protesters were killed by security forces at a demonstration.",
     ("Protests", "Excessive force against protesters")),
])
def test_a_word_for_the_act_or_a_protest_keeps_its_type(sentence, expected):
    typing = type_sentence(sentence)
    assert typing is not None and (typing.event_type, typing.sub_event_type) == expected
