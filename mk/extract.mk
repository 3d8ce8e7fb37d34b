# mk/extract.mk: targets of the extractor (owned by the extract helper).
#   make bench-extract   extraction throughput over ../shared's Wikinews texts
#                        (skips cleanly when ../shared is absent)
.PHONY: bench-extract

bench-extract: $(BIN)
	python3 tests/bench_extract.py --dipnet ./$(BIN)
