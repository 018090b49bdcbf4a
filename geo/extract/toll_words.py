"""The words a death toll is told with (English and French), shared by the toll patterns of
:mod:`geo.extract.numbers` and of the modules that add ways of telling one: the qualifiers of a
count ("at least"), the verbs and words of killing and death, the words that may stand between a
count and "killed", the parts told inside a toll, the auxiliaries, the one victim told by an
article."""

from __future__ import annotations

import re

from geo.extract.number_words import NUMBER, NUMBER_WORDS
from geo.extract.running_tolls import MONTHS, WEEKDAYS

MINIMUM = (r"(?P<min>at least|more than|over|some|nearly|almost|around|about|upwards of|in excess of|up to|as many as|no fewer than|between|entre|"
        r"no less than|not less than|an estimated|a confirmed|a total of|roughly|approximately|"
        r"au moins|plus de|près de|environ|quelque|jusqu'à)?\s*")
KILL_VERBS = (  # the verbs that tell a killing (an alternation, also read by geo.extract.stray_tolls)
    r"(?:killed|killing|kills|kill|destroyed|eliminated|neutrali[sz]ed|slain|shot dead|massacred|executed|"
    r"beheaded|slaughtered|murdered|assassinated|gunned down|shoots? dead|"
    r"tué|tués|tuée|tuées|tuant|tuent|tue|abattu|abattus|éliminé|éliminés|neutralisé|neutralisés|exécuté|exécutés|"
    r"assassiné|assassinés|assassinant|"
    r"exécutant|massacré|massacrés|massacrant|décapité|décapités)"
)
#: how a killing is told "to death": "two women were stoned to death", "battus à mort", "brûlés vifs"
TO_DEATH = (r"(?:(?:stoned|beaten|burned|burnt|tortured|stabbed|hacked|crushed|starved|clubbed|shot)\s+to\s+death|"
            r"(?:battue?s?|lapidée?s?|torturée?s?|poignardée?s?)\s+à\s+mort|brûlée?s?\s+vifs?|brûlées?\s+vives?)")
DEAD = (rf"(?:{TO_DEATH}|dead|killed|died|perished|slain|deaths|fatalities|lost their lives|were massacred|were (?:summarily |publicly )?executed|were hanged|were slaughtered|were beheaded|"
         r"were murdered|were assassinated|assassinés|assassinées|"
         r"shot dead|gunned down|"
         r"martyred|martyrs|morts?|mortes?|meurent|meurt|succombé|succombent|tués?|tuées?|décédés?|décès|péri|périssent|ont péri|sont morts|massacrés|massacrées|décapités|"
         r"exécutés|exécutées|pendus|pendues|fusillés|égorgés|abattus|abattues|"
         r"were eliminated|were neutrali[sz]ed|ont été éliminés|ont été neutralisés|"
         r"trouvé la mort|perdu la vie)")

#: words that may stand between a number and "killed"/"dead": the victims' kind and modifiers, a
#: gloss in parentheses ("23 ISIS (Daesh) militants") and a word in quotes
GAP_WORD = (rf"(?:(?!(?:when|after|before|as|while|where|since|ago|and|or|but|in|on|at|of|from|to|by|with|"
             r"that|which|the|a|an|this|last|lorsque|quand|après|avant|depuis|et|ou|mais|dans|sur|à|au|aux|"
             r"de|du|des|le|la|les|l|qui|que|où|en|ce|cette|years?|months?|weeks?|days?|hours?|minutes?|"
             r"ans?|années?|mois|semaines?|jours?|heures?|km|kilomet(?:re|er)s?|miles?|met(?:re|er)s?|"
             r"percent|per|cent|pour|wounded|injured|hurt|blessés?|blessées?|"
             rf"{MONTHS}|{WEEKDAYS}|{NUMBER_WORDS})\b)(?:(?!\d)[\w’'-]+,?\s+|\([^()\d]{{1,30}}\)\s+|"
             # a word in quotes, as state media name the enemy: "14 « terroristes » tués", '12 "terrorists" killed'
             r"[\"“«]\s*[\w’'-]+\s*[\"”»],?\s+))")
#: a part of the toll told inside it: "53 civilians, including 21 children, died", "from one family",
#: and the parts told in apposition: "three people, two of them children, died", "three civilians,
#: two women and a man, were killed", "trois civils, deux femmes et un homme, ont été tués", "16
#: people, eight of them members of one family, were killed" (up to four words after "of them")
SUBSET = (r"(?:(?:,\s*|\(\s*)?(?:including|among them|among whom|of them|mostly|mainly|most of them|many of them|dont|"
           r"parmi eux|parmi lesquel(?:le)?s|y compris|surtout|principalement|en majorité|pour la plupart)\s+"
           r"[^,.;:()]{1,40}?[,)]?\s+|(?:from|of|d['’]une|de la) (?:one|the same|a single|une|la même|même) famil(?:y|le)\s+"
           rf"|(?P<sub>(?:,\s*)?(?:{NUMBER})\s+(?:of them|of whom|d['’]entre eux|d['’]entre elles),?\s+(?:[\w'’-]+,?\s+){{0,4}}"
           rf"|(?:,\s*)?(?:{NUMBER})\s+[\w-]+\s+(?:and|et)\s+(?:{NUMBER}|an?|une?)\s+[\w-]+,?\s+"
           # the whole told part by part between brackets, dashes or commas: "85 people (54 civilians, 16
           # soldiers and 15 rebels) were killed", "85 personnes -54 civils, 16 soldats et 15 rebelles- ont péri"
           rf"|\s*(?:[(,–—-]|(?<=,\s))\s*(?:{NUMBER})\s+[\w-]+(?:\s*,\s*(?:{NUMBER})\s+[\w-]+)*"
           rf"\s*,?\s+(?:and|et)\s+(?:{NUMBER})\s+[\w-]+\s*[),–—-],?\s+))?")
#: the digits or words of a count, not inside a longer number or word
TOLL_COUNT = rf"(?<![\w.,-])(?P<n>{NUMBER})(?![\w-])"
AUX = (r"(?:au\s+moins,?\s+)?"  # told after the count: "11 personnes au moins ont été tuées"
        r"(?:(?:were|was|are|have been|had been|has been|(?:have|has|had)\s+(?:also|reportedly|allegedly)\s+been|(?:may|might)\s+have\s+been|(?:have|has|had)(?!\s+been)|"
        r"ont été|ont|sont|a été|avaient été|auraient été|aurait été|seraient)\s+)?"
        # an adverb, after the auxiliary or alone: "were also killed", "later died", "have now died", "have since died"
        r"(?:(?:also|reportedly|allegedly|later|subsequently|since|now|aussi|également|encore)\s+(?:été\s+)?)?"
        # "two more people were reported killed"
        r"(?:(?:reported|(?:said|believed|feared|thought) to have(?:\s+been)?|confirmed)\s+)?")
#: a passive auxiliary: "were killed", "ont été tués" (the count before it is the dead's)
AUX_RE = re.compile(r"\b(?:were|was|are|is|been|été|sont|est)\s", re.I)
#: the group victims belong to, told after them: "of the ISIS", "of the Nusra Front", "de l'EI"
OF_GROUP = (r"(?:of|from|de|du|des|d['’])\s*(?:the\s+|les?\s+|la\s+|l['’])?(?:(?:[\w'’-]+\s+){0,4}?[\w'’-]+|"
             # names in quotes: 'of the "Islamic State in Iraq and Levant" and "al-Nusra Front" organizations'
             r'(?:["“«][^"“”«»\d]{1,40}["”»]\s*(?:(?:and|or|et|ou|,)\s*)?){1,3}(?:[\w-]+)?)')
#: the words that name a side of a toll ("parmi les soldats", "dans les rangs rebelles", "among the rebels")
SIDE = r"(?:parmi|among|dans les rangs|in the ranks of|du côté|on the side of|chez)\b"
#: an article counting one victim ("a woman was killed", "another child was killed": one more),
#: and the victims it may count
ONE = r"(?:an?|une?|another)"
ONE_VICTIM = (r"(?:person|civilian|soldier|child|woman|man|boy|girl|fighter|policeman|police officer|journalist|"
               r"commander|resident|worker|farmer|doctor|nurse|teenager|mother|father|"
               r"official|officer|activist|rebel|militant|jihadist|priest|photographer|leader|member|"
               r"paramedic|medic|rescuer|volunteer|student|pupil|teacher|driver|shepherd|baby|infant|citizen|villager|"
               r"personne|civil|soldat|enfant|femme|homme|garçon|fille|combattant|policier|journaliste|"
               r"commandant|habitant|ouvrier|agriculteur|médecin|infirmière|adolescent|mère|père|"
               r"chef|responsable|officier|militant|rebelle|jihadiste|djihadiste|prêtre|photographe|dirigeant|membre|"
               r"secouriste|ambulancier|bénévole|étudiant|élève|enseignant|chauffeur|berger|bébé|nourrisson|citoyen|"
               r"villageois)")
ONE_VICTIM_RE = re.compile(rf"(?<![\w-]){ONE}\s+(?:[\w-]+\s+)?{ONE_VICTIM}\b", re.I)
#: "… and 12 others, including women and children, were wounded": the others are the wounded
OTHERS_WOUNDED = (rf",?\s+(?:(?!(?:while|but|killed|dead|died|tués?|tuées?|morts?|{NUMBER_WORDS})\b)(?!\d)[\w'’-]+,?\s+){{0,6}}?"
                   r"(?:(?:were|are|have been|had been|was|ont été|sont|ont|a été)\s+)?"
                   r"(?:(?:also|seriously|critically|aussi|également|gravement)\s+)?(?:wounded|injured|hurt|blessés?|blessées?)\b"
                   # (not "… and 14 others, and wounded 30": those killed)
                   rf"(?!\s+(?:(?:at least|more than|over|some|about|au moins|plus de)\s+)?(?:\d|(?:{NUMBER_WORDS})\b))")
#: what French sets between a verb and its object: the day of the act ("ont tué dimanche 20 civils",
#: "a tué mardi matin huit personnes", "tuant la veille 5 soldats") or an adverb ("ont tué par
#: ailleurs 12 soldats"); English writes the day after the object
INSERTED_DAY = (rf"(?:(?:(?:{WEEKDAYS})(?:\s+(?:dernier|matin|soir|après-midi|midi))?|hier(?:\s+soir|\s+matin)?|"
                 r"avant-hier|aujourd['’]hui|la\s+veille|par\s+ailleurs|également|aussi|encore|notamment|ainsi|"
                 # the day told otherwise: "ont tué ce matin 8 civils", "a tué le 3 mars 10 civils",
                 # "ont tué mardi 15 mars 7 soldats", "a tué à l'aube 4 enfants", "dans la nuit"
                 rf"(?:(?:{WEEKDAYS})\s+)?(?:le\s+)?\d{{1,2}}(?:er)?\s+(?:{MONTHS})(?!,?\s+(?:19|20)\d\d\b)|ce\s+(?:matin|soir|week-?end)|"
                 r"cette\s+nuit|(?:dans\s+)?la\s+nuit|à\s+l['’]aube|tôt\s+(?:le\s+)?matin),?\s+)")
#: French for the death an act causes: "a causé la mort (de)", "provoquant la mort", "entraîné la mort"
DEATH_OF = (rf"(?:caus|provoqu|entraîn)(?:é|ée|és|ées|ant|e|ent|ait|aient|era)\s+{INSERTED_DAY}{{0,2}}"
             r"la\s+mort")
#: lives an act claimed: "claimed the lives of 12", "a coûté la vie à 12"
LIVES_OF = r"(?:the lives of|(?:claimed|claiming|claims|cost|costing)\s+lives of|coûté la vie à)"
#: the participle of a passive killing that closes a toll told with what its victims were doing
#: a group told after another as one more: "ainsi que", "as well as"
#: (or with them: "nine civilians were killed along with five fighters", "together with")
AS_WELL_AS = r"(?:ainsi\s+que|as\s+well\s+as|along\s+with|together\s+with)"
PASSIVE_KILLED = r"(?:killed|slain|shot dead|massacred|executed|eliminated|tués|tuées|abattus|exécutés|pendus|massacrés|éliminés)"

__all__ = ["AS_WELL_AS", "AUX", "AUX_RE", "DEAD", "DEATH_OF", "GAP_WORD", "INSERTED_DAY", "KILL_VERBS", "LIVES_OF", "MINIMUM", "OF_GROUP", "ONE", "ONE_VICTIM", "ONE_VICTIM_RE", "OTHERS_WOUNDED", "PASSIVE_KILLED", "SIDE", "SUBSET", "TOLL_COUNT", "TO_DEATH"]
