"""A toll in another story's headline, glued into the body by a scraped page ("Related …",
a list of links): "… is currently underway. ... 01 Related Daesh Shells Syrias Deir ez-Zor Injures
10 People … US-Led Coalition Airstrikes Kill at Least 12 Civilians in Syrian Deir ez-Zor Tags …".

GUIDELINES: a toll is the number killed in *that* event, as the article reports it.  A headline
is written in title case: its verb of killing and the words around the count are capitalised
("Kill at Least 12 Civilians"), which a sentence of English prose never does in its middle.  The
article's own headline (its first line) and the body's first sentence, which often repeats it,
tell the article's act and keep their tolls; a count further on whose verb of killing is
capitalised mid-sentence, with capitalised words around it, is another story's.
"""

from __future__ import annotations

import re

__all__ = ["FIRST_BODY_SENTENCES", "HEADLINE_WORDS", "LINKS_CHARS", "in_another_headline"]

#: the article's headline and the body's first sentence (which often repeats it): their
#: counts are the article's own
FIRST_BODY_SENTENCES = 2
#: a verb or noun of killing capitalised as a headline writes it
_KILL_TITLE_RE = re.compile(r"(?<=\s)(?:Kill|Kills|Killed|Killing|Dead|Die|Dies|Died|Death|Deaths|Martyred)\b")
#: words a title-case headline leaves in lower case
_SMALL_WORDS = frozenset("a an and as at by for from in of on or the to vs".split())
#: the words on each side of a count read to tell a headline
HEADLINE_WORDS = 4
_WORD_RE = re.compile(r"[^\W\d_][\w'’-]*")


#: the words a page opens its list of links to other stories with ("Related News", "Read more",
#: "À lire aussi"), capitalised as a page writes them (not "related to"): the headlines after
#: them, written in sentence case too, are other stories'
_LINKS_RE = re.compile(
    r"(?<![\w-])(?:Related(?:\s+(?:News|Articles|Stories|Posts|Content|Coverage))?|Read [Mm]ore|Read [Aa]lso|"
    r"See [Aa]lso|Also [Rr]ead|(?:À )?[Ll]ire [Aa]ussi|Voir [Aa]ussi|Sur le même sujet)(?![\w-])(?!\s+(?:to|with|à)\b)")
#: how far after those words (characters) a count is read as in a linked headline
LINKS_CHARS = 300


def in_another_headline(sentence: str, start: int, end: int) -> bool:
    """Whether the count written at ``start``–``end`` of ``sentence`` (not the article's first
    sentences: see the module) lies in a title-case headline: a capitalised verb of killing
    among the :data:`HEADLINE_WORDS` words on either side, and all but one of those words
    capitalised (the small words of a title aside); or in a list of links opened by "Related
    News", "Read more", "À lire aussi" at most :data:`LINKS_CHARS` before it."""
    if _LINKS_RE.search(sentence, max(0, start - LINKS_CHARS), start) is not None:
        return True
    before = _WORD_RE.findall(sentence[:start])[-HEADLINE_WORDS:]
    after = _WORD_RE.findall(sentence[end:])[:HEADLINE_WORDS]
    window = sentence[max(0, start - 60):min(len(sentence), end + 60)]
    if _KILL_TITLE_RE.search(window) is None:
        return False
    words = before + after
    content = [w for w in words if w.lower() not in _SMALL_WORDS]
    return len(content) >= 3 and sum(not w[0].isupper() for w in content) <= 1
