/* igraph_guard: igraph error handling for every analysis module.
 *
 * igraph's default handler aborts the process.  The guard's handler keeps
 * the reason and lets the failing call return its code, which the caller
 * turns into a dipnet message with igraph_guard_fail. */
#ifndef IGRAPH_GUARD_H
#define IGRAPH_GUARD_H

#include <igraph.h>

/* Installs the handlers (once; later calls only clear the last reason). */
void igraph_guard_install(void);

/* Reports that `what` failed with err (DN_ENOMEM for igraph's out of
 * memory, else a message with igraph's reason) and returns DN_ENOMEM. */
int igraph_guard_fail(const char *what, igraph_error_t err);

#endif
