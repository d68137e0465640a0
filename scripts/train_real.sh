#!/usr/bin/env bash
# The real-speech recipe (issue 19), first form: the shipped weights
# continued on the games' real speech (oversampled), the Kokoro voices made
# so far and synthetic corpus version 1, under the on-the-fly acoustics,
# with games-dev as the dev set. Resumable: rerun to continue from
# OUT/checkpoint (compiled programs reused from OUT/compiled). Stop it with
# Ctrl-C (SIGINT): it checkpoints and exports OUT/model.
#
# The mixture is written once, at the first start (OUT/train.jsonl), so a
# resumed run keeps its data order. REMIX=1 writes it again from the
# corpora as they are now (say, with more Kokoro audio made since) and
# resumes on it: the weights and optimizer moments go on, the data order
# is the new mixture's from the saved cursor (the run's earlier stage is in
# OUT/recipe.env's history).
#
#   HARK_DATA=/work/data nohup scripts/train_real.sh /work/runs/real > /work/runs/real.log 2>&1 &
#
# Needs: the corpora of docs/RESULTS.md (make_games.py, make_kokoro.py,
# make_corpus.py --version 1) under $HARK_DATA, and a release build.
set -eu
OUT=${1:-/work/runs/real}
FROM=${2:-weights}
DATA=${HARK_DATA:-/work/data}
export HARK_DATA=$DATA
# Real speech counts three times: it is 5 h against 10+ h of synthetic;
# the Kokoro voices (1.7 h made when this run started) twice. A weight of
# 0 leaves that part out (corpus version 1 need not be made then).
GAMES_WEIGHT=${GAMES_WEIGHT:-3}
KOKORO_WEIGHT=${KOKORO_WEIGHT:-2}
V1_WEIGHT=${V1_WEIGHT:-0.5}
# KOKORO_MP3=1: the Kokoro part with low bit-rate MP3 copies of half its
# clips (scripts/make_codec_variants.py, made here if missing), read instead
# of the clip with the augmentation file's codec_variant_p.
KOKORO_MP3=${KOKORO_MP3:-0}
# Data parallel over this many CPU devices (hark train --devices; resume
# with the same count, the batches depend on it).
DEVICES=${DEVICES:-1}
# Peak learning rate (after 200 warm-up steps, then inverse-square-root
# decay). A run started afresh from trained weights (new optimizer moments,
# the schedule from step 0) may want less than the first stage's peak.
LR=${LR:-2.5e-4}
cd "$(dirname "$0")/.."
mkdir -p "$OUT"
if [ ! -f "$OUT/train.jsonl" ] || [ "${REMIX:-0}" = 1 ]; then
  python3 scripts/make_kokoro.py --out "$DATA/kokoro" --existing-only
  KOKORO=kokoro
  if [ "$KOKORO_MP3" = 1 ]; then
    python3 scripts/make_codec_variants.py --manifest "$DATA/kokoro/train.jsonl" --out "$DATA/kokoro-mp3" --share 0.5
    KOKORO=kokoro-mp3
  fi
  PARTS=()
  for part in "games:$GAMES_WEIGHT" "$KOKORO:$KOKORO_WEIGHT" "corpus:$V1_WEIGHT"; do
    [ "${part#*:}" = 0 ] || PARTS+=(--part "$DATA/${part%%:*}/train.jsonl:${part#*:}")
  done
  python3 scripts/mix_manifests.py --out "$OUT/train.jsonl" "${PARTS[@]}"
  echo "GAMES_WEIGHT=$GAMES_WEIGHT KOKORO_WEIGHT=$KOKORO_WEIGHT V1_WEIGHT=$V1_WEIGHT KOKORO_MP3=$KOKORO_MP3 DEVICES=$DEVICES LR=$LR FROM=$FROM $(date -u +%FT%TZ) $(wc -l < "$OUT/train.jsonl") utterances" >> "$OUT/recipe.env"
fi
# The run keeps its own copy of the binary, so rebuilding the checkout
# while it trains cannot change a resumed run; delete OUT/hark to upgrade.
[ -x "$OUT/hark" ] || cp target/release/hark "$OUT/hark"
RESUME=(--model "$FROM")
[ -f "$OUT/checkpoint/model.safetensors" ] && RESUME=(--model "$FROM" --resume)
exec nice "$OUT/hark" --cpu-devices "$DEVICES" train --devices "$DEVICES" "${RESUME[@]}" --data "$OUT/train.jsonl" --dev games-dev --dev-limit 100 \
  --out "$OUT" --steps 200000 --lr "$LR" --warmup 200 --frame-budget 1600 --ctc-weight 0.3 \
  --augment scripts/configs/augment-real.json --noise "$DATA/games/noise.jsonl" \
  --checkpoint-every 50 --eval-every 500 --log-every 10 --threads 2
