#!/usr/bin/env bash
# The recordings benchmark: the whole score job, cold (a fresh JVM, as a scheduler runs it), reading the shared
# MIT-BIH records (WFDB), finding their beats, cutting and scoring them into a per-beat table and a per-record
# summary. The model is trained once with conf/recordings.conf and cached under target/bench-recordings/.
# Prints each run's wall and CPU seconds (/usr/bin/time), then the median run:
#   records=N signal_hours=H seconds=S realtime_factor=R beats_per_s=B cpu_seconds=C
# --holter: then also a 24-hour record (record 101 repeated 48 times, made once; checksums recomputed) scored by
# the same job with a 1 GB heap (JAVA_OPTS=-Xmx1g: on the embedded Spark the driver is the executor too).
# Usage: scripts/bench-recordings.sh [--input DIR] [--runs N] [--holter]   (defaults: ../shared/data/mitdb, 3 runs)
set -euo pipefail
source "$(dirname "$0")/env.sh"

INPUT="$ROOT/../shared/data/mitdb"; RUNS=3; HOLTER=""
while [ $# -gt 0 ]; do
  case "$1" in
    --input) INPUT="$2"; shift 2 ;;
    --runs) RUNS="$2"; shift 2 ;;
    --holter) HOLTER=yes; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
build_if_needed
export OMP_NUM_THREADS="${OMP_NUM_THREADS:-1}"
# The model is cached per version of conf/recordings.conf.
WORK="$ROOT/target/bench-recordings/$(sha256sum "$ROOT/conf/recordings.conf" | cut -c1-12)"
mkdir -p "$WORK"
if [ ! -f "$WORK/model/model/model.json" ]; then
  echo "Training the benchmark's model once (conf/recordings.conf) ..." >&2
  "$ROOT/scripts/train.sh" --config "$ROOT/conf/recordings.conf" --input "$INPUT" --output "$WORK/model" \
    > "$WORK/train.log" 2>&1 || { tail -20 "$WORK/train.log" >&2; exit 1; }
fi

# Signal length from the headers: a record line is "NAME NSIG FS NSAMP ...".
read -r RECORDS HOURS < <(awk 'FNR == 1 && !/^#/ { n++; split($3, f, "/"); s += $4 / f[1] } END { printf "%d %.3f\n", n, s / 3600 }' "$INPUT"/*.hea)

for run in $(seq 1 "$RUNS"); do
  rm -rf "$WORK/scores" "$WORK/scores-records"
  /usr/bin/time -f "%e %U %S %M" -o "$WORK/time.txt" \
    "$ROOT/scripts/score.sh" --config "$ROOT/conf/recordings.conf" --model "$WORK/model/model" --input "$INPUT" \
      --output "$WORK/scores" > "$WORK/score-$run.log" 2>&1 || { tail -20 "$WORK/score-$run.log" >&2; exit 1; }
  read -r WALL USER SYS RSS < "$WORK/time.txt"
  BEATS=$(python3 -c "import json,sys; print(json.load(open(sys.argv[1]))['counts']['scored'])" "$WORK/scores/_manifest.json")
  echo "run $run: wall ${WALL}s user ${USER}s sys ${SYS}s peak RSS $((RSS / 1024)) MB, $BEATS beats" >&2
  echo "$WALL $USER $SYS $BEATS" >> "$WORK/runs-$$.txt"
done
sort -n "$WORK/runs-$$.txt" | awk -v n="$RUNS" -v records="$RECORDS" -v hours="$HOURS" '
  NR == int((n + 1) / 2) {
    printf "records=%d signal_hours=%.2f seconds=%.1f realtime_factor=%.0f beats_per_s=%.0f cpu_seconds=%.1f\n",
      records, hours, $1, hours * 3600 / $1, $4 / $1, $2 + $3 }'
rm -f "$WORK/runs-$$.txt"

if [ -n "$HOLTER" ]; then
  H="$WORK/holter"
  if [ ! -f "$H/holter24.hea" ]; then
    mkdir -p "$H"
    for i in $(seq 1 48); do cat "$INPUT/101.dat"; done > "$H/holter24.dat"
    # 48 x 650,000 samples; each signal's 16-bit checksum is 48 times the original's, modulo 2^16 (signed).
    awk 'FNR == 1 { print "holter24 2 360 31200000"; next }
         /^#/ { next }
         { c = ($7 * 48) % 65536; if (c < 0) c += 65536; if (c >= 32768) c -= 65536
           $1 = "holter24.dat"; $7 = c; print }' "$INPUT/101.hea" > "$H/holter24.hea"
  fi
  rm -rf "$WORK/holter-scores" "$WORK/holter-scores-records"
  JAVA_OPTS=-Xmx1g /usr/bin/time -f "%e %U %S %M" -o "$WORK/time.txt" \
    "$ROOT/scripts/score.sh" --config "$ROOT/conf/recordings.conf" --model "$WORK/model/model" --input "$H/holter24.hea" \
      --output "$WORK/holter-scores" > "$WORK/holter.log" 2>&1 || { tail -20 "$WORK/holter.log" >&2; exit 1; }
  read -r WALL USER SYS RSS < "$WORK/time.txt"
  BEATS=$(python3 -c "import json,sys; print(json.load(open(sys.argv[1]))['counts']['scored'])" "$WORK/holter-scores/_manifest.json")
  echo "holter: 24 h record, heap 1 GB: wall ${WALL}s, cpu $(echo "$USER + $SYS" | bc)s, peak RSS $((RSS / 1024)) MB, $BEATS beats"
fi
