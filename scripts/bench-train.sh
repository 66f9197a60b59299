#!/usr/bin/env bash
# Distributed training that pays: the reference model trained on ECG5000 enlarged FACTOR times (augmented
# beats from scripts/make-archive.sh: resampled ECG5000 beats with small noise, labels kept) on the
# standalone test cluster (scripts/test-cluster.sh), with one executor and with two, alternately, REPEATS times.
# By default both take 512 rows per step (1 x 512, or 2 workers x 256; --one-batch/--two-batch change the rows
# per worker) and the same other settings (--set applies to both); each run
# is evaluated (embedded) on its own test rows. Prints per-run figures, the medians and, last:
#   one_executor_s=X two_executors_s=Y ratio=Y/X accuracy_one=A accuracy_two=B
# Wall time is spark-submit's, start to exit (JVMs, reading, training, threshold, bundle). The driver and
# executor JVMs run with TRAIN_JVM_OPTIONS (default -XX:TieredStopAtLevel=1, see below).
# Usage: scripts/bench-train.sh [--factor N (20)] [--repeats R (1)] [--work DIR] [--one-batch N (512)]
#          [--two-batch N (256)] [--set key=value ...] [--conf spark.key=value ...]
# --set goes to both jobs, --conf (Spark properties) to both spark-submits.
set -euo pipefail
source "$(dirname "$0")/env.sh"

FACTOR=20; REPEATS=1; WORK="output/bench-train"; SETS=(); CONFS=(); ONE_BATCH=512; TWO_BATCH=256
while [ $# -gt 0 ]; do
  case "$1" in
    --factor) FACTOR="$2"; shift 2 ;;
    --repeats) REPEATS="$2"; shift 2 ;;
    --work) WORK="$2"; shift 2 ;;
    --set) SETS+=(--set "$2"); shift 2 ;;
    --conf) CONFS+=(--conf "$2"); shift 2 ;;
    --one-batch) ONE_BATCH="$2"; shift 2 ;;
    --two-batch) TWO_BATCH="$2"; shift 2 ;;
    *) echo "unknown option $1; usage: $0 [--factor N] [--repeats R] [--work DIR] [--one-batch N] [--two-batch N] [--set key=value ...] [--conf spark.key=value ...]" >&2; exit 2 ;;
  esac
done
mkdir -p "$WORK"
WORK="$(cd "$WORK" && pwd)"

build_if_needed
jar="$(ls "$ROOT"/target/ecg-autoencoder-*-cluster.jar 2>/dev/null | head -1 || true)"
if [ -z "$jar" ] || [ -n "$(find "$ROOT/pom.xml" "$ROOT/src/main" "$ROOT/conf" -newer "$jar" -print -quit)" ]; then
  echo "Building the cluster jar (mvn -DskipTests package) ..." >&2
  (cd "$ROOT" && mvn -B -q -DskipTests package) >&2
fi

DATA="$WORK/ecg5000x$FACTOR"
"$ROOT/scripts/make-archive.sh" --records $((4998 * FACTOR)) --files 4 --output "$DATA" >&2

started_cluster=""
if ! "$ROOT/scripts/test-cluster.sh" status >/dev/null 2>&1; then
  started_cluster=yes
fi
"$ROOT/scripts/test-cluster.sh" start >/dev/null
trap '[ -n "$started_cluster" ] && "$ROOT/scripts/test-cluster.sh" stop' EXIT
export SPARK_HOME="$ROOT/target/test-cluster/spark-home"
native="--add-modules=jdk.incubator.vector -Dorg.bytedeco.javacpp.cachedir=$ROOT/target/scratch/javacpp"
# The driver and the executors only orchestrate here (ND4J's native code does the arithmetic): C1 alone
# compiles that orchestration well enough, and C2's compiler threads no longer compete with training for the
# cores (on this 2-core machine they took 40% of a core in the driver). TRAIN_JVM_OPTIONS="" turns it off.
JVM_OPTIONS="${TRAIN_JVM_OPTIONS--XX:TieredStopAtLevel=1}"

# run NAME SPARK_OPTIONS... -- JOB_OPTIONS...: prints "wall_s train_s accuracy"
run() {
  local name="$1"
  shift
  local spark_opts=()
  while [ "$1" != "--" ]; do spark_opts+=("$1"); shift; done
  shift
  local out="$WORK/$name"
  local start end
  start=$(date +%s.%N)
  "$ROOT/scripts/submit-train.sh" --properties "$ROOT/conf/spark-test-cluster.conf" \
    --conf "spark.executor.extraJavaOptions=$native $JVM_OPTIONS" --conf "spark.driver.extraJavaOptions=$native $JVM_OPTIONS" \
    "${CONFS[@]}" "${spark_opts[@]}" -- --output "$out" --data "$DATA" "${SETS[@]}" "$@" > "$out.log" 2>&1 \
    || { echo "training $name failed; see $out.log" >&2; exit 1; }
  end=$(date +%s.%N)
  JAVA_OPTS=-Xmx2g run_job org.ecgautoencoder.cli.EvaluateJob --output "$out" --data "$DATA" --config "$EVALUATE_OVERRIDES" \
    > "$out-evaluate.log" 2>&1 || { echo "evaluating $name failed; see $out-evaluate.log" >&2; exit 1; }
  local train_s accuracy
  train_s="$(grep -o 'Trained model [0-9a-f]* in [0-9.]* s' "$out.log" | awk '{print $5}')"
  accuracy="$(grep -m1 -o '"accuracy" : [0-9.]*' "$out/metrics.json" | awk '{print $3}')"
  awk -v s="$start" -v e="$end" -v t="$train_s" -v a="$accuracy" 'BEGIN {printf "%.2f %s %s\n", e - s, t, a}'
}

# Evaluate gets the user's --set values as a config file (it warns of the train.* keys there, which it does not
# read, instead of refusing them); the per-run train.spark.* settings are training's alone.
EVALUATE_OVERRIDES="$WORK/evaluate-overrides.conf"
overrides_file "$EVALUATE_OVERRIDES" "${SETS[@]}"

median() { sort -g | awk '{v[NR]=$1} END {print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }

: > "$WORK/runs.txt"
epochs="$(printf '%s\n' "${SETS[@]}" | grep -o '^train.epochs=[0-9]*' | cut -d= -f2 || true)"
epochs="${epochs:-20}"
for r in $(seq 1 "$REPEATS"); do
  one=$(run "one-$r" --conf spark.cores.max=1 -- --set train.spark.workers=1 --set train.spark.batch-size-per-worker=$ONE_BATCH)
  echo "one $one" | tee -a "$WORK/runs.txt" | awk -v e="$epochs" '{printf "run %d, 1 executor:  wall %.1f s, training %.1f s (%.2f s/epoch), accuracy %.4f\n", '"$r"', $2, $3, $3 / e, $4}' >&2
  two=$(run "two-$r" -- --set train.spark.workers=2 --set train.spark.batch-size-per-worker=$TWO_BATCH)
  echo "two $two" | tee -a "$WORK/runs.txt" | awk -v e="$epochs" '{printf "run %d, 2 executors: wall %.1f s, training %.1f s (%.2f s/epoch), accuracy %.4f\n", '"$r"', $2, $3, $3 / e, $4}' >&2
done

one_s=$(awk '$1 == "one" {print $2}' "$WORK/runs.txt" | median)
two_s=$(awk '$1 == "two" {print $2}' "$WORK/runs.txt" | median)
one_train=$(awk '$1 == "one" {print $3}' "$WORK/runs.txt" | median)
two_train=$(awk '$1 == "two" {print $3}' "$WORK/runs.txt" | median)
acc_one=$(awk '$1 == "one" {print $4}' "$WORK/runs.txt" | median)
acc_two=$(awk '$1 == "two" {print $4}' "$WORK/runs.txt" | median)
rows=$(grep -o '[0-9]* normal, the training set' "$WORK/one-1.log" | awk '{print $1}')
echo "rows: $((4998 * FACTOR)) ($rows normal training rows), $epochs epochs, $REPEATS repeat(s); medians:" >&2
awk -v a="$one_train" -v b="$two_train" -v e="$epochs" 'BEGIN {printf "training seconds: 1 executor %.1f (%.2f s/epoch), 2 executors %.1f (%.2f s/epoch)\n", a, a / e, b, b / e}' >&2
awk -v a="$one_s" -v b="$two_s" -v x="$acc_one" -v y="$acc_two" \
  'BEGIN {printf "one_executor_s=%.1f two_executors_s=%.1f ratio=%.3f accuracy_one=%.4f accuracy_two=%.4f\n", a, b, b / a, x, y}'
