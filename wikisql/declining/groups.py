"""Rows taken together, where one query reads each row alone: a value per group or per period (per_category,
period_of_days, groups_set_against), the distinct cells of a column (distinct_count), a run of consecutive rows
(run_of_rows), and a count of one row's things that no column holds (counted_of_one_row).
"""
from __future__ import annotations

import re

from wikisql.corrections import iso_day, kept_rows, names_each_row
from wikisql.declining.common import EXTREME, _words
from wikisql.encoding import names_column, readable_header, singular
from wikisql.query import AGGREGATION_OPS, Query
from wikisql.schema import Table
from wikisql.superlatives import TIME_WORDS, is_category

_RATE_UNITS = frozenset("second minute hour day week month quarter season year decade period".split())   # "per day"


# nouns of the groups rows fall into, never a unit a rate is per ("per continent", "per vendor"; not "per game")
_GROUP_NOUNS = frozenset("""continent country nation region state province county district city team club league
    company vendor manufacturer maker brand category genre party""".split())


def _repeats(table: Table, column: int, query: Query | None) -> bool:
    """Whether some cell of the column is in two rows or more of those the query's conditions keep (kept_rows; all
    the rows where they keep fewer than two: `Company (Headquarters) = 'city'` of "per headquarters city")."""
    kept = kept_rows(table, query.conds) if query is not None else table.rows
    rows = kept if len(kept) >= 2 else table.rows
    cells = [str(row[column]).strip().lower() for row in rows if row[column] not in (None, "")]
    return len(set(cells)) < len(cells)


def per_category(question: str, table: Table, query: Query | None = None) -> bool:
    """Whether the question asks for a value per group of a column that sorts rows into groups ("What is the
    average income per region?" of `region`, "per pot" of pots 1 to 4). An average or a total asked per a text
    column that some of the rows `query` keeps share is one too ("the average emission factor per country"; not
    "the average number of false reports per group in the RandomizedControl trial", one row a group there), and
    one per a group noun that no header and not the table's title names ("the average CFE per continent"). Not a
    rate ("income per capita", "spend per student"), nor a header's words (`Dividend per share`)."""
    headers = [{singular(w) for w in _words(readable_header(str(name)))} for name in table.header]
    titled = {singular(w) for w in _words(table.title.replace("_", " "))}
    for match in re.finditer(r"\bper\s+([a-z]+)\b", question.lower()):
        noun = singular(match[1])
        if any({"per", noun} <= words for words in headers):
            continue
        if any(noun in words and is_category(table, column) and (table.types[column] == "text" or noun not in
                                                                 _RATE_UNITS) for column, words in enumerate(headers)):
            return True   # (a number column too: "per pot" of pots 1 to 4; not a time unit: "accidents per day" is
            #               a daily rate, though the days of two years repeat)
        averaged = re.search(r"\b(?:average|mean|total|sum)\b", question.lower()[:match.start()]) is not None
        if averaged and any(noun in words and table.types[column] == "text" and _repeats(table, column, query)
                            for column, words in enumerate(headers)):
            return True   # "What is the average emission factor per country?" of countries a few rows share
        if averaged and noun in _GROUP_NOUNS and not any(noun in words for words in headers) and noun not in titled:
            return True   # "What's the average CFE per continent?" of a table that does not say the continents (not
            #               "per province" of `morocco_establishments_by_province_2024`: its rows are the provinces)
    total = re.search(r"\b(?:total|sum)\b[^?]*\bper\s+([a-z]+)\s*\??\s*$", question.lower())
    if total and singular(total[1]) in _RATE_UNITS:   # "Total reported damage per year?" of several storms a year:
        noun = singular(total[1])                       # one total for each year
        return any(words == {noun} and is_category(table, column) for column, words in enumerate(headers))
    return False


_COUNTED_ENDS = frozenset("""did does do were was are is have has had in on of for at by from to with will would can
    could sit grow live work""".split())


def counted_of_one_row(question: str, table: Table, query: Query | None) -> str | None:
    """What a "How many ...?" counts when the query counts the one row a name picks ("How many three-pointers did Klay
    Thompson make?" decoded COUNT(Blocks) WHERE Name = 'Klay Thompson', a column that names each row once) and no
    header names it: a count of that row's things, which no column holds (the answer would be 1); else None. Not
    for "how many times" (a row counted), a noun a header names ("How many players named X ...?"), nor where the
    question names the counted column (WikiSQL's "How many figures are there for density for Yucheng County?")."""
    if query is None or query.agg != AGGREGATION_OPS.index("COUNT") or query.order is not None or not query.conds \
            or any(c.operator != 0 or c.column >= len(table.header) for c in query.conds):
        return None
    asked = re.match(r"\s*how\s+many\s+([a-z0-9' -]+)", question.lower())
    if asked is None:
        return None
    nouns = []
    for word in asked[1].split():
        if word in _COUNTED_ENDS or len(nouns) == 3:
            break
        nouns.append(singular(word))
    if not nouns or nouns[-1] in ("time", "row", "entry", "record", "one"):
        return None
    if len(kept_rows(table, query.conds)) != 1 or not any(names_each_row(table, c.column) for c in query.conds):
        return None
    if any(names_column(nouns, str(header), question) for header in table.header):
        return None
    said = [singular(word) for word in re.findall(r"[a-z0-9]+", question.lower())]
    if query.sel < len(table.header) and names_column(said, str(table.header[query.sel]), question):
        return None   # WikiSQL's "How many values for attendance on the date of September 5?": a count of cells
    return " ".join(nouns)


_PERIOD_ASKED = re.compile(rf"^(?:in\s+|during\s+)?(?:which|what)\s+(?P<period>week|month|quarter|year)\b[^?]*"
                           rf"\b(?:{EXTREME}|best|worst)\b"
                           r"|\b(?:each|every|by)\s+(?P<each>week|month|quarter|year)\b"   # "the total each year"
                           r"|\bper\s+(?P<per>quarter|year)\b")   # "Average HML per year" (not "per month", a rate)


def period_of_days(question: str, table: Table) -> bool:
    """Whether a superlative asks which week, month, quarter or year of a table of days ("Which week had the worst
    return?" of daily returns), or a value asks for each of them ("Average HML per year", "the total each month"):
    the days of each period taken together, when no header names the period and some
    period holds two different days (a table of one day a week, `Walmart`'s Fridays, answers "Which week ...?" by its
    row)."""
    asked = _PERIOD_ASKED.search(" ".join(question.lower().split()))
    if asked is None:
        return False
    period = asked["period"] or asked["each"] or asked["per"]
    if any(period in re.findall(r"[a-z]+", readable_header(str(header)).lower()) for header in table.header):
        return False
    key = {"week": lambda day: tuple(day.isocalendar())[:2], "month": lambda day: (day.year, day.month),
           "quarter": lambda day: (day.year, (day.month - 1) // 3), "year": lambda day: day.year}[period]
    for column, kind in enumerate(table.types):
        days = {day for day in map(iso_day, table.cells(column)) if day is not None} if kind == "text" else set()
        if len(days) >= 2 and 5 * len(days) >= 2 * len(table.rows) and len({key(day) for day in days}) < len(days):
            return True
    return False


_RUN = re.compile(r"\b(?:longest|shortest)\s+(?:run|streak|stretch|spell)\s+of\b|\bin\s+a\s+row\b|\bconsecutive\b"
                  r"|\bstraight\s+(?:days|nights|weeks|months|years|games|wins|losses)\b", re.IGNORECASE)
_RUN_HEADER_WORDS = frozenset("streak consecutive run runs spell row".split())


def run_of_rows(question: str, table: Table) -> bool:
    """Whether the question asks about a run of consecutive rows ("the longest run of dry days", "How many days in a
    row stayed dry ...?"): rows compared with their neighbours, which no query does; not where a header holds such
    runs (`Streak`, `Consecutive wins`) or names what is run ("less than 53 consecutive wins" of `Wins`)."""
    if _RUN.search(question) is None or any(set(re.findall(r"[a-z]+", readable_header(str(header)).lower()))
                                            & _RUN_HEADER_WORDS for header in table.header):
        return False
    counted = re.search(r"\bconsecutive\s+([a-z]+)", question.lower())   # WikiSQL's "less than 53 consecutive wins"
    noun = singular(counted[1]) if counted else ""
    return not (counted and noun not in TIME_WORDS and noun not in ("night", "time") and any(
        kind == "real" and names_column([noun], str(header), question)
        for header, kind in zip(table.header, table.types)))   # (not "consecutive days" of a column of day numbers)


_DISTINCT = re.compile(r"^\s*how\s+many\s+(?:different|distinct|unique)\s+((?:[a-z-]+\s+){0,2}?[a-z-]+?)"
                       r"\s+(?:are|is|appear|appears|were|does|do|can|in|there)\b", re.IGNORECASE)


def distinct_count(question: str, table: Table, query: Query | None) -> bool:
    """Whether "How many different/distinct <things> ...?" asks, of the whole table (the query has no condition), for
    the distinct cells of a text column whose cells repeat ("How many distinct regions are listed?"): a COUNT counts
    rows. Not of a column that names each row once (there the two agree), nor with conditions (WikiSQL's "How many
    different results are there for the year 1995?" is its COUNT)."""
    asked = _DISTINCT.match(question)
    if asked is None or (query is not None and query.conds):
        return False
    nouns = [singular(word) for word in asked[1].lower().split()]
    named = [c for c, kind in enumerate(table.types) if kind == "text" and names_column(nouns, str(table.header[c]),
                                                                                          question)]
    return bool(named) and all(len(set(table.cells(c, lower=True))) < len(table.cells(c, lower=True))
                               for c in named)


_VERSUS = re.compile(r"\b(?:average|mean|median|total|sum)\b[^?]*\b[a-z-]+s\s+(?:versus|vs\.?)\s+(?:the\s+)?"
                     r"(?P<other>[a-z-]+s)\b", re.IGNORECASE)


def groups_set_against(question: str, table: Table) -> bool:
    """Whether an average or a total is asked of two groups set against each other, plural against plural ("Average
    flash point of the alcohols versus the amines", "the average weight change for quitters vs non-quitters"): one
    value per group. Not where a header or a cell says "vs" itself (a match "Lions vs Bears")."""
    versus = _VERSUS.search(question)
    if versus is None or singular(versus["other"].lower()) == versus["other"].lower():
        return False   # (WikiSQL's "a home team scored 17.15 (117) versus hawthorn": an opponent)
    return not any(re.search(r"\b(?:versus|vs)\b", str(cell), re.IGNORECASE)
                   for row in [table.header, *table.rows] for cell in row if isinstance(cell, str))
