"""The question forms one query cannot answer, found by their words (FORMS, tried in order by outside_grammar);
what shows that the table answers one after all (statistic_held, change_held, how_long_held, holds_shares,
_named_percentages); and arithmetic the forms' words miss: a superlative of a change (superlative_of_a_change), one
column per another (ratio_of_columns), a quantity a rate is per (quantity_of_a_rate_unit), a number asked in another
unit (other_unit).
"""
from __future__ import annotations

import re
from typing import Sequence

from wikisql.corrections import COMPARATIVE, UNIT_OF, YES_NO, header_unit
from wikisql.database import read_number
from wikisql.declining.common import EXTREME, EXTREMES, LEAST, MOST, _words
from wikisql.decoding import AVG
from wikisql.encoding import (
    YEAR,
    abbreviation_reading,
    header_readings,
    names_column,
    numbers_units,
    percentile_readings,
    readable_header,
    singular,
)
from wikisql.query import Query
from wikisql.schema import Table
from wikisql.superlatives import BOUND, CHANGE_HEADER_WORDS, superlative_word
from wikisql.tables import count_cells

# (form, pattern) in the order they are tried; patterns see the question lower-cased, spaces collapsed. The
# words of the match (or of its group `key`) that are all one header's words name a column, not the form.
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
    ("two aggregates at once", r"\b(?:total|sum|average|mean|maximum|minimum)\s+(?:[\w&'-]+\s+){0,4}?and\s+(?:the\s+)?"
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
    ("two aggregates at once",   # "the average flowering day and the latest full-bloom day"
     r"\b(?:average|mean|total|sum)\s+(?:[\w-]+\s+){1,3}and\s+(?:the|its|their)\s+"
     r"(?P<key>[a-z]{3,}est(?:\s+[a-z-]+)?)\b"),
    ("two aggregates at once",   # "Show both the mean and the median annual wage of pharmacists"
     r"^(?:please )?(?:show|give|list|tell)(?: me)? both\b|^what (?:is|are|was|were) both\b"),
    ("two aggregates at once",   # "How many respondents and what average age for the Strong democrat group?"
     r"^how many\b[^?]*\band (?:what|the|their|its) (?P<key>(?:average|mean|total|median|highest|lowest)"
     r"(?: [a-z]+)?)\b"),
    ("grouping",   # "How many letter sizes versus number sizes are there?": one count for each of two groups
     r"\b[a-z]+ (?P<noun>[a-z]+s) (?:versus|vs\.?|against) [a-z]+ (?P=noun)\b"),
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
    ("arithmetic between values",   # "How many years older is patient 260 than patient 7?": two rows' difference
     r"^how (?:many|much) (?:[a-z]+ )?(?:older|younger|taller|shorter|heavier|lighter|more|less|fewer|longer|bigger|"
     r"larger|smaller|higher|lower|earlier|later) (?:[a-z]+ )?(?:is|was|are|were|did|does|do|has|had)\b[^?]*\bthan\s+"
     r"(?![-$€£]?\d)"),   # (not "... than 5", a comparison with a number)
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
    ("a comparison between two columns or rows",   # "How many alternatives are cheaper than the one that was chosen?",
     rf"\b{COMPARATIVE}\s+than\s+(?:on\s+|in\s+|at\s+|for\s+)?(?:the\s+(?:one|ones)\s+(?:that|which|who)\b|"
     r"the\s+(?:previous|prior|preceding|next|following)\b)"),   # "higher than on the previous day": another row
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
     rf"\b{BOUND}\s+[$€£]?[\d.,]*\d%?(?:\s+[a-z%]+)?\s+or\s+(?:[a-z]+\s+){{0,4}}?{BOUND}\s+[$€£]?\d"),
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
    ("grouping", r"^(?:which|what)\b[^?]*\b(?:is|was|are|were)\s+(?:the\s+)?(?:most|least)\s+"
                 r"(?P<popular>common|frequent)\b"),   # "Which vessel type is most common in the harbor?": the rows of
    #                             each kind, counted (unless a column counts them)
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


# "How many people voted Leave in Reading?": a count of people (or votes, cases), not of a share or rate said
_PEOPLE_COUNTED = re.compile(r"^\s*how\s+many\s+(?:people|persons|voters|votes|residents|inhabitants|citizens|men|"
                             r"women|children|students|patients|cases)\b(?![^?]*(?:\bper\b|\bpercent|\bshare|\brate|%))",
                             re.IGNORECASE)
_SHARE_END = re.compile(r"(?:share|pct|percent|percentage|rate|ratio|proportion|%)\W*$", re.IGNORECASE)


def count_of_shares(question: str, table: Table, query: Query | None) -> str | None:
    """The header of the column of shares a "How many people ...?" reads as a count, or None: "How many people voted
    Leave in Reading?" of `leaveVoteshare` (per cent of the vote) asks for a number of people the table does not
    give. Only for a column whose header says it holds shares (a share word, or `%`, at its end: `leaveVoteshare`,
    `Turnout %`) and holds_shares, selected as a row's value; not when the question asks for a share itself ("How
    many people per 1,000 ...", "... what percent")."""
    if query is None or query.agg != 0 or query.order is not None or query.sel >= len(table.header) \
            or not _PEOPLE_COUNTED.match(question):
        return None
    header = str(table.header[query.sel])
    if not (_SHARE_END.search(header) or _words(readable_header(header)) & _SHARE_HEADER_WORDS) \
            or not holds_shares(table, query.sel):
        return None
    return header


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
    (`Points per game`) or a rate per the same thing (`median_aed_per_sqft`)."""
    headers = [{singular(w) for w in _words(readable_header(str(name)))} for name in table.header]
    for match in _PER.finditer(question.lower()):
        numerator, denominator = singular(match["numerator"]), singular(match["denominator"])
        if any(numerator in words and denominator in words for words in headers) or any(
                "per" in words and denominator in words for words in headers):
            continue   # (or a header of that rate: "the price per sqft" of `median_aed_per_sqft`)
        if any(numerator in words for words in headers) and any(
                denominator in words for words, kind in zip(headers, table.types) if kind == "real"):
            return True   # (not "the average emissions per country": per row of a column of names)
    return False


_RATE_UNIT = re.compile(r"(?:/|\bper\b)\s*([A-Za-z]{2,})\s*\)?\s*$")   # `CO2e (metric ton/kWh)`: per kWh


def quantity_of_a_rate_unit(question: str, table: Table) -> bool:
    """Whether the question puts a number of the unit a number column is a rate per into what would happen ("How
    many tons of CO2 would 1,000 kWh in us-east-1 emit?" of `CO2e (metric ton/kWh)`, "a 10 kWh job"): the rate times
    that quantity, arithmetic one query does not do. Only for a question saying "would", and a number no cell
    holds."""
    if not re.search(r"\bwould\b", question.lower()):
        return False
    units = {match[1].lower() for kind, header in zip(table.types, table.header)
             if kind == "real" and (match := _RATE_UNIT.search(str(header).strip()))}
    for match in re.finditer(r"(?<![\w.,])(\d[\d,]*(?:\.\d+)?)\s*-?\s*([A-Za-z]{2,})\b", question):
        if match[2].lower() in units and not any(count_cells(table, column, match[1].replace(",", ""))
                                                 for column in range(len(table.header))):
            return True
    return False


# "in metres", "in kilograms rather than ...": the unit the question wants its number in, said at the end (not "in
# m": a letter alone is no unit a question asks in)
_NOT_ASKED_UNITS = frozenset({"mi", "kn", "bar", "atm", "gal", "ml", "mw"})   # "in MI" is Michigan, "in bar" a bar
_ASKED_IN = re.compile(r"\bin (?:the )?(?:units? of )?([a-z]{2,})(?:\s+(?:rather|instead)\b.*)?\s*[?.!]?\s*$")


def other_unit(question: str, table: Table, query: Query | None) -> str | None:
    """The unit a question asks a number in ("What is the elevation of the airport in metres?") when the selected
    column writes its numbers in another unit of the same measure (`elevation_ft`; `828 ft` cells; `hp` for
    "in kilowatts"): a conversion, arithmetic one query does not do. None when the units agree or either is
    unknown."""
    if query is None or query.sel >= len(table.header) or table.types[query.sel] != "real":
        return None
    asked = _ASKED_IN.search(question.lower().strip())
    if asked is None or asked[1] not in UNIT_OF or asked[1] in _NOT_ASKED_UNITS:
        return None
    held = header_unit(str(table.header[query.sel]))
    template = table.units[query.sel] if table.units else None
    if held is None and template:
        written = re.sub(r"[{}\d\s]", "", template).lower().replace("°", "deg")
        held = UNIT_OF.get(written)
    wanted = UNIT_OF[asked[1]]
    return asked[1] if held is not None and held[0] == wanted[0] and held[1] != wanted[1] else None
