"""Reading TensorFlow checkpoints into numpy arrays, without TensorFlow.

A TF checkpoint (the "V2" tensor bundle that `tf.train.Saver` and Google's BERT write) is a
`prefix` with two kinds of file:

- `prefix.index`: an SSTable (LevelDB's table format). Each tensor name maps to a serialised
  `BundleEntryProto` (dtype, shape, shard, offset, size, crc32c); the entry with the empty key is
  the `BundleHeaderProto` (number of data files, endianness).
- `prefix.data-0000i-of-0000N`: the raw tensor bytes in C order, each tensor at its offset.

The table: data blocks of prefix-compressed key/value entries with a restart array at the end,
an index block pointing at them, and a 48-byte footer (two block handles, then a magic number).
Every block is followed by a compression byte and a masked CRC-32C. TensorFlow writes bundle
indexes uncompressed; for what this reader does not handle (compressed blocks, partitioned
variables, V1 checkpoints) it falls back on TensorFlow when installed.
"""
from __future__ import annotations

import logging
import math
import os
import re
import struct
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from bert.errors import CheckpointError

logger = logging.getLogger(__name__)

TABLE_MAGIC = 0xDB4775248B80FB57
FOOTER_SIZE = 48  # metaindex + index block handles (padded to 40 bytes), then the 8-byte magic
BLOCK_TRAILER_SIZE = 5  # compression type (1 byte) + masked CRC-32C (4 bytes)
NO_COMPRESSION, SNAPPY_COMPRESSION = 0, 1

DT_STRING, DT_BFLOAT16 = 7, 14
# TensorFlow DataType enum -> numpy type code. bfloat16 has no numpy type: it is widened to float32.
DTYPES = {1: "f4", 2: "f8", 3: "i4", 4: "u1", 5: "i2", 6: "i1", 8: "c8", 9: "i8", 10: "?",
          DT_BFLOAT16: "u2", 17: "u2", 18: "c16", 19: "f2", 22: "u4", 23: "u8"}


class UnsupportedCheckpoint(CheckpointError):
    """A checkpoint using a feature this reader does not implement (TensorFlow may read it)."""


# ---------------------------------------------------------------------------------------------
# CRC-32C (Castagnoli), as TensorFlow and LevelDB use it.

def _make_crc_table() -> list[int]:
    table = []
    for byte in range(256):
        crc = byte
        for _ in range(8):
            crc = (crc >> 1) ^ (0x82F63B78 if crc & 1 else 0)
        table.append(crc)
    return table


_CRC_TABLE = _make_crc_table()
_CRC_TABLE_NUMPY = np.array(_CRC_TABLE, dtype=np.uint32)
_CRC_LANES = 1 << 14  # buffers of 4 * _CRC_LANES bytes or more are checksummed with numpy


def _crc_register(register: int, data) -> int:
    table = _CRC_TABLE
    for byte in data:
        register = table[(register ^ byte) & 0xFF] ^ (register >> 8)
    return register


def _apply_linear_map(values: np.ndarray, images: np.ndarray) -> np.ndarray:
    """Apply, to each uint32 in `values`, the GF(2)-linear map sending bit b to `images[b]`."""
    bits = ((values[:, None] >> np.arange(32, dtype=np.uint32)) & 1).astype(bool)
    return np.bitwise_xor.reduce(np.where(bits, images, np.uint32(0)), axis=1)


def crc32c(data, crc: int = 0) -> int:
    """CRC-32C of `data` (bytes-like), extending the checksum `crc` of what came before.

    Large buffers are cut into _CRC_LANES chunks checksummed side by side with numpy, then
    combined pairwise, using that the CRC register is linear: after A then B it is
    shift_len(B)(register after A) ^ (register of B alone, started from 0), where shift_n (the
    effect of n zero bytes) is tracked through 32 extra lanes that start at the unit vectors.
    """
    data = memoryview(data).cast("B")
    register = crc ^ 0xFFFFFFFF
    if len(data) < 4 * _CRC_LANES:
        return _crc_register(register, data) ^ 0xFFFFFFFF
    chunk = len(data) // _CRC_LANES
    body = np.frombuffer(data, dtype=np.uint8, count=_CRC_LANES * chunk)
    rows = np.zeros((chunk, _CRC_LANES + 32), dtype=np.uint8)  # row i: byte i of every chunk
    rows[:, :_CRC_LANES] = body.reshape(_CRC_LANES, chunk).T
    state = np.zeros(_CRC_LANES + 32, dtype=np.uint32)
    state[0] = register
    state[_CRC_LANES:] = np.uint32(1) << np.arange(32, dtype=np.uint32)
    for row in rows:
        state = _CRC_TABLE_NUMPY[(state ^ row) & 0xFF] ^ (state >> 8)
    registers, shift = state[:_CRC_LANES], state[_CRC_LANES:]
    while len(registers) > 1:
        registers = _apply_linear_map(registers[0::2], shift) ^ registers[1::2]
        shift = _apply_linear_map(shift, shift)  # twice as many zero bytes
    register = _crc_register(int(registers[0]), data[_CRC_LANES * chunk:])
    return register ^ 0xFFFFFFFF


def _mask(crc: int) -> int:
    """The masked form in which TensorFlow and LevelDB store CRCs."""
    return (((crc >> 15) | (crc << 17)) + 0xA282EAD8) & 0xFFFFFFFF


# ---------------------------------------------------------------------------------------------
# Varints, protobuf fields and LevelDB tables.

def _varint(buf, pos: int, path) -> tuple[int, int]:
    result = shift = 0
    while True:
        if pos >= len(buf):
            raise CheckpointError(f"{path}: truncated varint (corrupted file?)")
        byte = buf[pos]
        pos += 1
        result |= (byte & 0x7F) << shift
        if not byte & 0x80:
            return result, pos
        shift += 7
        if shift >= 70:
            raise CheckpointError(f"{path}: malformed varint (corrupted file?)")


def _signed64(value: int) -> int:
    return value - (1 << 64) if value >= 1 << 63 else value


def _proto_fields(buf, path) -> list[tuple[int, object]]:
    """(field number, value) of a serialised protobuf: ints for varint/fixed fields, bytes otherwise."""
    fields, pos = [], 0
    while pos < len(buf):
        key, pos = _varint(buf, pos, path)
        number, wire_type = key >> 3, key & 7
        if wire_type == 0:
            value, pos = _varint(buf, pos, path)
        elif wire_type in (1, 5):
            width = 8 if wire_type == 1 else 4
            if pos + width > len(buf):
                raise CheckpointError(f"{path}: truncated protobuf field (corrupted file?)")
            value = int.from_bytes(buf[pos:pos + width], "little")
            pos += width
        elif wire_type == 2:
            length, pos = _varint(buf, pos, path)
            if pos + length > len(buf):
                raise CheckpointError(f"{path}: truncated protobuf field (corrupted file?)")
            value = bytes(buf[pos:pos + length])
            pos += length
        else:
            raise CheckpointError(f"{path}: cannot parse an entry (protobuf wire type {wire_type}; corrupted file?)")
        fields.append((number, value))
    return fields


def _read_block(data: bytes, handle: bytes, path, verify_checksums: bool) -> bytes:
    offset, pos = _varint(handle, 0, path)
    size, _ = _varint(handle, pos, path)
    end = offset + size
    if end + BLOCK_TRAILER_SIZE > len(data):
        raise CheckpointError(f"{path}: a block at byte {offset} runs past the end of the file "
                              f"({len(data)} bytes; truncated or corrupted?)")
    if verify_checksums:
        (stored,) = struct.unpack_from("<I", data, end + 1)
        if _mask(crc32c(data[offset:end + 1])) != stored:  # the checksum covers the type byte too
            raise CheckpointError(f"{path}: checksum mismatch in the block at byte {offset} (corrupted file)")
    compression = data[end]
    if compression == SNAPPY_COMPRESSION:
        raise UnsupportedCheckpoint(f"{path} has snappy-compressed blocks")
    if compression != NO_COMPRESSION:
        raise CheckpointError(f"{path}: unknown block compression type {compression} (corrupted file?)")
    return data[offset:end]


def _block_entries(block: bytes, path) -> list[tuple[bytes, bytes]]:
    """Key/value pairs of one block: each key shares a prefix with the previous key."""
    if len(block) < 4:
        raise CheckpointError(f"{path}: block too short (corrupted file?)")
    (num_restarts,) = struct.unpack_from("<I", block, len(block) - 4)
    limit = len(block) - 4 - 4 * num_restarts
    if limit < 0:
        raise CheckpointError(f"{path}: bad restart count in a block (corrupted file?)")
    entries, key, pos = [], b"", 0
    while pos < limit:
        shared, pos = _varint(block, pos, path)
        unshared, pos = _varint(block, pos, path)
        value_length, pos = _varint(block, pos, path)
        if shared > len(key) or pos + unshared + value_length > limit:
            raise CheckpointError(f"{path}: bad entry in a block (corrupted file?)")
        key = key[:shared] + block[pos:pos + unshared]
        pos += unshared
        entries.append((key, block[pos:pos + value_length]))
        pos += value_length
    return entries


def _read_table(path: str, verify_checksums: bool) -> list[tuple[bytes, bytes]]:
    try:
        data = Path(path).read_bytes()
    except OSError as error:
        raise CheckpointError(f"cannot read checkpoint index {path}: {error}") from error
    if len(data) < FOOTER_SIZE or struct.unpack_from("<Q", data, len(data) - 8)[0] != TABLE_MAGIC:
        raise CheckpointError(f"{path} is not a TensorFlow checkpoint index "
                              f"(no table footer; truncated or corrupted?)")
    footer = data[-FOOTER_SIZE:]
    _, pos = _varint(footer, 0, path)  # metaindex handle: offset, size (unused)
    _, pos = _varint(footer, pos, path)
    index_block = _read_block(data, footer[pos:], path, verify_checksums)
    entries = []
    for _, handle in _block_entries(index_block, path):
        entries.extend(_block_entries(_read_block(data, handle, path, verify_checksums), path))
    return entries


# ---------------------------------------------------------------------------------------------
# Tensor bundles.

@dataclass
class BundleEntry:
    dtype: int = 0
    shape: tuple[int, ...] = ()
    shard_id: int = 0
    offset: int = 0
    size: int = 0
    crc32c: int = 0
    sliced: bool = False


def _parse_shape(buf: bytes, path) -> tuple[int, ...]:
    dims = []
    for number, value in _proto_fields(buf, path):
        if number == 2:  # TensorShapeProto.dim
            size = 0
            for dim_number, dim_value in _proto_fields(value, path):
                if dim_number == 1:
                    size = _signed64(dim_value)
            if size < 0:
                raise CheckpointError(f"{path}: a tensor has an unknown dimension (corrupted file?)")
            dims.append(size)
        elif number == 3 and value:  # unknown_rank
            raise CheckpointError(f"{path}: a tensor has an unknown rank (corrupted file?)")
    return tuple(dims)


def _parse_entry(value: bytes, path) -> BundleEntry:
    entry = BundleEntry()
    for number, field in _proto_fields(value, path):
        if number == 1:
            entry.dtype = field
        elif number == 2:
            entry.shape = _parse_shape(field, path)
        elif number == 3:
            entry.shard_id = field
        elif number == 4:
            entry.offset = _signed64(field)
        elif number == 5:
            entry.size = _signed64(field)
        elif number == 6:
            entry.crc32c = field
        elif number == 7:
            entry.sliced = True
    return entry


def _read_index(prefix: str, verify_checksums: bool = True) -> tuple[int, bool, dict[str, BundleEntry]]:
    """(number of data files, big-endian?, name -> entry) from `prefix.index`."""
    index_path = prefix + ".index"
    if not os.path.isfile(index_path):
        if os.path.isfile(prefix):
            raise UnsupportedCheckpoint(f"{prefix} is a V1 checkpoint (no {index_path})")
        raise CheckpointError(f"no TensorFlow checkpoint at {prefix} ({index_path} does not exist)")
    num_shards, big_endian, header_seen, entries = 1, False, False, {}
    for key, value in _read_table(index_path, verify_checksums):
        if key == b"":  # BundleHeaderProto
            header_seen = True
            for number, field in _proto_fields(value, index_path):
                if number == 1:
                    num_shards = field
                elif number == 2:
                    big_endian = field == 1
            continue
        try:
            name = key.decode("utf-8")
        except UnicodeDecodeError:
            raise UnsupportedCheckpoint(f"{index_path} has a binary key {key!r} "
                                        "(a slice of a partitioned variable?)") from None
        entry = _parse_entry(value, index_path)
        if entry.sliced:
            raise UnsupportedCheckpoint(f"{index_path}: {name} is a partitioned variable")
        entries[name] = entry
    if not header_seen:
        raise CheckpointError(f"{index_path} has no bundle header (not a V2 checkpoint index, or corrupted)")
    if num_shards < 1:
        raise CheckpointError(f"{index_path}: bad number of data files {num_shards} (corrupted file?)")
    return num_shards, big_endian, entries


def data_file_path(prefix: str, shard_id: int, num_shards: int) -> str:
    return f"{prefix}.data-{shard_id:05d}-of-{num_shards:05d}"


def _decode_strings(buf: bytearray, count: int, name: str, path: str, expected_crc: int,
                    verify_checksums: bool) -> list[bytes]:
    """String tensors: varint lengths, a masked checksum of the lengths, then the bytes.

    The tensor checksum covers the lengths (as uint32, or uint64 when larger), the length
    checksum, then the bytes.
    """
    lengths, pos, crc = [], 0, 0
    for _ in range(count):
        length, pos = _varint(buf, pos, path)
        lengths.append(length)
        crc = crc32c(struct.pack("<I" if length <= 0xFFFFFFFF else "<Q", length), crc)
    if pos + 4 + sum(lengths) != len(buf):
        raise CheckpointError(f"{path}: string tensor {name} has inconsistent lengths (corrupted file?)")
    if verify_checksums and (struct.unpack_from("<I", buf, pos)[0] != _mask(crc)
                             or _mask(crc32c(buf[pos:], crc)) != expected_crc):
        raise CheckpointError(f"{path}: checksum mismatch for tensor {name} (corrupted file)")
    pos += 4
    strings = []
    for length in lengths:
        strings.append(bytes(buf[pos:pos + length]))
        pos += length
    return strings


def _read_tensor(name: str, entry: BundleEntry, file, path: str, big_endian: bool,
                 verify_checksums: bool) -> np.ndarray:
    if entry.dtype != DT_STRING and entry.dtype not in DTYPES:
        raise UnsupportedCheckpoint(f"{path}: tensor {name} has TensorFlow dtype {entry.dtype}, "
                                    "which this reader does not handle")
    count = math.prod(entry.shape)
    if entry.dtype != DT_STRING:
        dtype = np.dtype(DTYPES[entry.dtype]).newbyteorder(">" if big_endian else "<")
        if count * dtype.itemsize != entry.size:
            raise CheckpointError(f"{path}: tensor {name} of shape {entry.shape} has {entry.size} bytes, "
                                  f"expected {count * dtype.itemsize} (corrupted index?)")
    buf = bytearray(entry.size)
    file.seek(entry.offset)
    if file.readinto(buf) != entry.size:
        raise CheckpointError(f"{path} is truncated: tensor {name} needs bytes "
                              f"[{entry.offset}, {entry.offset + entry.size})")
    if entry.dtype == DT_STRING:
        array = np.empty(count, dtype=object)
        array[:] = _decode_strings(buf, count, name, path, entry.crc32c, verify_checksums)
        return array.reshape(entry.shape)
    if verify_checksums and _mask(crc32c(buf)) != entry.crc32c:
        raise CheckpointError(f"{path}: checksum mismatch for tensor {name} (corrupted file)")
    array = np.frombuffer(buf, dtype=dtype).reshape(entry.shape)
    if entry.dtype == DT_BFLOAT16:  # bfloat16 = the top 16 bits of a float32
        return (array.astype(np.uint32) << 16).view(np.float32)
    return array.astype(dtype.newbyteorder("=")) if big_endian else array


def _read_bundle(prefix: str, verify_checksums: bool) -> dict[str, np.ndarray]:
    num_shards, big_endian, entries = _read_index(prefix, verify_checksums)
    by_shard: dict[int, list[str]] = {}
    for name, entry in entries.items():
        if not 0 <= entry.shard_id < num_shards:
            raise CheckpointError(f"{prefix}.index: tensor {name} is in data file {entry.shard_id} "
                                  f"of {num_shards} (corrupted file?)")
        by_shard.setdefault(entry.shard_id, []).append(name)
    arrays = {}
    for shard_id, names in sorted(by_shard.items()):
        path = data_file_path(prefix, shard_id, num_shards)
        try:
            file = open(path, "rb")
        except OSError as error:
            raise CheckpointError(f"cannot open checkpoint data file {path}: {error}") from error
        with file:
            file_size = os.fstat(file.fileno()).st_size
            for name in names:
                entry = entries[name]
                if entry.offset < 0 or entry.size < 0 or entry.offset + entry.size > file_size:
                    raise CheckpointError(f"{path} is truncated or corrupted: tensor {name} needs bytes "
                                          f"[{entry.offset}, {entry.offset + entry.size}), the file has {file_size}")
                arrays[name] = _read_tensor(name, entry, file, path, big_endian, verify_checksums)
    return dict(sorted(arrays.items()))


# ---------------------------------------------------------------------------------------------
# Public API.

def tf_checkpoint_prefix(path: str | os.PathLike) -> str:
    """`dir/bert_model.ckpt` from that prefix, its `.index` or `.data-*` file, or its directory."""
    path = os.fspath(path)
    if path.endswith(".index"):
        return path[:-len(".index")]
    match = re.fullmatch(r"(.*)\.data-\d{5}-of-\d{5}", path)
    if match:
        return match.group(1)
    if os.path.isdir(path):
        state_file = os.path.join(path, "checkpoint")  # written by tf.train.Saver: the latest checkpoint
        if os.path.isfile(state_file):
            match = re.search(r'^model_checkpoint_path:\s*"(.*)"', Path(state_file).read_text(), re.M)
            if match:
                prefix = os.path.join(path, match.group(1))
                if os.path.isfile(prefix + ".index"):
                    return prefix
        indexes = sorted(Path(path).glob("*.index"))
        if len(indexes) != 1:
            raise CheckpointError(f"{path} holds {len(indexes)} TensorFlow checkpoints (*.index files); "
                                  "pass the prefix of one, e.g. dir/bert_model.ckpt")
        return str(indexes[0])[:-len(".index")]
    return path


def _tensorflow_reader(prefix: str, reason: Exception):
    try:
        import tensorflow as tf
    except ImportError:
        raise CheckpointError(f"{reason}. This reader cannot read it without TensorFlow: "
                              "install tensorflow-cpu (pip install tensorflow-cpu)") from reason
    logger.info("%s; reading %s with TensorFlow", reason, prefix)
    try:
        return tf.train.load_checkpoint(prefix)
    except Exception as error:  # TensorFlow raises many kinds of errors on bad files
        raise CheckpointError(f"{reason}; TensorFlow cannot read it either: {error}") from error


def read_tf_checkpoint(prefix: str | os.PathLike, verify_checksums: bool = True) -> dict[str, np.ndarray]:
    """All tensors of a TF checkpoint, by their TF names (e.g. `bert/pooler/dense/kernel`).

    Arrays keep TF's layout (dense kernels are [in, out]); bfloat16 is widened to float32; strings
    come back as object arrays of bytes. Raises CheckpointError naming the file on a missing,
    truncated or corrupted file.
    """
    prefix = tf_checkpoint_prefix(prefix)
    try:
        return _read_bundle(prefix, verify_checksums)
    except UnsupportedCheckpoint as reason:
        reader = _tensorflow_reader(prefix, reason)
        arrays = {}
        for name in sorted(reader.get_variable_to_shape_map()):
            array = np.asarray(reader.get_tensor(name))
            arrays[name] = array.astype(np.float32) if array.dtype.name == "bfloat16" else array
        return arrays


def list_tf_variables(prefix: str | os.PathLike) -> list[tuple[str, tuple[int, ...]]]:
    """(name, shape) of every tensor in a TF checkpoint, sorted by name, reading only the index."""
    prefix = tf_checkpoint_prefix(prefix)
    try:
        _, _, entries = _read_index(prefix)
        return [(name, entry.shape) for name, entry in sorted(entries.items())]
    except UnsupportedCheckpoint as reason:
        shapes = _tensorflow_reader(prefix, reason).get_variable_to_shape_map()
        return [(name, tuple(shapes[name])) for name in sorted(shapes)]
