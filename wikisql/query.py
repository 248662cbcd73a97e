"""A WikiSQL logical form: SELECT agg(col) FROM table WHERE col op value AND ..., and our one
extension of it, an ordering: ... ORDER BY col DESC|ASC LIMIT k ("Which building is the tallest?").

Equality follows the official evaluator (salesforce/WikiSQL lib/query.py): select column
and aggregation compared as they are, conditions compared as a set of
(column, operator, str(value).lower()) unless ordered comparison is asked for. The ordering,
which WikiSQL's queries never have, must be equal too (None on both sides for WikiSQL).
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


ORDER_DIRECTIONS = ("asc", "desc")
MAX_ORDER_LIMIT = 5   # "the five tallest" at most


@dataclass(frozen=True)
class Order:
    """ORDER BY column (ascending or descending) LIMIT limit: the rows with the smallest or
    largest values of a column, NULLs never first."""
    column: int
    descending: bool
    limit: int = 1

    def __post_init__(self) -> None:
        if not (isinstance(self.column, int) and isinstance(self.descending, bool) and isinstance(self.limit, int)
                and 1 <= self.limit <= MAX_ORDER_LIMIT):
            raise ValueError(f"not an ordering: column={self.column!r} descending={self.descending!r} "
                             f"limit={self.limit!r} (1..{MAX_ORDER_LIMIT})")

    @classmethod
    def from_list(cls, value: object) -> Order:
        """From [column, "asc"|"desc", limit] as query dicts write it."""
        if not (isinstance(value, (list, tuple)) and len(value) == 3 and value[1] in ORDER_DIRECTIONS):
            raise ValueError(f'an ordering is [column, "asc"|"desc", limit], got {value!r:.100}')
        return cls(value[0], value[1] == "desc", value[2])

    def to_list(self) -> list:
        return [self.column, "desc" if self.descending else "asc", self.limit]


@dataclass(frozen=True, eq=False)
class Query:
    sel: int
    agg: int
    conds: tuple = ()
    order: Order | None = None   # our extension; WikiSQL's queries have none

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
        equality and execution see exactly what the file said. An optional "order": [column,
        "asc"|"desc", limit] is our extension. Raises ValueError when the structure is not of that form.
        """
        try:
            order = Order.from_list(d["order"]) if d.get("order") is not None else None
            return cls(d["sel"], d["agg"], d["conds"], order)
        except (KeyError, TypeError, AttributeError) as error:
            raise ValueError(f"not a WikiSQL query dict ({error!r}): {d!r:.200}") from None

    def to_dict(self) -> dict:
        """The official {"sel", "agg", "conds"}, and "order" only when there is one."""
        record = {"sel": self.sel, "agg": self.agg, "conds": [[c.column, c.operator, c.value] for c in self.conds]}
        if self.order is not None:
            record["order"] = self.order.to_list()
        return record

    def given_columns(self) -> set[int]:
        """The columns whose value an `=` condition gives: selecting one without aggregation answers with
        the question's own value."""
        return {c.column for c in self.conds if c.operator == CONDITION_OPS.index("=")}

    def equals(self, other: Query, ordered: bool = False) -> bool:
        """Logical-form match as the official evaluator decides it (and the same ordering)."""
        if self.sel != other.sel or self.agg != other.agg or self.order != other.order:
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
        return hash((self.sel, self.agg, frozenset(c.key() for c in self.conds), self.order))

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
        if self.order is not None:
            sql += (f" ORDER BY {column(self.order.column)} {'DESC' if self.order.descending else 'ASC'}"
                    f" LIMIT {self.order.limit}")
        return sql

    def __str__(self) -> str:
        return self.to_sql()
