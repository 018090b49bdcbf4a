"""Dataset files written by the tests, in each format's exact layout, with messy cases.

Every row here is made up for the tests (ACLED's terms forbid committing their data); the
layouts follow shared/REFERENCE.md.
"""

from __future__ import annotations

import csv
import gzip
import io
import json
import zipfile
from pathlib import Path

from geo.importers import acled, gdelt, ucdp

TAYYANA = (34.9101, 40.4502)  # a fixture coordinate for the village, not a surveyed one


def write_delimited(path: Path, header: list[str] | tuple[str, ...] | None, rows: list[list[str]],
                    delimiter: str = ",") -> Path:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\n")
    if header is not None:
        writer.writerow(header)
    writer.writerows(rows)
    path.write_text(buffer.getvalue(), encoding="utf-8")
    return path


def zipped(path: Path, inner: str | None = None) -> Path:
    target = path.with_name(path.name + ".zip")
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as z:
        z.write(path, inner or path.name)
        z.writestr("__MACOSX/._" + path.name, b"junk")
    return target


def gzipped(path: Path) -> Path:
    target = path.with_name(path.name + ".gz")
    target.write_bytes(gzip.compress(path.read_bytes()))
    return target


# -- ACLED -----------------------------------------------------------------------------------
def acled_row(**values: str) -> list[str]:
    base = {
        "event_id_cnty": "SYR1", "event_date": "2022-01-05", "year": "2022", "time_precision": "1",
        "disorder_type": "Political violence", "event_type": "Battles", "sub_event_type": "Armed clash",
        "actor1": "Military Forces of Syria (2000-)", "assoc_actor_1": "", "inter1": "State forces",
        "actor2": "IS: Islamic State", "assoc_actor_2": "", "inter2": "Rebel group",
        "interaction": "State forces-Rebel group", "civilian_targeting": "", "iso": "760", "region": "Middle East",
        "country": "Syria", "admin1": "Deir ez-Zor", "admin2": "Al Mayadin", "admin3": "Thiban",
        "location": "Tayyana", "latitude": str(TAYYANA[0]), "longitude": str(TAYYANA[1]), "geo_precision": "1",
        "source": "SOHR; Deir Ezzor 24", "source_scale": "Other", "notes": "", "fatalities": "3", "tags": "",
        "timestamp": "1641400000",
    }
    base.update(values)
    return [base[c] for c in acled.COLUMNS]


ACLED_ROWS = [
    # 1: text inter codes, associated actors, notes with quoted commas and quotes
    acled_row(assoc_actor_1="NDF: National Defence Forces; Militia (Pro-Government)",
              notes='On 5 January 2022, in Tayyana (Deir ez-Zor), clashes, with "heavy" fire, killed 3.'),
    # 2: "05 January 2022", numeric inter codes, week precision, near a town
    acled_row(event_id_cnty="SYR2", event_date="05 January 2022", time_precision="2",
              event_type="Explosions/Remote violence", sub_event_type="Air/drone strike",
              actor1="Military Forces of Russia (2000-)", inter1="8", actor2="Civilians (Syria)", inter2="7",
              interaction="87", civilian_targeting="Civilian targeting", admin1="Idleb", location="Ariha",
              latitude="35.8134", longitude="36.6075", geo_precision="2", fatalities="0", timestamp="1641400001"),
    # 3: "5-Jan-22", legacy merged type, no fatalities, region centroid
    acled_row(event_id_cnty="SYR3", event_date="5-Jan-22", time_precision="3", event_type="Riots/Protests",
              sub_event_type="", actor1="Protesters (Syria)", inter1="6", actor2="", inter2="0", interaction="60",
              admin1="Daraa", location="Daraa", latitude="32.6189", longitude="36.1021", geo_precision="3",
              fatalities="", timestamp="1641400002"),
    # 4: "30-June-2022"
    acled_row(event_id_cnty="SYR4", event_date="30-June-2022", location="Hajin", latitude="34.6951",
              longitude="40.8314", timestamp="1656600000"),
    # 5: dd-mm-yyyy
    acled_row(event_id_cnty="SYR5", event_date="06-01-2022", location="Gharanij", latitude="34.7846",
              longitude="40.7305", timestamp="1641500000"),
    # 6: unparseable date
    acled_row(event_id_cnty="SYR6", event_date="31-02-2022"),
    # 7: latitude out of range
    acled_row(event_id_cnty="SYR7", latitude="95.2"),
    # 8: NaN latitude
    acled_row(event_id_cnty="SYR8", latitude="NaN"),
    # 9: empty longitude
    acled_row(event_id_cnty="SYR9", longitude=""),
    # 10: not an ACLED event type
    acled_row(event_id_cnty="SYR10", event_type="Picnic"),
    # 11: one field too many (an unquoted comma in the notes)
    acled_row(event_id_cnty="SYR11") + ["stray"],
    # 12: a body of water as the country
    acled_row(event_id_cnty="YEM12", iso="0", country="Red Sea", admin1="", location="Red Sea",
              latitude="15.0", longitude="41.5", geo_precision="3", event_type="Explosions/Remote violence",
              sub_event_type="Shelling/artillery/missile attack", timestamp="1641400012"),
]


def write_acled(folder: Path, rows: list[list[str]] | None = None, name: str = "acled.csv") -> Path:
    return write_delimited(folder / name, acled.COLUMNS, ACLED_ROWS if rows is None else rows)


def write_acled_deletions(folder: Path, rows: list[tuple[str, str]]) -> Path:
    return write_delimited(folder / "acled_deleted.csv", ["event_id_cnty", "deleted_timestamp"],
                           [list(r) for r in rows])


# -- UCDP GED --------------------------------------------------------------------------------
def ucdp_row(**values: str) -> dict[str, str]:
    base = {c: "" for c in ucdp.COLUMNS}
    base.update({
        "id": "401", "relid": "SYR-2017-1-401", "year": "2017", "active_year": "1", "code_status": "Clear",
        "type_of_violence": "1", "conflict_name": "Syria: Government", "dyad_name": "Government of Syria - IS",
        "side_a": "Government of Syria", "side_b": "IS", "source_headline": "Clashes, shelling near Deir ez-Zor",
        "where_prec": "1", "where_coordinates": "Deir ez Zor town", "where_description": "Deir ez-Zor city",
        "adm_1": "Dayr az Zawr governorate", "latitude": "35.33588", "longitude": "40.14084", "country": "Syria",
        "country_id": "652", "region": "Middle East", "date_prec": "1", "date_start": "2017-01-14 00:00:00.000",
        "date_end": "2017-01-14 00:00:00.000", "best": "12", "low": "10", "high": "20",
    })
    base.update(values)
    return base


UCDP_ROWS = [
    ucdp_row(),
    # non-state, a span of days, known to the admin-1 only
    ucdp_row(id="402", type_of_violence="2", side_a="SDF", side_b="IS", where_prec="4",
             where_coordinates="Al Hasakah governorate", adm_1="Al Hasakah governorate", latitude="36.5",
             longitude="40.75", date_prec="3", date_start="2017-02-01", date_end="2017-02-20", best="4", low="4",
             high="9"),
    # one-sided violence in a village (exact)
    ucdp_row(id="403", type_of_violence="3", side_a="IS", side_b="Civilians", where_coordinates="Tayyana village",
             latitude=str(TAYYANA[0]), longitude=str(TAYYANA[1]), best="7", low="7", high="7"),
    # bad rows: date, type, coordinates
    ucdp_row(id="404", date_start="2017-13-40"),
    ucdp_row(id="405", type_of_violence="9"),
    ucdp_row(id="406", latitude="", longitude=""),
]


def write_ucdp(folder: Path, *, header: bool = True, name: str = "ged.csv",
               columns: tuple[str, ...] = ucdp.COLUMNS) -> Path:
    rows = [[r.get(c, "") for c in columns] for r in UCDP_ROWS]
    return write_delimited(folder / name, columns if header else None, rows)


def write_old_ucdp(folder: Path) -> Path:
    """An older release: fewer columns, another order, ``best_est``/``low_est``/``high_est``."""
    columns = ("id", "date_start", "date_end", "type_of_violence", "side_a", "side_b", "latitude", "longitude",
               "where_prec", "where_coordinates", "country", "best_est", "low_est", "high_est")
    renamed = [{**r, "best_est": r["best"], "low_est": r["low"], "high_est": r["high"]} for r in UCDP_ROWS]
    return write_delimited(folder / "ged_old.csv", columns, [[r.get(c, "") for c in columns] for r in renamed])


# -- GDELT -----------------------------------------------------------------------------------
def gdelt_row(layout: tuple[str, ...], **values: str) -> list[str]:
    base = {c: "" for c in layout}
    base.update({
        "globaleventid": "1001", "sqldate": "20220105", "monthyear": "202201", "year": "2022",
        "fractiondate": "2022.0110", "actor1code": "SYRMIL", "actor1name": "SYRIA", "actor2code": "SYRREB",
        "actor2name": "REBEL", "isrootevent": "1", "eventcode": "193", "eventbasecode": "193",
        "eventrootcode": "19", "quadclass": "4", "goldsteinscale": "-10.0", "nummentions": "4", "numsources": "1",
        "numarticles": "4", "avgtone": "-7.5", "actiongeo_type": "4",
        "actiongeo_fullname": "Deir ez-Zor, Dayr az Zawr, Syria", "actiongeo_countrycode": "SY",
        "actiongeo_adm1code": "SY05", "actiongeo_lat": "35.3359", "actiongeo_long": "40.1408",
        "actiongeo_featureid": "-2000000", "dateadded": "20220105120000",
        "sourceurl": "https://example.org/news/deir-ez-zor-clashes",
    })
    base.update({k.lower(): v for k, v in values.items()})
    return [base[c] for c in layout]


def gdelt_rows(layout: tuple[str, ...]) -> list[list[str]]:
    return [
        gdelt_row(layout),
        gdelt_row(layout, globaleventid="1002", eventcode="195", eventbasecode="195", actor2name=""),
        gdelt_row(layout, globaleventid="1003", eventcode="1833", eventbasecode="183", eventrootcode="18"),
        gdelt_row(layout, globaleventid="1004", eventcode="141", eventbasecode="141", eventrootcode="14"),
        # consult: not a conflict event (leading zero kept)
        gdelt_row(layout, globaleventid="1005", eventcode="043", eventbasecode="043", eventrootcode="04"),
        # country-level geo (a centroid) with a mojibake name
        gdelt_row(layout, globaleventid="1006", actiongeo_type="1", actiongeo_fullname="SyriÃ©",
                  actiongeo_lat="35", actiongeo_long="38"),
        # no action geo at all
        gdelt_row(layout, globaleventid="1007", actiongeo_type="0", actiongeo_fullname="", actiongeo_lat="",
                  actiongeo_long=""),
        # a city in Iraq: FIPS IZ is ISO IQ
        gdelt_row(layout, globaleventid="1008", actiongeo_fullname="Mosul, Ninawa, Iraq",
                  actiongeo_countrycode="IZ", actiongeo_lat="36.335", actiongeo_long="43.1189"),
    ]


def write_gdelt(folder: Path, version: int = 2, name: str | None = None) -> Path:
    layout = gdelt.V2 if version == 2 else gdelt.V1
    return write_delimited(folder / (name or f"2022010512.export.v{version}.CSV"), None, gdelt_rows(layout), "\t")


# -- generic CSV and GeoJSON -------------------------------------------------------------------
GENERIC_HEADER = ["Date", "Latitude", "Longitude", "Type", "Location", "Country", "Fatalities", "Actors", "Notes"]
GENERIC_ROWS = [
    ["2022-03-01", "36.2012", "37.1612", "Airstrike", "Aleppo", "Syria", "2", "Russia; HTS", "Strike, at dawn"],
    ["01/03/2022", "34.7241", "36.7256", "clashes", "Homs", "SY", "", "", ""],
    ["1 March 2022", "33.5102", "36.2913", "picnic", "Damascus", "Syria", "0", "", ""],
    ["2022-03-02", "-91", "36.2", "Battles", "Nowhere", "", "1", "", ""],
    ["yesterday", "33.5", "36.2", "Battles", "Damascus", "", "1", "", ""],
]


def write_generic(folder: Path, name: str = "events.csv", delimiter: str = ",") -> Path:
    return write_delimited(folder / name, GENERIC_HEADER, GENERIC_ROWS, delimiter)


def write_geojson(folder: Path) -> Path:
    def feature(fid, geometry, **props):
        return {"type": "Feature", "id": fid, "geometry": geometry, "properties": props}

    collection = {"type": "FeatureCollection", "features": [
        feature("g1", {"type": "Point", "coordinates": [40.4502, 34.9101]}, date="2022-04-01", event_type="Battles",
                place="Tayyana", fatalities=2, country_code="SY", precision="point"),
        feature("g2", {"type": "Point", "coordinates": [36.7256, 34.7241]}, date="2022-04-02",
                type="shelling", place="Homs", precision="admin1"),
        feature("g3", {"type": "LineString", "coordinates": [[36, 34], [37, 35]]}, date="2022-04-03"),
        feature("g4", None, date="2022-04-04"),
        feature("g5", {"type": "Point", "coordinates": ["east", 34]}, date="2022-04-05"),
        feature("g6", {"type": "Point", "coordinates": [36.7, 134.0]}, date="2022-04-06"),
        feature("g7", {"type": "Point", "coordinates": [36.7, 34.7]}, date=None),
    ]}
    path = folder / "events.geojson"
    path.write_text(json.dumps(collection), encoding="utf-8")
    return path


def write_ucdp_events(path: Path, rows: int) -> Path:
    """``rows`` valid UCDP GED rows, each its own event (ids, days and places vary)."""
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(ucdp.COLUMNS)
        for i in range(rows):
            day = f"20{12 + i % 10}-{1 + i % 12:02d}-{1 + i % 28:02d}"
            row = ucdp_row(id=str(500_000 + i), relid=f"SYR-{day[:4]}-1-{i}", year=day[:4],
                           date_start=f"{day} 00:00:00.000", date_end=f"{day} 00:00:00.000",
                           latitude=f"{35.0 + (i % 997) / 1000:.4f}", longitude=f"{38.0 + (i % 991) / 500:.4f}")
            writer.writerow([row[c] for c in ucdp.COLUMNS])
    return path
