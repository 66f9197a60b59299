# Sourced by scripts/submit-*.sh: runs a job class of the cluster jar with spark-submit.
#   submit-JOB.sh [--properties FILE] [spark-submit options ...] -- [job options ...]
# spark-submit comes from $SPARK_HOME/bin or PATH; the jar is target/ecg-autoencoder-VERSION-cluster.jar or
# $ECG_CLUSTER_JAR; FILE (default conf/spark-standalone.conf) is passed as
# --properties-file; everything before "--" goes to spark-submit, everything after it to the job.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

submit() {
  local job_class="$1"
  shift
  local properties="$ROOT/conf/spark-standalone.conf"
  local spark_args=()
  while [ $# -gt 0 ] && [ "$1" != "--" ]; do
    if [ "$1" = "--properties" ]; then
      properties="$2"
      shift 2
    else
      spark_args+=("$1")
      shift
    fi
  done
  [ "${1:-}" = "--" ] && shift

  local spark_submit
  if [ -n "${SPARK_HOME:-}" ] && [ -x "$SPARK_HOME/bin/spark-submit" ]; then
    spark_submit="$SPARK_HOME/bin/spark-submit"
  else
    spark_submit="$(command -v spark-submit || true)"
  fi
  [ -n "$spark_submit" ] || { echo "spark-submit not found: set SPARK_HOME or put it on PATH" >&2; exit 2; }
  [ -f "$properties" ] || { echo "no Spark properties file $properties" >&2; exit 2; }
  # ECG_CLUSTER_JAR picks another jar, e.g. the CUDA build's target/ecg-autoencoder-VERSION-cluster-cuda.jar.
  local jar="${ECG_CLUSTER_JAR:-}"
  [ -n "$jar" ] || jar="$(ls "$ROOT"/target/ecg-autoencoder-*-cluster.jar 2>/dev/null | head -1)"
  [ -n "$jar" ] && [ -f "$jar" ] || { echo "no cluster jar ${jar:-under target/}: run mvn -DskipTests package" >&2; exit 2; }

  exec "$spark_submit" --class "$job_class" --properties-file "$properties" "${spark_args[@]}" "$jar" "$@"
}
