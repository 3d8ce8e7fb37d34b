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
#include <unistd.h>
#include <cmocka.h>

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

#endif
