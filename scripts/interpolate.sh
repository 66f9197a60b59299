#!/usr/bin/env bash
# Decodes beats along the line between two beats' codes with a variational model, as Parquet. On an embedded Spark (local[*]).
# Usage: scripts/interpolate.sh --model DIR --input PATH --from RECORD_ID --to RECORD_ID [--steps K] --output DIR
set -euo pipefail
source "$(dirname "$0")/env.sh"
build_if_needed
export OMP_NUM_THREADS="${OMP_NUM_THREADS:-1}"
run_job org.ecgautoencoder.cli.InterpolateJob "$@"
