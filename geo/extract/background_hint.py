"""How near an event's sentence comes to background, for its confidence
(:data:`geo.extract.confidence.HINT_FACTORS`).

* ``"background"``: the event is background by the one rule of :mod:`geo.extract.background`
  (a cue, an undated "since", a date older than the reporting window or a stretch longer than it).
* ``"near"``: the event is reported, but its sentence carries a hint of history that the rule let
  pass: a cue excused as a comparison ("the deadliest attack since the war began", "le
  bombardement le plus meurtrier depuis 2013"), or a "since" beside the sentence's own date ("on
  Saturday, around the airport closed since January", "samedi, près de l'aéroport fermé depuis
  janvier").
* None: no hint.
"""

from __future__ import annotations

from geo.extract.background import BACKGROUND_CUE_RE

__all__ = ["BACKGROUND", "NEAR", "background_hint"]

BACKGROUND = "background"
NEAR = "near"


def background_hint(sentence: str, *, reported: bool, since: bool) -> str | None:
    """``"background"``, ``"near"`` or None for an event told by ``sentence``, ``reported`` or not,
    whose sentence has a "since" date (``since``: a date of kind "background" in
    :mod:`geo.extract.dates`); see the module's rules."""
    if not reported:
        return BACKGROUND
    if since or BACKGROUND_CUE_RE.search(sentence):
        return NEAR
    return None
