#!/usr/bin/env bash
# Times the real `workbench` process end to end (start-up, lexicon load, I/O) with hyperfine: several runs, min and
# median wall time, mean user+sys CPU (hyperfine's) and peak memory. Usage: benchmarks/process-timing.sh [WORKBENCH] [RUNS]
#   WORKBENCH  the command to time ("" or absent: a Release publish for this machine's runtime in artifacts/bench,
#              built first: Native AOT, as the installed tool ships (needs clang); R2R=1 publishes ReadyToRun instead,
#              with the settings the tool shipped before Native AOT, in artifacts/bench-r2r; JIT=1 times a plain
#              `dotnet build -c Release`, the before figure of issue 12; or an installed `workbench`, e.g. after
#              `dotnet tool install`)
#   RUNS       runs per command (default 10; the 40,000-sentence commands run min(RUNS, 5) times, without warm-up
#              when fewer than 5)
# Large documents repeat the nict-dev gold sentences (../shared) to 40,000 English sentences (41,601 Japanese).
# `import` runs into a fresh database each time, once as shipped and once with the search-index triggers
# (migration 0003) dropped first, so the figures separate storing from index maintenance (needs sqlite3).
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${2:-10}
big_runs=$((runs < 5 ? runs : 5))
if [[ -n ${1:-} ]]; then
  wb=$1
elif [[ ${JIT:-0} == 1 ]]; then
  dotnet build src/Workbench.Cli -c Release -o artifacts/bench-jit -v q >/dev/null
  wb=$PWD/artifacts/bench-jit/workbench
elif [[ ${R2R:-0} == 1 ]]; then
  rid=$(dotnet --info | awk '/^ *RID:/ { print $2; exit }')
  dotnet publish src/Workbench.Cli -c Release -r "$rid" --self-contained false -p:PublishAot=false -p:PublishReadyToRun=true \
    -p:PublishReadyToRunCrossgen2ExtraArgs=--opt-cross-module:* -p:TieredCompilation=false -o artifacts/bench-r2r -v q >/dev/null
  wb=$PWD/artifacts/bench-r2r/workbench
else
  rid=$(dotnet --info | awk '/^ *RID:/ { print $2; exit }')
  dotnet publish src/Workbench.Cli -c Release -r "$rid" -o artifacts/bench -v q >/dev/null
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
cp "$work/en40k" "$work/en40k.txt"; cp "$work/ja40k" "$work/ja40k.txt"
# A database with the schema and no search-index triggers, copied fresh before each untriggered import.
"$wb" --db "$work/plain.db" import --en "$work/en5" --ja "$work/ja5" --name seed >/dev/null
if command -v sqlite3 >/dev/null; then
  for trigger in $(sqlite3 "$work/plain.db" "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'search_%'"); do
    sqlite3 "$work/plain.db" "DROP TRIGGER $trigger"
  done
fi
echo "load: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores; $runs runs each ($big_runs for 40,000 sentences); $wb"
time_it() { # NAME RUNS PREPARE COMMAND; every run appends its peak RSS (kB) to NAME.rss
  local warmup=$(( $2 < 5 ? 0 : 1 ))
  hyperfine --style none --warmup "$warmup" --runs "$2" -N --prepare "$3" --export-json "$work/$1.json" -n "$1" \
    "/usr/bin/time -f %M -a -o $work/$1.rss $4" >/dev/null 2>&1
}
time_it version "$runs" true "$wb --version"
time_it align-5-default "$runs" true "$wb align --presegmented --format links --en $work/en5 --ja $work/ja5"
time_it align-5-none "$runs" true "$wb align --presegmented --format links --lexicon none --en $work/en5 --ja $work/ja5"
time_it align-40k-default "$big_runs" true "$wb align --presegmented --format links --en $work/en40k --ja $work/ja40k"
time_it import-40k "$big_runs" "rm -f $work/tm.db $work/tm.db-wal $work/tm.db-shm" \
  "$wb --db $work/tm.db import --en $work/en40k.txt --ja $work/ja40k.txt --name big"
if command -v sqlite3 >/dev/null; then
  time_it import-40k-no-search-triggers "$big_runs" "cp $work/plain.db $work/tm2.db" \
    "$wb --db $work/tm2.db import --en $work/en40k.txt --ja $work/ja40k.txt --name big"
fi
python3 - "$work" <<'PY'
import json, os, statistics, sys
print("| command | runs | min (s) | median (s) | mean user+sys (s) | peak RSS (MB) |")
print("|---|---:|---:|---:|---:|---:|")
order = ["version", "align-5-default", "align-5-none", "align-40k-default", "import-40k", "import-40k-no-search-triggers"]
for name in order:
    path = os.path.join(sys.argv[1], name + ".json")
    if not os.path.exists(path):
        continue
    r = json.load(open(path))["results"][0]
    rss = max(int(line) for line in open(os.path.join(sys.argv[1], name + ".rss")) if line.strip().isdigit()) / 1024
    print(f"| {name} | {len(r['times'])} | {min(r['times']):.3f} | {statistics.median(r['times']):.3f} | {r['user'] + r['system']:.3f} | {rss:.0f} |")
PY
