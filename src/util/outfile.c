#define _GNU_SOURCE /* O_TMPFILE, linkat */
#include "outfile.h"
#include "diag.h"
#include "outbuf.h"
#include "outsig.h"

#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

static int is_stdout(const char *path) { return !path || strcmp(path, "-") == 0; }

static void release(outfile_t *of)
{
    outsig_forget(of->slot);
    if (of->fd >= 0) close(of->fd);
    free(of->path);
    free(of->tmp);
    of->path = of->tmp = NULL;
    of->fp = NULL;
    of->buf = NULL;
    of->fd = -1;
    of->slot = -1;
    of->unnamed = of->in_place = 0;
}

static int fail(outfile_t *of, const char *what, int e)
{
    int rc = diag_error(DN_EIO, of->path ? of->path : "<stdout>", 0, 0,
                        "%s: %s", what, strerror(e ? e : EIO));
    if (of->tmp && of->slot >= 0) unlink(of->tmp);
    release(of);
    return rc;
}

/* A short hidden name in the target's directory, so that even a name of
 * 255 bytes can be replaced: DIR/.dipnet-XXXXXX (X from time and pid). */
static char *short_tmp(const char *path)
{
    const char *slash = strrchr(path, '/');
    size_t dlen = slash ? (size_t)(slash - path) + 1 : 0;
    char *t = malloc(dlen + 16);
    if (!t) return NULL;
    memcpy(t, path, dlen);
    strcpy(t + dlen, ".dipnet-XXXXXX");
    return t;
}

/* Fills the six X of t with letters from a counter, the pid and the clock. */
static void fill_x(char *t, unsigned attempt)
{
    static const char abc[] =
        "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    uint64_t v = (uint64_t)ts.tv_nsec * 2654435761u ^ (uint64_t)getpid() << 20
                 ^ (uint64_t)attempt * 40503u;
    char *x = t + strlen(t) - 6;
    for (int i = 0; i < 6; i++, v /= 62) x[i] = abc[v % 62];
}

/* The target's directory, for O_TMPFILE. */
static char *dir_of(const char *path)
{
    const char *slash = strrchr(path, '/');
    if (!slash) return strdup(".");
    if (slash == path) return strdup("/");
    return strndup(path, (size_t)(slash - path));
}

/* Gives the new file the mode, owner and group of the file it replaces
 * (as editors and install do); owner only where permitted.  A new file
 * gets 0666 less the umask, like any file a program creates. */
static void copy_attributes(int fd, const struct stat *old, int exists)
{
    if (!exists) {
        mode_t um = umask(0);
        umask(um);
        fchmod(fd, 0666 & ~um);
        return;
    }
    if (old->st_uid != geteuid() || old->st_gid != getegid())
        if (fchown(fd, old->st_uid, old->st_gid) != 0)
            (void)!fchown(fd, (uid_t)-1, old->st_gid); /* group if a member */
    fchmod(fd, old->st_mode & 07777); /* after chown, which clears setuid */
}

/* Opens an unnamed file beside the target; -1 where O_TMPFILE or /proc
 * (needed to link it) are missing. */
static int open_unnamed(const char *path)
{
    if (getenv("DIPNET_NO_TMPFILE") || access("/proc/self/fd", X_OK) != 0)
        return -1;
    char *d = dir_of(path);
    if (!d) return -1;
    int fd = open(d, O_TMPFILE | O_WRONLY | O_CLOEXEC, 0600);
    int e = errno;
    free(d);
    errno = e;
    return fd;
}

/* Opens a named temporary (short hidden name) beside the target. */
static int open_named(outfile_t *of)
{
    for (unsigned a = 0; a < 100; a++) {
        fill_x(of->tmp, a);
        of->slot = outsig_watch(of->tmp);
        int fd = open(of->tmp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
        if (fd >= 0) return fd;
        int e = errno;
        outsig_forget(of->slot);
        of->slot = -1;
        if (e != EEXIST) {
            errno = e;
            return -1;
        }
    }
    errno = EEXIST;
    return -1;
}

/* fp writes through this to the file's own stream, so that the errno of
 * a failed write (ENOSPC on a full disk) is kept for the message instead
 * of a bare ferror flag. */
static ssize_t rec_write(void *c, const char *data, size_t n)
{
    outfile_t *of = c;
    errno = 0;
    size_t w = fwrite(data, 1, n, of->raw);
    if (w == n && fflush(of->raw) == 0) return (ssize_t)n;
    if (!of->werr) of->werr = errno ? errno : EIO;
    errno = of->werr;
    return -1;
}

static int rec_close(void *c)
{
    outfile_t *of = c;
    FILE *raw = of->raw;
    of->raw = NULL;
    errno = 0;
    if (fclose(raw) != 0) {
        if (!of->werr) of->werr = errno ? errno : EIO;
        errno = of->werr;
        return EOF;
    }
    return 0;
}

/* Puts the recording stream over raw (owned: closed with it). */
static int record(outfile_t *of, FILE *raw)
{
    cookie_io_functions_t io = {.write = rec_write, .close = rec_close};
    of->raw = raw;
    if (!(of->fp = fopencookie(of, "w", io))) {
        fclose(raw);
        of->raw = NULL;
        return -1;
    }
    return 0;
}

static int open_stdout(outfile_t *of)
{
    of->fp = outbuf_open(&of->buf);
    if (!of->fp) of->fp = stdout; /* no memory: write directly */
    return DN_OK;
}

int outfile_open(outfile_t *of, const char *path)
{
    memset(of, 0, sizeof *of);
    of->fd = of->slot = -1;
    outsig_install();
    if (is_stdout(path)) return open_stdout(of);
    struct stat st;
    int exists = stat(path, &st) == 0;
    if (exists && S_ISDIR(st.st_mode))
        return diag_error(DN_EIO, path, 0, 0, "is a directory");
    if (!(of->path = strdup(path))) return diag_nomem("output path");
    if (exists && !S_ISREG(st.st_mode)) {
        /* A FIFO or a device (-o /dev/null): a file renamed over it would
         * replace it, so write to it in place. */
        of->in_place = 1;
        FILE *raw = fopen(path, "w");
        if (!raw || record(of, raw)) return fail(of, "cannot write", errno);
        return DN_OK;
    }
    if (!(of->tmp = short_tmp(path))) {
        release(of);
        return diag_nomem("output path");
    }
    int fd = open_unnamed(path);
    if (fd >= 0) of->unnamed = 1;
    else if ((fd = open_named(of)) < 0) return fail(of, "cannot write", errno);
    copy_attributes(fd, &st, exists);
    of->fd = dup(fd);
    FILE *raw = of->fd >= 0 ? fdopen(fd, "w") : NULL;
    if (!raw) {
        int e = errno;
        close(fd);
        return fail(of, "cannot write", e);
    }
    if (record(of, raw)) return fail(of, "cannot write", errno);
    return DN_OK;
}

/* Gives the unnamed file of->fd the name `name`. */
static int link_unnamed(const outfile_t *of, const char *name)
{
    char proc[64];
    snprintf(proc, sizeof proc, "/proc/self/fd/%d", of->fd);
    return linkat(AT_FDCWD, proc, AT_FDCWD, name, AT_SYMLINK_FOLLOW);
}

/* Puts the finished unnamed file in place: directly when the target does
 * not exist, else under the short name and renamed over the target. */
static int place_unnamed(outfile_t *of)
{
    if (link_unnamed(of, of->path) == 0) return 0;
    if (errno != EEXIST) return errno;
    for (unsigned a = 0; a < 100; a++) {
        fill_x(of->tmp, a);
        of->slot = outsig_watch(of->tmp);
        if (link_unnamed(of, of->tmp) == 0) break;
        int e = errno;
        outsig_forget(of->slot);
        of->slot = -1;
        if (e != EEXIST || a == 99) return e;
    }
    if (rename(of->tmp, of->path) != 0) return errno;
    outsig_forget(of->slot);
    of->slot = -1;
    return 0;
}

/* Copies the held stdout output; EPIPE (the reader left) is fine. */
static int copy_to_stdout(outfile_t *of)
{
    int bad = fflush(of->fp) != 0 || ferror(of->fp);
    int e = outbuf_error(of->buf);
    if (bad) {
        outbuf_close(of->fp, of->buf);
        release(of);
        return diag_error(DN_EIO, "<stdout>", 0, 0,
                          "cannot hold the output until it is complete: %s "
                          "(set TMPDIR to a directory with space)",
                          strerror(e ? e : EIO));
    }
    fflush(stdout);
    int buffer_error;
    e = outbuf_copy(of->buf, STDOUT_FILENO, &buffer_error);
    outbuf_close(of->fp, of->buf);
    release(of);
    if (!e || e == EPIPE) return DN_OK;
    return diag_error(DN_EIO, "<stdout>", 0, 0, "%s: %s",
                      buffer_error ? "read error (held output)" : "write error",
                      strerror(e));
}

int outfile_commit(outfile_t *of)
{
    if (!of->fp) return DN_OK;
    if (of->buf) return copy_to_stdout(of);
    int bad = ferror(of->fp), e = 0;
    if (fflush(of->fp) != 0) { bad = 1; e = errno; }
    if (!of->path) { /* stdout written directly */
        of->fp = NULL;
        if (bad && e != EPIPE) return fail(of, "write error", e);
        release(of);
        return DN_OK;
    }
    if (fclose(of->fp) != 0) { bad = 1; if (!e) e = errno; }
    of->fp = NULL;
    if (of->werr) e = of->werr; /* the first failure says why */
    if (bad) {
        /* A closed pipe (`dipnet report -o /dev/stdout | head -1`) is not
         * the user's error. */
        if (of->in_place && e == EPIPE) { release(of); return DN_OK; }
        return fail(of, "write error", e);
    }
    if (of->in_place) { release(of); return DN_OK; }
    if (of->unnamed) e = place_unnamed(of);
    else if (rename(of->tmp, of->path) != 0) e = errno;
    if (e) return fail(of, "cannot write", e);
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
    if (of->buf) outbuf_close(of->fp, of->buf);
    else if (of->fp && of->path) fclose(of->fp);
    if (of->tmp && of->slot >= 0) unlink(of->tmp);
    release(of);
}

int outfile_id(const char *path, outfile_id_t *id)
{
    struct stat st;
    memset(id, 0, sizeof *id);
    if (!path) return 0;
    int r = strcmp(path, "-") == 0 ? fstat(STDIN_FILENO, &st) : stat(path, &st);
    /* A terminal or pipe on stdin is not a file one could overwrite. */
    if (r != 0 || !S_ISREG(st.st_mode)) return 0;
    id->dev = st.st_dev;
    id->ino = st.st_ino;
    return 1;
}

int outfile_id_is(const char *path, const outfile_id_t *id)
{
    outfile_id_t p;
    return outfile_id(path, &p) && p.dev == id->dev && p.ino == id->ino;
}

int outfile_same_file(const char *a, const char *b)
{
    outfile_id_t ib;
    if (!a || !b || !outfile_id(b, &ib)) return 0;
    return outfile_id_is(a, &ib);
}
