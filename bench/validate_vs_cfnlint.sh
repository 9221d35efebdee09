#!/usr/bin/env bash
# Wall time of `validate` over many templates in one process against `cfn-lint` over the same files in one process.
#
# Usage: bench/validate_vs_cfnlint.sh [-n COUNT] [-r RUNS] DIR...
#   Takes the first COUNT (default 400) *.yaml / *.yml templates found below the folders, in the order given
#   and sorted within each folder, and runs each tool RUNS times (default 1) on all of them in one call. Prints the
#   command lines, the load average before each run, and each wall time (the median when RUNS > 1) for bench/RESULTS.md.
#   Needs a Release build of the CLI (made when missing) and cfn-lint on the PATH. Exit codes of the tools (1 when a
#   template has an error) are not failures here.
set -euo pipefail
cd "$(dirname "$0")/.."

count=400
runs=1
while getopts "n:r:" opt; do
  case $opt in
    n) count=$OPTARG ;;
    r) runs=$OPTARG ;;
    *) echo "usage: $0 [-n COUNT] [-r RUNS] DIR..." >&2; exit 2 ;;
  esac
done
shift $((OPTIND - 1))
[ $# -gt 0 ] || { echo "usage: $0 [-n COUNT] [-r RUNS] DIR..." >&2; exit 2; }

dll=artifacts/bin/SamTransform.Cli/release/dotnet-sam-transform.dll
[ -f "$dll" ] || dotnet build src/SamTransform.Cli -c Release -m:1 >/dev/null

list=$(mktemp)
trap 'rm -f "$list"' EXIT
for dir in "$@"; do
  find "$dir" -type f \( -name '*.yaml' -o -name '*.yml' \) | LC_ALL=C sort
done | head -n "$count" >"$list"
n=$(wc -l <"$list")
[ "$n" -eq "$count" ] || echo "note: found $n templates, fewer than $count" >&2
mapfile -t files <"$list"

median() { LC_ALL=C sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

measure() { # label, command...
  local label=$1; shift
  local times=()
  for _ in $(seq "$runs"); do
    local load start end
    load=$(cut -d' ' -f1-3 /proc/loadavg)
    start=$(date +%s.%N)
    "$@" >/dev/null 2>&1 || true
    end=$(date +%s.%N)
    times+=("$(echo "$end - $start" | bc)")
    echo "  $label: $(printf '%.2f' "${times[-1]}") s (load average before: $load)" >&2
  done
  printf '%s\n' "${times[@]}" | median
}

echo "templates: $n (from $*)"
echo "validate: dotnet $dll validate <$n files> --format json"
echo "cfn-lint: cfn-lint --format parseable <$n files>   ($(cfn-lint --version 2>&1))"
v=$(measure validate dotnet "$dll" validate "${files[@]}" --format json)
c=$(measure cfn-lint cfn-lint --format parseable "${files[@]}")
echo
echo "| tool | templates | runs | wall (s) |"
echo "| --- | ---: | ---: | ---: |"
printf '| validate (one process) | %d | %d | %.2f |\n' "$n" "$runs" "$v"
printf '| cfn-lint 1.51 (one process) | %d | %d | %.2f |\n' "$n" "$runs" "$c"
