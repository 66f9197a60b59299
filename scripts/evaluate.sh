#!/usr/bin/env bash
# Evaluates a model on labelled beats or annotated recordings on an embedded Spark (local[*]).
# Usage: scripts/evaluate.sh --output DIR [--model DIR] [--input PATH ...] [--config FILE] [--set key=value ...]
# Writes OUTPUT/metrics.json, OUTPUT/scores (the scores table), OUTPUT/report. Heap: JAVA_OPTS (default -Xmx4g).
set -euo pipefail
source "$(dirname "$0")/env.sh"
build_if_needed
# One BLAS thread per Spark task (see score.sh).
export OMP_NUM_THREADS="${OMP_NUM_THREADS:-1}"
run_job org.ecgautoencoder.cli.EvaluateJob "$@"
