#include "util/threads.h"

#include <stdlib.h>
#include <unistd.h>

int threads_allowed(void)
{
    static int allowed; /* 0 = not yet read */
    if (allowed) return allowed;
    int n = 0;
    const char *e = getenv("DIPNET_THREADS");
    if (e && *e) {
        char *end;
        long v = strtol(e, &end, 10);
        if (*end == '\0' && v >= 1 && v <= 64) n = (int)v;
    }
    if (!n) {
        long cpus = sysconf(_SC_NPROCESSORS_ONLN);
        n = cpus > 1 ? 2 : 1;
    }
    allowed = n;
    return n;
}
