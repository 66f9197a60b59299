#!/usr/bin/env bash
# Writes each beat's code (latent representation) as Parquet. On an embedded Spark (local[*]).
# Usage: scripts/encode.sh --model DIR --input PATH [--input PATH ...] --output DIR [--set key=value ...]
set -euo pipefail
source "$(dirname "$0")/env.sh"
build_if_needed
export OMP_NUM_THREADS="${OMP_NUM_THREADS:-1}"
run_job org.ecgautoencoder.cli.EncodeJob "$@"
