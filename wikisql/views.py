"""The columns of a table the model reads for one question (ColumnView): all of them, or, for a table too wide to
read whole, those the question points to (engine.Predictor.column_view picks them by header_words); queries over
the view map back to the table's column numbers.
"""
from __future__ import annotations

import dataclasses
import re
from typing import Iterable, Sequence

from bert.tokenization import Token
from wikisql.content import ContentMatcher
from wikisql.database import Database, ExecutionError, QueryExecutor
from wikisql.query import AGGREGATION_OPS, Query
from wikisql.schema import Table


def header_words(text: object) -> set[str]:
    """Lower-cased words of a header or question: `homeGoals`, `home_goals` and `Home goals` all
    give home, goals; a plural `s` is dropped so `goal` meets `goals`."""
    spaced = re.sub(r"([a-z])([A-Z])", r"\1 \2", str(text)).lower()
    return {word[:-1] if len(word) > 3 and word.endswith("s") else word for word in re.findall(r"[a-z0-9]+", spaced)}


class ColumnView:
    """The columns of a table the model reads for one question: all of them, or, for a table
    too wide to read whole, those the question points to (see Predictor.column_view), in the
    table's order. Queries over the view map back to the table's column numbers."""

    def __init__(self, table: Table, columns: Iterable[int], matcher: ContentMatcher) -> None:
        self.table = table
        self.columns = list(columns)      # ascending indices into table.header
        self.matcher = matcher            # ContentMatcher of the whole table
        self.complete = len(self.columns) == len(table.header)
        self.header = [table.header[c] for c in self.columns]
        self.types = [table.types[c] for c in self.columns]

    @property
    def has_rows(self) -> bool:
        return self.matcher.has_rows

    def match(self, question: str, tokens: Sequence[Token], num_columns: int) -> list[list[tuple[int, int]]]:
        """ContentMatcher.match over the view's columns (the Encoder calls it)."""
        spans = self.matcher.match(question, tokens, len(self.table.header))
        return [spans[c] for c in self.columns][:num_columns]

    def table_query(self, query: Query) -> Query:
        """A query over the view as a query over the whole table."""
        if self.complete:
            return query
        order = query.order and dataclasses.replace(query.order, column=self.columns[query.order.column])
        return Query(self.columns[query.sel], query.agg,
                     tuple((self.columns[c.column], c.operator, c.value) for c in query.conds), order)

    def numbers_matched(self, query: Query, of_table: bool = False) -> int:
        """How many cells of the selected column the query's conditions keep (not NULL): COUNT over the
        view's table, in a database of its own (the caller may have none). `of_table`: the query's columns are
        the table's, not the view's."""
        counting = Query(query.sel, AGGREGATION_OPS.index("COUNT"), query.conds)
        try:
            with Database.from_tables([self.table]) as database:
                return int(database.execute(self.table.id, counting if of_table else self.table_query(counting))[0]
                           or 0)
        except ExecutionError:
            return 0

    def database(self, database: Database) -> QueryExecutor:
        """database, executing queries over the view (execution-guided decoding tries them)."""
        return database if self.complete else _ViewDatabase(database, self)


class _ViewDatabase:
    def __init__(self, database: Database, view: ColumnView) -> None:
        self.database, self.view = database, view

    def execute(self, table_id: str, query: Query) -> list:
        return self.database.execute(table_id, self.view.table_query(query))
