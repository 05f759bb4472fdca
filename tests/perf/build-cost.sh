#!/usr/bin/env bash
# What the GapModel package adds to a consumer's full build (docs/performance.md).
#
#   tests/perf/build-cost.sh [-n RUNS] [-k] [-- extra dotnet build arguments]
#
# Packs the GapModel package into a temporary feed and writes three consumer projects outside the repository, with
# the same 300 C# files (3,000 [AddressesGap] references) and 5 gap documents (5,000 gaps) as AdditionalFiles:
#   with  references the package (constants, catalog, AddressedBy and the analyzers, default settings);
#   hand  does not: the same constants written by hand (Gaps.cs, what the package generates, written once) and
#         its own AddressesGapAttribute;
#   bare  its own AddressesGapAttribute and no constants.
# Restores them into a package folder of their own, then rebuilds them (--no-restore --no-incremental) RUNS times
# (default 9; RUNS=... works too), rotating which goes first, and prints every time, the medians and two ratios of
# medians: with/hand (the budget, <= 1.10) and with/bare. -k keeps the temporary folder. Needs only the .NET SDK.
set -euo pipefail

runs="${RUNS:-9}"
keep=0
while getopts "n:kh" option; do
  case "$option" in
    n) runs="$OPTARG" ;;
    k) keep=1 ;;
    h) sed -n '2,15p' "$0"; exit 0 ;;
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

echo "== writing the consumer projects (with the generator run in-process once for hand/Gaps.cs)"
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
for project in with hand bare; do
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
for project in with hand bare; do build "$project" > /dev/null; done

# The package must really have run, and only in "with"; the hand-written constants are in "hand" only.
# (Assemblies found under bin/ whatever configuration the extra build arguments chose.)
assembly() { find "$consumer/$1/bin" -name Consumer.dll -not -path "*/ref/*" -print -quit; }
first_constant=$(sed -n 's/^ *public const string \([A-Za-z0-9_@]*\) = .*/\1/p; T; q' "$consumer/hand/Gaps.cs")
for project in with hand bare; do
  dll=$(assembly "$project")
  if [[ -z "$dll" ]]; then
    echo "no Consumer.dll under $consumer/$project/bin" >&2
    exit 1
  fi
  has_catalog=0; has_constants=0
  grep -aq "GapCatalog" "$dll" && has_catalog=1
  grep -aq "${first_constant#@}" "$dll" && has_constants=1
  case "$project:$has_catalog$has_constants" in
    with:11 | hand:01 | bare:00) ;;
    *) echo "$project: GapCatalog present=$has_catalog, constant $first_constant present=$has_constants: not the project intended" >&2; exit 1 ;;
  esac
done

with_times=()
hand_times=()
bare_times=()
echo "== $runs timed full rebuilds of each, rotating the order (the machine may be shared: compare times of one run only)"
echo "== load average before: $(cut -d ' ' -f 1-3 /proc/loadavg)"
printf '%-5s %10s %10s %10s %10s %10s\n' run with_ms hand_ms bare_ms with/hand with/bare
for ((i = 1; i <= runs; i++)); do
  # Rotate which goes first, so drift in the machine's load falls on all three alike.
  case $(( i % 3 )) in
    1) order=(with hand bare) ;;
    2) order=(hand bare with) ;;
    0) order=(bare with hand) ;;
  esac
  for project in "${order[@]}"; do
    ms=$(build "$project")
    case "$project" in
      with) w=$ms ;;
      hand) h=$ms ;;
      bare) b=$ms ;;
    esac
  done
  with_times+=("$w")
  hand_times+=("$h")
  bare_times+=("$b")
  printf '%-5s %10s %10s %10s %10s %10s\n' "$i" "$w" "$h" "$b" \
    "$(awk -v a="$w" -v b="$h" 'BEGIN { printf "%.3f", a / b }')" "$(awk -v a="$w" -v b="$b" 'BEGIN { printf "%.3f", a / b }')"
done
echo "== load average after: $(cut -d ' ' -f 1-3 /proc/loadavg)"

median() { printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
with_median=$(median "${with_times[@]}")
hand_median=$(median "${hand_times[@]}")
bare_median=$(median "${bare_times[@]}")
echo "== median: with ${with_median} ms, hand ${hand_median} ms, bare ${bare_median} ms"
awk -v a="$with_median" -v b="$hand_median" \
  'BEGIN { r = a / b; printf "== median ratio with/hand: %.3f (budget 1.10: %s)\n", r, (r <= 1.10 ? "met" : "missed") }'
awk -v a="$with_median" -v b="$bare_median" 'BEGIN { printf "== median ratio with/bare: %.3f\n", a / b }'
awk -v a="$hand_median" -v b="$bare_median" 'BEGIN { printf "== median ratio hand/bare: %.3f\n", a / b }'
