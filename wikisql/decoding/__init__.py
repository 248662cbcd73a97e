"""From model scores to queries: greedy decoding and execution-guided decoding.

Scores are turned into log-probabilities per example (`ExampleScores`). Both decoders return a
`Decoded`: the Query, the question-token span each value was cut from, and the query's
log-probability under the model (the confidence people see). Greedy decoding takes
the best of each component. Execution-guided decoding (Wang et al. 2018, as SQLova uses it)
beams over (select column, aggregation) and over condition candidates, dropping any that fail
to execute, return no row, or apply MAX/MIN/SUM/AVG to a text column. A set of conditions is
scored by its joint probability: number of conditions, each chosen column's condition
probability, operator and value span, and the probability that every other column is not a
condition column (SQLova scores a set by its last candidate alone).

Value snapping (both decoders, `snap_margin`): among a condition column's value spans, one
whose text is a cell of that column (wikisql/content.py) wins over likelier spans that are
not, if it scores within the margin of the best. With snapping on, three more decisions read the
cells: a value cut from a longer cell of another column takes that cell (`widen_to_cells`), an
identifier the question names that is a cell of one column becomes a condition on it
(`add_named_identifiers`), and so does a category said before the rows' noun ("How many R rated
movies ...", `add_modifier_cells`).

What the question and the table say beyond the scores is read after decoding, in
wikisql/corrections/.

The package holds one part of the decoding a module, each module importing only from those listed before it:

- `words`: the shared word lists and constants (NUMERIC_AGGREGATIONS; COUNT, SUM, AVG; TOTAL_WORDS, NOT_COLUMN_WORDS,
  LIST_QUESTION; NOT_A_NOUN, FUNCTION_WORDS; COMPARISON_WORDS) and the operator comparison words put on a number
  (operator_of_comparison, comparison_operator).
- `scores`: per-example log-probabilities (ExampleScores, example_scores), a decoded query (Decoded, decoded), its
  log-probability (log_probability), and the likeliest ordering (best_order).
- `values`: a condition's value spans (top_spans, whole_number_span, without_unit_words), value snapping
  (snap_to_cells, DEFAULT_SNAP_MARGIN, SNAPPED_OPERATORS) and a column's best conditions (condition_candidates).
- `cells`: the decisions that read the cells after the model's conditions, in the order cell_decisions applies them
  (widen_to_cells, add_named_identifiers, add_modifier_cells, add_adjacent_cells, name_headed_numbers,
  add_prepositional_cells, add_owning_cells, add_compared_numbers).
- `decoders`: greedy_decode and execution_guided_decode, and the aggregation of a query over a whole numeric column
  (aggregate_unconditioned).

No name is defined here: no test replaces one through the package. The names imported from `wikisql.decoding` (by
the engine, evaluation, the corrections and declining packages and the tests) are re-exported here.
"""
from __future__ import annotations

from wikisql.decoding.cells import (
    add_adjacent_cells,
    add_compared_numbers,
    add_modifier_cells,
    add_named_identifiers,
    add_owning_cells,
    add_prepositional_cells,
    cell_decisions,
    name_headed_numbers,
    widen_to_cells,
)
from wikisql.decoding.decoders import aggregate_unconditioned, execution_guided_decode, greedy_decode
from wikisql.decoding.scores import Decoded, ExampleScores, best_order, decoded, example_scores, log_probability
from wikisql.decoding.values import (
    DEFAULT_SNAP_MARGIN,
    SNAPPED_OPERATORS,
    condition_candidates,
    snap_to_cells,
    top_spans,
    whole_number_span,
    without_unit_words,
)
from wikisql.decoding.words import (
    AVG,
    COMPARISON_WORDS,
    COUNT,
    FUNCTION_WORDS,
    LIST_QUESTION,
    NOT_A_NOUN,
    NOT_COLUMN_WORDS,
    NUMERIC_AGGREGATIONS,
    SUM,
    TOTAL_WORDS,
    comparison_operator,
    operator_of_comparison,
)

__all__ = [
    "AVG",
    "COMPARISON_WORDS",
    "COUNT",
    "DEFAULT_SNAP_MARGIN",
    "FUNCTION_WORDS",
    "LIST_QUESTION",
    "NOT_A_NOUN",
    "NOT_COLUMN_WORDS",
    "NUMERIC_AGGREGATIONS",
    "SNAPPED_OPERATORS",
    "SUM",
    "TOTAL_WORDS",
    "Decoded",
    "ExampleScores",
    "add_adjacent_cells",
    "add_compared_numbers",
    "add_modifier_cells",
    "add_named_identifiers",
    "add_owning_cells",
    "add_prepositional_cells",
    "aggregate_unconditioned",
    "best_order",
    "cell_decisions",
    "comparison_operator",
    "condition_candidates",
    "decoded",
    "example_scores",
    "execution_guided_decode",
    "greedy_decode",
    "log_probability",
    "name_headed_numbers",
    "operator_of_comparison",
    "snap_to_cells",
    "top_spans",
    "whole_number_span",
    "widen_to_cells",
    "without_unit_words",
]
