#!/usr/bin/env bash
# Benchmark: `dvht evidence hash` and `dvht check-evidence` against GNU `sha256sum`
# on the same files, the reference measured in the same run (xsv's benchmark-basic).
#
# Generates a unit folder of evidence files of realistic sizes (scanned PDFs: most
# 0.1–1 MB, some 1–5 MB, a few 5–20 MB; random bytes, sizes from a fixed seed), then
# times each case RUNS times after one warm-up run and prints the median wall time,
# MB/s (1 MB = 10^6 bytes) and the median CPU time (user + sys, which other load on
# the machine disturbs less than wall time) as a Markdown table. The page cache is warm: this
# measures hashing and I/O scheduling, not the disk.
#
#   benches/evidence-hash.sh [FILES] [RUNS]      # defaults: 300 files, 5 runs
#   BENCH_DIR=/tmp/x benches/evidence-hash.sh    # keep (and reuse) the generated folder
set -euo pipefail
cd "$(dirname "$0")/.."

FILES=${1:-300}
RUNS=${2:-5}
cargo build --release --quiet
BIN=$PWD/target/release/dvht

if [[ -n "${BENCH_DIR:-}" ]]; then
  WORK=$BENCH_DIR
  mkdir -p "$WORK"
else
  WORK=$(mktemp -d)
  trap 'rm -rf "$WORK"' EXIT
fi
UNIT=$WORK/unit
mkdir -p "$UNIT/minh-chung"

# ---- the folder: FILES files, sizes drawn with a fixed seed
if [[ ! -f "$UNIT/.generated-$FILES" ]]; then
  rm -rf "$UNIT/minh-chung" && mkdir -p "$UNIT/minh-chung"
  awk -v n="$FILES" 'BEGIN { srand(42);
    for (i = 1; i <= n; i++) {
      r = rand();
      if (r < 0.6)      s = 100000 + int(rand() * 900000);
      else if (r < 0.9) s = 1000000 + int(rand() * 4000000);
      else              s = 5000000 + int(rand() * 15000000);
      printf "%04d %d\n", i, s } }' |
  while read -r i size; do
    head -c "$size" /dev/urandom > "$UNIT/minh-chung/minh-chung-$i.pdf"
  done
  {
    printf '[unit]\nname = "Đơn vị đo hiệu năng"\nkind = "truong-hoc"\nyear = 2024\n\n'
    for f in "$UNIT"/minh-chung/*.pdf; do
      b=$(basename "$f" .pdf)
      printf '[[evidence]]\ncode = "%s"\ntitle = "Minh chứng %s"\nfile = "minh-chung/%s.pdf"\nsupports = ["learning_plan"]\n\n' "$b" "$b" "$b"
    done
  } > "$UNIT/evidence.template.toml"
  touch "$UNIT/.generated-$FILES"
fi
BYTES=$(find "$UNIT/minh-chung" -type f -printf '%s\n' | awk '{ s += $1 } END { print s }')

# ---- the cases
reset_manifest() { cp "$UNIT/evidence.template.toml" "$UNIT/evidence.toml"; }
hashed_manifest() { reset_manifest; "$BIN" --quiet evidence hash "$UNIT/evidence.toml" || true; }

declare -a NAMES CMDS PREPS
add() { NAMES+=("$1"); PREPS+=("$2"); CMDS+=("$3"); }
add "sha256sum (1 process)" true \
  "sha256sum minh-chung/*.pdf > /dev/null"
add "sha256sum, xargs -P $(nproc)" true \
  "find minh-chung -name '*.pdf' -print0 | xargs -0 -n 16 -P $(nproc) sha256sum > /dev/null"
add "dvht evidence hash" reset_manifest \
  "'$BIN' --quiet evidence hash evidence.toml"
add "dvht evidence hash --jobs 1" reset_manifest \
  "'$BIN' --quiet evidence hash --jobs 1 evidence.toml"
add "dvht check-evidence" hashed_manifest \
  "'$BIN' --quiet check-evidence evidence.toml --rubric hanoi; test \$? -le 1"
add "dvht check-evidence --jobs 1" hashed_manifest \
  "'$BIN' --quiet check-evidence --jobs 1 evidence.toml --rubric hanoi; test \$? -le 1"

median() { printf '%s\n' "$@" | sort -n | awk '{ a[NR] = $1 } END { if (NR % 2) print a[(NR + 1) / 2]; else printf "%.3f\n", (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }

seconds() { # runs "$1" (prep) untimed, then times "$2"; prints "wall cpu" seconds
  (cd "$UNIT" && $1 > /dev/null 2>&1)
  local TIMEFORMAT='%R %U %S' t
  # The braces keep the command's own output away from `time`'s report.
  t=$( { time { (cd "$UNIT" && bash -c "$2") > /dev/null 2>&1; }; } 2>&1 )
  awk -v t="$t" 'BEGIN { split(t, a, " "); printf "%.3f %.3f\n", a[1], a[2] + a[3] }'
}

# ---- correctness first: dvht's digests are sha256sum's
reset_manifest
(cd "$UNIT" && "$BIN" --quiet evidence hash evidence.toml)
(cd "$UNIT" && sha256sum minh-chung/*.pdf) | sort > "$WORK/ref.txt"
awk -F'"' '/^file = / { f = $2 } /^sha256 = / { print $2 "  " f }' "$UNIT/evidence.toml" | sort > "$WORK/dvht.txt"
if ! cmp -s "$WORK/ref.txt" "$WORK/dvht.txt"; then
  echo "digests differ from sha256sum" >&2
  exit 1
fi

echo "## evidence hashing: $FILES files, $(awk -v b="$BYTES" 'BEGIN { printf "%.1f", b / 1e6 }') MB, median of $RUNS runs (warm cache)"
echo
echo "machine: $(nproc) cores, $(lscpu 2>/dev/null | sed -n 's/^Model name: *//p' | head -1), $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo) RAM"
echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "tools: $(sha256sum --version | head -1), $("$BIN" --version), $(rustc --version 2>/dev/null || true)"
echo
echo "| case | median wall s | MB/s | median CPU s (user+sys) | wall s of each run |"
echo "|---|---:|---:|---:|---|"
for i in "${!NAMES[@]}"; do
  seconds "${PREPS[$i]}" "${CMDS[$i]}" > /dev/null # warm-up
  walls=() cpus=()
  for _ in $(seq "$RUNS"); do
    read -r w c < <(seconds "${PREPS[$i]}" "${CMDS[$i]}")
    walls+=("$w") cpus+=("$c")
  done
  wall=$(median "${walls[@]}")
  cpu=$(median "${cpus[@]}")
  mbs=$(awk -v b="$BYTES" -v t="$wall" 'BEGIN { printf "%.0f", b / 1e6 / t }')
  echo "| ${NAMES[$i]} | $wall | $mbs | $cpu | ${walls[*]} |"
done
