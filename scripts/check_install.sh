#!/usr/bin/env bash
# Issue 24's end-to-end check with a real `cargo install`: install into a
# temporary prefix, then, from another directory with a PATH holding only
# that prefix and the system (no cargo, no checkout), `hark setup
# --model-only` into a temporary cache and transcribe a fixture: the text
# must be what the checkout's build gives. The plugin is the installed one
# (HARK_PLUGIN), not downloaded again. Run by .ci/run after the tests.
set -euo pipefail
cd "$(dirname "$0")/.."
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
cargo install --locked --quiet --path crates/cli --root "$TMP/prefix"
cp tests/fixtures/speech.wav "$TMP/speech.wav"
PLUGIN=$(./target/release/hark devices | sed -n 's/^plugin *\(.*\) (found via.*/\1/p')
EXPECTED=$(cd "$TMP" && env -u HARK_MODEL "$OLDPWD/target/release/hark" transcribe --quiet speech.wav)
cd "$TMP"
away() { env -u HARK_MODEL PATH="$TMP/prefix/bin:/usr/bin:/bin" HARK_CACHE_DIR="$TMP/cache" HARK_PLUGIN="$PLUGIN" "$@"; }
if away hark transcribe --quiet speech.wav 2>/dev/null; then
  echo "check_install: transcribed before setup: the model came from the checkout" >&2; exit 1
fi
away hark setup --model-only
GOT=$(away hark transcribe --quiet speech.wav)
if [ "$GOT" != "$EXPECTED" ]; then
  echo "check_install: the installed hark gave '$GOT', the checkout's '$EXPECTED'" >&2; exit 1
fi
away hark devices > devices.txt
grep -q "found via Cache" devices.txt
echo "check_install: ok ($GOT)"
