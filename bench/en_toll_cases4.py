"""Fourth round of English toll probes (read by :mod:`bench.en_toll_probe`), written for this probe
before it was run, from the mechanisms read in development errors: the dead since a campaign began
("in an offensive which began last weekend", "the siege, which began in July"; FR "l'offensive
lancée mardi"), strikes told going on over days ("which began Saturday and continued Sunday"),
casualties that are wounded and dead together, the wounded's dead told as a part of them ("two of
whom later died"), the dead of the other side added ("12 soldiers and
20 militants"), "including" and "among them" parts, number words and "a"/"an" for one, another
act's toll in a relative clause.  Reports: a headline's total over places written back to back (a
list scraped of its commas: "in Damascus Aleppo and Homs"), each place's dead told after it; an
offensive's running toll beside the day's act; a toll told in the headline only; one act retold
through a relative clause.  Same formats as the first round's tables."""

#: lang | toll ("-": none of one act) | a sentence
SENTENCES = """
# the dead since a campaign began: no one act's
en|-|Kurdish fighters have killed at least 140 jihadists in an offensive which began last weekend, the monitor said.
en|-|Government forces killed 95 rebels in an offensive that started on Monday, according to the Observatory.
en|-|The offensive, launched last Thursday, has so far cost the lives of 70 soldiers.
en|-|The siege of the town, which began in March, has killed more than 250 people.
en|-|The campaign, which began 10 days ago, has left 310 civilians dead, activists said.
en|-|Air strikes which began on Friday and continued on Saturday killed 38 people in the province.
en|-|Shelling that started on Monday and went on until Wednesday killed 27 civilians in the town.
fr|-|L'offensive lancée mardi par les forces kurdes a fait 85 morts parmi les jihadistes, selon l'OSDH.
fr|-|Les bombardements, qui ont commencé samedi et se sont poursuivis dimanche, ont tué 33 civils.
# a campaign's first day told, the toll of that day
en|16|Troops launched an offensive on the town on Monday, killing 16 rebels, the monitor said.
en|9|Air strikes that began early on Tuesday killed nine people in the village.
en|21|The assault began at dawn and killed 21 soldiers before noon.
en|12|Rebels killed 12 soldiers on Thursday in an attack on a checkpoint, days after an offensive began on Monday.
# casualties: dead and wounded together
en|-|The blast caused 40 casualties, the health ministry said.
en|-|At least 25 people were killed or wounded in the shelling of the market.
en|-|The strike left 18 casualties among the residents of the building.
en|6|The blast killed six people and caused dozens of casualties.
# the wounded's dead told as a part of them: more dead
en|2|Fifteen people were wounded in the blast, two of whom later died in hospital.
en|9|Seven people were killed and 20 injured, two of whom died overnight.
en|1|Six people were hurt in the shelling and one of them later died.
en|6|Six people were killed, two of whom died on the way to hospital.
# the dead of both sides added
en|32|Clashes killed 12 soldiers and 20 militants near the airbase on Monday.
en|15|Ten rebels and five members of the pro-government forces died in the fighting.
en|19|The fighting left 11 jihadists and eight Kurdish fighters dead.
# parts of a whole told with it
en|24|At least 24 people, including seven children, were killed in the raid.
en|24|At least 24 people were killed in the raid, among them seven children and four women.
en|30|Thirty people died, most of them civilians, in the bombing of the bus station.
en|13|The strike killed 13 members of one family, among them a two-year-old girl.
# one: "a"/"an", "one"
en|1|A paramedic was killed when a shell hit his ambulance near the hospital.
en|1|An elderly man was shot dead by a sniper in the old city.
en|1|One fighter was killed and four were wounded in the ambush.
en|2|A woman and her son were killed when a rocket hit their home.
en|3|A man, his wife and their daughter died when a barrel bomb hit their house.
"""

#: toll per reported event (sorted; "-" none) | a short report, published on a Friday
TEXTS = """
4;2;1|Seven civilians killed in rocket attacks on Damascus Aleppo and Homs. Thursday 22 September 2016 A rocket shell hit the Qassaa district of Damascus city on Thursday killing four people. In Aleppo two people were killed when rockets landed on the Midan district. In Homs a man was killed by a mortar shell that fell near the clock tower on Thursday.
3;2|Five killed in terrorist shelling on Hama Latakia. Thursday 22 September 2016 Terrorists fired rocket shells on Hama city on Thursday killing three civilians. A source in Latakia said two people were killed in a rocket attack on the city.
12|Air strikes kill 12 in Saraqib. Air strikes on the town of Saraqib in Idlib province killed 12 civilians on Thursday, the Observatory said. The strikes are part of an offensive which began last weekend and has killed more than 200 people.
-|Kurdish forces kill 140 jihadists in week-long push. Kurdish forces have killed at least 140 jihadists in an offensive which began last weekend in Hasakeh province, the monitor said on Thursday.
10|Ten killed in Ariha market strike. Warplanes struck a market in the town of Ariha on Thursday. Ten people were killed, among them three children, the civil defence said.
25|A suicide bomber killed 25 people at a checkpoint in the town of Azaz on Thursday. The attack, which killed 25 people including 14 fighters, was claimed by the Islamic State group.
9;-|Nine soldiers were killed on Thursday when militants attacked a checkpoint near Palmyra, the army said. The army then shelled militant positions in the area, killing and wounding dozens.
8;30|Eight people were killed on Thursday in a car bombing in the town of Azaz, a week after a suicide attack that killed 30.
5|A mortar shell killed five people in the Bab Touma district of Damascus on Thursday, near the site of a blast that killed 12 last month.
14;22|Air strikes kill 14 in Douma. Air strikes on the town of Douma killed 14 people on Thursday, the Observatory said. On Wednesday, air strikes on the town of Harasta killed 22 people.
"""
