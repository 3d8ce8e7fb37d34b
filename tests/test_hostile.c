/* The hostile catalogue, round two: what an attacker or a bad day does to
 * dipnet's outputs and inputs - signals mid-run, replaced files' rights,
 * full temporary directories, binary and endless input, lost errno, long
 * names.  Each test is named after the item it holds (docs/reliability.md
 * lists them).  Runs the binary from $DIPNET (make test) or ./dipnet. */
#define _GNU_SOURCE
#include "testutil.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <time.h>

static char out[1 << 16];
static char dir[320];

/* Runs `sh -c 'CMD'` with $D set to the dipnet binary and $T to the test
 * directory, output in out[]; returns the exit code (128 + N if killed). */
static int sh(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static int sh(const char *fmt, ...)
{
    char body[8192], cmd[9000];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(body, sizeof body, fmt, ap);
    va_end(ap);
    snprintf(cmd, sizeof cmd, "export D='%s' T='%s'; (%s) 2>&1", tu_dipnet(), dir,
             body);
    FILE *p = popen(cmd, "r");
    assert_non_null(p);
    size_t n = fread(out, 1, sizeof out - 1, p);
    out[n] = '\0';
    while (fgetc(p) != EOF) {}
    int st = pclose(p);
    return WIFEXITED(st) ? WEXITSTATUS(st) : 128 + WTERMSIG(st);
}

#define want(rc, code, text)                                                 \
    do {                                                                     \
        int rc_ = (rc);                                                      \
        if (rc_ != (code) || !strstr(out, (text)))                           \
            fail_msg("exit %d (want %d), output:\n%.2000s\n(want '%s')",     \
                     rc_, (int)(code), out, (text));                         \
    } while (0)

/* The test directory is under build/ (not /tmp), so that tests can hide
 * /tmp behind a full file system. */
static int setup(void **state)
{
    (void)state;
    char cwd[200];
    assert_non_null(getcwd(cwd, sizeof cwd));
    mkdir("build", 0755);
    snprintf(dir, sizeof dir, "%s/build/hostile-XXXXXX", cwd);
    assert_non_null(mkdtemp(dir));
    chmod(dir, 0755);
    return 0;
}

static int teardown(void **state)
{
    (void)state;
    char cmd[400];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    return system(cmd) == 0 ? 0 : -1;
}

static const char *path(const char *name)
{
    static char p[8][700];
    static int k;
    k = (k + 1) % 8;
    snprintf(p[k], sizeof p[k], "%s/%s", dir, name);
    return p[k];
}

#define HEAD "source\tsource_kind\trelation\ttarget\ttarget_kind\tstart\tend\tplace\tdoc\tline\tevidence\n"

/* An event file of `rows` rows among many actors (big outputs). */
static void write_big(const char *p, long rows)
{
    FILE *f = fopen(p, "w");
    assert_non_null(f);
    fputs(HEAD, f);
    for (long i = 0; i < rows; i++)
        fprintf(f, "Actor %ld\tperson\tmeeting\tActor %ld\tperson\t2015\t\t\t\t\t\n",
                i % 50000, (i * 7919 + 13) % 50000);
    assert_int_equal(fclose(f), 0);
}

/* Entries of the test directory other than the names in keep (NULL-ended),
 * as one string ("" when none). */
static const char *strays(const char *const *keep)
{
    static char s[4096];
    s[0] = '\0';
    DIR *d = opendir(dir);
    assert_non_null(d);
    struct dirent *e;
    while ((e = readdir(d))) {
        if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, "..")) continue;
        int kept = 0;
        for (const char *const *k = keep; *k; k++) kept |= !strcmp(*k, e->d_name);
        if (!kept && strlen(s) + strlen(e->d_name) + 2 < sizeof s) {
            strcat(s, e->d_name);
            strcat(s, " ");
        }
    }
    closedir(d);
    return s;
}

/* Does process pid have an output open in the test directory (a named
 * temporary, or an unnamed O_TMPFILE file shown as DIR/#N (deleted))? */
static int output_open(pid_t pid)
{
    char fddir[64], link[400], target[1024];
    snprintf(fddir, sizeof fddir, "/proc/%d/fd", (int)pid);
    DIR *d = opendir(fddir);
    if (!d) return 0;
    int found = 0;
    struct dirent *e;
    while (!found && (e = readdir(d))) {
        snprintf(link, sizeof link, "%s/%s", fddir, e->d_name);
        ssize_t n = readlink(link, target, sizeof target - 1);
        if (n <= 0) continue;
        target[n] = '\0';
        found = strncmp(target, dir, strlen(dir)) == 0 &&
                !strstr(target, "big.tsv");
    }
    closedir(d);
    return found;
}

/* ------------------------------------------------ item 1: signals */

/* Starts `dipnet export --format graphml -o out.graphml big.tsv`, waits
 * until its output is open, sends sig and returns the exit code. */
static int interrupt_export(int sig, int named)
{
    pid_t pid = fork();
    assert_true(pid >= 0);
    if (pid == 0) {
        if (named) setenv("DIPNET_NO_TMPFILE", "1", 1);
        int null = open("/dev/null", O_WRONLY);
        dup2(null, 2);
        execl(tu_dipnet(), "dipnet", "export", "--format", "graphml",
              "--measures", "degree", "-o", path("out.graphml"),
              path("big.tsv"), (char *)NULL);
        _exit(127);
    }
    int open_seen = 0;
    for (int i = 0; i < 4000 && !open_seen; i++) {
        open_seen = output_open(pid);
        if (!open_seen) usleep(5000);
    }
    if (!open_seen) {
        kill(pid, SIGKILL);
        waitpid(pid, NULL, 0);
        fail_msg("the export never opened its output");
    }
    if (named) {
        /* the fallback's temporary is visible until the signal */
        const char *keep[] = {"big.tsv", NULL};
        assert_non_null(strstr(strays(keep), ".dipnet-"));
    }
    kill(pid, sig);
    int st;
    assert_int_equal(waitpid(pid, &st, 0), pid);
    return WIFEXITED(st) ? WEXITSTATUS(st) : 128 + WTERMSIG(st);
}

/* SIGINT, SIGTERM or SIGHUP during a big export leave no file (neither the
 * output nor a temporary) and end with exit 128+N; while it runs, no
 * temporary name is visible where O_TMPFILE works. */
static void test_interrupted_run_leaves_nothing(void **state)
{
    (void)state;
    write_big(path("big.tsv"), 400000);
    const int sigs[] = {SIGINT, SIGTERM, SIGHUP};
    const char *keep[] = {"big.tsv", NULL};
    for (int named = 0; named < 2; named++)
        for (size_t i = 0; i < 3; i++) {
            int rc = interrupt_export(sigs[i], named);
            if (rc != 128 + sigs[i] || *strays(keep))
                fail_msg("signal %d (%s temporary): exit %d, left: '%s'",
                         sigs[i], named ? "named" : "unnamed", rc, strays(keep));
        }
}

/* -------------------------------------- item 2: permissions kept */

static void test_replaced_output_keeps_mode_and_owner(void **state)
{
    (void)state;
    const char *f = "tests/fixtures/florentine.tsv";
    const char *o = path("r.csv");
    struct stat st;
    const mode_t modes[] = {0600, 0444, 0640};
    for (size_t i = 0; i < 3; i++) {
        FILE *w = fopen(o, "w");
        assert_non_null(w);
        fclose(w);
        assert_int_equal(chmod(o, modes[i]), 0);
        int rc = sh("\"$D\" report --format csv -o '%s' %s", o, f);
        want(rc, 0, "");
        assert_int_equal(stat(o, &st), 0);
        if ((st.st_mode & 07777) != modes[i])
            fail_msg("mode %o became %o", modes[i], st.st_mode & 07777);
        assert_true(st.st_size > 100); /* and it was replaced */
        unlink(o);
    }
    if (geteuid() != 0) {
        print_message("hostile: not root: owner case skipped\n");
        return;
    }
    FILE *w = fopen(o, "w");
    fclose(w);
    assert_int_equal(chown(o, 65534, 65534), 0);
    assert_int_equal(sh("\"$D\" report --format csv -o '%s' %s", o, f), 0);
    assert_int_equal(stat(o, &st), 0);
    assert_int_equal(st.st_uid, 65534);
    assert_int_equal(st.st_gid, 65534);
    assert_true(st.st_size > 100);
}

/* ------------------------------------------------ item 7 (outputs) */

/* A 253-byte file name: a suffix on it would pass NAME_MAX (255). */
static void test_long_output_name(void **state)
{
    (void)state;
    char name[254];
    memset(name, 'n', 253);
    name[253] = '\0';
    for (int named = 0; named < 2; named++)
        for (int again = 0; again < 2; again++) { /* create, then replace */
            int rc = sh("%s\"$D\" report --format csv -o '%s' "
                        "tests/fixtures/florentine.tsv",
                        named ? "DIPNET_NO_TMPFILE=1 " : "", path(name));
            want(rc, 0, "");
            assert_true(tu_exists(path(name)));
        }
    const char *keep[] = {name, NULL};
    assert_string_equal(strays(keep), "");
}

/* `dipnet report -o s.tsv - < s.tsv` must not overwrite its own input. */
static void test_output_is_stdin(void **state)
{
    (void)state;
    int rc = sh("cp tests/fixtures/florentine.tsv \"$T/s.tsv\" && "
                "\"$D\" report -o \"$T/s.tsv\" - < \"$T/s.tsv\"");
    want(rc, 2, "s.tsv: is also an input; refusing to overwrite it");
    assert_int_equal(sh("cmp tests/fixtures/florentine.tsv \"$T/s.tsv\""), 0);
}

/* Standard output is held until the run succeeds: small outputs in memory,
 * big ones in $TMPDIR.  /tmp is hidden behind a full file system in a
 * private mount namespace (skipped where unshare cannot do that). */
static void test_stdout_held_with_tmp_full(void **state)
{
    (void)state;
    if (sh("unshare -m sh -c 'mount -t tmpfs -o size=64k none /tmp'") != 0) {
        print_message("hostile: unshare/mount not permitted: skipped\n");
        return;
    }
    write_big(path("big.tsv"), 200000);
    const char *fill = "mount -t tmpfs -o size=64k none /tmp && "
                       "(cat /dev/zero > /tmp/fill 2>/dev/null; true)";
    /* small: in memory, /tmp untouched */
    int rc = sh("unshare -m sh -c '%s && \"$D\" report --format csv "
                "tests/fixtures/florentine.tsv | wc -l'", fill);
    want(rc, 0, "16");
    /* big (over 8 MiB): in $TMPDIR */
    rc = sh("unshare -m sh -c '%s && TMPDIR=\"$T\" \"$D\" export --format "
            "graphml --measures degree \"$T/big.tsv\" | tail -c 11'", fill);
    want(rc, 0, "</graphml>");
    const char *keep[] = {"big.tsv", NULL};
    assert_string_equal(strays(keep), "");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_interrupted_run_leaves_nothing, setup, teardown),
        cmocka_unit_test_setup_teardown(test_replaced_output_keeps_mode_and_owner, setup, teardown),
        cmocka_unit_test_setup_teardown(test_long_output_name, setup, teardown),
        cmocka_unit_test_setup_teardown(test_output_is_stdin, setup, teardown),
        cmocka_unit_test_setup_teardown(test_stdout_held_with_tmp_full, setup, teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
