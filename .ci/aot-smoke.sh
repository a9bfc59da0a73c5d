#!/usr/bin/env bash
# Native AOT smoke test: packs the tool for this machine's runtime (Native AOT), installs it into a temporary tool path
# as a user would, and tours every command with the installed binary: import (text and HTML), list, show, review (in
# tmux: confirm a bead, undo, quit), search, lookup, analyze, glossary, export (TMX validated by xmllint), import-tmx,
# check (SARIF, JUnit), terms, eval on the gold, align, lexicon compile, the PostgreSQL commands against a throwaway
# cluster, and bad input (one line, exit 2). The align output of both gold pairs must be byte for byte the JIT build's.
# Any failure stops the script with a message naming the step. Needs clang (ILC links with it), xmllint, tmux and the
# PostgreSQL server binaries (.ci/run installs them). Usage: .ci/aot-smoke.sh
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
repo=$PWD
shared=$repo/../shared
gold=$shared/corpus/gold
articles=$shared/corpus/articles
scratch=$(mktemp -d)
pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | tail -1)
pg_data=$scratch/pg
session=aot-smoke-$$
cleanup() {
  tmux kill-session -t "$session" 2>/dev/null || true
  if [[ -f $pg_data/data/postmaster.pid ]]; then
    runuser -u postgres -- "$pg_bin/pg_ctl" -D "$pg_data/data" -m immediate stop >/dev/null 2>&1 || true
  fi
  rm -rf "$scratch"
}
trap cleanup EXIT
step() { echo "aot-smoke: $*"; }
fail() { echo "aot-smoke: FAILED: $*" >&2; exit 1; }

# 1. Pack and install the tool as the README says (a temporary tool path instead of --global).
rid=$(dotnet --info | awk '/^ *RID:/ { print $2; exit }')
step "packing the Native AOT tool for $rid"
dotnet pack src/Workbench.Cli -c Release -r "$rid" -o "$scratch/packages" -v q -nologo >"$scratch/pack.log" 2>&1 \
  || { cat "$scratch/pack.log" >&2; fail "dotnet pack -r $rid"; }
package=$(ls "$scratch"/packages/Workbench.Cli.*.nupkg | head -1)
symbols=$(python3 -c 'import sys, zipfile; print(" ".join(n for n in zipfile.ZipFile(sys.argv[1]).namelist() if n.endswith((".dbg", ".pdb"))))' "$package")
[[ -z $symbols ]] || fail "the tool package carries debug symbols: $symbols"
dotnet tool install --tool-path "$scratch/tools" --add-source "$scratch/packages" Workbench.Cli >/dev/null \
  || fail "dotnet tool install"
wb=$scratch/tools/workbench
binary=$(readlink -f "$wb")
if ls "$(dirname "$binary")"/*.dll >/dev/null 2>&1; then fail "the installed tool is not a single native executable: $(dirname "$binary")"; fi
head -c 4 "$binary" | grep -q ELF || fail "$binary is not a native executable"
step "installed $(du -m "$binary" | cut -f1) MB native executable; $("$wb" --version)"

# 2. The JIT build, the reference for byte-identical output.
dotnet build src/Workbench.Cli -c Release -v q -nologo >"$scratch/build.log" 2>&1 || { cat "$scratch/build.log" >&2; fail "dotnet build"; }
jit=(dotnet "$repo/src/Workbench.Cli/bin/Release/net10.0/workbench.dll")

work=$scratch/work
mkdir -p "$work"
cd "$work"
db=$work/tm.db
run() { # NAME COMMAND...: the command must exit 0
  local name=$1
  shift
  local status=0
  "$@" >"$work/$name.out" 2>"$work/$name.err" || status=$?
  [[ $status == 0 ]] || { cat "$work/$name.err" >&2; fail "$name exited $status ($*)"; }
}

# 3. Align: byte for byte the JIT build's, on both gold pairs, as links and as JSON.
for pair in "$gold"/*/; do
  slug=$(basename "$pair")
  for format in links json; do
    run "align-$slug-$format" "$wb" align --presegmented --format "$format" --en "$pair/en.sent" --ja "$pair/ja.sent"
    "${jit[@]}" align --presegmented --format "$format" --en "$pair/en.sent" --ja "$pair/ja.sent" >"$work/jit-$slug-$format.out"
    cmp -s "$work/align-$slug-$format.out" "$work/jit-$slug-$format.out" \
      || fail "align $slug --format $format differs from the JIT build"
  done
done
step "align: both gold pairs byte-identical to the JIT build (links and json)"
run eval "$wb" eval --gold "$gold"/*/ --per-document
grep -qiE 'F1' "$work/eval.out" || fail "eval printed no F1: $(cat "$work/eval.out")"
step "eval: $(grep -iE 'F1' "$work/eval.out" | head -1)"

# 4. Segment and import: the two article pairs as text, one pair as HTML pages.
run segment-txt "$wb" segment --lang en "$articles/wotr-nato-nuclear-credibility-2022/en.txt"
[[ -s $work/segment-txt.out ]] || fail "segment printed nothing"
page() { # LANG TITLE TEXT-FILE: a saved web page holding the text's paragraphs as an article
  printf '<!DOCTYPE html><html lang="%s"><head><meta charset="utf-8"><title>%s</title></head><body><nav><a href="/">Home</a></nav><article><h1>%s</h1>\n' "$1" "$2" "$2"
  grep -v '^[[:space:]]*$' "$3" | sed -e 's/&/\&amp;/g' -e 's/</\&lt;/g' -e 's/^/<p>/' -e 's#$#</p>#'
  printf '</article><footer>Subscribe to our newsletter</footer></body></html>\n'
}
page en "NATO nuclear credibility" "$articles/wotr-nato-nuclear-credibility-2022/en.txt" >"$work/en.html"
page ja "NATOの核の信頼性" "$articles/wotr-nato-nuclear-credibility-2022/ja.txt" >"$work/ja.html"
run segment-html "$wb" segment --lang en "$work/en.html"
grep -q 'Subscribe' "$work/segment-html.out" && fail "segment kept the page's footer"
for slug in wotr-nato-nuclear-credibility-2022 newsweek-allies-nuclear-2025; do
  run "import-$slug" "$wb" --db "$db" import --en "$articles/$slug/en.txt" --ja "$articles/$slug/ja.txt" --name "$slug"
done
run import-html "$wb" --db "$db" import --en "$work/en.html" --ja "$work/ja.html" --name wotr-html
run import-ja-only "$wb" --db "$db" import --ja "$articles/cato-north-korea-forever-war-2018/ja.txt" --name cato
run list "$wb" --db "$db" list
for name in wotr-nato-nuclear-credibility-2022 newsweek-allies-nuclear-2025 wotr-html cato; do
  grep -q "$name" "$work/list.out" || fail "list does not show $name"
done
run show "$wb" --db "$db" show --doc newsweek-allies-nuclear-2025 --format json
python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert len(d) > 10, len(d)' "$work/show.out" || fail "show --format json"
step "import (txt, html, ja-only), list, show: ok"

# 5. Glossary, lookups, checks.
run glossary-import "$wb" --db "$db" glossary import "$repo/glossary"
run glossary-export "$wb" --db "$db" glossary export
run search "$wb" --db "$db" search NATO --format json
python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert d["hits"], "no hits"' "$work/search.out" || fail "search --format json"
run search-ja "$wb" --db "$db" search 核
sentence=$(sed -n 3p "$gold/wotr-nato-nuclear-credibility-2022/en.sent")
run lookup "$wb" --db "$db" lookup --en "$sentence" --format json
python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert d[0]["matches"], "no fuzzy match"' "$work/lookup.out" || fail "lookup --format json"
run analyze "$wb" --db "$db" analyze "$articles/wotr-nato-nuclear-credibility-2022/en.txt" --lang en --format json
python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert d["total"]["segments"] > 0' "$work/analyze.out" || fail "analyze --format json"
checked() { # NAME COMMAND...: a check exits 0 (clean) or 1 (findings), never more
  local name=$1 status=0
  shift
  "$@" >"$work/$name.out" 2>"$work/$name.err" || status=$?
  [[ $status -le 1 ]] || { cat "$work/$name.err" >&2; fail "$name exited $status"; }
}
checked check-sarif "$wb" --db "$db" check --format sarif -o "$work/check.sarif"
python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert d["version"] == "2.1.0"' "$work/check.sarif" || fail "check SARIF"
checked check-junit "$wb" --db "$db" check --format junit -o "$work/check.xml"
xmllint --noout "$work/check.xml" || fail "check JUnit is not well-formed XML"
checked check-files "$wb" check --glossary "$repo/glossary" --en "$repo/tm/sample/en.txt" --ja "$repo/tm/sample/ja.txt" --format github
run terms "$wb" --db "$db" terms --format json
step "glossary, search, lookup, analyze, check (SARIF, JUnit), terms: ok"

# 6. Export TMX (valid against the TMX 1.4 DTD), import it back, TSV, OmegaT project, lexicon compile.
run export "$wb" --db "$db" export --format tmx -o "$work/all.tmx"
xmllint --noout --dtdvalid "$shared/tmx/schemas/omegat/tmx14.dtd" "$work/all.tmx" || fail "exported TMX is not valid TMX 1.4"
run export-tsv "$wb" --db "$db" export --format tsv --doc newsweek-allies-nuclear-2025
run import-tmx "$wb" --db "$work/from-tmx.db" import-tmx "$work/all.tmx"
run list-tmx "$wb" --db "$work/from-tmx.db" list
grep -q newsweek-allies-nuclear-2025 "$work/list-tmx.out" || fail "import-tmx lost a document"
mkdir -p "$work/omegat"/{source,target,tm,glossary,omegat,dictionary}
# The minimal en-US → ja-JP project the OmegaT tests use.
cp "$repo/tests/Workbench.Cli.Tests/Support/omegat.project" "$work/omegat/omegat.project"
run export-omegat "$wb" --db "$db" export --omegat "$work/omegat"
ls "$work"/omegat/tm/*.tmx >/dev/null 2>&1 || fail "export --omegat wrote no TMX into the project's tm/"
run lexicon-compile "$wb" lexicon compile "$shared/lexicon/jmdict/jmdict_common.tsv" -o "$work/common.wbdic"
run align-compiled "$wb" align --presegmented --format links --lexicon "$work/common.wbdic" \
  --en "$gold/newsweek-allies-nuclear-2025/en.sent" --ja "$gold/newsweek-allies-nuclear-2025/ja.sent"
step "export (TMX valid, TSV, OmegaT), import-tmx, lexicon compile: ok"

# 7. Review in a real terminal (110x30): confirm the first bead, quit; open again, undo, quit.
confirmed() { "$wb" --db "$db" show --doc newsweek-allies-nuclear-2025 --format json \
  | python3 -c 'import json,sys; print(sum(p["status"] == "confirmed" for p in json.load(sys.stdin)))'; }
review() { # KEYS...: open the review screen, wait for it, type the keys, expect it to exit
  tmux new-session -d -s "$session" -x 110 -y 30 \
    "'$wb' --db '$db' review --doc newsweek-allies-nuclear-2025; echo \$? >'$work/review.status'"
  for _ in $(seq 50); do tmux capture-pane -p -t "$session" | grep -q 'quit' && break; sleep 0.2; done
  tmux capture-pane -p -t "$session" >"$work/review.screen"
  grep -q 'quit' "$work/review.screen" || fail "the review screen did not come up: $(cat "$work/review.screen")"
  for key in "$@"; do tmux send-keys -t "$session" "$key"; sleep 0.5; done
  for _ in $(seq 50); do [[ -s $work/review.status ]] && break; sleep 0.2; done
  [[ $(cat "$work/review.status" 2>/dev/null) == 0 ]] || fail "review did not quit cleanly"
  rm -f "$work/review.status"
  tmux kill-session -t "$session" 2>/dev/null || true
}
before=$(confirmed)
review c q
[[ $(confirmed) == $((before + 1)) ]] || fail "review: the confirmed bead was not saved"
review u q
[[ $(confirmed) == "$before" ]] || fail "review: undo did not take the confirmation back"
step "review (tmux 110x30): confirm, undo, quit: ok"

# 8. PostgreSQL: a throwaway cluster; copy the memory in, then list, search, show, export, review history, batch queue.
[[ -n $pg_bin ]] || fail "no PostgreSQL server binaries (install postgresql)"
chmod 711 "$scratch" # the cluster runs as the postgres user, which must reach its data folder inside
mkdir -p "$pg_data"
chown postgres "$pg_data"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
runuser -u postgres -- "$pg_bin/initdb" -D "$pg_data/data" --locale=C.UTF-8 -E UTF8 -U workbench -A trust >/dev/null
runuser -u postgres -- "$pg_bin/pg_ctl" -D "$pg_data/data" -o "-p $port -k $pg_data -c listen_addresses=127.0.0.1" \
  -l "$pg_data/log" -w start >/dev/null
runuser -u postgres -- "$pg_bin/createdb" -h 127.0.0.1 -p "$port" -U workbench smoke
runuser -u postgres -- "$pg_bin/createdb" -h 127.0.0.1 -p "$port" -U workbench queue
pg=postgresql://workbench@127.0.0.1:$port/smoke
run pg-copy "$wb" --db "$db" copy --to "$pg"
run pg-list "$wb" --db "$pg" list
grep -q newsweek-allies-nuclear-2025 "$work/pg-list.out" || fail "copy to PostgreSQL lost a document"
run pg-search "$wb" --db "$pg" search NATO
run pg-show "$wb" --db "$pg" show --doc newsweek-allies-nuclear-2025 --format json
run pg-import "$wb" --db "$pg" import --en "$gold/wotr-nato-nuclear-credibility-2022/en.sent" \
  --ja "$gold/wotr-nato-nuclear-credibility-2022/ja.sent" --name wotr-gold
run pg-export "$wb" --db "$pg" export --format tmx -o "$work/pg.tmx"
xmllint --noout --dtdvalid "$shared/tmx/schemas/omegat/tmx14.dtd" "$work/pg.tmx" || fail "TMX exported from PostgreSQL is not valid"
checked pg-check "$wb" --db "$pg" check --format sarif -o "$work/pg.sarif"
run pg-lookup "$wb" --db "$pg" lookup --en "$sentence"
mkdir -p "$work/batch/wotr" "$work/batch/newsweek"
cp "$articles/wotr-nato-nuclear-credibility-2022/en.txt" "$articles/wotr-nato-nuclear-credibility-2022/ja.txt" "$work/batch/wotr/"
cp "$articles/newsweek-allies-nuclear-2025/en.txt" "$articles/newsweek-allies-nuclear-2025/ja.txt" "$work/batch/newsweek/"
queue=postgresql://workbench@127.0.0.1:$port/queue
run pg-enqueue "$wb" --db "$queue" import --batch "$work/batch" --queue
run pg-worker "$wb" --db "$queue" worker
run pg-queue-list "$wb" --db "$queue" list
grep -q wotr "$work/pg-queue-list.out" && grep -q newsweek "$work/pg-queue-list.out" || fail "the worker did not store the queued documents"
run pg-copy-back "$wb" --db "$pg" copy --to "$work/back.db"
step "PostgreSQL: copy, list, search, show, import, export, check, lookup, queue + worker, copy back: ok"

# 9. Bad input: one line on standard error, exit 2, no stack trace.
bad() { # NAME COMMAND...
  local name=$1 status=0
  shift
  "$@" >"$work/$name.out" 2>"$work/$name.err" || status=$?
  [[ $status == 2 ]] || fail "$name: expected exit 2, got $status: $(cat "$work/$name.err")"
  [[ $(wc -l <"$work/$name.err") == 1 ]] || fail "$name: expected one line of error, got: $(cat "$work/$name.err")"
  grep -q '   at ' "$work/$name.err" && fail "$name: stack trace"
  return 0
}
bad missing-file "$wb" --db "$db" import --en "$work/nope.txt" --ja "$articles/cato-north-korea-forever-war-2018/ja.txt"
bad duplicate "$wb" --db "$db" import --en "$articles/newsweek-allies-nuclear-2025/en.txt" \
  --ja "$articles/newsweek-allies-nuclear-2025/ja.txt" --name newsweek-allies-nuclear-2025
echo 'not a database' >"$work/junk.db"
bad junk-db "$wb" --db "$work/junk.db" list
bad no-doc "$wb" --db "$db" show --doc no-such-document
bad bad-tmx "$wb" --db "$work/bad-tmx.db" import-tmx "$work/junk.db"
step "bad input: one line, exit 2: ok"
echo "aot-smoke: every command ran under Native AOT"
