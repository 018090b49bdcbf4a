"""Reported and background events: the one rule that tells the act an article reports as news
from the history and running tolls it recalls.

An article event is *reported* when it is news: its date lies within :data:`REPORTED_WINDOW_DAYS`
before publication, or it has no date of its own in a sentence that reads as news.  It is
*background* when

* its date is older: its period ends more than :data:`REPORTED_WINDOW_DAYS` days before
  publication ("an attack in 2013", "the uprising began in March 2011");
* its period is longer than that window, so it is no one act's day ("since 2011", "in 2016",
  "last year", "this year");
* its sentence recalls history or tells a running toll, whatever else it dates
  (:data:`BACKGROUND_CUE_RE`): "since the offensive began", "depuis 2011", "depuis le début de la
  guerre", "the war has killed 300,000", "la guerre a fait plus de 300 000 morts", "in six years
  of war", "two years earlier", "a year after", "il y a deux ans", an anniversary or a commemoration,
  a sentence opening on "since" / "depuis", earlier acts recalled ("have already been reported", "ont déjà
  été signalées") or a toll of the whole country ("killed across the country", "tués à travers le
  pays": no one act's toll);
* (but a sentence that dates its own act and sets it "N years after <history>" tells that act by
  its date alone: "Cinq ans après le début de la révolte, des milliers de Syriens ont manifesté
  mardi", "L'EI a repris dimanche Palmyre, moins d'un an après en avoir été chassé", "Three years
  after the chemical attack, strikes killed eight on Monday": :data:`AFTER_HISTORY_RE`; so does an
  anniversary the dated act marks: "ont manifesté mardi pour marquer le cinquième anniversaire du
  soulèvement": :data:`MARKED_ANNIVERSARY_RE`);
* it has no date of its own and dates a stretch longer than a week ("over the last 15 days",
  "ces dernières semaines": :data:`PERIOD_CUE_RE`).

Background events are kept with their sentences (nothing stored is lost) but flagged, and hidden
by default wherever events are shown or exported.  Without a publication date only the cues
decide.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from geo.extract.area_details import DETAIL_AHEAD
from geo.extract.date_patterns import RECENT_START_FR
from geo.extract.running_tolls import HELD_SINCE_RE, ORDINALS, PAST_WEEK_FR, SPAN_OF_TIME, without_war_tolls
from geo.extract.word_tries import word_trie

__all__ = ["AFTER_HISTORY_RE", "BACKGROUND_CUE_RE", "MARKED_ANNIVERSARY_RE", "PERIOD_CUE_RE", "REPORTED_WINDOW_DAYS", "has_background_cue", "is_background_sentence",
           "is_reported"]

#: how many days before publication an act may lie and still be news (the annotation rule of the
#: event gold: "at most 45 days before publication")
REPORTED_WINDOW_DAYS = 45

_YEAR = r"(?:19|20)\d\d"
_MONTH_EN = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_MONTH_FR = r"(?:janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[ûu]t|septembre|octobre|novembre|d[ée]cembre)"
#: what a war, a campaign or a stretch of history is called
_WAR_EN = r"(?:war|conflict|uprising|revolution|revolt|crisis|offensive|campaign|siege|intervention|fighting|violence)"
_WAR_FR = (r"(?:guerre|conflit|soulèvement|soulevement|révolution|revolution|révolte|crise|offensive|campagne|siège|"
           r"intervention|violences?|combats)")
_NUMBER_WORD = (r"(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|several|many|un|une|deux|trois|quatre|"
                r"cinq|six|sept|huit|neuf|dix|plusieurs)")

#: a stretch longer than the week a reported act may span: days above seven, weeks, months
_LONGER_THAN_A_WEEK_EN = (r"(?:[89]|[1-9]\d+|eight|nine|ten|eleven|twelve|fourteen|fifteen|twenty|thirty)\s+days|"
                          rf"(?:(?:{_NUMBER_WORD}|few)\s+)?(?:weeks|months)|month")
_LONGER_THAN_A_WEEK_FR = (r"(?:[89]|[1-9]\d+|huit|neuf|dix|onze|douze|quinze|vingt|trente)\s+derniers\s+jours|"
                          rf"(?:{_NUMBER_WORD}\s+)?derni[eè]res\s+semaines|(?:{_NUMBER_WORD}\s+)?derniers\s+mois")
#: the whole country as the scope of a toll
_COUNTRYWIDE_EN = r"(?:(?:across|throughout)\s+(?:the\s+country|syria)\b|\bnationwide\b)"
_COUNTRYWIDE_FR = r"(?:(?:à\s+travers|dans\s+tout)\s+(?:le\s+pays|la\s+syrie)\b)"

_CUES_EN = (
    # "since 2011", "since March 2011", "since the war began", "since the start of the offensive"
    rf"\bsince\s+(?:(?:early|late|mid-?)\s*)?(?:{_MONTH_EN}\s+)?{_YEAR}\b",
    r"\bsince\s+(?:the\s+)?(?:start|beginning|outbreak|onset|launch|eruption)\s+of\b",
    rf"\bsince\s+(?:the|its|their|this|that)\s+(?:[\w-]+\s+){{0,3}}?{_WAR_EN}\s+(?:began|started|erupted|broke out|"
    r"was launched|kicked off)\b",
    # "the war has killed 300,000", "a conflict that has claimed ..."
    r"\b(?:the|this|a|its)\s+(?:[\w-]+\s+){0,3}?(?:war|conflict|uprising)\b[^.;]{0,60}?"
    r"\b(?:has|have|had|which has|that has)\s+(?:so far\s+)?(?:killed|claimed|left|cost)\b",
    r"\b(?:war|conflict|uprising|crisis|revolution)[- ]long\b",
    # "in six years of war", "over the past five years", "the past two years"
    rf"\b(?:in|over|after|during)\s+(?:(?:more than|nearly|almost|about)\s+)?{_NUMBER_WORD}\s+years?\s+of\b",
    rf"\b(?:over|in|during)\s+the\s+(?:past|last)\s+(?:{_NUMBER_WORD}\s+)?years?\b",
    # "two years earlier", "three years ago", "a year before"
    rf"\b{_NUMBER_WORD}\s+years?\s+(?:earlier|ago|before|after|later)\b",
    r"\banniversar(?:y|ies)\b", r"\bcommemorat\w*",
    # a sentence opening on "since": "Since mid-March, 450 people have died"
    r"^\W*since\b",
    # earlier acts recalled: "similar killings have already been reported"
    r"\b(?:have|has|had)\s+already\s+been\s+(?:reported|documented|recorded|seen)\b",
    # a toll of the whole country is no one act's: "73 killed across the country" (but one act's
    # share told right after it is news: geo.extract.area_details)
    rf"\b(?:killed|dead|died)\b[^.;]{{0,100}}?{_COUNTRYWIDE_EN}(?!{DETAIL_AHEAD})",
)
_CUES_FR = (
    # "depuis 2011", "depuis mars 2011", "depuis le début de la guerre", "depuis le déclenchement"
    rf"\bdepuis\s+(?:(?:début|fin|mi-?)\s*)?(?:{_MONTH_FR}\s+)?{_YEAR}\b",
    r"\bdepuis\s+(?:le|la|l['’])\s*(?:début|commencement|déclenchement|declenchement|lancement|éclatement)\b",
    rf"\bdepuis\s+(?:le|la|l['’]|les)\s*(?:[\w-]+\s+){{0,2}}?{_WAR_FR}\b",
    rf"\bdepuis\s+{_NUMBER_WORD}\s+(?:ans?|années?)\b",
    # "la guerre a fait plus de 300 000 morts", "le conflit a coûté la vie à ..."
    r"\b(?:la|le|cette|ce)\s+(?:[\w-]+\s+){0,2}?(?:guerre|conflit)\b[^.;]{0,60}?"
    r"\b(?:a fait|a tué|a coûté|a couté|a causé|a provoqué)\b",
    rf"\b(?:en|après|au cours de|pendant)\s+(?:(?:plus de|près de|presque)\s+)?{_NUMBER_WORD}\s+(?:ans|années)\s+d[e'’]",
    rf"\bil\s+y\s+a\s+{_NUMBER_WORD}\s+(?:ans?|années?)\b",
    rf"\b{_NUMBER_WORD}\s+(?:ans?|années?)\s+(?:plus tôt|plus tard|auparavant|avant|après)\b",
    r"\banniversaire\b", r"\bcommémor\w*", r"\bcommemor\w*",
    # (but "Depuis l'aube, l'armée bombarde X", "Depuis jeudi, des combats opposent …": today's act,
    # going on from a recent day)
    rf"^\W*depuis\b(?!\s+(?:{RECENT_START_FR})\b)",
    r"\b(?:ont|a|avaient|avait)\s+déjà\s+été\s+(?:signal|rapport|document|constat|observ)ée?s?\b",
    rf"\b(?:tuée?s?|morts?|mortes|décédée?s?)\b[^.;]{{0,100}}?{_COUNTRYWIDE_FR}(?!{DETAIL_AHEAD})",
    # a toll over a span of weeks, months or years: "En un an, les frappes ont tué 2 000 civils", "ont fait
    # 400 morts en trois semaines", "killed 1,700 civilians in five months" (English and French)
    SPAN_OF_TIME,
    # acts counted over the week just gone: "a mené quatorze frappes au cours de la semaine écoulée"
    # (French: English "over the past week" is often a dated act's comparison)
    PAST_WEEK_FR,
)
#: a sentence that recalls history or tells a running toll (English and French cues together:
#: scraped texts mix them, and a cue of one language never reads as news in the other)
def _one_branch(cue: str) -> bool:
    """Whether a pattern has no "|" of its own outside its groups and sets."""
    depth, in_set, escaped = 0, False, False
    for i, ch in enumerate(cue):
        if escaped or ch == "\\":
            escaped = not escaped
        elif in_set:
            in_set = ch != "]" or cue[i - 1] == "["
        elif ch in "()":
            depth += 1 if ch == "(" else -1
        elif ch == "[":
            in_set = True
        elif ch == "|" and depth == 0:
            return False
    return True


def _union(cues: tuple[str, ...]) -> str:
    """The alternation of ``cues``, the same matches, with the word boundary that opens a run of
    them tested once: r"\\bx|\\by|^z" -> r"\\b(?:x|y)|^z" (twice as fast on a sentence without a cue)."""
    parts: list[str] = []
    run: list[str] = []
    for cue in (*cues, ""):
        if cue.startswith(r"\b") and _one_branch(cue):
            run.append(cue[2:])
            continue
        if run:
            parts.append(r"\b(?:" + "|".join(run) + ")")
            run = []
        parts.append(cue)
    return "|".join(parts[:-1])


BACKGROUND_CUE_RE = re.compile(_union((*_CUES_EN, *_CUES_FR)), re.I)
#: where BACKGROUND_CUE_RE matches, found faster (geo.extract.word_tries): whether it does
_BACKGROUND_CUE_AT = re.compile(word_trie(BACKGROUND_CUE_RE.pattern), BACKGROUND_CUE_RE.flags)
#: a stretch longer than a week, the time of a running toll when the sentence dates nothing else:
#: "over the last 15 days", "in recent weeks", "au cours des quinze derniers jours", "ces dernières
#: semaines" (in "a drone strike killed a commander on Wednesday, the latest of many in recent
#: weeks" the act is Wednesday's)
PERIOD_CUE_RE = re.compile(
    rf"\b(?:over|in|during|for)\s+the\s+(?:past|last|previous)\s+(?:{_LONGER_THAN_A_WEEK_EN})\b"
    r"|\bin\s+recent\s+(?:weeks|months)\b"
    rf"|\b(?:au\s+cours\s+des|durant\s+les|pendant\s+les|ces|les)\s+(?:{_LONGER_THAN_A_WEEK_FR})\b",
    re.I)
#: "N years after <history>" (up to its clause's end): the time of the sentence's act, later than that
#: history; when that act has a date of its own, the date alone says whether it is news ("Cinq ans
#: après le début de la révolte, des milliers de Syriens ont manifesté mardi", "a repris dimanche
#: Palmyre, moins d'un an après en avoir été chassé", "Two years after the siege began, shells
#: killed six on Monday")
AFTER_HISTORY_RE = re.compile(
    rf"(?<![\w'’-])(?:(?:plus\s+de|près\s+de|moins\s+d['’]\s*|more\s+than|less\s+than|nearly|almost)\s*)?"
    rf"(?<![\w-])(?:{_NUMBER_WORD})\s+(?:ans|années|an|année|years?)\s+(?:après|after)\s+[^,;.]{{3,160}}", re.I)
#: an anniversary an act marks, its aim (up to its clause's end): "ont manifesté mardi pour marquer le
#: cinquième anniversaire du soulèvement", "rallied on Friday to mark the anniversary of the uprising",
#: "à l'occasion de l'anniversaire": when the act has a date of its own, that date alone says whether
#: it is news (as AFTER_HISTORY_RE)
MARKED_ANNIVERSARY_RE = re.compile(
    r"\b(?:(?:pour|afin\s+de)\s+(?:marquer|commémorer|célébrer|fêter|rappeler)|à\s+l['’]occasion\s+d[eu]|"
    r"(?:to|in\s+order\s+to)\s+(?:mark|commemorate|celebrate)|on\s+the\s+(?:\w+\s+)?anniversary\s+of)"
    r"\s+[^,;.]{3,160}", re.I)
#: a superlative before "since" compares the act with history, it does not tell history: "the
#: deadliest attack since the war began", "le bombardement le plus meurtrier depuis 2013"
_SUPERLATIVE_RE = re.compile(
    r"\b(?:deadliest|bloodiest|worst|heaviest|biggest|largest|fiercest|most\s+\w+|first|highest|"
    r"(?:le|la|les)\s+plus\s+\w+|pire|premi(?:er|ère)s?|jamais|" + ORDINALS + r")\b[^.;]{0,80}$", re.I)


def has_background_cue(sentence: str) -> bool:
    """Whether a sentence recalls history or tells a running toll (see the module's rules)."""
    # the war's toll is no history of the act, nor a place held since ("l'aéroport, assiégé depuis 2015")
    text = HELD_SINCE_RE.sub(lambda m: " " * len(m.group(0)), without_war_tolls(sentence))
    if _BACKGROUND_CUE_AT.search(text) is None:
        return False
    for m in BACKGROUND_CUE_RE.finditer(text):
        # ("the first in three years", "la troisième en deux mois": a span the act is compared with or counted in)
        opening = m.group(0)[:8].lower()
        comparing = (opening.startswith(("since ", "depuis", "en ", "in ", "within ", "over ", "during ", "au cours",
                                         "durant ", "pendant "))
                     and _SUPERLATIVE_RE.search(sentence[:m.start()]))
        if not comparing:
            return True
    return False


def is_background_sentence(sentence: str, *, since: bool = False, dated: bool = False) -> bool:
    """Whether a sentence is background whatever it dates: a cue; or ``since`` (it dates
    something from a past time on: "since May", "depuis mai", a date of kind "background" in
    :mod:`geo.extract.dates`), or a stretch longer than a week (:data:`PERIOD_CUE_RE`), when it
    has no date of its own (``dated``): in "the army advanced on Saturday around the airport,
    closed since early January" the act is Saturday's."""
    told = AFTER_HISTORY_RE.sub("", sentence) if dated else sentence
    if dated and "nniversa" in told:  # (the cue an aim of the act hides: read only where it is)
        told = MARKED_ANNIVERSARY_RE.sub("", told)
    return ((since or PERIOD_CUE_RE.search(sentence) is not None) and not dated) or has_background_cue(told)


def is_reported(sentence: str, date_start: date | None, date_end: date | None,
                published: date | None, *, since: bool = False) -> bool:
    """Whether the act a sentence tells, dated ``date_start``..``date_end`` (None: no date of its
    own), is news in an article published on ``published`` (see the module's rules and
    :func:`is_background_sentence` for ``since``)."""
    if is_background_sentence(sentence, since=since, dated=date_start is not None):
        return False
    if date_start is None or published is None:
        return True
    last = date_end or date_start
    window = timedelta(days=REPORTED_WINDOW_DAYS)
    if last - date_start > window:  # "since 2011", "in 2016": a stretch, not one act's day
        return False
    return last >= published - window
