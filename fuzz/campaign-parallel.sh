#!/usr/bin/env bash
# Runs the four fuzz targets at once, at the lowest priority (the machine is
# shared; NICE overrides it), each for SECONDS_EACH (default 1200) from the committed seeds, then
# prints executions, exec/s, corpus, peak RSS and crashes per target.
#   fuzz/campaign-parallel.sh
set -uo pipefail
cd "$(dirname "$0")"
secs=${SECONDS_EACH:-1200}
declare -A LEN=([roster_workbook]=65536 [roster_csv]=16384 [evidence_toml]=16384 [rubric_toml]=32768)
targets=(roster_workbook roster_csv evidence_toml rubric_toml)
mkdir -p logs
nice -n ${NICE:-19} cargo +nightly fuzz build -O >logs/build.log 2>&1 || { echo "cargo fuzz build failed"; exit 2; }
for t in "${targets[@]}"; do
  mkdir -p "corpus/$t" "artifacts/$t"
  cp -n seeds/$t/* "corpus/$t/" 2>/dev/null
  ( start=$(date +%s)
    nice -n ${NICE:-19} /usr/bin/time -f '%M' -o "logs/$t.rss" \
      cargo +nightly fuzz run -O "$t" "corpus/$t" -- \
      -max_total_time="$secs" -max_len="${LEN[$t]}" -rss_limit_mb=2048 -timeout=10 \
      -print_final_stats=1 > "logs/$t.log" 2>&1
    echo "$? $(( $(date +%s) - start ))" > "logs/$t.done" ) &
done
wait
for t in "${targets[@]}"; do
  read -r rc took < "logs/$t.done"
  runs=$(grep -oE 'stat::number_of_executed_units: *[0-9]+' "logs/$t.log" | grep -oE '[0-9]+$' | tail -1)
  rss=$(grep -oE 'stat::peak_rss_mb: *[0-9]+' "logs/$t.log" | grep -oE '[0-9]+$' | tail -1)
  echo "$t: exit $rc, ${runs:-?} executions in ${took}s ($(( ${runs:-0} / (took > 0 ? took : 1) )) exec/s), corpus $(ls "corpus/$t" | wc -l) files ($(du -sh "corpus/$t" | cut -f1)), peak RSS ${rss:-?} MB, artifacts $(ls "artifacts/$t" | wc -l)"
done
