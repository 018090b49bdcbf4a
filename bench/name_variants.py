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
in a document about the country) puts the place (within 10 km) first.  A non-place *resolves
falsely* when that lookup gives a Syrian place at all (a common word or a person read as a place).
Forms already spelled as one of the place's gazetteer names are counted apart (``exact``).

    PYTHONPATH=. CONFLICTMAP_GAZETTEER=/work/main/var/gazetteer.sqlite python -m bench.name_variants [-v]
"""

from __future__ import annotations

import os
import re
import sqlite3
import sys
from collections import Counter

from geo.gazetteer.index import Gazetteer
from geo.models import haversine_km
from geo.names import strip_diacritics

#: how far the first candidate may lie from the place meant
WITHIN_KM = 10.0


def _sub(pattern: str, repl: str):
    rx = re.compile(pattern)
    return lambda name: rx.sub(repl, name)


def _chain(*rules):
    def apply(name: str) -> str:
        for rule in rules:
            name = rule(name)
        return name
    return apply


def _cap(name: str) -> str:
    return " ".join(w[:1].upper() + w[1:] if w not in {"al", "el", "ech", "ed", "ez", "es"} and "-" not in w[:4]
                    else w for w in name.split(" "))


# -- French press habits --------------------------------------------------------------------------------
FR_CH = _chain(_sub(r"Sh", "Ch"), _sub(r"sh", "ch"))
FR_OU = _sub(r"(?<![oOqQ])([uU])", lambda m: "Ou" if m.group(1) == "U" else "ou")
FR_DJ = _sub(r"\bJ", "Dj")
FR_W = _sub(r"(?<=[aeiAEI])w|\bW(?=[aeiu])", "ou")
FR_EI = _sub(r"ay(?![aeiou])", "ei")
FR_AI = _sub(r"ay(?=[aeiou])", "aï")
FR_END_A = _sub(r"ah\b", "a")
FR_END_E = _sub(r"(?<=[^i])ah\b", "é")
FR_IYE = _sub(r"[iī]yah\b", "iyé")
FR_MUTE = _sub(r"(?<=[aiu][nm])\b(?!-)", "e")
FR_Q = _sub(r"q", "k")
FR_ART = _sub(r"\b(?:Al|Ar|As|Ash|At|Ad|Az|An|Aş|Aţ|Aḑ|Aḩ) (\w)", r"al-\1")
FR_ART_EL = _sub(r"\b(?:Al|Ar|As|Ash|At|Ad|Az|An) (\w)", r"el-\1")
FR_ART_SUN = _sub(r"\b(?:ash|Ash) (Sh)", r"ech-Ch")
FR_NO_ART = _sub(r"\b(?:Al|Ar|As|Ash|At|Ad|Az|An|al|an|ash|ar|as|at|ad|az) (?=\w)", "")
FR_DEIR = _sub(r"\bDayr\b", "Deir")
FR_CHEIKH = _sub(r"\bShaykh\b", "Cheikh")
FR_TELL = _sub(r"\bTall\b", "Tell")
FR_AIN = _sub(r"\bAyn\b", "Aïn")
FR_MAARET = _sub(r"\bMa.?arrat\b", "Maaret")
FR_KAFR = _sub(r"\bKafr\b", "Kafr")
#: a reporter's whole French spelling of a name
FR_FULL = _chain(FR_DEIR, FR_CHEIKH, FR_TELL, FR_AIN, FR_MAARET, FR_ART_SUN, FR_ART, FR_CH, FR_OU, FR_EI, FR_AI,
                 FR_IYE, FR_END_E, FR_Q)
FR_FULL_A = _chain(FR_DEIR, FR_CHEIKH, FR_AIN, FR_NO_ART, FR_CH, FR_OU, FR_EI, FR_END_A, FR_MUTE)

FRENCH = {
    "ch": FR_CH, "ou": FR_OU, "dj": FR_DJ, "w-ou": FR_W, "ei": FR_EI, "-a": FR_END_A, "-é": FR_END_E,
    "-iyé": FR_IYE, "mute-e": FR_MUTE, "al-": FR_ART, "el-": FR_ART_EL, "no-article": FR_NO_ART,
    "full": FR_FULL, "full-a": FR_FULL_A,
}

# -- English press habits -------------------------------------------------------------------------------
EN_IYEH = _sub(r"[iī]yah\b", "iyeh")
EN_IYA = _sub(r"[iī]yah\b", "iya")
EN_EI = _sub(r"ay(?![aeiou])", "ei")
EN_AI = _sub(r"ay", "ai")
EN_EE = _sub(r"(?<=[^aeiou\W])i(?=[^aeiou\W]\b|n\b)", "ee")
EN_OU = _sub(r"(?<=[^aeiouq\W])u(?=[^aeiou\W])", "ou")
EN_TAL = _sub(r"\bTall\b", "Tal")
EN_TELL = _sub(r"\bTall\b", "Tell")
EN_KFAR = _sub(r"\bKafr\b", "Kfar")
EN_SINGLE = _sub(r"([a-z])\1", r"\1")
EN_EH = _sub(r"(?<=[^i])ah\b", "eh")
EN_A = _sub(r"ah\b", "a")
EN_ART = _sub(r"\b(?:Al|Ar|As|Ash|At|Ad|Az|An) (\w)", r"Al-\1")
EN_NO_ART = FR_NO_ART
EN_DEIR = _sub(r"\bDayr\b", "Deir")
EN_SHEIKH = _sub(r"\bShaykh\b", "Sheikh")
EN_FULL = _chain(EN_DEIR, EN_SHEIKH, EN_ART, EN_IYEH, EN_EI, EN_EH)
EN_FULL_A = _chain(EN_DEIR, EN_SHEIKH, EN_NO_ART, EN_IYA, EN_SINGLE, EN_A)

ENGLISH = {
    "-iyeh": EN_IYEH, "-iya": EN_IYA, "ei": EN_EI, "ai": EN_AI, "ee": EN_EE, "ou": EN_OU, "tal": EN_TAL,
    "tell": EN_TELL, "kfar": EN_KFAR, "single": EN_SINGLE, "-eh": EN_EH, "-a": EN_A, "al-": EN_ART,
    "no-article": EN_NO_ART, "full": EN_FULL, "full-a": EN_FULL_A,
}

#: common press forms, written from general knowledge of French and English reporting on the region:
#: (form, language, the gazetteer's name of the place meant, its country)
PRESS_FORMS = [
    ("Deir Ezzor", "fr", "Deir ez-Zor", "SY"), ("Deir el-Zor", "en", "Deir ez-Zor", "SY"),
    ("Deir Ez-Zor", "fr", "Deir ez-Zor", "SY"), ("Idleb", "fr", "Idlib", "SY"),
    ("Jisr al-Choughour", "fr", "Jisr ash Shughūr", "SY"), ("Jisr el-Choughour", "fr", "Jisr ash Shughūr", "SY"),
    ("Jisr al-Shughour", "en", "Jisr ash Shughūr", "SY"), ("Jisr al-Shughur", "en", "Jisr ash Shughūr", "SY"),
    ("Maaret al-Noomane", "fr", "Ma‘arrat an Nu‘mān", "SY"), ("Maarat al-Numan", "en", "Ma‘arrat an Nu‘mān", "SY"),
    ("Maaret al-Nouman", "fr", "Ma‘arrat an Nu‘mān", "SY"), ("Ma'arrat al-Nu'man", "en", "Ma‘arrat an Nu‘mān", "SY"),
    ("Maaret Misrine", "fr", "Ma‘arratmişrīn", "SY"), ("Maarat Misrin", "en", "Ma‘arratmişrīn", "SY"),
    ("Khan Cheikhoun", "fr", "Khān Shaykhūn", "SY"), ("Khan Sheikhoun", "en", "Khān Shaykhūn", "SY"),
    ("Khan Shaykhun", "en", "Khān Shaykhūn", "SY"), ("Kafranbel", "en", "Kafranbel", "SY"),
    ("Kafr Nabl", "en", "Kafranbel", "SY"), ("Darayya", "en", "Dārayyā", "SY"), ("Daraya", "fr", "Dārayyā", "SY"),
    ("Qusayr", "en", "Al Quşayr", "SY"), ("Qusair", "en", "Al Quşayr", "SY"), ("Qousseir", "fr", "Al Quşayr", "SY"),
    ("Al-Qusayr", "en", "Al Quşayr", "SY"), ("Tal Abyad", "en", "Tall Abyaḑ", "SY"), ("Tell Abiad", "fr", "Tall Abyaḑ", "SY"),
    ("Ras al-Ain", "en", "Ra’s al ‘Ayn", "SY"), ("Ras el-Aïn", "fr", "Ra’s al ‘Ayn", "SY"),
    ("Ras al-Ayn", "en", "Ra’s al ‘Ayn", "SY"), ("Aïn al-Arab", "fr", "‘Ayn al ‘Arab", "SY"),
    ("Hassaké", "fr", "Al Ḩasakah", "SY"), ("Hasakeh", "en", "Al Ḩasakah", "SY"), ("Hassakeh", "en", "Al Ḩasakah", "SY"),
    ("Qamichli", "fr", "Al Qāmishlī", "SY"), ("Soueida", "fr", "As-Suwayda", "SY"), ("Sweida", "en", "As-Suwayda", "SY"),
    ("Soueïda", "fr", "As-Suwayda", "SY"), ("Deraa", "fr", "Dar‘ā", "SY"), ("Dera'a", "en", "Dar‘ā", "SY"),
    ("Kuneitra", "en", "Al Qunayţirah", "SY"), ("Koneitra", "fr", "Al Qunayţirah", "SY"),
    ("Lattaquié", "fr", "Latakia", "SY"), ("Tartous", "fr", "Ţarţūs", "SY"), ("Palmyre", "fr", "Tadmur", "SY"),
    ("Rakka", "fr", "Ar Raqqah", "SY"), ("Tabka", "fr", "Al-Tabqa", "SY"), ("Manbidj", "fr", "Manbij", "SY"),
    ("Jarablous", "fr", "Jarābulus", "SY"), ("A'zaz", "en", "I‘zāz", "SY"), ("Afrine", "fr", "‘Afrīn", "SY"),
    ("Boukamal", "fr", "Ālbū Kamāl", "SY"), ("Abou Kamal", "fr", "Ālbū Kamāl", "SY"), ("Al-Bukamal", "en", "Ālbū Kamāl", "SY"),
    ("Mayadine", "fr", "Al Mayādīn", "SY"), ("Mayadeen", "en", "Al Mayādīn", "SY"), ("Saraqeb", "fr", "Saraqib", "SY"),
    ("Sermine", "fr", "Sarmīn", "SY"), ("Darkouch", "fr", "Darkūsh", "SY"), ("Jablé", "fr", "Jablah", "SY"),
    ("Jableh", "en", "Jablah", "SY"), ("Banias", "en", "Bāniyās", "SY"), ("Kessab", "fr", "Kassab", "SY"),
    ("Harasta", "en", "Ḩarastā", "SY"), ("Arbin", "en", "‘Irbīn", "SY"), ("Kafr Batna", "en", "Kafr Baţnā", "SY"),
    ("Zabadani", "en", "Az Zabadānī", "SY"), ("Madaya", "en", "Maḑāyā", "SY"), ("Yabroud", "fr", "Yabrūd", "SY"),
    ("Nabek", "fr", "An Nabk", "SY"), ("An-Nabk", "en", "An Nabk", "SY"), ("Deir Attiyeh", "en", "Dayr ‘Aţīyah", "SY"),
    ("Rankous", "fr", "Rankūs", "SY"), ("Sednaya", "en", "Şaydnāyā", "SY"), ("Saydnaya", "en", "Şaydnāyā", "SY"),
    ("Maaloula", "fr", "Ma‘lūlā", "SY"), ("Qatana", "en", "Qaţanā", "SY"), ("Kisweh", "en", "Al Kiswah", "SY"),
    ("Al-Kiswah", "en", "Al Kiswah", "SY"), ("Jassem", "fr", "Jāsim", "SY"), ("Inkhil", "en", "Inkhil", "SY"),
    ("Sheikh Miskeen", "en", "Shaykh Miskīn", "SY"), ("Cheikh Meskine", "fr", "Shaykh Miskīn", "SY"),
    ("Izraa", "en", "Izra‘", "SY"), ("Bosra", "fr", "Buşrá ash Shām", "SY"), ("Busra al-Sham", "en", "Buşrá ash Shām", "SY"),
    ("Dael", "en", "Dā‘il", "SY"), ("Da'el", "en", "Dā‘il", "SY"), ("Hraytan", "en", "Ḩuraytān", "SY"),
    ("Tal Rifaat", "en", "Tall Rif‘at", "SY"), ("Tell Rifaat", "fr", "Tall Rif‘at", "SY"), ("Nubl", "en", "Nubl", "SY"),
    ("Marea", "en", "Māri‘", "SY"), ("Mare'", "en", "Māri‘", "SY"), ("Al-Safira", "en", "As Safīrah", "SY"),
    ("Sfireh", "en", "As Safīrah", "SY"), ("Deir Hafer", "en", "Dayr Ḩāfir", "SY"), ("Maskana", "en", "Maskanah", "SY"),
    ("Rastane", "fr", "Ar Rastan", "SY"), ("Talbiseh", "en", "Tallbīsah", "SY"), ("Talbisseh", "fr", "Tallbīsah", "SY"),
    ("Tal Kalakh", "en", "Tallkalakh", "SY"), ("Tell Kalakh", "fr", "Tallkalakh", "SY"),
    ("Al-Qaryatain", "en", "Al Qaryatayn", "SY"), ("Qaryatein", "fr", "Al Qaryatayn", "SY"),
    ("Al-Soukhna", "fr", "As Sukhnah", "SY"), ("Sukhna", "en", "As Sukhnah", "SY"), ("Masyaf", "en", "Maşyāf", "SY"),
    ("Mahardeh", "en", "Maharda", "SY"), ("Mhardeh", "en", "Maharda", "SY"), ("Suqaylabiyah", "en", "As Suqaylibīyah", "SY"),
    ("Skeilbiyeh", "en", "As Suqaylibīyah", "SY"), ("Kafr Zita", "en", "Kafr Zaytā", "SY"), ("Kafrzita", "fr", "Kafr Zaytā", "SY"),
    ("Morek", "en", "Mūrak", "SY"), ("Halfaya", "en", "Ḩalfāyā", "SY"), ("Salamiyeh", "en", "As Salamīyah", "SY"),
    ("Salamieh", "fr", "As Salamīyah", "SY"), ("Khanasser", "en", "Khanāşir", "SY"), ("Shaddadi", "en", "Ash Shaddādah", "SY"),
    ("Chaddadi", "fr", "Ash Shaddādah", "SY"), ("Al-Hol", "en", "Al Ḩawl", "SY"), ("Al-Hawl", "en", "Al Ḩawl", "SY"),
    ("Hajine", "fr", "Hajīn", "SY"), ("Amouda", "fr", "‘Āmūdā", "SY"), ("Derbassiyeh", "en", "Ad Darbāsīyah", "SY"),
    ("Al-Malikiyah", "en", "Al Mālikīyah", "SY"), ("Qahtaniyah", "en", "Al Qaḩţānīyah", "SY"),
    ("Tal Tamr", "en", "Tall Tamr", "SY"), ("Tell Tamer", "fr", "Tall Tamr", "SY"), ("Aïn Issa", "fr", "‘Ayn ‘Īsá", "SY"),
    ("Ain Issa", "en", "‘Ayn ‘Īsá", "SY"), ("Slouk", "fr", "Sulūk", "SY"), ("Qardaha", "en", "Al Qardāḩah", "SY"),
    ("Qardaha", "fr", "Al Qardāḩah", "SY"), ("Ariha", "fr", "Arīḩā", "SY"), ("Douma", "fr", "Dūmā", "SY"),
    ("Beiji", "en", "Bayjī", "IQ"), ("Baiji", "en", "Bayjī", "IQ"), ("Fallouja", "fr", "Al Fallūjah", "IQ"),
    ("Falloujah", "fr", "Al Fallūjah", "IQ"), ("Tikrit", "fr", "Tikrīt", "IQ"), ("Ersal", "fr", "Aarsâl", "LB"),
    ("Hermel", "fr", "El Hermel", "LB"),
]

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
    return kept_reading(places, context, inexact=bool(inexact), strong=strong, spelling=spelling), exact


def variants(places: list[tuple[str, float, float]]) -> list[tuple[str, str, str, str, float, float]]:
    """(form, language, rule, place name, lat, lon) of every rewritten name that differs from its base."""
    out = []
    seen = set()
    for name, lat, lon in places:
        base = _base(name)
        if not base.isascii():
            continue
        for lang, rules in (("fr", FRENCH), ("en", ENGLISH)):
            for rule, apply in rules.items():
                form = apply(base)
                if form != base and (form, lang, name) not in seen:
                    seen.add((form, lang, name))
                    out.append((form, lang, rule, name, lat, lon))
    return out


def main(argv: list[str]) -> None:
    from geo.extract.places import PlaceFinder

    verbose = "-v" in argv
    path = os.environ["CONFLICTMAP_GAZETTEER"]
    with Gazetteer(path) as gazetteer:
        finder = PlaceFinder(gazetteer, use_ner=False)
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
                if top is not None and top.country_code == "SY":
                    false["exact" if exact else "variant"] += 1
                    if verbose:
                        print(f"FALSE {lang} {word!r} -> {top.name} ({'exact' if exact else 'variant'})")
        print(f"passed {sum(n for (lg, k, ok), n in tally.items() if ok)}/{sum(tally.values())}; "
              f"false Syrian resolutions by variant {false['variant']}, by an exact name {false['exact']} "
              f"(of {2 * len(NOT_SYRIAN)})")


if __name__ == "__main__":
    main(sys.argv[1:])
