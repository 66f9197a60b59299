#!/usr/bin/env bash
# Trains a model on an embedded Spark (local[*]): beat archives (CSV, Parquet) or recordings (WFDB, EDF).
# Usage: scripts/train.sh --input PATH [--input PATH ...] --output DIR [--config FILE] [--set key=value ...] [--resume]
# Writes OUTPUT/model (the bundle), OUTPUT/report, OUTPUT/checkpoints. Heap: JAVA_OPTS (default -Xmx4g).
set -euo pipefail
source "$(dirname "$0")/env.sh"
build_if_needed
run_job org.ecgautoencoder.cli.TrainJob "$@"
