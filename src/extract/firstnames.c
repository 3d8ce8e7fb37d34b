/* firstnames: the list of first names, read once into a string table. */
#include "extract/firstnames.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "util/diag.h"

void firstnames_init(firstnames_t *f)
{
    strtab_init(&f->names);
    f->loaded = 0;
}

void firstnames_destroy(firstnames_t *f)
{
    strtab_destroy(&f->names);
    f->loaded = 0;
}

/* The list's path for lexicon_dir into out; 0 when there is none. */
static int names_path(const char *lexicon_dir, char *out, size_t cap)
{
    static const char *const REL[] = { "first_names.txt", "../../build/grammar/first_names.txt" };
    for (size_t i = 0; i < 2; i++) {
        snprintf(out, cap, "%s/%s", lexicon_dir, REL[i]);
        if (access(out, F_OK) == 0) return 1;
    }
    return 0;
}

int firstnames_load(firstnames_t *f, const char *lexicon_dir)
{
    char path[4096];
    if (!names_path(lexicon_dir, path, sizeof path)) return DN_OK;
    FILE *fp = fopen(path, "r");
    if (!fp) return diag_error(DN_EIO, path, 0, 0, "cannot open: %s", strerror(errno));
    char line[256];
    int rc = DN_OK;
    while (!rc && fgets(line, sizeof line, fp)) {
        size_t n = strcspn(line, "\r\n");
        if (n && strtab_intern(&f->names, line, n, NULL) < 0) rc = diag_nomem("first names");
    }
    if (!rc && ferror(fp)) rc = diag_error(DN_EIO, path, 0, 0, "cannot read: %s", strerror(errno));
    fclose(fp);
    f->loaded = !rc;
    /* most words asked are no first name: a filter answers them */
    if (!rc) (void)strtab_filter(&f->names);
    return rc;
}

int firstnames_has(const firstnames_t *f, const char *s, size_t n)
{
    return f->loaded && strtab_find(&f->names, s, n) >= 0;
}
