# mk/eval.mk — how well the extractor does, measured against gold files.
# Every target reads ../shared and skips cleanly, with a message, when it is
# absent.  The eval-* targets are measurements (exit 0 whatever the scores);
# the check-* targets validate the gold files' format (fail on errors).
#
#   make eval / check-gold            the development set (tests/eval/)
#   make eval-news / check-news       the fresh news set (tests/news/): a
#                                     working half printed per document, a
#                                     locked half printed as totals only
#   make eval-blind / check-blind     the blind set (tests/blind/): fresh
#                                     texts; never write rules from its
#                                     misses (tests/blind/README.md)
#   make eval-blind2 / check-blind2   the second blind set (tests/blind2/),
#                                     HELD BACK FOR THE FINAL MEASUREMENT
#                                     ONLY: never read its texts, gold files
#                                     or misses to develop rules

.PHONY: eval check-gold eval-news check-news eval-blind check-blind \
        eval-blind2 check-blind2

eval: $(BIN)
	python3 tests/eval/eval.py --dipnet ./$(BIN)

check-gold:
	python3 tests/eval/check_gold.py

eval-news: $(BIN)
	python3 tests/news/eval_news.py --dipnet ./$(BIN)

check-news:
	python3 tests/news/eval_news.py --check

# tests/blind/eval_blind.py and tests/blind2/eval_blind2.py
eval-blind eval-blind2: eval-%: $(BIN)
	python3 tests/$*/eval_$*.py --dipnet ./$(BIN)

check-blind check-blind2: check-%:
	python3 tests/$*/eval_$*.py --check

# The scoring harness's own regression test (part of `make test`).
.PHONY: test-eval-harness
test: test-eval-harness
test-eval-harness:
	python3 tests/eval/test_merge_aliases.py

# The figures the README quotes are those of the full grammar layer: the
# morphological lexicon, the word list and the first names are built first
# (a fresh clone has none of them before `make test`).
eval eval-news eval-blind eval-blind2: $(MORPH_BIN) $(WORDS_IDX) $(FIRST_NAMES)
