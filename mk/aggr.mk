# mk/aggr.mk — the network aggregation (src/net, src/util/strtab) helper.
# tests/test_net.c fails chosen allocations to check the batch pipeline's
# error path: malloc, calloc and realloc of the project's objects go
# through its __wrap_ functions.
LDFLAGS_test_net := -Wl,--wrap=malloc,--wrap=calloc,--wrap=realloc
