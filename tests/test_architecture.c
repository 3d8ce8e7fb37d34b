/* The rules of docs/architecture.md, checked on the #include lines of
 * src/: each folder includes only the folders before it (the table below
 * is the one in the document), the network and the measures know no
 * output format and no writer, and no two modules (a .c with its .h)
 * include each other, directly or round a circle — except inside
 * src/extract, which the extraction issue untangles. */
#include "testutil.h"

#include <sys/stat.h>

/* What each folder of src/ may include besides itself ("main" is
 * src/main.c).  Keep in step with docs/architecture.md. */
static const struct {
    const char *dir;
    const char *may; /* space-separated */
} rules[] = {
    {"util", ""},
    {"text", "util"},
    {"io", "util"},
    {"grammar", "text util"},
    {"extract", "grammar text io util"},
    {"net", "io util"},
    {"ident", "net io util"},
    {"analysis", "net io util"},
    {"write", "analysis net io util"},
    {"cli", "write analysis ident net extract grammar io text util"},
    {"main", "cli write util"},
};
#define NRULES (sizeof rules / sizeof rules[0])

/* System headers of output formats: the network and the measures must not
 * know them. */
static const char *const format_libs[] = {"graphviz/", "gvc.h", "cgraph.h",
                                          "jansson.h", "libxml/"};

#define MAXMOD 512
static char mods[MAXMOD][128]; /* "dir/name" without extension */
static size_t nmods;
static unsigned char edge[MAXMOD][MAXMOD];

static size_t mod_id(const char *m)
{
    for (size_t i = 0; i < nmods; i++)
        if (!strcmp(mods[i], m)) return i;
    assert_true(nmods < MAXMOD);
    snprintf(mods[nmods], sizeof mods[nmods], "%s", m);
    return nmods++;
}

static const char *dir_of(const char *mod, char *out, size_t cap)
{
    const char *slash = strchr(mod, '/');
    size_t n = slash ? (size_t)(slash - mod) : strlen(mod);
    snprintf(out, cap, "%.*s", (int)n, mod);
    return out;
}

static int allowed(const char *from, const char *to)
{
    if (!strcmp(from, to)) return 1;
    for (size_t i = 0; i < NRULES; i++) {
        if (strcmp(rules[i].dir, from)) continue;
        size_t n = strlen(to);
        for (const char *p = rules[i].may; (p = strstr(p, to)); p += n)
            if ((p == rules[i].may || p[-1] == ' ') && (p[n] == ' ' || !p[n]))
                return 1;
        return 0;
    }
    fail_msg("src/%s: a folder docs/architecture.md does not list", from);
    return 0;
}

static char problems[8192];

static void problem(const char *fmt, const char *a, const char *b)
{
    size_t n = strlen(problems);
    /* a long list is cut: the first problems say enough */
    if (snprintf(problems + n, sizeof problems - n, fmt, a, b) < 0)
        problems[n] = '\0';
}

/* Reads the #include lines of src/<rel> (module mod). */
static void scan(const char *rel, const char *mod)
{
    char path[512], line[1024], from[64];
    snprintf(path, sizeof path, "src/%s", rel);
    FILE *f = fopen(path, "r");
    assert_non_null(f);
    size_t me = mod_id(mod);
    dir_of(mod, from, sizeof from);
    while (fgets(line, sizeof line, f)) {
        const char *p = line;
        while (*p == ' ') p++;
        if (strncmp(p, "#include", 8)) continue;
        p += 8;
        while (*p == ' ') p++;
        char name[256];
        if (*p == '<') {
            if (sscanf(p + 1, "%255[^>]", name) != 1) continue;
            if (strcmp(from, "net") && strcmp(from, "analysis")) continue;
            for (size_t k = 0; k < sizeof format_libs / sizeof *format_libs; k++)
                if (strstr(name, format_libs[k]))
                    problem("src/%s includes <%s>: the network and the "
                            "measures know no output format\n", rel, name);
            continue;
        }
        if (*p != '"' || sscanf(p + 1, "%255[^\"]", name) != 1) continue;
        char target[400], to[64];
        if (strchr(name, '/')) snprintf(target, sizeof target, "%s", name);
        else snprintf(target, sizeof target, "%s/%s", from, name);
        char *dot = strrchr(target, '.');
        if (dot) *dot = '\0';
        dir_of(target, to, sizeof to);
        char check[500];
        snprintf(check, sizeof check, "src/%s.h", target);
        struct stat st;
        if (stat(check, &st) != 0) continue; /* generated or system */
        if (!allowed(from, to))
            problem("src/%s includes %s: a later stage or a folder it may "
                    "not know\n", rel, name);
        size_t t = mod_id(target);
        if (t != me) edge[me][t] = 1;
    }
    fclose(f);
}

static void scan_tree(void)
{
    nmods = 0;
    memset(edge, 0, sizeof edge);
    problems[0] = '\0';
    scan("main.c", "main");
    DIR *top = opendir("src");
    assert_non_null(top);
    struct dirent *d;
    while ((d = readdir(top))) {
        if (d->d_name[0] == '.' || strchr(d->d_name, '.')) continue;
        char sub[300];
        snprintf(sub, sizeof sub, "src/%s", d->d_name);
        DIR *in = opendir(sub);
        if (!in) continue;
        struct dirent *e;
        while ((e = readdir(in))) {
            size_t n = strlen(e->d_name);
            if (n < 3 || e->d_name[n - 2] != '.' ||
                (e->d_name[n - 1] != 'c' && e->d_name[n - 1] != 'h'))
                continue;
            char rel[600], mod[600];
            snprintf(rel, sizeof rel, "%s/%s", d->d_name, e->d_name);
            snprintf(mod, sizeof mod, "%s/%.*s", d->d_name, (int)(n - 2),
                     e->d_name);
            scan(rel, mod);
        }
        closedir(in);
    }
    closedir(top);
}

static void test_stages_include_only_earlier_ones(void **state)
{
    scan_tree();
    assert_true(nmods > 50);
    if (problems[0]) fail_msg("%s", problems);
}

/* Circles between modules: a module that reaches itself again. */
static int reaches(size_t from, size_t to, unsigned char *seen)
{
    if (seen[from]) return 0;
    seen[from] = 1;
    for (size_t j = 0; j < nmods; j++)
        if (edge[from][j] && (j == to || reaches(j, to, seen))) return 1;
    return 0;
}

static void test_no_circles_outside_extract(void **state)
{
    scan_tree();
    for (size_t i = 0; i < nmods; i++) {
        if (!strncmp(mods[i], "extract/", 8)) continue;
        unsigned char seen[MAXMOD] = {0};
        if (reaches(i, i, seen))
            problem("%s%s includes itself round a circle\n", "src/", mods[i]);
    }
    if (problems[0]) fail_msg("%s", problems);
}

/* The checker itself: a later stage and a circle are found. */
static void test_checker_finds_violations(void **state)
{
    assert_int_equal(allowed("net", "write"), 0);
    assert_int_equal(allowed("analysis", "write"), 0);
    assert_int_equal(allowed("text", "io"), 0);
    assert_int_equal(allowed("io", "text"), 0);
    assert_int_equal(allowed("write", "analysis"), 1);
    assert_int_equal(allowed("cli", "util"), 1);
    nmods = 0;
    memset(edge, 0, sizeof edge);
    size_t a = mod_id("x/a"), b = mod_id("x/b"), c = mod_id("x/c");
    edge[a][b] = edge[b][c] = 1;
    unsigned char seen[MAXMOD] = {0};
    assert_int_equal(reaches(a, a, seen), 0);
    edge[c][a] = 1;
    memset(seen, 0, sizeof seen);
    assert_int_equal(reaches(a, a, seen), 1);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_stages_include_only_earlier_ones),
        cmocka_unit_test(test_no_circles_outside_extract),
        cmocka_unit_test(test_checker_finds_violations),
    };
    return cmocka_run_group_tests_name("architecture", tests, NULL, NULL);
}
