"""What a question asks that the table does not hold: an attribute of a row (missing_attribute), a thing asked of
a numbered row (thing_not_held), a place (place_not_held), the rows' noun (rows_noun_not_held), a name, when the query
would answer a whole column (name_not_held, answers_whole_column), and when, where or by whom the table itself was
taken (_OF_THE_TABLE).
"""
from __future__ import annotations

import re
from typing import Sequence

from wikisql.content import cell_key
from wikisql.corrections import YES_NO, initials_of, value_column
from wikisql.declining.common import _names_selected, _reads_any_noun, _words
from wikisql.encoding import (
    NAME_HEADERS,
    header_readings,
    names_column,
    numbered_row_nouns,
    plain_header,
    readable_header,
    singular,
)
from wikisql.query import AGGREGATION_OPS, Query
from wikisql.schema import Table
from wikisql.superlatives import (
    KIND_HEADER_WORDS,
    PERSON_WORDS,
    PLACE_WORDS,
    TIME_WORDS,
    asked_for,
    cells_end_with,
    superlative_word,
)
from wikisql.tables import count_cells

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
_AGGREGATE_WORDS = frozenset(("average", "mean"))   # an average asked of the rest of the phrase ("total": left alone)
_PERCENT_WORDS = frozenset("percentage percent share".split())
# "kind of X", "X type": X is asked, unless a column holds kinds
_KIND_WORDS = frozenset({"kind", "kinds", "type", "types", "sort", "sorts"})
_DOING = frozenset({"did", "does", "do", "has", "have", "had"})


def _header_says(phrase: Sequence[str], nouns: Sequence[str], table: Table, question: str) -> bool:
    """Whether a header holds what the question asks for: it names the nouns (encoding.names_column; never a data
    frame's row names nor the numbers of a study's units, which read any noun asked) or is a code of the phrase
    ("speed limit" of `slim`, "integrity rating" of `INTG`, "black residents" of `popblack`: _code_of), or says its
    words by their initials ("SDR" of `standard_dimension_ratio`: corrections.initials_of), or a text
    column's cells end with the asked noun ("district" of cells "Far North District": superlatives.cells_end_with)."""
    headers = [str(name) for name in table.header]
    readings = header_readings(headers, question)   # a letter code read among the others: `S` "entropy" beside `H`
    if nouns and any(kind == "text" and cells_end_with(table, c, nouns[-1]) for c, kind in enumerate(table.types)):
        return True   # "What district is Kerikeri in?" of `admin2` cells "Far North District"
    return any(names_column(nouns, header, question) for header in headers   # and `G`, `c` "crime" beside `i`, `u`
               if readable_header(header) != "name" and not _reads_any_noun(header, question)) or any(
        _code_of(phrase, header) for header in headers) or (
        len(phrase) == 1 and any(initials_of(header) == phrase[0] for header in headers)) or any(
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
    if query is not None and query.sel == value_column(table):
        return None   # a table in long form holds any measure in its `Value` column: "the carbon intensity of diesel"
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
    aggregated = [w for w in phrase if w not in _AGGREGATE_WORDS]
    if aggregated and len(aggregated) < len(phrase):   # "the mean annual temperature at Tromso": the temperature
        phrase, length = aggregated, length - (len(phrase) - len(aggregated))
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
