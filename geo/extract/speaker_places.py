"""Where someone spoke or met, not where an act happened: "he said speaking at his group's office in
the Turkish city of Gaziantep", "talks hosted in the Kazakh capital Astana", "told reporters in
Geneva", "lors d'une conférence de presse à Moscou", "des pourparlers à Astana".

News sets statements and negotiations at the place they were made; a sentence that also tells an
act ("… negotiations in Astana that led to a drop in violence though deadly air strikes continue")
does not place the act there.  A place is a speaker's or a meeting's when the locative
preposition before it (past "the", a capitalised qualifier, "city of", "capital") follows

* a verb of speaking with nothing between ("said in Geneva", "told reporters in Geneva", "a déclaré
  à Moscou"), or
* a noun of talks or of a conference, with up to two lower-case words between ("talks being
  held in", "une conférence de presse à"; not "a meeting of commanders in", which may be hit), or
* a participle of speaking, with up to four ("speaking at his group's office in").

(A place right before its verb of speech, "the ministry in Moscow said", is a source already:
:mod:`geo.extract.event_places`.)

A sentence that opens on a place, then its speaker and verb of speech ("In Washington, the Pentagon
confirmed eight strikes in Aleppo province", "À Moscou, le ministère de la Défense a affirmé avoir
frappé Raqqa") sets the speaker there: when the speech names a place of its own after the verb, the
opening place is the speaker's (:func:`opening_speaker_end`), and the act is at the place the speech
names ("In Aleppo, activists said 20 were killed" names no other: Aleppo stays the act's).

The event takes a place of its own elsewhere in the sentence, or its context's
(:mod:`geo.extract.events`).
"""

from __future__ import annotations

import re

from geo.extract.speech import SPEECH_VERBS

__all__ = ["opening_speaker_end", "speaker_place"]

#: what may stand between the preposition and the name: "the Turkish city of", "the Kazakh capital"
_QUALIFIERS = (r"(?:the\s+|la\s+|le\s+|l['’]\s*)?(?:(?:[A-Z][\w’'-]*|city|capital|town|resort|ville|capitale|"
               r"of|de|d['’])\s*){0,3}")
#: (a few verbs of speaking, not :data:`geo.extract.speech.SPEECH_VERBS`: after "reported in",
#: "claimed in", "accused in" the place is mostly the act's)
_SPEAKER_BEFORE_RE = re.compile(
    r"(?i:\b(?:said|says|told\s+(?:reporters|journalists|a\s+news\s+conference)|stated|declared|a\s+déclaré|"
    r"a\s+dit|a\s+affirmé)\s+"  # a verb of speaking, right before
    r"|\b(?:talks|negotiations|summit|conference|interview|hearing|forum|pourparlers|négociations|sommet|"
    r"conférence|entretien)(?:\s+[a-zà-ÿ][\w’'-]*){0,2}\s+"  # talks, a conference: two words between
    r"|\b(?:speaking|spoke|s['’]exprimant)(?:\s+[a-zà-ÿ][\w’'-]*){0,4}\s+)"  # speaking: four words
    rf"(?:in|at|from|à|au|en|dans|depuis)\s+{_QUALIFIERS}$")

#: the most characters looked back from a place name
_LOOK_BACK = 100


def speaker_place(text: str, start: int, sentence_start: int) -> bool:
    """Whether the place named at ``start`` is where someone spoke or met (see the module docstring)."""
    return bool(_SPEAKER_BEFORE_RE.search(text[max(sentence_start, start - _LOOK_BACK):start]))


#: a locative opening the sentence, before its place: "In", "À" (a scraped lead may set no comma after the place)
_OPENING_BEFORE_RE = re.compile(r"\s*(?:in|at|à|a|au|en)\s+(?:the\s+|la\s+|le\s+|l['’]\s*)?$", re.I)
#: after the opening place: a comma or not, then the speaker (at most :data:`_SPEAKER_WORDS` words,
#: no comma, no digit: "the Pentagon", "le ministère russe de la Défense"), an auxiliary and the verb
_SPEAKER_WORDS = 6
_OPENING_SPEAKER_AFTER_RE = re.compile(
    rf"\s*,?\s+(?:[^\W\d][\w'’.-]*\s+){{1,{_SPEAKER_WORDS}}}?(?:(?:has|have|had|also|then|later|a|ont|avait|avaient|"
    rf"aussi|également)\s+){{0,2}}{SPEECH_VERBS}\b", re.I)


def opening_speaker_end(text: str, start: int, end: int, sentence_start: int) -> int | None:
    """Where the verb of speech ends when the place named at ``text[start:end]`` opens its sentence
    (after a locative) and its speaker and verb of speech follow it ("In Washington, the Pentagon
    confirmed"), else None.  The place is the speaker's when the sentence names a place of the act
    after that offset (the caller's test: :mod:`geo.extract.event_places`)."""
    if _OPENING_BEFORE_RE.fullmatch(text, sentence_start, start) is None:
        return None
    m = _OPENING_SPEAKER_AFTER_RE.match(text, end)
    return m.end() if m is not None else None
