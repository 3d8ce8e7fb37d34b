/* graphviz_lazy: Graphviz (cgraph and gvc) opened at the first call.
 *
 * The functions of libcgraph and libgvc that dipnet calls, each as a
 * macro through a library loaded on demand (util/lazylib.h), so that the
 * commands that never draw (extract, report) do not load Graphviz and
 * what it pulls in (libxml2, ICU, ...) at start-up.  Include this instead
 * of <graphviz/cgraph.h>; the gvc functions are defined the same way where
 * <graphviz/gvc.h> is included (render.c only: that header's names, such
 * as `path`, would clash elsewhere). */
#ifndef GRAPHVIZ_LAZY_H
#define GRAPHVIZ_LAZY_H

#include <graphviz/cgraph.h>

#include "util/lazylib.h"

extern lazylib_t graphviz_cgraph_lib, graphviz_gvc_lib;

#define agattr(...) LAZYLIB_CALL(graphviz_cgraph_lib, agattr)(__VA_ARGS__)
#define agclose(...) LAZYLIB_CALL(graphviz_cgraph_lib, agclose)(__VA_ARGS__)
#define agedge(...) LAZYLIB_CALL(graphviz_cgraph_lib, agedge)(__VA_ARGS__)
#define agnedges(...) LAZYLIB_CALL(graphviz_cgraph_lib, agnedges)(__VA_ARGS__)
#define agnnodes(...) LAZYLIB_CALL(graphviz_cgraph_lib, agnnodes)(__VA_ARGS__)
#define agnode(...) LAZYLIB_CALL(graphviz_cgraph_lib, agnode)(__VA_ARGS__)
#define agopen(...) LAZYLIB_CALL(graphviz_cgraph_lib, agopen)(__VA_ARGS__)
#define agsafeset(...) LAZYLIB_CALL(graphviz_cgraph_lib, agsafeset)(__VA_ARGS__)
#define agseterrf(...) LAZYLIB_CALL(graphviz_cgraph_lib, agseterrf)(__VA_ARGS__)
#define agstrdup_html(...) LAZYLIB_CALL(graphviz_cgraph_lib, agstrdup_html)(__VA_ARGS__)
#define agstrfree(...) LAZYLIB_CALL(graphviz_cgraph_lib, agstrfree)(__VA_ARGS__)
#define agwrite(...) LAZYLIB_CALL(graphviz_cgraph_lib, agwrite)(__VA_ARGS__)
#define agxget(...) LAZYLIB_CALL(graphviz_cgraph_lib, agxget)(__VA_ARGS__)
#define agxset(...) LAZYLIB_CALL(graphviz_cgraph_lib, agxset)(__VA_ARGS__)
/* cgraph's graph kinds are data, read from the library the same way */
#define Agundirected (*(Agdesc_t *)lazylib_sym(&graphviz_cgraph_lib, "Agundirected"))
#define Agdirected (*(Agdesc_t *)lazylib_sym(&graphviz_cgraph_lib, "Agdirected"))

#endif
