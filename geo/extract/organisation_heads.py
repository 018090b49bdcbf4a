"""The head noun of an organisation's name is no place where the article writes it alone: French
press names a body in full once ("l'Observatoire syrien des droits de l'homme") and then by its
head noun ("selon l'Observatoire", "a indiqué l'Observatoire"), which a gazetteer may know as a
place (a Paris quarter is called Observatoire) and NER may read as one.

An organisation's full name here: a definite article, a capitalised noun, a lower-case adjective,
then "de"/"des"/"du"/"d'"/"pour" and a lower-case noun with no article ("l'Observatoire syrien des
droits …"); a place is followed by a name ("l'Université de Damas") or an article ("la Turquie
voisine de la Syrie"), not so.  Every span where the article writes that capitalised noun after a
definite article is blocked for :class:`geo.extract.places.PlaceFinder`.
"""

from __future__ import annotations

import re

__all__ = ["organisation_heads"]

_ARTICLE = r"(?:(?<![\w-])[lL]['’]\s*|(?<![\w-])(?:le|la|les|Le|La|Les)\s+)"
_FULL_NAME_RE = re.compile(
    rf"{_ARTICLE}(?P<head>[A-ZÀ-ÖØ-Þ][a-zà-ÿ]+)\s+[a-zà-ÿ]+\s+(?:des|de|du|d['’]|pour)\s*(?!(?:la|le|les)\s|l['’])[a-zà-ÿ]")


def organisation_heads(text: str, lang: str) -> list[tuple[int, int]]:
    """The spans of ``text`` (in French) where a head noun of an organisation it names in full
    stands after a definite article (see the module)."""
    if lang != "fr":
        return []
    heads = {m.group("head") for m in _FULL_NAME_RE.finditer(text)}
    if not heads:
        return []
    alternation = "|".join(re.escape(h) for h in sorted(heads, key=len, reverse=True))
    return [(m.start(1), m.end(1)) for m in re.finditer(rf"{_ARTICLE}({alternation})(?![\w-])", text)]
