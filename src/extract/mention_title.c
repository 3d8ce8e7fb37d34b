/* mention_title: reads a title chain - state adjectives before the
 * title, genitive complements after it, a name or none - and adds its
 * mention with the office's state or body as the affiliation; and the
 * gender a titled mention shows ("Ministerin", "Frau"). */
#include "extract/mention_title.h"

#include <stdlib.h>
#include <string.h>

#include "extract/actindex.h"
#include "extract/dactor.h"
#include "extract/mention_lex.h"
#include "extract/mention_name.h"
#include "extract/mention_resolve.h"
#include "extract/mention_words.h"
#include "extract/orgname.h"
#include "util/diag.h"

/* A title chain: its titles, and the body, state and region its
 * complements, adjectives and prefix name. */
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

/* The lexicon state (actor index) of place or state mention at token i,
 * -1 when token i names neither. */
static int32_t lex_state_at(const extractor_impl_t *x, size_t i, size_t lim)
{
    lxm_t p = lex_match(x, i, lim);
    if (p.type == LX_PLACE) return x->lx.places[p.ref].state;
    if (p.type == LX_STATE) return p.ref;
    return -1;
}

/* "Repräsentantenhaus", "Senat" alone name a chamber of the lexicon's one
 * state (the US) only where the text is not set in another: not after a
 * dateline of another state ("Canberra (AFP) - ... im Saal des
 * Repräsentantenhauses"), not with a place of another state after it
 * ("das Repräsentantenhaus in Tobruk").  1 when body ref, matched by its
 * one-word alias at token i, is another state's. */
static int generic_body_elsewhere(const extractor_impl_t *x, int32_t ref, size_t i, size_t lim)
{
    int32_t st = x->lx.actors[ref].state;
    if (st < 0) return 0;
    if (i + 2 < lim && (tok_word(x, i + 1, "in") || tok_word(x, i + 1, "im"))) {
        int32_t ps = lex_state_at(x, i + 2, lim);
        if (ps >= 0) return ps != st;
    }
    /* the dateline: the scene, or, in its own sentence (read only after
     * the sentence's mentions), the place opening it before "(" */
    int32_t scene = x->scene;
    if (scene < 0 && x->sent_m0 < x->nmen) {
        const mention_t *d = &x->men[x->sent_m0];
        if (d->b == x->doc.sents[x->cur_sent].tok && d->actor >= 0 && tok_punct(x, d->e, '(')) scene = d->actor;
    }
    if (scene < 0) return 0;
    int32_t sc = x->act[scene].kind == EV_KIND_STATE ? scene : x->act[scene].state;
    return sc >= 0 && x->act[sc].lex >= 0 && x->act[sc].lex != st;
}

int32_t inst_at(extractor_impl_t *x, size_t i, size_t lim, int32_t adj_state, size_t *end)
{
    lxm_t m = lex_match(x, i, lim);
    size_t e;
    if (m.type == LX_INST && m.alias && m.len == 1 && adj_state < 0 && generic_body_elsewhere(x, m.ref, i, lim))
        return -1;
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

/* Parses a title chain at i (a title of length len, adjective state
 * adj_state).  Returns the token after the chain (before any name). */
static size_t parse_chain(extractor_impl_t *x, size_t i, size_t len, size_t lim, chain_t *c)
{
    size_t j = i + len, title_end = i + len;
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
            if (m.type < 0 && !rules_trigger_word(x, k)) {
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
                j = title_end = k + m.len;
                continue;
            }
            break;
        }
        lxm_t m = lex_match(x, j, lim);
        /* "Präsident Kasachstans", "Vizeregierungschef und Außenminister Irlands" */
        if (m.type == LX_STATE && j == title_end) {
            if (c->state < 0) c->state = m.ref;
            j += m.len;
            continue;
        }
        break;
    }
    return j;
}

/* Words between a title chain and a name placed after a comma: no verb
 * or trigger may stand there. */
static int apposition_gap_ok(extractor_impl_t *x, size_t a, size_t b)
{
    for (size_t k = a; k < b; k++) {
        if (rules_trigger_word(x, k)) return 0;
        if (tok_cue(x, k, CUE_GAPVERB)) return 0;
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

/* The first token of sentence s. */
static size_t s_lo(const extractor_impl_t *x, size_t s) { return x->doc.sents[s].tok; }

/* 1 when d was named with a federal title ("Bundespräsident") and the
 * bare title c refers back without it ("den Präsidenten"): German news
 * calls its own head of state the Bundespräsident, so "der Präsident" is
 * most likely the foreign one. */
static int federal_title_apart(const extractor_impl_t *x, const dactor_t *d, const chain_t *c)
{
    const char *bare = x->lx.titles[c->title[c->ntitle - 1]].title;
    return d->title && cues_match(&x->cues, d->title, strlen(d->title), CUE_FEDERAL, 0)
           && !cues_match(&x->cues, bare, strlen(bare), CUE_FEDERAL, 0);
}

/* The mention of person a named in [name_b, ne) after a title chain c
 * starting at b: the office, the affiliation the chain or the title's
 * default gives, a party after "von der".  *next past it. */
static int titled_person(extractor_impl_t *x, const chain_t *c, size_t b, size_t name_b, size_t ne, size_t lim,
                         const char *office, int32_t a, size_t *next)
{
    mention_t m;
    mention_init(&m, b, ne, name_b, a);
    if (office) {
        x->act[a].office = office;
        x->act[a].title = x->lx.titles[c->title[c->ntitle - 1]].title;
    }
    int32_t la = chain_affil(x, c, x->act[a].lex);
    if (office) x->act[a].office_body = la >= 0 && x->lx.actors[la].kind != EV_KIND_STATE ? la : -1;
    /* "Bundespräsident X" of a person the text already placed in another
     * state that uses the title too (as "Bundesrat X"): that state */
    if (la >= 0 && x->lx.actors[la].kind == EV_KIND_STATE && c->state < 0 && c->region < 0 && c->inst < 0
        && c->pre_inst < 0 && x->act[a].state >= 0) {
        int32_t known = x->act[x->act[a].state].lex;
        for (int k = 0; k < 3 && known >= 0 && known != la; k++)
            if (x->lx.titles[c->title[0]].alt[k] == known) la = known;
    }
    if (la >= 0) {
        m.affil = dactor_lex(x, la);
        /* the state is the title's default, not said, nor known */
        m.deflt = c->state < 0 && c->region < 0 && c->inst < 0 && c->pre_inst < 0
                  && x->act[a].lex < 0 && x->lx.titles[c->title[0]].state >= 0;
        int32_t st = x->lx.actors[la].kind == EV_KIND_STATE ? la : x->lx.actors[la].state;
        /* "UN-Generalsekretär X": an office of a body of no state */
        if (st < 0 && x->lx.actors[la].kind == EV_KIND_INSTITUTION) x->act[a].intl = 1;
        if (st >= 0 && x->act[a].state < 0) {
            x->act[a].state = dactor_lex(x, st);
            x->act[a].state_deflt = m.deflt;
            if (m.deflt) x->act[a].deflt_title = c->title[0];
        }
    } else if (c->state >= 0 && x->act[a].state < 0 && x->act[a].lex < 0) {
        /* "den österreichischen Vizekanzler X": whatever the office,
         * the adjective gives X's state (a guest from there) */
        int32_t ds = dactor_lex(x, c->state);
        if (ds < 0) return DN_ENOMEM;
        x->act[a].state = ds;
    } else if (x->lx.titles[c->title[0]].affil_state && !c->nested && office && !c->compound) {
        /* "Präsident Xanana Gusmão" in a text about one state; in a
         * federal state only national offices (an Innenminister may
         * be a Land's): decided by the rules, which know the state */
        m.open_state = cues_match(&x->cues, office, strlen(office), CUE_NATIONAL, 0) ? 2 : 1;
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

static int title_word_gender(const extractor_impl_t *x, size_t t);

/* "der Papst", "der venezolanische Präsident": the person of this office
 * the text named last (of state st when st >= 0) and of gender g when it
 * is known, before any holder the date gives; -1 when none. */
static int32_t last_named_holder(const extractor_impl_t *x, const chain_t *c, const char *office, int32_t st,
                                 int g)
{
    int32_t best = -1;
    int best_tier = 2;
    /* "der SPD-Chef", "der Chef der X": of a body, only one named with an
     * office of it, not the last "Chef" of any */
    int32_t body = c->inst >= 0 ? c->inst : c->pre_inst;
    for (size_t a = 0; a < x->nact; a++) {
        const dactor_t *d = &x->act[a];
        if (d->kind != EV_KIND_PERSON || !d->office || strcmp(d->office, office) != 0) continue;
        if (st >= 0 && (d->state < 0 || x->act[d->state].lex != st)) continue;
        if (body >= 0 && x->lx.actors[body].kind != EV_KIND_STATE && d->office_body != body) continue;
        /* "der Kaiser" is not the empress named last */
        if (g != GENDER_UNKNOWN && d->gender != GENDER_UNKNOWN && d->gender != g) continue;
        int tier = st < 0 && federal_title_apart(x, d, c);
        if (best < 0 || tier < best_tier || (tier == best_tier && d->last_sent >= x->act[best].last_sent)) {
            best = (int32_t)a;
            best_tier = tier;
        }
    }
    return best;
}

/* 1 when the title at i (its chain from b) is a plural: a masculine
 * title ("Außenminister", not "Außenministerin") right after "die", or
 * after a "der" that is a genitive (the singular's would be "des"). */
static int plural_title(const extractor_impl_t *x, size_t s, size_t b, size_t i)
{
    if (b == 0 || b != i) return 0;
    const text_tok_t *t = TK(x, i);
    const char *w = x->doc.s + t->off;
    if (t->len < 4 || (w[t->len - 2] == 'i' && w[t->len - 1] == 'n') || w[t->len - 1] == 's') return 0;
    if (title_word_gender(x, i) == GENDER_FEM) return 0;   /* "die Queen" */
    if (tok_word(x, b - 1, "die")) return 1;
    return tok_word(x, b - 1, "der") && prep_of(x, b, s_lo(x, s)) == P_GEN;
}

/* A title chain c at [b, j) (title at i) that names no person: the
 * holder at the sentence's date, the person of the office named last, a
 * region, or the body the title belongs to; nothing for an office as such
 * ("das Amt des US-Präsidenten"). */
static int unnamed_title(extractor_impl_t *x, size_t s, const chain_t *c, size_t b, size_t i, size_t j,
                         const char *office)
{
    mention_t m;
    int32_t st = title_state(x, c);
    /* "das" for the neuter person nouns ("Das Staatsoberhaupt reiste
     * weiter"); "das Amt des ..." is an office and has no title here */
    int definite = b > 0 && (tok_word(x, b - 1, "der") || tok_word(x, b - 1, "des") || tok_word(x, b - 1, "die")
                             || tok_word(x, b - 1, "das") || tok_word(x, b - 1, "dem") || tok_word(x, b - 1, "den")
                             || tok_word(x, b - 1, "vom") || tok_word(x, b - 1, "beim"));
    if (c->nested) return DN_OK;
    /* "das Amt des US-Präsidenten", "die Kandidatur für das Amt": the
     * office, not its holder */
    if (!office) return DN_OK;
    /* "der NATO-Außenminister", "die EU-Finanzminister": the members of
     * an international body, which stands for them */
    if (c->pre_inst >= 0 && x->lx.actors[c->pre_inst].state < 0 && c->inst < 0) {
        int32_t a = dactor_lex(x, c->pre_inst);
        if (a < 0) return DN_ENOMEM;
        mention_init(&m, b, j, i, a);
        m.role = 1;
        return push_mention(x, &m);
    }
    /* "beim Treffen der Außenminister der G7", "die Außenminister der
     * EU": the holders of a masculine title after "die", or after a
     * genitive "der", are many: the international body stands for them,
     * and no one of them is meant */
    if (plural_title(x, s, b, i)) {
        if (c->inst < 0 || x->lx.actors[c->inst].state >= 0) return DN_OK;
        int32_t a = dactor_lex(x, c->inst);
        if (a < 0) return DN_ENOMEM;
        mention_init(&m, b, j, i, a);
        m.role = 1;
        return push_mention(x, &m);
    }
    if (c->compound && c->inst < 0 && c->region < 0) return DN_OK;
    if (c->region >= 0 && c->inst < 0) {
        /* "der bayerische Ministerpräsident" without a name: no national
         * holder, no person of another state: the region acts */
        if (!definite) return DN_OK;
        int32_t a = dactor_lex(x, c->region);
        if (a < 0) return DN_ENOMEM;
        mention_init(&m, b, j, i, a);
        m.role = 1;
        return push_mention(x, &m);
    }
    if (definite && b >= 2) {
        if (tok_cue(x, b - 2, CUE_OFFICEWORD)) return DN_OK;
    }
    if (definite) {
        int32_t best = last_named_holder(x, c, office, st, title_word_gender(x, i));
        if (best >= 0) {
            mention_init(&m, b, j, i, best);
            m.role = 1;
            return push_mention(x, &m);
        }
    }
    if (st >= 0 || x->lx.titles[c->title[0]].state >= 0) {
        ev_date_t d = sentence_date(x, s);
        if (d.year && definite) {
            int32_t hs = st >= 0 ? st : x->lx.titles[c->title[0]].state;
            int32_t hl = lexicon_holder(&x->lx, office, hs, ev_date_first_day(d), ev_date_last_day(d));
            if (hl >= 0) {
                int32_t a = dactor_lex(x, hl);
                if (a < 0) return DN_ENOMEM;
                mention_init(&m, b, j, i, a);
                m.role = 1;
                int32_t la = chain_affil(x, c, hl);
                if (la >= 0) m.affil = dactor_lex(x, la);
                return push_mention(x, &m);
            }
        }
    }
    int32_t la = chain_affil(x, c, -1);
    if (c->pre_inst >= 0 && (la < 0 || x->lx.actors[la].kind == EV_KIND_STATE)) la = c->pre_inst;
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
    if (x->lx.actors[la].kind == EV_KIND_STATE && (!definite || c->state < 0)) return DN_OK;
    int32_t a = dactor_lex(x, la);
    if (a < 0) return DN_ENOMEM;
    mention_init(&m, b, j, i, a);
    m.role = 1;
    return push_mention(x, &m);
}

/* A state in the genitive at token k ("Serbiens") or with its article
 * ("des Kosovo", "der Ukraine"): its length in tokens, 0 when none. */
static size_t genitive_or_article_state(extractor_impl_t *x, size_t k, size_t lim, lxm_t *g)
{
    if (k + 1 < lim && (tok_word(x, k, "des") || tok_word(x, k, "der"))) {
        *g = lex_match(x, k + 1, lim);
        return g->type == LX_STATE ? g->len + 1 : 0;
    }
    return genitive_state_at(x, k, lim, g);
}

/* The first two states the text named so far, the dateline's left out,
 * into st (lexicon states); 1 when there are two. */
static int first_two_states(const extractor_impl_t *x, int32_t *st)
{
    int n = 0;
    for (size_t q = 0; q < x->nmen && n < 2; q++) {
        const mention_t *m = &x->men[q];
        if (m->actor < 0 || m->dateline || x->act[m->actor].kind != EV_KIND_STATE || x->act[m->actor].lex < 0) continue;
        int32_t l = x->act[m->actor].lex;
        if (n == 0 || st[0] != l) st[n++] = l;
    }
    return n == 2;
}

/* "die Außenminister Griechenlands und Mazedoniens, Nikos Kotzias und
 * Nikola Dimitrov": as many names as states after a plural title, each
 * name holds the office of the state in its place.  Pushes the persons
 * and sets *next; 1 when the sentence does not read so (nothing pushed),
 * else DN_OK or DN_ENOMEM. */
static int distributive_titles(extractor_impl_t *x, const chain_t *c, size_t b, size_t k, size_t lim,
                               size_t *next)
{
    int32_t st[8];
    int n = 0;
    lxm_t g;
    /* "die Ministerpräsidenten beider Länder, A und B": the text's two
     * sides, in the order it named them */
    int sides = 0;
    if (k + 2 < lim && tok_word(x, k, "beider") && tok_cue(x, k + 1, CUE_SIDES) && tok_punct(x, k + 2, ',')
        && first_two_states(x, st)) {
        n = 2;
        k += 3;
        sides = 1;
    }
    for (size_t len; !sides && n < 8 && (len = genitive_or_article_state(x, k, lim, &g)) > 0;) {
        st[n++] = g.ref;
        k += len;
        if (k < lim && (tok_punct(x, k, ',') || tok_word(x, k, "und"))) k++;
        else break;
    }
    if (n < 2 || !tok_punct(x, k - 1, ',')) return 1;
    size_t nb[8], ne[8];
    for (int q = 0; q < n; q++) {
        int nw, ni;
        nb[q] = k;
        ne[q] = parse_name(x, k, lim, &nw, &ni);
        if (ne[q] == k || (nw < 2 && ni == 0)) return 1;
        k = ne[q];
        if (q + 1 < n && !(k < lim && (tok_punct(x, k, ',') || tok_word(x, k, "und")))) return 1;
        k++;
    }
    const char *office = x->lx.titles[c->title[0]].office;
    if (strcmp(office, "=same") == 0) office = NULL;
    for (int q = 0; q < n; q++) {
        int32_t a = resolve_person(x, nb[q], ne[q], office, 1);
        if (a == -1) return DN_ENOMEM;
        if (a < 0) continue;
        chain_t one = *c;
        one.state = st[q];
        int rc = titled_person(x, &one, q ? nb[q] : b, nb[q], ne[q], lim, office, a, next);
        if (rc) return rc;
    }
    *next = ne[n - 1];
    return DN_OK;
}

int title_mention(extractor_impl_t *x, size_t s, size_t b, size_t i, lxm_t tm,
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
    int dist = distributive_titles(x, &c, b, i + tm.len, lim, next);
    if (dist != 1) return dist;
    size_t j = parse_chain(x, i, tm.len, lim, &c);
    size_t h = is_honor(x, j, lim);
    /* "der katarische Außenminister Scheich X": a title of address right
     * before the name is no second office; the office is the first's
     * (not "traf der Kanzler Ministerpräsident Li": two persons) */
    if (!h && j + 1 < lim && tok_cue(x, j, CUE_ADDRESSTITLE)) {
        int nw2, ni2;
        if (parse_name(x, j + 1, lim, &nw2, &ni2) > j + 1 && nw2 >= 2) h = 1;
    }
    if (h) j += h;
    int nw, ni;
    size_t ne = parse_name(x, j, lim, &nw, &ni);
    /* "Handelsminister Gao Hucheng": right after a title a town's name
     * before an unknown name word is the first name (Gao, a town in Mali) */
    if (ne == j && !h && j + 1 < lim && TK(x, j)->type == TOK_WORD && lex_match(x, j, lim).type == LX_PLACE
        && lex_match(x, j, lim).len == 1 && is_cap(x, j + 1) && !tok_common(x, j + 1)
        && lex_match(x, j + 1, lim).type < 0) {
        int nw2, ni2;
        size_t e2 = parse_name(x, j + 1, lim, &nw2, &ni2);
        if (e2 > j + 1) { ne = e2; nw = nw2 + 1; ni = ni2; }
    }
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
           && !(nw == 2 && tok_common_name(x, j))) {
        ne--;
        nw--;
    }
    /* "hatte Bundeskanzler Helmut Schmidt Honecker besucht": a known
     * holder's whole name, then the surname of another person of the
     * text, is that holder and the other one */
    if (whole.type == LX_PERSON && ne == j + whole.len + 1 && nw > 2
        && surname_met_before(x, ne - 1) >= 0) {
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
            /* "den Emir von Katar, Scheich Tamim", "den vatikanischen
             * Außenminister, Erzbischof X": a title of the apposition's
             * own before the name (not "Herr": an unknown body's
             * spokesman is apposition.c's), when the office before
             * the comma is placed (not "... Präsidenten", Vizekanzler
             * X strich", a new clause) */
            size_t nb = k + 1;
            lxm_t at = lex_match(x, nb, lim);
            int placed = c.state >= 0 || c.inst >= 0 || c.region >= 0;
            for (size_t q = j; q < k && !placed; q++) placed = is_cap(x, q);   /* "von Katar" */
            if (placed && at.type == LX_TITLE && at.len == 1) nb++;
            size_t e2 = parse_name(x, nb, lim, &nw, &ni);
            if (e2 > nb && (ni > 0 || nw >= 2)) { name_b = nb; ne = e2; }
            break;
        }
    }
    if (ne > name_b) {
        int32_t a = resolve_person(x, name_b, ne, office, 1);
        if (a == -1) return DN_ENOMEM;
        if (a >= 0) {
            return titled_person(x, &c, b, name_b, ne, lim, office, a, next);
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
    return unnamed_title(x, s, &c, b, i, j, office);
}

/* A title in -in ("Ministerin", "Königin") or "Frau" is feminine, "Herr"
 * or another title masculine; the article decides a nominalised adjective
 * ("die/der Vorsitzende").  The last such word before the head wins;
 * GENDER_UNKNOWN without one. */
/* The gender the title word at token t shows: "Ministerin" feminine,
 * "Minister" masculine, "Vorsitzende" by its article. */
static int title_word_gender(const extractor_impl_t *x, size_t t)
{
    const text_tok_t *k = TK(x, t);
    const char *w = x->doc.s + k->off;
    if (k->len >= 5 && w[k->len - 2] == 'i' && w[k->len - 1] == 'n') return GENDER_FEM;
    /* "die Queen", "die Vorsitzende": a feminine article */
    if (t > 0 && tok_word(x, t - 1, "die")) return GENDER_FEM;
    if (w[k->len - 1] == 'e') return t > 0 && tok_word(x, t - 1, "der") ? GENDER_MASC : GENDER_UNKNOWN;
    return GENDER_MASC;
}

int mention_gender(extractor_impl_t *x, const mention_t *m)
{
    int g = GENDER_UNKNOWN;
    for (size_t t = m->b; t < m->head && t < x->doc.ntok; t++) {
        if (TK(x, t)->type != TOK_WORD || !is_cap(x, t)) continue;
        if (tok_cue(x, t, CUE_FEMALE)) { g = GENDER_FEM; continue; }
        if (tok_cue(x, t, CUE_MALE)) { g = GENDER_MASC; continue; }
        if (lex_match(x, t, t + 1).type != LX_TITLE && compound_title(x, t).type != LX_TITLE) continue;
        g = title_word_gender(x, t);
    }
    return g;
}
