"""English event probes, second round: acts a coder keeps apart that an analyser may fold into one
(two kinds of act at one place and day, "a second explosion", "in a separate attack", "meanwhile",
"also on Tuesday", consecutive days at one place, a headline's act and a different act in the body),
acts that are retellings (headline, lead and body of one act; "the attack", "the blast" referring
back), and place phrasings the first round lacks (highways, roads between two towns, airports and
airbases, borders and rivers, countrysides, districts, villages the gazetteer lacks).

Texts of our own in the styles of Reuters, AP, AFP, Al Jazeera, SOHR and SANA; scored as
``bench.en_event_probes`` (same places, days and matching rule).

    PYTHONPATH=. CONFLICTMAP_GAZETTEER=/work/main/var/gazetteer.sqlite python -m bench.en_event_probes2 [-v]
"""

from __future__ import annotations

import sys

from bench.en_event_probes import DAY_CODES, SOURCES, run

# -- systematic: two acts of two kinds at one place and day, told with a connective that says so ----------
#: (first act, with {p} the place and {d} the day phrase; its kind)
FIRST = [
    "Government warplanes struck {p} {d}, killing six civilians",
    "A car bomb exploded in {p} {d}, killing nine people",
    "Regime forces shelled {p} {d}, killing three children",
    "Clashes broke out between rebels and the army in {p} {d}, leaving seven fighters dead",
    "Hundreds of residents protested against the government in {p} {d}",
    "A roadside bomb killed two soldiers in {p} {d}",
]
#: second act of another kind at the same place (the place told again as {p} or as "the town")
SECOND = [
    "In a separate attack, gunmen shot dead a local council member in {p}",
    "Meanwhile, in {p}, a suicide bomber blew himself up at a checkpoint, killing four guards",
    "Also {d}, rebels fired rockets at army positions in {p}, killing two soldiers",
    "Later that day, security forces opened fire on protesters in {p}, wounding ten",
    "Separately, Islamic State militants abducted 15 civilians from {p}",
    "A few hours later, a second explosion hit the market in {p}, killing five more",
    "In another incident, an air strike hit a hospital in {p}, killing two medics",
]
_WEEKDAYS = {"MON": "Monday", "TUE": "Tuesday", "WED": "Wednesday", "THU": "Thursday", "FRI": "Friday",
             "SAT": "Saturday", "SUN": "Sunday"}


def _at(line: str) -> list[tuple[str, str, str, str]]:
    """(place as told, its key, day phrase, day key) of "Place@DAY; …" (the place told by its key)."""
    return [(key, key, f"on {_WEEKDAYS[day]}", day) for key, day in (e.split("@") for e in line.split("; "))]


TWICE_AT = _at("Saraqeb@TUE; Douma@MON; Jableh@WED; Tafas@SUN; Manbij@THU; Mhardeh@SAT; Hajin@TUE; Baniyas@MON; "
               "Sanamayn@WED; Kafr Nabl@THU")


def _pairs() -> list[tuple[str, str, list[tuple[str, str]]]]:
    out = []
    for k in range(28):
        first, second = FIRST[k % len(FIRST)], SECOND[(k * 3 + k // len(FIRST)) % len(SECOND)]
        told, key, day_phrase, day = TWICE_AT[k % len(TWICE_AT)]
        if "protest" in first and "protesters" in second:
            second = SECOND[0]
        one = first.format(p=told, d=day_phrase)
        two = second.format(p=told, d=day_phrase)
        text = f"{one}, {SOURCES[k % len(SOURCES)]}. {two}."
        out.append((f"two-kinds{k}", "Violence in Syria", text, [(key, day), (key, day)]))
    return out


# -- systematic: one act, told again with a word that refers back --------------------------------------------
RETOLD = [
    ("A car bomb killed 14 people in {p} {d}, the Observatory said.", "The blast ripped through a crowded market, and dozens were wounded."),
    ("Russian air strikes killed 11 civilians in {p} {d}, activists said.", "The strikes hit a residential building near the main square."),
    ("Islamic State launched an attack on army positions near {p} {d}, killing eight soldiers, SANA said.", "The attack was repelled after several hours of fighting."),
    ("A suicide bomber killed six people at a checkpoint in {p} {d}.", "The bombing was claimed by Islamic State through its Amaq news agency."),
    ("Regime shelling killed five members of one family in {p} {d}, rescuers said.", "Among the dead in the shelling were three children."),
    ("Government helicopters dropped barrel bombs on {p} {d}, killing nine people.", "The barrel bombs destroyed two houses, the local council said."),
    ("Gunmen ambushed a bus near {p} {d}, killing seven passengers.", "The ambush was the deadliest in the area this month."),
    ("A drone strike killed a senior Nusra Front commander in {p} {d}.", "The strike targeted his car on the edge of the town, a monitor said."),
    ("Clashes between rebels and the army killed 13 fighters in {p} {d}, the Observatory said.", "The fighting subsided by nightfall."),
    ("An air raid hit a school in {p} {d}, killing four children, the opposition's civil defence said.", "The raid was carried out by Russian jets, it said."),
]
RETOLD_AT = _at("Ariha@TUE; Dumayr@MON; Abu Dhuhur@SUN; Shaddadi@WED; Arbin@THU; Kafr Batna@SAT; Tal Tamr@TUE; "
                "Jassem@MON; Maskanah@WED; Hraytan@THU")


def _retold() -> list[tuple[str, str, str, list[tuple[str, str]]]]:
    out = []
    for k in range(20):
        lead, back = RETOLD[k % len(RETOLD)]
        told, key, day_phrase, day = RETOLD_AT[(k + k // len(RETOLD)) % len(RETOLD_AT)]
        title = "Violence in Syria" if k < len(RETOLD) else f"Deadly attack in Syria's {told}"
        out.append((f"retold{k}", title, f"{lead.format(p=told, d=day_phrase)} {back}", [(key, day)]))
    return out


#: one probe a line: name | title | body | the events, "place@DAY" (as bench.en_event_probes); "-" for none
HAND_LINES = """
strike-then-protest | Strikes and protest in Syria's Saraqeb | Russian air strikes killed six civilians in Saraqeb on Tuesday, activists said. Hours later, hundreds of residents took to the streets of Saraqeb to protest against the strikes. | Saraqeb@TUE; Saraqeb@TUE
shelling-and-car-bomb | Talbiseh in Syria | Government forces shelled Talbiseh on Monday, killing three people, the Observatory said. A car bomb also exploded at the entrance of Talbiseh the same day, killing five. | Talbiseh@MON; Talbiseh@MON
second-explosion | Twin blasts in Syria's Azaz | A car bomb exploded near a mosque in Azaz on Thursday, killing seven people. A second explosion hit the town's market two hours later, killing four more, the Observatory said. | Azaz@THU; Azaz@THU
separate-attack-city | Daraa in Syria | Gunmen killed a member of the local council in Daraa on Wednesday. In a separate attack, a roadside bomb killed two rebels in the city, activists said. | Daraa@WED; Daraa@WED
separate-attack-the-town | Idlib in Syria | Air strikes killed five people in Saraqeb on Tuesday, activists said. In a separate attack, gunmen shot dead a council member in the town. | Saraqeb@TUE; Saraqeb@TUE
separately-from-the-town | Idlib in Syria | Barrel bombs killed four people in Binnish on Monday. Separately, militants abducted 15 civilians from the town, the Observatory said. | Binnish@MON; Binnish@MON
meanwhile-in | Ghouta in Syria | Air strikes killed nine people in Douma on Tuesday, the Observatory said. Meanwhile, in Harasta, rebels clashed with government forces, leaving four fighters dead. | Douma@TUE; Harasta@TUE
elsewhere | Idlib in Syria | Barrel bombs killed five people in Kafr Nabl on Monday, the civil defence said. Elsewhere, a car bomb exploded in Salqin, killing three. | Kafr Nabl@MON; Salqin@MON
also-on-tuesday | Coast in Syria | A car bomb killed eight people at a bus station in Tartus on Tuesday, state television said. Also on Tuesday, a suicide bomber blew himself up at a checkpoint in Jableh, killing three. | Tartus@TUE; Jableh@TUE
clash-then-strikes | Hama in Syria | Rebels attacked army positions in Morek on Sunday, sparking clashes that killed eight fighters, the Observatory said. Russian jets then bombed the town, killing four civilians. | Morek@SUN; Morek@SUN
town-and-village | Idlib in Syria | Air strikes killed five people in Maarat al-Numan on Monday and shelling killed two in the nearby village of Kafr Nabl, activists said. | Maarat al-Numan@MON; Kafr Nabl@MON
consecutive-days | Darayya in Syria | Government forces shelled Darayya on Monday, killing two people. On Tuesday, helicopters dropped barrel bombs on the town, killing five, the local council said. | Darayya@MON; Darayya@TUE
consecutive-days-2 | Aleppo in Syria | Rebel rockets killed four people in western Aleppo on Sunday, SANA said. On Monday, rebel shelling of the same neighbourhoods killed three more. | Aleppo@SUN; Aleppo@MON
headline-other-act | Car bomb kills 12 in Syria's Qamishli | A car bomb killed 12 people in Qamishli on Wednesday, Kurdish officials said. On Thursday, Islamic State fighters attacked a Kurdish checkpoint in Hasakah, killing three. | Qamishli@WED; Hasakah@THU
headline-body-apart | Rebels shell Aleppo as jets pound Idlib | Air strikes killed eight people in Idlib city on Tuesday, rescuers said. Rebel shelling killed three civilians in western Aleppo the same day, state media said. | Idlib@TUE; Aleppo@TUE
two-days-later | Daraa in Syria | Government forces shelled Nawa on Monday, killing four. Two days later, rebels ambushed an army patrol near Tafas, killing six soldiers. | Nawa@MON; Tafas@WED
the-following-day | Homs in Syria | Islamic State fighters attacked Qaryatayn on Sunday. The following day, Russian jets struck the town, killing 11 militants, the defence ministry said. | Qaryatayn@SUN; Qaryatayn@MON
a-day-earlier | Hasakah in Syria | A suicide bomber killed 20 people at a Kurdish wedding in Hasakah on Wednesday. A day earlier, a car bomb killed five people in Qamishli. | Hasakah@WED; Qamishli@TUE
next-morning | Hama in Syria | Rebels shelled Mhardeh on Monday evening, killing two children, SANA said. The next morning, government jets bombed Latamneh and Kafr Zita, killing seven. | Mhardeh@MON; Kafr Zita@TUE; Kafr Zita@TUE
retold-blast | Blast kills 15 in Syria's Jableh | A car bomb killed 15 people at a bus station in Jableh on Monday, state media said. The blast, claimed by Islamic State, wounded dozens of others. The attack was the first of its kind in the coastal town. | Jableh@MON
retold-strike-lead-body | Russian strike kills nine in Syria's Ariha | A Russian air strike killed nine people in the town of Ariha on Tuesday, the civil defence said. The strike hit a residential building near the town centre. Rescuers pulled three children alive from the rubble after the strike. | Ariha@TUE
retold-assault | IS attacks Deir ez-Zor airport in Syria | Islamic State launched an assault on the military airport of Deir ez-Zor on Sunday, killing 12 soldiers, the Observatory said. The assault was repelled after hours of fighting, SANA said. | Deir ez-Zor@SUN
retold-toll-rises | Toll rises in Syria's Manbij | A suicide bomber killed at least 12 people at a checkpoint in Manbij on Thursday, the Observatory said. The death toll from the bombing later rose to 16, it said. | Manbij@THU
retold-dateline | Car bomb in Syria's Afrin | AFRIN, Syria (AP) -- A car bomb exploded in a busy street in Afrin on Wednesday, killing seven people, Kurdish officials said. The explosion set several shops on fire, they said. | Afrin@WED
retold-monday-attack | Homs in Syria | Twin bombings killed 30 people in the Zahraa neighbourhood of Homs on Monday, the governor said. Monday's attack was the deadliest in the city this year. | Homs@MON
retold-province-then-town | Air strikes kill 10 in Syria's Idlib province | Air strikes killed 10 people in the town of Salqin in Idlib province on Wednesday, the Observatory said. | Salqin@WED
retold-sohr-style | Regime bombing in Syria | The Syrian Observatory for Human Rights documented the death of six civilians, among them two children, in regime airstrikes on Kafr Nabl in the southern countryside of Idlib on Thursday. The airstrikes targeted residential areas in the town. | Kafr Nabl@THU
retold-sana-style | Terrorists target Damascus in Syria | Terrorists fired several mortar shells on al-Qassaa neighbourhood in Damascus on Tuesday, claiming the lives of two citizens and injuring seven others, a source at Damascus police command told SANA. The shells also caused material damage to houses. | Damascus@TUE
retold-aljazeera | Dozens killed in Syria's Douma | At least 25 people were killed in government air raids on the rebel-held town of Douma on Monday, activists told Al Jazeera. The raids targeted a crowded market in the centre of the town. | Douma@MON
highway-near-town | Ambush in Syria | Islamic State fighters ambushed a convoy on the Damascus-Baghdad highway near Dumayr on Tuesday, killing nine soldiers. | Dumayr@TUE
road-between | Bomb in Syria | A roadside bomb killed three soldiers on the road between Ariha and Saraqeb on Wednesday, activists said. | Ariha@WED
military-airport-of | Deir ez-Zor in Syria | Islamic State militants shelled the military airport of Deir ez-Zor on Thursday, killing four soldiers, the Observatory said. | Deir ez-Zor@THU
city-military-airport | Deir ez-Zor in Syria | Fierce fighting raged around the Deir ez-Zor military airport on Monday, leaving 20 fighters dead. | Deir ez-Zor@MON
airbase-at | Raqqa in Syria | Islamic State fighters stormed the airbase at Tabqa on Sunday after days of fighting, the Observatory said. | Tabqa@SUN
name-airbase | Raqqa in Syria | Coalition jets struck Islamic State positions near Tabqa airbase on Saturday, killing 14 militants. | Tabqa@SAT
t4-airbase | Israeli strike in Syria | Israeli jets struck the T4 airbase in Homs province on Monday, killing seven people, the Observatory said. | Homs province@MON
border-town | Turkish shelling in Syria | Turkish artillery shelled the border town of Ras al-Ain on Wednesday, killing three Kurdish fighters, the YPG said. | Ras al-Ain@WED
near-turkish-border | Idlib in Syria | A car bomb exploded near the Bab al-Hawa crossing in Idlib province, near the Turkish border, on Tuesday, killing 11 people. | Idlib province@TUE
east-of-euphrates | Deir ez-Zor in Syria | US-backed fighters clashed with Islamic State in Hajin, east of the Euphrates, on Monday, the SDF said. | Hajin@MON
countryside-of | Hama in Syria | Government warplanes struck several villages in the countryside of Hama on Thursday, killing eight people, activists said. | Hama province@THU
southern-countryside | Aleppo in Syria | Clashes raged in the southern countryside of Aleppo on Sunday between rebels and pro-government militias, the Observatory said. | Aleppo province@SUN
eastern-countryside-homs | Homs in Syria | Russian jets carried out 30 strikes in the eastern countryside of Homs on Saturday, the defence ministry said. | Homs province@SAT
other-areas-unnamed | Ghouta in Syria | Government shelling killed six people in Douma on Tuesday, the Observatory said. A father wept beside the bodies of his two sons. The monitor said the bombardment on Tuesday also hit other areas of the enclave. | Douma@TUE
other-villages-unnamed | Idlib in Syria | Russian jets bombed Kafr Nabl on Wednesday, killing four civilians, rescuers said. Residents fled to nearby olive groves. Activists said the jets also struck other villages in the province. | Kafr Nabl@WED
also-hit-past-progressive | Idlib in Syria | Air strikes killed seven people in Saraqeb on Friday, rescuers said. Rescuers dug through the rubble with their bare hands. In the town of Binnish shelling also hit near a bakery as residents were queuing for bread, wounding eight. | Saraqeb@FRI; Binnish@FRI
district-seat | Manbij in Syria | Turkish-backed rebels clashed with Kurdish fighters in the Manbij district on Tuesday, leaving six dead. | Manbij@TUE
sub-district | Idlib in Syria | Air strikes hit the town of Kafr Nabl, in the Maarat al-Numan district of Idlib province, on Monday, killing three. | Kafr Nabl@MON
unknown-village-province | Hama in Syria | Government shelling killed four civilians in the village of Umm Jurn al-Safi in Hama province on Tuesday, the Observatory said. | Hama province@TUE
unknown-village-countryside | Raqqa in Syria | Coalition air strikes killed seven civilians in the village of Tell Sabikha in the Raqqa countryside on Wednesday, activists said. | Raqqa province@WED
unknown-village-deir | Deir ez-Zor in Syria | Islamic State executed three men in the village of Arshaf al-Gharbi in Deir ez-Zor province on Sunday, a monitor said. | Deir ez-Zor province@SUN
unknown-village-southern | Idlib in Syria | A barrel bomb killed two children near the village of Khirbet Dawud al-Shamali, in southern Idlib province, on Monday. | Idlib province@MON
unknown-village-near-town | Daraa in Syria | Rebels attacked an army post in the village of Jubb Nuwayr near Jassem on Thursday, killing five soldiers. | Jassem@THU
neighbourhood-possessive | Aleppo in Syria | Kurdish fighters and rebels clashed in Aleppo's Sheikh Maqsoud district on Tuesday, killing six, the Observatory said. | Aleppo@TUE
mezzeh-airport | Damascus in Syria | Rebels fired rockets at the Mezzeh military airport in Damascus on Sunday, state media said. | Damascus@SUN
outskirts-of-town | Daraa in Syria | Fighting broke out on the outskirts of the town of Sanamayn on Monday between government forces and local gunmen. | Sanamayn@MON
km-south-of | Qamishli in Syria | A roadside bomb killed three Kurdish security forces 10 km south of Qamishli on Saturday. | Qamishli@SAT
entered-town | Manbij in Syria | US-backed fighters entered the centre of Manbij on Saturday after a two-month siege, the SDF said. | Manbij@SAT
stormed-town | Palmyra in Syria | Islamic State fighters stormed Palmyra on Sunday, the Observatory said. | Palmyra@SUN
village-then-town | Aleppo in Syria | Rebels seized the village of Hraytan on Monday and advanced towards Anadan, where fighting continued on Tuesday. | Hraytan@MON; Anadan@TUE
list-two-kinds | Violence in Syria | On Tuesday, a car bomb killed five in Azaz, jets struck Salqin and rebels shelled Mhardeh, killing two, activists said. | Azaz@TUE; Salqin@TUE; Mhardeh@TUE
semicolon-acts | Violence in Syria | Air strikes killed four people in Ariha on Monday; in Binnish, a mortar shell killed a child. | Ariha@MON; Binnish@MON
strikes-kill-and-clashes | Idlib in Syria | Russian strikes killed 12 people in Jisr al-Shughur on Wednesday, while fierce clashes raged in the town's countryside between rebels and government forces. | Jisr al-Shughur@WED; Jisr al-Shughur@WED
ap-dateline-two-acts | Syria violence | BEIRUT (AP) -- A suicide car bomb killed eight soldiers at a checkpoint in Hama on Tuesday, and government airstrikes on the rebel-held town of Kafr Zita killed five civilians, activists said. | Hama@TUE; Kafr Zita@TUE
reuters-two-paragraphs | Syria violence | BEIRUT (Reuters) - Air strikes killed 15 people in the Islamic State-held city of Raqqa on Monday, a monitor said. In Deir ez-Zor, Islamic State fighters shelled government-held districts, killing four, state media said. | Raqqa@MON; Deir ez-Zor@MON
afp-two-days | Syria violence | Regime barrel bombs killed 10 civilians in Aleppo's rebel-held east on Saturday, the Observatory said. On Sunday, rebels responded by shelling government-held districts of the city, killing five. | Aleppo@SAT; Aleppo@SUN
sohr-two-villages | Idlib in Syria | The Syrian Observatory for Human Rights said that warplanes targeted areas in the towns of Saraqeb and Sarmin on Thursday, and that a child was killed in shelling on Ariha. | Saraqeb@THU; Sarmin@THU; Ariha@THU
al-jazeera-ambush-then-strike | Deir ez-Zor in Syria | Islamic State fighters ambushed a pro-government convoy near Mayadin on Friday, killing nine, Al Jazeera's correspondent said. Hours later, Russian jets pounded Mayadin, killing 13 civilians. | Mayadin@FRI; Mayadin@FRI
two-acts-two-provinces | Syria | Government forces shelled Rastan in Homs province on Tuesday, killing three, while rebels fired rockets at Suran in Hama province, killing a woman. | Rastan@TUE; Suran@TUE
same-kind-two-towns | Idlib in Syria | Barrel bombs hit Binnish on Monday, killing two, and other barrel bombs struck Ariha, killing four. | Binnish@MON; Ariha@MON
killed-in-both | Daraa in Syria | Regime strikes killed three people in Bosra and two in Inkhil on Sunday, the Observatory said. | Bosra@SUN; Inkhil@SUN
day-total-three-towns | Air strikes kill 30 in Syria's Idlib province | Air strikes killed eight people in Saraqeb on Tuesday, activists said. Barrel bombs killed six civilians in Binnish on Tuesday. On Tuesday warplanes struck Ariha, killing four people. | Saraqeb@TUE; Binnish@TUE; Ariha@TUE
day-total-sohr | Dozens killed in regime raids on Syria's Daraa province | The Observatory said 40 people were killed on Sunday in Daraa province. Regime strikes killed nine people in Bosra on Sunday. Barrel bombs killed seven in Inkhil on Sunday, and shelling on Nawa killed five. | Bosra@SUN; Inkhil@SUN; Nawa@SUN
day-total-one-act-retold | Air strikes kill 9 in Syria's Idlib province | Air strikes killed at least 11 people in Saraqeb on Tuesday, activists said. Shelling killed two civilians in Binnish on Tuesday. | Saraqeb@TUE; Binnish@TUE
aid-convoy | Madaya in Syria | An aid convoy entered the besieged town of Madaya on Thursday, the Red Cross said. | -
reinforcements | Hama in Syria | The army sent reinforcements to northern Hama on Tuesday ahead of an expected offensive, a military source said. | -
evacuation-deal | Darayya in Syria | Rebels and the government agreed on Thursday to evacuate fighters from Darayya, the local council said. | -
funeral | Qamishli in Syria | Thousands attended on Thursday the funeral of the 20 victims of Wednesday's bombing in Qamishli. | Qamishli@WED
claimed | IS claims bombing in Syria | Islamic State claimed on Friday responsibility for Thursday's suicide bombing in Tartus that killed 14 people. | Tartus@THU
ceasefire-violation | Aleppo in Syria | The ceasefire held on Monday across most of Syria, but rebels said government forces shelled the Handarat area north of Aleppo, killing two. | Aleppo@MON
"""

def probes() -> list[tuple[str, str, list]]:
    rows = [(n, t, b, ev) for n, t, b, ev in _pairs() + _retold()]
    for line in HAND_LINES.strip().splitlines():
        name, title, body, events = line.split(" | ")
        rows.append((name, title, body, [] if events == "-" else [tuple(e.split("@")) for e in events.split("; ")]))
    return [(name, f"{title}\n\n{body}", [(key, DAY_CODES[day]) for key, day in events]) for name, title, body, events in rows]


if __name__ == "__main__":
    run("-v" in sys.argv, probes())
