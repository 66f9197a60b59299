# Sourced by the scripts: builds the project when its sources changed and sets up `run_job CLASS ARGS...`,
# which runs a job on an embedded Spark with Spark's Java 17 flags and all scratch under target/.
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CLASSPATH_FILE="$ROOT/target/classpath.txt"
BENCH_CLASSPATH_FILE="$ROOT/target/bench-classpath.txt"

build_if_needed() {
  local stale
  stale=""
  if [ ! -f "$CLASSPATH_FILE" ] || [ ! -d "$ROOT/target/classes" ]; then
    stale=yes
  elif [ -n "$(find "$ROOT/pom.xml" "$ROOT/src/main" "$ROOT/conf" -newer "$CLASSPATH_FILE" -print -quit)" ]; then
    stale=yes
  fi
  if [ -n "$stale" ]; then
    echo "Building (mvn compile) ..." >&2
    # includeScope=compile gives compile + provided: Spark is provided on clusters, needed here.
    (cd "$ROOT" && mvn -B -q compile dependency:build-classpath \
        -Dmdep.includeScope=compile -Dmdep.outputFile="$CLASSPATH_FILE") >&2
    # The dependency plugin leaves an unchanged classpath file untouched; mark the build as fresh anyway,
    # or every later run would rebuild.
    touch "$CLASSPATH_FILE"
  fi
}

# The benchmark tools (src/bench/java: make-archive, bench-score) compile with the tests, never into the product.
build_bench_if_needed() {
  build_if_needed
  if [ ! -f "$BENCH_CLASSPATH_FILE" ] || [ ! -d "$ROOT/target/test-classes" ] \
      || [ -n "$(find "$ROOT/pom.xml" "$ROOT/src" "$ROOT/conf" -newer "$BENCH_CLASSPATH_FILE" -print -quit)" ]; then
    echo "Building the benchmark tools (mvn test-compile) ..." >&2
    (cd "$ROOT" && mvn -B -q test-compile dependency:build-classpath \
        -Dmdep.includeScope=test -Dmdep.outputFile="$BENCH_CLASSPATH_FILE") >&2
    touch "$BENCH_CLASSPATH_FILE"
  fi
}

# Scripts that run several jobs with the user's --set overrides give the later jobs those as a config file: a
# job refuses a --set key it does not read, but only warns of such keys in a --config file (which several jobs
# may share). overrides_file FILE ARGS... writes each --set KEY=VALUE among ARGS to FILE, one per line, after
# an include of the user's own --config file if there is one, and sets OTHER_ARGS to the remaining arguments.
include_config() { printf 'include file("%s")\n' "$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"; }

overrides_file() {
  local file="$1"
  shift
  mkdir -p "$(dirname "$file")"
  : > "$file"
  local sets=()
  OTHER_ARGS=()
  while [ $# -gt 0 ]; do
    case "$1" in
      --set) sets+=("$2"); shift 2 ;;
      --set=*) sets+=("${1#--set=}"); shift ;;
      --config) include_config "$2" >> "$file"; shift 2 ;;
      --config=*) include_config "${1#--config=}" >> "$file"; shift ;;
      *) OTHER_ARGS+=("$1"); shift ;;
    esac
  done
  if [ ${#sets[@]} -gt 0 ]; then printf '%s\n' "${sets[@]}" >> "$file"; fi
}

export SPARK_LOCAL_IP="${SPARK_LOCAL_IP:-127.0.0.1}"

run_job() {
  run_with_classpath "$ROOT/target/classes:$(cat "$CLASSPATH_FILE")" "$@"
}

# A benchmark tool: the product's classes, then the benchmark sources' (compiled with the tests).
run_bench_job() {
  run_with_classpath "$ROOT/target/test-classes:$ROOT/target/classes:$(cat "$BENCH_CLASSPATH_FILE")" "$@"
}

# The JVM encodes file names in the locale's charset: under LANG=C (cron, many containers) a path with a
# non-ASCII character cannot even be named. Run the jobs in a UTF-8 locale when the caller's is not one.
utf8_locale() {
  case "$(locale charmap 2>/dev/null)" in
    UTF-8|utf8) ;;
    *) if locale -a 2>/dev/null | grep -qix 'c\.utf-\?8'; then export LC_ALL=C.UTF-8; fi ;;
  esac
}

run_with_classpath() {
  utf8_locale
  local classpath="$1"
  local main_class="$2"
  shift 2
  mkdir -p "$ROOT/target/scratch/javacpp"
  java ${JAVA_OPTS:--Xmx4g} @"$ROOT/conf/java17-spark.args" \
    -Dorg.bytedeco.javacpp.cachedir="$ROOT/target/scratch/javacpp" \
    -Dlog4j2.configurationFile="$ROOT/conf/log4j2.properties" \
    -cp "$classpath" "$main_class" "$@"
}
