"""The death tolls of a sentence (English and French; numbers: :mod:`geo.extract.number_words`).

A number is a toll only when the sentence counts people killed by it ("killed 12 civilians",
"12 people were killed", "au moins 12 morts", "le bilan s'élève à 12"), and never:

* a year, a clock time, a date, an age or a measure: only victims, modifiers and auxiliaries may
  stand between the number and "killed" (:data:`_GAP_WORDS`), four digits 1900–2100 are a year;
* a part of a toll already counted ("including 5 children", "dont 5 enfants");
* "killed or wounded", "killed and injured", a headline's "killed, injured" (its comma kept or
  lost): casualties, not deaths;
* a cumulative, war-long or several days' toll ("since the war began", "so far this year",
  "depuis le début du conflit", "the conflict has killed", "in total", "in recent days", "seven
  days of airstrikes"): not one act's (:mod:`geo.extract.running_tolls`);
* a toll over several places at once ("on X and its villages": :mod:`geo.extract.several_places`);
* the dead a funeral mourns ("the funerals of two boys killed by …": :mod:`geo.extract.mourned_dead`).

Each side's dead told apart add up ("10 morts parmi les soldats, 16 dans les rangs rebelles", "killed 10
soldiers and 16 rebels", "claimed the lives of 12 soldiers and 9 rebels"); the parts told in apposition
("three people, two of them children, died") are no toll of their own; "12 others, including women, were
wounded" are wounded; one victim told by an article is 1 ("a woman was killed", "killing a child", "un civil a
été tué"); "the death toll rose to 12", "bringing the toll to 12" tell the whole so far (the dead told as more
before it included); a war's toll ("in Syria's 30-month war"), the rest of the country's ("elsewhere in the
country") or a week's is no act's, the last 24 hours' is one day's. Tolls are also told by a noun or a figure
("the death of 12", "the martyrdom of 3", "the elimination of 34", "the death toll was 213", "Death toll from
X at least 112", "placed the death toll at 12", "rises to 76"), by bodies ("recovered 12 bodies", "12 corps
ont été retrouvés"), "to death" ("stoned to death", "lapidées à mort"), "had died", "were eliminated" (not
things: "two tanks were eliminated"), with a gloss in parentheses ("23 IS (Daesh) militants") or a group named
in quotes; a second count told at another place with its verb and victims left out ("killed 45 in A and 22 in
B": each place's, paired by :mod:`geo.extract.place_tolls`); a victim killed "along with two other people" is
3.

How tolls add up: :class:`geo.extract.tallies.Tally`; other sources' estimates: :mod:`geo.extract.other_estimates`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import lru_cache

from geo.extract.also_dead import told_also
from geo.extract.count_ranges import one_count_per_range
from geo.extract.destroyed_things import THING_AFTER, THINGS_EFFACED
from geo.extract.kin_tolls import ONE_KIN, kin_counts
from geo.extract.long_spaces import folded_spaces
from geo.extract.month_tallies import month_tally
from geo.extract.mourned_dead import mourned
from geo.extract.number_words import NUMBER, NUMBER_RE, NUMBER_WORDS, UNKNOWN_COUNT, is_year, parse_number
from geo.extract.running_tolls import (
    MONTHS,
    NO_DEATHS_RE,
    RUNNING_TOLL_OF_RE,
    is_cumulative,
    without_war_tolls,
)
from geo.extract.several_places import over_several_places
from geo.extract.toll_forms import (
    ADDED_FORMS,
    AND_MORE_DIED,
    BROUGHT_TO,
    COUNTED_AFTER_ITS_CUE,
    COUNTED_WHOLE_BEFORE,
    DEAD_NUMBER,
    ONE_AND_MEN,
    TOLL_FORM_CUES,
    TOLL_FORMS,
    WHOLE_SO_FAR,
    WOUNDED_WHO_DIED,
)
from geo.extract.toll_words import (
    AS_WELL_AS,
    AUX,
    AUX_RE,
    DEAD,
    DEATH_OF,
    GAP_WORD,
    INSERTED_DAY,
    KILL_VERBS,
    LIVES_OF,
    MINIMUM,
    OF_GROUP,
    ONE,
    ONE_VICTIM,
    ONE_VICTIM_RE,
    OTHERS_WOUNDED,
    PASSIVE_KILLED,
    SIDE,
    SUBSET,
    TO_DEATH,
    TOLL_COUNT,
)
from geo.extract.victim_groups import group_counts
from geo.extract.victim_kinds import VICTIMS
from geo.extract.word_tries import leading_group, word_trie


@dataclass(frozen=True, slots=True)
class Fatalities:
    count: int
    start: int
    end: int
    text: str
    minimum: bool  # "at least", "au moins", "more than"
    additional: bool = False  # "another 5", "5 more", "5 autres": added to a toll already told
    total: bool = False  # "the death toll rose to 12", "bringing the toll to 12": the whole so far
    #: the words that tell it, from the number to the end of its clause, in lower case: the same
    #: words told twice (a sentence or headline scraped twice) are one telling
    said: str = ""
    alternative: bool = False  # another source's estimate of dead already counted (geo.extract.other_estimates)


#: a second group told after the first's dead: "11 rebelles ont été tués, ainsi que sept soldats", "killed
#: 11 rebels as well as seven soldiers" (added to the first)
_AS_WELL_AS_TOLD = re.compile(rf"(?:{DEAD}|{KILL_VERBS}\s+{INSERTED_DAY}{{0,2}}{MINIMUM.replace('(?P<min>', '(?:')}(?:{NUMBER})\s+{GAP_WORD}{{0,2}}),?\s*"
                              rf"{AS_WELL_AS}\s+{MINIMUM}{TOLL_COUNT}\s+{GAP_WORD}{{0,2}}?{VICTIMS}\b", re.I)
#: one victim and one of kin, killed: "a man and his wife were killed", "une femme et son fils ont été
#: tués" (the victim here, the kin by geo.extract.kin_tolls)
_ONE_AND_KIN = re.compile(rf"(?<![\w-])(?P<n>{ONE})\s+(?:[\w-]+\s+)?{ONE_VICTIM}\s+(?:and|et)\s+(?:his|her|their|sa|son)\s+"
                          rf"(?:[\w-]+\s+)?{ONE_KIN}\s+{AUX}{DEAD}\b", re.I)
#: the dead told as a number: "put the number of dead at 17", "portant le nombre de morts à 17"
_NUMBER_OF_DEAD = (r"(?:number\s+of\s+(?:the\s+)?(?:dead|deaths|victims|fatalities|martyrs|people\s+killed|those\s+killed)|"
                   r"nombre\s+de\s+(?:morts|victimes|tués))")
_PATTERNS = [
    # "killed 56 terrorists", "ont tué 56 terroristes", "destroyed fifty-six terrorists", "killing 12",
    # "ont tué dimanche 20 civils"
    re.compile(rf"{KILL_VERBS}\s+{INSERTED_DAY}{{0,2}}(?:{MINIMUM}){TOLL_COUNT}", re.I),
    # "56 people were killed", "au moins 70 morts", "33 soldiers died", "12 Syrian civilians dead"
    re.compile(rf"(?:{MINIMUM}){TOLL_COUNT}\s+{GAP_WORD}{{0,2}}{SUBSET}{AUX}{DEAD}\b", re.I),
    # "death toll rose to 33", "victims ... increased to thirty-three", "le bilan est passé à 33 morts"
    re.compile(rf"(?:death toll|toll|victims|dead|deaths|fatalities|martyrs|bilan|victimes|morts|number of (?:[\w-]+ )?killed)\b[^.;]{{0,100}}?"
               rf"\b(?:rose|risen|rises|rising|increased|climbed|climbs|jumped|jumps|soared|topped|reached|stands at|stood at|grew|"
               rf"s'élève à|s’élève à|"
               rf"est passé à|atteint|a atteint|passe à|est de|(?:s['’]est\s+)?alourdi\s+{INSERTED_DAY}?à)\s+(?:to\s+)?{MINIMUM}{TOLL_COUNT}", re.I),
    # "perdu 33 des leurs", "lost 33 of their own", "lost 33 fighters"
    re.compile(rf"(?:lost|perdu|perdant)\s+{MINIMUM}{TOLL_COUNT}\s+(?:des leurs|of their own|of its own|{VICTIMS})",
               re.I),
    # "faisant 12 morts", "a fait 12 morts", "leaving 12 dead", "claiming 12 lives", "a fait jeudi 12 victimes"
    re.compile(rf"(?:faisant|fait|causing|leaving|left|claiming|claimed|claims?)\s+{INSERTED_DAY}{{0,2}}{MINIMUM}{TOLL_COUNT}\s+"
               rf"{GAP_WORD}?(?:morts|dead|victimes|lives|people dead|martyrs)", re.I),
    # "killing nine children and 14 others": the others are added ("others", _ADDITIONAL_RE)
    re.compile(rf"{KILL_VERBS}\s+[^.;]{{0,60}}?\b(?:and|et)\s+{TOLL_COUNT}\s+(?:others|autres)\b(?!{OTHERS_WOUNDED})", re.I),
    # "five children and four medical staff killed": the first group is added to the second's toll;
    # "two rebels and a civilian were killed": one more; the first group of two kinds: "23 soldats et miliciens et 15 rebelles"
    re.compile(rf"(?:{MINIMUM}){TOLL_COUNT}\s+{GAP_WORD}{{0,4}}(?:(?:and|et)\s+{GAP_WORD}{{1,3}})?(?P<join>and|et)\s+{MINIMUM.replace('(?P<min>', '(?:')}(?:{NUMBER}|(?P<one>an?|une?)(?=\s+{ONE_VICTIM}\b))\s+"
               rf"{GAP_WORD}{{0,3}}(?:{OF_GROUP}\s+)?{AUX}{DEAD}\b", re.I),  # ("… and five members of the army died")
    # "claimed the lives of 12", "a coûté la vie à 12", "a causé la mort de 12 personnes"
    re.compile(rf"(?:{LIVES_OF}|{DEATH_OF}\s+de)\s+{MINIMUM}{TOLL_COUNT}", re.I),
    # each side's dead told apart: "10 morts parmi les soldats, 16 dans les rangs rebelles", "10 dead
    # among the troops and 16 among the rebels": the second side's count is added to the first's
    re.compile(rf"{DEAD}\s+{SIDE}\s+[^,;.]{{1,40}}?,?\s+(?:(?:and|et)\s+)?{MINIMUM}{TOLL_COUNT}\s+{SIDE}\s", re.I),
    # "killed 10 soldiers and 16 rebels", "ont tué 10 soldats et 16 rebelles", "ont tué 10 jihadistes de
    # l'EI et 4 civils": a second group of victims
    re.compile(rf"(?:{KILL_VERBS}\s+{INSERTED_DAY}{{0,2}}|{LIVES_OF}\s+){MINIMUM.replace('(?P<min>', '(?:')}(?:{NUMBER})\s+"
               rf"{GAP_WORD}?{VICTIMS}(?:\s+{OF_GROUP}(?:\s+\([^()\d]{{1,30}}\))?)?,?\s+(?:and|et)\s+{MINIMUM}{TOLL_COUNT}\s+{GAP_WORD}?{VICTIMS}\b", re.I),
    # victims told by more words, or by two kinds at once: "70 regime and rebel fighters have been killed",
    # "12 soldats et miliciens tués", the group they belong to: "175 members of the ISIS were killed", "12
    # combattants de l'EI tués"; an unknown count beside them is none: "120 soldiers and dozens of rebels died"
    re.compile(rf"(?:{MINIMUM}){TOLL_COUNT}\s+{GAP_WORD}{{0,3}}(?:(?:and|et|or|ou)\s+{GAP_WORD}{{0,2}})?{VICTIMS}(?:\s+{OF_GROUP})?"
               rf"(?:,?\s+(?:and|et)\s+{UNKNOWN_COUNT}\s+{GAP_WORD}{{0,2}}{VICTIMS}(?:\s+[\w-]+)?)?,?\s+{SUBSET}{AUX}{DEAD}\b", re.I),
    # "a death toll of 12", "the deaths of 12 people", "bringing the death toll to 12"
    # "the execution of 18 prisoners", "the beheading of 18", "le massacre de 18 civils"
    re.compile(rf"(?:(?:death )?toll of|the deaths? of|(?:the )?(?:martyrdom|elimination) of|(?:executions?|beheadings?|killings?|massacres?|murders?|"
               rf"exécutions?|décapitations?|massacres?|assassinats?|meurtres?) (?:of|de|d['’]))\s+{MINIMUM}{TOLL_COUNT}", re.I),
    re.compile(rf"(?:bringing|brought|raising|raised|revis(?:ed|es|ing)|pushing|pushed|taking|took|putting|puts?|plac(?:ed|es|ing)|portant|porte|porté)\s+"
               rf"(?:the\s+|le\s+|its\s+|their\s+)?(?:overall\s+|total\s+)?(?:(?:death\s+)?(?:toll|bilan)|{_NUMBER_OF_DEAD})"
               # "put the death toll from the attack at 12"
               rf"(?:\s+(?:from|of|in|du|de)\s+[^.;]{{1,60}}?)?\s+(?:(?:up\s+)?to|at|à)\s+{MINIMUM}{TOLL_COUNT}", re.I),
    # one victim told by an article: "a woman was killed", "un civil a été tué" (the next: "killing a
    # civilian", "left a child dead", "tuant une femme")
    # (French sets an adjective or a complement after the victim: "un responsable local a été tué",
    # "un responsable de l'opposition a été tué")
    re.compile(rf"(?<![\w-])(?P<n>{ONE})\s+(?:[\w-]+\s+)?{ONE_VICTIM}(?:\s+(?:de|du|des|d['’]|of(?:\s+the)?(?:\s+[\w-]+)?)\s*(?:l['’]|la\s+|le\s+)?[\w-]+"
               rf"|\s+(?!(?:a|est|aurait|was|has|had)\s)[\w-]+)?\s+(?:(?:was|has been|had been|(?:a|aurait)(?:\s+(?:également|aussi))?\s+été|est)\s+"
               rf"(?:(?:also|reportedly|later|aussi|également)\s+)?(?:killed|shot dead|slain|murdered|assassinated|executed|tuée?|abattue?|assassinée?|exécutée?|{TO_DEATH})|"
               # ... or dying: "un soldat a trouvé la mort", "un civil a péri", "a child died"
               r"(?:a|aurait)(?:\s+(?:également|aussi))?\s+(?:trouvé\s+la\s+mort|perdu\s+la\s+vie|péri|succombé)|died)\b", re.I),
    re.compile(rf"(?:{KILL_VERBS}|leaving|left|laissant|{LIVES_OF})\s+{INSERTED_DAY}{{0,2}}(?P<n>{ONE})\s+(?:[\w-]+\s+)?"
               rf"{ONE_VICTIM}\b", re.I),
    # "a causé la mort d'un enfant"
    re.compile(rf"{DEATH_OF}\s+d['’]\s*(?P<n>{ONE})\s+(?:[\w-]+\s+)?{ONE_VICTIM}\b", re.I),
    # the victims told with what they were doing: "at least 15 people queuing for bread were killed",
    # "15 people who were fleeing the town were killed", "six enfants jouant devant leur maison ont été
    # tués", "deux hommes soupçonnés de collaborer ont été pendus" (a participle or "who"/"qui", then
    # a passive "killed"; a relative of up to ten words: "70 fighters who were later identified as
    # nationals of several foreign states were eliminated")
    re.compile(rf"(?:{MINIMUM}){TOLL_COUNT}\s+{GAP_WORD}{{0,2}}{VICTIMS}\s+(?:(?:who|that|qui)\s+(?:(?!\d)[\w'’-]+\s+){{1,10}}?"
               rf"|[\w'’-]+(?:ing|ed|ant|és|ées)\s+(?:(?!\d)[\w'’-]+\s+){{0,5}}?)"
               rf"(?:were|have been|had been|ont été|avaient été|sont)\s+(?:(?:also|reportedly|aussi|également)\s+)?"
               rf"{PASSIVE_KILLED}\b", re.I),
    # a second count told at another place, its verb and victims left out: "killed 45 civilians in
    # Aleppo and 22 in Idlib province", "tuant 10 personnes à Homs et cinq à Hama" (each place's:
    # geo.extract.place_tolls pairs them with their places)
    re.compile(rf"{KILL_VERBS}\s+{INSERTED_DAY}{{0,2}}{MINIMUM.replace('(?P<min>', '(?:')}(?:{NUMBER})\s+(?:{GAP_WORD}{{0,2}}{VICTIMS}\s+)?"
               rf"(?:in|at|on|near|à|dans|en|près de)\s[^.;:]{{1,60}}?\b(?:and|et)\s+{MINIMUM}{TOLL_COUNT}\s+(?:in|at|on|near|à|dans|en|près de)\s", re.I),
    # a victim told with the others killed beside them: "he was killed along with two other people",
    # "tué avec deux autres personnes" (the others and the one told: 3)
    re.compile(rf"(?:killed|died|slain|tuée?s?|morte?s?)\s+(?:along\s+|together\s+)?(?:with|avec)\s+{TOLL_COUNT}\s+(?:others?|autres?)\b", re.I),
    # the dead counted by their bodies: "recovered 12 bodies", "carted away at least 100 bodies", "12 bodies
    # were found", "retrouvé 12 corps", "12 corps ont été retrouvés"
    re.compile(rf"(?:(?:recovered|retrieved|found|pulled|removed|collected|carted away|taken away|received|retrouvé|découvert|"
               rf"dégagé|extrait)\s+(?:the\s+|les\s+)?{MINIMUM}{TOLL_COUNT}\s+(?:{GAP_WORD}?(?:dead\s+)?bodies|corps)\b)", re.I),
    re.compile(rf"(?:{MINIMUM}{TOLL_COUNT}\s+(?:more\s+)?(?:bodies|corps)\s+(?:were|have been|had been|ont été|avaient été)\s+(?:recovered|retrieved|found|"
               rf"pulled|unearthed|discovered|brought|taken|transferred|retrouvés|découverts|dégagés|extraits|transportés|amenés))", re.I),
    # a toll told by its figure: "the death toll was 213", "Death toll from Aleppo bomb attack at least 112"
    # (no other count between: "the latest toll 44 civilians and wounding over 140")
    re.compile(rf"(?:death toll|toll)\b[^.;:\d]{{0,100}}?(?:\b(?:was|is|now)\s+|\s(?=(?:at least|more than|over|nearly|almost)\s))"
               rf"(?:at\s+)?{MINIMUM}{TOLL_COUNT}", re.I),
    _AS_WELL_AS_TOLD,
    _ONE_AND_KIN,
]
#: the patterns that tell the whole toll so far ("the death toll rose to 12", "bringing the toll to
#: 12"): it replaces what was told before it, the dead told as more included
_PATTERNS += TOLL_FORMS  # more ways a toll is told (geo.extract.toll_forms)
_TOTALS = (_PATTERNS[2], _PATTERNS[12], _PATTERNS[21], WHOLE_SO_FAR, BROUGHT_TO, DEAD_NUMBER)
#: the patterns that count one victim by an article, and those that count their victims after the
#: verb that kills them (a match ending on "… and wounded" is then no casualty count)
_SINGLE = (_PATTERNS[13], _PATTERNS[14], _PATTERNS[15], _ONE_AND_KIN)
_VERB_FIRST = (_PATTERNS[0], _PATTERNS[14], _PATTERNS[15])
#: the patterns that count their victims before the word that says them dead ("12 people killed"):
#: a count that word then takes as its object ("three suicide bombers killed at least two people",
#: "two gunmen shot dead a soldier") was the killers', not the dead's
_DEAD_LAST = (_PATTERNS[1], _PATTERNS[6], _PATTERNS[10])
#: the patterns whose count adds to the act's other counts: the other side's dead, another group
_ADDED = (_PATTERNS[3], _PATTERNS[8], _PATTERNS[9], _AS_WELL_AS_TOLD, *ADDED_FORMS)
#: the pattern of a group told before the group it adds to ("five children and four medical staff
#: killed"): the first is counted as a figure and the second as added to it
_FIRST_OF_TWO = _PATTERNS[6]
#: the pattern of a victim killed with others ("… along with two other people"): the others and the one
_WITH_OTHERS = (_PATTERNS[18], ONE_AND_MEN)
#: words a pattern cannot match without (each written in it, not optional): a sentence without
#: them is not tried against it (the same tolls, found faster)
_DEAD_CUE, _KILL_CUE, _TOLL_CUE = (re.compile(word_trie(words), re.I) for words in (DEAD, KILL_VERBS, "toll|bilan|number of|nombre de"))
_CUES: dict[re.Pattern[str], re.Pattern[str]] = {  # (long alternations as tries: geo.extract.word_tries)
    **dict.fromkeys((_PATTERNS[1], _PATTERNS[6], _PATTERNS[8], _PATTERNS[10], ONE_AND_MEN, DEAD_NUMBER), _DEAD_CUE),
    **dict.fromkeys((_PATTERNS[0], _PATTERNS[5], _PATTERNS[17]), _KILL_CUE),
    _PATTERNS[9]: re.compile(word_trie(f"{KILL_VERBS}|{LIVES_OF}"), re.I),
    _PATTERNS[16]: re.compile(word_trie(PASSIVE_KILLED), re.I),
    **dict.fromkeys((_PATTERNS[19], _PATTERNS[20]), re.compile(r"bodies|corps", re.I)),
    _AS_WELL_AS_TOLD: re.compile(AS_WELL_AS, re.I),
    **dict.fromkeys((WHOLE_SO_FAR, BROUGHT_TO, _PATTERNS[12], _PATTERNS[21]), _TOLL_CUE),
    **TOLL_FORM_CUES,
    **dict.fromkeys(_SINGLE, ONE_VICTIM_RE),  # (each counts its victim as ONE_VICTIM_RE finds it)
}
#: ... and the words the others open on (a group of words every match opens on)
_CUES.update({p: re.compile(word_trie(head), p.flags) for p in _PATTERNS
              if p not in _CUES and (head := leading_group(p.pattern)) is not None and "(?P" not in head})
_CUE_SET = tuple(set(_CUES.values()))
#: the cues of a word of death or killing (a list of victims is told with one: victim_groups)
_TOLD_CUES = (_CUE_SET.index(_DEAD_CUE), _CUE_SET.index(_KILL_CUE))
_AND_MORE_DIED_AT = _CUE_SET.index(TOLL_FORM_CUES[AND_MORE_DIED])  # (the cue of "… and two died")
#: each pattern and the index of its cue in _CUE_SET (or None), looked up once (hashing a compiled
#: pattern hashes its whole code: too slow to ask _CUES for every sentence)
_CUED_PATTERNS = tuple((p, _CUE_SET.index(_CUES[p]) if p in _CUES else None) for p in _PATTERNS)
#: how far past its number (inside its clause) a toll's words are compared with another's (:attr:`Fatalities.said`)
_SAID_AFTER = 60
_CLAUSE_END = re.compile(r"[.,;:!?]")

#: what before a number makes it a date, an age, a time, a rank or a part of a toll already told
_NOT_A_TOLL_BEFORE = re.compile(
    rf"(?:\b(?:{MONTHS})\.?|\baged|\bâgée?s? de|\bage of|\bno\.?|\bnot|#|(?<!toll )(?<!stands )(?<!stood )(?<!put )(?<!placed )(?<!dead )(?<!deaths )(?<!victims )\bat|\bfrom|\bin|\bon|\bsince|\ben|\bdepuis|\ble|"
    r"\d[:h]|\bincluding|\bamong them|\bamong whom|\bof whom|\bamong the (?:dead|victims)|\bdont|\bparmi (?:eux|elles|"
    r"lesquels|lesquelles|les morts|les victimes)|\by compris)\s*$", re.I)
_MONTH_END = re.compile(rf"\b(?:{MONTHS})\.?\s*$", re.I)
#: what after a number makes it a time, a date, a measure or a family counted ("members of one family")
_NOT_A_TOLL_AFTER = re.compile(
    rf"^(?:\s*[:h]\d\d|\s*(?:a\.?m\b|p\.?m\b|gmt|utc|o['’]clock|heures?\b|hrs\b|(?:{MONTHS})\b|%|per ?cent|"
    r"pour ?cent|km|kilomet|miles?\b|-year|years? old|(?:hours?|days?|weeks?|months?|years?|heures?|jours?|"
    r"semaines?|mois|ans|times|fois)\b)|\s+famil(?:y|ies|le|les)\b(?!\s+members))", re.I)
#: a toll named for one side ("the number of victims among the SDF fighters increased to 33"): the
#: other side's dead, added to the act's
_SIDE_TOLL = re.compile(rf"\b{SIDE}", re.I)
#: a count of the wounded: "2 killed 8 injured", "killing two people, 16 others wounded"
_WOUNDED_AFTER = re.compile(r"^\s+(?:(?!(?:and|or|et|ou|while|but|killed|dead|died|tués?|tuées?|morts?)\b)(?!\d)[\w-]+\s+){0,2}?(?:(?:were|have been|ont été|sont)\s+)?"
                            # "killed 30 people injured 90": the wounded are the number after
                            r"(?:wounded|injured|hurt|blessés?|blessées?)\b"
                            rf"(?!\s+(?:(?:at least|more than|over|some|about|au moins|plus de)\s+)?(?:\d|(?:{NUMBER_WORDS})\b))",
                            re.I)
_ADDITIONAL_RE = re.compile(r"(?:\banother|\bother|\bfurther|\badditional)\s*$|^\s*(?:more|others?|autres?|"
                            # the attackers' dead beside their victims': "killed five of the attackers", "cinq assaillants"
                            r"supplémentaires|additional|(?:of\s+the\s+|des\s+)?(?:attackers|assailants|raiders|assaillants))\b",
                            re.I)
#: the dead an active "killed" takes as its object: "[three bombers] killed at least two people"
_OBJECT_AFTER = re.compile(rf"^\s+(?:{MINIMUM})(?:(?<![\w.,-])(?:{NUMBER})(?![\w-])|{ONE}\s+(?:[\w-]+\s+)?{ONE_VICTIM}\b)",
                           re.I)
#: a verb right after a count: it opens a clause of its own ("Of the 20 people killed 12 were civilians")
_SUBJECT_AFTER = re.compile(r"\s+(?:were|was|are|is|had|have|has|étaient|sont|était)\b")  # (lower case: not "IS")
#: the words of dying, which take no object: a count after them is no one they killed
_TAKES_NO_OBJECT = re.compile(r"\b(?:died|perished|(?<!shot )dead|deaths|fatalities|lost their lives|succomb[ée]s?|morts?|mortes|péri)$", re.I)
_CASUALTIES_AFTER = re.compile(r"^\s*(?:or|and|et|ou|/)\s+(?:(?:seriously|critically|also|gravement)\s+)?"
                               r"(?:wounded|injured|hurt|blessés?|blessées?)\b"
                               # a headline's pair, its comma kept or lost: "25 Killed, Injured", "25 Killed
                               # Injured" (not "killed, wounded 20": the wounded counted apart)
                               r"|^(?:\s*,\s*|[ \t]+)(?:wounded|injured|blessés?|blessées?)\b(?![ \t]*(?:\d|at\s+least|more\s+than|"
                               r"au\s+moins|plus\s+de))", re.I)


def find_fatalities(sentence: str, lang: str | None = None, *, one_day: bool = False) -> list[Fatalities]:
    """The tolls of the act a sentence reports, non-overlapping, in text order: none for a
    cumulative toll (or one over several days, unless ``one_day``: see :func:`is_cumulative`), a
    0 for "no one was killed" (see the module's rules)."""
    return list(_tolls(sentence, lang, one_day))


@lru_cache(maxsize=512)
def _tolls(sentence: str, lang: str | None, one_day: bool) -> tuple[Fatalities, ...]:
    """:func:`find_fatalities`, remembered: an article's sentences are asked again (area_tolls, place_tolls)."""
    sentence = without_war_tolls(sentence)  # the war's running toll is no act's (running_tolls)
    if (folding := folded_spaces(sentence)) is None:  # (long runs of spaces read as one: long_spaces)
        return tuple(_find_fatalities(sentence, lang, one_day))
    folded, kept = folding
    return tuple(replace(f, start=kept[f.start], end=kept[f.end - 1] + 1, text=sentence[kept[f.start]:kept[f.end - 1] + 1])
                 for f in _find_fatalities(folded, lang, one_day))


def _no_deaths(sentence: str) -> list[Fatalities]:
    """A toll of 0 for "no one was killed", else none."""
    m = NO_DEATHS_RE.search(sentence)
    return [] if m is None else [Fatalities(0, m.start(), m.end(), m.group(0), False)]


def _find_fatalities(sentence: str, lang: str | None, one_day: bool = False) -> list[Fatalities]:
    # every toll pattern counts a number or one victim: only "no one was killed" is left
    if NUMBER_RE.search(sentence) is None and ONE_VICTIM_RE.search(sentence) is None:
        zero = _no_deaths(sentence)
        return zero if zero and not is_cumulative(sentence, one_day=one_day) else []
    if is_cumulative(sentence, one_day=one_day) or month_tally(sentence):  # (a month's tally: month_tallies)
        return []
    found: list[Fatalities] = []
    taken: list[tuple[int, int]] = []
    added_after: list[tuple[int, int]] = []  # where the group added to a first group is told
    cued = [cue.search(sentence) is not None for cue in _CUE_SET]
    wholes: set[int] | None = None  # where a total's pattern reads a count (_whole_starts), read once
    for pattern, cue in _CUED_PATTERNS:
        if cue is not None and not cued[cue]:
            continue
        for m in _matches(pattern, sentence):
            span = (m.start("n"), m.end("n"))
            if any(a < span[1] and span[0] < b for a, b in taken):
                continue
            n = 1 if pattern in _SINGLE else parse_number(m.group("n"), lang)
            n = n + 1 if n is not None and pattern in _WITH_OTHERS else n  # (the one told and the others)
            if n is None or n > 100_000 or not _is_toll(sentence, m, n):
                continue
            taken.append(span)
            if m.groupdict().get("sub"):  # the parts told inside the toll are no toll of their own
                taken.append((m.start("sub"), m.end("sub")))
            before = sentence[max(0, span[0] - 30):span[0] - len(m.groupdict().get("min") or "")]
            additional = pattern not in _WITH_OTHERS and (pattern in _ADDED or m.group("n").lower() == "another" or _SIDE_TOLL.search(sentence, m.start(), span[0]) is not None or bool(_ADDITIONAL_RE.search(before))
                          or bool(_ADDITIONAL_RE.search(sentence[span[1]:span[1] + 25])))
            if pattern is _FIRST_OF_TWO:  # the second group is the one added
                added_after.append((span[1], m.end()))
            if pattern not in _TOTALS and wholes is None:
                wholes = _whole_starts(sentence)
            whole = pattern in _TOTALS or span[0] in (wholes or ())
            found.append(Fatalities(n, span[0], span[1], m.group("n"), bool(m.groupdict().get("min")),
                                    additional, whole and not additional, _said(sentence, span)))
            if m.groupdict().get("one"):  # "… and a civilian": one more, added
                found.append(Fatalities(1, m.start("one"), m.end("one"), m.group("one"), False, True))
    found = one_count_per_range(sentence, sorted(found, key=lambda f: f.start))  # (count_ranges)
    if not found:
        found = _no_deaths(sentence)
    if cued[_AND_MORE_DIED_AT]:  # "… and two died"
        added_after += [(m.start("n"), m.end("n")) for m in AND_MORE_DIED.finditer(sentence)]
    found = [replace(f, additional=True) if any(a <= f.start < b for a, b in added_after) else f for f in found]
    found = [replace(f, additional=True) if not f.additional and told_also(sentence, f.end, [g.start for g in found]) else f
             for f in found]  # "… 17 jihadists, while six Kurdish fighters also died" (also_dead)
    # "a woman and her three children": the kin told with a victim are more dead (geo.extract.kin_tolls)
    found += [Fatalities(n, a, b, t, False, True, said=_said(sentence, (a, b))) for n, a, b, t in
              kin_counts(sentence, [(f.start, f.end, f.count, f.text) for f in found if not f.additional], lang)]
    # "killing a woman and nine children": the groups listed after the first are more dead (victim_groups)
    found += [Fatalities(n, a, b, t, False, added, said=_said(sentence, (a, b))) for (n, a, b, t), added in
              group_counts(sentence, [(f.start, f.end, f.count, f.additional) for f in found], lang,
                           any(cued[i] for i in _TOLD_CUES))]
    return sorted(found, key=lambda f: f.start)


def _whole_starts(sentence: str) -> set[int]:
    """Where a pattern of :data:`_TOTALS` reads a count: the whole toll so far, also where another
    pattern reads it first ("le bilan est passé à 18 morts": "18 morts")."""
    return {m.start("n") for t in _TOTALS for m in _matches(t, sentence)}


def _said(sentence: str, span: tuple[int, int]) -> str:
    """The words that tell the count at ``span``: from it to the end of its clause (at most
    :data:`_SAID_AFTER` characters past it), in lower case."""
    return " ".join(_CLAUSE_END.split(sentence[span[0]:span[1] + _SAID_AFTER])[0].lower().split())


def _matches(pattern: re.Pattern[str], sentence: str) -> Iterator[re.Match[str]]:
    """Every match, each tried again just after its number ("In 2019 eight people were killed":
    the year, then "eight")."""
    pos = 0
    while (m := pattern.search(sentence, pos)) is not None:
        yield m
        pos = m.start("n") + 1


def _is_toll(sentence: str, m: re.Match[str], n: int) -> bool:
    start, end = m.start("n"), m.end("n")
    if is_year(n, m.group("n")) or mourned(sentence, start) or over_several_places(sentence, start, end):
        return False
    before = _NOT_A_TOLL_BEFORE.search(sentence[max(0, start - 40):start])
    # (a month before a count told in words is no date: "ont tué le 3 mars dix civils")
    in_words = re.search(r"\d", m.group("n")) is None
    # (the deaths an act "resulted in", the wounded's dead "dont deux": its toll, toll_forms.COUNTED_AFTER_ITS_CUE)
    if (m.groupdict().get("min") is None and before and not (in_words and _MONTH_END.search(before.group()))
            and m.re not in COUNTED_AFTER_ITS_CUE):
        return False
    if (m.re is _PATTERNS[0] and _SUBJECT_AFTER.match(sentence, end)) or _NOT_A_TOLL_AFTER.search(sentence[end:end + 15]) or (m.re is not WOUNDED_WHO_DIED and _WOUNDED_AFTER.search(sentence[end:end + 50])):
        return False
    # (what a verb of destruction counts, "deux avions ont été abattus" (shot down) or "two tanks were
    # eliminated": no dead)
    if (m.re in _DEAD_LAST and _killers(sentence, m)) or ((m.re is _PATTERNS[0] or "abattu" in m.group(0).lower()
                                                          or THINGS_EFFACED.search(m.group(0)) is not None)
                                                          and THING_AFTER.match(sentence, end)):
        return False
    # "18 of the 31 lorries were destroyed and 20 civilians were killed": a first group with a verb
    # of its own is a clause of its own, not victims told before the group they add to
    if m.re is _FIRST_OF_TWO and AUX_RE.search(sentence, end, m.start("join")):
        return False
    if RUNNING_TOLL_OF_RE.search(sentence, max(0, start - 120), start):  # "raising the toll of the week's strikes to 80"
        return False
    # "three of the 12 passengers were killed": the whole is who was there (PART_OF_A_WHOLE reads the part)
    if m.re in _DEAD_LAST and AUX_RE.search(sentence, end, m.end()) and COUNTED_WHOLE_BEFORE.search(sentence, max(0, start - 40), start):
        return False
    # "12 people were killed or wounded": casualties (only where the match ends on "killed")
    return m.re in _VERB_FIRST or not _CASUALTIES_AFTER.search(sentence[m.end():m.end() + 30])


def _killers(sentence: str, m: re.Match[str]) -> bool:
    """Whether the count of a toll told before its verb ("three bombers killed") is the subject of
    that verb in the active voice, the dead being its object ("… killed at least two people"; not
    "2 killed 5 injured", whose second count is the wounded)."""
    if AUX_RE.search(sentence, m.end("n"), m.end()) or _TAKES_NO_OBJECT.search(m.group(0)):
        return False  # (a passive, or a verb of dying: "Twenty people died 12 of them civilians")
    obj = _OBJECT_AFTER.match(sentence[m.end():m.end() + 80])
    return obj is not None and not (_WOUNDED_AFTER.search(sentence[m.end() + obj.end():m.end() + obj.end() + 50])
                                    or _SUBJECT_AFTER.match(sentence, m.end() + obj.end()))
