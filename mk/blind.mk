# blind.mk — the blind test set (tests/blind/): fresh texts that measure how
# well the extractor generalises.  Never write rules from its misses (see
# tests/blind/README.md).  Both targets skip cleanly without ../shared.
#   make eval-blind   score `dipnet extract` against tests/blind/gold (a
#                     measurement: exits 0 whatever the scores)
#   make check-blind  validate the blind gold files' format (fails on errors)

.PHONY: eval-blind check-blind

eval-blind: $(BIN)
	python3 tests/blind/eval_blind.py --dipnet ./$(BIN)

check-blind:
	python3 tests/blind/eval_blind.py --check
