"""Second round of English toll probes (read by :mod:`bench.en_toll_probe`): wire forms the first
round lacks, written for this probe in the styles of Reuters, AP, AFP, Al Jazeera, the SOHR's own
reports, Syrian state media and scraped copy: a toll rising ("up from"), "the dead included",
bodies, "claimed N lives", "left N dead", fatalities, kin, "killing N, including M" (N), groups
and sides added up, a toll told in a later sentence about "the attack", a headline told again,
wounded, missing and arrested (no dead), numbers in words, several sources (the article's lead
figure), unpunctuated copy.  Same formats as the first round's tables."""

#: lang | toll ("-": none of one act) | a sentence
SENTENCES = """
# the toll rising
en|23|The death toll from Tuesday's car bombing rose to 23, the health ministry said.
en|23|The death toll rose to 23 on Wednesday after two of the wounded died.
en|23|Two of the wounded died overnight, raising the death toll to 23.
en|23|Rescuers pulled two more bodies from the rubble, raising the toll to 23.
en|23|The toll rose to 23, up from 17 announced earlier.
en|23|The death toll climbed to 23 from 17.
en|23|The death toll has now reached 23, the monitor said.
en|23|The monitor revised the death toll up to 23.
en|23|The death toll now stands at 23.
en|23|The number of people killed rose to 23, including five children.
en|23|The toll from the attack has gone up to 23.
en|23|The death toll jumped from 11 to 23 overnight.
en|23|The Observatory raised its toll to 23 dead.
en|23|The number of dead has risen to 23, up from an earlier toll of 17.
# the dead included, among the dead
en|12|Twelve people were killed and the dead included four children.
en|12|Twelve people were killed, and among the dead were four children.
en|12|Twelve people were killed in the strike; among the dead were four children and two women.
en|12|Twelve people died, among them four children.
# bodies
en|9|The bodies of nine civilians were pulled from the rubble.
en|9|Rescuers retrieved the bodies of nine people from the collapsed building.
en|9|Civil defence workers recovered nine bodies from the site.
en|9|Nine bodies were recovered from the rubble on Wednesday.
en|14|The bodies of 14 men, their hands tied behind their backs, were found near the river.
en|9|Rescuers pulled nine bodies from the rubble of the building.
# died when, perished
en|6|Six people died when a shell struck their car on the road to the city.
en|6|Six civilians died in the shelling, the monitor said.
en|6|Six members of the security forces died in the attack.
en|6|Six people perished when the building collapsed after the strike.
# lives claimed
en|17|The bombing claimed 17 lives, the ministry said.
en|17|The attack claimed at least 17 lives, including those of three children.
en|17|The explosion claimed the lives of 17 people and wounded 40.
en|17|The blast, which claimed 17 lives, was the deadliest in the city this year.
# left dead
en|11|The airstrike left 11 people dead.
en|11|The assault left at least 11 soldiers dead and 20 wounded.
en|11|The shelling left eleven civilians dead, among them three children.
en|11|The strike left 11 dead, the monitor said.
# fatalities, lost their lives
en|5|The raid caused five fatalities, the civil defence said.
en|5|There were five fatalities in the attack.
en|5|The attack resulted in five fatalities and 12 injuries.
en|8|Eight people lost their lives in the bombing.
en|8|At least eight civilians lost their lives when the market was hit.
en|8|Eight people, among them three children, lost their lives.
# one family, kin
en|7|Seven members of one family were killed when their home was hit by a barrel bomb.
en|7|Seven members of the same family were killed in the airstrike.
en|7|An airstrike killed seven members of one family in the town.
en|6|Six members of a family, including four children, were killed.
en|3|A man and his two sons were killed in the shelling.
en|3|The strike killed a man and his two sons.
en|2|A woman and her daughter were killed by a sniper.
en|4|A father and his three children were killed when a shell hit their house.
en|5|A woman and her four children were killed in the air raid.
# the whole and its parts
en|15|The airstrike killed 15 people, including six children.
en|15|A car bomb exploded in the town, killing 15, including six children.
en|15|Warplanes struck the market, killing at least 15 people including six children and four women.
en|15|The shelling killed 15 civilians, six of them children.
en|15|Fifteen people, six of them children, were killed.
en|15|The strike killed 15 people, among them six children.
# groups added up
en|14|Nine civilians and five fighters were killed in the strikes.
en|14|The strikes killed nine civilians and five fighters.
en|14|The raid killed nine civilians as well as five fighters.
en|14|Nine civilians were killed along with five rebel fighters.
# both sides of a clash
en|25|Fifteen soldiers and 10 rebels were killed in the clashes.
en|25|The clashes killed 15 soldiers and 10 rebels, the monitor said.
en|25|At least 15 government troops and 10 Islamic State militants were killed in the fighting.
en|25|The fighting left 15 soldiers and 10 rebels dead.
en|25|Fifteen soldiers were killed in the clashes, as were 10 rebels.
en|25|Fifteen regime soldiers died in the battle, while the rebels lost 10 fighters.
en|25|The clashes killed 15 members of the regime forces and 10 rebel fighters.
# qualifiers
en|40|More than 40 people were killed in the bombing.
en|40|Nearly 40 people were killed.
en|40|Some 40 people were killed in the attack.
en|40|At least forty people were killed.
en|40|Almost 40 people died.
en|40|The attack killed upwards of 40 people.
en|40|No fewer than 40 people were killed.
en|40|An estimated 40 people were killed in the attack.
en|40|The attack killed at least 40, the monitor said.
# dead and wounded
en|7|Seven dead and 30 wounded in the explosion.
en|7|The bombing killed seven and wounded 30.
en|7|Seven people were killed and 30 wounded, the ministry said.
en|7|The toll stood at seven dead and 30 wounded.
en|7|Seven killed, 30 hurt as bomb hits bus
en|7|The blast killed seven people and injured at least 30 others.
# wounded, missing, arrested, abducted: no dead
en|-|Twelve people were wounded and three are missing after the strike.
en|-|Security forces arrested 25 people after the attack.
en|-|Ten people are still missing under the rubble.
en|-|Twenty people were abducted from the village.
en|-|Thirty people were injured in the blast, five of them critically.
en|3|Three people were killed, 12 wounded and five are missing.
en|-|Fifteen people were taken to hospital.
en|-|The gunmen kidnapped 12 people.
en|-|Forty people were detained in the raid.
en|-|Twelve wounded were evacuated to Turkey.
# numbers in words
en|23|Twenty-three people were killed in the attack.
en|23|Twenty three people were killed in the attack.
en|12|A dozen soldiers were killed in the ambush.
en|24|Two dozen people were killed in the raids.
en|112|One hundred and twelve people were killed.
en|18|Eighteen killed in strike on market
en|6|Half a dozen soldiers died in the ambush.
# sources
en|30|At least 30 people were killed, according to the Syrian Observatory for Human Rights.
en|30|According to the monitor, 30 people were killed in the raids.
en|30|The ministry said 30 people had been killed, while activists put the toll at 45.
en|30|Thirty people were killed, the ministry said; the Observatory put the toll at 45.
en|30|State media said 30 people were killed, while the Observatory gave a toll of 45.
en|30|SOHR said 30 were killed; activists said the figure was as high as 45.
# scraped copy
en|1200|More than 1200 people were killed in the gas attack.
en|1200|The gas attack killed 1200 people according to the opposition.
en|14|Syrias state news agency said 14 people were killed in the blast.
en|14|The regimes warplanes killed 14 civilians in the towns market.
# headlines
en|9|Car bomb kills nine in Syrias Azaz
en|9|Nine dead in Syria car bomb
en|9|Syria: nine killed in car bomb blast
en|9|Death toll from Azaz car bomb climbs to nine
en|9|Toll in Azaz car bombing rises to 9
"""

#: toll per reported event (sorted; "-" none) | a short report, published on a Friday
TEXTS = """
12|Car bomb kills 12 in Syria's Azaz. A car bomb exploded in the border town of Azaz on Thursday, killing 12 people, a monitor said. The blast went off near a mosque.
14|A suicide bomber blew himself up at a checkpoint in the city of Jableh on Thursday. The attack killed 14 people, state media said.
21|Warplanes struck a market in the town of Saraqib on Thursday. The strike killed at least 21 civilians, including five children, the Observatory said.
13|A car bomb hit the town of Azaz on Thursday, killing eight people. By evening the death toll had risen to 13, the monitor said.
19|At least 19 people were killed in airstrikes on the town of Ariha on Thursday, the monitor said, up from an earlier toll of 12.
16|Airstrikes on the town of Kafr Nabl on Thursday killed 16 people. Among the dead were six children.
16|Sixteen people were killed when a barrel bomb hit a market in the town of Anadan on Thursday. The dead included six children and four women.
18|A car bomb killed 18 people in the city of Qamishli on Thursday, Kurdish officials said. The Syrian Observatory for Human Rights put the toll at 25.
4|Terrorists fired rocket shells on residential neighborhoods in Homs city on Thursday, claiming the lives of 4 citizens and injuring 11 others, a source at Homs Police Command told SANA.
52|Fierce clashes broke out between the army and Islamic State fighters near the town of Al-Bab on Thursday. Twenty soldiers and 32 jihadists were killed, the Observatory said.
10|A barrel bomb hit the town of Daraya on Thursday, killing 10 people, including four children, activists said.
3;5|Regime shelling killed eight people in the towns of Saraqib and Binnish on Thursday: five in Saraqib and three in Binnish.
3|A man and his two sons were killed when a shell hit their house in the town of Douma on Thursday, activists said.
22|A suicide car bomb struck a checkpoint near the town of Azaz on Thursday, leaving 22 people dead, the monitor said.
9|A car bomb claimed the lives of 9 people in the city of Homs on Thursday, SANA said.
11|Syrian government airstrikes on the town of Saraqib in the northwestern province of Idlib killed 11 people on Thursday, activists said. The Local Coordination Committees, another activist group, said 15 people were killed.
25|At least 25 people were killed on Thursday when a car bomb exploded in a market in the town of Azaz near the Turkish border, a monitor said. "The toll could rise because there are many seriously wounded," Observatory director Rami Abdel Rahman told AFP.
30|At least 30 people, including 10 children, have been killed in air raids on the town of Khan Sheikhoun in Idlib province, activists say. The attacks on Thursday targeted a market and a school.
14|Syrian regime forces killed 14 civilians in the town of Douma on Thursday the SOHR said. The victims included 5 children and 3 women.
26|Warplanes bombed the village of Hass in Idlib province on Thursday. At least 26 people were killed, most of them children, the monitor said.
50|Nearly 50 fighters were killed in clashes near the city of Deir ez-Zor on Thursday, the Observatory said.
30|Death toll in Azaz bombing rises to 30. The death toll from a car bomb in the town of Azaz on Thursday rose to 30, the monitor said, after an earlier toll of 22.
11|Eleven people died when a shell struck a bus in the town of Jableh on Thursday, state media said.
48|A car bomb in the city of Qamishli on Thursday caused 48 fatalities, the Kurdish Red Crescent said.
9|Nine civilians lost their lives in regime shelling on the town of Douma on Thursday, the civil defence said.
12|A dozen soldiers were killed in an ambush near the town of Palmyra on Thursday, the monitor said.
17|Russian warplanes carried out raids on the town of Ariha on Thursday. The raids killed 17 civilians, the Observatory said.
31|The death toll from Thursday's airstrike on a market in the town of Saraqib has risen to 31, up from 19, the monitor said.
23|At least 9 regime soldiers and 14 rebels were killed in clashes near the town of Kafr Nabuda on Thursday, the Observatory said.
16|Two car bombs exploded in the city of Homs on Thursday, leaving 16 dead and 50 wounded, the governor said.
7|Seven members of one family were killed when warplanes struck their house in the town of Maarat al-Numan on Thursday, the monitor said. The family had fled the fighting in Aleppo.
15|BEIRUT (AP) - A car bomb exploded Thursday in a northern Syrian town near the Turkish border, killing at least 15 people, activists said. The blast in Azaz struck near a mosque.
20|BEIRUT (Reuters) - Air strikes killed at least 20 people in the rebel-held town of Douma on Thursday, a war monitor said.
7|The Syrian Observatory for Human Rights documented the death of 7 civilians, including 2 children, in airstrikes by warplanes on the town of Kafranbel on Thursday.
2|Two citizens were martyred and 5 others were injured in a terrorist rocket attack on Jaramana city in Damascus Countryside on Thursday, a police source told SANA.
12|At least 12 people have been killed in a suspected Russian air strike on a market in the town of Ariha on Thursday, according to activists and rescue workers. Eight of the dead were from the same family.
17|Seventeen people were killed on Thursday when a suicide bomber struck a wedding in the town of Hasakah, the Observatory said. Kurdish officials gave a toll of 22.
10|Six rebels were killed in clashes with government forces near the town of Morek on Thursday. The army also lost four soldiers, the monitor said.
9|A mortar shell slammed into a school in the Damascus district of Qassaa on Thursday. Nine children were among the dead, state media said.
3|Gunmen shot dead a man and his two sons at a checkpoint near the town of Salamiyah on Thursday, the monitor said.
11|Regime barrel bombs killed 11 people in the town of Daraya on Thursday. The toll includes four children.
8|Syrian troops shelled the rebel-held town of Talbiseh in Homs province on Thursday. Eight civilians, among them three women, died in the bombardment, the Observatory said.
5|A roadside bomb struck a military bus near the town of Salamiyah on Thursday, state TV said. Five soldiers died and 11 were injured.
13|At least 13 civilians, most of them women and children, were killed on Thursday in air strikes on the town of Jisr al-Shughur, the Syrian Observatory for Human Rights said. Rescuers were still digging through the rubble.
4|Four people, including a child, were killed when a shell landed on a bakery in the town of Atarib on Thursday, the White Helmets said.
19|Nineteen fighters from the Islamic State group died in clashes with Kurdish forces near the town of Tal Abyad on Thursday, the monitor said. Kurdish forces lost three fighters.
10|Gunmen opened fire on a minibus near the town of Salamiyah on Thursday, killing 10 passengers, SANA reported. Among the dead were two children.
6|An Israeli strike hit a position near the town of Quneitra on Thursday, killing six fighters, the monitor said. The dead were all members of Hezbollah.
2|A sniper killed two people in the town of Madaya on Thursday, activists said. The victims were a man and his son.
14|Government air strikes on the town of Douma killed 14 people on Thursday. The Observatory said the dead included six children, while a local council put the toll at 19.
40|Islamic State militants killed around 40 people in an attack on the village of Aqareb on Thursday, the monitor said. Most of the victims were women and children.
9|A car bomb exploded near a hospital in the town of Tal Abyad on Thursday. "Nine people were killed and dozens wounded," a local official told Reuters.
12|Two car bombs went off in quick succession in the city of Qamishli on Thursday, killing 12 people. The first blast hit a restaurant and the second a crowd that had gathered.
6|Regime helicopters dropped barrel bombs on the town of Darayya on Thursday, killing six people. The bodies of the six were pulled from the rubble by rescuers.
"""
