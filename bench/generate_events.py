"""Generate N synthetic events spread realistically over Syria and ten years, into a store.

    python bench/generate_events.py N --db PATH [--seed 7] [--gazetteer PATH]

Places are real Syrian towns from the gazetteer, drawn with weight sqrt(population) (fighting
follows people), 15% of events area-level at a governorate centroid; dates follow a war-like
intensity curve over 2012-2021; types, sub-types, actors and fatalities follow rough ACLED
proportions; each event has one source sentence in a synthetic article (one article per ~100
events, English or French).  Origin is "synthetic", so they never mix with real data unnoticed.
"""

from __future__ import annotations

import argparse
import hashlib
import math
import random
import sqlite3
import sys
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import insert  # noqa: E402

from geo.config import load_settings  # noqa: E402
from geo.store import Store  # noqa: E402
from geo.store import schema as t  # noqa: E402

TYPES = [
    ("Battles", "Armed clash", 0.33), ("Explosions/Remote violence", "Shelling/artillery/missile attack", 0.22),
    ("Explosions/Remote violence", "Air/drone strike", 0.18), ("Explosions/Remote violence",
                                                             "Remote explosive/landmine/IED", 0.07),
    ("Violence against civilians", "Attack", 0.08), ("Protests", "Peaceful protest", 0.05),
    ("Strategic developments", "Arrests", 0.04), ("Battles", "Government regains territory", 0.03),
]
ACTORS = ["Syrian government forces", "Islamic State", "Syrian Democratic Forces", "Hayat Tahrir al-Sham",
          "Russian forces", "Turkish forces", "Syrian National Army", "US-led coalition", "Iran-backed militias"]


def towns(gazetteer: Path) -> tuple[list[tuple], list[tuple]]:
    con = sqlite3.connect(gazetteer)
    points = con.execute("SELECT name, lat, lon, geonameid, admin1_code, population FROM places "
                         "WHERE country_code='SY' AND feature_class='P' AND population > 0").fetchall()
    admin = dict(con.execute("SELECT code, name FROM admin1 WHERE country_code='SY'").fetchall())
    areas = con.execute("SELECT name, lat, lon, admin1_code FROM places WHERE country_code='SY' "
                        "AND feature_code='ADM1'").fetchall()
    con.close()
    return [(n, la, lo, g, admin.get(a, a), p) for n, la, lo, g, a, p in points], \
        [(n, la, lo, admin.get(a, a)) for n, la, lo, a in areas]


def intensity(day: int, total: int) -> float:
    x = day / total
    return 0.25 + math.exp(-((x - 0.35) ** 2) / 0.03) + 0.4 * math.exp(-((x - 0.75) ** 2) / 0.01)


def generate(store: Store, n: int, gazetteer: Path, seed: int = 7) -> float:
    rng = random.Random(seed)
    points, areas = towns(gazetteer)
    weights = [math.sqrt(p[5]) for p in points]
    start, days = date(2012, 1, 1), (date(2021, 12, 31) - date(2012, 1, 1)).days + 1
    day_weights = [intensity(d, days) for d in range(days)]
    type_weights = [w for *_x, w in TYPES]
    now = datetime.now(UTC)
    began = time.perf_counter()
    n_articles = max(1, n // 100)
    with store.engine.begin() as con:
        article_rows = [{
            "id": i + 1, "content_hash": hashlib.sha256(f"synthetic{seed}:{i}".encode()).hexdigest(),
            "title": f"Synthetic report {i + 1}", "url": f"https://example.org/synthetic/{i + 1}",
            "lang": "fr" if i % 3 == 0 else "en", "published": None, "published_precision": None,
            "text": "synthetic", "path": None, "ingested_at": now} for i in range(n_articles)]
        con.execute(insert(t.articles), article_rows)
        event_rows, source_rows = [], []
        chosen_days = rng.choices(range(days), weights=day_weights, k=n)
        chosen_types = rng.choices(TYPES, weights=type_weights, k=n)
        chosen_points = rng.choices(points, weights=weights, k=n)
        for i in range(n):
            d = start + timedelta(days=chosen_days[i])
            kind, sub, _w = chosen_types[i]
            if rng.random() < 0.15:
                name, lat, lon, admin1 = rng.choice(areas)
                gid, precision = None, "admin1"
            else:
                name, lat, lon, gid, admin1, _pop = chosen_points[i]
                precision = "point"
            fatalities = None if rng.random() < 0.3 else int(rng.expovariate(1 / 4))
            actors = rng.sample(ACTORS, k=2 if kind == "Battles" else 1)
            uid = hashlib.sha1(f"syn{seed}:{i}".encode()).hexdigest()[:16]
            event_rows.append({
                "id": i + 1, "uid": uid, "date_start": d.isoformat(), "date_end": d.isoformat(),
                "date_precision": "day", "event_type": kind, "sub_event_type": sub, "actors": actors,
                "fatalities": fatalities, "place_name": name, "lat": lat, "lon": lon, "geonameid": gid,
                "admin1": admin1, "country_code": "SY", "place_precision": precision,
                "confidence": round(rng.uniform(0.5, 0.95), 2), "origin": "synthetic", "origin_id": uid,
                "user_edited": False, "deleted": False, "created_at": now, "updated_at": now})
            article = rng.randrange(n_articles) + 1
            source_rows.append({"event_id": i + 1, "article_id": article, "start": 0, "end": 9,
                                "sentence": f"{kind} reported near {name} on {d:%d %B %Y}; {', '.join(actors)}.",
                                "extractor": "synthetic"})
            if len(event_rows) >= 20_000:
                con.execute(insert(t.events), event_rows)
                con.execute(insert(t.event_sources), source_rows)
                event_rows, source_rows = [], []
        if event_rows:
            con.execute(insert(t.events), event_rows)
            con.execute(insert(t.event_sources), source_rows)
    return time.perf_counter() - began


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int)
    parser.add_argument("--db", required=True)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--gazetteer", type=Path)
    args = parser.parse_args()
    if args.n < 1:
        sys.exit("error: N must be at least 1")
    gazetteer = args.gazetteer or load_settings().gazetteer
    with Store.open(args.db) as store:
        if store.counts()["events"]:
            sys.exit(f"error: {args.db} already holds events; use an empty store")
        seconds = generate(store, args.n, gazetteer, args.seed)
    print(f"{args.n:,} synthetic events in {seconds:.1f} s into {args.db}")


if __name__ == "__main__":
    main()
