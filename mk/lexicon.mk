# Lexicon checks: validates data/lexicon/*.tsv (format, cross-references,
# office terms). Python 3 standard library only.
.PHONY: check-lexicon
check-lexicon:
	python3 tests/lexicon_check.py data/lexicon
