#include "write/render.h"

#include <errno.h>
#include <stdint.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <graphviz/gvc.h>

#include "util/buf.h"
#include "util/diag.h"
#include "util/outfile.h"
#include "util/progress.h"

/* libgvc through graphviz_gvc_lib (write/graphviz_lazy.h) */
#define gvContext(...) LAZYLIB_CALL(graphviz_gvc_lib, gvContext)(__VA_ARGS__)
#define gvFreeContext(...) LAZYLIB_CALL(graphviz_gvc_lib, gvFreeContext)(__VA_ARGS__)
#define gvFreeLayout(...) LAZYLIB_CALL(graphviz_gvc_lib, gvFreeLayout)(__VA_ARGS__)
#define gvFreeRenderData(...) LAZYLIB_CALL(graphviz_gvc_lib, gvFreeRenderData)(__VA_ARGS__)
#define gvLayout(...) LAZYLIB_CALL(graphviz_gvc_lib, gvLayout)(__VA_ARGS__)
#define gvRenderData(...) LAZYLIB_CALL(graphviz_gvc_lib, gvRenderData)(__VA_ARGS__)

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

/* 1 once context() gave Graphviz its message handler. */
static int errf_set;

static GVC_t *context(void)
{
    if (!gvc) {
        agseterrf(gv_errf);
        errf_set = 1;
        gvc = gvContext();
    }
    return gvc;
}

void render_shutdown(void)
{
    /* Nothing to undo when nothing was drawn: agseterrf alone would load
     * Graphviz's libraries (write/graphviz_lazy.h) at the exit of every
     * command that never drew, extract included. */
    if (gvc) gvFreeContext(gvc);
    if (errf_set) agseterrf(NULL);
    gvc = NULL;
    errf_set = 0;
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

int render_keeps_tooltips(const char *format, const char *path)
{
    const char *f = format ? format : path ? format_of(path) : NULL;
    return !(f && !strcmp(f, "png"));
}

static int check_layout(const char *name)
{
    if (name && !render_layout_known(name))
        return diag_error(DN_EUSAGE, NULL, 0, 0,
                          "unknown layout '%s' (use dot, neato, fdp, sfdp, "
                          "circo or twopi)", name);
    return DN_OK;
}

int render_write(Agraph_t *g, const char *lay, const char *path)
{
    return render_write_format(g, lay, NULL, path);
}

int render_write_format(Agraph_t *g, const char *lay, const char *format,
                        const char *path)
{
    int to_stdout = !path || !strcmp(path, "-");
    if (to_stdout && !format)
        return diag_error(DN_EUSAGE, NULL, 0, 0,
                          "render: an output file FILE.svg|.png|.pdf is "
                          "needed, or -T svg|png|pdf for standard output");
    const char *fmt = format ? format : format_of(path);
    if (format && !format_known(format))
        return diag_error(DN_EUSAGE, NULL, 0, 0,
                          "render: -T takes svg, png or pdf, not `%s`", format);
    if (!fmt)
        return diag_error(DN_EUSAGE, path, 0, 0,
                          "unknown image format (use .svg, .png or .pdf, or "
                          "-T svg|png|pdf)");
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

/* The largest picture each layout draws within the time budget on a
 * 2-core machine (Graphviz 2.42, the labelled graphs `dipnet dot` builds;
 * measured with `dipnet dot --top N` and each engine, see
 * docs/reliability.md): above it, sfdp draws the picture instead, and above
 * sfdp's own limit the picture is refused. */
static const render_limit_t limits[] = {
    {"dot", 150, 250},    {"circo", 150, 400},  {"neato", 600, 2000},
    {"fdp", 600, 2000},   {"twopi", 1200, 4000}, {"sfdp", 5000, 20000},
};

const render_limit_t *render_limit(const char *layout)
{
    for (size_t i = 0; i < sizeof limits / sizeof *limits; i++)
        if (layout && !strcmp(layout, limits[i].layout)) return &limits[i];
    return NULL;
}

static int fits(const char *lay, long n, long m)
{
    const render_limit_t *l = render_limit(lay);
    return l && n <= l->nodes && m <= l->edges;
}

/* Picks the layout for a picture of n actors and m ties: the one asked for
 * (default by size) while within its limit, else sfdp (with a note); a
 * picture beyond sfdp's limit is refused. */
static int pick_layout(const char **lay, long n, long m)
{
    if (!*lay) return DN_OK; /* set by the caller */
    if (fits(*lay, n, m)) return DN_OK;
    const render_limit_t *s = render_limit("sfdp");
    if (!fits("sfdp", n, m))
        return diag_error(DN_EUSAGE, NULL, 0, 0,
                          "render: %ld actors and %ld ties are more than a "
                          "picture can show (at most %ld actors and %ld ties; "
                          "use --top N, or dipnet export for Gephi)",
                          n, m, s->nodes, s->edges);
    const render_limit_t *l = render_limit(*lay);
    diag_note(NULL, 0, 0, "%s lays out at most %ld actors and %ld ties in "
              "time; this picture has %ld and %ld: drawn with sfdp instead",
              *lay, l->nodes, l->edges, n, m);
    *lay = "sfdp";
    return DN_OK;
}

/* The time budget of one layout, in seconds: DIPNET_RENDER_SECONDS, else
 * RENDER_SECONDS_DEFAULT. */
static double budget(void)
{
    const char *e = getenv("DIPNET_RENDER_SECONDS");
    double v = e && *e ? strtod(e, NULL) : 0;
    return v > 0 ? v : RENDER_SECONDS_DEFAULT;
}

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

static int write_all(int fd, const char *p, size_t n)
{
    while (n > 0) {
        ssize_t w = write(fd, p, n);
        if (w < 0 && errno == EINTR) continue;
        if (w <= 0) return -1;
        p += w;
        n -= (size_t)w;
    }
    return 0;
}

/* The child: lays out and renders, writes the image to fd, and Graphviz's
 * messages (through stderr) to the parent's other pipe.  Never returns. */
static void child(GVC_t *c, Agraph_t *g, const char *lay, const char *fmt,
                  int fd)
{
    char *out = NULL;
    unsigned int n = 0;
    int rc = 0;
    if (gvLayout(c, g, lay) != 0) _exit(1);
    if (gvRenderData(c, g, fmt, &out, &n) != 0 || !out || !n) rc = 1;
    /* the length first: the parent trusts a complete image, not the exit
     * status (which a memory checker following the child may change) */
    uint64_t head = rc ? 0 : n;
    if (!rc && write_all(fd, (const char *)&head, sizeof head)) rc = 2;
    if (!rc && write_all(fd, out, n)) rc = 2;
    /* freed so that memcheck, which follows the child, sees no leak */
    if (out) gvFreeRenderData(out);
    gvFreeLayout(c, g);
    _exit(rc);
}

/* Forwards one line of the child's stderr as a dipnet note: its own
 * messages (`dipnet: note: ...`) as they were, Graphviz's prints (which
 * bypass cgraph's error hook) with a `graphviz:` prefix. */
static void forward_line(const char *line, int len)
{
    static const char ours[] = "dipnet: ", note[] = "note: ";
    if (len <= 0) return;
    if (!strncmp(line, ours, sizeof ours - 1)) {
        line += sizeof ours - 1;
        len -= (int)sizeof ours - 1;
        if (!strncmp(line, note, sizeof note - 1)) {
            line += sizeof note - 1;
            len -= (int)sizeof note - 1;
        }
        diag_note(NULL, 0, 0, "%.*s", len, line);
    } else {
        /* Graphviz names itself by its command name, NULL in a library */
        static const char unnamed[] = "(null): ";
        if (!strncmp(line, unnamed, sizeof unnamed - 1)) {
            line += sizeof unnamed - 1;
            len -= (int)sizeof unnamed - 1;
        }
        diag_note(NULL, 0, 0, "graphviz: %.*s", len, line);
    }
}

/* Forwards the whole lines of msg (all of it when final); keeps the rest. */
static void forward(buf_t *msg, int final)
{
    size_t start = 0;
    for (size_t i = 0; i < msg->len; i++)
        if (msg->data[i] == '\n') {
            forward_line(msg->data + start, (int)(i - start));
            start = i + 1;
        }
    if (final && start < msg->len) {
        forward_line(msg->data + start, (int)(msg->len - start));
        start = msg->len;
    }
    if (start) {
        memmove(msg->data, msg->data + start, msg->len - start);
        msg->len -= start;
    }
}

/* Reads the child's pipes until both close or the budget runs out, with
 * progress once a second.  Returns 0, or 1 on timeout (child killed). */
static int collect(pid_t pid, int dfd, int efd, buf_t *img, buf_t *msg,
                   const char *what, double limit, int *nomem)
{
    double t0 = now(), last = t0;
    struct pollfd p[2] = {{.fd = dfd, .events = POLLIN},
                          {.fd = efd, .events = POLLIN}};
    char chunk[65536];
    while (p[0].fd >= 0 || p[1].fd >= 0) {
        double left = limit - (now() - t0);
        int r = poll(p, 2, left < 0.25 ? (int)(left * 1000) + 1 : 250);
        if (r < 0 && errno != EINTR) break;
        for (int k = 0; k < 2 && r > 0; k++) {
            if (p[k].fd < 0 || !p[k].revents) continue;
            ssize_t got = read(p[k].fd, chunk, sizeof chunk);
            if (got <= 0) {
                if (got < 0 && errno == EINTR) continue;
                p[k].fd = -1;
            } else if (buf_append(k ? msg : img, chunk, (size_t)got)) {
                *nomem = 1;
            } else if (k) {
                forward(msg, 0);
            }
        }
        double t = now();
        if (t - t0 > limit) {
            kill(pid, SIGKILL);
            return 1;
        }
        if (t - last >= 1) {
            progress_show("%s: %.0f s", what, t - t0);
            last = t;
        }
    }
    return 0;
}

/* Lays out and renders g in a child process, so that a layout past the
 * time budget can be stopped and Graphviz's messages read back.  Returns
 * DN_OK with *img filled, 1 for a timeout, or an error (reported). */
static int run_layout(GVC_t *c, Agraph_t *g, const char *lay, const char *fmt,
                      buf_t *img)
{
    int dp[2], ep[2];
    if (pipe(dp) != 0) return diag_error(DN_ENOMEM, NULL, 0, 0, "graphviz: pipe: %s", strerror(errno));
    if (pipe(ep) != 0) {
        close(dp[0]);
        close(dp[1]);
        return diag_error(DN_ENOMEM, NULL, 0, 0, "graphviz: pipe: %s", strerror(errno));
    }
    fflush(stdout);
    fflush(stderr);
    pid_t pid = fork();
    if (pid == 0) {
        close(dp[0]);
        close(ep[0]);
        dup2(ep[1], STDERR_FILENO);
        diag_set_sink(NULL, NULL); /* messages to the parent's pipe */
        child(c, g, lay, fmt, dp[1]);
    }
    close(dp[1]);
    close(ep[1]);
    if (pid < 0) {
        close(dp[0]);
        close(ep[0]);
        return diag_error(DN_ENOMEM, NULL, 0, 0, "graphviz: fork: %s", strerror(errno));
    }
    char what[160];
    snprintf(what, sizeof what, "laying out %d actors and %d ties with %s",
             agnnodes(g), agnedges(g), lay);
    progress_show("%s", what);
    buf_t msg;
    buf_init(&msg);
    int nomem = 0;
    double limit = budget();
    int late = collect(pid, dp[0], ep[0], img, &msg, what, limit, &nomem);
    close(dp[0]);
    close(ep[0]);
    int st = 0;
    while (waitpid(pid, &st, 0) < 0 && errno == EINTR) {}
    forward(&msg, 1);
    buf_destroy(&msg);
    progress_end();
    if (late) return 1;
    if (nomem) return diag_nomem("rendered image");
    uint64_t head = 0;
    if (img->len >= sizeof head) memcpy(&head, img->data, sizeof head);
    if (!head || head != img->len - sizeof head) {
        (void)st; /* the image decides, see child() */
        return diag_error(DN_ENOMEM, NULL, 0, 0, "graphviz could not lay out "
                          "or render %s with %s", fmt, lay);
    }
    memmove(img->data, img->data + sizeof head, (size_t)head);
    img->len = (size_t)head;
    return DN_OK;
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
    long n = agnnodes(g), m = agnedges(g);
    if (!lay) lay = render_default_layout(g);
    if ((rc = pick_layout(&lay, n, m))) return rc;
    /* A bitmap sized for a screen; SVG and PDF keep their natural size
     * for zooming. */
    if (!strcmp(format, "png")) agsafeset(g, "size", RENDER_PNG_SIZE, "");
    buf_t img;
    buf_init(&img);
    rc = run_layout(c, g, lay, format, &img);
    if (rc == 1 && strcmp(lay, "sfdp") && fits("sfdp", n, m)) {
        diag_note(NULL, 0, 0, "%s did not finish within %g s: drawn with "
                  "sfdp instead", lay, budget());
        buf_clear(&img);
        rc = run_layout(c, g, lay = "sfdp", format, &img);
    }
    if (rc == 1)
        rc = diag_error(DN_ENOMEM, NULL, 0, 0, "graphviz: %s did not finish "
                        "within %g s (DIPNET_RENDER_SECONDS raises the "
                        "budget; --top N draws fewer actors)", lay, budget());
    if (rc) {
        buf_destroy(&img);
        return rc;
    }
    /* The buffer is the caller's: NUL-terminated, freed with free(). */
    if (buf_putc(&img, '\0')) {
        buf_destroy(&img);
        return diag_nomem("rendered image");
    }
    *len = img.len - 1;
    *data = img.data;
    return DN_OK;
}
