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

# What a header word lets a question say instead of "the highest <header>": header word -> (phrasings of
# the largest value, phrasings of the smallest). An adjective ("tallest": "Which tower is the tallest?") or,
# starting with "~", a verb phrase in the past tense ("~weighed the most": "Which car weighed the most?").
# Plain English, written for the words of WikiSQL's training headers, not for any evaluation table.
_RECENT = (("most recent", "latest", "newest"), ("earliest", "oldest", "first"))
_SEQUENCE = (("last", "latest", "final"), ("first", "earliest", "opening"))
_RANKED = (("lowest ranked", "worst placed", "lowest placed"), ("top ranked", "best placed", "highest ranked"))
_MONEY = (("~earned the most", "richest", "best paid"), ("~earned the least", "poorest", "worst paid"))
_CROWD = (("best attended", "~drew the biggest crowd", "~drew the most people"),
          ("least attended", "~drew the smallest crowd", "~drew the fewest people"))
ADJECTIVES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    **dict.fromkeys(("height", "tall", "cm", "ft"), (("tallest", "~stood the tallest"), ("shortest",))),
    **dict.fromkeys(("weight", "mass", "kg", "lbs", "lb"), (("heaviest", "~weighed the most"),
                                                             ("lightest", "~weighed the least"))),
    "age": (("oldest",), ("youngest",)),
    **dict.fromkeys(("length", "long", "km", "miles", "distance", "duration", "runtime", "minutes"),
                    (("longest", "~lasted the longest"), ("shortest",))),
    **dict.fromkeys(("price", "cost", "fee", "fare"), (("most expensive", "priciest", "~cost the most"),
                                                      ("cheapest", "least expensive", "~cost the least"))),
    "budget": (("biggest budget", "most expensive"), ("smallest budget", "cheapest")),
    **dict.fromkeys(("speed", "mph"), (("fastest",), ("slowest",))),
    "time": (("slowest", "~took the longest"), ("fastest", "quickest", "~took the least time")),
    **dict.fromkeys(("population", "pop", "inhabitants"),
                    (("most populous", "biggest"), ("least populous", "smallest"))),
    **dict.fromkeys(("area", "size", "capacity", "enrollment"), (("largest", "biggest"), ("smallest",))),
    **dict.fromkeys(("attendance", "crowd", "spectators"), _CROWD),
    **dict.fromkeys(("year", "founded", "built", "established", "opened", "joined", "elected", "date", "season",
                     "introduced", "released"), _RECENT),
    **dict.fromkeys(("episode", "round", "week", "game", "stage", "leg", "race", "match"), _SEQUENCE),
    **dict.fromkeys(("rank", "ranking", "position", "pos", "place", "finish", "seed", "placing"), _RANKED),
    **dict.fromkeys(("salary", "earnings", "money", "prize", "purse", "income", "wage"), _MONEY),
    **dict.fromkeys(("revenue", "gross", "sales", "sold"), (("~sold the most", "best selling", "highest grossing"),
                                                            ("~sold the least", "worst selling", "lowest grossing"))),
    **dict.fromkeys(("rating", "score", "grade", "mark"), (("best rated", "highest rated", "~scored best"),
                                                          ("worst rated", "lowest rated", "~scored worst"))),
    **dict.fromkeys(("elevation", "altitude"), (("highest",), ("lowest",))),
    "density": (("densest", "most densely populated"), ("least densely populated", "sparsest")),
    **dict.fromkeys(("points", "pts", "goals", "runs", "tries"),
                    (("~scored the most", "top scoring", "highest scoring"), ("~scored the fewest", "lowest scoring"))),
    **dict.fromkeys(("wins", "won", "w"),
                    (("~won the most", "most successful"), ("~won the fewest", "least successful"))),
    **dict.fromkeys(("losses", "lost", "l"), (("~lost the most",), ("~lost the fewest",))),
    **dict.fromkeys(("votes", "vote"), (("~got the most votes", "most voted", "~polled the most"),
                                        ("~got the fewest votes", "least voted", "~polled the least"))),
    **dict.fromkeys(("viewers", "viewership", "ratings", "audience"),
                    (("most watched", "~drew the most viewers"), ("least watched", "~drew the fewest viewers"))),
    **dict.fromkeys(("played", "apps", "caps", "appearances", "games", "matches"),
                    (("~played the most", "most capped", "most experienced"),
                     ("~played the fewest", "least experienced"))),
}
MOST = ("highest", "largest", "greatest", "most", "biggest", "maximum", "top")
LEAST = ("lowest", "smallest", "least", "fewest", "minimum")
# the present tense of the verbs above, for "Which car weighs the most?" beside "... weighed the most?"
PRESENT = {"weighed": "weighs", "scored": "scores", "stood": "stands", "drew": "draws", "won": "wins", "lost": "loses",
           "sold": "sells", "got": "gets", "took": "takes", "cost": "costs", "had": "has", "earned": "earns",
           "lasted": "lasts", "played": "plays", "polled": "polls"}
NUMBER_WORDS = {2: "two", 3: "three", 4: "four", 5: "five"}
# things a table rarely holds: "What is the email address of X?" on a table without such a column
ABSENT_FACTS = ("email address", "phone number", "website", "nickname", "middle name", "birthplace", "spouse",
                "motto", "favourite colour", "blood type", "zodiac sign", "home address", "founder", "mascot",
                "shoe size", "religion", "native language", "twitter handle", "hair colour", "pet's name", "coach",
                "owner", "ceo", "architect", "official language", "opening hours", "star sign", "favourite food")


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


def _superlative_words(header: str, descending: bool, rng: random.Random) -> tuple[str, str]:
    """(words, kind): an adjective the header implies ("tallest", kind "adjective"), a verb phrase
    ("weighed the most", "verb") or the header itself ("highest height", "noun"; "had the most goals")."""
    words = _words(header)
    implied = [phrase for word in words.split() if word in ADJECTIVES
               for phrase in ADJECTIVES[word][0 if descending else 1]]
    if implied and rng.random() < 0.6:
        phrase = rng.choice(implied)
        return (phrase[1:], "verb") if phrase.startswith("~") else (phrase, "adjective")
    if words.endswith("s") and not words.endswith("ss") and rng.random() < 0.3:
        return f"had the {'most' if descending else 'fewest'} {words}", "verb"
    return f"{rng.choice(MOST if descending else LEAST)} {words}", "noun"


def _condition_phrase(condition: tuple[str, str] | None, rng: random.Random) -> tuple[str, str, str]:
    """(prefix, modifier before the selected column's name, suffix) that say the condition, by naming its
    column ("where league is AL") or by the value alone ("Which AL player ...", "In 2010, ...")."""
    if condition is None:
        return "", "", ""
    column, value = condition
    column = _words(column) if rng.random() < 0.6 else column
    form = rng.randrange(4)
    if form == 0:
        return "", "", rng.choice([f" with {column} {value}", f" where {column} is {value}", f" for {column} {value}",
                                   f" when the {column} is {value}", f" whose {column} is {value}"])
    if form == 1:
        return rng.choice([f"In {value}, ", f"Among {value}, ", f"For {value}, ", f"Of the {value} ones, "]), "", ""
    if form == 2:
        return "", f"{value} ", ""
    return "", "", rng.choice([f" in {value}", f" from {value}", f" for {value}", f" of {value}", f" among {value}"])


def _phrase(sel: str, name: str | None, superlative: str, kind: str, limit: int,
            condition: tuple[str, str] | None, rng: random.Random) -> str:
    """A question asking for `sel` of the row(s) with the superlative; `name` (the table's name column,
    when it is not `sel`) lets it ask "What is the city of the tallest tower?"."""
    sel = _words(sel) if rng.random() < 0.6 else sel
    prefix, modifier, where = _condition_phrase(condition, rng)
    noun = superlative.split(" ", 1)[-1]
    if kind == "verb" and limit == 1 and rng.random() < 0.5:
        first, _, rest = superlative.partition(" ")
        superlative = f"{PRESENT.get(first, first)} {rest}"
    if name is not None and limit == 1 and rng.random() < 0.4:
        name = f"{modifier}{_words(name)}"
        question = {"adjective": f"What is the {sel} of the {superlative} {name}{where}?",
                    "verb": f"What is the {sel} of the {name} that {superlative}{where}?",
                    "noun": f"What is the {sel} of the {name} with the {superlative}{where}?"}[kind]
        return _after_prefix(prefix, question)
    sel = f"{modifier}{sel}"
    if limit == 1:
        templates = {
            "adjective": [f"Which {sel} is the {superlative}{where}?", f"What is the {superlative} {sel}{where}?",
                          f"Name the {superlative} {sel}{where}.", f"Which is the {superlative} {sel}{where}?",
                          f"Who is the {superlative}{where}?", f"the {superlative} {sel}{where}?",
                          f"Tell me the {superlative} {sel}{where}."],
            "verb": [f"Which {sel} {superlative}{where}?", f"Who {superlative}{where}?",
                     f"Name the {sel} that {superlative}{where}.", f"What {sel} {superlative}{where}?"],
            "noun": [f"Which {sel}{where} has the {superlative}?", f"What {sel} had the {superlative}{where}?",
                     f"Name the {sel} with the {superlative}{where}.", f"{sel} with the {superlative}{where}?",
                     f"Who had the {superlative}{where}?", f"Which {sel} has the {superlative}{where}?",
                     f"Tell me the {sel} that has the {superlative}{where}."]}[kind]
    else:
        count = NUMBER_WORDS[limit] if rng.random() < 0.7 else str(limit)
        templates = {
            "adjective": [f"Which are the {count} {superlative} {sel}{where}?",
                          f"List the {count} {superlative}{where}.", f"Name the {count} {superlative} {sel}{where}.",
                          f"What are the {count} {superlative}{where}?"],
            "verb": [f"Which {count} {sel} {superlative}{where}?",
                     f"Name the {count} {sel} that {superlative}{where}.",
                     f"List the {count} that {superlative}{where}."],
            "noun": [f"Which {count} {sel}{where} have the {superlative}?", f"Top {count} {sel} by {noun}{where}?",
                     f"List the {count} {sel} with the {superlative}{where}.",
                     f"Which {count} had the {superlative}{where}?"]}[kind]
    return _after_prefix(prefix, rng.choice(templates))


def _after_prefix(prefix: str, question: str) -> str:
    """The question after the condition's prefix ("In Dubai, which ..."), capitalised when there is none."""
    return prefix + question[0].lower() + question[1:] if prefix else question[0].upper() + question[1:]


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
    words, kind = _superlative_words(table.header[order_column], descending, rng)
    name = text_columns[0] if text_columns and text_columns[0] != sel else None
    question = _phrase(table.header[sel], table.header[name] if name is not None else None, words, kind, limit,
                       (table.header[condition[0]], condition[1]) if condition else None, rng)
    conds = (Condition(condition[0], 0, condition[1]),) if condition else ()
    return Example(question, table.id, Query(sel, 0, conds, Order(order_column, descending, limit)))


def unanswerable(table: Table, rng: random.Random) -> Example | None:
    """One question about table that no single query of the grammar answers (grouping,
    arithmetic between rows, several aggregates, comparing rows, trends and reasons, a fact the
    table lacks)."""
    numeric = _numeric_columns(table)
    text_columns = [c for c, kind in enumerate(table.types) if kind == "text"]
    if not text_columns:
        return None
    name_column = text_columns[0]
    names = list(dict.fromkeys(v for v in (_text_value(row[name_column]) for row in table.rows) if v))
    kinds = ["fact"] + (["grouping", "aggregates", "trend"] if numeric else []) + \
        (["arithmetic", "comparison"] if numeric and len(names) >= 2 else [])
    kind = rng.choice(kinds)
    number = _words(table.header[rng.choice(numeric)]) if numeric else ""
    group = _words(table.header[rng.choice(text_columns)])
    name = _words(table.header[name_column])
    a, b = rng.sample(names, 2) if len(names) >= 2 else (names[0] if names else "it", "")
    fact = ""
    if kind == "fact":
        headers = set(" ".join(_words(h) for h in table.header).split())
        fact = rng.choice([fact for fact in ABSENT_FACTS if not set(fact.split()) & headers])
    templates = {
        "grouping": [f"What is the average {number} for each {group}?",
                     f"How many rows are there per {group}?", f"Total {number} by {group}?",
                     f"Give the mean {number} of every {group}.", f"Break down the {number} by {group}.",
                     f"For every {group}, what is the highest {number}?",
                     f"How many {name} does each {group} have?", f"Which {group} has the most {name} in total?",
                     f"Which {group} has the highest average {number}?",
                     f"How many different {group} are there?", f"List each {group} with its total {number}.",
                     f"What is the average {number} in each {group}?"],
        "aggregates": [f"What are the highest and lowest {number}?", f"What is the range of {number}?",
                       f"Give the average and the total {number}.", f"What is the median {number}?",
                       f"How many {name} are there and what is their average {number}?",
                       f"What is the standard deviation of {number}?",
                       f"How many {name} have an above-average {number}?",
                       f"Which {name} are above the average {number}?",
                       f"What are the total and the average {number}?"],
        "arithmetic": [f"How much higher is the {number} of {a} than that of {b}?",
                       f"What is the difference in {number} between {a} and {b}?",
                       f"What is the combined {number} of {a} and {b}?",
                       f"By how much does {a}'s {number} exceed {b}'s?",
                       f"What is the ratio of {a}'s {number} to {b}'s?",
                       f"What percentage of the total {number} does {a} have?",
                       f"How many more {number} did {a} have than {b}?", f"What is {a}'s {number} plus {b}'s?",
                       f"What is the {number} of {a} divided by that of {b}?"],
        "trend": [f"How did the {number} change over time?", f"Is the {number} going up or down?",
                  f"Why is the {number} of {a} so high?", f"Why did {a} have that {number}?",
                  f"Is there a relationship between {number} and {group}?",
                  f"What will the {number} of {a} be next year?"],
        "comparison": [f"Did {a} have more {number} than {b}?", f"Is the {number} of {a} higher than {b}'s?",
                       f"Who has more {number}, {a} or {b}?", f"Was {a}'s {number} lower than {b}'s?"],
        "fact": [f"What is the {fact} of {a}?", f"What is {a}'s {fact}?", f"Tell me the {fact} of {a}.",
                 f"Which {fact} does {a} have?", f"Who or what is the {fact} of {a}?", f"Do you know {a}'s {fact}?"],
    }
    question = rng.choice(templates[kind])
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
