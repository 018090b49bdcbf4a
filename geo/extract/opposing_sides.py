"""Acts of two opposing sides are two acts: "Government air strikes killed 20 people in eastern
Aleppo on Monday.  Rebel shelling of government-held western Aleppo killed five", "Des frappes du
régime ont tué vingt civils à Alep.  Des obus tirés par les rebelles ont tué cinq personnes".

One act has one attacker (``GUIDELINES.md``: one act, one day, one place); a war report often
tells, at one city on one day, the strikes of one side and the shelling of the other, each of one
type (explosions/remote violence).  The side that carries out an act is read next to the act's word
(its trigger): a word of a side right before it, at most :data:`BEFORE_WORDS` words and no
preposition between ("rebel shelling", "regime forces shelled", "Russian air strikes",
"terrorists fired rocket shells"), or named as the doer right after it ("shelling by the regime",
"shells fired by opposition groups", "frappes du régime", "tirs des rebelles", "obus tirés par les
rebelles"), inside the act's words ("l'aviation du régime a bombardé"), or by a French adjective right
after them ("une attaque rebelle", "des frappes russes": :data:`POSTPOSED`).  A side named as the place or the victim ("rebel-held", "regime positions", "killed 20
rebels in air strikes", "quartiers rebelles") is not the attacker.  Two tellings whose attackers are
read on two opposing sides (:data:`SIDES`), with two different tolls, are two acts: a sentence that
would continue the act told before it tells its own (:mod:`geo.extract.nearby_acts`), and two such
events are not joined as retellings (:mod:`geo.extract.retellings`).  The same toll told by both is
one act whose attacker the sources dispute.
"""

from __future__ import annotations

import re

__all__ = ["BEFORE_WORDS", "POSTPOSED", "SIDES", "attacker_side", "opposing_attackers", "other_side_act"]

#: side -> words naming it as an attacker: the state and its allies, the armed groups fighting it;
#: acronyms (all capitals) match in capitals only ("IS", not "is")
SIDES: dict[str, tuple[str, ...]] = {
    "government": (
        "regime", "government", "pro-government", "pro-regime", "pro-Assad", "loyalist", "loyalists", "army",
        "Assad", "Russian", "Russia", "Syrian-Russian", "Russian-Syrian", "Syrian army", "Syrian troops",
        "régime", "gouvernement", "gouvernementales", "gouvernementaux", "prorégime", "pro-régime",
        "loyalistes", "armée", "russe", "russes", "Russie"),
    "armed groups": (
        "rebel", "rebels", "opposition", "insurgent", "insurgents", "jihadist", "jihadists", "militant",
        "militants", "terrorist", "terrorists", "Islamist", "Islamists", "IS", "ISIS", "ISIL", "Daesh",
        "Nusra", "rebelle", "rebelles", "insurgés", "jihadiste", "jihadistes", "djihadiste", "djihadistes",
        "terroriste", "terroristes", "islamiste", "islamistes", "EI", "Daech"),
}
#: a side's French adjective right after the act's noun names its doer ("une attaque rebelle", "des
#: frappes russes", "des tirs jihadistes"); English puts it before ("a rebel attack")
POSTPOSED = ("rebelle", "rebelles", "russe", "russes", "gouvernementales", "gouvernementaux", "loyalistes",
             "jihadiste", "jihadistes", "djihadiste", "djihadistes", "islamiste", "islamistes", "terroriste",
             "terroristes")
_POSTPOSED_RE = re.compile(rf"^\s+(?:{'|'.join(POSTPOSED)})(?![\w-])", re.I)

#: the most words between an attacker's word and the act's word after it ("regime forces shelled")
BEFORE_WORDS = 4

_WORD = {w if w.isupper() else w.lower(): side for side, words in SIDES.items() for w in words if " " not in w}
_PHRASE_RE = re.compile(
    "|".join(re.escape(w) for words in SIDES.values() for w in sorted(words, key=len, reverse=True) if " " in w), re.I)
#: a side's word naming a place or a target, not an attacker ("rebel-held", "regime positions")
_HELD_RE = re.compile(r"^[\s-]*(?:held|controlled|areas?|positions?|districts?|neighbou?rhoods?|territory)\b", re.I)
#: words that put a side's word outside the act's doer when they stand between the two
#: ("20 rebels in air strikes", "rebels, killed in shelling")
APART_WORDS = ("in", "on", "of", "at", "from", "during", "after", "against", "by", "into", "toward", "towards", "near",
               "with", "and", "killed", "killing", "dans", "sur", "contre", "à", "au", "aux", "de", "des", "du",
               "pendant", "après", "par", "et", "tué", "tués", "tuant")
_APART_RE = re.compile(r"(?<![\w-])(?:" + "|".join(APART_WORDS) + r")(?![\w-])|[,;:()]", re.I)
#: "and" / "or" joining another side's word as a doer of the act too ("US-led coalition and Russian air strikes")
_JOINED_SIDE_RE = re.compile(r"\s(?:and|or|et|ou)\s+(?=([\w.-]+))", re.I)
#: after the act's word: its doer ("by the regime", "fired by opposition groups", "du régime", "par les rebelles")
_DOER_AFTER_RE = re.compile(
    r"^\s*(?:[\w-]+\s+){0,2}?(?:(?:carried\s+out\s+|fired\s+|launched\s+|dropped\s+)?by(?:\s+the)?|"
    r"(?:tirés?\s+|menées?\s+|larguées?\s+)?par(?:\s+les?|\s+la|\s+l['’])?|du|des|de\s+l['’]|de\s+la)\s*"
    r"(?:[\w-]+\s+){0,1}?(?P<side>[\w-]+)", re.I)


#: the rebels' army, whose name holds the state's ("Free Syrian Army", "Armée syrienne libre")
_REBEL_ARMY_RE = re.compile(r"free\s+syrian\s+army|armée\s+syrienne\s+libre", re.I)


def _side(word: str) -> str | None:
    word = word.strip("'’")
    return _WORD.get(word) if word.isupper() else _WORD.get(word.lower())


def attacker_side(sentence: str, trigger: str) -> str | None:
    """The side (:data:`SIDES`) that ``sentence`` says carries out its act, named by ``trigger``:
    one named right before the act's word or as its doer right after it; None when none is read
    or two are."""
    sentence = _REBEL_ARMY_RE.sub(lambda m: "x" * len(m.group(0)), sentence)  # not the state's army
    at = sentence.lower().find(trigger.lower()) if trigger else -1
    if at < 0:
        return None
    end = at + len(trigger)
    found: set[str] = set()
    before = sentence[:at]
    words = list(re.finditer(r"[\w'’-]+", before))[-(BEFORE_WORDS + 1):]
    for m in words:
        side = _side(m.group(0)) or _side(m.group(0).split("-")[0])
        if side is None or m.group(0).lower().endswith(("-held", "-controlled")):
            continue
        between = _JOINED_SIDE_RE.sub(lambda j: " " if _side(j.group(1)) else j.group(0), before[m.end():])
        if _HELD_RE.match(between) or _APART_RE.search(between):
            continue
        found.add(side)
    for m in _PHRASE_RE.finditer(before[-40:]):
        if not _APART_RE.search(before[-40:][m.end():]):
            found.add(next(s for s, ws in SIDES.items() if m.group(0).lower() in (w.lower() for w in ws)))
    # a side named inside the act's words ("l'aviation du régime a bombardé") or by an adjective after them
    for m in [*re.finditer(r"[\w'’-]+", trigger), _POSTPOSED_RE.match(sentence[end:end + 30])]:
        if m is not None and _side(m.group(0).strip()) and not m.group(0).lower().endswith(("-held", "-controlled")):
            found.add(_side(m.group(0).strip()))
    doer = _DOER_AFTER_RE.match(sentence[end:end + 60])
    if doer is not None and _side(doer.group("side")) and not _HELD_RE.match(sentence[end + doer.end():]):
        found.add(_side(doer.group("side")))
    return found.pop() if len(found) == 1 else None


def _side_of(event) -> str | None:
    for span in event.spans:
        if event.trigger and event.trigger.lower() in span.sentence.lower():
            return attacker_side(span.sentence, event.trigger)
    return None


def other_side_act(sentence: str, trigger: str, fatalities, event) -> bool:
    """Whether ``sentence`` (its act's word ``trigger``, its tolls ``fatalities``), right after
    ``event``, tells an act of the side opposing ``event``'s attacker, not more of that act."""
    counted = [f.count for f in fatalities if f.count > 0]
    if event.fatalities is not None and counted and event.fatalities in counted:
        return False
    side, told = attacker_side(sentence, trigger), _side_of(event)
    return side is not None and told is not None and side != told


def opposing_attackers(a, b) -> bool:
    """Whether two tellings (events) name attackers of two opposing sides and tell two different
    tolls (or one of them none): two acts."""
    if a.fatalities is not None and a.fatalities == b.fatalities:
        return False
    side_a, side_b = _side_of(a), _side_of(b)
    return side_a is not None and side_b is not None and side_a != side_b
