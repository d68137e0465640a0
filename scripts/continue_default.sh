#!/usr/bin/env bash
# Continues training the shipped default model (weights/) with fresh
# optimizer moments, on corpus version 1 plus what exists of version 2:
# the third stage of the default model (weights/README.md). Resumable:
# rerun to continue from OUT/checkpoint. Stop it with Ctrl-C (SIGINT): it
# checkpoints and exports OUT/model.
#
#   python3 scripts/make_corpus.py --out /work/corpus --hours 10 --version 1
#   python3 scripts/make_corpus.py --out /work/corpus-v2 --hours 30   # as far as time allows
#   nohup scripts/continue_default.sh /work/corpus /work/corpus-v2 /work/runs/ft > /work/runs/ft.log 2>&1 &
set -eu
V1=${1:-/work/corpus}
V2=${2:-/work/corpus-v2}
OUT=${3:-/work/runs/ft}
cd "$(dirname "$0")/.."
mkdir -p "$OUT"
# Manifests of the finished files of a part-built version 2.
python3 scripts/make_corpus.py --out "$V2" --hours 30 --existing-only 2>/dev/null
python3 - "$V1" "$V2" "$OUT/train.jsonl" <<'PY'
import json, os, sys
*corpora, target = sys.argv[1:]
with open(target, "w") as out:
    for base in corpora:
        for line in open(os.path.join(base, "train.jsonl")):
            e = json.loads(line)
            e["audio"] = os.path.join(base, e["audio"])
            out.write(json.dumps(e) + "\n")
PY
RESUME=""
[ -f "$OUT/checkpoint/model.safetensors" ] && RESUME="--resume"
exec ./target/release/hark train --model weights --data "$OUT/train.jsonl" --dev "$V1/dev.jsonl" \
  --dev-limit 60 --out "$OUT" --steps 200000 --lr 2.5e-4 --warmup 100 --frame-budget 1600 \
  --ctc-weight 0.3 --no-augment --checkpoint-every 50 --eval-every 300 --log-every 10 --threads 2 $RESUME
