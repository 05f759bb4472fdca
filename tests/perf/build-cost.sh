#!/usr/bin/env bash
# What the GapModel package adds to a consumer's full build (docs/performance.md).
#
#   tests/perf/build-cost.sh [-n RUNS] [-k] [-- extra dotnet build arguments]
#
# Packs the GapModel package into a temporary feed, writes two consumer projects outside the repository (300 C#
# files with 3,000 [AddressesGap] references and 5 gap documents holding 5,000 gaps): "with" references the
# package, "without" declares its own AddressesGapAttribute in its place, with the same sources. Restores both
# into a package folder of their own, then rebuilds them (--no-restore --no-incremental) alternately RUNS times
# (default 5; RUNS=... works too) and prints every time and the ratio of the medians, with / without.
# -k keeps the temporary folder. Needs only the .NET SDK that global.json names.
set -euo pipefail

runs="${RUNS:-5}"
keep=0
while getopts "n:kh" option; do
  case "$option" in
    n) runs="$OPTARG" ;;
    k) keep=1 ;;
    h) sed -n '2,12p' "$0"; exit 0 ;;
    *) echo "usage: $0 [-n RUNS] [-k] [-- extra dotnet build arguments]" >&2; exit 2 ;;
  esac
done
shift $((OPTIND - 1))
if [[ "${1:-}" == "--" ]]; then shift; fi
extra_build_args=("$@")

if ! [[ "$runs" =~ ^[1-9][0-9]*$ ]]; then
  echo "RUNS must be a positive whole number, not '$runs'" >&2
  exit 2
fi

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
work="$(mktemp -d "${TMPDIR:-/tmp}/gapmodel-build-cost.XXXXXX")"
cleanup() {
  if [[ "$keep" == 1 ]]; then
    echo "kept $work"
  else
    rm -rf "$work"
  fi
}
trap cleanup EXIT

version="0.0.0-perf.$(date -u +%Y%m%d%H%M%S).$$"
feed="$work/feed"
consumer="$work/consumer"
log="$work/logs"
mkdir -p "$feed" "$consumer" "$log"

echo "== machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo), .NET SDK $(cd "$repo" && dotnet --version)"
echo "== UseSharedCompilation=${UseSharedCompilation:-<unset>} (false: every build starts a cold compiler)"
echo "== work folder: $work"

echo "== packing GapModel $version"
dotnet pack "$repo/src/GapModel/GapModel.csproj" -c Release -o "$feed" -p:Version="$version" -nologo -v:q > "$log/pack.log" 2>&1 \
  || { cat "$log/pack.log"; exit 1; }

echo "== writing the consumer projects"
dotnet run -c Release --project "$repo/tests/GapModel.Benchmarks" -- \
  write-consumer "$consumer" --package-version "$version" --gaps 5000 --documents 5 --files 300 --references 3000

# Nothing of the repository's build settings reaches the consumers: stop MSBuild's upward search here, use the
# repository's SDK choice and package sources plus the temporary feed.
printf '<Project />\n' > "$consumer/Directory.Build.props"
printf '<Project />\n' > "$consumer/Directory.Build.targets"
cp "$repo/global.json" "$consumer/global.json"
cp "$repo/nuget.config" "$consumer/nuget.config"
dotnet nuget add source "$feed" --name gapmodel-perf --configfile "$consumer/nuget.config" > /dev/null

# A package folder of its own: no stale GapModel of the same version from an earlier run can be picked up.
export NUGET_PACKAGES="$work/packages"

echo "== restoring"
for project in with without; do
  dotnet restore "$consumer/$project/Consumer.csproj" -nologo -v:q > "$log/restore-$project.log" 2>&1 \
    || { cat "$log/restore-$project.log"; exit 1; }
done

build() { # project -> prints milliseconds
  local project="$1" started ended
  started=$(date +%s%N)
  if ! dotnet build "$consumer/$project/Consumer.csproj" --no-restore --no-incremental -nologo -v:q -clp:NoSummary \
      ${extra_build_args[@]+"${extra_build_args[@]}"} > "$log/build-$project.log" 2>&1; then
    cat "$log/build-$project.log" >&2
    echo "build of $project failed" >&2
    return 1
  fi
  ended=$(date +%s%N)
  echo $(( (ended - started) / 1000000 ))
}

# One untimed build of each: the package's files and the SDK are read from disk once before timing starts.
echo "== warm-up builds (not timed)"
build with > /dev/null
build without > /dev/null

# The package must really have run: the generated catalog is in the assembly built with it, and only there.
# (Found under bin/ whatever configuration the extra build arguments chose.)
with_assembly=$(find "$consumer/with/bin" -name Consumer.dll -not -path "*/ref/*" -print -quit)
without_assembly=$(find "$consumer/without/bin" -name Consumer.dll -not -path "*/ref/*" -print -quit)
if [[ -z "$with_assembly" || -z "$without_assembly" ]]; then
  echo "no Consumer.dll under $consumer/with/bin or $consumer/without/bin" >&2
  exit 1
fi
if ! grep -aq "GapCatalog" "$with_assembly"; then
  echo "the build with the package produced no GapCatalog: the generator did not run" >&2
  exit 1
fi
if grep -aq "GapCatalog" "$without_assembly"; then
  echo "the build without the package has a GapCatalog" >&2
  exit 1
fi

with_times=()
without_times=()
echo "== $runs timed full rebuilds of each, alternating (the machine may be shared: compare times of one run only)"
printf '%-5s %10s %10s %8s\n' run with_ms without_ms ratio
for ((i = 1; i <= runs; i++)); do
  # Alternate which goes first, so drift in the machine's load falls on both alike.
  if (( i % 2 == 1 )); then
    w=$(build with); wo=$(build without)
  else
    wo=$(build without); w=$(build with)
  fi
  with_times+=("$w")
  without_times+=("$wo")
  printf '%-5s %10s %10s %8s\n' "$i" "$w" "$wo" "$(awk -v a="$w" -v b="$wo" 'BEGIN { printf "%.3f", a / b }')"
done

median() { printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
with_median=$(median "${with_times[@]}")
without_median=$(median "${without_times[@]}")
echo "== median: with ${with_median} ms, without ${without_median} ms"
awk -v a="$with_median" -v b="$without_median" \
  'BEGIN { r = a / b; printf "== median ratio with/without: %.3f (budget 1.10: %s)\n", r, (r <= 1.10 ? "met" : "missed") }'
