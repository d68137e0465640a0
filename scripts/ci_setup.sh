#!/usr/bin/env bash
# Prepares a fresh machine for Hark's tests: builds the workspace and installs
# the pinned CPU PJRT plugin (pip download from PyPI, sha256-checked) into the
# per-user cache, where `hark` and the tests find it.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v cargo >/dev/null || { echo "cargo is required (https://rustup.rs)" >&2; exit 1; }
command -v python3 >/dev/null || { echo "python3 with pip is required to fetch the plugin" >&2; exit 1; }
cargo build --release --locked
./target/release/hark setup
