/* threads: how many threads dipnet may use.
 *
 * Big inputs use a second thread (parsing ahead while the network is
 * filled; PageRank next to eigenvector centrality).  DIPNET_THREADS=1
 * turns that off, e.g. to compare single-threaded speed or on a machine
 * shared with other work; results are the same either way. */
#ifndef THREADS_H
#define THREADS_H

/* The number of threads a stage may run at once: DIPNET_THREADS when set
 * to a number from 1 to 64, else 2 on a machine with more than one CPU,
 * else 1.  Read once; safe to call from any thread after the first call. */
int threads_allowed(void);

#endif
