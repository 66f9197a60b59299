#!/usr/bin/env bash
# Trains and evaluates every model type over 3 seeds with one protocol (conf/compare-models.conf: the same
# split, normalisation, threshold rule and training), in one Spark session, and writes
# OUTPUT_DIR/comparison.json (one entry per type and seed) and OUTPUT_DIR/comparison.md (means and ranges).
# Usage: scripts/compare-models.sh [OUTPUT_DIR] [--types a,b] [--seeds 1,2,3] [--set KEY=VALUE ...]
set -euo pipefail
source "$(dirname "$0")/env.sh"

OUT="output/compare-models"
if [ $# -gt 0 ] && [ "${1#--}" = "$1" ]; then
  OUT="$1"
  shift
fi
build_if_needed
DATA="$(cd "$ROOT" && run_job org.ecgautoencoder.cli.LocateDataJob)"
mkdir -p "$OUT"
started=$(date +%s)
run_job org.ecgautoencoder.cli.CompareModelsJob --config "$ROOT/conf/compare-models.conf" --output "$OUT" \
  --data "$DATA" "$@" 2> "$OUT/compare-models.log" || { tail -40 "$OUT/compare-models.log" >&2; exit 1; }
cat "$OUT/comparison.md"
echo "wall_seconds=$(( $(date +%s) - started )) (log: $OUT/compare-models.log)"
