"""The perturbations of scripts/perturb_wikisql.py and the benchmark benchmarks/wikisql_robustness.py.

On small tables made here (never the official data): every re-indexed gold query must point at the
same cells and give the same answer on the perturbed table; few-cells keeps at most 5 rows and the
answer; headers stay distinct; the same seed gives the same sets. The checks compare column cells
and execution results themselves, so a broken re-indexing fails them (test_a_wrong_reindexing_fails
shows it). If the official dev set is at ../shared/data/wikisql, its first 200 examples are checked too.
"""
import json
import random
from pathlib import Path

import pytest
from support import build_tiny_checkpoint

from benchmarks import wikisql_robustness as robustness
from scripts import perturb_wikisql as pw
from wikisql.data import load_split
from wikisql.database import Database
from wikisql.query import Query
from wikisql.schema import Example, Table

PLAYERS = Table(
    "1-players-1",
    ["Player", "No.", "Position", "School/Club Team", "Points", "Pts", "Nationality"],
    ["text", "real", "text", "text", "real", "real", "text"],
    [["Ann Lee", "1", "Guard", "Duke", "101", "1001", "Canada"],
     ["Bo Park", "2", "Forward", "Kansas", "102", "1002", "Kenya"],
     ["Cy Dunn", "3", "Center", "Duke", "103", "1003", "Chile"],
     ["Di Moss", "4", "Guard", "Ohio", "104", "1004", "Canada"],
     ["Ed Roy", "5", "Forward", "Duke", "105", "1005", "Peru"],
     ["Fa Wu", "6", "Guard", "Iowa", "106", "1006", "China"],
     ["Gil Orr", "7", "Center", "Utah", "107", "1007", "Spain"],
     ["Hal Ng", "8", "Guard", "Duke", "108", "1008", "Canada"],
     ["Ivy Cho", "9", "Forward", "Yale", "109", "1009", "Korea"],
     ["Jo Ruiz", "10", "Guard", "Duke", "110", "1010", "Mexico"],
     ["Ken Ito", "11", "Guard", "Rice", "111", "1011", "Japan"],
     ["Lu Sun", "12", "Guard", "Duke", "112", "1012", "China"]])
GAMES = Table(
    "1-games-2",
    ["Date", "Home team", "Home team score", "Away team", "Away team score", "Venue", "Crowd"],
    ["text", "text", "real", "text", "real", "text", "real"],
    [["May 1", "Hawks", "80", "Owls", "70", "Oak Park", "5000"],
     ["May 8", "Owls", "91", "Bears", "77", "Elm Field", "6100"],
     ["May 15", "Bears", "64", "Hawks", "68", "Pine Arena", "4300"],
     ["May 22", "Lions", "99", "Owls", "101", "Oak Park", "7200"]])
# Headers made to collide under every perturbation (No. / No / Number, Points / Pts, Wins / Won, ...).
COLLIDING = Table(
    "1-collide-3",
    ["No.", "No", "Number", "#", "Points", "Pts", "Wins", "Won", "Home team", "Home-team", "Score", "Result"],
    ["real", "real", "real", "text", "real", "real", "real", "real", "text", "text", "text", "text"],
    [[str(10 * r + c) if c < 8 and c != 3 else f"v{r}-{c}" for c in range(12)] for r in range(6)])
TABLES = {table.id: table for table in (PLAYERS, GAMES, COLLIDING)}


def example(table, sel, agg=0, conds=(), question="a question"):
    return Example(question, table.id, Query(sel, agg, tuple(conds)))


EXAMPLES = [
    example(PLAYERS, 0, conds=[(6, 0, "Kenya")]),                      # Bo Park
    example(PLAYERS, 1, conds=[(0, 0, "Ann Lee")]),                    # 1
    example(PLAYERS, 3, conds=[(2, 0, "Center"), (1, 1, "5")]),       # Utah
    example(PLAYERS, 5, 1, [(2, 0, "Forward")]),                       # MAX(Pts) = 1009
    example(PLAYERS, 4, 3, [(3, 0, "Kansas")]),                        # COUNT = 1
    example(PLAYERS, 6, conds=[(4, 2, "103")]),                        # Canada, Kenya
    example(GAMES, 5, conds=[(1, 0, "Owls"), (3, 0, "Bears")]),       # Elm Field
    example(GAMES, 6, 2, [(5, 0, "Oak Park")]),                       # MIN(Crowd) = 5000
    example(GAMES, 2, conds=[(4, 1, "100")]),                          # 99
    example(COLLIDING, 5, conds=[(0, 0, "20")]),                        # 25
    example(COLLIDING, 11, conds=[(6, 1, "45")]),                       # v5-11
    example(COLLIDING, 3, conds=[(9, 0, "v2-9")]),                      # v2-3
]
HEADER_PERTURBATIONS = ("synonyms", "abbreviations", "casing", "shuffled", "distractors")


def column(table, index):
    return table.types[index], [row[index] for row in table.rows]


def assert_gold_kept(original_tables, originals, perturbed):
    """Every kept example: its gold query reads the same columns (type and cells; for few-cells the
    kept rows of them) and gives the same non-empty-or-not answer on the perturbed table."""
    original_db, perturbed_db = Database.from_tables(original_tables), Database.from_tables(perturbed.tables)
    assert len(perturbed.origin) == len(perturbed.examples)
    for index, new in zip(perturbed.origin, perturbed.examples):
        old = originals[index]
        assert new.question == old.question
        old_table, new_table = original_tables[old.table_id], perturbed.tables[new.table_id]
        old_columns = [old.query.sel] + [c.column for c in old.query.conds]
        new_columns = [new.query.sel] + [c.column for c in new.query.conds]
        assert [c.operator for c in new.query.conds] == [c.operator for c in old.query.conds]
        assert [c.value for c in new.query.conds] == [c.value for c in old.query.conds]
        assert new.query.agg == old.query.agg
        for a, b in zip(old_columns, new_columns, strict=True):
            old_type, old_cells = column(old_table, a)
            new_type, new_cells = column(new_table, b)
            assert new_type == old_type
            if perturbed.name == "few-cells":
                assert all(cell in old_cells for cell in new_cells)
            else:
                assert new_cells == old_cells, (perturbed.name, old.query.to_dict(), new.query.to_dict())
        assert perturbed_db.execute(new.table_id, new.query) == original_db.execute(old.table_id, old.query)


# ----------------------------------------------------------------------------- re-indexing

@pytest.mark.parametrize("name", HEADER_PERTURBATIONS)
def test_reindexed_gold_reads_the_same_columns_and_answers_the_same(name):
    for seed in range(5):
        perturbed = pw.perturb(name, EXAMPLES, TABLES, seed)
        assert perturbed.dropped == {} and perturbed.origin == list(range(len(EXAMPLES)))
        assert_gold_kept(TABLES, EXAMPLES, perturbed)


def test_the_hand_made_answers_are_not_empty():
    """So that a query pointed at a wrong column is caught by its answer too."""
    database = Database.from_tables(TABLES)
    for gold in EXAMPLES:
        assert database.execute(gold.table_id, gold.query) not in ([], [None]), gold.query


def test_a_wrong_reindexing_fails():
    """Each check above can fail: the shuffled set with its gold left unre-indexed is rejected by the
    checks, and by the script's own verification (which then drops the examples)."""
    perturbed = pw.perturb("shuffled", EXAMPLES, TABLES, 0)
    wrong = pw.PerturbedSet("shuffled", [Example(e.question, e.table_id, EXAMPLES[i].query)
                                         for i, e in zip(perturbed.origin, perturbed.examples)],
                            perturbed.tables, perturbed.origin)
    with pytest.raises(AssertionError):
        assert_gold_kept(TABLES, EXAMPLES, wrong)
    distractors = pw.perturb("distractors", EXAMPLES, TABLES, 0)
    wrong = pw.PerturbedSet("distractors", [Example(e.question, e.table_id, EXAMPLES[i].query)
                                            for i, e in zip(distractors.origin, distractors.examples)],
                            distractors.tables, distractors.origin)
    with pytest.raises(AssertionError):
        assert_gold_kept(TABLES, EXAMPLES, wrong)


def test_the_script_drops_examples_whose_answer_changes(monkeypatch):
    monkeypatch.setattr(pw, "remap", lambda query, column_map: query)   # re-indexing broken
    perturbed = pw.perturb("shuffled", EXAMPLES, TABLES, 0)
    assert perturbed.dropped.get("result changed on the perturbed table", 0) > 0
    assert perturbed.kept + sum(perturbed.dropped.values()) == len(EXAMPLES)


def test_shuffled_moves_columns_and_distractors_add_3_to_6_foreign_columns():
    for seed in range(10):
        shuffled = pw.perturb("shuffled", EXAMPLES, TABLES, seed)
        distractors = pw.perturb("distractors", EXAMPLES, TABLES, seed)
        for table_id, table in TABLES.items():
            assert sorted(shuffled.tables[table_id].header) == sorted(table.header)
            assert shuffled.tables[table_id].header != table.header
            new = distractors.tables[table_id]
            assert 3 <= len(new.header) - len(table.header) <= 6
            assert [h for h in new.header if h in table.header] == table.header   # the table's own, in order
            added = [h for h in new.header if h not in table.header]
            assert not {h.lower() for h in added} & {h.lower() for h in table.header}
            assert all(len(row) == len(new.header) for row in new.rows) and len(new.rows) == len(table.rows)


def test_distractor_cells_are_whole_columns_of_other_tables_repeated_to_fill():
    source = Table("1-source-9", ["Colour"], ["text"], [["red"], ["blue"]])
    target = Table("1-target-9", ["Name", "Age"], ["text", "real"], [["a", "1"], ["b", "2"], ["c", "3"]])
    tables = {"1-source-9": source, "1-target-9": target}
    perturbed = pw.perturb("distractors", [example(target, 0, conds=[(1, 0, "2")])], tables, 0)
    new = perturbed.tables["1-target-9"]
    assert new.header.count("Colour") == 1 and len(new.header) == 3   # only one column to take
    assert column(new, new.header.index("Colour")) == ("text", ["red", "blue", "red"])
    assert_gold_kept(tables, [example(target, 0, conds=[(1, 0, "2")])], perturbed)
    assert Database.from_tables(perturbed.tables).execute("1-target-9", perturbed.examples[0].query) == ["b"]


# ----------------------------------------------------------------------------- few-cells

def test_few_cells_keeps_at_most_5_rows_and_the_answer():
    examples = EXAMPLES + [
        example(PLAYERS, 0, 3, []),                              # COUNT of 12 rows: dropped
        example(PLAYERS, 0, 0, []),                              # 12 names: dropped
        example(PLAYERS, 0, 0, [(3, 0, "Duke")]),                # 6 names: dropped
        example(PLAYERS, 4, 1, []),                              # MAX(Points) over 12: the row of 112
        example(PLAYERS, 5, 2, [(2, 0, "Guard")]),               # MIN(Pts) over 7 guards: the row of 1001
        example(PLAYERS, 0, 3, [(3, 0, "Duke"), (2, 0, "Guard")]),   # COUNT 4 (Ann, Di... Duke guards)
        example(PLAYERS, 0, 0, [(2, 0, "Coach")]),               # nothing matches: []
    ]
    perturbed = pw.perturb("few-cells", examples, TABLES, 0)
    assert perturbed.dropped == {"answer needs more than 5 rows": 3}
    assert perturbed.kept == len(examples) - 3
    assert_gold_kept(TABLES, examples, perturbed)
    for table in perturbed.tables.values():
        assert len(table.rows) <= pw.MAX_ROWS
        assert all(len([row[c] for row in table.rows]) <= 5 for c in range(len(table.header)))
    database = Database.from_tables(perturbed.tables)
    kept = dict(zip(perturbed.origin, perturbed.examples))
    assert database.execute(kept[len(EXAMPLES) + 3].table_id, kept[len(EXAMPLES) + 3].query) == [112.0]
    assert database.execute(kept[len(EXAMPLES) + 4].table_id, kept[len(EXAMPLES) + 4].query) == [1001.0]
    assert database.execute(kept[len(EXAMPLES) + 5].table_id, kept[len(EXAMPLES) + 5].query) == [4]
    assert database.execute(kept[len(EXAMPLES) + 6].table_id, kept[len(EXAMPLES) + 6].query) == []
    # a small table is kept whole, under its own id
    assert kept[6].table_id == GAMES.id and perturbed.tables[GAMES.id].rows == GAMES.rows


def test_few_cells_fills_up_to_5_rows_in_the_original_order():
    perturbed = pw.perturb("few-cells", EXAMPLES[:1], TABLES, 0)
    table = perturbed.tables[perturbed.examples[0].table_id]
    assert len(table.rows) == 5 and ["Bo Park", "2", "Forward", "Kansas", "102", "1002", "Kenya"] in table.rows
    order = [PLAYERS.rows.index(row) for row in table.rows]
    assert order == sorted(order)


# ----------------------------------------------------------------------------- headers

@pytest.mark.parametrize("name", HEADER_PERTURBATIONS)
def test_headers_stay_distinct(name):
    suffixed = False
    for seed in range(20):
        perturbed = pw.perturb(name, EXAMPLES, TABLES, seed)
        for table in perturbed.tables.values():
            lowered = [h.lower().strip() for h in table.header]
            assert len(set(lowered)) == len(lowered), (seed, table.header)
            assert all(h.strip() for h in table.header)
        suffixed |= any(h[-1].isdigit() and not h.isdigit() for h in perturbed.tables[COLLIDING.id].header)
    if name == "casing":
        assert suffixed   # No. and No both give `no` in snake_case: the second became no_2


def test_distinct_appends_a_suffix():
    assert pw.distinct(["Pts", "pts", "PTS", "Pts 2"]) == ["Pts", "pts 2", "PTS 3", "Pts 2 2"]
    assert pw.distinct(["no", "no"], "_") == ["no", "no_2"]


def test_synonyms_rewrite_mapped_words_and_keep_the_rest():
    assert len(pw.SYNONYMS) >= 150
    assert all(key == key.lower() and value and key not in [v.lower() for v in value]
               for key, value in pw.SYNONYMS.items())
    rng = random.Random(0)
    assert pw.rewrite_words("Player", rng) in ("Athlete", "Sportsman")
    assert pw.rewrite_words("High points", rng).split()[0] in ("Top", "Most", "Leading")
    assert pw.rewrite_words("Runner-up", rng) in ("Finalist", "Second place")
    assert pw.rewrite_words("No. in series", rng).startswith("Number in ")
    assert pw.rewrite_words("Zorbl 2009", rng) == "Zorbl 2009"
    assert pw.rewrite_words("GOALS", rng) in ("SCORES", "STRIKES")
    for seed in range(20):   # never the same replacement twice in a row (Club Team -> Side Side)
        words = pw.rewrite_words("Club Team", random.Random(seed)).lower().split()
        assert len(words) < 2 or words[0] != words[-1]


def test_abbreviations_as_tables_write_them():
    headers = ("Position", "Number", "Points", "Goals", "Percentage", "Home goals", "Tournament", "Player")
    forms = {header: {pw.abbreviation_candidates(header, random.Random(seed))[0] for seed in range(40)}
             for header in headers}
    assert forms["Position"] <= {"Pos", "Pos.", "Position"} and forms["Position"] & {"Pos", "Pos."}
    assert forms["Number"] & {"No.", "#"} and forms["Points"] & {"Pts", "Pts."} and "G" in forms["Goals"]
    assert forms["Percentage"] & {"Pct", "%"}
    assert "HG" in forms["Home goals"] and "Home gls" in forms["Home goals"]
    assert "Tourn." in forms["Tournament"] and "Plyr" in forms["Player"]
    assert pw.syllable_cut("Championship") == "Champ." and pw.drop_vowels("Attendance") == "Atndnc"


def test_casing_styles():
    assert pw.cased("Home team score", "snake_case") == "home_team_score"
    assert pw.cased("Home team score", "camelCase") == "homeTeamScore"
    assert pw.cased("Home team score", "UPPER CASE") == "HOME TEAM SCORE"
    assert pw.cased("U.S. viewers (millions)", "snake_case") == "us_viewers_millions"
    assert pw.cased("Pick #", "camelCase") == "pickNumber"
    assert pw.cased("1992-93", "camelCase") == "1992_93"
    styles = set()
    for seed in range(20):
        header = pw.perturb("casing", EXAMPLES[6:7], TABLES, seed).tables[GAMES.id].header
        styles.add("snake" if "_" in header[1] else "upper" if header[1].isupper() else "camel")
        assert len({("_" in h, h.isupper()) for h in header if " " in h or "_" in h or h.isupper()}) <= 1
    assert styles == {"snake", "upper", "camel"}   # one style per table, each drawn by some seed


# ----------------------------------------------------------------------------- determinism, files

def snapshot(perturbed):
    return ([(e.question, e.table_id, e.query.to_dict()) for e in perturbed.examples], perturbed.origin,
            {tid: (t.header, t.types, t.rows) for tid, t in perturbed.tables.items()}, perturbed.dropped)


@pytest.mark.parametrize("name", pw.PERTURBATIONS)
def test_the_same_seed_gives_the_same_set(name):
    assert snapshot(pw.perturb(name, EXAMPLES, TABLES, 7)) == snapshot(pw.perturb(name, EXAMPLES, TABLES, 7))
    others = {json.dumps(snapshot(pw.perturb(name, EXAMPLES, TABLES, seed))[2], sort_keys=True) for seed in range(4)}
    assert len(others) > 1, "the seed changes nothing"


def test_written_sets_load_with_load_split(tmp_path):
    for name in pw.PERTURBATIONS:
        perturbed = pw.perturb(name, [Example(e.question, e.table_id, e.query, 1, i + 1) for i, e in
                                      enumerate(EXAMPLES)], TABLES, 0)
        pw.write_split(perturbed, tmp_path)
        examples, tables = load_split(tmp_path, name)
        assert [(e.question, e.table_id, e.query.to_dict()) for e in examples] == snapshot(perturbed)[0]
        assert {tid: (t.header, t.types, t.rows) for tid, t in tables.items()} == snapshot(perturbed)[2]
        lines = [json.loads(line)["dev_line"] for line in (tmp_path / f"{name}.jsonl").read_text().splitlines()]
        assert lines == [i + 1 for i in perturbed.origin]


# ----------------------------------------------------------------------------- the benchmark

def write_data(directory, examples, tables):
    directory.mkdir(parents=True, exist_ok=True)
    with open(directory / "dev.jsonl", "w") as out:
        for gold in examples:
            out.write(json.dumps({"phase": 1, "table_id": gold.table_id, "question": gold.question,
                                  "sql": gold.query.to_dict()}) + "\n")
    with open(directory / "dev.tables.jsonl", "w") as out:
        for table in tables.values():
            out.write(json.dumps({"id": table.id, "header": table.header, "types": table.types,
                                  "rows": table.rows}) + "\n")


def test_benchmark_scores_every_set_and_writes_its_section(tmp_path, one_thread, capsys):
    questions = ["how many players are from duke", "what is the player who is a guard", "who is from duke"]
    examples = [Example(questions[i % 3], e.table_id, e.query) for i, e in enumerate(EXAMPLES)]
    write_data(tmp_path / "dev", examples, TABLES)
    write_data(tmp_path / "wild", examples[:4], TABLES)
    checkpoint = build_tiny_checkpoint(tmp_path / "ckpt")
    results = tmp_path / "RESULTS.md"
    results.write_text("# Benchmark results\n\n## Other\n\nkept as it is\n")
    argv = ["--checkpoint", str(checkpoint), "--data-dir", str(tmp_path / "dev"), "--perturbed-dir",
            str(tmp_path / "none"), "--wild-dir", str(tmp_path / "wild"), "--limit", "10", "--eg",
            "--results", str(results)]
    assert robustness.main(argv) == 0
    table = [line for line in capsys.readouterr().out.splitlines() if line.startswith("| ")]
    sets = [line.split(" | ")[0][2:] for line in table[1:]]
    assert sets == (["clean", *pw.PERTURBATIONS, "wild"] * 2)
    assert all(line.split(" | ")[2] == ("4" if line.startswith("| wild") else "10") for line in table[1:]
               if not line.startswith("| few-cells"))
    text = results.read_text()
    assert text.startswith("# Benchmark results\n\n## Other\n\nkept as it is\n\n" + robustness.SECTION)
    assert "torch threads" in text and "--limit 10" in text and text.count("| clean |") == 2
    assert robustness.main(argv) == 0   # a second run replaces the section
    assert results.read_text().count(robustness.SECTION) == 1


def test_benchmark_compares_a_perturbed_set_with_the_same_clean_examples():
    sets = [robustness.EvalSet("clean", [0] * 4, {}, [0, 1, 2, 3]),
            robustness.EvalSet("few-cells", [0] * 2, {}, [1, 3]), robustness.EvalSet("wild", [0] * 3, {}, None)]
    scores = {("clean", "greedy"): robustness.Score([True, False, True, False], [True] * 4, 0),
              ("few-cells", "greedy"): robustness.Score([True, True], [True, True], 0),
              ("wild", "greedy"): robustness.Score([False, False, True], [False] * 3, 0)}
    rows = {row["set"]: row for row in robustness.result_rows(sets, scores, ["greedy"])}
    assert rows["few-cells"]["clean_lf"] == 0.0 and rows["few-cells"]["delta"] == 1.0
    assert rows["wild"]["clean_lf"] == 0.5 and not rows["wild"]["same_examples"]
    assert rows["clean"]["delta"] == 0.0


# ----------------------------------------------------------------------------- the official dev set

def test_every_perturbation_keeps_every_kept_gold_answer_on_official_dev(shared_dir):
    data_dir = shared_dir / "data" / "wikisql"
    if not (data_dir / "dev.tables.jsonl.xz").is_file():
        pytest.skip(f"no official dev set at {data_dir}")
    examples, tables = load_split(data_dir, "dev")
    examples = examples[:200]
    for name in pw.PERTURBATIONS:
        perturbed = pw.perturb(name, examples, tables, 0)
        assert perturbed.kept + sum(perturbed.dropped.values()) == len(examples)
        if name != "few-cells":
            assert perturbed.dropped == {}, name
        assert set(perturbed.dropped) <= {"answer needs more than 5 rows"}
        assert_gold_kept(tables, examples, perturbed)
        for table in perturbed.tables.values():
            assert len({h.lower().strip() for h in table.header}) == len(table.header), (name, table.header)
            if name == "few-cells":
                assert len(table.rows) <= pw.MAX_ROWS


def test_each_set_of_tables_in_the_wild_is_named_after_its_directory():
    assert robustness.wild_set_name("data/tables-in-the-wild") == "wild"
    assert robustness.wild_set_name("data/tables-in-the-wild-2/") == "wild-2"
    assert robustness.wild_set_name("/tmp/mine") == "mine"
    assert [Path(d).name for d in robustness.DEFAULT_WILD_DIRS] == [
        "tables-in-the-wild", "tables-in-the-wild-2", "tables-in-the-wild-3"]
    assert all(Path(d, "dev.jsonl").is_file() for d in robustness.DEFAULT_WILD_DIRS)
