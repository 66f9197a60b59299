#!/usr/bin/env bash
# Scores beat archives with a model bundle on an embedded Spark (local[*]) into a partitioned Parquet table.
# Usage: scripts/score.sh --model DIR --input PATH [--input PATH ...] --output DIR [--set key=value ...]
# Heap: JAVA_OPTS (default -Xmx4g); e.g. JAVA_OPTS=-Xmx1g scripts/score.sh ...
set -euo pipefail
source "$(dirname "$0")/env.sh"
build_if_needed
# One BLAS thread per Spark task, as Spark sets on cluster executors: local[*] already runs one task per core,
# and more threads per task only compete for the same cores.
export OMP_NUM_THREADS="${OMP_NUM_THREADS:-1}"
run_job org.ecgautoencoder.cli.ScoreJob "$@"
