#!/usr/bin/env bash
# Scores archives on a cluster with spark-submit and the cluster jar (see scripts/submit-common.sh).
# Example: scripts/submit-score.sh --master spark://host:7077 -- --model /models/m1 --input s3a://lake/ecg/2026-11-27/ --output s3a://lake/scores
source "$(dirname "$0")/submit-common.sh"
submit org.ecgautoencoder.cli.ScoreJob "$@"
