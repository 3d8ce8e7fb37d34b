# mk/reliability.mk — sanitizers, memcheck, fault injection and fuzzing
# (docs/reliability.md explains each; the thread checks are mk/threads.mk).
#
#   make check-asan        the whole test suite built with clang, ASan + UBSan
#                          (-fno-sanitize-recover=all), in build-asan/
#   make valgrind          the pipeline on the seed and the fixtures under
#                          memcheck (--leak-check=full --error-exitcode=1)
#   make fuzz [FUZZ_SECONDS=N] [FUZZ_TARGETS=...]
#                          every libFuzzer target for N seconds (default 60),
#                          built in build-fuzz/; findings go to
#                          build-fuzz/findings/TARGET/
#   make fuzz-regress      replays the seed corpora and every past finding
#                          (tests/fuzz/regress/TARGET/) through each target
#   make check-large       the bad-input catalogue with bigger inputs (30
#                          million rows, a 500 MB line, a 50 MB one-line text)

.PHONY: check-asan valgrind fuzz fuzz-build fuzz-regress check-large

# ---------------------------------------------------------------- sanitizers
ASAN_CC     ?= clang
ASAN_CFLAGS := -O1 -g -fsanitize=address,undefined -fno-sanitize-recover=all \
               -fno-omit-frame-pointer
# Leaks inside libraries we do not control (fontconfig, pango start-up) are
# listed, one commented entry each, in tests/lsan.supp.
ASAN_ENV    := ASAN_OPTIONS=detect_leaks=1:fast_unwind_on_malloc=0:abort_on_error=0:strict_string_checks=1:detect_stack_use_after_return=1 \
               UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
               LSAN_OPTIONS=suppressions=$(CURDIR)/tests/lsan.supp:print_suppressions=0

check-asan:
	@sh scripts/setup.sh fuzz
	$(ASAN_ENV) $(MAKE) --no-print-directory BUILD=build-asan BIN=dipnet-asan \
	    CC=$(ASAN_CC) CFLAGS='$(ASAN_CFLAGS)' \
	    LDFLAGS='-fsanitize=address,undefined' test

# ------------------------------------------------------------------ valgrind
# Every command of the pipeline on the seed (data/) and the fixtures, each
# under memcheck.  Suppressions: tests/valgrind-dipnet.supp (Graphviz/fontconfig/
# pango start-up only, each commented).  render lays out in a forked child
# that runs only Graphviz and ends with _exit: the parent's live data would
# show as "possibly lost" there, so memcheck stays silent in that child.
VALGRIND      := valgrind --error-exitcode=1 --leak-check=full \
                 --child-silent-after-fork=yes \
                 --show-leak-kinds=definite,indirect,possible \
                 --errors-for-leak-kinds=definite,indirect,possible \
                 --suppressions=tests/valgrind-dipnet.supp --quiet
VG_OUT        := build/valgrind
VG_SEED       := $(firstword $(wildcard graphs/*.tsv) tests/fixtures/florentine.tsv)
VG_TEXT       := $(firstword $(wildcard data/*.txt))

valgrind: $(BIN)
	@sh scripts/setup.sh valgrind
	@rm -rf $(VG_OUT); mkdir -p $(VG_OUT)
	sh tests/valgrind-run.sh "$(VALGRIND)" ./$(BIN) $(VG_OUT) "$(VG_SEED)" "$(VG_TEXT)"

# ------------------------------------------------------------ fault injection
# tests/test_fault.c replaces these calls, in every project object it links,
# by versions that fail on the Nth call (writes fail through the streams
# that the fdopen wrap returns; free is wrapped to count live blocks).
LDFLAGS_test_fault := -Wl,--wrap=malloc,--wrap=calloc,--wrap=realloc,--wrap=strdup,--wrap=strndup,--wrap=free,--wrap=fopen,--wrap=fdopen,--wrap=fclose
# tests/test_net.c fails chosen allocations to check the network's batch
# error path: malloc, calloc and realloc go through its __wrap_ functions.
LDFLAGS_test_net := -Wl,--wrap=malloc,--wrap=calloc,--wrap=realloc

# -------------------------------------------------------------------- fuzzing
FUZZ_CC      ?= clang
FUZZ_BUILD   := build-fuzz
FUZZ_SECONDS ?= 60
FUZZ_CFLAGS  := -O1 -g -fsanitize=fuzzer-no-link,address,undefined \
                -fno-sanitize-recover=all -fno-omit-frame-pointer
FUZZ_SRCS    := $(sort $(wildcard tests/fuzz/fuzz_*.c))
FUZZ_ALL     := $(FUZZ_SRCS:tests/fuzz/%.c=%)
FUZZ_TARGETS ?= $(FUZZ_ALL)
FUZZ_LIBOBJS := $(LIBSRCS:%.c=$(FUZZ_BUILD)/%.o)
FUZZ_BINS    := $(FUZZ_ALL:%=$(FUZZ_BUILD)/%)

$(FUZZ_BUILD)/src/%.o: src/%.c
	@mkdir -p $(dir $@)
	$(FUZZ_CC) -std=c11 -D_POSIX_C_SOURCE=200809L $(WARN) $(FUZZ_CFLAGS) \
	    $(PKG_CFLAGS) -Isrc -MMD -MP -c -o $@ $<

$(FUZZ_BUILD)/fuzz_%: tests/fuzz/fuzz_%.c $(FUZZ_LIBOBJS)
	@mkdir -p $(dir $@)
	$(FUZZ_CC) -std=c11 -D_POSIX_C_SOURCE=200809L $(WARN) $(FUZZ_CFLAGS) \
	    $(PKG_CFLAGS) -Isrc -Itests/fuzz -fsanitize=fuzzer -o $@ $< \
	    $(FUZZ_LIBOBJS) $(PKG_LIBS)

fuzz-build:
	@sh scripts/setup.sh fuzz
	$(MAKE) --no-print-directory $(FUZZ_BINS)

# Each target runs FUZZ_SECONDS on a scratch copy of its seed corpus plus
# past findings; a crash stops `make fuzz` with the reproducer's path.
fuzz: fuzz-build
	@for t in $(FUZZ_TARGETS); do \
	  sh tests/fuzz/run.sh $$t $(FUZZ_BUILD) $(FUZZ_SECONDS) || exit 1; \
	done

fuzz-regress: fuzz-build
	@for t in $(FUZZ_ALL); do \
	  set -- tests/fuzz/corpus/$$t/* tests/fuzz/regress/$$t/*; \
	  files=""; for f in "$$@"; do [ -f "$$f" ] && files="$$files $$f"; done; \
	  echo "fuzz-regress: $$t ($$(echo $$files | wc -w) inputs)"; \
	  [ -z "$$files" ] || $(FUZZ_BUILD)/$$t -runs=0 $$files >/dev/null 2>&1 || \
	    { $(FUZZ_BUILD)/$$t $$files; exit 1; }; \
	done

# keep the objects between runs (make would delete them as intermediates)
.SECONDARY: $(FUZZ_LIBOBJS)
-include $(FUZZ_LIBOBJS:.o=.d)

# ---------------------------------------------------------------- large input
check-large: $(BIN) $(BUILD)/tests/test_badinput
	DIPNET=$(CURDIR)/$(BIN) DIPNET_LARGE=1 DIPNET_MAX_LINE=1G $(BUILD)/tests/test_badinput
