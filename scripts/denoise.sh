#!/usr/bin/env bash
# Writes each beat as the model reconstructs it (denoised, in the input's units) as Parquet. On an embedded Spark (local[*]).
# Usage: scripts/denoise.sh --model DIR --input PATH [--input PATH ...] --output DIR [--set key=value ...]
set -euo pipefail
source "$(dirname "$0")/env.sh"
build_if_needed
export OMP_NUM_THREADS="${OMP_NUM_THREADS:-1}"
run_job org.ecgautoencoder.cli.DenoiseJob "$@"
