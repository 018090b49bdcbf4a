"""Place-name spellings of the press against the gazetteer: do they reach the entry they mean?

Two lists of our own, neither taken from any evaluation article:

* **variants**: each of Syria's places in the gazetteer, its GeoNames name rewritten by the
  transliteration habits of the French press (``ch`` for sh, ``ou`` for u, ``dj`` for j, ``ei``
  for ay, an article written ``al-``/``el-``/``ech-`` or dropped, -ah written -a, -é or -eh, a final
  mute ``e``: "Jisr ech-Choughour", "Deir Hafer") and of the English press (-iyah written -iyeh or
  -iya, ay written ei or ai, Tall as Tal or Tell, Kafr as Kfar, doubled letters single, long vowels
  ee and ou); plus :data:`PRESS_FORMS`, a short hand-written list of common press forms;
* **non-places**: capitalised words of the reporting that are no places (offices, groups, people,
  calendar and common words) and towns of other countries (:data:`NOT_SYRIAN`).

A spelling *passes* when the extractor's lookup (``PlaceFinder._lookup``: the exact key, then the
transliteration fold and, outside English, the notable near spelling; read alone first, then again
in a document about the country, where a close variant, its vowels agreeing too, comes first and
alone is read in English: ``PlaceFinder.close_variants``) puts the place (within 10 km) first.  A non-place *resolves
falsely* when that lookup gives a Syrian place at all (a common word or a person read as a place).
Forms already spelled as one of the place's gazetteer names are counted apart (``exact``).

    PYTHONPATH=. CONFLICTMAP_GAZETTEER=/work/main/var/gazetteer.sqlite python -m bench.name_variants [-v] [-s]

``-s``: each name inside a sentence of our own (:data:`SENTENCES`), read by ``PlaceFinder.find`` with
its NER spans: whether running text reaches the entry (about a minute); ``-s2``: the sentence names
the place's governorate too; ``-s3``: a French sentence gives its side of the country in brackets
("à X (nord-ouest)"; English as ``-s2``).
"""

from __future__ import annotations

import os
import re
import sqlite3
import sys
from collections import Counter
from pathlib import Path

from geo.gazetteer.index import Gazetteer
from geo.models import haversine_km
from geo.names import strip_diacritics

#: how far the first candidate may lie from the place meant
WITHIN_KM = 10.0


def _rewrite(*pairs):
    """A rewrite of a name by (pattern, replacement) pairs in turn."""
    compiled = [(re.compile(pattern), repl) for pattern, repl in pairs]

    def apply(name: str) -> str:
        for rx, repl in compiled:
            name = rx.sub(repl, name)
        return name
    return apply


_ARTICLE = r"\b(?:Al|Ar|As|Ash|At|Ad|Az|An) "
#: habits both presses share: (pattern, replacement) pairs
_DEIR, _NO_ART = (r"\bDayr\b", "Deir"), (r"\b(?:Al|Ar|As|Ash|At|Ad|Az|An|al|an|ash|ar|as|at|ad|az) (?=\w)", "")
#: French press habits, one rewrite each
FR = {
    "ch": [(r"Sh", "Ch"), (r"sh", "ch")], "ou": [(r"(?<![oOqQ])u", "ou"), (r"(?<![oOqQ])U", "Ou")],
    "dj": [(r"\bJ", "Dj")], "w-ou": [(r"(?<=[aeiAEI])w|\bW(?=[aeiu])", "ou")], "ei": [(r"ay(?![aeiou])", "ei")],
    "aï": [(r"ay(?=[aeiou])", "aï")], "-a": [(r"ah\b", "a")], "-é": [(r"(?<=[^i])ah\b", "é")],
    "-iyé": [(r"[iī]yah\b", "iyé")], "mute-e": [(r"(?<=[aiu][nm])\b(?!-)", "e")], "k": [(r"q", "k")],
    "al-": [(_ARTICLE + r"(\w)", r"al-\1")], "el-": [(_ARTICLE + r"(\w)", r"el-\1")],
    "ech-": [(r"\b(?:ash|Ash) (Sh)", r"ech-Ch")], "no-article": [_NO_ART], "deir": [_DEIR],
    "cheikh": [(r"\bShaykh\b", "Cheikh")], "tell": [(r"\bTall\b", "Tell")], "aïn": [(r"\bAyn\b", "Aïn")],
    "maaret": [(r"\bMa.?arrat\b", "Maaret")],
}
#: English press habits, one rewrite each
EN = {
    "-iyeh": [(r"[iī]yah\b", "iyeh")], "-iya": [(r"[iī]yah\b", "iya")], "ei": FR["ei"], "ai": [(r"ay", "ai")],
    "ee": [(r"(?<=[^aeiou\W])i(?=[^aeiou\W]\b|n\b)", "ee")], "ou": [(r"(?<=[^aeiouq\W])u(?=[^aeiou\W])", "ou")],
    "tal": [(r"\bTall\b", "Tal")], "tell": FR["tell"], "kfar": [(r"\bKafr\b", "Kfar")],
    "single": [(r"([a-z])\1", r"\1")], "-eh": [(r"(?<=[^i])ah\b", "eh")], "-a": FR["-a"],
    "al-": [(_ARTICLE + r"(\w)", r"Al-\1")], "no-article": [_NO_ART], "deir": [_DEIR],
    "sheikh": [(r"\bShaykh\b", "Sheikh")],
}
#: a reporter's whole spelling of a name: the rewrites applied in turn
FULL = {
    "fr": {"full": ["deir", "cheikh", "tell", "aïn", "maaret", "ech-", "al-", "ch", "ou", "ei", "aï", "-iyé", "-é", "k"],
           "full-a": ["deir", "cheikh", "aïn", "no-article", "ch", "ou", "ei", "-a", "mute-e"]},
    "en": {"full": ["deir", "sheikh", "al-", "-iyeh", "ei", "-eh"],
           "full-a": ["deir", "sheikh", "no-article", "-iya", "single", "-a"]},
}
#: the rules a probe spelling is written by, per language (words alone such as "deir" only in full spellings)
_ALONE = {"fr": ["ch", "ou", "dj", "w-ou", "ei", "-a", "-é", "-iyé", "mute-e", "al-", "el-", "no-article"],
          "en": ["-iyeh", "-iya", "ei", "ai", "ee", "ou", "tal", "tell", "kfar", "single", "-eh", "-a", "al-", "no-article"]}
RULES = {lang: {**{rule: _rewrite(*table[rule]) for rule in _ALONE[lang]},
                **{name: _rewrite(*(pair for rule in chain for pair in table[rule]))
                   for name, chain in FULL[lang].items()}}
         for lang, table in (("fr", FR), ("en", EN))}


#: common press forms (``bench/name_variants.tsv``): (form, language, the gazetteer's name of the
#: place meant, its country)
PRESS_FORMS = [tuple(line.rstrip("\n").split("\t")) for line in
               Path(__file__).with_name("name_variants.tsv").read_text(encoding="utf-8").splitlines()
               if line.strip() and not line.startswith("#")]

#: capitalised words of the reporting that are no places, and towns of other countries: none may
#: become a Syrian place
NOT_SYRIAN = """Observatory Observatoire Minister Ministre President Président Army Armée Rebels Rebelles
Government Gouvernement Council Conseil Security Sécurité Health Santé Police Coalition Regime Régime Forces
Brigade Division Front Nusra Hezbollah Hizbollah Daech Daesh Assad Bachar Bashar Erdogan Poutine Putin Obama
Trump Lavrov Kerry Mistura Rahman Abdel Mohammed Mohamed Ahmad Ahmed Hussein Hassan Omar Khaled Mustafa
Moustafa Ibrahim Youssef Yusuf Mahmoud Abdullah Abdallah Jaish Ahrar Tahrir Jabhat Fateh Ansar Jund Liwa
Katiba Kurdish Kurde Kurds Alawite Alaouite Sunni Sunnite Chiite Shiite Druze Christian Chrétien Islamic
Islamique Jihadist Djihadiste Mujahideen Moudjahidine Peshmerga Pentagon Pentagone Kremlin Reuters Agence
Sputnik Amnesty Unicef Crescent Croissant Helmets Casques Ramadan Koran Coran Mosque Mosquée Hospital Hôpital
School École Market Marché Checkpoint Barrage Airport Aéroport Highway Autoroute Countryside Campagne Village
Ville Western Eastern Northern Southern Selon Mais Alors Après Avant Hier Samedi Dimanche Vendredi Jeudi
Mercredi Mardi Lundi Saturday Sunday Friday Thursday Wednesday Tuesday Monday Zeid Zaid Mohsen Mouhsen Rami
Bassam Karim Nasser Nasrallah Qassem Soleimani Baghdadi Joulani Jolani Golani Zahran Alloush Allouch Hamza
Suqour Shabiha Chabiha Moukhabarat Mukhabarat Sheikh Cheikh Imam Mufti Emir Émir Caliphate Califat Kalashnikov
Katyusha Barrel Baril Sarin Chlore Chlorine Mortier Mortar Drone Sukhoi Tomahawk Onu Otan Nato Unesco Wfp
Mosul Mossoul Bagdad Beyrouth Tripoli Ankara Gaziantep Kilis Reyhanli Antakya Akçakale Ceylanpinar Nusaybin
Amman Irbid Mafraq Ramtha Zaatari Arsal Ersal Baalbek Saïda Sidon Dahiyeh Dahieh Beiji Baiji Tikrit Ramadi
Fallouja Fallujah Kirkouk Kirkuk Erbil Haditha Anbar Rutba Sanaa Aden Taez Hodeida Benghazi Syrte Sirte
Misrata Gaza Rafah Jenin Naplouse Hébron Ramallah Kandahar Helmand Donetsk Louhansk Marioupol Kharkiv Grozny
Zahle Zahlé Jounieh Nabatieh Marjayoun Qaim Suruç Suruc Hatay Iskenderun Mardin Cizre Silopi Zakho
Dohuk Duhok Sulaymaniyah Halabja Basra Bassora Najaf Kerbala Karbala Samarra Baquba Tal Afar Bartella Qaraqosh
Hammam Ouadi Wadi Jebel Jabal Beit Bayt Umm Oum Abou Abu Ain Ras Khan Souk Hay Harat Qasr Deir Kafr Tell""".split()
#: Arabic given names and family names as the press writes them (people, not places)
NOT_SYRIAN += """Abdelkader Abdulkader Abdelaziz Abdulaziz Abdelkarim Abdulkarim Abderrahmane Abdulrahman Adnan
Akram Amer Amir Anas Ayman Bakr Bilal Fadi Fahd Faisal Fayez Firas Ghassan Haitham Hamid Hani Haroun Hisham
Houssam Husam Ihab Imad Issam Jamal Jamil Jihad Kamal Khalil Louay Maher Majid Malek Mazen Moaz Mounir Munir
Nabil Nadim Naji Nizar Omran Osama Oussama Qusai Rafiq Ramzi Riad Riyad Saad Said Salah Salim Samir Sami Tarek
Tariq Walid Wael Yasser Yassin Younes Zakaria Zouhair Zuhair Fatima Aisha Maryam Nour Rania Reem Salma Zeinab
Zaynab Hala Lina Dima Razan Suad Makhlouf Shalish Tlass Sharaa Moallem Mouallem Jaafari Ghazali Haddad Khatib
Hijab Sabra Kilo Atassi Jarba Khoja Hariri Mikati Aoun Jumblatt Berri Barzani Talabani Ocalan Kobler Assaf
Qaddour Hammoud Hamoud Souleimane Sulaiman Shehadeh Tayfour Darwish Kanaan Shawkat Rustom Mamlouk Hassoun
Zahreddine Suheil Hassan Bouthaina Shaaban Halabi Hamwi Homsi Dimashqi Idlibi""".split()
#: multiword foreign places of the list above
NOT_SYRIAN += ["Khan Younès", "Khan Yunis", "Tal Afar", "Tall Afar", "Al-Qaim", "Abou Ghraib", "Abu Ghraib",
               "Ras Baalbek", "Deir al-Ahmar", "Beit Hanoun", "Beit Lahia", "Kfar Kila", "Kafr Kanna"]


def _syrian_places(path: str) -> list[tuple[str, float, float]]:
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return con.execute("SELECT name, lat, lon FROM places WHERE country_code = 'SY' AND feature_code != 'PCLI' "
                           "ORDER BY id").fetchall()
    finally:
        con.close()


def _syrian_entries(gazetteer: Gazetteer, path: str):
    return [p for name, _lat, _lon in _syrian_places(path)
            for p in gazetteer.candidates(name, country="SY", loose=False, limit=50) if p.name == name]


def _base(name: str) -> str:
    """A gazetteer name as a reporter's Latin starting point: diacritics and ayn/hamza marks off."""
    return " ".join(re.sub(r"[‘’ʿʾ']", "", strip_diacritics(name)).split())


def _lookup(finder, surface: str, lang: str, cc: str):
    """The extractor's reading of a name (``PlaceFinder.find``'s two passes, without the other names
    of a document): alone first, then again in a document about ``cc``; the place it keeps, or
    ``None``, and whether the name matched exactly."""
    from geo.extract.home_namesakes import read_at_home
    from geo.extract.places import kept_reading

    spelling = lang != "en"
    places, exact = finder._lookup(surface, "ner", None, None, loose=spelling)
    if not places:
        return None, exact
    strong = exact and finder._notable(places[0])
    context = {cc: 1.0}
    if len(places) > 1:
        places = finder._lookup(surface, "ner", None, context, loose=spelling, limit=30)[0] or places
    inexact = set() if exact else {0}
    if exact:
        at_home = read_at_home(places, context, ())
        if at_home[0] is not places[0]:
            inexact.add(0)
        places = at_home
        if not strong:
            places = finder._namesake_at_home(surface, places, context, inexact, 0)
    close = finder.close_variants(surface, context) if inexact else frozenset()
    return kept_reading(places, context, inexact=bool(inexact), strong=strong, spelling=spelling, close=close), exact


def variants(places: list[tuple[str, float, float]]) -> list[tuple[str, str, str, str, float, float]]:
    """(form, language, rule, place name, lat, lon) of every rewritten name that differs from its base."""
    out = []
    seen = set()
    for name, lat, lon in places:
        base = _base(name)
        if not base.isascii():
            continue
        for lang, rules in RULES.items():
            for rule, apply in rules.items():
                form = apply(base)
                if form != base and (form, lang, name) not in seen:
                    seen.add((form, lang, name))
                    out.append((form, lang, rule, name, lat, lon))
    return out


#: sentences of our own per language for ``-s``: the name read in running text (NER spans included),
#: alone ({a}: nothing), set in its governorate (``-s2``; {a}: the gazetteer's first-level area,
#: "Governorate" left out) and, in French, on its side of the country (``-s3``; {a}: "nord-ouest" …)
SENTENCES = {
    "fr": ("Mardi, des frappes aériennes du régime ont tué six civils à {p}, dans le nord de la Syrie, selon l'OSDH.",
           "Mardi, des frappes aériennes du régime ont tué six civils à {p}, dans la province de {a}, selon l'OSDH.",
           "Mardi, des frappes aériennes du régime ont tué six civils à {p} ({a}), selon l'OSDH. La Syrie est en "
           "guerre depuis 2011."),
    "en": ("On Tuesday, government air strikes killed six civilians in {p}, in northern Syria, the Syrian "
           "Observatory said.",
           "On Tuesday, government air strikes killed six civilians in {p}, in {a} province, the Syrian "
           "Observatory said."),
}
#: the French compass points by the bearing they name, from north clockwise every 45 degrees
_SIDES = ("nord", "nord-est", "est", "sud-est", "sud", "sud-ouest", "ouest", "nord-ouest")


def _side(place, country) -> str:
    """The side of its country a French agency gives ``place`` ("centre" near the country's point)."""
    from geo.extract.compass import bearing
    from geo.extract.settlements import CENTRE_KM

    if haversine_km(country.point, place.point) <= CENTRE_KM:
        return "centre"
    return _SIDES[int((bearing(country.point, place.point) + 22.5) % 360 // 45)]


def _in_sentence(finder, surface: str, lang: str, template: int = 0, where: str = ""):
    """The place :meth:`PlaceFinder.find` gives the name in the ``template``-th of :data:`SENTENCES`
    of ``lang`` (the last one if it has fewer), or ``None``."""
    forms = SENTENCES[lang]
    text = forms[min(template, len(forms) - 1)].format(p=surface, a=where)
    start = text.index(surface)
    for m in finder.find(text, lang):
        if m.start <= start < m.end or start <= m.start < start + len(surface):
            return m.place
    return None


def main(argv: list[str]) -> None:
    from geo.extract.places import PlaceFinder

    verbose = "-v" in argv
    path = os.environ["CONFLICTMAP_GAZETTEER"]
    with Gazetteer(path) as gazetteer:
        template = next((int(a[2:] or 1) - 1 for a in argv if a in ("-s", "-s2", "-s3")), None)
        sentences = template is not None
        syria = gazetteer.country("SY")
        told_where = {(p.lat, p.lon): {"fr": [p.admin1.replace(" Governorate", ""), _side(p, syria)],
                                  "en": [p.admin1.replace(" Governorate", "")] * 2}
                 for p in _syrian_entries(gazetteer, path)}
        finder = PlaceFinder(gazetteer, use_ner=sentences)
        probes = variants(_syrian_places(path))
        for form, lang, name, cc in PRESS_FORMS:
            where = [p for p in gazetteer.candidates(name, country=cc, loose=False, limit=50) if p.name == name]
            if where:
                probes.append((form, lang, "press", name, where[0].lat, where[0].lon))
            else:
                print(f"(no gazetteer entry {name!r} for {form!r})")
        tally: Counter[tuple[str, str]] = Counter()
        by_rule: dict[tuple[str, str], Counter[str]] = {}
        for form, lang, rule, name, lat, lon in probes:
            cc = "SY"
            for f, lg, n, c in PRESS_FORMS:
                if (f, lg, n) == (form, lang, name):
                    cc = c
            top, exact = _lookup(finder, form, lang, cc)
            if sentences:
                told = told_where.get((lat, lon), {}).get(lang, ["", ""])
                top = _in_sentence(finder, form, lang, template, told[template - 1] if template else "")
            ok = top is not None and haversine_km((lat, lon), (top.lat, top.lon)) <= WITHIN_KM
            kind = "exact" if exact else "variant"
            tally[(lang, kind, ok)] += 1
            by_rule.setdefault((lang, "press" if rule == "press" else "rules"), Counter())[(kind, ok)] += 1
            if verbose and not ok:
                got = f"{top.name} ({top.country_code})" if top else "nothing"
                print(f"MISS {kind[:2]} {lang} {rule:10} {form!r} -> {got}; meant {name}")
        for lang in ("fr", "en"):
            v_ok, v_all = tally[(lang, "variant", True)], tally[(lang, "variant", True)] + tally[(lang, "variant", False)]
            e_ok, e_all = tally[(lang, "exact", True)], tally[(lang, "exact", True)] + tally[(lang, "exact", False)]
            print(f"{lang}: variants passed {v_ok}/{v_all}; exact spellings passed {e_ok}/{e_all}")
        for (lang, src), c in sorted(by_rule.items()):
            print(f"   {lang} {src}: variants {c[('variant', True)]}/{c[('variant', True)] + c[('variant', False)]}, "
                  f"exact {c[('exact', True)]}/{c[('exact', True)] + c[('exact', False)]}")
        false: Counter[str] = Counter()
        for lang in ("fr", "en"):
            for word in NOT_SYRIAN:
                top, exact = _lookup(finder, word, lang, "SY")
                if sentences:
                    top = _in_sentence(finder, word, lang)
                if top is not None and top.country_code == "SY":
                    false["exact" if exact else "variant"] += 1
                    if verbose:
                        print(f"FALSE {lang} {word!r} -> {top.name} ({'exact' if exact else 'variant'})")
        print(f"passed {sum(n for (lg, k, ok), n in tally.items() if ok)}/{sum(tally.values())}; "
              f"false Syrian resolutions by variant {false['variant']}, by an exact name {false['exact']} "
              f"(of {2 * len(NOT_SYRIAN)})")


if __name__ == "__main__":
    main(sys.argv[1:])
