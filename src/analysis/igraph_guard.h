/* igraph_guard: igraph error handling for every analysis module.
 *
 * igraph's default handler aborts the process.  The guard's handler keeps
 * the reason and lets the failing call return its code, which the caller
 * turns into a dipnet message with igraph_guard_fail. */
#ifndef IGRAPH_GUARD_H
#define IGRAPH_GUARD_H

#include <igraph.h>

#include "util/lazylib.h"

/* libigraph, opened at the first call (util/lazylib.h): the functions of
 * it that dipnet calls, each through the library loaded on demand.  A
 * function missing here is linked directly and brings igraph back into
 * every start-up (`readelf -d dipnet` then lists libigraph as NEEDED). */
extern lazylib_t igraph_lib;
#define IGRAPH_FINALLY_FREE(...) LAZYLIB_CALL(igraph_lib, IGRAPH_FINALLY_FREE)(__VA_ARGS__)
#define igraph_betweenness(...) LAZYLIB_CALL(igraph_lib, igraph_betweenness)(__VA_ARGS__)
#define igraph_betweenness_subset(...) LAZYLIB_CALL(igraph_lib, igraph_betweenness_subset)(__VA_ARGS__)
#define igraph_community_leiden(...) LAZYLIB_CALL(igraph_lib, igraph_community_leiden)(__VA_ARGS__)
#define igraph_community_multilevel(...) LAZYLIB_CALL(igraph_lib, igraph_community_multilevel)(__VA_ARGS__)
#define igraph_create(...) LAZYLIB_CALL(igraph_lib, igraph_create)(__VA_ARGS__)
#define igraph_degree(...) LAZYLIB_CALL(igraph_lib, igraph_degree)(__VA_ARGS__)
#define igraph_destroy(...) LAZYLIB_CALL(igraph_lib, igraph_destroy)(__VA_ARGS__)
#define igraph_distances_dijkstra(...) LAZYLIB_CALL(igraph_lib, igraph_distances_dijkstra)(__VA_ARGS__)
#define igraph_ecount(...) LAZYLIB_CALL(igraph_lib, igraph_ecount)(__VA_ARGS__)
#define igraph_eigenvector_centrality(...) LAZYLIB_CALL(igraph_lib, igraph_eigenvector_centrality)(__VA_ARGS__)
#define igraph_harmonic_centrality(...) LAZYLIB_CALL(igraph_lib, igraph_harmonic_centrality)(__VA_ARGS__)
#define igraph_matrix_destroy(...) LAZYLIB_CALL(igraph_lib, igraph_matrix_destroy)(__VA_ARGS__)
#define igraph_matrix_init(...) LAZYLIB_CALL(igraph_lib, igraph_matrix_init)(__VA_ARGS__)
#define igraph_modularity(...) LAZYLIB_CALL(igraph_lib, igraph_modularity)(__VA_ARGS__)
#define igraph_pagerank(...) LAZYLIB_CALL(igraph_lib, igraph_pagerank)(__VA_ARGS__)
#define igraph_rng_default(...) LAZYLIB_CALL(igraph_lib, igraph_rng_default)(__VA_ARGS__)
#define igraph_rng_seed(...) LAZYLIB_CALL(igraph_lib, igraph_rng_seed)(__VA_ARGS__)
#define igraph_set_error_handler(...) LAZYLIB_CALL(igraph_lib, igraph_set_error_handler)(__VA_ARGS__)
#define igraph_set_warning_handler(...) LAZYLIB_CALL(igraph_lib, igraph_set_warning_handler)(__VA_ARGS__)
#define igraph_strength(...) LAZYLIB_CALL(igraph_lib, igraph_strength)(__VA_ARGS__)
#define igraph_strerror(...) LAZYLIB_CALL(igraph_lib, igraph_strerror)(__VA_ARGS__)
#define igraph_vcount(...) LAZYLIB_CALL(igraph_lib, igraph_vcount)(__VA_ARGS__)
#define igraph_vector_destroy(...) LAZYLIB_CALL(igraph_lib, igraph_vector_destroy)(__VA_ARGS__)
#define igraph_vector_init(...) LAZYLIB_CALL(igraph_lib, igraph_vector_init)(__VA_ARGS__)
#define igraph_vector_int_all_e(...) LAZYLIB_CALL(igraph_lib, igraph_vector_int_all_e)(__VA_ARGS__)
#define igraph_vector_int_destroy(...) LAZYLIB_CALL(igraph_lib, igraph_vector_int_destroy)(__VA_ARGS__)
#define igraph_vector_int_init(...) LAZYLIB_CALL(igraph_lib, igraph_vector_int_init)(__VA_ARGS__)
#define igraph_vector_int_resize(...) LAZYLIB_CALL(igraph_lib, igraph_vector_int_resize)(__VA_ARGS__)
#define igraph_vector_int_update(...) LAZYLIB_CALL(igraph_lib, igraph_vector_int_update)(__VA_ARGS__)
#define igraph_vector_null(...) LAZYLIB_CALL(igraph_lib, igraph_vector_null)(__VA_ARGS__)
#define igraph_vector_scale(...) LAZYLIB_CALL(igraph_lib, igraph_vector_scale)(__VA_ARGS__)
#define igraph_vector_sum(...) LAZYLIB_CALL(igraph_lib, igraph_vector_sum)(__VA_ARGS__)
#define igraph_vs_vector(...) LAZYLIB_CALL(igraph_lib, igraph_vs_vector)(__VA_ARGS__)
#define igraph_vss_all(...) LAZYLIB_CALL(igraph_lib, igraph_vss_all)(__VA_ARGS__)

/* Installs the handlers (once; later calls only clear the last reason). */
void igraph_guard_install(void);

/* Reports that `what` failed with err (DN_ENOMEM for igraph's out of
 * memory, else a message with igraph's reason) and returns DN_ENOMEM. */
int igraph_guard_fail(const char *what, igraph_error_t err);

#endif
