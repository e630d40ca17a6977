#!/usr/bin/env bash
# Times dvht on the hostile and big inputs of issue 12: wall time, peak RSS, exit
# code and the first line of the message. Usage:
#   python3 benches/make_bombs.py /tmp/dvht-bombs && benches/bombs.sh /tmp/dvht-bombs [target/release/dvht]
set -u
dir=${1:-/tmp/dvht-bombs}
bin=${2:-target/release/dvht}
run() {
  local label=$1; shift
  local err
  err=$(mktemp)
  /usr/bin/time -f '%e %M' -o "$err.time" "$bin" "$@" --lang en >/dev/null 2>"$err"
  local rc=$?
  read -r secs kb < <(tail -n 1 "$err.time")
  printf '| %s | %s s | %s MB | %s | %s |\n' "$label" "$secs" "$((kb / 1024))" "$rc" \
    "$(head -c 150 "$err" | tr '\n|' ' /')"
  rm -f "$err" "$err.time"
}
echo "| input | wall | peak RSS | exit | message |"
echo "|---|---|---|---|---|"
for f in "$dir"/*.xlsx "$dir"/*.ods; do
  run "$(basename "$f") ($(($(stat -c %s "$f") / 1024)) KB)" score "$f" --rubric tt24
done
run "roster-20mb.csv" score "$dir/roster-20mb.csv" --rubric tt24
for n in 40000 100000; do
  run "check-evidence, $n items" check-evidence "$dir/evidence-$n/evidence.toml" --no-hashes
done
run "/dev/zero as roster" score /dev/zero --rubric tt24
