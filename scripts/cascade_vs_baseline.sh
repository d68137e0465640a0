#!/usr/bin/env bash
# The cascade claim on real speech (issue 19): the default Practical
# Conformer cascade and the `baseline` preset (8 causal Conformer blocks,
# softmax attention) trained the same way, side by side, for the same
# number of steps: the games' training clips under the on-the-fly
# acoustics, the same seed, batches, schedule and CTC weight. Then both
# scored on games-dev and LibriVox: the cascade's first pass, its second
# pass greedy (the encoders compared, no word model) and the baseline.
#
#   HARK_DATA=/work/data nohup scripts/cascade_vs_baseline.sh OUT STEPS [PRETRAIN_STEPS] > OUT.log 2>&1 &
#
# From scratch (no PRETRAIN_STEPS) the games alone leave RNN-T's blank
# plateau too slowly for a short run (both arms emitted nothing at 1,500
# steps). With PRETRAIN_STEPS, each arm first trains that many steps on
# synthetic corpus version 1 ($HARK_DATA/corpus/train.jsonl, made by
# `make_corpus.py --hours 10 --version 1 --only train`) with the default
# model's first recipe (scripts/train_default.sh at commit c5e2033: no
# on-the-fly augmentation), and the games stage starts from its weights
# with fresh optimizer moments and a fresh warm-up. CASCADE_PRETRAINED=DIR
# skips the cascade's first stage and starts from DIR instead: commit
# c5e2033's weights/ are exactly that stage at 2,250 steps
# (`git show c5e2033:weights/model.safetensors`, and its config.json and
# tokenizer.json).
#
# Resumable: rerun with the same arguments to continue from each stage's
# checkpoint. The two arms train at once, one thread each (the 2-core
# machine); equal steps make them comparable whatever the load.
# Needs: make_games.py's corpus under $HARK_DATA and a release build.
set -eu
OUT=${1:-/work/runs/cvb}
STEPS=${2:-1500}
PRETRAIN_STEPS=${3:-}
DATA=${HARK_DATA:-/work/data}
export HARK_DATA=$DATA
cd "$(dirname "$0")/.."
mkdir -p "$OUT"
[ -x "$OUT/hark" ] || cp target/release/hark "$OUT/hark"

config_of() {
  if [ "$1" = cascade ]; then echo scripts/configs/practical-cascade-chars.json; else echo scripts/configs/baseline-chars.json; fi
}

# Trains both arms at once (one thread each) and waits for both.
# $1: stage name (the run directory is OUT/ARM-STAGE); the rest: the
# arguments both share. Each arm's starting point comes from start_of.
train_both() {
  local stage=$1; shift
  local pids=() arm run start
  for arm in cascade baseline; do
    run="$OUT/$arm-$stage"
    start=$(start_of "$arm" "$stage")
    [ "$start" = skip ] && continue
    read -ra start <<< "$start"
    # A resumed run still needs its config (or model) to rebuild the programs.
    [ -f "$run/checkpoint/model.safetensors" ] && start+=(--resume)
    nice "$OUT/hark" train "${start[@]}" "$@" --out "$run" >> "$run.log" 2>&1 &
    pids+=($!)
  done
  local status=0 pid
  for pid in "${pids[@]}"; do wait "$pid" || status=1; done
  [ "$status" = 0 ] || { echo "a training arm failed in stage $stage: see $OUT/*-$stage.log" >&2; exit 1; }
}

start_of() {
  local arm=$1 stage=$2
  case $stage in
    synthetic)
      if [ "$arm" = cascade ] && [ -n "${CASCADE_PRETRAINED:-}" ]; then echo skip; else echo "--config $(config_of "$arm")"; fi ;;
    games)
      if [ -z "$PRETRAIN_STEPS" ]; then echo "--config $(config_of "$arm")"
      elif [ "$arm" = cascade ] && [ -n "${CASCADE_PRETRAINED:-}" ]; then echo "--model $CASCADE_PRETRAINED"
      else echo "--model $OUT/$arm-synthetic/model"; fi ;;
  esac
}

if [ -n "$PRETRAIN_STEPS" ]; then
  train_both synthetic --data "$DATA/corpus/train.jsonl" --dev games-dev --dev-limit 60 --steps "$PRETRAIN_STEPS" \
    --lr 1e-3 --warmup 200 --frame-budget 1600 --ctc-weight 0.3 --no-augment \
    --checkpoint-every 50 --eval-every 300 --log-every 10 --threads 1
fi
train_both games --data "$DATA/games/train.jsonl" --dev games-dev --dev-limit 100 --steps "$STEPS" \
  --lr 1e-3 --warmup 200 --frame-budget 1600 --ctc-weight 0.3 \
  --augment scripts/configs/augment-real.json --noise "$DATA/games/noise.jsonl" \
  --checkpoint-every 50 --eval-every 500 --log-every 10 --threads 1

# Greedy on both (the baseline has no second pass for the beam search to
# run over), scored raw and after weights/'s lexicon correction.
for arm in cascade baseline; do
  cp weights/lexicon.tsv "$OUT/$arm-games/model/"
  "$OUT/hark" eval --model "$OUT/$arm-games/model" --data games-dev --data librivox --beam 1 --json > "$OUT/$arm.eval.jsonl"
done
cat "$OUT/cascade.eval.jsonl" "$OUT/baseline.eval.jsonl"
