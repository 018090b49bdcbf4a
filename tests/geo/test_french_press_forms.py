"""Forms of French agency writing that any conflict article uses, on sentences of our own: a place
set after a list by "près de" locates the list and is no item of it ("Douma et Zabadani, près de
Damas": geo.extract.place_lists)."""

import pytest


@pytest.mark.parametrize(("lang", "text", "places"), [
    ("fr", "Vendredi, l'aviation a bombardé Douma et Zabadani, près de Damas.", ["Az Zabadānī", "Dūmā"]),
    ("fr", "Vendredi, l'aviation a bombardé Douma, près de Damas, et Rastane, près de Homs.", ["Ar Rastan", "Dūmā"]),
    ("en", "On Friday, warplanes struck Douma and Zabadani, near Damascus.", ["Az Zabadānī", "Dūmā"]),
    # a list the capital closes is a list still
    ("fr", "Vendredi, l'aviation a bombardé Douma, Zabadani et Damas.", ["Az Zabadānī", "Damascus", "Dūmā"]),
])
def test_a_place_set_near_a_list_is_where_the_list_lies_not_an_item(told_events, places):
    assert sorted(e.place.name for e in told_events) == places
