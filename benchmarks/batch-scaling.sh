#!/usr/bin/env bash
# Batch import scaling (issue 15): `import --batch` with 1 and 2 jobs on SQLite, and 2 `worker` processes on one
# PostgreSQL database, over the same generated corpus, with the Release build, end to end.
#
#   dotnet run -c Release --project benchmarks/Workbench.Benchmarks -- batch-corpus /tmp/batch-corpus 2000
#   dotnet build -c Release src/Workbench.Cli
#   benchmarks/batch-scaling.sh /tmp/batch-corpus postgresql://USER@127.0.0.1:PORT/EMPTY_DATABASE
#
# Prints one line per run: wall seconds, documents/s and sentences/s (from workbench's own summary), the client's CPU
# seconds (user+sys), the PostgreSQL server's CPU seconds when it runs on this machine (the processes of the postmaster
# listening on the URL's port), and the load average before and after. The PostgreSQL database must be empty (it is migrated on first use).
set -euo pipefail
corpus=${1:?corpus folder}
postgres=${2:?PostgreSQL URL of an empty database}
workbench=${WORKBENCH:-$(dirname "$0")/../src/Workbench.Cli/bin/Release/net10.0/workbench}
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

# The server's postmaster: the process listening on the URL's port on this machine (none for a remote server).
port=$(sed -nE 's#^postgresql://[^/]*:([0-9]+)/.*#\1#p' <<< "$postgres"); port=${port:-5432}
postmaster=$(ss -Hltnp "sport = :$port" 2>/dev/null | sed -nE 's/.*pid=([0-9]+).*/\1/p' | head -n 1)

server_cpu() { # CPU seconds of that server: the postmaster, its live children and the exited ones it reaped (cutime)
    [[ -n "$postmaster" ]] || { echo "n/a"; return; }
    local ticks=0
    for pid in "$postmaster" $(pgrep -P "$postmaster"); do
        ticks=$((ticks + $(awk '{print $14 + $15 + $16 + $17}' "/proc/$pid/stat" 2>/dev/null || echo 0)))
    done
    echo "scale=1; $ticks / $(getconf CLK_TCK)" | bc
}

load() { cut -d' ' -f1-3 /proc/loadavg; }

run() { # label, command...
    local label=$1; shift
    local before_load before_cpu start
    before_load=$(load); before_cpu=$(server_cpu); start=$(date +%s.%N)
    /usr/bin/time -f "%U %S" -o "$scratch/time" "$@" > "$scratch/out" 2> "$scratch/err"
    local wall cpu server
    wall=$(echo "$(date +%s.%N) - $start" | bc)
    cpu=$(awk '{s += $1 + $2} END {print s}' "$scratch/time")
    server=$([[ -n "$postmaster" ]] && echo "$(server_cpu) - $before_cpu" | bc || echo "n/a")
    printf '%s | wall %.1f s | client CPU %.1f s | server CPU %s s | load %s -> %s\n  %s\n' \
        "$label" "$wall" "$cpu" "$server" "$before_load" "$(load)" "$(tail -n 1 "$scratch/out")"
}

run "SQLite --jobs 1" "$workbench" import --batch "$corpus" --jobs 1 --lexicon none --db "$scratch/jobs1.db"
run "SQLite --jobs 2" "$workbench" import --batch "$corpus" --jobs 2 --lexicon none --db "$scratch/jobs2.db"
"$workbench" import --batch "$corpus" --queue --db "$postgres" > /dev/null
two_workers() {
    "$workbench" worker --db "$postgres" --jobs 1 --lexicon none > "$scratch/worker1" &
    "$workbench" worker --db "$postgres" --jobs 1 --lexicon none > "$scratch/worker2" &
    wait
    cat "$scratch/worker1" "$scratch/worker2"
}
export -f two_workers
export workbench postgres scratch
run "PostgreSQL, 2 workers" bash -c two_workers
cat "$scratch/worker1"
