# mk/install.mk — `make install` / `make uninstall` (PREFIX, DESTDIR) and
# `make check-install`.
#
#   $(DESTDIR)$(PREFIX)/bin/dipnet                 the binary make test tested
#   $(DESTDIR)$(PREFIX)/share/dipnet/lexicon/*     data/lexicon, morph.bin,
#                                                  words.idx and first_names.txt
#                                                  (when built)
#   $(DESTDIR)$(PREFIX)/share/man/man1/dipnet.1    docs/dipnet.1
#
# The binary finds its lexicon at run time from its own location
# (/proc/self/exe -> BINDIR/../share/dipnet/lexicon, src/cli/input.c), so
# the installed file is ./dipnet itself: nothing is compiled again for a
# PREFIX, and DESTDIR staging needs nothing special.

INSTALL      ?= install
INST_DATADIR  = $(PREFIX)/share/dipnet

.PHONY: install uninstall check-install

install: $(BIN) $(MORPH_BIN) $(FIRST_NAMES)
	$(INSTALL) -d '$(DESTDIR)$(PREFIX)/bin' \
	    '$(DESTDIR)$(INST_DATADIR)/lexicon' \
	    '$(DESTDIR)$(PREFIX)/share/man/man1'
	$(INSTALL) -m 755 $(BIN) '$(DESTDIR)$(PREFIX)/bin/dipnet'
	for f in data/lexicon/*; do \
	  if [ -f "$$f" ]; then \
	    $(INSTALL) -m 644 "$$f" '$(DESTDIR)$(INST_DATADIR)/lexicon/' || exit 1; \
	  fi; \
	done
	$(INSTALL) -m 644 $(MORPH_BIN) '$(DESTDIR)$(INST_DATADIR)/lexicon/morph.bin'
	if [ -f $(WORDS_IDX) ]; then \
	  $(INSTALL) -m 644 $(WORDS_IDX) '$(DESTDIR)$(INST_DATADIR)/lexicon/words.idx'; \
	fi
	if [ -f $(FIRST_NAMES) ]; then \
	  $(INSTALL) -m 644 $(FIRST_NAMES) '$(DESTDIR)$(INST_DATADIR)/lexicon/first_names.txt'; \
	fi
	$(INSTALL) -m 644 docs/dipnet.1 '$(DESTDIR)$(PREFIX)/share/man/man1/dipnet.1'

# Removes exactly what install put there (lexicon files by name), then the
# directories if they are empty.
uninstall:
	rm -f '$(DESTDIR)$(PREFIX)/bin/dipnet' \
	    '$(DESTDIR)$(PREFIX)/share/man/man1/dipnet.1' \
	    '$(DESTDIR)$(INST_DATADIR)/lexicon/morph.bin' \
	    '$(DESTDIR)$(INST_DATADIR)/lexicon/words.idx' \
	    '$(DESTDIR)$(INST_DATADIR)/lexicon/first_names.txt'
	for f in data/lexicon/*; do \
	  rm -f '$(DESTDIR)$(INST_DATADIR)/lexicon/'"$${f##*/}"; \
	done
	-rmdir '$(DESTDIR)$(INST_DATADIR)/lexicon' '$(DESTDIR)$(INST_DATADIR)' \
	    2>/dev/null

# Installs into a temporary PREFIX; checks that the installed binary is the
# tested one (same bytes as ./dipnet) and that, run from another directory
# and from a DESTDIR staging root moved elsewhere, it finds the installed
# lexicon (tests/test_install.sh); reads the man page; uninstalls and
# checks that nothing is left.
check-install: $(BIN) $(MORPH_BIN) $(FIRST_NAMES)
	sh tests/test_install.sh '$(MAKE)' ./$(BIN)
