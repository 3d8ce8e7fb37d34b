#include "extract/actindex.h"

#include <stdlib.h>
#include <string.h>

#include "extract/internal.h"

void actindex_init(actindex_t *ix)
{
    memset(ix, 0, sizeof *ix);
    strtab_init(&ix->keys);
}

void actindex_destroy(actindex_t *ix)
{
    strtab_destroy(&ix->keys);
    free(ix->head);
    free(ix->val);
    free(ix->next);
    free(ix->hof);
    free(ix->ix_name);
    free(ix->ix_sur);
    memset(ix, 0, sizeof *ix);
}

size_t actindex_clear(actindex_t *ix)
{
    size_t n = ix->n;
    /* only the lists this document started: the keys (and so the heads)
     * are kept for the whole run, and wiping every head made each
     * document cost as much as all the names of the documents before */
    for (size_t e = 0; e < ix->n; e++) ix->head[ix->hof[e]] = -1;
    ix->n = 0;
    ix->nindexed = 0;
    return n;
}

static int add(actindex_t *ix, actindex_key_t kind, const char *s, size_t n, int32_t a)
{
    long k = strtab_intern(&ix->keys, s, n, NULL);
    if (k < 0) return -1;
    size_t h = (size_t)k * 3 + kind;
    if (h >= ix->caphead) {
        size_t nc = ix->caphead ? ix->caphead * 2 : 192;
        while (nc <= h) nc *= 2;
        int32_t *p = realloc(ix->head, nc * sizeof *p);
        if (!p) return -1;
        for (size_t i = ix->caphead; i < nc; i++) p[i] = -1;
        ix->head = p;
        ix->caphead = nc;
    }
    if (ix->n == ix->cap) {
        size_t nc = ix->cap ? ix->cap * 2 : 256;
        int32_t *v = realloc(ix->val, nc * sizeof *v);
        if (!v) return -1;
        ix->val = v;
        int32_t *nx = realloc(ix->next, nc * sizeof *nx);
        if (!nx) return -1;
        ix->next = nx;
        uint32_t *hf = realloc(ix->hof, nc * sizeof *hf);
        if (!hf) return -1;
        ix->hof = hf;
        ix->cap = nc;
    }
    ix->val[ix->n] = a;
    ix->hof[ix->n] = (uint32_t)h;
    ix->next[ix->n] = ix->head[h];
    ix->head[h] = (int32_t)ix->n++;
    return 0;
}

/* the keys of person a's name: its last word; its first word, as
 * AX_FIRST2 when the name has exactly two, as AX_FIRSTN when more */
static int add_name(actindex_t *ix, const char *name, int32_t a)
{
    if (!name) return 0;
    const char *sp = strrchr(name, ' ');
    const char *last = sp ? sp + 1 : name;
    if (add(ix, AX_LAST, last, strlen(last), a) < 0) return -1;
    const char *s1 = strchr(name, ' ');
    if (s1 && add(ix, s1 == sp ? AX_FIRST2 : AX_FIRSTN, name, (size_t)(s1 - name), a) < 0) return -1;
    return 0;
}

static int index_slot(extractor_impl_t *x, size_t a)
{
    actindex_t *ix = &x->aix;
    const dactor_t *d = &x->act[a];
    if (a >= ix->capix) {
        size_t nc = ix->capix ? ix->capix * 2 : 64;
        while (nc <= a) nc *= 2;
        const char **p = realloc(ix->ix_name, nc * sizeof *p);
        if (!p) return -1;
        ix->ix_name = p;
        const char **q = realloc(ix->ix_sur, nc * sizeof *q);
        if (!q) return -1;
        ix->ix_sur = q;
        ix->capix = nc;
    }
    ix->ix_name[a] = d->kind == EV_KIND_PERSON ? d->name : NULL;
    ix->ix_sur[a] = d->kind == EV_KIND_PERSON ? d->surname : NULL;
    if (d->kind != EV_KIND_PERSON) return 0;
    if (d->surname && add(ix, AX_SURNAME, d->surname, strlen(d->surname), (int32_t)a) < 0) return -1;
    /* "al-Kadhimi" is named again as "Kadhimi": a lower-case particle of
     * up to three letters joined by a hyphen (al-, el-, as-, ad-) */
    const char *sh = d->surname ? actindex_short_surname(d->surname) : NULL;
    if (sh && sh != d->surname && add(ix, AX_SURNAME, sh, strlen(sh), (int32_t)a) < 0) return -1;
    return add_name(ix, d->name, (int32_t)a);
}

int actindex_sync(struct extractor *x)
{
    actindex_t *ix = &x->aix;
    /* slots taken back (and perhaps given to another actor) since */
    if (ix->nindexed > x->nact) ix->nindexed = x->nact;
    while (ix->nindexed > 0) {
        size_t a = ix->nindexed - 1;
        const dactor_t *d = &x->act[a];
        int person = d->kind == EV_KIND_PERSON;
        if (ix->ix_name[a] == (person ? d->name : NULL) && ix->ix_sur[a] == (person ? d->surname : NULL))
            break;
        ix->nindexed--;
    }
    for (; ix->nindexed < x->nact; ix->nindexed++)
        if (index_slot(x, ix->nindexed) < 0) return -1;
    return 0;
}

int actindex_renamed(struct extractor *x, int32_t a)
{
    if ((size_t)a >= x->aix.nindexed) return 0;   /* indexed at the next sync */
    x->aix.ix_name[a] = x->act[a].name;
    return add_name(&x->aix, x->act[a].name, a);
}

int32_t actindex_first(struct extractor *x, actindex_key_t kind, const char *s, size_t n)
{
    long k = strtab_find(&x->aix.keys, s, n);
    x->work++;
    if (k < 0) return -1;
    size_t h = (size_t)k * 3 + kind;
    return h < x->aix.caphead ? x->aix.head[h] : -1;
}

int32_t actindex_next(struct extractor *x, int32_t e)
{
    x->work++;
    return x->aix.next[e];
}

const char *actindex_short_surname(const char *sur)
{
    const char *dash = strchr(sur, '-');
    if (dash && dash > sur && dash - sur <= 3 && sur[0] >= 'a' && sur[0] <= 'z' && dash[1]) return dash + 1;
    return sur;
}

int actindex_surname_is(const char *sur, const char *w, size_t n)
{
    if (strlen(sur) == n && memcmp(sur, w, n) == 0) return 1;
    const char *sh = actindex_short_surname(sur);
    return sh != sur && strlen(sh) == n && memcmp(sh, w, n) == 0;
}
