/* timing: stage timings on stderr when DIPNET_TIMING is set (for the
 * benchmarks and for users asking where the time goes). */
#ifndef TIMING_H
#define TIMING_H

/* Prints "dipnet: timing: STAGE S.SSS s" for the time since the previous
 * call (or program start) when DIPNET_TIMING is set in the environment. */
void timing_mark(const char *stage);

#endif
