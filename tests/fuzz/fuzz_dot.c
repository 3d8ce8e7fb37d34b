/* fuzz_dot: the DOT writer's round trip.  The input is a list of actor
 * names separated by the byte 0xFF (never part of UTF-8); consecutive names
 * meet, so every name becomes a node.  The network goes through
 * cent_compute, dot_build and agwrite (as `dipnet dot` does); cgraph's
 * agmemread must parse the text back, with one node per actor whose label,
 * unescaped, is the actor's name (control characters shown as spaces).
 * Names with quotes, backslashes, line breaks, <>, HTML entities and
 * non-Latin scripts are what the dictionary and seeds bring in. */
#include "fuzz_common.h"

#include <graphviz/cgraph.h>

#include "analysis/centrality.h"
#include "net/net.h"
#include "write/dot.h"
#include "util/buf.h"
#include "util/utf8check.h"

/* The name a label shows: Graphviz turns `\\` into `\` and decodes the
 * entity `&amp;` that dot_escape wrote for `&`; anything else is literal. */
static int unescape(const char *s, buf_t *out)
{
    buf_clear(out);
    while (*s) {
        if (s[0] == '\\' && s[1] == '\\') { if (buf_putc(out, '\\')) return -1; s += 2; }
        else if (!strncmp(s, "&amp;", 5)) { if (buf_putc(out, '&')) return -1; s += 5; }
        else if (buf_putc(out, *s++)) return -1;
    }
    return 0;
}

/* The name as dot_escape should show it: control characters as spaces. */
static int shown(const char *s, buf_t *out)
{
    buf_clear(out);
    for (; *s; s++) {
        unsigned char ch = (unsigned char)*s;
        if (buf_putc(out, ch < 0x20 || ch == 0x7f ? ' ' : (char)ch)) return -1;
    }
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static int init;
    if (!init++) fuzz_quiet();
    if (size > 4096) return 0; /* pictures of a few dozen names suffice */
    net_opts_t no;
    net_opts_init(&no);
    no.max_events_per_edge = 3;
    net_t net;
    net_init(&net, &no);
    char *prev = NULL;
    size_t start = 0, k = 0;
    int rc = DN_OK;
    for (size_t i = 0; i <= size && !rc; i++) {
        if (i < size && data[i] != 0xFF) continue;
        size_t n = i - start;
        char *name = malloc(n + 1);
        if (!name) break;
        memcpy(name, data + start, n);
        name[n] = '\0';
        start = i + 1;
        size_t bad;
        int nul;
        if (!n || !utf8_valid_text(name, n, &bad, &nul)) { free(name); continue; }
        if (prev) {
            ev_event_t ev;
            memset(&ev, 0, sizeof ev);
            ev.source = prev;
            ev.target = name;
            ev.source_kind = (ev_kind_t)(k % EV_KIND_COUNT);
            ev.target_kind = (ev_kind_t)((k + 1) % EV_KIND_COUNT);
            ev.relation = (ev_relation_t)(k % EV_REL_COUNT);
            ev.start.year = (short)(1990 + k % 30);
            ev.place = name;
            ev.doc = prev;
            ev.line = (long)k + 1;
            ev.evidence = name;
            ev.confidence = -1;
            rc = net_add_event(&ev, &net);
            k++;
        }
        free(prev);
        prev = name;
    }
    free(prev);
    cent_opts_t co;
    cent_opts_init(&co);
    co.mask = 1u << M_DEGREE | 1u << M_STRENGTH;
    cent_t c;
    Agraph_t *g = NULL;
    if (!rc && !(rc = cent_compute(&net, &co, &c))) {
        dot_opts_t d;
        dot_opts_init(&d);
        d.title = net.nactors ? net_actor_name(&net, 0) : NULL;
        rc = dot_build(&net, &c, NULL, &d, &g);
        cent_destroy(&c);
    }
    if (!rc && g) {
        char *text = NULL;
        size_t len = 0;
        FILE *out = open_memstream(&text, &len);
        FUZZ_CHECK(out && agwrite(g, out) == 0, "agwrite failed");
        fclose(out);
        Agraph_t *back = agmemread(text);
        FUZZ_CHECK(back, "cgraph cannot parse our DOT:\n%.3000s", text);
        FUZZ_CHECK((size_t)agnnodes(back) == net.nactors,
                   "%d nodes read back, %zu actors", agnnodes(back), net.nactors);
        buf_t got, want;
        buf_init(&got);
        buf_init(&want);
        for (size_t i = 0; i < net.nactors; i++) {
            char id[32];
            snprintf(id, sizeof id, "n%zu", i);
            Agnode_t *nd = agnode(back, id, 0);
            FUZZ_CHECK(nd, "node %s missing", id);
            const char *label = agget(nd, "label");
            FUZZ_CHECK(label, "node %s has no label", id);
            FUZZ_CHECK(!unescape(label, &got) &&
                       !shown(net_actor_name(&net, i), &want), "out of memory");
            FUZZ_CHECK(got.len == want.len && !memcmp(got.data, want.data, got.len),
                       "node %s: label `%s` reads as `%s`, want `%s`", id,
                       label, buf_cstr(&got), buf_cstr(&want));
        }
        buf_destroy(&got);
        buf_destroy(&want);
        agclose(back);
        free(text);
    }
    if (g) agclose(g);
    net_destroy(&net);
    return 0;
}
