/* testutil: helpers shared by the cmocka tests (header-only, static).
 * Tests run from the project root (make test), so fixtures are found as
 * tests/fixtures/...; diag messages are captured for assertions. */
#ifndef TESTUTIL_H
#define TESTUTIL_H

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>
#include <cmocka.h>
#include <dirent.h>

#include "util/diag.h"

static char tu_msgs[8192];

static void tu_sink(const char *line, void *ctx)
{
    (void)ctx;
    size_t n = strlen(tu_msgs);
    snprintf(tu_msgs + n, sizeof tu_msgs - n, "%s\n", line);
}

/* Starts capturing diag messages (clears earlier ones). */
static inline void tu_capture(void)
{
    tu_msgs[0] = '\0';
    diag_set_sink(tu_sink, NULL);
}

static inline const char *tu_messages(void) { return tu_msgs; }

/* Number of entries in directory `dir` (outputs and temporaries), without
 * "." and "..". */
static inline int tu_entries(const char *dir)
{
    DIR *d = opendir(dir);
    assert_non_null(d);
    int n = 0;
    struct dirent *e;
    while ((e = readdir(d)))
        if (strcmp(e->d_name, ".") && strcmp(e->d_name, "..")) n++;
    closedir(d);
    return n;
}

/* Makes a fresh folder /tmp/dipnet-TAG-XXXXXX; its path goes to dir. */
static inline void tu_make_dir(char *dir, size_t cap, const char *tag)
{
    snprintf(dir, cap, "/tmp/dipnet-%s-XXXXXX", tag);
    assert_non_null(mkdtemp(dir));
}

/* Removes folder dir with all in it: 0, or -1 when that fails (a
 * teardown's return value). */
static inline int tu_remove_dir(const char *dir)
{
    char cmd[256];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    return system(cmd) == 0 ? 0 : -1;
}

/* Writes `text` to a fresh temporary file; returns its path (static
 * storage, overwritten by the next call with the same slot). */
static inline const char *tu_write_temp(int slot, const char *text, size_t n)
{
    static char paths[8][64];
    snprintf(paths[slot], sizeof paths[slot], "/tmp/dipnet-test-XXXXXX");
    int fd = mkstemp(paths[slot]);
    assert_true(fd >= 0);
    if (n && write(fd, text, n) != (ssize_t)n) fail_msg("short write");
    close(fd);
    return paths[slot];
}

static inline int tu_exists(const char *path) { return access(path, F_OK) == 0; }

/* The dipnet binary under test: $DIPNET (set by make test) or ./dipnet. */
static inline const char *tu_dipnet(void)
{
    const char *b = getenv("DIPNET");
    return b && *b ? b : "./dipnet";
}

/* Output (stdout and stderr) of the last tu_run. */
static char tu_out[1 << 16];

/* Runs `dipnet ARGS` through sh, capturing stdout+stderr in tu_out;
 * returns the exit code (128 + signal when killed). */
static inline int tu_run(const char *args)
{
    char cmd[4096];
    snprintf(cmd, sizeof cmd, "%s %s 2>&1", tu_dipnet(), args);
    FILE *p = popen(cmd, "r");
    assert_non_null(p);
    size_t n = fread(tu_out, 1, sizeof tu_out - 1, p);
    tu_out[n] = '\0';
    int st = pclose(p);
    return WIFEXITED(st) ? WEXITSTATUS(st) : 128 + WTERMSIG(st);
}

#endif
