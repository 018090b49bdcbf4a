"""Acts told in the present: news of the day, not commentary.

French news writes the day's acts in the present as often as in the past (*présent de
narration*: "L'armée bombarde les quartiers rebelles", "les combats se poursuivent à X", "les
rebelles attaquent X"); English live reporting in the progressive ("government forces are
shelling X", "fighting is raging in X").  In same-day reporting such an undated sentence tells
an act of the publication day, as a completed act does (:mod:`geo.extract.same_day`).

A present form counts when it is a finite verb: one of the act verbs below, in the third person
("bombarde", "bombardent", "prend", "se poursuivent"), not right after an article, a
possessive or a preposition (then it is a noun: "la frappe", "une attaque", "des tirs").
The parse is not used: the default pipeline parses no sentence (:mod:`geo.extract.attachment`),
and the forms below are those of the act lexicon's verbs.
"""

from __future__ import annotations

import re

from geo.extract.act_lexicon import ATTACK_VERBS, attack_verb_pattern

__all__ = ["tells_a_present_act"]

#: French act verbs (infinitives) of the first group: present "-e" / "-ent"
#: (the attack verbs of geo.extract.act_lexicon but "toucher": "touche" is as often "concerns")
_FR_ER = [verb for verb in ATTACK_VERBS["fr"] if verb != "toucher"] + (
    "encercler tuer tirer massacrer exécuter "
    "assiéger éclater continuer affronter manifester rassembler abattre avancer progresser "
    "reprendre prendre détruire poursuivre combattre enlever"
).split()
#: irregular present forms (third person, singular and plural) of the verbs above that are not
#: of the first group, and forms of the first group whose stem changes
_FR_IRREGULAR = {
    "assiéger": "assiège assiègent", "enlever": "enlève enlèvent",
    "abattre": "abat abattent", "reprendre": "reprend reprennent", "prendre": "prend prennent",
    "détruire": "détruit détruisent", "poursuivre": "poursuit poursuivent",
    "combattre": "combattent",  # not "combat", the noun
}
#: words after which a form is a noun, not a verb ("la frappe", "une attaque", "de combattre")
_FR_NOT_A_SUBJECT = frozenset(
    "le la les l un une des du de d au aux à en sa son ses leur leurs cette ce cet ces notre nos votre vos "
    "pour sans par après avant ne".split())


def _fr_forms() -> frozenset[str]:
    forms: set[str] = set()
    for verb in _FR_ER:
        if verb in _FR_IRREGULAR:
            forms.update(_FR_IRREGULAR[verb].split())
        elif verb.endswith("er"):
            forms.update({verb[:-2] + "e", verb[:-2] + "ent"})
    return frozenset(forms)


_FR_FORMS = _fr_forms()
_FR_WORD_RE = re.compile(r"[\w'-]+")
#: English: the progressive of an act verb ("are shelling", "is still pounding"), or fighting
#: going on ("fighting continues", "clashes are raging")
_EN_PRESENT_RE = re.compile(
    r"\b(?:is|are)\s+(?:(?:still|now|also|reportedly)\s+)?(?:" + attack_verb_pattern("en", ("ing",)) + "|"
    r"fighting|clashing|besieging|advancing|killing)\b"
    r"|\b(?:fighting|clashes|battles|shelling|bombardment|protests)\s+(?:continues?|rages?|(?:is|are)\s+raging)\b",
    re.I)


def tells_a_present_act(sentence: str, lang: str) -> bool:
    """Whether the sentence tells an act in the present (see the module docstring)."""
    if lang == "en":
        return _EN_PRESENT_RE.search(sentence) is not None
    if lang != "fr":
        return False
    previous = ""
    for m in _FR_WORD_RE.finditer(sentence.replace("’", "'")):
        word = m.group(0).lower()
        head, apostrophe, rest = word.partition("'")
        # "s'affrontent": the reflexive's verb; "l'attaque", "d'attaque": a noun
        candidate = rest if apostrophe and head == "s" else "" if apostrophe else word
        if candidate in _FR_FORMS and previous not in _FR_NOT_A_SUBJECT:
            return True
        previous = rest if apostrophe else word
    return False
