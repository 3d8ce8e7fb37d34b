#include "grammar/roles.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "text/decode.h"
#include "util/diag.h"
#include "util/lines.h"

static const struct { const char *name; unsigned bit; } ROLE_NAMES[] = {
    { "neg", ROLE_NEG }, { "say", ROLE_SAY }, { "ready", ROLE_READY },
    { "agent", ROLE_AGENT }, { "werden", ROLE_WERDEN },
    { "perfect", ROLE_PERFECT }, { "statal", ROLE_STATAL },
    { "seinverb", ROLE_SEINVERB }, { "cond", ROLE_COND },
    { "arrive", ROLE_ARRIVE }, { "topic", ROLE_TOPIC },
    { "time", ROLE_TIME },
};

void gram_roles_init(gram_roles_t *r)
{
    strtab_init(&r->words);
    r->role = NULL;
    r->cap = 0;
}

void gram_roles_destroy(gram_roles_t *r)
{
    strtab_destroy(&r->words);
    free(r->role);
    r->role = NULL;
    r->cap = 0;
}

unsigned gram_role_bit(const char *name, size_t len)
{
    for (size_t i = 0; i < sizeof ROLE_NAMES / sizeof ROLE_NAMES[0]; i++)
        if (strlen(ROLE_NAMES[i].name) == len &&
            memcmp(ROLE_NAMES[i].name, name, len) == 0)
            return ROLE_NAMES[i].bit;
    return 0;
}

int gram_roles_add(gram_roles_t *r, const char *word, size_t len,
                   unsigned roles)
{
    long id = strtab_intern(&r->words, word, len, NULL);
    if (id < 0) return diag_nomem("grammar roles");
    if ((size_t)id >= r->cap) {
        size_t cap = r->cap ? r->cap * 2 : 64;
        while (cap <= (size_t)id) cap *= 2;
        uint16_t *p = realloc(r->role, cap * sizeof *p);
        if (!p) return diag_nomem("grammar roles");
        memset(p + r->cap, 0, (cap - r->cap) * sizeof *p);
        r->role = p;
        r->cap = cap;
    }
    r->role[id] |= (uint16_t)roles;
    return DN_OK;
}

unsigned gram_roles_get(const gram_roles_t *r, const char *word, size_t len)
{
    long id = strtab_find(&r->words, word, len);
    return id < 0 ? 0 : r->role[id];
}

/* One line: "word<TAB>role".  Errors name the file, line and column, as
 * the extractor's lexicon reader does. */
static int read_row(gram_roles_t *r, const char *path, long line, char *p,
                    char *e, int *have_header)
{
    char *tab = memchr(p, '\t', (size_t)(e - p));
    size_t ncells = 1;
    for (char *q = p; q < e; q++) ncells += *q == '\t';
    if (ncells != 2)
        return diag_error(DN_EINPUT, path, line, 1,
                          "expected 2 tab-separated cells, found %zu", ncells);
    size_t wl = (size_t)(tab - p), rl = (size_t)(e - tab - 1);
    if (!*have_header) {
        if (wl != 4 || memcmp(p, "word", 4) != 0)
            return diag_error(DN_EINPUT, path, line, 1,
                              "header: expected column 'word', found '%.*s'",
                              (int)wl, p);
        if (rl != 4 || memcmp(tab + 1, "role", 4) != 0)
            return diag_error(DN_EINPUT, path, line, (long)wl + 2,
                              "header: expected column 'role', found '%.*s'",
                              (int)rl, tab + 1);
        *have_header = 1;
        return DN_OK;
    }
    if (wl == 0) return diag_error(DN_EINPUT, path, line, 1, "empty word");
    unsigned bit = gram_role_bit(tab + 1, rl);
    if (!bit)
        return diag_error(DN_EINPUT, path, line, (long)wl + 2,
                          "unknown role '%.*s'", (int)rl, tab + 1);
    return gram_roles_add(r, p, wl, bit);
}

int gram_roles_load(gram_roles_t *r, const char *dir)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/grammar.tsv", dir);
    FILE *fp = fopen(path, "rb");
    if (!fp)
        return diag_error(DN_EIO, path, 0, 0, "cannot open: %s",
                          strerror(errno));
    lines_t lr;
    if (lines_init(&lr, fp) < 0) {
        fclose(fp);
        return diag_nomem("grammar roles");
    }
    int rc = DN_OK, have_header = 0, got;
    long line = 0;
    char *p;
    size_t len;
    while (!rc && (got = lines_next(&lr, &p, &len)) > 0) {
        line++;
        char *e = p + len;
        if (e > p && e[-1] == '\r') e--;
        for (char *q = p; q < e;) {
            size_t k = text_utf8_seq((const unsigned char *)q, (size_t)(e - q), NULL);
            if (!k) {
                rc = diag_error(DN_EINPUT, path, line, (long)(q - p) + 1,
                                "invalid UTF-8");
                break;
            }
            q += k;
        }
        if (rc) break;
        if (line == 1 && e - p >= 3 && memcmp(p, "\xef\xbb\xbf", 3) == 0) p += 3;
        if (p < e && *p != '#') rc = read_row(r, path, line, p, e, &have_header);
    }
    if (!rc && got == -1) rc = diag_error(DN_EIO, path, 0, 0, "read error");
    else if (!rc && got == -3) rc = diag_error(DN_EINPUT, path, line + 1, 0, "line too long");
    else if (!rc && got < 0) rc = diag_nomem("grammar roles");
    lines_destroy(&lr);
    fclose(fp);
    if (!rc && !have_header) rc = diag_error(DN_EINPUT, path, 0, 0, "no header line");
    return rc;
}
