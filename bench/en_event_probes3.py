"""English event probes, third round: what wire reports do that the first two rounds lack.

* several acts in one paragraph at one town, by different actors on different days;
* an act told in the lead and again, with more detail, further down (one event);
* an attack and the clashes it set off (one event where they are one fight at one place and day);
* tolls told side by side ("12 soldiers and 8 rebels": one event);
* acts told in the quoted words of witnesses;
* the dead of one act counted over two sentences;
* "the same day", "on the same day", "earlier that day": another act, the day just told;
* "Meanwhile, in X": another act, at X;
* an act told in a relative clause ("the strike, which killed five in X, …", "…, where clashes …");
* armed men entering a town (ground taken), and aid entering one (no event).

Texts of our own, scored as ``bench.en_event_probes`` (same places, days and matching rule).

    PYTHONPATH=. CONFLICTMAP_GAZETTEER=/work/main/var/gazetteer.sqlite python -m bench.en_event_probes3 [-v]
"""

from __future__ import annotations

import sys

from bench.en_event_probes import hand_probes, run

_TITLE = "Violence in Syria"

#: one probe a line: name | title ("-": the usual one) | body | the events, "place@DAY" (as
#: bench.en_event_probes: the publication day is FRI, Friday 23 September 2016); "-" for none
HAND_LINES = """
days-one-town | - | Government jets bombed Saraqeb on Monday, killing four civilians. On Tuesday, Islamic State militants shelled the town's western districts, killing two children, and on Wednesday rebels attacked an army checkpoint on the edge of Saraqeb, killing five soldiers. | Saraqeb@MON; Saraqeb@TUE; Saraqeb@WED
days-one-town2 | - | Russian air strikes hit Douma on Sunday, killing seven people, activists said. Rebels fired rockets at army positions on the edge of Douma on Monday, and on Tuesday government forces shelled the town again, killing three. | Douma@SUN; Douma@MON; Douma@TUE
days-one-town3 | - | In Azaz, a car bomb killed eight people on Saturday. On Monday, Turkish-backed rebels clashed with Kurdish fighters on the town's outskirts, and on Tuesday an air strike hit a hospital in Azaz, killing two nurses. | Azaz@SAT; Azaz@MON; Azaz@TUE
days-one-town4 | - | Islamic State snipers killed three SDF fighters in Manbij on Tuesday, the SDF said. On Wednesday, coalition jets struck an Islamic State position on Manbij's western edge. | Manbij@TUE; Manbij@WED
days-one-town5 | - | Clashes between the army and rebels raged in Morek on Saturday, leaving 11 fighters dead. Government helicopters dropped barrel bombs on Morek on Sunday, and rebels shelled army positions in the town on Monday, the Observatory said. | Morek@SAT; Morek@SUN; Morek@MON
lead-body | - | A car bomb killed at least 20 people in Azaz on Thursday, a monitor said. Rebels blamed Islamic State. The bomb, hidden in a fuel truck, went off near a crowded market in Azaz on Thursday morning, the Observatory said, adding that 20 people had died. | Azaz@THU
lead-body2 | - | Air strikes killed 15 civilians in Maarat al-Numan on Wednesday, rescue workers said. The town has been hit repeatedly this month. Wednesday's strikes hit a vegetable market in the centre of Maarat al-Numan, the civil defence said. | Maarat al-Numan@WED
lead-body3 | - | Islamic State fighters attacked army positions near Deir ez-Zor airport on Tuesday, killing 12 soldiers, the Observatory said. The army has held the airport for years. The attack on Tuesday began with a suicide car bomb at the airport's southern gate, followed by hours of fighting, it said. | Deir ez-Zor@TUE
lead-body4 | Barrel bombs kill nine in Daraa's Inkhil | Government helicopters dropped barrel bombs on the town of Inkhil in Daraa province on Monday, killing nine people, activists said. Most of the victims were women and children. The barrel bombs hit a street near the main mosque in Inkhil, an activist said. | Inkhil@MON
lead-body5 | - | Rebel shelling killed six people in government-held western Aleppo on Thursday, state media said. The army said it had responded to the sources of fire. Rebel shells hit a school and a residential building in western Aleppo on Thursday, SANA said. | Aleppo@THU
set-off | - | Islamic State militants attacked army positions near Palmyra on Tuesday, sparking clashes that killed 14 fighters on both sides, the Observatory said. | Palmyra@TUE
set-off2 | - | Rebels launched an attack on government checkpoints in Harasta on Monday. The attack triggered fierce clashes that lasted into the night, killing eight soldiers and five rebels. | Harasta@MON
set-off3 | - | Jihadists stormed an army post near Morek on Sunday. The fighting spread on Monday to the nearby town of Kafr Zita, where six soldiers were killed. | Morek@SUN; Kafr Zita@MON
set-off4 | - | Government forces repelled a rebel attack on Hama's military airport on Thursday, and the fighting that followed killed 20 fighters, a monitor said. | Hama@THU
sides | - | Clashes between the army and rebels in Talbiseh on Wednesday killed 12 soldiers and 8 rebels, the Observatory said. | Talbiseh@WED
sides2 | - | Fighting between Kurdish forces and Islamic State near Hasakah on Sunday left 15 jihadists and four Kurdish fighters dead. | Hasakah@SUN
sides3 | - | At least 30 fighters were killed in clashes in Rastan on Monday: 18 pro-government militiamen and 12 rebels, the monitor said. | Rastan@MON
sides4 | - | Twelve soldiers and eight rebels were killed on Tuesday when insurgents attacked a checkpoint near Jisr al-Shughur. The army said it lost 12 men; the rebels said eight of their fighters died. | Jisr al-Shughur@TUE
witness | - | "The planes came at noon and hit the market," said Abu Ahmad, a resident of Saraqeb, where eight people were killed on Thursday. | Saraqeb@THU
witness2 | - | Air strikes killed 11 people in Atarib on Wednesday, residents said. "I saw the missile hit the bakery. There were bodies everywhere," a witness told Reuters. | Atarib@WED
witness3 | - | "They shelled our neighbourhood on Saturday night and three of my neighbours were killed," a resident of Douma told AFP by phone. | Douma@SAT
witness4 | - | A witness in Khan Sheikhoun said: "A helicopter dropped two barrel bombs on the main street on Monday morning. I counted seven dead." | Khan Sheikhoun@MON
witness-fear | - | "We fear the regime will bomb Idlib again," a resident said on Tuesday. | -
two-sentences | - | Air strikes hit the town of Binnish on Tuesday, killing five people. Three more died of their wounds in hospital later, rescuers said. | Binnish@TUE
two-sentences2 | - | A car bomb exploded in Jableh on Monday, killing nine people. Another four bodies were pulled from the rubble on Tuesday. | Jableh@MON
two-sentences3 | - | Russian jets bombed Darayya on Sunday. Seven civilians were killed, including two children, the local council said. | Darayya@SUN
two-sentences4 | - | Shelling on Harasta killed four people on Thursday. The dead included a child and his mother, activists said, and six others were wounded. | Harasta@THU
same-day | - | Government jets struck Saraqeb on Tuesday, killing four people. On the same day, rebels shelled army positions in Salqin, killing two soldiers. | Saraqeb@TUE; Salqin@TUE
same-day2 | - | A roadside bomb killed three soldiers near Daraa on Sunday. The same day, an air strike hit a field hospital in Nawa, killing a nurse. | Daraa@SUN; Nawa@SUN
same-day3 | - | Rebels captured the village of Hraytan on Wednesday. Earlier that day, Russian jets had pounded rebel positions in Anadan, the Observatory said. | Hraytan@WED; Anadan@WED
same-day4 | - | Islamic State shelled Kurdish-held districts of Hasakah on Monday, killing two people. Kurdish fighters hit back the same day, attacking an Islamic State post on the southern edge of Hasakah. | Hasakah@MON; Hasakah@MON
same-day5 | - | Coalition jets struck Islamic State targets in Raqqa on Thursday, the coalition said. On the same day, Russian aircraft bombed Palmyra, the Russian defence ministry said. | Raqqa@THU; Palmyra@THU
same-day6 | - | Air strikes killed six people in rebel-held eastern Aleppo on Wednesday. Rebel mortar fire on government-held western Aleppo killed three people the same day, state media said. | Aleppo@WED; Aleppo@WED
meanwhile | - | Air strikes killed nine people in Idlib on Tuesday, activists said. Meanwhile, in Hama province, rebels captured the village of Suran from government forces. | Idlib@TUE; Suran@TUE
meanwhile2 | - | Clashes raged in Darayya on Thursday. Meanwhile in Zabadani, government forces dropped barrel bombs on the town centre, killing four. | Darayya@THU; Zabadani@THU
meanwhile3 | - | Turkish artillery shelled Kurdish positions near Afrin on Sunday. Meanwhile, in Qamishli, a bomb exploded near a police station, killing two policemen. | Afrin@SUN; Qamishli@SUN
meanwhile4 | - | The army recaptured Salqin from rebels on Monday, state television said. Meanwhile, in the south, rebels shelled government positions in Daraa city. | Salqin@MON; Daraa@MON
relative | - | The strike, which killed five people in Sarmin on Tuesday, was condemned by the United Nations. | Sarmin@TUE
relative2 | - | Rebels advanced towards Tal Rifaat, where clashes with Kurdish fighters killed seven on Monday. | Tal Rifaat@MON
relative3 | - | Government forces captured Hraytan on Sunday and pushed on to Anadan, where fierce fighting erupted on Monday. | Hraytan@SUN; Anadan@MON
relative4 | - | The town of Talbiseh, which government jets bombed on Thursday, has been besieged for three years. | Talbiseh@THU
entered | - | Government troops entered Darayya on Saturday after the last rebels left the town under a local deal. | Darayya@SAT
entered2 | - | Kurdish-led fighters entered the centre of Tal Abyad on Monday, the YPG said. | Tal Abyad@MON
aid-entered | - | Aid trucks entered Madaya on Monday, the Red Cross said. | -
took-control | - | Rebels took control of the village of Suran on Tuesday after clashes with the army. | Suran@TUE
"""


def probes() -> list[tuple[str, str, list]]:
    return hand_probes(HAND_LINES, _TITLE)


if __name__ == "__main__":
    run("-v" in sys.argv, probes())
