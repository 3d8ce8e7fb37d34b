/* progress: one line that says how a long step is going.
 *
 * On a terminal the line is redrawn in place ("\r"); elsewhere it is shown
 * only when DIPNET_PROGRESS=1 (then one line per update, for logs and
 * tests).  -q (diag_quiet) silences it.  It goes to standard error beside
 * diag's messages, which stay whole lines. */
#ifndef PROGRESS_H
#define PROGRESS_H

/* 1 when progress is shown at all. */
int progress_on(void);
/* Shows "dipnet: MESSAGE" as the current progress (printf format). */
void progress_show(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* Ends the progress line (a terminal gets its line cleared). */
void progress_end(void);

#endif
