/* The bad-input catalogue: every way a user's input or output can be wrong,
 * the exit code dipnet ends with and the message it gives (docs/
 * reliability.md lists them all, with the cases tests/test_cli.c covers).
 *
 * Small cases are files in tests/fixtures/bad/ (made by make_bad.py there)
 * and one table row each; every row is run with -o into an empty directory
 * to check that a failed run leaves no file behind.  The big cases (a 50 MB
 * line, 10 million rows) are made on the fly in /tmp or streamed through a
 * pipe; DIPNET_LARGE=1 (make check-large) makes them bigger still.
 * The binary comes from $DIPNET (set by make test) or ./dipnet. */
#define _GNU_SOURCE /* wait4, setenv */
#include "testutil.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/types.h>
#include <sys/wait.h>

#include <graphviz/cgraph.h>

#include "analysis/centrality.h"
#include "net/net.h"
#include "write/dot.h"

static const char *bin(void)
{
    const char *b = getenv("DIPNET");
    return b && *b ? b : "./dipnet";
}

static char out[1 << 16];

/* As root, permissions do not stop us: such runs drop to nobody. */
static const char *unprivileged(void)
{
    return geteuid() == 0 ? "setpriv --reuid=65534 --regid=65534 --clear-groups "
                          : "";
}

static int can_drop_privileges(void)
{
    static int known = -1;
    if (known < 0) {
        /* nobody must be able to run the binary from here (a CI clone
         * under a private home would not allow it) */
        char cmd[1200];
        snprintf(cmd, sizeof cmd, "%s%s --version >/dev/null 2>&1",
                 unprivileged(), bin());
        known = geteuid() != 0 || system(cmd) == 0;
        if (!known)
            print_message("badinput: cannot run dipnet as nobody (setpriv, "
                          "or a private directory): permission cases "
                          "skipped\n");
    }
    return known;
}

/* Runs `PREFIX dipnet ARGS` through sh with stdout and stderr captured in
 * out[]; returns the exit code (128 + signal when killed). */
static int vrun(const char *prefix, const char *fmt, va_list ap)
{
    char args[8192], cmd[8600];
    vsnprintf(args, sizeof args, fmt, ap);
    snprintf(cmd, sizeof cmd, "%s%s %s 2>&1", prefix, bin(), args);
    FILE *p = popen(cmd, "r");
    assert_non_null(p);
    size_t n = fread(out, 1, sizeof out - 1, p);
    out[n] = '\0';
    while (fgetc(p) != EOF) {} /* drain the rest */
    int st = pclose(p);
    return WIFEXITED(st) ? WEXITSTATUS(st) : 128 + WTERMSIG(st);
}

static int run(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static int run(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int rc = vrun("", fmt, ap);
    va_end(ap);
    return rc;
}

/* Runs dipnet as an unprivileged user (see unprivileged()). */
static int run_user(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static int run_user(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int rc = vrun(unprivileged(), fmt, ap);
    va_end(ap);
    return rc;
}

#define want(rc, code, text)                                                 \
    do {                                                                     \
        int rc_ = (rc);                                                      \
        if (rc_ != (code) || !strstr(out, (text)))                           \
            fail_msg("exit %d (want %d), output:\n%.2000s\n(want '%s')",     \
                     rc_, (int)(code), out, (text));                         \
    } while (0)

static char dir[64];

static int setup(void **state)
{
    (void)state;
    snprintf(dir, sizeof dir, "/tmp/dipnet-bad-XXXXXX");
    assert_non_null(mkdtemp(dir));
    chmod(dir, 0755); /* the unprivileged runs below must reach it */
    return 0;
}

static int teardown(void **state)
{
    (void)state;
    char cmd[256];
    snprintf(cmd, sizeof cmd, "chmod -R u+w %s; rm -rf %s", dir, dir);
    return system(cmd) == 0 ? 0 : -1;
}

static const char *path(const char *name)
{
    static char p[8][320];
    static int k;
    k = (k + 1) % 8;
    snprintf(p[k], sizeof p[k], "%s/%s", dir, name);
    return p[k];
}


static void write_bytes(const char *p, const char *data, size_t n)
{
    FILE *f = fopen(p, "wb");
    assert_non_null(f);
    assert_int_equal(fwrite(data, 1, n, f), n);
    assert_int_equal(fclose(f), 0);
}

#define HEAD "source\tsource_kind\trelation\ttarget\ttarget_kind\tstart\tend\tplace\tdoc\tline\tevidence\n"

/* ------------------------------------------------------------ the table */

typedef struct {
    const char *file;     /* in tests/fixtures/bad/ */
    const char *opts;     /* command and options before the file */
    int code;             /* exit code */
    const char *msg;      /* part of the message, with FILE:LINE:COL */
} bad_case_t;

static const bad_case_t cases[] = {
    /* empty file, in every mode (test_cli: empty, --from tsv) */
    {"empty.txt", "report", 1, "empty.txt: empty file"},
    {"empty.txt", "report --from gdelt", 1, "empty.txt: empty file"},
    {"empty.txt", "report --from icews", 1, "empty.txt: empty file"},
    {"empty.txt", "import --from gdelt", 1, "empty.txt: empty file"},
    {"empty.txt", "extract", 1, "empty.txt: empty file"},
    /* header problems (header only: test_cli) */
    {"comments-only.tsv", "report --from tsv", 1,
     "comments-only.tsv:3: no header line (only comments or blank lines)"},
    {"missing-header.tsv", "report --from tsv", 1,
     "missing-header.tsv:1:1: header column 1 is `Frank-Walter Steinmeier`, "
     "expected `source` (missing header line?)"},
    {"header-wrong-order.tsv", "report", 1,
     "header-wrong-order.tsv:1:8: header column 2 is `relation`, expected "
     "`source_kind`"},
    {"header-short.tsv", "report", 1,
     "header-short.tsv:1:35: header lacks column `target_kind`"},
    {"duplicate-extra-column.tsv", "report", 1,
     "duplicate-extra-column.tsv:1:88: duplicate column `cameo`"},
    /* wrong column count, half-downloaded file */
    {"too-few-cells.tsv", "report", 1,
     "too-few-cells.tsv:2:27: too few cells: 9, the header has 11"},
    {"too-many-cells.tsv", "report", 1,
     "too-many-cells.tsv:2:29: too many cells: 12, the header has 11"},
    {"truncated-download.tsv", "report", 1,
     "truncated-download.tsv:3:25: too few cells: 3, the header has 11"},
    {"empty-source.tsv", "report", 1, "empty-source.tsv:2:1: empty source name"},
    /* unknown kind or relation */
    {"unknown-kind.tsv", "report", 1,
     "unknown-kind.tsv:2:3: unknown kind `persn` (expected person, "
     "institution, state or group)"},
    {"kind-wrong-case.tsv", "report", 1,
     "kind-wrong-case.tsv:2:3: unknown kind `Person`"},
    {"unknown-relation.tsv", "report", 1,
     "unknown-relation.tsv:2:10: unknown relation `visits` (expected visit, "
     "meeting,"},
    /* malformed or impossible dates (2015-02-30: test_cli) */
    {"date-month-13.tsv", "report", 1,
     "date-month-13.tsv:2:29: malformed date `2015-13` (expected YYYY, "
     "YYYY-MM or YYYY-MM-DD, a real calendar date)"},
    {"date-feb-30.tsv", "export --format graphml", 1,
     "date-feb-30.tsv:2:32: malformed date `2015-02-30`"},
    {"date-german.tsv", "report", 1,
     "date-german.tsv:2:26: malformed date `18.02.2015`"},
    {"date-year-0.tsv", "report", 1, "date-year-0.tsv:2:24: malformed date `0000`"},
    {"date-short-year.tsv", "report", 1,
     "date-short-year.tsv:2:27: malformed date `215`"},
    {"date-trailing.tsv", "report", 1,
     "date-trailing.tsv:2:34: malformed date `2015-02-18T10:00`"},
    /* start after end */
    {"start-after-end.tsv", "report", 1,
     "start-after-end.tsv:2:32: end date `2015-02` is before the start date"},
    {"end-without-start.tsv", "report", 1,
     "end-without-start.tsv:2:25: end date `2015-02` without a start date"},
    /* numbers */
    {"line-not-number.tsv", "report", 1,
     "line-not-number.tsv:2:28: line `12a` is not a positive whole number"},
    {"line-huge.tsv", "report", 1,
     "line-huge.tsv:2:28: line `99999999999999999999` is not a positive "
     "whole number"},
    {"confidence-out-of-range.tsv", "report", 1,
     "confidence-out-of-range.tsv:2:30: confidence `1.5` is not a number "
     "from 0 to 1"},
    /* NUL bytes */
    {"nul-byte.tsv", "report", 1, "nul-byte.tsv:2:6: NUL byte in line"},
    {"nul-byte.txt", "extract", 1, "nul-byte.txt:1:36: NUL byte"},
    /* invalid UTF-8 */
    {"invalid-utf8.tsv", "report", 1,
     "invalid-utf8.tsv:2:2: invalid UTF-8 (event files must be UTF-8"},
    {"overlong-utf8.tsv", "report", 1, "overlong-utf8.tsv:2:2: invalid UTF-8"},
    /* Windows-1252: an event file must be UTF-8 (the message says how to
     * convert); a text is accepted with a notice (see test_cp1252_text). */
    {"cp1252.tsv", "report", 1,
     "cp1252.tsv:2:2: invalid UTF-8 (event files must be UTF-8; if this is "
     "Windows-1252, convert it: iconv -f WINDOWS-1252 -t UTF-8)"},
    /* regression gdelt_invalid_utf8_country (found by fuzz_gdelt): an
     * invalid byte in a country code reached the actor name and the TSV */
    {"gdelt-invalid-utf8-country.tsv", "import --from gdelt --all", 1,
     "gdelt-invalid-utf8-country.tsv:1:50: invalid UTF-8"},
    /* regression import_hash_name_lost (found by fuzz_gdelt, fuzz_icews):
     * a name starting with `#` made a row that reads back as a comment */
    {"gdelt-hash-name.tsv", "import --from gdelt --all", 1,
     "gdelt-hash-name.tsv:1:15: actor name `# (U)` starts with `#` (event "
     "files read such a row as a comment)"},
    {"icews-hash-name.tsv", "report --from icews --all", 1,
     "icews-hash-name.tsv:1:1: actor name starts with `#`"},
    /* UTF-16: a clear error, whatever the file claims to be */
    {"utf16-bom.tsv", "report", 1, "utf16-bom.tsv:1:1: UTF-16 text"},
    {"utf16-bom.tsv", "report --from tsv", 1, "utf16-bom.tsv:1:1: UTF-16 text"},
    {"utf16-bom.tsv", "report --from gdelt", 1, "utf16-bom.tsv:1:1: UTF-16 text"},
    {"utf16-bom.tsv", "import --from icews", 1, "utf16-bom.tsv:1:1: UTF-16 text"},
    {"utf16le-nobom.tsv", "report", 1, "utf16le-nobom.tsv:1:1: UTF-16 text"},
    {"utf16-bom.txt", "extract", 1, "utf16-bom.txt:1:1: UTF-16 text"},
    {"utf16be-nobom.txt", "report", 1, "utf16be-nobom.txt:1:1: UTF-16 text"},
};

/* Every row: the exit code, the message, and no output file left (the
 * scratch directory stays empty; its name ends in .tmp.XXXXXX if a
 * temporary were left behind). */
static void test_catalogue_table(void **state)
{
    (void)state;
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        const bad_case_t *c = &cases[i];
        /* run from the fixtures directory so that messages name the
         * file as the user typed it */
        int rc = run("%s tests/fixtures/bad/%s -o %s", c->opts, c->file,
                     path("out"));
        if (rc != c->code || !strstr(out, c->msg))
            fail_msg("case %zu: dipnet %s %s: exit %d (want %d), output:\n"
                     "%.1500s\n(want '%s')", i, c->opts, c->file, rc,
                     c->code, out, c->msg);
        if (tu_entries(dir) != 0)
            fail_msg("case %zu: dipnet %s %s left a file in %s", i, c->opts,
                     c->file, dir);
    }
}

/* ------------------------------------------------------- the big inputs */

static int large(void)
{
    const char *e = getenv("DIPNET_LARGE");
    return e && *e && strcmp(e, "0");
}

/* A 50 MB single line, as a cell of a valid row, as a line without tabs,
 * as an unknown kind (the message must stay short and keep its hint) and
 * as a line of a GDELT file (its reader caps lines). */
static void test_50mb_single_line(void **state)
{
    (void)state;
    size_t big = (large() ? 500u : 50u) * 1000 * 1000;
    char *fill = malloc(big);
    assert_non_null(fill);
    memset(fill, 'x', big);
    const char *f = path("long.tsv");
    FILE *fp = fopen(f, "wb");
    assert_non_null(fp);
    fputs(HEAD "A\tperson\tvisit\tB\tstate\t2015\t\t\t\t\t", fp);
    fwrite(fill, 1, big, fp);
    fputs("\n", fp);
    assert_int_equal(fclose(fp), 0);
    want(run("report --format csv %s", f), 0, "1,A,,person,1,1,1,0,");

    fp = fopen(f, "wb");
    fputs(HEAD, fp);
    fwrite(fill, 1, big, fp);
    assert_int_equal(fclose(fp), 0);
    char msg[128];
    snprintf(msg, sizeof msg, "long.tsv:2:%zu: too few cells: 1, the header has 11",
             big + 1);
    want(run("report %s", f), 1, msg);
    fp = fopen(f, "wb");
    fwrite(fill, 1, big, fp);
    assert_int_equal(fclose(fp), 0);
    want(run("report --from gdelt %s", f), 1, "long.tsv:1:65537: line longer than");
    want(run("import --from icews %s", f), 1, "long.tsv:1:65537: line longer than");

    fp = fopen(f, "wb");
    fputs(HEAD "A\t", fp);
    fwrite(fill, 1, big, fp);
    fputs("\tvisit\tB\tstate\t\t\t\t\t\t\n", fp);
    assert_int_equal(fclose(fp), 0);
    want(run("report %s", f), 1, "long.tsv:2:3: unknown kind `xxx");
    /* regression (evtsv_long_cell_message): the 50 MB cell filled the
     * message, cut at 1 KB, and the hint was lost */
    if (!strstr(out, "(expected person, institution, state or group)") ||
        strlen(out) > 400)
        fail_msg("message too long (%zu bytes) or without its hint:\n%.600s",
                 strlen(out), out);
    /* the same line as a German text (slow: 12 s, 460 MB; make
     * check-large) */
    if (large()) {
        fp = fopen(f, "wb");
        static const char sent[] = "Bundesaussenminister Steinmeier besuchte am "
                                   "18. Februar 2015 Astana. ";
        for (size_t done = 0; done < 50u * 1000 * 1000; done += sizeof sent - 1)
            fputs(sent, fp);
        assert_int_equal(fclose(fp), 0);
        want(run("extract %s", f), 0, "source\tsource_kind");
    }
    free(fill);
    unlink(f);
}

/* Spawns `dipnet ARGS...` with its stdin from a pipe the caller writes and
 * stdout to out_path; returns the write end; finish with finish_spawn. */
static pid_t child;
static FILE *spawn_with_pipe(char *const argv[], const char *out_path)
{
    int fd[2];
    assert_int_equal(pipe(fd), 0);
    child = fork();
    assert_true(child >= 0);
    if (child == 0) {
        dup2(fd[0], 0);
        close(fd[0]);
        close(fd[1]);
        int o = open(out_path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
        if (o < 0) _exit(120);
        dup2(o, 1);
        dup2(o, 2);
        close(o);
        execv(argv[0], argv);
        _exit(121);
    }
    close(fd[0]);
    FILE *w = fdopen(fd[1], "w");
    assert_non_null(w);
    return w;
}

static int finish_spawn(FILE *w, long *maxrss_kb)
{
    fclose(w);
    int st;
    struct rusage ru;
    assert_true(wait4(child, &st, 0, &ru) == child);
    *maxrss_kb = ru.ru_maxrss;
    return WIFEXITED(st) ? WEXITSTATUS(st) : 128 + WTERMSIG(st);
}

static void slurp_file(const char *p)
{
    FILE *f = fopen(p, "rb");
    assert_non_null(f);
    size_t n = fread(out, 1, sizeof out - 1, f);
    out[n] = '\0';
    fclose(f);
}

/* 10 million tiny rows through a pipe: streamed (memory stays flat), and
 * the counts are exact.  Also the "huge counts" case: one pair of actors
 * with ten million events between them. */
static void test_ten_million_rows(void **state)
{
    (void)state;
    long rows = large() ? 30000000L : 10000000L;
    char *argv[] = {(char *)bin(), "report", "--from", "tsv", "--format", "csv",
                    "-n", "0", "-", NULL};
    const char *o = path("10m.out");
    FILE *w = spawn_with_pipe(argv, o);
    fputs(HEAD, w);
    /* two actors, and a third every 1000 rows so it is not one edge only */
    for (long i = 0; i < rows; i++)
        fputs(i % 1000 ? "A\tperson\tmeeting\tB\tperson\t\t\t\t\t\t\n"
                       : "A\tperson\tvisit\tC\tstate\t2015\t\t\t\t\t\n", w);
    long rss;
    int rc = finish_spawn(w, &rss);
    slurp_file(o);
    char expect[128];
    snprintf(expect, sizeof expect, "1,A,,person,2,%ld,%ld,0,", rows, rows / 1000);
    want(rc, 0, expect);
    print_message("badinput: %ld rows streamed, peak RSS %ld MB\n", rows,
                  rss / 1024);
    /* streaming: far below the 320+ MB the rows take as text */
    if (rss > 200 * 1024) fail_msg("peak RSS %ld KB: not streamed?", rss);
}

/* --------------------------------------------- files, paths and pipes */

/* An unreadable file (permission denied), and a read error after a
 * successful open. */
static void test_unreadable_file(void **state)
{
    (void)state;
    write_bytes(path("secret.tsv"), HEAD, strlen(HEAD));
    chmod(path("secret.tsv"), 0000);
    if (can_drop_privileges())
        want(run_user("report %s", path("secret.tsv")), 3,
             "secret.tsv: cannot open: Permission denied");
    want(run("report /proc/self/mem"), 3, "/proc/self/mem: read error");
    want(run("import --from gdelt /proc/self/mem"), 3,
         "/proc/self/mem: read error");
    assert_int_equal(tu_entries(dir), 1);
}

/* A folder as input is read whole (report: test_cli, test_corpus); one
 * without a file to read is bad input, not an empty network. */
static void test_directory_as_input(void **state)
{
    (void)state;
    char empty[128];
    snprintf(empty, sizeof empty, "%s/empty", dir);
    assert_int_equal(mkdir(empty, 0755), 0);
    want(run("import --from icews %s", empty), 1, "no event file below this folder");
    want(run("export --format gexf %s", empty), 1, "no text or event file below this folder");
    want(run("extract %s", empty), 1, "no text (*.txt) below this folder");
    /* a file of the folder that cannot be read stops it all, no output */
    char in[160], secret[200], binary[200];
    snprintf(in, sizeof in, "%s/in", empty);
    assert_int_equal(mkdir(in, 0755), 0);
    snprintf(binary, sizeof binary, "%s/b.txt", in);
    write_bytes(binary, "Text\n\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0", 21);
    want(run("extract -o %s/out.tsv %s", empty, in), 1, "b.txt:2:1: binary data");
    unlink(binary);
    snprintf(secret, sizeof secret, "%s/secret.txt", in);
    write_bytes(secret, "Text\n", 5);
    chmod(secret, 0000);
    if (can_drop_privileges())
        want(run_user("report %s", in), 3,
             "secret.txt: cannot open: Permission denied");
    unlink(secret);
    rmdir(in);
    assert_int_equal(tu_entries(empty), 0);
    rmdir(empty);
}

static void copy_fixture(const char *name, const char *to)
{
    char cmd[2048];
    snprintf(cmd, sizeof cmd, "cp tests/fixtures/%s %s && chmod 644 %s", name,
             to, to);
    assert_int_equal(system(cmd), 0);
}

/* Output into a missing or a read-only directory, for every writer
 * (report into a missing one: test_cli); nothing is left behind. */
static void test_output_dirs(void **state)
{
    (void)state;
    char in[400];
    snprintf(in, sizeof in, "%s", path("f.tsv"));
    copy_fixture("florentine.tsv", in);
    want(run("import --from icews tests/fixtures/icews/sample.tsv -o %s",
             path("no/such/dir/x.tsv")), 3, "no/such/dir/x.tsv: cannot write");
    want(run("export --format csv %s -o %s", in, path("nodir/x.csv")), 3,
         "nodir/x.nodes.csv: cannot write");
    if (!can_drop_privileges()) return;
    const char *ro = path("ro");
    assert_int_equal(mkdir(ro, 0555), 0);
    chmod(ro, 0555);
    char target[400];
    snprintf(target, sizeof target, "%s/out", ro);
    want(run_user("report %s -o %s", in, target), 3,
         "ro/out: cannot write: Permission denied");
    char icews[400];
    snprintf(icews, sizeof icews, "%s", path("sample.icews"));
    copy_fixture("icews/sample.tsv", icews);
    want(run_user("import --from icews %s -o %s", icews, target), 3,
         "ro/out: cannot write: Permission denied");
    want(run_user("export --format graphml %s -o %s", in, target), 3,
         "ro/out: cannot write: Permission denied");
    want(run_user("export --format csv %s -o %s", in, target), 3,
         "cannot write: Permission denied");
    /* a read-only existing output file in a writable directory: replaced
     * atomically (rename), which is what editors do too */
    DIR *d = opendir(ro);
    int n = 0;
    for (struct dirent *e; (e = readdir(d));) n += e->d_name[0] != '.';
    closedir(d);
    assert_int_equal(n, 0);
}

/* The same file as input and output, however it is spelled (test_cli:
 * report, same path). */
static void test_same_file_in_and_out(void **state)
{
    (void)state;
    char in[400];
    snprintf(in, sizeof in, "%s", path("io.tsv"));
    copy_fixture("florentine.tsv", in);
    char alias[400];
    snprintf(alias, sizeof alias, "%s/./io.tsv", dir);
    want(run("report %s -o %s", in, alias), 2, "is also an input");
    assert_int_equal(symlink(in, path("link.tsv")), 0);
    want(run("report %s -o %s", path("link.tsv"), in), 2, "is also an input");
    want(run("report %s -o %s", in, path("link.tsv")), 2, "is also an input");
    assert_int_equal(link(in, path("hard.tsv")), 0);
    want(run("export --format graphml %s -o %s", in, path("hard.tsv")), 2,
         "is also an input");
    want(run("import --from icews %s -o %s", in, path("hard.tsv")), 2,
         "is also an input");
    want(run("extract %s -o %s", in, in), 2, "is also an input");
    /* export --format csv writes X.nodes.csv and X.edges.csv */
    copy_fixture("florentine.tsv", path("t.edges.csv"));
    want(run("export --format csv %s -o %s", path("t.edges.csv"),
             path("t.csv")), 2, "t.edges.csv: is also an input");
    /* the inputs are intact */
    char cmd[1000];
    snprintf(cmd, sizeof cmd, "cmp -s tests/fixtures/florentine.tsv %s && "
             "cmp -s tests/fixtures/florentine.tsv %s", in, path("t.edges.csv"));
    assert_int_equal(system(cmd), 0);
}

/* Regression (outfile_replaces_device): -o onto a FIFO or a device wrote a
 * temporary file beside it and renamed it over the FIFO or device; as root
 * `-o /dev/null` would have replaced /dev/null with a regular file. */
static void test_output_to_fifo_or_device(void **state)
{
    (void)state;
    char fifo[400], got[400], cmd[900];
    snprintf(fifo, sizeof fifo, "%s", path("fifo"));
    snprintf(got, sizeof got, "%s", path("fifo.read"));
    assert_int_equal(mkfifo(fifo, 0644), 0);
    /* a reader of the FIFO, copying to a file; killed below if dipnet
     * never opens the FIFO */
    pid_t reader = fork();
    assert_true(reader >= 0);
    if (reader == 0) {
        int in = open(fifo, O_RDONLY), o = open(got, O_WRONLY | O_CREAT, 0644);
        char b[4096];
        ssize_t n;
        while (in >= 0 && o >= 0 && (n = read(in, b, sizeof b)) > 0)
            if (write(o, b, (size_t)n) != n) break;
        _exit(0);
    }
    int rc = run("report --format csv tests/fixtures/florentine.tsv -o %s", fifo);
    struct stat st;
    int replaced = stat(fifo, &st) != 0 || !S_ISFIFO(st.st_mode);
    if (replaced) kill(reader, SIGKILL);
    else {
        /* dipnet may have failed before opening the FIFO: the reader then
         * still waits in open(); a writer that opens and closes lets it see
         * the end instead of hanging the test */
        int w = open(fifo, O_WRONLY | O_NONBLOCK);
        if (w >= 0) close(w);
    }
    waitpid(reader, NULL, 0);
    want(rc, 0, "");
    if (replaced) fail_msg("the FIFO was replaced by a file");
    /* the reader got the report */
    slurp_file(got);
    assert_non_null(strstr(out, "1,Medici,,group,6"));
    /* a character device: a private copy of /dev/null when we may make
     * one (root), else /dev/null itself, which an ordinary user cannot
     * replace anyway */
    const char *dev = "/dev/null";
    if (geteuid() == 0 && mknod(path("null"), S_IFCHR | 0666, makedev(1, 3)) == 0)
        dev = path("null");
    want(run("report tests/fixtures/florentine.tsv -o %s", dev), 0, "");
    assert_int_equal(stat(dev, &st), 0);
    if (!S_ISCHR(st.st_mode)) fail_msg("%s was replaced by a file", dev);
    want(run("export --format graphml tests/fixtures/florentine.tsv -o %s", dev), 0, "");
    assert_int_equal(stat(dev, &st), 0);
    assert_true(S_ISCHR(st.st_mode));
    /* no temporary left beside them */
    snprintf(cmd, sizeof cmd, "ls %s | grep -q tmp", dir);
    assert_int_not_equal(system(cmd), 0);
}

/* Actors that differ only in case or diacritics are one actor, labelled
 * with the first spelling; inflected forms are different names in an event
 * file (the extractor resolves inflection in texts; an event file holds
 * canonical names). */
static void test_actor_spellings(void **state)
{
    (void)state;
    const char text[] = HEAD
        "Nursultan Nasarbajew\tperson\tmeeting\tAngela Merkel\tperson\t2015\t\t\t\t\t\n"
        "NURSULTAN NASARBAJEW\tperson\tmeeting\tangela merkel\tperson\t2016\t\t\t\t\t\n"
        "Nursultan Nasarbajéw\tperson\tmeeting\tAngela Merkel\tperson\t2017\t\t\t\t\t\n"
        "Nursultan Nasarbajews\tperson\tmeeting\tAngela Merkel\tperson\t2018\t\t\t\t\t\n"
        /* same name, other kind: another actor */
        "Merkel\tstate\tmeeting\tAngela Merkel\tperson\t2018\t\t\t\t\t\n";
    write_bytes(path("spell.tsv"), text, sizeof text - 1);
    /* Since the actor registry (issue #12) the genitive of a registry
     * person is that person too: Nasarbajews joins Nasarbajew. */
    want(run("report --format csv -n 0 %s", path("spell.tsv")), 0,
         "1,Angela Merkel,Q567,person,2,5,0,0,");
    assert_non_null(strstr(out, ",Nursultan Nasarbajew,p:nursultan-nasarbajew,"
                                "person,1,4,"));
    assert_null(strstr(out, "Nasarbajews"));
    assert_null(strstr(out, "NURSULTAN"));
    assert_null(strstr(out, "Nasarbajéw"));
    /* --ego finds the actor by any of these spellings */
    want(run("report --format csv --ego 'nursultan nasarbajew' %s",
             path("spell.tsv")), 0,
         "Nursultan Nasarbajew,p:nursultan-nasarbajew,person");
}

/* Self-loops are dropped with a notice; huge numbers in options are usage
 * errors, not overflows; far dates and long spans are fine. */
static void test_self_loops_and_huge_numbers(void **state)
{
    (void)state;
    const char text[] = HEAD
        "A\tperson\tmeeting\tA\tperson\t2015\t\t\t\t\t\n"
        "A\tperson\tmeeting\ta\tperson\t2015\t\t\t\t\t\n"
        "A\tperson\tmeeting\tB\tperson\t0001\t9999-12-31\t\t\t999999999999999999\t\n";
    write_bytes(path("loop.tsv"), text, sizeof text - 1);
    want(run("report --format csv %s", path("loop.tsv")), 0,
         "note: 2 event(s) with the same actor on both sides ignored");
    assert_non_null(strstr(out, "1,A,,person,1,1,0,0,"));
    want(run("report -n 99999999999999999999 %s", path("loop.tsv")), 2, "-n takes");
    want(run("report --samples 99999999999999999999 %s", path("loop.tsv")), 2,
         "--samples");
    want(run("report --depth 99999999999999999999 --ego A %s", path("loop.tsv")),
         2, "--depth");
    want(run("report --since 99999 %s", path("loop.tsv")), 2, "--since takes a date");
    want(run("report --ego A --depth 1000000 --format csv %s", path("loop.tsv")),
         0, "A,,person");
    want(run("export --format gexf %s", path("loop.tsv")), 0, "<gexf");
}

/* SIGPIPE: every writer ends quietly with 0 when its reader stops early
 * (report: test_cli). */
static void test_closed_pipe_every_writer(void **state)
{
    (void)state;
    const char *big = path("big.tsv");
    FILE *f = fopen(big, "w");
    fputs(HEAD, f);
    for (int i = 0; i < 20000; i++)
        fprintf(f, "A%d\tperson\tmeeting\tB%d\tperson\t\t\t\t\t\t%d\n", i,
                i % 97, i);
    assert_int_equal(fclose(f), 0);
    /* an ICEWS file of the same size for import */
    const char *icews = path("big.icews");
    f = fopen(icews, "w");
    for (int i = 0; i < 20000; i++)
        fprintf(f, "Actor %d\tConsult\tActor %d\t2014-05-01\n", i, i % 97);
    assert_int_equal(fclose(f), 0);
    const char *cmds[] = {"import --from icews %s", "export --format graphml %s",
                          "export --format csv %s",
                          "report --format json -n 0 --measures degree %s"};
    for (size_t i = 0; i < sizeof cmds / sizeof cmds[0]; i++) {
        char args[600], cmd[1400];
        snprintf(args, sizeof args, cmds[i], i == 0 ? icews : big);
        snprintf(cmd, sizeof cmd,
                 "bash -c '%s %s 2>%s | head -c 100 >/dev/null; "
                 "exit ${PIPESTATUS[0]}'", bin(), args, path("err"));
        int st = system(cmd);
        slurp_file(path("err"));
        if (st != 0 || out[0])
            fail_msg("dipnet %s | head: status %d, stderr:\n%s", args, st, out);
    }
}

/* Names that break naive writers (markup, quotes, separators, a trailing
 * backslash, a control character in the evidence, Kazakh) come out
 * well-formed in every format, names intact: XML and JSON parse, CSV has
 * one field per cell, HTML has no live markup from the data.  The checks
 * are tests/check_hostile_output.py (skipped without python3). */
static void test_hostile_names_every_format(void **state)
{
    (void)state;
    if (system("python3 -c 'import json, csv, xml.etree.ElementTree' 2>/dev/null")) {
        print_message("badinput: skipped: no python3 to parse the outputs\n");
        skip();
    }
    const char text[] = HEAD
        "<script>alert(1)</script>\tperson\tvisit\tA \"quoted\", name|pipe\tstate"
        "\t2015\t\t<b>x</b>\td&o\"c\t1\tev <i>&amp;</i> \x01" "ctl\n"
        "back\\slash\\\tgroup\tmeeting\t\xd2\x9a\xd0\xb0\xd0\xb7\xd0\xb0\xd2\x9b"
        "\xd1\x81\xd1\x82\xd0\xb0\xd0\xbd & Co\tstate\t2016\t\t\t\t\t\n";
    write_bytes(path("h.tsv"), text, sizeof text - 1);
    static const struct { const char *args, *out, *kind; } f[] = {
        {"report --format json -n 0", "r.json", "json"},
        {"report --format csv -n 0", "r.csv", "csv"},
        {"report --format html -n 0", "r.html", "html"},
        {"export --format graphml", "g.graphml", "xml"},
        {"export --format gexf", "g.gexf", "xml"},
        {"export --format csv-nodes", "n.csv", "csv"},
        {"render", "p.svg", "xml"},
    };
    for (size_t i = 0; i < sizeof f / sizeof f[0]; i++) {
        char o[400], cmd[1000];
        snprintf(o, sizeof o, "%s", path(f[i].out));
        want(run("%s %s -o %s", f[i].args, path("h.tsv"), o), 0, "");
        snprintf(cmd, sizeof cmd, "python3 tests/check_hostile_output.py %s %s",
                 f[i].kind, o);
        if (system(cmd) != 0)
            fail_msg("dipnet %s: output not well-formed (above)", f[i].args);
    }
    /* the timeline picture parses too (it shows a selection of names) */
    want(run("timeline --format svg %s -o %s", path("h.tsv"), path("t.svg")), 0, "");
    char cmd[600];
    snprintf(cmd, sizeof cmd, "python3 -c 'import sys, xml.etree.ElementTree as E; "
             "E.parse(sys.argv[1])' %s", path("t.svg"));
    assert_int_equal(system(cmd), 0);
}

/* The DOT round trip (the fuzz_dot invariant, on fixed names): names with
 * quotes, backslashes (one at the end too), line breaks, <>, HTML entities,
 * Graphviz escapes (\N, \G, \n) and non-Latin scripts go through dot_build
 * and agwrite, and cgraph's agmemread gives back one node per actor whose
 * label, unescaped (\\ -> \, &amp; -> &), is the name with control
 * characters as spaces. */
static void test_dot_round_trip_names(void **state)
{
    (void)state;
    static const char *const names[] = {
        "O'Neil \"the boss\"", "C:\\path\\", "ends with \\", "\\N \\G \\n \\l",
        "<b>bold</b> <br/>", "&amp; &lt;x&gt; &#65; &#x42; & plain",
        "line\nbreak\ttab\rcr", "{ graph; -- -> }",
        "\xd2\x9a\xd0\xb0\xd1\x81\xd1\x8b\xd0\xbc-\xd0\x96\xd0\xbe\xd0\xbc\xd0\xb0\xd1\x80\xd1\x82 \xd0\xa2\xd0\xbe\xd2\x9b\xd0\xb0\xd0\xb5\xd0\xb2",
        "\xe7\xbf\x92\xe8\xbf\x91\xe5\xb9\xb3", "\xd9\x85\xd8\xad\xd9\x85\xd8\xaf",
        "\xce\x91\xce\xbb\xce\xad\xce\xbe\xce\xb7\xcf\x82", "M\xc3\xbcller", "\"", "\\",
    };
    size_t nn = sizeof names / sizeof names[0];
    net_opts_t no;
    net_opts_init(&no);
    no.max_events_per_edge = 2;
    net_t net;
    net_init(&net, &no);
    for (size_t i = 0; i + 1 < nn; i++) {
        ev_event_t ev;
        memset(&ev, 0, sizeof ev);
        ev.source = names[i];
        ev.target = names[i + 1];
        ev.source_kind = (ev_kind_t)(i % EV_KIND_COUNT);
        ev.target_kind = (ev_kind_t)((i + 1) % EV_KIND_COUNT);
        ev.relation = (ev_relation_t)(i % EV_REL_COUNT);
        ev.start.year = (short)(2000 + i);
        ev.place = names[i + 1];
        ev.doc = names[i];
        ev.line = 1;
        ev.evidence = names[i];
        ev.confidence = -1;
        assert_int_equal(net_add_event(&ev, &net), DN_OK);
    }
    assert_int_equal(net.nactors, nn);
    cent_opts_t co;
    cent_opts_init(&co);
    co.mask = 1u << M_DEGREE;
    cent_t c;
    assert_int_equal(cent_compute(&net, &co, &c), DN_OK);
    dot_opts_t d;
    dot_opts_init(&d);
    d.title = names[0];
    Agraph_t *g = NULL;
    assert_int_equal(dot_build(&net, &c, NULL, &d, &g), DN_OK);
    char *text = NULL;
    size_t len = 0;
    FILE *mem = open_memstream(&text, &len);
    assert_non_null(mem);
    assert_int_equal(agwrite(g, mem), 0);
    fclose(mem);
    Agraph_t *back = agmemread(text);
    if (!back) fail_msg("cgraph cannot parse the DOT:\n%s", text);
    assert_int_equal(agnnodes(back), (int)nn);
    for (size_t i = 0; i < nn; i++) {
        char id[32], got[256], want_[256];
        snprintf(id, sizeof id, "n%zu", i);
        Agnode_t *nd = agnode(back, id, 0);
        assert_non_null(nd);
        const char *l = agget(nd, "label");
        size_t k = 0;
        while (*l && k < sizeof got - 1) {
            if (l[0] == '\\' && l[1] == '\\') { got[k++] = '\\'; l += 2; }
            else if (!strncmp(l, "&amp;", 5)) { got[k++] = '&'; l += 5; }
            else got[k++] = *l++;
        }
        got[k] = '\0';
        const char *nm = net_actor_name(&net, i);
        for (k = 0; nm[k] && k < sizeof want_ - 1; k++)
            want_[k] = (unsigned char)nm[k] < 0x20 ? ' ' : nm[k];
        want_[k] = '\0';
        if (strcmp(got, want_))
            fail_msg("node %s: label `%s` reads as `%s`, want `%s`", id,
                     agget(nd, "label"), got, want_);
    }
    agclose(back);
    free(text);
    agclose(g);
    cent_destroy(&c);
    net_destroy(&net);
}

/* Regression export_gexf_null_offset: for ties without dates, GEXF export
 * offset a NULL pointer (src/write/export.c and src/write/export_gexf.c, both
 * fixed), which UBSan (make check-asan) stopped on. */
static int count(const char *text, const char *needle)
{
    int n = 0;
    for (const char *p = text; (p = strstr(p, needle)); p += strlen(needle)) n++;
    return n;
}

static void test_export_gexf_undated_edges(void **state)
{
    (void)state;
    int rc = run("export --format gexf tests/fixtures/florentine.tsv");
    want(rc, 0, "<gexf");
    /* every family and every marriage, none with a spell (no dates: always
     * present in Gephi's timeline), and the file complete */
    assert_int_equal(count(out, "<node id=\"n"), 15);
    assert_int_equal(count(out, "<edge id=\"e"), 20);
    assert_int_equal(count(out, "<spell"), 0);
    assert_non_null(strstr(out, "<node id=\"n0\" label=\"Acciaiuoli\">"));
    assert_non_null(strstr(out, "label=\"Medici\""));
    assert_non_null(strstr(out, "<attvalue for=\"agreement\" value=\"1\"/>"));
    assert_non_null(strstr(out, "timeformat=\"date\""));
    assert_non_null(strstr(out, "</edges>\n  </graph>\n</gexf>\n"));
}

/* Regression extract_title_at_end_overflow (found by fuzz_extract, fixed
 * in src/extract): a title noun or a known name as the last token made
 * lex_match read x->tkey[i] one past the end (silent in a plain build,
 * stopped by ASan in make check-asan). */
static void test_extract_title_at_end(void **state)
{
    (void)state;
    /* the second text reaches the same read from mention_scan; neither
     * names an act between two actors: the header and a note, no row */
    static const char *const texts[] = {"Die Vorsitzend des M", "eaern Japan \n"};
    for (size_t i = 0; i < 2; i++) {
        write_bytes(path("t.txt"), texts[i], strlen(texts[i]));
        want(run("extract %s -o %s", path("t.txt"), path("t.tsv")), 0,
             "t.txt: note: no event found");
        FILE *f = fopen(path("t.tsv"), "r");
        assert_non_null(f);
        char tsv[1024];
        size_t n = fread(tsv, 1, sizeof tsv - 1, f);
        tsv[n] = '\0';
        fclose(f);
        assert_string_equal(tsv,
            "# dipnet extract: events extracted from German text\n"
            "source\tsource_kind\trelation\ttarget\ttarget_kind\tstart\t"
            "end\tplace\tdoc\tline\tevidence\tconfidence\tdate_source\n");
        unlink(path("t.tsv"));
    }
}

/* An empty lexicon file (--lexicon DIR): a clear error.  Regression
 * lexicon_empty_file_null_offset (fixed in src/extract/lexicon.c):
 * `all.data + all.len` offset a NULL pointer, which UBSan stopped on. */
static void test_empty_lexicon_file(void **state)
{
    (void)state;
    char cmd[900];
    snprintf(cmd, sizeof cmd, "cp -r tests/fixtures/lexicon %s/lex && : > %s/lex/places.tsv",
             dir, dir);
    assert_int_equal(system(cmd), 0);
    want(run("extract --lexicon %s/lex tests/fixtures/bad/cp1252.txt", dir), 1,
         "lex/places.tsv: no header line");
}

/* Windows-1252 text: accepted with a notice (src/text/decode.c; unit test
 * in test_text_decode.c); here through the command line. */
static void test_cp1252_text(void **state)
{
    (void)state;
    want(run("extract tests/fixtures/bad/cp1252.txt"), 0,
         "cp1252.txt: note: not UTF-8: decoded as Windows-1252");
    assert_non_null(strstr(out, "Steinmeier"));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_catalogue_table, setup, teardown),
        cmocka_unit_test_setup_teardown(test_50mb_single_line, setup, teardown),
        cmocka_unit_test_setup_teardown(test_ten_million_rows, setup, teardown),
        cmocka_unit_test_setup_teardown(test_unreadable_file, setup, teardown),
        cmocka_unit_test_setup_teardown(test_directory_as_input, setup, teardown),
        cmocka_unit_test_setup_teardown(test_output_dirs, setup, teardown),
        cmocka_unit_test_setup_teardown(test_same_file_in_and_out, setup, teardown),
        cmocka_unit_test_setup_teardown(test_output_to_fifo_or_device, setup, teardown),
        cmocka_unit_test_setup_teardown(test_actor_spellings, setup, teardown),
        cmocka_unit_test_setup_teardown(test_self_loops_and_huge_numbers, setup, teardown),
        cmocka_unit_test_setup_teardown(test_closed_pipe_every_writer, setup, teardown),
        cmocka_unit_test_setup_teardown(test_hostile_names_every_format, setup, teardown),
        cmocka_unit_test(test_dot_round_trip_names),
        cmocka_unit_test(test_export_gexf_undated_edges),
        cmocka_unit_test_setup_teardown(test_empty_lexicon_file, setup, teardown),
        cmocka_unit_test_setup_teardown(test_extract_title_at_end, setup, teardown),
        cmocka_unit_test(test_cp1252_text),
    };
    /* a closed pipe must not kill the test itself either */
    signal(SIGPIPE, SIG_IGN);
    return cmocka_run_group_tests_name("badinput", tests, NULL, NULL);
}
