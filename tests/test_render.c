/* Tests of image rendering (src/write/render.c).  Layout depends on the
 * installed fonts, so images are checked by signature, size and (SVG)
 * content, never byte for byte. */
#include "testutil.h"

#include <dirent.h>
#include <sys/stat.h>

#include "io/evtsv.h"
#include "net/net.h"
#include "write/dot.h"
#include "write/graphviz_lazy.h"
#include "write/render.h"

#define SMALL_TSV "tests/fixtures/dot/small.tsv"

static Agraph_t *small_graph(net_t *net)
{
    net_opts_t o;
    net_opts_init(&o);
    o.max_events_per_edge = 5;
    net_init(net, &o);
    FILE *fp = fopen(SMALL_TSV, "r");
    assert_non_null(fp);
    assert_int_equal(evtsv_read(fp, SMALL_TSV, net_add_event, net), DN_OK);
    fclose(fp);
    Agraph_t *g = NULL;
    assert_int_equal(dot_build(net, NULL, NULL, NULL, &g), DN_OK);
    return g;
}

static char *slurp(const char *path, size_t *len)
{
    FILE *fp = fopen(path, "rb");
    if (!fp) return NULL;
    buf_t b;
    buf_init(&b);
    char chunk[8192];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, fp)) > 0)
        assert_int_equal(buf_append(&b, chunk, n), 0);
    fclose(fp);
    *len = b.len;
    if (!b.data) assert_int_equal(buf_puts(&b, ""), 0);
    return buf_detach(&b);
}

/* A fresh empty directory for outputs. */
static const char *out_dir(void)
{
    static char dir[64];
    snprintf(dir, sizeof dir, "/tmp/dipnet-render-XXXXXX");
    assert_non_null(mkdtemp(dir));
    return dir;
}

/* Removes dir and the files in it; returns how many files there were. */
static int clean_dir(const char *dir)
{
    DIR *d = opendir(dir);
    assert_non_null(d);
    int n = 0;
    struct dirent *e;
    char path[512];
    while ((e = readdir(d))) {
        if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, "..")) continue;
        snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
        unlink(path);
        n++;
    }
    closedir(d);
    rmdir(dir);
    return n;
}

static void render_one(const char *ext, const char *magic, size_t magic_len,
                       size_t min_size)
{
    net_t net;
    Agraph_t *g = small_graph(&net);
    const char *dir = out_dir();
    char path[128];
    snprintf(path, sizeof path, "%s/picture.%s", dir, ext);
    assert_int_equal(render_write(g, NULL, path), DN_OK);
    size_t len = 0;
    char *data = slurp(path, &len);
    assert_non_null(data);
    if (len < min_size) fail_msg("%s: only %zu bytes", path, len);
    assert_memory_equal(data, magic, magic_len);
    if (!strcmp(ext, "svg")) {
        assert_non_null(strstr(data, "<svg"));
        assert_non_null(strstr(data, ">Anna Berg</text>"));
        assert_non_null(strstr(data, ">S\u00fcdreich</text>"));
        assert_non_null(strstr(data, "id=\"e_a2_a3\""));
        assert_non_null(strstr(data, "<title>dipnet</title>"));
    }
    free(data);
    /* Only the picture: no temporary file left behind. */
    assert_int_equal(clean_dir(dir), 1);
    agclose(g);
    net_destroy(&net);
}

static void test_svg(void **state) { render_one("svg", "<?xml", 5, 4000); }
static void test_png(void **state) { render_one("png", "\x89PNG\r\n\x1a\n", 8, 5000); }
static void test_pdf(void **state) { render_one("pdf", "%PDF", 4, 3000); }

static void test_render_data(void **state)
{
    net_t net;
    Agraph_t *g = small_graph(&net);
    char *svg = NULL;
    size_t len = 0;
    assert_int_equal(render_data(g, "neato", "svg", &svg, &len), DN_OK);
    assert_non_null(svg);
    assert_int_equal(strlen(svg), len);
    assert_non_null(strstr(svg, "<svg"));
    assert_non_null(strstr(svg, "Karl Ost"));
    free(svg);
    tu_capture();
    assert_int_equal(render_data(g, NULL, "gif", &svg, &len), DN_EUSAGE);
    assert_null(svg);
    assert_int_equal(render_data(g, "spring", "svg", &svg, &len), DN_EUSAGE);
    assert_null(svg);
    diag_set_sink(NULL, NULL);
    agclose(g);
    net_destroy(&net);
}

static Agraph_t *ring(int nodes, int chords)
{
    Agraph_t *g = agopen("dipnet", Agundirected, NULL);
    assert_non_null(g);
    char name[16];
    Agnode_t **v = calloc((size_t)nodes, sizeof *v);
    assert_non_null(v);
    for (int i = 0; i < nodes; i++) {
        snprintf(name, sizeof name, "n%d", i);
        v[i] = agnode(g, name, 1);
    }
    for (int i = 0; i < nodes; i++) agedge(g, v[i], v[(i + 1) % nodes], NULL, 1);
    for (int i = 0; i < chords; i++)
        agedge(g, v[i % nodes], v[(i * 7 + 3) % nodes], NULL, 1);
    free(v);
    return g;
}

static void test_default_layout(void **state)
{
    Agraph_t *g = ring(10, 0);
    assert_string_equal(render_default_layout(g), "dot");
    agclose(g);
    g = ring(RENDER_DOT_MAX_NODES, 0);
    assert_string_equal(render_default_layout(g), "dot");
    agclose(g);
    g = ring(RENDER_DOT_MAX_NODES + 1, 0);
    assert_string_equal(render_default_layout(g), "sfdp");
    agclose(g);
    /* Few nodes, many edges: also too dense for dot. */
    g = ring(40, RENDER_DOT_MAX_EDGES);
    assert_true(agnedges(g) > RENDER_DOT_MAX_EDGES);
    assert_string_equal(render_default_layout(g), "sfdp");
    agclose(g);
    assert_true(render_layout_known("circo"));
    assert_false(render_layout_known("ortho"));
    assert_false(render_layout_known(NULL));
}

static void test_errors(void **state)
{
    net_t net;
    Agraph_t *g = small_graph(&net);
    tu_capture();
    /* Graphviz itself would report success here. */
    assert_int_equal(render_write(g, NULL, "/nonexistent-dipnet-dir/x.png"), DN_EIO);
    assert_false(tu_exists("/nonexistent-dipnet-dir/x.png"));
    const char *dir = out_dir();
    char path[128];
    snprintf(path, sizeof path, "%s/x.gif", dir);
    assert_int_equal(render_write(g, NULL, path), DN_EUSAGE);
    assert_non_null(strstr(tu_messages(), "x.gif"));
    snprintf(path, sizeof path, "%s/noext", dir);
    assert_int_equal(render_write(g, NULL, path), DN_EUSAGE);
    snprintf(path, sizeof path, "%s/x.svg", dir);
    assert_int_equal(render_write(g, "nolayout", path), DN_EUSAGE);
    assert_int_equal(render_write(g, NULL, "-"), DN_EUSAGE);
    /* A directory named like a picture is not replaced. */
    snprintf(path, sizeof path, "%s/d.svg", dir);
    assert_int_equal(mkdir(path, 0700), 0);
    assert_int_equal(render_write(g, NULL, path), DN_EIO);
    rmdir(path);
    assert_int_equal(clean_dir(dir), 0);
    diag_set_sink(NULL, NULL);
    agclose(g);
    net_destroy(&net);
}

static void test_every_layout(void **state)
{
    net_t net;
    Agraph_t *g = small_graph(&net);
    const char *layouts[] = { "dot", "neato", "fdp", "sfdp", "circo", "twopi" };
    for (size_t i = 0; i < sizeof layouts / sizeof *layouts; i++) {
        char *svg = NULL;
        size_t len = 0;
        assert_int_equal(render_data(g, layouts[i], "svg", &svg, &len), DN_OK);
        assert_non_null(strstr(svg, "Rat der St\u00e4dte"));
        free(svg);
    }
    agclose(g);
    net_destroy(&net);
}

static int teardown(void **state)
{
    render_shutdown();
    render_shutdown(); /* twice is harmless */
    return 0;
}

/* Shutting down when nothing was drawn loads no Graphviz library.
 * Regression: render_shutdown reset Graphviz's message handler always,
 * which loaded libcgraph at the exit of every command (extract too).
 * First in main: any drawing test loads the library for good. */
static void test_shutdown_without_drawing(void **state)
{
    (void)state;
    render_shutdown();
    assert_null(__atomic_load_n(&graphviz_cgraph_lib.handle, __ATOMIC_ACQUIRE));
    assert_null(__atomic_load_n(&graphviz_gvc_lib.handle, __ATOMIC_ACQUIRE));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_shutdown_without_drawing),
        cmocka_unit_test(test_svg),
        cmocka_unit_test(test_png),
        cmocka_unit_test(test_pdf),
        cmocka_unit_test(test_render_data),
        cmocka_unit_test(test_default_layout),
        cmocka_unit_test(test_errors),
        cmocka_unit_test(test_every_layout),
    };
    return cmocka_run_group_tests_name("render", tests, NULL, teardown);
}
