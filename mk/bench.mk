# mk/bench.mk — speed measurements.
#
#   make bench           dipnet against python-igraph and NetworkX in
#                        paired, alternating runs (bench/paired.py: medians,
#                        min-max, per-pair ratios of wall, CPU and peak
#                        memory, the load average before and after; the
#                        growth 1M -> 3M -> 10M events with its exponent);
#                        writes docs/benchmarks.md.  Needs Debian's
#                        python3-networkx and python3-igraph (scripts/setup.sh
#                        bench installs them).  About 10-15 minutes on 2
#                        cores (the first run also generates the event files).
#   make bench-quick     the 100k-event comparisons only (3 pairs, seconds)
#   make bench-all       bench-extract and the older per-tool tables
#                        (bench/run.sh: betweenness accuracy, pictures) into
#                        docs/benchmarks-detail.md
#   make bench-extract   extraction throughput over ../shared's Wikinews
#                        (VS=path/to/other/dipnet: paired against that build)
#                        texts (skips cleanly when ../shared is absent)
#   make bench-layout    times dot and sfdp to choose the default layout
.PHONY: bench bench-quick bench-all bench-extract bench-layout

bench: $(BIN)
	sh scripts/setup.sh bench
	/usr/bin/python3 bench/paired.py

bench-quick: $(BIN)
	sh scripts/setup.sh bench
	/usr/bin/python3 bench/paired.py --quick --doc build/bench/quick.md

bench-all: $(BIN) bench-extract
	sh scripts/setup.sh bench
	BENCH_DOC=docs/benchmarks-detail.md sh bench/run.sh

bench-extract: $(BIN)
	python3 tests/bench_extract.py --dipnet ./$(BIN) $(if $(VS),--vs $(VS))

bench-layout: $(BIN)
	python3 tests/browser/bench_layout.py ./$(BIN)
