"""Questions one query of the grammar cannot answer, found by how they are asked.

The grammar (wikisql.query) selects one column of the rows that pass some conditions, aggregated at
most once, optionally ordered. Some ways of asking need more than that, whatever the table:

- two rows compared, answered yes or no: "Is Pfizer worth more than Microsoft?" (not "than 30 points":
  a number is a condition the query can hold; a date names a row);
- two aggregates at once: "What are the highest and lowest prices?";
- arithmetic between values: "By how many seats did ...", "How much heavier is A than B?",
  "the ratio of ...", "the difference between ...";
- grouping: "for each city", "broken down by", "month by month", "Which team scored the most in total?";
- a row after the first of an ordering ("the second-highest"), either of two values ("either Comedy or
  Romance"), a part of a text ("Municipal somewhere in their name").

A question may also ask for what the table does not hold: "What is the speed limit in Colo?" of a table of
road deaths. `missing_attribute(question, table)` finds the attribute asked of a row ("What is the X of
...", "What X did E ...", "How old ...") that no header names and no cell holds; `time_not_held` a year or a
time ("What was Japan's savings ratio in 1965?", "In what year ...") of a table in which nothing is dated.

`outside_grammar(question, header)` names the form, or None. `alphabetical_extreme(query, types)` finds
a query whose answer means nothing: the largest or smallest value of a text column is the last or
first in alphabetical order ("Which building is the tallest?" -> MAX(name) -> "zifeng tower"), what a
model without the ordering head decodes for a superlative it cannot express. `cannot_answer` gives the
reason an answer is declined for either.

The patterns are plain English for these forms; a match whose words are a column's name does not count
("Win ratio", "MPG combined" are columns the query can select). What they catch and what they cost on
answerable questions is in benchmarks/RESULTS.md ("Question forms one query cannot answer"). The model's
own judgement (the answerable head, the confidence floor) is in Predictor.decline_reason; these need no
model, so every model declines them.

One theme a module, each module importing only from those listed before it:

- `common`: what the others share: a question's words (_words), the superlative words the forms are written with
  (MOST, LEAST, EXTREME), MAX and MIN (EXTREMES), whether the question names the selected column (_names_selected).
- `forms`: the question forms by their words (FORMS, outside_grammar), what shows the table answers one after all
  (statistic_held, change_held, how_long_held, holds_shares), and arithmetic the words miss (superlative_of_a_change,
  ratio_of_columns, other_unit).
- `comparisons`: conditions the grammar cannot say: two cells joined by "or" or "and" (either_of_two_cells,
  aggregate_of_two_cells), columns compared (compares_columns, than_a_column), rows compared with one the question
  names (than_a_row, same_as_another_row), "not" (negated), opposite superlatives (opposite_superlatives).
- `groups`: rows taken together: per group or period (per_category, period_of_days, groups_set_against), distinct
  cells (distinct_count), consecutive rows (run_of_rows), a count of one row's things (counted_of_one_row).
- `missing`: what the table does not hold: an attribute (missing_attribute), a thing (thing_not_held), a place
  (place_not_held), the rows' noun (rows_noun_not_held), a name (name_not_held), the table's own making
  (when, where, by whom).
- `dates`: times the table does not hold: nothing dated (time_not_held), periods counted rather than years or a year
  outside a column's years (year_not_in_the_years), a year other than a column's (year_not_held).
- `reasons`: the decoded query's own checks (impossible_condition, no_value_held, alphabetical_extreme,
  arithmetic_of_text) and cannot_answer, which runs every check in order and says why an answer is declined.

The names imported from `wikisql.declining` (by the engine, the benchmarks and the tests) are re-exported here.
"""
from __future__ import annotations

from wikisql.declining.forms import change_held, other_unit, outside_grammar, superlative_of_a_change
from wikisql.declining.missing import missing_attribute, name_not_held, place_not_held, thing_not_held
from wikisql.declining.reasons import (
    alphabetical_extreme,
    arithmetic_of_text,
    cannot_answer,
    impossible_condition,
    no_value_held,
)

# the names other modules import from wikisql.declining
__all__ = [
    "alphabetical_extreme", "arithmetic_of_text", "cannot_answer", "change_held", "impossible_condition",
    "missing_attribute", "name_not_held", "no_value_held", "other_unit", "outside_grammar", "place_not_held",
    "superlative_of_a_change", "thing_not_held",
]
