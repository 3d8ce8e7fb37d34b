#include "util/timing.h"

#include <stdio.h>
#include <stdlib.h>
#include <time.h>

void timing_mark(const char *stage)
{
    static int enabled = -1;
    static struct timespec last;
    if (enabled < 0) {
        enabled = getenv("DIPNET_TIMING") != NULL;
        clock_gettime(CLOCK_MONOTONIC, &last);
        if (!stage) return;
    }
    if (!enabled) return;
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    double s = (double)(now.tv_sec - last.tv_sec) +
               (double)(now.tv_nsec - last.tv_nsec) / 1e9;
    last = now;
    if (stage) fprintf(stderr, "dipnet: timing: %-12s %.3f s\n", stage, s);
}
