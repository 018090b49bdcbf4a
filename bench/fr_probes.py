"""French probes of event extraction (``bench/fr_probes.tsv``): short wire-style texts of our own
(AFP, Le Monde, RFI, Global Voices style on the war in Syria), each with the events a careful coder
puts on the map (GUIDELINES of the events gold: one act, one day, one place; background and
cumulative tolls are no events).

Run: ``PYTHONPATH=. CONFLICTMAP_GAZETTEER=/work/main/var/gazetteer.sqlite python -m bench.fr_probes``
(``-v`` prints every failure; ``-k WORD`` only the probes whose text holds WORD; ``-r 2`` the second
round, ``bench/fr_probes2.tsv``; ``-r 3`` the third, ``bench/fr_probes3.tsv``; ``-r 4`` the fourth,
``bench/fr_probes4.tsv``; ``-r 5`` the fifth, ``bench/fr_probes5.tsv``).  Prints the pass
rate and the failures grouped by what went wrong (missed, extra, date, toll, type, place).

A probe passes when its reported events match its expected ones one to one: place within 30 km (a
governorate found: its centre within 150 km),
date within a day (or inside a found range of at most 7 days), the same ACLED type and the same toll.
"""

from __future__ import annotations

import math
import os
import sys
from collections import Counter
from datetime import date
from pathlib import Path

from geo.taxonomy import BATTLES, EXPLOSIONS, PROTESTS, STRATEGIC, VIOLENCE_CIVILIANS

PUBLISHED = date(2016, 3, 16)  # a Wednesday (the probes' days are written out in bench/fr_probes.tsv)

#: approximate coordinates of the places the probes name (our own list, for the check only)
AT = {
    "alep": (36.20, 37.16), "homs": (34.73, 36.71), "hama": (35.13, 36.75), "idleb": (35.93, 36.63),
    "deraa": (32.62, 36.10), "damas": (33.51, 36.29), "lattaquie": (35.52, 35.79), "tartous": (34.89, 35.89),
    "rakka": (35.95, 39.01), "deir": (35.34, 40.14), "hassake": (36.50, 40.75), "qamichli": (37.05, 41.23),
    "kobane": (36.89, 38.35), "kafrnabel": (35.61, 36.56), "palmyre": (34.56, 38.28), "douma": (33.57, 36.40),
    "ghouta": (33.55, 36.45),
    "maarat": (35.65, 36.67), "saraqeb": (35.86, 36.80), "jisr": (35.81, 36.32), "khan": (35.44, 36.65),
    "daraya": (33.46, 36.24), "zabadani": (33.72, 36.10), "qousseir": (34.51, 36.58), "rastane": (34.93, 36.73),
    "azaz": (36.59, 37.05), "bab": (36.37, 37.52), "manbij": (36.53, 37.95), "jarablous": (36.82, 38.01),
    "soueida": (32.71, 36.57), "bosra": (32.52, 36.48), "yabroud": (33.97, 36.66), "harasta": (33.56, 36.37),
    "baniyas": (35.18, 35.94), "salamiyeh": (35.01, 37.05), "mayadine": (35.02, 40.45), "afrine": (36.51, 36.87),
    "ariha": (35.81, 36.61), "talbisseh": (34.84, 36.73), "tal_abyad": (36.70, 38.95), "quneitra": (33.13, 35.82),
    "syrie": (35.0, 38.5), "mossoul": (36.34, 43.13), "beyrouth": (33.89, 35.50), "kilis": (36.72, 37.12),
    "nawa": (32.89, 36.04), "boukamal": (34.45, 40.92), "jobar": (33.53, 36.33), "yarmouk": (33.47, 36.30),
    # the second round's (bench/fr_probes2.tsv)
    "chayrat": (34.49, 36.91), "hmeimim": (35.41, 35.95), "bab_hawa": (36.23, 36.68), "kweires": (36.19, 37.58),
    "tabqa": (35.84, 38.55), "tell_rifaat": (36.47, 37.10),
    "hajin": (34.70, 40.83), "kinsabba": (35.74, 36.16),
    # the third round's (bench/fr_probes3.tsv)
    "hass": (35.62, 36.60), "jable": (35.36, 35.93), "souran": (35.29, 36.74), "maan": (35.31, 36.84),
    "qalamoun": (33.95, 36.55), "tamanaa": (35.51, 36.73),
    # the fourth round's (bench/fr_probes4.tsv)
    "darkouch": (35.99, 36.39), "taftanaz": (36.00, 36.79), "binnich": (35.96, 36.71), "morek": (35.38, 36.69),
    "tal_kalakh": (34.67, 36.26), "chaddade": (36.06, 40.73), "mhardeh": (35.25, 36.57), "qaryatayn": (34.23, 37.24),
    "kafrzita": (35.37, 36.60), "atareb": (36.14, 36.83), "qoudsaya": (33.55, 36.22), "tadef": (36.35, 37.53),
    "jassem": (32.99, 36.06), "dael": (32.75, 36.13), "kafr_batna": (33.51, 36.37), "inkhil": (33.02, 36.13),
    "abou_douhour": (35.74, 37.04), "sfire": (36.08, 37.37), "tafas": (32.74, 36.07), "sanamein": (33.07, 36.18),
    "arsal": (34.18, 36.42),
    # the fifth round's (bench/fr_probes5.tsv): most of them places the gazetteer lacks
    "kafr_nabouda": (35.44, 36.53), "ghab": (35.55, 36.37), "khan_chih": (33.38, 36.10), "tichrine": (36.38, 38.18),
    "bab_salama": (36.63, 37.07), "barada": (33.68, 36.12), "zamalka": (33.52, 36.36), "mouadamiya": (33.46, 36.19),
    "menagh": (36.52, 37.04), "tiyas": (34.52, 37.63), "zawiya": (35.68, 36.52), "salma": (35.69, 36.18),
    "houla": (34.88, 36.53), "khan_touman": (36.10, 37.07), "foua": (35.97, 36.70), "omar": (34.97, 40.52),
    "bousra_harir": (32.84, 36.35), "roukban": (33.30, 38.67), "anadan": (36.29, 37.04), "atme": (36.21, 36.68),
    "tal_harra": (33.05, 36.00), "latamne": (35.32, 36.62), "al_hol": (36.39, 41.15), "akrad": (35.75, 36.17),
    "ain_issa": (36.39, 38.86), "deir_hafer": (36.16, 37.71), "khanaser": (35.78, 37.50), "nassib": (32.55, 36.19),
    "sarmine": (35.90, 36.72),
}

#: the ACLED types by their letter in the probes
KINDS = {"B": BATTLES, "E": EXPLOSIONS, "V": VIOLENCE_CIVILIANS, "P": PROTESTS, "S": STRATEGIC}
#: the probes: one a line (see the file's opening comment)
PROBES_PATH = Path(__file__).with_name("fr_probes.tsv")
#: the second round (``-r 2``): forms the first lacks (villages no gazetteer knows, facilities, regions,
#: spellings, two acts at one place and day, retellings over headline, lead and body)
SECOND_ROUND_PATH = Path(__file__).with_name("fr_probes2.tsv")
#: the third round (``-r 3``): wire-copy forms (passive and impersonal tolls, "ont péri", a toll's
#: "bilan", clitic and inverted orders, compass offsets, "la veille", background beside news)
THIRD_ROUND_PATH = Path(__file__).with_name("fr_probes3.tsv")
#: the fourth round (``-r 4``): other verbs and nouns of acts ("pilonné", "ont succombé", "des
#: accrochages", "la reprise de"), dates ("dans la matinée de lundi", "ce week-end", "lundi 14 mars") and
#: places ("en périphérie de", "aux abords de", "dans le secteur de", "aux portes de", "(nord-ouest)")
FOURTH_ROUND_PATH = Path(__file__).with_name("fr_probes4.tsv")
#: the fifth round (``-r 5``): where the act is: places the gazetteer lacks told with an anchor ("à X,
#: localité du nord de la province de Hama", "dans la plaine d'al-Ghab", "au poste-frontière de X"), the
#: act's place among others ("tirés depuis X", the aircraft's base, the displaced's refuge), the lead's
#: place, a second act elsewhere, datelines
FIFTH_ROUND_PATH = Path(__file__).with_name("fr_probes5.tsv")
#: the rounds by their ``-r`` number
ROUNDS = {"1": PROBES_PATH, "2": SECOND_ROUND_PATH, "3": THIRD_ROUND_PATH, "4": FOURTH_ROUND_PATH,
          "5": FIFTH_ROUND_PATH}
#: the headline each text is read under: a report names its country (a lone sentence has no context)
HEADLINE = "Le conflit en Syrie"
#: the sixth round (``-r 6``): what is no event (statements, threats, plans, trials, funerals, aid,
#: cumulative tolls, background), one act told several times, and the day of an act (bench/fr_probes6.tsv)
ROUNDS["6"] = Path(__file__).with_name("fr_probes6.tsv")


def read_probes(path: Path = PROBES_PATH) -> list[tuple[str, list[tuple]]]:
    """The probes of ``path``: (text, expected events), each event (place key, day or None, ACLED
    type, toll or None)."""
    probes = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        text, _, told = line.partition("\t")
        expected = []
        for one in filter(None, (part.strip() for part in told.split("|"))):
            place, day, kind, toll = one.split()
            if place not in AT:
                raise ValueError(f"{path}: no coordinates for {place!r} (bench.fr_probes.AT)")
            expected.append((place, None if day == "-" else date.fromisoformat(day), KINDS[kind],
                             None if toll == "-" else int(toll)))
        probes.append((text.replace("\\n", "\n"), expected))
    return probes


def _km(a: tuple[float, float], b: tuple[float, float]) -> float:
    la1, lo1, la2, lo2 = map(math.radians, (*a, *b))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 6371 * 2 * math.asin(math.sqrt(h))


def _date_ok(e, day: date | None) -> bool:
    if day is None:
        return True
    if e.date_start is None:
        return False
    end = e.date_end or e.date_start
    if (end - e.date_start).days <= 7 and e.date_start <= day <= end:
        return True
    return abs((e.date_start - day).days) <= 1 and abs((end - day).days) <= 1


def _place_ok(e, key: str) -> bool:
    if e.place is None:
        return False
    # a country anywhere in it; a governorate (its centre) as the eval's admin1 rule takes it
    limit = 400 if key == "syrie" else 150 if e.place.feature == "ADM1" else 30
    return _km((e.place.lat, e.place.lon), AT[key]) <= limit


def check(found: list, expected: list[tuple]) -> list[str]:
    """The failures of one probe: one word per problem ("missed", "extra", "date", "toll", "type")."""
    problems: list[str] = []
    left = list(found)
    for key, day, kind, toll in expected:
        here = [e for e in left if _place_ok(e, key)]
        if not here:
            problems.append("missed")
            continue
        best = next((e for e in here if _date_ok(e, day)), None)
        if best is None:
            problems.append("date")
            best = here[0]
        left.remove(best)
        if best.event_type != kind:
            problems.append("type")
        # wounded only (0): no toll or 0 will do
        if (best.fatalities or 0) != 0 if toll == 0 else best.fatalities != toll:
            problems.append("toll")
    problems.extend("extra" for _ in left)
    return problems


def _describe(e) -> str:
    place = e.place.name if e.place else None
    return f"{e.event_type[:12]}/{place}/{e.date_start}/{e.fatalities}"


def main(argv: list[str]) -> None:
    from geo.articles.model import Article
    from geo.gazetteer.index import Gazetteer
    from geo.pipeline import Analyser

    verbose = "-v" in argv
    word = argv[argv.index("-k") + 1] if "-k" in argv else None
    path = ROUNDS[argv[argv.index("-r") + 1]] if "-r" in argv else PROBES_PATH
    probes = [p for p in read_probes(path) if word is None or word in p[0]]
    tally: Counter[str] = Counter()
    passed = 0
    with Gazetteer(os.environ["CONFLICTMAP_GAZETTEER"]) as gazetteer:
        analyser = Analyser(gazetteer)
        for text, expected in probes:
            article = Article(title=HEADLINE, text=f"{HEADLINE}\n{text}", lang="fr", published=PUBLISHED)
            analysis = analyser.analyse(article)
            found = [e for e in analysis.events if e.reported]
            problems = check(found, expected)
            if not problems:
                passed += 1
                continue
            tally.update(set(problems))
            if verbose:
                print(f"FAIL {sorted(set(problems))}: {text[:150]!r}\n   found: {[_describe(e) for e in found]}")
    print(f"passed {passed}/{len(probes)}; failures by kind: {dict(tally.most_common())}")


if __name__ == "__main__":
    main(sys.argv[1:])
