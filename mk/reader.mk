# mk/reader.mk — the parse-ahead event reader (src/io/evtsv.c, util/ahead.c).
#
#   make check-threads   the evtsv tests (batches over many blocks, late
#                        errors, a stopping sink) built with gcc
#                        -fsanitize=thread and run, then under helgrind
#                        when valgrind is installed.
.PHONY: check-threads
TSAN_DIR := $(BUILD)/tsan
TSAN_SRC := src/io/evtsv.c src/util/ahead.c src/util/threads.c \
            src/io/event.c src/util/date.c src/util/diag.c src/util/utf8check.c src/util/lines.c \
            src/util/bounds.c

$(TSAN_DIR)/test_evtsv: tests/test_evtsv.c $(TSAN_SRC) $(wildcard src/*/*.h)
	@mkdir -p $(TSAN_DIR)
	gcc -std=c11 -D_POSIX_C_SOURCE=200809L -pthread $(WARN) -O1 -g \
	    -fsanitize=thread -Isrc -Itests -o $@ tests/test_evtsv.c $(TSAN_SRC) \
	    $(shell pkg-config --cflags --libs cmocka)

check-threads: $(TSAN_DIR)/test_evtsv $(BUILD)/tests/test_evtsv
	TSAN_OPTIONS=halt_on_error=1 $(TSAN_DIR)/test_evtsv
	@if command -v valgrind >/dev/null; then \
	  echo "helgrind: build/tests/test_evtsv"; \
	  valgrind -q --tool=helgrind --error-exitcode=1 $(BUILD)/tests/test_evtsv; \
	else echo "check-threads: no valgrind, helgrind skipped"; fi
