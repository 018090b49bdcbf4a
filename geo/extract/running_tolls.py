"""Cumulative, running, war-long and several days' tolls: no one act's ("since the war began",
"so far this year", "depuis le début du conflit", "the conflict has killed", "in total", "in
recent days", "seven days of airstrikes"), and "no one was killed" (a toll of 0).

Read by :func:`geo.extract.numbers.find_fatalities` before any count: a sentence these patterns
match counts no act's dead.

The war's running toll told in a clause of its own, glued to a sentence that tells the day's act
("L'armée a pris X lundi, dans un conflit qui a fait plus de 60 000 morts selon l'ONU", "… in a
war that has killed more than 300,000 people"), is the war's, not the act's, and no history of
the act's: :func:`without_war_tolls` leaves that clause out before the sentence's own dead are
counted and before it is judged background (:func:`geo.extract.background.has_background_cue`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from geo.extract.act_lexicon import ACT_NOUNS
from geo.extract.date_patterns import MONTH_NUMBERS, WEEKDAY_NUMBERS  # one table of month and weekday names
from geo.extract.number_words import NUMBER_WORDS
from geo.extract.word_tries import word_trie

__all__ = ["COMPARISON_RE", "CUMULATIVE_RE", "DAY_WORDS", "EARLIER_ACT_TOLL_CLAUSE_RE", "HELD_SINCE_RE", "ORDINALS", "ORDINAL_IN_A_PERIOD_RE", "PAST_WEEK", "PAST_WEEK_FR", "SPAN_OF_TIME", "RUNNING_TOLL_OF_RE", "MONTHS", "NO_DEATHS_RE", "RUNNING_CLAUSE_RE", "SEVERAL_DAYS_RE",
           "WAR_TOLL_CLAUSE_RE", "WEEKDAYS", "is_cumulative",
           "without_war_tolls"]


def _names(table: dict[str, int]) -> str:
    """An alternation of the names of a dates table (keys without accents), accents allowed."""
    return "|".join(re.sub(r"[eu]", lambda m: "[eéèê]" if m.group(0) == "e" else "[uû]", name)
                    for name in sorted(table, key=len, reverse=True))


#: the names of the months and of the weekdays (English and French), as regex alternations
MONTHS = _names(MONTH_NUMBERS)
WEEKDAYS = _names(WEEKDAY_NUMBERS)
_MONTH_OR_YEAR = rf"(?:{MONTHS}|(?:19|20)\d\d|{WEEKDAYS})"
#: the week just gone as a span: "au cours de la semaine écoulée", "durant la semaine passée", "over
#: the past week", "in the last week" (several days' acts or dead, no one act's)
PAST_WEEK_FR = r"\b(?:au\s+cours\s+de|durant|pendant)\s+la\s+semaine\s+(?:écoulée|passée)\b"
PAST_WEEK = rf"{PAST_WEEK_FR}|\b(?:over|in|during)\s+the\s+(?:past|last)\s+week\b"
#: a span of time a toll covers, told with "en"/"in": "en un an", "en l'espace de trois semaines",
#: "en moins de cinq mois", "in a year", "in two months" (a week or a month alone is SEVERAL_DAYS_RE's;
#: "the first in three years" compares, see ORDINAL_IN_A_PERIOD_RE)
SPAN_OF_TIME = (
    r"\b(?:en|in|within)\s+(?:l['’]\s*espace\s+d(?:e\s+|['’]\s*))?"
    r"(?:(?:plus|près|moins)\s+d(?:e\s+|['’]\s*)|(?:à\s+peine|more\s+than|less\s+than|nearly|almost|just\s+over|only)\s+)?"
    rf"(?:(?:\d+|an?|{NUMBER_WORDS})\s+(?:ans?|années?|years?)|(?!(?:un|une|one|a)\b)(?:\d+|{NUMBER_WORDS})\s+"
    r"(?:mois|months|semaines|weeks))\b")
#: a cumulative, war-long or running toll: not the toll of one act
CUMULATIVE_RE = re.compile(
    r"\bsince\s+(?:the|its|their|it|they|early|late|mid|last|then|"
    rf"{_MONTH_OR_YEAR})\b|\bso far\b|\bto date\b|\bthus far\b|\bin total\b|\baltogether\b|"
    # (not "over the past 24 hours": one day's toll)
    r"\bover the (?:past|last)\b(?!\s+(?:24|twenty-four|few|several|\d+)\s+hours\b|\s+(?:day|night)\b)|"
    # "killed in Syria's 30-month war", "in the six-year conflict", "the death toll from the six-year conflict"
    r"\b(?:in|during|throughout|from)\s+(?:the\s+|its\s+|syria['’]?s?\s+)?[\w-]+-(?:year|month)(?:-old)?\s+"
    r"(?:civil\s+)?(?:war|conflict|uprising|crisis)\b|"
    r"\b(?:in|over|after|en|après)\s+(?:(?:more than|plus de|près de|nearly|almost)\s+)?"
    r"[\w-]+\s+(?:years?|months?|ans|années|mois)\s+(?:of|de|d['’])|"
    r"\b(?:across|throughout|elsewhere in|everywhere in|à travers|dans tout|ailleurs dans|partout dans|"
    r"dans l['’]ensemble d[eu]) (?:the |le )?(?:country|pays)\b|"
    # "killed across Syria", "à travers la Syrie": a country's or a region's day, no one act
    r"\b(?:across|throughout|à travers)\s+(?:la\s+|le\s+|l['’]\s*)?(?-i:[A-ZÀ-ÖØ-Þ])[\w'’-]+|"
    # the dead of this month or year so far: "300 people have been killed this month"
    r"\b(?:have|has)\s+(?:[\w-]+\s+)?(?:been\s+killed|died|killed)\b[^.;]{0,80}\bthis\s+(?:month|year)\b|"
    r"\bthis\s+(?:month|year)\b[^.;]{0,80}\b(?:have|has)\s+(?:[\w-]+\s+)?(?:been\s+killed|died|killed)\b|"
    r"\bnationwide\b|"
    # "in the first six months of 2016", "for the past three weeks", "totalled 304 killed"
    r"\b(?:in|for|during|over) the (?:first|last|past) (?:[\w-]+ )?(?:weeks?|months?|years?)\b|\btotall?(?:ed|ing)\b|"
    # "violence in Syria killed 85 people on Thursday": all the day's acts, no one act
    r"\bviolences?\b(?:\s+[\w'’]+){0,3}?\s+(?:(?:has|have|had)\s+)?(?:killed|claimed|left|a causé|ont causé|a fait|"
    r"ont fait|a coûté|ont coûté)\b|\bin the (?:past|last) (?:\w+ )?(?:years?|months?|weeks?|days)\b|"
    r"\b(?:war|conflict|uprising|crisis|revolution)[- ]long\b|" + SPAN_OF_TIME + "|"
    r"\b(?:killed|died|dead|tués?|tuées?|morts?)\s+(?:[\w-]+\s+){0,3}?(?:in|during|throughout|en|durant|pendant)\s+"
    r"(?:19|20)\d\d\b|"
    r"\b(?:the|this|a|syria['’]?s?) (?:(?:civil|\w+-year-old|\w+-year) )?(?:war|conflict|uprising)\b[^.;]{0,60}"
    r"\b(?:has|have|had|which has|that has)\s+(?:killed|claimed|left|caused)|"
    # ("depuis" a place is where fire came from or a report was made: "tirées depuis la Syrie", "depuis Beyrouth",
    # "tirés depuis la ville de Deraa", "depuis la province d'Idleb")
    r"\bdepuis (?!un |une |des |les positions|leurs? |(?:(?:la|le|les|l['’])\s*)?(?:(?:ville|localité|province|région|"
    r"banlieue|campagne|quartier|base|zone|secteur|village|enclave|fief|bastion)s?\s+(?:de\s+|d['’]\s*|du\s+))?"
    r"(?-i:[A-ZÀ-ÖØ-Þ]))|\bjusqu['’](?:à présent|ici)|\bà ce jour\b|\bau total\b|"
    r"\ben tout\b|\b(?:la guerre|le conflit)\b[^.;]{0,60}\b(?:a fait|a tué|a coûté)",
    re.I,
)
#: the words before a count that make it a period's or a campaign's whole ("raising the toll of the
#: week's strikes to [80]", "the death toll from the offensive rose to [200]"): no one act's
RUNNING_TOLL_OF_RE = re.compile(
    r"\b(?:toll|bilan)\s+(?:of|from|in|for|de|du|des)\s+(?:the\s+|la\s+|le\s+|l['’]\s*)?(?:[\w'’-]+\s+){0,3}?"
    r"(?:weeks?|months?|years?|offensive|campaign|war|conflict|semaines?|mois|années?|campagne|guerre|conflit)"
    r"(?:['’]s?)?\b[^.;\d]{0,60}$", re.I)
#: a campaign of several days ("offensive", "siege", "campagne") or a run of strikes told going on
#: ("strikes which began Saturday and continued Sunday"), the verb telling it began, and its first day
#: (a weekday, a week, a month, a date, "N days ago"): its dead are those since then
_CAMPAIGN = r"(?:offensive|campaign|operation|onslaught|siege|battle|push|campagne|opération|bataille|siège)"
_RUN_OF_STRIKES = (r"(?:bombardment|bombing|shelling|fighting|clashes|(?:air\s?|air-)?strikes|(?:air\s?)?raids|"
                   r"bombardements?|frappes|raids|combats|affrontements)")
_BEGUN = (r"(?:(?:which|that|qui)\s+(?:(?:was|were|had|has|have)\s+(?:been\s+)?)?"
          r"(?:began|begun|started|launched|kicked\s+off|got\s+under\s?way|(?:a|ont)\s+(?:débuté|commencé))"
          # (a participle right after the campaign: "the offensive, launched on Monday"; not its own verb:
          # "days after an offensive began on Monday" dates the sentence's act by it)
          r"|(?:launched|begun|started|lancée?s?|entamée?s?|déclenchée?s?|commencée?s?))\s+"
          r"(?:(?:on|in|at|last|early|earlier|late|this|the|a|le|la|en|il\s+y\s+a|depuis)\s+)*")
#: what may stand between a campaign and the clause telling it began: whom or where it is on ("the
#: siege of the town, which began in March", "the offensive on X, launched …")
_CAMPAIGN_OF = r"(?:\s+(?:of|on|against|in|for|de|du|des|contre|sur)\s+(?:[\w'’-]+\s+){0,2}?[\w'’-]+)?"
_START_DAY = (rf"(?:{WEEKDAYS}|{MONTHS}|weekend|week|month|fin\s+de\s+semaine|semaine|mois|"
              rf"(?:\d+|{NUMBER_WORDS})\s+(?:days|weeks|jours|semaines)(?:\s+ago)?)\b")
_GOING_ON = r"(?:continued|went\s+on|lasted|carried\s+on|se\s+sont\s+poursuivi|ont\s+continué|ont\s+duré)"
#: a toll over several days ("in recent days", "seven days of airstrikes", "the eight-day battle", a
#: battle's dead told looking back: "had been killed in the fight for X"):
#: no single act's, unless the sentence narrows the period down to the act's own day
#: (:func:`geo.extract.act_date.narrows_a_period`: "… in recent days, killing 20 when it bombed
#: the town at the weekend")
#: ... its parts: spans of hours or weeks ("in recent days", "in the past 48 hours", "in a week", the
#: week just gone: PAST_WEEK)
_SHORT_SPANS = (
    PAST_WEEK + r"|\bin recent (?:days|weeks)\b|\b(?:ces|les) (?:derniers|dernières) (?:jours|semaines)\b|"
    # more than a day's hours: "in the past 48 hours", "au cours des 72 dernières heures" (not the last 24)
    r"\b(?:in|over|during|within|for)\s+the\s+(?:past|last|previous)\s+(?:[3-9]\d|[1-9]\d\d|thirty-six|forty-eight|"
    r"seventy-two)\s+hours\b|\b(?:des|les|ces|en)\s+(?:dernières\s+)?(?:[3-9]\d|[1-9]\d\d|trente-six|quarante-huit|"
    r"soixante-douze)\s+(?:dernières\s+)?heures\b|"
    # (not an act counted: "the second in a week", "le deuxième en un mois")
    r"(?<!second )(?<!third )(?<!deuxième )(?<!seconde )(?<!troisième )"
    r"\b(?:in|within|over|en)\s+(?:one|a|a single|une|une seule|un|un seul)\s+(?:week|semaine|month|mois)\b")
#: ... days or weeks counted ("seven days of airstrikes", "the eight-day battle")
_DAYS_COUNTED = (
    rf"\b(?!(?:one|un|une)\b)(?:\d+|{NUMBER_WORDS}) (?:days|weeks|jours|semaines) (?:of|de|d['’])\s*(?:\w+ )?"
    r"(?:air ?strikes|raids|bombing|bombardments?|shelling|fighting|clashes|violence|frappes|bombardements?|"
    r"combats|affrontements|violences)\b|\b(?:battle|bataille|offensive|siege|siège|assault|assaut|campaign|campagne)s?"
    rf" (?:of|de) (?:\d+|{NUMBER_WORDS}) (?:days|weeks|jours|semaines)\b|\b(?!(?:one|a)\b)(?:\d+|{NUMBER_WORDS})-(?:day|week)"
    r" (?:battle|offensive|siege|assault|campaign|bombing|bombardment|fighting|clashes|operation)s?\b")
#: ... the dead of a whole battle, told looking back: "287 fighters had been killed in the fight for X"
_BATTLES_DEAD = (r"\bhad\s+(?:[\w-]+\s+)?(?:been\s+killed|died|perished)\b[^.;]{0,60}?\bin\s+the\s+(?:[\w-]+\s+)?"
                 r"(?:fight|battle|struggle|offensive|campaign)\s+(?:for|to|on|against)\b")
#: ... a campaign told with the day it began: its dead since then ("in an offensive which began last
#: weekend", "the strikes, which started on Saturday and continued Sunday", "l'offensive lancée mardi")
#: ("Loffensive": a French article glued on by scraping)
_CAMPAIGN_BEGUN = (
    rf"(?<!after\s)(?<!after\san\s)(?<!after\sthe\s)(?:\b|(?<=\bL)|(?<=\bl)){_CAMPAIGN}s?\b{_CAMPAIGN_OF},?\s+"
    rf"{_BEGUN}{_START_DAY}|\b{_RUN_OF_STRIKES}\b,?\s+{_BEGUN}{_START_DAY}[^.;]{{0,20}}?\b(?:and|et)\s+{_GOING_ON}")
#: ... a campaign of a week or more: "a week-long push", "the month-long siege"
_WEEKS_LONG = rf"\b(?:week|month|days?|weeks|months)-long\s+(?:{_CAMPAIGN}|{_RUN_OF_STRIKES}|assault)"
SEVERAL_DAYS_RE = re.compile("|".join((_SHORT_SPANS, _DAYS_COUNTED, _BATTLES_DEAD, _CAMPAIGN_BEGUN, _WEEKS_LONG)), re.I)
NO_DEATHS_RE = re.compile(
    r"\b(?:no one|nobody|no-one|none) (?:was|were|has been|had been) (?:killed|hurt|injured)|"
    r"\b(?:no one|nobody) died\b|\bno (?:deaths|fatalities|casualties|injuries)\b|\bwithout (?:causing )?(?:any )?(?:deaths|casualties)\b|"
    r"\baucun(?:e)? (?:mort|victime|décès|blessé)\b|\bsans faire de (?:victimes?|morts?)\b|\bpas fait de (?:victimes?|morts?)\b|"
    r"\bpersonne n['’]a été tué",
    re.I,
)


#: an act compared with the others of a period ("the deadliest attack since the war began", "the
#: worst in Syria's six-year conflict", "la plus meurtrière depuis 2011"): the period measures the
#: act, it counts no dead of its own (the words to the end of the clause or comma, at most 80 characters)
COMPARISON_RE = re.compile(
    r"\b(?:(?:single\s+)?(?:deadliest|bloodiest|worst|heaviest|highest|biggest|largest|"
    r"most\s+(?:deadly|violent|intense|serious))|"
    r"(?:le|la|les)\s+plus\s+(?:meurtri[eè]re?s?|sanglante?s?|lourde?s?|graves?|violente?s?))\b[^.;,]{0,80}",
    re.I,
)

#: a place's state since a time, told after a comma by a participle ("l'aéroport militaire, assiégé par
#: l'EI depuis plus d'un an", "the airport, besieged by IS since 2015", "la ville, tenue par les rebelles
#: depuis 2012"): the time measures the siege or the hold, it counts no dead (to the clause's end)
HELD_SINCE_RE = re.compile(
    r",\s*(?:(?:assiég|encercl|contrôl|ten|occup|bloqu)(?:ée?s?|ue?s?)|besieged|encircled|held|controlled|occupied)"
    r"\s+(?:par\s+|by\s+)?[^.;,]{0,50}?\b(?:depuis|since)\b[^.;,]{0,60}", re.I)


#: where CUMULATIVE_RE matches, found faster (geo.extract.word_tries): whether it does
_CUMULATIVE_AT = re.compile(word_trie(CUMULATIVE_RE.pattern), CUMULATIVE_RE.flags)
#: whether SEVERAL_DAYS_RE matches, found faster: each part (as a trie) is tried only where the words
#: it cannot match without are (a span of "hours" or a "week", a count of "days", a campaign's verb
#: of beginning)
_SEVERAL_DAYS_TRIED = tuple((cue and re.compile(word_trie(cue), re.I), re.compile(word_trie(part), re.I)) for cue, part in (
    ("recent|derni|hours|heures|week|semaine|month|mois", _SHORT_SPANS), (None, _BATTLES_DEAD),
    ("days|weeks|jours|semaines|-day|-week", _DAYS_COUNTED),
    ("began|begun|started|launched|kicked|got|débuté|commencé|lancé|entamé|déclenché", _CAMPAIGN_BEGUN),
    ("-long", _WEEKS_LONG)))


def _several_days(sentence: str) -> bool:
    """Whether :data:`SEVERAL_DAYS_RE` matches the sentence (see :data:`_SEVERAL_DAYS_TRIED`)."""
    return any((cue is None or cue.search(sentence) is not None) and part.search(sentence) is not None
               for cue, part in _SEVERAL_DAYS_TRIED)


#: the ordinals that count an act among others of a period, the first too ("the first attack in a year",
#: "la troisième attaque en un mois", "the second since January")
ORDINALS = (r"first|second|third|fourth|fifth|\d+(?:st|nd|rd|th)|premi(?:er|ère)|deuxième|troisième|quatrième|"
            r"cinquième|\d+e")
#: an act counted in a period ("the 2nd car bombing in a week", "la troisième attaque en un mois", "the
#: first such strike in two years"): the period counts acts, not dead
ORDINAL_IN_A_PERIOD_RE = re.compile(
    r"\b(?:" + ORDINALS + r")\b(?:\s+[\w'’-]+){0,5}?"
    r"\s+(?:(?:in|within|en)\s+(?:one|a|a single|une?|une seule|un seul)\s+(?:week|month|semaine|mois)\b|"
    + SPAN_OF_TIME[2:] + "|" + PAST_WEEK.replace(r"\b", "") + ")", re.I)


#: a relative clause set off by a comma, to its end ("l'armée, qui pilonne depuis dix jours les
#: quartiers rebelles", "government forces, which have pounded the area since Friday,")
_RELATIVE_CLAUSE_RE = re.compile(r",\s*(?:qui|which|who)\b[^,.;()]*", re.I)
#: the words telling an act's own day: a weekday, "yesterday", "today", "hier" (and "avant-hier"),
#: "aujourd'hui" (an alternation; geo.extract.month_tallies adds the times of a day to it)
DAY_WORDS = rf"{WEEKDAYS}|yesterday|today|hier|aujourd['’]hui"
#: the day an act is told on, outside a relative clause (:func:`is_cumulative`)
_ONE_DAY_RE = re.compile(rf"\b(?:{DAY_WORDS})\b", re.I)


def is_cumulative(sentence: str, *, one_day: bool = False) -> bool:
    """Whether the sentence tells a cumulative, running or war-long toll ("since the war began"),
    or one over several days unless ``one_day`` (the sentence dates its act to a day of them); a
    period the act is compared with (:data:`COMPARISON_RE`) or counted in (:data:`ORDINAL_IN_A_PERIOD_RE`),
    or a place held since (:data:`HELD_SINCE_RE`), is left out.  So is what a relative clause set
    off by a comma tells of its noun ("au moins cinq civils ont péri mardi sous les bombardements de
    l'armée, qui pilonne depuis dix jours les quartiers rebelles") when the rest of the sentence tells
    its act's day: the clause's period is the actor's or the campaign's, not the toll's."""
    for period in (COMPARISON_RE, ORDINAL_IN_A_PERIOD_RE, HELD_SINCE_RE):
        sentence = period.sub(lambda m: " " * len(m.group(0)), sentence)
    found = _CUMULATIVE_AT.search(sentence)
    clauses = [c.span() for c in _RELATIVE_CLAUSE_RE.finditer(sentence)] if found is not None and "," in sentence else []
    if any(a <= found.start() < b for a, b in clauses):
        rest = _RELATIVE_CLAUSE_RE.sub(lambda m: " " * len(m.group(0)), sentence)
        if _ONE_DAY_RE.search(rest):
            found = _CUMULATIVE_AT.search(rest)
    return found is not None or (not one_day and _several_days(sentence))


#: a clause telling the war's running toll: "un conflit (armé) qui a fait plus de 60 000 morts
#: (selon l'ONU)", "la guerre, qui a coûté la vie à …", "dont la répression a fait …", "a war that
#: has killed more than 300,000 people (since 2011)"
WAR_TOLL_CLAUSE_RE = re.compile(
    r"\b(?:(?:guerre|conflit|révolte|soulèvement|répression|crise|révolution|war|conflict|uprising|crackdown|"
    r"crisis|revolt|revolution)(?:\s+[\w-]+){0,2}?\s*,?\s+(?:qui|ayant|which|that)|dont\s+la\s+(?:répression|guerre))"
    r"\s+(?:(?:a|avait|has|had)\s+)?(?:déjà\s+|so\s+far\s+|already\s+|now\s+)?"
    r"(?:fait|coûté\s+la\s+vie\s+à|tué|causé\s+la\s+mort\s+de|killed|claimed|left|cost)\s+"
    r"[^;]{0,60}?\b(?:morts?|victimes?|personnes|tués|lives|people|dead|killed)\b"
    r"(?:\s*,?\s*(?:selon|d['’]après|according\s+to|since|depuis)\s+[^,;.]{0,80})?",
    re.I,
)


#: a clause after the act's toll that carries a running toll up to a figure: "…, raising to 40 the
#: number of people killed in the town since Sunday", "…, portant à 40 le nombre de morts depuis
#: dimanche" (to the end of the sentence; a running toll only when the clause is cumulative)
RUNNING_CLAUSE_RE = re.compile(r",?\s*\b(?:bringing|raising|taking|pushing|portant|élevant)\b"
                               r"(?=[^.;]{0,80}?\b(?:to|à)\b)[^.;]*", re.I)


#: another, earlier act's toll told in a relative clause with its own past time: "the chemical attack
#: that killed hundreds in 2013", "l'attentat qui avait fait 40 morts l'an dernier", "un massacre qui a
#: fait 20 morts il y a deux ans" (the act's noun, its clause, a count, and a year or a time ago)
EARLIER_ACT_TOLL_CLAUSE_RE = re.compile(
    rf"\b{ACT_NOUNS}(?:\s+[\w-]+){{0,2}}?\s*,?\s+(?:that|which|qui)\s+(?:(?:had|has|have|avait|a|ont|avaient)\s+)?"
    r"(?:killed|left|claimed|fait|tué|coûté\s+la\s+vie\s+à|causé\s+la\s+mort\s+de)\s+[^.;,]{0,60}?"
    rf"(?:\b(?:in|en)\s+(?:(?:{MONTHS})\s+)?(?:19|20)\d\d\b|\b(?:years?|months?)\s+ago\b|\blast\s+(?:year|month)\b|"
    r"\bil\s+y\s+a\s+[\w-]+\s+(?:ans?|années?|mois)\b|\bl['’]\s*(?:an|année)\s+derni[eè]re?\b|\ble\s+mois\s+dernier\b)",
    re.I)


_HAS_YEAR_OR_AGO_RE = re.compile(r"(?:19|20)\d\d|\bago\b|\blast\s+(?:year|month)|\bil\s+y\s+a\b|derni", re.I)


@lru_cache(maxsize=512)  # (a sentence is asked for its tolls and whether it is background: once)
def without_war_tolls(sentence: str) -> str:
    """The sentence with each clause telling the war's running toll, or an earlier act's
    (:data:`EARLIER_ACT_TOLL_CLAUSE_RE`), blanked (same length, so offsets hold): see the module's rules.  So is a clause that carries a running toll up to a
    figure after the act's own (:data:`RUNNING_CLAUSE_RE`, when it is cumulative: "Three civilians
    were killed, raising to 40 the number killed in the town since Sunday" is the act's three)."""
    sentence = WAR_TOLL_CLAUSE_RE.sub(lambda m: " " * len(m.group(0)), sentence)
    if _HAS_YEAR_OR_AGO_RE.search(sentence):  # (a cheap test first: the clause tells a year or a time ago)
        sentence = EARLIER_ACT_TOLL_CLAUSE_RE.sub(lambda m: " " * len(m.group(0)), sentence)
    return RUNNING_CLAUSE_RE.sub(lambda m: " " * len(m.group(0)) if m.start() > 0 and is_cumulative(m.group(0))
                                 else m.group(0), sentence)
