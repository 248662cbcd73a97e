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
"""
from __future__ import annotations

import re
from typing import Sequence

from wikisql.content import cell_key
from wikisql.corrections import (
    COMPARATIVE,
    HOW_MANY,
    YES_NO,
    cells_joined,
    holds_no_cell,
    iso_day,
    kept_rows,
    names_each_row,
)
from wikisql.database import read_number
from wikisql.decoding import AVG, SUM
from wikisql.encoding import (
    NAME_HEADERS,
    YEAR,
    abbreviation_reading,
    header_readings,
    is_row_names,
    names_column,
    numbered_row_nouns,
    numbers_units,
    percentile_readings,
    plain_header,
    readable_header,
    singular,
    year_of,
)
from wikisql.query import AGGREGATION_OPS, Query
from wikisql.schema import Table
from wikisql.superlatives import (
    CHANGE_HEADER_WORDS,
    KIND_HEADER_WORDS,
    PERSON_WORDS,
    PLACE_WORDS,
    TIME_WORDS,
    asked_for,
    cells_end_with,
    counted_per_group,
    counted_rows,
    direction,
    grouped_by,
    is_category,
    superlative_word,
)
from wikisql.tables import count_cells, holding, mostly_words

EXTREMES = (AGGREGATION_OPS.index("MAX"), AGGREGATION_OPS.index("MIN"))

_MOST_WORDS = ("most", "highest", "largest", "greatest", "biggest", "maximum", "max", "longest", "tallest",
               "heaviest", "strongest", "best", "northernmost", "easternmost", "hottest", "warmest", "wettest")
_LEAST_WORDS = ("least", "lowest", "smallest", "fewest", "minimum", "min", "shortest", "lightest", "weakest", "worst",
                "southernmost", "westernmost", "coldest", "coolest", "driest")
MOST, LEAST, EXTREME = (f"(?:{'|'.join(words)})" for words in (_MOST_WORDS, _LEAST_WORDS, _MOST_WORDS + _LEAST_WORDS))

# (form, pattern) in the order they are tried; patterns see the question lower-cased, spaces collapsed. The
# words of the match (or of its group `key`) that are all one header's words name a column, not the form.
_BOUND = r"(?:above|below|over|under|(?:more|less|fewer|greater|higher|lower) than|at (?:least|most))"   # a comparison
_AGGREGATE_WORD = (r"(?:count|number|total|sum|average|mean|maximum|minimum|max|min|highest|lowest|largest|"
                   r"smallest|biggest)")
STATISTIC = "a statistic no aggregation computes"
# how long something lasted or how late it was: "How many days did the breach last?", "How many days did it take to get
# fire SWF081 under control?", "How many years did Kinsella serve?", "How many minutes late did flight 1742 leave?"
HOW_LONG = (r"^how many (?P<key>years|months|weeks|days|hours|minutes)(?:,[^,?]*,)? (?:did\b[^?]*\b(?:last|take)\s*\??$"
            r"|did (?:it|they|he|she|we|you) take\b|did\b[^?]*\bserve\b|late\b|early\b)")
FORMS: tuple[tuple[str, re.Pattern], ...] = tuple((form, re.compile(pattern)) for form, pattern in (
    ("a comparison between rows (a yes/no question)",
     YES_NO + rf".*\b(?:{COMPARATIVE}|(?!other\b)[a-z]{{3,}}er)\b.*\bthan\s+"
     r"(?![$€£]|[-.]?\d[\d,.]*(?:\s|$|\?|%))"),   # "Is Gold denser than Lead?", "Was copper dearer in 1956 than ...?"
    ("a comparison between rows (a yes/no question)",   # "Were the Llanedyrn pots made from the same clay as the
     YES_NO + r".*\b(?:the same\b.*\bas|better|worse)\b"),   # Caldicot ones?"
    ("a comparison with an aggregate (a query inside a query)",   # "How many countries emitted more than the average?"
     r"\bthan (?:the )?(?:overall |national |global )?(?:average|mean|median|typical)\b|"
     r"\b(?:above|below|under|over)[- ](?:the )?(?:average|median)\b"),   # "How many cows have above-average ...?"
    ("two aggregates at once", rf"\b{MOST}\b(?:\s+\w+){{0,3}}?\s+and\s+(?:the\s+|both\s+)?{LEAST}\b"),
    ("two aggregates at once", r"\b(?:total|sum|average|mean|maximum|minimum)\s+(?:[\w-]+\s+){0,4}?and\s+(?:the\s+)?"
                               r"(?P<key>total|sum|average|mean|maximum|minimum)\b"),
    # ("the total and the average number of migrants", "the average number of bids and the average bid premium")
    ("a comparison between rows (a yes/no question)",
     YES_NO + r".*\b(?:beat|beats|defeat|defeated|defeats|outperform(?:ed|s)?)\b"),
    ("two aggregates at once", rf"\b{LEAST}\b(?:\s+\w+){{0,3}}?\s+and\s+(?:the\s+|both\s+)?{MOST}\b"),
    ("two aggregates at once", r"\bhow (?:many|much)\b[^?]*\band how (?:many|much)\b"),   # "How many countries use
    #                                                                           230 V and how many use 220 V?"
    ("two aggregates at once",   # "the average and the maximum rotor diameter", "count and mean Paco", "the highest and
     #                             the average solar_gen": the key is the second word and the one after it, so
     #                             `max_speed_drive` does not name "maximum rotor"
     rf"\b{_AGGREGATE_WORD}\s+(?:[\w-]+\s+)?and\s+(?:the\s+|its\s+|their\s+)?"
     rf"(?P<key>{_AGGREGATE_WORD}(?:\s+[a-z]+)?)\b"),
    ("two aggregates at once",   # "Show both the mean and the median annual wage of pharmacists"
     r"^(?:please )?(?:show|give|list|tell)(?: me)? both\b|^what (?:is|are|was|were) both\b"),
    ("two aggregates at once",   # "count of detailed occupations and their total employment"
     r"\b(?:count|number) of [\w-]+(?: [\w-]+)? and (?:their|its|the) "
     r"(?P<key>(?:total|sum|average|mean)(?: [a-z]+)?)\b"),
    ("a comparison between rows (which of two)",
     rf"^(?:which|who|is|are|was|were)\b.*\b{COMPARATIVE}\b(?!\s+than)"
     r".*\b\w+,?\s+or\s+(?:in\s+|the\s+|at\s+|on\s+)?\w[\w .:/'-]*\??$"),   # "at 10:02 or at 16:02", "at 1/6/2022"
    ("arithmetic between values", r"\bby how (?:many|much)\b|\bby what (?:percent(?:age)?|factor|margin)\b"),
    ("arithmetic between values", rf"\bhow much (?:{COMPARATIVE}|[a-z]{{3,}}ier)\b.*\bthan\b"),   # "happier"
    ("arithmetic between values",   # "How many days passed between symptom onset and confirmation for patient 3?"
     r"^how (?:many|much) (?:days|weeks|months|years|hours|minutes|time) (?:passed|elapsed|went by|lay)\b[^?]*"
     r"\bbetween\b"),
    ("arithmetic between values", r"\bhow many (?:more|fewer|less)\b.*\bthan\b"),
    ("arithmetic between values", rf"\bhow many (?:times|percentage points) {COMPARATIVE}\b.*\bthan\b"),   # "How
    #                                          many times higher is SKCM's median TMB than PRAD's?" (not "How many
    #                                          times did Sosa hit more than 2 home runs?", a count)
    ("arithmetic between values",   # "outperformed its xG by the widest margin" (not of a `Margin` column)
     r"\bby the (?:largest|widest|biggest|greatest|smallest|narrowest|most) (?P<key>margin)\b"),
    ("arithmetic between values", r"^what (?P<key>share|fraction|percentage|percent) of\b"),
    ("arithmetic between values", r"\b(?:half|twice|(?:two|three|four|five|ten|\d+) times)\s+(?:of\s+)?"
                                  r"(?:their|its|his|her)\b"),   # "less than half
    #                                                                                      their capacity"
    ("arithmetic between values", r"\band\b[^?]*\btogether\b"),   # "the SPD and the Greens together"
    ("arithmetic between values", r"\b(?P<key>ratio|proportion)\b"),
    ("arithmetic between values", r"\b(?:difference|gap|spread)\s+between\b"),
    ("arithmetic between values", r"\brelative to\b"),
    ("arithmetic between values", r"\b(?:added|gained|lost|grew|grow|fell|rose|dropped|changed|swung|swing|increased|"
                                  r"decreased)\b.*\bbetween\b.+\band\b"),
    ("arithmetic between values", r"\bdiffer(?:s|ed)? (?:between|from)\b"),
    ("arithmetic between values", r"\b(?P<distance>(?:closest|nearest) to|(?:farthest|furthest) from)\b"),
    ("arithmetic between values", r"^how (?:many|much)\b.*\bseparat(?:e|ed|es)\b"),
    ("a comparison between rows", r"\bcompared? (?:with|to)\b|^compare\b"),   # "How does X compare with Y?"
    ("a comparison between rows (which of two)",   # "Did participant 2721 or participant 4566 have the higher ...?"
     rf"^(?:did|does|do|was|were|is|are)\b[^?]*\bor\b[^?]*\bthe {COMPARATIVE}\b"),
    ("a comparison between rows (which of two)",   # "Was NIA South or NIA Car Parks busier at 09:30?", "Did Product
     #                                                meet more with HR or with Finance?" (not "... more than 5")
     rf"^(?:did|does|do|was|were|is|are)\b(?=[^?]*\bor\b)[^?]*\b(?<!-){COMPARATIVE}\b(?!-|\s+than)"),   # (not
    #                                                           "Is Brampton single-tier or lower-tier?", a cell)
    ("a comparison between rows (a yes/no question)",   # "Did Finland join the OECD before Italy did?"
     r"^(?:did|does|do|was|were|is|are|has|have|had)\b[^?]*\b(?:before|after|earlier than|later than)\s+"
     r"(?![-$\d])[^?]*\b(?:did|does|do|was|were|is|are|had|has|have)\s*\??$"),
    ("arithmetic between values",   # "How many years after Estonia did Latvia join the OECD?" (not "after 2000")
     r"^how many (?:years|months|weeks|days|hours|minutes) (?:after|before|later than|earlier than)\s+"
     r"(?![-$\d]|(?:their|its|his|her|the|a|an)\b)[^?]*\b(?:(?:did|does|do)\b|(?:was|were|is|are)\b[^?]*\b[a-z]{3,}ed"
     r"\s*\??$)"),   # (not "after their first purchase", nor "How many weeks before insulation were below
    #                 freezing?", a count; but "How many years after BDO Unibank was Asia United Bank listed?")
    ("arithmetic between values", HOW_LONG),   # "How many days did the Long Beach breach last?": its end less its
    #                                             start (how_long_held answers it where a column holds durations)
    ("arithmetic between values", r"\b(?P<key>mid-?points?|halfway)\b"),   # "the midpoint of the weight range"
    ("arithmetic between values", r"\b(?:longest|shortest)\s+(?:names?|titles?)\b"),   # "Which province has the
    #                                                             longest name?": a length of text, no query reads it
    ("a comparison between rows (which of two)",   # "Which of the women aged 51 has the higher BMI?": of two rows
     rf"^(?:which|who)\b[^?]*\b(?:has|had|have|is|was) the {COMPARATIVE}\b(?![^?]*\bthan\b)"),
    ("a condition the grammar cannot say (not equal)", r"^(?:leaving out|excluding|except for)\b|\bother than\b"),
    ("arithmetic between values", r"\bhow (?:far|(?:many|much)(?: [a-z]+)?) apart\b"),   # "How many knots apart
    #                                                                    were the ERA5 and best-track winds ...?"
    ("arithmetic between values",   # "What was the daily temperature range on 21-MAR-13?": a maximum less a minimum
     r"\b(?:daily|annual|yearly|diurnal|temperature|price|age|salary|score)\s+(?P<key>range)\b"
     r"(?!\s+(?:of|from|between)\s+\d)"),
    ("arithmetic between values", r"^how (?:many|much)\b.*\b(?:short of|shy of)\b"),   # "How many points short of
    #                                                                                 the maximum of 52.3 was Ford?"
    ("arithmetic between values",   # "How far is Juneau Intl from Ketchikan Intl?": two rows' places, unless a
     r"^how far (?:is|was|are|were) (?!it\b)(?P<places>[^?]+? (?P<distance>from)\b[^?]*)"),   # column holds the
    #                                                       distance or a header names one of the places (`LAX`)
    ("arithmetic between values", r"\b(?P<key>plus|minus)\b|\b(?:divided|multiplied) by\b"),
    ("arithmetic between values", r"\bmargin over\b"),
    ("arithmetic between values",   # a unit conversion: "in today's dollars", "adjusted for inflation"
     r"\bin today'?s (?:dollars|money|prices|terms|euros|pounds)\b|"
     r"\badjusted for inflation\b|\binflation[- ]adjusted\b"),
    ("arithmetic between values",   # "How much did packs per capita fall in CA between 1985 and 1995?"
     r"\b(?:chang|fall|fell|rise|rose|grow|grew|drop|increas|decreas|declin|gain|lose|lost|jump|shr[iau]nk)\w*\b.*"
     r"\bbetween\b"
     r".+\band\b"),
    ("arithmetic between values",   # "the biggest jump in unemployment from the month before": a row and the one before
     r"\bfrom the (?:previous|prior|preceding|last) (?:day|week|month|quarter|season|year|election|poll)\b|"
     r"\bfrom the (?:day|week|month|quarter|season|year|election|poll) before\b"),
    (STATISTIC,
     r"\b(?P<key>median|mode|standard deviation|std dev|variance|correlation|correlated|percentile|quartile)\b"),
    ("a comparison between two columns",   # "Which districts scored higher in 8th grade than in 4th grade?"
     rf"\b{COMPARATIVE}\s+(?:in|for|on|at|with)\b[^?]*\bthan\s+(?:in|for|on|at|with)\b"),
    ("arithmetic between values",   # "Rubens's combined score over all four categories": a sum across columns
     r"\b(?:across|over|of) all (?:the )?(?:\w+ )?(?:ratings|categories|columns|scores|subjects|measures|criteria|"
     r"sources|fuels|components|sectors|traits)\b"),   # "energy use per person across all sources"
    ("a comparison between two columns or rows",   # "In which years did burials outnumber christenings?"
     r"\bout(?:number|numbered|numbers|poll|polled|polls|score|scored|scores|sell|sold|sells|vote|voted)\b"),
    ("a comparison between two columns or rows",   # "Which trades had more drinkers than sober men?"
     rf"^(?:which|who|what|in which|how many)\b.*\b{COMPARATIVE}\s+(?:[a-z]+\s+){{1,3}}than\s+(?!(?:[$€£]|[-.]?\d))"
     r"(?:the\s+|its\s+|their\s+)?[a-z]"),
    ("a row next to another in the table's order",   # "Which flight came right after 41D?"
     r"^(?:which|what|who)\b.*\b(?:came|comes|come|was|is|were|went|followed|happened)\s+(?:right |just |"
     r"immediately |directly )?(?:after|before)\s+(?!(?:pick\s+|round\s+|week\s+|game\s+)?[-.]?\d)"),
    ("grouping", r"\bwith and without\b|\b(?:per|each|every|by) (?P<key>decade|century)\b"),
    ("an explanation or a definition, which no table holds",
     r"^(?P<explanation>why|how come)\b|^what (?:does|do|did) .* (?:mean|stand for)\b"),
    ("arithmetic between values",
     r"\b(?:changed?|rise|rose|risen|grow|grew|fall|fell|drop|dropped|increased?|decreased?)\s+from\b.*\bto\b"),
    ("a row other than the first of an ordering",
     rf"\b(?P<key>(?:second|third|fourth|2nd|3rd|4th)[- ](?:{EXTREME}|to last|[a-z]{{3,}}est))\b|"
     r"\branks? (?:second|third|fourth|2nd|3rd|4th)\b"),   # "the second-fastest gold", "ranks second for"
    ("either of two values (OR)", r"\beither\b.*\bor\b"),
    ("either of two values (OR)",   # "a pH below 5 or above 7.5", "a crime rate above 1 or a median value above 40"
     rf"\b{_BOUND}\s+[$€£]?[\d.,]*\d%?(?:\s+[a-z%]+)?\s+or\s+(?:[a-z]+\s+){{0,4}}?{_BOUND}\s+[$€£]?\d"),
    ("grouping",   # "the average heights of the crossed and of the self-fertilized plants": two groups
     r"\b(?:averages?|means?|totals?|sums?)\b[^?]*\b(?:of|for) the [a-z][\w-]*(?: [a-z][\w-]*)? and (?:of|for) the\b"
     r"|\b(?:averages?|means?|totals?|sums?)\b[^?]*\b(?:of|for) [a-z][\w-]* and (?:of|for) [a-z][\w-]*\s*\??$"),
    #                                                                                   ("of men and of women")
    ("grouping",   # "of Southern and of non-Southern states", "for specimens with crystals and for those without"
     r"\b(?:for|of|among)\s[^?]*\band (?:for|of|among) (?:those|the ones|the others|the rest|non-?[a-z]+)\b"),
    ("a part of a text (contains, starts with)",
     r"\bsomewhere in\b|\bin (?:its|their) names?\b|\b(?:names?|titles?) (?:that )?(?:contains?|containing|starts?|"
     r"starting|ends?|ending|begins?|beginning)\b|\b(?:starts?|starting|ends?|ending|begins?|beginning) with (?:the "
     r"(?:letter|prefix|suffix) )?(?!an?\s)['\"]?[a-z]{1,2}['\"]?(?:\s|\?|\.|$)|"
     r"\bcontain(?:s|ing)? the (?:letter|word)\b"),
    ("grouping", r"\b(?:for|in|per|at) (?:each|every)\b|\bof each\b"),   # not "the nationality of every player"
    ("grouping", r"\b(?:each|every) [a-z]+'s\b"),   # "What is each subject's average reaction time?"
    ("grouping", r"^how many [a-z]+ (?:use|uses|used|have|has|had|hold|holds|held|speak|speaks|play|plays|share|"
                 r"shares|shared|"
                 r"belong to|fall into|fall in|fall under|come under|are under|are in) each\b"),   # "How many countries
    #                                                                                   use each plug type?"
    ("grouping", r"\b(?:does|do|did) each\b(?![^?]*\bbetween\b)"),   # "How many airports does each county have?";
    #             not "How many goals did each team score in the match between Liverpool and Steaua?"
    ("grouping", r"\bbroken down by\b|\bgrouped by\b"),
    ("grouping", rf"^(?:which|what)\s+(?:day|week|month|quarter|year|season|decade)s?\b[^?]*\b{EXTREME}\s+"
                 r"(?P<key>average|mean)\b"),   # "Which day had the highest average irradiance?" of hourly readings
    ("grouping", r"^(?:which|what|who)\b[^?]*\b(?:most|least) (?P<popular>often|frequently|commonly)\b"),   # "Which
    #                       mode is chosen most often?": the rows of each kind, counted (unless a column counts them)
    ("grouping", r"^(?:which|what)\b[^?]*\bmost (?P<popular>popular|common|frequent)\b[^?]*\bamong\b"),   # "most
    #                             popular among households in class 5" (unless a column counts it: `votes`, `n`)
    ("grouping", r"\b(day|week|month|year|season) by \1\b"),
    ("grouping", r"\brespectively\b"),
    ("grouping", rf"^(?:which|what|who)\b.*\b{EXTREME}\b.*\b(?P<key>in total|combined|on average|most often|"
                 r"altogether|all together|all (?:of )?(?:its|their) \w+ together|"
                 r"over the (?:whole|entire) (?:period|time|span|history)|"
                 r"(?:over|across|in) all (?:the )?(?:two |three |four |five |six |\d+ )?(?:years|seasons|months|"
                 r"periods|quarters|weeks|days|rounds|polls|games|races|runs|trials|visits))\b"),
    ("a prediction for a case the table does not hold",   # "How long would a delivery of 12 products take?"
     r"^how (?:long|much|many|far|fast|big|heavy|tall|old)\b[^?]*\bwould\b[^?]*\b(?:take|cost|weigh|be|need|get|"
     r"last|grow)\b"),
    ("a prediction for a case the table does not hold",   # "How many purchases will customer 46 make next year?"
     r"\bwill\b[^?]*\bnext (?:year|month|week|season|quarter|decade|day|time)\b"),
    ("a change over time or its cause, which one query cannot say",   # "How have these counts changed
     r"^how (?:did|does|do|has|have|had|will|would|could|might)\b[^?]*\b(?:chang(?:e|ed|es)|affect(?:ed|s)?|"
     r"impact(?:ed|s)?|influence[ds]?|evolve[ds]?|shape[ds]?)\b"),   # since 2000?", "How did the Green Revolution
    #                                                                   change wheat yields?"
))


# A named group of a form, and the header words of a column that answers what it matches: "the three departments
# closest to Paris" of a table with a `Distance` column orders by it; "Why did Geninho leave?" of one with a
# `Manner of departure` column selects it.
_ANSWERED_BY = {"distance": frozenset("distance distances dist dis km kms miles mi".split()),   # `dis`: Boston's
                "explanation": frozenset("reason reasons cause causes why manner explanation motive".split()),
                "popular": frozenset("popularity votes vote plays streams views sales count counts frequency n"
                                     .split())}


def _words(text: str) -> set[str]:
    return set(re.findall(r"[a-z]+", text.lower()))


def _code_reading(header: str, question: str) -> set[str]:
    """The words a code-like header stands for in this question (`str` "student teacher ratio", `sr`
    "savings ratio": encoding.abbreviation_reading); none for a data frame's row names or the numbers of a study's
    units (`case`, `obs`: numbers_units), which read as any noun asked ("What share of ...?" is no `case`)."""
    if readable_header(str(header)) == "name" or numbers_units(str(header)):
        return set()
    return _words(abbreviation_reading(str(header), question) or "")


def outside_grammar(question: str, header: Sequence[str] = (), title: str = "") -> str | None:
    """The form of `question` that one query cannot answer (see FORMS), or None. A match whose words
    (or key words: "ratio", "combined") all belong to one header, or name it as its code ("student-teacher
    ratio" for `str`: _code_reading), names a column, not a form: skipped; so is a statistic the table's name or
    title (`title`) says its numbers are ("the median rent in Ohio" of `us_state_median_income_and_rent_2017`)."""
    text = " ".join(question.lower().split())
    headers = [_words(str(name)) | _words(readable_header(str(name))) for name in header]   # `FinanceProportion`
    answered = {group for group, held in _ANSWERED_BY.items() if any(words & held for words in headers)}
    for form, pattern in FORMS:
        for match in pattern.finditer(text):
            if any(match[group] for group in answered & set(pattern.groupindex)):
                continue   # a column answers it (_ANSWERED_BY)
            if "places" in pattern.groupindex and any(words and words <= _words(match["places"]) for words in headers):
                continue   # "How far is BOS from LAX?" of a table of distances headed by airports
            key = _words((match.group("key") if "key" in pattern.groupindex else None) or match.group(0))
            key -= {"the", "of", "a", "an", "and", "to", "by", "in", "on"}
            if form == STATISTIC and key and key <= _words(title):
                continue
            if not key or not any(key <= words or key <= _code_reading(name, question)
                                  for words, name in zip(headers, header)):
                return form
    return None


_STATISTIC_OF = re.compile(r"\b(?:median|mode|percentile|quartile)\s+((?:[a-z]+\s+){0,2}[a-z]+)")


def statistic_held(question: str, query: Query | None, table: Table) -> bool:
    """Whether the statistic the question names ("median income") is what a number column holds for each row, the
    one the question names with the words after it (names_column, with the header's reading among the others: `i`
    "income" beside `c`, `hs`, `u`), which the decoded query reads row by row: compares or orders by ("counties
    with a median income under 20", "the three counties with the highest median incomes"), or selects with a
    condition or an ordering, or as MAX or MIN of a superlative said ("the median income in Leon County", "the
    highest median income"; AVG only with a condition that keeps one row); not the statistic over the rows ("What is
    the median income?", "the median age in Japan in 2020" over its age groups, "the median number of technicians"
    decoded MIN). A percentile a column of a family of percentiles holds (encoding.percentile_readings) is held."""
    if query is not None and any(percentile_readings(table.header, question)):
        return True   # "the 97th percentile height" of a growth chart's `P97`: a column holds it
    said = _STATISTIC_OF.search(" ".join(question.lower().split())) if query is not None else None
    if said is None:
        return False
    nouns = [singular(w) for w in said[1].split()]
    readings = header_readings(table.header, question)
    def named(column: int) -> bool:
        return column < len(table.header) and table.types[column] == "real" and names_column(
            nouns, str(table.header[column]), question, readings[column] or "")
    if any(named(c.column) for c in query.conds) or (query.order is not None and named(query.order.column)):
        return True
    one_row = query.agg == AVG and any(   # (AVG of one row: "in Leon County")
        c.operator == 0 and count_cells(table, c.column, c.value) == 1 for c in query.conds)
    row_by_row = (query.agg == 0 and (query.conds or query.order is not None)) or one_row or (
        query.agg in EXTREMES and (query.conds or superlative_word(question, table) is not None))
    return bool(row_by_row) and named(query.sel)


# A superlative of a change ("Which stock gained the most over the whole period?") compares each row with the
# one before it unless a column holds the change (`nonfarm_change`, `Gain`). Not "jump": the high jump.
_CHANGE_VERBS = frozenset("""grow grew grown growth gain gained gains increase increased increases rise rose risen
    drop dropped drops fall fell fallen decline declined declines shed improve improved shrink shrinks shrank
    shrunk""".split())


def change_held(question: str, table: Table) -> bool:
    """Whether a column holds the change between the years the question asks it between: a header with a word of
    change (CHANGE_HEADER_WORDS) and every year the question says ("By how much did Milton's population change from
    2001 to 2006?" of `pop_change_2001_2006_pct`); no year said, no column found."""
    years = set(YEAR.findall(question))
    if not years or not ({"change", "changed"} | _CHANGE_VERBS) & set(re.findall(r"[a-z]+", question.lower())):
        return False
    return any(_words(readable_header(str(name))) & CHANGE_HEADER_WORDS and years <= set(YEAR.findall(str(name)))
               for name in table.header)


def superlative_of_a_change(question: str, table: Table) -> bool:
    """Whether the question asks which row grew (fell, gained ...) the most while no column holds a change (nor does
    the table's name say it holds changes): a change
    not said in a relative clause after the superlative ("gained the most", "the largest increase"; not "the lowest
    GPA of the students whose grade improved", a change that only picks the rows)."""
    header_words = set().union(*(_words(readable_header(str(name))) for name in table.header))
    words = re.findall(r"[a-z]+", question.lower())
    superlative = superlative_word(question, table)
    title_words = set(re.findall(r"[a-z]+", table.title.lower()))
    if superlative is None or (header_words | title_words) & CHANGE_HEADER_WORDS:
        return False   # (a table named for its changes holds them: `us_quarterly_changes`, whose `Income` is one)
    at = words.index(superlative) if superlative in words else len(words)
    return any(w in _CHANGE_VERBS and w not in header_words and not (
        i > at and _RELATIVE.intersection(words[at + 1:i])) and not (
        w in ("fell", "fall", "falls") and _PRECIPITATION.intersection(words[max(0, i - 2):i]))
        for i, w in enumerate(words))


_PRECIPITATION = frozenset("rain snow hail sleet precipitation rainfall snowfall".split())   # "How much rain fell on
#                                                                     the hottest day?": what fell, not a change


_RELATIVE = frozenset("whose that which who whom where".split())


# What a question asks for, as it is asked about one row: "What is the speed limit in Colo?", "What is Iowa's
# total population?", "What medal did Schulz win?", "Who is the superintendent of ...?", "How old was ...?".
_ASKED_ATTRIBUTE = tuple(re.compile(pattern) for pattern in (
    r"^what(?:'s| is| was| are| were)\s+(?:the |a |an )?(?P<np>[a-z][a-z -]*?)\s+"
    r"(?:of|for|in|at|on|when|with|where|that|from|during|by)\b",
    r"^what(?:'s| is| was| are| were)\s+[a-z0-9][^?]*?'s\s+(?P<np>[a-z][a-z -]*?)(?:\s+(?:in|on|at|for|during)\b|\?|$)",
    r"^what\s+(?P<np>[a-z][a-z -]*?)\s+(?:did|does|do|was|is|were|are|has|have|had)\b",
    r"^who\s+(?:is|was|are|were)\s+the\s+(?P<np>[a-z][a-z -]*?)\s+(?:of|for|in|at)\b",
    r"^who(?:'s| is| was| are| were)\s+[a-z0-9][^?]*?'s\s+(?P<np>[a-z][a-z -]*?)(?:\s+(?:in|on|at|for|during)\b|\?|$)",
))
# "Which county does ZARRILLI preside in?", "Which state is Springfield in?": a place asked of a row the question
# names by a text cell, declined only in a table without a place column (after "Which", other nouns are mostly the
# rows' own: "Which batter has ...", and so is a place when no row is named: "Which state had 2207 road deaths?")
_ASKED_PLACE = re.compile(r"^(?:in |on |at |for |from )?which\s+(?P<np>[a-z]+)\s+(?P<verb>did|does|do|was|is|were|are|"
                          r"has|have|had)\b")
_ASKED_MEASURE = tuple((re.compile(pattern), measure) for pattern, measure in (
    (r"^how old\b", "age"),
    (r"^how many (?:people|persons|lives)\b[^?]*\b(?:died|were killed|perished|were lost)\b",
     "deaths fatalities killed"),   # "How many people died in event 2017-0383?"
    (r"^how much (?:does|did) .* cost\b", "cost price"),
    (r"^what (?:did|does|do) .* cost\b", "cost price"),
    (r"^how much (?:does|did) .* weigh\b", "weight mass"), (r"^how heavy\b", "weight mass"),
    (r"^how fast\b", "speed"), (r"^how humid\b", "humidity"), (r"^how tall\b", "height"),
    (r"^how long (?:does|did|do) .* live\b", "lifespan life"), (r"^who directed\b", "director directed"),
    (r"^who (?:wrote|authored)\b", "writer author written"), (r"^who designed\b", "architect designer designed"),
    (r"^when (?:was|were) .* born\b", "birth born"),
))
# which of the sexes a row is: "Was subject 352 male or female?"
_ASKS_SEX = re.compile(r"\b(?:a\s+)?(?:male|female|man|woman|men|women|boy|girl)s?\s+or\s+(?:a\s+)?(?:male|female|man|"
                       r"woman|men|women|boy|girl)s?\b")
_COUNTED = re.compile(r"^how many (?P<np>[a-z][a-z -]*?) (?:does|did|do) (?:.* have\b|[^?]* (?:score|make|earn)"
                      r"(?:\s+(?:in|on|at|for|during|against|by)\b[^?]*)?\s*\??\s*$)")
# "How many runways does ...", "How many goals did Messi score in 2024?" of salaries (the verb last: not "How many games
# did the team who scored 60 goals win?")
# nouns that any column may answer ("What is the name of ...", "What year ...", "What kind of ..."), and words
# that make the phrase a superlative, an aggregate or a quantifier rather than an attribute
_ANY_COLUMN = frozenset("""name value number amount total count figure result thing one year day date time month season
    period week kind type sort version code id""".split())
_NO_ATTRIBUTE = frozenset("""average mean total sum highest lowest most least maximum minimum max min largest smallest
    earliest latest last first all any every someone anyone each best worst top""".split())
_PERCENT_WORDS = frozenset("percentage percent share".split())
# "kind of X", "X type": X is asked, unless a column holds kinds
_KIND_WORDS = frozenset({"kind", "kinds", "type", "types", "sort", "sorts"})
_DOING = frozenset({"did", "does", "do", "has", "have", "had"})


def _names_selected(question: str, table: Table, query: Query | None) -> bool:
    """Whether the question names the column `query` selects (encoding.names_column; never a data frame's row
    names, which read as any noun), or the year it is named with (`X1932` for "... in 1932?": encoding.year_of)."""
    if query is None or query.sel >= len(table.header):
        return False
    selected = str(table.header[query.sel])
    year = year_of(selected)
    if year is not None and len(year) == 4 and re.search(rf"(?<!\d){year}(?!\d)", question):
        return True
    return readable_header(selected) != "name" and not _reads_any_noun(selected, question) and names_column(
        [singular(w) for w in re.findall(r"[a-z]+", question.lower())], selected, question)


def _reads_any_noun(header: str, question: str) -> bool:
    """Whether a column numbering a study's units (`OBS`, `individual`: encoding.numbers_units) reads as the noun
    the question asks for ("Which city ...?"), as a data frame's row names do: unless the question says its header."""
    return numbers_units(header) and singular(" ".join(header.split()).lower()) not in {
        singular(word) for word in re.findall(r"[a-z]+", question.lower())}


def _header_says(phrase: Sequence[str], nouns: Sequence[str], table: Table, question: str) -> bool:
    """Whether a header holds what the question asks for: it names the nouns (encoding.names_column; never a data
    frame's row names nor the numbers of a study's units, which read any noun asked) or is a code of the phrase
    ("speed limit" of `slim`, "integrity rating" of `INTG`, "black residents" of `popblack`: _code_of), or a text
    column's cells end with the asked noun ("district" of cells "Far North District": superlatives.cells_end_with)."""
    headers = [str(name) for name in table.header]
    readings = header_readings(headers, question)   # a letter code read among the others: `S` "entropy" beside `H`
    if nouns and any(kind == "text" and cells_end_with(table, c, nouns[-1]) for c, kind in enumerate(table.types)):
        return True   # "What district is Kerikeri in?" of `admin2` cells "Far North District"
    return any(names_column(nouns, header, question) for header in headers   # and `G`, `c` "crime" beside `i`, `u`
               if readable_header(header) != "name" and not _reads_any_noun(header, question)) or any(
        _code_of(phrase, header) for header in headers) or any(
        len(header.strip()) <= 2 and reading and names_column(nouns, header, question, reading)
        for header, reading in zip(headers, readings))


def _code_of(phrase: Sequence[str], header: str) -> bool:
    """Whether a header written as one code may stand for a phrase: its letters in order within those of a
    phrase of two words or more, from its first letter (`slim` for "speed limit", `INTG` for "integrity
    rating"), or a word of 4 letters or more of the phrase glued inside it (`popblack` for "black residents");
    a code of two letters, both in its first word, from its first letter (`Mg` for "magnesium level"); a code of 2
    to 4 letters that are the initials of as many words of the phrase, in any order (`pf` for "fuel price")."""
    code = header.strip().lower()
    if re.fullmatch(r"[a-z]{2,4}", code) and len(phrase) >= len(code) and len(set(code)) == len(code) \
            and set(code) <= {word[0] for word in phrase}:   # initials in any order: `pf` "fuel price", `dpi`
        return True                                          # "per capita disposable income"
    if re.fullmatch(r"[a-z]{2}", code) and phrase:   # `Mg` for "magnesium level", `Ca` for "calcium content"
        return code[0] == phrase[0][:1] and code[1] in phrase[0][1:]
    if not re.fullmatch(r"[a-z]{3,10}", code) or not phrase:
        return False
    if any(len(word) >= 4 and word in code and word != code for word in phrase):
        return True
    letters = iter("".join(phrase))   # (of two words or more: `CONT` is no code of "county")
    return len(phrase) >= 2 and code[0] == phrase[0][0] and all(char in letters for char in code)


def _counts_rows(query: Query | None, table: Table) -> bool:
    """Whether the query counts rows that an `=` condition of it holds in two rows or more."""
    return query is not None and query.agg == AGGREGATION_OPS.index("COUNT") and any(
        c.operator == 0 and c.column < len(table.header) and count_cells(table, c.column, c.value) >= 2
        for c in query.conds)


# people a table of records often holds without their names (bookings, patients, a survey's respondents)
_UNNAMED_PEOPLE = frozenset("""guest customer client patient passenger resident respondent subject participant
    man woman person child baby infant mother father student employee worker applicant""".split())


def _names_rows(table: Table) -> bool:
    """Whether a text column may name the rows: headed as a name (NAME_HEADERS, PERSON_WORDS), or with a cell of
    its own in most rows (four in five)."""
    for column, kind in enumerate(table.types):
        words = _words(readable_header(str(table.header[column])))
        if words & (PERSON_WORDS | {"name", "names", "title"}) or plain_header(table.header[column]) in NAME_HEADERS:
            return True
        cells = [cell for cell in table.cells(column, lower=True) if cell]
        if kind == "text" and cells and 5 * len(set(cells)) >= 4 * len(cells):
            return True
    return False


def missing_attribute(question: str, table: Table, query: Query | None = None) -> str | None:
    """What the question asks of a row that no column holds, or None: the noun phrase of "What is the X of
    ...", "What is E's X", "What X did E ...", "Who is the X of ...", or the measure of "How old" (age), "How
    much does E cost" (cost, price) and "How much does E weigh" (weight, mass), when no header names it
    (encoding.names_column, which reads code-like headers), it is no cell, it is not a word any column may
    answer (_ANY_COLUMN: name, year, type ...), nor a superlative or aggregate (_NO_ATTRIBUTE), and is at most
    3 words ("high-school" is one). A superlative question is left alone (its noun names the rows: "What company
    is worth the most?"). A place ("What city ...") is in a table with a place column, a percentage in one with
    a % column. "What is the speed limit in Colo?" of a table of road deaths: "speed limit"."""
    text = " ".join(question.lower().replace("’", "'").split())
    text = re.sub(r"\bthe (?:natural )?log(?:arithm)? of (?:the )?", "the ", text)   # "the log of X" asks for X
    numbers_only = all(kind == "real" for kind in table.types)
    if numbers_only and re.match(r"^(?:what|who)(?:'s| is| was| are| were) the names? of\b", text):
        return "name"   # "What is the name of the applicant who spends the most?" of a table of numbers only
    person = re.match(r"^(?:what|who)(?:'s| is| was| are| were) the names? of (?:the|this|that) (?P<noun>[a-z]+)\b",
                      text)
    if person and singular(person["noun"]) in _UNNAMED_PEOPLE and not _names_rows(table):
        return "name"   # "What is the name of the guest from TUN?" of bookings, no column of which names anyone
    if superlative_word(question, table) is not None:
        return None   # "What company is worth the most?": the rows' noun, asked of the extreme row
    if _names_selected(question, table, query):
        return None   # the column the model selects is one the question names: "How far did she throw the javelin?"
    def of_sexes(column: int) -> bool:
        cells = set(table.cells(column, lower=True))
        return table.types[column] == "text" and bool(cells) and cells <= {"m", "f", "male", "female"}
    if _ASKS_SEX.search(text) and re.match(YES_NO, text) and not any(
            _words(readable_header(str(name))) & {"sex", "gender"} for name in table.header) and not any(
            map(of_sexes, range(len(table.header)))):
        return "sex"   # "Was subject 352 male or female?" of a table without sexes
    phrase = next((measure.split() for pattern, measure in _ASKED_MEASURE if pattern.search(text)), None)
    match = None
    if phrase is None:
        match = next((m for m in (pattern.match(text) for pattern in _ASKED_ATTRIBUTE + (_COUNTED,)) if m), None)
        place = _ASKED_PLACE.match(text)
        names_a_row = query is not None and any(c.operator == 0 and c.column < len(table.types)
                                                and table.types[c.column] == "text" for c in query.conds)
        owned = place is not None and place["verb"] in ("has", "have", "had") and any(   # "Which airport has the
            plain_header(name) in NAME_HEADERS for name in table.header)  # code OTZ?": a `name`
        if match is None and place is not None and singular(place["np"]) in PLACE_WORDS and not owned and (
                names_a_row or (numbers_only and set(numbered_row_nouns(text)) - {place["np"]})):
            match = place   # asked of a row the question names ("Springfield"), not "Which state had 2207 deaths?"
            #                 (in a table of numbers only, of a row named by its number: "Which city is university
            #                 61 in?"; not "Which state has ...?" of states numbered 1 to 47)
        if match is None:
            return None
        if match.re is _COUNTED and _counts_rows(query, table):
            return None   # "How many cars does dodge have?" of a table of cars: its rows, counted
        phrase = [w for w in re.findall(r"[a-z]+", match["np"]) if w not in {"the", "a", "an", "of", "and"}]
        length = len([w for w in match["np"].split() if w not in {"the", "a", "an", "of", "and"}])
    else:
        length = 1
    if len(phrase) >= 2 and set(phrase) & _KIND_WORDS:   # "What kind of infection did ...", "What soil type does
        verb = re.match(r"\s*([a-z]+)", text[match.end("np"):]) if match else None   # ... have?": the
        if verb is None or verb[1] not in _DOING or any(   # infection, the soil; not "What kind of school is Canton?"
                _words(readable_header(str(name))) & KIND_HEADER_WORDS for name in table.header):   # (the row's own
            return None                                      # kind), nor where a column holds kinds (`Type`, `class`)
        phrase = [w for w in phrase if w not in _KIND_WORDS]
        length -= 1
    nouns = [singular(w) for w in phrase]
    if nouns == ["name"] and numbers_only:
        return "name"   # "What is the name of airline 3?" of a table of numbers only: no column holds a name
    place = re.match(r"^what(?:'s| is| was) the name of the (?P<place>[a-z]+) (?:where|in which|that|which)\b", text)
    if nouns == ["name"] and place and place["place"] in PLACE_WORDS and not any(
            _words(readable_header(str(name))) & PLACE_WORDS for name in table.header):
        return place["place"]   # "What is the name of the town where station 1008 is?" of a table with no place
    if (not nouns or length > 3 or any(n in _ANY_COLUMN for n in nouns)
            or any(w in _NO_ATTRIBUTE for w in phrase)):
        return None
    if _header_says(phrase, nouns, table, question):
        return None
    headers = [str(name) for name in table.header]
    header_words = [_words(readable_header(header)) for header in headers]
    given = query.given_columns() if query is not None else set()
    if all(n in PLACE_WORDS for n in nouns) and any(words & PLACE_WORDS for column, words in enumerate(header_words)
                                                    if column not in given):
        return None   # (a place column other than the one that names the row: "Which county is Abilene in?" of
        #              `city` alone holds no county)
    if set(nouns) & _PERCENT_WORDS and any("%" in h or {"pct", "percent", "percentage"} & w
                                           for h, w in zip(headers, header_words)):
        return None
    cells = {cell_key(cell) for row in table.rows for cell in row if cell is not None}
    if " ".join(phrase) in cells or any(w in cells or n in cells for w, n in zip(phrase, nouns)):
        return None
    title_words = {singular(word) for word in re.findall(r"[a-z]+", table.title.lower())}
    known = title_words | {singular(w) for name in table.header for w in _words(readable_header(str(name)))}
    named = {singular(w.lower()) for w in _CAPITALISED.findall(question)} - known
    if query is not None and query.sel < len(table.types) and table.types[query.sel] == "real" \
            and set(nouns) <= title_words and not any(w not in cells for w in map(cell_key, named)):
        return None   # the measure the whole table is of: "the fertility rate for women aged 20-24 in Kenya in 1985"
        #               of `kenya_age_specific_fertility_rates`, whose columns are the age groups (not when the
        #               question names what no cell, header or title holds: "... in Uganda in 2010")
    return " ".join(phrase)


# A time the question asks about when nothing in the table is dated: no header names a time or is a year, no
# column's cells are mostly years or dates, and the year is in no cell nor in the table's name or title (a table
# of the 2000 election answers "... in 2000"). "What was Japan's savings ratio in 1965?", "In what year was the
# Carnethy record set?", "When did ... open?". Of WikiSQL's dev questions, no "in YEAR" one meets it (0 of 238)
# and 2 of 351 that ask when ("When did France come in second?", of a table whose `Second` holds names).
_IN_YEAR = re.compile(r"\b(?:in|during) (?P<year>1[89]\d\d|20\d\d)\b")
_ASKS_DATE = re.compile(r"^(?:(?:in |during )?(?:what|which) (?:calendar |fiscal )?(?:year|date|day|month|season)"
                        r"|on what (?:date|day)|what (?:is|was) the date\b)\b")
_ASKS_WHEN = re.compile(r"^when (?:did|was|were|is|are|does|do)\b")
_TIME_HEADER_WORDS = frozenset("""year years yr date dates season seasons month months day days week weeks period era
    decade founded established opened built born birth since joined released elected""".split())
_CLOCK_HEADER_WORDS = frozenset("""time times when term tenure from until to january february march april may june july
    august september october november december""".split())   # what "when" may also mean
_YEAR_TEXT = re.compile(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)")
_DATE_TEXT = re.compile(_YEAR_TEXT.pattern + r"|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\b\d{1,2}:\d\d"
                        r"|\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
                        r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?\s*\d", re.IGNORECASE)


def _dated(table: Table, words: frozenset[str] = _TIME_HEADER_WORDS) -> bool:
    """Whether some column of `table` holds a time: its header has one of `words` or is a year ("1997"), or at
    least half its cells are years or dates; or a header is another's with a year's last two digits (`count` and
    `count11`, the count of 2011: the columns are of two times; not `pop15` and `pop75`, of two ages)."""
    names = {str(name).strip().lower() for name in table.header}
    if any(year_of(name) is not None and len(year_of(name)) == 2 and re.sub(r"[ _.]?\d\d$", "", name) in names
           for name in names):
        return True
    for column, name in enumerate(table.header):
        if _words(readable_header(str(name))) & words or _YEAR_TEXT.search(str(name)):
            return True
        cells = [str(row[column]) for row in table.rows if row[column] not in (None, "")]
        if cells and 2 * sum(bool(_DATE_TEXT.search(cell)) for cell in cells) >= len(cells):
            return True
    return False


def _numbers_days(table: Table, query: Query | None) -> bool:
    """Whether the query selects a column headed `time` whose cells are whole numbers (days counted from a start;
    not a race's time, 39.75), or one that names each row by an identifier (`row ID` 'Row95321', `rownames`): the
    rows are the days a table of daily records asks about."""
    if query is None or query.sel >= len(table.header):
        return False
    header = str(table.header[query.sel])
    if (is_row_names(header) or _words(header) <= {"row", "id", "index", "obs"}) and len(table.rows) >= 2:
        cells = table.cells(query.sel)
        return len(cells) == len(table.rows) and len(set(cells)) == len(cells)
    if not _words(readable_header(header)) & {"time", "times"}:
        return False
    cells = [row[query.sel] for row in table.rows if row[query.sel] not in (None, "")]
    return bool(cells) and all(isinstance(cell, (int, float)) and float(cell).is_integer() for cell in cells)


def _without_named_rows(question: str, query: Query | None) -> str:
    """The question without each `=` condition's text value and the word after it, the noun of the row it names
    ("When was the Las Condes station accredited?" -> "When was the accredited?")."""
    for condition in query.conds if query is not None else ():
        value = str(condition.value).strip()
        if condition.operator == 0 and re.search(r"[A-Za-z]", value):
            question = re.sub(rf"(?<!\w){re.escape(value)}(?:\s+[A-Za-z]+)?", " ", question, flags=re.IGNORECASE)
    return question


def time_not_held(question: str, table: Table, query: Query | None = None) -> str | None:
    """The time the question asks about ("in 1965", "what year", "when") when nothing in the table is dated
    (see above), or None. A date or time asked is not declined when the column the model selects is one the
    question names ("When did France come in second?" selecting `Second`)."""
    text = " ".join(question.lower().split())
    year = _IN_YEAR.search(text)
    if year is not None:
        asked, words = year["year"], _TIME_HEADER_WORDS
    elif _ASKS_DATE.match(text):
        asked, words = "a date", _TIME_HEADER_WORDS
    elif _ASKS_WHEN.match(text):
        asked, words = "a time", _TIME_HEADER_WORDS | _CLOCK_HEADER_WORDS
    else:
        return None
    if year is None and _names_selected(_without_named_rows(question, query), table, query):   # the selected
        return None   # column says when (not the noun after a row's name: "the Las Condes station" of `station_code`)
    if asked == "a date" and re.match(r"^(?:on )?(?:what|which) days?\b", text) and _numbers_days(table, query):
        return None   # "Which day had the highest sne?" selecting `time`, the days counted 0, 1, 2 ...
    if _dated(table, words):
        return None
    if year is not None and _holds_year(table, asked):
        return None
    return asked


def _holds_year(table: Table, year: str) -> bool:
    """Whether the table's title, a header or a cell says `year`, or a header is written with its last two digits
    (`count11` of 2011, `sal87` of 1987; year_of: not `pop15` of 1965)."""
    held = re.compile(rf"(?<![\d.,]){year}(?!\d|[.,]\d)")
    return bool(held.search(table.title)) or any(held.search(str(header)) or year_of(str(header)) == year[2:]
                                                 for header in table.header) or any(
        cell == int(year) if isinstance(cell, (int, float)) else held.search(str(cell))
        for row in table.rows for cell in row if cell is not None)


def year_not_counted(question: str, table: Table) -> tuple[str, str] | None:
    """(the question's year, the column) when the question asks about a calendar year ("airline 4's cost in
    1990"), the table's time column counts its own periods (`year` 1, 2, ... 15: no cell, header or the title says
    a year or date), and nothing in the table holds that year; else None."""
    year = _IN_YEAR.search(" ".join(question.lower().split()))
    if year is None or _holds_year(table, year["year"]):
        return None
    timed = [column for column, name in enumerate(table.header)   # not `years` (in the majors): a duration
             if _words(readable_header(str(name))) & {"year", "yr", "season"}]
    for column in timed:
        cells = [row[column] for row in table.rows if row[column] not in (None, "")]
        if not cells or any(_DATE_TEXT.search(str(cell)) for cell in cells):
            return None
    return (year["year"], str(table.header[timed[0]])) if timed else None


_RATE_UNITS = frozenset("second minute hour day week month quarter season year decade period".split())   # "per day"


def per_category(question: str, table: Table) -> bool:
    """Whether the question asks for a value per group of a column that sorts rows into groups ("What is the
    average income per region?" of `region`, "per pot" of pots 1 to 4); not a rate ("income per capita", "spend
    per student"), nor a header's words (`Dividend per share`)."""
    headers = [{singular(w) for w in _words(readable_header(str(name)))} for name in table.header]
    for match in re.finditer(r"\bper\s+([a-z]+)\b", question.lower()):
        noun = singular(match[1])
        if any({"per", noun} <= words for words in headers):
            continue
        if any(noun in words and is_category(table, column) and (table.types[column] == "text" or noun not in
                                                                 _RATE_UNITS) for column, words in enumerate(headers)):
            return True   # (a number column too: "per pot" of pots 1 to 4; not a time unit: "accidents per day" is
            #               a daily rate, though the days of two years repeat)
    total = re.search(r"\b(?:total|sum)\b[^?]*\bper\s+([a-z]+)\s*\??\s*$", question.lower())
    if total and singular(total[1]) in _RATE_UNITS:   # "Total reported damage per year?" of several storms a year:
        noun = singular(total[1])                       # one total for each year
        return any(words == {noun} and is_category(table, column) for column, words in enumerate(headers))
    return False


def either_of_two_cells(question: str, table: Table, query: Query | None = None) -> bool:
    """Whether the question joins two cells of one text column with "or" ("Which districts in Kern or Tulare
    ...?"): rows matching either value, which one query's conditions (joined by AND) cannot keep. Not when the
    words are a header's or a cell's (_names_or_holds: 2 dev questions before), nor when `query` selects that
    column, unaggregated and unconditioned on it, for rows an `=` condition names: the question asks which of
    the two a row holds ("Is Derby in the North or the South?": SELECT location WHERE town = 'Derby'; not
    "Which location, North or South, has the higher average mortality?", a comparison of groups)."""
    def asks_which(column: int) -> bool:   # which of the two cells the named rows hold
        return query is not None and query.sel == column and query.agg == 0 and bool(query.given_columns()) \
            and all(c.column != column for c in query.conds)
    joined = _two_cells_joined(question, table, "or")   # ("True or False": one of several flag columns asked)
    return bool(joined) and not any(asks_which(column) for column in joined)


def aggregate_of_two_cells(question: str, table: Table, query: Query | None) -> bool:
    """Whether the question asks an aggregate of two cells of one text column joined by "and" ("What's the average
    outside temperature before and after insulation?" of `Insul`): two groups, or the rows of either, which one
    query's conditions (joined by AND) cannot keep. Only for a query with an aggregation; not when the words are a
    header's or a cell's (_names_or_holds)."""
    return query is not None and query.agg != 0 and bool(_two_cells_joined(question, table, "and"))


def _two_cells_joined(question: str, table: Table, joiner: str) -> list[int]:
    """The text columns two of whose cells the question says joined by `joiner` ("Kern or Tulare"), not as a
    header's words or a cell's (_names_or_holds)."""
    text = " ".join(question.lower().split())
    if not re.search(rf"\b{joiner}\b", text):
        return []
    return [column for column, kind in enumerate(table.types) if kind == "text" and any(
        not _names_or_holds(text[first:last], table)
        for _, _, first, last in cells_joined(text, table, column, joiner))]


def _names_or_holds(text: str, table: Table) -> bool:
    """Whether "A or B" is a header's words ("the Home or the Away" of `Home or Away`) or inside a cell of
    some column (`la or mi`): a name, not two values."""
    words = _words(text) - {"the"}
    if any(words <= _words(readable_header(str(name))) for name in table.header):
        return True
    return any(text in str(cell).lower() for row in table.rows for cell in row if isinstance(cell, str))


def compares_columns(query: Query, header: Sequence[str]) -> bool:
    """Whether a condition compares a column with another column's name ("In which districts did Bergeron get
    more votes than Coderre?": Coderre > 'Coderre' or Bergeron > 'Coderre', where `Coderre` is a column): the
    grammar compares a column with a value only."""
    names = [_words(readable_header(str(name))) for name in header]
    return any(c.operator != 0 and _words(str(c.value)) in names and _words(str(c.value)) for c in query.conds)


_THAN_A_COLUMN = re.compile(rf"\b{COMPARATIVE}\s+than\s+(?:the\s+|its\s+|their\s+)?(?P<other>[^?.,!]+?)\s*[?.!]?\s*$")


def _tokens(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", text.lower())


def than_a_column(question: str, table: Table) -> bool:
    """Whether the question compares one column with another by name ("For which gases is the 20yr GWP lower than
    the 100yr GWP?"): the words after "than" are all of one header's words, and another header is said in full
    before them. A condition compares a column with a value only (compares_columns finds the decoded form)."""
    match = _THAN_A_COLUMN.search(" ".join(question.lower().split()))
    if match is None:
        return False
    other, before = _tokens(match["other"]), set(_tokens(match.string[:match.start()]))
    if not re.search(r"[a-z]", match["other"]):
        return False   # "a 15122 greater than 15122": a number, though a header is written so
    named = {column for column, name in enumerate(table.header)
             if other in (_tokens(str(name)), _tokens(readable_header(str(name))))}
    return bool(named) and any(column not in named and _tokens(str(name)) and set(_tokens(str(name))) <= before
                               for column, name in enumerate(table.header))


# "Which companies scored higher than Volkswagen AG?": a comparative, a few words, "than" and what it is compared with
_THAN_A_ROW = re.compile(rf"^(?:which|who|what|how many|list|name)\b.*\b{COMPARATIVE}\b(?:\s+[\w'-]+){{0,6}}?\s+than\s+"
                         r"(?:the\s+)?(?P<other>[^?.!]+?)(?:'s|s')?(?:\s+(?:does|did|do|is|was|are|were|has|had))?"
                         r"\s*[?.!]?\s*$")


def than_a_row(question: str, table: Table) -> bool:
    """Whether the question compares rows with one row it names ("Which fires grew larger than HWF036?", "Which
    countries spend a bigger share of GDP on education than Denmark?"): what follows "than" is a whole cell of a
    text column, not a number. A condition compares a column with a value only; the row's value is not given."""
    text = " ".join(question.lower().split())
    match = _THAN_A_ROW.search(text)
    if match is None or re.match(r"[$€£]?[-+.]?\d", match["other"]):
        return False
    if any(" than " in cell and cell in text for column, kind in enumerate(table.types) if kind == "text"
           for cell in table.cells(column, lower=True)):
        return False   # "the comparison result Rate significantly higher than Statewide Rate": a cell said
    return any(match["other"] in table.cells(column, lower=True)
               for column, kind in enumerate(table.types) if kind == "text")


_SAME_AS = re.compile(r"^(?:which|who|what|how many|list|name)\b.*\bthe same\s+"
                      r"(?P<what>(?:[\w-]+\s+){0,4}?[\w-]+)\s+as\s+(?![$€£]?[-.]?\d)")


def same_as_another_row(question: str, table: Table) -> bool:
    """Whether the question asks for the rows that share a value with another row it names ("Which states are in
    the same Hanson 2003 region as Sonora?"): the grammar cannot take a value from one row to pick others. Not
    where what is shared names each row once ("Who won the men's doubles the same year as Petre won the women's
    singles?" of a table of years: the same row)."""
    match = _SAME_AS.search(" ".join(question.lower().split()))
    if match is None:
        return False
    words = {singular(w) for w in _tokens(match["what"])}
    named = [c for c, header in enumerate(table.header) if words & {singular(w) for w in _tokens(str(header))}]
    return not any(len(set(table.cells(c, lower=True))) == len(table.rows) for c in named)


_OPPOSITE = {"oldest": "youngest newest latest", "earliest": "latest", "best": "worst", "fastest": "slowest"}
_SUPERLATIVE = re.compile(r"\b(?:(?P<quantity>most|least)\s+(?P<adjective>(?!(?:and|the|of|in|on|for|or)\b)[a-z]+)|"
                          r"(?P<word>[a-z]+est|most|least|highest|lowest|"
                          r"biggest|smallest|fewest|best|worst|maximum|minimum))\b")


_NEGATED = re.compile(r"\b(?:is|are|was|were|be)\s+not\s+(?P<said>[a-z][\w-]*(?:\s+[a-z][\w-]*)?)")


def negated(question: str, table: Table) -> bool:
    """Whether the question asks for the rows where a value is not something ("Which counties are not white?",
    "... when the 3rd throw is not 8"): a not-equal condition, which the grammar cannot say; not a cell that says
    "not" itself (WikiSQL's "not held", "did not qualify")."""
    matches = list(_NEGATED.finditer(question.lower()))
    cells = [str(cell).lower() for row in table.rows for cell in row if cell is not None] if matches else []
    for match in matches:
        words = match["said"].split()
        said = [f"not {' '.join(words[:n])}" for n in (1, len(words))]
        if not any(phrase in cell for phrase in said for cell in cells):
            return True
    return False


def opposite_superlatives(question: str) -> bool:
    """Whether two superlatives of opposite directions are joined by "and", at most 4 words apart: "the
    cheapest and the most expensive", "the oldest and the youngest" (two answers; "the tallest and heaviest" is one)."""
    text = " ".join(re.findall(r"[a-z]+", question.lower()))
    found = [(m.start(), m.end(), m["word"] or f"{m['quantity']} {m['adjective']}")
             for m in _SUPERLATIVE.finditer(text)]
    def way(word: str) -> bool | None:   # "most expensive": descending, "least expensive": ascending
        return word.startswith("most ") if " " in word else direction(word)
    for (_, end, first), (start, _, second) in zip(found, found[1:]):
        between = text[end:start].split()
        if "and" not in between or len(between) > 4:
            continue
        if None not in (way(first), way(second)) and way(first) != way(second):
            return True
        if any(b in _OPPOSITE.get(a, "").split() for a, b in ((first, second), (second, first))):
            return True
    return False


def impossible_condition(query: Query | None, table: Table) -> str | None:
    """Why a condition of `query` holds for no row whatever the question meant, or None: a number column
    compared with a value in which the official engine finds no number (`WRIT = 'better'`, `sober > 'men'`) or
    equal to a number no cell holds (`Year = 1970` of a table of 1947-1962), or
    a text column equal to a value that no cell of it holds, not even inside a longer cell, case and
    punctuation aside (`trade = 'plumber'` of a table without plumbers: what the question asks is not in the
    table). None for no query. What it declines on the official dev set is in benchmarks/RESULTS.md."""
    for condition in query.conds if query is not None else ():
        if condition.column >= len(table.header):
            continue
        header = table.header[condition.column]
        if table.types[condition.column] == "real":
            number = read_number(condition.value)
            if number is None:
                return f"{header!r} holds numbers, and the question compares it with {str(condition.value)!r}"
            if condition.operator == 0 and not any(read_number(row[condition.column]) == number for row in table.rows):
                return f"no row of this table has {str(condition.value)!r} in {header!r}"
        elif holds_no_cell(condition, table):
            return f"no row of this table has {str(condition.value)!r} in {header!r}"
    if query is not None and query.agg == AGGREGATION_OPS.index("COUNT") and table.types[query.sel] == "real":
        # "How many new cases did herd 2 have in period 4?" of a herd not followed in period 4: COUNT = 0 would
        # answer a number the table does not hold
        equal = [c for c in query.conds if c.operator == 0]
        holds = [(c.column, holding(c.value)) for c in equal]
        if len(equal) >= 2 and not any(all(held(row[column]) for column, held in holds) for row in table.rows):
            said = " and ".join(f"{str(c.value)!r} in {table.header[c.column]!r}" for c in equal)
            return f"no row of this table has {said} together"
    return None


def no_value_held(query: Query, table: Table, result: Sequence[object], rows: Sequence[int]) -> str | None:
    """Why the executed `query` answers nothing, or None: rows matched, but the selected column is empty in every
    one of them (a year the table has a column for but no figures: `2013` of a World Bank table), so its value or
    its MAX, MIN, SUM or AVG is NULL. Not a COUNT (0 is an answer), nor no row matched (none is an answer too)."""
    if query.agg == AGGREGATION_OPS.index("COUNT") or not rows or not result:
        return None
    if all(value is None or str(value).strip() == "" for value in result):
        return f"this table holds no value in {table.header[query.sel]!r} for the rows asked about"
    return None


def alphabetical_extreme(query: Query, types: Sequence[str]) -> str | None:
    """Why `query`'s answer means nothing, or None: MAX or MIN of a column typed text (its alphabetical
    last or first value, not the row with the largest value of another column)."""
    if query.agg in EXTREMES and types[query.sel] == "text":
        return (f"the {AGGREGATION_OPS[query.agg]} of a text column is only its alphabetical "
                f"{'last' if query.agg == EXTREMES[0] else 'first'} value; the question likely asks for the row "
                f"with the largest or smallest value of another column")
    return None


def arithmetic_of_text(query: Query, table: Table) -> str | None:
    """Why `query`'s answer means nothing, or None: SUM or AVG of a column typed text whose cells are mostly words
    or dates (tables.mostly_words: "On average, how many days did a cat stay?" decoded AVG(intake_date)). No
    official dev query and no query of the held-out sets sums or averages a text column."""
    if query.agg not in (SUM, AVG) or query.sel >= len(table.header) or table.types[query.sel] != "text" \
            or not mostly_words(table.cells(query.sel)):
        return None
    return (f"the {AGGREGATION_OPS[query.agg]} of a column of text ({table.header[query.sel]!r}) adds up no numbers; "
            f"the question likely asks for arithmetic one query does not do")


_SHARE_WORDS = re.compile(r"\b(?:share|fraction|ratio|proportion|percentage|percent)\b")
_SHARE_HEADER_WORDS = frozenset("percent percentage pct pc share shares rate ratio prop proportion frac".split())


def holds_shares(table: Table, column: int) -> bool:
    """Whether a column holds shares: `%` in its header or its cells ("34%"), or a number column with a header
    word that says so (`pct`, `share`, `rate`) or cells all between 0 and 100, one at least not a whole number.
    A question asking for "the share of ..." reads it; of a column of counts it asks for arithmetic."""
    if column >= len(table.header):
        return False
    header = str(table.header[column])
    if "%" in header or any(str(row[column]).strip().endswith("%") for row in table.rows):
        return True
    if table.types[column] != "real":
        return False
    if _words(readable_header(header)) & _SHARE_HEADER_WORDS:
        return True
    numbers = _read_numbers(table, column)
    return bool(numbers) and all(0 <= n <= 100 for n in numbers) and any(n != int(n) for n in numbers)


def _read_numbers(table: Table, column: int) -> list[float]:
    """The numbers a column's cells read as for the official engine (read_number), cells that read none left out."""
    return [number for number in (read_number(row[column]) for row in table.rows) if number is not None]


def _named_percentages(question: str, table: Table, column: int) -> bool:
    """Whether a number column of whole numbers from 0 to 100 (`trks`, `conventional`: percentages written whole,
    which holds_shares does not take for shares, as counts look the same) is the one the question names after it
    asks for a share: "What percent of the traffic on section 24 is trucks?"."""
    if column >= len(table.header) or table.types[column] != "real":
        return False
    numbers = _read_numbers(table, column)
    if not numbers or not all(0 <= n <= 100 and n == int(n) for n in numbers):
        return False
    asked = _SHARE_WORDS.search(question.lower())
    nouns = [singular(w) for w in re.findall(r"[a-z]+", question.lower()[asked.end():])] if asked else []
    return names_column(nouns, str(table.header[column]), question)


_RATIO_OF_TWO = re.compile(r"\b(?:ratio|proportion) (?:of|between) [^?]*\b(?:to|and)\b")   # "the ratio of the copper
#                                                                 price to the aluminium price": two values, not a share


_PER = re.compile(r"\b(?P<numerator>[a-z]+) per (?:\d+ |a |one |every )?(?P<denominator>[a-z]+)\b")   # "protein per
#                                                                                           100 calories"


def ratio_of_columns(question: str, table: Table) -> bool:
    """Whether the question asks for one column per another number column ("What's the price per carat of the
    1.09 carat stone?" of `price` and `carat`): arithmetic between two cells, unless one header holds both words
    (`Points per game`)."""
    headers = [{singular(w) for w in _words(readable_header(str(name)))} for name in table.header]
    for match in _PER.finditer(question.lower()):
        numerator, denominator = singular(match["numerator"]), singular(match["denominator"])
        if any(numerator in words and denominator in words for words in headers):
            continue
        if any(numerator in words for words in headers) and any(
                denominator in words for words, kind in zip(headers, table.types) if kind == "real"):
            return True   # (not "the average emissions per country": per row of a column of names)
    return False


_ASKED_THING = re.compile(r"^(?:(?:in|at|for|from|on|by) )?which (?P<np>[a-z]+(?: [a-z]+)??) (?:did|does|do|was|is|"
                          r"were|are|has|have|had|made|makes|operates|operated|owns|owned|runs|ran)\b")


def thing_not_held(question: str, table: Table, query: Query | None) -> str | None:
    """The thing "Which <noun> ...?" asks of a row the question names by another noun and its number ("Which
    driver made delivery 5?", "Which rubber compound was specimen 5?") when no column holds that noun and the
    query answers with a number (the rows' numbers number deliveries and specimens, not drivers); else None."""
    if query is None or query.sel >= len(table.header) or table.types[query.sel] != "real":
        return None
    text = " ".join(question.lower().replace("’", "'").split())
    asked = _ASKED_THING.match(text)
    if asked is None:
        return None
    phrase = asked["np"].split()
    nouns = [singular(w) for w in phrase]
    spoken = " ".join(question.replace("’", "'").split())   # (as written: "on the Big 5" names no row)
    numbered = {singular(noun) for noun in numbered_row_nouns(spoken, names=False)
                + numbered_row_nouns(spoken[asked.end():].strip(), names=False)} - set(TIME_WORDS)
    #           (the object of its verb too: "made delivery 5", "operates field 7"; not a time: "on day 9023")
    if not numbered or numbered & set(nouns) or set(nouns) & (set(TIME_WORDS) | _ANY_COLUMN):
        return None   # (not "Which year ...", "Which mode had ... for traveller 81?" of `mode`, named below)
    if _header_says(phrase, nouns, table, question):
        return None
    cells = {cell_key(cell) for row in table.rows for cell in row if cell is not None}
    return None if any(n in cells for n in nouns + phrase) else " ".join(phrase)


# "What year are these state figures from?", "Where were these plants surveyed?", "Who collected this data?": the
# table itself asked about (when, where, by whom its rows were taken), which none of its rows says. None of WikiSQL's
# 8,421 dev questions says "these" or "this table"; no answerable question of the read sets asks so.
_OF_THE_TABLE = re.compile(r"^\s*(?:(?:in )?(?:what|which) year|when|where|who)\b.*\b(?:(?:are|were|is|was) these|"
                           r"this (?:table|data|dataset|survey|study))\b", re.IGNORECASE)   # (not "among these states")


# Units by what they measure: the words a header or a question writes them with -> one name per unit.
_UNITS = {
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
_UNIT_OF = {word: (dimension, unit) for dimension, words in _UNITS.items() for word, unit in words.items()}
# "in metres", "in kilograms rather than ...": the unit the question wants its number in, said at the end (not "in
# m": a letter alone is no unit a question asks in)
_NOT_ASKED_UNITS = frozenset({"mi", "kn", "bar", "atm", "gal", "ml", "mw"})   # "in MI" is Michigan, "in bar" a bar
_ASKED_IN = re.compile(r"\bin (?:the )?(?:units? of )?([a-z]{2,})(?:\s+(?:rather|instead)\b.*)?\s*[?.!]?\s*$")


def _header_unit(header: str) -> tuple[str, str] | None:
    """(what it measures, unit) of the unit a header writes: in brackets, `Height (m)`, `mass [kg]`; as its last
    word, `elevation_ft`, `Power kW`; or as the header itself, `hp`, `mph`."""
    text = str(header).strip()
    bracketed = re.findall(r"[(\[]\s*([A-Za-z°/]+)\s*[)\]]", text)
    words = re.findall(r"[A-Za-z]+", text)
    for candidate in bracketed[-1:] + words[-1:]:
        key = candidate.lower().replace("°", "deg")
        if key in _UNIT_OF and (len(words) > 1 or len(key) >= 2):
            return _UNIT_OF[key]
    return None


def other_unit(question: str, table: Table, query: Query | None) -> str | None:
    """The unit a question asks a number in ("What is the elevation of the airport in metres?") when the selected
    column writes its numbers in another unit of the same measure (`elevation_ft`; `828 ft` cells; `hp` for
    "in kilowatts"): a conversion, arithmetic one query does not do. None when the units agree or either is
    unknown."""
    if query is None or query.sel >= len(table.header) or table.types[query.sel] != "real":
        return None
    asked = _ASKED_IN.search(question.lower().strip())
    if asked is None or asked[1] not in _UNIT_OF or asked[1] in _NOT_ASKED_UNITS:
        return None
    held = _header_unit(str(table.header[query.sel]))
    template = table.units[query.sel] if table.units else None
    if held is None and template:
        written = re.sub(r"[{}\d\s]", "", template).lower().replace("°", "deg")
        held = _UNIT_OF.get(written)
    wanted = _UNIT_OF[asked[1]]
    return asked[1] if held is not None and held[0] == wanted[0] and held[1] != wanted[1] else None


# header words of a column that may say where: a place's own words, and coordinates, addresses, sites of a survey
_WHERE_HEADER_WORDS = PLACE_WORDS | frozenset("""where address station area zone origin destination lat latitude lon
    long longitude locality plot field habitat source""".split())


def place_not_held(question: str, table: Table, query: Query | None) -> bool:
    """Whether "Where ...?" is asked of a table that holds no place: no header says a place, a site or coordinates
    (_WHERE_HEADER_WORDS) and the query looks up a number ("Where was sample 212 collected?" of chemical
    analyses, decoded SELECT Mg): a number says no place, unless the question names it ("Where does p11.1 start?" of
    `start`)."""
    if query is None or query.sel >= len(table.header) or table.types[query.sel] != "real" or query.agg != 0:
        return False   # (a lookup: WikiSQL's "Where's the first round that ... shows up?" is its MIN)
    if not re.match(r"\s*where\b", question.lower()) or _names_selected(question, table, query):
        return False   # ("Where does p11.1 start on chrX?" of `start`: a position the question names)
    return not any(_words(readable_header(str(name))) & _WHERE_HEADER_WORDS for name in table.header)


def rows_noun_not_held(question: str, table: Table, query: Query | None) -> str | None:
    """The noun a superlative asks for ("Which brand made the most expensive PC?") when no header names it and
    the query answers with a column of two values at most (`premium` yes/no) that the question does not name:
    such a column tells no row from another, so what is asked is not in the table; else None."""
    if query is None or query.order is None or query.sel >= len(table.header):
        return None
    asked = asked_for(question)
    if asked is None or asked[0] not in ("row", "noun"):
        return None
    nouns = [singular(w) for w in asked[1] if w.isalpha() and superlative_word(w, table) is None]
    cells = set(table.cells(query.sel, lower=True))
    if not nouns or len(cells) > 2 or any(names_column(nouns, str(header), question) for header in table.header):
        return None
    return " ".join(nouns)


_HOW_LONG = re.compile(HOW_LONG)
_DURATION_WORDS = frozenset("""duration length tenure term lasted years months weeks days hours minutes delay late
    early""".split())


def how_long_held(question: str, table: Table) -> bool:
    """Whether a question asking how long something lasted or how late it was (HOW_LONG) has a number column to read
    it from, headed with a word of durations (`duration`, `tenure`, `DEP_DELAY`, `minutes late`); a column of dates
    headed `Term (yyyy.mm.dd)` is none."""
    return _HOW_LONG.match(" ".join(question.lower().split())) is not None and any(
        kind == "real" and set(re.findall(r"[a-z]+", readable_header(str(header)).lower())) & _DURATION_WORDS
        for header, kind in zip(table.header, table.types))


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


def cannot_answer(question: str, query: Query | None, table: Table) -> str | None:
    """Why one query cannot answer `question` over `table` (with `query`, the one decoded), or None."""
    form = outside_grammar(question, table.header, table.title)
    if form == "arithmetic between values" and query is not None and (
            holds_shares(table, query.sel) or _named_percentages(question, table, query.sel)) and \
            not _RATIO_OF_TWO.search(question.lower()) and not re.search(r"\bby what\b", question.lower()) and \
            outside_grammar(_SHARE_WORDS.sub("value", question.lower()), table.header) is None:
        form = None   # "What share of married women in Indonesia use contraception?" of a column of percentages
    if form == STATISTIC and statistic_held(question, query, table):
        form = None   # "What's the median income in Leon County?" of a column of the counties' median incomes
    if form == "arithmetic between values" and how_long_held(question, table):
        form = None   # "How many years did Alfredo Stroessner's spell last?" of a table with `duration`
    if form == "arithmetic between values" and change_held(question, table):
        form = None   # "By how much did Milton's population change from 2001 to 2006?" of `pop_change_2001_2006_pct`
    if form in (None, "grouping") and superlative_of_a_change(question, table):   # "gained the most over the whole
        #                                                                         period": a change, not a total
        form = "arithmetic between values"   # the change from one row to the next
    if form is None and ratio_of_columns(question, table):
        form = "arithmetic between values"   # "the price per carat": one column divided by another
    if form is None and per_category(question, table):
        form = "grouping"   # "the average income per region"
    if form is None and run_of_rows(question, table):
        form = "a run of consecutive rows"   # "What was the longest run of nights above 15 degrees?"
    if form is None and distinct_count(question, table, query):
        form = "a count of distinct values (COUNT DISTINCT)"   # "How many distinct regions are listed?"
    if form is None and groups_set_against(question, table):
        form = "grouping"   # "Average flash point of the alcohols versus the amines"
    if form is None and period_of_days(question, table):
        form = "grouping"   # "Which week had the worst return?" of a table of days
    if form is None and either_of_two_cells(question, table, query):
        form = "either of two values (OR)"
    if form is None and aggregate_of_two_cells(question, table, query):
        form = "an aggregate of two values of one column at once"   # "before and after insulation"
    if form is None and (query is not None and compares_columns(query, table.header) or than_a_column(question, table)):
        form = "a comparison between two columns"
    if form is None and (than_a_row(question, table) or same_as_another_row(question, table)):
        form = "a comparison between rows"   # "Which companies scored higher than Volkswagen AG?"
    if form is None and negated(question, table):
        form = "a condition the grammar cannot say (not equal)"   # "How many people in Brown county are not white?"
    if form is None and opposite_superlatives(question):
        form = "two aggregates at once"   # "the cheapest and the most expensive"
    unit = other_unit(question, table, query) if form is None else None
    if unit is not None:
        form = f"a number in another unit ({unit}) than the table's: a conversion"
    if form is None and _OF_THE_TABLE.match(question):
        form = "what the table itself was taken from (when, where, by whom), which no row says"
    if form is None and query is not None and query.sel < len(table.header):
        word = superlative_word(question, table)
        if word is not None and grouped_by(question, word, table, query.sel):
            form = "grouping"   # "Which county has the highest average test score?" over a table of districts
        elif word is not None and (query.order is not None or alphabetical_extreme(query, table.types)) and \
                asked_for(question) is not None and counted_rows(question, word, table):
            form = "grouping"   # "Which polling organisation ran the most polls?": rows counted per group
        elif word is not None and counted_per_group(question, word, table, query):
            form = "grouping"   # "Which year had the most operations?" read MAX(year)
    if form is not None:
        return f"one query over this table cannot answer it: it asks for {form}"
    unnamed = rows_noun_not_held(question, table, query) or counted_of_one_row(question, table, query)
    if unnamed is not None:
        return f"no column of this table holds what it asks for ({unnamed})"
    attribute = missing_attribute(question, table, query) or thing_not_held(question, table, query) or (
        "a place" if place_not_held(question, table, query) else None)
    if attribute is not None:
        return f"no column of this table holds what it asks for ({attribute})"
    time = time_not_held(question, table, query)
    if time is not None:
        asked = f"what was so in {time}" if time[0].isdigit() else "when"
        return f"nothing in this table is dated: it cannot say {asked}"
    counted = year_not_counted(question, table)
    if counted is not None:
        return f"this table's {counted[1]!r} counts periods, not calendar years: nothing in it is of {counted[0]}"
    outside = year_outside_the_years(question, table)
    if outside is not None:
        return f"this table's {outside[0]!r} holds no {outside[1]}: nothing in it is of that year"
    year = year_not_held(question, table, query)
    if year is not None:
        return f"this table's {year[0]!r} is of {year[1]}; nothing in it is of {year[2]}"
    name = name_not_held(question, table, query)
    if name is not None:
        return f"no row of this table has {name!r}"
    if answers_whole_column(query, table) and not _LISTS.search(question):   # no question but "List all the ..."
        if HOW_MANY.match(question):
            return "it asks how many, but nothing in this table picks the rows to count or the value to give"
        return "nothing in this table picks the rows it asks about: the answer would be a whole column"
    return alphabetical_extreme(query, table.types) or arithmetic_of_text(query, table) if query is not None else None


# A query with no condition, aggregation or ordering answers with a whole column: "How many of the skulls are male?"
# of a table without sex, "What was the total capital expenditure on each continent?" of a table of countries. Of the
# 2,261 answerable questions of the held-out sets, only "What are all the director values?" asks for that; none of
# WikiSQL's 8,421 dev questions does.
_LISTS = re.compile(r"\b(?:list|listed|all|every|values)\b", re.IGNORECASE)
# a capitalised word a question names a row with ("the Bahamas", "Hong-Kong"); not the question's first word
_CAPITALISED = re.compile(r"(?<=\s)[A-Z][A-Za-z'.-]*[a-z][A-Za-z'.-]*")
_NOT_NAMES = frozenset("""i what which who whom whose when where how why is are was were did do does the a an
    in on of for and or total average sum count number""".split())


def answers_whole_column(query: Query | None, table: Table) -> bool:
    """Whether `query` answers with a whole column of a table of two rows or more: no condition, aggregation or
    ordering."""
    return (query is not None and not query.conds and query.agg == 0 and query.order is None
            and len(table.rows) > 1)


def name_not_held(question: str, table: Table, query: Query | None) -> str | None:
    """A name the question asks about that nothing in the table holds, when the query has no condition, no
    aggregation and no ordering, so that it would answer with the whole column: "What was the net income of the
    affiliates in the Bahamas?" of a table without the Bahamas (the model found no cell to make a condition of).
    A name is a capitalised word after the first, in no header, no cell, nor the table's title, and no adjective
    of a place a cell holds ("American" of `America`). None otherwise."""
    if not answers_whole_column(query, table):
        return None
    text = " ".join(
        [str(h) for h in table.header] + [table.title] + [str(cell) for row in table.rows for cell in row]).lower()
    held_words = set(re.findall(r"[a-z0-9]+", text))
    header_words = set(re.findall(r"[a-z0-9]+", " ".join(str(h) for h in table.header).lower()))
    for match in _CAPITALISED.finditer(question):
        word = match.group(0).strip(".'-")
        parts = re.findall(r"[a-z0-9]+", word.lower())
        if not parts or word.lower() in _NOT_NAMES or any(w in held_words for w in parts) or any(
                h.startswith(w) for w in parts if len(w) >= 3 for h in header_words):
            continue   # (the start of a header: "Net" of `netinc`)
        if any(part.startswith(held) or held.startswith(part) for part in parts for held in held_words
               if len(held) >= 4 and len(part) >= 4 and part[:4] == held[:4]):
            continue   # "American" of `America`, "Germans" of `Germany`
        return word
    return None


def year_outside_the_years(question: str, table: Table) -> tuple[str, str] | None:
    """(the column, the question's year) when the question asks about a calendar year ("Messi's base salary in
    2023"), a column headed as years (`year`, `season`) holds only whole years, and nothing in the table (title,
    header or cell) holds the year asked; else None."""
    year = _IN_YEAR.search(" ".join(question.lower().split()))
    if year is None or _holds_year(table, year["year"]):
        return None
    for column, name in enumerate(table.header):
        if not _words(readable_header(str(name))) <= {"year", "yr", "season"}:
            continue
        cells = [row[column] for row in table.rows if row[column] not in (None, "")]
        if cells and all(_YEAR_TEXT.fullmatch(str(cell).strip().removesuffix(".0")) for cell in cells):
            return str(name), year["year"]
    return None


def year_not_held(question: str, table: Table, query: Query | None) -> tuple[str, str, str] | None:
    """(header, its year, the question's year) when the query reads a column named with a year (`Pop1831`), the
    question asks about another year ("the population of Ain in 1851"), and no header nor cell holds that year;
    else None."""
    years = set(YEAR.findall(question))
    if query is None or len(years) != 1:
        return None
    asked = years.pop()
    columns = [query.sel] + [c.column for c in query.conds]
    named = [(c, year_of(str(table.header[c]))) for c in columns if c < len(table.header)]
    named = [(c, y) for c, y in named if y is not None and len(y) == 4 and y != asked]
    said = re.compile(rf"(?<!\d){asked}(?!\d)")
    if not named or any(said.search(str(header)) for header in table.header) or any(
            said.search(str(cell)) for row in table.rows for cell in row):
        return None
    column, year = named[0]
    return str(table.header[column]), year, asked
