# dipnet — build, test, run.  `make run` and `make test` set up what they need.
CC      ?= cc
PKGS    := igraph libcgraph libgvc cmocka libutf8proc jansson
PREFIX  ?= /usr/local
DESTDIR ?=

# Run the set-up script once when a dependency is missing.
HAVE_DEPS := $(shell pkg-config --exists $(PKGS) && test -f /usr/include/libstemmer.h && echo yes)
ifneq ($(HAVE_DEPS),yes)
  $(info setup: dependencies missing, running scripts/setup.sh)
  SETUP_RC := $(shell sh scripts/setup.sh >&2; echo $$?)
  ifneq ($(SETUP_RC),0)
    $(error setup failed: see above for what to install)
  endif
endif

PKG_CFLAGS := $(shell pkg-config --cflags $(PKGS))
PKG_LIBS   := $(shell pkg-config --libs $(PKGS)) -lstemmer -lm -pthread

WARN    := -Wall -Wextra -Werror -Wshadow -Wstrict-prototypes -Wno-unused-parameter
CFLAGS  ?= -O2 -g
ALL_CFLAGS = -std=c11 -D_POSIX_C_SOURCE=200809L -pthread $(WARN) $(CFLAGS) $(PKG_CFLAGS) -Isrc -MMD -MP
LDFLAGS ?=

BUILD   ?= build
SRCS    := $(sort $(wildcard src/*.c src/*/*.c))
LIBSRCS := $(filter-out src/main.c,$(SRCS))
OBJS    := $(SRCS:%.c=$(BUILD)/%.o)
LIBOBJS := $(LIBSRCS:%.c=$(BUILD)/%.o)
TESTSRC := $(sort $(wildcard tests/test_*.c))
TESTBIN := $(TESTSRC:tests/%.c=$(BUILD)/tests/%)
BIN     ?= dipnet

.PHONY: all test run clean install uninstall check-asan valgrind fuzz bench eval test-browser

all: $(BIN)

# --as-needed: igraph and Graphviz are opened at their first call
# (util/lazylib.h), so the executable need not load them at start-up.
$(BIN): $(OBJS)
	$(CC) $(ALL_CFLAGS) -o $@ $^ $(LDFLAGS) -Wl,--as-needed $(PKG_LIBS)

$(BUILD)/%.o: %.c
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -c -o $@ $<

# A test may need its own link flags (fault injection wraps malloc, fopen
# ...): set LDFLAGS_test_<name> in its mk/ fragment.
$(BUILD)/tests/%: tests/%.c $(LIBOBJS)
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -Itests -o $@ $< $(LIBOBJS) $(LDFLAGS) $(LDFLAGS_$*) $(PKG_LIBS)

# Every cmocka binary runs; tests find fixtures relative to the project root
# and the binary through DIPNET.
test: $(BIN) $(TESTBIN)
	@mkdir -p $(BUILD); : > $(BUILD)/test.log; fail=0; \
	for t in $(TESTBIN); do \
	  echo "== $$t"; \
	  DIPNET=$(CURDIR)/$(BIN) $$t > $(BUILD)/one.log 2>&1 || fail=1; \
	  cat $(BUILD)/one.log; cat $(BUILD)/one.log >> $(BUILD)/test.log; \
	done; \
	awk '/^\[  PASSED  \] [0-9]+ test/ {p += $$4} /^\[  FAILED  \] [0-9]+ test/ {f += $$4} \
	     /^\[  SKIPPED \] [0-9]+ test/ {s += $$4} \
	     END {printf "\ntests: %d passed, %d failed, %d skipped\n", p, f, s}' $(BUILD)/test.log; \
	exit $$fail

# The whole pipeline: texts in data/ -> event files in graphs/ (reviewed and
# committed; regenerated only when the text or the lexicon changes) -> DOT,
# pictures and reports in out/ for every event file in graphs/.
TEXTS   := $(wildcard data/*.txt)
LEXICON := $(wildcard data/lexicon/*.tsv)
GRAPHS  := $(sort $(TEXTS:data/%.txt=graphs/%.tsv) $(wildcard graphs/*.tsv))
OUTS    := $(foreach g,$(GRAPHS:graphs/%.tsv=%),out/$(g).dot out/$(g).svg out/$(g).png out/$(g).report.md out/$(g).html)

.PRECIOUS: graphs/%.tsv

# One corpus network over every text below CORPUS_DIR (default data/; the
# lexicon's files are no texts): its events in out/corpus.tsv (the texts
# read together, so an event told by two texts is one row), then the same
# outputs as per text.  `make run CORPUS_DIR=~/news` takes another folder.
CORPUS_DIR   ?= data
CORPUS_TEXTS := $(shell find $(CORPUS_DIR) -name '*.txt' ! -path '*/.*' 2>/dev/null)
CORPUS_OUTS  := out/corpus.tsv out/corpus.dot out/corpus.svg out/corpus.png \
                out/corpus.report.md out/corpus.html

run: $(BIN) $(OUTS) $(CORPUS_OUTS)
	@echo "run: $(words $(GRAPHS)) network(s) and the corpus of $(words $(CORPUS_TEXTS)) text(s) written to out/"; ls -1 out/

out/corpus.tsv: $(CORPUS_TEXTS) $(LEXICON) | $(BIN)
	@mkdir -p out
	./$(BIN) extract -q -o $@ $(CORPUS_DIR)
out/corpus.dot: out/corpus.tsv $(BIN)
	./$(BIN) dot $< -o $@
out/corpus.svg out/corpus.png: out/corpus.tsv $(BIN)
	./$(BIN) render $< -o $@
out/corpus.report.md: out/corpus.tsv $(BIN)
	./$(BIN) report --format md -n 20 $< -o $@
out/corpus.html: out/corpus.tsv $(BIN)
	./$(BIN) report --format html -n 20 $< -o $@

graphs/%.tsv: data/%.txt $(LEXICON) | $(BIN)
	./$(BIN) extract $< -o $@

out/%.dot: graphs/%.tsv $(BIN)
	@mkdir -p out
	./$(BIN) dot $< -o $@
out/%.svg: graphs/%.tsv $(BIN)
	./$(BIN) render $< -o $@
out/%.png: graphs/%.tsv $(BIN)
	./$(BIN) render $< -o $@
out/%.report.md: graphs/%.tsv $(BIN)
	./$(BIN) report --format md -n 20 $< -o $@
out/%.html: graphs/%.tsv $(BIN)
	./$(BIN) report --format html -n 20 $< -o $@

clean:
	rm -rf $(BUILD) build-asan $(BIN) dipnet-asan

-include $(OBJS:.o=.d) $(TESTBIN:%=%.d)

# Further targets live in mk/*.mk (eval, bench, fuzz, ...), one file per job.
-include $(sort $(wildcard mk/*.mk))
