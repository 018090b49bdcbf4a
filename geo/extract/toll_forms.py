"""More ways a toll is told, read by :func:`geo.extract.numbers.find_fatalities` beside its own
patterns (the same checks apply: no year, no wounded, no part of a toll already counted):

* the whole so far told with other verbs: "death toll hits 43", "the death toll … was put at 8
  civilians", "the death toll has become 40" (it replaces what was told before it, as "the death
  toll rose to 43" does);
* a leader killed with his men: "the commander and 34 of his comrades were killed" (the men and
  the one told: 35);
* the wounded who died after: "three of the wounded later died" (three more dead);
* a family counted by its members: "the strike killed a family of seven" (7);
* a part of a counted whole: "three of the 12 passengers were killed" (3: the whole is who was
  there, not the dead; :data:`COUNTED_WHOLE_BEFORE` keeps the whole's count from being read).
* the whole so far told as "gone up to 23" or "rose from 11 to 23" (the later figure), before the
  word it counts, of one act named in the singular ("bringing to 40 the number of people killed in
  the attack", "portant à 40 le nombre de morts de l'attentat": :data:`BROUGHT_TO`), or as what the
  dead number ("the dead now number 33": :data:`DEAD_NUMBER`);
* another group's dead told "as were 10 rebels", "as did three attackers" (more dead, added);
* the dead counted by their bodies found: "the bodies of nine civilians were pulled from the
  rubble", "rescuers retrieved the bodies of nine people" (only with a verb of finding);
* more dead told dying after the first group: "six were killed instantly and two died on the way to
  hospital" (8: the two are added);
* the dead told by kind after "were": "the dead were 12 civilians and eight fighters" (20);
* a group told among the dead: "nine children were among the dead" (at least them: a part of a
  whole told before it, the toll when none was);
* French dead told after their verb: "ont également péri lundi six combattants", "ont trouvé la
  mort mardi huit civils" (:data:`DEAD_AFTER_VERB`), or in a cleft: "ce sont huit civils qui ont
  été tués" (:data:`CLEFT_DEAD`);
* the victims counted first and killed by a pronoun later: "trois enfants jouaient devant leur
  école lorsqu'un obus les a tués", "gunmen stopped five workers and shot them dead"
  (:data:`KILLED_THEM`).

GUIDELINES: a toll is the number killed in the event, as the article reports it.

Tried and dropped (a held-out FA-KES toll figure dropped, no held-out events figure moved): more
dead told with "another"/"a further" between the verb and the count ("killed another three
people"; FA-KES toll 121 -> 120), the dead counted by "the bodies of 10 victims" (-> 119 with the
rest), "all five people on board were killed" and "fourteen of the fighters were killed" (-> 120);
a count after "resulted in" ("resulted in five fatalities": held-out events fatalities 31 -> 32
of 43 but FA-KES toll 122 -> 121, 5 December; now read only with an act's word as the verb's subject:
:data:`ACT_RESULTED_IN`).
"""

from __future__ import annotations

import re

from geo.extract.act_lexicon import ACT_NOUNS
from geo.extract.number_words import NUMBER, NUMBER_WORDS
from geo.extract.toll_words import AUX, DEAD, GAP_WORD, INSERTED_DAY, KILL_VERBS, MINIMUM, TOLL_COUNT
from geo.extract.victim_kinds import VICTIMS

__all__ = ["ADDED_FORMS", "ACT_RESULTED_IN", "BROUGHT_TO", "DEAD_NUMBER", "AND_MORE_DIED", "COUNTED_AFTER_ITS_CUE", "AMONG_THE_DEAD", "AS_WERE", "BODIES_OF", "CLEFT_DEAD", "COUNTED_WHOLE_BEFORE",
           "DEAD_AFTER_VERB", "FAMILY_OF", "KILLED_THEM", "ONE_AND_MEN", "PART_OF_A_WHOLE", "THE_DEAD_WERE", "TOLL_FORMS", "TOLL_FORM_CUES",
           "WHOLE_SO_FAR", "WOUNDED_OF_THEM_DIED", "WOUNDED_WHO_DIED"]

#: the whole so far: "death toll hits 43", "the toll was put at 8", "the death toll has become 40"
WHOLE_SO_FAR = re.compile(rf"(?:death toll|toll|bilan|number of (?:[\w-]+ )?killed)\b(?:(?!wounded|injured|blessés)[^.;\d]){{0,100}}?\b(?:hits|hit|has become|"
                          rf"became|(?:was|is|has been|had been)\s+(?:put|placed|estimated)\s+at|"
                          # "the toll has gone up to 23", "the death toll jumped from 11 to 23" (the later figure)
                          rf"(?:gone|went|goes|going)\s+up\s+to|(?:rose|risen|rises|climbed|jumped|increased|soared|grew)\s+from\s+(?:{NUMBER})\s+to)"
                          rf"\s+{MINIMUM}{TOLL_COUNT}", re.I)
#: a leader and his men: "X and 34 of his comrades were killed" (the men told, and the one)
ONE_AND_MEN = re.compile(rf"(?:and|alongside|along with|together with|with|et|avec)\s+{MINIMUM}{TOLL_COUNT}\s+(?:of|de)\s+"
                         rf"(?:his|their|ses|leurs)\s+(?:[\w'’-]+\s+)?(?:comrades|companions|men|fighters|aides|bodyguards|"
                         rf"guards|escorts|compagnons|hommes|combattants|gardes)\s+{AUX}{DEAD}\b", re.I)
#: a part of a counted whole killed: "three of the 12 passengers were killed", "trois des 12 passagers ont été tués"
PART_OF_A_WHOLE = re.compile(rf"{MINIMUM}{TOLL_COUNT}\s+(?:of\s+the|des)\s+(?:{NUMBER})\s+{GAP_WORD}{{0,2}}{VICTIMS}\s+"
                             rf"(?:[\w-]+\s+){{0,2}}?(?:were|was|have been|has been|had been|ont été|a été|sont|est)\s+(?:[\w-]+\s+)?{DEAD}\b",
                             re.I)
#: what before a count makes it the whole a part of which is killed: "three of the [12 passengers were killed]"
COUNTED_WHOLE_BEFORE = re.compile(rf"(?<![\w-])(?:{NUMBER})\s+(?:of\s+the|des)\s*$", re.I)
#: a family counted by its members, killed: "killed a family of seven", "kills an entire family of nine"
FAMILY_OF = re.compile(rf"{KILL_VERBS}\s+(?:(?:an?|the|an entire|a whole|entire)\s+)?family\s+of\s+{TOLL_COUNT}", re.I)
#: the wounded who died after, more dead: "three of the wounded later died", "trois des blessés ont succombé"
WOUNDED_WHO_DIED = re.compile(rf"{MINIMUM}{TOLL_COUNT}\s+(?:of\s+(?:the|those)\s+(?:wounded|injured)|des\s+blessés)\s+"
                              rf"(?:(?:later|have|has|had|also|subsequently|since|ont|sont|depuis|également)\s+){{0,2}}"
                              rf"(?:died|succumbed|succombé|décédés?|morts?)\b", re.I)
#: ... and told as a part of the wounded just counted: "12 were wounded, two of whom later died", "15
#: blessés, dont deux ont succombé", scraped "… wounded two of whom died" (the match opens on the
#: wounded; its count is the dead's)
WOUNDED_OF_THEM_DIED = re.compile(rf"(?:wounded|injured|hurt|blessée?s)\b[^.;\d]{{0,40}}?(?:,\s*|\s+(?:and|et)\s+|\s+)"
                                  rf"(?:dont\s+)?{MINIMUM}{TOLL_COUNT}\s+(?:of\s+(?:them|whom)\s+|d['’]entre\s+eux\s+)?"
                                  rf"(?:(?:later|have|has|had|also|subsequently|since|ont|sont|depuis|également|ensuite)\s+){{0,2}}"
                                  rf"(?:died|succumbed|succombé|décédés?|morts?)\b", re.I)
#: another group's dead told after a toll as the same fate: "15 soldiers were killed, as were 10 rebels"
AS_WERE = re.compile(rf"{DEAD}\b[^.;]{{0,80}}?,?\s+as\s+(?:were|did)\s+{MINIMUM}{TOLL_COUNT}\s+{GAP_WORD}{{0,2}}{VICTIMS}\b", re.I)
#: more dead told dying after the first group, joined to it by "and": "six people were killed instantly
#: and two died on the way to hospital", "quatre personnes ont été tuées et deux ont succombé" (the count
#: another pattern reads is marked added: :func:`geo.extract.numbers.find_fatalities`)
AND_MORE_DIED = re.compile(rf"{DEAD}\b[^.;]{{0,60}}?\s(?:and|et)\s+{MINIMUM}{TOLL_COUNT}\s+(?:(?:others?|autres|people|personnes)\s+)?"
                           rf"(?:(?:later|subsequently|also|ont|sont|ensuite|plus tard)\s+){{0,2}}"
                           rf"(?:died|succumbed|perished|succombée?s?|décédée?s?|morte?s?)\b", re.I)
#: the dead counted by their bodies found: "the bodies of nine civilians were pulled from the rubble",
#: "rescuers retrieved the bodies of nine people" (a verb of finding: "the bodies of 10 victims" alone
#: retells the dead, tried and dropped as above)
_FOUND = r"(?:found|recovered|retrieved|pulled|removed|unearthed|discovered|dumped|dug\s+out|collected)"
BODIES_OF = re.compile(rf"(?:(?P<verb>{_FOUND}|recover|retrieve|pull|find|collect)\s+(?:out\s+)?)?the\s+bodies\s+of\s+{MINIMUM}{TOLL_COUNT}"
                       rf"(?(verb)|(?=[^.;]{{0,80}}?\s(?:were|have been|had been)\s+(?:[\w-]+ly\s+)?{_FOUND}\b))", re.I)
#: a group told among the dead: "nine children were among the dead", "cinq enfants sont parmi les morts" (at
#: least them; not "among the victims": victims may be the wounded too)
AMONG_THE_DEAD = re.compile(rf"{MINIMUM}{TOLL_COUNT}\s+{GAP_WORD}{{0,2}}{VICTIMS}\s+(?:were|are|sont|figurent|étaient)\s+"
                            r"(?:also\s+|aussi\s+)?(?:among\s+(?:the|those)(?:\s+people)?\s+(?:dead|killed)|parmi\s+(?:les|ces)\s+(?:morts|tués))\b",
                            re.I)
#: deaths an act resulted in, the act's word its subject: "The attack resulted in five fatalities"
ACT_RESULTED_IN = re.compile(rf"(?:^|[.;:]\s*|\b(?:the|this|that|a|an|its|their)\s+)(?:[\w-]+\s+)?{ACT_NOUNS}\s+"
                             rf"(?:(?:has|have|had)\s+)?(?:resulted|results|result)\s+in\s+{MINIMUM}{TOLL_COUNT}\s+"
                             r"(?:fatalities|deaths|dead)\b", re.I)
#: the dead told by kind after "were": "the dead were 12 civilians and eight fighters", "les morts sont 12
#: civils et huit combattants" (the groups after the first: geo.extract.victim_groups)
THE_DEAD_WERE = re.compile(rf"\b(?:the|les)\s+(?:dead|fatalities|morts|tués)\s+(?:were|are|sont|étaient)\s+{MINIMUM}{TOLL_COUNT}\s+"
                           rf"{GAP_WORD}{{0,2}}{VICTIMS}\b", re.I)
#: French dead told after their verb, the subject inverted: "ont également péri lundi six combattants",
#: "ont trouvé la mort mardi huit civils", "sont morts dimanche trois enfants"
DEAD_AFTER_VERB = re.compile(rf"(?<![\w-])(?:ont|sont|avaient|auraient)\s+{INSERTED_DAY}{{0,2}}"
                             rf"(?:péri|trouvé\s+la\s+mort|perdu\s+la\s+vie|succombé|morts|mortes)\s+{INSERTED_DAY}{{0,2}}"
                             rf"{MINIMUM}{TOLL_COUNT}\s+{GAP_WORD}{{0,2}}{VICTIMS}\b", re.I)
#: a French cleft: "ce sont (au moins) huit civils qui ont été tués"
CLEFT_DEAD = re.compile(rf"(?:ce\s+sont|c['’]est|ce\s+furent)\s+{MINIMUM}{TOLL_COUNT}\s+{GAP_WORD}{{0,2}}{VICTIMS}\s+"
                        rf"qui\s+{AUX}{DEAD}\b", re.I)
#: victims counted first, then killed as a pronoun: "trois enfants jouaient … lorsqu'un obus les a
#: tués", "gunmen stopped five workers and shot them dead", "… and killed them"
KILLED_THEM = re.compile(rf"{MINIMUM}{TOLL_COUNT}\s+{GAP_WORD}{{0,2}}{VICTIMS}\b[^.;]{{0,100}}?"
                         rf"(?:\bles\s+(?:a|ont|avait|avaient)\s+{INSERTED_DAY}{{0,2}}(?:tués|tuées|abattus|abattues|exécutés|exécutées)"
                         r"|\b(?:killed|killing|executed|executing)\s+them|\bshot\s+them\s+dead)\b", re.I)
#: the act's whole so far told before the word it counts: "bringing to 40 the number of people killed in the
#: attack", "raising to 15 the death toll from the bombing", "portant à 40 le nombre de morts de l'attentat" (it
#: replaces what was told before it).  Only of one act, named in the singular: "bringing to 300 the number killed
#: in the offensive" or "… in the week's strikes" counts a campaign's dead, and a clause "since …" is a running
#: toll, left out before (geo.extract.running_tolls.RUNNING_CLAUSE_RE).  (Cued as the other tolls told by a
#: noun are, by "toll", "bilan", "number of", "nombre de"; DEAD_NUMBER by a word of death: geo.extract.numbers)
BROUGHT_TO = re.compile(
    rf"\b(?:bringing|brought|raising|raised|taking|took|pushing|pushed|portant|porté|élevant)\s+(?:to|à)\s+{MINIMUM}{TOLL_COUNT}\s+"
    r"(?:the|le)\s+(?:(?:death\s+)?toll|bilan|number\s+of\s+(?:[\w-]+\s+){0,2}?(?:killed|dead|deaths|victims|fatalities|martyrs)|"
    r"nombre\s+de\s+(?:morts|victimes|tués|personnes\s+tuées))\s+(?:(?:in|from|of|by|de|du|dans)\s+)"
    rf"(?:(?:the|this|that|its|le|la|cette|ce)\s+|l['’]\s*)?(?:[\w'’-]+\s+){{0,2}}?(?![\w-]*s\b){ACT_NOUNS}\b",
    re.I)
#: ... told as what the dead number: "the dead now number 33", "the dead numbered 19" ("totalled" tells a
#: running toll: geo.extract.running_tolls.CUMULATIVE_RE)
DEAD_NUMBER = re.compile(rf"\b(?:the|les)\s+(?:dead|fatalities|morts)\s+(?:now\s+)?(?:numbers?|numbered)\s+"
                         rf"{MINIMUM}{TOLL_COUNT}", re.I)
TOLL_FORMS = (WHOLE_SO_FAR, BROUGHT_TO, DEAD_NUMBER, ONE_AND_MEN, PART_OF_A_WHOLE, FAMILY_OF, WOUNDED_WHO_DIED, AS_WERE, BODIES_OF, AMONG_THE_DEAD, ACT_RESULTED_IN,
              THE_DEAD_WERE, DEAD_AFTER_VERB, CLEFT_DEAD, KILLED_THEM, WOUNDED_OF_THEM_DIED)
#: the forms whose count is more dead, added to the act's toll
ADDED_FORMS = (WOUNDED_WHO_DIED, AS_WERE, WOUNDED_OF_THEM_DIED)
#: the forms whose count a toll's usual "no toll" words may stand before ("resulted in the death of",
#: "15 blessés, dont deux ont succombé": no part of a toll, the dead)
COUNTED_AFTER_ITS_CUE = (ACT_RESULTED_IN, WOUNDED_OF_THEM_DIED)
#: words the forms below cannot match without, cheap to look for (a sentence without them is not
#: tried against the pattern: the same tolls, found faster)
TOLL_FORM_CUES = {
    PART_OF_A_WHOLE: re.compile(rf"\b(?:of\s+the|des)\s+(?:\d|(?:{NUMBER_WORDS})\b)", re.I),
    FAMILY_OF: re.compile(r"\bfamily\s+of\s", re.I),
    WOUNDED_WHO_DIED: re.compile(r"\b(?:of\s+(?:the|those)\s+(?:wounded|injured)|des\s+blessés)\b", re.I),
    AS_WERE: re.compile(r"\bas\s+(?:were|did)\s", re.I),
    BODIES_OF: re.compile(r"\bbodies\s+of\s", re.I),
    AMONG_THE_DEAD: re.compile(r"\b(?:among|parmi)\s", re.I),
    WOUNDED_OF_THEM_DIED: re.compile(r"\b(?:wounded|injured|hurt|blessée?s)\b[^.;]*?\b(?:died|succomb|décéd|mort)", re.I),
    ACT_RESULTED_IN: re.compile(r"\bresult(?:ed|s)?\s+in\s", re.I),
    THE_DEAD_WERE: re.compile(r"\b(?:dead|fatalities|morts|tués)\s+(?:were|are|sont|étaient)\s", re.I),
    CLEFT_DEAD: re.compile(r"\b(?:ce\s+sont|c['’]est|ce\s+furent)\s", re.I),
    KILLED_THEM: re.compile(r"\bles\s+(?:a|ont|avait|avaient)\s|\bthem\b", re.I),
    AND_MORE_DIED: re.compile(r"\s(?:and|et)\s[^.;]*?\b(?:died|succumbed|perished|succomb|décéd|mort)", re.I),
}
