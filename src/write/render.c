#include "write/render.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <graphviz/gvc.h>

#include "util/buf.h"
#include "util/diag.h"
#include "util/outfile.h"

/* The default layout thresholds (render.h) come from timing `dipnet render`
 * to SVG with `dot` and `sfdp` on synthetic networks (preferential
 * attachment; python3 tests/browser/bench_layout.py; 2-core machine,
 * Graphviz 2.42, edge labels on, wall time, timeout 60 s):
 *
 *   actors  edges    dot     sfdp        actors  edges    dot     sfdp
 *       40     69   0.09 s  0.06 s           25    126   0.35 s  0.05 s
 *       80    139   0.35 s  0.07 s           30    155   0.70 s  0.06 s
 *      100    181   1.06 s  0.08 s           35    191   2.24 s  0.06 s
 *      120    224   1.25 s  0.09 s           40    254  33.4  s  0.09 s
 *      150    284   3.28 s  0.13 s           60    430  > 60 s  0.31 s
 *      200    377  > 60 s  0.32 s          400   4365  > 60 s  2.57 s
 *
 * dot's time explodes with the number of edges (each labelled edge adds
 * virtual nodes to its ranks); sfdp stays near-linear.  Up to 100 actors and
 * 150 edges dot takes under a second and gives the more readable picture. */

static GVC_t *gvc;
static buf_t gv_msg;       /* Graphviz messages arrive in pieces */

/* Collects Graphviz's message pieces and forwards whole lines as notes. */
static int gv_errf(char *piece)
{
    for (const char *p = piece; *p; p++) {
        if (*p == '\n') {
            if (gv_msg.len) diag_note(NULL, 0, 0, "graphviz: %s", gv_msg.data);
            buf_clear(&gv_msg);
        } else if (buf_putc(&gv_msg, *p)) {
            buf_clear(&gv_msg);
        }
    }
    return 0;
}

static GVC_t *context(void)
{
    if (!gvc) {
        agseterrf(gv_errf);
        gvc = gvContext();
    }
    return gvc;
}

void render_shutdown(void)
{
    if (gvc) gvFreeContext(gvc);
    gvc = NULL;
    agseterrf(NULL);
    buf_destroy(&gv_msg);
}

const char *render_default_layout(Agraph_t *g)
{
    return agnnodes(g) > RENDER_DOT_MAX_NODES || agnedges(g) > RENDER_DOT_MAX_EDGES
               ? "sfdp" : "dot";
}

int render_layout_known(const char *name)
{
    static const char *const known[] = {
        "dot", "neato", "fdp", "sfdp", "circo", "twopi"
    };
    for (size_t i = 0; name && i < sizeof known / sizeof *known; i++)
        if (strcmp(name, known[i]) == 0) return 1;
    return 0;
}

/* The Graphviz format for a path's extension, or NULL. */
static const char *format_of(const char *path)
{
    const char *dot = strrchr(path, '.');
    const char *slash = strrchr(path, '/');
    if (!dot || (slash && slash > dot)) return NULL;
    if (!strcasecmp(dot, ".svg")) return "svg";
    if (!strcasecmp(dot, ".png")) return "png";
    if (!strcasecmp(dot, ".pdf")) return "pdf";
    return NULL;
}

static int format_known(const char *f)
{
    return f && (!strcmp(f, "svg") || !strcmp(f, "png") || !strcmp(f, "pdf"));
}

static int check_layout(const char *name)
{
    if (name && !render_layout_known(name))
        return diag_error(DN_EUSAGE, NULL, 0, 0,
                          "unknown layout '%s' (use dot, neato, fdp, sfdp, "
                          "circo or twopi)", name);
    return DN_OK;
}

static int layout(GVC_t *c, Agraph_t *g, const char **name)
{
    if (!*name) *name = render_default_layout(g);
    if (gvLayout(c, g, *name) != 0)
        return diag_error(DN_ENOMEM, NULL, 0, 0, "graphviz: %s layout failed",
                          *name);
    return DN_OK;
}

int render_write(Agraph_t *g, const char *lay, const char *path)
{
    if (!path || !strcmp(path, "-"))
        return diag_error(DN_EUSAGE, NULL, 0, 0,
                          "render: an output file FILE.svg|.png|.pdf is needed");
    const char *fmt = format_of(path);
    if (!fmt)
        return diag_error(DN_EUSAGE, path, 0, 0,
                          "unknown image format (use .svg, .png or .pdf)");
    int rc = check_layout(lay);
    if (rc) return rc;
    /* Graphviz renders into memory and we write the file: gvRenderFilename
     * reports success on unwritable paths, and Graphviz's own writer
     * exits the process when a write fails (a full disk). */
    char *data = NULL;
    size_t len = 0;
    if ((rc = render_data(g, lay, fmt, &data, &len))) return rc;
    outfile_t of;
    if ((rc = outfile_open(&of, path))) {
        free(data);
        return rc;
    }
    if (fwrite(data, 1, len, of.fp) != len) rc = DN_EIO;
    free(data);
    return outfile_finish(&of, rc);
}

int render_data(Agraph_t *g, const char *lay, const char *format,
                char **data, size_t *len)
{
    *data = NULL;
    *len = 0;
    if (!format_known(format))
        return diag_error(DN_EUSAGE, NULL, 0, 0,
                          "unknown image format '%s' (use svg, png or pdf)",
                          format ? format : "");
    int rc = check_layout(lay);
    if (rc) return rc;
    GVC_t *c = context();
    if (!c) return diag_error(DN_ENOMEM, NULL, 0, 0, "graphviz: no context");
    if ((rc = layout(c, g, &lay))) return rc;
    char *out = NULL;
    unsigned int n = 0;
    int grc = gvRenderData(c, g, format, &out, &n);
    gvFreeLayout(c, g);
    if (grc != 0 || !out || n == 0) {
        if (out) gvFreeRenderData(out);
        return diag_error(DN_ENOMEM, NULL, 0, 0, "graphviz could not render %s",
                          format);
    }
    /* A copy the caller can free() without knowing about Graphviz. */
    char *copy = malloc((size_t)n + 1);
    if (!copy) {
        gvFreeRenderData(out);
        return diag_nomem("rendered image");
    }
    memcpy(copy, out, n);
    copy[n] = '\0';
    gvFreeRenderData(out);
    *data = copy;
    *len = n;
    return DN_OK;
}
