"""Third round of English toll probes (read by :mod:`bench.en_toll_probe`), written for this probe
before it was run: forms the first two rounds lack.  Sentences: two sources in one sentence (the
first figure), the dead told later added ("two others later died"), "X were among the N killed",
"of the N killed", the dead told by kind after "were" ("the dead were 12 civilians and eight
fighters"), "a dozen"/"two dozen" with qualifiers, headlines with "kill N, injure M", a running toll
beside the act's.  Reports: a headline's total over a list of places whose parts the body tells
(also unpunctuated), a lead's area total and the places inside it, a place's toll not its
neighbour city's, one act told again through a relative clause dated by the speaker's day, bodies
taken from the site of an act whose toll rose, a toll rising over sentences, a running toll after
the act's, the act of another kind at the same place, another source's figure.  Same formats as
the first round's tables."""

#: lang | toll ("-": none of one act) | a sentence
SENTENCES = """
# two sources in one sentence: the first figure
en|12|The monitor said 12 people were killed, while state media put the toll at eight.
en|8|State media said eight people were killed; the Observatory said 12.
en|10|The monitor gave a toll of 10 dead, while the civil defence said 14.
en|17|Local activists put the death toll at 17.
en|17|Local activists put the number of dead at 17.
# the dead told later, added
en|7|Five people were killed and two others later died of their wounds.
en|8|Five were killed outright and three more died later in hospital.
en|8|Six people were killed instantly and two died on the way to hospital.
en|4|The attack killed four people, two of whom died in hospital.
en|8|Eight people died in the attack, six of them on the spot.
# parts told with the whole
en|6|Two children were among six people killed in the strike.
en|6|Four of the six people killed were women.
en|20|Of the 20 people killed, 12 were civilians.
en|20|Twenty people died, 12 of them civilians and eight fighters.
en|20|The dead were 12 civilians and eight fighters.
en|14|A total of 14 people, nine civilians and five fighters, were killed.
en|11|Two women and three children were among the 11 dead.
en|11|Eleven people, among them the bomber, were killed.
en|9|Nine people were killed and 30 were wounded, including five children.
en|7|Seven people were killed, including three children who were playing in the street.
en|16|Sixteen people, eight of them members of one family, were killed.
en|6|At least six people were killed, three of whom were children, and dozens injured.
en|10|Nine militants and a soldier were killed.
en|2|Two soldiers were killed and a third wounded.
en|1|A man was killed and his wife wounded.
en|1|The attack killed a man and wounded his two sons.
en|1|A mortar round killed a girl and wounded her mother.
en|1|One person was killed and another wounded.
# counts in words with qualifiers
en|12|More than a dozen people were killed in the raid.
en|24|At least two dozen soldiers were killed in the ambush.
en|24|Some two dozen people were killed.
# the toll rising
en|45|The death toll from Sunday's massacre in the village has climbed to 45, after rescuers found more bodies.
en|45|The toll has risen to 45 dead and more than 100 wounded.
en|45|The toll stands at 45 killed.
en|7|The number of people killed in the shelling rose to seven, among them two children.
en|7|Seven people have now died as a result of the shelling.
en|20|The bombing killed 20, up from an initial toll of 12.
en|20|The initial toll of 12 dead rose to 20.
en|17|Medics said at least 17 bodies had been brought to the hospital.
en|17|The hospital received 17 bodies and dozens of wounded.
# the act's toll beside a running one
en|3|Three civilians were killed, raising to 40 the number of people killed in the town since Sunday.
en|3|Three civilians were killed, bringing the death toll from the week's strikes to 40.
en|-|At least 40 people have been killed in the city in the past 48 hours.
en|25|On Sunday alone, 25 people were killed in the town.
en|11|A further 11 people were killed in the afternoon.
en|12|Twelve civilians were killed and 40 wounded when two car bombs exploded in quick succession.
en|3|The shelling killed at least three people and wounded 15, according to a toll by the Observatory.
en|10|Warplanes killed 10 people, the Observatory said, adding that the toll was likely to rise.
# headlines
en|3|At least 3 killed, 12 injured in shelling on Homs
en|2|Mortar shells kill 2, injure 7 in Damascus
en|14|Syria: 14 people killed including 4 children in airstrikes
"""

#: toll per reported event (sorted; "-" none) | a short report, published on a Friday
TEXTS = """
1;5|6 killed in terrorist attacks on Damascus and Aleppo. Terrorists fired mortar shells on the Bab Touma neighborhood in Damascus on Thursday, killing a woman. In Aleppo, rocket shells hit the al-Midan neighborhood on Thursday, killing five people.
1;1;3|5 civilians killed, 12 injured in rocket attacks on Damascus, Aleppo and Homs. A rocket shell hit the Bab Touma neighborhood of Damascus on Thursday, killing a man. In Aleppo, three people were killed when rockets hit the al-Midan neighborhood on Thursday. In Homs, a woman was killed by a mortar shell on the Akrama neighborhood on Thursday.
1;1;2|Four killed including two women in terrorist attacks in Aleppo and Quneitra. A woman was killed by a rocket shell on the al-Hamadaniyeh neighborhood in Aleppo city on Thursday. Later two more people were killed in a rocket attack on the al-Jamiliyeh neighborhood. In Quneitra province another woman was killed by sniper fire in the town of Hader on Thursday.
1;3;7|Shelling on the Eastern Ghouta region near Damascus killed at least eight civilians on Thursday, a monitor said. Seven people were killed in Douma, the main town of the region. Another child was killed in Harasta. Rebels fired rockets on Damascus, killing three civilians on Thursday.
15|Amnesty International said on Friday that an air strike that killed 15 people at a school in the town of Haas on Thursday was carried out by Russian jets. The strike hit the school during classes.
126|A suicide car bomb hit a convoy of buses near the town of Rashidin on Thursday, killing at least 100 people. The death toll from the bombing reached 126 on Friday, the monitor said.
60|The death toll from Thursday's car bomb attack on a bus convoy near the town of Rashidin rose to 60 on Friday, the monitor said. Rescue workers said they had taken 45 bodies from the site of Thursday's blast.
9|Airstrike kills 9 in Idlib's Saraqib. Warplanes struck a market in the town of Saraqib on Thursday, activists said. The strike destroyed several shops.
15|Airstrikes kill 15 in Douma. Warplanes struck the town of Douma on Thursday, killing dozens, activists said.
12|The Observatory said 12 people were killed in airstrikes on the town of Ariha on Thursday. State media said eight people were killed.
8|State news agency SANA said eight people were killed when rebels shelled the town of Mhardeh on Thursday. The Observatory put the toll at 11.
-|Rebel shelling on the town of Mhardeh on Thursday wounded 14 people, state media said. Two of them are in critical condition.
12|Airstrikes on the town of Atarib on Thursday killed nine people. Rescuers later pulled three more bodies from the rubble, raising the toll to 12.
12|Airstrikes on the town of Atarib on Thursday killed nine people. Three more people died of their wounds overnight.
5|Airstrikes killed five people in the town of Douma on Thursday, the monitor said. The strikes brought to 120 the number of civilians killed in the Eastern Ghouta since the start of the month.
5|Airstrikes killed five people in the town of Douma on Thursday. More than 120 civilians have been killed in Douma since the start of the offensive.
11|Eleven civilians, including four children, were killed in shelling on the town of Kafr Batna on Thursday. The four children were killed when a shell hit their school.
4|Shelling killed four people in the town of Harasta on Thursday. The town was hit by an air strike last year that killed 25 people.
48|Toll from Qamishli bombing rises to 48. The death toll from a truck bomb attack in the city of Qamishli on Thursday has risen to 48, Kurdish officials said. Initial reports had said 30 people were killed.
4;6|Government forces shelled the town of Talbiseh on Thursday, killing six civilians. Rebels later attacked an army checkpoint near the town, killing four soldiers.
6;9;10|At least 25 people were killed in air strikes across Idlib province on Thursday. In Saraqib, 10 people died. In Binnish, air strikes killed six people. Nine more were killed in Sarmin.
5;12|Airstrikes on Thursday killed 12 people in Saraqib and 5 in Binnish the monitor said.
17|The Observatory said on Friday that 17 people were killed in air strikes on the town of Saraqib on Thursday.
1;20|Regime airstrikes killed 20 civilians on Thursday in the Bab al-Maqam neighborhood of Aleppo. One civilian was killed by a barrel bomb dropped on the al-Jalloum district.
9|Nine people, including four children, were killed in the shelling of the town of Douma on Thursday. The four children were from one family.
8;12|A car bomb killed eight people in the town of Azaz on Thursday. It was the second bombing in the town this week, after a suicide attack on Monday killed 12.
"""
