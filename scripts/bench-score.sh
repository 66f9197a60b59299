#!/usr/bin/env bash
# Scoring throughput: the score job against an I/O baseline (same reading, parsing and writing, no model),
# on a synthetic archive of N records built from ECG5000 (cached under output/bench/), driver heap 1 GB.
# Parquet input first, then CSV; the last line is the CSV result:
#   records=N score_rps=X baseline_rps=Y ratio=X/Y
# Each input format runs in a fresh JVM: --warmup W untimed runs of each kind first (default 2; the first
# run in a JVM pays the JIT's compilation, reported apart in README), then R timed runs of each.
# Usage: scripts/bench-score.sh --records N [--files F] [--repeats R (default 5)] [--warmup W] [--model DIR] [--work DIR]
set -euo pipefail
source "$(dirname "$0")/env.sh"

RECORDS=""; FILES=8; REPEATS=5; WARMUP=2; MODEL=""; WORK="output/bench"
while [ $# -gt 0 ]; do
  case "$1" in
    --records) RECORDS="$2"; shift 2 ;;
    --files) FILES="$2"; shift 2 ;;
    --repeats) REPEATS="$2"; shift 2 ;;
    --warmup) WARMUP="$2"; shift 2 ;;
    --model) MODEL="$2"; shift 2 ;;
    --work) WORK="$2"; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
[ -n "$RECORDS" ] || { echo "usage: $0 --records N [--files F] [--repeats R] [--warmup W] [--model DIR] [--work DIR]" >&2; exit 2; }
build_bench_if_needed
# One BLAS thread per Spark task, as Spark sets on cluster executors: local[*] already runs one task per core,
# and more threads per task only compete for the same cores.
export OMP_NUM_THREADS="${OMP_NUM_THREADS:-1}"

CSV="$WORK/archive-$RECORDS-$FILES-csv"
PARQUET="$WORK/archive-$RECORDS-$FILES-parquet"
"$ROOT/scripts/make-archive.sh" --records "$RECORDS" --files "$FILES" --output "$CSV" >&2
"$ROOT/scripts/make-archive.sh" --records "$RECORDS" --files "$FILES" --parquet --output "$PARQUET" >&2

if [ -z "$MODEL" ]; then
  MODEL="$WORK/train/model"
  if [ ! -f "$MODEL/model.json" ]; then
    echo "Training the reference model once into $WORK/train ..." >&2
    DATA="$(cd "$ROOT" && run_job org.ecgautoencoder.cli.LocateDataJob)"
    run_job org.ecgautoencoder.cli.TrainJob --output "$WORK/train" --data "$DATA" >&2
  fi
fi

echo "machine: $(getconf _NPROCESSORS_ONLN) cores; $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs); heap -Xmx1g"
for format in parquet csv; do
  input="$CSV"; [ "$format" = parquet ] && input="$PARQUET"
  rm -rf "$WORK/out-$format"
  JAVA_OPTS="${BENCH_JAVA_OPTS:--Xmx1g}" run_bench_job org.ecgautoencoder.bench.ScoreBenchmark \
    --model "$MODEL" --input "$input" --output "$WORK/out-$format" --repeats "$REPEATS" --warmup "$WARMUP" --label "$format" \
    2> "$WORK/bench-$format.log"
done
