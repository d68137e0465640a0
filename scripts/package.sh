#!/usr/bin/env bash
# A release package: hark-VERSION-TARGET.tar.gz holding bin/hark (which
# carries the default model), weights/ (the default model's files and
# model card), README.md and docs/LICENSES.md. It runs on a machine without
# Rust; the PJRT plugin is installed there by `hark setup` (pip) or
# `hark setup --wheel FILE`.
#
#   scripts/package.sh [--binary PATH] [--out DIR]
#
# Without --binary it builds one (`cargo build --release --locked`).
set -euo pipefail
cd "$(dirname "$0")/.."
BINARY=""
OUT=dist
while [ $# -gt 0 ]; do
  case "$1" in
    --binary) BINARY=$2; shift 2 ;;
    --out) OUT=$2; shift 2 ;;
    *) echo "package.sh: unknown argument $1 (use --binary PATH, --out DIR)" >&2; exit 2 ;;
  esac
done
if [ -z "$BINARY" ]; then
  cargo build --release --locked -p hark
  BINARY=target/release/hark
fi
[ -x "$BINARY" ] || { echo "package.sh: $BINARY is not an executable" >&2; exit 1; }
VERSION=$(sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -1)
TARGET="$(uname -m)-$(uname -s | tr '[:upper:]' '[:lower:]')"
NAME="hark-$VERSION-$TARGET"
STAGE=$(mktemp -d)
trap 'rm -rf "$STAGE"' EXIT
mkdir -p "$STAGE/$NAME/bin" "$STAGE/$NAME/weights" "$STAGE/$NAME/docs"
cp "$BINARY" "$STAGE/$NAME/bin/hark"
# The files the binary carries and checks (weights/SHA256SUMS).
for f in $(awk '{print $2}' weights/SHA256SUMS) SHA256SUMS; do
  cp "weights/$f" "$STAGE/$NAME/weights/"
done
cp README.md "$STAGE/$NAME/"
cp docs/LICENSES.md "$STAGE/$NAME/docs/"
mkdir -p "$OUT"
tar -C "$STAGE" -czf "$OUT/$NAME.tar.gz" "$NAME"
echo "$OUT/$NAME.tar.gz"
