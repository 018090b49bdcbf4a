"""Syria's fourteen governorates as GeoNames admin1 codes, and the names coders give them.

The gazetteer is GeoNames-based, so an event's area is the GeoNames admin1 code of its place
(``SY.09`` for Aleppo).  Gold files name governorates in English ("Rif Dimashq", "Deir ez-Zor")
or in FA-KES' spellings ("deir ezzor", "lattakia", "hasakeh"); this table turns any of them
into the code.  Names are compared by :func:`geo.names.area_key`.
"""

from __future__ import annotations

from geo.names import area_key

#: GeoNames admin1 code of each Syrian governorate -> the spellings gold files use for it
SYRIA_GOVERNORATES: dict[str, tuple[str, ...]] = {
    "01": ("Al-Hasakah", "Hasakah", "Hasakeh", "Hassaké", "Hasaka"),
    "02": ("Latakia", "Lattakia", "Lattaquié"),
    "03": ("Quneitra", "Kuneitra", "Qouneitra"),
    "04": ("Ar-Raqqah", "Raqqa", "Rakka"),
    "05": ("As-Suwayda", "Suwayda", "Sweida", "Soueïda"),
    "06": ("Daraa", "Deraa", "Dera"),
    "07": ("Deir ez-Zor", "Deir ezzor", "Deir Ezzor", "Deir el-Zor"),
    "08": ("Rif Dimashq", "Rif-dimashq", "Rural Damascus", "Damascus countryside"),
    "09": ("Aleppo", "Alep", "Halab"),
    "10": ("Hama", "Hamah"),
    "11": ("Homs",),
    "12": ("Idlib", "Idleb"),
    "13": ("Damascus", "Dimashq", "Damas"),
    "14": ("Tartus", "Tartous"),
}

#: FA-KES' "damascus" covers the city and its countryside (Rif Dimashq), as its README says
FAKES_WIDER = {"damascus": ("13", "08")}

_BY_KEY: dict[str, str] = {area_key(n): code for code, names in SYRIA_GOVERNORATES.items() for n in names}


def syria_code(name: str | None) -> str | None:
    """The GeoNames admin1 code ("09") of a Syrian governorate named any way the table knows."""
    return _BY_KEY.get(area_key(name)) if name else None


def fakes_codes(name: str) -> tuple[str, ...]:
    """The admin1 codes a FA-KES ``governorate`` value covers (empty when unknown)."""
    key = area_key(name)
    if key in FAKES_WIDER:
        return FAKES_WIDER[key]
    code = _BY_KEY.get(key)
    return (code,) if code else ()
