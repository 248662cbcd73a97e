"""A superlative answered by a model that has no ordering heads, through its MAX or MIN.

A model trained on WikiSQL alone cannot say "the row with the largest Weight". Asked "Which car is the
heaviest?" it decodes MAX(Weight): the heaviest weight, not the car. When the question asks for a row
(which car, who, when, where, in which round, name the three ...) and not for the extreme value itself,
`read_superlative` reads the model's MAX or MIN of a number column as the ordering it meant:

    "Which car is the heaviest?"          MAX(Weight)   ->  SELECT Make ORDER BY Weight DESC LIMIT 1
    "Name the three lightest animals."    MIN(bodywt)   ->  SELECT name ORDER BY bodywt ASC LIMIT 3
    "When was turnout at its lowest?"     MIN(Turnout)  ->  SELECT date ORDER BY Turnout ASC LIMIT 1

The model decides the column ordered by and the direction (MAX or MIN), unless the superlative word has
one of its own ("the sweetest" is the most sugar whatever the model said; `direction`); the question's
words decide which column names the rows (`asked_for`, `_asked_column`):

- a header word the question asks for ("In which round ...", "Which state ...") names that column;
- "who" a text column of people (`Player`, `Driver`, ...) or else the row-name column; "when" a column of
  dates or years; "where" one of places; none there: no reading;
- any other noun ("Which car ...", "the three heaviest animals") the table's row-name column: a text
  column headed name, title, id, make or model, else any text column; the one with the most distinct
  cells, then the longest ("Acura Integra" names a car better than "Integra").

Left as decoded, as WikiSQL's gold queries have them:
- a query with a condition: WikiSQL writes "What team with a Game smaller than 18 has the lowest Goal
  Gain?" for MIN(Goal Gain) WHERE Game < 18 (47 dev questions read that way would turn wrong);
- a question for the value: "What is the highest turnout?", "What is the minimum wins ...?", "What is
  the earliest year ...?" (the noun names the aggregated column, a value or a time);
- MAX or MIN of a text column (the alphabetically last name): declining.alphabetical_extreme declines it,
  unless order_from_scores reads it (below); reading every such one through the likeliest number column fixed
  fewer superlatives than it cost declined unanswerable questions on the second tables-in-the-wild set, so
  only a column that names each row once is read that way when the question names no number column.
A superlative the model decoded otherwise (no aggregation, a condition that cannot hold, MAX of a text
column) is read through its select and aggregation heads by `order_from_scores`.

What is ordered by, in either reading: the measure a superlative adjective names (`measured_by`: "the
heaviest" a weight; `_FALLBACK_MEASURES` when no column is one: "the oldest journal" its founding year), else
the number column the words after a generic superlative name best (`naming_score`: "the party with the largest
bill" orders by `total_bill`), else the one the question names, else the model's; the direction of "oldest" and
"newest" from the column (`_dated`). Rows are restricted by a condition said as a restriction
(`restricts_the_rows`: fronted, inside the rows' noun, in parentheses, or said of the superlative when more
than one row holds the value). Models with the ordering
heads decide orderings themselves (decoding.best_order). What the reading does
on the official dev set and the superlative sets is in benchmarks/RESULTS.md.

The package holds one part of the reading a module, each module importing only from those listed before it:

- `words`: the question's words: tokens, the nouns that ask for a person, a time, a place or a value, the superlative
  word (superlative_word), the measures it names (measured_by) and its direction (direction, column_direction).
- `naming`: which column the question's words name (naming_score, best_named), what a superlative is said of and
  measures among the table's columns (_after, _measuring, compared_by_measure), identifiers (is_identifier).
- `rows`: what the question asks for (asked_for, limit) and the column that answers it (_asked_column,
  row_name_column, people_columns); a group rather than a row (is_category, grouped_by, counted_rows).
- `restrictions`: the conditions that restrict the rows a superlative chooses among (restricts_the_rows), and those
  that only count the rows asked or point at a column (_counts, _pointing); the words of a bound (BOUND).
- `selections`: the corrections the engine runs around the readings: an aggregation as said (average_as_said,
  extreme_as_said), an ordering's rows and column (name_the_rows ... dated_rows), a lookup's select
  (select_the_row_asked ... person_not_an_id).
- `reading`: the readings themselves: read_superlative (the model's MAX or MIN) and order_from_scores (its scores).

The names imported from `wikisql.superlatives` (by the engine, wikisql.declining and the tests) are re-exported here.
"""
from __future__ import annotations

from wikisql.encoding import TIME_WORDS
from wikisql.superlatives.naming import compared_by_measure, is_identifier
from wikisql.superlatives.reading import order_from_scores, read_superlative
from wikisql.superlatives.restrictions import BOUND, restricts_the_rows
from wikisql.superlatives.rows import (
    asked_for,
    counted_per_group,
    counted_rows,
    grouped_by,
    is_category,
    limit,
    person_column,
    row_name_column,
)
from wikisql.superlatives.selections import (
    KIND_HEADER_WORDS,
    average_as_said,
    cells_end_with,
    dated_rows,
    extreme_as_said,
    full_name_not_a_part,
    kind_said_as_rows,
    name_not_a_family,
    name_not_a_modifier,
    name_not_an_id,
    name_not_its_kind,
    name_not_its_link,
    name_the_rows,
    order_by_the_header_said,
    ordered_by_its_extreme,
    person_not_an_id,
    select_the_noun_asked,
    select_the_row_asked,
    select_the_time_asked,
)
from wikisql.superlatives.words import (
    CHANGE_HEADER_WORDS,
    MAX,
    MIN,
    PERSON_WORDS,
    PLACE_WORDS,
    _adjective,
    _timed,
    column_direction,
    direction,
    measured_by,
    superlative_word,
)

# the names other modules import from wikisql.superlatives
__all__ = [
    "BOUND", "CHANGE_HEADER_WORDS", "KIND_HEADER_WORDS", "MAX", "MIN", "PERSON_WORDS", "PLACE_WORDS", "TIME_WORDS",
    "_adjective", "_timed", "asked_for", "average_as_said", "cells_end_with", "column_direction", "compared_by_measure",
    "counted_per_group", "counted_rows", "dated_rows", "direction", "extreme_as_said", "grouped_by", "is_category",
    "is_identifier", "kind_said_as_rows", "limit", "measured_by", "name_not_a_family", "name_not_a_modifier",
    "name_not_an_id", "name_not_its_kind", "name_not_its_link", "name_the_rows", "order_by_the_header_said",
    "order_from_scores", "ordered_by_its_extreme", "full_name_not_a_part", "person_column", "person_not_an_id",
    "read_superlative",
    "restricts_the_rows", "row_name_column", "select_the_noun_asked", "select_the_row_asked", "select_the_time_asked",
    "superlative_word",
]
