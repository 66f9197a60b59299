#!/usr/bin/env bash
# Runs the reference protocol end to end on an embedded Spark (local[*], parameter averaging):
# train + evaluate on ECG5000, everything written under OUTPUT_DIR (default output/demo).
# Usage: scripts/demo.sh [OUTPUT_DIR] [--set key=value ...]
set -euo pipefail
source "$(dirname "$0")/env.sh"

OUT="${1:-output/demo}"
shift || true
build_if_needed

# The configured ecg.csv, or a verified download of it when absent.
DATA="$(cd "$ROOT" && run_job org.ecgautoencoder.cli.LocateDataJob "$@")"
echo "Data: $DATA" >&2

# Both jobs take the user's overrides as a config file: each uses the keys it reads and warns of the others
# (evaluate does not read train.* or model.*; neither reads input.download.*, the data lookup's).
overrides_file "$OUT/.scratch/demo-overrides.conf" "$@"
run_job org.ecgautoencoder.cli.TrainJob --output "$OUT" --data "$DATA" \
  --config "$OUT/.scratch/demo-overrides.conf" ${OTHER_ARGS[@]+"${OTHER_ARGS[@]}"}
run_job org.ecgautoencoder.cli.EvaluateJob --output "$OUT" --data "$DATA" \
  --config "$OUT/.scratch/demo-overrides.conf" ${OTHER_ARGS[@]+"${OTHER_ARGS[@]}"}

python3 - "$OUT" <<'PY' 2>/dev/null || cat "$OUT/metrics.json"
import json, sys
out = sys.argv[1]
m = json.load(open(f"{out}/metrics.json"))
n, a = m["normal_positive"], m["anomaly_positive"]
print(f"\nmodel {m['model_id']} trained ({m['training']}, {m['epochs']} epochs) in {m['train_seconds']:.1f} s; threshold {m['threshold']:.5f}")
print(f"normal positive : accuracy {n['accuracy']:.4f}  precision {n['precision']:.4f}  recall {n['recall']:.4f}  f1 {n['f1']:.4f}")
print(f"anomaly positive: accuracy {a['accuracy']:.4f}  precision {a['precision']:.4f}  recall {a['recall']:.4f}  f1 {a['f1']:.4f}")
print(f"roc_auc {m['roc_auc']:.4f}  pr_auc {m['pr_auc']:.4f}  confusion {m['confusion']}")
print(f"outputs: {out}/metrics.json  {out}/model/  {out}/scores/  {out}/rejects/")
print(f"report:  {out}/report/index.html  (scripts/render-report.sh {out}/report OUT.png renders it)")
PY
