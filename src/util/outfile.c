#define _POSIX_C_SOURCE 200809L
#include "outfile.h"
#include "diag.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static int is_stdout(const char *path) { return !path || strcmp(path, "-") == 0; }

int outfile_open(outfile_t *of, const char *path)
{
    of->fp = NULL;
    of->path = of->tmp = NULL;
    of->to_stdout = 0;
    if (is_stdout(path)) {
        of->fp = tmpfile();
        if (of->fp) of->to_stdout = 1;
        else of->fp = stdout;
        return DN_OK;
    }
    struct stat st;
    int exists = stat(path, &st) == 0;
    if (exists && S_ISDIR(st.st_mode))
        return diag_error(DN_EIO, path, 0, 0, "is a directory");
    if (exists && !S_ISREG(st.st_mode)) {
        /* A FIFO or a device (-o /dev/null): a temporary renamed over it
         * would replace it, so write to it in place (path set, tmp NULL). */
        of->path = strdup(path);
        if (!of->path) return diag_nomem("output path");
        if (!(of->fp = fopen(path, "w"))) {
            int e = errno;
            free(of->path);
            of->path = NULL;
            return diag_error(DN_EIO, path, 0, 0, "cannot write: %s",
                              strerror(e));
        }
        return DN_OK;
    }
    size_t n = strlen(path);
    of->path = malloc(n + 1);
    of->tmp = malloc(n + 16);
    if (!of->path || !of->tmp) {
        free(of->path);
        free(of->tmp);
        of->path = of->tmp = NULL;
        return diag_nomem("output path");
    }
    memcpy(of->path, path, n + 1);
    snprintf(of->tmp, n + 16, "%s.tmp.XXXXXX", path);
    int fd = mkstemp(of->tmp);
    if (fd < 0) {
        int e = errno;
        free(of->path);
        free(of->tmp);
        of->path = of->tmp = NULL;
        return diag_error(DN_EIO, path, 0, 0, "cannot write: %s", strerror(e));
    }
    /* mkstemp makes 0600; outputs are ordinary files. */
    mode_t um = umask(0);
    umask(um);
    fchmod(fd, 0666 & ~um);
    of->fp = fdopen(fd, "w");
    if (!of->fp) {
        int e = errno;
        close(fd);
        unlink(of->tmp);
        free(of->path);
        free(of->tmp);
        of->path = of->tmp = NULL;
        return diag_error(DN_EIO, path, 0, 0, "cannot write: %s", strerror(e));
    }
    return DN_OK;
}

static void release(outfile_t *of)
{
    free(of->path);
    free(of->tmp);
    of->path = of->tmp = NULL;
    of->fp = NULL;
}

/* Copies the buffered stdout output; EPIPE (the reader left) is fine. */
static int copy_to_stdout(outfile_t *of)
{
    FILE *tmp = of->fp;
    of->fp = NULL;
    of->to_stdout = 0;
    int bad = fflush(tmp) != 0 || ferror(tmp);
    if (bad) {
        fclose(tmp);
        return diag_error(DN_EIO, "<stdout>", 0, 0,
                          "cannot buffer the output: %s", strerror(errno));
    }
    rewind(tmp);
    char chunk[65536];
    size_t got;
    int werr = 0;
    while (!werr && (got = fread(chunk, 1, sizeof chunk, tmp)) > 0)
        if (fwrite(chunk, 1, got, stdout) != got) werr = errno ? errno : EIO;
    int rerr = ferror(tmp);
    fclose(tmp);
    if (!werr && fflush(stdout) != 0) werr = errno ? errno : EIO;
    if (werr == EPIPE) return DN_OK;
    if (werr || rerr)
        return diag_error(DN_EIO, "<stdout>", 0, 0, "write error: %s",
                          strerror(werr ? werr : EIO));
    return DN_OK;
}

int outfile_commit(outfile_t *of)
{
    if (!of->fp) return DN_OK;
    if (of->to_stdout) return copy_to_stdout(of);
    if (!of->tmp) {
        int bad = fflush(of->fp) != 0 || ferror(of->fp);
        int e = errno;
        if (of->path && fclose(of->fp) != 0 && !bad) { /* in place */
            bad = 1;
            e = errno;
        }
        int rc = DN_OK;
        /* A closed pipe (`dipnet report | head -1`) is not the user's error. */
        if (bad && e != EPIPE)
            rc = diag_error(DN_EIO, of->path ? of->path : "<stdout>", 0, 0,
                            "write error: %s", strerror(e));
        release(of);
        return rc;
    }
    int bad = ferror(of->fp);
    int e = 0;
    if (fflush(of->fp) != 0) { bad = 1; e = errno; }
    if (fclose(of->fp) != 0) { bad = 1; if (!e) e = errno; }
    of->fp = NULL;
    if (bad) {
        unlink(of->tmp);
        int rc = diag_error(DN_EIO, of->path, 0, 0, "write error: %s",
                            e ? strerror(e) : "I/O error");
        release(of);
        return rc;
    }
    if (rename(of->tmp, of->path) != 0) {
        e = errno;
        unlink(of->tmp);
        int rc = diag_error(DN_EIO, of->path, 0, 0, "cannot write: %s",
                            strerror(e));
        release(of);
        return rc;
    }
    release(of);
    return DN_OK;
}

int outfile_finish(outfile_t *of, int rc)
{
    if (rc == DN_OK || (rc == DN_EIO && of->fp && ferror(of->fp)))
        return outfile_commit(of);
    outfile_abort(of);
    return rc;
}

void outfile_abort(outfile_t *of)
{
    if (of->fp && (of->tmp || of->to_stdout || of->path)) fclose(of->fp);
    of->to_stdout = 0;
    if (of->tmp) unlink(of->tmp);
    release(of);
}

const char *outfile_tmp_path(const outfile_t *of) { return of->tmp; }

int outfile_same_file(const char *a, const char *b)
{
    struct stat sa, sb;
    if (!a || !b || strcmp(a, "-") == 0 || strcmp(b, "-") == 0) return 0;
    if (stat(a, &sa) != 0 || stat(b, &sb) != 0) return 0;
    return sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
}
