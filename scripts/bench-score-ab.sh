#!/usr/bin/env bash
# The scoring benchmark against another revision of the project, as a ratio measured in one run: the two
# codes' ScoreBenchmark in alternating fresh JVMs (driver heap 1 GB, one BLAS thread per task) on the same
# cached archives, each JVM 2 untimed warm-ups then 3 timed runs of the score job and of its I/O baseline.
# Prints each JVM's medians, then per format and code the medians over all timed runs: records/s (with
# their range) and CPU seconds per run. CPU seconds are the steadier figure on a machine whose hypervisor
# steals time. The other revision is checked out and built under target/bench-ab/ (its own model, trained
# once with its own train job: bundle formats differ between revisions).
# Usage: scripts/bench-score-ab.sh --against REV [--records N] [--files F] [--rounds R] [--formats "csv parquet"]
set -euo pipefail
source "$(dirname "$0")/env.sh"

AGAINST=""; RECORDS=1000000; FILES=8; ROUNDS=3; FORMATS="csv parquet"
while [ $# -gt 0 ]; do
  case "$1" in
    --against) AGAINST="$2"; shift 2 ;;
    --records) RECORDS="$2"; shift 2 ;;
    --files) FILES="$2"; shift 2 ;;
    --rounds) ROUNDS="$2"; shift 2 ;;
    --formats) FORMATS="$2"; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
[ -n "$AGAINST" ] || { echo "usage: $0 --against REV [--records N] [--files F] [--rounds R] [--formats \"csv parquet\"]" >&2; exit 2; }
build_bench_if_needed
export OMP_NUM_THREADS="${OMP_NUM_THREADS:-1}"
WORK="$ROOT/target/bench-ab"
OTHER="$WORK/$(git -C "$ROOT" rev-parse --short "$AGAINST")"
mkdir -p "$WORK"
if [ ! -d "$OTHER" ]; then
  git -C "$ROOT" worktree add -f --detach "$OTHER" "$AGAINST" >&2
fi

# The archives, made once by this tree's tool; the other tree reads the same files.
for format in $FORMATS; do
  flag=""; [ "$format" = parquet ] && flag="--parquet"
  "$ROOT/scripts/make-archive.sh" --records "$RECORDS" --files "$FILES" $flag --output "$WORK/archive-$RECORDS-$FILES-$format" >&2
done
DATA="$(cd "$ROOT" && run_job org.ecgautoencoder.cli.LocateDataJob)"
for tree in "$ROOT" "$OTHER"; do
  if [ ! -f "$tree/target/bench-ab-model/model/model.json" ]; then
    (cd "$tree" && source scripts/env.sh && build_if_needed \
      && run_job org.ecgautoencoder.cli.TrainJob --output target/bench-ab-model --data "$DATA") > "$WORK/train-$(basename "$tree").log" 2>&1
  fi
done

# Each tree's benchmark class: a benchmark tool since the one-pipeline refactor, a job before it.
bench() {
  local tree="$1"
  shift
  if [ -f "$tree/src/bench/java/org/ecgautoencoder/bench/ScoreBenchmark.java" ]; then
    (cd "$tree" && source scripts/env.sh && build_bench_if_needed \
      && JAVA_OPTS=-Xmx1g run_bench_job org.ecgautoencoder.bench.ScoreBenchmark "$@")
  else
    (cd "$tree" && source scripts/env.sh && build_if_needed \
      && JAVA_OPTS=-Xmx1g run_job org.ecgautoencoder.cli.ScoreBenchmark "$@")
  fi
}

LOG="$WORK/runs.log"
: > "$LOG"
echo "machine: $(getconf _NPROCESSORS_ONLN) cores; $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs); this tree against $AGAINST"
for format in $FORMATS; do
  for round in $(seq 1 "$ROUNDS"); do
    for side in this other; do
      tree="$ROOT"; [ "$side" = other ] && tree="$OTHER"
      bench "$tree" --model "$tree/target/bench-ab-model/model" --input "$WORK/archive-$RECORDS-$FILES-$format" \
        --output "$WORK/out-$side" --repeats 3 --warmup 2 --label "$format" 2>>"$WORK/bench-$side.log" \
        | sed "s/^/$side $format $round: /" | tee -a "$LOG" | grep 'score_rps'
    done
  done
done
python3 - "$LOG" <<'PY'
import re, statistics, sys
runs = {}
for line in open(sys.argv[1]):
    m = re.match(r'(this|other) (\w+) \d+: run \d+ (score|baseline)\s+records=\d+ seconds=[\d.]+ rps=(\d+) cpu_seconds=([\d.]+)', line)
    if m:
        side, fmt, kind, rps, cpu = m.groups()
        runs.setdefault((fmt, side, kind), []).append((int(rps), float(cpu)))
for (fmt, side, kind), values in sorted(runs.items()):
    rps = [v[0] for v in values]
    print(f"format={fmt} code={side} kind={kind} runs={len(values)} median_rps={statistics.median(rps):.0f} "
          f"min_rps={min(rps)} max_rps={max(rps)} median_cpu_seconds={statistics.median(v[1] for v in values):.1f}")
PY
