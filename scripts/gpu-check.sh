#!/usr/bin/env bash
# GPU check, for a host with an NVIDIA GPU: builds the CUDA cluster jar (mvn -Pcuda -DskipTests package) and
# the CPU one, then on this host, with each backend in turn, trains a small model on ECG5000 and scores a
# synthetic archive of N records on an embedded Spark (spark-submit --master local[*]), and prints the
# records/s of the GPU against the CPU backend. The job logs say which backend and device each run got; a
# CUDA run that did not get a GPU fails the check. Last line:
#   records=N gpu_score_rps=X cpu_score_rps=Y ratio=X/Y gpu_train_s=A cpu_train_s=B
# Needs: an NVIDIA driver that supports CUDA 11.6 (R510 or newer), Java 17, Maven with access to Maven Central
# (or a filled ~/.m2), and CUDA 11.6 + cuDNN 8.3 libraries: from a CUDA install, or from the redist jar
# (org.bytedeco:cuda:11.6-8.3-1.5.7:linux-x86_64-redist, 1.8 GB), which this script fetches into target/gpu-check
# when libcudart.so.11.0 is not installed (CUDA_REDIST_JAR=PATH uses a copy you have).
# Usage: scripts/gpu-check.sh [--records N (1000000)] [--epochs E (20)]
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
RECORDS=1000000; EPOCHS=20
while [ $# -gt 0 ]; do
  case "$1" in
    --records) RECORDS="$2"; shift 2 ;;
    --epochs) EPOCHS="$2"; shift 2 ;;
    *) echo "usage: $0 [--records N] [--epochs E]" >&2; exit 2 ;;
  esac
done
WORK="$ROOT/target/gpu-check"
mkdir -p "$WORK"

if ! command -v nvidia-smi >/dev/null 2>&1 || ! nvidia-smi >/dev/null 2>&1; then
  echo "gpu-check: no working nvidia-smi: this host has no NVIDIA GPU or driver" >&2
  exit 2
fi
nvidia-smi --query-gpu=name,driver_version,memory.total --format=csv,noheader | sed 's/^/GPU: /' >&2

echo "Building the CPU and the CUDA cluster jars ..." >&2
(cd "$ROOT" && mvn -B -q -DskipTests package && mvn -B -q -Pcuda -DskipTests package) >&2
cpu_jar="$(ls "$ROOT"/target/ecg-autoencoder-*-cluster.jar | head -1)"
gpu_jar="$(ls "$ROOT"/target/ecg-autoencoder-*-cluster-cuda.jar | head -1)"

# CUDA 11.6 libraries: installed, or the redist jar on the driver's classpath.
driver_class_path=""
if ! ldconfig -p 2>/dev/null | grep -q 'libcudart.so.11.0'; then
  redist="${CUDA_REDIST_JAR:-}"
  if [ -z "$redist" ]; then
    redist="$WORK/cuda-11.6-8.3-1.5.7-linux-x86_64-redist.jar"
    if [ ! -f "$redist" ]; then
      echo "No CUDA 11.6 install found: fetching the redist jar (1.8 GB) ..." >&2
      (cd "$ROOT" && mvn -B -q dependency:copy -Dartifact=org.bytedeco:cuda:11.6-8.3-1.5.7:jar:linux-x86_64-redist \
        -DoutputDirectory="$WORK" -Dmdep.stripVersion=false) >&2
    fi
  fi
  driver_class_path="$redist"
fi

# A Spark home (the Spark jars and a spark-submit) as the test cluster uses, unless SPARK_HOME is set.
if [ -z "${SPARK_HOME:-}" ]; then
  export SPARK_HOME="$("$ROOT/scripts/test-cluster.sh" home)"
fi
"$ROOT/scripts/make-archive.sh" --records "$RECORDS" --files 8 --output "$WORK/archive-$RECORDS" >&2
DATA="$(cd "$ROOT" && source scripts/env.sh && build_if_needed && run_job org.ecgautoencoder.cli.LocateDataJob)"

# run BACKEND JAR: trains, then scores; prints "train_s score_rps"
run() {
  local backend="$1" jar="$2" out="$WORK/$1"
  local spark=(--master 'local[*]' --conf "spark.driver.extraJavaOptions=--add-modules=jdk.incubator.vector -Dorg.bytedeco.javacpp.cachedir=$WORK/javacpp")
  [ -n "$driver_class_path" ] && [ "$backend" = gpu ] && spark+=(--driver-class-path "$driver_class_path")
  rm -rf "$out"
  ECG_CLUSTER_JAR="$jar" "$ROOT/scripts/submit-train.sh" --properties "$ROOT/conf/spark-standalone.conf" "${spark[@]}" \
    -- --output "$out/train" --data "$DATA" --set train.epochs="$EPOCHS" > "$out-train.log" 2>&1 \
    || { echo "$backend training failed; see $out-train.log" >&2; exit 1; }
  ECG_CLUSTER_JAR="$jar" "$ROOT/scripts/submit-score.sh" --properties "$ROOT/conf/spark-standalone.conf" "${spark[@]}" \
    -- --model "$out/train/model" --input "$WORK/archive-$RECORDS" --output "$out/scores" \
       --set score.batch-size=16384 > "$out-score.log" 2>&1 \
    || { echo "$backend scoring failed; see $out-score.log" >&2; exit 1; }
  grep -h "Driver: ND4J" "$out-train.log" | head -1 | sed "s/^/$backend: /" >&2
  if [ "$backend" = gpu ] && ! grep -q "Driver: ND4J CUDA" "$out-train.log"; then
    echo "gpu-check: the CUDA jar did not run on the GPU (see the backend line in $out-train.log)" >&2
    exit 1
  fi
  local train_s rps
  train_s="$(grep -o 'Trained model [0-9a-f]* in [0-9.]* s' "$out-train.log" | awk '{print $5}')"
  rps="$(grep -o '"records_per_second" : [0-9.]*' "$out/scores/_manifest.json" | awk '{print $3}')"
  echo "$train_s $rps"
}

gpu=$(run gpu "$gpu_jar")
cpu=$(run cpu "$cpu_jar")
echo "$gpu" | awk '{printf "GPU: training %.1f s, scoring %.0f records/s\n", $1, $2}' >&2
echo "$cpu" | awk '{printf "CPU: training %.1f s, scoring %.0f records/s\n", $1, $2}' >&2
paste -d' ' <(echo "$gpu") <(echo "$cpu") | awk -v n="$RECORDS" \
  '{printf "records=%d gpu_score_rps=%.0f cpu_score_rps=%.0f ratio=%.3f gpu_train_s=%.1f cpu_train_s=%.1f\n", n, $2, $4, $2 / $4, $1, $3}'
