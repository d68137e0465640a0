#!/usr/bin/env bash
# Trains the gated model of the Compute Cost Amortized table (and, with the
# control's config, its ungated control), warm-started from a trained
# default-model run: front end, conv-only blocks, attention and decoder are
# copied; the FFNs and the gates start fresh, the gates open. Resumable.
#
#   scripts/train_gated.sh /work/corpus /work/runs/gated-warm DONOR_MODEL_DIR
#   scripts/train_gated.sh /work/corpus /work/runs/ungated-warm DONOR_MODEL_DIR scripts/configs/transformer-conv-chars.json
#
# weights/amortized-conv came from the first in three stages, each resuming
# the last (docs/BENCHMARKS.md), the donor at step 3,150 of
# scripts/train_default.sh: STEPS=2100; then STEPS=2700 COMPUTE_WEIGHT=100;
# then STEPS=3300 COMPUTE_WEIGHT=100 COMPUTE_BUDGET=0.3. The control ran
# to the same steps.
set -u
CORPUS=$1
OUT=$2
DONOR=$3
CONFIG=${4:-scripts/configs/amortized-conv-chars.json}
cd "$(dirname "$0")/.."
START="--init-from $DONOR"
[ -f "$OUT/checkpoint/model.safetensors" ] && START="--resume"
GATES=""
grep -q '"gated": true' "$CONFIG" && GATES="--compute-budget ${COMPUTE_BUDGET:-0.4} --compute-weight ${COMPUTE_WEIGHT:-20}"
exec ./target/release/hark train --config "$CONFIG" $START \
  --data "$CORPUS/train.jsonl" --dev "$CORPUS/dev.jsonl" --dev-limit 60 --out "$OUT" --steps "${STEPS:-2100}" \
  --lr 5e-4 --warmup 200 --frame-budget 1600 --ctc-weight 0.3 --no-augment \
  --checkpoint-every 50 --eval-every 300 --log-every 10 --threads 1 $GATES
