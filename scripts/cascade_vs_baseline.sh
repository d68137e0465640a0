#!/usr/bin/env bash
# The cascade claim on real speech (issue 19): the default Practical
# Conformer cascade and the `baseline` preset (8 causal Conformer blocks,
# softmax attention) trained from scratch the same way, side by side, for
# the same number of steps: the games' training clips under the on-the-fly
# acoustics, the same seed, batches, schedule and CTC weight. Then both
# scored on games-dev and LibriVox: the cascade's first pass, its second
# pass greedy (the encoders compared, no word model) and the baseline.
#
#   HARK_DATA=/work/data nohup scripts/cascade_vs_baseline.sh /work/runs/cvb 1500 > /work/runs/cvb.log 2>&1 &
#
# Resumable: rerun with the same arguments to continue from each arm's
# OUT/ARM/checkpoint. The two arms train at once, one thread each (the
# 2-core machine); equal steps make them comparable whatever the load.
# Needs: make_games.py's corpus under $HARK_DATA and a release build.
set -eu
OUT=${1:-/work/runs/cvb}
STEPS=${2:-1500}
DATA=${HARK_DATA:-/work/data}
export HARK_DATA=$DATA
cd "$(dirname "$0")/.."
mkdir -p "$OUT"
[ -x "$OUT/hark" ] || cp target/release/hark "$OUT/hark"
COMMON=(--data "$DATA/games/train.jsonl" --dev games-dev --dev-limit 100 --steps "$STEPS"
  --lr 1e-3 --warmup 200 --frame-budget 1600 --ctc-weight 0.3
  --augment scripts/configs/augment-real.json --noise "$DATA/games/noise.jsonl"
  --checkpoint-every 50 --eval-every 500 --log-every 10 --threads 1)
pids=()
for arm in cascade baseline; do
  if [ "$arm" = cascade ]; then CONFIG=scripts/configs/practical-cascade-chars.json; else CONFIG=scripts/configs/baseline-chars.json; fi
  RESUME=()
  [ -f "$OUT/$arm/checkpoint/model.safetensors" ] && RESUME=(--resume)
  nice "$OUT/hark" train --config "$CONFIG" "${COMMON[@]}" --out "$OUT/$arm" "${RESUME[@]}" > "$OUT/$arm.log" 2>&1 &
  pids+=($!)
done
status=0
for pid in "${pids[@]}"; do wait "$pid" || status=1; done
[ "$status" = 0 ] || { echo "a training arm failed: see $OUT/cascade.log and $OUT/baseline.log" >&2; exit 1; }
# Greedy on both (the baseline has no second pass for the beam search to
# run over); raw and with weights/'s lexicon correction.
for arm in cascade baseline; do
  cp weights/lexicon.tsv "$OUT/$arm/model/"
  "$OUT/hark" eval --model "$OUT/$arm/model" --data games-dev --data librivox --beam 1 --json > "$OUT/$arm.eval.jsonl"
done
cat "$OUT/cascade.eval.jsonl" "$OUT/baseline.eval.jsonl"
