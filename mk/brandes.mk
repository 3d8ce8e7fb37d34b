# mk/brandes.mk — betweenness and harmonic closeness (src/analysis/brandes.c).
#
#   make check-brandes-threads   the brandes tests (1, 2 and 3 threads
#                                compared bit for bit, ordered commits of
#                                each source's result) built with gcc
#                                -fsanitize=thread and run.
# The test links igraph (the reference values) and the project objects it
# needs: brandes, spectral, the network and the event reader.
.PHONY: check-brandes-threads
BRANDES_TSAN_DIR := $(BUILD)/tsan-brandes
BRANDES_TSAN_SRC := src/analysis/brandes.c src/analysis/spectral.c \
    src/net/net.c src/io/evtsv.c src/io/event.c src/util/date.c src/util/ahead.c \
    src/util/threads.c src/util/diag.c src/util/utf8check.c \
    src/util/lines.c src/util/strtab.c src/util/bigmem.c src/util/buf.c \
    src/util/bounds.c

$(BRANDES_TSAN_DIR)/test_brandes: tests/test_brandes.c $(BRANDES_TSAN_SRC) $(wildcard src/*/*.h)
	@mkdir -p $(BRANDES_TSAN_DIR)
	gcc -std=c11 -D_POSIX_C_SOURCE=200809L -pthread $(WARN) -O1 -g \
	    -fsanitize=thread $(PKG_CFLAGS) -Isrc -Itests -o $@ \
	    tests/test_brandes.c $(BRANDES_TSAN_SRC) $(PKG_LIBS)

check-brandes-threads: $(BRANDES_TSAN_DIR)/test_brandes
	TSAN_OPTIONS=halt_on_error=1 $(BRANDES_TSAN_DIR)/test_brandes

# `make check-threads` (mk/reader.mk) runs this one too.
check-threads: check-brandes-threads
