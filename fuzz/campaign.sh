#!/usr/bin/env bash
# Runs every fuzz target for a fixed time, starting from the committed seeds, and
# prints one summary line per target: executions, seconds, corpus files, crashes.
#   fuzz/campaign.sh                        # default times (about 18 minutes in all)
#   SECONDS_EACH=60 fuzz/campaign.sh roster_csv
# Needs nightly and cargo-fuzz: `rustup toolchain install nightly; cargo install cargo-fuzz`.
# A target that crashes stops early; its input is in fuzz/artifacts/TARGET/.
set -uo pipefail
cd "$(dirname "$0")"
declare -A TIME=([roster_workbook]=420 [roster_csv]=300 [evidence_toml]=180 [rubric_toml]=180)
declare -A LEN=([roster_workbook]=65536 [roster_csv]=16384 [evidence_toml]=16384 [rubric_toml]=32768)
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=(roster_workbook roster_csv evidence_toml rubric_toml)
mkdir -p logs
cargo +nightly fuzz build -O >/dev/null 2>&1 || { echo "cargo fuzz build failed"; exit 2; }
for t in "${targets[@]}"; do
  secs=${SECONDS_EACH:-${TIME[$t]}}
  mkdir -p "corpus/$t" "artifacts/$t"
  cp -n seeds/$t/* "corpus/$t/" 2>/dev/null
  start=$(date +%s)
  cargo +nightly fuzz run -O "$t" "corpus/$t" -- \
    -max_total_time="$secs" -max_len="${LEN[$t]}" -rss_limit_mb=2048 -timeout=10 \
    -print_final_stats=1 > "logs/$t.log" 2>&1
  rc=$?
  took=$(( $(date +%s) - start ))
  runs=$(grep -oE 'stat::number_of_executed_units: *[0-9]+' "logs/$t.log" | grep -oE '[0-9]+$' | tail -1)
  echo "$t: exit $rc, ${runs:-?} executions in ${took}s, corpus $(ls "corpus/$t" | wc -l) files, artifacts $(ls "artifacts/$t" | wc -l)"
done
