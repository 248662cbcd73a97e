"""Table content: which question spans are cells of which column.

A question's condition values are almost always cells of the condition column, so knowing
that "duke" is a cell of `School` tells the model both the condition column and the value
span. Cells and question spans are compared by a key that ignores case, spacing and
punctuation (the reconstructed train tables are lower-cased and re-tokenised: `st . louis`
must meet `St. Louis`), and numbers by value (`1,000` = `1000` = `1000.0`).

    spans = ContentMatcher(table.rows).match(question, question_tokens)
    spans[j]   # inclusive (start, end) question-token spans that are cells of column j

Candidate spans start at the beginning of a word and end at the end of one (no `##`
continuation on either side), at most `max_tokens` wordpieces long. A function word of 3 letters or
more ("was") does not match a cell written only in capitals (the team code `WAS`) unless the question
writes it in capitals too.
"""
from __future__ import annotations

import bisect
import collections
import functools
import re
import unicodedata
from typing import Collection, Sequence

_NUMBER = re.compile(r"^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$")
# English function words of 3 letters or more: a question's "was" is no cell written only as the capitalised
# code `WAS` (a team) unless the question writes it so too. Shorter ones ("a", "in", "do") are codes that
# WikiSQL questions do write in lower case ("a 2012 of a" for `A`), so they keep matching.
CODE_LIKE_FUNCTION_WORDS = frozenset("""the and for but are was were been what which who whom whose when where
    how why that this these those there than then its did does has have had not""".split())


def _words_key(text: object) -> str:
    """Letters and digits, lower-cased, one space between runs: "London , United Kingdom" -> "london united kingdom"."""
    return " ".join(re.findall(r"[^\W_]+", str(text).lower()))


def _number(text: object) -> float | None:
    plain = str(text).strip().replace(",", "")
    return float(plain) if _NUMBER.match(plain) else None


def in_no_cell(value: object, cells: Collection[object]) -> bool:
    """Whether no cell holds `value`, not even inside a longer cell: letters and digits compared with case and
    punctuation ignored, numbers as numbers ("3" is "3.0"). False when there is nothing to compare."""
    key, number = _words_key(value), _number(value)
    filled = [cell for cell in cells if cell not in (None, "")]
    return bool(key and filled) and not any(
        key in _words_key(cell) or (number is not None and _number(cell) == number) for cell in filled)


def is_a_cell(value: object, cells: Collection[object]) -> bool:
    """Whether a cell is `value` whole, as cell_key compares them (case, punctuation and number formats ignored);
    in_no_cell also finds it inside a longer cell."""
    key = cell_key(value)
    return key is not None and any(cell_key(cell) == key for cell in cells if cell is not None)


@functools.lru_cache(maxsize=65536, typed=True)   # (every cell of a table, for every question on it)
def cell_key(text: object) -> str | None:
    """Comparison key of a cell or question span; None when nothing comparable is left.

    Numbers (thousands commas and spaces ignored) become `#` + their float value, so `3` and
    `3.0` meet but `1.5` never meets `15`; other text keeps only its lower-cased letters and
    digits (accents kept, `É` -> `é`).
    """
    if isinstance(text, bool):
        text = str(text)
    if isinstance(text, (int, float)):
        return f"#{float(text)!r}"
    text = str(text)
    compact = "".join(char for char in text if not char.isspace())
    numeric = compact.replace(",", "") if re.fullmatch(r"[-+]?\d{1,3}(,\d{3})+(\.\d*)?", compact) else compact
    if _NUMBER.match(numeric):
        try:
            return f"#{float(numeric)!r}"
        except ValueError:  # pragma: no cover - the pattern only lets floats through
            pass
    return _text_key(text) or None


def _text_key(text: str) -> str:
    """The lower-cased letters and digits of text (NFC): cell_key of text that is no number."""
    return "".join(char for char in unicodedata.normalize("NFC", text.lower()) if char.isalnum())


# a character no number has (cell_key's numbers: signs, digits, `.`, `,`, spaces, an exponent)
_NOT_NUMERIC = re.compile(r"[^-+0-9.,eE\s]")


def _cuts_number(text: str, position: int) -> bool:
    """Whether a span edge at character `position` cuts a number such as `3.5` or `1,000`
    (the tokenizer splits them at the separator: `3` and `5` alone are not cells there)."""
    before, after = text[max(position - 2, 0):position], text[position:position + 2]
    return ((before[-1:].isdigit() and len(after) == 2 and after[0] in ".," and after[1].isdigit())
            or (len(before) == 2 and before[0].isdigit() and before[1] in ".," and after[:1].isdigit()))


class ContentMatcher:
    """Index of one table's cells by key, and the question spans that hit it."""

    def __init__(self, rows: Sequence[Sequence], max_tokens: int = 16) -> None:
        self.max_tokens = max_tokens
        self.has_rows = bool(rows)
        self.columns_by_key: dict[str, set[int]] = {}
        written_otherwise: set[str] = set()   # function-word keys with a cell not written in capitals
        self._place_names: collections.Counter[tuple[int, str]] = collections.Counter()   # (column, cell) of
        #                                                                 one-word cells ("Africa"): their rows
        self._demonyms: dict[str, set[tuple[int, str]]] | None = None   # their adjectives, built when asked
        for row in rows:
            for column, cell in enumerate(row):
                if cell is None:
                    continue
                if isinstance(cell, str) and len(cell.strip()) >= 4 and cell.strip().isalpha():   # (` Canada`, as
                    self._place_names[column, cell] += 1                                     # a census writes it)
                key = cell_key(cell)
                if key is not None:
                    self.columns_by_key.setdefault(key, set()).add(column)
                    if key in CODE_LIKE_FUNCTION_WORDS and not str(cell).strip().isupper():
                        written_otherwise.add(key)
        # function words that are cells here only as capitalised codes (`WAS`)
        self._codes = (CODE_LIKE_FUNCTION_WORDS & self.columns_by_key.keys()) - written_otherwise
        # the text keys in order: a question span whose key begins none of them ends the search from its start
        self._text_keys = sorted(key for key in self.columns_by_key if not key.startswith("#"))

    def _begins_a_text_key(self, key: str) -> bool:
        index = bisect.bisect_left(self._text_keys, key)
        return index < len(self._text_keys) and self._text_keys[index].startswith(key)

    def demonym_cells(self, question: str, columns: Collection[int]) -> list[tuple[int, str, str]]:
        """(column, question word, cell) for each word of the question that is the adjective (`demonyms`) of
        a one-word cell of exactly one of `columns` ("How many African countries ...": the `continent` cell
        Africa), or of one column only among those where it is the cell of two rows or more (a category, not a row
        named so), said before another word, and itself no cell of any column. Cells of 4 letters or more, words
        of 5 or more; the adjectives are built once per table."""
        if self._demonyms is None:
            self._demonyms = {}
            for column, cell in self._place_names:
                for form in demonyms(cell.strip()):
                    self._demonyms.setdefault(form, set()).add((column, cell))
        result = []
        for word in dict.fromkeys(re.findall(r"\b[A-Za-z]{5,}(?=\s+[A-Za-z])", question)):   # before a noun
            places = {place for place in self._demonyms.get(word.lower(), ()) if place[0] in columns}
            if len(places) > 1:   # "African" of `Continent` Africa and of the row `Entity` Africa: the category
                places = {place for place in places if self._place_names[place] > 1}
            if len(places) == 1 and not self.columns_of(word):
                column, cell = next(iter(places))
                result.append((column, word, cell))
        return result

    def columns_of(self, text: object) -> set[int]:
        """Columns that have a cell equal to `text` by key."""
        key = cell_key(text)
        return self.columns_by_key.get(key, set()) if key is not None else set()

    def match(self, question: str, tokens: Sequence, num_columns: int) -> list[list[tuple[int, int]]]:
        """Per column, the inclusive question-token spans whose text is one of its cells."""
        spans: list[list[tuple[int, int]]] = [[] for _ in range(num_columns)]
        if not self.columns_by_key:
            return spans
        word_start = [not token.text.startswith("##") and not _cuts_number(question, token.start)
                      for token in tokens]
        word_end = [(i + 1 == len(tokens) or not tokens[i + 1].text.startswith("##"))
                    and not _cuts_number(question, tokens[i].end) for i in range(len(tokens))]
        # In ASCII a longer span's letters and digits begin with a shorter one's, so once they begin no
        # cell's and the span can no longer be a number, no longer span from that start is a cell. (Other
        # text can break that: NFC joins combining marks, a final sigma lower-cases apart; every span is
        # looked up there.)
        prune = question.isascii()
        for start in range(len(tokens)):
            if not word_start[start]:
                continue
            for end in range(start, min(len(tokens), start + self.max_tokens)):
                text = question[tokens[start].start:tokens[end].end]
                if word_end[end] and not (self._codes and not text.isupper() and _text_key(text) in self._codes):
                    for column in self.columns_of(text):
                        if column < num_columns:
                            spans[column].append((start, end))
                if prune and _NOT_NUMERIC.search(text) and not self._begins_a_text_key(_text_key(text)):
                    break
        return spans


def demonyms(name: str) -> set[str]:
    """The adjectives English forms from a place name, lower-cased: Africa -> african, Europe -> european,
    Canada -> canadian, Italy -> italian, Germany -> german, Japan -> japanese, China -> chinese, Iraq ->
    iraqi, the Americas -> american. Regular forms only (not France -> French); some are no words, which no
    question says."""
    name = name.lower()
    if len(name) < 3:
        return set()   # a code ("S", "NE" of a region column) names no place an adjective is formed from
    forms = set()
    for stem in {name, name[:-1] if name.endswith("s") else name}:   # the Americas -> american
        forms |= {stem + "n", stem + "an", stem + "ian", stem + "ese", stem + "i"}
        if stem[-1] in "aeiouy":
            forms |= {stem[:-1] + "ian", stem[:-1] + "an", stem[:-1] + "ese", stem[:-1]}
    return {form for form in forms if len(form) >= len(name) - 1 and form != name}

