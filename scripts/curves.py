#!/usr/bin/env python3
"""Dev WER against training steps of several `hark train` runs, read from
their train.log.jsonl: a markdown table (one row per evaluated step, one
column per run and pass) and a PNG plot. Runs trained with the same recipe
compare at equal steps this way (issue 7: the cascade against the baseline).

    python3 scripts/curves.py --run cascade=/work/runs/chars2 \\
        --run baseline=/work/runs/baseline --png docs/bench/dev_wer_curves.png
"""
import argparse
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from results import has_second_pass  # noqa: E402


def evaluations(run_dir):
    """{step: (first-pass WER, final WER)} of a run's dev evaluations."""
    out = {}
    with open(os.path.join(run_dir, "train.log.jsonl")) as f:
        for line in f:
            r = json.loads(line)
            if "dev_wer" in r:
                out[r["step"]] = (r["dev_wer_first_pass"], r["dev_wer"])
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--run", action="append", required=True, help="LABEL=DIR of a hark train run")
    ap.add_argument("--max-step", type=int, default=0, help="leave out later evaluations (0: none)")
    ap.add_argument("--png", help="write the plot here")
    args = ap.parse_args()
    series = []  # (column label, {step: WER})
    for spec in args.run:
        label, _, path = spec.partition("=")
        evals = evaluations(path)
        if args.max_step:
            evals = {s: v for s, v in evals.items() if s <= args.max_step}
        if has_second_pass(os.path.join(path, "model")):
            series.append((f"{label}, second pass", {s: v[1] for s, v in evals.items()}))
            series.append((f"{label}, first pass", {s: v[0] for s, v in evals.items()}))
        else:
            series.append((label, {s: v[1] for s, v in evals.items()}))
    steps = sorted({s for _, points in series for s in points})
    print("| step | " + " | ".join(label for label, _ in series) + " |")
    print("|---:|" + "---:|" * len(series))
    for s in steps:
        cells = [f"{100 * points[s]:.1f}%" if s in points else "-" for _, points in series]
        print(f"| {s} | " + " | ".join(cells) + " |")
    if args.png:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt

        fig, ax = plt.subplots(figsize=(6, 4.2))
        for label, points in series:
            xs = sorted(points)
            ax.plot(xs, [100 * points[x] for x in xs], marker="o", label=label)
        ax.set_xlabel("training step")
        ax.set_ylabel("dev WER (%)")
        ax.set_title("dev WER during training (same recipe)")
        ax.grid(True, alpha=0.3)
        ax.legend(fontsize=8)
        fig.tight_layout()
        fig.savefig(args.png, dpi=110)


if __name__ == "__main__":
    main()
