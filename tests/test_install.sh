#!/bin/sh
# The installed layout: `make install` puts the tested binary into
# PREFIX/bin and the lexicon into PREFIX/share/dipnet/lexicon, and the
# installed binary finds that lexicon from its own location, wherever the
# tree is (a PREFIX, or a DESTDIR staging root copied elsewhere).  Used by
# `make check-install`.  Usage: test_install.sh MAKE BINARY
set -eu
make_cmd=$1
bin=$2
tmp=$(mktemp -d /tmp/dipnet-install-XXXXXX)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "check-install: $*" >&2; exit 1; }

# The lexicon must come from the installed tree, not from this checkout:
# run from another directory, without DIPNET_LEXICON.
extract_in() { # PREFIXDIR
  printf 'Bundeskanzlerin Angela Merkel besuchte am 7. Februar 2012 Kasachstan.\n' > "$tmp/t.txt"
  ( cd "$tmp" && env -u DIPNET_LEXICON -u DIPNET_MORPH "$1/bin/dipnet" extract t.txt > t.tsv ) ||
    fail "$1/bin/dipnet extract failed"
  grep -q 'Angela Merkel.*Kasachstan' "$tmp/t.tsv" ||
    fail "$1/bin/dipnet did not find its lexicon: $(cat "$tmp/t.tsv")"
  # without its lexicon the same binary fails: the lexicon it used was the
  # installed one (unless a system-wide one is there to fall back on)
  [ -d /usr/local/share/dipnet/lexicon ] && return 0
  mv "$1/share/dipnet/lexicon" "$1/share/dipnet/lexicon.away"
  if ( cd "$tmp" && env -u DIPNET_LEXICON "$1/bin/dipnet" extract t.txt > t2.tsv 2>/dev/null ); then
    fail "$1/bin/dipnet ran without its installed lexicon"
  fi
  mv "$1/share/dipnet/lexicon.away" "$1/share/dipnet/lexicon"
}

$make_cmd --no-print-directory install PREFIX="$tmp/usr" >/dev/null
test -x "$tmp/usr/bin/dipnet" || fail "no bin/dipnet"
cmp -s "$bin" "$tmp/usr/bin/dipnet" || fail "the installed binary is not the tested one"
test -f "$tmp/usr/share/man/man1/dipnet.1" || fail "no man page"
test -f "$tmp/usr/share/dipnet/lexicon/states.tsv" || fail "no lexicon"
test -f "$tmp/usr/share/dipnet/lexicon/morph.bin" || fail "no morph.bin"
extract_in "$tmp/usr"
"$tmp/usr/bin/dipnet" --version | grep -q '^dipnet ' || fail "--version"
MANWIDTH=80 man -l "$tmp/usr/share/man/man1/dipnet.1" 2>/dev/null |
  grep -q 'EXIT STATUS' || fail "man page unreadable"
$make_cmd --no-print-directory uninstall PREFIX="$tmp/usr" >/dev/null
test -z "$(find "$tmp/usr" -type f)" || fail "uninstall left: $(find "$tmp/usr" -type f)"

# DESTDIR staging, then the staged tree moved to where PREFIX says (as a
# package manager does): it still finds its lexicon.
$make_cmd --no-print-directory install PREFIX=/opt/dipnet DESTDIR="$tmp/stage" >/dev/null
test -x "$tmp/stage/opt/dipnet/bin/dipnet" || fail "DESTDIR: no bin/dipnet"
mv "$tmp/stage/opt/dipnet" "$tmp/moved"
extract_in "$tmp/moved"
mkdir -p "$tmp/stage/opt" && mv "$tmp/moved" "$tmp/stage/opt/dipnet"
$make_cmd --no-print-directory uninstall PREFIX=/opt/dipnet DESTDIR="$tmp/stage" >/dev/null
test -z "$(find "$tmp/stage" -type f)" || fail "DESTDIR uninstall left files"
echo "check-install: the tested binary installed; it finds its lexicon from its location; uninstall and DESTDIR staging ok"
