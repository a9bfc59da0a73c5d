#!/usr/bin/env bash
# Times the real `workbench search`, `lookup` and `analyze` processes end to end (start-up, opening the memory, the
# query, output) with hyperfine against a memory built by `search-build` (benchmarks/README.md, "Search").
# Usage: benchmarks/search-process-timing.sh DB [WORKBENCH] [RUNS]
#   DB         the memory, e.g. /tmp/tm.db from `search-build /tmp/tm.db 1000000`
#   WORKBENCH  the command to time (default: a Release build in artifacts/bench-search, built first)
#   RUNS       runs per command (default 10)
# The lookup and analysis inputs are nict-dev sentences (../shared): text of the corpus the memory's generator was
# trained on, not stored sentences, as a translator's next article would be.
set -euo pipefail
cd "$(dirname "$0")/.."
db=$1
runs=${3:-10}
if [[ $# -ge 2 ]]; then
  wb=$2
else
  dotnet build src/Workbench.Cli -c Release -o artifacts/bench-search -v q >/dev/null
  wb=$PWD/artifacts/bench-search/workbench
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
gold=../shared/bench/align/nict-dev/BDS00001
cp "$gold/en.sent" "$work/en.txt"; cp "$gold/ja.sent" "$work/ja.txt"
en=$(sed -n 3p "$gold/en.sent"); ja=$(sed -n 5p "$gold/ja.sent")
echo "load: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores; $runs runs each; memory $db"
hyperfine --style basic --warmup 1 --runs "$runs" -N --export-json "$work/times.json" \
  -n "search 国" "$wb search 国 --lang ja --db $db" \
  -n "search 政府" "$wb search 政府 --lang ja --db $db" \
  -n "search 'the government'" "$wb search 'the government' --lang en --db $db" \
  -n "lookup --en (1 sentence)" "$wb lookup --en '$en' --db $db" \
  -n "lookup --ja (1 sentence)" "$wb lookup --ja '$ja' --db $db" \
  -n "analyze (60 EN sentences)" "$wb analyze $work/en.txt --lang en --db $db" \
  -n "analyze (60 JA sentences)" "$wb analyze $work/ja.txt --lang ja --db $db" >/dev/null
python3 - "$work/times.json" <<'PY'
import json, statistics, sys
print("| command | min (s) | median (s) | mean user+sys (s) |")
print("|---|---:|---:|---:|")
for r in json.load(open(sys.argv[1]))["results"]:
    print(f"| {r['command']} | {min(r['times']):.3f} | {statistics.median(r['times']):.3f} | {r['user'] + r['system']:.3f} |")
PY
