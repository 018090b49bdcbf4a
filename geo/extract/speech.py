"""The verbs of speech: what a government, agency, outlet or monitor does in a report ("Moscow
said", "a indiqué l'Observatoire", "Damas a déploré").  A place that speaks is no event place
(:mod:`geo.extract.events`), and a sentence whose only past verb is one of these tells a
statement, not an act (:mod:`geo.extract.same_day`)."""

from __future__ import annotations

#: a verb of speech, past or present, English or French (a regular expression, no groups)
SPEECH_VERBS = (
    r"(?:said|says|say|accused|accuses|announced|announces|claimed|claims|denied|denies|warned|warns|urged|"
    r"urges|condemned|condemns|insisted|insists|stated|states|reported|reports|confirmed|confirms|blamed|"
    r"blames|demanded|demands|rejected|rejects|responded|vowed|vows|threatened|threatens|told|believes|"
    r"wants|sees|considers|annoncé|annonce|déclaré|déclare|accusé|accuse|affirmé|affirme|dénoncé|dénonce|"
    r"démenti|dément|estimé|estime|assuré|assure|indiqué|indique|précisé|précise|condamné|condamne|"
    r"rapporté|rapporte|exigé|exige|deplored|deplores|déploré|déplore|regretté|regrette)"
)

__all__ = ["SPEECH_VERBS"]
