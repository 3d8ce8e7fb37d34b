/* Tests of the GraphML, GEXF and CSV exports: XML escaping of hostile
 * names, igraph reading the GraphML back with the same counts and
 * attributes, GEXF spells, CSV quoting, a NetworkX round trip (skipped
 * when python3 cannot import networkx) and the `dipnet export` command. */
#include "testutil.h"

#include <igraph.h>
#include <math.h>
#include <sys/wait.h>

#include "analysis/centrality.h"
#include "analysis/community.h"
#include "io/evtsv.h"
#include "net/net.h"
#include "write/export.h"

#define HOSTILE "tests/fixtures/export/hostile.tsv"

/* ---- helpers ---- */

static void load(const char *path, net_t *net)
{
    net_opts_t o;
    net_opts_init(&o);
    o.max_events_per_edge = EXPORT_KEEP_EVENTS;
    net_init(net, &o);
    FILE *fp = fopen(path, "r");
    assert_non_null(fp);
    assert_int_equal(evtsv_read(fp, path, net_add_event, net), DN_OK);
    fclose(fp);
}

static void add(net_t *net, const char *s, ev_kind_t sk, ev_relation_t r,
                const char *t, ev_kind_t tk, const char *start)
{
    ev_event_t ev;
    memset(&ev, 0, sizeof ev);
    ev.source = s;
    ev.source_kind = sk;
    ev.relation = r;
    ev.target = t;
    ev.target_kind = tk;
    ev.place = ev.doc = ev.evidence = "";
    ev.confidence = -1;
    if (start) assert_int_equal(ev_date_parse(start, strlen(start), &ev.start, NULL), 0);
    assert_int_equal(net_add_event(&ev, net), DN_OK);
}

/* Writes with fn into a heap string (caller frees). */
static char *write_mem(int (*fn)(FILE *, const export_t *), const export_t *x)
{
    char *text = NULL;
    size_t len = 0;
    FILE *fp = open_memstream(&text, &len);
    assert_non_null(fp);
    assert_int_equal(fn(fp, x), DN_OK);
    assert_int_equal(fclose(fp), 0);
    return text;
}

static const char *write_tmp(int slot, int (*fn)(FILE *, const export_t *),
                             const export_t *x)
{
    char *text = write_mem(fn, x);
    const char *path = tu_write_temp(slot, text, strlen(text));
    free(text);
    return path;
}

/* The name as the XML carries it: what a reader gives back. */
static const char *const hostile_names[] = {
    "ctl\x01" "a\x1f" "b\x7f",       /* C0 controls and DEL become spaces */
    "bad \xff utf8 \xc3",            /* broken UTF-8 */
    "nonchar \xef\xbf\xbf",          /* U+FFFF */
    "<tag> & \"q\" 'a' ]]>",
    "line\nbreak\ttab\rcr",
};
static const char *const hostile_read[] = {
    "ctl a b ",
    "bad \xef\xbf\xbd utf8 \xef\xbf\xbd",
    "nonchar \xef\xbf\xbd",
    "<tag> & \"q\" 'a' ]]>",
    "line\nbreak\ttab\rcr",
};

static void build_hostile(net_t *net)
{
    net_opts_t o;
    net_opts_init(&o);
    o.max_events_per_edge = EXPORT_KEEP_EVENTS;
    net_init(net, &o);
    size_t k = sizeof hostile_names / sizeof *hostile_names;
    for (size_t i = 0; i < k; i++)
        add(net, hostile_names[i], EV_KIND_PERSON, EV_REL_MEETING,
            hostile_names[(i + 1) % k], EV_KIND_PERSON, "2014-03");
}

static void test_format_double(void **state)
{
    char s[32];
    export_format_double(0.1, s);
    assert_string_equal(s, "0.1");
    export_format_double(-0.0, s);
    assert_string_equal(s, "0");
    export_format_double(NAN, s);
    assert_string_equal(s, "0");
    export_format_double(1.0 / 3.0, s);
    assert_true(strtod(s, NULL) == 1.0 / 3.0);
    export_format_double(47.5, s);
    assert_string_equal(s, "47.5");
}

/* ---- GraphML read back by igraph ---- */

static void test_graphml_igraph_roundtrip(void **state)
{
    net_t net;
    load(HOSTILE, &net);
    cent_opts_t co;
    cent_opts_init(&co);
    cent_t c;
    assert_int_equal(cent_compute(&net, &co, &c), DN_OK);
    community_t comm;
    assert_int_equal(community_detect(&net, COMMUNITY_LOUVAIN, 0, 7, &comm),
                     DN_OK);
    export_t x = {.net = &net, .cent = &c, .community = comm.membership,
                  .modularity = comm.modularity, .community_alg = "louvain",
                  .title = "hostile <&>"};
    const char *path = write_tmp(0, export_write_graphml, &x);

    igraph_set_attribute_table(&igraph_cattribute_table);
    igraph_t g;
    FILE *fp = fopen(path, "r");
    assert_non_null(fp);
    assert_int_equal(igraph_read_graph_graphml(&g, fp, 0), IGRAPH_SUCCESS);
    fclose(fp);
    assert_int_equal(igraph_vcount(&g), net.nactors);
    assert_int_equal(igraph_ecount(&g), net.nedges);
    assert_false(igraph_is_directed(&g));
    assert_string_equal(GAS(&g, "description"), "hostile <&>");
    assert_true(GAN(&g, "modularity") == comm.modularity);
    for (size_t i = 0; i < net.nactors; i++) {
        igraph_integer_t v = (igraph_integer_t)i;
        assert_string_equal(VAS(&g, "label", v), net_actor_name(&net, i));
        assert_string_equal(VAS(&g, "kind", v),
                            ev_kind_name(net.actors[i].kind));
        assert_true(VAN(&g, "events", v) == net.actors[i].events);
        assert_true(VAN(&g, "degree", v) == c.val[M_DEGREE][i]);
        /* Full precision: the same double comes back. */
        assert_true(VAN(&g, "pagerank", v) == c.val[M_PAGERANK][i]);
        assert_true(VAN(&g, "betweenness", v) == c.val[M_BETWEENNESS][i]);
        assert_true(VAN(&g, "eigenvector", v) == c.val[M_EIGENVECTOR][i]);
        if (comm.membership[i] >= 0)
            assert_true(VAN(&g, "community", v) == comm.membership[i]);
        else
            assert_true(isnan(VAN(&g, "community", v)));
    }
    for (size_t i = 0; i < net.nedges; i++) {
        const net_edge_t *e = &net.edges[i];
        igraph_integer_t from, to;
        igraph_edge(&g, (igraph_integer_t)i, &from, &to);
        assert_int_equal(from < to ? from : to, e->a);
        assert_int_equal(from < to ? to : from, e->b);
        assert_true(EAN(&g, "weight", i) == e->total);
        assert_true(EAN(&g, "meeting", i) == net_edge_count(&net, e, EV_REL_MEETING));
        assert_true(EAN(&g, "visits_source_target", i) == e->visits_ab);
        const char *ev = net_event_evidence(&net, &net.events[net_edge_first_event(&net, e)]);
        assert_string_equal(EAS(&g, "evidence", i), ev);
    }
    /* The first edge: two meetings on 2012-02-07 and -08. */
    assert_string_equal(EAS(&g, "first_date", 0), "2012-02-07");
    assert_string_equal(EAS(&g, "last_date", 0), "2012-02-08");
    assert_string_equal(EAS(&g, "years", 0), "2012");
    assert_string_equal(EAS(&g, "evidence_doc", 0), "doc1.txt:3");
    igraph_destroy(&g);
    igraph_set_attribute_table(NULL);
    unlink(path);
    community_destroy(&comm);
    cent_destroy(&c);
    net_destroy(&net);
}

/* Names with control characters, broken UTF-8 and markup come back as the
 * writer cleaned them, and the file stays well-formed. */
static void test_graphml_hostile_names(void **state)
{
    net_t net;
    build_hostile(&net);
    export_t x = {.net = &net};
    const char *path = write_tmp(1, export_write_graphml, &x);
    igraph_set_attribute_table(&igraph_cattribute_table);
    igraph_t g;
    FILE *fp = fopen(path, "r");
    assert_non_null(fp);
    assert_int_equal(igraph_read_graph_graphml(&g, fp, 0), IGRAPH_SUCCESS);
    fclose(fp);
    size_t k = sizeof hostile_names / sizeof *hostile_names;
    assert_int_equal(igraph_vcount(&g), k);
    for (size_t i = 0; i < k; i++) {
        long id = net_find_actor(&net, hostile_names[i], -1);
        assert_true(id >= 0);
        assert_string_equal(VAS(&g, "label", id), hostile_read[i]);
    }
    igraph_destroy(&g);
    igraph_set_attribute_table(NULL);
    unlink(path);
    net_destroy(&net);
}

/* ---- GEXF ---- */

static void test_gexf_spells(void **state)
{
    net_t net;
    load(HOSTILE, &net);
    export_t x = {.net = &net};
    char *s = write_mem(export_write_gexf, &x);
    assert_non_null(strstr(s, "<graph mode=\"dynamic\" defaultedgetype="
                              "\"undirected\" timeformat=\"date\">"));
    /* Two meetings on consecutive days: one spell. */
    assert_non_null(strstr(s, "<edge id=\"e0\" source=\"n0\" target=\"n1\" "
                              "weight=\"2\">"));
    assert_non_null(strstr(s, "<spell start=\"2012-02-07\" end=\"2012-02-08\"/>"));
    /* A month-precise visit spans its month; a 2010-2011 span its years. */
    assert_non_null(strstr(s, "<spell start=\"2013-05-01\" end=\"2013-05-31\"/>"));
    assert_non_null(strstr(s, "<spell start=\"2010-01-01\" end=\"2011-12-31\"/>"));
    /* Names escaped in the label attribute. */
    assert_non_null(strstr(s, "label=\"A &lt;b&gt; &amp; &quot;Co&quot; "
                              "&#39;x&#39;\""));
    /* Berlin\ touches an undated meeting: no spells (always present), so
     * Gephi never hides it under a visible edge. */
    const char *b = strstr(s, "label=\"Berlin\\\"");
    assert_non_null(b);
    const char *end = strstr(b, "</node>");
    assert_non_null(end);
    const char *sp = strstr(b, "<spells>");
    assert_true(!sp || sp > end);
    free(s);
    net_destroy(&net);
}

static void test_spell_merge(void **state)
{
    export_spell_t v[] = {{20120301, 20120331}, {20120101, 20120228},
                          {20120401, 20120401}, {20120403, 20120410},
                          {20121231, 20121231}, {20130101, 20130105},
                          {20120229, 20120229}};
    size_t n = export_merge_spells(v, 7);
    /* 2012 is a leap year: Feb 29 then Mar 1 are adjacent. */
    assert_int_equal(n, 3);
    assert_int_equal(v[0].first, 20120101);
    assert_int_equal(v[0].last, 20120401);
    assert_int_equal(v[1].first, 20120403);
    assert_int_equal(v[1].last, 20120410);
    assert_int_equal(v[2].first, 20121231);
    assert_int_equal(v[2].last, 20130105);
}

/* Edges with more events than were kept fall back to year spells. */
static void test_spells_from_years(void **state)
{
    net_opts_t o;
    net_opts_init(&o);
    o.max_events_per_edge = 1;
    net_t net;
    net_init(&net, &o);
    add(&net, "A", EV_KIND_STATE, EV_REL_MEETING, "B", EV_KIND_STATE, "2001-05-02");
    add(&net, "A", EV_KIND_STATE, EV_REL_MEETING, "B", EV_KIND_STATE, "2002-06");
    add(&net, "A", EV_KIND_STATE, EV_REL_MEETING, "B", EV_KIND_STATE, "2005");
    export_spell_t *v = NULL;
    size_t n = 0, cap = 0;
    assert_int_equal(export_edge_spells(&net, &net.edges[0], &v, &n, &cap), 0);
    assert_int_equal(n, 2);
    assert_int_equal(v[0].first, 20010101);
    assert_int_equal(v[0].last, 20021231);
    assert_int_equal(v[1].first, 20050101);
    assert_int_equal(v[1].last, 20051231);
    char first[11], last[11];
    export_edge_dates(&net, &net.edges[0], first, last);
    assert_string_equal(first, "2001");
    assert_string_equal(last, "2005");
    free(v);
    net_destroy(&net);
}

/* ---- CSV ---- */

static void test_csv_tables(void **state)
{
    net_t net;
    load(HOSTILE, &net);
    cent_opts_t co;
    cent_opts_init(&co);
    co.mask = (1u << M_DEGREE) | (1u << M_PAGERANK);
    cent_t c;
    assert_int_equal(cent_compute(&net, &co, &c), DN_OK);
    export_t x = {.net = &net, .cent = &c};
    char *nodes = write_mem(export_write_csv_nodes, &x);
    char *edges = write_mem(export_write_csv_edges, &x);
    assert_true(!strncmp(nodes, "Id,Label,registry_id,kind,events,first_year,last_year,"
                                "degree,pagerank\r\n", 58));
    assert_non_null(strstr(nodes, "\r\nn0,\"A <b> & \"\"Co\"\" 'x'\",,institution,2,"
                                  "2012,2012,1,"));
    /* A name that looks like a formula is defused. */
    assert_non_null(strstr(nodes, "\r\nn3,\"'=HYPERLINK(\"\"x\"\")\",,state,"));
    assert_non_null(strstr(edges, "Source,Target,Type,Weight,source_label,"
                                  "target_label,visit,meeting,"));
    assert_non_null(strstr(edges, "\r\nn2,n3,Undirected,1,Berlin\\,"
                                  "\"'=HYPERLINK(\"\"x\"\")\",0,0,1,"));
    assert_non_null(strstr(edges, ",\"2010,2011\",2010,2011,"
                                  "\"An agreement, signed.\",doc3.txt:1\r\n"));
    /* Undated edge: empty years and dates. */
    assert_non_null(strstr(edges, "\r\nn2,n4,Undirected,1,Berlin\\,Solo,0,1,0,0,0,"
                                  "0,0,0,0,0,,,,Undated.,doc3.txt:2\r\n"));
    /* Every row has as many fields as the header (no field holds a comma
     * outside quotes). */
    free(nodes);
    free(edges);
    cent_destroy(&c);
    net_destroy(&net);
}

/* ---- NetworkX ---- */

static int have_networkx(void)
{
    return system("python3 -c 'import networkx' >/dev/null 2>&1") == 0;
}

static void test_networkx_roundtrip(void **state)
{
    if (!have_networkx()) {
        print_message("python3 cannot import networkx: skipping "
                      "(Debian: apt-get install python3-networkx)\n");
        skip();
    }
    net_t net;
    load(HOSTILE, &net);
    cent_opts_t co;
    cent_opts_init(&co);
    cent_t c;
    assert_int_equal(cent_compute(&net, &co, &c), DN_OK);
    export_t x = {.net = &net, .cent = &c};
    const char *gml = write_tmp(2, export_write_graphml, &x);
    const char *gexf = write_tmp(3, export_write_gexf, &x);
    char want_pr[32];
    export_format_double(c.val[M_PAGERANK][1], want_pr);
    /* The script checks what the C side knows; it exits 1 with a message
     * on any mismatch. */
    static const char script[] =
        "import sys, networkx as nx\n"
        "gml, gexf, n, m, pr = sys.argv[1], sys.argv[2], int(sys.argv[3]), "
        "int(sys.argv[4]), float(sys.argv[5])\n"
        "def check(c, what):\n"
        "    if not c: print('networkx:', what); sys.exit(1)\n"
        "g = nx.read_graphml(gml)\n"
        "check(g.number_of_nodes() == n and g.number_of_edges() == m, "
        "'graphml counts %d %d' % (g.number_of_nodes(), g.number_of_edges()))\n"
        "check(not g.is_directed(), 'graphml directed')\n"
        "a = g.nodes['n0']\n"
        "check(a['label'] == 'A <b> & \"Co\" \\'x\\'', 'graphml label ' + repr(a['label']))\n"
        "check(isinstance(a['events'], int) and a['events'] == 2, 'events int')\n"
        "check(isinstance(a['pagerank'], float), 'pagerank float')\n"
        "check(g.nodes['n1']['pagerank'] == pr, 'pagerank value')\n"
        "check(g.nodes['n1']['label'] == '\\u041d\\u0443\\u0440\\u0441\\u0443\\u043b\\u0442\\u0430\\u043d "
        "\\u041d\\u0430\\u0437\\u0430\\u0440\\u0431\\u0430\\u0435\\u0432', 'cyrillic')\n"
        "e = g.edges['n0', 'n1']\n"
        "check(e['weight'] == 2.0 and e['meeting'] == 2, 'edge attrs')\n"
        "check(e['first_date'] == '2012-02-07', 'first_date')\n"
        "h = nx.read_gexf(gexf)\n"
        "check(h.number_of_nodes() == n and h.number_of_edges() == m, 'gexf counts')\n"
        "check(h.nodes['n0']['label'] == a['label'], 'gexf label')\n"
        "check(h.nodes['n1']['events'] == 3, 'gexf events')\n"
        "he = h.edges['n0', 'n1']\n"
        "check(he['weight'] == 2.0, 'gexf weight')\n"
        "check(he['evidence'] == 'They met: <b>bold</b> & \"quoted\".', 'gexf evidence')\n"
        "sp = he.get('spells')\n"
        "check(sp is not None and len(sp) == 1 and sp[0][0] == '2012-02-07' "
        "and sp[0][1] == '2012-02-08', 'gexf spells ' + repr(sp))\n";
    const char *py = tu_write_temp(4, script, sizeof script - 1);
    char cmd[1024];
    snprintf(cmd, sizeof cmd, "python3 %s %s %s %zu %zu %s 2>&1", py, gml,
             gexf, net.nactors, net.nedges, want_pr);
    int st = system(cmd);
    unlink(py);
    unlink(gml);
    unlink(gexf);
    cent_destroy(&c);
    net_destroy(&net);
    if (!WIFEXITED(st) || WEXITSTATUS(st) != 0)
        fail_msg("networkx round trip failed (exit %d)", WEXITSTATUS(st));
}

static void test_networkx_hostile(void **state)
{
    if (!have_networkx()) {
        print_message("python3 cannot import networkx: skipping\n");
        skip();
    }
    net_t net;
    build_hostile(&net);
    export_t x = {.net = &net};
    const char *gml = write_tmp(5, export_write_graphml, &x);
    const char *gexf = write_tmp(6, export_write_gexf, &x);
    char cmd[1024];
    snprintf(cmd, sizeof cmd,
             "python3 -c 'import sys, networkx as nx; "
             "a = nx.read_graphml(sys.argv[1]); b = nx.read_gexf(sys.argv[2]); "
             "sys.exit(0 if len(a) == len(b) == 5 and "
             "sorted(d[\"label\"] for _, d in a.nodes(data=True)) == "
             "sorted(d[\"label\"] for _, d in b.nodes(data=True)) else 1)' "
             "%s %s 2>&1", gml, gexf);
    int st = system(cmd);
    unlink(gml);
    unlink(gexf);
    net_destroy(&net);
    if (!WIFEXITED(st) || WEXITSTATUS(st) != 0)
        fail_msg("networkx could not read hostile names back (exit %d)",
                 WEXITSTATUS(st));
}

/* ---- the command ---- */


static void test_cmd_export(void **state)
{
    if (access(tu_dipnet(), X_OK) != 0) {
        print_message("no dipnet binary at %s: skipping\n", tu_dipnet());
        skip();
    }
    char dir[] = "/tmp/dipnet-export-XXXXXX";
    assert_non_null(mkdtemp(dir));
    char args[1024], p1[256], p2[256];
    /* csv with -o: two files. */
    snprintf(args, sizeof args, "export -o %s/x.csv " HOSTILE, dir);
    assert_int_equal(tu_run(args), 0);
    snprintf(p1, sizeof p1, "%s/x.nodes.csv", dir);
    snprintf(p2, sizeof p2, "%s/x.edges.csv", dir);
    assert_true(tu_exists(p1) && tu_exists(p2));
    /* Format from the extension; --top keeps the ties among the top. */
    snprintf(args, sizeof args, "export -o %s/x.gexf --top 2 --communities "
             "leiden " HOSTILE " && grep -c '<node ' %s/x.gexf", dir, dir);
    assert_int_equal(tu_run(args), 0);
    assert_string_equal(tu_out, "2\n");
    /* stdout: nodes, empty line, edges. */
    assert_int_equal(tu_run("export --format csv " HOSTILE), 0);
    assert_non_null(strstr(tu_out, "\r\n\r\nSource,Target,"));
    assert_int_equal(tu_run("export --format csv-edges - < " HOSTILE), 0);
    assert_true(!strncmp(tu_out, "Source,Target,", 14));
    /* Usage errors. */
    assert_int_equal(tu_run("export " HOSTILE), 2);
    assert_non_null(strstr(tu_out, "--format"));
    assert_int_equal(tu_run("export --format pdf " HOSTILE), 2);
    assert_int_equal(tu_run("export --format gexf --communities girvan " HOSTILE), 2);
    assert_non_null(strstr(tu_out, "louvain or leiden"));
    /* No partial output when the input is bad. */
    snprintf(args, sizeof args, "export -o %s/bad.graphml %s/nonexistent.tsv",
             dir, dir);
    assert_int_not_equal(tu_run(args), 0);
    snprintf(p1, sizeof p1, "%s/bad.graphml", dir);
    assert_false(tu_exists(p1));
    assert_int_equal(tu_run("export --help"), 0);
    assert_non_null(strstr(tu_out, "Examples:"));
    snprintf(args, sizeof args, "rm -rf %s", dir);
    assert_int_equal(system(args), 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_format_double),
        cmocka_unit_test(test_graphml_igraph_roundtrip),
        cmocka_unit_test(test_graphml_hostile_names),
        cmocka_unit_test(test_gexf_spells),
        cmocka_unit_test(test_spell_merge),
        cmocka_unit_test(test_spells_from_years),
        cmocka_unit_test(test_csv_tables),
        cmocka_unit_test(test_networkx_roundtrip),
        cmocka_unit_test(test_networkx_hostile),
        cmocka_unit_test(test_cmd_export),
    };
    return cmocka_run_group_tests_name("export", tests, NULL, NULL);
}
