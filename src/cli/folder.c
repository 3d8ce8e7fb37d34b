/* folder: the input files below a folder (folder.h). */
#include "cli/folder.h"

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

#include "util/diag.h"

#define FOLDER_MAX_DEPTH 64

void folder_list_init(folder_list_t *l)
{
    memset(l, 0, sizeof *l);
}

void folder_list_destroy(folder_list_t *l)
{
    for (size_t i = 0; i < l->n; i++) free(l->paths[i]);
    free(l->paths);
    folder_list_init(l);
}

/* Takes ownership of p (freed on failure). */
static int push(folder_list_t *l, char *p)
{
    if (l->n == l->cap) {
        size_t nc = l->cap ? l->cap * 2 : 16;
        char **np = realloc(l->paths, nc * sizeof *np);
        if (!np) { free(p); return diag_nomem("folder"); }
        l->paths = np;
        l->cap = nc;
    }
    l->paths[l->n++] = p;
    return DN_OK;
}

int folder_wanted(const char *name, unsigned kinds)
{
    static const char *const events[] = {".tsv", ".csv", ".tab"};
    if (name[0] == '.') return 0;
    const char *dot = strrchr(name, '.');
    if (!dot || dot == name) return 0;
    if ((kinds & FOLDER_TEXTS) && !strcasecmp(dot, ".txt")) return 1;
    for (size_t i = 0; (kinds & FOLDER_EVENTS) && i < 3; i++)
        if (!strcasecmp(dot, events[i])) return 1;
    return 0;
}

static int by_name(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The entry names of dir except "." and "..", sorted, into *names. */
static int read_names(const char *dir, folder_list_t *names)
{
    DIR *d = opendir(dir);
    if (!d)
        return diag_error(DN_EIO, dir, 0, 0, "cannot open folder: %s",
                          strerror(errno));
    int rc = DN_OK;
    struct dirent *e;
    errno = 0;
    while (!rc && (e = readdir(d)) != NULL) {
        if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, "..")) continue;
        char *p = strdup(e->d_name);
        rc = p ? push(names, p) : diag_nomem("folder");
        errno = 0;
    }
    if (!rc && errno)
        rc = diag_error(DN_EIO, dir, 0, 0, "cannot read folder: %s",
                        strerror(errno));
    closedir(d);
    if (!rc && names->n > 1)
        qsort(names->paths, names->n, sizeof *names->paths, by_name);
    return rc;
}

static int collect(const char *dir, unsigned kinds, int depth,
                   folder_list_t *out);

/* One entry of a folder: a folder to walk, a wanted file, or nothing. */
static int visit(const char *path, const char *name, unsigned kinds,
                 int depth, folder_list_t *out)
{
    struct stat st;
    if (lstat(path, &st) != 0)
        return diag_error(DN_EIO, path, 0, 0, "cannot open: %s",
                          strerror(errno));
    if (S_ISDIR(st.st_mode)) return collect(path, kinds, depth + 1, out);
    if (!folder_wanted(name, kinds)) return DN_OK;
    if (S_ISLNK(st.st_mode) && stat(path, &st) != 0)
        return diag_error(DN_EIO, path, 0, 0, "cannot open: %s",
                          strerror(errno));
    if (S_ISDIR(st.st_mode)) return DN_OK;   /* a link to a folder */
    char *p = strdup(path);
    return p ? push(out, p) : diag_nomem("folder");
}

static int collect(const char *dir, unsigned kinds, int depth,
                   folder_list_t *out)
{
    if (depth > FOLDER_MAX_DEPTH)
        return diag_error(DN_EINPUT, dir, 0, 0,
                          "folders nested more than %d deep",
                          FOLDER_MAX_DEPTH);
    folder_list_t names;
    folder_list_init(&names);
    int rc = read_names(dir, &names);
    size_t dl = strlen(dir);
    int slash = dl && dir[dl - 1] == '/';
    for (size_t i = 0; !rc && i < names.n; i++) {
        const char *name = names.paths[i];
        if (name[0] == '.') continue;
        size_t need = dl + strlen(name) + 2;
        char *path = malloc(need);
        if (!path) { rc = diag_nomem("folder"); break; }
        snprintf(path, need, "%s%s%s", dir, slash ? "" : "/", name);
        rc = visit(path, name, kinds, depth, out);
        free(path);
    }
    folder_list_destroy(&names);
    return rc;
}

int folder_collect(const char *dir, unsigned kinds, folder_list_t *out)
{
    return collect(dir, kinds, 0, out);
}
