"""The words decoding reads, shared with the corrections and declining packages: the aggregations
(NUMERIC_AGGREGATIONS; COUNT, SUM, AVG), the words of a total or a list (TOTAL_WORDS, NOT_COLUMN_WORDS,
LIST_QUESTION), words that are no noun and no value (NOT_A_NOUN, FUNCTION_WORDS), and the comparison words before a
number with the operator they put on it (COMPARISON_WORDS, operator_of_comparison, comparison_operator).
"""
from __future__ import annotations

import re

from wikisql.encoding import EncodedExample, glued_to_a_unit, header_readings, readable_header, singular
from wikisql.query import AGGREGATION_OPS, CONDITION_OPS

NUMERIC_AGGREGATIONS = {AGGREGATION_OPS.index(name) for name in ("MAX", "MIN", "SUM", "AVG")}

# A question without a condition asks for one figure of the whole column ("What was the highest temp_max?"),
# not for the column itself, unless it asks for a list. WikiSQL has no query without conditions,
# aggregation and ordering in dev (0 of 8,421) and 8 in train (of 56,334).
COUNT, SUM, AVG = AGGREGATION_OPS.index("COUNT"), AGGREGATION_OPS.index("SUM"), AGGREGATION_OPS.index("AVG")
TOTAL_WORDS = re.compile(r"\b(?:total|in all|altogether|combined)\b", re.IGNORECASE)
NOT_COLUMN_WORDS = frozenset("total all number count sum how many what is the of in are there were was a".split())
LIST_QUESTION = re.compile(r"^\s*(list|show|give|display|enumerate|name all|what are|which are)\b|\b(all|every|each)\b",
                           re.IGNORECASE)

NOT_A_NOUN = frozenset("""is are was were be been has have had did does do can could will would of in on at for
    by from with to than that who which whose where when and or as""".split())   # not "Which parish has ..."
FUNCTION_WORDS = NOT_A_NOUN | {"a", "an", "the"}   # no cell said as a value ("in Jan", "for NY": not "in")

# Words right before a number that say how to compare with it ("more than 4", "under 20", "exceeding
# 1,000"). Temporal words ("after", "before") are left to the model: "the record after game 5" means
# game = 5 in WikiSQL's data.
COMPARISON_WORDS = {
    CONDITION_OPS.index(">"): ("more than", "greater than", "larger than", "bigger than", "higher than", "longer than",
                               "heavier than", "taller than", "over", "above", "exceeding", "exceeds", "exceeded",
                               "exceed", "later than", "north of", "east of", "harder than", "wider than",
                               "deeper than", "richer than", "hotter than", "warmer than", "wetter than",
                               "stronger than", "thicker than", "passed", "surpassed", "topped", "beyond",
                               "farther than", "further than"),
    CONDITION_OPS.index("<"): ("less than", "fewer than", "smaller than", "lower than", "shorter than", "lighter than",
                               "under", "below", "earlier than", "south of", "west of", "softer than", "cheaper than",
                               "colder than", "cooler than", "narrower than", "shallower than", "poorer than",
                               "weaker than", "thinner than", "drier than", "within", "closer than", "nearer than"),
    CONDITION_OPS.index("="): ("equal to", "equals", "exactly"),   # "r equal to 1" (not "... than or equal to")
}   # not "older", "faster" and the like, whose direction depends on the column: _HEADED_COMPARISONS
# Comparatives whose direction depends on what the column holds: "older than 60" of ages is `>`, "older than 1950" of
# years `<`; "faster than 30" of a speed `>`, "faster than 10" of a time `<`.
_HEADED_KINDS = {"age": {"age", "aged"}, "year": {"year", "built", "founded", "established", "opened"},
                 "speed": {"speed", "mph", "kph", "velocity"},
                 "time": {"time", "duration", "minutes", "seconds", "mins", "secs"}}
_HEADED_COMPARISONS = {"age": {"older": ">", "younger": "<"}, "year": {"older": "<", "newer": ">"},
                       "speed": {"faster": ">", "slower": "<", "quicker": ">"},
                       "time": {"faster": "<", "slower": ">", "quicker": "<"}}
_HEADED_COMPARISON_BEFORE = re.compile(r"\b(older|younger|newer|faster|slower|quicker)\s+than\s+"
                                       r"(?:the\s+age\s+of\s+|(?:the\s+)?year\s+)?$", re.IGNORECASE)
# "ranked higher than 10th" of a column of ranks: a smaller number (rank 1 is the top); only before an ordinal (WikiSQL
# reads "ranked below 8" as `Rank < 8`)
_RANKED_BEFORE = re.compile(r"\brank(?:ed|s)?\s+(higher|better|lower|worse|above|below)(?:\s+than)?\s+(?:the\s+)?$",
                            re.IGNORECASE)
_RANK_HEADER_WORDS = frozenset("rank ranking position pos place".split())
# the words, then maybe an article, a currency sign or a coordinate's name ("south of latitude 33")
_COMPARISON_BEFORE = re.compile(r"\b(" + "|".join(word.replace(" ", r"\s+") for words in COMPARISON_WORDS.values()
                                                  for word in words)
                                + r")\s+(?:an?\s+|the\s+|(?:latitude|longitude|lat|lon|long)\s+)?[$£€]?\s*$",
                                re.IGNORECASE)
# a number, maybe with a currency sign or a unit: "4", "30,000,000", "$1.5", "700 m", "45%"
_NUMBER = re.compile(r"[$£€]?\s?[-+]?((\d{1,3}(,\d{3})+|\d+)(\.\d+)?|\.\d+)(\s?(%|[A-Za-z]{1,6}))?")


def operator_of_comparison(words: str) -> int:
    """The operator of comparison words the question writes ("more than": `>`, "below": `<`; COMPARISON_WORDS),
    spaces and case aside."""
    said = " ".join(words.lower().split())
    return next(operator for operator, phrases in COMPARISON_WORDS.items() if said in phrases)


def comparison_operator(item: EncodedExample, start: int, end: int, header: str | None = None) -> int | None:
    """The operator the question's words put on the number at tokens start..end ("more than 4":
    `>`, "below 0.5 m": `<`), or None (no such words, or the span is not a number). On the official
    dev set this corrects 5 operators the model got wrong and changes none it got right. Comparatives whose
    direction depends on the column read its `header` (_HEADED_COMPARISONS): "older than 60" of ages is `>`,
    "older than 1950" of years `<`, "faster than" of a speed `>` and of a time `<`; without a header that
    says which, they are left to the model. "ranked higher than 10th" (an ordinal) of a column of ranks is `<`."""
    if not _NUMBER.fullmatch(item.span_text(start, end)):
        return None
    glued = re.match(r"-([a-z]+)", item.question[item.question_tokens[end].end:], re.IGNORECASE)
    if glued is not None and header is not None and singular(glued[1].lower()) in {
            singular(word) for word in re.findall(r"[a-z]+", readable_header(header).lower())}:
        return CONDITION_OPS.index("=")   # "a 1-bedroom standard above $1,300" of `bedrooms`: one number of it
    if glued is not None and re.search(r"\bthe\s+$", item.question[:item.question_tokens[start].start], re.IGNORECASE):
        return CONDITION_OPS.index("=")   # "Total SRH3 over the 2-inch hail reports": those reports, not a bound
    before = item.question[:item.question_tokens[start].start]
    ranked = _RANKED_BEFORE.search(before) if re.search(r"\d(?:st|nd|rd|th)$", item.span_text(start, end)) else None
    if ranked is not None and header is not None and \
            set(re.findall(r"[a-z]+", readable_header(header).lower())) & _RANK_HEADER_WORDS:
        return CONDITION_OPS.index("<" if ranked[1].lower() in ("higher", "better", "above") else ">")   # rank 1 tops
    found = _COMPARISON_BEFORE.search(before)
    if found is None:
        said = _HEADED_COMPARISON_BEFORE.search(before) if header is not None else None
        if said is None:
            return None
        words = set(re.findall(r"[a-z]+", readable_header(header).lower()))
        words |= {"age" for word in words if glued_to_a_unit("age", word)}   # `Agemos`: an age, glued to its unit
        words |= set((header_readings([header], item.question)[0] or "").split())   # `momage`: "mother age"
        comparative = said[1].lower()
        return next((CONDITION_OPS.index(operators[comparative]) for kind, operators in _HEADED_COMPARISONS.items()
                     if words & _HEADED_KINDS[kind] and comparative in operators), None)
    operator = operator_of_comparison(found.group(1))
    if operator == CONDITION_OPS.index("=") and re.search(r"\bor\s*$", before[:found.start()]):
        return None   # "more than or equal to 5": WikiSQL has no >=, left to the model
    return operator
