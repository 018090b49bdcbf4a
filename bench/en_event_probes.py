"""English event probes: short news texts of our own in the style of wire reports on the war in
Syria, each with the events (place, day) a coder following the events gold's guidelines would map.
Run through the product's ingest path (a store per text, as ``eval-events --separately``) and scored
with the gold's matching rule; prints the pass rate and each failing probe.

    PYTHONPATH=. CONFLICTMAP_GAZETTEER=/work/main/var/gazetteer.sqlite python -m bench.en_event_probes [-v]

The acts, place attachments, spellings and date forms vary systematically (see ``PROBES``); texts
that tell no event (statements, plans, background) expect none.
"""

from __future__ import annotations

import os
import sys
from datetime import date, timedelta
from pathlib import Path

PUB = date(2016, 9, 23)  # a Friday
FRI, THU, WED, TUE, MON, SUN, SAT = (PUB - timedelta(days=i) for i in range(7))
#: the day written in a hand-written probe line ("Suran@TUE"); ANY: the probe gives no day
DAY_CODES: dict[str, date | None] = {"FRI": FRI, "THU": THU, "WED": WED, "TUE": TUE, "MON": MON, "SUN": SUN, "SAT": SAT,
                                     "ANY": None}

#: reference coordinates of the places the probes name (not read from the gazetteer under test)
PLACES = {
    "Aleppo": (36.20, 37.16), "Idlib": (35.93, 36.63), "Daraa": (32.62, 36.10), "Deir ez-Zor": (35.34, 40.14),
    "Raqqa": (35.95, 39.01), "Hasakah": (36.50, 40.75), "Qamishli": (37.05, 41.23), "Latakia": (35.52, 35.78),
    "Tartus": (34.89, 35.89), "Homs": (34.73, 36.72), "Hama": (35.13, 36.75), "Palmyra": (34.56, 38.27),
    "Douma": (33.57, 36.40), "Quneitra": (33.13, 35.82), "Sweida": (32.71, 36.57), "Damascus": (33.51, 36.29),
    "Manbij": (36.53, 37.95), "Al-Bab": (36.37, 37.52), "Jisr al-Shughur": (35.81, 36.32),
    "Maarat al-Numan": (35.64, 36.67), "Khan Sheikhoun": (35.44, 36.65), "Saraqeb": (35.86, 36.80),
    "Kobani": (36.89, 38.35), "Tal Abyad": (36.70, 38.95), "Afrin": (36.51, 36.87), "Azaz": (36.59, 37.05),
    "Darayya": (33.46, 36.24), "Zabadani": (33.72, 36.10), "Harasta": (33.56, 36.37), "Rastan": (34.93, 36.73),
    "Talbiseh": (34.84, 36.73), "Morek": (35.37, 36.68), "Mayadin": (35.02, 40.45), "Bukamal": (34.45, 40.92),
    "Bosra": (32.52, 36.48), "Nawa": (32.89, 36.04), "Salqin": (36.14, 36.45), "Ariha": (35.81, 36.61),
    "Atarib": (36.14, 36.83), "Anadan": (36.29, 37.04), "Qusayr": (34.51, 36.58), "Jarablus": (36.82, 38.01),
    "Tal Rifaat": (36.47, 37.10), "Muadamiyat al-Sham": (33.46, 36.19), "Inkhil": (32.95, 36.17),
    "Sheikh Miskeen": (32.83, 36.16), "Qardaha": (35.46, 36.06), "Safira": (36.07, 37.37), "Binnish": (35.95, 36.71),
    "Kafr Zita": (35.37, 36.60), "Tabqa": (35.84, 38.55),
    # second round (bench/en_event_probes2.py)
    "Kafr Nabl": (35.61, 36.56), "Shaddadi": (36.06, 40.73), "Dumayr": (33.64, 36.69), "Madaya": (33.69, 36.10),
    "Arbin": (33.54, 36.37), "Kafr Batna": (33.51, 36.37), "Suran": (35.29, 36.75), "Hraytan": (36.29, 37.09),
    "Mhardeh": (35.25, 36.57), "Hajin": (34.70, 40.83), "Qaryatayn": (34.23, 37.24), "Ras al-Ain": (36.85, 40.07),
    "Tal Tamr": (36.66, 40.37), "Tafas": (32.74, 36.07), "Jassem": (32.99, 36.06), "Sanamayn": (33.07, 36.18),
    "Maskanah": (35.97, 38.04), "Jableh": (35.36, 35.93), "Baniyas": (35.18, 35.95), "Abu Dhuhur": (35.74, 37.04),
    "Sarmin": (35.90, 36.72),
    # fourth round (bench/en_event_probes4.py)
    "Taftanaz": (36.00, 36.79), "Dana": (36.21, 36.77), "Qudsaya": (33.53, 36.24), "Halfaya": (35.26, 36.61),
    "Sukhnah": (34.89, 38.87), "Deir Hafer": (36.16, 37.71), "Markadah": (35.75, 40.76), "Suluk": (36.60, 39.14),
    "Darat Izza": (36.28, 36.85), "Dael": (32.76, 36.13), "Maarrat Misrin": (36.01, 36.67), "Hish": (35.55, 36.64),
    "Mhambal": (35.79, 36.47), "Tal Kalakh": (34.67, 36.26), "Yabroud": (33.97, 36.66), "Nabk": (34.02, 36.73),
    "Rankous": (33.76, 36.39), "Izraa": (32.86, 36.25), "Kafr Shams": (33.12, 36.11), "Qalaat al-Madiq": (35.41, 36.39),
    "Tremseh": (35.27, 36.50), "Akhtarin": (36.51, 37.34), "Rai": (36.61, 37.45), "Mare": (36.48, 37.20),
    "Khanasir": (35.78, 37.50), "Kinsabba": (35.74, 36.16), "Khirbet Ghazaleh": (32.73, 36.20),
}
#: provinces: (admin1 name as the gold writes it, centre)
AREAS = {
    "Idlib province": ("Idlib", (35.80, 36.60)), "Aleppo province": ("Aleppo", (36.20, 37.40)),
    "Rif Dimashq": ("Rif Dimashq", (33.55, 36.60)), "Daraa province": ("Daraa", (32.80, 36.20)),
    "Deir ez-Zor province": ("Deir ez-Zor", (35.20, 40.10)), "Hama province": ("Hama", (35.20, 36.80)),
    "Homs province": ("Homs", (34.60, 37.60)), "Raqqa province": ("Ar-Raqqah", (35.90, 38.90)),
    "Latakia province": ("Latakia", (35.70, 35.95)), "Hasakah province": ("Al-Hasakah", (36.50, 40.75)),
}

SOURCES = ["the Syrian Observatory for Human Rights said", "state news agency SANA reported",
           "activists said", "a monitoring group said", "the Britain-based Observatory said"]

# -- systematic variation: act x attachment x date -----------------------------------------------------
#: (act clause with {p} the place phrase, {d} the day phrase); all told in the past as news
ACTS = [
    "Syrian government warplanes carried out airstrikes {p} {d}, killing five civilians",
    "Russian jets struck {p} {d}, killing at least seven people",
    "Airstrikes hit {p} {d}, killing four people",
    "Government helicopters dropped barrel bombs {p} {d}, killing three children",
    "Regime forces shelled {p} {d}, killing two women",
    "Artillery shelling {p} {d} killed six civilians",
    "Rebels fired rockets {p} {d}, killing three people",
    "Mortar rounds slammed into {p} {d}, killing two civilians",
    "A car bomb exploded {p} {d}, killing at least 12 people",
    "A suicide bomber blew himself up {p} {d}, killing nine people",
    "An improvised explosive device went off {p} {d}, killing a child",
    "Clashes broke out between rebels and government forces {p} {d}, leaving eight fighters dead",
    "Fierce fighting raged {p} {d} between the army and jihadists, killing 15 fighters",
    "Islamic State militants launched an assault {p} {d}, killing ten soldiers",
    "Rebels ambushed a government convoy {p} {d}, killing six soldiers",
    "Government troops repelled an attack by insurgents {p} {d}, killing several of them",
    "Kurdish-led forces captured {p} {d} after days of fighting",
    "The Syrian army recaptured {p} {d} from rebels",
    "Gunmen executed four men {p} {d}",
    "Militants abducted 20 civilians {p} {d}",
    "Hundreds of people protested against the government {p} {d}",
    "Residents held a demonstration {p} {d} to demand the release of detainees",
    "An air raid targeted a hospital {p} {d}, killing three medics",
    "Three civilians were killed {p} {d} when a shell hit their home",
    "Warplanes pounded {p} {d}, killing 11 civilians",
    "A roadside bomb killed four soldiers {p} {d}",
    "Insurgents stormed a checkpoint {p} {d}, killing five guards",
    "Turkish artillery bombarded Kurdish positions {p} {d}",
    "A drone strike killed a senior commander {p} {d}",
    "Twelve people were killed in air strikes {p} {d}",
    "An attack on an army post {p} {d} left seven soldiers dead",
    "Heavy bombardment {p} {d} killed at least 20 people",
    "Jihadists seized {p} {d} after the army withdrew",
    "Government forces besieged {p} {d} and cut the last supply road",
    "A series of air raids {p} {d} killed 14 civilians",
    "Rocket fire by rebels {p} {d} killed a girl",
]
#: place phrase | expected place key (a point of PLACES or an area of AREAS)
ATTACH = [tuple(line.split(" | ")) for line in """
the town of Saraqeb | Saraqeb
in Saraqeb | Saraqeb
near Maarat al-Numan | Maarat al-Numan
on the outskirts of Douma | Douma
in the Idlib countryside | Idlib province
in rural Damascus | Rif Dimashq
in the Jobar district of Damascus | Damascus
in Syria's northern province of Idlib | Idlib province
in the province of Raqqa | Raqqa province
in Deir Ezzor's eastern countryside | Deir ez-Zor province
in the northern city of Aleppo | Aleppo
in Aleppo's eastern neighborhoods | Aleppo
outside Homs | Homs
in Deraa | Daraa
in Dera'a province | Daraa province
in Deir al-Zour city | Deir ez-Zor
in Al-Raqqah | Raqqa
in Hasaka | Hasakah
in the Kurdish-held city of Qamishli | Qamishli
in Latakia province | Latakia province
in the coastal city of Tartus | Tartus
in Hama's northern countryside | Hama province
in the ancient city of Palmyra | Palmyra
in Tadmur | Palmyra
in Idleb city | Idlib
in Halab | Aleppo
in the rebel-held town of Douma, east of Damascus | Douma
in Quneitra | Quneitra
in Sweida | Sweida
in the Suwayda countryside | Sweida
in the southern city of Daraa | Daraa
in Manbij | Manbij
near the town of al-Bab | Al-Bab
in the village of Anadan, north of Aleppo | Anadan
in Jisr al-Shughur | Jisr al-Shughur
in Khan Sheikhoun in southern Idlib | Khan Sheikhoun
in the besieged town of Darayya | Darayya
in Zabadani, near the Lebanese border | Zabadani
in Rastan in Homs province | Rastan
in the town of Talbiseh | Talbiseh
in Mayadin | Mayadin
in Bukamal near the Iraqi border | Bukamal
in Afrin | Afrin
in Azaz, near the Turkish border | Azaz
in Tal Abyad | Tal Abyad
in Kobani | Kobani
in Atarib, west of Aleppo | Atarib
in Harasta | Harasta
in Ariha | Ariha
in Salqin | Salqin
in Morek in northern Hama | Morek
in the town of Nawa in Daraa province | Nawa
in Inkhil | Inkhil
in Bosra | Bosra
""".strip().splitlines()]
#: (day phrase, expected day)
DAYS = [
    ("on Tuesday", TUE), ("on Tuesday night", TUE), ("overnight", THU), ("early on Thursday", THU),
    ("yesterday", THU), ("on September 19", MON), ("on 19 September", MON), ("this morning", FRI),
    ("at dawn on Wednesday", WED), ("on Sunday", SUN), ("late on Saturday", SAT), ("on Monday evening", MON),
    ("on Wednesday", WED), ("on Sept. 21", WED), ("on Thursday", THU), ("today", FRI),
]

# captures, sieges and takeovers take a place as their object, not after a preposition
_OBJECT_ACTS = ("captured {p}", "recaptured {p}", "pounded {p}", "seized {p}", "besieged {p}", "struck {p}",
                "hit {p}", "into {p}")


def _systematic() -> list[tuple[str, str, list[tuple[str, date | None]]]]:
    probes = []
    for i, act in enumerate(ACTS):
        for j in range(3):  # three attachments and days per act
            k = i * 3 + j
            phrase, key = ATTACH[k % len(ATTACH)]
            day_phrase, day = DAYS[(k * 5) % len(DAYS)]
            if any(o in act for o in _OBJECT_ACTS):
                phrase = phrase.split(" ", 1)[1] if phrase.split(" ", 1)[0] in ("in", "near", "on", "outside") else phrase
            elif phrase.startswith("the town of"):
                phrase = "in " + phrase
            body = act.format(p=phrase, d=day_phrase)
            text = f"{body}, {SOURCES[k % len(SOURCES)]}."
            title = "Violence in Syria"
            probes.append((f"sys{k}", f"{title}\n\n{text[0].upper()}{text[1:]}", [(key, day)]))
    return probes


# -- hand-written probes: several acts, retellings, datelines, non-events ------------------------------
#: one probe a line: name | title | body | the events, "place@DAY" (DAY: FRI, the publication day, back to SAT)
HAND_LINES = """
two-places | Airstrikes kill civilians in Syria's Idlib | Airstrikes hit the towns of Saraqeb and Binnish in Idlib province on Wednesday, killing 11 civilians, the Observatory said. | Saraqeb@WED; Binnish@WED
two-acts | Syria fighting | Government jets bombed Douma on Tuesday, while rebels shelled the Damascus neighbourhood of Abbasiyin, killing two people, state media said. | Douma@TUE; Damascus@TUE
retold | Car bomb kills 20 in Syria's Azaz | A car bomb killed at least 20 people in the town of Azaz near the Turkish border on Thursday, a monitor said. The blast hit a busy market in Azaz, the Syrian Observatory for Human Rights said. Rescue workers were searching for survivors under the rubble. | Azaz@THU
dateline-ap | Rebels shell Aleppo in Syria | ALEPPO, Syria (AP) — Rebel shelling killed six people in government-held western Aleppo on Thursday, state media said. | Aleppo@THU
dateline-beirut | Air raids in Idlib in Syria | BEIRUT (Reuters) - Air strikes killed 15 people in the town of Maarat al-Numan in Idlib province on Thursday, a war monitor said. | Maarat al-Numan@THU
dateline-damascus | Mortars on capital in Syria | DAMASCUS, Sept 22 (Reuters) - Mortar shells fired by insurgents killed three people in central Damascus, state television said. | Damascus@THU
three-places | Syrian army advances | The Syrian army and its allies took control of the villages of Safira and Anadan and the town of Tal Rifaat on Sunday, SANA said. | Safira@SUN; Anadan@SUN; Tal Rifaat@SUN
km-from | Strike near Palmyra in Syria | Russian warplanes struck Islamic State positions 20 km from Palmyra on Monday, the Russian defence ministry said. | Palmyra@MON
east-of | Suicide attack in Syria | A suicide bomber killed eight people at a checkpoint east of Homs on Wednesday, the governor said. | Homs@WED
neighbourhood-of | Shelling in Aleppo in Syria | Shells hit the Salaheddine neighbourhood of Aleppo on Monday, killing four civilians, activists said. | Aleppo@MON
possessive | Deir ez-Zor in Syria | Islamic State fighters attacked army positions around Deir ez-Zor's military airport on Tuesday, killing 12 soldiers, the Observatory said. | Deir ez-Zor@TUE
possessive-no-apos | Raid in Idlib in Syria | An air raid on a market in Idlibs Maarat al-Numan killed nine people on Wednesday, rescuers said. | Maarat al-Numan@WED
passive | Hospital hit in Syria | A field hospital in Atarib was hit by missiles on Tuesday evening, killing two nurses, the medical charity said. | Atarib@TUE
nominal | Latakia in Syria | The attack on a military checkpoint near Qardaha on Thursday killed five soldiers, the Observatory said. | Qardaha@THU
liberated | SANA: army liberates town in Syria | Army units liberated the town of Morek in the northern countryside of Hama on Wednesday after killing scores of terrorists, SANA reported. | Morek@WED
took-control | IS takes town in Syria | Islamic State took control of the town of al-Bab on Saturday after heavy fighting with rebels, the Observatory said. | Al-Bab@SAT
sit-in | Protest in Sweida in Syria | Dozens of residents staged a sit-in in front of the governorate building in Sweida on Monday to protest against rising prices. | Sweida@MON
protest-friday | Protests in Syria | Thousands demonstrated in Maarat al-Numan after Friday prayers today, chanting against the regime, activists said. | Maarat al-Numan@FRI
on-date | Strikes on Raqqa in Syria | The US-led coalition carried out 14 strikes on Islamic State targets near Raqqa on September 20, the coalition said in a statement on Friday. | Raqqa@TUE
date-day-month | Bombing in Hasakah in Syria | A double suicide bombing killed 30 people in the Kurdish district of Hasakah on 21 September, Kurdish officials said. | Hasakah@WED
the-day-before | Qamishli in Syria | A truck bomb hit a Kurdish security building in Qamishli on Wednesday. The day before, an IED killed two fighters in the same city. | Qamishli@WED; Qamishli@TUE
ied-past-perfect | Bomb in Homs in Syria | A bomb that had been planted in a car exploded in the Zahraa neighbourhood of Homs on Tuesday, killing four people, the governor told state TV. | Homs@TUE
rif-dimashq | Ghouta in Syria | Government forces pressed an offensive in Eastern Ghouta on Thursday, shelling Douma and Harasta and killing at least ten people, activists said. | Douma@THU; Harasta@THU
in-the-province-of | Offensive in Syria | Rebels launched an offensive in the province of Hama on Monday and seized several villages, the Observatory said. | Hama province@MON
along-highway | Ambush in Syria | Insurgents ambushed an army convoy near Khan Sheikhoun on the Damascus-Aleppo highway on Sunday, killing 11 soldiers. | Khan Sheikhoun@SUN
headline-lead-body | Russian strikes kill 18 in Jisr al-Shughur in Syria | Russian air strikes killed 18 civilians in Jisr al-Shughur on Monday, the Observatory said. The strikes hit a market in the town, which is held by rebels. Monday's raids were among the deadliest in the area this month. | Jisr al-Shughur@MON
executed | IS executes men in Syria | Islamic State militants publicly executed three men accused of spying in Mayadin on Tuesday, the Observatory said. | Mayadin@TUE
kidnapped | Abduction in Syria | Gunmen kidnapped a priest in the town of Qusayr on Sunday, the church said. | Qusayr@SUN
barrel-bombs-passive | Barrel bombs in Syria | Barrel bombs were dropped on Darayya on Wednesday, killing a family of five, the local council said. | Darayya@WED
sorties | Russia in Syria | Russian aircraft flew 40 sorties over Hama province on Thursday, hitting 60 targets, the defence ministry said. | Hama province@THU
mortars-on | Mortar in Syria | Three mortar rounds landed on the old city of Damascus on Tuesday morning, wounding five people, SANA said. | Damascus@TUE
gunfire | Sniper in Syria | A sniper shot dead a woman in Bosra on Saturday, activists said. | Bosra@SAT
recaptured-from | Recapture in Syria | Syrian troops recaptured Salqin from Nusra Front fighters on Monday, state TV reported. | Salqin@MON
clashes-around | Clashes in Syria | Heavy clashes erupted around Tal Abyad on Sunday between Kurdish fighters and Islamic State, the Observatory said. | Tal Abyad@SUN
repelled | Attack repelled in Syria | The army repelled an attack by Jaish al-Fatah on positions near Morek on Tuesday, SANA said. | Morek@TUE
several-acts-one-sentence | Violence in Syria | On Wednesday, warplanes bombed Ariha, a car bomb went off in Azaz and rebels shelled Nawa, activists said. | Ariha@WED; Azaz@WED; Nawa@WED
two-sides-one-city | Aleppo violence in Syria | Air strikes hit rebel-held eastern Aleppo on Tuesday, killing 10 civilians, the Observatory said. Rebel shelling of government-held western Aleppo killed four people the same day, state media said. | Aleppo@TUE; Aleppo@TUE
two-districts | Aleppo in Syria | Shells hit the Sukkari and Bustan al-Qasr districts of Aleppo on Tuesday, killing six people. | Aleppo@TUE; Aleppo@TUE
tolls-by-town | Idlib in Syria | In Idlib province, air strikes killed five people in Saraqeb and three in Binnish on Tuesday, activists said. | Saraqeb@TUE; Binnish@TUE
two-sentences-near | Ghouta in Syria | In Douma, an air strike killed four people on Tuesday. In Harasta, shelling killed two children. | Douma@TUE; Harasta@TUE
shelling-and-mortars | Ghouta in Syria | Government forces shelled Douma on Tuesday, killing four people. Rebels fired mortars at the Damascus district of Abbasiyin, wounding three. | Douma@TUE; Damascus@TUE
attack-and-response | Hama in Syria | Rebels attacked army positions near Morek on Tuesday, and government jets responded by bombing the town of Kafr Zita, killing five. | Morek@TUE; Kafr Zita@TUE
second-blast | Homs in Syria | A car bomb exploded in the Zahraa neighbourhood of Homs on Tuesday, killing eight, while a second blast hit a checkpoint at the city's entrance. | Homs@TUE; Homs@TUE
and-clause | Daraa in Syria | Barrel bombs struck the towns of Nawa and Inkhil in Daraa province on Tuesday, killing 11 people, and clashes raged in Sheikh Miskeen. | Nawa@TUE; Inkhil@TUE; Sheikh Miskeen@TUE
districts-of-city | Deir ez-Zor in Syria | Islamic State shelled the government-held Joura and Qusour districts of Deir ez-Zor on Tuesday, killing nine civilians, SANA said. | Deir ez-Zor@TUE; Deir ez-Zor@TUE
while-offset | Raqqa in Syria | US-led coalition strikes killed 12 civilians in Raqqa city on Tuesday, while Russian jets struck Tabqa, 50 km to the west, killing six. | Raqqa@TUE; Tabqa@TUE
as-dates | Offensive on Manbij in Syria | US-backed fighters entered Manbij on Saturday after a two-month siege, the SDF said. | Manbij@SAT
weekday-in-lead-date-in-body | Jarablus in Syria | Turkish tanks rolled into Jarablus on Wednesday. Turkish troops and allied rebels took the town from Islamic State within hours. | Jarablus@WED
shelling-killed-2 | Kobani in Syria | Turkish shelling killed two Kurdish fighters near Kobani on Thursday, the YPG said. | Kobani@THU
earlier-this-week | Sheikh Miskeen in Syria | Rebels seized Sheikh Miskeen on Monday after fierce battles with government troops, opposition sources said on Friday. | Sheikh Miskeen@MON
"""
HAND = [(name, f"{title}\n\n{body}", [(e.split("@")[0], DAY_CODES[e.split("@")[1]]) for e in events.split("; ")])
        for name, title, body, events in (line.split(" | ") for line in HAND_LINES.strip().splitlines())]


#: texts that tell no event (statements, threats, plans, history, talks, deployments): name | title | body
NOT_EVENTS = [(name, f"{title}\n\n{body}", []) for name, title, body in (line.split(" | ") for line in """
statement | Warning in Syria | The Syrian foreign ministry warned on Thursday that any attack on Idlib would be met with force.
threat | Threat in Syria | The army threatened to storm Douma if rebels did not surrender by Sunday.
plan | Plan in Syria | Opposition groups called for protests in Daraa on Friday against the siege.
anniversary | Anniversary in Syria | Syrians marked on Wednesday the anniversary of the 2013 chemical attack in Ghouta, which killed hundreds.
since-2011 | Toll in Syria | More than 300,000 people have been killed in Syria since 2011, the Observatory said on Thursday.
talks | Talks in Syria | Russia and the United States held talks in Geneva on Tuesday on a ceasefire in Aleppo.
deployment | Troops in Syria | Russia deployed military police to Aleppo on Thursday to monitor the truce.
background-2012 | Homs in Syria | Homs, which was besieged by government forces in 2012, is now calm, residents said on Thursday.
would | Hypothetical in Syria | An offensive on Raqqa would cost thousands of lives, the UN envoy said on Monday.
condemned | Condemnation in Syria | France condemned on Wednesday the bombing of hospitals in Aleppo.
""".strip().splitlines())]


def probes() -> list[tuple[str, str, list[tuple[str, date | None]]]]:
    return _systematic() + HAND + NOT_EVENTS


def hand_probes(lines: str, default_title: str) -> list[tuple[str, str, list[tuple[str, date | None]]]]:
    """Probes of ``name | title | body | place@DAY; …`` lines (``-`` for the default title, or no event)."""
    out = []
    for line in lines.strip().splitlines():
        name, title, body, events = line.split(" | ")
        expected = [] if events == "-" else [tuple(e.split("@")) for e in events.split("; ")]
        text = f"{default_title if title == '-' else title}\n\n{body}"
        out.append((name, text, [(key, DAY_CODES[day]) for key, day in expected]))
    return out


def _gold(expected: list[tuple[str, date | None]], gazetteer):
    from geo.eventeval.scoring import GoldEvent

    out = []
    for key, day in expected:
        if key in PLACES:
            lat, lon = PLACES[key]
            out.append(GoldEvent(day, "day" if day else None, lat, lon, "point", place=key))
        else:
            name, (lat, lon) = AREAS[key]
            code = gazetteer.admin1_code("SY", name)
            out.append(GoldEvent(day, "day" if day else None, lat, lon, "admin1", admin1=name,
                                 admin1_code=f"SY.{code}" if code else None, place=key))
    return out


def run(verbose: bool = False, all_probes: list | None = None) -> tuple[int, int]:
    from geo.articles.records import assembled_article
    from geo.eventeval.run import ingest_and_read
    from geo.eventeval.scoring import match
    from geo.gazetteer.index import Gazetteer

    path = Path(os.environ["CONFLICTMAP_GAZETTEER"])
    all_probes = probes() if all_probes is None else all_probes
    articles = [assembled_article(text, where=name, lang="en", published=PUB) for name, text, _ in all_probes]
    found = ingest_and_read(articles, path, separately=True)
    passed = missed = extra = 0
    with Gazetteer(path) as gazetteer:
        for (name, text, expected), predicted in zip(all_probes, found, strict=True):
            gold = _gold(expected, gazetteer)
            pairs = match(gold, predicted)
            ok = len(pairs) == len(gold) == len(predicted)
            passed += ok
            missed += len(gold) - len(pairs)
            extra += len(predicted) - len(pairs)
            if not ok or verbose:
                print(f"{'ok  ' if ok else 'FAIL'} {name}: {text.split(chr(10))[-1]}")
                print(f"     want {[(k, str(d)) for k, d in expected]}")
                print(f"     got  {[(p.place, str(p.date_start), str(p.date_end)) for p in predicted]}")
    print(f"{passed}/{len(all_probes)} probes pass; {missed} expected events missed, {extra} extra events")
    return passed, len(all_probes)


if __name__ == "__main__":
    run("-v" in sys.argv)
