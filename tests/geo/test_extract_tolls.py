"""Tolls that are tolls: a number is an event's fatalities only when its sentence counts the
people killed in that act (sentences written for these tests, EN and FR).

One table, :data:`TOLLS`, holds every sentence and the toll its act is told to have (``None``:
no toll of one act), grouped by the rule it shows: the toll beside dates, times and ages, in
number words, told as groups (each side's dead, two kinds at once, "and 12 others"), by a noun
("the beheading of 11"), with the victims' group, its parts (apposition, "including") that are no
more dead, the dead told group by group ("killing a woman and nine children": 10,
:mod:`geo.extract.victim_groups`), other verbs of a whole so far ("the toll hits 43":
:mod:`geo.extract.toll_forms`), and the counts that are no act's (vague, cumulative, war-long or
weekly, countrywide, over several places, the dead a funeral mourns: GUIDELINES' number killed in
*that* event), a
range (its lower figure: :mod:`geo.extract.count_ranges`), dozens counted ("two dozen"), one of
kin told without a count ("a man and his wife"), and a period the act is only compared with ("the
deadliest attack since the war began": no running toll).
:data:`TALLIES` holds the sentences a tally is told in turn (a part told twice word for word is
one part, "another woman" one more), and :data:`TOLLS_OF_TEXTS` the texts whose sentences tell
one toll together (retold, or told in parts after the whole).  The rows "probed with wire-style
sentences of our own" are the forms bench/en_toll_probe.py found wanting (a part of a counted whole,
more verbs of killing, a country's day or this month's dead, a family counted by its members, the
groups opening a passive toll: in :data:`TOLD_FORMS`; in :data:`TALLIES`, the wounded who died
after, the attackers' claim and dead).  The same words told twice (a sentence or a headline
scraped twice, glued into one) count once
(:attr:`geo.extract.numbers.Fatalities.said`)."""

from datetime import date

import pytest

from geo.extract.events import extract_events
from geo.extract.number_words import parse_number
from geo.extract.numbers import find_fatalities
from geo.extract.other_estimates import marked_estimates
from geo.extract.tallies import Tally, event_toll


def toll(sentence: str, lang: str) -> int | None:
    """The toll of the act ``sentence`` tells (``None``: none of one act)."""
    return event_toll(find_fatalities(sentence, lang))


@pytest.mark.parametrize(
    ("words", "lang", "value"),
    [("forty-two", "en", 42), ("one hundred and seven", "en", 107), ("a hundred", "en", 100), ("a dozen", "en", 12),
     ("une dizaine de", "fr", 10), ("une centaine", "fr", 100),
     ("quarante-deux", "fr", 42), ("quatre-vingt-dix-sept", "fr", 97), ("soixante et onze", "fr", 71),
     ("deux cent trois", "fr", 203), ("2\u202f400", "fr", 2400)],
)
def test_number_words_in_both_languages(words, lang, value):
    assert parse_number(words, lang) == value


@pytest.mark.parametrize(("words", "lang"), [("un", "en"), ("sept", "en"), ("seize", "en"), ("cent", "en"),
                                             ("UN", "fr"), ("dozens", "en"), ("dizaines", "fr")])
def test_words_of_the_other_language_acronyms_and_vague_quantities_are_not_numbers(words, lang):
    assert parse_number(words, lang) is None


#: (sentence, language, the toll of its act or None)
TOLLS = [
    # a year, a time, a date, an age in a killed sentence
    ("In 2021 nine farmers were killed when a mine exploded near the road at 10:45.", "en", 9),
    ("17-04-2021 4 villagers killed in a mortar attack on the hill town.", "en", 4),
    ("On 14 April 2021 gunmen killed six shepherds outside the village.", "en", 6),
    ("A 15-year-old girl was among five people killed by the drone.", "en", 5),
    ("Le 3 mai 2021 à 14h30, un obus a tué sept passants sur la place.", "fr", 7),
    # number words
    ("Twenty-seven soldiers died when the convoy was ambushed.", "en", 27),
    ("Quarante-trois civils ont péri dans le bombardement du marché.", "fr", 43),
    ("Dix-neuf ouvriers meurent dans l'effondrement de l'usine bombardée.", "fr", 19),
    ("Les frappes ont fait vingt et un morts dans le quartier.", "fr", 21),
    # parts of a toll already counted
    ("At least 31 people, including 12 children, died in the raid on the school.", "en", 31),
    ("Au moins 64 personnes, dont 20 enfants, ont été tuées dans l'attaque.", "fr", 64),
    ("Eleven civilians from the same family were killed in the strike.", "en", 11),
    # killed and wounded told apart
    ("The bomb killed four people and wounded thirty others.", "en", 4),
    ("Trois soldats ont été tués et dix autres blessés dans l'embuscade.", "fr", 3),
    ("3 killed 14 injured in mortar attack on the old town Three people were killed and 14 others were "
     "injured when mortar shells hit the old town.", "en", 3),
    ("Rockets hit the market killing four people, eleven others wounded.", "en", 4),
    ("6 killed 20 injured in shelling of the old town", "en", 6),
    # another group killed in the same act is added
    ("The strike killed seven rebels and 3 others died later in hospital.", "en", 10),
    ("The raid killed two guards and 5 others, the agency said.", "en", 7),
    ("Four nurses and two doctors were killed when the clinic was hit.", "en", 6),
    ("Cinq enfants et trois femmes ont été tués dans la frappe.", "fr", 8),
    ("Raiders killed 14 guards at the depot; the toll among the raiders rose to five.", "en", 19),
    ("Air strikes hit the school on Wednesday, killing 22 children and six teachers.", "en", 28),
    ("Les frappes ont tué 22 enfants et six enseignants dans l'école.", "fr", 28),
    ("Shelling killed six family members in their home.", "en", 6),
    # the kin told with a victim are more dead, a part's kin no more
    ("A woman and her three children were killed when the shell hit their house.", "en", 4),
    ("The strike killed a man and his two sons near the bakery.", "en", 3),
    ("Un homme et ses deux fils ont été tués dans la frappe.", "fr", 3),
    ("La frappe a tué une femme et ses trois enfants.", "fr", 4),
    ("Eight people, among them a woman and her three children, were killed in the raid.", "en", 8),
    # a headline's present tense
    ("Des frappes russes tuent 16 civils dans le nord.", "fr", 16),
    ("Guards shoot dead six gunmen at the checkpoint.", "en", 6),
    # a first group with a verb of its own is a clause of its own, not victims added to
    ("In the attack 18 of the 31 trucks were destroyed and 20 civilians were killed.", "en", 20),
    ("Dans l'attaque, 18 des 31 camions ont été détruits et 20 civils ont été tués.", "fr", 20),
    # the killers before an active verb, the dead after it
    ("On Wednesday three suicide bombers killed at least two people near the police headquarters.", "en", 2),
    ("Mercredi, trois kamikazes ont tué au moins deux personnes près du siège de la police.", "fr", 2),
    ("Four gunmen shot dead a soldier at the checkpoint on Sunday.", "en", 1),
    ("Six rockets killed two children in the old market.", "en", 2),
    # a second count that is the wounded leaves the first the dead's
    ("5 civilians killed 12 injured in rocket attacks on the city.", "en", 5),
    ("Three soldiers were killed when two bombers attacked the post.", "en", 3),
    # the victims told with what they were doing, then a passive "killed"
    ("At least 15 people queuing for bread were killed when the bomb went off.", "en", 15),
    ("At least 15 people who were queuing for bread were killed.", "en", 15),
    ("Six enfants jouant devant leur maison ont été tués par un obus.", "fr", 6),
    ("Au moins 15 personnes qui faisaient la queue devant la boulangerie ont été tuées.", "fr", 15),
    ("Ten soldiers stationed at the checkpoint were wounded, two were killed.", "en", 2),
    # two groups, the second of one victim
    ("Two rebels and a civilian were killed in the clashes near the town.", "en", 3),
    ("Deux soldats et un civil ont été tués dans les combats près de la ville.", "fr", 3),
    ("Two soldiers and a policeman were killed and a child was wounded.", "en", 3),
    # "claimed lives of", "a confirmed"
    ("An airstrike has claimed lives of eight civilians in the town, local media reported.", "en", 8),
    ("The army killed a confirmed 33 militants on Sunday, a spokesman said.", "en", 33),
    # the dead beside the things destroyed
    ("The strike killed 12 and destroyed 3 houses in the village.", "en", 12),
    ("The army destroyed 56 terrorists and three tanks, the agency said.", "en", 56),
    # nobody died
    ("No one was killed in the explosion, the police said.", "en", 0),
    ("L'explosion n'a pas fait de victimes selon la police.", "fr", 0),

    # a clock time glued to a headline, and a number word, are no gap of another number
    ("Monday 4 March 2019 16:45 Seven Farmers Killed in Shelling on the Valley Today.", "en", 7),
    ("Lundi 4 mars 2019 16h45 Sept agriculteurs tués par des obus dans la vallée.", "fr", 7),
    # the executed and the hanged
    ("Plus de 20 prisonniers ont été exécutés par les assaillants dans la garnison.", "fr", 20),
    ("Trois otages ont été pendus sur la place du marché.", "fr", 3),
    ("Four hostages were hanged in the market square by the militants.", "en", 4),
    # the toll of a long subject
    ("The death toll from the truck bomb that hit the crowded vegetable market near the old bridge "
     "reached at least 41 people, medics said.", "en", 41),
    # the wounded are the number after "injured"; "mostly women and children" is a part; "also"
    ("A car bomb killed 30 people injured 90 on Monday at the checkpoint.", "en", 30),
    ("Une voiture piégée a tué 30 personnes blessé 90 autres lundi au barrage.", "fr", 30),
    ("At least 13 civilians mostly women and children were killed when shells hit the market.", "en", 13),
    ("Au moins 13 civils, pour la plupart des femmes et des enfants, ont été tués par des obus.", "fr", 13),
    ("Five civilians were also killed in similar raids on the village.", "en", 5),
    ("Cinq civils ont également été tués dans des raids similaires sur le village.", "fr", 5),
    # nobody hurt: nobody killed
    ("A shell hit the school on Sunday. There were no injuries.", "en", 0),
    ("Un obus a touché l'école dimanche, sans faire aucun blessé.", "fr", 0),

    # two groups of dead add up, whoever counts them; victims told by several words or two kinds at once
    ("The battle for the hill claimed the lives of 12 soldiers and 9 rebels on Sunday.", "en", 21),
    ("The fighting cost the lives of 30 government forces and 28 insurgents near the dam.", "en", 58),
    ("Les combats ont coûté la vie à 12 soldats et 9 rebelles dimanche.", "fr", 21),
    ("Some 25 Islamic State group fighters and 6 foreign mercenaries were killed in the raids.", "en", 31),
    ("At least 40 regime and rebel fighters have been killed in fighting near the dam.", "en", 40),
    ("Au moins 40 soldats et miliciens ont été tués dans les combats près du barrage.", "fr", 40),

    # each side's dead told apart are added
    ("Des combats près du barrage ont fait au moins 12 morts parmi les soldats, 9 dans les rangs "
     "rebelles, selon une ONG.", "fr", 21),
    ("Fighting near the dam left 12 dead among the soldiers and 9 among the rebels on Sunday.", "en", 21),
    ("The ambush killed seven policemen and four gunmen on the coastal road.", "en", 11),
    ("L'embuscade a tué sept policiers et quatre assaillants sur la route côtière.", "fr", 11),
    # the second group wounded, not killed: not added
    ("The ambush killed seven policemen and four gunmen were wounded on the road.", "en", 7),
    ("The blast killed seven people and wounded four others.", "en", 7),

    # "… and 12 others, including women, were wounded": the others are wounded, not killed
    ("Three civilians were killed and 12 others including women and children were wounded "
     "in the air strikes.", "en", 3),
    ("Three civilians were killed and 12 others, among them nurses and a doctor, were seriously injured.", "en", 3),
    ("Le bombardement a tué trois civils et 12 autres, dont des enfants, ont été blessés.", "fr", 3),
    # the others killed: added
    ("The strike killed nine children and 14 others in the market and 30 were wounded.", "en", 23),
    ("The strike killed nine children and 14 others, and wounded 30.", "en", 23),
    ("Le bombardement a tué trois civils et 12 autres personnes.", "fr", 15),

    # one victim told by an article, and tolls told as reported
    ("A police source said a woman was killed by a rocket shell on the market.", "en", 1),
    ("A mortar shell fired on the camp on Saturday left a child dead and a woman injured.", "en", 1),
    ("The sniper fired on the crowd, killing a young boy and wounding two.", "en", 1),
    ("A car bomb killed a soldier and wounded a child.", "en", 1),
    ("Un civil a été tué samedi par un obus tombé sur le marché.", "fr", 1),
    ("Le tir a tué une femme et blessé trois enfants.", "fr", 1),
    # wounded, not killed ("UN" is no "un": with the tolls of no act, below)
    ("A soldier was wounded in the attack on the checkpoint.", "en", None),
    ("Un enfant a été blessé par un obus.", "fr", None),
    ("Later two more people were reported killed and 22 others were injured in the shelling.", "en", 2),
    ("It said at least 45 Islamic State militants and 20 Kurdish militia fighters had been killed.", "en", 65),

    # more ways to tell a toll
    ("The air strike caused a death toll of at least 12 in the town.", "en", 12),
    ("Twelve people perished in the fire set by the shelling.", "en", 12),
    ("The bombing resulted in the deaths of 12 people on Monday.", "en", 12),
    ("The shelling killed no fewer than 12 civilians.", "en", 12),
    ("The strike killed an estimated 12 people.", "en", 12),
    ("Gunmen murdered 12 villagers on Sunday.", "en", 12),
    ("Gunmen gunned down 12 villagers on Sunday.", "en", 12),
    ("Twelve people (including five children) were killed in the strike.", "en", 12),
    ("Des hommes armés ont assassiné 12 villageois.", "fr", 12),
    # the whole so far: the dead told as more before it are in it
    ("Another three died of their wounds, bringing the death toll to 12.", "en", 12),
    ("Trois autres ont succombé à leurs blessures, portant le bilan à 12.", "fr", 12),
    ("Another 5 died of wounds and the toll rose to 33.", "en", 33),

    # killings told by a noun count their dead; a year is no toll
    ("The group released a video showing the beheading of 11 hostages.", "en", 11),
    ("The execution of seven prisoners took place in the main square on Friday.", "en", 7),
    ("Le groupe a diffusé une vidéo montrant la décapitation de 11 otages.", "fr", 11),
    ("Rocket attacks on the city claim 9 martyrs.", "en", 9),
    ("The massacre of 1982 is remembered every year.", "en", None),

    # victims told with their group count; the group's wounded are no toll
    ("At least 175 members of the ISIS were killed and many more were wounded in the offensive.", "en", 175),
    ("Some 30 fighters of the Nusra Front were killed near the town on Monday.", "en", 30),
    ("Au moins 12 combattants de l'EI ont été tués dans les frappes.", "fr", 12),
    ("Five members of the family were wounded in the shelling.", "en", None),
    ("20 soldiers of the 4th Division were killed and 12 members of the militia were wounded.", "en", 20),

    # the parts told in apposition are not the toll
    ("Four people two of them children died when the shell hit the bakery.", "en", 4),
    ("Four people, two of them nurses, died when the shell hit the clinic.", "en", 4),
    ("Three farmers, two men and a boy, were killed by the mine.", "en", 3),
    ("Quatre personnes, deux d'entre elles des enfants, sont mortes dans le pilonnage.", "fr", 4),
    ("Trois bergers, deux hommes et un garçon, ont été tués par la mine.", "fr", 3),

    # a toll beside another clause, or a part told before it, is kept
    # the several places are another clause's, not the toll's
    ("Shelling in the west of the city left 11 people dead on Friday with reports of clashes in several "
     "neighbourhoods.", "en", 11),
    ("Un obus a tué 11 personnes vendredi au marché, alors que des combats ont éclaté dans plusieurs quartiers.",
     "fr", 11),
    # a part told with "including" before a larger toll does not hide it
    ("Six civilians including a child were among at least 22 people killed in air strikes on the town.", "en", 22),

    # one area, not several places: its toll may be one act's
    # one area, not several places: its toll may be one act's
    ("At least 40 civilians were killed in raids on Kafr Batna and its countryside on Monday.", "en", 40),

    # the dead of an attack on a funeral are its toll
    ("A car bomb hit the funeral, killing 12 mourners.", "en", 12),
    ("Une voiture piégée a explosé pendant les funérailles, tuant 12 personnes.", "fr", 12),

    # no toll: vague quantities, casualties, cumulative, running and war-long tolls, a year or a unit
    # "dozens", "hundreds" are unknown, not a number
    ("Dozens of people were killed in the overnight raid.", "en", None),
    ("Hundreds were killed when the dam burst.", "en", None),
    ("Des dizaines de civils ont été tués dans le raid.", "fr", None),
    ("Des centaines de personnes sont mortes dans le siège.", "fr", None),
    # ... told beside a count, the count is the dead's still
    ("At least 40 soldiers and allied militiamen and several dozen rebels were also killed.", "en", 40),
    ("Au moins 40 soldats et miliciens et plusieurs dizaines de combattants rebelles ont également été tués.",
     "fr", 40),
    # casualties are not deaths
    ("Fifteen people were killed or wounded in the blast.", "en", None),
    ("Vingt personnes ont été tuées ou blessées dans l'explosion.", "fr", None),
    # ... nor where scraped copy lost the comma between them (a count of dead and wounded apart stays)
    ("Shelling on the market leaves 25 civilians killed, wounded", "en", None),
    ("Shelling on the market leaves 25 civilians Killed Injured", "en", None),
    ("Le bombardement du marché a fait 25 tués, blessés.", "fr", None),
    ("Shelling on the market leaves 12 civilians killed, 30 wounded", "en", 12),
    # ... nor a headline's pair, its comma kept or lost; the wounded counted apart leave the dead
    ("Rebels and jihadists clash near the border 18 fighters killed injured", "en", None),
    ("Nine gunmen killed, injured in army ambush near Homs", "en", None),
    ("Onze civils tués, blessés dans des tirs d'obus sur la ville", "fr", None),
    ("Nine gunmen killed, 14 injured in army ambush near Homs", "en", 9),
    ("Mortars killed 4, injured 11 in the old city", "en", 4),
    # cumulative, running and war-long tolls are not this act's
    ("The offensive has killed 412 civilians since it began in March.", "en", None),
    ("So far 96 people have been killed in the province this month.", "en", None),
    ("More than 5,000 fighters have died since the war began.", "en", None),
    ("The conflict, which started nine years ago, has killed 380,000 people.", "en", None),
    ("A monitor counted 73 aid workers killed in 2020.", "en", None),
    ("Depuis le début de la guerre, plus de 380 000 personnes ont été tuées.", "fr", None),
    ("Au total, 88 civils ont été tués depuis le début de l'offensive.", "fr", None),
    ("En plus de dix mois de combats, plus de 4.000 soldats ont trouvé la mort.", "fr", None),
    ("In two years of fighting 1,300 militiamen died.", "en", None),
    ("At least 41 people were killed across the country on Friday.", "en", None),
    ("Au moins 41 personnes ont été tuées vendredi à travers le pays.", "fr", None),
    # a half-year's or a totalled count
    ("The clinics reported 294 wounded and 33 dead in the first six months of the year.", "en", None),
    ("Losses in the area totalled 304 militants killed and more than 170 wounded, the ministry said.", "en", None),
    # things a verb of destruction counts
    ("The strikes also destroyed 14 of the group's military vehicles, the monitor added.", "en", None),
    ("Artillery fire destroyed at least six weapon caches near the border.", "en", None),
    ("Regime forces executed six families of rebel fighters, a monitor said.", "en", None),
    # a year or a unit is never a toll
    ("The 1982 massacre in the city killed thousands.", "en", None),
    ("UN observers were killed near the crossing.", "en", None),

    # a toll of several days is no act's
    ("Five days of airstrikes on the valley have left more than 60 civilians dead.", "en", None),
    ("The army has stepped up its raids in recent days, killing at least 40 people.", "en", None),
    ("Trois jours de bombardements sur la vallée ont fait plus de 60 morts.", "fr", None),
    ("L'armée a intensifié ses raids ces derniers jours, tuant au moins 40 personnes.", "fr", None),

    # a toll of a whole war or of a week is no act's, but one of the last 24 hours is
    ("A watchdog said 23 journalists have been killed in Syria's 30-month war.", "en", None),
    ("Some 400 people were killed during the six-year conflict, the report said.", "en", None),
    ("Over 500 civilians killed in one week of bombing in the north.", "en", None),
    ("Plus de 500 civils ont été tués en une semaine dans le nord.", "fr", None),
    # one day's: kept
    ("Some 30 fighters were killed in air strikes over the past 24 hours, the ministry said.", "en", 30),
    ("At least 30 fighters were killed in the strikes in the past 24 hours.", "en", 30),

    # a toll told of the rest of the country is no act's
    ("Elsewhere in the country at least 85 people, 54 civilians, 16 soldiers and 15 rebels, were killed.", "en", None),
    ("Ailleurs dans le pays, au moins 85 personnes, 54 civils, 16 soldats et 15 rebelles, ont encore péri.", "fr", None),

    # a day's toll of all violence is no act's
    ("Violence in Syria killed 85 people on Thursday, 29 of them civilians, the monitor said.", "en", None),
    ("Selon l'Observatoire, la violence en Syrie a causé jeudi la mort de 85 personnes, dont 29 civils.", "fr", None),

    # a toll over several places is no one act's
    ("At least 40 civilians were killed in raids on the town of Kafr Batna and its surrounding villages "
     "on Monday.", "en", None),
    ("Shelling killed 17 people in several neighbourhoods of the city on Monday.", "en", None),
    ("Au moins 40 civils ont été tués lundi dans des raids sur Kafr Batna et ses environs.", "fr", None),
    ("Les bombardements ont tué 17 personnes lundi dans plusieurs quartiers de la ville.", "fr", None),
    # ... named as what the attack hit
    ("Aircraft bombed several rebel-held neighbourhoods of the city on Sunday, killing at least 15 civilians.",
     "en", None),
    ("L'aviation a bombardé dimanche plusieurs quartiers rebelles de la ville, tuant au moins 15 civils.", "fr", None),

    # the dead a funeral mourns are not its toll (GUIDELINES: the number killed in *that* event)
    ("The funerals of a farmer and two boys killed by a sniper turned into a protest in the town on Friday.",
     "en", None),
    ("Les funérailles d'un agriculteur et de deux garçons tués par un tireur embusqué se sont transformées "
     "vendredi en manifestation.", "fr", None),
    ("Les obsèques de trois soldats tués la veille ont rassemblé des milliers de personnes.", "fr", None),
    # the French passive of "shot dead" and the reported conditional are tolls; a craft shot down is none
    ("Trois manifestants ont été abattus vendredi par les forces de sécurité.", "fr", 3),
    ("Au moins quatorze civils auraient été tués dans le raid, selon des militants.", "fr", 14),
    ("Vingt-six prisonniers auraient été abattus, les yeux bandés.", "fr", 26),
    ("Un enfant aurait été tué par un tireur embusqué.", "fr", 1),
    ("Deux avions de chasse ont été abattus par les rebelles au-dessus de Hama.", "fr", None),
    # a toll put or standing "at" a number is the whole so far ("at" before a count is otherwise a time)
    ("After the market bombing the Observatory put the death toll at 20.", "en", 20),
    ("The death toll from the strikes now stands at 20, a medic said.", "en", 20),
    ("Twenty people were killed at 10 pm when the shell hit the bakery.", "en", 20),
    # tolls told in other forms: a round figure, "to death", "had died", a gloss in parentheses, a group
    # named in quotes, a nominal toll, a verbless headline, a victim killed "along with" others
    ("A dozen people were killed when the shell hit the bakery.", "en", 12),
    ("Une dizaine de personnes ont été tuées dans le bombardement du marché.", "fr", 10),
    ("Le raid a tué une vingtaine de civils près du pont.", "fr", 20),
    ("Dozens were killed and a dozen tanks were destroyed.", "en", None),
    ("Two women were stoned to death in the square, the monitor said.", "en", 2),
    ("Deux femmes ont été lapidées à mort sur la place.", "fr", 2),
    ("Une femme a également été tuée par balle dans la banlieue.", "fr", 1),
    ("Four other victims had died after reaching the hospital.", "en", 4),
    ("At least 23 IS (Daesh) militants have been killed by artillery fire.", "en", 23),
    ('At least 33 members of the "Army of the East" and "Front of Victory" groups were killed.', "en", 33),
    ("The bombing resulted in the martyrdom of 3 citizens and injured 11 others.", "en", 3),
    ("Death toll from the market bomb attack at least 112", "en", 112),
    ("The death toll as collated from the clinics of the suburbs was 213.", "en", 213),
    ("Death toll in the raid on the market rises to 76: monitor", "en", 76),
    ("The news agency placed the death toll at 12.", "en", 12),
    ("He was killed along with two other people when a blast hit their bus.", "en", 3),
    ("Il a été tué avec deux autres combattants dans l'embuscade.", "fr", 3),
    # the dead counted by their bodies, "eliminated" in an army's statement (no things), one victim's life
    ("Rescuers said they had carted away at least 100 bodies from the site of the blast.", "en", 100),
    ("Twelve bodies were recovered from the rubble of the school.", "en", 12),
    ("Les secouristes ont retrouvé 12 corps sous les décombres de l'école.", "fr", 12),
    ("The ministry said 34 militants were eliminated in the strike and two tanks were eliminated.", "en", 34),
    ("Deux chars ont été éliminés près du pont.", "fr", None),
    ("Rockets hit the neighbourhood, claiming the lives of a man and injuring four others.", "en", 1),
    # a war's toll told "from" it or "caused" by it is no act's
    ("The center put the death toll from the six-year conflict at more than 4700 people.", "en", None),
    ("The six-year conflict has caused more than 4700 deaths in the country.", "en", None),
    # a range: its lower figure, once
    ("Between 30 and 40 villagers were killed when the dam was shelled.", "en", 30),
    ("The night raid killed between 6 and 9 shepherds near the well.", "en", 6),
    ("Twelve to fifteen people died when the ferry was hit.", "en", 12),
    ("Entre 30 et 40 villageois ont été tués dans le bombardement du barrage.", "fr", 30),
    # a rise from one figure to another: the later one
    ("Le bilan est passé de 7 à 11 morts dans la nuit.", "fr", 11),
    # groups joined by "and" without "between" still add up
    ("The strike killed four farmers and 3 others near the mill.", "en", 7),
    # dozens counted
    ("Two dozen shepherds died when the convoy was ambushed.", "en", 24),
    ("The mine blast killed three dozen workers.", "en", 36),
    ("The mine blast killed a dozen workers.", "en", 12),
    ("Dozens of workers were killed in the blast.", "en", None),
    # the number killed, told as a whole so far
    ("The number of people killed in the market blast rose to 27.", "en", 27),
    # one of kin, told without a count
    ("A farmer and his wife were killed when the shell hit their orchard.", "en", 2),
    ("The drone strike killed a doctor and his son.", "en", 2),
    ("A mother and her baby were killed in the raid on the camp.", "en", 2),
    ("Un agriculteur et son fils ont été tués par une mine.", "fr", 2),
    ("La frappe a tué une femme et sa fille.", "fr", 2),
    ("A farmer and his wife were wounded when the shell hit their orchard.", "en", None),
    ("A farmer was killed and his wife was wounded by the shell.", "en", 1),
    # a period the act is compared with
    ("A truck bomb killed 41 people on Friday, the deadliest attack on the port since the war began.", "en", 41),
    ("Rockets killed 9 pupils on Monday in the bloodiest day for the district in the four-year conflict.", "en", 9),
    ("The blast killed 16 people, the highest toll in a single day so far this year.", "en", 16),
    ("L'explosion a tué 23 personnes mardi, l'attaque la plus meurtrière depuis le début du conflit.", "fr", 23),
    # a running toll told in a clause apart is still no act's
    ("The worst year was the third, and more than 200000 people have been killed since the war began.", "en", None),
    ("More than 200000 people have been killed since the war began.", "en", None),
    # the dead told group by group add up (victim_groups)
    ("The drone hit the farm at dawn, killing a shepherd and six children.", "en", 7),
    ("A mortar round killed 9 gunmen and a boy near the bakery.", "en", 10),
    ("Shelling hit the hamlet, killing a farmer, three girls and an old woman.", "en", 5),
    ("The rocket killed four boys and their father as they slept.", "en", 5),
    ("The raid killed a teacher, his wife and their two daughters.", "en", 4),
    ("A nurse and a boy were killed when the clinic was hit.", "en", 2),
    ("A farmer and his two sons as well as another boy were killed by the mine.", "en", 4),
    ("The mortar killed three farmers, two shepherds and two nurses.", "en", 7),
    ("Un obus a tué un berger et trois enfants près du puits.", "fr", 4),
    ("Une infirmière et un garçon ont été tués par la roquette.", "fr", 2),
    ("La frappe a tué quatre garçons et leur père dans la nuit.", "fr", 5),
    # ... but not the parts of a count, the wounded, a group counted already or the mourned
    ("Four villagers, three boys and a girl, were killed by the shell.", "en", 4),
    ("The mine killed eight people, five boys and three men.", "en", 8),
    ("The shell killed nine people, four boys and a woman among them.", "en", 9),
    ("The rocket killed 11 people and a nurse was wounded.", "en", 11),
    ("The rocket killed 11 people and wounded a nurse.", "en", 11),
    ("The blast killed 30 people including children and two nurses.", "en", 30),
    ("The raid killed a farmer and his three sons.", "en", 4),
    ("A nurse and a boy were wounded when the clinic was hit.", "en", None),
    ("The funerals of a farmer and two boys killed by a sniper drew crowds.", "en", None),
    ("Quatre habitants, trois garçons et une fille, ont été tués par l'obus.", "fr", 4),
    ("La roquette a tué 11 personnes et un infirmier a été blessé.", "fr", 11),
    # the whole so far told with other verbs, a leader and his men (toll_forms)
    ("Toll from car bomb at the crossing hits 57", "en", 57),
    ("The death toll from Monday's shelling of the suburb was put at 9 civilians.", "en", 9),
    ("The death toll of the blast has become 23, the governor said.", "en", 23),
    ("Le bilan de l'attentat a été estimé à 23 morts, selon le gouverneur.", "fr", 23),
    ("The toll of the wounded was put at 30.", "en", None),
    ("The emir and 16 of his fighters were killed in the ambush.", "en", 17),
    ("L'émir et 16 de ses combattants ont été tués dans l'embuscade.", "fr", 17),
    # a count of the wounded right after the dead, no comma between: the first is the toll
    ("Toll from mortar attacks on the city rises to 14 52 injured", "en", 14),
]


@pytest.mark.parametrize(("sentence", "lang", "expected"), TOLLS)
def test_the_toll_a_sentence_tells(sentence, lang, expected):
    assert toll(sentence, lang) == expected


#: lang | toll ("-": none) | a sentence: forms of a toll French and English agency copy uses
TOLD_FORMS = """
# the whole told part by part between brackets, dashes or commas: the whole, not its parts
en|41|At least 41 people (20 civilians, 12 soldiers and 9 rebels) were killed on the road.
fr|41|Au moins 41 personnes -20 civils, 12 soldats et 9 rebelles- ont encore péri sur la route.
fr|41|Au moins 41 personnes, 20 civils, 12 soldats et 9 rebelles, ont péri sur la route.
fr|17|Au moins 17 personnes, parmi lesquelles six fillettes, ont été tuées près du puits.
# a day or an adverb between the verb and its count, "au moins" after the count
fr|9|Les obus ont fait mardi soir 9 victimes près du dispensaire.
fr|13|Treize personnes au moins ont été tuées près du dispensaire.
# a first group named with its organisation, a second one told with "ainsi que" / "as well as",
# a side told with "chez"
fr|9|Le drone a tué 6 combattants du groupe armé et 3 bergers.
fr|11|Sept policiers ont été tués, ainsi que quatre passants.
en|11|The ambush killed seven policemen as well as four passers-by.
fr|13|Les heurts ont fait 8 morts chez les insurgés et 5 chez les policiers.
fr|7|Sept membres des forces de sécurité du district ont été tués près du pont.
# the victims in quotes as state media name them, drivers, people named by their nation
fr|21|La télévision officielle a fait état de 21 « terroristes » tués près du barrage.
en|21|State television said 21 "terrorists" were killed near the dam.
en|5|Gunmen killed five truck drivers on the highway.
fr|5|Des hommes armés ont exécuté cinq chauffeurs de camion sur l'autoroute.
fr|3|Trois Afghans accusés de vol ont été pendus sur la place.
en|-|The militia destroyed five trucks on the highway.
# probed with wire-style sentences of our own (bench/en_toll_probe.py)
# a part of a counted whole: the part killed, not the whole that was there (toll_forms)
en|3|Three of the 12 passengers were killed when the bus was hit.
en|1|One of the four guards was killed in the ambush at dawn.
en|2|Two of the nine shepherds were shot dead near the well.
fr|3|Trois des 12 passagers ont été tués quand le bus a été touché.
# the whole is the dead, a part of them told after: the whole
en|12|Two of the 12 people killed were children.
# the part wounded: no toll
en|-|Three of the 12 passengers were wounded when the bus was hit.
# the passive of more verbs of killing, a reported death
en|20|At least 20 prisoners were summarily executed by the militia.
en|6|Six men were publicly executed in the square.
en|11|Eleven villagers were slaughtered in the night raid.
en|4|Four hostages were beheaded by the group.
en|10|At least 10 people are believed to have died in the blast.
en|9|Nine people were feared to have been killed in the collapse.
en|-|Eleven villagers were slaughtered or wounded in the night raid.
# a country's day, this month's or year's dead so far, a campaign's whole: no act's (running_tolls)
en|-|A total of 64 people were killed across Lebanon on Sunday, the ministry said.
fr|-|Au moins 64 personnes ont été tuées dimanche à travers la Syrie.
en|-|At least 230 civilians have been killed this month in the province.
en|-|This year more than 900 fighters have died in the valley.
en|14|Shelling killed 14 people on Tuesday, raising the toll of the week's raids to 77.
en|-|The death toll from the offensive rose to 260, the monitor said.
fr|-|Le bilan de la campagne est passé à 260 morts.
# one act's: a day's act compared with the month, a toll of one blast, fire from across a border
en|12|A car bomb killed 12 people on Monday, the third attack in the town this month.
en|25|The death toll from the car bomb at the market rose to 25.
en|3|Shells fired from across the border killed three shepherds.
# a family counted by its members, half a dozen, the number of martyrs
en|7|The drone strike killed a family of seven near the well.
en|9|Airstrike kills entire family of nine
en|-|Members of one family were killed when the shell hit their house.
fr|-|Des membres d'une famille ont été tués par l'obus.
en|8|Eight members of one family were killed when the shell hit their house.
en|12|Twelve family members were killed in the raid.
en|6|Half a dozen shepherds were killed by the mine.
en|18|The number of martyrs rose to 18, the agency said.
# the groups opening a sentence up to the count of a passive "were killed" add up (victim_groups)
en|3|A child and two women were killed in the shelling on Thursday.
en|5|A nurse, a boy and three farmers were killed when the rocket hit.
fr|3|Un enfant et deux femmes ont été tués dans le bombardement.
# not the subject of "were killed": a group wounded, a group not opening the sentence
en|2|A child was wounded and two women were killed in the shelling.
en|2|After a child and two women were killed the town was evacuated.
"""


@pytest.mark.parametrize(("lang", "expected", "sentence"),
                         [line.split("|", 2) for line in TOLD_FORMS.strip().splitlines() if not line.startswith("#")])
def test_a_toll_told_in_parts_with_a_group_in_quotes_or_by_nation(lang, expected, sentence):
    assert toll(sentence, lang) == (None if expected == "-" else int(expected))


def test_a_tally_waits_for_the_whole_a_group_is_added_to():
    assert toll("Five children and four medical staff killed by airstrikes on a hospital.", "en") == 9
    assert Tally(shared=True).told(find_fatalities("Airstrikes killed 12 people.", "en")).toll is None


#: (the sentences a tally is told in turn, language, its toll)
TALLIES = [
    # the body's part told twice is one part of the headline's whole, not two
    (("3 civilians killed in rocket attacks",
      "Two civilians were killed and three others were injured in rocket attacks on the market",
      "Two civilians were killed and three others were injured in rocket attacks on the market."), "en", 3),
    (("3 civils tués dans des tirs de roquettes",
      "Deux civils ont été tués et trois autres blessés par des roquettes sur le marché",
      "Deux civils ont été tués et trois autres blessés par des roquettes sur le marché."), "fr", 3),
    # the same words told of another place are another telling: added
    (("3 civilians killed in rocket attacks",
      "Two civilians were killed in rocket attacks on the market",
      "Two civilians were killed in rocket attacks on the mosque."), "en", 4),
    # one more victim told by "another", "un autre": added to the act's dead
    (("Two civilians were killed in the shelling.", "Another woman was killed by sniper fire."), "en", 3),
    (("Deux civils ont été tués dans le bombardement.", "Une autre femme a été tuée par un tireur."), "fr", 3),
    (("", "Another woman was killed by sniper fire in the town."), "en", 1),
    # "have also been killed": a toll
    (("", "At least 27 people have also been killed in clashes near the dam on Monday."), "en", 27),
    # the wounded who died after are more dead (toll_forms)
    (("Ten people were killed in the strike on Monday.", "Three of the wounded later died in hospital."), "en", 13),
    (("Dix personnes ont été tuées lundi dans la frappe.", "Trois des blessés ont succombé à l'hôpital."), "fr", 13),
    (("Ten people were killed in the strike on Monday.",
      "Three of the wounded later died, bringing the toll to 13."), "en", 13),
    (("Ten people were killed in the strike on Monday.", "Three of the wounded are in critical condition."), "en", 10),
    # the attackers' own figure told with their claim is another estimate (other_estimates)
    (("A twin bombing killed 12 people in the city on Thursday.",
      "The group claimed responsibility for the attack, which it said killed 30 people."), "en", 12),
    (("Six soldiers were killed in the ambush.", "The rebels claimed to have killed 40 soldiers."), "en", 6),
    (("Six soldiers were killed in the ambush.",
      "Le groupe a revendiqué l'attaque, affirmant avoir tué 40 soldats."), "fr", 6),
    # the claim alone: the only figure there is
    (("The group claimed responsibility for the bombing, which it said killed 30 people.",), "en", 30),
    # the attackers' dead add to their victims'
    (("Three soldiers were killed when gunmen attacked the checkpoint.", "The army said it killed five of the attackers."),
     "en", 8),
    (("Trois soldats ont été tués dans l'attaque du barrage.", "L'armée a tué cinq des assaillants."), "fr", 8),
    # the attackers' dead alone are the act's toll
    (("Three attackers were killed when they stormed the checkpoint.",), "en", 3),
    (("Five attackers stormed the checkpoint, killing three soldiers.",), "en", 3),
]


@pytest.mark.parametrize(("sentences", "lang", "expected"), TALLIES)
def test_a_tally_counts_a_part_told_twice_once_and_one_more_victim_once_more(sentences, lang, expected):
    tally = Tally()
    for sentence in sentences:  # (each's other estimates marked, as the events' sentences are)
        tally = tally.told(marked_estimates(sentence, find_fatalities(sentence, lang)))
    assert tally.toll == expected


@pytest.mark.parametrize(
    ("headline", "body", "lang", "expected"),
    [
        ("Strikes kill 130 militants in the east",
         "Some 90 militants and 40 foreign fighters were killed in the strikes.", "en", 130),
        ("Nine killed in strike on a clinic", "Five children and four nurses killed in the strike on the clinic.", "en", 9),
        ("Neuf morts dans une frappe sur une clinique",
         "Cinq enfants et quatre infirmiers tués dans la frappe sur la clinique.", "fr", 9),
    ],
)
def test_two_groups_told_after_the_whole_retell_it(headline, body, lang, expected):
    assert toll(body, lang) == expected  # alone, the groups add up
    assert Tally().told(find_fatalities(headline, lang)).told(find_fatalities(body, lang)).toll == expected


SCRAPED_TWICE = {
    "en": "Their commander and 12 other fighters were killed in shelling on Monday in the north of the country",
    "fr": "Leur chef et 12 autres combattants ont été tués lundi dans des bombardements dans le nord du pays",
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_same_words_told_twice_count_once(lang):
    told = SCRAPED_TWICE[lang]
    assert toll(f"{told} {told}, a monitor said.", lang) == toll(f"{told}, a monitor said.", lang) == 12


def test_a_toll_told_in_the_headline_glued_to_the_lead_counts_once():
    # scraped news often glues the headline to the first sentence of the body
    sentence = ("Nine dead in shelling of market town Shelling of the market town killed at least "
                "nine people on Tuesday, a monitor said.")
    assert [f.count for f in find_fatalities(sentence, "en")] == [9, 9]
    assert toll(sentence, "en") == 9


#: (text, language, the toll of its one event): a toll told again in the body counts once, and the
#: parts of a toll already told are no more dead
TOLLS_OF_TEXTS = [
    # the whole, then its parts by place: 22, not 22 + 5
    ("Airstrikes killed at least 22 civilians in the valley on Monday, a monitor said. "
     "The raids killed 16 civilians in the main town. "
     "Five more civilians were killed in a hamlet and one on the road.", "en", 22),
    ("Des frappes aériennes ont tué au moins 22 civils lundi dans la vallée, selon une ONG. "
     "Les raids ont tué 16 civils dans le bourg. "
     "Cinq autres civils ont été tués dans un hameau.", "fr", 22),
    # parts told in one sentence after the whole: 18, not 18 + 7
    ("Air raids killed 18 civilians on Saturday, a monitor said: eleven civilians were killed in "
     "the old market and seven others near the mosque.", "en", 18),
    # more told with no part before it is added
    ("Artillery shelling killed 14 civilians in the town on Tuesday, a monitor said. "
     "Another 3 people died of their wounds in hospital.", "en", 17),
    ("Des tirs d'artillerie ont tué 14 civils mardi dans la ville. "
     "Trois autres personnes ont succombé à leurs blessures.", "fr", 17),

    # a toll told again in the body counts once
    ("Artillery shelling killed 14 civilians in the town on Tuesday, a monitor said. "
     "The monitor said 14 people died in the shelling, most of them women.", "en", 14),
    ("Des tirs d'artillerie ont tué 14 civils mardi dans la ville. "
     "Selon l'observatoire, 14 personnes sont mortes sous les obus.", "fr", 14),
    # another source's estimate of the dead already counted is no more dead, larger or smaller
    ("A suicide bomber struck a wedding in the town on Monday, killing 32 people, a medical source said. "
     "The monitor gave a slightly lower toll of 31 people killed. "
     "The group's claim said 40 people had been killed.", "en", 32),
    ("Un kamikaze s'est fait exploser lundi lors d'un mariage dans la ville, tuant 32 personnes. "
     "D'autres sources font état de 40 morts.", "fr", 32),
    ("An airstrike killed eight civilians in the town on Sunday, local media reported. "
     "Other media reports suggest that at least 14 people were killed by the airstrike.", "en", 8),
    # told alone, the estimate is the toll: the only figure there is
    ("Other reports said 14 people were killed in an airstrike on the town on Sunday.", "en", 14),
    # a whole over the country or a province, then one act's share: the act's toll (area_details)
    ("At least 30 people were killed across the country on Saturday, including 12 in air strikes on the "
     "town, a monitor said.", "en", 12),
    ("Au moins 30 personnes ont été tuées samedi à travers la Syrie, dont 12 dans des bombardements sur "
     "la ville, selon l'OSDH.", "fr", 12),
    ("Au moins 40 personnes ont été tuées samedi dans la province d'Idleb, dont 25 dans des raids sur "
     "le marché.", "fr", 25),
]


@pytest.mark.parametrize(("text", "lang", "expected"), TOLLS_OF_TEXTS)
def test_a_toll_told_again_or_in_parts_counts_once(text, lang, expected):
    events = extract_events(text, lang, date(2021, 6, 3), [])
    assert [e.fatalities for e in events] == [expected]


def test_a_protest_at_a_funeral_has_no_toll_of_the_mourned():
    text = ("Les funérailles d'un agriculteur et de deux garçons tués par un tireur embusqué se sont "
            "transformées vendredi en manifestation contre le régime, a indiqué une ONG.")
    events = extract_events(text, "fr", date(2021, 6, 5), [])
    assert events and all(e.fatalities is None for e in events)


def test_a_cumulative_toll_after_the_event_is_not_added_to_it():
    text = ("Airstrikes killed 8 civilians in the town on Tuesday, a monitor said. "
            "More than 1,200 people have been killed in the province since the offensive began.")
    events = extract_events(text, "en", date(2021, 6, 3), [])
    # the running toll is a background event of its own (geo.extract.background), without a toll
    assert [(e.fatalities, e.reported) for e in events] == [(8, True), (None, False)]


def test_a_long_run_of_white_space_is_read_as_one_space_with_offsets_kept():
    """Scraped pages leave long runs of spaces and line breaks; the patterns' optional words and
    spaces once tried every way of splitting such a run (minutes for a few thousand spaces)."""
    sentence = "Shelling killed at least" + " \n " * 20_000 + "12   civilians in Aleppo."
    (toll,) = find_fatalities(sentence, "en")
    assert toll.count == 12 and toll.minimum
    assert sentence[toll.start:toll.end] == toll.text == "12"


def test_a_sentence_is_tried_only_against_the_patterns_its_words_allow_and_finds_the_same_tolls(monkeypatch):
    """The words a toll pattern cannot match without (``numbers._CUES``) only spare it the sentences
    without them: every toll and non-toll above, and sentences with the cue words in another role,
    are read the same with every pattern tried on every sentence."""
    from geo.extract import numbers

    sentences = [
        *(s for s, _lang, _n in TOLLS),
        "Fifteen people queuing for bread were killed by a shell in the old market.",
        "Six enfants jouant devant leur maison ont été tués par un obus.",
        "Three suicide bombers killed at least two people at the checkpoint.",
        "Killing 12 and wounding 30, the blast shook the town.",
        "Twelve dead among the soldiers and 7 among the rebels after the battle.",
        "Two men and a boy were shot dead at the crossing on Monday.",
        "The 40 trucks reached the town; nobody was hurt.",
        # one sentence for each way a toll is told (``numbers._PATTERNS``)
        "The attack claimed the lives of 12 soldiers and 9 rebels.",
        "Le bombardement a causé la mort de 5 personnes et celle d'un enfant.",
        "The death toll rose to 33 on Sunday.",
        "Le bilan est passé à 33 morts.",
        "The shelling left 12 dead in the square.",
        "Les rebelles ont perdu 33 des leurs.",
        "The strike killed nine children and 14 others.",
        "Bringing the toll to 40, a second car bomb went off.",
        "A woman was killed by a sniper.",
        "The drone struck a car, killing a civilian.",
        "La frappe a causé la mort d'un enfant.",
        "The militants carried out the execution of 18 prisoners.",
        "Ils ont tué dimanche 20 civils.",
        "10 morts parmi les soldats, 16 dans les rangs rebelles.",
    ]
    with_cues = [numbers.find_fatalities(s) for s in sentences]
    # every pattern tried on every sentence (and nothing remembered from the calls above)
    monkeypatch.setattr(numbers, "_CUED_PATTERNS", tuple((p, None) for p, _cue in numbers._CUED_PATTERNS))
    assert [list(numbers._tolls.__wrapped__(s, None, False)) for s in sentences] == with_cues
    assert sum(bool(found) for found in with_cues) >= 30  # the sentences do tell tolls
