#!/usr/bin/env bash
# Times the real `workbench` process end to end (start-up, lexicon load, I/O) with hyperfine: several runs, min and
# median wall time plus user+sys CPU. Usage: benchmarks/process-timing.sh [WORKBENCH] [RUNS]
#   WORKBENCH  the command to time (default: a Release build in artifacts/bench, built first; or an installed
#              `workbench`, e.g. after `dotnet tool install`)
#   RUNS       runs per command (default 10)
# Large documents are made by repeating the nict-dev gold sentences (../shared) to 40,000 English sentences.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${2:-10}
if [[ $# -ge 1 ]]; then
  wb=$1
else
  dotnet build src/Workbench.Cli -c Release -o artifacts/bench -v q >/dev/null
  wb=$PWD/artifacts/bench/workbench
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
gold=../shared/bench/align/nict-dev
head -n 5 "$gold/BDS00001/en.sent" >"$work/en5"; head -n 5 "$gold/BDS00001/ja.sent" >"$work/ja5"
: >"$work/en40k"; : >"$work/ja40k"
while [[ $(wc -l <"$work/en40k") -lt 40000 ]]; do
  for d in "$gold"/*/; do cat "$d/en.sent" >>"$work/en40k"; cat "$d/ja.sent" >>"$work/ja40k"; done
done
head -n 40000 "$work/en40k" >"$work/en"; mv "$work/en" "$work/en40k"
echo "load: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores; $runs runs each"
hyperfine --style basic --warmup 1 --runs "$runs" -N --export-json "$work/times.json" \
  -n version "$wb --version" \
  -n align-5-default "$wb align --presegmented --format links --en $work/en5 --ja $work/ja5" \
  -n align-5-none "$wb align --presegmented --format links --lexicon none --en $work/en5 --ja $work/ja5" \
  -n align-40k-default "$wb align --presegmented --format links --en $work/en40k --ja $work/ja40k" >/dev/null
python3 - "$work/times.json" <<'PY'
import json, statistics, sys
print("| command | min (s) | median (s) | mean user+sys (s) |")
print("|---|---:|---:|---:|")
for r in json.load(open(sys.argv[1]))["results"]:
    print(f"| {r['command']} | {min(r['times']):.3f} | {statistics.median(r['times']):.3f} | {r['user'] + r['system']:.3f} |")
PY
