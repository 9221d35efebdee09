#!/usr/bin/env bash
# Whole-process timings of the CLI (start to exit), printed as Markdown for bench/RESULTS.md:
#   - one small template (fixtures/hello-function), per build flavour: JIT (framework-dependent, as `dotnet tool`
#     installs it), ReadyToRun (`dotnet publish -r RID -p:PublishAot=false`), Native AOT (`dotnet publish -r RID`, when it builds here);
#   - the whole conformance corpus in one process (`conformance`), per flavour;
#   - generated templates with 10, 100, 1,000 and 5,000 functions (bench/SamTransform.Bench `generate`), with CPU time
#     per function and peak memory.
# Wall time is the median of RUNS runs; CPU time (user+sys) is the median too and is the steadier figure on a shared
# machine. Needs /usr/bin/time (Debian package `time`) for CPU and peak-memory figures.
#
# Usage: bench/run.sh            (RUNS=5 CORPUS=../shared/conformance AOT=1 SIZES="10 100 1000 5000" to change;
#                                 BUILD=0 reuses the builds of the previous run)
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS=${RUNS:-5}
CORPUS=${CORPUS:-../shared/conformance}
SIZES=${SIZES:-10 100 1000 5000}
OUT=${OUT:-${TMPDIR:-/tmp}/samtransform-bench}
AOT=${AOT:-1}
BUILD=${BUILD:-1}
mkdir -p "$OUT"

case "$(uname -m)" in
  x86_64) rid=linux-x64 ;;
  aarch64 | arm64) rid=linux-arm64 ;;
  *) rid="" ;;
esac

if [ ! -x /usr/bin/time ]; then
  echo "/usr/bin/time is missing (apt-get install time): CPU and memory columns need it" >&2
  exit 2
fi

log() { echo "$@" >&2; }

if [ "$BUILD" = 1 ]; then
  log "building (Release)..."
  dotnet build -c Release src/SamTransform.Cli -v q -nologo >/dev/null
  dotnet build -c Release bench/SamTransform.Bench -v q -nologo >/dev/null
fi
declare -A flavours
flavours[jit]="dotnet artifacts/bin/SamTransform.Cli/release/dotnet-sam-transform.dll"
order=(jit)
if [ -n "$rid" ]; then
  log "publishing ReadyToRun ($rid)..."
  if [ "$BUILD" = 0 ] && [ -x "$OUT/r2r/dotnet-sam-transform" ] || dotnet publish src/SamTransform.Cli -c Release -r "$rid" -p:PublishAot=false --self-contained false -v q -nologo -o "$OUT/r2r" >/dev/null; then
    flavours[r2r]="$OUT/r2r/dotnet-sam-transform"
    order+=(r2r)
  fi
  if [ "$AOT" = 1 ]; then
    log "publishing Native AOT ($rid; skipped if the native toolchain is missing)..."
    linker=()
    command -v clang >/dev/null || linker=(-p:CppCompilerAndLinker=gcc)
    if [ "$BUILD" = 0 ] && [ -x "$OUT/aot/dotnet-sam-transform" ] || dotnet publish src/SamTransform.Cli -c Release -r "$rid" -m:1 "${linker[@]}" -v q -nologo -o "$OUT/aot" >"$OUT/aot.log" 2>&1; then
      flavours[aot]="$OUT/aot/dotnet-sam-transform"
      order+=(aot)
    else
      log "Native AOT did not build here (see $OUT/aot.log)"
    fi
  fi
fi

# measure RUNS COMMAND... -> "wall_median cpu_median max_rss_kb"
measure() {
  local runs=$1
  shift
  local samples="$OUT/samples.txt"
  : >"$samples"
  for _ in $(seq "$runs"); do
    /usr/bin/time -o "$OUT/time.txt" -f "%e %U %S %M" "$@" >/dev/null 2>"$OUT/stderr.txt" || true
    tail -1 "$OUT/time.txt" >>"$samples"
  done
  local wall cpu rss
  wall=$(awk '{print $1}' "$samples" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  cpu=$(awk '{printf "%.2f\n", $2+$3}' "$samples" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  rss=$(awk '{print $4}' "$samples" | sort -n | tail -1)
  echo "$wall $cpu $rss"
}

echo "Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(free -g | awk '/Mem:/ {print $2}') GB memory; .NET SDK $(dotnet --version); $(date -u '+%Y-%m-%d %H:%M UTC'); load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo

echo "### One small template, start to exit (fixtures/hello-function, $RUNS runs)"
echo
echo "| build | median wall (s) | median CPU (s) | peak RSS (MB) |"
echo "| --- | ---: | ---: | ---: |"
for flavour in "${order[@]}"; do
  # shellcheck disable=SC2086
  read -r wall cpu rss < <(measure "$RUNS" ${flavours[$flavour]} transform fixtures/hello-function/template.yaml -o "$OUT/hello.json")
  echo "| $flavour | $wall | $cpu | $((rss / 1024)) |"
done
echo

if [ -d "$CORPUS/input" ]; then
  echo "### The whole conformance corpus in one process (\`conformance $CORPUS\`, 3 runs)"
  echo
  echo "| build | median wall (s) | median CPU (s) | peak RSS (MB) | result |"
  echo "| --- | ---: | ---: | ---: | --- |"
  for flavour in "${order[@]}"; do
    # shellcheck disable=SC2086
    read -r wall cpu rss < <(measure 3 ${flavours[$flavour]} conformance "$CORPUS")
    # shellcheck disable=SC2086
    result=$(${flavours[$flavour]} conformance "$CORPUS" | tail -1 || true)
    echo "| $flavour | $wall | $cpu | $((rss / 1024)) | $result |"
  done
  echo
fi

best=${order[-1]}
[ "$best" = aot ] && [ -n "${flavours[r2r]:-}" ] && best=r2r # the tool ships as IL; R2R is the fastest form of that
echo "### Scale: N functions, each with 3 policies, 2 layers, an alias, tags and $(dotnet artifacts/bin/SamTransform.Bench/release/SamTransform.Bench.dll generate 1 | grep -c '          Type: ') events ($best build, 3 runs)"
echo
echo "| functions | template (KB) | output (KB) | median wall (s) | median CPU (s) | CPU per function (ms) | peak RSS (MB) |"
echo "| ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
read -r _ base_cpu _ < <(measure 3 ${flavours[$best]} transform fixtures/hello-function/template.yaml -o "$OUT/hello.json")
for n in $SIZES; do
  template="$OUT/functions-$n.yaml"
  dotnet artifacts/bin/SamTransform.Bench/release/SamTransform.Bench.dll generate "$n" "$template"
  # shellcheck disable=SC2086
  read -r wall cpu rss < <(measure 3 ${flavours[$best]} transform "$template" -o "$OUT/functions-$n.json")
  per=$(awk -v c="$cpu" -v b="$base_cpu" -v n="$n" 'BEGIN {printf "%.3f", (c - b) * 1000 / n}')
  echo "| $n | $(($(stat -c %s "$template") / 1024)) | $(($(stat -c %s "$OUT/functions-$n.json") / 1024)) | $wall | $cpu | $per | $((rss / 1024)) |"
done
echo
echo "CPU per function = (CPU for the template - CPU for the small template) / N. Load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
