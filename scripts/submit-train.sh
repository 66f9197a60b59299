#!/usr/bin/env bash
# Trains on a cluster with spark-submit and the cluster jar (see scripts/submit-common.sh for the options).
# Example: scripts/submit-train.sh --properties conf/spark-yarn.conf --master yarn -- --output hdfs:///runs/1 --data hdfs:///ecg/ecg.csv
source "$(dirname "$0")/submit-common.sh"
submit org.ecgautoencoder.cli.TrainJob "$@"
