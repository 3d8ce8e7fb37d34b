#define _GNU_SOURCE
#include "outsig.h"

#include <signal.h>
#include <stddef.h>
#include <unistd.h>

/* An output command has at most a handful of outputs open at once
 * (export csv: two). */
#define NSLOTS 16
static const char *volatile slots[NSLOTS];
static volatile sig_atomic_t installed;

static const int sigs[] = {SIGINT, SIGTERM, SIGHUP};

/* Only async-signal-safe calls here: unlink and _exit. */
static void on_signal(int sig)
{
    for (int i = 0; i < NSLOTS; i++) {
        const char *p = slots[i];
        if (p) unlink(p);
    }
    _exit(128 + sig);
}

void outsig_install(void)
{
    if (installed) return;
    installed = 1;
    for (size_t i = 0; i < sizeof sigs / sizeof sigs[0]; i++) {
        struct sigaction old, sa = {0};
        /* nohup and `trap '' HUP` ignore a signal: keep ignoring it. */
        if (sigaction(sigs[i], NULL, &old) == 0 && old.sa_handler == SIG_IGN)
            continue;
        sa.sa_handler = on_signal;
        sigfillset(&sa.sa_mask); /* one handler at a time */
        sigaction(sigs[i], &sa, NULL);
    }
}

int outsig_watch(const char *path)
{
    for (int i = 0; i < NSLOTS; i++)
        if (!slots[i]) {
            slots[i] = path;
            return i;
        }
    return -1;
}

void outsig_forget(int slot)
{
    if (slot >= 0 && slot < NSLOTS) slots[slot] = NULL;
}
