/* mention: actor mentions in a sentence.
 *
 * Order of recognition at each token: pronouns; lexicon phrases (longest
 * match on stems: states, adjectives, places, institutions, titles, known
 * office holders, honorifics); a title opens a title chain (state adjectives
 * before it, genitive complements "des Mazhilis des Parlaments der Republik
 * Kasachstan", coordinated titles, an honorific) that ends in a name or, if
 * none follows, stands for the office holder at the sentence's date or for
 * the body the title belongs to; "Vertreter/Mitglieder des X" stand for X;
 * initials introduce names ("R. Herzog"); other names are runs of
 * capitalised words that are not common nouns. */
#include <stdlib.h>
#include <string.h>

#include "extract/actindex.h"
#include "extract/internal.h"
#include "extract/orgname.h"
#include "util/diag.h"

/* ---------- token helpers ---------- */

static const text_tok_t *TK(const extractor_impl_t *x, size_t i) { return &x->doc.toks[i]; }

int tok_common(extractor_impl_t *x, size_t i)
{
    int8_t c = x->tcommon[i];
    if (c < 0) {
        const text_tok_t *t = &x->doc.toks[i];
        int32_t sid = x->tsurf[i];
        if (sid >= 0 && (x->surf_wl[sid] & 1)) c = (int8_t)((x->surf_wl[sid] >> 1) & 1);
        else {
            c = (int8_t)wordlist_common(&x->wl, x->doc.s + t->off, t->len);
            if (sid >= 0) x->surf_wl[sid] = (uint8_t)(x->surf_wl[sid] | 1 | (c ? 2 : 0));
        }
        x->tcommon[i] = c;
    }
    return c;
}

int tok_listed(extractor_impl_t *x, size_t i)
{
    const text_tok_t *t = &x->doc.toks[i];
    int32_t sid = x->tsurf[i];
    if (sid >= 0 && (x->surf_wl[sid] & 4)) return (x->surf_wl[sid] >> 3) & 1;
    int l = wordlist_has(&x->wl, x->doc.s + t->off, t->len);
    if (sid >= 0) x->surf_wl[sid] = (uint8_t)(x->surf_wl[sid] | 4 | (l ? 8 : 0));
    return l;
}

int tok_key_is(const extractor_impl_t *x, size_t i, int32_t key)
{
    return i < x->doc.ntok && key >= 0 && (x->tkey[i] == key || x->talt[i] == key);
}

static int is_cap(const extractor_impl_t *x, size_t i)
{
    return i < x->doc.ntok && TK(x, i)->type == TOK_WORD && (TK(x, i)->flags & (TOK_CAP | TOK_UPPER));
}

static int is_initial(const extractor_impl_t *x, size_t i, size_t lim)
{
    if (i + 1 >= lim) return 0;
    const text_tok_t *t = TK(x, i);
    if (t->type != TOK_WORD || !(t->flags & TOK_CAP)) return 0;
    uint32_t cp = t->cp;
    size_t cl = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    if (t->len != cl) return 0;
    return tok_punct(x, i + 1, '.') && !(TK(x, i + 1)->flags & TOK_SPACE);
}

static int is_article(const extractor_impl_t *x, size_t i)
{
    static const char *const A[] = { "der", "die", "das", "des", "dem", "den", "ein",
        "eine", "einer", "eines", "einem", "einen", NULL };
    for (const char *const *w = A; *w; w++)
        if (tok_word(x, i, *w)) return 1;
    return 0;
}

static int is_lower_word(const extractor_impl_t *x, size_t i)
{
    return i < x->doc.ntok && TK(x, i)->type == TOK_WORD && !(TK(x, i)->flags & (TOK_CAP | TOK_UPPER))
           && text_cp_lower(TK(x, i)->cp);
}

/* ---------- doc actors ---------- */

static int32_t dactor_add(extractor_impl_t *x, const char *name, ev_kind_t kind, int32_t lex)
{
    if (x->nact == x->capact) {
        size_t nc = x->capact ? x->capact * 2 : 64;
        dactor_t *p = realloc(x->act, nc * sizeof *p);
        if (!p) {
            x->oom = 1; /* callers read -1 as "no actor" */
            return -1;
        }
        x->act = p;
        x->capact = nc;
    }
    dactor_t *a = &x->act[x->nact];
    memset(a, 0, sizeof *a);
    a->name = name;
    a->kind = kind;
    a->lex = lex;
    a->state = -1;
    a->host_state = -1;
    a->first = "";
    return (int32_t)x->nact++;
}

int32_t dactor_lex(extractor_impl_t *x, int32_t a)
{
    if (a < 0) return -1;
    if ((size_t)a < x->nlex2doc && x->lex2doc[a] >= 0) return x->lex2doc[a];
    const lx_actor_t *la = &x->lx.actors[a];
    int32_t d = dactor_add(x, la->name, la->kind, a);
    if (d < 0) return -1;
    x->lex2doc[a] = d;
    if (la->state >= 0 && la->state != a) x->act[d].state = dactor_lex(x, la->state);
    else if (la->state == a) x->act[d].state = d;
    if (la->kind == EV_KIND_PERSON) {
        const char *sp = strrchr(la->name, ' ');
        x->act[d].surname = sp ? sp + 1 : la->name;
        x->act[d].first = la->first;
    }
    return d;
}

int32_t dactor_named(extractor_impl_t *x, const char *s, size_t n, ev_kind_t kind)
{
    long id = strtab_intern(&x->dnames, s, n, NULL);
    if (id < 0) { x->oom = 1; return -1; }
    if ((size_t)id >= x->capdna) {
        size_t nc = x->capdna ? x->capdna * 2 : 64;
        while (nc <= (size_t)id) nc *= 2;
        int32_t *p = realloc(x->dname_actor, nc * sizeof *p);
        if (!p) { x->oom = 1; return -1; }
        x->dname_actor = p;
        x->capdna = nc;
    }
    while (x->ndna <= (size_t)id) x->dname_actor[x->ndna++] = -1;
    int32_t a = x->dname_actor[id];
    if (a >= 0 && x->act[a].kind == kind && x->act[a].lex < 0) return a;
    a = dactor_add(x, strtab_str(&x->dnames, (size_t)id), kind, -1);
    if (a >= 0) x->dname_actor[id] = a;
    return a;
}

static const char *dname(extractor_impl_t *x, const char *s, size_t n)
{
    long id = strtab_intern(&x->dnames, s, n, NULL);
    return id < 0 ? NULL : strtab_str(&x->dnames, (size_t)id);
}

/* ---------- lexicon phrase matching ---------- */

/* Names inflect only by a genitive -s: the last word of a state, place or
 * person must start with the entry's last word ("Kasachstans", not
 * "Argentinier" for Argentinien although the stems agree). */
static int name_form(const extractor_impl_t *x, size_t i, const lx_phrase_t *ph)
{
    const text_tok_t *t = TK(x, i);
    if (!ph->last || t->len < ph->lastlen) return 0;
    char buf[256];
    if (t->len >= sizeof buf) return 0;
    /* lower-case in place: ASCII and the German capitals suffice here */
    size_t n = 0;
    const char *w = x->doc.s + t->off;
    for (size_t k = 0; k < t->len; k++) {
        unsigned char c = (unsigned char)w[k];
        if (c >= 'A' && c <= 'Z') c = (unsigned char)(c + 32);
        else if (c == 0xC3 && k + 1 < t->len) {
            unsigned char d = (unsigned char)w[k + 1];
            buf[n++] = (char)c;
            if (d >= 0x80 && d <= 0x9E) d = (unsigned char)(d + 0x20);
            buf[n++] = (char)d;
            k++;
            continue;
        }
        buf[n++] = (char)c;
    }
    return n >= ph->lastlen && memcmp(buf, ph->last, ph->lastlen) == 0;
}

/* 1 when token i, lower-cased, is the phrase's last word as written
 * (no inflection). */
static int exact_word(const extractor_impl_t *x, size_t i, const lx_phrase_t *ph)
{
    const text_tok_t *t = TK(x, i);
    if (!ph || !ph->last || t->len != ph->lastlen) return 0;
    const char *w = x->doc.s + t->off;
    for (size_t k = 0; k < t->len; k++) {
        unsigned char a = (unsigned char)w[k], b = (unsigned char)ph->last[k];
        if (a >= 'A' && a <= 'Z') a = (unsigned char)(a + 32);
        if (k > 0 && (unsigned char)w[k - 1] == 0xC3 && a >= 0x80 && a <= 0x9E) a = (unsigned char)(a + 0x20);
        if (a != b) return 0;
    }
    return 1;
}

typedef struct {
    int type;     /* lx_type_t or -1 */
    int32_t ref;
    size_t len;
    int alias;    /* matched through an alias, not the canonical name */
} lxm_t;

static lxm_t lex_match(const extractor_impl_t *x, size_t i, size_t lim)
{
    lxm_t best = { -1, -1, 0, 0 };
    const lx_phrase_t *best_ph = NULL;
    if (i >= lim || i >= x->doc.ntok) return best;   /* a title at the text's end */
    int32_t ks[2] = { x->tkey[i], x->talt[i] };
    for (int v = 0; v < 2; v++) {
        if (ks[v] < 0 || (v == 1 && ks[1] == ks[0])) continue;
        for (int32_t p = lexicon_first_phrase(&x->lx, ks[v]); p >= 0; p = x->lx.phr[p].next) {
            const lx_phrase_t *ph = &x->lx.phr[p];
            if (ph->n < best.len || i + ph->n > lim) continue;
            /* same length: a capitalised word is rather the name than the
             * adjective (Suriname / surinamisch share a stem), except a
             * region adjective written exactly so ("Tiroler" is no form of
             * Tirol before a title) */
            if (ph->n == best.len) {
                int best_adj = best.type == LX_ADJ
                               || (best.type == LX_RADJ && !exact_word(x, i + ph->n - 1, best_ph));
                int name = ph->type != LX_ADJ && ph->type != LX_RADJ;
                int exact_radj = ph->type == LX_RADJ && best.type != LX_RADJ
                                 && exact_word(x, i + ph->n - 1, ph);
                if (!(best_adj && name && is_cap(x, i)) && !exact_radj) continue;
            }
            const uint32_t *k = lexicon_phrase_keys(&x->lx, ph);
            int ok = 1, cap = 0;
            for (size_t j = 0; j < ph->n && ok; j++) {
                if (!tok_key_is(x, i + j, (int32_t)k[j])) ok = 0;
                if (is_cap(x, i + j)) cap = 1;
            }
            if (!ok || (!cap && ph->type != LX_ADJ && ph->type != LX_RADJ)) continue;
            if ((ph->type == LX_STATE || ph->type == LX_PLACE || ph->type == LX_PERSON
                 || ph->type == LX_REGION)
                && !name_form(x, i + ph->n - 1, ph))
                continue;
            /* an acronym is not inflected: "EADS" is not "EAD" */
            if ((TK(x, i + ph->n - 1)->flags & TOK_UPPER) && !exact_word(x, i + ph->n - 1, ph))
                continue;
            /* a phrase must end on the word's end: "Deutsch" in "Deutsch-" no */
            best.type = ph->type;
            best.ref = ph->ref;
            best.len = ph->n;
            best.alias = ph->from_alias;
            best_ph = ph;
        }
    }
    return best;
}

/* Single-word lookup of a part of a hyphenated token ("US" of "US-Präsident"). */
static lxm_t part_match(extractor_impl_t *x, const char *s, size_t n)
{
    lxm_t r = { -1, -1, 0, 0 };
    int32_t k = lexicon_key(&x->lx, s, n);
    int upper = n >= 2;
    for (size_t q = 0; q < n && upper; q++) if (!(s[q] >= 'A' && s[q] <= 'Z') && !(s[q] >= '0' && s[q] <= '9')) upper = 0;
    for (int32_t p = lexicon_first_phrase(&x->lx, k); p >= 0; p = x->lx.phr[p].next)
        if (x->lx.phr[p].n == 1) {
            /* an acronym is not inflected: "EADS" is not "EAD" */
            if (upper) {
                const lx_phrase_t *ph = &x->lx.phr[p];
                if (!ph->last || ph->lastlen != n) continue;
                int same = 1;
                for (size_t q = 0; q < n && same; q++) same = (char)(s[q] + 32 * (s[q] >= 'A' && s[q] <= 'Z')) == ph->last[q];
                if (!same) continue;
            }
            r.type = x->lx.phr[p].type;
            r.ref = x->lx.phr[p].ref;
            r.len = 1;
            return r;
        }
    return r;
}

/* For a hyphenated token without a whole-word entry: the head (last part)
 * entry and the state or institution named by the first part. */
static lxm_t hyphen_match(extractor_impl_t *x, size_t i, int32_t *pre_state, int32_t *pre_inst)
{
    lxm_t r = { -1, -1, 0, 0 };
    *pre_state = *pre_inst = -1;
    const text_tok_t *t = TK(x, i);
    const char *s = x->doc.s + t->off;
    size_t n = t->len;
    if (t->flags & TOK_TRUNC) return r;
    const char *h = NULL;
    for (size_t k = n; k-- > 1;)
        if (s[k] == '-') { h = s + k + 1; break; }
    if (!h || h >= s + n) return r;
    r = part_match(x, h, (size_t)(s + n - h));
    const char *dash = memchr(s, '-', n);
    lxm_t p = part_match(x, s, (size_t)(dash - s));
    if (p.type == LX_STATE || p.type == LX_ADJ) *pre_state = p.ref;
    else if (p.type == LX_INST) *pre_inst = p.ref;
    else if (p.type == LX_PLACE) *pre_state = x->lx.places[p.ref].state;
    return r;
}

int mention_bilateral(extractor_impl_t *x, size_t i, int32_t *sa, int32_t *sb)
{
    *sa = *sb = -1;
    if (i >= x->doc.ntok) return 0;
    const text_tok_t *t = TK(x, i);
    if (t->type != TOK_WORD || (t->flags & TOK_TRUNC)) return 0;
    const char *w = x->doc.s + t->off;
    const char *dash = memchr(w, '-', t->len);
    if (!dash || dash == w || dash + 1 >= w + t->len) return 0;
    lxm_t a = part_match(x, w, (size_t)(dash - w));
    /* the second part carries the ending: "pakistanischen" */
    int32_t pa, pi;
    lxm_t b = hyphen_match(x, i, &pa, &pi);
    if (a.type != LX_ADJ || b.type != LX_ADJ || a.ref == b.ref) return 0;
    *sa = a.ref;
    *sb = b.ref;
    return 1;
}

/* ---------- names ---------- */

static int is_particle(const extractor_impl_t *x, size_t i)
{
    /* der/den only inside "van der", "von der", "ter": not after a name */
    if ((tok_word(x, i, "der") || tok_word(x, i, "den")) && i > 0
        && !(tok_word(x, i - 1, "van") || tok_word(x, i - 1, "von") || tok_word(x, i - 1, "de")))
        return 0;
    static const char *const P[] = { "von", "van", "de", "der", "zu", "da", "di", "del",
        "della", "bin", "ibn", "al", "el", "la", "le", "du", "dos", "ter", "ten", "af",
        "ben", "y", "den", "vom", NULL };
    if (!is_lower_word(x, i)) return 0;
    for (const char *const *w = P; *w; w++)
        if (tok_word(x, i, *w)) return 1;
    return 0;
}

static int month_or_day(const extractor_impl_t *x, size_t i)
{
    const text_tok_t *t = TK(x, i);
    return text_month(x->doc.s + t->off, t->len) || text_weekday(x->doc.s + t->off, t->len);
}

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
    lxm_t m = lex_match(x, i, lim);
    /* a city's name after a first name is a surname ("Danilo Medina") */
    if (m.type == LX_PLACE && m.len == 1 && i > 0 && is_cap(x, i - 1) && TK(x, i - 1)->type == TOK_WORD
        && !tok_common(x, i - 1) && lex_match(x, i - 1, lim).type < 0 && !(TK(x, i - 1)->flags & TOK_SENT)
        && !two_names_before(x, i))
        return 1;
    if (m.type >= 0 && m.type != LX_PERSON) return 0;
    if (lexicon_trigger(&x->lx, x->tkey[i]) >= 0) return 0;
    return 1;
}

static int noun_word(extractor_impl_t *x, size_t i);

/* A capitalised word that the lexicon knows as a name part (no compound
 * title): a first name of a holder. */
static int tok_common_name(const extractor_impl_t *x, size_t i)
{
    const text_tok_t *t = TK(x, i);
    return lexicon_first_name(&x->lx, x->doc.s + t->off, t->len);
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

/* Parses a name at i: initials, capitalised words, particles.  Returns the
 * end token (== i when none); *nwords counts full words. */
static size_t parse_name(extractor_impl_t *x, size_t i, size_t lim, int *nwords, int *ninit)
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
        if (*nwords + *ninit > 0 && is_particle(x, j)) {
            /* "van der", "de la": up to two particles before a name word;
             * not before a common noun ("Thaksin von der Regierungspartei") */
            if (name_word(x, j + 1, lim) && !noun_after_particle(x, j + 1, lim)) { j++; continue; }
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

static int first_compatible(const char *a, const char *b)
{
    if (!a || !b || !*a || !*b) return 1;
    size_t la = strlen(a), lb = strlen(b);
    /* initials "R." against "Roman" */
    if ((la == 2 && a[1] == '.') || (lb == 2 && b[1] == '.') || la == 1 || lb == 1)
        return a[0] == b[0];
    return strcmp(a, b) == 0;
}

static int32_t resolve_person_impl(extractor_impl_t *x, size_t i, size_t e, const char *office,
                                   int titled);

/* Resolves a name and remembers whether a title, honorific, person noun
 * or initial introduced it (such persons count as political actors). */
static int32_t resolve_person(extractor_impl_t *x, size_t i, size_t e, const char *office,
                              int titled)
{
    int32_t a = resolve_person_impl(x, i, e, office, titled);
    if (a >= 0 && titled && x->act[a].kind == EV_KIND_PERSON) x->act[a].titled = 1;
    return a;
}

static int32_t resolve_person_in(extractor_impl_t *x, size_t i, size_t e, const char *office,
                                 int titled, char *full, char *first, char *sur, size_t cap);

/* Resolves a name [i, e) to a doc actor; office (may be NULL) is the title
 * the text gives, for consistency with the holder list.
 *
 * The name's text in buffers as long as the name itself (a name word of
 * any length, no fixed buffer): the span, a separator per token, a '.'. */
static int32_t resolve_person_impl(extractor_impl_t *x, size_t i, size_t e, const char *office,
                                   int titled)
{
    size_t cap = 8;
    if (e > i) cap += TK(x, e - 1)->off + TK(x, e - 1)->len - TK(x, i)->off + (e - i);
    char *mem = malloc(3 * cap);
    if (!mem) { x->oom = 1; return -1; }
    int32_t r = resolve_person_in(x, i, e, office, titled, mem, mem + cap, mem + 2 * cap, cap);
    free(mem);
    return r;
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
        static const char *const PT[] = { "van", "von", "de", "di", "da", "le", "la", "al", "el",
            "ten", "ter", "du", "dos", "del", "della", "van der", NULL };
        for (const char *const *w = PT; *w && !only_surname; w++)
            if (tok_word(x, i, *w) && i + 1 < e) only_surname = 1;
    }
    if (only_surname) first[0] = '\0';
    /* 1. a known holder: the whole name, else the surname with a compatible
     * first name; a title must be one the holder held */
    int32_t holder = -1;
    lxm_t m = lex_match(x, i, e);
    int listed_alias = 0;
    if (m.type == LX_PERSON && i + m.len == e) { holder = m.ref; listed_alias = m.alias; }
    if (holder < 0) {
        int32_t ks[2] = { x->tkey[surtok], x->talt[surtok] };
        for (int v = 0; v < 2 && holder < 0; v++) {
            if (ks[v] < 0 || (size_t)ks[v] >= x->lx.nhead) continue;
            int32_t cand = -1, count = 0;
            for (int32_t a = x->lx.surname_head[ks[v]]; a >= 0; a = x->lx.surname_next[a]) {
                if (!first_compatible(first, x->lx.actors[a].first)) continue;
                if (office && !lexicon_person_held(&x->lx, a, office)) continue;
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
    if (holder >= 0) {
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
            const char *nn = dname(x, full, fl);
            if (!nn) return -1;
            x->act[d].name = nn;
            if (actindex_renamed(x, d) < 0) { x->oom = 1; return -1; }
        }
        return d;
    }
    /* "Ben Ali" after "Zine el-Abidine Ben Ali": the end of a fuller name
     * met before */
    /* the persons met before are looked up by their names' words
     * (actindex.h), not read one by one: the first of them that fits */
    if (actindex_sync(x) < 0) { x->oom = 1; return -1; }
    if (!only_surname) {
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
        int32_t found = -1;
        for (int32_t ie = actindex_first(x, AX_SURNAME, sur, sn); ie >= 0; ie = actindex_next(x, ie)) {
            int32_t a = x->aix.val[ie];
            if ((size_t)a >= x->nact || (found >= 0 && a >= found)) continue;
            const dactor_t *d = &x->act[a];
            if (d->kind != EV_KIND_PERSON || !d->surname) continue;
            if (strlen(d->surname) != sn || memcmp(d->surname, sur, sn) != 0) continue;
            if (!first_compatible(first, d->first)) continue;
            found = a;
        }
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

/* ---------- mentions ---------- */

static int push_mention(extractor_impl_t *x, const mention_t *m)
{
    if (x->nmen == x->capmen) {
        size_t nc = x->capmen ? x->capmen * 2 : 64;
        mention_t *p = realloc(x->men, nc * sizeof *p);
        if (!p) return diag_nomem("extract");
        x->men = p;
        x->capmen = nc;
    }
    x->men[x->nmen++] = *m;
    /* the sentence's first named person, and its first subject, for the
     * pronouns and guests that follow in it */
    if (m->type == MT_ENTITY && m->actor >= 0 && x->act[m->actor].kind == EV_KIND_PERSON) {
        if (x->sent_person < 0) x->sent_person = m->actor;
        if (x->sent_subject < 0 && !m->role && m->prep == P_NONE) x->sent_subject = m->actor;
    }
    if (x->sent_subj_any < 0 && m->actor >= 0 && m->prep == P_NONE && !m->role
        && x->act[m->actor].kind == EV_KIND_PERSON
        && (m->type == MT_ENTITY || (m->type == MT_PRON && (tok_word(x, m->b, "er") || tok_word(x, m->b, "sie")))))
        x->sent_subj_any = m->actor;
    if (m->actor >= 0) {
        x->act[m->actor].nmention++;
        x->act[m->actor].last_sent = x->cur_sent;
        if (x->act[m->actor].kind == EV_KIND_PERSON && m->type == MT_ENTITY) {
            x->last_person = m->actor;
            x->last_person_sent = x->cur_sent;
        }
    }
    return DN_OK;
}

static void mention_init(mention_t *m, size_t b, size_t e, size_t head, int32_t actor)
{
    memset(m, 0, sizeof *m);
    m->b = (uint32_t)b;
    m->e = (uint32_t)e;
    m->head = (uint32_t)head;
    m->actor = actor;
    m->pdate = -1;
    m->list = -1;
    m->affil = -1;
    m->affil2 = -1;
    m->origin = -1;
}

static size_t parse_name(extractor_impl_t *x, size_t i, size_t lim, int *nwords, int *ninit);

/* "des Bundesstaates Mississippi", "der Stadt Tuzla": after a generic noun
 * at i-1, a name right after it is the noun's own.  Returns the end of that
 * name, or i when none. */
static size_t noun_name_end(extractor_impl_t *x, size_t i, size_t lim)
{
    int nw, ni;
    if (i >= lim || !is_cap(x, i) || tok_common(x, i) || lex_match(x, i, lim).type >= 0) return i;
    size_t e = parse_name(x, i, lim, &nw, &ni);
    return e > i && ni == 0 ? e : i;
}

/* A state named in a genitive chain starting at i ("der Republik
 * Kasachstan", "Kasachstans"): returns the lexicon state or -1; *end gets
 * the end of the chain looked at. */
static int32_t chain_state(extractor_impl_t *x, size_t i, size_t lim, size_t *end)
{
    size_t j = i;
    int32_t st = -1;
    for (int steps = 0; steps < 4 && j < lim; steps++) {
        size_t k = j;
        if (tok_word(x, k, "des") || tok_word(x, k, "der")) k++;
        while (k < lim && is_lower_word(x, k) && !tok_word(x, k, "und")) {
            lxm_t a = lex_match(x, k, lim);
            if (a.type != LX_ADJ) break;
            k++;
        }
        if (k >= lim) break;
        lxm_t m = lex_match(x, k, lim);
        if (m.type == LX_STATE) { st = m.ref; j = k + m.len; break; }
        if (m.type == LX_INST) {
            if (x->lx.actors[m.ref].state >= 0) st = x->lx.actors[m.ref].state;
            j = k + m.len;
            if (k == j) break;
            continue;
        }
        if (k > j && is_cap(x, k) && m.type < 0) {   /* des Parlaments */
            j = noun_name_end(x, k + 1, lim);
            continue;
        }
        break;
    }
    *end = j;
    return st;
}

/* An institution at i: a full entry, or a generic head ("Senat",
 * "Parlament") resolved by a state in the adjective before it or in the
 * genitive chain after it.  Returns the lexicon actor, *end. */
static int32_t inst_at(extractor_impl_t *x, size_t i, size_t lim, int32_t adj_state, size_t *end)
{
    lxm_t m = lex_match(x, i, lim);
    size_t e;
    if (m.type == LX_INST && adj_state >= 0 && x->lx.actors[m.ref].state >= 0
        && x->lx.actors[m.ref].state != adj_state) {
        /* "des äthiopischen Außenministeriums" is not the German one: the
         * body of that name in the adjective's state, if listed */
        int32_t hd[2] = { x->tkey[i], x->talt[i] };
        for (int v = 0; v < 2; v++) {
            int32_t a = hd[v] >= 0 ? lexicon_inst_by_head(&x->lx, hd[v], adj_state) : -1;
            if (a >= 0) { *end = i + m.len; return a; }
        }
        return -1;
    }
    if (m.type == LX_INST) {
        e = i + m.len;
        /* absorb its genitive complements: "des Mazhilis des Parlaments der RK" */
        size_t ce;
        chain_state(x, e, lim, &ce);
        *end = ce > e ? ce : e;
        return m.ref;
    }
    if (!is_cap(x, i)) return -1;
    int32_t heads[2] = { x->tkey[i], x->talt[i] };
    int32_t st = adj_state;
    size_t ce = i + 1;
    if (st < 0) st = chain_state(x, i + 1, lim, &ce);
    else chain_state(x, i + 1, lim, &ce);
    if (st < 0) return -1;
    for (int v = 0; v < 2; v++) {
        int32_t a = lexicon_inst_by_head(&x->lx, heads[v], st);
        if (a >= 0) { *end = ce; return a; }
    }
    return -1;
}

typedef struct {
    int32_t title[4];
    int ntitle;
    int32_t inst;          /* lexicon institution from a complement */
    int32_t state;         /* lexicon state from adjective, prefix or complement */
    int nested;            /* the first complement is another title */
    int32_t pre_inst;      /* "NATO-" before the title */
    int32_t region;        /* lexicon region from its adjective ("bayerische"), -1 */
    int compound;          /* the title is the last part of a compound: a local office */
} chain_t;

static int32_t title_state(const extractor_impl_t *x, const chain_t *c)
{
    if (c->state >= 0) return c->state;
    if (c->region >= 0) return -1;    /* a regional office: no national default */
    for (int k = 0; k < c->ntitle; k++)
        if (x->lx.titles[c->title[k]].state >= 0) return x->lx.titles[c->title[k]].state;
    if (c->inst >= 0) return x->lx.actors[c->inst].state;
    return -1;
}

/* The lexicon actor a person with this title chain belongs to. */
static int32_t chain_affil(extractor_impl_t *x, const chain_t *c, int32_t holder_lex)
{
    if (c->ntitle == 0) return -1;
    const lx_title_t *t = &x->lx.titles[c->title[0]];
    if (c->inst >= 0) return c->inst;
    /* "der bayerische Ministerpräsident", "Tiroler Landeshauptmann" */
    if (c->region >= 0 && c->pre_inst < 0) return c->region;
    /* "Polizeipräsident", "Kultusministerin": a local office, no state's,
     * unless the text names the state ("der libanesische
     * Informationsminister", "der Ölminister Kuwaits") */
    if (c->compound) {
        if (c->pre_inst >= 0) return c->pre_inst;
        return c->state >= 0 && c->region < 0 && t->affil_state ? c->state : -1;
    }
    /* "NATO-Generalsekretär", "EU-Kommissar": the body in the prefix */
    if (c->pre_inst >= 0 && t->affil < 0) return c->pre_inst;
    int32_t st = title_state(x, c);
    /* "Bundeskanzler Werner Faymann": a known holder of another state than
     * the title's default is of his own state */
    int other = 0;
    if (c->state < 0 && c->region < 0 && holder_lex >= 0 && x->lx.actors[holder_lex].kind == EV_KIND_PERSON) {
        int32_t hs = x->lx.actors[holder_lex].state;
        if (hs >= 0 && st >= 0 && hs != st) { st = hs; other = 1; }
    }
    if (t->affil >= 0) {
        int32_t ist = x->lx.actors[t->affil].state;
        if (st >= 0 && ist >= 0 && ist != st) {
            /* same kind of body in another state: Senator + kasachisch */
            const char *nm = x->lx.actors[t->affil].name;
            const char *sp = strchr(nm, ' ');
            int32_t hk = lexicon_key(&x->lx, nm, sp ? (size_t)(sp - nm) : strlen(nm));
            int32_t r = lexicon_inst_by_head(&x->lx, hk, st);
            return r >= 0 || !other ? r : st;
        }
        return t->affil;
    }
    if (c->nested) return -1;
    if (st < 0 && holder_lex >= 0 && x->lx.actors[holder_lex].kind == EV_KIND_PERSON)
        st = x->lx.actors[holder_lex].state;
    return st;
}

static int is_honor(extractor_impl_t *x, size_t i, size_t lim)
{
    lxm_t m = lex_match(x, i, lim);
    return m.type == LX_HONOR ? (int)m.len : 0;
}

/* A noun for a body of a state ("Delegation", "Außenministeriums",
 * "Regierung", "Botschaft"), by its last part. */
static int state_body_noun(extractor_impl_t *x, size_t i)
{
    static const char *const H[] = { "delegation", "regierung", "ministerium", "ministeriums",
        "botschaft", "behörde", "behörden", "armee", "streitkräfte", "militärs", "vertretung",
        "mission", "kommission", "parlament", "parlaments", "polizei", "geheimdienst",
        "geheimdienstes", "staatsanwaltschaft", "präsidialamt", "präsidialamtes", NULL };
    if (i >= x->doc.ntok) return 0;
    const text_tok_t *t = TK(x, i);
    buf_clear(&x->lw);
    if (text_lower(x->doc.s + t->off, t->len, &x->lw) < 0) return 0;
    for (const char *const *h = H; *h; h++) {
        size_t m = strlen(*h);
        if (x->lw.len >= m && memcmp(x->lw.data + x->lw.len - m, *h, m) == 0) return 1;
    }
    return 0;
}

/* Parses a title chain at i (a title of length len, adjective state
 * adj_state).  Returns the token after the chain (before any name). */
static size_t parse_chain(extractor_impl_t *x, size_t i, size_t len, size_t lim, chain_t *c)
{
    size_t j = i + len;
    for (int guard = 0; guard < 12 && j < lim; guard++) {
        if (tok_word(x, j, "des") || tok_word(x, j, "der")) {
            size_t k = j + 1;
            int32_t adj = -1;
            while (k < lim && (is_lower_word(x, k) || lex_match(x, k, lim).type == LX_ADJ)) {
                lxm_t a = lex_match(x, k, lim);
                if (a.type == LX_INST) break;    /* "russischen Außenministeriums" */
                if (a.type == LX_ADJ) adj = a.ref;
                else if (tok_word(x, k, "und") || tok_word(x, k, "für")) break;
                k++;
                if (k - j > 4) break;
            }
            if (k >= lim || (!is_cap(x, k) && lex_match(x, k, lim).type != LX_INST)) break;
            size_t e;
            int32_t inst = inst_at(x, k, lim, adj, &e);
            if (inst >= 0) {
                if (c->inst < 0 && !c->nested) c->inst = inst;
                if (c->state < 0 && x->lx.actors[inst].state >= 0) c->state = x->lx.actors[inst].state;
                j = e;
                continue;
            }
            lxm_t m = lex_match(x, k, lim);
            if (m.type == LX_STATE) {
                if (c->state < 0) c->state = m.ref;
                j = k + m.len;
                continue;
            }
            /* "Sprecher der FDP-Bundestagsfraktion": the body in the prefix */
            if (m.type < 0 && is_cap(x, k) && memchr(x->doc.s + TK(x, k)->off, '-', TK(x, k)->len)) {
                int32_t ps, pi;
                hyphen_match(x, k, &ps, &pi);
                if (pi >= 0) {
                    if (c->inst < 0 && !c->nested) c->inst = pi;
                    j = k + 1;
                    continue;
                }
            }
            /* "Leiter der pakistanischen Delegation", "Sprecher des
             * äthiopischen Außenministeriums": a body of the adjective's state */
            if (adj >= 0 && (m.type < 0 || m.type == LX_INST) && is_cap(x, k) && !(TK(x, k)->flags & TOK_TRUNC)
                && state_body_noun(x, k)) {
                if (c->state < 0) c->state = adj;
                j = k + 1;
                continue;
            }
            if (m.type == LX_TITLE) {
                if (j == i + len) c->nested = 1;
                j = k + m.len;
                continue;
            }
            if (m.type < 0 && lexicon_trigger(&x->lx, x->tkey[k]) < 0) {
                /* a generic noun: des Ausschusses [für ...] */
                if (!wordlist_loaded(&x->wl) || tok_common(x, k)) {
                    j = k + 1;
                    {
                        size_t e2 = noun_name_end(x, j, lim);
                        if (e2 > j) { j = e2; continue; }
                    }
                    if (tok_word(x, j, "für")) {
                        size_t q = j + 1;
                        while (q < lim && q - j < 10 && !tok_word(x, q, "des") && !tok_word(x, q, "der")
                               && (is_lower_word(x, q) || is_cap(x, q) || tok_punct(x, q, ',')))
                            q++;
                        if (tok_word(x, q, "des") || tok_word(x, q, "der")) j = q;
                    }
                    continue;
                }
            }
            break;
        }
        if (tok_word(x, j, "und") && c->ntitle < 4) {
            size_t k = j + 1;
            if (is_cap(x, k) && lex_match(x, k, lim).type != LX_TITLE && lex_match(x, k + 1, lim).type == LX_TITLE)
                k++;
            lxm_t m = lex_match(x, k, lim);
            if (m.type == LX_TITLE) {
                c->title[c->ntitle++] = m.ref;
                j = k + m.len;
                continue;
            }
            break;
        }
        lxm_t m = lex_match(x, j, lim);
        if (m.type == LX_STATE && j == i + len) {   /* Präsident Kasachstans */
            if (c->state < 0) c->state = m.ref;
            j += m.len;
            continue;
        }
        break;
    }
    return j;
}

static int compound_common(extractor_impl_t *x, size_t i);

static int common_word(extractor_impl_t *x, size_t i)
{
    if (tok_common(x, i)) return 1;
    return compound_common(x, i);
}

/* A common noun that may stand inside a run of capitalised words: listed
 * as written, or a compound of listed words ("Korruptionsvorwürfe"); not
 * a name that merely looks inflected ("Morales" is no form of "Moral"). */
static int noun_word(extractor_impl_t *x, size_t i)
{
    if (tok_listed(x, i)) return tok_common(x, i);
    return compound_common(x, i);
}

/* A common word, or a compound whose last part is a common noun
 * ("Müllkommissar", "Ex-Machthaber"): no first word of a name. */
static int compound_common(extractor_impl_t *x, size_t i)
{
    const text_tok_t *t = TK(x, i);
    const char *w = x->doc.s + t->off;
    size_t n = t->len;
    if (!wordlist_loaded(&x->wl)) return 0;
    const char *dash = NULL;
    for (size_t k = n; k-- > 1;) if (w[k] == '-') { dash = w + k; break; }
    if (dash && dash + 1 < w + n && text_cp_upper((unsigned char)dash[1]))
        return wordlist_common(&x->wl, dash + 1, (size_t)(w + n - dash - 1));
    /* a compound: a listed word (with a linking s/n/es/en) and a common
     * noun ("Müll|kommissar", "Revolution|s|führer"; not "Mic|helle") */
    char buf[128];
    for (size_t k = 3; k + 4 <= n && n < sizeof buf; k++) {
        unsigned char c = (unsigned char)w[k];
        if (c < 'a' || c > 'z') continue;
        memcpy(buf, w + k, n - k);
        buf[0] = (char)(c - 32);
        /* the last part listed as a noun, or a nominalised adjective
         * listed in lower case ("Parlaments|abgeordneten") */
        if (!(wordlist_has(&x->wl, buf, n - k) && wordlist_common(&x->wl, buf, n - k))
            && !(n - k >= 8 && wordlist_common(&x->wl, buf, n - k)))
            continue;
        static const size_t LINK[] = { 0, 1, 2 };
        for (size_t q = 0; q < 3; q++) {
            size_t pl = k - LINK[q];
            if (pl < 3) continue;
            if (LINK[q] && !(w[pl] == 's' || w[pl] == 'n' || (LINK[q] == 2 && w[pl] == 'e'))) continue;
            /* the first part is a noun: listed with its capital */
            if (pl >= 4 && wordlist_has(&x->wl, w, pl)) return 1;
        }
    }
    return 0;
}

/* A noun for a person (Amtskollege, Machthaber, Kommissar, Regierungschef):
 * by its ending. */
static int person_noun(const extractor_impl_t *x, size_t i)
{
    static const char *const SUF[] = { "er", "ern", "or", "oren", "ent", "enten", "ant",
        "anten", "chef", "chefs", "ege", "egen", "egin", "in", "ist", "isten", "at", "aten",
        "glied", "glieder",
        "ar", "aren", "är", "ären", "eur", "oge", "ogen", "e", NULL };
    const text_tok_t *t = TK(x, i);
    const char *w = x->doc.s + t->off;
    size_t n = t->len;
    if (n < 5) return 0;
    for (const char *const *s = SUF; *s; s++) {
        size_t m = strlen(*s);
        if (n > m + 2 && memcmp(w + n - m, *s, m) == 0) {
            /* -e only for nominalised adjectives: Abgeordnete, Vorsitzende */
            if (m == 1 && !(n > 4 && w[n - 2] == 't')) continue;
            return 1;
        }
    }
    return 0;
}

/* A compound naming a person by a common last part ("Spitzen|funktionär",
 * "Oppositions|politiker"), which the word list may not know as a whole:
 * a noun for a person of six or more letters ends it. */
static int person_compound(extractor_impl_t *x, size_t i)
{
    const text_tok_t *t = TK(x, i);
    const char *w = x->doc.s + t->off;
    size_t n = t->len;
    char buf[128];
    if (n < 10 || n >= sizeof buf || !wordlist_loaded(&x->wl) || !person_noun(x, i)) return 0;
    for (size_t k = 4; k + 6 <= n; k++) {
        unsigned char c = (unsigned char)w[k];
        if (c < 'a' || c > 'z') continue;
        memcpy(buf, w + k, n - k);
        buf[0] = (char)(c - 32);
        if (wordlist_has(&x->wl, buf, n - k) && wordlist_common(&x->wl, buf, n - k)) return 1;
    }
    return 0;
}

/* A compound whose last part is a title ("Kultusministerin",
 * "Polizeipräsident", "Menschenrechtsbeauftragte"): the title of that
 * part, len 1; type -1 when none.  Such an office is no national one. */
static lxm_t compound_title(extractor_impl_t *x, size_t i)
{
    lxm_t r = { -1, -1, 0, 0 };
    if (i >= x->doc.ntok) return r;
    static const char *const H[] = { "ministerin", "minister", "präsidentin", "präsident",
        "sprecherin", "sprecher", "sekretärin", "sekretär", "kommissarin", "kommissar",
        "botschafterin", "botschafter", "abgeordnete", "abgeordneter", "abgeordneten",
        "beauftragte", "beauftragter", "beauftragten", "vorsitzende", "vorsitzender",
        "vorsitzenden", "senatorin", "senator", NULL };
    const text_tok_t *t = TK(x, i);
    if (t->type != TOK_WORD || !(t->flags & TOK_CAP) || (t->flags & TOK_TRUNC)) return r;
    const char *w = x->doc.s + t->off;
    if (memchr(w, '-', t->len)) return r;
    buf_clear(&x->lw);
    if (text_lower(w, t->len, &x->lw) < 0) return r;
    for (const char *const *h = H; *h; h++) {
        size_t m = strlen(*h);
        if (x->lw.len < m + 3 || memcmp(x->lw.data + x->lw.len - m, *h, m) != 0) continue;
        int32_t k = lexicon_key(&x->lx, *h, m);
        for (int32_t p = lexicon_first_phrase(&x->lx, k); p >= 0; p = x->lx.phr[p].next)
            if (x->lx.phr[p].n == 1 && x->lx.phr[p].type == LX_TITLE) {
                r.type = LX_TITLE;
                r.ref = x->lx.phr[p].ref;
                r.len = 1;
                return r;
            }
    }
    return r;
}

/* compound_title on the part after the last hyphen of token i. */
static lxm_t compound_title_part(extractor_impl_t *x, size_t i)
{
    lxm_t r = { -1, -1, 0, 0 };
    const text_tok_t *t = TK(x, i);
    const char *w = x->doc.s + t->off;
    const char *h = NULL;
    for (size_t k = t->len; k-- > 1;) if (w[k] == '-') { h = w + k + 1; break; }
    if (!h || h >= w + t->len) return r;
    size_t n = (size_t)(w + t->len - h);
    static const char *const H[] = { "vorsitzender", "vorsitzende", "vorsitzenden", "chef", "chefin",
        "sprecher", "sprecherin", "generalsekretär", "generalsekretärin", "präsident", "präsidentin",
        "kommissar", "kommissarin", "abgeordneter", "abgeordnete", "abgeordneten", NULL };
    buf_clear(&x->lw);
    if (text_lower(h, n, &x->lw) < 0) return r;
    for (const char *const *e = H; *e; e++) {
        size_t m = strlen(*e);
        if (x->lw.len < m || memcmp(x->lw.data + x->lw.len - m, *e, m) != 0) continue;
        char cap[64];
        if (m >= sizeof cap) continue;
        memcpy(cap, *e, m);
        int32_t k = lexicon_key(&x->lx, cap, m);
        for (int32_t p = lexicon_first_phrase(&x->lx, k); p >= 0; p = x->lx.phr[p].next)
            if (x->lx.phr[p].n == 1 && x->lx.phr[p].type == LX_TITLE) {
                r.type = LX_TITLE;
                r.ref = x->lx.phr[p].ref;
                r.len = 1;
                return r;
            }
    }
    return r;
}

int mention_place_at(extractor_impl_t *x, size_t i)
{
    lxm_t m = lex_match(x, i, x->doc.ntok);
    return m.type == LX_STATE || m.type == LX_PLACE || m.type == LX_REGION;
}

int32_t mention_lex_body(extractor_impl_t *x, size_t i, size_t lim, size_t *end)
{
    lxm_t m = lex_match(x, i, lim);
    if (m.type != LX_INST && m.type != LX_STATE) return -1;
    int32_t a = dactor_lex(x, m.ref);
    if (a < 0) return -2;
    *end = i + m.len;
    return a;
}

int mention_prefix_org(extractor_impl_t *x, size_t i)
{
    const text_tok_t *t = TK(x, i);
    const char *w = x->doc.s + t->off;
    size_t h = 0;
    while (h < t->len && w[h] != '-') h++;
    if (h < 2 || h > 6 || h + 1 >= t->len) return 0;
    int upper = 0;
    for (size_t k = 0; k < h; k++) {
        if (w[k] >= 'A' && w[k] <= 'Z') upper++;
        else if (!(w[k] >= 'a' && w[k] <= 'z')) return 0;
    }
    /* "DFB", "GdP"; not "Ex", "Vize" */
    if (upper < 2 || !(w[0] >= 'A' && w[0] <= 'Z') || !(w[h - 1] >= 'A' && w[h - 1] <= 'Z')) return 0;
    if (part_match(x, w, h).type >= 0) return 0;      /* "US-", "EU-": the lexicon's */
    return compound_title_part(x, i).type == LX_TITLE ? (int)h : 0;
}

int mention_role_noun(extractor_impl_t *x, size_t i)
{
    if (i >= x->doc.ntok || TK(x, i)->type != TOK_WORD || !(TK(x, i)->flags & TOK_CAP)) return 0;
    lxm_t m = lex_match(x, i, x->doc.ntok);
    if (m.type == LX_TITLE) return 1;
    if (m.type >= 0) return 0;
    if (compound_title(x, i).type == LX_TITLE) return 1;
    if (!person_noun(x, i)) return 0;
    /* one role of one person: "Vertretern", "Mitglieder" are a list's */
    static const char *const PLURAL[] = { "ern", "oren", "enten", "anten", "innen", "isten",
        "aten", "glieder", NULL };
    const text_tok_t *t = TK(x, i);
    const char *w = x->doc.s + t->off;
    for (const char *const *p = PLURAL; *p; p++) {
        size_t pl = strlen(*p);
        if (t->len > pl + 2 && memcmp(w + t->len - pl, *p, pl) == 0) return 0;
    }
    return 1;
}

/* A word of an organisation's name (English or German) that no person's
 * name contains. */
static int org_word(const extractor_impl_t *x, size_t i)
{
    static const char *const W[] = { "National", "Congress", "Party", "Union", "Front", "Council",
        "Association", "Organization", "Organisation", "Movement", "Institute", "Institut",
        "University", "Universität", "College", "School", "Bank", "Group", "Company", "Corporation",
        "Foundation", "Stiftung", "League", "Army", "Committee", "Agency", "Service", "Department",
        "Ministry", "Commission", "Church", "Airlines", "Airways", "Times", "News", "Post", "Journal",
        "Press", "Club", "Society", "Center", "Centre", "International", "Watch", "Federation",
        "Alliance", "Network", "Holding", "Limited", "Ltd", "Inc", "GmbH", "AG", "Television",
        "Radio", "Records", "Motors", "Energy", "Oil", "Petroleum", "Systems", "Technologies",
        "Partei", "Bewegung", "Verband", "Gruppe", "Zeitung", NULL };
    for (const char *const *w = W; *w; w++)
        if (tok_word_cs(x, i, *w)) return 1;
    return 0;
}

/* A noun for a place that its name follows ("Provinz Surat Thani"). */
static int place_noun(const extractor_impl_t *x, size_t i)
{
    static const char *const W[] = { "Provinz", "Distrikt", "Distrikts", "Region", "Stadt",
        "Bezirk", "Bezirks", "Bundesstaat", "Bundesstaates", "Bundesstaats", "Insel", "Dorf",
        "Dorfes", "Kreis", "Kreises", "Landkreis", "Landkreises", "Gemeinde", "Kanton", "Kantons",
        "Departement", "Departements", "Gouvernement", "Gouvernements", "Präfektur", "Hafenstadt",
        "Hauptstadt", "Ortschaft", "Flughafen", "Flughafens", "Fluss", "Flusses", "Stadtteil",
        "Stadtteils", "Vorort", "Vororts", "Grafschaft", "Oblast", "Republik", "Halbinsel",
        "Hafen", "Hafens", "Gebiet", "Gebiets", "Gebietes", "Tal", "Tals", "Berg", "Berges",
        "Hotel", "Hotels", "Kloster", "Klosters", "Tempel", "Tempels", "Moschee", "Kathedrale",
        "Residenz", "Stadion", "Stadions", "Mausoleum", "Mausoleums", "Platz", "Platzes",
        "Palast", "Palastes", "Palasts", "Schloss", "Schlosses", NULL };
    for (const char *const *w = W; *w; w++)
        if (tok_word_cs(x, i, *w)) return 1;
    /* buildings as compounds: "des Präsidentenpalastes Rashtrapati Bhavan" */
    static const char *const B[] = { "palast", "palastes", "palasts", "schloss", "schlosses", NULL };
    const text_tok_t *t = TK(x, i);
    if (t->type != TOK_WORD || !(t->flags & TOK_CAP)) return 0;
    for (const char *const *b = B; *b; b++) {
        size_t n = strlen(*b);
        if (t->len > n && memcmp(x->doc.s + t->off + t->len - n, *b, n) == 0) return 1;
    }
    return 0;
}

static int is_possessive(const extractor_impl_t *x, size_t i);

/* A noun for a relative ("Tochter", "Ehefrau"); "Frau"/"Mann" only after
 * a possessive ("seine Frau"): family members are no diplomatic actors. */
static int kin_noun(const extractor_impl_t *x, size_t i)
{
    static const char *const K[] = { "Ehefrau", "Ehemann", "Gattin", "Gatte", "Gatten", "Sohn",
        "Sohnes", "Söhne", "Tochter", "Töchter", "Bruder", "Bruders", "Brüder", "Schwester",
        "Vater", "Vaters", "Mutter", "Witwe", "Witwer", "Enkel", "Enkelin", "Onkel", "Tante",
        "Neffe", "Neffen", "Nichte", "Cousin", "Cousine", "Schwiegersohn", "Schwiegertochter",
        "Schwiegervater", "Schwiegermutter", "Lebensgefährtin", "Lebensgefährte", "Lebensgefährten",
        "Verlobte", "Verlobten", NULL };
    for (const char *const *w = K; *w; w++)
        if (tok_word_cs(x, i, *w)) return 1;
    if ((tok_word(x, i, "frau") || tok_word(x, i, "mann") || tok_word(x, i, "herr")) && i > 0
        && is_possessive(x, i - 1))
        return 1;
    return 0;
}

/* A capitalised adjective that belongs to a following title
 * ("Stellvertretenden", "Ersten", "Ehemaligen"): its lower-case form is a
 * word and it has an adjective ending. */
static int modifier_word(extractor_impl_t *x, size_t i)
{
    const text_tok_t *t = TK(x, i);
    if (t->type != TOK_WORD || !(t->flags & TOK_CAP) || (t->flags & TOK_SENT)) return 0;
    const char *w = x->doc.s + t->off;
    size_t n = t->len;
    if (n < 4 || !(w[n - 1] == 'e' || (w[n - 2] == 'e' && strchr("nrsm", w[n - 1])))) return 0;
    lxm_t m = lex_match(x, i, x->doc.ntok);
    if (m.type >= 0) return 0;
    char buf[128];
    if (n >= sizeof buf) return 0;
    memcpy(buf, w, n);
    if ((unsigned char)buf[0] < 'A' || (unsigned char)buf[0] > 'Z') return 0;
    buf[0] = (char)(buf[0] + 32);
    return wordlist_has(&x->wl, buf, n);
}

/* Words between a title chain and a name placed after a comma: no verb
 * or trigger may stand there. */
static int apposition_gap_ok(extractor_impl_t *x, size_t a, size_t b)
{
    static const char *const V[] = { "ist", "war", "sind", "waren", "wurde", "wurden",
        "hat", "hatte", "haben", "hatten", "sagte", "erklärte", "wird", "werden", NULL };
    for (size_t k = a; k < b; k++) {
        if (lexicon_trigger(&x->lx, x->tkey[k]) >= 0) return 0;
        for (const char *const *w = V; *w; w++)
            if (tok_word(x, k, *w)) return 0;
        const text_tok_t *t = TK(x, k);
        if (t->type == TOK_PUNCT && t->cp != ',' && t->cp != '-' && t->cp != '"'
            && t->cp != 0x201E && t->cp != 0x201C && t->cp != '(' && t->cp != ')')
            return 0;
    }
    return 1;
}

static ev_date_t sentence_date(extractor_impl_t *x, size_t s)
{
    size_t d0 = x->sent_date0[s], d1 = x->sent_date0[s + 1];
    if (d1 > d0) return x->dates.v[d0].start;
    return x->ref;
}

/* 1 when the title at i was found as the last part of a compound. */
static int lexicon_phrase_len_is_compound(extractor_impl_t *x, size_t i, lxm_t tm)
{
    const text_tok_t *t = TK(x, i);
    if (tm.len != 1 || memchr(x->doc.s + t->off, '-', t->len)) return 0;   /* "US-Präsident" */
    lxm_t m = lex_match(x, i, x->doc.ntok);
    return m.type != LX_TITLE || m.ref != tm.ref;
}

/* 1 when token i is the surname of an office holder ("Kanzler Kurz"). */
static int known_surname(const extractor_impl_t *x, size_t i)
{
    int32_t ks[2] = { x->tkey[i], x->talt[i] };
    for (int v = 0; v < 2; v++)
        if (ks[v] >= 0 && (size_t)ks[v] < x->lx.nhead && x->lx.surname_head[ks[v]] >= 0) return 1;
    return 0;
}

/* The first token of sentence s. */
static size_t s_lo(const extractor_impl_t *x, size_t s) { return x->doc.sents[s].tok; }

/* 1 when d was named with a federal title ("Bundespräsident") and the
 * bare title c refers back without it ("den Präsidenten"): German news
 * calls its own head of state the Bundespräsident, so "der Präsident" is
 * most likely the foreign one. */
static int federal_title_apart(const extractor_impl_t *x, const dactor_t *d, const chain_t *c)
{
    const char *bare = x->lx.titles[c->title[c->ntitle - 1]].title;
    return d->title && strncmp(d->title, "Bundes", 6) == 0 && strncmp(bare, "Bundes", 6) != 0;
}

/* The length in tokens of a state's name in the genitive ("Estlands")
 * starting at token k, its match in *g; 0 when none. */
static size_t genitive_state_at(extractor_impl_t *x, size_t k, size_t lim, lxm_t *g)
{
    if (k >= lim) return 0;
    *g = lex_match(x, k, lim);
    if (g->type != LX_STATE) return 0;
    const text_tok_t *t = TK(x, k + g->len - 1);
    return t->len > 1 && x->doc.s[t->off + t->len - 1] == 's' ? g->len : 0;
}

/* The number of states in the genitive listed from token k ("Estlands,
 * Lettlands und Litauens": 3). */
static int genitive_states(extractor_impl_t *x, size_t k, size_t lim)
{
    int n = 0;
    lxm_t g;
    for (size_t len; (len = genitive_state_at(x, k, lim, &g)) > 0;) {
        n++;
        k += len;
        if (k < lim && (tok_punct(x, k, ',') || tok_word(x, k, "und") || tok_word(x, k, "sowie"))) k++;
        else break;
    }
    /* "die Präsidenten Kirgistans, Tadschikistans und Usbekistans,
     * Almasbek Atambajew, ...": the names follow, they are the actors */
    if (n && k > 0 && tok_punct(x, k - 1, ',') && k < lim && is_cap(x, k)) return 0;
    return n;
}

/* Person or role mention from a title chain starting at b (the first
 * token, adjectives included) with the title at i. */
static int title_mention(extractor_impl_t *x, size_t s, size_t b, size_t i, lxm_t tm,
                         int32_t adj_state, int32_t pre_inst, int32_t region, size_t lim, size_t *next)
{
    chain_t c;
    memset(&c, 0, sizeof c);
    c.pre_inst = pre_inst;
    c.region = adj_state < 0 ? region : -1;
    c.compound = lexicon_phrase_len_is_compound(x, i, tm);
    c.title[c.ntitle++] = tm.ref;
    c.inst = -1;
    c.state = adj_state;
    /* "die Regierungschefs Estlands, Lettlands und Litauens": the office
     * holders of several states named by their states stand for them */
    if (genitive_states(x, i + tm.len, lim) >= 2) {
        lxm_t g = lex_match(x, i + tm.len, lim);
        int32_t a = dactor_lex(x, g.ref);
        if (a < 0) return DN_ENOMEM;
        mention_t gm;
        mention_init(&gm, b, i + tm.len + g.len, i + tm.len, a);
        gm.member = 1;
        *next = i + tm.len + g.len;
        return push_mention(x, &gm);
    }
    size_t j = parse_chain(x, i, tm.len, lim, &c);
    size_t h = is_honor(x, j, lim);
    if (h) j += h;
    int nw, ni;
    size_t ne = parse_name(x, j, lim, &nw, &ni);
    const char *office = x->lx.titles[c.title[0]].office;
    if (strcmp(office, "=same") == 0) office = NULL;   /* Amtskollege */
    /* "der argentinische Papst": an office that only one state has, and
     * the adjective names another: the adjective is nationality */
    {
        int32_t ts = x->lx.titles[c.title[0]].state;
        if (c.state >= 0 && c.state == adj_state && ts >= 0 && ts != c.state && office
            && x->lx.titles[c.title[0]].affil_state && !lexicon_office_in_state(&x->lx, office, c.state)
            && lexicon_office_in_state(&x->lx, office, ts))
            c.state = -1;
    }
    /* a lone common noun after a title is no name ("den Präsidenten Gespräche") */
    if (ne > j && nw == 1 && ni == 0 && !h) {
        const text_tok_t *t = TK(x, j);
        if (tok_common(x, (size_t)(t - x->doc.toks))
            && lex_match(x, j, lim).type != LX_PERSON
            && !known_surname(x, j))
            ne = j;
    }
    /* a compound noun after an unknown name ends it ("Ministerpräsident
     * Thaksin Shinawatra Korruptionsvorwürfe"): surnames may be listed
     * words (Fischer), compounds of listed words rarely are */
    lxm_t whole = lex_match(x, j, lim);
    while (ne > j + 1 && nw > 1 && TK(x, ne - 1)->type == TOK_WORD && !tok_listed(x, ne - 1)
           && lex_match(x, ne - 1, lim).type < 0 && compound_common(x, ne - 1)
           /* a known holder's whole name ("Alexander Schall|en|berg") */
           && !(whole.type == LX_PERSON && j + whole.len >= ne)
           /* a first name and one word: that word is the surname
            * ("Martin Bart|en|stein") */
           && !(nw == 2 && lexicon_first_name(&x->lx, x->doc.s + TK(x, j)->off, TK(x, j)->len))) {
        ne--;
        nw--;
    }
    size_t name_b = j;
    /* "der Bruder des polnischen Präsidenten, Jarosław Kaczyński": the
     * apposition names the relative, not the office holder */
    int of_kin = 0;
    for (size_t k = b, n = 0; k > s_lo(x, s) && n < 12 && !of_kin; n++) {
        k--;
        if (TK(x, k)->type == TOK_PUNCT) break;
        if (kin_noun(x, k)) of_kin = 1;
    }
    if (ne == j && !h && !of_kin) {
        /* apposition: "der Vorsitzende ..., D. Name" */
        for (size_t k = j; k < lim && k < j + 25; k++) {
            if (!tok_punct(x, k, ',')) continue;
            if (!apposition_gap_ok(x, j, k)) break;
            size_t e2 = parse_name(x, k + 1, lim, &nw, &ni);
            if (e2 > k + 1 && (ni > 0 || nw >= 2)) { name_b = k + 1; ne = e2; }
            break;
        }
    }
    mention_t m;
    if (ne > name_b) {
        int32_t a = resolve_person(x, name_b, ne, office, 1);
        if (a == -1) return DN_ENOMEM;
        if (a >= 0) {
            mention_init(&m, b, ne, name_b, a);
            if (office) {
                x->act[a].office = office;
                x->act[a].title = x->lx.titles[c.title[c.ntitle - 1]].title;
            }
            int32_t la = chain_affil(x, &c, x->act[a].lex);
            if (la >= 0) {
                m.affil = dactor_lex(x, la);
                /* the state is the title's default, not said, nor known */
                m.deflt = c.state < 0 && c.region < 0 && c.inst < 0 && c.pre_inst < 0
                          && x->act[a].lex < 0 && x->lx.titles[c.title[0]].state >= 0;
                int32_t st = x->lx.actors[la].kind == EV_KIND_STATE ? la : x->lx.actors[la].state;
                if (st >= 0 && x->act[a].state < 0) {
                    x->act[a].state = dactor_lex(x, st);
                    x->act[a].state_deflt = m.deflt;
                }
            } else if (c.state >= 0 && x->act[a].state < 0 && x->act[a].lex < 0) {
                /* "den österreichischen Vizekanzler X": whatever the office,
                 * the adjective gives X's state (a guest from there) */
                int32_t ds = dactor_lex(x, c.state);
                if (ds < 0) return DN_ENOMEM;
                x->act[a].state = ds;
            } else if (x->lx.titles[c.title[0]].affil_state && !c.nested && office && !c.compound) {
                /* "Präsident Xanana Gusmão" in a text about one state; in a
                 * federal state only national offices (an Innenminister may
                 * be a Land's): decided by the rules, which know the state */
                m.open_state = (strcmp(office, "Präsident") == 0 || strcmp(office, "Monarch") == 0
                                || strcmp(office, "Außenminister") == 0) ? 2 : 1;
            }
            /* "Koštunica von der Demokratischen Partei Serbiens" */
            if ((tok_word(x, ne, "von") || tok_word(x, ne, "vom")) && ne + 1 < lim) {
                size_t k = ne + 1 + (tok_word(x, ne + 1, "der") || tok_word(x, ne + 1, "dem"));
                while (k < lim && is_lower_word(x, k) && lex_match(x, k, lim).type != LX_INST) k++;
                size_t e3;
                int32_t party = k < lim ? inst_at(x, k, lim, -1, &e3) : -1;
                if (party >= 0 && x->lx.actors[party].kind == EV_KIND_GROUP) {
                    m.affil2 = dactor_lex(x, party);
                    ne = e3;
                }
            }
            *next = ne;
            return push_mention(x, &m);
        }
    }
    /* "Joe Nosef, der Vorsitzende der SPD": an apposition after a named
     * person gives that person the office */
    *next = j;
    int art = b >= 2 && tok_punct(x, b - 2, ',') && (tok_word(x, b - 1, "der") || tok_word(x, b - 1, "die"));
    int bare = !art && b >= 1 && tok_punct(x, b - 1, ',');   /* "Rodrigo Rato, Generaldirektor des IWF" */
    if ((art || bare) && x->nmen > 0) {
        mention_t *pm = &x->men[x->nmen - 1];
        if (pm->e == b - (art ? 2 : 1) && pm->type == MT_ENTITY && pm->actor >= 0 && !pm->role
            && x->act[pm->actor].kind == EV_KIND_PERSON && x->act[pm->actor].lex < 0) {
            int32_t la = chain_affil(x, &c, -1);
            if (la >= 0 && pm->affil < 0) {
                int32_t da = dactor_lex(x, la);
                if (da < 0) return DN_ENOMEM;
                pm->affil = da;
                if (office) x->act[pm->actor].office = office;
                x->act[pm->actor].titled = 1;
                return DN_OK;
            }
        }
    }
    /* a role without a name: the holder at the sentence's date, or the body */
    int32_t st = title_state(x, &c);
    int definite = b > 0 && (tok_word(x, b - 1, "der") || tok_word(x, b - 1, "des") || tok_word(x, b - 1, "die")
                             || tok_word(x, b - 1, "dem") || tok_word(x, b - 1, "den")
                             || tok_word(x, b - 1, "vom") || tok_word(x, b - 1, "beim"));
    if (c.nested) return DN_OK;
    /* "das Amt des US-Präsidenten", "die Kandidatur für das Amt": the
     * office, not its holder */
    if (!office) return DN_OK;
    /* "der NATO-Außenminister", "die EU-Finanzminister": the members of
     * an international body, which stands for them */
    if (c.pre_inst >= 0 && x->lx.actors[c.pre_inst].state < 0 && c.inst < 0) {
        int32_t a = dactor_lex(x, c.pre_inst);
        if (a < 0) return DN_ENOMEM;
        mention_init(&m, b, j, i, a);
        m.role = 1;
        return push_mention(x, &m);
    }
    if (c.compound && c.inst < 0 && c.region < 0) return DN_OK;
    if (c.region >= 0 && c.inst < 0) {
        /* "der bayerische Ministerpräsident" without a name: no national
         * holder, no person of another state: the region acts */
        if (!definite) return DN_OK;
        int32_t a = dactor_lex(x, c.region);
        if (a < 0) return DN_ENOMEM;
        mention_init(&m, b, j, i, a);
        m.role = 1;
        return push_mention(x, &m);
    }
    if (definite && b >= 2) {
        static const char *const OFF[] = { "Amt", "Amtes", "Amts", "Posten", "Postens", "Kandidatur",
            "Funktion", "Rolle", "Position", "Nachfolge", "Wahl", NULL };
        for (const char *const *w = OFF; *w; w++)
            if (tok_word_cs(x, b - 2, *w)) return DN_OK;
    }
    if (definite) {
        /* "der Papst", "der venezolanische Präsident": the person of this
         * office the text named last, before any holder the date gives
         * ("der polnische Präsident" after "der verunglückte polnische
         * Präsident Lech Kaczyński" is Kaczyński, not his successor) */
        int32_t best = -1;
        int best_tier = 2;
        for (size_t a = 0; a < x->nact; a++) {
            const dactor_t *d = &x->act[a];
            if (d->kind != EV_KIND_PERSON || !d->office || strcmp(d->office, office) != 0) continue;
            if (st >= 0 && (d->state < 0 || x->act[d->state].lex != st)) continue;
            int tier = st < 0 && federal_title_apart(x, d, &c);
            if (best < 0 || tier < best_tier || (tier == best_tier && d->last_sent >= x->act[best].last_sent)) {
                best = (int32_t)a;
                best_tier = tier;
            }
        }
        if (best >= 0) {
            mention_init(&m, b, j, i, best);
            m.role = 1;
            return push_mention(x, &m);
        }
    }
    if (st >= 0 || x->lx.titles[c.title[0]].state >= 0) {
        ev_date_t d = sentence_date(x, s);
        if (d.year && definite) {
            int32_t hs = st >= 0 ? st : x->lx.titles[c.title[0]].state;
            int32_t hl = lexicon_holder(&x->lx, office, hs, ev_date_first_day(d), ev_date_last_day(d));
            if (hl >= 0) {
                int32_t a = dactor_lex(x, hl);
                if (a < 0) return DN_ENOMEM;
                mention_init(&m, b, j, i, a);
                m.role = 1;
                int32_t la = chain_affil(x, &c, hl);
                if (la >= 0) m.affil = dactor_lex(x, la);
                return push_mention(x, &m);
            }
        }
    }
    int32_t la = chain_affil(x, &c, -1);
    if (c.pre_inst >= 0 && (la < 0 || x->lx.actors[la].kind == EV_KIND_STATE)) la = c.pre_inst;
    if ((la < 0 || x->lx.actors[la].kind == EV_KIND_STATE) && st >= 0) {
        /* members named after their body: Senator(en) -> Senat,
         * Parlamentarier -> Parlament, of the state named */
        size_t kl;
        const char *ks = x->tkey[i] >= 0 ? lexicon_key_str(&x->lx, x->tkey[i], &kl) : NULL;
        for (size_t n = ks ? kl - 1 : 0; n >= 4; n--) {
            long hk = strtab_find(&x->lx.keys, ks, n);
            int32_t body = hk >= 0 ? lexicon_inst_by_head(&x->lx, (int32_t)hk, st) : -1;
            if (body >= 0) { la = body; break; }
        }
    }
    if (la < 0) return DN_OK;
    if (x->lx.actors[la].kind == EV_KIND_STATE && (!definite || c.state < 0)) return DN_OK;
    int32_t a = dactor_lex(x, la);
    if (a < 0) return DN_ENOMEM;
    mention_init(&m, b, j, i, a);
    m.role = 1;
    return push_mention(x, &m);
}

/* Auxiliaries and modals: a clause goes on, no enumeration. */
static int finite_verb(const extractor_impl_t *x, size_t i)
{
    static const char *const V[] = { "wurde", "wurden", "werde", "werden", "wird", "habe",
        "haben", "hatte", "hatten", "hat", "ist", "sind", "war", "waren", "sei", "seien",
        "kann", "können", "konnte", "muss", "müssen", "musste", "soll", "sollen", "sollte",
        "will", "wollen", "wollte", "ein", "an", "auf", "aus", "zu", NULL };
    for (const char *const *w = V; *w; w++)
        if (tok_word(x, i, *w)) return 1;
    return 0;
}

static int is_possessive(const extractor_impl_t *x, size_t i)
{
    static const char *const POSS[] = { "sein", "seine", "seinem", "seinen", "seiner", "seines",
        "ihr", "ihre", "ihrem", "ihren", "ihrer", "ihres", NULL };
    for (const char *const *w = POSS; *w; w++)
        if (tok_word(x, i, *w)) return 1;
    return 0;
}

/* "Metsola hatte ihn empfangen": an object pronoun in the clause of its
 * sentence's subject is someone else - the last person named in the two
 * sentences before (German says "sich" for the subject itself).  subj is
 * that subject; returns the referent (subj when the pronoun stands in
 * another clause, after a comma). */
static int32_t object_pronoun_referent(const extractor_impl_t *x, size_t i, size_t s, int32_t subj)
{
    size_t k = x->sent_m0;
    while (k < x->nmen && !(x->men[k].actor == subj && x->men[k].type == MT_ENTITY)) k++;
    if (k == x->nmen || x->men[k].e > i) return subj;
    for (size_t t = x->men[k].e; t < i; t++)
        if (tok_punct(x, t, ',') || tok_punct(x, t, ';')) return subj;
    size_t lo = s >= 2 ? x->doc.sents[s - 2].tok : 0;
    for (size_t q = x->sent_m0; q-- > 0;) {
        const mention_t *p = &x->men[q];
        if (p->b < lo) break;
        if (p->actor >= 0 && p->actor != subj && x->act[p->actor].kind == EV_KIND_PERSON) return p->actor;
    }
    return subj;
}

static int pronoun(extractor_impl_t *x, size_t i, size_t s, mention_t *m)
{
    static const char *const PRON[] = { "er", "ihm", "ihn", NULL };
    static const char *const FEM[] = { "sie", NULL };
    static const char *const POSS[] = { "sein", "seine", "seinem", "seinen", "seiner", "seines",
        "ihre", "ihrem", "ihren", "ihrer", "ihres", NULL };
    int type = -1;
    for (const char *const *w = PRON; *w && type < 0; w++) if (tok_word(x, i, *w)) type = MT_PRON;
    for (const char *const *w = FEM; *w && type < 0; w++)
        if (tok_word(x, i, *w) && !(TK(x, i)->flags & TOK_CAP && !(TK(x, i)->flags & TOK_SENT))) type = MT_PRON;
    for (const char *const *w = POSS; *w && type < 0; w++) if (tok_word(x, i, *w)) type = MT_POSS;
    if (tok_word(x, i, "ihr") && is_cap(x, i + 1)) type = MT_POSS;
    if (type < 0) return 0;
    int32_t a = -1;
    if (x->last_person >= 0 && x->last_person_sent + 2 >= s) a = x->last_person;
    /* in the sentence of its subject a pronoun refers to the subject ("...
     * führte Gespräche mit A und B, bevor sie weiterreiste": sie is the
     * visitor, not B named last) */
    if (x->sent_subject >= 0) a = x->sent_subject;
    /* ", der ihn empfängt": an object pronoun is not the relative
     * clause's subject, the antecedent named last; it is the sentence's
     * subject ("er musste auf X warten, der ihn empfing") */
    if ((tok_word(x, i, "ihn") || tok_word(x, i, "ihm")) && i >= 2
        && (tok_word(x, i - 1, "der") || tok_word(x, i - 1, "die")) && tok_punct(x, i - 2, ',')
        && a == x->last_person && x->sent_subj_any >= 0 && x->sent_subj_any != a)
        a = x->sent_subj_any;
    else if ((tok_word(x, i, "ihn") || tok_word(x, i, "ihm")) && a >= 0 && a == x->sent_subject)
        a = object_pronoun_referent(x, i, s, a);
    mention_init(m, i, i + 1, i, a);
    m->type = (uint8_t)type;
    return 1;
}

static prep_t prep_of(const extractor_impl_t *x, size_t b, size_t lo);

/* "der 36-Jährige", "die 82-Jährige": news names a person again by age. */
static int age_noun(const extractor_impl_t *x, size_t i)
{
    const text_tok_t *t = TK(x, i);
    const char *w = x->doc.s + t->off;
    size_t n = t->len, d = 0;
    while (d < n && w[d] >= '0' && w[d] <= '9') d++;
    static const char J[] = "-Jährig";
    size_t jl = sizeof J - 1;
    if (d == 0 || d > 3 || n < d + jl + 1 || memcmp(w + d, J, jl) != 0) return 0;
    const char *e = w + d + jl;
    size_t el = n - d - jl;
    return (el == 1 && e[0] == 'e') || (el == 2 && e[0] == 'e' && strchr("nmr", e[1]));
}

/* "sein Gast", "den Gast", "ihrem Gast", "den 36-Jährigen": the visitor the text is about,
 * taken as the person last named as a subject before this sentence (the
 * host is this sentence's subject).  Not "zu Gast" (a stay, read by the
 * rules) nor a guest of nobody in particular ("ein Gast"). */
static int guest_reference(extractor_impl_t *x, size_t i, size_t s, mention_t *m)
{
    if (!(tok_word_cs(x, i, "Gast") || tok_word_cs(x, i, "Gastes") || age_noun(x, i)) || i == 0) return 0;
    static const char *const DET[] = { "sein", "seinen", "seinem", "seines", "ihr", "ihren", "ihrem",
        "ihres", "den", "dem", "des", "der", NULL };
    int det = 0;
    for (const char *const *w = DET; *w; w++) if (tok_word(x, i - 1, *w)) det = 1;
    if (!det) return 0;
    /* the host: this sentence's first person; the guest: the last person
     * named before it who is of another state than the host */
    int32_t host = x->sent_person;
    int32_t a = -1;
    int32_t hs = host >= 0 ? x->act[host].state : -1;
    for (size_t k = x->sent_m0, n = 0; k-- > 0 && n < 60 && a < 0; n++) {
        const mention_t *q = &x->men[k];
        if (q->actor < 0 || q->actor == host || q->type != MT_ENTITY || q->role) continue;
        const dactor_t *d = &x->act[q->actor];
        if (d->kind != EV_KIND_PERSON) continue;
        if (hs < 0 || (d->state >= 0 && d->state != hs)) a = q->actor;
    }
    mention_init(m, i, i + 1, i, a);
    m->type = MT_PRON;
    m->prep = (uint8_t)prep_of(x, i - 1, x->doc.sents[s].tok);
    return 1;
}

static prep_t prep_of(const extractor_impl_t *x, size_t b, size_t lo)
{
    size_t k = b;
    for (int skip = 0; skip < 4 && k > lo; skip++) {
        k--;
        const text_tok_t *t = TK(x, k);
        if (t->type != TOK_WORD) return P_NONE;
        static const struct { const char *w; prep_t p; } P[] = {
            { "von", P_VON }, { "vom", P_VON }, { "mit", P_MIT }, { "in", P_IN }, { "im", P_IN },
            { "ins", P_IN }, { "nach", P_NACH }, { "bei", P_BEI }, { "beim", P_BEI },
            { "zwischen", P_ZWISCHEN }, { "aus", P_AUS }, { "zu", P_ZU }, { "zum", P_ZU },
            { "zur", P_ZU }, { "an", P_AN }, { "am", P_AN }, { "auf", P_AUF }, { "für", P_FUER },
            { "gegen", P_OTHER }, { "über", P_OTHER }, { "durch", P_VON }, { "unter", P_OTHER },
            { "seitens", P_VON }, { "gegenüber", P_OTHER }, { "wegen", P_OTHER }, { "ohne", P_OTHER },
            { "um", P_OTHER }, { "vor", P_VOR }, { "hinter", P_OTHER }, { "neben", P_OTHER },
            { "trotz", P_OTHER }, { "laut", P_OTHER }, { "nahe", P_OTHER }, { "innerhalb", P_OTHER },
            { NULL, P_NONE } };
        /* "von bin Salman", "mit al-Sisi": a name particle left out of
         * the short name stands between the preposition and it */
        if (k + 1 == b && (tok_word_cs(x, k, "bin") || tok_word_cs(x, k, "ibn") || tok_word_cs(x, k, "al")
                           || tok_word_cs(x, k, "el") || tok_word_cs(x, k, "ben") || tok_word_cs(x, k, "van")
                           || tok_word_cs(x, k, "de") || tok_word_cs(x, k, "da") || tok_word_cs(x, k, "dos")))
            continue;
        /* "unter anderem": an adverb, no preposition */
        if ((tok_word(x, k, "anderem") || tok_word(x, k, "anderen")) && k > lo && tok_word(x, k - 1, "unter"))
            return P_NONE;
        for (int q = 0; P[q].w; q++)
            if (tok_word(x, k, P[q].w)) return P[q].p;
        if (tok_word(x, k, "des")) return P_GEN;
        if (tok_word(x, k, "der") && k > lo && !tok_punct(x, k - 1, ',')) {
            /* "der" after a noun is genitive; at a clause start nominative;
             * and before an adjective in -e ("empfing ihn in Athen der
             * griechische Präsident"), which the genitive would make -en */
            if (is_lower_word(x, k + 1)) {
                const text_tok_t *a = TK(x, k + 1);
                const char *aw = x->doc.s + a->off;
                if (a->len > 3 && aw[a->len - 1] == 'e') return P_NONE;
            }
            const text_tok_t *p = TK(x, k - 1);
            if (p->type == TOK_WORD && (p->flags & TOK_CAP) && !(p->flags & TOK_SENT)) return P_GEN;
            continue;
        }
        if (is_article(x, k) || is_lower_word(x, k)) {
            /* an article or adjective: look further left */
            if (is_lower_word(x, k) && !is_article(x, k)) {
                const char *w = x->doc.s + t->off;
                size_t n = t->len;
                /* adjectives end in -e -en -er -es -em */
                int adj = n > 3 && (w[n - 1] == 'e' || ((w[n - 1] == 'n' || w[n - 1] == 'r'
                          || w[n - 1] == 's' || w[n - 1] == 'm') && w[n - 2] == 'e'));
                if (!adj) return P_NONE;
            }
            continue;
        }
        return P_NONE;
    }
    return P_NONE;
}

/* A lone capitalised word that the dictionary also lists ("Maas",
 * "Gabriel", "Fischer"): German news names a person in full once and by
 * surname after that, so the word is the one person of this text with that
 * surname (or its genitive, "Gabriels") - never a new actor, never a
 * namesake guessed between.  After an article it is a noun ("der Fischer");
 * at a sentence's start a word whose lower-case form is a word is that
 * word ("Kurz darauf").  Returns the actor or -2. */
static int32_t surname_met_before(extractor_impl_t *x, size_t i)
{
    const text_tok_t *t = TK(x, i);
    if (t->type != TOK_WORD || t->len < 3 || t->len >= 64) return -2;
    if (i > 0 && is_article(x, i - 1)) return -2;
    char w[64];
    memcpy(w, x->doc.s + t->off, t->len);
    w[t->len] = '\0';
    if (t->flags & TOK_SENT) {
        if ((unsigned char)w[0] < 'A' || (unsigned char)w[0] > 'Z') return -2;
        w[0] = (char)(w[0] + 32);
        int lower = wordlist_has(&x->wl, w, t->len);
        w[0] = (char)(w[0] - 32);
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
            if (strlen(d->surname) != n || memcmp(d->surname, w, n) != 0) continue;
            if (found >= 0 && found != a) many = 1;
            found = a;
        }
        if (found >= 0) return many ? -2 : found;
    }
    return -2;
}

/* "König Willem-Alexander der Niederlande", "Großherzog Henri von
 * Luxemburg": a state in the genitive (or after von) right after a named
 * person is part of the name — the person's state, no actor of its own.
 * Mentions [m0, nmen) of the sentence are compacted. */
static void absorb_state_of_name(extractor_impl_t *x, size_t m0)
{
    size_t w = m0;
    for (size_t k = m0; k < x->nmen; k++) {
        mention_t *m = &x->men[k];
        if (w > m0) {
            mention_t *p = &x->men[w - 1];
            if (m->type == MT_ENTITY && m->actor >= 0 && x->act[m->actor].kind == EV_KIND_STATE
                && !m->place && (m->prep == P_GEN || m->prep == P_VON) && p->type == MT_ENTITY
                && p->actor >= 0 && x->act[p->actor].kind == EV_KIND_PERSON && !p->role
                && p->e + 1 == m->b && m->list == p->list + 1
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

/* "Neu-Delhi (dpa) – ...": the place of a dateline is where the report
 * comes from, no subject of the sentence - read as "in Neu-Delhi". */
static void dateline_place(extractor_impl_t *x, size_t m0, size_t lo, size_t lim)
{
    if (m0 >= x->nmen) return;
    mention_t *m = &x->men[m0];
    if (m->b != lo || m->type != MT_ENTITY || m->actor < 0 || m->prep != P_NONE) return;
    if (!m->place && x->act[m->actor].kind != EV_KIND_STATE) return;
    size_t i = m->e;
    if (i >= lim || !tok_punct(x, i, '(')) return;
    while (i < lim && i < m->e + 8 && !tok_punct(x, i, ')')) i++;
    if (i + 1 >= lim || !tok_punct(x, i, ')')) return;
    if (text_tok_is_dash(TK(x, i + 1))) m->prep = P_IN;
}

/* "der Militärische Übergangsrat", "die Allianz für Freiheit und Wandel":
 * after an article, an organisation the lexicon does not list, named by a
 * capitalised adjective before its head or by attributes after it (a lone
 * head, "der Rat", names none).  1 with *next after it when a mention was
 * pushed, 0 when none, -1 when memory ran out (reported). */
static int unlisted_body(extractor_impl_t *x, size_t i, size_t lo, size_t lim, size_t *next)
{
    static const char *const ART[] = { "der", "die", "das", "den", "dem", "des", NULL };
    int art = 0;
    for (const char *const *w = ART; *w && !art; w++) art = tok_word(x, i, *w);
    size_t h = i + 1;
    if (!art || h + 1 >= lim || !is_cap(x, h) || lex_match(x, h, lim).type >= 0) return 0;
    /* "der Vorstandsvorsitzende der X AG": a title, whose chain reads on */
    if (compound_title(x, h).type == LX_TITLE) return 0;
    size_t end = h;
    int32_t a = orgname_actor(x, h, lim, 0, &end);
    if (a == -2) return -1;
    if (a < 0 || end < h + 2) return 0;
    mention_t m;
    mention_init(&m, h, end, end - 1, a);
    m.prep = (uint8_t)prep_of(x, h, lo);
    if (push_mention(x, &m)) return -1;
    *next = end;
    return 1;
}

int mention_scan(extractor_impl_t *x, size_t s)
{
    const text_sent_t *se = &x->doc.sents[s];
    size_t lo = se->tok, lim = se->tok + se->ntok;
    size_t m0 = x->nmen;
    x->sent_m0 = m0;
    x->sent_person = x->sent_subject = x->sent_subj_any = -1;
    x->prev_person = x->last_person;
    x->prev_person_sent = x->last_person_sent;
    x->cur_sent = (uint32_t)s;
    int32_t adj_state = -1, adj_region = -1;
    size_t adj_b = 0, adj_end = (size_t)-1;
    for (size_t i = lo; i < lim;) {
        const text_tok_t *t = TK(x, i);
        if (t->type != TOK_WORD) { i++; continue; }
        mention_t m;
        size_t next = i + 1;
        int rc = DN_OK;
        int have_adj = adj_end == i;
        if (guest_reference(x, i, s, &m)) {
            if ((rc = push_mention(x, &m))) return rc;
            i++;
            continue;
        }
        if (pronoun(x, i, s, &m)) {
            rc = push_mention(x, &m);
            if (m.actor >= 0) {
                x->last_person = m.actor;
                x->last_person_sent = (uint32_t)s;
            }
            i++;
            if (rc) return rc;
            continue;
        }
        if ((rc = unlisted_body(x, i, lo, lim, &next)) != 0) {
            if (rc < 0) return DN_ENOMEM;
            i = next;
            continue;
        }
        lxm_t lm = lex_match(x, i, lim);
        int32_t pre_state = -1, pre_inst = -1;
        int hyph_compound = 0;
        if (lm.type < 0 && memchr(x->doc.s + t->off, '-', t->len)) {
            lm = hyphen_match(x, i, &pre_state, &pre_inst);
            if (lm.type < 0 && pre_inst >= 0) {
                /* "FDP-Fraktionsvizevorsitzender": a compound title after
                 * the body's name */
                lm = compound_title_part(x, i);
                hyph_compound = lm.type == LX_TITLE;
            }
            if (lm.type == LX_ADJ) {
                /* deutsch-kasachisch: both states are talked about */
                if (pre_state >= 0) {
                    int32_t d = dactor_lex(x, pre_state);
                    if (d < 0) return DN_ENOMEM;
                    x->act[d].nmention++;
                }
            } else if (lm.type != LX_TITLE) {
                lm.type = -1;
                if (pre_inst >= 0 || pre_state >= 0) {
                    /* "NATO-Außenminister", "EU-Gipfel": the prefix entity,
                     * recorded by the rules through the token; "UN-..." inst */
                }
            }
        }
        if (lm.type < 0 && is_cap(x, i) && !tok_common_name(x, i)) lm = compound_title(x, i);
        int32_t st0 = have_adj ? adj_state : -1;
        if (pre_state >= 0) {
            /* "US-Präsident": the state is talked about */
            st0 = pre_state;
            int32_t d = dactor_lex(x, pre_state);
            if (d < 0) return DN_ENOMEM;
            if (lm.type == LX_TITLE) x->act[d].nmention++;
        }
        size_t b = have_adj ? adj_b : i;
        if (lm.type == LX_TITLE && !have_adj) {
            /* capitalised adjectives of the title: "Stellvertretenden" */
            while (b > lo + 0 && b - 1 >= lo && modifier_word(x, b - 1)) b--;
        }
        /* "in der äthiopischen Hauptstadt": the state's capital, a place
         * in that state */
        if (lm.type < 0 && have_adj && adj_state >= 0
            && (tok_word_cs(x, i, "Hauptstadt") || tok_word_cs(x, i, "Metropole"))) {
            int32_t a = dactor_lex(x, adj_state);
            if (a < 0) return DN_ENOMEM;
            mention_init(&m, adj_b, i + 1, i, a);
            if ((rc = push_mention(x, &m))) return rc;
            i++;
            continue;
        }
        switch (lm.type) {
        case LX_ADJ: {
            int32_t d = dactor_lex(x, lm.ref);
            if (d < 0) return DN_ENOMEM;
            x->act[d].nmention++;
            if (!have_adj) { adj_b = i; adj_region = -1; }
            adj_state = lm.ref;
            adj_end = i + lm.len;
            i += lm.len;
            continue;
        }
        case LX_RADJ: {
            /* "der bayerische Ministerpräsident": a regional office */
            if (!have_adj) adj_b = i;
            adj_state = -1;
            adj_region = lm.ref;
            adj_end = i + lm.len;
            i += lm.len;
            continue;
        }
        case LX_REGION: {
            /* "Baden-Württembergs Ministerpräsident": the region of the title */
            size_t tt = i + lm.len;
            if (x->doc.s[TK(x, tt - 1)->off + TK(x, tt - 1)->len - 1] == 's'
                && (lex_match(x, tt, lim).type == LX_TITLE || compound_title(x, tt).type == LX_TITLE)) {
                adj_b = i;
                adj_state = -1;
                adj_region = lm.ref;
                adj_end = tt;
                i = tt;
                continue;
            }
            /* "in Bayern", "nach Tirol" is a place in the state; a region
             * named otherwise acts itself ("Sachsen hat zugestimmt") */
            prep_t pp = prep_of(x, i, lo);
            int32_t rst = x->lx.actors[lm.ref].state;
            if (pp == P_IN || pp == P_NACH || pp == P_AUS) {
                int32_t a = dactor_lex(x, rst);
                if (a < 0) return DN_ENOMEM;
                mention_init(&m, i, i + lm.len, i, a);
                m.place = x->lx.actors[lm.ref].name;
            } else {
                int32_t a = dactor_lex(x, lm.ref);
                if (a < 0) return DN_ENOMEM;
                mention_init(&m, i, i + lm.len, i, a);
            }
            rc = push_mention(x, &m);
            next = i + lm.len;
            break;
        }
        case LX_TITLE:
            rc = title_mention(x, s, b, i, lm, st0, pre_inst, have_adj ? adj_region : -1, lim, &next);
            (void)hyph_compound;
            break;
        case LX_STATE: {
            size_t tt = i + lm.len;
            if (tt + 2 < lim && (TK(x, tt)->flags & TOK_TRUNC) && tok_word(x, tt + 1, "und")) tt += 2;
            if (lex_match(x, tt, lim).type == LX_TITLE
                && x->doc.s[TK(x, i + lm.len - 1)->off + TK(x, i + lm.len - 1)->len - 1] == 's') {
                /* "Uruguays Präsident Tabaré Vázquez": the state of the title */
                int32_t d = dactor_lex(x, lm.ref);
                if (d < 0) return DN_ENOMEM;
                x->act[d].nmention++;
                adj_b = i;
                adj_state = lm.ref;
                adj_end = tt;
                i = tt;
                continue;
            }
            int32_t a = dactor_lex(x, lm.ref);
            if (a < 0) return DN_ENOMEM;
            mention_init(&m, i, i + lm.len, i, a);
            rc = push_mention(x, &m);
            next = i + lm.len;
            break;
        }
        case LX_PLACE: {
            const lx_place_t *pl = &x->lx.places[lm.ref];
            int32_t a = dactor_lex(x, pl->state);
            if (a < 0) return DN_ENOMEM;
            mention_init(&m, i, i + lm.len, i, a);
            m.place = pl->name;
            rc = push_mention(x, &m);
            next = i + lm.len;
            break;
        }
        case LX_PERSON: {
            /* a holder's name: take the whole name */
            int nw, ni;
            size_t e0 = parse_name(x, i, lim, &nw, &ni);
            size_t e = i + lm.len;
            /* further name words, but no common noun ("Thaksin Shinawatra
             * Korruptionsvorwürfe") */
            while (e < e0 && !(TK(x, e)->type == TOK_WORD && is_cap(x, e) && noun_word(x, e))) e++;
            while (e > i + lm.len && is_particle(x, e - 1)) e--;
            int32_t a = resolve_person(x, i, e, NULL, 0);
            if (a == -1) return DN_ENOMEM;
            if (a >= 0) {
                mention_init(&m, i, e, i, a);
                rc = push_mention(x, &m);
            }
            next = e;
            break;
        }
        case LX_HONOR: {
            int nw, ni;
            size_t e = parse_name(x, i + lm.len, lim, &nw, &ni);
            if (e > i + lm.len) {
                int kin = kin_noun(x, i);
                int32_t a = resolve_person(x, i + lm.len, e, NULL, !kin);
                if (a == -1) return DN_ENOMEM;
                if (a >= 0 && kin && !x->act[a].titled && x->act[a].lex < 0) x->act[a].kin = 1;
                if (a >= 0) {
                    mention_init(&m, i, e, i + lm.len, a);
                    rc = push_mention(x, &m);
                }
                next = e;
            } else next = i + lm.len;
            break;
        }
        default: {
            size_t e;
            int32_t inst = is_cap(x, i) ? inst_at(x, i, lim, st0, &e) : -1;
            if (inst >= 0) {
                int32_t a = dactor_lex(x, inst);
                if (a < 0) return DN_ENOMEM;
                mention_init(&m, b, e, i, a);
                rc = push_mention(x, &m);
                next = e;
                break;
            }
            /* member nouns: Vertreter/Mitglieder des X stand for X */
            int32_t tr = lexicon_trigger(&x->lx, x->tkey[i]);
            if (tr < 0 && x->talt[i] >= 0) tr = lexicon_trigger(&x->lx, x->talt[i]);
            if (tr >= 0 && x->lx.trig[tr].cls == TR_MEMBER) {
                size_t k = i + 1;
                /* "mit Vertretern Chinas, Frankreichs und Russlands": a
                 * state's genitive right after the noun */
                lxm_t g;
                if (genitive_state_at(x, k, lim, &g)) {
                    int32_t a = dactor_lex(x, g.ref);
                    if (a < 0) return DN_ENOMEM;
                    mention_init(&m, i, k + g.len, k, a);
                    m.member = 1;
                    rc = push_mention(x, &m);
                    next = k + g.len;
                    break;
                }
                if (tok_word(x, k, "des") || tok_word(x, k, "der")) {
                    k++;
                    int32_t adj = -1;
                    while (k < lim && is_lower_word(x, k) && k < i + 5) {
                        lxm_t a2 = lex_match(x, k, lim);
                        if (a2.type == LX_INST) break;   /* "kasachische Regierung" */
                        if (a2.type == LX_ADJ) adj = a2.ref;
                        k++;
                    }
                    int32_t in2 = inst_at(x, k, lim, adj, &e);
                    lxm_t m2 = lex_match(x, k, lim);
                    int32_t la = in2 >= 0 ? in2 : m2.type == LX_STATE ? m2.ref : -1;
                    if (in2 < 0 && m2.type == LX_STATE) e = k + m2.len;
                    if (la >= 0) {
                        int32_t a = dactor_lex(x, la);
                        if (a < 0) return DN_ENOMEM;
                        mention_init(&m, i, e, k, a);
                        m.member = 1;
                        rc = push_mention(x, &m);
                        next = e;
                        break;
                    }
                }
                /* "die kasachische Delegation" */
                if (st0 >= 0 && have_adj) {
                    int32_t a = dactor_lex(x, st0);
                    if (a < 0) return DN_ENOMEM;
                    mention_init(&m, b, i + 1, i, a);
                    m.member = 1;
                    rc = push_mention(x, &m);
                }
                break;
            }
            /* names: initials, or capitalised words that are no common nouns */
            if (!is_cap(x, i) || tr >= 0) break;
            /* "in der Provinz Surat Thani": the name of a place */
            if (i > lo && place_noun(x, i - 1)) {
                int nw0, ni0;
                size_t e0 = parse_name(x, i, lim, &nw0, &ni0);
                next = e0 > i ? e0 : i + 1;
                break;
            }
            int nw, ni;
            size_t ne = parse_name(x, i, lim, &nw, &ni);
            if (ne == i) break;
            if (nw >= 2 && !is_initial(x, i, ne) && !lexicon_first_name(&x->lx, x->doc.s + t->off, t->len)
                && (common_word(x, i) || person_compound(x, i))) {
                /* a common noun before a name: "Amtskollegen Khursheed Kasuri",
                 * "Ex-Machthaber Fidel Castro"; a noun for a person introduces
                 * the name like a title, any other is no part of it */
                char lw[128];
                int adjlike = t->len < sizeof lw && (unsigned char)x->doc.s[t->off] >= 'A'
                              && (unsigned char)x->doc.s[t->off] <= 'Z';
                if (adjlike) {
                    memcpy(lw, x->doc.s + t->off, t->len);
                    lw[0] = (char)(lw[0] + 32);
                    adjlike = wordlist_has(&x->wl, lw, t->len);
                }
                int kin = kin_noun(x, i);
                if ((person_noun(x, i) || kin) && !adjlike) {
                    size_t e2 = parse_name(x, i + 1, lim, &nw, &ni);
                    const text_tok_t *l2 = TK(x, e2 - 1);
                    if (e2 > i + 1 && (!tok_common(x, (size_t)(l2 - x->doc.toks))
                                       || e2 > i + 2 || kin)) {
                        int32_t a = resolve_person(x, i + 1, e2, NULL, !kin);
                        if (a == -1) return DN_ENOMEM;
                        if (a >= 0 && kin && !x->act[a].titled && x->act[a].lex < 0) x->act[a].kin = 1;
                        if (a >= 0) {
                            mention_init(&m, i, e2, i + 1, a);
                            rc = push_mention(x, &m);
                        }
                        next = e2;
                        break;
                    }
                }
                next = i + 1;
                break;
            }
            for (size_t k = i + 1; k < ne; k++) {
                lxm_t pm = lex_match(x, k, lim);
                if (pm.type != LX_PERSON) continue;
                const char *f = x->lx.actors[pm.ref].first;
                if (!f || !*f || x->doc.s[t->off] != f[0]) {
                    /* "Pontifikale Metaphern Franziskus": the known name
                     * starts later */
                    ne = k;
                    nw = 0;
                    for (size_t q = i; q < k; q++) if (TK(x, q)->type == TOK_WORD) nw++;
                }
                break;
            }
            if (nw == 0 || ne == i) { next = i + 1; break; }
            /* "African National Congress", "Business School": words of an
             * organisation's name make no person */
            {
                int org = 0;
                for (size_t k = i; k < ne && !org; k++) org = org_word(x, k);
                if (org) { next = ne; break; }
            }
            /* a common noun inside the run ends the name before it; a noun
             * for a person introduces the name after it ("Papakonstantinous
             * Nachfolger Evangelos Venizelos") */
            {
                size_t cut = 0;
                for (size_t k = i + 1; k < ne && !cut; k++)
                    if (TK(x, k)->type == TOK_WORD && is_cap(x, k) && !is_initial(x, k, ne)
                        && lex_match(x, k, lim).type != LX_PERSON && noun_word(x, k)
                        && !lexicon_first_name(&x->lx, x->doc.s + TK(x, k)->off, TK(x, k)->len))
                        cut = k;
                if (cut && person_noun(x, cut)) {
                    int nw2, ni2;
                    size_t e2 = parse_name(x, cut + 1, lim, &nw2, &ni2);
                    if (e2 > cut + 1 && (nw2 >= 2 || ni2 > 0)) {
                        int32_t a = resolve_person(x, cut + 1, e2, NULL, 1);
                        if (a == -1) return DN_ENOMEM;
                        if (a >= 0) {
                            mention_init(&m, cut, e2, cut + 1, a);
                            rc = push_mention(x, &m);
                        }
                        next = e2;
                        break;
                    }
                }
                if (cut) {
                    ne = cut;
                    nw = 0;
                    for (size_t q = i; q < ne; q++) if (TK(x, q)->type == TOK_WORD) nw++;
                    while (ne > i + 1 && is_particle(x, ne - 1)) { ne--; nw--; }
                }
            }
            int uncommon = 0, all_uncommon = 1;
            for (size_t k = i; k < ne; k++) {
                if (TK(x, k)->type != TOK_WORD || !is_cap(x, k) || is_initial(x, k, ne)) continue;
                const text_tok_t *q = TK(x, k);
                int common = tok_common(x, (size_t)(q - x->doc.toks))
                             || (k == lo && !wordlist_loaded(&x->wl));
                if (!common) uncommon++;
                else all_uncommon = 0;
            }
            int first_ok = ni == 0 && TK(x, i)->type == TOK_WORD
                           && (!tok_common(x, (size_t)(t - x->doc.toks))
                               || lexicon_first_name(&x->lx, x->doc.s + t->off, t->len))
                           && !((TK(x, i)->flags & TOK_SENT) && !lexicon_first_name(&x->lx, x->doc.s + t->off, t->len)
                                && tok_listed(x, i));
            /* the last word of an untitled name is no listed common noun
             * ("Millarden US-Dollar"); "Morales" is no form of "Moral" */
            const text_tok_t *lt = TK(x, ne - 1);
            const char *lw = x->doc.s + lt->off;
            const char *ldash = NULL;
            for (size_t q = lt->len; q-- > 1;) if (lw[q] == '-') { ldash = lw + q; break; }
            int last_ok = !(tok_listed(x, ne - 1) && tok_common(x, ne - 1))
                          && !(ldash && ldash[1] && wordlist_has(&x->wl, ldash + 1, (size_t)(lw + lt->len - ldash - 1))
                               && wordlist_common(&x->wl, ldash + 1, (size_t)(lw + lt->len - ldash - 1)));
            int accept = ni > 0 || (nw >= 2 && all_uncommon && uncommon >= 2) || (nw >= 2 && first_ok && last_ok);
            int32_t a = -2;
            if (accept) a = resolve_person(x, i, ne, NULL, ni > 0);
            else if (nw == 1 && uncommon == 1) {
                /* a surname alone: only a person met before or a known holder */
                int32_t cand = resolve_person(x, i, ne, NULL, 0);
                if (cand >= 0 && (x->act[cand].nmention > 0 || x->act[cand].lex >= 0)) a = cand;
                else if (cand >= 0 && (size_t)cand == x->nact - 1 && x->act[cand].lex < 0) x->nact--;
            } else if (nw == 1 && ni == 0) {
                a = surname_met_before(x, i);
            } else if (nw >= 2 && uncommon >= 1 && !all_uncommon) {
                /* "Johannes Singhammer": a listed first name with an unknown surname */
                const text_tok_t *q = TK(x, ne - 1);
                if (!tok_common(x, (size_t)(q - x->doc.toks)) && !(TK(x, i)->flags & TOK_SENT))
                    a = resolve_person(x, i, ne, NULL, 0);
            }
            if (a == -1) return DN_ENOMEM;
            if (a >= 0) {
                mention_init(&m, i, ne, i, a);
                rc = push_mention(x, &m);
            }
            next = ne;
            break;
        }
        }
        if (rc) return rc;
        i = next > i ? next : i + 1;
    }
    /* prepositions, dates in parentheses, attributes "(Argentinien)" */
    for (size_t k = m0; k < x->nmen; k++) {
        mention_t *m = &x->men[k];
        m->prep = (uint8_t)prep_of(x, m->b, lo);
        /* "im Süden Afghanistans", "die Regierung Polens": a state in -s
         * right after a noun is its genitive attribute */
        if (m->prep == P_NONE && m->b > lo && m->type == MT_ENTITY && m->actor >= 0
            && x->act[m->actor].kind == EV_KIND_STATE && m->e == m->b + 1) {
            const text_tok_t *pv = TK(x, m->b - 1), *mt = TK(x, m->b);
            if (pv->type == TOK_WORD && (pv->flags & TOK_CAP) && !(pv->flags & TOK_SENT)
                && mt->len > 2 && x->doc.s[mt->off + mt->len - 1] == 's' && tok_common(x, m->b - 1))
                m->prep = P_GEN;
        }
        m->tail = m->e;
        /* the dates in parentheses right after the mention: "(2015)",
         * "(im Juli und Dezember 2010)" */
        if (tok_punct(x, m->e, '(')) {
            size_t close = m->e + 1;
            while (close < lim && close < m->e + 16 && !tok_punct(x, close, ')')) close++;
            for (size_t d = x->sent_date0[s]; d < x->sent_date0[s + 1] && close < lim; d++) {
                const text_date_t *dt = &x->dates.v[d];
                if (dt->tok > m->e && dt->tok + dt->ntok <= close) {
                    if (m->pdate < 0) m->pdate = (int32_t)d;
                    m->npdate++;
                }
            }
            m->pclose = (uint32_t)close;
            if (m->npdate) m->tail = close + 1;
        }
        if (m->actor >= 0 && x->act[m->actor].kind == EV_KIND_PERSON
            && m->type == MT_ENTITY && k + 1 < x->nmen) {
            mention_t *n2 = &x->men[k + 1];
            int paren = tok_punct(x, m->e, '(') && n2->b == m->e + 1 && tok_punct(x, n2->e, ')');
            int aus = tok_word(x, m->e, "aus") && n2->b == m->e + 1;
            /* "Angela Merkel (CDU)": the party */
            if (paren && n2->actor >= 0 && x->act[n2->actor].kind == EV_KIND_GROUP && n2->type == MT_ENTITY) {
                if (m->affil2 < 0) m->affil2 = n2->actor;
                n2->type = MT_ATTR;
                m->tail = n2->e + 1;
                continue;
            }
            /* "A, B und C (alle ÖVP)": the party of each in the list */
            if (tok_punct(x, m->e, '(') && (tok_word(x, m->e + 1, "alle") || tok_word(x, m->e + 1, "beide"))
                && n2->b == m->e + 2 && tok_punct(x, n2->e, ')') && n2->actor >= 0
                && x->act[n2->actor].kind == EV_KIND_GROUP && n2->type == MT_ENTITY) {
                /* given to the list below, once lists are known */
                n2->type = MT_ATTR;
                m->tail = n2->e + 1;
                continue;
            }
            if ((paren || aus) && n2->actor >= 0 && x->act[n2->actor].kind == EV_KIND_STATE) {
                /* "Kirchner (Argentinien)" names the state a participant
                 * stands for, and so does "aus Suriname" after a politician;
                 * "die Skirennläuferin Kostelić aus Kroatien" is mere origin:
                 * a state for the direction of visits, no affiliation */
                if (m->affil < 0 && (paren || x->act[m->actor].lex >= 0 || x->act[m->actor].office))
                    m->affil = n2->actor;
                else if (m->affil < 0) m->origin = n2->actor;
                if (x->act[m->actor].state < 0) x->act[m->actor].state = n2->actor;
                n2->type = MT_ATTR;
                m->tail = paren ? n2->e + 1 : n2->e;
            }
        }
    }
    /* a possessive with no antecedent points ahead: "Bei ihrem Auftritt in
     * Brüssel sagte Rice"; so does one in a fronted phrase whose clause
     * names its subject ("Bei seiner Einreise ... hatte Mandela ...") */
    for (size_t k = m0; k < x->nmen; k++) {
        mention_t *m = &x->men[k];
        if (m->type != MT_POSS) continue;
        if (m->actor >= 0) {
            static const char *const PR[] = { "bei", "nach", "während", "vor", "auf", "seit",
                "anlässlich", "zu", NULL };
            int fronted = 0;
            if (m->b == lo + 1)
                for (const char *const *w = PR; *w; w++) if (tok_word(x, lo, *w)) fronted = 1;
            if (!fronted) continue;
            for (size_t q = k + 1; q < x->nmen; q++) {
                const mention_t *n = &x->men[q];
                if (n->actor < 0 || n->prep != P_NONE || x->act[n->actor].kind != EV_KIND_PERSON) continue;
                if (n->type == MT_ENTITY) m->actor = n->actor;
                break;
            }
            continue;
        }
        for (size_t q = k + 1; q < x->nmen; q++)
            if (x->men[q].type == MT_ENTITY && x->men[q].actor >= 0
                && x->act[x->men[q].actor].kind == EV_KIND_PERSON) {
                m->actor = x->men[q].actor;
                break;
            }
    }
    /* enumerations: mentions joined by commas and und share a list */
    int32_t list = 0;
    size_t prev = (size_t)-1;
    for (size_t k = m0; k < x->nmen; k++) {
        mention_t *m = &x->men[k];
        m->list = list++;
        if (m->type == MT_ATTR || m->type == MT_POSS) continue;
        if (prev != (size_t)-1) {
            mention_t *p = &x->men[prev];
            /* the gap between two mentions holds only list glue */
            size_t g = p->tail;
            int glue = g <= m->b;
            int sep = 0;
            for (size_t q = g; q < m->b && glue; q++) {
                if (tok_punct(x, q, ',') || tok_word(x, q, "und") || tok_word(x, q, "sowie")
                    || tok_word(x, q, "oder")) { sep = 1; continue; }
                if ((is_article(x, q) && !(tok_word(x, q, "ein") && q + 1 < m->b && !is_lower_word(x, q + 1)
                                            && q + 1 != m->b))
                    || tok_word(x, q, "von") || tok_word(x, q, "vom") || tok_word(x, q, "mit")) {
                    if (tok_word(x, q, "ein") && (q + 1 >= m->b || tok_word(x, q + 1, "und"))) { glue = 0; break; }
                    continue;
                }
                if (is_possessive(x, q) || lex_match(x, q, lim).type == LX_ADJ) continue;
                if (is_lower_word(x, q) && !finite_verb(x, q)) {
                    const text_tok_t *tq = TK(x, q);
                    const char *w = x->doc.s + tq->off;
                    size_t n = tq->len;
                    if (n > 3 && (w[n - 1] == 'e' || w[n - 2] == 'e')
                        && lexicon_trigger(&x->lx, x->tkey[q]) < 0)
                        continue;
                }
                glue = 0;
            }
            /* a comma joins like kinds: "sagte Rice, die USA hielten" is no list */
            if (glue && sep && p->actor >= 0 && m->actor >= 0
                && (x->act[p->actor].kind == EV_KIND_PERSON) != (x->act[m->actor].kind == EV_KIND_PERSON)
                && (x->act[p->actor].kind == EV_KIND_STATE || x->act[m->actor].kind == EV_KIND_STATE)) {
                int und = 0;
                for (size_t q = g; q < m->b; q++)
                    if (tok_word(x, q, "und") || tok_word(x, q, "sowie")) und = 1;
                if (!und) glue = 0;
            }
            /* "Köhler und sein Gast": the guest joins the list */
            if (glue && sep && p->type == MT_ENTITY
                && (m->type == MT_ENTITY || (m->type == MT_PRON && tok_word_cs(x, m->b, "Gast")))) {
                m->list = p->list;
                if (m->prep == P_NONE || m->prep == P_GEN) {
                    if (p->prep != P_GEN || m->prep == P_NONE) m->prep = p->prep;
                }
            }
        }
        prev = k;
    }
    /* "(alle ÖVP)" after a list of persons: each one's party */
    for (size_t k = m0 + 1; k < x->nmen; k++) {
        const mention_t *a = &x->men[k], *m = &x->men[k - 1];
        if (a->type != MT_ATTR || a->b < 2 || m->e + 2 != a->b || !tok_punct(x, m->e, '(')
            || !(tok_word(x, m->e + 1, "alle") || tok_word(x, m->e + 1, "beide")))
            continue;
        for (size_t q = k; q-- > m0 && x->men[q].list == m->list;)
            if (x->men[q].type == MT_ENTITY && x->men[q].actor >= 0
                && x->act[x->men[q].actor].kind == EV_KIND_PERSON && x->men[q].affil2 < 0)
                x->men[q].affil2 = a->actor;
    }
    /* "außer Landes geflohen", "im Exil": where such a person stays is no
     * visit, in any sentence of the text */
    {
        static const char *const F[] = { "geflohen", "floh", "flüchtete", "geflüchtet", "Exil",
            "Flucht", NULL };
        int fl = 0;
        for (size_t i = lo; i < lim && !fl; i++)
            for (const char *const *w = F; *w; w++) if (tok_word_cs(x, i, *w)) { fl = 1; break; }
        for (size_t k = m0; fl && k < x->nmen; k++)
            if (x->men[k].actor >= 0 && x->act[x->men[k].actor].kind == EV_KIND_PERSON)
                x->act[x->men[k].actor].fled = 1;
    }
    /* "A (Argentinien), B (Chile) und C aus Suriname": in a list whose
     * other members name the state they stand for, aus does too */
    for (size_t k = m0; k < x->nmen; k++) {
        mention_t *m = &x->men[k];
        if (m->origin < 0 || m->affil >= 0) continue;
        for (size_t q = m0; q < x->nmen; q++)
            if (q != k && x->men[q].list == m->list && x->men[q].affil >= 0
                && x->men[q].type == MT_ENTITY && tok_punct(x, x->men[q].e, '(')) {
                m->affil = m->origin;
                break;
            }
    }
    absorb_state_of_name(x, m0);
    dateline_place(x, m0, lo, lim);
    return DN_OK;
}
