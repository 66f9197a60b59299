#!/usr/bin/env bash
# Runs the notebooks in notebooks/ headless with a Java kernel (rapaio-jupyter-kernel from Maven Central)
# that loads this project's classes and dependencies, so the notebooks call the real code.
#   scripts/notebooks.sh            execute every notebook in place (outputs saved, to be committed)
#   scripts/notebooks.sh --check    execute copies under .notebooks-check; the tree is left as it is
# Needs Jupyter's nbconvert and nbclient (Debian: apt-get install jupyter-nbconvert python3-nbclient).
set -euo pipefail
source "$(dirname "$0")/env.sh"
KERNEL_VERSION=2.3.0
MODE="${1:-inplace}"

command -v jupyter >/dev/null || { echo "jupyter not found: apt-get install jupyter-nbconvert python3-nbclient" >&2; exit 2; }
cd "$ROOT"
# Two calls: in one, the last -DoutputDirectory would serve both goals.
mvn -B -q compile dependency:copy-dependencies -DincludeScope=compile -DoutputDirectory=target/notebook-lib >&2
mvn -B -q dependency:copy -Dartifact=io.github.padreati:rapaio-jupyter-kernel:$KERNEL_VERSION \
  -DoutputDirectory=target/jupyter >&2

# The kernelspec: the kernel JVM gets Spark's Java 17 flags, as the jobs do; notebooks add the classpath.
KERNEL_DIR="$ROOT/target/jupyter/kernels/ecg-java"
mkdir -p "$KERNEL_DIR" "$ROOT/target/scratch/javacpp" "$ROOT/target/jupyter/conf"
# The kernel reads java.util.logging settings from the first logging.properties on its classpath; its own
# sets every logger to FINEST. Spark bridges java.util.logging to its logs, and Janino (Spark's code
# generator) then formats its FINER trace messages, which fails while compiling the reader of a cached
# Dataset (StringIndexOutOfBoundsException in Janino's Descriptor.toClassName). This one keeps INFO.
printf '%s\n' 'handlers= java.util.logging.ConsoleHandler' '.level= INFO' \
  'java.util.logging.ConsoleHandler.level = INFO' > "$ROOT/target/jupyter/conf/logging.properties"
python3 - "$KERNEL_DIR/kernel.json" "$ROOT" "$KERNEL_VERSION" <<'PY'
import json, sys
path, root, version = sys.argv[1:]
flags = [l.strip() for l in open(f"{root}/conf/java17-spark.args") if l.strip() and not l.startswith("#")]
argv = ["java", "-Xmx3g", *flags, f"-Dorg.bytedeco.javacpp.cachedir={root}/target/scratch/javacpp",
        f"-Dlog4j2.configurationFile={root}/conf/log4j2.properties",
        "-cp", f"{root}/target/jupyter/conf:{root}/target/jupyter/rapaio-jupyter-kernel-{version}.jar",
        "org.rapaio.jupyter.kernel.MainApp", "{connection_file}"]
json.dump({"argv": argv, "display_name": "Java (ecg-autoencoder)", "language": "java",
           "interrupt_mode": "message", "env": {"SPARK_LOCAL_IP": "127.0.0.1", "OMP_NUM_THREADS": "1"}},
          open(path, "w"), indent=1)
PY
export JUPYTER_PATH="$ROOT/target/jupyter"

run() {
  local notebook="$1" attempt log
  log="$(mktemp)"
  # The kernel sometimes misses Jupyter's first request at start (about one start in four here); only that
  # failure is retried.
  for attempt in 1 2 3 4 5; do
    echo "executing $notebook (attempt $attempt)" >&2
    if (cd "$(dirname "$notebook")" && jupyter nbconvert --to notebook --execute --inplace \
         --ExecutePreprocessor.timeout=900 --ExecutePreprocessor.startup_timeout=90 \
         --ExecutePreprocessor.kernel_name=ecg-java "$(basename "$notebook")") > "$log" 2>&1; then
      rm -f "$log"
      return 0
    fi
    grep -q "Kernel didn't respond" "$log" || { cat "$log" >&2; rm -f "$log"; return 1; }
  done
  cat "$log" >&2
  rm -f "$log"
  return 1
}

if [ "$MODE" = "--check" ]; then
  rm -rf .notebooks-check && mkdir -p .notebooks-check
  cp notebooks/*.ipynb .notebooks-check/
  # The copies run from a folder at the same depth as notebooks/, so their relative paths hold.
  for nb in .notebooks-check/*.ipynb; do run "$nb"; done
else
  for nb in notebooks/*.ipynb; do run "$nb"; done
fi
echo "notebooks executed" >&2
