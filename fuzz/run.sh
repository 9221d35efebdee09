#!/usr/bin/env bash
# Long fuzzing runs outside CI: AFL++ drives the SharpFuzz harness (fuzz/SamTransform.Fuzz) over the reader or the
# reader plus the transform. Seeds are the small templates of fixtures/ and ../shared/conformance/input (copied to
# the work folder, never committed). Crashes land in WORK/findings/default/crashes and are replayed at the end.
#
# Usage: fuzz/run.sh [transform|reader] [SECONDS]      (default: transform, 600 s; FUZZ_DIR=... to keep the work)
# Needs: apt-get install afl++ ; dotnet tool install --global SharpFuzz.CommandLine (the script installs it if absent)
set -euo pipefail
cd "$(dirname "$0")/.."

target=${1:-transform}
seconds=${2:-600}
work=${FUZZ_DIR:-${TMPDIR:-/tmp}/samtransform-fuzz-$target}
mkdir -p "$work/seeds"

command -v afl-fuzz >/dev/null || { echo "afl-fuzz not found: apt-get install afl++" >&2; exit 2; }
sharpfuzz=$(command -v sharpfuzz || true)
if [ -z "$sharpfuzz" ]; then
  dotnet tool install --tool-path "$work/tools" SharpFuzz.CommandLine >/dev/null
  sharpfuzz="$work/tools/sharpfuzz"
fi

rm -rf "$work/bin" "$work/findings" # a fresh publish: sharpfuzz refuses assemblies it has already instrumented
dotnet publish fuzz/SamTransform.Fuzz -c Release -v q -nologo -o "$work/bin" >/dev/null
# Coverage feedback from the library and from the YAML parser it drives.
"$sharpfuzz" "$work/bin/SamTransform.dll"
"$sharpfuzz" "$work/bin/YamlDotNet.dll"

# The 80 smallest templates: AFL++ runs every seed before it starts mutating, and small inputs mutate best.
rm -f "$work/seeds"/*
find fixtures ../shared/conformance/input -type f \( -name '*.yaml' -o -name '*.yml' -o -name '*.json' \) -printf '%s %p\n' 2>/dev/null |
  sort -n | head -80 | while read -r _ file; do cp "$file" "$work/seeds/$(echo "$file" | tr '/' '_')"; done

# SharpFuzz instruments the .NET assemblies, not the dotnet host AFL++ inspects, hence AFL_SKIP_BIN_CHECK.
export AFL_SKIP_BIN_CHECK=1 AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_NO_UI=1
timeout --signal=INT "$seconds" afl-fuzz -i "$work/seeds" -o "$work/findings" -x fuzz/sam.dict -t 10000 -m none \
  -- dotnet "$work/bin/SamTransform.Fuzz.dll" "$target" || true

crashes="$work/findings/default/crashes"
if compgen -G "$crashes/id*" >/dev/null; then
  echo "Replaying the crashes in $crashes:"
  dotnet "$work/bin/SamTransform.Fuzz.dll" replay "$target" "$crashes"
else
  echo "No crashes in $seconds s."
fi
