# blind2.mk — the second blind test set (tests/blind2/), HELD BACK FOR THE
# FINAL MEASUREMENT ONLY.  Never read its texts, gold files or misses to
# develop rules (see tests/blind2/README.md).  Both targets skip cleanly
# without ../shared.
#   make eval-blind2   score `dipnet extract` against tests/blind2/gold (a
#                      measurement: exits 0 whatever the scores)
#   make check-blind2  validate the gold files' format (fails on errors)

.PHONY: eval-blind2 check-blind2

eval-blind2: $(BIN)
	python3 tests/blind2/eval_blind2.py --dipnet ./$(BIN)

check-blind2:
	python3 tests/blind2/eval_blind2.py --check
