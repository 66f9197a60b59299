#!/usr/bin/env bash
# Measures the reference protocol trained two ways in one run: Spark parameter averaging (train.mode=spark,
# local[*]) and single-process DL4J (train.mode=local), over several seeds, on the same split.
# Prints one row per run and, last, the means. Usage: scripts/compare-training.sh [OUTPUT_DIR] [SEEDS...]
set -euo pipefail
source "$(dirname "$0")/env.sh"

OUT="${1:-output/compare-training}"
shift || true
SEEDS=("${@:-1 2 3}")
SEEDS=(${SEEDS[@]})
build_if_needed
DATA="$(cd "$ROOT" && run_job org.ecgautoencoder.cli.LocateDataJob)"

mkdir -p "$OUT"
RUNS=()
for seed in "${SEEDS[@]}"; do
  for mode in spark local; do
    run="$OUT/$mode-seed$seed"
    RUNS+=("$run")
    run_job org.ecgautoencoder.cli.TrainJob --output "$run" --data "$DATA" \
      --set train.mode=$mode --set train.seed=$seed 2>"$run.log" || { cat "$run.log" >&2; exit 1; }
    run_job org.ecgautoencoder.cli.EvaluateJob --output "$run" --data "$DATA" 2>>"$run.log" \
      || { cat "$run.log" >&2; exit 1; }
  done
done

python3 - "${RUNS[@]}" <<'PY'
import json, pathlib, statistics, sys
rows = {}
print(f"{'mode':6} {'seed':>4} {'accuracy':>8} {'precision':>9} {'recall':>7} {'roc_auc':>7} {'pr_auc':>7} {'train_s':>7}")
for run in sys.argv[1:]:
    m = pathlib.Path(run) / "metrics.json"
    mode, seed = m.parent.name.split("-seed")
    r = json.loads(m.read_text())
    n = r["normal_positive"]
    rows.setdefault(mode, []).append(r)
    print(f"{mode:6} {seed:>4} {n['accuracy']:8.4f} {n['precision']:9.4f} {n['recall']:7.4f} {r['roc_auc']:7.4f} {r['pr_auc']:7.4f} {r['train_seconds']:7.1f}")
for mode, rs in rows.items():
    acc = [r["normal_positive"]["accuracy"] for r in rs]
    auc = [r["roc_auc"] for r in rs]
    sec = [r["train_seconds"] for r in rs]
    print(f"mean {mode}: accuracy {statistics.mean(acc):.4f} (range {min(acc):.4f}-{max(acc):.4f}) "
          f"roc_auc {statistics.mean(auc):.4f} (range {min(auc):.4f}-{max(auc):.4f}) train_s {statistics.mean(sec):.1f}")
PY
