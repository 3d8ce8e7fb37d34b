# install.mk — `make install` / `make uninstall` (PREFIX, DESTDIR) and
# `make check-install`.
#
#   $(DESTDIR)$(PREFIX)/bin/dipnet
#   $(DESTDIR)$(PREFIX)/share/dipnet/lexicon/*     (data/lexicon)
#   $(DESTDIR)$(PREFIX)/share/man/man1/dipnet.1    (docs/dipnet.1)
#
# The binary looks for the installed lexicon at DIPNET_DATADIR "/lexicon"
# (src/cli/input.c).  That path must follow PREFIX (not DESTDIR, which is
# only a staging root), so the installed binary is linked from the ordinary
# objects plus input.c compiled again with
# -DDIPNET_DATADIR='"$(PREFIX)/share/dipnet"' into $(BUILD)/install/.  A
# stamp holding PREFIX makes that object follow a change of PREFIX.

INSTALL      ?= install
INST_DIR     := $(BUILD)/install
INST_BIN     := $(INST_DIR)/dipnet
INST_DATADIR  = $(PREFIX)/share/dipnet
INST_OBJS    := $(filter-out $(BUILD)/src/cli/input.o,$(OBJS))

.PHONY: install uninstall check-install FORCE

# Rewritten only when PREFIX changed, so an unchanged install relinks
# nothing.
$(INST_DIR)/prefix.stamp: FORCE
	@mkdir -p $(INST_DIR)
	@echo '$(PREFIX)' | cmp -s - $@ || echo '$(PREFIX)' > $@

$(INST_DIR)/input.o: src/cli/input.c $(INST_DIR)/prefix.stamp
	$(CC) $(ALL_CFLAGS) -DDIPNET_DATADIR='"$(INST_DATADIR)"' -c -o $@ $<

$(INST_BIN): $(INST_OBJS) $(INST_DIR)/input.o
	$(CC) $(ALL_CFLAGS) -o $@ $^ $(LDFLAGS) $(PKG_LIBS)

install: $(INST_BIN)
	$(INSTALL) -d '$(DESTDIR)$(PREFIX)/bin' \
	    '$(DESTDIR)$(INST_DATADIR)/lexicon' \
	    '$(DESTDIR)$(PREFIX)/share/man/man1'
	$(INSTALL) -m 755 $(INST_BIN) '$(DESTDIR)$(PREFIX)/bin/dipnet'
	for f in data/lexicon/*; do \
	  if [ -f "$$f" ]; then \
	    $(INSTALL) -m 644 "$$f" '$(DESTDIR)$(INST_DATADIR)/lexicon/' || exit 1; \
	  fi; \
	done
	$(INSTALL) -m 644 docs/dipnet.1 '$(DESTDIR)$(PREFIX)/share/man/man1/dipnet.1'

# Removes exactly what install put there (lexicon files by name), then the
# directories if they are empty.
uninstall:
	rm -f '$(DESTDIR)$(PREFIX)/bin/dipnet' \
	    '$(DESTDIR)$(PREFIX)/share/man/man1/dipnet.1'
	for f in data/lexicon/*; do \
	  rm -f '$(DESTDIR)$(INST_DATADIR)/lexicon/'"$${f##*/}"; \
	done
	-rmdir '$(DESTDIR)$(INST_DATADIR)/lexicon' '$(DESTDIR)$(INST_DATADIR)' \
	    2>/dev/null

# Installs into a temporary PREFIX, runs the installed binary from another
# directory (so it must find the installed lexicon), reads the man page,
# uninstalls and checks that nothing is left; then the same with DESTDIR
# staging.
check-install: $(BIN)
	@set -e; tmp=$$(mktemp -d /tmp/dipnet-install-XXXXXX); \
	trap 'rm -rf "$$tmp"' EXIT; \
	$(MAKE) --no-print-directory install PREFIX="$$tmp/usr" >/dev/null; \
	test -x "$$tmp/usr/bin/dipnet"; \
	test -f "$$tmp/usr/share/man/man1/dipnet.1"; \
	test -f "$$tmp/usr/share/dipnet/lexicon/states.tsv"; \
	printf 'Bundeskanzlerin Angela Merkel besuchte am 7. Februar 2012 Kasachstan.\n' > "$$tmp/t.txt"; \
	( cd "$$tmp" && env -u DIPNET_LEXICON ./usr/bin/dipnet extract t.txt > t.tsv ); \
	grep -q 'Kasachstan' "$$tmp/t.tsv"; \
	"$$tmp/usr/bin/dipnet" --version | grep -q '^dipnet '; \
	MANWIDTH=80 man -l "$$tmp/usr/share/man/man1/dipnet.1" 2>/dev/null | grep -q 'EXIT STATUS'; \
	$(MAKE) --no-print-directory uninstall PREFIX="$$tmp/usr" >/dev/null; \
	test -z "$$(find "$$tmp/usr" -type f)"; \
	$(MAKE) --no-print-directory install PREFIX=/opt/dipnet DESTDIR="$$tmp/stage" >/dev/null; \
	test -x "$$tmp/stage/opt/dipnet/bin/dipnet"; \
	grep -q '/opt/dipnet/share/dipnet' "$$tmp/stage/opt/dipnet/bin/dipnet"; \
	$(MAKE) --no-print-directory uninstall PREFIX=/opt/dipnet DESTDIR="$$tmp/stage" >/dev/null; \
	test -z "$$(find "$$tmp/stage" -type f)"; \
	echo "check-install: install, uninstall and DESTDIR staging ok"
