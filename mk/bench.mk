# mk/bench.mk: `make bench` — dipnet against NetworkX and python-igraph on
# seeded synthetic event files (bench/run.sh); writes docs/benchmarks.md.
# Needs Debian's python3-networkx and python3-igraph (scripts/setup.sh
# bench installs them).  A bench-extract target, when another fragment
# defines one, runs first.  About 12-15 minutes on 2 cores.
.PHONY: bench
bench: $(BIN)
	sh scripts/setup.sh bench
	@if $(MAKE) -n bench-extract >/dev/null 2>&1; then \
	  $(MAKE) bench-extract; \
	else \
	  echo "bench: no bench-extract target defined, skipping it"; \
	fi
	sh bench/run.sh
