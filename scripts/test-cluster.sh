#!/usr/bin/env bash
# A real Spark standalone cluster on 127.0.0.1 for tests: one Master and two Workers (1 core, 2 GB each),
# separate JVMs started from the Maven-resolved Spark jars, with logs, work and scratch under
# target/test-cluster/, stopped by PID.
#   scripts/test-cluster.sh start|stop|status|home
# start prints the master URL and (re)starts whatever is not running; home only prepares the Spark home
# (target/test-cluster/spark-home, with a bin/spark-submit) and prints its path.
# Ports: TEST_CLUSTER_PORT (default 7177) for the master, web UIs from TEST_CLUSTER_UI_PORT (default 8180).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
DIR="$ROOT/target/test-cluster"
SPARK_HOME_DIR="$DIR/spark-home"
PORT="${TEST_CLUSTER_PORT:-7177}"
UI_PORT="${TEST_CLUSTER_UI_PORT:-8180}"
MASTER_URL="spark://127.0.0.1:$PORT"
WORKERS=2

# Alive, not a zombie (a killed JVM can linger as one until its parent reaps it).
running() {
  local state
  [ -f "$1" ] || return 1
  state="$(ps -o stat= -p "$(cat "$1")" 2>/dev/null)" || return 1
  [ -n "$state" ] && [ "${state:0:1}" != Z ]
}

# launch NAME JVM_OPTIONS CLASS ARGS...
launch() {
  local name="$1" jvm_options="$2"
  shift 2
  # Spark's Java 17 flags, as spark-class would pass them.
  nohup java -Xmx512m $jvm_options @"$ROOT/conf/java17-spark.args" -cp "$SPARK_HOME_DIR/jars/*" "$@" \
    >> "$DIR/logs/$name.log" 2>&1 &
  echo $! > "$DIR/$name.pid"
}

wait_for() {
  local file="$1" pattern="$2" count="$3" what="$4"
  for _ in $(seq 1 60); do
    if [ "$(grep -c "$pattern" "$file" 2>/dev/null || true)" -ge "$count" ]; then
      return 0
    fi
    sleep 1
  done
  echo "test cluster: $what did not happen within 60 s; see $file" >&2
  return 1
}

# A stand-in for a distribution's bin/spark-submit, doing what its spark-class does: Spark's own launcher
# (org.apache.spark.launcher.Main, in the Spark jars) builds the driver's java command from the arguments and
# the properties file (driver memory, spark.driver.extraJavaOptions, Java 17 module flags) and prints it,
# NUL-separated, with its exit code last; the script then runs that command in its place.
write_spark_submit() {
  mkdir -p "$SPARK_HOME_DIR/bin"
  cat > "$SPARK_HOME_DIR/bin/spark-submit" <<'SUBMIT'
#!/usr/bin/env bash
export SPARK_HOME="${SPARK_HOME:-$(cd "$(dirname "$0")/.." && pwd)}" SPARK_SCALA_VERSION=2.12
# The launcher prints its messages, a NUL and a newline, then the command's parts, each ended by a NUL.
command=()
started=""
while IFS= read -r -d '' part; do
  if [ -n "$started" ]; then
    command+=("$part")
  else
    [ -n "$part" ] && printf '%s\n' "$part" >&2
    started=yes
    IFS= read -r -d '' part && command+=("${part#$'\n'}")
  fi
done < <(java -Xmx128m -cp "$SPARK_HOME/jars/*" org.apache.spark.launcher.Main \
           org.apache.spark.deploy.SparkSubmit "$@"; printf '%d\0' $?)
[ ${#command[@]} -gt 0 ] || exit 1
last=$((${#command[@]} - 1))
status="${command[$last]}"
[ "$status" = 0 ] || exit "$status"
exec "${command[@]:0:$last}"
SUBMIT
  chmod +x "$SPARK_HOME_DIR/bin/spark-submit"
}

# The Spark home: a distribution's jars (Spark core and SQL with all they bring, resolved from Maven on
# their own) and the spark-submit above.
spark_home() {
  mkdir -p "$SPARK_HOME_DIR"
  if [ ! -d "$SPARK_HOME_DIR/jars" ]; then
    mvn -B -q -f "$ROOT/scripts/spark-home/pom.xml" dependency:copy-dependencies \
      -DoutputDirectory="$SPARK_HOME_DIR/jars.partial" >&2
    mv "$SPARK_HOME_DIR/jars.partial" "$SPARK_HOME_DIR/jars"
  fi
  write_spark_submit
}

# Starts what is not running: the master, then any missing worker (a test may have killed one).
start() {
  mkdir -p "$DIR/logs" "$DIR/local"
  spark_home
  export SPARK_HOME="$SPARK_HOME_DIR" SPARK_SCALA_VERSION=2.12 SPARK_LOCAL_IP=127.0.0.1 SPARK_LOCAL_DIRS="$DIR/local"
  if ! running "$DIR/master.pid"; then
    : > "$DIR/logs/master.log"
    # A lost Worker is dropped after 15 s without heartbeats (Spark's default, 60 s, would leave a killed
    # Worker listed, and offered executors, for a minute).
    launch master "-Dspark.worker.timeout=15" org.apache.spark.deploy.master.Master --host 127.0.0.1 \
      --port "$PORT" --webui-port "$UI_PORT"
    wait_for "$DIR/logs/master.log" "I have been elected leader" 1 "the master's start"
  fi
  local w registered started=()
  for w in $(seq 1 $WORKERS); do
    if ! running "$DIR/worker-$w.pid"; then
      mkdir -p "$DIR/work/worker-$w"
      # Its log is appended to: count the registrations before this start.
      registered="$(grep -c "Successfully registered with master" "$DIR/logs/worker-$w.log" 2>/dev/null || true)"
      started+=("$w:${registered:-0}")
      launch "worker-$w" "" org.apache.spark.deploy.worker.Worker "$MASTER_URL" --host 127.0.0.1 --cores 1 \
        --memory 2g --work-dir "$DIR/work/worker-$w" --webui-port $((UI_PORT + w))
    fi
  done
  for entry in ${started[@]+"${started[@]}"}; do
    wait_for "$DIR/logs/worker-${entry%%:*}.log" "Successfully registered with master" $((${entry#*:} + 1)) \
      "worker ${entry%%:*}'s registration"
  done
  echo "$MASTER_URL"
}

stop() {
  local pid_file pid
  for pid_file in "$DIR"/worker-*.pid "$DIR/master.pid"; do
    [ -f "$pid_file" ] || continue
    pid="$(cat "$pid_file")"
    if running "$pid_file"; then
      kill "$pid"
      for _ in $(seq 1 20); do running "$pid_file" || break; sleep 0.5; done
      running "$pid_file" && kill -9 "$pid"
    fi
    rm -f "$pid_file"
  done
  echo "test cluster stopped" >&2
}

status() {
  local pid_file state=0
  for pid_file in "$DIR/master.pid" $(seq -f "$DIR/worker-%g.pid" 1 $WORKERS); do
    if running "$pid_file"; then
      echo "$(basename "$pid_file" .pid): running (pid $(cat "$pid_file"))"
    else
      echo "$(basename "$pid_file" .pid): not running"
      state=1
    fi
  done
  echo "master: $MASTER_URL"
  return $state
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) status ;;
  home) spark_home; echo "$SPARK_HOME_DIR" ;;
  *) echo "usage: $0 start|stop|status|home" >&2; exit 2 ;;
esac
