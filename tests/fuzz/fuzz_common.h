/* fuzz_common: what every dipnet fuzz target shares (libFuzzer, built by
 * `make fuzz` with clang -fsanitize=fuzzer,address,undefined).
 *
 * Targets call the project's code as the command line does, with diag
 * messages swallowed (an error message is a correct answer to bad input;
 * a crash, a leak, a hang or a broken invariant is not).  An invariant that
 * fails calls FUZZ_CHECK, which aborts so libFuzzer saves the input. */
#ifndef FUZZ_COMMON_H
#define FUZZ_COMMON_H

#define _GNU_SOURCE /* fmemopen, open_memstream */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util/diag.h"

static void fuzz_quiet_sink(const char *line, void *ctx)
{
    (void)line;
    (void)ctx;
}

/* Messages off (set once per process). */
static inline void fuzz_quiet(void)
{
    diag_set_sink(fuzz_quiet_sink, NULL);
    diag_set_quiet(1);
}

#define FUZZ_CHECK(cond, ...)                                                \
    do {                                                                     \
        if (!(cond)) {                                                       \
            fprintf(stderr, "fuzz invariant failed: %s (%s:%d): ", #cond,   \
                    __FILE__, __LINE__);                                     \
            fprintf(stderr, __VA_ARGS__);                                    \
            fputc('\n', stderr);                                             \
            abort();                                                         \
        }                                                                    \
    } while (0)

/* A read-only stream over the fuzz input (an empty input stays empty). */
static inline FILE *fuzz_open(const uint8_t *data, size_t size)
{
    static const char empty[1];
    FILE *fp = fmemopen(size ? (void *)data : (void *)empty, size ? size : 1, "r");
    if (fp && !size) fgetc(fp);
    return fp;
}

#endif
