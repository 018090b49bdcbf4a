"""The verbs of speech and of stance: what a government, agency, outlet or monitor does in a report
("Moscow said", "a indiqué l'Observatoire", "Damas a déploré", "Paris condemned the attack").

One vocabulary, keyed by lemma, read three ways:

* the word rules read a verb of speech by its finite forms (:data:`SPEECH_VERBS`, a regular
  expression): a place that speaks is no event place (:mod:`geo.extract.events`), and a sentence
  whose only past verb is one of these tells a statement, not an act (:mod:`geo.extract.same_day`);
* the parse reads it by its lemma (:data:`SPEECH_LEMMAS`): its subject is a speaker, its
  locative where it was said (:mod:`geo.extract.attachment`, which turns lemmas into forms);
* a verb of stance on an act (:data:`STANCE_VERBS`, per language, with the forms a stance takes):
  the act is spoken of, not told (:mod:`geo.extract.act_mood`).  Several verbs of speech are
  verbs of stance too ("condemn", "dénoncer"); a stance need not be spoken ("prove", "agree").
"""

from __future__ import annotations

#: verbs of speech (lemma -> the finite forms the word rules read: past, present third person;
#: none: the parse alone reads it, by its lemma)
_SPEECH: dict[str, str] = {
    "say": "said says say", "accuse": "accused accuses", "announce": "announced announces",
    "claim": "claimed claims", "deny": "denied denies", "warn": "warned warns", "urge": "urged urges",
    "condemn": "condemned condemns", "insist": "insisted insists", "state": "stated states",
    "report": "reported reports", "confirm": "confirmed confirms", "blame": "blamed blames",
    "demand": "demanded demands", "reject": "rejected rejects", "respond": "responded", "vow": "vowed vows",
    "threaten": "threatened threatens", "tell": "told", "believe": "believes", "want": "wants", "see": "sees",
    "consider": "considers", "deplore": "deplored deplores",
    "add": "", "stress": "", "call": "", "dismiss": "", "criticize": "", "criticise": "", "welcome": "",
    "argue": "", "allege": "", "acknowledge": "", "admit": "",
    "annoncer": "annoncé annonce", "déclarer": "déclaré déclare", "accuser": "accusé accuse",
    "affirmer": "affirmé affirme", "dénoncer": "dénoncé dénonce", "démentir": "démenti dément",
    "estimer": "estimé estime", "assurer": "assuré assure", "indiquer": "indiqué indique",
    "préciser": "précisé précise", "condamner": "condamné condamne", "rapporter": "rapporté rapporte",
    "exiger": "exigé exige", "déplorer": "déploré déplore", "regretter": "regretté regrette",
    "ajouter": "", "souligner": "", "appeler": "", "rejeter": "", "réclamer": "", "menacer": "",
    "avertir": "", "nier": "", "réagir": "", "confirmer": "", "revendiquer": "revendiqué revendique",
}
#: verbs of speech the word rules read that the parse does not take for speech (as before the
#: vocabularies were joined; whether it should is a change of behaviour of its own)
_WORDS_ONLY = frozenset({"deplore", "déplorer", "regretter"})

#: a verb of speech, past or present, English or French (a regular expression, no groups)
SPEECH_VERBS = "(?:" + "|".join(form for forms in _SPEECH.values() for form in forms.split()) + ")"
#: the lemmas of the verbs of speech, for the parse (which reads lemmas: :mod:`geo.extract.attachment`)
SPEECH_LEMMAS = frozenset(_SPEECH) - _WORDS_ONLY

#: per language, the verbs (and phrases) of a stance on an act: lemma -> its forms (a regular
#: expression, no groups): "condemned the attack", "a dénoncé cette attaque", "l'usage est prouvé"
STANCE_VERBS: dict[str, dict[str, str]] = {
    "en": {"condemn": r"condemn(?:s|ed|ing)?", "denounce": r"denounce[sd]?", "deplore": r"deplore[sd]?",
           "deny": r"den(?:y|ies|ied)", "prove": r"prov(?:e|es|ed|en)", "welcome": r"welcome[sd]?",
           "agree": r"agree[sd]?", "reach an agreement": r"reached\s+(?:an?\s+)?(?:agreement|deal)",
           "promise": r"promise[sd]?", "pledge": r"pledge[sd]?", "investigate": r"investigat(?:e|es|ed|ing)",
           "discuss": r"discuss(?:es|ed)?"},
    "fr": {"condamner": r"condamn(?:e|ent|é|ée|és|ées|ait|aient)",
           "dénoncer": r"dénonc(?:e|ent|é|ée|és|ées|ait|aient)", "déplorer": r"déplor(?:e|ent|é|ait|aient)",
           "démentir": r"dément(?:ent)?|démenti", "nier": r"ni(?:e|ent|é)", "prouver": r"prouvée?s?",
           "saluer": r"salu(?:e|ent|é)", "tomber d'accord": r"tombée?s?\s+d['’]accord",
           "accord sur": r"accord\s+sur", "promettre": r"promis|promet(?:tent|tait|taient)?",
           "enquêter": r"enquêt(?:e|ent|er)", "assurer que": r"assur(?:e|é|ait)\s+que",
           "tenir compte": r"tiendr(?:a|ont)\s+compte"},
}

__all__ = ["SPEECH_LEMMAS", "SPEECH_VERBS", "STANCE_VERBS"]
