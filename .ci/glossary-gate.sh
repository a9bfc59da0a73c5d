#!/usr/bin/env bash
# Glossary gate on the bundled sample: the deliberate slips in tm/sample/ja.txt (キエフ for Kyiv, 取引型抑止 for
# transactional deterrence) must fail `workbench check` with exit 1; the same text with the slips fixed must pass
# with exit 0. Files are checked directly (--en/--ja), no database.
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

dotnet build src/Workbench.Cli -nologo -v quiet >/dev/null
workbench=(dotnet src/Workbench.Cli/bin/Debug/net10.0/workbench.dll)
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

set +e
"${workbench[@]}" check --glossary glossary --en tm/sample/en.txt --ja tm/sample/ja.txt --format github >"$scratch/slip.txt"
status=$?
set -e
if [[ $status -ne 1 ]]; then
  echo "glossary gate: expected exit 1 on the sample's slips, got $status" >&2
  cat "$scratch/slip.txt" >&2
  exit 1
fi
for slip in キエフ 取引型抑止; do
  if ! grep -q "::error .*「$slip」" "$scratch/slip.txt"; then
    echo "glossary gate: the slip $slip was not reported" >&2
    cat "$scratch/slip.txt" >&2
    exit 1
  fi
done

mkdir -p "$scratch/fixed"
cp tm/sample/en.txt "$scratch/fixed/en.txt"
sed -e 's/キエフ/キーウ/g' -e 's/取引型抑止/取引的抑止/g' tm/sample/ja.txt >"$scratch/fixed/ja.txt"
set +e
"${workbench[@]}" check --glossary glossary --en "$scratch/fixed/en.txt" --ja "$scratch/fixed/ja.txt" >"$scratch/fixed.txt"
status=$?
set -e
if [[ $status -ne 0 ]]; then
  echo "glossary gate: expected exit 0 once the slips are fixed, got $status" >&2
  cat "$scratch/fixed.txt" >&2
  exit 1
fi
echo "glossary gate: slips caught (exit 1), fixed copy passes (exit 0)"
