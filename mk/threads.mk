# mk/threads.mk — the threaded parts under ThreadSanitizer and helgrind.
#
#   make check-threads   the tests of the parse-ahead event reader
#                        (tests/test_evtsv.c: batches over many blocks, late
#                        errors, a stopping sink) and of Brandes
#                        (tests/test_brandes.c: 1, 2 and 3 threads compared
#                        bit for bit, ordered commits of each source's
#                        result), built with gcc -fsanitize=thread and run;
#                        then the reader's test under helgrind when
#                        valgrind is installed.
#
# The sanitized build compiles every library source (LIBSRCS) into
# $(BUILD)/tsan/, so no list of sources has to follow the code.
.PHONY: check-threads
TSAN_DIR     := $(BUILD)/tsan
TSAN_CFLAGS  := -std=c11 -D_POSIX_C_SOURCE=200809L -pthread $(WARN) -O1 -g \
                -fsanitize=thread $(PKG_CFLAGS) -Isrc
TSAN_LIBOBJS := $(LIBSRCS:%.c=$(TSAN_DIR)/%.o)
TSAN_TESTS   := test_evtsv test_brandes

$(TSAN_DIR)/src/%.o: src/%.c
	@mkdir -p $(dir $@)
	gcc $(TSAN_CFLAGS) -MMD -MP -c -o $@ $<

$(TSAN_TESTS:%=$(TSAN_DIR)/%): $(TSAN_DIR)/%: tests/%.c $(TSAN_LIBOBJS)
	gcc $(TSAN_CFLAGS) -Itests -o $@ $< $(TSAN_LIBOBJS) $(PKG_LIBS)

check-threads: $(TSAN_TESTS:%=$(TSAN_DIR)/%) $(BUILD)/tests/test_evtsv
	for t in $(TSAN_TESTS); do \
	  TSAN_OPTIONS=halt_on_error=1 $(TSAN_DIR)/$$t || exit 1; \
	done
	@if command -v valgrind >/dev/null; then \
	  echo "helgrind: $(BUILD)/tests/test_evtsv"; \
	  valgrind -q --tool=helgrind --error-exitcode=1 $(BUILD)/tests/test_evtsv; \
	else echo "check-threads: no valgrind, helgrind skipped"; fi

.SECONDARY: $(TSAN_LIBOBJS)
-include $(TSAN_LIBOBJS:.o=.d)
