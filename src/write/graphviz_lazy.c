#include "write/graphviz_lazy.h"

lazylib_t graphviz_cgraph_lib = LAZYLIB_INIT("libcgraph.so.6", "libcgraph.so");
lazylib_t graphviz_gvc_lib = LAZYLIB_INIT("libgvc.so.6", "libgvc.so");
