"""The WikiSQL records every module shares: a Table, an Example (a question with its gold
Query), and WikiSQLFormatError, the error for a bad record, named by file, line and field.
A leaf module: it imports nothing of the project but wikisql/query.py."""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from wikisql.query import Query

COLUMN_TYPES = ("text", "real")

# what spreadsheets, R and pandas write for a missing number (pandas' default `na_values`, and the dashes
# and dots of published tables); read as an empty cell in a column whose other cells are numbers, or where
# every cell of the column is one (Table.cells), and kept as text anywhere else (`NA` is also North America)
MISSING_MARKERS = frozenset({"na", "n/a", "#n/a", "#na", "nan", "-nan", "<na>", "null", "none", "-", "--",
                             "\u2013", "\u2014", "..", "...", "?"})

# a UUID (8-4-4-4-12 hex digits) or a hex digest (16 hex digits or more, some of them letters and some digits)
_MACHINE_KEY = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"
                          r"|(?=[0-9a-f]*[a-f])(?=[0-9a-f]*\d)[0-9a-f]{16,}")


@dataclass
class Table:
    id: str
    header: list[str]
    types: list[str]     # one of COLUMN_TYPES per column
    rows: list[list]     # cells: str, int, float or None
    page_title: str | None = None
    section_title: str | None = None
    caption: str | None = None
    units: list[str | None] | None = None   # per column: how a real column writes its numbers, `{} m`, or None

    @property
    def title(self) -> str:
        """The table's id and its titles (page, section, caption), joined by spaces: what a question may say of
        the table as a whole (`baseball_batting_1970` for "in 1970")."""
        return " ".join(str(part) for part in (self.id, self.page_title, self.section_title, self.caption) if part)

    def cells(self, column: int, lower: bool = False) -> list[str]:
        """The column's cells as text, stripped (and lower-cased with `lower`), in row order, without the empty
        ones (None or ""): what the rules read of a column's cells. None where every cell only says the value is
        missing (`N/A` in every row of `Instance GPU memory (in GB)`: the column holds nothing)."""
        cells = [str(row[column]).strip() for row in self.rows if row[column] not in (None, "")]
        if all(cell.lower() in MISSING_MARKERS for cell in cells):
            return []
        return [cell.lower() for cell in cells] if lower else cells

    def holds_pointers(self, column: int) -> bool:
        """Whether the column's cells point at their rows rather than name them: every non-empty cell is a web
        address (`https://fbref.com/...`, `www.x.org`) or a machine key (a UUID `420a9862-9956-49d1-906e-6b80206a7067`,
        a hex digest of 16 digits or more), two of them at least, but for one placeholder the others may share
        (`skipped`, `NA`)."""
        pointers, placeholders = 0, set()
        for cell in self.cells(column, lower=True):   # (stops at a second cell that is no pointer: most columns)
            if " " not in cell and (cell.startswith(("http://", "https://", "www.")) or _MACHINE_KEY.fullmatch(cell)):
                pointers += 1
            else:
                placeholders.add(cell)
                if len(placeholders) > 1:
                    return False
        return pointers >= 2

    def written(self, column: int, value: object) -> object:
        """A number of `column` as the table writes it (units `{} m`: 828 -> `828 m`); other values,
        and columns without a unit, unchanged."""
        template = self.units[column] if self.units else None
        if template is None or not isinstance(value, (int, float)) or isinstance(value, bool):
            return value
        return template.format(int(value) if float(value).is_integer() else value)


@dataclass
class Example:
    question: str
    table_id: str
    query: Query
    phase: int | None = None
    line: int | None = None     # 1-based line in the source file
    source: str | None = None   # path of the source file
    answerable: bool = True     # False: generated training question that no query of the grammar answers


class WikiSQLFormatError(ValueError):
    """A problem in a WikiSQL file, located by path, line (1-based) and field."""

    field_format = "{!r}"  # how the field is written in the message: 'sql' here

    def __init__(self, message: str, path: str | Path | None = None, line: int | None = None,
                 field: str | None = None) -> None:
        self.message, self.path, self.line, self.field = message, path, line, field
        where = ":".join(str(part) for part in (path, line) if part is not None)
        if field is not None:
            where += (" field " if where else "field ") + self.field_format.format(field)
        super().__init__(f"{where}: {message}" if where else message)
