/* The rules of docs/architecture.md, checked on the #include lines of
 * src/: each folder includes only the folders before it (the table below
 * is the one in the document), the network and the measures know no
 * output format and no writer, no two modules (a .c with its .h)
 * include each other, directly or round a circle (one known exception:
 * extract/actindex and extract/internal), and no function of src/extract
 * or src/grammar is longer than MAXFUNC lines. */
#include "testutil.h"

#include <ctype.h>
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

/* The one circle left: internal.h holds the extractor's actindex_t, and
 * actindex.c reads the extractor's actors. */
static void allow_known_circle(void)
{
    size_t ai = mod_id("extract/actindex"), in = mod_id("extract/internal");
    edge[ai][in] = 0;
}

static void test_no_circles(void **state)
{
    scan_tree();
    allow_known_circle();
    for (size_t i = 0; i < nmods; i++) {
        unsigned char seen[MAXMOD] = {0};
        if (reaches(i, i, seen))
            problem("%s%s includes itself round a circle\n", "src/", mods[i]);
    }
    if (problems[0]) fail_msg("%s", problems);
}

/* Functions short enough to read: lines from the signature to the closing
 * brace.  A definition starts at a line in column 0 with '(' that is no
 * declaration, directive or comment; its body ends at the first "}" in
 * column 0. */
#define MAXFUNC 150

/* The name of the function whose signature starts at line l ("" when l
 * starts none), into out. */
static void func_name(const char *l, char *out, size_t cap)
{
    out[0] = '\0';
    if (!l[0] || strchr(" \t#/*}{\n", l[0]) || !strncmp(l, "typedef", 7)) return;
    const char *paren = strchr(l, '(');
    if (!paren || strchr(l, '=')) return;
    const char *e = paren;
    while (e > l && (e[-1] == ' ' || e[-1] == '*')) e--;
    const char *b = e;
    while (b > l && (isalnum((unsigned char)b[-1]) || b[-1] == '_')) b--;
    if (e > b) snprintf(out, cap, "%.*s", (int)(e - b), b);
}

/* Appends a problem for each function of src/<rel> over MAXFUNC lines;
 * returns how many functions it saw. */
static int check_lengths(const char *rel)
{
    char path[600], line[2048], name[128] = "", cur[128];
    snprintf(path, sizeof path, "src/%s", rel);
    FILE *f = fopen(path, "r");
    assert_non_null(f);
    long n = 0, start = 0;
    int in_body = 0, nfunc = 0;
    while (fgets(line, sizeof line, f)) {
        n++;
        if (!in_body) {
            func_name(line, cur, sizeof cur);
            if (cur[0]) { snprintf(name, sizeof name, "%s", cur); start = n; }
            if (line[0] == '{' && name[0]) in_body = 1;
            size_t len = strlen(line);
            if (name[0] && len >= 2 && line[len - 2] == ';') name[0] = '\0';
            continue;
        }
        if (line[0] != '}') continue;
        in_body = 0;
        nfunc++;
        char key[800], msg[64];
        snprintf(key, sizeof key, "%s:%s", rel, name);
        if (n - start + 1 > MAXFUNC) {
            snprintf(msg, sizeof msg, "%ld lines", n - start + 1);
            problem("src/%s is longer than 150 lines: %s\n", key, msg);
        }
        name[0] = '\0';
    }
    fclose(f);
    return nfunc;
}

static void test_functions_short(void **state)
{
    problems[0] = '\0';
    static const char *const dirs[] = { "extract", "grammar" };
    int seen = 0;
    for (size_t k = 0; k < 2; k++) {
        char sub[64];
        snprintf(sub, sizeof sub, "src/%s", dirs[k]);
        DIR *in = opendir(sub);
        assert_non_null(in);
        struct dirent *e;
        while ((e = readdir(in))) {
            size_t n = strlen(e->d_name);
            if (n < 3 || strcmp(e->d_name + n - 2, ".c")) continue;
            char rel[300];
            snprintf(rel, sizeof rel, "%s/%s", dirs[k], e->d_name);
            seen += check_lengths(rel);
        }
        closedir(in);
    }
    assert_true(seen > 100);
    if (problems[0]) fail_msg("%s", problems);
}

/* 1 when line calls tok_word with a word that starts with a capital:
 * tok_word lowers the token, never the word asked for, so such a test can
 * never match (a rule asked for "Delegation" and never fired). */
static int capital_tok_word(const char *line)
{
    for (const char *p = strstr(line, "tok_word("); p; p = strstr(p + 1, "tok_word(")) {
        const char *q = strchr(p, '"');
        const char *close = strchr(p, ')');
        if (!q || (close && close < q)) continue;
        unsigned char c = (unsigned char)q[1], d = (unsigned char)q[2];
        if ((c >= 'A' && c <= 'Z') || (c == 0xC3 && (d == 0x84 || d == 0x96 || d == 0x9C))) return 1;
    }
    return 0;
}

/* Every tok_word asks for a word in small letters (tok_word_cs compares
 * as written). */
static void test_word_tests_in_small_letters(void **state)
{
    problems[0] = '\0';
    static const char *const dirs[] = { "src/extract", "src/grammar" };
    int files = 0;
    for (size_t k = 0; k < 2; k++) {
        DIR *in = opendir(dirs[k]);
        assert_non_null(in);
        struct dirent *e;
        while ((e = readdir(in))) {
            size_t n = strlen(e->d_name);
            if (n < 3 || (strcmp(e->d_name + n - 2, ".c") && strcmp(e->d_name + n - 2, ".h"))) continue;
            char path[400], line[4096];
            snprintf(path, sizeof path, "%s/%s", dirs[k], e->d_name);
            FILE *f = fopen(path, "r");
            assert_non_null(f);
            files++;
            for (long ln = 1; fgets(line, sizeof line, f); ln++) {
                char at[32];
                snprintf(at, sizeof at, "%ld", ln);
                if (capital_tok_word(line)) problem("%s:%s: tok_word with a capital\n", path, at);
            }
            fclose(f);
        }
        closedir(in);
    }
    assert_true(files > 50);
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
    char name[64];
    func_name("static int32_t *frame_visit(extractor_impl_t *x, size_t s,\n", name, sizeof name);
    assert_string_equal(name, "frame_visit");
    func_name("    if (a(b)) {\n", name, sizeof name);
    assert_string_equal(name, "");
    assert_int_equal(capital_tok_word("if (tok_word(x, i, \"Delegation\")) {"), 1);
    assert_int_equal(capital_tok_word("if (tok_word(x, i, \"Über\")) {"), 1);
    assert_int_equal(capital_tok_word("if (tok_word(x, i, \"delegation\")) {"), 0);
    assert_int_equal(capital_tok_word("if (tok_word_cs(x, i, \"Delegation\")) {"), 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_stages_include_only_earlier_ones),
        cmocka_unit_test(test_no_circles),
        cmocka_unit_test(test_functions_short),
        cmocka_unit_test(test_word_tests_in_small_letters),
        cmocka_unit_test(test_checker_finds_violations),
    };
    return cmocka_run_group_tests_name("architecture", tests, NULL, NULL);
}
