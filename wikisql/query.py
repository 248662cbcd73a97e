"""A WikiSQL logical form: SELECT agg(col) FROM table WHERE col op value AND ...

Equality follows the official evaluator (salesforce/WikiSQL lib/query.py): select column
and aggregation compared as they are, conditions compared as a set of
(column, operator, str(value).lower()) unless ordered comparison is asked for.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

AGGREGATION_OPS = ["", "MAX", "MIN", "COUNT", "SUM", "AVG"]
CONDITION_OPS = ["=", ">", "<", "OP"]
# The six parts of a query, in the order the model predicts them: its loss has one term per
# part (wikisql/model.py) and the scorer one accuracy per part (wikisql/evaluate.py).
COMPONENTS = ("select_column", "aggregation", "condition_count",
              "condition_columns", "condition_operators", "condition_values")


@dataclass(frozen=True)
class Condition:
    """One WHERE condition: column index, operator index, value (str or number)."""
    column: int
    operator: int
    value: object

    def key(self) -> tuple[int, int, str]:
        """What the official evaluator compares: the value as lower-cased text."""
        return (self.column, self.operator, str(self.value).lower())


@dataclass(frozen=True, eq=False)
class Query:
    sel: int
    agg: int
    conds: tuple = ()

    def __post_init__(self) -> None:
        """conds may be given as [column, operator, value] lists; indexes must be hashable
        (the official set comparison needs it), else ValueError."""
        try:
            conds = tuple(c if isinstance(c, Condition) else Condition(*c) for c in self.conds)
            object.__setattr__(self, "conds", conds)
            hash(self)
        except TypeError as error:
            raise ValueError(f"not a WikiSQL query ({error}): sel={self.sel!r} agg={self.agg!r} "
                             f"conds={self.conds!r}") from None

    @classmethod
    def from_dict(cls, d: dict) -> Query:
        """Build from the official {"sel", "agg", "conds": [[column, operator, value], ...]}.

        Values are kept as given (no type coercion), as the official evaluator does, so that
        equality and execution see exactly what the file said. Raises ValueError when the
        structure is not of that form.
        """
        try:
            return cls(d["sel"], d["agg"], d["conds"])
        except (KeyError, TypeError) as error:
            raise ValueError(f"not a WikiSQL query dict ({error!r}): {d!r:.200}") from None

    def to_dict(self) -> dict:
        return {"sel": self.sel, "agg": self.agg,
                "conds": [[c.column, c.operator, c.value] for c in self.conds]}

    def equals(self, other: Query, ordered: bool = False) -> bool:
        """Logical-form match as the official evaluator decides it."""
        if self.sel != other.sel or self.agg != other.agg:
            return False
        mine = [c.key() for c in self.conds]
        theirs = [c.key() for c in other.conds]
        if ordered:
            return mine == theirs
        return set(mine) == set(theirs)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Query):
            return NotImplemented
        return self.equals(other)

    def __hash__(self) -> int:
        return hash((self.sel, self.agg, frozenset(c.key() for c in self.conds)))

    def to_sql(self, header: Sequence[str] | None = None) -> str:
        """Readable SQL, with header names when given (for people, not for execution)."""
        def column(index: int) -> str:
            if header is not None and isinstance(index, int) and 0 <= index < len(header):
                return '"' + str(header[index]).replace('"', '""') + '"'
            return f"col{index}"

        def literal(value: object) -> str:
            if isinstance(value, str):
                return "'" + value.replace("'", "''") + "'"
            return str(value)

        def op(table: list[str], index: int) -> str:
            return table[index] if isinstance(index, int) and 0 <= index < len(table) else f"?{index}"

        select = column(self.sel)
        aggregation = op(AGGREGATION_OPS, self.agg)
        if aggregation:
            select = f"{aggregation}({select})"
        sql = f"SELECT {select} FROM table"
        if self.conds:
            sql += " WHERE " + " AND ".join(
                f"{column(c.column)} {op(CONDITION_OPS, c.operator)} {literal(c.value)}"
                for c in self.conds)
        return sql

    def __str__(self) -> str:
        return self.to_sql()
