#!/usr/bin/env bash
# What the autoencoder on recordings has to beat: two simple baselines fitted on the class-N beats of the training
# records of the same by-record split as scripts/compare-recordings.sh (conf/recordings.conf: test-fraction 0.2,
# seed 21 unless --seed) and scored on its test records' labelled beats. Prints the class sizes, then one line per baseline:
#   test_beats N=.. SVEB=.. VEB=.. F=.. Q=..   (the labelled test beats per AAMI class)
#   baseline=NAME seed=S test_records=[...] train_n_beats=B abnormal=AUC VEB=AUC SVEB=AUC F=AUC [components=K]
# (ROC AUC against class N; Q beats in no class). Definitions: the Javadoc of
# src/bench/java/org/ecgautoencoder/bench/NormalBeatBaselines.java.
# Usage: scripts/bench-baselines.sh [--input DIR] [--seed S]   (defaults: ../shared/data/mitdb, the config's seed)
set -euo pipefail
source "$(dirname "$0")/env.sh"

INPUT="$ROOT/../shared/data/mitdb"; SEED_ARGS=()
while [ $# -gt 0 ]; do
  case "$1" in
    --input) INPUT="$2"; shift 2 ;;
    --seed) SEED_ARGS=(--seed "$2"); shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
build_bench_if_needed
WORK="$ROOT/target/bench-baselines"
mkdir -p "$WORK"
run_bench_job org.ecgautoencoder.bench.RecordingBaselines --config "$ROOT/conf/recordings.conf" --input "$INPUT" \
  --scratch "$WORK/scratch" "${SEED_ARGS[@]}" 2> "$WORK/bench-baselines.log" \
  || { tail -20 "$WORK/bench-baselines.log" >&2; exit 1; }
