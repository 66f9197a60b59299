#!/usr/bin/env bash
# Generates new beats with a variational model (codes drawn from N(0, I)) as Parquet. On an embedded Spark (local[*]).
# Usage: scripts/sample.sh --model DIR --count N [--seed S] --output DIR
set -euo pipefail
source "$(dirname "$0")/env.sh"
build_if_needed
export OMP_NUM_THREADS="${OMP_NUM_THREADS:-1}"
run_job org.ecgautoencoder.cli.SampleJob "$@"
