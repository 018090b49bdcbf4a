"""GeoNames dump rows in the exact 19-column layout, written by the tests (not real dumps)."""

import zipfile
from pathlib import Path


def dump_row(gid, name, lat, lon, fclass, fcode, cc, admin1, pop, alternates=""):
    ascii_name = name.encode("ascii", "ignore").decode() or name
    cols = [str(gid), name, ascii_name, alternates, str(lat), str(lon), fclass, fcode, cc, "",
            admin1, "", "", "", str(pop), "", "300", "Asia/Damascus", "2024-01-01"]
    assert len(cols) == 19
    return "\t".join(cols)


SY_ROWS = [
    dump_row(173811, "Al Ḩasakah", 36.50237, 40.74772, "P", "PPLA", "SY", "01", 188160,
             "Al-Hasakah,Hasakah,Hassake,Hassaké"),
    dump_row(170062, "Deir ez-Zor", 35.33588, 40.14084, "P", "PPLA", "SY", "07", 242565,
             "Dayr az Zawr,Deir al-Zour"),
    dump_row(163806, "Muḩāfaz̧at al Ḩasakah", 36.0, 41.0, "A", "ADM1", "SY", "01", 0,
             "Al-Hasakah Governorate,Hasakah Governorate"),
    dump_row(11614781, "At Tanf Border Crossing", 33.43624, 38.83581, "S", "PSTB", "SY", "11", 0, ""),
    dump_row(9999991, "Old Hasakah Ruins", 36.4, 40.7, "S", "RUIN", "SY", "01", 0, ""),
    dump_row(9999992, "Abandoned Qasr", 36.0, 40.0, "P", "PPLQ", "SY", "01", 0, ""),
]


def write_sy_zip(folder: Path) -> Path:
    path = folder / "SY.zip"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("SY.txt", "\n".join(SY_ROWS) + "\n")
        z.writestr("readme.txt", "GeoNames readme, not data\n")
    return path


