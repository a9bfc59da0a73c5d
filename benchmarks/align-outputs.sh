#!/usr/bin/env bash
# Writes what `workbench align --format tsv --presegmented` prints for every gold pair in ../shared (20 nict-dev
# documents, 2 corpus gold articles), with the bundled lexicon and with `--lexicon none`, one file each, so two builds
# can be compared byte for byte: a speed change must leave them identical.
# Usage: benchmarks/align-outputs.sh WORKBENCH OUTDIR, then `diff -r OUTDIR_BEFORE OUTDIR_AFTER` (empty: identical).
set -euo pipefail
cd "$(dirname "$0")/.."
wb=$1
out=$2
mkdir -p "$out"
for folder in ../shared/bench/align/nict-dev/*/ ../shared/corpus/gold/*/; do
  name=$(basename "$folder")
  "$wb" align --format tsv --presegmented --en "$folder/en.sent" --ja "$folder/ja.sent" >"$out/$name.tsv"
  "$wb" align --format tsv --presegmented --lexicon none --en "$folder/en.sent" --ja "$folder/ja.sent" >"$out/$name.none.tsv"
done
echo "$(ls "$out" | wc -l) outputs in $out"
