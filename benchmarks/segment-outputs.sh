#!/usr/bin/env bash
# Writes what `workbench segment` prints for every text of ../shared/corpus (articles, seeds, gold .sent files), the
# 20 nict-dev pairs' .sent files and the 40,000-sentence pair (/tmp/en40k.txt, /tmp/ja40k.txt, as process-timing.sh
# makes them), one file each with the exit code at its end, so two builds can be compared byte for byte: a speed
# change to reading or segmentation must leave them identical.
# Usage: benchmarks/segment-outputs.sh WORKBENCH OUTDIR, then `diff -r OUTDIR_BEFORE OUTDIR_AFTER` (empty: identical).
set -uo pipefail
cd "$(dirname "$0")/.."
wb=$1
out=$2
mkdir -p "$out"
for file in ../shared/corpus/articles/*/*.txt ../shared/corpus/seeds/* ../shared/corpus/gold/*/*.sent ../shared/bench/align/nict-dev/*/*.sent /tmp/en40k.txt /tmp/ja40k.txt; do
  [ -f "$file" ] || continue
  name=$(echo "${file#../shared/}" | tr '/' '_')
  lang=en
  case "$file" in *ja*|*seeds*) lang=ja ;; esac
  "$wb" segment --lang "$lang" "$file" >"$out/$name" 2>&1
  echo "exit $?" >>"$out/$name"
done
echo "$(ls "$out" | wc -l) outputs in $out"
