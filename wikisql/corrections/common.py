"""Readings of a table and a question that several kinds of correction share: whether a value is in no cell
of its column (holds_no_cell), whether a text column names each row once (names_each_row), where a question says a
text (_found), how many distinct cells a column of kinds has at most (MAX_KIND_CELLS), the units a header or a question
writes (UNITS, UNIT_OF) and the unit a header writes (header_unit).
"""
from __future__ import annotations

import re

from wikisql.content import in_no_cell
from wikisql.query import CONDITION_OPS, Condition
from wikisql.schema import Table


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
