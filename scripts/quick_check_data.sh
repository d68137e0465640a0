#!/usr/bin/env bash
# Issue 18's quick check that the new data helps: the shipped weights
# fine-tuned for the same number of steps (so the same audio seen) on the
# old synthetic data alone, as they were trained (arm "old": corpus version
# 1, augmented by sox when made, --no-augment), and on the games' real
# speech mixed with the same synthetic data under the on-the-fly acoustics
# (arm "new": scripts/configs/augment-real.json with the games' sound
# effects as recorded noise). Then both on games-dev and LibriVox.
# Resumable: a rerun continues each arm from its checkpoint.
#
#   HARK_DATA=/work/data nohup scripts/quick_check_data.sh /work/runs/qc 600 > /work/runs/qc.log 2>&1 &
set -eu
OUT=${1:-/work/runs/qc}
STEPS=${2:-600}
DATA=${HARK_DATA:-/work/data}
export HARK_DATA=$DATA
cd "$(dirname "$0")/.."
mkdir -p "$OUT"
# The part of corpus version 1 made so far (its manifests list finished files).
python3 scripts/make_corpus.py --out "$DATA/corpus" --hours 10 --version 1 --only train --existing-only 2>/dev/null
python3 scripts/mix_manifests.py --out "$OUT/old.jsonl" --part "$DATA/corpus/train.jsonl:1"
python3 scripts/mix_manifests.py --out "$OUT/new.jsonl" --part "$DATA/corpus/train.jsonl:1" --part "$DATA/games/train.jsonl:1"
COMMON=(--model weights --dev games-dev --dev-limit 60 --steps "$STEPS" --lr 2.5e-4 --warmup 100
  --frame-budget 1600 --ctc-weight 0.3 --checkpoint-every 50 --eval-every 200 --log-every 10 --threads 2)
for arm in old new; do
  RESUME=""
  [ -f "$OUT/$arm/checkpoint/model.safetensors" ] && RESUME="--resume"
  if [ "$arm" = old ]; then AUG=(--no-augment); else AUG=(--augment scripts/configs/augment-real.json --noise "$DATA/games/noise.jsonl"); fi
  ./target/release/hark train "${COMMON[@]}" --data "$OUT/$arm.jsonl" --out "$OUT/$arm" "${AUG[@]}" $RESUME
done
for model in weights "$OUT/old/model" "$OUT/new/model"; do
  cp -n weights/lexicon.tsv weights/bigrams.tsv "$model/" 2>/dev/null || true
  echo "== $model"
  ./target/release/hark eval --model "$model" --data games-dev --data librivox --data synthetic-dev
done
