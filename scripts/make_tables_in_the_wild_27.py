"""Build "tables in the wild 27", a twenty-seventh fresh held-out evaluation set, from tables that PyPI packages ship.

    .venv/bin/pip install --no-deps islp==0.6.0 sktime==1.2.0 pingouin==0.7.0 pmdarima==2.1.1
    .venv/bin/python scripts/make_tables_in_the_wild_27.py                 # tables, answers, dev files
    .venv/bin/python scripts/make_tables_in_the_wild_27.py --tables-only   # only tables/ and tables.jsonl

The same kind of set as data/tables-in-the-wild-2/ to -26/, over 10 other tables: 4 CSV files that ISLP 0.6.0 ships
(ISLP/data/, the data of "An Introduction to Statistical Learning with Applications in Python"), 2 CSV files of
sktime 1.2.0 (sktime/datasets/data/), 3 CSV files of pingouin 0.7.0 (pingouin/datasets/) and 1 CSV file inside
pmdarima 2.1.1's msft.tar.gz (pmdarima/datasets/data/). None of these four packages was used by an earlier set; all
four were installed for this set with pip's --no-deps: only their data files are read, the packages are located,
never imported. The set is built by set 2's builder (make_tables_in_the_wild_2.main, imported, not changed: its
reading of the package files with the sha256 check, set 1's typing and question checks, the superlative and
unanswerable checks) with this set's SOURCES, output folder (data/tables-in-the-wild-27/) and list of earlier
question files; every file is read with csv's defaults (no CSV_OPTIONS).
It writes the files set 2's builder describes (tables/, tables.jsonl, dev.tables.jsonl, answers.jsonl,
dev.jsonl) and checks the three hand-written question files (questions.jsonl, superlatives.jsonl,
unanswerable.jsonl; formats as in set 2). No question may repeat another one, in these files or in
data/tables-in-the-wild/, data/beyond-the-grammar/ and data/tables-in-the-wild-2/ to data/tables-in-the-wild-26/
(set 26's list of earlier files plus set 26's own three files).
The set is for evaluation only: never train or tune on it.
"""

import sys
from pathlib import Path

SCRIPTS = Path(__file__).resolve().parent
sys.path.insert(0, str(SCRIPTS))

import make_tables_in_the_wild_2 as wild2  # noqa: E402  (set 2's builder: reading, checks, main)
import make_tables_in_the_wild_26 as wild26  # noqa: E402  (set 26's earlier question files)
from make_tables_in_the_wild import Source  # noqa: E402  (set 1's builder)

ROOT = SCRIPTS.parent
DEFAULT_OUT = ROOT / "data" / "tables-in-the-wild-27"
EARLIER = wild26.EARLIER + wild2.question_files("tables-in-the-wild-26")

# Every file of this set is read with csv's defaults (set 2's read_source looks options up by Source.file).
CSV_OPTIONS = {}

ISLP_SOURCE = ("ISLP ships the CSV without documentation; the dataset's page of the ISLP documentation "
               "(github.com/intro-stat-learning/ISLP, docs/source/datasets/{name}.ipynb, its text taken from the R "
               "package ISLR2's help page): ")
SKTIME_SOURCE = "sktime/datasets/_single_problem_loaders.py (the docstring of the dataset's load_ function): "
PINGOUIN_SOURCE = ("pingouin/datasets/datasets.csv (the package's list of its datasets: description, use, "
                   "reference) and the docstring of the function whose examples read it: ")
PMDARIMA_SOURCE = "pmdarima/datasets/stocks.py (the docstring of load_msft): "

BIKESHARE_DAYS = ("185", "186")
SOLAR_DAYS = ("2021-05-05", "2021-05-06")

SOURCES = [
    Source("capital_bikeshare_hourly_july_4_5_2011", "ISLP", "ISLP", "0.6.0",
           "data/Bikeshare.csv",
           "ac6950ae6f11efcc69c29d6bb13e8881c001e27d36434660d59444a1414f712c", "keep",
           "day is 185 or 186 (Monday 4 July 2011, a holiday, and Tuesday 5 July 2011: 48 of 8645 hours)",
           lambda row: row["day"] in BIKESHARE_DAYS,
           "transport / bike sharing",
           ISLP_SOURCE.format(name="Bikeshare") + "Bikeshare ('Bike sharing data': the hourly and daily count "
           "of rental bikes between years 2011 and 2012 in Capital bikeshare system, along with weather and "
           "seasonal information; 8645 observations; season season of the year, coded Winter=1, Spring=2, "
           "Summer=3, Fall=4; mnth month of the year; day day of the year, from 1 to 365; hr hour of the day, 0 "
           "to 23; holiday Yes=1, No=0; weekday day of the week, Sunday=0, Monday=1, ...; workingday Yes=1, "
           "No=0; weathersit weather; temp normalized temperature in Celsius, (t-t_min)/(t_max-t_min) with "
           "t_min=-8, t_max=+39; atemp normalized feeling temperature, t_min=-16, t_max=+50; hum normalized "
           "humidity, divided by 100; windspeed normalized wind speed, divided by 67; casual number of casual "
           "bikers; registered number of registered bikers; bikers total number of bikers); Source: the UCI "
           "Machine Learning Repository, bike sharing dataset (Capital Bikeshare, Washington, D.C.; the file "
           "holds the hours of 2011). No licence stated for the data (ISLP is BSD-style).",
           "BSD-style (ISLP's METADATA: redistribution with or without modification permitted)"),
    Source("brain_tumour_patients", "ISLP", "ISLP", "0.6.0",
           "data/BrainCancer.csv",
           "e83a297f26697726866d2ac99d3b6809c1d741190d1c586766ef15d8480f4d90", "keep",
           "all 88 rows (one patient each; no identifier column; the one 'NA' diagnosis becomes an empty cell)",
           None,
           "medicine / neuro-oncology",
           ISLP_SOURCE.format(name="BrainCancer") + "BrainCancer ('Brain Cancer Data': survival times for "
           "patients diagnosed with brain cancer; 88 observations and 8 variables; sex Female or Male; diagnosis "
           "Meningioma, LG glioma, HG glioma or Other; loc location, Infratentorial or Supratentorial; ki "
           "Karnofsky index; gtv gross tumor volume, in cubic centimeters; stereo stereotactic method, SRS or "
           "SRT; status whether the patient is still alive at the end of the study, 0=Yes, 1=No; time survival "
           "time, in months); Source: I. Selingerova, H. Dolezelova, I. Horova, S. Katina and J. Zelinka (2016), "
           "Survival of patients with primary brain tumors: comparison of two statistical approaches, PLoS One "
           "11(2): e0148733. No licence stated for the data (ISLP is BSD-style).",
           "BSD-style (ISLP's METADATA: redistribution with or without modification permitted)"),
    Source("nhlbi_trials_not_r01_funded", "ISLP", "ISLP", "0.6.0",
           "data/Publication.csv",
           "d4074a6ab649cb534da6ba34bea8671316792cf87c45d0a11e6361cee535fc28", "keep",
           "mech is not 'R01' (the 97 trials funded by another mechanism, of 244; no identifier column)",
           lambda row: row["mech"] != "R01",
           "biomedical research / clinical trial publication",
           ISLP_SOURCE.format(name="Publication") + "Publication ('Time-to-Publication Data': publication times "
           "for 244 clinical trials funded by the National Heart, Lung, and Blood Institute; posres did the "
           "trial produce a positive (significant) result, 1=Yes, 0=No; multi did the trial involve multiple "
           "centers, 1=Yes, 0=No; clinend did the trial focus on a clinical endpoint, 1=Yes, 0=No; mech funding "
           "mechanism within National Institute of Health; sampsize sample size for the trial; budget budget of "
           "the trial, in millions of dollars; impact impact of the trial, related to the number of "
           "publications; time time to publication, in months; status whether or not the trial was published "
           "at time, 1=Published, 0=Not yet published); Source: Gordon, Taddei-Peters, Mascette, Antman, "
           "Kaufmann and Lauer (2013), Publication of trials funded by the National Heart, Lung, and Blood "
           "Institute, New England Journal of Medicine 369(20): 1926-1934. No licence stated for the data (ISLP "
           "is BSD-style).",
           "BSD-style (ISLP's METADATA: redistribution with or without modification permitted)"),
    Source("nyse_daily_oct_1979_to_jan_1980", "ISLP", "ISLP", "0.6.0",
           "data/NYSE.csv",
           "4bb3e2e9872b2f7e6e8701afb8873cd9f4b7e66ee0b1ba62c116ff2b3a2eec60", "keep",
           "date from 1979-10-01 to 1980-01-31 (86 of 6051 trading days, December 1962 to December 1986)",
           lambda row: "1979-10-01" <= row["date"] <= "1980-01-31",
           "finance / stock market",
           ISLP_SOURCE.format(name="NYSE") + "NYSE ('New York Stock Exchange Data': the Dow Jones returns, log "
           "trading volume, and log volatility for the New York Stock Exchange over a 20 year period; 6,051 "
           "observations and 6 variables; date; day_of_week day of the week; DJ_return return for Dow Jones "
           "Industrial Average; log_volume log of trading volume; log_volatility log of volatility; train for "
           "the first 4,281 observations, this is set to True: the days before 1980); Source: B. LeBaron and A. "
           "Weigend (1998), IEEE Transactions on Neural Networks 9(1): 213-220. No licence stated for the data "
           "(ISLP is BSD-style).",
           "BSD-style (ISLP's METADATA: redistribution with or without modification permitted)"),
    Source("us_quarterly_changes_2005_2016", "sktime", "sktime", "1.2.0",
           "datasets/data/Uschange/Uschange.csv",
           "ab70b9bf82f99c962041bfd38dc9644f7a17930df71f24345bb71180f68809fe", "drop",
           "Quarter from 2005 Q1 on (47 of 187 quarters, 1970 Q1 to 2016 Q3); the unnamed first column (a row "
           "number 0 to 186, the index sktime's loader reads) dropped",
           lambda row: row["Quarter"] >= "2005",
           "macroeconomics",
           SKTIME_SOURCE + "load_uschange ('Growth rates of personal consumption and income': percentage "
           "changes in quarterly personal consumption expenditure, personal disposable income, production, "
           "savings and the unemployment rate for the US; columns Quarter, Consumption, Income, Production, "
           "Savings, Unemployment; series length 188, quarterly; the docstring says 1960 to 2016, the file runs "
           "from 1970 Q1 to 2016 Q3); References: data for 'Forecasting: Principles and Practice' (2nd edition, "
           "Hyndman and Athanasopoulos; R package fpp2, uschange). No licence stated for the data (sktime is "
           "BSD-3-Clause).",
           "BSD-3-Clause"),
    Source("gb_solar_half_hourly_5_6_may_2021", "sktime", "sktime", "1.2.0",
           "datasets/data/solar/solar.csv",
           "205b61343a9233f6f532e918154a19b177557086f77801ec26277a1868af7e7e", "keep",
           "datetime_gmt on 2021-05-05 or 2021-05-06 (96 of 289 half-hours, 2021-05-01 00:00 to 2021-05-07 "
           "00:00)",
           lambda row: row["datetime_gmt"][:10] in SOLAR_DAYS,
           "energy / solar power",
           SKTIME_SOURCE + "load_solar ('Get national solar estimates for GB from Sheffield Solar PV_Live API': "
           "national solar generation for the GB electricity network, estimates of the true generation, which "
           "is behind the meter; half hourly; normalise=True, the default, normalises the series by installed "
           "capacity, so solar_gen is a fraction of capacity, 0 to 0.56 here; the CSV is the stored sample "
           "the loader falls back to); References: https://www.solar.sheffield.ac.uk/pvlive/. No licence stated "
           "for the data (sktime is BSD-3-Clause).",
           "BSD-3-Clause"),
    Source("big_five_scores_subjects_1_to_100", "pingouin", "pingouin", "0.7.0",
           "datasets/pairwise_corr.csv",
           "8951b006a522dca6696ff82ebd56adb99518f6ce03d42cee4aa9d9938100b662", "keep",
           "Subject from 1 to 100 (100 of 500 subjects)",
           lambda row: int(row["Subject"]) <= 100,
           "psychology / personality",
           PINGOUIN_SOURCE + "pairwise_corr ('Big 5 personality traits', for corr and pairwise_corr; reference "
           "'Dolan et al 2009'; columns Subject, Neuroticism, Extraversion, Openness, Agreeableness, "
           "Conscientiousness; no scale given: the scores, 1.6 to 4.6 here, read as means of 1-to-5 items). No "
           "licence stated for the data (pingouin is GPL-3.0).",
           "GPL-3.0"),
    Source("pain_threshold_by_hair_colour", "pingouin", "pingouin", "0.7.0",
           "datasets/anova.csv",
           "7553824f9ef64db8a8afbd6812c78a82be2e00b1a0b5d0fad0bf2707e2a32d95", "keep",
           "all 19 rows (one subject each)",
           None,
           "medicine / pain research",
           PINGOUIN_SOURCE + "anova ('Pain threshold per hair color', for anova and pairwise_tukey; the "
           "docstring of anova runs a one-way ANOVA of 'Pain threshold' between 'Hair color'; reference 'McClave "
           "and Dietrich 1991' (their textbook Statistics); 19 subjects, Hair color Light Blond, Dark Blond, "
           "Light Brunette or Dark Brunette; no unit given for the threshold score). No licence stated for the "
           "data (pingouin is GPL-3.0).",
           "GPL-3.0"),
    Source("ph_paco2_repeated_measurements", "pingouin", "pingouin", "0.7.0",
           "datasets/rm_corr.csv",
           "2d5e4dd0a79972a98fbdbc82570c8ae75a0b917ba6d5e7f093b63c925336fcdd", "keep",
           "all 47 rows (2 to 9 measurements of each of 8 subjects)",
           None,
           "physiology / blood gases",
           PINGOUIN_SOURCE + "rm_corr ('Repeated measurements of pH and PaCO2', for rm_corr; reference 'Bland et "
           "Altmann 1995' (Bland and Altman's 1995 BMJ statistics note on correlation within subjects); the "
           "docstring of rm_corr correlates pH and PacO2 within Subject, citing Bakdash and Marusich (2017); no "
           "units given). No licence stated for the data (pingouin is GPL-3.0).",
           "GPL-3.0"),
    Source("msft_daily_2017_q3", "pmdarima", "pmdarima", "2.1.1",
           "datasets/data/msft.tar.gz::msft.csv",
           "233566bb6e8b7f56cd928b9a9e034bf03733d648368d445089b8d5c9d0dd312b", "keep",
           "Date from 2017-07-01 to 2017-09-30 (63 of 7983 trading days, 1986-03-13 to 2017-11-10)",
           lambda row: "2017-07-01" <= row["Date"] <= "2017-09-30",
           "finance / share prices",
           PMDARIMA_SOURCE + "load_msft ('Load the microsoft stock data': financial data for the MSFT stock "
           "between Mar 13, 1986 and Nov 10, 2017, part of the Kaggle stock dataset, "
           "https://www.kaggle.com/borismarjanovic/price-volume-data-for-all-us-stocks-etfs; features Date, "
           "Open, High, Low, Close, Volume, OpenInt; shape (7983, 7); the sha256 is of the member msft.csv of "
           "the archive). No licence stated for the data (pmdarima is MIT).",
           "MIT"),
]


def main(argv=None):
    """Set 2's main with this set's sources, output folder, earlier question files and csv options."""
    return wild2.main(argv, SOURCES, DEFAULT_OUT, EARLIER, __doc__, csv_options=CSV_OPTIONS)


if __name__ == "__main__":
    sys.exit(main())
