#!/usr/bin/env bash
# Compares settings for recordings the honest way: for each variant, train with conf/recordings.conf plus the
# variant's overrides on the training records of a by-record split of the input, and evaluate on its test records
# (never trained on), then print one line per variant: detection Se/+P and ROC AUC per AAMI class against N.
# A variant is a quoted list of key=value overrides; "" is conf/recordings.conf as it is.
# Usage: scripts/compare-recordings.sh [--input DIR] [--output DIR] [--seed S] VARIANT [VARIANT ...]
#   e.g. scripts/compare-recordings.sh "" "input.recording.calibration=none"
set -euo pipefail
source "$(dirname "$0")/env.sh"

INPUT="$ROOT/../shared/data/mitdb"; OUT="$ROOT/target/compare-recordings"; SEED=21
while [ $# -gt 0 ]; do
  case "$1" in
    --input) INPUT="$2"; shift 2 ;;
    --output) OUT="$2"; shift 2 ;;
    --seed) SEED="$2"; shift 2 ;;
    *) break ;;
  esac
done
[ $# -gt 0 ] || { echo "usage: $0 [--input DIR] [--output DIR] [--seed S] VARIANT [VARIANT ...]" >&2; exit 2; }
build_if_needed
mkdir -p "$OUT"
for variant in "$@"; do
  # One folder per variant, seed, input and version of conf/recordings.conf (a rerun reuses finished ones).
  dir="$OUT/$( { printf '%s|%s|%s|' "$variant" "$SEED" "$INPUT"; cat "$ROOT/conf/recordings.conf"; } | sha256sum | cut -c1-12)-seed-$SEED"
  conf="$dir.conf"
  { include_config "$ROOT/conf/recordings.conf"; echo "split.seed = $SEED"; echo "evaluate.rows = test"
    for kv in $variant; do echo "$kv"; done; } > "$conf"
  if [ ! -f "$dir/metrics.json" ]; then
    rm -rf "$dir"
    "$ROOT/scripts/train.sh" --config "$conf" --input "$INPUT" --output "$dir" > "$dir.train.log" 2>&1 \
      || { tail -5 "$dir.train.log" >&2; exit 1; }
    "$ROOT/scripts/evaluate.sh" --config "$conf" --input "$INPUT" --output "$dir" > "$dir.eval.log" 2>&1 \
      || { tail -5 "$dir.eval.log" >&2; exit 1; }
  fi
  python3 - "$dir/metrics.json" "${variant:-conf/recordings.conf}" <<'PY'
import json, sys
m = json.load(open(sys.argv[1]))
r = m["recordings"]
d = r["detection"]
c = {k["name"]: k for k in r["classes"]}
records = " ".join(x["record"] for x in r["detection_by_record"])
print(f"{sys.argv[2]}: test records [{records}] Se {d['sensitivity']:.4f} +P {d['positive_predictivity']:.4f} | "
      f"ROC AUC abnormal {c['abnormal']['roc_auc']:.4f} VEB {c['VEB']['roc_auc']:.4f} SVEB {c['SVEB']['roc_auc']:.4f} "
      f"F {c['F']['roc_auc']:.4f} | N false alarms {r['normal_false_alarm_rate']:.4f} abnormal recall {c['abnormal']['recall']:.4f}")
PY
done
