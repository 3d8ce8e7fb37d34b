# eval.mk — the development evaluation (tests/eval/).  Both targets read
# ../shared and skip cleanly, with a message, when it is absent.
#   make eval        score `dipnet extract` against tests/eval/gold (a
#                    measurement: exits 0 whatever the scores)
#   make check-gold  validate the gold files' format (fails on errors)

.PHONY: check-gold

eval: $(BIN)
	python3 tests/eval/eval.py --dipnet ./$(BIN)

check-gold:
	python3 tests/eval/check_gold.py

# The fresh news set (tests/news/): a working half printed per document and
# a locked half printed as totals only.  Reads the scorer from ../shared.
.PHONY: eval-news check-news
eval-news: $(BIN)
	python3 tests/news/eval_news.py --dipnet ./$(BIN)

check-news:
	python3 tests/news/eval_news.py --check
