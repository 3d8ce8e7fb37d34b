/* folder: the input files below a folder, for `dipnet report DIR`.
 *
 * Which files: texts are files named *.txt, event files *.tsv, *.csv and
 * *.tab (extensions in any case; what a file holds is still recognised by
 * its content); hidden files and folders (a name starting with '.') and
 * everything else (NAME.date side files, README.md, pictures) are left
 * out.  Folders are walked recursively, each folder's entries in byte
 * order of their names, so the same tree always gives the same list and
 * the same output.  Symbolic links to files are followed, links to
 * folders are not (no cycles). */
#ifndef CLI_FOLDER_H
#define CLI_FOLDER_H

#include <stddef.h>

/* What folder_collect takes. */
enum {
    FOLDER_TEXTS = 1 << 0,   /* *.txt */
    FOLDER_EVENTS = 1 << 1   /* *.tsv, *.csv, *.tab */
};

/* A list of paths; the list owns them. */
typedef struct {
    char **paths;
    size_t n, cap;
} folder_list_t;

void folder_list_init(folder_list_t *l);
/* Frees every path and the array (the list is empty afterwards). */
void folder_list_destroy(folder_list_t *l);

/* 1 when the file name (a path's last component) is one folder_collect
 * takes for `kinds` (FOLDER_* bits). */
int folder_wanted(const char *name, unsigned kinds);

/* Appends the files of `kinds` below folder `dir` to *out, as `dir/sub/
 * name` paths in sorted order.  Returns DN_OK, DN_EIO (a folder cannot be
 * read, a link is dangling; reported with its path), DN_EINPUT (folders
 * nested deeper than 64) or DN_ENOMEM. */
int folder_collect(const char *dir, unsigned kinds, folder_list_t *out);

#endif
