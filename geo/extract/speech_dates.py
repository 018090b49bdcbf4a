"""A date told of a verb of speech dates the report, not the act.

"The strikes killed 86 people early on Tuesday, the ministry said on Thursday": Thursday is the
day the ministry spoke; the act is Tuesday's.  When a sentence writes a date of its own for the
act beside the date of its verb of speech (:data:`geo.extract.speech.SPEECH_VERBS`), the
speech's date is not the act's and is dropped.  When the speech's date is the only one ("X was
shelled, the Observatory said on Saturday"), it stays the act's date, as the annotation
guidelines date such acts (the narrowest time the text gives; the act is told as that day's
news).

A date is the speech's when it follows the verb with at most a few words between that say when
or in what the speaker spoke ("said on Monday", "said late on Monday", "reported Wednesday",
"announced in a statement on Friday", "a indiqué vendredi", "a rapporté une ONG vendredi", "told
Reuters on Monday", "a déclaré à l'AFP samedi"), or stands right before it ("… on Thursday said").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from geo.extract.dates import DateMention
from geo.extract.speech import SPEECH_VERBS

__all__ = ["speech_date", "without_speech_dates"]

#: the words that may stand between a verb of speech and its date: when, in what, a short
#: subject after a French inverted verb ("a rapporté une ONG vendredi", "a indiqué l'OSDH samedi"),
#: or whom the speaker told ("told Reuters on Monday", "told the BBC", "a déclaré à l'AFP samedi")
_TOLD = r"(?<=told\s)(?:the\s+)?(?!that\b|of\b)[\w-]+|(?:à|au)\s+(?:l[’']\w+|la\s+\w+|le\s+\w+|[\w-]+)"
_BETWEEN = (r"(?:on|late|early|earlier|later|in\s+a\s+(?:statement|report|tweet)|"
            rf"dans\s+un\s+(?:communiqué|rapport)|tard|tôt|une?\s+\w+|l[’']\w+|le\s+\w+|la\s+\w+|{_TOLD})")
_AFTER_SPEECH_RE = re.compile(rf"(?<![\w-]){SPEECH_VERBS}(?:\s+{_BETWEEN})*\s*$", re.I)
_BEFORE_SPEECH_RE = re.compile(rf"^\s*{SPEECH_VERBS}(?![\w-])", re.I)


def speech_date(sentence: str, mention: DateMention) -> bool:
    """Whether ``mention`` (a date of ``sentence``) is the date of a verb of speech."""
    before = sentence[max(0, mention.start - 80):mention.start]
    if _AFTER_SPEECH_RE.search(before):
        return True
    return _BEFORE_SPEECH_RE.match(sentence[mention.end:mention.end + 40]) is not None


def without_speech_dates(sentence: str, mentions: Sequence[DateMention]) -> list[DateMention]:
    """The sentence's dates without those of its verbs of speech, when another date remains
    that may date the act (not a background one); else all of them."""
    said = [d for d in mentions if speech_date(sentence, d)]
    if not said:
        return list(mentions)
    rest = [d for d in mentions if d not in said]
    if any(d.kind != "background" for d in rest):
        return rest
    return list(mentions)
