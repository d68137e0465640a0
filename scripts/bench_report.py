#!/usr/bin/env python3
"""Tables and plots for docs/BENCHMARKS.md from the JSON lines
`hark bench step --json` writes (docs/bench/*.jsonl). Prints the markdown
tables (the Practical Conformer ablation per file and batch; the arbitrator
sweep) and writes:

- latency_vs_batch.png: median step time against batch size, one line per
  preset, for the full step and the encoder-only step;
- amortized_compute.png: the arbitrator's threshold sweep, measured time
  against executed FLOPs (both relative to threshold 0), with the line
  where time would follow FLOPs exactly; and, per `--run`, WER against
  executed FLOPs: a trained gated model's `hark eval --json` threshold
  sweep, relative to the same encoder trained as long without gates (with
  its tables).

    pip install matplotlib
    python3 scripts/bench_report.py --dir docs/bench \
        --run "2,100 steps:GATED.jsonl:CONTROL.jsonl" [--run ...]
"""
import argparse
import json
import os
from collections import defaultdict

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402


def rows(path):
    with open(path) as f:
        return [json.loads(l) for l in f if l.startswith("{")]


def latency_vs_batch(d):
    fig, axes = plt.subplots(1, 2, figsize=(11, 4.2), sharey=True)
    for ax, (name, title) in zip(axes, [("step_cpu.jsonl", "step (encoder + greedy decoding)"), ("encoder_step_cpu.jsonl", "encoder-only step")]):
        lines = defaultdict(list)
        for r in rows(os.path.join(d, name)):
            lines[r["preset"]].append((r["batch"], r["median_ms"]))
        for preset, pts in lines.items():
            pts.sort()
            ax.plot([p[0] for p in pts], [p[1] for p in pts], marker="o", label=preset)
        ax.set_xscale("log", base=2)
        ax.set_yscale("log")
        ax.set_xlabel("streams per step (batch)")
        ax.set_title(f"{title}, 320 ms chunks")
        ax.grid(True, which="both", alpha=0.3)
    axes[0].set_ylabel("median step time (ms)")
    axes[1].legend(fontsize=8)
    fig.tight_layout()
    fig.savefig(os.path.join(d, "latency_vs_batch.png"), dpi=110)


def amortized(d, runs):
    panels = 2 if runs else 1
    fig, axes = plt.subplots(1, panels, figsize=(5.5 * panels, 4.2), squeeze=False)
    ax = axes[0][0]
    for name, label in [("amortized_sweep_cpu.jsonl", "step"), ("amortized_sweep_encoder_cpu.jsonl", "encoder-only")]:
        by_batch = defaultdict(list)
        for r in rows(os.path.join(d, name)):
            by_batch[r["batch"]].append(r)
        for batch, rs in sorted(by_batch.items()):
            base = rs[0]
            xs = [r["step_flops"] / base["step_flops"] for r in rs]
            ys = [r["median_ms"] / base["median_ms"] for r in rs]
            ax.plot(xs, ys, marker="o", label=f"{label}, batch {batch}")
    ax.plot([0, 1], [0, 1], "k--", lw=1, label="time = FLOPs")
    ax.set_xlabel("executed FLOPs / FLOPs at threshold 0")
    ax.set_ylabel("step time / time at threshold 0")
    ax.set_title("arbitrator threshold sweep")
    ax.grid(True, alpha=0.3)
    ax.legend(fontsize=8)
    if runs:
        ax = axes[0][1]
        for label, gated, control in runs:
            by_set = defaultdict(list)
            for r in gated:
                if r.get("flops_fraction") is not None and r["set"] in control:
                    by_set[r["set"]].append((r["flops_fraction"], r["wer"] / control[r["set"]]["wer"]))
            for name, pts in sorted(by_set.items()):
                pts.sort()
                ax.plot([p[0] for p in pts], [p[1] for p in pts], marker="o", label=f"{label}, {set_name(name)}")
        ax.plot([0.4], [1.03], "k*", ms=12, label="paper: 60% less, +3%")
        ax.axhline(1.0, color="k", lw=1)
        ax.set_ylim(0.9, 1.35)
        ax.legend(fontsize=7)
        ax.set_xlabel("executed share of the gated FLOPs")
        ax.set_ylabel("WER / ungated control's WER")
        ax.set_title("WER against compute")
        ax.grid(True, alpha=0.3)
    fig.tight_layout()
    fig.savefig(os.path.join(d, "amortized_compute.png"), dpi=110)


def set_name(path):
    return os.path.basename(path).removesuffix(".jsonl")


def by_batch(d, names):
    """(file name, batch, rows measured together) for each existing file, by batch size."""
    for name in names:
        path = os.path.join(d, name)
        if not os.path.exists(path):
            continue
        groups = defaultdict(list)
        for r in rows(path):
            groups[r["batch"]].append(r)
        for batch, rs in sorted(groups.items()):
            yield name, batch, rs


def ablation_tables(d):
    files = ["step_cpu.jsonl", "encoder_step_cpu.jsonl", "step_large_cpu.jsonl", "encoder_step_large_cpu.jsonl"]
    for name, batch, rs in by_batch(d, files):
        base = rs[0]
        print(f"\n{name}: {rs[0]['bench']}, batch {batch}, {rs[0]['chunk_ms']:.0f} ms chunks, {rs[0]['platform']}\n")
        print("| preset | params (M) | state KB/stream | GFLOP/audio s | median (ms) | p90 (ms) | RTF | of peak | speed-up vs baseline | state vs baseline |")
        print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
        for r in rs:
            print(
                f"| {r['preset']} | {r['params'] / 1e6:.2f} | {r['state_bytes_per_stream'] / 1e3:.0f} | "
                f"{r['flops_per_audio_second'] / 1e9:.3f} | {r['median_ms']:.2f} | {r['p90_ms']:.2f} | {r['rtf']:.4f} | "
                f"{100 * r['fraction_of_peak']:.0f}% | {base['median_ms'] / r['median_ms']:.2f}x | "
                f"{r['state_bytes_per_stream'] / base['state_bytes_per_stream']:.2f} |"
            )


def sweep_table(d):
    for name, batch, rs in by_batch(d, ["amortized_sweep_cpu.jsonl", "amortized_sweep_encoder_cpu.jsonl"]):
        base = rs[0]
        print(f"\n{name}: {rs[0]['bench']}, batch {batch}, {rs[0]['chunk_ms']:.0f} ms chunks\n")
        print("| threshold | executed GFLOP | FLOPs vs threshold 0 | median (ms) | time vs threshold 0 |")
        print("|---|---:|---:|---:|---:|")
        for r in rs:
            th = r["preset"].split("@")[-1].strip()
            print(
                f"| {th} | {r['step_flops'] / 1e9:.4f} | {r['step_flops'] / base['step_flops']:.2f} | "
                f"{r['median_ms']:.2f} | {r['median_ms'] / base['median_ms']:.2f} |"
            )


def wer_table(label, wer_rows, control):
    """The Compute Cost Amortized table: per set, each threshold's executed
    share of the gated FLOPs, real-time factor and WER, relative to the
    gated model at threshold 0 and to the same encoder trained without
    gates (`control`: its `hark eval --json` row per set)."""
    by_set = defaultdict(list)
    for r in wer_rows:
        by_set[r["set"]].append(r)
    for name, rs in sorted(by_set.items()):
        rs.sort(key=lambda r: r["threshold"])
        base = rs[0]
        ref = control.get(name)
        print(f"\n{label}, {set_name(name)}:\n")
        head = "| threshold | gated FLOPs executed | RTF | WER | CER | WER vs threshold 0 |"
        rule = "|---:|---:|---:|---:|---:|---:|"
        if ref:
            head += " WER vs ungated |"
            rule += "---:|"
        print(head)
        print(rule)
        if ref:
            print(f"| ungated | 100% | {ref['rtf']:.4f} | {100 * ref['wer']:.1f}% | {100 * ref['cer']:.1f}% | | 1.00 |")
        for r in rs:
            line = (
                f"| {round(r['threshold'], 3):g} | {100 * r['flops_fraction']:.0f}% | {r['rtf']:.4f} | {100 * r['wer']:.1f}% | "
                f"{100 * r['cer']:.1f}% | {r['wer'] / base['wer']:.3f} |"
            )
            if ref:
                line += f" {r['wer'] / ref['wer']:.3f} |"
            print(line)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--dir", default="docs/bench")
    ap.add_argument(
        "--run",
        action="append",
        default=[],
        help="LABEL:GATED:CONTROL: `hark eval --json` of a gated model's threshold sweep and of its ungated control",
    )
    args = ap.parse_args()
    ablation_tables(args.dir)
    sweep_table(args.dir)
    latency_vs_batch(args.dir)
    runs = []
    for spec in args.run:
        label, gated, control = spec.rsplit(":", 2)
        runs.append((label, rows(gated), {r["set"]: r for r in rows(control)}))
    amortized(args.dir, runs)
    for label, gated, control in runs:
        wer_table(label, gated, control)


if __name__ == "__main__":
    main()
