#!/usr/bin/env bash
# Side-by-side harness: the SDK end to end vs DuckDB (JDBC) vs a plain read, on the same generated file.
# Usage: bench/harness.sh            (national FY2566 file, scale 1: about 2.5 M rows)
#        SCALE=0.1 bench/harness.sh  (smaller)      YEAR=2564 / THREADS=1 / SEED=7 likewise
# Needs Maven (first run downloads JMH, Jackson CSV and DuckDB's JDBC driver; MVN_OFFLINE=-o after that).
set -euo pipefail
cd "$(dirname "$0")/.."
SCALE=${SCALE:-1}
YEAR=${YEAR:-2566}
SEED=${SEED:-2566}
THREADS=${THREADS:-$(nproc)}
DATA=bench/data
mkdir -p "$DATA"

mvn -q ${MVN_OFFLINE:-} -Pbench -pl ita-core,ita-rubrics,ita-bench package -DskipTests
CP="ita-bench/target/classes:ita-bench/target/lib/*"
J="java -XX:+UseParallelGC"

read -r R O < <($J -cp "$CP" io.github.itasdk.bench.Generator --rubric "$YEAR" --scale "$SCALE" --seed "$SEED" --out "$DATA" \
  --if-missing true | paste -sd' ')
BYTES=$(stat -c %s "$R")

# run CMD...: prints "wall_s peak_rss_kb" then the process's RESULT line
run() {
  local out
  out=$( { /usr/bin/time -f "TIME %e %M" "$@" 2>&1 1>&3 | grep '^TIME' ; } 3>&1 )
  echo "$out"
}
sync
cat "$R" > /dev/null   # same page-cache state for everyone: the file is read once before any timing

echo "== floor (plain sequential read, JVM included)"
FLOOR=$(run $J -cp "$CP" io.github.itasdk.bench.Harness floor "$R"); echo "$FLOOR"
echo "== DuckDB $(ls ita-bench/target/lib | grep duckdb): load CSV + GROUP BY (threads $THREADS)"
DUCK=$(run $J -cp "$CP" io.github.itasdk.bench.Harness duckdb "$R" --rubric "$YEAR" --threads "$THREADS"); echo "$DUCK"
echo "== SDK end to end: file -> score cards JSONL, -Xmx256m (threads $THREADS)"
SDK=$(run $J -Xmx256m -cp "$CP" io.github.itasdk.bench.Harness sdk "$R" "$O" --rubric "$YEAR" --threads "$THREADS" \
  --out "$DATA/cards.jsonl"); echo "$SDK"
echo "== SDK end to end, 1 thread"
SDK1=$(run $J -Xmx256m -cp "$CP" io.github.itasdk.bench.Harness sdk "$R" "$O" --rubric "$YEAR" --threads 1); echo "$SDK1"
echo "== aggregation alone (answers already in memory as columns; best of 5)"
AGG=$($J -Xmx3g -cp "$CP" io.github.itasdk.bench.Harness agg "$R" --rubric "$YEAR"); echo "$AGG"
echo "== per-question means: SDK vs DuckDB (untimed)"
$J -cp "$CP" io.github.itasdk.bench.Harness sdk "$R" "$O" --rubric "$YEAR" --means "$DATA/means-sdk.tsv" > /dev/null
$J -cp "$CP" io.github.itasdk.bench.Harness duckdb "$R" --rubric "$YEAR" --means "$DATA/means-duckdb.tsv" > /dev/null
CMP=$($J -cp "$CP" io.github.itasdk.bench.Harness compare "$DATA/means-sdk.tsv" "$DATA/means-duckdb.tsv"); echo "$CMP"

field() { echo "$1" | tr ' ' '\n' | grep "^$2=" | head -1 | cut -d= -f2; }
wall() { echo "$1" | grep '^TIME' | awk '{print $2}'; }
rss() { echo "$1" | grep '^TIME' | awk '{printf "%.0f", $3/1024}'; }
ANSWERS=$(field "$SDK" answers)
DW=$(wall "$DUCK"); DG=$(field "$DUCK" groupby_s); DL=$(field "$DUCK" load_s)
AC=$(field "$AGG" count_s); AS=$(field "$AGG" sum_s)

echo
echo "file: $R ($BYTES bytes, $ANSWERS answers, $(field "$SDK" rows) rows, $(field "$SDK" agencies) agencies); $(field "$CMP" means) means compared, $(field "$CMP" differing) differ by more than 1e-9 (max diff $(field "$CMP" max_abs_diff))"
printf "| %-46s | %8s | %8s | %12s | %9s | %10s |\n" "run" "time s" "MB/s" "answers/s" "peak RSS" "vs DuckDB"
printf "|%s|%s|%s|%s|%s|%s|\n" "------------------------------------------------" "----------" "----------" "--------------" "-----------" "------------"
row() { # name seconds rss_mb base_seconds
  awk -v n="$1" -v s="$2" -v m="$3" -v b="$4" -v by="$BYTES" -v a="$ANSWERS" 'BEGIN {
    printf "| %-46s | %8.3f | %8.0f | %12.3g | %9s | %9.2fx |\n", n, s, by/1e6/s, a/s, (m == "" ? "-" : m " MB"), b/s }'
}
row "plain read (java process, floor)" "$(wall "$FLOOR")" "$(rss "$FLOOR")" "$DW"
row "DuckDB load + GROUP BY (java process)" "$DW" "$(rss "$DUCK")" "$DW"
row "SDK end to end, $THREADS threads (process, -Xmx256m)" "$(wall "$SDK")" "$(rss "$SDK")" "$DW"
row "SDK end to end, 1 thread (process, -Xmx256m)" "$(wall "$SDK1")" "$(rss "$SDK1")" "$DW"
row "DuckDB load only (in process)" "$DL" "" "$DW"
row "DuckDB GROUP BY over loaded table" "$DG" "" "$DG"
row "SDK counting from columns (1 thread)" "$AC" "" "$DG"
row "plain sum of the same answers (1 thread)" "$AS" "" "$DG"
echo "(ratios: processes vs DuckDB's whole process; the last three vs DuckDB's GROUP BY alone; >1 = faster than DuckDB)"
