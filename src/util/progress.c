#include "progress.h"
#include "diag.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static int shown; /* a terminal line is open */

static int tty(void) { return isatty(STDERR_FILENO); }

int progress_on(void)
{
    if (diag_quiet()) return 0;
    const char *e = getenv("DIPNET_PROGRESS");
    if (e && *e) return strcmp(e, "0") != 0;
    return tty();
}

void progress_show(const char *fmt, ...)
{
    if (!progress_on()) return;
    char msg[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    if (tty()) {
        fprintf(stderr, "\rdipnet: %s\033[K", msg);
        shown = 1;
    } else {
        fprintf(stderr, "dipnet: %s\n", msg);
    }
    fflush(stderr);
}

void progress_end(void)
{
    if (shown) fputs("\r\033[K", stderr);
    shown = 0;
}
