"""The ACLED event taxonomy the events are typed in, and the colour each type is drawn in.

Plain names and tables (no lexicon, nothing compiled): the dashboard imports them without the
extraction rules.
"""

from __future__ import annotations

BATTLES = "Battles"
EXPLOSIONS = "Explosions/Remote violence"
VIOLENCE_CIVILIANS = "Violence against civilians"
PROTESTS = "Protests"
RIOTS = "Riots"
STRATEGIC = "Strategic developments"

#: ACLED event_type -> sub_event_types (shared/REFERENCE.md)
TAXONOMY: dict[str, tuple[str, ...]] = {
    BATTLES: ("Armed clash", "Government regains territory", "Non-state actor overtakes territory"),
    EXPLOSIONS: ("Chemical weapon", "Air/drone strike", "Suicide bomb", "Shelling/artillery/missile attack",
                 "Remote explosive/landmine/IED", "Grenade"),
    VIOLENCE_CIVILIANS: ("Sexual violence", "Attack", "Abduction/forced disappearance"),
    PROTESTS: ("Peaceful protest", "Protest with intervention", "Excessive force against protesters"),
    RIOTS: ("Violent demonstration", "Mob violence"),
    STRATEGIC: ("Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use",
                "Headquarters or base established", "Looting/property destruction",
                "Non-violent transfer of territory", "Other"),
}
#: the colour of each event type on the map, its legend, the timeline and the exports
TYPE_COLORS: dict[str, str] = {
    BATTLES: "#d62728",
    EXPLOSIONS: "#ff7f0e",
    VIOLENCE_CIVILIANS: "#9467bd",
    PROTESTS: "#2ca02c",
    RIOTS: "#8c564b",
    STRATEGIC: "#1f77b4",
}
#: the colour of any other type (a dataset's own, a missing one)
OTHER_TYPE_COLOR = "#7f7f7f"
