#!/usr/bin/env bash
# Generates a deterministic synthetic beat archive from ECG5000 on an embedded Spark (local[*]): one Spark
# task per part file, DIR/_archive.json written last. Rerunning with the same arguments reuses the archive.
# Usage: scripts/make-archive.sh --records N --output DIR [--files F] [--gzip] [--parquet]
#          [--parquet-layout array|columns] [--with-id] [--seed S] [--noise-std X] [--data CSV] [--set key=value ...]
set -euo pipefail
source "$(dirname "$0")/env.sh"
build_bench_if_needed

# Without --data/--input (or a config naming input.paths), sample the reference ecg.csv, downloaded and verified
# if absent as in demo.sh; resolved from the repository root, so the script runs from any folder.
source_given=""
for arg in "$@"; do
  case "$arg" in
    --data|--data=*|--input|--input=*|--config|--config=*|input.paths=*) source_given=yes ;;
  esac
done
if [ -z "$source_given" ]; then
  DATA="$(cd "$ROOT" && run_job org.ecgautoencoder.cli.LocateDataJob)"
  set -- --data "$DATA" "$@"
fi

run_bench_job org.ecgautoencoder.bench.MakeArchiveJob "$@"
