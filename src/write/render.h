/* render: lays out a cgraph graph and draws it with Graphviz (gvc).
 *
 * One GVC_t context serves the whole process: Graphviz leaks a little per
 * context and is not thread-safe, so it is created on first use and freed
 * by render_shutdown() (call it once before exit).  Graphviz's own messages
 * are routed through diag (as notes, "graphviz: ..."). */
#ifndef RENDER_H
#define RENDER_H

#include <stddef.h>

#include "write/graphviz_lazy.h"

/* Node and edge counts up to which `dot` (layered, readable, but slow on
 * dense graphs) is the default; above either, `sfdp`.  See render.c for the
 * measurements behind them. */
#define RENDER_DOT_MAX_NODES 100
#define RENDER_DOT_MAX_EDGES 150

/* The largest picture (actors, ties) a layout engine draws in time; see
 * render.c for the table.  Above the chosen engine's limit the picture is
 * drawn with sfdp (with a note), above sfdp's it is refused (exit 2). */
typedef struct {
    const char *layout;
    long nodes, edges;
} render_limit_t;

/* The limit of a layout engine, or NULL for an unknown one. */
const render_limit_t *render_limit(const char *layout);

/* Seconds one layout may take (DIPNET_RENDER_SECONDS overrides): past it
 * the layout is stopped and sfdp draws the picture, or, for sfdp itself,
 * the render fails (exit 4). */
#define RENDER_SECONDS_DEFAULT 60.0

/* A PNG fits a 1920x1080 screen at Graphviz's 96 dpi (size in inches;
 * smaller graphs keep their natural size). */
#define RENDER_PNG_SIZE "20,11.25"

/* The layout used when none is asked for: "dot" for small graphs, "sfdp"
 * above RENDER_DOT_MAX_NODES nodes or RENDER_DOT_MAX_EDGES edges. */
const char *render_default_layout(Agraph_t *g);

/* Returns 1 when name is a layout engine dipnet accepts (dot, neato, fdp,
 * sfdp, circo, twopi). */
int render_layout_known(const char *name);

/* Lays out g with `layout` (NULL = render_default_layout) and writes the
 * image to path, in the format its extension names (.svg, .png, .pdf; case
 * ignored).  The file appears only when Graphviz wrote a non-empty image and
 * every write succeeded.  Returns DN_OK, DN_EUSAGE (unknown extension or
 * layout, path "-"), DN_EIO (cannot write) or DN_ENOMEM (Graphviz failed);
 * every failure is reported. */
int render_write(Agraph_t *g, const char *layout, const char *path);

/* render_write in `format` ("svg", "png" or "pdf"; NULL = from the
 * extension), to path or, when path is NULL or "-", to standard output
 * (then format is required).  Returns as render_write. */
int render_write_format(Agraph_t *g, const char *layout, const char *format,
                        const char *path);

/* Lays out g and renders it in memory in `format` ("svg", "png", "pdf").
 * On success *data is a malloc'ed, NUL-terminated copy of the output that
 * the caller frees with free(), and *len its length (without the NUL).
 * Returns DN_OK, DN_EUSAGE or DN_ENOMEM (reported); *data is NULL on
 * failure. */
int render_data(Agraph_t *g, const char *layout, const char *format,
                char **data, size_t *len);

/* 0 when the image in `format` (NULL: the one path's extension names) is
 * a bitmap, which shows no tooltips, else 1.  Why: the commands then keep
 * no evidence sentences for the ties' tooltips, which at a million events
 * costs more than the layout. */
int render_keeps_tooltips(const char *format, const char *path);
/* Frees the Graphviz context (if one was made).  Safe to call more than
 * once; the next render makes a new context. */
void render_shutdown(void);

#endif
