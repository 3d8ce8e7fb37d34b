/* outfile: outputs that exist only on success.
 *
 * outfile_open writes to a temporary file beside the target (same directory,
 * so rename() is atomic); outfile_commit checks every write and renames it
 * into place; outfile_abort removes it.  Path "-" or NULL means stdout: the
 * output then goes to an anonymous temporary file first and is copied to
 * stdout on commit, so a failure half-way prints nothing (falls back to
 * writing stdout directly when no temporary file can be made). */
#ifndef OUTFILE_H
#define OUTFILE_H

#include <stdio.h>

typedef struct {
    FILE *fp;          /* write here */
    char *path;        /* target path (owned), NULL for stdout */
    char *tmp;         /* temporary path (owned), NULL for stdout */
    int to_stdout;     /* fp is a tmpfile() to copy to stdout on commit */
} outfile_t;

/* Opens an output.  Reports `dipnet: PATH: ...` and returns DN_EIO when the
 * directory is missing or not writable, or when the target is a directory. */
int outfile_open(outfile_t *of, const char *path);
/* Flushes, closes and renames into place; on any failure removes the
 * temporary file, reports and returns DN_EIO.  Always releases `of`. */
int outfile_commit(outfile_t *of);
/* Ends an output after the work returned rc: commits when rc is DN_OK, or
 * when rc is DN_EIO from a failed write to this output (the commit then
 * reports it, or — a closed pipe on stdout, `dipnet report | head -1` —
 * ends quietly with DN_OK); otherwise (bad input, a read error) discards
 * the output and returns rc. */
int outfile_finish(outfile_t *of, int rc);
/* Discards the output (removes the temporary file).  Safe after a commit. */
void outfile_abort(outfile_t *of);
/* The temporary path (for libraries that write by file name), or NULL. */
const char *outfile_tmp_path(const outfile_t *of);

/* Returns 1 when paths a and b name the same existing file (input = output
 * guard), else 0. */
int outfile_same_file(const char *a, const char *b);

#endif
