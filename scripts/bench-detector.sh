#!/usr/bin/env bash
# The QRS detector alone on the shared MIT-BIH records: per record and gross TP, FN, FP, Se, +P (ANSI/AAMI EC57,
# 150 ms, ventricular flutter episodes left out), the R-peak offset from the annotation, unscorable seconds, and
# nanoseconds per sample. Usage: scripts/bench-detector.sh [RECORD ...]   (default: all 26)
set -euo pipefail
source "$(dirname "$0")/env.sh"
build_bench_if_needed
run_bench_job org.ecgautoencoder.bench.QrsDetectorBenchmark "$@"
