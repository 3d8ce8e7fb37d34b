#include "analysis/igraph_guard.h"

#include <stdio.h>

#include "util/diag.h"

lazylib_t igraph_lib = LAZYLIB_INIT("libigraph.so.3", "libigraph.so");

static char reason[256];

static void on_error(const char *why, const char *file, int line,
                     igraph_error_t err)
{
    (void)file; (void)line; (void)err;
    snprintf(reason, sizeof reason, "%s", why);
    IGRAPH_FINALLY_FREE();
}

/* Warnings ("graph has no edges" from eigenvector) leave defined values. */
static void on_warning(const char *why, const char *file, int line)
{
    (void)why; (void)file; (void)line;
}

void igraph_guard_install(void)
{
    static int done;
    reason[0] = '\0';
    if (done) return;
    igraph_set_error_handler(on_error);
    igraph_set_warning_handler(on_warning);
    done = 1;
}

int igraph_guard_fail(const char *what, igraph_error_t err)
{
    if (err == IGRAPH_ENOMEM) return diag_nomem(what);
    return diag_error(DN_ENOMEM, NULL, 0, 0, "igraph failed in %s: %s", what,
                      reason[0] ? reason : igraph_strerror(err));
}
