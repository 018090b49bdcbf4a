"""Fifth round of English toll probes (read by :mod:`bench.en_toll_probe`), written for this probe
before it was run, in the styles the first four rounds under-cover: acts told with no death
("wounding 12", "causing casualties", "killed and wounded dozens", "tens of people", "scores",
"a handful of", "an unknown number"), the act's toll told later and only its latest figure
("bringing to 40 the number killed in the attack", "the dead now number 33"), the dead of each side
added ("nine dead among the regime forces and 14 among the rebels", "lost 11 men and the rebels
seven"), the attacker among the dead ("the suicide bomber and 14 others", "killing himself and 13
others"), parts not added twice, approximate counts ("around a dozen", "three dozen", "close to
50", "as many as 35", "just over 20"), a month's or an offensive's tally beside the day's act,
and FA-KES-like copy (title-case headlines, numbers in words, apostrophes lost).  Reports: an act
with only wounded beside one with dead, two places and two days in one sentence, a toll told in a
later sentence, each side's dead told in its own sentence.  Same formats as the first round's
tables."""

#: lang | toll ("-": none of one act) | a sentence
SENTENCES = """
# no death told for this act: no number, not 0
en|-|Regime forces shelled the town on Thursday, wounding 12 people.
en|-|The shelling caused heavy casualties among civilians, the monitor said.
en|-|The strikes killed and wounded dozens of people in the market.
en|-|Tens of people were killed in the raids on the eastern districts.
en|-|Scores died when the barrel bombs hit the crowded market.
en|-|Several soldiers were killed in the ambush, the army said.
en|-|Many civilians lost their lives in the bombardment.
en|-|A number of fighters were killed in the clashes, according to the group.
en|-|An unknown number of people were killed when the building collapsed.
en|-|Dozens of rebels were killed or wounded in the fighting near the airbase.
en|-|At least 17 people were wounded when a rocket hit a school bus.
en|-|Some fighters were killed in the shelling, the group said.
en|-|The strikes killed a handful of civilians.
en|-|Dozens more were killed in the strikes on the town.
en|0|The shell landed in an empty field, causing no casualties.
en|0|No one was killed in the attack, the monitor said.
# the act's toll told later: its latest figure, not a sum
en|12|The strike initially killed nine people; the toll later rose to 12.
en|40|Five of the wounded died overnight, bringing to 40 the number of people killed in the attack.
en|14|The death toll from the attack has risen to 14, the Observatory said, after it had earlier reported nine dead.
en|21|Rescuers found four more bodies, taking the toll to 21.
en|19|The number of those killed in the bombing has reached 19.
en|33|The dead now number 33, the monitor said.
# the dead of each side added
en|23|Eight regime troops and at least 15 rebels died in the clashes.
en|23|The clashes left nine dead among the regime forces and 14 among the rebels.
en|18|Government forces lost 11 men and the rebels seven in the fighting.
en|23|The fighting killed at least 17 jihadists, while six Kurdish fighters also died.
en|30|At least 30 fighters were killed in the clashes: 18 from the Islamic State group and 12 from the SDF.
en|25|The clashes killed 10 soldiers, the monitor said, adding that 15 rebels also died.
en|16|Rebels killed 10 soldiers in the attack and lost six of their own fighters.
# the attacker among the dead
en|15|The suicide bomber and 14 others were killed in the blast.
en|10|The attack killed 10 people, including the attacker.
en|11|The two suicide bombers and nine civilians died in the attack.
en|14|A suicide bomber blew himself up at a checkpoint, killing himself and 13 others.
# parts not added twice
en|10|The strike killed 10 people, including four children and three women.
en|12|Twelve civilians were killed, eight of them from one family.
en|9|Nine people were killed in the shelling; four of the victims were children.
# approximate counts
en|12|Around a dozen people were killed in the airstrike.
en|12|About a dozen soldiers died in the ambush.
en|12|Over a dozen civilians were killed in the shelling.
en|6|Half a dozen fighters were killed in the clashes.
en|36|Three dozen people were killed in the massacre.
en|50|Close to 50 people were killed in the raids.
en|35|As many as 35 people may have been killed in the strike.
en|25|Some 25 people died in the bombing.
en|40|Up to 40 people were killed in the twin car bombings.
en|20|Just over 20 people were killed in the shelling.
en|100|Over one hundred people were killed in the chemical attack.
# a month's, a week's or an offensive's tally: no act's
en|-|The monitor said 240 civilians were killed in the province in May.
en|-|At least 93 people were killed in airstrikes on the province last week.
en|-|Airstrikes have killed 62 civilians in the town since the start of the offensive, the SOHR said.
en|-|The Observatory documented the deaths of 1,100 people in September.
en|-|Over the past month, the shelling has killed more than 70 people in the town.
en|7|Seven people were killed on Thursday, bringing the number of civilians killed since the start of the offensive to 212.
# FA-KES-like copy: title case, numbers in words, apostrophes lost
en|22|Twenty Two Civilians Killed In Regime Airstrikes On Idlib Countryside
en|11|Regime Forces Kill Eleven Civilians In Daraa
en|40|Death Toll Of Douma Massacre Rises To Forty
en|14|The regimes barrel bombs killed fourteen people in the towns main square
en|9|Nine Killed Including Four Children In Russian Raids On Ariha
en|-|Dozens Of Casualties In Regime Shelling On Douma
en|17|Seventeen Martyrs In Regime Shelling On Douma
en|13|Thirteen civilians among them 5 children were martyred due to the regimes shelling
"""

#: toll per reported event (sorted; "-" none) | a short report, published on a Friday
TEXTS = """
-|Regime forces shelled the town of Kafr Zita on Thursday, wounding 12 people, the monitor said. The shelling also destroyed several houses.
9;-|Warplanes struck the town of Saraqib on Thursday, killing nine people, the monitor said. Shelling also hit the town of Binnish, wounding five people.
-|Scores of civilians were killed or wounded when barrel bombs hit a market in the town of Anadan on Thursday, activists said.
-|Regime warplanes bombed the town of Khan Sheikhoun on Thursday, causing casualties among civilians, the civil defence said.
-|Scores dead in regime raids on Douma. Regime warplanes carried out dozens of raids on the town of Douma on Thursday. Scores of civilians were killed, activists said.
40|A car bomb exploded at a checkpoint near the town of Azaz on Thursday, killing 34 people. Six of the wounded died overnight, bringing to 40 the number of people killed in the attack.
23|Clashes broke out between government forces and rebels near the town of Morek on Thursday. Eight regime troops and at least 15 rebels died in the clashes, the monitor said.
21|Fierce clashes erupted between the army and rebels on the outskirts of the town of Kafr Nabuda on Thursday. Nine soldiers were killed, the monitor said. Twelve rebels also died in the fighting.
26|Islamic State fighters attacked army positions near the city of Deir ez-Zor on Thursday. The army lost 11 soldiers and killed 15 of the attackers, the monitor said.
15|A suicide bomber blew himself up at a checkpoint in the town of Jarablus on Thursday. The bomber and 14 others were killed, the monitor said.
10|A suicide bomber detonated his explosive belt at a police station in the city of Qamishli on Thursday, killing 10 people, including four policemen, Kurdish officials said.
4;7|Airstrikes killed seven people in the town of Saraqib on Thursday and four in the town of Binnish on Wednesday, the monitor said.
6;14|Russian airstrikes killed 14 people in Saraqib and six others in the nearby town of Sarmin on Thursday.
6|Shelling killed six people in the town of Douma on Thursday. In February, an airstrike on the same market killed 45 people.
8|Airstrikes on the town of Kafr Nabl killed eight civilians on Thursday, the Observatory said. The monitor said 240 civilians were killed in Idlib province in August.
5|Regime shelling killed five people in the town of Harasta on Thursday, the SOHR said, bringing to 212 the number of civilians killed since the start of the offensive.
-|Turkish artillery shelled Kurdish positions near the town of Afrin on Thursday, the monitor said. Last year, Turkish strikes killed 35 fighters in the area.
12|Around a dozen people were killed when warplanes struck a bakery in the town of Kafr Nabl on Thursday, activists said.
22|Twenty Two Civilians Killed In Regime Airstrikes On Maarat al-Numan. Thursday 22 September 2016 Regime warplanes launched several airstrikes on the city of Maarat al-Numan in Idlib countryside killing twenty two civilians and injuring dozens most of them women and children.
17|Regimes Barrel Bombs Kill Seventeen In Daraya. Thursday 22 September 2016 Regime helicopters dropped barrel bombs on the town of Daraya killing seventeen civilians. The Syrian Network for Human Rights said the death toll could rise as many of the wounded are in critical condition.
"""
