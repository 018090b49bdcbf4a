"""Probe of English tolls: wire-style sentences and short reports written for this probe, each with
the toll a coder gives its act (GUIDELINES: "at least 12" = 12, "dozens" = none, cumulative and
countrywide tolls are no act's).  Prints the sentences whose toll differs and the pass rate.

    PYTHONPATH=. CONFLICTMAP_GAZETTEER=/path/gazetteer.sqlite python bench/en_toll_probe.py
"""

from __future__ import annotations

import os
from datetime import date

#: lang | toll ("-": none of one act) | a sentence
SENTENCES = """
# counts in digits and words, with qualifiers
en|12|At least 12 civilians were killed in an airstrike on the town of Maarat al-Numan on Tuesday.
en|12|A dozen civilians were killed when warplanes struck a market in the town.
en|-|Dozens of civilians were killed when warplanes struck a market in the town.
en|-|Scores of people were killed in the bombing of the market, activists said.
en|20|More than 20 people were killed in the car bomb attack near the bus station.
en|30|Nearly 30 people were killed when a suicide bomber blew himself up at a checkpoint.
en|15|Up to 15 people were killed in the raid, according to local activists.
en|8|Eight people were killed and 20 others injured in a rocket attack on the city.
en|14|Fourteen soldiers died in the ambush on the highway, the army said.
en|23|Twenty-three people lost their lives in the bombing of the hospital.
en|9|Nine civilians perished in the shelling of the eastern neighbourhoods.
en|35|Thirty-five people were massacred in the village, the opposition said.
en|7|Militants executed seven men accused of collaborating with the government.
en|11|The bodies of eleven men were found in an orchard outside the town.
en|6|Six people died after a shell hit their car near the checkpoint.
en|4|Four children were among the dead after the school was shelled.
en|100|Some 100 people were killed in the bombardment of the besieged district, the monitor said.
en|50|About 50 fighters were killed in the clashes near the airbase.
en|40|Around 40 people were killed in the two car bombs at the security compound.
en|25|Roughly 25 soldiers were killed in the attack on the military post.
en|13|At least thirteen people, including four women, were killed in the air raid.
en|10|Ten members of a single family were killed when their house was bombed.
en|5|Five people were shot dead by snipers in the old city.
en|3|Three people were killed by sniper fire in the neighbourhood.
en|2|Two children were killed by a landmine near the village.
en|1|One person was killed and three others were wounded in the shelling.
en|1|A child was killed by a mortar shell that hit the school yard.
en|1|A woman died of her wounds after the shelling of her home.
en|0|There were no casualties in the attack, the ministry said.
en|0|Nobody was hurt in the explosion, the police said.
en|-|Several people were killed in the bombing, a witness said.
en|-|Many people were killed when the building collapsed after the strike.
en|-|A number of civilians were killed in the shelling of the town.
en|-|Hundreds of people have been killed in the offensive.
# tolls told by nouns
en|16|The airstrike left 16 dead and dozens wounded.
en|10|The explosion left 10 people dead and 30 injured.
en|18|The attack claimed the lives of 18 people, including six children.
en|22|The death toll from the airstrikes rose to 22, the monitor said.
en|25|The toll rose to 25 after four of the wounded died in hospital.
en|31|The death toll in the market bombing climbed to 31 on Wednesday.
en|17|The death toll from the suicide attack has risen to 17, state media said.
en|40|The number of dead from the twin bombings reached 40.
en|12|The attack resulted in the death of 12 people.
en|19|The blast caused 19 deaths, the health ministry said.
en|9|Nine deaths were reported in the shelling of the district.
en|27|The bombing left at least 27 people dead, activists said.
en|6|Six fatalities were reported after the rockets hit the neighbourhood.
en|8|Eight martyrs fell in the shelling of the town, the local council said.
# active verbs and participles
en|15|A car bomb exploded near a mosque on Friday, killing 15 people.
en|7|Regime helicopters dropped barrel bombs on the town, killing seven civilians.
en|12|Gunmen stormed the village and killed 12 people, residents said.
en|20|The suicide bomber detonated his vest in the crowd, killing at least 20 and wounding 45.
en|5|Shells hit a residential building, killing five and injuring 12.
en|9|The strike killed nine members of the same family.
en|3|A sniper shot dead three people trying to cross the road.
en|6|Rebels shelled the neighbourhood, leaving six people dead.
en|14|An explosion ripped through the market, killing 14 people and wounding dozens.
en|4|The mortar rounds killed four students at the university.
en|11|Russian airstrikes killed 11 civilians in the town of Saraqib on Monday.
en|30|Warplanes pounded the area, killing more than 30 militants.
en|2|A drone strike killed two commanders of the group near the border.
en|8|Government forces killed eight rebels in clashes outside the city.
# passive and reported
en|18|At least 18 people were reported killed in the shelling.
en|13|Thirteen people were said to have been killed in the raid.
en|6|Six civilians were reportedly killed in the air raids on the village.
en|10|At least 10 people are believed to have died in the attack.
en|24|The opposition said 24 people had been killed in the bombardment.
en|32|Activists said at least 32 people were killed in the shelling on Sunday.
en|7|State news agency SANA said seven people were killed when terrorists fired mortar shells on the district.
en|5|Five people have been killed in the shelling, the Observatory said.
# several groups
en|20|Twelve soldiers and eight rebels were killed in the fighting.
en|20|The fighting killed 12 soldiers and eight rebels near the town.
en|15|Nine pro-government fighters and six jihadists were killed in the clashes.
en|26|At least 26 people, among them nine children, were killed in the strikes.
en|26|At least 26 people were killed, among them nine children.
en|26|At least 26 people were killed, nine of them children.
en|26|The strikes killed at least 26 people, including nine children and four women.
en|26|At least 26 people including nine children were killed in the strikes.
en|7|Seven civilians, including a woman and her two children, were killed.
en|12|A mother and her 11 children were killed.
en|5|The raid killed three women and two children.
en|10|Ten people were killed, most of them civilians.
en|10|Ten people were killed, mostly civilians, in the raid.
en|17|The bombing killed 17 people, the majority of them women and children.
en|8|Eight people were killed, five of whom were children.
en|21|At least 21 fighters from both sides were killed in the clashes.
en|16|Clashes between the army and rebels left 16 dead on both sides.
en|19|Nineteen people were killed: 12 civilians and seven fighters.
en|4|Four people were killed, two of them children, and 15 were wounded.
# wounded and killed
en|3|Three people were killed and 25 were wounded when the shells hit the market.
en|3|The shells killed three people and wounded 25 others.
en|-|Twenty-five people were wounded when shells hit the market.
en|-|The blast injured 40 people, some of them seriously.
en|2|Two people were killed and dozens wounded in the explosion.
en|6|Six people were killed and 12 were injured, four of them critically.
en|-|At least 15 people were injured, three of them seriously, in the attack.
en|4|The attack left four people dead and 19 others wounded, the governor said.
en|5|5 killed, 20 wounded in mortar attack on the city
en|5|5 dead, 20 injured as mortars hit the city
# headlines
en|12|Twelve killed in airstrike on market
en|12|12 civilians killed in regime airstrikes on the town
en|20|Car bomb kills 20 in northern town
en|9|Russian strikes kill nine civilians in Idlib
en|30|Death toll in car bomb attack rises to 30
en|7|Seven dead as shells hit school
en|15|At least 15 dead in suicide attack on checkpoint
en|-|Dozens dead in airstrikes on town
# ages, years, dates, addresses, units never as tolls
en|1|A 14-year-old boy was killed by sniper fire on Monday.
en|1|A 70-year-old man was killed when a shell hit his house on 12 March.
en|3|Three people, including a 10-year-old girl, were killed in the shelling.
en|-|A 45-year-old woman was wounded by a stray bullet.
en|5|On March 15, 2016, five people were killed in an airstrike.
en|5|Five people were killed on 15/03/2016 in an airstrike.
en|2|Two soldiers of the 4th Armoured Division were killed in the attack.
en|2|Two soldiers of the 104th Brigade were killed in the ambush.
en|-|Soldiers of the 4th Division were killed in the ambush.
en|6|Six people were killed at 3 pm when a car bomb exploded at 25 Baghdad Street.
en|4|Four people were killed on Route 7 when their bus hit a mine.
en|-|The militants fired 120 mm mortar shells at the town, wounding a child.
en|3|The militants fired 120 mm mortar shells at the town, killing three.
en|8|The airstrikes killed eight people on Thursday, the 3rd day of the offensive.
en|5|Resolution 2254 did not stop the shelling, which killed five people on Monday.
en|-|The 2013 chemical attack killed hundreds of people in Ghouta.
en|-|The 1982 Hama massacre killed thousands.
en|2|Two people were killed in the shelling of the 7th district on Monday.
en|-|The army deployed 300 soldiers and 40 tanks to the area.
en|-|Some 5,000 people fled the town after the airstrikes.
en|-|The planes carried out 30 raids on the town on Tuesday.
en|6|The planes carried out 30 raids on the town on Tuesday, killing six people.
en|-|The militants fired 15 rockets at the town.
en|-|At least 200 families have been displaced by the fighting.
# cumulative and background
en|-|More than 400,000 people have been killed since the conflict began in March 2011.
en|-|The war has killed more than 350,000 people and displaced millions.
en|-|So far this year 1,200 civilians have been killed in the province.
en|-|At least 300 people have been killed this month in the province.
en|-|Since the start of the offensive, 240 civilians have been killed.
en|-|The Russian campaign has killed 2,000 civilians since September.
en|-|The monitor says 123 civilians have died since the start of the truce.
en|-|Over the past week, airstrikes have killed 150 people in the city.
en|-|The fighting has killed more than 500 people in the past two weeks.
en|-|Nearly 1,000 people have been killed in the enclave since February 18.
en|-|In 2015, more than 55,000 people were killed in Syria.
en|-|A total of 87 people were killed across Syria on Monday, the monitor said.
en|-|At least 70 people were killed across the country on Sunday.
en|12|The strike killed 12 people, bringing to 300 the number killed in the offensive.
en|12|At least 12 people were killed on Tuesday, raising the toll of the week's strikes to 80.
en|9|Nine people were killed in the strike, the deadliest since the truce began in February.
# "another", "also", more
en|3|Another three people were killed by shelling in the same area.
en|4|Four more people were killed in the shelling on Tuesday.
en|2|Two others were also killed in the attack.
en|6|Six more bodies were pulled from the rubble.
# executions and bodies
en|18|Islamic State militants beheaded 18 men in the town square.
en|5|The group publicly executed five men it accused of spying.
en|30|The bodies of 30 people, most of them shot in the head, were found in the town.
en|12|Rescue workers recovered 12 bodies from the rubble of the building.
en|-|Rescue workers were still searching for bodies under the rubble.
en|7|Seven prisoners were executed by firing squad.
en|20|At least 20 people were summarily executed by pro-government militias.
# died / perished, other verbs
en|3|Three rebels died in the clashes.
en|5|Five children died of suffocation after the gas attack.
en|2|Two men were burned to death when their car was hit.
en|4|Four civilians drowned while fleeing the shelling.
en|8|Eight people died when their boat capsized while fleeing the fighting.
en|6|Six people were crushed to death when the building collapsed after the strike.
en|10|Ten soldiers fell in the battle for the hill.
en|3|Three fighters were martyred in the clashes, the group said.
en|2|Two journalists lost their lives covering the battle.
en|11|Eleven people were slaughtered in the attack on the village.
en|9|Nine gunmen were neutralised in the operation.
en|15|The army said 15 terrorists were eliminated in the operation.
en|-|Fifteen rocket launchers were destroyed in the operation.
# numbers beside the toll
en|6|Six people were killed on Monday when two shells hit a bus carrying 40 passengers.
en|3|Three people were killed in an attack by 10 gunmen on the checkpoint.
en|4|Four people were killed 5 km north of the town.
en|4|Four people were killed in the strike, 5 kilometres from the border.
en|9|Nine people were killed in two airstrikes on the town.
en|9|Nine people were killed in three separate airstrikes on the town.
en|2|Two people were killed when 3 mortar shells hit the school.
en|7|Seven people were killed in the attack, which lasted two hours.
en|5|Five people were killed in the attack on the No. 2 hospital.
en|10|Ten people were killed in the 2nd car bombing in a week.
en|8|The strikes killed eight people in the town of 20,000 residents.
en|1|One of the four soldiers was killed in the ambush.
en|3|Three of the 12 passengers were killed when the bus was hit.
en|-|Two of the wounded are in critical condition.
# relative clauses and quotes
en|14|"Fourteen people were killed," a doctor at the hospital told Reuters.
en|14|"We counted 14 dead," said a rescue worker.
en|6|A doctor said six of the wounded later died in hospital.
en|10|The monitor, which relies on a network of sources on the ground, said 10 people were killed.
en|5|Five people who were waiting for bread were killed in the airstrike.
en|3|The shelling, which hit a crowded market, killed three people.
# agency forms, headlines and unpunctuated copy
en|4|Four citizens were martyred and 11 others injured as terrorists targeted al-Midan neighborhood with rocket shells.
en|3|A terrorist rocket attack claimed the lives of three citizens in Jaramana city.
en|2|Terrorists fired mortar shells on Bab Touma killing two civilians and injuring 9 others.
en|15|Army units killed 15 terrorists and injured many others in Deir Ezzor countryside.
en|-|Army units destroyed a hideout for terrorists in Daraa countryside.
en|40|An army unit eliminated 40 terrorists of Jabhat al-Nusra in the eastern countryside of Hama.
en|6|Six civilians lost their lives and 14 were injured in a car bomb explosion in Homs.
en|9|The SOHR said nine people were killed among them four children.
en|9|Nine people were killed among them four children the SOHR said.
en|22|At least 22 people were killed mostly women and children.
en|13|The strikes killed 13 and wounded 29 with most casualties occurring in a vegetable market.
en|86|At least 86 people were killed early on Tuesday in the town.
en|35|Warplanes carried out six strikes in the village killing at least 35 civilians including 11 schoolchildren.
en|6|Initial reports of 6 killed & many injured after the town was targeted with an airstrike.
en|57|The regime stepped up air attacks killing at least 57 civilians when it dropped container bombs on the town at the weekend.
en|7|At least seven people died in rebel shelling of a neighbourhood of the city at dawn on Saturday.
en|-|More than 40 people were also wounded in the attack.
en|-|Hundreds of people have been killed in the city since peace talks broke off in April.
en|1|A child died of wounds sustained in the shelling.
en|3|The bodies of three young men were found dumped near the river.
en|-|The death toll is expected to rise.
en|-|The death toll is likely to rise as many of the wounded are in critical condition.
en|18|The death toll has risen to 18 people including 5 children.
en|18|The number of victims has risen to 18.
en|18|The number of martyrs rose to 18.
en|18|Eighteen were killed.
en|18|18 were killed and 40 wounded.
en|5|Five were killed in the attack.
en|5|Five others were killed in the attack.
en|5|Five of them were killed.
en|12|The attack killed 12 including the bomber.
en|12|Twelve people including the bomber died in the blast.
en|3|Three members of the White Helmets were killed while rescuing victims.
en|4|Four paramedics were killed when their ambulance was hit.
en|2|Two Red Crescent volunteers were killed.
en|20|The regime forces killed 20 people in the town including women and children.
en|20|Regime forces committed a massacre killing 20 people in the village.
en|10|A massacre in the village left 10 civilians dead.
en|8|Eight people from one family were killed.
en|8|Eight members of one family including five children were killed in the strike.
en|-|Members of one family were killed in the strike.
en|11|11 people among them 6 children were killed in the barrel bomb attack.
en|11|11 people among whom 6 children were killed in the barrel bomb attack.
en|7|The strike killed a family of seven.
en|5|A family of five was killed when their house was bombed.
en|30|Around 30 people were killed in the twin blasts which targeted the security building.
en|2|A double suicide bombing killed two people.
en|16|Sixteen people were reported dead after the explosion.
en|16|Sixteen people were confirmed dead after the explosion.
en|16|Sixteen people have been confirmed killed.
en|4|The strike killed four people from the same family.
en|26|A total of 26 people were killed in the strike.
en|6|Half a dozen people were killed in the strike.
en|2|A couple of civilians were killed in the strike.
en|24|Two dozen people were killed in the strike.
en|-|A child was injured.
en|1|A man was killed by a sniper.
en|1|An elderly man was killed by a sniper.
en|1|A young man was killed by sniper fire.
en|1|A pregnant woman was shot dead by a sniper.
en|1|A member of the civil defence was killed.
en|1|A journalist was killed while covering the clashes.
en|1|One civilian was killed.
en|1|One person died.
en|2|A woman and a child were killed.
en|3|A woman and two children were killed.
en|3|A man his wife and their son were killed.
en|13|13 civilians killed in regime air raids on northern Syria
en|7|Syria rebels kill 7 in Aleppo assault
en|22|UNICEF says 22 schoolchildren killed in Syria raid
en|28|UNICEF says 22 schoolchildren and six teachers killed in Syria raid
en|10|Ten including children killed in strikes
en|-|Civilians killed in strikes
en|12|Strikes leave 12 dead in Idlib
en|12|12 dead 30 wounded in Idlib strikes
en|9|Airstrike kills family of nine
en|3|Three killed as rockets hit Damascus
en|50|IS kills 50 in attack on Kurdish town
en|50|IS militants kill at least 50
en|4|Shelling on Aleppo kills four children
"""

#: toll per reported event (sorted; "-" none) | a short report, published on a Friday
TEXTS = """
12|Twelve killed in airstrike on Saraqib. Twelve civilians were killed in an airstrike on the town of Saraqib in Idlib province on Thursday, the Syrian Observatory for Human Rights said. The airstrike hit a market in the town centre.
20|Death toll from Homs bombing rises to 20. The death toll from a car bomb attack in the city of Homs on Wednesday rose to 20, state media said. The bomb went off near a hospital in the Zahraa district.
8|Regime shelling kills eight in Douma. Eight people, including three children, were killed in regime shelling of the town of Douma on Thursday, activists said. Three children were among the dead.
15|A suicide bomber killed at least 15 people at a checkpoint in the city of Azaz on Thursday. The attacker blew himself up near a bus. Fifteen people were killed and more than 30 were wounded.
7|Seven people were killed and 15 wounded when terrorists fired rocket shells on the city of Aleppo on Thursday, SANA reported. The rocket shells hit residential areas. The war has killed more than 300,000 people since 2011.
10|Ten people were killed in an airstrike on the town of Ariha on Thursday. The strike hit a residential building. Since the start of the month, more than 200 people have been killed in the province.
5|Five people were killed in the shelling of Jisr al-Shughur on Thursday. A boy aged 12 was among them.
4;6|Four people were killed in airstrikes on Saraqib on Thursday. Six people were killed in shelling on Ariha on the same day.
20|Clashes between government forces and rebels in the town of Daraya on Thursday killed 12 soldiers and eight rebels, the monitor said.
3|A child and two women were killed in regime shelling on Douma on Thursday, activists said.
11|At least 11 people were killed on Thursday in airstrikes on the town of Saraqib, the monitor said. The toll is expected to rise because many of the wounded are in a serious condition.
25|Airstrikes on the town of Saraqib on Thursday killed 19 people, the monitor said. The toll later rose to 25.
13|Thirteen people were killed in airstrikes on the town of Ariha on Thursday. The dead included five children and three women, the monitor said.
9|Nine civilians were killed on Thursday when warplanes struck the town of Maarat al-Numan. Rescuers pulled nine bodies from the rubble.
6|Six soldiers were killed when militants attacked a checkpoint near Palmyra on Thursday, the army said. The army said it killed 40 terrorists in a counter-attack over the past two weeks.
-|Dozens of people were killed in airstrikes on the town of Saraqib on Thursday, activists said.
2|Two people were killed in Douma on Thursday by a mortar shell. The town has been besieged since 2013, and hundreds have died there.
5;8|Thirteen civilians among them seven children were killed in air raids on Aleppo province on Thursday, a monitor said. "A woman and her three children as well as another child were killed when helicopters dropped a barrel bomb on the village of Tadif," the monitor said. In the west of the province "eight civilians including three children were killed when warplanes struck the village of Daret Izza."
7|Rebels kill 7 in Aleppo shelling. At least seven people died in rebel shelling of the Sheikh Maqsoud district of Aleppo on Thursday, a monitoring group said. More than 40 people were also wounded in the attack. The district has been under bombardment since February, which has killed more than 130 civilians.
12|Airstrikes hit a market in the city of Idlib on Thursday, killing at least 12 people, activists said. The Local Coordination Committees said the strikes killed 13 and wounded 29.
28|Airstrikes hit a school in the village of Hass on Thursday, killing 22 children and six teachers, the UN said.
86|At least 86 people were killed early on Tuesday in the chemical attack on Khan Sheikhoun. Three of the wounded have died in Turkish hospitals since then.
9|The death toll from a car bomb in the town of Azaz on Thursday rose to nine, the monitor said. Seven people were killed in the blast initially, and two of the wounded died later.
6|Six people were killed on Thursday in a suicide attack on a checkpoint in the town of Jableh. The attacker detonated his vest as a crowd of 50 people waited to pass. It was the third attack on the town in 2016.
16;4|Sixteen people were killed in airstrikes on the town of Saraqib on Thursday. In the town of Binnish, four civilians were killed in shelling.
3|Three soldiers were killed in clashes with militants near the city of Deir ez-Zor on Thursday, SANA said. The army killed dozens of terrorists in the clashes.
18|Eighteen people were killed and 40 wounded when two car bombs exploded in the city of Homs on Thursday. The bombs went off one after the other near a school.
5|A mortar shell hit a school in the Bab Touma district of Damascus on Thursday, killing five students and wounding 17 others, SANA reported. The students were aged between 12 and 15.
10|At least 10 fighters were killed on Thursday in clashes between Islamic State and rebel groups near the town of Marea. Four of the dead were rebels and six were jihadists.
40|A car bomb killed 40 people in the town of Jableh on Thursday. It was the deadliest attack in the town since the war began in 2011, in which more than 300,000 people have been killed.
14|Fourteen civilians, including four children, were killed in an airstrike on the town of Kafr Nabl on Thursday. Four children were among the dead, the civil defence said.
-;-|Airstrikes hit the towns of Saraqib and Binnish on Thursday. Dozens of people were killed, activists said.
23|23 killed in Russian raids on Ariha. Thursday 22 September 2016 Russian warplanes carried out several raids on the town of Ariha in Idlib countryside on Thursday, killing 23 civilians, among them eight children and five women. Civil defence teams pulled the bodies of the victims from the rubble of three buildings. The town has been targeted by more than 40 airstrikes since the start of the month.
11|Syria: 11 dead in Douma market strike. Regime warplanes struck a crowded market in the town of Douma east of Damascus on Thursday, killing 11 people, the Syrian Observatory for Human Rights said. "The market was full of people buying vegetables," an activist said. The Observatory said the toll could rise because 15 of the wounded were in critical condition. Douma has been under siege since 2013.
7;-|Seven soldiers were killed when Islamic State fighters attacked army positions near the T4 airbase in Homs province on Thursday, the monitor said. The army later shelled Islamic State positions in Palmyra.
12|A twin bombing killed 12 people in the city of Qamishli on Thursday, Kurdish officials said. The first bomb exploded near a restaurant and the second went off minutes later as people gathered to help the victims. The Islamic State group claimed responsibility for the attack, which it said killed 30 "infidels".
9|Terrorist rocket attack claims 9 lives in Aleppo. Nine citizens were martyred and 23 others were injured due to terrorist rocket attacks on al-Midan and al-Sulaimaniyeh neighborhoods in Aleppo city on Thursday. A source at Aleppo Police Command told SANA that terrorists fired 12 rocket shells on the two neighborhoods.
4|Four members of one family were killed when a shell hit their house in the town of Jisr al-Shughur on Thursday, a monitor said. The family had returned to the town two months ago after fleeing the fighting in 2015.
15|The number of people killed in a suicide car bombing at a checkpoint near the town of Azaz on Thursday has risen to 15, the monitor said. The previous toll was eight.
6|A suicide bomber blew himself up in the town of Manbij on Thursday, killing six people. Three of the dead were fighters of the Syrian Democratic Forces and three were civilians.
5;8|13 civilians killed in air raids on northern Syria. Thirteen civilians were killed in air raids on Aleppo province on Thursday, a monitor said. Five civilians were killed when helicopters dropped barrel bombs on the village of Tadif. In the west of the province eight civilians were killed when warplanes struck the village of Daret Izza.
5;3|Eight people were killed in shelling on Idlib province on Thursday. In Saraqib five people were killed. In Binnish three people were killed, including a child.
15|Ten people were killed on Thursday in an airstrike on a hospital in the town of Kafr Nabl. The death toll later rose to 15 as several of the wounded died.
7|Seven people were killed in an airstrike on the town of Atarib on Thursday. "We pulled seven bodies out of the rubble," a rescue worker said.
9;4|Nine people were killed in airstrikes on the town of Saraqib on Thursday. On Wednesday four people were killed in shelling on the town of Binnish.
12|Twelve civilians were killed on Thursday when regime helicopters dropped barrel bombs on the town of Anadan. Most of the victims were women and children. The White Helmets said they had recovered the bodies of 12 people.
8|Three soldiers killed in attack on checkpoint. Three soldiers were killed and four were wounded when gunmen attacked a checkpoint near the town of Jableh on Thursday. The army said it killed five of the attackers.
6|A car bomb exploded in the city of Azaz on Thursday. The blast killed six people and wounded 20, a monitor said. Six people were killed, among them two children.
4|Monitor: 4 dead in Daraa shelling. At least four people were killed in shelling on the city of Daraa on Thursday. The Syrian Observatory for Human Rights said the number of dead was likely to rise. The shelling also damaged a school.
32|Clashes between government forces and rebels near the town of Morek on Thursday killed at least 32 fighters, the Observatory said. The dead included 18 rebels and 14 pro-government fighters.
"""


def _cases(table: str) -> list[tuple[str, str, str]]:
    return [tuple(line.split("|", 2)) for line in table.strip().splitlines() if line and not line.startswith("#")]


def _expected(value: str) -> int | None:
    return None if value == "-" else int(value)


def unpunctuated(text: str) -> str:
    """``text`` as FA-KES scrapes it: no commas, no apostrophes."""
    return text.replace(",", "").replace("'", "").replace("\u2019", "")


def _run(table: str, reports: str, finder, gazetteer_date: date) -> tuple[int, int]:
    """(passed, failed) of one round's sentences and reports, each also told unpunctuated."""
    from geo.eventeval.scoring import tolls_agree
    from geo.extract.events import extract_events
    from geo.extract.numbers import find_fatalities
    from geo.extract.other_estimates import marked_estimates
    from geo.extract.tallies import event_toll

    failed = passed = 0
    sentences = [(lang, expected, told) for lang, expected, told in _cases(table)]
    sentences += [(lang, expected, unpunctuated(told)) for lang, expected, told in sentences if unpunctuated(told) != told]
    for lang, expected, sentence in sentences:
        found = event_toll(marked_estimates(sentence, find_fatalities(sentence, lang)))  # (as events.py reads them)
        if tolls_agree(_expected(expected), found):
            passed += 1
        else:
            failed += 1
            print(f"S want {expected:>4} got {found!s:>4} | {sentence}")
    texts = [line.split("|", 1) for line in reports.strip().splitlines()]
    for expected, text in [*texts, *((expected, unpunctuated(told)) for expected, told in texts)]:
        events = extract_events(text, "en", gazetteer_date, finder.find(text, "en"))
        found = sorted((e.fatalities for e in events if e.reported), key=lambda v: (v is None, v or 0))
        want = sorted((_expected(v) for v in expected.split(";")), key=lambda v: (v is None, v or 0))
        if len(found) == len(want) and all(tolls_agree(w, f) for w, f in zip(want, found, strict=True)):
            passed += 1
        else:
            failed += 1
            places = [(e.place.name if e.place else None, e.fatalities) for e in events if e.reported]
            print(f"T want {expected} got {places} | {text}")
    return passed, failed


def main() -> None:
    from bench.en_toll_cases2 import SENTENCES as SENTENCES2
    from bench.en_toll_cases2 import TEXTS as TEXTS2
    from bench.en_toll_cases3 import SENTENCES as SENTENCES3
    from bench.en_toll_cases3 import TEXTS as TEXTS3
    from bench.en_toll_cases4 import SENTENCES as SENTENCES4
    from bench.en_toll_cases4 import TEXTS as TEXTS4
    from bench.en_toll_cases5 import SENTENCES as SENTENCES5
    from bench.en_toll_cases5 import TEXTS as TEXTS5
    from geo.extract.places import PlaceFinder
    from geo.gazetteer.index import Gazetteer

    total_passed = total = 0
    with Gazetteer(os.environ["CONFLICTMAP_GAZETTEER"]) as gazetteer:
        finder = PlaceFinder(gazetteer)
        for name, table, reports in (("round 1", SENTENCES, TEXTS), ("round 2", SENTENCES2, TEXTS2),
                                      ("round 3", SENTENCES3, TEXTS3), ("round 4", SENTENCES4, TEXTS4),
                                      ("round 5", SENTENCES5, TEXTS5)):
            passed, failed = _run(table, reports, finder, date(2016, 9, 23))
            print(f"{name}: passed {passed}/{passed + failed}")
            total_passed, total = total_passed + passed, total + passed + failed
    print(f"passed {total_passed}/{total}")


if __name__ == "__main__":
    main()
