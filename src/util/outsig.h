/* outsig: the catchable signals that end a run while outputs are open.
 *
 * SIGINT, SIGTERM and SIGHUP (unless the caller ignores them, as nohup
 * does) remove every temporary output name that is visible at that moment
 * and end the process with exit code 128 + the signal number.  Outputs
 * written to unnamed files (O_TMPFILE) need no cleanup: the kernel drops
 * them.  SIGPIPE is ignored by main, so a closed pipe is an EPIPE write. */
#ifndef OUTSIG_H
#define OUTSIG_H

/* Installs the handlers (once; later calls do nothing). */
void outsig_install(void);
/* Marks `path` as a visible temporary name to remove on a signal; returns a
 * slot for outsig_forget, or -1 when all slots are taken (then the name is
 * not cleaned up on a signal).  `path` must live until outsig_forget. */
int outsig_watch(const char *path);
/* Ends the watch of slot (after rename or unlink); -1 is ignored. */
void outsig_forget(int slot);

#endif
