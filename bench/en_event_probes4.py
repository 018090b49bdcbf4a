"""English event probes, fourth round: wire wording and place and day forms the first three lack.

* verbs of the wires: "warplanes pounded", "struck targets in", "a car bomb ripped through",
  "clashes erupted", "rebels overran", "recaptured", "abducted", "executed", "came under rocket
  fire", "was hit by", "a drone strike on a vehicle";
* places: "rebel-held X", "the Damascus suburb of X", "near the border town of X", "X, a town 20 km
  northwest of Y", "in the northwestern province of", "in the X area", "along the X front",
  "in X's Y district", "in the vicinity of X", "X city in Damascus Countryside";
* days: "late Monday", "Tuesday" with no "on" (AFP, AP), "overnight", "at dawn", "on Saturday night",
  "in the early hours of Wednesday", "a day earlier", "last Saturday", "earlier this week" and
  "last week" (no day: any date agrees);
* the styles of SANA ("terrorists targeted …", "army units destroyed …") and of the Observatory
  ("documented the death of …");
* plans, vows and old acts (no event).

Texts of our own, scored as ``bench.en_event_probes`` (same places, days and matching rule).

    PYTHONPATH=. CONFLICTMAP_GAZETTEER=/work/main/var/gazetteer.sqlite python -m bench.en_event_probes4 [-v]
"""

from __future__ import annotations

import sys

from bench.en_event_probes import hand_probes, run

#: "ANY": the text gives no day ("earlier this week"), any date agrees
_TITLE = "Syria violence"

#: one probe a line: name | title ("-": the usual one) | body | the events, "place@DAY" (as
#: bench.en_event_probes: the publication day is FRI, Friday 23 September 2016); "-" for none
HAND_LINES = """
pounded | - | Warplanes pounded rebel-held Taftanaz on Tuesday, killing at least nine civilians, the Syrian Observatory for Human Rights said. | Taftanaz@TUE
pounded-with | - | Government forces pounded the rebel-held town of Rastan with artillery and rockets on Monday, activists said. | Rastan@MON
struck-targets | - | Russian warplanes struck targets in the Idlib countryside overnight, hitting a market in Maarrat Misrin and killing six people, rescue workers said. | Maarrat Misrin@THU
ripped-through | - | A car bomb ripped through a crowded street in the town of Dana near the Turkish border late Monday, killing 14 people, a monitor said. | Dana@MON
erupted | - | Clashes erupted on Sunday between government forces and rebels on the outskirts of Halfaya in Hama's northern countryside, the Observatory said. | Halfaya@SUN
erupted-after | - | Clashes erupted in Sukhnah on Monday after Islamic State fighters launched a counter-attack on army positions. | Sukhnah@MON
overran | - | Rebels overran army positions in Qalaat al-Madiq in the central province of Hama early Wednesday, a rebel commander told Reuters. | Qalaat al-Madiq@WED
overran-object | - | Rebels overran the town of Halfaya on Monday after a three-day offensive, the Observatory said. | Halfaya@MON
recaptured | - | Government forces recaptured the desert town of Sukhnah from Islamic State on Saturday, state television said. | Sukhnah@SAT
abducted | - | Islamic State militants abducted at least 30 villagers in the Markadah area of Hasakah province on Thursday, the Observatory said. | Markadah@THU
abducted-last | - | Gunmen abducted three journalists at a checkpoint in Douma last Saturday, their colleagues said. | Douma@SAT
executed | - | Jihadists executed five men accused of spying in the main square of Darat Izza, west of Aleppo, on Tuesday, activists said. | Darat Izza@TUE
executed-by | - | Five men were executed by Islamic State in Mayadin on Saturday for collaborating with the coalition, the Observatory said. | Mayadin@SAT
shelled-night | - | Rebels shelled the government-held town of Mhardeh on Wednesday night, killing a woman and her two children, SANA reported. | Mhardeh@WED
rocket-fire | - | Rocket fire hit a residential neighbourhood of Izraa in Daraa province on Monday, killing three civilians, state media said. | Izraa@MON
came-under | - | The army-held town of Mhardeh came under heavy rocket fire on Sunday, state media said, and two children were wounded. | Mhardeh@SUN
was-hit-by | - | The village of Tremseh was hit by more than 20 air strikes on Thursday, the local council said. | Tremseh@THU
ambushed | - | IS militants ambushed a government convoy on the road near Khanasir, southeast of Aleppo, on Sunday, killing 11 soldiers. | Khanasir@SUN
ambushed-passive | - | Four soldiers were killed and seven wounded when rebels ambushed their patrol near Tal Kalakh on Saturday. | Tal Kalakh@SAT
drone-vehicle | - | A drone strike on a vehicle near Sarmin killed two senior al-Qaeda-linked commanders on Thursday, a monitor said. | Sarmin@THU
offset-town | - | Air strikes hit Akhtarin, a town 20 km northwest of al-Bab, on Tuesday, killing eight people, the Observatory said. | Akhtarin@TUE
border-town | - | Turkish artillery shelled Islamic State positions near the border town of Rai on Monday, the Turkish army said. | Rai@MON
rebel-held | - | A barrel bomb dropped by a government helicopter killed seven people in rebel-held Kafranbel on Saturday, rescue workers said. | Kafr Nabl@SAT
district | - | Mortar shells slammed into the Bab Touma district of Damascus on Tuesday, killing two people, SANA said. | Damascus@TUE
possessive-district | - | A suicide bomber struck a Kurdish security checkpoint in Qamishli's Antariya district on Wednesday, killing five people. | Qamishli@WED
front | - | Heavy fighting raged along the Mare front north of Aleppo on Wednesday, leaving 17 fighters dead, the Observatory said. | Mare@WED
area | - | Coalition aircraft carried out three strikes in the Suluk area on Sunday, destroying an Islamic State fighting position, the coalition said. | Suluk@SUN
late | - | Syrian warplanes bombed the town of Tremseh late Monday, activists said, killing at least five people. | Tremseh@MON
dawn | - | Government troops stormed the village of Khirbet Ghazaleh at dawn, a military source told state media. | Khirbet Ghazaleh@FRI
this-week | - | Kurdish-led forces said on Thursday they had captured Deir Hafer, east of Aleppo, earlier this week. | Deir Hafer@ANY
last-week | - | An air strike on a school in Hish killed 22 children last week, UNICEF said on Thursday. | Hish@ANY
saturday-night | - | Rebels fired Grad rockets at the town of Qardaha on Saturday night, wounding four people, state media said. | Qardaha@SAT
suburb | - | Government shelling of the Damascus suburb of Qudsaya killed four people on Monday, the Observatory said. | Qudsaya@MON
no-on | - | At least 12 civilians were killed Tuesday when regime barrel bombs hit Dael, a town in southern Syria, a monitor said. | Dael@TUE
no-on2 | - | Syrian troops backed by Russian air strikes captured the village of Kinsabba in Latakia's mountains Thursday, state TV said. | Kinsabba@THU
activists-say | - | Activists say at least 10 people were killed when Syrian government jets bombed a busy market in Yabroud in the Qalamoun mountains on Wednesday. | Yabroud@WED
sana-targeted | - | Terrorists targeted al-Nabk city in Damascus Countryside with rocket shells on Monday, injuring three civilians, SANA said. | Nabk@MON
sana-army | - | Army units destroyed a terrorist hideout and killed a number of terrorists in Kafr Shams in the northern countryside of Daraa on Tuesday. | Kafr Shams@TUE
sohr-documented | - | The Syrian Observatory for Human Rights documented the death of four members of the regime forces in clashes with the factions in the vicinity of Rankous on Sunday. | Rankous@SUN
northwestern-province | - | Russian jets struck the town of Mhambal in the northwestern province of Idlib on Thursday, killing four civilians. | Mhambal@THU
two-towns | - | Warplanes pounded Taftanaz and Binnish on Monday, killing eight people, the Observatory said. | Taftanaz@MON; Binnish@MON
day-earlier | - | Rebels shelled Mhardeh on Thursday, killing two people. A day earlier, government jets had bombed Halfaya, the Observatory said. | Mhardeh@THU; Halfaya@WED
early-hours | - | Israeli jets struck an army position near Quneitra in the early hours of Wednesday, the Syrian army said. | Quneitra@WED
evening | - | A rocket fired by rebels hit a school in government-held Aleppo on Tuesday evening, killing two pupils, state media said. | Aleppo@TUE
said-sunday | - | Islamic State fighters have killed 16 Kurdish fighters in an attack on a village near Tal Tamr, the Kurdish YPG militia said on Sunday. | Tal Tamr@SUN
fresh | - | Fresh air strikes on Darat Izza on Wednesday killed four members of one family, rescuers said. | Darat Izza@WED
km-south | - | Shelling killed three people in Izraa, 80 km south of Damascus, on Sunday, state media said. | Izraa@SUN
countryside-of | - | Regime forces advanced in Latakia's northern countryside on Thursday, capturing the village of Kinsabba. | Kinsabba@THU
shot-dead | - | Gunmen on a motorcycle shot dead a local council official in Dael on Tuesday, activists said. | Dael@TUE
depot | - | An explosion at an arms depot in Dana killed 12 rebels on Tuesday, the Observatory said. | Dana@TUE
province-countryside | - | Government air strikes killed 11 people in the Hama countryside on Tuesday, activists said. | Hama province@TUE
preparing | - | The army is preparing to storm Taftanaz, a military source said on Tuesday. | -
vowed | - | Rebel commanders vowed on Wednesday to retake Sukhnah within weeks. | -
year-ago | - | A year ago, warplanes pounded Dana, killing 30 people, in one of the deadliest raids of the war. | -
"""


def probes() -> list[tuple[str, str, list]]:
    return hand_probes(HAND_LINES, _TITLE)


if __name__ == "__main__":
    run("-v" in sys.argv, probes())
