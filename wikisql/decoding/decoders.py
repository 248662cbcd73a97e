"""The two decoders: greedy decoding (greedy_decode) takes the best of each component, execution-guided decoding
(execution_guided_decode) beams over what executes (_has_result); both then read the aggregation of a query over a
whole numeric column (aggregate_unconditioned).
"""
from __future__ import annotations

import dataclasses
import itertools
import re
from typing import Sequence

from wikisql.database import ExecutionError, QueryExecutor
from wikisql.decoding.cells import cell_decisions
from wikisql.decoding.scores import Decoded, ExampleScores, best_order, decoded
from wikisql.decoding.values import condition_candidates
from wikisql.decoding.words import COUNT, LIST_QUESTION, NOT_COLUMN_WORDS, NUMERIC_AGGREGATIONS, SUM, TOTAL_WORDS
from wikisql.encoding import MAX_CONDITIONS, EncodedExample, names_column, singular
from wikisql.query import AGGREGATION_OPS, Condition, Query


def aggregate_unconditioned(scores: ExampleScores, item: EncodedExample, query: Query) -> Query:
    """The aggregation of a query over a whole numeric column (no condition, no ordering):

    - no aggregation, and the question does not ask for a list (LIST_QUESTION): the model's likeliest
      aggregation for that column. A text column is left alone: "Which name has the most points?" is a
      superlative, which COUNT would not answer either;
    - COUNT, when the question asks for a total (TOTAL_WORDS: "total", "in all", "altogether", "combined")
      of the column it names ("What is the total number of road deaths?" on `deaths`): SUM. COUNT of a
      whole column is the number of rows, which a question asks with the rows' noun ("How many states
      are there in total?"), not the column's. WikiSQL's "total number of" is COUNT, but its gold
      queries all have a condition, and with a condition this decision does not apply."""
    if query.conds or query.order is not None or item.column_types[query.sel] != "real":
        return query
    if query.agg == COUNT:
        words = [singular(word) for word in re.findall(r"[a-z]+", item.question.lower())]
        if (TOTAL_WORDS.search(item.question) and len(item.header) > query.sel
                and names_column([w for w in words if w not in NOT_COLUMN_WORDS], item.header[query.sel],
                                 item.question)):
            return dataclasses.replace(query, agg=SUM)
        return query
    if query.agg != 0 or LIST_QUESTION.search(item.question):
        return query
    best = max(range(1, len(AGGREGATION_OPS)), key=lambda agg: scores.agg[query.sel, agg].item())
    return dataclasses.replace(query, agg=best)


def greedy_decode(scores: ExampleScores, item: EncodedExample, max_tokens: int = 16,
                  snap_margin: float | None = None) -> Decoded:
    sel = int(scores.sel.argmax())
    agg = int(scores.agg[sel].argmax())
    num_conds = min(int(scores.num_conds.argmax()), item.num_columns)
    columns = scores.where.topk(num_conds).indices.tolist() if num_conds else []
    conds, spans = [], []
    for column in sorted(columns):
        candidates = condition_candidates(scores, item, column, 1, max_tokens, snap_margin)
        if candidates:
            conds.append(candidates[0][1])
            spans.append(candidates[0][2])
    if snap_margin is not None:
        for decide in cell_decisions(scores):
            conds, spans = decide(item, conds, spans)
    query = Query(sel, agg, tuple(conds), best_order(scores, sel, agg))
    return decoded(scores, aggregate_unconditioned(scores, item, query), spans)


def _has_result(database: QueryExecutor, table_id: str, query: Query) -> bool:
    """The query executes and returns a row. An aggregate over no rows returns one NULL row and
    passes: gold queries such as `AVG(x) WHERE y < 0` do exactly that (rejecting them cost 9.7
    points of EX on 2-condition dev questions; see benchmarks/RESULTS.md)."""
    try:
        result = database.execute(table_id, query)
    except ExecutionError:
        return False
    return bool(result)


def execution_guided_decode(scores: ExampleScores, item: EncodedExample, table_id: str, column_types: Sequence[str],
                            database: QueryExecutor, beam_size: int = 4, max_tokens: int = 16, max_sets: int = 64,
                            snap_margin: float | None = None) -> Decoded:
    """Best query that executes to a non-empty result; the greedy one when none does."""
    greedy = greedy_decode(scores, item, max_tokens, snap_margin)

    # 1. select column x aggregation, best first, by log p(sel) + log p(agg | sel)
    columns = item.num_columns
    joint = scores.sel[:, None] + scores.agg  # (C, 6)
    order = joint.flatten().argsort(descending=True).tolist()
    select = None
    for flat in order[:beam_size * len(AGGREGATION_OPS)]:
        sel, agg = divmod(flat, len(AGGREGATION_OPS))
        if agg in NUMERIC_AGGREGATIONS and column_types[sel] != "real":
            continue
        if _has_result(database, table_id, Query(sel, agg, ())):
            select = (sel, agg)
            break
    if select is None:
        return greedy
    sel, agg = select

    # 2. condition candidates of the likeliest condition columns, each executed alone
    shortlist = scores.where.topk(min(columns, MAX_CONDITIONS + beam_size)).indices.tolist()
    best_condition: dict[int, tuple[float, Condition, tuple[int, int]]] = {}
    for column in shortlist:
        for score, condition, span in condition_candidates(scores, item, column, beam_size, max_tokens, snap_margin):
            if _has_result(database, table_id, Query(sel, agg, (condition,))):
                best_condition[column] = (score, condition, span)
                break

    # 3. sets of conditions by joint log-probability, the first whose query returns something
    not_where_total = scores.not_where.sum().item()
    candidate_sets = []
    for num_conds in range(min(MAX_CONDITIONS, len(best_condition)) + 1):
        for combination in itertools.combinations(sorted(best_condition), num_conds):
            score = scores.num_conds[num_conds].item() + not_where_total
            for column in combination:
                score += (scores.where[column] - scores.not_where[column]).item() + best_condition[column][0]
            candidate_sets.append((score, combination))
    candidate_sets.sort(key=lambda pair: -pair[0])
    for _, combination in candidate_sets[:max_sets]:
        query = Query(sel, agg, tuple(best_condition[column][1] for column in combination))
        if _has_result(database, table_id, query):   # an ordering keeps rows iff there are some
            spans = [best_condition[column][2] for column in combination]
            if snap_margin is not None:
                for decide in cell_decisions(scores):   # each kept only if the query still returns rows
                    conds, decided_spans = decide(item, query.conds, spans)
                    decided = dataclasses.replace(query, conds=tuple(conds))
                    if decided != query and _has_result(database, table_id, decided):
                        query, spans = decided, decided_spans
            query = aggregate_unconditioned(scores, item,
                                            dataclasses.replace(query, order=best_order(scores, sel, agg)))
            return decoded(scores, query, spans)
    query = aggregate_unconditioned(scores, item, Query(sel, agg, greedy.query.conds, best_order(scores, sel, agg)))
    return decoded(scores, query, greedy.spans)
