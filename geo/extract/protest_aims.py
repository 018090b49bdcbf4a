"""What a protest is against: the acts a protest's aim names are no act of the sentence.

A crowd protests against violence as often as against a government: "Des milliers de personnes
ont manifesté vendredi à Hama pour dénoncer les bombardements de l'armée", "des habitants se sont
rassemblés pour protester contre les raids aériens", "hundreds protested against the shelling of
the city", "thousands rallied to denounce the massacre".  The shelling, the raids, the massacre are
what the crowd denounces (told elsewhere, if at all, as acts of their own); the sentence's act is
the protest.  :func:`without_protest_aims` blanks each aim (from its opening to the end of its
clause) so that the sentence is typed on what remains (:func:`geo.extract.event_types.type_sentence`):
a protest when a protest's word is left.  An attack that hits a protest ("des obus sont tombés sur
des manifestants") names no aim and stays the attack.
"""

from __future__ import annotations

import re

__all__ = ["PROTEST_AIM_RE", "without_protest_aims"]

#: the opening of a protest's aim and the rest of its clause: "pour dénoncer …", "pour protester
#: contre …", "pour réclamer la fin de …", "en solidarité avec …", "contre les …", "to denounce …",
#: "against the …", "in solidarity with …"
PROTEST_AIM_RE = re.compile(
    r"(?<![\w-])(?:(?:pour|afin\s+de)\s+(?:dénoncer|protester\s+contre|condamner|réclamer|exiger|demander|"
    r"exprimer\s+leur\s+colère\s+(?:contre|face\s+à|après))|en\s+(?:signe\s+de\s+)?(?:solidarité|protestation|"
    r"hommage)\s+(?:avec|contre|à|aux)|contre\s+(?:les|le|la|l['’]|ces|cette|ce)|"
    r"to\s+(?:denounce|protest|condemn|demand|decry|call\s+for|mourn)|against\s+(?:the|these|this|that)|"
    r"in\s+(?:solidarity\s+with|protest\s+(?:at|against|over)|memory\s+of))"
    r"(?:\s+|(?<=['’]))[^,.;:()\"«»]{0,120}",
    re.I)


def without_protest_aims(sentence: str) -> str:
    """The sentence with each protest's aim (:data:`PROTEST_AIM_RE`) blanked, same length."""
    return PROTEST_AIM_RE.sub(lambda m: " " * len(m.group(0)), sentence)
