/* mention_name: reads a person's name as a run of name words, with its
 * particles and initials, and tells a surname from a common noun. */
#include "extract/mention_name.h"

#include <stdlib.h>
#include <string.h>

#include "extract/actindex.h"
#include "extract/mention_lex.h"
#include "extract/mention_words.h"
#include "extract/orgname.h"
#include "extract/participant.h"
#include "util/diag.h"

/* Two name words end at i ("Reinhold Lopatka Baku"): a city after them
 * is the object of the clause, not a third name part. */
static int two_names_before(extractor_impl_t *x, size_t i)
{
    if (i < 2 || (TK(x, i - 1)->flags & TOK_SENT)) return 0;
    size_t j = i - 2;
    /* "Faisal bin Farhan Teheran": over a particle */
    if (j >= 1 && is_particle(x, j) && is_cap(x, j - 1)) j--;
    if (!is_cap(x, j) || TK(x, j)->type != TOK_WORD) return 0;
    return !tok_common(x, j) && !month_or_day(x, j);
}

/* Tokens that may be part of a name: capitalised, not an entry of another
 * kind, not a trigger word. */
static int name_word(extractor_impl_t *x, size_t i, size_t lim)
{
    if (i >= lim || !is_cap(x, i) || month_or_day(x, i)) return 0;
    const text_tok_t *t = TK(x, i);
    if (t->flags & TOK_TRUNC) return 0;
    /* "mit von der Leyen Ende April", "Anfang 2019": a date begins */
    if (i + 1 < x->doc.ntok && ((tok_cue(x, i, CUE_MONTHCUE) && month_or_day(x, i + 1))
                                || (tok_cue(x, i, CUE_YEARCUE) && TK(x, i + 1)->type == TOK_NUM)))
        return 0;
    lxm_t m = lex_match(x, i, lim);
    /* a city's name after a first name is a surname ("Danilo Medina"),
     * and so is a state's other name ("François Hollande", not Holland);
     * a continent's is not ("Papst Franziskus Europa") */
    if (((m.type == LX_PLACE && x->lx.places[m.ref].state >= 0) || (m.type == LX_STATE && m.alias))
        && m.len == 1 && i > 0 && is_cap(x, i - 1) && TK(x, i - 1)->type == TOK_WORD
        && !tok_common(x, i - 1) && lex_match(x, i - 1, lim).type < 0 && !(TK(x, i - 1)->flags & TOK_SENT)
        && !two_names_before(x, i) && !noun_word(x, i - 1) && !rules_event_noun(x, i - 1))
        return 1;
    if (m.type >= 0 && m.type != LX_PERSON) return 0;
    if (lexicon_trigger(&x->lx, x->tkey[i]) >= 0) return 0;
    /* "im Beisein Clintons": the presence noun before a name */
    if (tok_cue(x, i, CUE_PRESENCE)) return 0;
    /* an event noun, compounds too, names no one ("die zweite
     * Deutschlandreise Putins") */
    if (m.type < 0 && rules_event_noun(x, i)) return 0;
    return 1;
}

/* small_word_listed's answer from the word list (no memo). */
static int small_word_lookup(const extractor_impl_t *x, const text_tok_t *t)
{
    char lw[128];
    unsigned char c = (unsigned char)x->doc.s[t->off];
    if (t->len >= sizeof lw || c < 'A' || c > 'Z') return 0;
    memcpy(lw, x->doc.s + t->off, t->len);
    lw[0] = (char)(c + 32);
    return wordlist_has(&x->wl, lw, t->len);
}

/* Bit `bit` of token i's surface flags (surf_fn) answered by f: a question
 * of the word's letters only, asked of most capitalised words several
 * times, so each surface form pays one look-up in the big tables.  The
 * bit above `bit` holds the answer. */
static int surface_flag(const extractor_impl_t *x, size_t i, unsigned bit,
                        int (*f)(const extractor_impl_t *, const text_tok_t *))
{
    int32_t sid = x->tsurf[i];
    if (sid >= 0 && ((x->surf_fn[sid] >> bit) & 1)) return (x->surf_fn[sid] >> (bit + 1)) & 1;
    int v = f(x, TK(x, i));
    if (sid >= 0) x->surf_fn[sid] = (uint8_t)(x->surf_fn[sid] | 1u << bit | (unsigned)(v ? 1 : 0) << (bit + 1));
    return v;
}

int small_word_listed(const extractor_impl_t *x, size_t i)
{
    if (TK(x, i)->type != TOK_WORD) return 0;
    return surface_flag(x, i, 4, small_word_lookup);
}

/* known_first_name's answer from the lists (no memo). */
static int first_name_lookup(const extractor_impl_t *x, const text_tok_t *t)
{
    return firstnames_has(&x->fn, x->doc.s + t->off, t->len)
           && !small_word_listed(x, (size_t)(t - x->doc.toks));
}

int known_first_name(const extractor_impl_t *x, size_t i)
{
    if (TK(x, i)->type != TOK_WORD) return 0;
    return surface_flag(x, i, 2, first_name_lookup);
}

int tok_common_name(const extractor_impl_t *x, size_t i)
{
    /* asked of most capitalised words, several times: once per surface
     * form (surf_fn) */
    int32_t sid = x->tsurf[i];
    if (sid >= 0 && (x->surf_fn[sid] & 1)) return (x->surf_fn[sid] >> 1) & 1;
    const text_tok_t *t = TK(x, i);
    int f = lexicon_first_name(&x->lx, x->doc.s + t->off, t->len);
    if (sid >= 0) x->surf_fn[sid] = (uint8_t)(x->surf_fn[sid] | 1 | (f ? 2 : 0));
    return f;
}

/* A common noun after "von der" that begins a phrase of its own ("von
 * der Regierungspartei Thai Rak Thai", "von der Demokratischen Partei")
 * rather than ending a name ("van der Linden"). */
static int noun_after_particle(extractor_impl_t *x, size_t k, size_t lim)
{
    /* "Frank Bsirske von der Gewerkschaft Verdi", "von Human Rights
     * Watch": an organisation's name, not a noble one */
    /* "Sahle-Work Zewde zu Mittag": after the prepositions "zu", "vom" a
     * common noun is no name, whatever follows */
    if (k > 0 && (tok_word(x, k - 1, "zu") || tok_word(x, k - 1, "vom")) && tok_common(x, k)) return 1;
    buf_t scratch;
    buf_init(&scratch);
    size_t oe = orgname_parse(x, k, lim, 0, &scratch);
    buf_destroy(&scratch);
    if (oe > k) return 1;
    if (!tok_common(x, k) && !noun_word(x, k)) return 0;
    return is_cap(x, k + 1) && k + 1 < lim;
}

/* 1 when token k (after a particle) begins a state's or region's name. */
static int state_after_particle(extractor_impl_t *x, size_t k, size_t lim)
{
    lxm_t m = lex_match(x, k, lim);
    return m.type == LX_STATE || m.type == LX_REGION;
}

size_t parse_name(extractor_impl_t *x, size_t i, size_t lim, int *nwords, int *ninit)
{
    size_t j = i;
    int after_holder = 0;
    *nwords = *ninit = 0;
    while (j < lim && *nwords + *ninit < 6) {
        if (is_initial(x, j, lim)) { j += 2; (*ninit)++; continue; }
        if (name_word(x, j, lim)) {
            /* after a known holder's name no common noun goes on with it
             * ("Nicolas Sarkozy Korruptionsvorwürfe") */
            if (after_holder && noun_word(x, j)) break;
            /* a known holder's whole name, even when a later word alone is
             * a place ("Antonis Samaras", not the city Samara) */
            lxm_t pm = lex_match(x, j, lim);
            if (pm.type == LX_PERSON && pm.len > 1) {
                for (size_t q = j; q < j + pm.len; q++)
                    if (TK(x, q)->type == TOK_WORD) (*nwords)++;
                j += pm.len;
                after_holder = 1;
                continue;
            }
            j++; (*nwords)++; continue;
        }
        /* after a known holder's whole name a "von" is a preposition:
         * "Jiang Zemin von Protesten überschattet" */
        if (*nwords + *ninit > 0 && !after_holder && is_particle(x, j)) {
            /* "van der", "de la": up to two particles before a name word;
             * not before a common noun ("Thaksin von der Regierungspartei") */
            /* "König Hussein von Jordanien": "von" and a state is the
             * state's, the name ends before it */
            if (name_word(x, j + 1, lim) && !noun_after_particle(x, j + 1, lim) && !state_after_particle(x, j + 1, lim)) {
                j++;
                continue;
            }
            if (is_particle(x, j + 1) && name_word(x, j + 2, lim) && !noun_after_particle(x, j + 2, lim)) { j += 2; continue; }
        }
        /* al-Assad: a lower-case particle joined by a hyphen */
        if (TK(x, j)->type == TOK_WORD && is_lower_word(x, j)) {
            const text_tok_t *t = TK(x, j);
            const char *dash = memchr(x->doc.s + t->off, '-', t->len);
            if (dash && dash - (x->doc.s + t->off) <= 3 && dash + 1 < x->doc.s + t->off + t->len
                && text_cp_upper((unsigned char)dash[1])) { j++; (*nwords)++; continue; }
        }
        break;
    }
    if (*nwords == 0) return i;   /* initials alone are no name */
    return j;
}

int first_compatible(const char *a, const char *b)
{
    if (!a || !b || !*a || !*b) return 1;
    size_t la = strlen(a), lb = strlen(b);
    /* initials "R." against "Roman" */
    if ((la == 2 && a[1] == '.') || (lb == 2 && b[1] == '.') || la == 1 || lb == 1)
        return a[0] == b[0];
    return strcmp(a, b) == 0;
}

int known_surname(const extractor_impl_t *x, size_t i)
{
    int32_t ks[2] = { x->tkey[i], x->talt[i] };
    for (int v = 0; v < 2; v++)
        if (ks[v] >= 0 && (size_t)ks[v] < x->lx.nhead && x->lx.surname_head[ks[v]] >= 0) return 1;
    return 0;
}

int32_t surname_met_before(extractor_impl_t *x, size_t i)
{
    const text_tok_t *t = TK(x, i);
    if (t->type != TOK_WORD || t->len < 3 || t->len >= 64) return -2;
    if (i > 0 && is_article(x, i - 1)) return -2;
    char w[64];
    memcpy(w, x->doc.s + t->off, t->len);
    w[t->len] = '\0';
    if (t->flags & TOK_SENT) {
        if ((unsigned char)w[0] < 'A' || (unsigned char)w[0] > 'Z') return -2;
        /* the word with a small first letter listed: once per surface
         * form (bits 6 and 7 of surf_wl) */
        int32_t sid = x->tsurf[i];
        int lower;
        if (sid >= 0 && (x->surf_wl[sid] & 64)) lower = x->surf_wl[sid] >> 7;
        else {
            w[0] = (char)(w[0] + 32);
            lower = wordlist_has(&x->wl, w, t->len);
            w[0] = (char)(w[0] - 32);
            if (sid >= 0) x->surf_wl[sid] = (uint8_t)(x->surf_wl[sid] | 64 | (lower ? 128 : 0));
        }
        if (lower) return -2;
    }
    if (actindex_sync(x) < 0) { x->oom = 1; return -1; }
    for (size_t n = t->len; n + 1 >= t->len && n >= 3; n--) {
        if (n < t->len && w[n] != 's') break;     /* the genitive -s only */
        int32_t found = -1;
        int many = 0;
        for (int32_t ie = actindex_first(x, AX_SURNAME, w, n); ie >= 0; ie = actindex_next(x, ie)) {
            int32_t a = x->aix.val[ie];
            if ((size_t)a >= x->nact) continue;
            const dactor_t *d = &x->act[a];
            if (d->kind != EV_KIND_PERSON || !d->surname || !d->nmention || d->kin) continue;
            if (!actindex_surname_is(d->surname, w, n)) continue;
            if (found >= 0 && found != a) many = 1;
            found = a;
        }
        if (found >= 0) return many ? -2 : found;
    }
    return -2;
}

/* 1 when rest, the words of a name after its first, are two or more
 * words none of them an initial ("Myung Bak" of Lee Myung Bak, "Jong Un"):
 * the shape of a Korean name, whose family name ("Lee", "Kim") the
 * first-name lists also hold; "W. Bush" is not. */
static int korean_shape(const char *rest)
{
    int words = 0;
    for (const char *p = rest; *p;) {
        const char *e = strchr(p, ' ');
        size_t n = e ? (size_t)(e - p) : strlen(p);
        if (n == 0 || p[n - 1] == '.') return 0;
        words++;
        p += n;
        while (*p == ' ') p++;
    }
    return words >= 2;
}

int32_t family_first_met(extractor_impl_t *x, size_t i)
{
    const text_tok_t *t = TK(x, i);
    if (t->type != TOK_WORD || t->len < 2 || t->len >= 64 || !(t->flags & TOK_CAP)) return -2;
    if (i > 0 && is_article(x, i - 1)) return -2;
    const char *w = x->doc.s + t->off;
    /* a given name of the lists ("Kim") only for a listed holder */
    int given = known_first_name(x, i);
    if (actindex_sync(x) < 0) { x->oom = 1; return -1; }
    int32_t found = -1;
    for (int k = 0; k < 2; k++) {
        actindex_key_t key = k ? AX_FIRSTN : AX_FIRST2;
        for (int32_t ie = actindex_first(x, key, w, t->len); ie >= 0; ie = actindex_next(x, ie)) {
            int32_t a = x->aix.val[ie];
            if ((size_t)a >= x->nact || a == found) continue;
            const dactor_t *d = &x->act[a];
            if (d->kind != EV_KIND_PERSON || !d->name || !d->nmention || d->kin) continue;
            if (strncmp(d->name, w, t->len) != 0 || d->name[t->len] != ' ') continue;
            if (given && d->lex < 0 && !korean_shape(d->name + t->len + 1)) continue;
            if (found >= 0) return -2;
            found = a;
        }
    }
    return found >= 0 ? found : -2;
}

void absorb_state_of_name(extractor_impl_t *x, size_t m0)
{
    size_t w = m0;
    for (size_t k = m0; k < x->nmen; k++) {
        mention_t *m = &x->men[k];
        if (w > m0) {
            mention_t *p = &x->men[w - 1];
            if (m->type == MT_ENTITY && m->actor >= 0 && x->act[m->actor].kind == EV_KIND_STATE
                && !m->place && (m->prep == P_GEN || m->prep == P_VON) && p->type == MT_ENTITY
                && p->actor >= 0 && x->act[p->actor].kind == EV_KIND_PERSON && !p->role
                && p->e + 1 == m->b && m->list > p->list
                /* "Bundeskanzlerin X der Mongolei (einen Besuch
                 * abstatten)": a title of another office makes the
                 * state a dative object, not the name's */
                && (p->affil < 0 || p->affil == m->actor)
                /* "hatte Jiang der Schweiz vorgeworfen": nor when the
                 * person's state is known to be another */
                && (state_of(x, p->actor) < 0 || state_of(x, p->actor) == m->actor)
                && (tok_word(x, p->e, "der") || tok_word(x, p->e, "von"))) {
                p->e = m->e;
                if (p->tail < m->tail) p->tail = m->tail;
                if (p->affil < 0) p->affil = m->actor;
                if (x->act[p->actor].state < 0) x->act[p->actor].state = m->actor;
                p->deflt = 0;
                /* "... der Niederlande und Königin Máxima": the list
                 * the state began goes on the person's */
                for (size_t q = k + 1; q < x->nmen; q++)
                    if (x->men[q].list == m->list) {
                        x->men[q].list = p->list;
                        x->men[q].prep = p->prep;
                    }
                continue;
            }
        }
        if (w != k) x->men[w] = *m;
        w++;
    }
    x->nmen = w;
}
