/* mention_resolve: resolves person names to document actors, so that
 * "Angela Merkel", "Merkel" and "Frau Merkel" are one actor. */
#include "extract/mention_resolve.h"

#include <stdlib.h>
#include <string.h>

#include "extract/actindex.h"
#include "extract/dactor.h"
#include "extract/mention_lex.h"
#include "extract/mention_name.h"
#include "extract/mention_words.h"
#include "extract/orgname.h"
#include "util/diag.h"

static int32_t resolve_person_impl(extractor_impl_t *x, size_t i, size_t e, const char *office,
                            int titled);
static int32_t resolve_person_in(extractor_impl_t *x, size_t i, size_t e, const char *office,
                          int titled, char *full, char *first, char *sur, size_t cap);

int32_t resolve_person(extractor_impl_t *x, size_t i, size_t e, const char *office,
                       int titled)
{
    int32_t a = resolve_person_impl(x, i, e, office, titled);
    if (a >= 0 && titled && x->act[a].kind == EV_KIND_PERSON) x->act[a].titled = 1;
    return a;
}

/* Resolves a name [i, e) to a doc actor; office (may be NULL) is the title
 * the text gives, for consistency with the holder list.
 *
 * The name's text in buffers as long as the name itself (a name word of
 * any length, no fixed buffer): the span, a separator per token, a '.'. */
static int32_t resolve_person_impl(extractor_impl_t *x, size_t i, size_t e, const char *office,
                                   int titled)
{
    /* an empty span names no one (-1 would read as out of memory) */
    if (e <= i) return -2;
    size_t cap = 8;
    if (e > i) cap += TK(x, e - 1)->off + TK(x, e - 1)->len - TK(x, i)->off + (e - i);
    char *mem = malloc(3 * cap);
    if (!mem) { x->oom = 1; return -1; }
    int32_t r = resolve_person_in(x, i, e, office, titled, mem, mem + cap, mem + 2 * cap, cap);
    free(mem);
    return r;
}

/* 1. a known holder: the whole name [i, e) (*m: its lexicon match,
 * *listed_alias: matched through an alias), else the surname at surtok
 * with a compatible first name; a title (office) must be one the holder
 * held.  The lexicon actor, or -1. */
static int32_t known_holder(extractor_impl_t *x, size_t i, size_t e, size_t surtok, const char *first,
                            const char *office, lxm_t *m, int *listed_alias)
{
    int32_t holder = -1;
    *m = lex_match(x, i, e);
    *listed_alias = 0;
    if (m->type == LX_PERSON && i + m->len == e) { holder = m->ref; *listed_alias = m->alias; }
    if (holder < 0) {
        int32_t ks[2] = { x->tkey[surtok], x->talt[surtok] };
        for (int v = 0; v < 2 && holder < 0; v++) {
            if (ks[v] < 0 || (size_t)ks[v] >= x->lx.nhead) continue;
            int32_t cand = -1, count = 0;
            for (int32_t a = x->lx.surname_head[ks[v]]; a >= 0; a = x->lx.surname_next[a]) {
                if (!first_compatible(first, x->lx.actors[a].first)) continue;
                if (office && !lexicon_person_held(&x->lx, a, office)) continue;
                /* a text of 1966 does not mean a holder whose first office
                 * came half a century later ("Johnson" is not Boris
                 * Johnson there) */
                int fy = x->lx.actors[a].first_year;
                if (x->ref.year && fy && fy > x->ref.year + 15) continue;
                /* an earlier mention in this text decides between namesakes */
                if ((size_t)a < x->nlex2doc && x->lex2doc[a] >= 0) { cand = a; count = 1; break; }
                cand = a;
                count++;
            }
            if (count == 1) holder = cand;
            else if (count > 1 && x->ref.year) {
                long d = (long)x->ref.year * 10000 + 101;
                int32_t h = lexicon_holder(&x->lx, office, -1, d, d + 1130);
                if (h >= 0 && x->lx.actors[h].surname == ks[v]) holder = h;
            }
        }
    }
    if (holder >= 0 && office && !lexicon_person_held(&x->lx, holder, office)) holder = -1;
    return holder;
}

/* The document actor of lexicon holder named [i, e) (full: the name as
 * written, m: its match): the lexicon's canonical name, except where the
 * text writes the full name in a listed alias.  -1 out of memory. */
static int32_t holder_actor(extractor_impl_t *x, size_t i, size_t e, int32_t holder, const char *full, lxm_t m,
                            int listed_alias)
{
    int32_t d = dactor_lex(x, holder);
    if (d < 0) return -1;
    /* Names: the lexicon's canonical name, except where the text
     * writes the full name in a spelling the lexicon lists as an alias
     * of that person (Silvan Shalom for the lexicon's Silvan Schalom):
     * that is the name the reader of this text knows and the one an
     * annotation of it uses.  A genitive -s is no part of the name. */
    int initials = 0, words = 0;
    for (size_t j = i; j < e; j++) {
        if (is_initial(x, j, e)) { initials++; j++; }
        else if (TK(x, j)->type == TOK_WORD) words++;
    }
    int canon_words = 1;
    for (const char *q = x->lx.actors[holder].name; *q; q++) canon_words += *q == ' ';
    if (listed_alias && !initials && words >= 2 && words >= canon_words) {
        size_t fl = strlen(full);
        const lx_phrase_t *ph = NULL;
        for (int32_t p = lexicon_first_phrase(&x->lx, x->tkey[i]); p >= 0; p = x->lx.phr[p].next)
            if (x->lx.phr[p].type == LX_PERSON && x->lx.phr[p].ref == holder
                && x->lx.phr[p].n == m.len && x->lx.phr[p].from_alias) { ph = &x->lx.phr[p]; break; }
        if (ph && ph->last && TK(x, e - 1)->len == ph->lastlen + 1 && fl > 1 && full[fl - 1] == 's')
            fl--;
        /* "Hussein von Jordanien": the state is the person's, no part of
         * the name (as a title is not) */
        if (e >= i + 3 && tok_word(x, e - 2, "von") && lex_match(x, e - 1, e).type == LX_STATE) {
            const char *v = strstr(full, " von ");
            if (v && v > full) fl = (size_t)(v - full);
        }
        const char *nn = dname(x, full, fl);
        if (!nn) return -1;
        x->act[d].name = nn;
        if (actindex_renamed(x, d) < 0) { x->oom = 1; return -1; }
    }
    return d;
}

/* "Ben Ali" after "Zine el-Abidine Ben Ali": the person met before whose
 * name ends in full, looked up by its last word (actindex.h); -1 when none. */
static int32_t fuller_name_met(extractor_impl_t *x, const char *full)
{
    size_t fl = strlen(full);
    const char *lw = strrchr(full, ' ');
    lw = lw ? lw + 1 : full;
    int32_t found = -1;
    for (int32_t ie = actindex_first(x, AX_LAST, lw, strlen(lw)); ie >= 0; ie = actindex_next(x, ie)) {
        int32_t a = x->aix.val[ie];
        if ((size_t)a >= x->nact || (found >= 0 && a >= found)) continue;
        const dactor_t *d = &x->act[a];
        if (d->kind != EV_KIND_PERSON || !d->name) continue;
        size_t dl = strlen(d->name);
        if (dl > fl + 1 && d->name[dl - fl - 1] == ' ' && strcmp(d->name + dl - fl, full) == 0)
            found = a;
    }
    return found;
}

/* "Mohammed bin Zayed" after "Mohammed bin Zayed Al Nahyan", "Andrés
 * Manuel López" after "Andrés Manuel López Obrador": the one person met
 * before whose name of three or more words starts with full (two words
 * or more); -1 when none or several. */
static int32_t fuller_start_met(extractor_impl_t *x, const char *full)
{
    const char *sp = strchr(full, ' ');
    if (!sp) return -1;
    size_t fl = strlen(full);
    int32_t found = -1;
    for (int32_t ie = actindex_first(x, AX_FIRSTN, full, (size_t)(sp - full)); ie >= 0; ie = actindex_next(x, ie)) {
        int32_t a = x->aix.val[ie];
        if ((size_t)a >= x->nact || a == found) continue;
        const dactor_t *d = &x->act[a];
        if (d->kind != EV_KIND_PERSON || !d->name || strlen(d->name) <= fl + 1) continue;
        if (strncmp(d->name, full, fl) != 0 || d->name[fl] != ' ') continue;
        if (found >= 0) return -1;
        found = a;
    }
    return found;
}

/* The person met earlier in this text with surname sur[0..sn) and a
 * first name compatible with first; of several (Heydar and Ilham Alijew)
 * the one named last: "Präsident Alijew" after "Präsident Ilham Alijew"
 * is the son.  -1 when none. */
static int32_t met_by_surname(extractor_impl_t *x, const char *sur, size_t sn, const char *first)
{
    int32_t found = -1;
    for (int32_t ie = actindex_first(x, AX_SURNAME, sur, sn); ie >= 0; ie = actindex_next(x, ie)) {
        int32_t a = x->aix.val[ie];
        if ((size_t)a >= x->nact || a == found) continue;
        const dactor_t *d = &x->act[a];
        if (d->kind != EV_KIND_PERSON || !d->surname) continue;
        if (!actindex_surname_is(d->surname, sur, sn)) continue;
        if (!first_compatible(first, d->first)) continue;
        if (found >= 0) {
            const dactor_t *f = &x->act[found];
            uint32_t ls = d->nmention ? d->last_sent : 0, lf = f->nmention ? f->last_sent : 0;
            if (ls < lf || (ls == lf && a > found)) continue;
        }
        found = a;
    }
    return found;
}

static int32_t resolve_person_in(extractor_impl_t *x, size_t i, size_t e, const char *office,
                                 int titled, char *full, char *first, char *sur, size_t cap)
{
    size_t n = 0;
    first[0] = sur[0] = '\0';
    size_t surtok = e;
    for (size_t j = i; j < e; j++) {
        const text_tok_t *t = TK(x, j);
        if (t->type == TOK_PUNCT) {        /* the full stop of an initial */
            if (n + 1 < cap) full[n++] = '.';
            continue;
        }
        if (n && n + 1 < cap) full[n++] = ' ';
        if (n + t->len < cap) {
            memcpy(full + n, x->doc.s + t->off, t->len);
            n += t->len;
        }
        if (j == i && t->len + 2 < cap) {
            memcpy(first, x->doc.s + t->off, t->len);
            first[t->len] = '\0';
            if (is_initial(x, j, e)) { first[t->len] = '.'; first[t->len + 1] = '\0'; }
        }
        surtok = j;
    }
    full[n] = '\0';
    const text_tok_t *st = TK(x, surtok);
    size_t sl = st->len < cap ? st->len : cap - 1;
    memcpy(sur, x->doc.s + st->off, sl);
    sur[sl] = '\0';
    int only_surname = surtok == i;
    /* "Van der Bellen", "De Gennaro": a surname with its particles */
    {
        if (tok_cue(x, i, CUE_SURNAMEPARTICLE) && i + 1 < e) only_surname = 1;
    }
    if (only_surname) first[0] = '\0';
    lxm_t m;
    int listed_alias;
    int32_t holder = known_holder(x, i, e, surtok, first, office, &m, &listed_alias);
    if (holder >= 0 && !(m.type == LX_PERSON && i + m.len == e)) {
        /* a surname the lexicon knows of a holder, but the text named
         * another person so before ("US-Präsident Lyndon B. Johnson ...
         * Johnson"): the text's person */
        if (actindex_sync(x) < 0) { x->oom = 1; return -1; }
        size_t sn = strlen(sur);
        int32_t met = met_by_surname(x, sur, sn, first);
        /* the genitive "Mitchells" of a George Mitchell named before */
        if (met < 0 && sn >= 4 && sur[sn - 1] == 's') met = met_by_surname(x, sur, sn - 1, first);
        if (met >= 0 && x->act[met].lex != holder) holder = -1;
    }
    if (holder >= 0) return holder_actor(x, i, e, holder, full, m, listed_alias);
    /* "Ben Ali" after "Zine el-Abidine Ben Ali": the end of a fuller name
     * met before */
    /* the persons met before are looked up by their names' words
     * (actindex.h), not read one by one: the first of them that fits */
    if (actindex_sync(x) < 0) { x->oom = 1; return -1; }
    if (!only_surname) {
        int32_t found = fuller_name_met(x, full);
        if (found < 0) found = fuller_start_met(x, full);
        if (found >= 0) return found;
    }
    /* 2. a person met earlier in this text: same surname (or the genitive
     * form Gaucks), compatible first name */
    for (int pass = 0; pass < 2; pass++) {
        size_t sn = strlen(sur);
        if (pass == 1) {
            if (sn < 3 || sur[sn - 1] != 's') break;
            sn--;
        }
        int32_t found = met_by_surname(x, sur, sn, first);
        if (found >= 0) {
            size_t a = (size_t)found;
            dactor_t *d = &x->act[a];
            /* keep the fullest form of the name */
            if (d->lex < 0 && !only_surname && strlen(full) > strlen(d->name)
                && (!d->first[0] || d->first[1] == '.' || first[0] == '\0' || first[1] != '.')) {
                const char *nn = dname(x, full, strlen(full));
                const char *nf = dname(x, first, strlen(first));
                if (!nn || !nf) return -1;
                d->name = nn;
                d->first = nf;
                if (actindex_renamed(x, (int32_t)a) < 0) { x->oom = 1; return -1; }
            }
            return (int32_t)a;
        }
    }
    /* family name first (Xi for Xi Jinping, Moon for Moon Jae-in): a lone
     * word equal to the first word of the one two-word name met before
     * that starts so; a known first name only when the name met is a
     * holder's whose lexicon entry starts with it */
    if (only_surname) {
        int32_t found = -1;
        int nmatch = 0, known_first = lexicon_first_name(&x->lx, sur, strlen(sur));
        for (int32_t ie = actindex_first(x, AX_FIRST2, sur, strlen(sur)); ie >= 0; ie = actindex_next(x, ie)) {
            int32_t a = x->aix.val[ie];
            if ((size_t)a >= x->nact || a == found) continue;
            const dactor_t *d = &x->act[a];
            if (d->kind != EV_KIND_PERSON || !d->name) continue;
            size_t l2 = strlen(sur);
            if (strncmp(d->name, sur, l2) == 0 && d->name[l2] == ' ' && !strchr(d->name + l2 + 1, ' ')
                && (!known_first || (d->lex >= 0 && d->nmention > 0))) {
                found = a;
                nmatch++;
            }
        }
        if (nmatch == 1) return found;
    }
    if (only_surname && !titled && TK(x, i)->type == TOK_WORD && wordlist_has(&x->wl, sur, strlen(sur))
        && wordlist_common(&x->wl, sur, strlen(sur)))
        return -2;
    const char *nn = dname(x, full, strlen(full));
    const char *ns = dname(x, sur, strlen(sur));
    const char *nf = dname(x, first, strlen(first));
    if (!nn || !ns || !nf) return -1;
    int32_t a = dactor_add(x, nn, EV_KIND_PERSON, -1);
    if (a < 0) return -1;
    x->act[a].surname = ns;
    x->act[a].first = nf;
    return a;
}
