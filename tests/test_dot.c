/* Tests of the DOT picture (src/write/dot.c): a golden file for a small
 * network, determinism, hostile names surviving a write/read round trip,
 * Graphviz's own `dot` accepting the output, and outputs that exist only on
 * success.  Set DIPNET_UPDATE_GOLDEN=1 to rewrite the golden file after an
 * intended change (and review the diff). */
#include "testutil.h"

#include <sys/stat.h>

#include "analysis/centrality.h"
#include "io/evtsv.h"
#include "net/net.h"
#include "write/dot.h"
#include "write/style.h"

#define SMALL_TSV "tests/fixtures/dot/small.tsv"
#define SMALL_DOT "tests/fixtures/dot/small.dot"

static void load(const char *path, net_t *net)
{
    net_opts_t o;
    net_opts_init(&o);
    o.max_events_per_edge = 5;
    net_init(net, &o);
    FILE *fp = fopen(path, "r");
    assert_non_null(fp);
    assert_int_equal(evtsv_read(fp, path, net_add_event, net), DN_OK);
    fclose(fp);
}

/* Measures made by hand (degree and strength from the network itself), so
 * the golden file does not move when the igraph-based code changes. */
static void hand_measures(const net_t *net, cent_t *c)
{
    memset(c, 0, sizeof *c);
    c->n = net->nactors;
    c->mask = (1u << M_DEGREE) | (1u << M_STRENGTH);
    c->val[M_DEGREE] = calloc(net->nactors + 1, sizeof(double));
    c->val[M_STRENGTH] = calloc(net->nactors + 1, sizeof(double));
    assert_non_null(c->val[M_DEGREE]);
    assert_non_null(c->val[M_STRENGTH]);
    for (size_t i = 0; i < net->nedges; i++) {
        const net_edge_t *e = &net->edges[i];
        uint32_t w = net_edge_weight(net, e, 0);
        if (!w) continue;
        c->val[M_DEGREE][e->a] += 1;
        c->val[M_DEGREE][e->b] += 1;
        c->val[M_STRENGTH][e->a] += w;
        c->val[M_STRENGTH][e->b] += w;
    }
}

static void free_measures(cent_t *c)
{
    for (int m = 0; m < M_COUNT; m++) free(c->val[m]);
}

/* The DOT text of g (malloc'ed). */
static char *dot_text(Agraph_t *g)
{
    char *text = NULL;
    size_t len = 0;
    FILE *fp = open_memstream(&text, &len);
    assert_non_null(fp);
    assert_int_equal(agwrite(g, fp), 0);
    assert_int_equal(fclose(fp), 0);
    return text;
}

static char *read_all(const char *path)
{
    FILE *fp = fopen(path, "rb");
    if (!fp) return NULL;
    buf_t b;
    buf_init(&b);
    char chunk[4096];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, fp)) > 0)
        assert_int_equal(buf_append(&b, chunk, n), 0);
    fclose(fp);
    if (!b.data) assert_int_equal(buf_puts(&b, ""), 0);
    return buf_detach(&b);
}

static Agraph_t *small_graph(net_t *net, cent_t *c, const char *title)
{
    load(SMALL_TSV, net);
    hand_measures(net, c);
    dot_opts_t o;
    dot_opts_init(&o);
    o.size_by = M_STRENGTH;
    o.title = title;
    Agraph_t *g = NULL;
    assert_int_equal(dot_build(net, c, NULL, &o, &g), DN_OK);
    assert_non_null(g);
    return g;
}

static void test_golden_small(void **state)
{
    net_t net;
    cent_t c;
    Agraph_t *g = small_graph(&net, &c, "Small test network");
    const char *update = getenv("DIPNET_UPDATE_GOLDEN");
    if (update && *update) assert_int_equal(dot_write(g, SMALL_DOT), DN_OK);
    char *got = dot_text(g);
    char *want = read_all(SMALL_DOT);
    assert_non_null(want);
    if (strcmp(got, want) != 0) {
        /* Show where they part, not two pages of DOT. */
        size_t i = 0;
        while (got[i] && got[i] == want[i]) i++;
        size_t from = i > 60 ? i - 60 : 0;
        fail_msg("DOT differs from %s at byte %zu:\n got: %.120s\nwant: %.120s",
                 SMALL_DOT, i, got + from, want + from);
    }
    free(got);
    free(want);
    agclose(g);
    free_measures(&c);
    net_destroy(&net);
}

static void test_deterministic(void **state)
{
    net_t n1, n2;
    cent_t c1, c2;
    Agraph_t *g1 = small_graph(&n1, &c1, NULL);
    Agraph_t *g2 = small_graph(&n2, &c2, NULL);
    char *t1 = dot_text(g1), *t2 = dot_text(g2);
    assert_string_equal(t1, t2);
    free(t1);
    free(t2);
    agclose(g1);
    agclose(g2);
    free_measures(&c1);
    free_measures(&c2);
    net_destroy(&n1);
    net_destroy(&n2);
}

static void test_picture_content(void **state)
{
    net_t net;
    cent_t c;
    Agraph_t *g = small_graph(&net, &c, NULL);
    assert_int_equal(agnnodes(g), 6);
    assert_int_equal(agnedges(g), 7);
    assert_string_equal(agnameof(g), "dipnet");
    char *t = dot_text(g);
    /* Kinds: shapes; relations: styles; visits: arrows towards the host,
     * both ways when both travelled. */
    assert_non_null(strstr(t, "shape=hexagon"));
    assert_non_null(strstr(t, "shape=box"));
    assert_non_null(strstr(t, "shape=parallelogram"));
    assert_non_null(strstr(t, "style=dashed"));
    assert_non_null(strstr(t, "style=dotted"));
    assert_non_null(strstr(t, "style=bold"));
    assert_non_null(strstr(t, "dir=both"));
    assert_non_null(strstr(t, "dir=forward"));
    assert_non_null(strstr(t, "fontname=\"DejaVu Sans\""));
    /* Graphviz 2.42 crashes or hangs on these. */
    assert_null(strstr(t, "concentrate"));
    assert_null(strstr(t, "ortho"));
    assert_null(strstr(t, "newrank"));
    /* Years: a span with the event count for long lists. */
    assert_non_null(strstr(t, "label=\"1996\u20132011 (5)\""));
    /* Evidence with provenance; long sentences are cut. */
    assert_non_null(strstr(t, "a.txt:3: \u201eIm September"));
    assert_non_null(strstr(t, "\u2026\u201c"));
    /* The legend names what occurs. */
    assert_non_null(strstr(t, "state (hexagon)"));
    assert_non_null(strstr(t, "affiliation</td>"));
    assert_non_null(strstr(t, "size: strength"));
    free(t);

    /* The visitor is the tail, the host the head, ids follow. */
    Agnode_t *karl = agnode(g, "n2", 0), *sued = agnode(g, "n3", 0);
    Agnode_t *anna = agnode(g, "n0", 0), *nord = agnode(g, "n1", 0);
    assert_non_null(karl);
    assert_non_null(sued);
    assert_string_equal(agget(karl, "label"), "Karl Ost");
    Agedge_t *e = agedge(g, anna, nord, NULL, 0);
    assert_non_null(e);
    assert_ptr_equal(agtail(e), anna);
    assert_string_equal(agget(e, "dir"), "forward");
    assert_string_equal(agget(e, "id"), "e_a0_a1");
    assert_string_equal(agget(e, "class"), "tie rel-visit");
    assert_string_equal(agget(anna, "id"), "a0");
    assert_string_equal(agget(anna, "class"), "actor kind-person");
    agclose(g);
    free_measures(&c);
    net_destroy(&net);
}

/* A network built from events, for names no file fixture should hold. */
static void add(net_t *net, const char *s, ev_kind_t sk, ev_relation_t r,
                const char *t, ev_kind_t tk, short year, const char *sentence)
{
    ev_event_t ev;
    memset(&ev, 0, sizeof ev);
    ev.source = s;
    ev.source_kind = sk;
    ev.relation = r;
    ev.target = t;
    ev.target_kind = tk;
    ev.start.year = year;
    ev.place = "";
    ev.doc = "doc \"1\"\\x.txt";
    ev.line = 7;
    ev.evidence = sentence;
    ev.confidence = -1;
    assert_int_equal(net_add_event(&ev, net), DN_OK);
}

static const char *const hostile[] = {
    "Say \"hi\"",
    "back\\slash\\",
    "\\N \\G \\L \\n",
    "<script>alert(1)</script>",
    "A & B &amp; &lt;b&gt; &#38;",
    "\u049a\u0430\u0437\u0430\u049b\u0441\u0442\u0430\u043d "
    "\u0420\u0435\u0441\u043f\u0443\u0431\u043b\u0438\u043a\u0430\u0441\u044b",
    "\u041d\u04b1\u0440\u0441\u04b1\u043b\u0442\u0430\u043d "
    "\u041d\u0430\u0437\u0430\u0440\u0431\u0430\u0435\u0432",
    "line\nbreak\ttab",
    "\"",
    "\\",
    "x\\\"y\\\\\"",
    NULL
};

static void hostile_net(net_t *net)
{
    net_opts_t o;
    net_opts_init(&o);
    o.max_events_per_edge = 3;
    net_init(net, &o);
    for (size_t i = 0; hostile[i + 1]; i++)
        add(net, hostile[i], (ev_kind_t)(i % EV_KIND_COUNT),
            (ev_relation_t)(i % EV_REL_COUNT), hostile[i + 1],
            (ev_kind_t)((i + 1) % EV_KIND_COUNT), (short)(1990 + i),
            "Er sagte: \"<b>&amp;\\\" \\n\" \u2014 \u049a\u0430\u0437\u0430\u049b.");
}

/* Undoes dot_escape for a label: "\\\\" -> "\\", "&amp;" -> "&". */
static char *unescape_label(const char *s)
{
    char *out = malloc(strlen(s) + 1), *o = out;
    assert_non_null(out);
    while (*s) {
        if (s[0] == '\\' && s[1] == '\\') { *o++ = '\\'; s += 2; }
        else if (!strncmp(s, "&amp;", 5)) { *o++ = '&'; s += 5; }
        else *o++ = *s++;
    }
    *o = '\0';
    return out;
}

static void test_hostile_round_trip(void **state)
{
    net_t net;
    hostile_net(&net);
    Agraph_t *g = NULL;
    assert_int_equal(dot_build(&net, NULL, NULL, NULL, &g), DN_OK);
    char *text = dot_text(g);
    Agraph_t *back = agmemread(text);
    if (!back) fail_msg("DOT does not parse:\n%s", text);
    assert_int_equal(agnnodes(back), agnnodes(g));
    assert_int_equal(agnedges(back), agnedges(g));
    size_t nnames = 0;
    while (hostile[nnames]) nnames++;
    assert_int_equal(net.nactors, nnames);
    for (size_t i = 0; i < nnames; i++) {
        char nm[16];
        snprintf(nm, sizeof nm, "n%zu", i);
        Agnode_t *n = agnode(back, nm, 0);
        assert_non_null(n);
        char *got = unescape_label(agget(n, "label"));
        /* Control characters become spaces; everything else survives. */
        char *want = strdup(net_actor_name(&net, i));
        assert_non_null(want);
        for (char *p = want; *p; p++)
            if ((unsigned char)*p < 0x20) *p = ' ';
        assert_string_equal(got, want);
        free(got);
        free(want);
        /* The same value as before writing. */
        assert_string_equal(agget(n, "label"), agget(agnode(g, nm, 0), "label"));
        assert_string_equal(agget(n, "tooltip"),
                            agget(agnode(g, nm, 0), "tooltip"));
    }
    agclose(back);
    free(text);
    agclose(g);
    net_destroy(&net);
}

static void test_dot_program_accepts(void **state)
{
    if (access("/usr/bin/dot", X_OK) != 0) {
        print_message("skipped: /usr/bin/dot is not installed\n");
        skip();
    }
    net_t net;
    hostile_net(&net);
    Agraph_t *g = NULL;
    dot_opts_t o;
    dot_opts_init(&o);
    o.title = "Title <&> \"q\" \\";
    assert_int_equal(dot_build(&net, NULL, NULL, &o, &g), DN_OK);
    const char *path = tu_write_temp(0, "", 0);
    assert_int_equal(dot_write(g, path), DN_OK);
    char svg[96], cmd[256];
    snprintf(svg, sizeof svg, "%s.svg", path);
    snprintf(cmd, sizeof cmd, "/usr/bin/dot -Tsvg '%s' -o '%s' 2>/dev/null",
             path, svg);
    assert_int_equal(system(cmd), 0);
    char *s = read_all(svg);
    assert_non_null(s);
    assert_non_null(strstr(s, "<svg"));
    /* Names appear as text, markup escaped, Kazakh intact. */
    assert_non_null(strstr(s, "&lt;script&gt;alert(1)&lt;/script&gt;"));
    assert_null(strstr(s, "<script"));
    assert_non_null(strstr(s, ">A &amp; B &amp;amp; &amp;lt;b&amp;gt; &amp;#38;</text>"));
    assert_non_null(strstr(s, ">back\\slash\\</text>"));
    assert_non_null(strstr(s, ">\\N \\G \\L \\n</text>"));
    assert_non_null(strstr(s, "\u049a\u0430\u0437\u0430\u049b\u0441\u0442\u0430\u043d"));
    assert_non_null(strstr(s, "Title &lt;&amp;&gt; &quot;q&quot; \\"));
    /* Tooltips: the sentence with its quotes and backslash, one line each. */
    assert_non_null(strstr(s, "&lt;b&gt;&amp;amp;\\&quot; \\n&quot;"));
    free(s);
    unlink(svg);
    unlink(path);
    agclose(g);
    net_destroy(&net);
}

static void test_write_errors(void **state)
{
    net_t net;
    cent_t c;
    Agraph_t *g = small_graph(&net, &c, NULL);
    tu_capture();
    assert_int_equal(dot_write(g, "/nonexistent-dipnet-dir/x.dot"), DN_EIO);
    assert_false(tu_exists("/nonexistent-dipnet-dir/x.dot"));
    assert_non_null(strstr(tu_messages(), "/nonexistent-dipnet-dir/x.dot"));
    /* A directory as the target: refused, left alone. */
    char dir[] = "/tmp/dipnet-dot-XXXXXX";
    assert_non_null(mkdtemp(dir));
    assert_int_equal(dot_write(g, dir), DN_EIO);
    struct stat st;
    assert_int_equal(stat(dir, &st), 0);
    assert_true(S_ISDIR(st.st_mode));
    rmdir(dir);
    diag_set_sink(NULL, NULL);
    /* Success replaces the file atomically. */
    const char *path = tu_write_temp(1, "old", 3);
    assert_int_equal(dot_write(g, path), DN_OK);
    char *s = read_all(path);
    assert_non_null(s);
    assert_true(!strncmp(s, "graph dipnet {", 14));
    free(s);
    unlink(path);
    agclose(g);
    free_measures(&c);
    net_destroy(&net);
}

static void test_show_and_communities(void **state)
{
    net_t net;
    load(SMALL_TSV, &net);
    unsigned char show[8] = { 0 };
    long comm[8] = { 0 };
    assert_int_equal(net.nactors, 6);
    /* Anna Berg, Nordland, Karl Ost, Südreich: four actors, four edges. */
    for (int i = 0; i < 4; i++) show[i] = 1;
    comm[0] = 7; comm[1] = 7; comm[2] = 3; comm[3] = -1; comm[4] = 3;
    comm[5] = 3;
    dot_opts_t o;
    dot_opts_init(&o);
    o.community = comm;
    o.edge_labels = 0;
    Agraph_t *g = NULL;
    assert_int_equal(dot_build(&net, NULL, show, &o, &g), DN_OK);
    assert_int_equal(agnnodes(g), 4);
    assert_int_equal(agnedges(g), 4);
    /* Among the shown, community 7 is the largest: first colour; 3 second;
     * none: white.  Borders keep the kind. */
    assert_string_equal(agget(agnode(g, "n0", 0), "fillcolor"),
                        style_community_fill(0));
    assert_string_equal(agget(agnode(g, "n2", 0), "fillcolor"),
                        style_community_fill(1));
    assert_string_equal(agget(agnode(g, "n3", 0), "fillcolor"), "#ffffff");
    assert_string_equal(agget(agnode(g, "n3", 0), "color"),
                        style_kind_border(EV_KIND_STATE));
    char *t = dot_text(g);
    assert_null(strstr(t, "Rat der"));
    assert_non_null(strstr(t, "fill: community"));
    assert_null(strstr(t, "label=\"1996"));
    free(t);
    agclose(g);
    net_destroy(&net);
}

static void test_years_label(void **state)
{
    net_t net;
    net_init(&net, NULL);
    add(&net, "A", EV_KIND_STATE, EV_REL_MEETING, "B", EV_KIND_STATE, 2012, "");
    add(&net, "A", EV_KIND_STATE, EV_REL_MEETING, "C", EV_KIND_STATE, 2012, "");
    add(&net, "A", EV_KIND_STATE, EV_REL_MEETING, "C", EV_KIND_STATE, 2012, "");
    add(&net, "A", EV_KIND_STATE, EV_REL_MEETING, "D", EV_KIND_STATE, 0, "");
    for (short y = 1992; y <= 1995; y++)
        add(&net, "A", EV_KIND_STATE, EV_REL_MEETING, "E", EV_KIND_STATE, y, "");
    const char *want[] = { "2012", "2012 (2)", "", "1992\u20131995 (4)" };
    for (size_t i = 0; i < 4; i++) {
        buf_t b;
        buf_init(&b);
        assert_int_equal(style_years(&b, &net.edges[i]), 0);
        assert_string_equal(buf_cstr(&b), want[i]);
        buf_destroy(&b);
    }
    net_destroy(&net);
}

/* 30 states S0..S29, each pair meeting once in 2000 (and S0 with each
 * of the others again in 2001 when s0_twice): a dense picture. */
static void clique30(net_t *net, int s0_twice)
{
    net_init(net, NULL);
    char a[16], b[16];
    for (int i = 0; i < 30; i++)
        for (int j = i + 1; j < 30; j++) {
            snprintf(a, sizeof a, "S%d", i);
            snprintf(b, sizeof b, "S%d", j);
            add(net, a, EV_KIND_STATE, EV_REL_MEETING, b, EV_KIND_STATE,
                2000, "");
            if (s0_twice && i == 0)
                add(net, a, EV_KIND_STATE, EV_REL_MEETING, b, EV_KIND_STATE,
                    2001, "");
        }
}

/* Big pictures give Prism fewer overlap-removal attempts (it dominated the
 * layout time); small ones keep the full removal; a selection counts. */
static void test_overlap_by_size(void **state)
{
    (void)state;
    net_t net;
    net_init(&net, NULL);
    char a[16];
    for (int i = 0; i < DOT_PRISM_FULL_MAX + 10; i++) {
        snprintf(a, sizeof a, "P%d", i);
        add(&net, "Hub", EV_KIND_STATE, EV_REL_MEETING, a, EV_KIND_PERSON, 2000, "");
    }
    Agraph_t *g = NULL;
    assert_int_equal(dot_build(&net, NULL, NULL, NULL, &g), DN_OK);
    assert_string_equal(agget(g, "overlap"), DOT_PRISM_BIG);
    agclose(g);
    unsigned char *show = calloc(net.nactors, 1);
    assert_non_null(show);
    for (size_t i = 0; i < 50; i++) show[i] = 1;
    assert_int_equal(dot_build(&net, NULL, show, NULL, &g), DN_OK);
    assert_string_equal(agget(g, "overlap"), "false");
    agclose(g);
    free(show);
    net_destroy(&net);
}

static void test_dense_picture(void **state)
{
    /* 30 actors, all tied: 435 edges, more than DOT_AUTO_LABEL_EDGES. */
    net_t net;
    clique30(&net, 0);
    assert_true(net.nedges > DOT_AUTO_LABEL_EDGES);
    dot_opts_t o;
    dot_opts_init(&o);
    o.backbone = 0; /* every tie: the dense case */
    Agraph_t *g = NULL;
    assert_int_equal(dot_build(&net, NULL, NULL, &o, &g), DN_OK);
    char *t = dot_text(g);
    assert_null(strstr(t, "label=2000"));
    assert_null(strstr(t, "edge label:"));
    /* Translucent edges. */
    assert_non_null(strstr(t, "color=\"#d55e00b0\""));
    /* The legend grows with the picture and stays a legend. */
    assert_true(aghtmlstr(agget(g, "label")));
    assert_non_null(strstr(agget(g, "label"), "meeting</td>"));
    assert_string_equal(agget(g, "fontsize"), "12");
    assert_non_null(strstr(t, "<font point-size=\"10\" color="));
    free(t);
    agclose(g);
    o.edge_labels = 1;
    assert_int_equal(dot_build(&net, NULL, NULL, &o, &g), DN_OK);
    t = dot_text(g);
    assert_non_null(strstr(t, "label=2000"));
    free(t);
    agclose(g);
    net_destroy(&net);
}

/* By default a dense picture keeps each actor's heaviest ties only, and
 * says so. */
static void test_backbone(void **state)
{
    /* S0's ties are the heaviest: it meets everybody twice */
    net_t net;
    clique30(&net, 1);
    dot_opts_t o;
    dot_opts_init(&o);
    Agraph_t *g = NULL;
    assert_int_equal(dot_build(&net, NULL, NULL, &o, &g), DN_OK);
    int ne = agnedges(g);
    assert_true(ne <= 30 * DOT_BACKBONE_K);
    assert_true(ne >= 29);                /* every S_j keeps its tie to S0 */
    Agnode_t *s0 = agnode(g, "n0", 0);
    assert_non_null(s0);
    assert_int_equal(agdegree(g, s0, 1, 1), 29);
    for (Agnode_t *n = agfstnode(g); n; n = agnxtnode(g, n))
        assert_true(agdegree(g, n, 1, 1) >= DOT_BACKBONE_K);
    assert_non_null(strstr(agget(g, "label"), "heaviest ties"));
    agclose(g);
    net_destroy(&net);
}

static void test_escape(void **state)
{
    buf_t b;
    buf_init(&b);
    const char s[] = "a\\b&c\n\"d\"";
    assert_int_equal(dot_escape(&b, s, strlen(s), 0), 0);
    assert_string_equal(buf_cstr(&b), "a\\\\b&amp;c \"d\"");
    buf_clear(&b);
    assert_int_equal(dot_escape(&b, s, strlen(s), 1), 0);
    assert_string_equal(buf_cstr(&b), "a\\\\\\\\b&amp;c \"d\"");
    buf_destroy(&b);
    /* UTF-8 prefixes never split a character. */
    const char k[] = "\u049a\u049a";
    assert_int_equal(style_utf8_prefix(k, 4, 3), 2);
    assert_int_equal(style_utf8_prefix(k, 4, 4), 4);
    assert_int_equal(style_utf8_prefix(k, 4, 1), 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_golden_small),
        cmocka_unit_test(test_deterministic),
        cmocka_unit_test(test_picture_content),
        cmocka_unit_test(test_hostile_round_trip),
        cmocka_unit_test(test_dot_program_accepts),
        cmocka_unit_test(test_write_errors),
        cmocka_unit_test(test_show_and_communities),
        cmocka_unit_test(test_years_label),
        cmocka_unit_test(test_overlap_by_size),
        cmocka_unit_test(test_dense_picture),
        cmocka_unit_test(test_backbone),
        cmocka_unit_test(test_escape),
    };
    return cmocka_run_group_tests_name("dot", tests, NULL, NULL);
}
