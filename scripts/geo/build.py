#!/usr/bin/env python3
"""Builds data/geo/postcodes.csv and data/geo/towns.csv for all of Germany.

Usage: python3 scripts/geo/build.py [SOURCE_DIR] [OUT_DIR]
  SOURCE_DIR defaults to /work/shared/data/geo (see data/geo/README.md for where the two
  source files come from), OUT_DIR to data/geo next to this script's repository root.

Python 3.11, standard library only, so anyone can rebuild the files.
"""

import csv
import re
import sys
from collections import defaultdict
from pathlib import Path

GEONAMES = "geonames_zipcodes.de.csv"
DESTATIS = "destatis_AuszugGV4QAktuell_2020.csv"

# Destatis appends the kind of municipality after a comma: "Unna, Stadt", "Au i.d.Hallertau, M".
# What people type is the part before it; "Fröndenberg/Ruhr" and "Halle (Westf.)" stay whole.
KIND_SUFFIX = re.compile(r",.*$")

# Large customers have their own postcodes in GeoNames, with the company as the "place".
COMPANY_WORDS = re.compile(
    r"GmbH|mbH|\bAG\b|\bKG\b|\bSE\b|GbR|\bCo\b|e\.\s?V|&|\ba\.G\.|Ã|\d"
    r"|bank|kasse|versicherung|verlag|\bpost|service|versand|vertrieb|zentrale|gruppe|logisti"
    r"|amt\b|gericht|anwalt|klinik|hilfe|verein|stiftung|institut|universit|hochschule|schule"
    r"|bibliothek|kirche|werk\b|werke\b|industrie|handel|deutschland|\bland\b|landes|bundes"
    r"|verwaltung|direktion|kreis\b|der landrat|team|shop|kaufhof|regierung|präsidium|job-?center"
    r"|krankenhaus|hospital|genossenschaft|olympi|rundfunk|ordinariat|behörde|versorgung|justiz"
    r"|^stadt$|feuerwehr|bücherei|verband|gesundheit|gesellschaft|\bSRL\b|amazon|sportbund|kammer"
    ,
    re.IGNORECASE,
)
# Acronyms ("HUK-Coburg", "EUREGIO") are organisations, not places; this check sees case.
ACRONYM = re.compile(r"[A-ZÄÖÜ]{2}")
# Words that may join the parts of a place name: "Vohburg an der Donau", "Eging am See".
PLACE_JOINERS = {"am", "an", "der", "die", "dem", "den", "bei", "im", "in", "auf", "ob", "vor",
                 "zum", "zur", "unter", "ober", "b.", "a.", "i.", "v.", "d."}


def main() -> None:
    root = Path(__file__).resolve().parents[2]
    source = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/work/shared/data/geo")
    out = Path(sys.argv[2]) if len(sys.argv) > 2 else root / "data" / "geo"
    towns = read_municipalities(source / DESTATIS)
    postcodes = read_postcodes(source / GEONAMES, towns)
    write_csv(out / "towns.csv", ["town", "district_key", "lat", "lon", "population"],
              sorted(([t["name"], t["district"], coord(t["lat"]), coord(t["lon"]), t["population"]]
                      for t in towns), key=lambda row: (row[0], row[1])))
    write_csv(out / "postcodes.csv", ["postcode", "town", "lat", "lon"], postcodes)
    print(f"{len(towns)} towns, {len(postcodes)} postcodes written to {out}")


def read_municipalities(path: Path) -> list[dict]:
    """Every inhabited municipality (satzart 60) with its name, district, centre and population."""
    towns = []
    with path.open(encoding="utf-8-sig", newline="") as file:
        for row in csv.DictReader(file):
            population = int(re.sub(r"\D", "", row["bevoelkerung"]) or 0)
            # Forests and lakes without a municipality ("gemeindefreie Gebiete") have nobody.
            if row["satzart"] != "60" or population == 0:
                continue
            towns.append({
                "name": KIND_SUFFIX.sub("", row["gemeindename"]).strip(),
                "district": row["land"] + row["rb"] + row["kreis"],
                "lat": german_number(row["breitengrad"]),
                "lon": german_number(row["laengengrad"]),
                "population": population,
            })
    return towns


def read_postcodes(path: Path, towns: list[dict]) -> list[list]:
    """One row per postcode: the municipality it belongs to and the centre of its places."""
    by_name = defaultdict(list)
    for town in towns:
        for name in name_forms(town["name"]):
            by_name[name.casefold()].append(town)
    rows = defaultdict(list)
    postcodes_of_place = defaultdict(set)
    with path.open(encoding="utf-8", newline="") as file:
        for row in csv.DictReader(file):
            rows[row["zipcode"]].append(row)
            postcodes_of_place[row["place"]].add(row["zipcode"])
    result = []
    for postcode, places in sorted(rows.items()):
        matched = []
        for row in places:
            town = municipality_of(row, by_name)
            if town or is_place_name(row["place"], len(postcodes_of_place[row["place"]])):
                matched.append((row, town))
        if not matched:
            continue  # a company's own postcode
        towns_here = [town for _, town in matched if town]
        # "Carlsfeld, Erzgebirge": the part before the comma is the place, and our CSV has no quoting.
        name = (max(towns_here, key=lambda t: t["population"])["name"] if towns_here
                else matched[0][0]["place"].split(",")[0])
        lat = sum(float(row["latitude"]) for row, _ in matched) / len(matched)
        lon = sum(float(row["longitude"]) for row, _ in matched) / len(matched)
        result.append([postcode, name, coord(lat), coord(lon)])
    return result


def municipality_of(row: dict, by_name: dict) -> dict | None:
    """The municipality a GeoNames place names: itself ("Unna"), or the municipality it is a part
    of ("Göhrde Sarenseck"); among namesakes the one in the same district, else the largest."""
    words = row["place"].split()
    if words and words[0] in ("Stadt", "Gemeinde"):
        words = words[1:]  # "Stadt Hattingen" is the town hall's own postcode
    for length in range(len(words), 0, -1):
        candidates = by_name.get(" ".join(words[:length]).casefold())
        if candidates:
            same_district = [t for t in candidates if t["district"] == row["community_code"]]
            return max(same_district or candidates, key=lambda t: t["population"])
    return None


def is_place_name(place: str, postcode_count: int) -> bool:
    """A village that is no municipality of its own ("Parsdorf", "Haiden bei Gars Bahnhof"),
    not a company or an authority with its own postcode."""
    if COMPANY_WORDS.search(place) or ACRONYM.search(place):
        return False
    words = place.split()
    capitalised = all(w[0].isupper() or w in PLACE_JOINERS or w.startswith("(") for w in words)
    return capitalised and (len(words) <= 3 or postcode_count > 1)


def name_forms(name: str) -> set[str]:
    """The official name and the short forms GeoNames and people use: "Fröndenberg/Ruhr" is
    also "Fröndenberg", "Halle (Westf.)" also "Halle"."""
    forms = {name}
    for separator in ("/", " ("):
        if separator in name:
            forms.add(name.split(separator)[0].strip())
    return forms


def german_number(text: str) -> float:
    return float(text.strip().replace(",", "."))


def coord(value: float) -> str:
    # Four decimals are about 10 m: more than enough for "how far is it", and half the bytes.
    return f"{value:.4f}".rstrip("0").rstrip(".")


def write_csv(path: Path, header: list[str], rows) -> None:
    with path.open("w", encoding="utf-8", newline="") as file:
        writer = csv.writer(file, lineterminator="\n")
        writer.writerow(header)
        for row in rows:
            if any("," in str(cell) or '"' in str(cell) for cell in row):
                raise SystemExit(f"a comma would break the simple CSV reader: {row}")
            writer.writerow(row)


if __name__ == "__main__":
    main()
