"""Corrections of a decoded query, read from the question and the table's cells and headers.

The decoders (wikisql/decoding/) take each part of the query from the model's scores. The
functions here take that query, the question and the table, and return the query with what the
question says and the model missed or misread: a total that is a SUM, not a COUNT ("the total
number of ..."), a condition whose value the question implies (`sex = 'F'` for "women"), a number
said about a header rather than a row ("under 15" of `pop15`), a value cut short or put on the
wrong column. Each returns its query unchanged when its case does not apply, so they compose; the
prediction pipeline (wikisql/pipeline.py, `correct`) runs them in order after decoding.
Nothing here executes SQL: where a rule needs the number of rows a query matches, the engine
passes a `rows_matched` callback.

The package holds one kind of correction a module, each module importing only from those listed before it:

- `common`: readings several modules share (a value in no cell, a column that names each row, where a text is said,
  units and the unit a header writes, in words or in brackets, and a long table's `Value` column).
- `columns`: which column the query reads: a code or a sibling header's token said, a qualified header, a compound's
  head, a unit's measure, a percentile, a long table's `Value`, a measure rather than its note (`_CIT`);
  header_tokens, token_said and move_columns, which the others use.
- `aggregation`: what the query computes: SUM for a total, COUNT for "how many" rows, a frequency table's counts,
  one row's number, averages, the extreme of a whole column, arithmetic on a number column.
- `dates`: dates in parts, the table's year, whole spans and periods, columns written with a year, calendar cells,
  a column of time units a measure is only counted over.
- `holders`: the column a value goes on: the one holding it as a cell, an origin or a destination, a filter in
  parentheses, the cells the question says (and the coded cells it says beside the conditions found).
- `kinds`: conditions the question implies: the kind of rows, a sex, letter and number codes, finer cells, states of
  matter, a place's adjective, a US state by its postal code, a choice between two cells.
- `values`: a value trimmed, written as its cell, cut short or said whole, amounts and brackets; values that are no
  row's (function words, units, quantifiers, clauses, rates, the table's name) dropped.
- `comparisons`: numbers compared: a header's number, row numbers, one column per number, ages, compass directions, a
  number said after its column's name (and a lookup's missed `column = N`), a comparison moved to the column whose
  range it divides, a number said with the unit a header writes in brackets.

The names imported from `wikisql.corrections` (by the engine, wikisql.superlatives, wikisql.declining and the tests)
are re-exported here.
"""
from __future__ import annotations

from wikisql.corrections.aggregation import (
    AMOUNT_NOUNS,
    HOW_MANY,
    adds_up,
    aggregate_of_a_key,
    aggregated_column_said,
    arithmetic_on_numbers,
    count_by_an_averaged_condition,
    count_not_row_numbers,
    count_on_complete_column,
    count_the_rows_asked,
    count_what_no_cell_says,
    count_when_told,
    extreme_of_a_whole_column,
    extreme_of_one_row,
    numbers_the_rows,
    occurrences_of_one_row,
    orders_rows,
    sum_for_total,
    sum_of_counts,
    total_of_whole_column,
    value_of_one_row,
)
from wikisql.corrections.columns import (
    SEX_TOKENS,
    acronym_said,
    add_headed_codes,
    conditions_on_columns_with_values,
    head_noun_columns,
    headed_code,
    header_tokens,
    initials_of,
    is_coordinate,
    measure_not_its_note,
    measure_of_the_unit_said,
    measures_of_a_long_table,
    numbered_columns_said,
    position_said,
    said_sibling_columns,
    said_words,
    select_a_column_with_values,
    select_other_than_given,
    select_the_acronym_said,
    select_the_code_said,
    select_the_measure_asked,
    select_the_name_asked,
    select_the_row_number_asked,
    the_percentile_said,
    token_said,
    unqualified_columns,
    written_code_siblings,
)
from wikisql.corrections.common import (
    UNIT_OF,
    _found,
    header_unit,
    holds_no_cell,
    kept_rows,
    keys_the_rows,
    names_each_row,
    value_column,
)
from wikisql.corrections.comparisons import (
    add_row_number,
    add_the_compared_number,
    add_the_numbered_row,
    aged_as_said,
    columns_of_the_units_said,
    compare_the_aggregated_column,
    compared_by_age,
    compared_by_compass,
    comparison_in_range,
    drop_header_numbers,
    drop_header_values,
    drop_numbers_inside_values,
    drop_row_said_twice,
    headed_values_equal,
    move_off_row_numbers,
    number_before_its_column,
    number_on_its_named_column,
    older_than_as_said,
    one_column_per_number,
    size_in_two_columns,
    text_compared_as_equal,
)
from wikisql.corrections.dates import (
    calendar_cells,
    dates_in_parts,
    days_of,
    drop_table_year,
    drop_whole_period,
    drop_whole_span,
    iso_day,
    select_not_the_unit,
    year_columns,
)
from wikisql.corrections.holders import (
    add_the_cells_said,
    add_the_coded_cells_said,
    drop_unheld_beside_a_key,
    move_to_holding_column,
    number_off_the_selected_column,
    parenthesized_conditions,
    split_repeated_values,
    words_off_number_columns,
)
from wikisql.corrections.kinds import (
    COMPARATIVE,
    YES_NO,
    add_demonym_conditions,
    add_finer_cells,
    add_kind_condition,
    add_said_kind,
    add_sex_condition,
    cells_joined,
    choose_between_cells,
    code_of_its_length,
    coded_label_conditions,
    coded_labels,
    state_of_matter_cells,
    states_by_their_codes,
)
from wikisql.corrections.values import (
    brackets_closed_as_said,
    cells_as_written,
    cells_cut_short,
    close_brackets,
    drop_clause_values,
    drop_counted_number_words,
    drop_distance_origin,
    drop_function_word_values,
    drop_non_numbers,
    drop_pointer_values,
    drop_possessive_s,
    drop_quantifier_values,
    drop_rate_numbers,
    drop_unit_values,
    plain_amounts,
    quoted_cell_said,
    trim_to_cells,
    whole_cell_said,
)

# the names other modules import from wikisql.corrections
__all__ = [
    "AMOUNT_NOUNS", "COMPARATIVE", "HOW_MANY", "SEX_TOKENS", "UNIT_OF", "YES_NO", "_found", "add_demonym_conditions",
    "add_finer_cells", "add_headed_codes", "add_kind_condition", "add_row_number", "add_said_kind", "add_sex_condition",
    "add_the_cells_said", "add_the_coded_cells_said", "add_the_compared_number", "add_the_numbered_row", "adds_up",
    "aged_as_said", "aggregate_of_a_key", "aggregated_column_said", "arithmetic_on_numbers",
    "brackets_closed_as_said", "calendar_cells",
    "cells_as_written", "cells_cut_short",
    "cells_joined", "choose_between_cells", "close_brackets", "code_of_its_length", "coded_label_conditions",
    "coded_labels", "columns_of_the_units_said",
    "compare_the_aggregated_column", "compared_by_age", "compared_by_compass", "comparison_in_range",
    "conditions_on_columns_with_values",
    "count_by_an_averaged_condition", "count_not_row_numbers", "count_on_complete_column", "count_the_rows_asked",
    "count_what_no_cell_says", "count_when_told", "dates_in_parts", "days_of", "drop_clause_values",
    "drop_counted_number_words", "drop_distance_origin", "drop_function_word_values", "drop_header_numbers",
    "drop_header_values",
    "drop_non_numbers", "drop_numbers_inside_values", "drop_pointer_values", "drop_possessive_s",
    "drop_quantifier_values", "drop_rate_numbers", "drop_row_said_twice", "drop_table_year", "drop_unheld_beside_a_key",
    "drop_unit_values",
    "drop_whole_period", "drop_whole_span", "extreme_of_a_whole_column", "extreme_of_one_row", "head_noun_columns",
    "acronym_said", "headed_code", "initials_of", "headed_values_equal", "header_tokens", "header_unit",
    "holds_no_cell", "is_coordinate", "iso_day",
    "keys_the_rows", "kept_rows", "measure_not_its_note", "measure_of_the_unit_said", "measures_of_a_long_table",
    "move_off_row_numbers", "numbered_columns_said",
    "move_to_holding_column", "names_each_row",
    "number_before_its_column", "number_off_the_selected_column", "number_on_its_named_column", "numbers_the_rows",
    "occurrences_of_one_row", "older_than_as_said",
    "one_column_per_number", "orders_rows", "parenthesized_conditions", "plain_amounts", "position_said",
    "quoted_cell_said", "said_sibling_columns", "said_words", "select_a_column_with_values", "select_not_the_unit",
    "select_other_than_given",
    "select_the_acronym_said", "select_the_code_said", "select_the_name_asked", "select_the_row_number_asked",
    "select_the_measure_asked",
    "size_in_two_columns",
    "split_repeated_values",
    "state_of_matter_cells", "states_by_their_codes",
    "sum_for_total", "sum_of_counts", "text_compared_as_equal", "the_percentile_said", "token_said",
    "total_of_whole_column", "trim_to_cells", "unqualified_columns", "value_column", "value_of_one_row",
    "whole_cell_said",
    "words_off_number_columns", "written_code_siblings", "year_columns",
]
