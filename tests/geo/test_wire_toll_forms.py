"""Wire forms of a toll found wanting by the second round of bench/en_toll_probe.py (sentences
written for these tests): the whole so far told with "gone up to" or "from N to N", "revised the
toll up to", "upwards of", another group's dead told "along with" or
"as were" (added), the dead counted by the bodies found, a group told "among the dead" (at least them), and another
source's figure set against the lead's ("while activists put the toll at 45", "another activist
group said 15", "officials gave a toll of 22" after the lead's: the lead's)."""

import pytest

from geo.extract.numbers import find_fatalities
from geo.extract.other_estimates import marked_estimates
from geo.extract.tallies import event_toll


def toll(sentence: str, lang: str = "en") -> int | None:
    """The toll of the act ``sentence`` tells, another source's estimates marked as events.py marks them."""
    return event_toll(marked_estimates(sentence, find_fatalities(sentence, lang)))


@pytest.mark.parametrize(("sentence", "expected"), [
    # the whole so far
    ("By nightfall the toll from the shelling had gone up to 31.", 31),
    ("The death toll went up to 31 after rescuers reached the basement.", 31),
    ("The toll climbed from 12 to 31 during the night.", 31),
    ("Health officials revised the death toll up to 31.", 31),
    ("The toll rose to 31, up from 12 given in the morning.", 31),
    # qualifiers
    ("The rocket barrage killed upwards of 31 people in the camp.", 31),
    ("The assault killed in excess of 31 militiamen.", 31),
    # another group's dead, added
    ("Four medics were killed along with three patients when the clinic was hit.", 7),
    ("The mortar round killed four medics together with three patients.", 7),
    ("Four policemen died in the assault, as did three attackers.", 7),
    ("Four policemen were killed at the gate, as were three attackers.", 7),
    # bodies found
    ("Volunteers pulled the bodies of six farmers from the flooded cellar.", 6),
    ("The bodies of six farmers were discovered in a well outside the hamlet.", 6),
    ("The bodies of six farmers, blindfolded and shot, were found by a shepherd.", 6),
    ("Six more bodies were recovered from the cellar on Monday.", 6),
    # the bodies of the dead told again, no finding: no toll of their own
    ("The bodies of six farmers lay in the mosque awaiting burial.", None),
    ("Families waited for the bodies of their relatives.", None),
    # a group told among the dead: at least them
    ("Three nurses were among the dead, the hospital said.", 3),
    ("Two reporters were also among those killed.", 2),
    ("Eleven people died in the blast; three nurses were among the dead.", 11),
    ("Three nurses were among the victims of the blast.", None),  # (victims: the wounded too)
    # other sources
    ("Police said four people died, while residents put the toll at nine.", 4),
    ("The governor said 20 were killed, whereas the opposition gave a figure of 41.", 20),
])
def test_wire_toll_forms(sentence: str, expected: int | None) -> None:
    assert toll(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Quatre policiers ont été tués, ainsi que trois assaillants.", 7),
    ("Trois infirmières sont parmi les morts.", 3),
    ("Le bilan est passé à 31 morts.", 31),
])
def test_french_forms_beside_them_are_unchanged(sentence: str, expected: int) -> None:
    assert toll(sentence, "fr") == expected


def test_another_source_is_an_estimate_after_the_lead() -> None:
    first = toll("Shelling killed 11 people in the market, medics said.")
    told = marked_estimates("The Union of Medical Relief, another aid group, said 19 people were killed.",
                            find_fatalities("The Union of Medical Relief, another aid group, said 19 people were killed.", "en"))
    assert first == 11 and all(f.alternative for f in told)
    assert event_toll(told, first) == 11


def test_a_sources_own_figure_after_the_lead_is_an_estimate() -> None:
    lead = toll("A rocket hit the bus station, killing 14 people, police said.")
    later = "Hospital staff gave a toll of 25."
    assert lead == 14 and event_toll(marked_estimates(later, find_fatalities(later, "en")), lead) == 14
    assert toll("Hospital staff gave a toll of 25.") == 25  # (told alone, it is the toll)
    update = "The ministry later put the toll at 25."
    assert event_toll(marked_estimates(update, find_fatalities(update, "en")), lead) == 25


def test_a_rise_in_words_is_no_range() -> None:
    assert toll("The death toll jumped from twelve to thirty-one overnight.") == 31
