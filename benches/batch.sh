#!/usr/bin/env bash
# Benchmark `dvht batch` on a synthetic national-scale district, against `xsv cat rows`
# reading the same roster files in the same run. Prints the median of RUNS runs.
#
#   benches/batch.sh [UNITS] [MEMBERS] [RUNS]      defaults: 50000 32 5
#
# Environment: DATA (where the district is generated, default target/bench-data; it is
# reused when present), XSV (default `xsv`; install with `cargo install xsv`),
# RUBRIC (default tt24), JOBS (default: all cores).
# Needs GNU time (/usr/bin/time; Debian package `time`). The page cache is warmed before
# timing, so the figures are for files already in memory.
set -euo pipefail
cd "$(dirname "$0")/.."

UNITS=${1:-50000}
MEMBERS=${2:-32}
RUNS=${3:-5}
RUBRIC=${RUBRIC:-tt24}
XSV=${XSV:-xsv}
DATA=${DATA:-target/bench-data}
DIR="$DATA/district-u$UNITS-m$MEMBERS-s1"
JOBS_ARG=()
[ -n "${JOBS:-}" ] && JOBS_ARG=(--jobs "$JOBS")

command -v "$XSV" >/dev/null || { echo "benches/batch.sh: $XSV not found (cargo install xsv)" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "benches/batch.sh: /usr/bin/time not found (apt-get install time)" >&2; exit 1; }

cargo build --release --quiet --bin dvht --example gen_district
DVHT=$PWD/target/release/dvht

mkdir -p "$DATA"
if [ ! -f "$DIR/.complete" ]; then
  rm -rf "$DIR"
  districts=$(( UNITS > 1000 ? UNITS / 200 : 1 ))
  target/release/examples/gen_district "$DIR" --units "$UNITS" --members "$MEMBERS" \
    --seed 1 --districts "$districts" > "$DIR.gen.txt"
  touch "$DIR/.complete"
fi
# The roster files, relative to the district, in folder order (what xsv is given).
(cd "$DIR" && find . -name roster.csv -not -path '*/minh-chung/*' | LC_ALL=C sort) > "$DIR.files"
files=$(wc -l < "$DIR.files")
bytes=$(cd "$DIR" && xargs -a "../$(basename "$DIR").files" cat | wc -c)
rows=$(cd "$DIR" && xargs -a "../$(basename "$DIR").files" cat | wc -l)
members=$(( rows - files ))  # one header line per file
(cd "$DIR" && xargs -a "../$(basename "$DIR").files" cat > /dev/null; find . -name evidence.toml -exec cat {} + > /dev/null)

# time_run LABEL CMD...: one run under /usr/bin/time -v; appends "wall_s rss_kb" to $tmp/LABEL.
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
time_run() {
  local label=$1; shift
  /usr/bin/time -v -o "$tmp/time.txt" "$@" > /dev/null
  awk -F': ' '
    /Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i] }
    /Maximum resident set size/ { rss = $2 }
    END { printf "%.3f %d\n", s, rss }' "$tmp/time.txt" >> "$tmp/$label"
}

for _ in $(seq "$RUNS"); do
  time_run dvht "$DVHT" batch "$DIR" --rubric "$RUBRIC" --format csv --as-of 2025-06-30 "${JOBS_ARG[@]}"
  time_run xsv sh -c "cd '$DIR' && xargs -a '../$(basename "$DIR").files' '$XSV' cat rows"
done

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
dvht_s=$(cut -d' ' -f1 "$tmp/dvht" | median)
xsv_s=$(cut -d' ' -f1 "$tmp/xsv" | median)
dvht_rss=$(cut -d' ' -f2 "$tmp/dvht" | median)
xsv_rss=$(cut -d' ' -f2 "$tmp/xsv" | median)

echo "machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo); $(uname -sr)"
echo "district: $files units, $members members, $(awk -v b="$bytes" 'BEGIN { printf "%.1f MB", b / 1e6 }') of roster CSV; rubric $RUBRIC; median of $RUNS runs"
printf '%-44s %9s %12s %9s %13s\n' "command" "wall (s)" "members/s" "MB/s" "peak RSS (MB)"
row() {
  awk -v n="$1" -v s="$2" -v m="$members" -v b="$bytes" -v r="$3" \
    'BEGIN { printf "%-44s %9.2f %12.0f %9.1f %13.1f\n", n, s, m / s, b / 1e6 / s, r / 1024 }'
}
row "dvht batch --format csv (scores every unit)" "$dvht_s" "$dvht_rss"
row "xsv cat rows (reads the same rosters)" "$xsv_s" "$xsv_rss"
awk -v a="$dvht_s" -v b="$xsv_s" 'BEGIN { printf "dvht / xsv wall-time ratio: %.2f\n", a / b }'
