"""Readings of a table and a question that several kinds of correction share: whether a value is in no cell
of its column (holds_no_cell), whether a text column names each row once (names_each_row), where a question says a
text (_found), how many distinct cells a column of kinds has at most (MAX_KIND_CELLS), the units a header or a question
writes (UNITS, UNIT_OF), the unit a header writes (header_unit, bracketed_unit) and a long table's `Value`
column (value_column).
"""
from __future__ import annotations

import re
from typing import Sequence

from wikisql.content import in_no_cell
from wikisql.encoding import readable_header
from wikisql.query import CONDITION_OPS, Condition
from wikisql.schema import Table
from wikisql.tables import cell_number, holding, is_whole


def names_each_row(table: Table, column: int) -> bool:
    """Whether a column of text names each row once: a cell in every row, no two alike (case aside)."""
    cells = table.cells(column, lower=True)
    return table.types[column] == "text" and len(cells) == len(table.rows) and len(set(cells)) == len(cells)


def holds_no_cell(condition: Condition, table: Table) -> bool:
    """Whether an `=` condition on a text column has a value that no cell of the column holds (content.in_no_cell)."""
    return (table.types[condition.column] == "text" and condition.operator == CONDITION_OPS.index("=")
            and in_no_cell(condition.value, [row[condition.column] for row in table.rows]))


MAX_KIND_CELLS = 8   # a column of kinds: at most this many distinct cells


def _found(text: str, part: str, case: bool = False) -> list[tuple[int, int]]:
    """(start, end) of each place `text` holds `part` (case aside unless `case`), not overlapping: what
    re.finditer(re.escape(part), text[, re.IGNORECASE]) finds, without compiling a pattern per part."""
    if not case and not (text.isascii() and part.isascii()):
        return [(m.start(), m.end()) for m in re.finditer(re.escape(part), text, re.IGNORECASE)]
    haystack, needle = (text, part) if case else (text.lower(), part.lower())
    spans, start = [], haystack.find(needle)
    while needle and start >= 0:
        spans.append((start, start + len(needle)))
        start = haystack.find(needle, start + len(needle))
    return spans


# Units by what they measure: the words a header or a question writes them with -> one name per unit.
UNITS = {
    "length": {"m": "m", "metre": "m", "metres": "m", "meter": "m", "meters": "m", "km": "km", "kilometre": "km",
               "kilometres": "km", "kilometer": "km", "kilometers": "km", "ft": "ft", "foot": "ft", "feet": "ft",
               "mi": "mi", "mile": "mi", "miles": "mi", "cm": "cm", "centimetre": "cm", "centimetres": "cm",
               "centimeter": "cm", "centimeters": "cm", "mm": "mm", "millimetre": "mm", "millimetres": "mm",
               "inch": "in", "inches": "in", "yd": "yd", "yard": "yd", "yards": "yd", "nmi": "nmi"},
    "mass": {"kg": "kg", "kilogram": "kg", "kilograms": "kg", "kilo": "kg", "kilos": "kg", "g": "g", "gram": "g",
             "grams": "g", "lb": "lb", "lbs": "lb", "pound": "lb", "pounds": "lb", "oz": "oz", "ounce": "oz",
             "ounces": "oz", "tonne": "t", "tonnes": "t"},
    "power": {"hp": "hp", "horsepower": "hp", "kw": "kW", "kilowatt": "kW", "kilowatts": "kW", "mw": "MW",
              "megawatt": "MW", "megawatts": "MW", "watt": "W", "watts": "W"},
    "temperature": {"celsius": "C", "centigrade": "C", "fahrenheit": "F", "kelvin": "K", "degc": "C", "degf": "F"},
    "speed": {"mph": "mph", "kph": "kph", "kmh": "kph", "knots": "kn", "kn": "kn"},
    "volume": {"litre": "l", "litres": "l", "liter": "l", "liters": "l", "gallon": "gal", "gallons": "gal",
               "gal": "gal", "ml": "ml", "millilitre": "ml", "millilitres": "ml"},
    "pressure": {"mpa": "MPa", "megapascal": "MPa", "megapascals": "MPa", "kpa": "kPa", "kilopascal": "kPa",
                 "kilopascals": "kPa", "psi": "psi", "bar": "bar", "atm": "atm"},
}
UNIT_OF = {word: (dimension, unit) for dimension, words in UNITS.items() for word, unit in words.items()}


def header_unit(header: str) -> tuple[str, str] | None:
    """(what it measures, unit) of the unit a header writes: in brackets, `Height (m)`, `mass [kg]`; as its last
    word, `elevation_ft`, `Power kW`; or as the header itself, `hp`, `mph`."""
    text = str(header).strip()
    bracketed = re.findall(r"[(\[]\s*([A-Za-z°/]+)\s*[)\]]", text)
    words = re.findall(r"[A-Za-z]+", text)
    for candidate in bracketed[-1:] + words[-1:]:
        key = candidate.lower().replace("°", "deg")
        if key in UNIT_OF and (len(words) > 1 or len(key) >= 2):
            return UNIT_OF[key]
    return None


UNIT_JOINERS = r"[\s^·*\-]"   # what a unit may be written with between its letters: spaces, carets, dots, hyphens


def written_unit(text: str) -> str:
    """A unit as written, compared without case, spaces, carets, middle dots or hyphens (UNIT_JOINERS): `m^2-K/W`
    and "m2K/W" are both "m2k/w", `kg/m^3` and "kg/m3" both "kg/m3"."""
    return re.sub(UNIT_JOINERS, "", str(text).lower())


def bracketed_unit(header: str) -> str | None:
    """The unit a header writes in its last brackets, as written_unit compares it (`Density (kg/m^3)` "kg/m3",
    `Resistance [m^2-K/W]` "m2k/w"), when it holds a letter, starts with no digit and is one word or has no word of
    four letters or more (`(in GB)` and `(knots)` are units, `(Total Stem)` and `(2013 Q1)` are none); else None."""
    found = re.findall(r"[(\[]([^()\[\]]+)[)\]]\s*$", str(header).strip())
    if not found or not re.search(r"[A-Za-z]", found[-1]) or re.match(r"\s*\d", found[-1]):
        return None   # (not a time, `(2013 Q1)`)
    text = re.sub(r"^\s*in\s+", "", found[-1], flags=re.IGNORECASE)
    if re.search(r"[A-Za-z]{4,}", text.replace("/", " ")) and not re.fullmatch(r"[A-Za-z]+", text.strip()):
        return None
    return written_unit(text) or None


_VALUE_HEADERS = frozenset({"value", "values", "obs_value", "obs value", "observation value"})
# header words of a long table's column that names each row's measure (`Units`, `Metric`, `Pollutant_Name`)
MEASURE_NAMING = frozenset("unit units metric measure indicator variable parameter pollutant component element "
                           "series statistic quantity".split())


def names_a_measure(header: object) -> bool:
    """Whether a header is that of a long table's column naming each row's measure (MEASURE_NAMING: `Units`,
    `Metric`, `Pollutant_Name`)."""
    return bool(set(re.findall(r"[a-z]+", readable_header(str(header)).lower())) & MEASURE_NAMING)


def keys_the_rows(table: Table, column: int) -> bool:
    """Whether a number column holds whole numbers that repeat (a long table's `zip_code`, `year` or `bedrooms`, one
    row per combination of them): a key of the rows, not a measure (a day's `open` and `close` rarely repeat, nor are
    they whole)."""
    cells = [row[column] for row in table.rows if isinstance(row[column], (int, float))]
    return len(cells) >= 2 and all(is_whole(cell) for cell in cells) and len(set(cells)) < len(cells)


def value_column(table: Table) -> int | None:
    """The number column of a table in long form, or None: the one number column headed `Value` (or `obs_value`)
    beside a text column whose header names each row's measure (MEASURE_NAMING: `Units`, `Metric`, `Pollutant_Name`),
    or beside number columns that are all keys of the rows (keys_the_rows: `zip_code`, `year`, `bedrooms` of a
    table of housing payment standards): the column any measure the headers do not name is read from. (A `value`
    beside `open` and `close`, no column naming what it measures, is one measure among the others: a day's
    turnover.)"""
    found = [column for column, header in enumerate(table.header)
             if table.types[column] == "real" and str(header).strip().lower() in _VALUE_HEADERS]
    if len(found) != 1:
        return None
    named = any(kind == "text" and names_a_measure(header) for header, kind in zip(table.header, table.types))
    keys = [column for column, kind in enumerate(table.types) if kind == "real" and column != found[0]]
    return found[0] if named or (keys and all(keys_the_rows(table, column) for column in keys)) else None


def kept_rows(table: Table, conds: Sequence[Condition]) -> list[list]:
    """The rows of `table` that may meet every condition (_keeps)."""
    return [row for row in table.rows if all(_keeps(row, condition) for condition in conds)]


def _keeps(row: Sequence[object], condition: Condition) -> bool:
    """Whether a row may meet a condition: the same cell for `=` (holding), a number above or below for `>` and
    `<`; every row for a comparison with a value that is no number (which the database reads its own way)."""
    if condition.operator == CONDITION_OPS.index("="):
        return holding(condition.value)(row[condition.column])
    cell, value = cell_number(row[condition.column]), cell_number(condition.value)
    if value is None:
        return True
    if cell is None:
        return False
    return cell > value if condition.operator == CONDITION_OPS.index(">") else cell < value
