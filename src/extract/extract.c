#include "extract/extract.h"

#include <libstemmer.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "extract/apposition.h"
#include "extract/candidate.h"
#include "extract/dedup.h"
#include "extract/frame_summit.h"
#include "extract/internal.h"
#include "extract/wordindex.h"
#include "text/decode.h"
#include "util/diag.h"
#include "util/strtab.h"

/* The grammar layer is used when its morphological lexicon has been built
 * (make builds it; DIPNET_MORPH names another file, an empty value turns
 * the layer off); without it extraction still works on word windows.  A
 * file that exists but cannot be read is an error. */
static int grammar_open(extractor_impl_t *x, const char *lexicon_dir)
{
    const char *env = getenv("DIPNET_MORPH");
    if (env && !*env) return DN_OK;
    char path[4096];
    if (!morph_find(lexicon_dir, path, sizeof path)) return DN_OK;
    int rc = morph_open(&x->morph, path);
    if (!rc) rc = gram_roles_load(&x->roles, lexicon_dir);
    if (!rc) x->have_grammar = 1;
    return rc;
}

/* The saved index of the word list (wordindex.h): LEXDIR/words.idx where
 * make install puts it, else LEXDIR/../../build/grammar/words.idx in the
 * build tree; NULL when neither exists.  Written into out. */
static const char *words_index(const char *lexicon_dir, char *out, size_t cap)
{
    static const char *const REL[] = { "words.idx", "../../build/grammar/words.idx" };
    for (size_t i = 0; i < 2; i++) {
        snprintf(out, cap, "%s/%s", lexicon_dir, REL[i]);
        if (access(out, R_OK) == 0) return out;
    }
    return NULL;
}

int extractor_new(const char *lexicon_dir, extractor_t **out)
{
    *out = NULL;
    extractor_impl_t *x = calloc(1, sizeof *x);
    if (!x) return diag_nomem("extractor");
    int rc = lexicon_load(&x->lx, lexicon_dir);
    if (rc) { free(x); return rc; }
    cues_init(&x->cues);
    if ((rc = cues_load(&x->cues, lexicon_dir))) {
        cues_destroy(&x->cues);
        lexicon_destroy(&x->lx);
        free(x);
        return rc;
    }
    wordlist_init(&x->wl);
    const char *wp = getenv("DIPNET_WORDLIST");
    if (!wp) wp = EXTRACT_WORDLIST_PATH;
    char idx[4096];
    if (*wp && (rc = wordindex_load(&x->wl, wp, words_index(lexicon_dir, idx, sizeof idx)))) {
        wordlist_destroy(&x->wl);
        cues_destroy(&x->cues);
        lexicon_destroy(&x->lx);
        free(x);
        return rc;
    }
    gram_roles_init(&x->roles);
    clause_result_init(&x->cr);
    firstnames_init(&x->fn);
    x->forced_subj = -1;
    x->trace = getenv("DIPNET_TRACE") != NULL;
    if ((rc = grammar_open(x, lexicon_dir)) || (rc = firstnames_load(&x->fn, lexicon_dir))) {
        extractor_free(x);
        return rc;
    }
    buf_init(&x->text);
    text_doc_init(&x->doc);
    text_dates_init(&x->dates);
    strtab_init(&x->dnames);
    strtab_init(&x->namesakes);
    strtab_init(&x->surf);
    /* the surface forms of a few hundred texts: one table on huge pages
     * rather than eight doublings (a failure here only means growing) */
    (void)strtab_reserve(&x->surf, 1 << 16);
    buf_init(&x->lw);
    buf_init(&x->ev);
    pairindex_init(&x->rowidx);
    actindex_init(&x->aix);
    x->nlex2doc = x->lx.nactors;
    x->lex2doc = malloc((x->nlex2doc + 1) * sizeof *x->lex2doc);
    if (!x->lex2doc) { extractor_free(x); return diag_nomem("extractor"); }
    for (size_t i = 0; i < x->nlex2doc; i++) x->lex2doc[i] = -1;
    *out = x;
    return DN_OK;
}

void extractor_free(extractor_t *x)
{
    if (!x) return;
    morph_close(&x->morph);
    gram_roles_destroy(&x->roles);
    clause_result_destroy(&x->cr);
    lexicon_destroy(&x->lx);
    cues_destroy(&x->cues);
    wordlist_destroy(&x->wl);
    firstnames_destroy(&x->fn);
    buf_destroy(&x->text);
    text_doc_destroy(&x->doc);
    text_dates_destroy(&x->dates);
    strtab_destroy(&x->dnames);
    strtab_destroy(&x->namesakes);
    strtab_destroy(&x->surf);
    free(x->dname_actor);
    free(x->surf_key);
    free(x->surf_alt);
    free(x->surf_cf);
    free(x->surf_cx);
    buf_destroy(&x->lw);
    buf_destroy(&x->ev);
    free(x->tkey);
    free(x->talt);
    free(x->ttrig);
    free(x->tcommon);
    free(x->tsurf);
    free(x->tcf);
    free(x->lxm_memo);
    free(x->tcx);
    free(x->surf_wl);
    free(x->surf_fn);
    free(x->surf_cue);
    free(x->surf_ct);
    free(x->surf_gh);
    free(x->surf_tr);
    free(x->act);
    free(x->lex2doc);
    free(x->men);
    free(x->cand);
    free(x->sent_date0);
    pairindex_destroy(&x->rowidx);
    actindex_destroy(&x->aix);
    free(x->pmark);
    free(x->tcnt);
    free(x->tnext);
    free(x);
}

/* The hash compute_keys interns token i's surface form with. */
static uint32_t surface_hash(const text_doc_t *d, size_t i)
{
    const text_tok_t *t = &d->toks[i];
    if (t->type == TOK_PUNCT) return 0;
    return strtab_hash(d->s + t->off, t->len - ((t->flags & TOK_TRUNC) ? 1 : 0));
}

/* Resizes array *p to n items of size bytes; -1 when memory runs out (the
 * array stays as it was). */
static int resize(void **p, size_t n, size_t size)
{
    void *q = realloc(*p, n * size);
    if (!q) return -1;
    *p = q;
    return 0;
}
#define RESIZE(arr, n) resize((void **)&(arr), (n), sizeof *(arr))

/* Room in the per-surface arrays for surface id `id`; -1 when memory
 * runs out (the arrays grown so far stay valid). */
static int grow_surfaces(extractor_impl_t *x, size_t id)
{
    size_t nc = x->capsurf ? x->capsurf * 2 : 4096;
    while (nc <= id) nc *= 2;
    /* surf_tr holds two entries a surface (not at / at a sentence start) */
    if (RESIZE(x->surf_key, nc) || RESIZE(x->surf_alt, nc) || RESIZE(x->surf_cf, nc) || RESIZE(x->surf_cx, nc)
        || RESIZE(x->surf_wl, nc) || RESIZE(x->surf_tr, 2 * nc) || RESIZE(x->surf_gh, nc)
        || RESIZE(x->surf_ct, nc) || RESIZE(x->surf_fn, nc) || RESIZE(x->surf_cue, nc))
        return -1;
    x->capsurf = nc;
    return 0;
}

/* Token keys: the stem id of each word, and of the word without a final s
 * (genitive of names the stemmer leaves alone: Nasarbajews). */
static int compute_keys(extractor_impl_t *x)
{
    size_t n = x->doc.ntok;
    if (n > x->ntkey) {
        if (RESIZE(x->tkey, n) || RESIZE(x->talt, n) || RESIZE(x->ttrig, n) || RESIZE(x->tcommon, n)
            || RESIZE(x->tsurf, n) || RESIZE(x->lxm_memo, n) || RESIZE(x->tcf, n) || RESIZE(x->tcx, n))
            return diag_nomem("extract");
        x->ntkey = n;
    }
    /* the surface table is big and probed at random: hash AHEAD tokens
     * early and prefetch their slots, so the misses overlap */
    enum { AHEAD = 8 };
    uint32_t ring[AHEAD];
    for (size_t j = 0; j < n && j < AHEAD; j++) {
        ring[j] = surface_hash(&x->doc, j);
        strtab_prefetch(&x->surf, ring[j]);
    }
    for (size_t i = 0; i < n; i++) {
        const text_tok_t *t = &x->doc.toks[i];
        uint32_t h = ring[i % AHEAD];
        if (i + AHEAD < n) {
            ring[i % AHEAD] = surface_hash(&x->doc, i + AHEAD);
            strtab_prefetch(&x->surf, ring[i % AHEAD]);
        }
        x->tkey[i] = x->talt[i] = -1;
        x->ttrig[i] = -2;
        x->tcommon[i] = -1;
        x->tsurf[i] = -1;
        x->lxm_memo[i].lim = 0;
        if (t->type == TOK_PUNCT) {
            x->tkey[i] = (int32_t)strtab_find(&x->lx.keys, x->doc.s + t->off, t->len);
            continue;
        }
        const char *w = x->doc.s + t->off;
        size_t len = t->len;
        if (t->flags & TOK_TRUNC) len--;
        int added = 0;
        long id = strtab_intern_h(&x->surf, w, len, h, &added);
        if (id < 0) return diag_nomem("extract");
        if ((size_t)id >= x->capsurf && grow_surfaces(x, (size_t)id)) return diag_nomem("extract");
        if (!(t->flags & TOK_TRUNC)) x->tsurf[i] = (int32_t)id;
        if (added) {
            x->surf_wl[id] = 0;
            x->surf_fn[id] = 0;
            memset(x->surf_cue[id], 0, sizeof x->surf_cue[id]);
            x->surf_ct[id] = 0;
            x->surf_gh[id] = 0;
            x->surf_tr[2 * (size_t)id] = x->surf_tr[2 * (size_t)id + 1] = -2;
            x->surf_cf[id] = cues_find_folded(&x->cues, w, len);
            x->surf_cx[id] = cues_find(&x->cues, w, len);
            x->surf_key[id] = lexicon_key(&x->lx, w, len);
            x->surf_alt[id] = len >= 4 && w[len - 1] == 's' && w[len - 2] != 's'
                              ? lexicon_key(&x->lx, w, len - 1) : -1;
        }
        x->tkey[i] = x->surf_key[id];
        x->talt[i] = x->surf_alt[id];
        x->tcf[i] = x->surf_cf[id];
        x->tcx[i] = x->surf_cx[id];
    }
    /* the clause parser's word cache finds a word by its surface id */
    x->doc.word_id = x->tsurf;
    x->doc.word_space = &x->surf;
    return DN_OK;
}

/* The date-role bits of listed word id (-1: none). */
static uint64_t date_bits(const extractor_impl_t *x, int32_t id)
{
    return id < 0 ? 0 : x->cues.bits[id][0] & (((uint64_t)1 << TD_NROLES) - 1);
}

/* The date roles of token i (text_date_ctx_t.words): its cues.tsv roles
 * that are the date parser's, A-Z folded, from the id its surface got
 * once (compute_keys). */
static uint64_t date_words(const void *arg, size_t i)
{
    const extractor_impl_t *x = arg;
    const text_tok_t *t = TK(x, i);
    int32_t sid = x->tsurf[i];
    return date_bits(x, sid >= 0 ? x->tcf[i] : cues_find_folded(&x->cues, x->doc.s + t->off, t->len));
}

/* The same looked up from the token itself, before compute_keys. */
static uint64_t date_words_direct(const void *arg, size_t i)
{
    const extractor_impl_t *x = arg;
    const text_tok_t *t = TK(x, i);
    return date_bits(x, cues_find_folded(&x->cues, x->doc.s + t->off, t->len));
}

/* 1 when sentence s opens a paragraph: a blank line stands between it and
 * the sentence before (a line between their tokens). */
static int new_paragraph(const extractor_impl_t *x, size_t s)
{
    const text_sent_t *p = &x->doc.sents[s - 1];
    if (!p->ntok || !x->doc.sents[s].ntok) return 0;
    return x->doc.toks[x->doc.sents[s].tok].line > x->doc.toks[p->tok + p->ntok - 1].line + 1;
}

static int scan_dates(extractor_impl_t *x)
{
    size_t ns = x->doc.nsent;
    if (ns + 1 > x->capsd) {
        uint32_t *p = realloc(x->sent_date0, (ns + 1) * sizeof *p);
        if (!p) return diag_nomem("extract");
        x->sent_date0 = p;
        x->capsd = ns + 1;
    }
    x->dates.n = 0;
    text_date_ctx_t ctx;
    memset(&ctx, 0, sizeof ctx);
    ctx.ref = x->ref;
    ctx.words = date_words;
    ctx.words_arg = x;
    size_t near_sent = 0;
    for (size_t s = 0; s < ns; s++) {
        x->sent_date0[s] = (uint32_t)x->dates.n;
        const text_sent_t *se = &x->doc.sents[s];
        /* "Im März 2014 ... Am 28. März stellte sie ...": the year named
         * holds for this sentence and the next */
        if (near_sent + 1 < s || (s > 0 && new_paragraph(x, s))) ctx.near_year = 0;
        unsigned near_set = ctx.near_set;
        if (text_dates_scan(&x->doc, se->tok, se->ntok, &ctx, &x->dates)) return DN_ENOMEM;
        if (ctx.near_set != near_set) near_sent = s;
        /* a weak year before a common noun is a count: "kamen 2000 Menschen" */
        size_t w = x->sent_date0[s];
        for (size_t d = x->sent_date0[s]; d < x->dates.n; d++) {
            const text_date_t *dt = &x->dates.v[d];
            if (dt->flags & DATE_WEAK) {
                size_t ni = dt->tok + dt->ntok;
                const text_tok_t *nx = &x->doc.toks[ni];
                int name = 0;
                for (int32_t p = lexicon_first_phrase(&x->lx, x->tkey[ni]); p >= 0; p = x->lx.phr[p].next)
                    if (x->lx.phr[p].type != LX_ADJ && x->lx.phr[p].type != LX_TITLE) name = 1;
                (void)nx;
                if (!name && tok_common(x, ni)) continue;
            }
            x->dates.v[w++] = *dt;
        }
        x->dates.n = w;
    }
    x->sent_date0[ns] = (uint32_t)x->dates.n;
    return DN_OK;
}

uint64_t extractor_work(const extractor_t *x)
{
    return x->work + x->rowidx.work;
}

/* "Sobotka in Israel" in a headline, "Nationalratspräsident Wolfgang
 * Sobotka" in the text: a lone surname that found a listed person the
 * text never names in full is the person of that surname the text does
 * name in full (one such person: no guess between two).  "Präsident Lee"
 * in a headline, "Lee Myung Bak" below: a lone word taken for a person of
 * its own, who is never named in full, is the one person named in full
 * whose name begins with it (family name first).  Runs once all mentions
 * are known; linear, with the surnames and first words of the persons
 * named in full in a hash table (a first word keyed with a leading
 * space). */
/* Keys person o (doc actor a) of several words by its first word, with a
 * leading space, in sur/who (surname_namesakes).  DN_OK or DN_ENOMEM. */
static int key_first_word(extractor_impl_t *x, strtab_t *sur, int32_t *who, const dactor_t *o, int32_t a)
{
    const char *sp = o->name ? strchr(o->name, ' ') : NULL;
    if (!sp || sp == o->name || (size_t)(sp - o->name) >= 63) return DN_OK;
    char k[64];
    k[0] = ' ';
    memcpy(k + 1, o->name, (size_t)(sp - o->name));
    int added = 0;
    long id = strtab_intern(sur, k, (size_t)(sp - o->name) + 1, &added);
    if (id < 0 || (size_t)id >= 2 * x->nact) return DN_ENOMEM;
    who[id] = added ? a : -2;
    return DN_OK;
}

/* The one person named in full whose name begins with the one word that
 * is d's name ("Lee" -> "Lee Myung Bak"), -1 when none or several. */
static int32_t lone_word_owner(const strtab_t *sur, const int32_t *who, const dactor_t *d)
{
    size_t n = strlen(d->name);
    if (!n || n >= 63 || strchr(d->name, ' ')) return -1;
    char k[64];
    k[0] = ' ';
    memcpy(k + 1, d->name, n);
    long id = strtab_find(sur, k, n + 1);
    return id >= 0 && who[id] >= 0 ? who[id] : -1;
}

static int surname_namesakes(extractor_impl_t *x)
{
    unsigned char *full = calloc(x->nact ? x->nact : 1, 1);
    int32_t *who = NULL;
    /* the extractor's table, emptied: a new one grew from nothing for
     * every document */
    strtab_t *sur = &x->namesakes;
    strtab_clear(sur);
    int rc = full ? DN_OK : DN_ENOMEM;
    for (size_t k = 0; k < x->nmen && !rc; k++) {
        const mention_t *m = &x->men[k];
        x->work++;
        if (m->actor >= 0 && m->type == MT_ENTITY && m->e >= m->head + 2) full[m->actor] = 1;
    }
    if (!rc && !(who = malloc((x->nact ? 2 * x->nact : 1) * sizeof *who))) rc = DN_ENOMEM;
    for (size_t a = 0; a < x->nact && !rc; a++) {
        const dactor_t *o = &x->act[a];
        x->work++;
        if (!full[a] || o->kind != EV_KIND_PERSON || !o->surname) continue;
        int added = 0;
        long id = strtab_intern(sur, o->surname, strlen(o->surname), &added);
        if (id < 0) { rc = DN_ENOMEM; break; }
        if ((size_t)id >= 2 * x->nact) { rc = DN_ENOMEM; break; }
        who[id] = added ? (int32_t)a : -2;   /* -2: two namesakes */
        rc = key_first_word(x, sur, who, o, (int32_t)a);
    }
    for (size_t k = 0; k < x->nmen && !rc; k++) {
        mention_t *m = &x->men[k];
        x->work++;
        if (m->actor < 0 || m->type != MT_ENTITY || m->e != m->head + 1 || full[m->actor]) continue;
        const dactor_t *d = &x->act[m->actor];
        if (d->kind != EV_KIND_PERSON || !d->surname) continue;
        if (d->lex < 0) {
            int32_t f = lone_word_owner(sur, who, d);
            if (f >= 0 && f != m->actor) m->actor = f;
            continue;
        }
        long id = strtab_find(sur, d->surname, strlen(d->surname));
        if (id >= 0 && who[id] >= 0 && who[id] != m->actor) m->actor = who[id];
    }
    free(who);
    free(full);
    return rc ? diag_nomem("extract") : DN_OK;
}

/* Of title t's other states (titles.tsv) that the text names, the one it
 * names most often (a Swiss text may name Austria once: "Aus Österreich
 * reiste X an"), as a doc actor; the first listed on a tie; -1 when none
 * or t < 0. */
static int32_t alt_title_state(const extractor_impl_t *x, int32_t t)
{
    if (t < 0) return -1;
    int32_t best = -1;
    for (int k = 0; k < 3; k++) {
        int32_t s = x->lx.titles[t].alt[k];
        if (s < 0 || (size_t)s >= x->nlex2doc) continue;
        int32_t d = x->lex2doc[s];
        if (d >= 0 && x->act[d].nmention && (best < 0 || x->act[d].nmention > x->act[best].nmention)) best = d;
    }
    return best;
}

static void pick_sides(extractor_impl_t *x)
{
    x->side[0] = x->side[1] = -1;
    x->bilateral_text = -1;
    int n0 = 0, n1 = 0;
    for (size_t a = 0; a < x->nact; a++) {
        if (x->act[a].kind != EV_KIND_STATE) continue;
        int n = x->act[a].nmention;
        if (n > n0) { x->side[1] = x->side[0]; n1 = n0; x->side[0] = (int32_t)a; n0 = n; }
        else if (n > n1) { x->side[1] = (int32_t)a; n1 = n; }
    }
    /* a text mostly about one state: at least three mentions, half as
     * many again as any other */
    x->dominant = n0 >= 3 && 2 * n0 >= 3 * n1 ? x->side[0] : -1;
    if (n1 < 2) x->side[0] = x->side[1] = -1;
    /* "Nationalratspräsident X" in a Swiss text, "Bundespräsident Y" in an
     * Austrian one: a title's default state that the text never names
     * gives way to the state the text is about */
    for (size_t a = 0; a < x->nact; a++) {
        dactor_t *d = &x->act[a];
        if (d->kind != EV_KIND_PERSON || !d->state_deflt || d->state < 0 || x->act[d->state].nmention) continue;
        /* "Bundespräsident X" in a text naming Switzerland, not Germany:
         * another state that uses the title (titles.tsv), if named */
        int32_t alt = alt_title_state(x, d->deflt_title);
        if (alt >= 0) {
            d->state = alt;
            d->state_deflt = 2;
        } else if (x->dominant >= 0 && d->deflt_title >= 0 && x->lx.titles[d->deflt_title].alt[0] < 0) {
            /* a title whose other states the lexicon does not list: the
             * state the text is about; one that lists them ("Bundeskanzler":
             * Germany, Austria) is not Poland's in a text about Poland */
            d->state = x->dominant;
        }
    }
}

static int run_doc(extractor_t *x, const char *doc, const char *bytes,
                   size_t n, const extract_opts_t *opts, ev_sink_fn sink,
                   void *ctx);

/* DIPNET_TRACE=1: the mentions of every sentence on stderr, for whoever
 * writes rules (which words became which actor, with which preposition). */
static void trace_mentions(const extractor_impl_t *x, size_t s, size_t m0, size_t m1)
{
    static const char *const TY[] = { "ent", "pron", "poss", "attr" };
    const text_sent_t *se = &x->doc.sents[s];
    fprintf(stderr, "trace: sentence %zu (line %u): %.*s\n", s, se->line,
            (int)(se->end - se->off), x->doc.s + se->off);
    for (size_t k = m0; k < m1; k++) {
        const mention_t *m = &x->men[k];
        const text_tok_t *a = &x->doc.toks[m->b], *b = &x->doc.toks[m->e - 1];
        static const char G[] = "?mf";
        fprintf(stderr, "trace:   [%.*s] %s -> %s%s prep=%d list=%d affil=%s gender=%c head=%u kind=%s tok=%u\n",
                (int)(b->off + b->len - a->off), x->doc.s + a->off, TY[m->type],
                m->actor >= 0 ? x->act[m->actor].name : "?", m->role ? " (role)" : "",
                m->prep, m->list, m->affil >= 0 ? x->act[m->affil].name : "-",
                m->actor >= 0 ? G[x->act[m->actor].gender] : '?', m->head - m->b,
                m->actor >= 0 ? ev_kind_name(x->act[m->actor].kind) : "?",
                m->b - x->doc.sents[s].tok);
    }
}

int extractor_run(extractor_t *x, const char *doc, const char *bytes,
                  size_t n, const extract_opts_t *opts,
                  ev_sink_fn sink, void *ctx)
{
    x->oom = 0;
    size_t reported = diag_count();
    int rc = run_doc(x, doc, bytes, n, opts, sink, ctx);
    /* Regression extract_mention_silent_nomem: allocation failures deep in
     * actor resolution come back as a bare DN_ENOMEM (or as "no actor",
     * flagged in x->oom); every one must end the run with a message. */
    if (!rc && x->oom) rc = DN_ENOMEM;
    if (rc == DN_ENOMEM && diag_count() == reported)
        diag_nomem("extract");
    return rc;
}

/* "Bei seinem Besuch in Peking traf Macron Xi", "Nach seinen Gesprächen
 * mit A und B zog X Bilanz": a possessive in a phrase before the subject,
 * with no person before it in the sentence, points forward to the
 * subject, not back to the previous sentence. */
static void cataphora(extractor_impl_t *x, size_t m0)
{
    for (size_t k = m0; k < x->nmen; k++) {
        mention_t *m = &x->men[k];
        if (m->type == MT_ENTITY && m->actor >= 0 && x->act[m->actor].kind == EV_KIND_PERSON) return;
        if (m->type != MT_POSS || m->prep == P_NONE) continue;
        for (size_t q = k + 1; q < x->nmen; q++) {
            const mention_t *n = &x->men[q];
            if (n->type == MT_ENTITY && n->actor >= 0 && !n->role && n->prep == P_NONE
                && x->act[n->actor].kind == EV_KIND_PERSON) {
                m->actor = n->actor;
                break;
            }
        }
        return;
    }
}

/* A pronoun in a later sentence refers to the last sentence's subject
 * rather than to the person named last ("Boric wurde von Fernández
 * empfangen. In Riad empfing ihn ..." is Boric): the first named person
 * of the sentence without a preposition, when there is one. */
static void prefer_subject(extractor_impl_t *x, size_t m0)
{
    for (size_t k = m0; k < x->nmen; k++) {
        const mention_t *m = &x->men[k];
        /* "Am Abend flog er nach Paris": a subject pronoun keeps its
         * person the one talked about */
        int subj_pron = m->type == MT_PRON && (tok_word(x, m->b, "er") || tok_word(x, m->b, "sie"));
        if ((m->type == MT_ENTITY || subj_pron) && m->actor >= 0 && !m->role && m->prep == P_NONE
            && x->act[m->actor].kind == EV_KIND_PERSON) {
            x->last_person = m->actor;
            return;
        }
    }
}

static int run_doc(extractor_t *x, const char *doc, const char *bytes,
                   size_t n, const extract_opts_t *opts, ev_sink_fn sink,
                   void *ctx)
{
    int rc = text_decode(doc, bytes, n, &x->text, NULL);
    if (rc) return rc;
    rc = text_doc_tokenize(&x->doc, buf_cstr(&x->text), x->text.len);
    if (rc) return rc;
    /* reset per-document state */
    for (size_t a = 0; a < x->nact; a++)
        if (x->act[a].lex >= 0) x->lex2doc[x->act[a].lex] = -1;
    x->nact = 0;
    x->work += actindex_clear(&x->aix);
    x->doc_gen++;
    x->nmen = 0;
    x->ncand = 0;
    x->last_person = -1;
    x->last_person_sent = 0;
    x->ctx_visit = -1;
    x->open_host = -1;
    x->open_host_where = -1;
    x->para_sent = x->para_first = 0;
    x->sole_s = (size_t)-1;
    x->scene = -1;
    x->scene_many = 0;
    x->cred_recv = -1;
    x->scene_place = NULL;
    x->ntrig_inst = 0;
    x->nmany = 0;
    x->have_summit = 0;
    x->sum_org = x->sum_host = x->sum_hostp = -1;
    x->sum_cand0 = 0;
    x->sum_place = NULL;
    memset(&x->sum_a, 0, sizeof x->sum_a);
    memset(&x->sum_b, 0, sizeof x->sum_b);
    strtab_clear(&x->dnames);
    x->ndna = 0;
    memset(&x->ref, 0, sizeof x->ref);
    if (opts && opts->doc_date.year) x->ref = opts->doc_date;
    else {
        /* before compute_keys: the date words looked up as written */
        text_date_ctx_t w = { { 0, 0, 0 }, { 0, 0, 0 }, date_words_direct, x, 0, 0 };
        text_first_line_date(&x->doc, &w, &x->ref);
    }
    if ((rc = compute_keys(x)) || (rc = scan_dates(x))) return rc;
    size_t ns = x->doc.nsent;
    size_t *mstart = malloc((ns + 1) * sizeof *mstart);
    if (!mstart) return diag_nomem("extract");
    for (size_t s = 0; s < ns && !rc; s++) {
        mstart[s] = x->nmen;
        int32_t before = x->last_person;
        rc = mention_scan(x, s);
        if (!rc) rc = apposition_link(x, s, mstart[s], x->nmen);
        cataphora(x, mstart[s]);
        prefer_subject(x, mstart[s]);
        if (x->last_person != before) x->last_person_sent = (uint32_t)s;
    }
    mstart[ns] = x->nmen;
    if (!rc && x->trace)
        for (size_t s = 0; s < ns; s++) trace_mentions(x, s, mstart[s], mstart[s + 1]);
    if (!rc) rc = surname_namesakes(x);
    if (!rc) {
        pick_sides(x);
        for (size_t s = 0; s < ns && !rc; s++)
            rc = rules_apply(x, s, mstart[s], mstart[s + 1], x->sent_date0[s], x->sent_date0[s + 1]);
        if (!rc) summit_retarget(x);
        if (!rc) rc = meeting_presence(x, mstart, ns);
        if (!rc) rc = home_partners(x, mstart, ns);
    }
    free(mstart);
    if (!rc && x->oom) return DN_ENOMEM; /* reported by extractor_run */
    if (!rc) rc = dedup_emit(x, doc, sink, ctx);
    return rc;
}
