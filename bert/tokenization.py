"""BERT tokenization: basic splitting (cleaning, casing, accents, punctuation, CJK) and WordPiece.

Behaves like the original BERT / Hugging Face slow tokenizer (including its NFC step), and also
returns, for every wordpiece, its character span in the original text (`tokenize_with_offsets`).
"""
from __future__ import annotations

import collections
import functools
import json
import os
import pathlib
import re
import unicodedata
from typing import NamedTuple

from bert.checkpoints import resolve_model_dir

VOCAB_NAME = "vocab.txt"
TOKENIZER_CONFIG_NAME = "tokenizer_config.json"

# Character kinds used by the cleaning pass.
_DROP, _SPACE, _CJK, _OTHER = 0, 1, 2, 3
# ASCII control characters that the cleaning pass removes (tab, newline, return are whitespace).
_ASCII_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# In clean ASCII text, a basic token is a run of letters/digits or one punctuation character.
_ASCII_TOKEN = re.compile(r"[A-Za-z0-9]+|[!-/:-@\[-`{-~]")
_WORDPIECE_CACHE_LIMIT = 200_000


class Token(NamedTuple):
    """A token and its character span ``[start, end)`` in the original text."""

    text: str
    start: int
    end: int


def load_vocab(vocab_file) -> "collections.OrderedDict[str, int]":
    """Read a vocabulary file (one token per line) into an ordered token -> id dict."""
    vocab = collections.OrderedDict()
    with open(vocab_file, "r", encoding="utf-8") as reader:
        for index, line in enumerate(reader):
            vocab[line.rstrip("\n")] = index
    return vocab


def whitespace_tokenize(text: str) -> list[str]:
    """Split on whitespace, dropping empty pieces."""
    return text.split()


def truncate_seq_pair(tokens_a: list, tokens_b: list, max_length: int) -> None:
    """Shorten a pair of sequences in place to at most `max_length` items in total.

    Removes one item at a time from the end of the longer list (of `tokens_b` on a tie),
    as in the original BERT code.
    """
    if max_length < 0:
        raise ValueError(f"max_length must be >= 0, got {max_length}")
    while len(tokens_a) + len(tokens_b) > max_length:
        if len(tokens_a) > len(tokens_b):
            tokens_a.pop()
        else:
            tokens_b.pop()


def _is_whitespace(char: str) -> bool:
    """Space, tab, newline, carriage return or a Unicode space separator (Zs)."""
    return char in " \t\n\r" or unicodedata.category(char) == "Zs"


def _is_control(char: str) -> bool:
    """Unicode 'C*' categories, except tab, newline and carriage return."""
    if char in "\t\n\r":
        return False
    return unicodedata.category(char).startswith("C")


@functools.lru_cache(maxsize=None)
def _is_punctuation(char: str) -> bool:
    """Unicode 'P*' categories, plus every ASCII character that is not a letter, digit or space."""
    code = ord(char)
    if 33 <= code <= 47 or 58 <= code <= 64 or 91 <= code <= 96 or 123 <= code <= 126:
        return True
    return unicodedata.category(char).startswith("P")


def _is_chinese_char(code: int) -> bool:
    """Whether a code point is in a CJK Unified Ideographs block (not Hangul, Hiragana, Katakana)."""
    return (
        0x4E00 <= code <= 0x9FFF
        or 0x3400 <= code <= 0x4DBF
        or 0x20000 <= code <= 0x2A6DF
        or 0x2A700 <= code <= 0x2B73F
        or 0x2B740 <= code <= 0x2B81F
        or 0x2B820 <= code <= 0x2CEAF
        or 0xF900 <= code <= 0xFAFF
        or 0x2F800 <= code <= 0x2FA1F
    )


@functools.lru_cache(maxsize=None)
def _char_kind(char: str) -> int:
    """How the cleaning pass treats a character: dropped, word separator, CJK, or other."""
    code = ord(char)
    if code == 0 or code == 0xFFFD or _is_control(char):
        return _DROP
    # str.split() (used after cleaning) also splits on U+2028/U+2029, which are not 'Zs'.
    if _is_whitespace(char) or char.isspace():
        return _SPACE
    if _is_chinese_char(code):
        return _CJK
    return _OTHER


@functools.lru_cache(maxsize=None)
def _is_nonspacing_mark(char: str) -> bool:
    return unicodedata.category(char) == "Mn"


@functools.lru_cache(maxsize=None)
def _is_mark(char: str) -> bool:
    return unicodedata.category(char).startswith("M")


def _strip_accents(text: str) -> str:
    """Decompose (NFD) and drop the non-spacing marks."""
    return "".join(char for char in unicodedata.normalize("NFD", text) if not _is_nonspacing_mark(char))


class BasicTokenizer:
    """Cleaning, whitespace and punctuation splitting, lower-casing and accent stripping.

    `strip_accents=None` strips accents exactly when lower-casing (as in the original BERT).
    Words in `never_split` are kept whole (no lower-casing, no punctuation splitting).
    """

    def __init__(self, do_lower_case=True, never_split=None, tokenize_chinese_chars=True, strip_accents=None):
        self.do_lower_case = do_lower_case
        self.never_split = set(never_split) if never_split else set()
        self.tokenize_chinese_chars = tokenize_chinese_chars
        self.strip_accents = strip_accents

    @property
    def _strips_accents(self) -> bool:
        if self.do_lower_case:
            return self.strip_accents is not False
        return bool(self.strip_accents)

    def tokenize(self, text: str, never_split=None) -> list[str]:
        """Split `text` into basic tokens (normalised words and punctuation characters)."""
        return [word for word, _, _ in self.tokenize_aligned(text, never_split)]

    def tokenize_with_offsets(self, text: str, never_split=None) -> list[Token]:
        """Basic tokens with their character spans in `text`."""
        return [Token(word, starts[0], ends[-1]) for word, starts, ends in self.tokenize_aligned(text, never_split)]

    def normalize(self, text: str) -> str:
        """Lower-case and strip accents as configured (on NFC text), without any splitting."""
        if self.do_lower_case:
            text = text.lower()
        if self._strips_accents:
            text = _strip_accents(text)
        return text

    def tokenize_aligned(self, text: str, never_split=None, offset: int = 0):
        """Basic tokens as ``(word, starts, ends)``.

        ``starts[i]``/``ends[i]`` give the span in `text` (shifted by `offset`) of the original
        character(s) that produced character ``i`` of the word.
        """
        if not isinstance(text, str):
            raise TypeError(f"text must be a str, got {type(text).__name__}")
        never_split = self.never_split.union(never_split) if never_split else self.never_split
        if text.isascii() and not _ASCII_CONTROL.search(text) and not self._mentions(text, never_split):
            return self._tokenize_clean_ascii(text, offset)
        words = []
        for word, positions in self._split_on_whitespace(text, offset):
            words.extend(self._split_word(word, positions, never_split))
        return words

    def _mentions(self, text, never_split):
        """Whether a never-split word may occur in `text` (then the shortcut for ASCII text is not taken)."""
        if not never_split:
            return False
        lowered = text.lower() if self.do_lower_case else text
        return any(word in text or word in lowered for word in never_split)

    def _tokenize_clean_ascii(self, text, offset):
        words = []
        lower = self.do_lower_case
        for match in _ASCII_TOKEN.finditer(text):
            start, end = match.start() + offset, match.end() + offset
            word = match.group()
            words.append((word.lower() if lower else word, range(start, end), range(start + 1, end + 1)))
        return words

    def _split_on_whitespace(self, text, offset):
        """Clean the text and cut it into words: list of (word, original position of each char)."""
        words = []
        chars, positions = [], []
        split_chinese = self.tokenize_chinese_chars
        for position, char in enumerate(text, offset):
            kind = _char_kind(char)
            if kind == _OTHER or (kind == _CJK and not split_chinese):
                chars.append(char)
                positions.append(position)
            elif kind == _DROP:
                continue
            else:
                if chars:
                    words.append(("".join(chars), positions))
                    chars, positions = [], []
                if kind == _CJK:
                    words.append((char, [position]))
        if chars:
            words.append(("".join(chars), positions))
        return words

    def _split_word(self, word, positions, never_split):
        """Normalise one whitespace-delimited word and split it on punctuation, keeping alignment."""
        if word.isascii():
            if word in never_split:
                return [(word, [positions[0]] * len(word), [positions[-1] + 1] * len(word))]
            normalized = word.lower() if self.do_lower_case else word
            starts = positions
            ends = [position + 1 for position in positions]
        else:
            composed = unicodedata.normalize("NFC", word)
            if composed in never_split:
                return [(composed, [positions[0]] * len(composed), [positions[-1] + 1] * len(composed))]
            normalized = self.normalize(composed)
            starts, ends = self._align(word, positions, normalized)
        if normalized in never_split:
            return [(normalized, starts, ends)]
        return self._split_on_punctuation(normalized, starts, ends)

    def _normalize_piece(self, piece):
        return self.normalize(unicodedata.normalize("NFC", piece))

    def _align(self, word, positions, normalized):
        """Map each character of `normalized` to the span of the original characters it came from.

        The word is cut into chunks (a base character with its combining marks); if the chunks,
        normalised one by one, concatenate to the normalised word, each output character gets its
        chunk's span. Otherwise chunk boundaries that break this are dropped.
        """
        boundaries = [index for index in range(1, len(word)) if not _is_mark(word[index])]
        pieces = self._normalized_chunks(word, boundaries)
        if "".join(pieces) != normalized and len(word) <= 1000:
            boundaries = [
                index for index in boundaries
                if self._normalize_piece(word[:index]) + self._normalize_piece(word[index:]) == normalized
            ]
            pieces = self._normalized_chunks(word, boundaries)
        if sum(len(piece) for piece in pieces) != len(normalized):
            boundaries, pieces = [], [normalized]  # no consistent alignment: the whole word
        starts, ends = [], []
        for chunk_start, chunk_end, piece in zip([0] + boundaries, boundaries + [len(word)], pieces):
            for part_start, part_end, part in self._refine_chunk(word, chunk_start, chunk_end, piece):
                starts.extend([positions[part_start]] * len(part))
                ends.extend([positions[part_end - 1] + 1] * len(part))
        return starts, ends

    def _refine_chunk(self, word, chunk_start, chunk_end, piece):
        """Cut a chunk further where that stays consistent: each character alone, else base | marks.

        (A spacing mark or a mark after punctuation can end up in a word of its own.)
        """
        if len(piece) > 1 and chunk_end - chunk_start > 1:
            for cuts in (range(chunk_start, chunk_end + 1), (chunk_start, chunk_start + 1, chunk_end)):
                parts = [(a, b, self._normalize_piece(word[a:b])) for a, b in zip(cuts[:-1], cuts[1:])]
                if "".join(part for _, _, part in parts) == piece:
                    return parts
        return [(chunk_start, chunk_end, piece)]

    def _normalized_chunks(self, word, boundaries):
        cuts = [0] + boundaries + [len(word)]
        return [self._normalize_piece(word[cuts[i]:cuts[i + 1]]) for i in range(len(cuts) - 1)]

    def _split_on_punctuation(self, normalized, starts, ends):
        words = []
        begin = None
        for index, char in enumerate(normalized):
            if _is_punctuation(char) or char.isspace():
                if begin is not None:
                    words.append((normalized[begin:index], starts[begin:index], ends[begin:index]))
                    begin = None
                if not char.isspace():
                    words.append((char, starts[index:index + 1], ends[index:index + 1]))
            elif begin is None:
                begin = index
        if begin is not None:
            words.append((normalized[begin:], starts[begin:], ends[begin:]))
        return words


class WordpieceTokenizer:
    """Greedy longest-match-first WordPiece; a word that cannot be covered becomes `unk_token`.

    Results are cached per word, so the vocabulary must not change after construction.
    """

    def __init__(self, vocab, unk_token="[UNK]", max_input_chars_per_word=100):
        self.vocab = vocab
        self.unk_token = unk_token
        self.max_input_chars_per_word = max_input_chars_per_word
        self._longest_token = max((len(token) for token in vocab), default=0)
        self._cache = {}

    def tokenize(self, text: str) -> list[str]:
        """Wordpieces of whitespace-separated, already basic-tokenised text."""
        return [piece for word in text.split() for piece, _, _ in self.tokenize_word(word)]

    def tokenize_word(self, word: str) -> tuple:
        """Pieces of one word as ``(piece, start, end)``, with ``[start, end)`` a character range of `word`."""
        cached = self._cache.get(word)
        if cached is not None:
            return cached
        pieces = self._greedy_split(word)
        result = tuple(pieces) if pieces is not None else ((self.unk_token, 0, len(word)),)
        if len(self._cache) >= _WORDPIECE_CACHE_LIMIT:
            self._cache.clear()
        self._cache[word] = result
        return result

    def _greedy_split(self, word):
        length = len(word)
        if length > self.max_input_chars_per_word:
            return None
        vocab = self.vocab
        pieces = []
        start = 0
        while start < length:
            end = min(length, start + self._longest_token)
            while end > start:
                piece = word[start:end] if start == 0 else "##" + word[start:end]
                if piece in vocab:
                    pieces.append((piece, start, end))
                    break
                end -= 1
            else:
                return None
            start = end
        return pieces


class BertTokenizer:
    """Basic tokenization followed by WordPiece, with a vocabulary file.

    Special tokens found anywhere in the text (exact, case-sensitive match) are kept as they are.
    """

    def __init__(
        self,
        vocab_file,
        do_lower_case=True,
        never_split=None,
        tokenize_chinese_chars=True,
        strip_accents=None,
        unk_token="[UNK]",
        sep_token="[SEP]",
        pad_token="[PAD]",
        cls_token="[CLS]",
        mask_token="[MASK]",
    ):
        if not os.path.isfile(vocab_file):
            raise FileNotFoundError(f"no vocabulary file at {str(vocab_file)!r}")
        self.vocab_file = str(vocab_file)
        self.vocab = load_vocab(vocab_file)
        self.ids_to_tokens = collections.OrderedDict((index, token) for token, index in self.vocab.items())
        self.unk_token = unk_token
        self.sep_token = sep_token
        self.pad_token = pad_token
        self.cls_token = cls_token
        self.mask_token = mask_token
        self.all_special_tokens = list(dict.fromkeys([unk_token, sep_token, pad_token, cls_token, mask_token]))
        self.basic_tokenizer = BasicTokenizer(
            do_lower_case=do_lower_case,
            never_split=never_split,
            tokenize_chinese_chars=tokenize_chinese_chars,
            strip_accents=strip_accents,
        )
        self.wordpiece_tokenizer = WordpieceTokenizer(self.vocab, unk_token=unk_token)
        self._keep_whole = self.basic_tokenizer.never_split | set(self.all_special_tokens)
        longest_first = sorted(self.all_special_tokens, key=len, reverse=True)
        self._special_pattern = re.compile("|".join(re.escape(token) for token in longest_first))

    @property
    def do_lower_case(self) -> bool:
        return self.basic_tokenizer.do_lower_case

    @property
    def vocab_size(self) -> int:
        return len(self.vocab)

    def __len__(self) -> int:
        return len(self.vocab)

    def tokenize(self, text: str) -> list[str]:
        """Wordpieces of `text`."""
        return [token.text for token in self.tokenize_with_offsets(text)]

    def tokenize_with_offsets(self, text: str) -> list[Token]:
        """Wordpieces of `text` with their character spans ``[start, end)`` in `text`.

        A piece's span covers the original characters it came from (before lower-casing, accent
        stripping, NFC/NFD); an unknown word's ``[UNK]`` spans the whole word. Pieces cut inside a
        single original character (e.g. the jamo of a Hangul syllable) each get that character's span.
        """
        if not isinstance(text, str):
            raise TypeError(f"text must be a str, got {type(text).__name__}")
        tokens = []
        position = 0
        for match in self._special_pattern.finditer(text):
            self._tokenize_segment(text[position:match.start()], position, tokens)
            tokens.append(Token(match.group(), match.start(), match.end()))
            position = match.end()
        self._tokenize_segment(text[position:], position, tokens)
        return tokens

    def _tokenize_segment(self, segment, offset, tokens):
        if not segment:
            return
        keep_whole = self._keep_whole
        split_word = self.wordpiece_tokenizer.tokenize_word
        for word, starts, ends in self.basic_tokenizer.tokenize_aligned(segment, self.all_special_tokens, offset):
            if word in keep_whole:
                tokens.append(Token(word, starts[0], ends[-1]))
                continue
            for piece, piece_start, piece_end in split_word(word):
                tokens.append(Token(piece, starts[piece_start], ends[piece_end - 1]))

    def convert_tokens_to_ids(self, tokens):
        """Id of a token, or list of ids of a list of tokens; unknown tokens give the unk id."""
        if isinstance(tokens, str):
            return self._token_to_id(tokens)
        return [self._token_to_id(token) for token in tokens]

    def _token_to_id(self, token):
        index = self.vocab.get(token)
        if index is None:
            index = self.vocab.get(self.unk_token)
            if index is None:
                raise KeyError(f"token {token!r} and the unknown token {self.unk_token!r} are not in the vocabulary")
        return index

    def convert_ids_to_tokens(self, ids):
        """Token of an id, or list of tokens of a sequence of ids."""
        if hasattr(ids, "tolist"):  # numpy arrays, torch tensors
            ids = ids.tolist()
        if isinstance(ids, (list, tuple)):
            return [self._id_to_token(index) for index in ids]
        return self._id_to_token(ids)

    def _id_to_token(self, index):
        token = self.ids_to_tokens.get(int(index))
        if token is None:
            raise KeyError(f"id {index} is not in the vocabulary (size {self.vocab_size})")
        return token

    def convert_tokens_to_string(self, tokens) -> str:
        """Join wordpieces back into text ('##' pieces glued to the previous one)."""
        return " ".join(tokens).replace(" ##", "").strip()

    def _special_token_id(self, token):
        index = self.vocab.get(token)
        if index is None:
            raise KeyError(f"special token {token!r} is not in the vocabulary {self.vocab_file!r}")
        return index

    @property
    def unk_token_id(self) -> int:
        return self._special_token_id(self.unk_token)

    @property
    def sep_token_id(self) -> int:
        return self._special_token_id(self.sep_token)

    @property
    def pad_token_id(self) -> int:
        return self._special_token_id(self.pad_token)

    @property
    def cls_token_id(self) -> int:
        return self._special_token_id(self.cls_token)

    @property
    def mask_token_id(self) -> int:
        return self._special_token_id(self.mask_token)

    def save_vocabulary(self, directory) -> str:
        """Write `vocab.txt` (tokens in id order) into `directory`; returns its path."""
        directory = pathlib.Path(directory)
        directory.mkdir(parents=True, exist_ok=True)
        path = directory / VOCAB_NAME
        ordered = sorted(self.vocab.items(), key=lambda item: item[1])
        for expected, (token, index) in enumerate(ordered):
            if index != expected:
                raise ValueError(
                    f"vocabulary ids are not consecutive (token {token!r} has id {index}, expected {expected}); "
                    "a vocab.txt cannot represent it")
        with open(path, "w", encoding="utf-8") as writer:
            for token, _ in ordered:
                writer.write(token + "\n")
        return str(path)

    def save_pretrained(self, directory) -> str:
        """Write `vocab.txt` and `tokenizer_config.json` (casing and special tokens) into `directory`."""
        self.save_vocabulary(directory)
        basic = self.basic_tokenizer
        config = {
            "tokenizer_class": "BertTokenizer",
            "do_lower_case": basic.do_lower_case,
            "strip_accents": basic.strip_accents,
            "tokenize_chinese_chars": basic.tokenize_chinese_chars,
            "never_split": sorted(basic.never_split) or None,
            "unk_token": self.unk_token,
            "sep_token": self.sep_token,
            "pad_token": self.pad_token,
            "cls_token": self.cls_token,
            "mask_token": self.mask_token,
        }
        with open(pathlib.Path(directory) / TOKENIZER_CONFIG_NAME, "w", encoding="utf-8") as writer:
            json.dump(config, writer, indent=2)
        return str(directory)

    @classmethod
    def from_pretrained(cls, name_or_path, do_lower_case=None, **kwargs) -> "BertTokenizer":
        """Load `vocab.txt` from a checkpoint directory (or a known model name).

        Unless given, `do_lower_case` comes from the directory's `tokenizer_config.json`, else it is
        True unless the name says "cased" (and not "uncased"). Other settings in that config
        (accents, CJK, special tokens) are used unless passed as keyword arguments.
        """
        path = pathlib.Path(name_or_path).expanduser()
        if path.is_dir():
            directory = path
        elif path.is_file():
            directory = path.parent
        else:
            directory = pathlib.Path(resolve_model_dir(str(name_or_path)))
        vocab_file = path if path.is_file() else directory / VOCAB_NAME
        if not vocab_file.is_file():
            raise FileNotFoundError(f"no {VOCAB_NAME} in {str(directory)!r}")
        config = {}
        config_file = directory / TOKENIZER_CONFIG_NAME
        if config_file.is_file():
            with open(config_file, "r", encoding="utf-8") as reader:
                config = json.load(reader)
        if do_lower_case is None:
            if config.get("do_lower_case") is not None:
                do_lower_case = bool(config["do_lower_case"])
            else:
                names = (pathlib.Path(str(name_or_path)).name.lower(), directory.name.lower())
                do_lower_case = not any("cased" in name and "uncased" not in name for name in names)
        for key in ("strip_accents", "tokenize_chinese_chars", "never_split"):
            if key not in kwargs and key in config:
                kwargs[key] = config[key]
        for key in ("unk_token", "sep_token", "pad_token", "cls_token", "mask_token"):
            value = config.get(key)
            if isinstance(value, dict):  # serialised AddedToken
                value = value.get("content")
            if key not in kwargs and isinstance(value, str):
                kwargs[key] = value
        return cls(str(vocab_file), do_lower_case=do_lower_case, **kwargs)
