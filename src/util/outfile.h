/* outfile: outputs that exist only on success, under their own name only.
 *
 * outfile_open writes to an unnamed file (O_TMPFILE) in the target's
 * directory; outfile_commit checks every write and links it into place, so
 * no temporary name is ever visible.  To replace an existing file it is
 * linked under a short hidden name (`.dipnet-XXXXXX`) and renamed over the
 * target at once.  Where the file system lacks O_TMPFILE, the output is
 * written under that short name from the start (temp-and-rename).  A
 * replaced file keeps its mode and, where permitted, its owner and group.
 * SIGINT, SIGTERM and SIGHUP remove any visible temporary name and exit
 * 128 + N (see outsig.h).  Path "-" or NULL means stdout: the output is
 * held (in memory, or beyond 8 MiB in $TMPDIR) and copied on commit, so a
 * failure half-way prints nothing.  A FIFO or device is written in place. */
#ifndef OUTFILE_H
#define OUTFILE_H

#include <stdio.h>
#include <sys/types.h>

struct outbuf;

typedef struct {
    FILE *fp;          /* write here */
    char *path;        /* target path (owned), NULL for stdout */
    char *tmp;         /* temporary name (owned) while visible or planned */
    int fd;            /* dup of fp's descriptor, for linkat; -1 if none */
    int unnamed;       /* fd is an O_TMPFILE file */
    int in_place;      /* a FIFO or device: written directly */
    int slot;          /* outsig slot of tmp, -1 when not watched */
    struct outbuf *buf;/* the stdout buffer, NULL otherwise */
    FILE *raw;         /* the file's own stream under fp (files, in place) */
    int werr;          /* errno of the first failed write */
} outfile_t;

/* Opens an output.  Reports `dipnet: PATH: ...` and returns DN_EIO when the
 * directory is missing or not writable, or when the target is a directory. */
int outfile_open(outfile_t *of, const char *path);
/* Flushes, closes and links or renames into place; on any failure removes
 * what it wrote, reports (with the errno's text) and returns DN_EIO.
 * Always releases `of`. */
int outfile_commit(outfile_t *of);
/* Ends an output after the work returned rc: commits when rc is DN_OK, or
 * when rc is DN_EIO from a failed write to this output (the commit then
 * reports it, or — a closed pipe on stdout, `dipnet report | head -1` —
 * ends quietly with DN_OK); otherwise (bad input, a read error) discards
 * the output and returns rc. */
int outfile_finish(outfile_t *of, int rc);
/* Discards the output.  Safe after a commit. */
void outfile_abort(outfile_t *of);

/* Returns 1 when paths a and b name the same existing file (input = output
 * guard), else 0.  "-" stands for standard input on either side. */
int outfile_same_file(const char *a, const char *b);

/* A regular file's identity, to compare many paths with one file at one
 * stat each (outfile_same_file stats both sides every time). */
typedef struct {
    dev_t dev;
    ino_t ino;
} outfile_id_t;

/* Fills *id for path ("-": standard input); 1 when it names an existing
 * regular file, else 0 (nothing can be the same file then). */
int outfile_id(const char *path, outfile_id_t *id);

/* 1 when path names the regular file id stands for (outfile_same_file of
 * path and the file id was taken from). */
int outfile_id_is(const char *path, const outfile_id_t *id);

#endif
