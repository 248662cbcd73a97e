"""Table-level perturbations checked by execution: the gold query's outcome on a table (_outcome), the rows it
needs and fewer rows (_needed_rows, keep_rows), columns of other tables as distractors (_pick_distractors), the
gold query re-indexed to a new column order (_reindex); and drop_content, which hides the cell matches of
condition columns in an encoded example (content dropout, per epoch).
"""
from __future__ import annotations

import dataclasses
import random
from typing import Sequence

from wikisql.augment.config import AugmentError
from wikisql.augment.rewrites import _header_key
from wikisql.content import cell_key
from wikisql.database import Database, ExecutionError
from wikisql.encoding import EncodedExample
from wikisql.query import AGGREGATION_OPS, Condition, Query
from wikisql.schema import Example, Table

# ----------------------------------------------------------------------------- rows and columns

MAX, MIN = AGGREGATION_OPS.index("MAX"), AGGREGATION_OPS.index("MIN")


def _outcome(table: Table, query: Query) -> list | None:
    """What the gold query gives on a table: ("ok", result list) or ("error", None)."""
    with Database.from_tables([table]) as database:
        try:
            return "ok", database.execute(table.id, query)
        except ExecutionError:
            return "error", None


def keep_rows(example: Example, table: Table, rows: Sequence[int]) -> Table | None:
    """The table with only `rows` (0-based, their order kept), or None when the gold query's result
    on it differs from the result on the whole table."""
    smaller = dataclasses.replace(table, rows=[table.rows[r] for r in sorted(set(rows))])
    return smaller if _outcome(smaller, example.query) == _outcome(table, example.query) else None


def _needed_rows(table: Table, query: Query, result: list) -> list[int] | None:
    """Rows the gold result depends on: those its conditions select; without conditions, the rows
    holding the MAX/MIN value, else all rows. None when the query does not execute."""
    with Database.from_tables([table]) as database:
        try:
            if query.conds:
                return database.matching_rows(table.id, query, len(table.rows))
            if query.agg in (MAX, MIN) and result and result[0] is not None:
                extreme = Query(query.sel, 0, (Condition(query.sel, 0, result[0]),))
                return database.matching_rows(table.id, extreme, len(table.rows))
        except ExecutionError:
            return None
    return list(range(len(table.rows)))


def _reindex(query: Query, new_position: dict[int, int]) -> Query:
    return Query(new_position[query.sel], query.agg,
                 tuple(Condition(new_position[c.column], c.operator, c.value) for c in query.conds))


def _pick_distractors(table: Table, query: Query, rng: random.Random, other_tables: Sequence[Table],
                      count: int, taken: set[str]) -> list[tuple[str, str, list]]:
    """Up to `count` columns of other tables: (header, type, cells of their table); a header that
    reads like one already here, or cells holding a gold condition value, are passed over."""
    values = {cell_key(c.value) for c in query.conds} - {None}
    chosen = []
    for _ in range(count * 5):
        if len(chosen) == count or not other_tables:
            break
        other = rng.choice(other_tables)
        if other.id == table.id or not other.header:
            continue
        j = rng.randrange(len(other.header))
        header, cells = str(other.header[j]), [row[j] for row in other.rows]
        if _header_key(header) in taken or (table.rows and not cells):
            continue
        if values & {cell_key(cell) for cell in cells if cell is not None}:
            continue
        taken.add(_header_key(header))
        chosen.append((header, other.types[j], cells))
    return chosen


# ----------------------------------------------------------------------------- content dropout

def drop_content(item: EncodedExample, rng: random.Random, probability: float) -> None:
    """With `probability` per gold condition column, forget that column's cell matches
    (item.content_spans[column] = []), as on a real table whose cells do not hold the question's
    value. table_has_rows stays True. item.content_spans is replaced by a new list (the old one is
    not changed), so a shallow copy of an encoded item (copy.copy) keeps the original intact: apply
    it per epoch to a copy. Does nothing when the item has no content spans (content off)."""
    if not (isinstance(probability, (int, float)) and 0.0 <= probability <= 1.0):
        raise AugmentError(f"probability must be in 0..1, got {probability!r}")
    if item.content_spans is None:
        return
    if item.labels is None:
        raise AugmentError("drop_content needs the gold labels: encode the example with its query")
    dropped = {column for column in item.labels.cond_columns if rng.random() < probability}
    item.content_spans = [[] if column in dropped else spans for column, spans in enumerate(item.content_spans)]
