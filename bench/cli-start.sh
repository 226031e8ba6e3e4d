#!/usr/bin/env bash
# One agency from the command line against JVM start: `./ita score` beside `java -version`, timed by
# hyperfine in the same run, in ROUNDS rounds (each round measures both commands, so a busy spell on a
# shared machine hits both). Prints each round's medians (and mean CPU time, user + system) and their
# ratios, then the median of the rounds' wall-time ratios.
# Usage: bench/cli-start.sh                   (ROUNDS=5 RUNS=10 WARMUP=3; INPUT=examples/thakub-sao-2566.json)
# Needs hyperfine (Debian: apt-get install hyperfine).
set -euo pipefail
cd "$(dirname "$0")/.."
ROUNDS=${ROUNDS:-5}
RUNS=${RUNS:-10}
WARMUP=${WARMUP:-3}
INPUT=${INPUT:-examples/thakub-sao-2566.json}
command -v hyperfine >/dev/null || { echo "cli-start: needs hyperfine (apt-get install hyperfine)" >&2; exit 2; }

./ita score "$INPUT" > /dev/null   # builds the SDK and its start-up archive if needed, outside the timing
csv="$(mktemp)"
trap 'rm -f "$csv"' EXIT
ratios=()
echo "round  load(1m)  java -version ms (CPU)  ./ita score ms (CPU)  ratio  CPU ratio"
for r in $(seq "$ROUNDS"); do
  load=$(cut -d' ' -f1 /proc/loadavg)
  hyperfine -N --style none -w "$WARMUP" -r "$RUNS" --export-csv "$csv" \
    'java -version' "./ita score $INPUT" > /dev/null 2>&1
  # columns: command,mean,stddev,median,user,system,min,max (seconds)
  jv=$(awk -F, 'NR == 2 {printf "%.1f", $4 * 1000}' "$csv")
  it=$(awk -F, 'NR == 3 {printf "%.1f", $4 * 1000}' "$csv")
  jcpu=$(awk -F, 'NR == 2 {printf "%.1f", ($5 + $6) * 1000}' "$csv")
  cpu=$(awk -F, 'NR == 3 {printf "%.1f", ($5 + $6) * 1000}' "$csv")
  ratio=$(awk -v a="$it" -v b="$jv" 'BEGIN {printf "%.2f", a / b}')
  cratio=$(awk -v a="$cpu" -v b="$jcpu" 'BEGIN {printf "%.2f", a / b}')
  ratios+=("$ratio")
  printf "%5d  %8s  %13s (%5s)  %12s (%5s)  %5sx  %8sx\n" "$r" "$load" "$jv" "$jcpu" "$it" "$cpu" "$ratio" "$cratio"
done
median=$(printf '%s\n' "${ratios[@]}" | sort -g | awk '{a[NR] = $1} END {print (NR % 2 ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2)}')
echo "RESULT cli_start_ratio_median=$median rounds=$ROUNDS runs=$RUNS (target: <= 5)"
