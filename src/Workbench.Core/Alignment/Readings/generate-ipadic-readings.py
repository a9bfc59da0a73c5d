#!/usr/bin/env python3
"""Regenerates ipadic_readings.tsv.gz, the aligner's table of kanji name and word readings, from Debian's
mecab-ipadic package (IPADIC 2.7.0 CSV sources, EUC-JP; `apt-get install mecab-ipadic`), and ipadic_readings.wbrt,
the same table compiled for loading without parsing (the build embeds it; ReadingTable.cs reads it). The TSV is the
readable source; a test checks that the two hold the same entries. Neither the package nor this script is needed to
build or test.

Kept: nouns whose surface is all kanji (with 々), at most 8 characters, with a katakana reading: people's names
(Noun.name), places (Noun.place), organisations (Noun.org), other proper nouns (Noun.proper), common, verbal,
adjectival and adverbial nouns, and suffixes. Each output line is the surface, a tab, and its distinct readings
joined by ',' in ordinal order; lines are in ordinal order of the surface. The gzip header carries no name or time,
so the output is byte-identical from run to run.

Compiled form (all integers little-endian int32): "WBRT", version 2, entry count N, text length T in UTF-16 code
units, slot count S (the least power of two at least 2N, at least 16), longest surface in code units; N + 1 entry
starts into the text (the last is T); N surface lengths, one byte each, zero-padded to a multiple of 4; the hash
index: S slots, each 0 (empty) or an entry number + 1, an entry in the first free slot from FNV-1a (32-bit, over the
surface's UTF-16 code units) modulo S onwards, inserted in entry order (ReadingTable.cs looks up with the same hash,
so loading hashes nothing); the text, UTF-16LE: per entry its surface immediately followed by its comma-separated
readings, entries in the TSV's order.

usage: generate-ipadic-readings.py [IPADIC_DIR]   (default /usr/share/mecab/dic/ipadic)
"""
import gzip, io, os, re, struct, sys

SOURCES = ["Noun.name", "Noun.place", "Noun.org", "Noun.proper", "Noun", "Noun.verbal", "Noun.adjv",
           "Noun.adverbal", "Suffix"]
KANJI = re.compile(r"^[\u4e00-\u9fff\u3400-\u4dbf\u3005]{1,8}$")
KATAKANA = re.compile(r"^[\u30a1-\u30fa\u30fc]+$")

def main():
    source = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/mecab/dic/ipadic"
    readings = {}
    for name in SOURCES:
        with open(os.path.join(source, name + ".csv"), encoding="euc_jp") as f:
            for line in f:
                fields = line.rstrip("\n").split(",")
                surface, reading = fields[0], fields[11]
                if KANJI.match(surface) and KATAKANA.match(reading):
                    readings.setdefault(surface, set()).add(reading)
    target = os.path.join(os.path.dirname(os.path.abspath(__file__)), "ipadic_readings.tsv.gz")
    text = "".join(f"{s}\t{','.join(sorted(r))}\n" for s, r in sorted(readings.items()))
    with open(target, "wb") as raw, gzip.GzipFile(filename="", mode="wb", fileobj=raw, compresslevel=9, mtime=0) as out:
        out.write(text.encode("utf-8"))
    print(f"wrote {target} ({len(readings)} surfaces)")
    compiled = os.path.join(os.path.dirname(target), "ipadic_readings.wbrt")
    write_compiled(compiled, [(s, ",".join(sorted(r))) for s, r in sorted(readings.items())])
    print(f"wrote {compiled}")

def fnv1a(surface):
    """FNV-1a, 32-bit, over the UTF-16 code units of surface (ReadingTable.Hash)."""
    units = surface.encode("utf-16-le")
    h = 2166136261
    for i in range(0, len(units), 2):
        h = ((h ^ (units[i] | units[i + 1] << 8)) * 16777619) & 0xFFFFFFFF
    return h

def write_compiled(path, entries):
    starts, lengths, text = [], bytearray(), []
    position = 0
    for surface, joined in entries:
        starts.append(position)
        lengths.append(len(surface))
        text.append(surface + joined)
        position += len(surface) + len(joined)
    starts.append(position)
    lengths.extend(bytes(-len(lengths) % 4))
    slots = [0] * max(16, 1 << (2 * len(entries) - 1).bit_length())
    for entry, (surface, _) in enumerate(entries):
        slot = fnv1a(surface) & (len(slots) - 1)
        while slots[slot]:
            slot = (slot + 1) & (len(slots) - 1)
        slots[slot] = entry + 1
    longest = max((len(surface) for surface, _ in entries), default=0)
    with open(path, "wb") as out:
        out.write(b"WBRT" + struct.pack("<iiiii", 2, len(entries), position, len(slots), longest))
        out.write(struct.pack(f"<{len(starts)}i", *starts))
        out.write(bytes(lengths))
        out.write(struct.pack(f"<{len(slots)}i", *slots))
        out.write("".join(text).encode("utf-16-le"))

main()
