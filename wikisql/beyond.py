"""Generated training questions beyond WikiSQL's grammar: superlatives and unanswerable questions.

WikiSQL has no question like "Which building is the tallest?" (the row with the largest value of
another column: ORDER BY ... LIMIT k, wikisql.query.Order) and no question that one query cannot
answer ("What is the average height per city?"). Models trained on it answer both confidently and
wrongly. This module writes such questions, with varied phrasings, over the *training* tables:

    superlatives = superlative_examples(tables, count=3000, seed=1)     # Example with query.order
    unanswerable = unanswerable_examples(tables, count=2000, seed=1)    # Example(answerable=False)

Each superlative's gold answer is checked on the table (the k rows must be unique: no tie at the
k-th value), so the label is right by construction. Nothing here is used for evaluation: the
held-out superlative and unanswerable questions (data/beyond-the-grammar) were written by hand,
by someone else, over other tables.
"""
from __future__ import annotations

import logging
import random
import re
from typing import Sequence

from wikisql.query import MAX_ORDER_LIMIT, Condition, Order, Query
from wikisql.schema import Example, Table
from wikisql.tables import cell_number

log = logging.getLogger(__name__)

# adjectives that a header word implies: word in the header -> (largest, smallest)
ADJECTIVES = {
    "height": ("tallest", "shortest"), "tall": ("tallest", "shortest"),
    "weight": ("heaviest", "lightest"), "mass": ("heaviest", "lightest"),
    "age": ("oldest", "youngest"), "length": ("longest", "shortest"), "duration": ("longest", "shortest"),
    "runtime": ("longest", "shortest"), "minutes": ("longest", "shortest"),
    "price": ("most expensive", "cheapest"), "cost": ("most expensive", "cheapest"),
    "budget": ("biggest budget", "smallest budget"), "speed": ("fastest", "slowest"),
    "population": ("most populous", "least populous"), "area": ("largest", "smallest"),
    "size": ("largest", "smallest"), "attendance": ("best attended", "least attended"),
    "year": ("most recent", "earliest"), "salary": ("best paid", "worst paid"),
    "rank": ("lowest ranked", "highest ranked"), "time": ("slowest", "fastest"),
}
MOST = ("highest", "largest", "greatest", "most", "biggest", "maximum", "top")
LEAST = ("lowest", "smallest", "least", "fewest", "minimum")
NUMBER_WORDS = {2: "two", 3: "three", 4: "four", 5: "five"}
# things a table rarely holds: "What is the email address of X?" on a table without such a column
ABSENT_FACTS = ("email address", "phone number", "website", "nickname", "middle name", "birthplace", "spouse",
                "motto", "favourite colour", "blood type", "zodiac sign", "home address", "founder", "mascot",
                "shoe size", "religion", "native language", "twitter handle", "hair colour", "pet's name")


def _words(header: str) -> str:
    return " ".join(re.sub(r"[_()]", " ", header).split()).lower()


def _numeric_columns(table: Table) -> list[int]:
    """Real columns with at least 3 distinct numbers."""
    columns = []
    for column, kind in enumerate(table.types):
        numbers = {cell_number(row[column]) for row in table.rows} - {None}
        if kind == "real" and len(numbers) >= 3:
            columns.append(column)
    return columns


def _text_value(cell: object) -> str | None:
    """A cell usable as a condition value or a name in a question: short, plain text."""
    text = str(cell).strip() if cell is not None else ""
    if not text or len(text) > 40 or cell_number(text) is not None or not re.search(r"[A-Za-z]", text):
        return None
    return text


def _superlative_words(header: str, descending: bool, rng: random.Random) -> tuple[str, bool]:
    """(words, is_adjective): "tallest" (an adjective the header implies) or "highest height"."""
    words = _words(header)
    for key, (largest, smallest) in ADJECTIVES.items():
        if key in words.split() and rng.random() < 0.5:
            return (largest if descending else smallest), True
    return f"{rng.choice(MOST if descending else LEAST)} {words}", False


def _phrase(sel: str, superlative: str, adjective: bool, limit: int, condition: tuple[str, str] | None,
            rng: random.Random) -> str:
    sel = _words(sel) if rng.random() < 0.6 else sel
    where = ""
    if condition is not None:
        column, value = condition
        column = _words(column) if rng.random() < 0.6 else column
        where = rng.choice([f" with {column} {value}", f" where {column} is {value}", f" among {column} {value}",
                            f" for {column} {value}", f" when the {column} is {value}"])
    if limit == 1:
        if adjective:
            templates = [f"Which {sel}{where} is the {superlative}?", f"What is the {superlative} {sel}{where}?",
                         f"Name the {superlative} {sel}{where}.", f"Which {sel} is the {superlative}{where}?",
                         f"Who is the {superlative}{where}?"]
        else:
            templates = [f"Which {sel}{where} has the {superlative}?", f"What {sel} had the {superlative}{where}?",
                         f"Name the {sel} with the {superlative}{where}.", f"{sel} with the {superlative}{where}?",
                         f"Who had the {superlative}{where}?", f"Which {sel} has the {superlative}{where}?",
                         f"Tell me the {sel} that has the {superlative}{where}."]
    else:
        count = NUMBER_WORDS[limit] if rng.random() < 0.7 else str(limit)
        if adjective:
            templates = [f"Which are the {count} {superlative} {sel}{where}?",
                         f"List the {count} {superlative}{where}.",
                         f"Name the {count} {superlative} {sel}{where}.",
                         f"What are the {count} {superlative}{where}?"]
        else:
            templates = [f"Which {count} {sel}{where} have the {superlative}?",
                         f"Top {count} {sel} by {superlative.split(' ', 1)[-1]}{where}?",
                         f"List the {count} {sel} with the {superlative}{where}.",
                         f"Which {count} had the {superlative}{where}?"]
    return rng.choice(templates)


def _ordered_rows(table: Table, column: int, descending: bool, condition: tuple[int, str] | None) -> list[int]:
    """Rows (matching the condition, value not NULL) by `column`, as Database orders them."""
    rows = []
    for index, row in enumerate(table.rows):
        if condition is not None and str(row[condition[0]]).strip().lower() != condition[1].lower():
            continue
        if cell_number(row[column]) is not None:
            rows.append(index)
    return sorted(rows, key=lambda i: (-cell_number(table.rows[i][column]) if descending
                                       else cell_number(table.rows[i][column]), i))


def superlative(table: Table, rng: random.Random) -> Example | None:
    """One superlative question over table with its query, or None when the table has no fitting
    columns or the drawn question would have a tie at its k-th row."""
    numeric = _numeric_columns(table)
    if not numeric or len(table.header) < 2:
        return None
    order_column = rng.choice(numeric)
    text_columns = [c for c, kind in enumerate(table.types) if kind == "text" and c != order_column]
    sel = text_columns[0] if text_columns and rng.random() < 0.7 else rng.choice(
        [c for c in range(len(table.header)) if c != order_column])
    descending = rng.random() < 0.6
    limit = 1 if rng.random() < 0.75 else rng.randint(2, MAX_ORDER_LIMIT)
    condition = None
    if rng.random() < 0.35:
        options = [c for c in text_columns if c != sel]
        if options:
            column = rng.choice(options)
            counts: dict[str, int] = {}
            for row in table.rows:
                value = _text_value(row[column])
                if value is not None:
                    counts[value] = counts.get(value, 0) + 1
            values = [value for value, count in counts.items() if count >= 2]
            if values:
                condition = (column, rng.choice(values))
    rows = _ordered_rows(table, order_column, descending, condition)
    if len(rows) <= limit:
        return None
    values = [cell_number(table.rows[i][order_column]) for i in rows]
    if values[limit - 1] == values[limit] or any(table.rows[i][sel] in (None, "") for i in rows[:limit]):
        return None   # a tie at the boundary, or an empty answer: the label would be arbitrary
    words, adjective = _superlative_words(table.header[order_column], descending, rng)
    question = _phrase(table.header[sel], words, adjective, limit,
                       (table.header[condition[0]], condition[1]) if condition else None, rng)
    conds = (Condition(condition[0], 0, condition[1]),) if condition else ()
    return Example(question, table.id, Query(sel, 0, conds, Order(order_column, descending, limit)))


def unanswerable(table: Table, rng: random.Random) -> Example | None:
    """One question about table that no single query of the grammar answers (grouping,
    arithmetic between rows, several aggregates, comparing rows, a fact the table lacks)."""
    numeric = _numeric_columns(table)
    text_columns = [c for c, kind in enumerate(table.types) if kind == "text"]
    if not text_columns:
        return None
    name_column = text_columns[0]
    names = list(dict.fromkeys(v for v in (_text_value(row[name_column]) for row in table.rows) if v))
    kinds = ["fact"] + (["grouping", "aggregates"] if numeric else []) + \
        (["arithmetic", "comparison"] if numeric and len(names) >= 2 else [])
    kind = rng.choice(kinds)
    number = _words(table.header[rng.choice(numeric)]) if numeric else ""
    group = _words(table.header[rng.choice(text_columns)])
    name = _words(table.header[name_column])
    a, b = rng.sample(names, 2) if len(names) >= 2 else (names[0] if names else "it", "")
    if kind == "grouping":
        question = rng.choice([f"What is the average {number} for each {group}?",
                               f"How many rows are there per {group}?", f"Total {number} by {group}?",
                               f"Give the mean {number} of every {group}.", f"Break down the {number} by {group}.",
                               f"For every {group}, what is the highest {number}?",
                               f"How many {name} does each {group} have?",
                               f"Which {group} has the most {name} in total?"])
    elif kind == "aggregates":
        question = rng.choice([f"What are the highest and lowest {number}?", f"What is the range of {number}?",
                               f"Give the average and the total {number}.", f"What is the median {number}?",
                               f"How many {name} are there and what is their average {number}?",
                               f"What is the standard deviation of {number}?"])
    elif kind == "arithmetic":
        question = rng.choice([f"How much higher is the {number} of {a} than that of {b}?",
                               f"What is the difference in {number} between {a} and {b}?",
                               f"What is the combined {number} of {a} and {b}?",
                               f"By how much does {a}'s {number} exceed {b}'s?",
                               f"What is the ratio of {a}'s {number} to {b}'s?",
                               f"What percentage of the total {number} does {a} have?"])
    elif kind == "comparison":
        question = rng.choice([f"Did {a} have more {number} than {b}?",
                               f"Is the {number} of {a} higher than {b}'s?",
                               f"Who has more {number}, {a} or {b}?", f"Was {a}'s {number} lower than {b}'s?"])
    else:
        headers = " ".join(_words(h) for h in table.header)
        facts = [fact for fact in ABSENT_FACTS if not set(fact.split()) & set(headers.split())]
        fact = rng.choice(facts)
        question = rng.choice([f"What is the {fact} of {a}?", f"What is {a}'s {fact}?",
                               f"Tell me the {fact} of {a}.", f"Which {fact} does {a} have?"])
    return Example(question, table.id, None, answerable=False)


def _generate(make: object, tables: dict[str, Table], count: int, seed: int, what: str) -> list[Example]:
    rng = random.Random(seed)
    usable = [table for table in tables.values() if table.rows]
    examples: list[Example] = []
    tries = 0
    while usable and len(examples) < count and tries < 20 * count:
        tries += 1
        example = make(rng.choice(usable), rng)
        if example is not None:
            examples.append(example)
    log.info(f"{what}: {len(examples)} generated in {tries} tries over {len(usable)} tables")
    return examples


def superlative_examples(tables: dict[str, Table], count: int, seed: int = 0) -> list[Example]:
    """`count` superlative questions over tables with rows (fewer if the tables do not allow)."""
    return _generate(superlative, tables, count, seed, "superlatives")


def unanswerable_examples(tables: dict[str, Table], count: int, seed: int = 0) -> list[Example]:
    """`count` questions one query cannot answer, over tables with rows."""
    return _generate(unanswerable, tables, count, seed + 1, "unanswerable questions")


def beyond_examples(tables: dict[str, Table], share_superlatives: float, share_unanswerable: float,
                    num_examples: int, seed: int = 0) -> list[Example]:
    """Both kinds, as shares of a training split of num_examples questions."""
    return (superlative_examples(tables, round(share_superlatives * num_examples), seed)
            + unanswerable_examples(tables, round(share_unanswerable * num_examples), seed))


def describe(examples: Sequence[Example]) -> str:
    ordered = sum(example.query is not None and example.query.order is not None for example in examples)
    return f"{ordered} superlatives, {sum(not example.answerable for example in examples)} unanswerable"
