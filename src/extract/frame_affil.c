/* frame_affil: the affiliation frame: a person belongs to the state or
 * body of the office a title or the lexicon gives. */
#include "extract/frame_affil.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "extract/candidate.h"
#include "extract/mention_lex.h"
#include "extract/participant.h"
#include "util/diag.h"
#include "util/pairindex.h"

/* An affiliation row of who with body, told in sentence s, undated. */
static int affil_row(extractor_impl_t *x, int32_t who, int32_t body, size_t s, double conf)
{
    dlist_t dl;
    memset(&dl, 0, sizeof dl);
    return emit(x, who, body, EV_REL_AFFILIATION, &dl, 1, NULL, s, conf, -1);
}

/* "Kremlchef Wladimir Putin", "Putin" alone: a listed office holder named
 * in the text, in office on the article's day (else the sentence's),
 * belongs to the state of that office - once per text. */
static int held_office(extractor_impl_t *x, size_t s, size_t m0, size_t m1)
{
    /* the article's day, else the sentence's first date */
    ev_date_t d = x->ref;
    if (!d.year && x->sent_date0[s] < x->sent_date0[s + 1]) d = x->dates.v[x->sent_date0[s]].start;
    if (!d.year) return DN_OK;
    for (size_t k = m0; k < m1; k++) {
        const mention_t *m = &x->men[k];
        /* "der amerikanische Präsident" unnamed: the text names no one */
        if (m->actor < 0 || m->type != MT_ENTITY || m->role) continue;
        dactor_t *a = &x->act[m->actor];
        if (a->kind != EV_KIND_PERSON || a->lex < 0 || a->held_done) continue;
        a->held_done = 1;
        int32_t st = lexicon_person_state_at(&x->lx, a->lex, ev_date_first_day(d), ev_date_last_day(d));
        if (st < 0) continue;
        int32_t ds = dactor_lex(x, st);
        if (ds < 0) return DN_ENOMEM;
        dlist_t dl;
        memset(&dl, 0, sizeof dl);
        size_t before = x->ncand;
        int rc = emit(x, m->actor, ds, EV_REL_AFFILIATION, &dl, 1, NULL, s, 0.6, -1);
        if (rc) return rc;
        for (size_t q = before; q < x->ncand; q++) x->cand[q].held = 1;
    }
    return DN_OK;
}

/* "Außenminister X": the state or body of a person's title (m->affil),
 * unless it is a foreign party or a default state the text never names. */
static int affil_from_titles(extractor_impl_t *x, size_t s, size_t m0, size_t m1)
{
    for (size_t k = m0; k < m1; k++) {
        const mention_t *m = &x->men[k];
        if (m->actor < 0 || m->affil < 0 || m->type != MT_ENTITY) continue;
        if (x->act[m->actor].kind != EV_KIND_PERSON) continue;
        /* "der amerikanische Präsident" unnamed: the office holder takes
         * part in events, but the text names no one to affiliate */
        if (m->role) continue;
        if (foreign_party(x, m->affil)) continue;
        /* "Vizekanzler Strache" in a text about Austria that never names
         * Germany: the title's default state is a guess too far */
        int32_t to = m->affil;
        /* "Bundespräsident X" in a Swiss text: Switzerland's */
        if (m->deflt && x->act[m->actor].state_deflt == 2) to = x->act[m->actor].state;
        else if (m->deflt && x->dominant >= 0) {
            int32_t ds = state_of(x, m->affil);
            if (ds >= 0 && ds != x->dominant && x->act[ds].nmention == 0) continue;
        }
        dlist_t dl;
        memset(&dl, 0, sizeof dl);
        int rc = emit(x, m->actor, to, EV_REL_AFFILIATION, &dl, 1, NULL, s,
                      m->role ? 0.7 : 0.9, -1);
        if (rc) return rc;
    }
    return DN_OK;
}

/* "besuchte Merkel Georgien und führte Gespräche mit Premierminister X",
 * "reiste nach Baku, wo er mit Finanzminister Y zusammentraf": an office
 * of no said state held by someone a visitor met in this sentence, while
 * on a visit to a state told here or in the two sentences before, is an
 * office of that state.  The state, -1 when none. */
static int32_t visited_host(const extractor_impl_t *x, size_t s, int32_t p)
{
    for (size_t k = x->ncand; k-- > 0;) {
        const cand_t *c = &x->cand[k];
        if (c->sent < s) break;
        if (c->dropped || c->rel != EV_REL_MEETING || (c->src != p && c->dst != p)) continue;
        int32_t o = c->src == p ? c->dst : c->src;
        if (x->act[o].kind != EV_KIND_PERSON) continue;
        /* "war in Buenos Aires ..., am Sonntag wurde er in Santiago von
         * Präsident X empfangen": the visit of the meeting's own day and place */
        for (size_t q = k + 1; q < x->ncand; q++) {
            const cand_t *v = &x->cand[q];
            if (!v->dropped && v->rel == EV_REL_VISIT && v->src == o && v->sent == c->sent
                && x->act[v->dst].kind == EV_KIND_STATE && v->place && c->place && strcmp(v->place, c->place) == 0
                && ev_date_cmp(v->start, c->start) == 0)
                return state_of(x, o) == v->dst ? -1 : v->dst;
        }
        for (size_t q = k; q-- > 0;) {
            const cand_t *v = &x->cand[q];
            if (v->sent + 2 < s) break;
            if (v->dropped || v->rel != EV_REL_VISIT || v->src != o || x->act[v->dst].kind != EV_KIND_STATE)
                continue;
            /* the visitor's own state is no host */
            return state_of(x, o) == v->dst ? -1 : v->dst;
        }
    }
    return -1;
}

/* The second body of mention m is the person's unless it is a party of a
 * state the text never names ("die Republikaner" in a text about
 * Germany); one named in the person's own word ("FDP-Politiker") is.  A party of the state of the person's own office is no
 * foreign one, named or not: "Bundesfinanzminister X (SPD)". */
static int party_fits(const extractor_impl_t *x, const mention_t *m)
{
    if (m->affil2_named || !foreign_party(x, m->affil2)) return 1;
    return m->affil >= 0 && state_of(x, m->affil) == x->act[m->affil2].state;
}

/* A second body named with the title ("von der CDU", m->affil2), and the
 * state of an office whose state the text does not name ("der
 * Außenminister" in a text about one state). */
static int affil_second_and_open(extractor_impl_t *x, size_t s, size_t m0, size_t m1)
{
    for (size_t k = m0; k < m1; k++) {
        const mention_t *m = &x->men[k];
        if (m->actor < 0 || m->type != MT_ENTITY || x->act[m->actor].kind != EV_KIND_PERSON) continue;
        dlist_t dl;
        memset(&dl, 0, sizeof dl);
        int rc = DN_OK;
        int32_t host;
        if (m->affil2 >= 0 && party_fits(x, m))
            rc = emit(x, m->actor, m->affil2, EV_REL_AFFILIATION, &dl, 1, NULL, s, 0.8, -1);
        /* an office of a state the text does not name, in a text about one
         * state: that state, with less confidence */
        /* "Wirtschaftsminister X (ÖVP)": the party's state */
        if (!rc && m->open_state && m->affil < 0 && x->act[m->actor].party_state)
            rc = emit(x, m->actor, x->act[m->actor].state, EV_REL_AFFILIATION, &dl, 1, NULL, s, 0.6, -1);
        else if (!rc && m->open_state && m->affil < 0 && x->act[m->actor].lex < 0 && x->act[m->actor].state < 0
            && x->act[m->actor].host_state >= 0)
            rc = emit(x, m->actor, x->act[m->actor].host_state, EV_REL_AFFILIATION, &dl, 1, NULL, s, 0.6, -1);
        else if (!rc && m->open_state && m->affil < 0 && x->act[m->actor].lex < 0 && x->act[m->actor].state < 0
                 && (host = visited_host(x, s, m->actor)) >= 0)
            rc = emit(x, m->actor, host, EV_REL_AFFILIATION, &dl, 1, NULL, s, 0.6, -1);
        else if (!rc && m->open_state && m->affil < 0 && x->dominant >= 0 && x->act[m->actor].lex < 0
            && x->act[m->actor].state < 0
            && (m->open_state == 2 || x->act[x->dominant].lex < 0
                || !x->lx.actors[x->act[x->dominant].lex].federal))
            rc = emit(x, m->actor, x->dominant, EV_REL_AFFILIATION, &dl, 1, NULL, s, 0.55, -1);
        if (rc) return rc;
    }
    return DN_OK;
}

/* The one body (an institution or group, no state, no place) named in
 * mentions [k0, k1) before token lim; -1 when none or several. */
static int32_t one_body_named(const extractor_impl_t *x, size_t k0, size_t k1, size_t lim)
{
    int32_t one = -1;
    for (size_t k = k0; k < k1; k++) {
        const mention_t *b = &x->men[k];
        if (b->b >= lim || b->actor < 0 || b->place || b->type != MT_ENTITY) continue;
        ev_kind_t kind = x->act[b->actor].kind;
        if (kind != EV_KIND_INSTITUTION && kind != EV_KIND_GROUP) continue;
        if (one >= 0 && one != b->actor) return -1;
        one = b->actor;
    }
    return one;
}

/* 1 when mentions [k0, k1) before token lim name any body. */
static int any_body(const extractor_impl_t *x, size_t k0, size_t k1, size_t lim)
{
    for (size_t k = k0; k < k1; k++) {
        const mention_t *b = &x->men[k];
        if (b->b >= lim || b->actor < 0 || b->place || b->type != MT_ENTITY) continue;
        ev_kind_t kind = x->act[b->actor].kind;
        if (kind == EV_KIND_INSTITUTION || kind == EV_KIND_GROUP) return 1;
    }
    return 0;
}

/* A word for an office in a firm or an organisation, as written before a
 * name: "Konzernchef", "Pressesprecher", "Personalvorstand",
 * "Museumsdirektor", "Flughafenmanager" (not a state's or a town's). */
static int body_role_word(const extractor_impl_t *x, size_t i)
{
    if (i >= x->doc.ntok || TK(x, i)->type != TOK_WORD) return 0;
    const char *w = x->doc.s + TK(x, i)->off;
    size_t n = TK(x, i)->len;
    char low[64];
    if (n >= sizeof low) return 0;
    memcpy(low, w, n);
    if (low[0] >= 'A' && low[0] <= 'Z') low[0] = (char)(low[0] + 32);
    /* the whole word ("Chef"), or a compound whose first part says whose:
     * the firm's or the organisation's own ("Konzernchef",
     * "Pressesprecher"), not another body's ("Militärchef",
     * "Flughafenmanager", "Regierungssprecher") - cues.tsv's bodyrole
     * ends and ownbody starts */
    for (size_t l = 0; (l = cues_end_len(&x->cues, low, n, CUE_BODYROLE, 0, l)) != 0;)
        if (l == n || cues_id_has(&x->cues, cues_find(&x->cues, w, n - l), CUE_OWNBODY)) return 1;
    return 0;
}

/* "Ryanair erwägt eine Gebühr. Konzernchef Michael O'Leary sagte ...":
 * the title of a body's office with no body said ("Konzernchef",
 * "Pressesprecher", "Direktor") belongs to the one body the sentence
 * names before the person, or else the one the sentence before names. */
static int affil_implicit_body(extractor_impl_t *x, size_t s, size_t m0, size_t m1)
{
    for (size_t k = m0; k < m1; k++) {
        const mention_t *m = &x->men[k];
        if (m->actor < 0 || m->type != MT_ENTITY || m->role || m->affil >= 0 || m->affil2 >= 0
            || m->open_state || m->origin >= 0)
            continue;
        /* the role word in the mention, or just before it
         * ("Vorstandsmitglied Hermann-Josef Lamberti") */
        size_t rw = m->head > m->b ? m->b : m->b - (m->b > x->doc.sents[s].tok);
        if (rw == m->b && m->head == m->b) continue;
        const dactor_t *p = &x->act[m->actor];
        if (p->kind != EV_KIND_PERSON || p->lex >= 0 || p->state >= 0 || p->kin || !body_role_word(x, rw)) continue;
        int32_t body = one_body_named(x, m0, k, m->b);
        /* else the body the two sentences before last talked about: the
         * nearest that names any, if it names one */
        for (size_t back = 1, k1 = m0; body < 0 && back <= 2 && s >= back && !any_body(x, m0, k, m->b); back++) {
            size_t lo = x->doc.sents[s - back].tok, k0 = k1;
            while (k0 > 0 && x->men[k0 - 1].b >= lo) k0--;
            if (any_body(x, k0, k1, x->doc.ntok)) {
                body = one_body_named(x, k0, k1, x->doc.ntok);
                break;
            }
            k1 = k0;
        }
        if (body < 0) continue;
        int rc = affil_row(x, m->actor, body, s, 0.6);
        if (rc) return rc;
    }
    return DN_OK;
}

/* "die Fatah des palästinensischen Präsidenten Abbas", "die Partei
 * Drugaja Rossija von Garri Kasparow": a party or movement named right
 * before "des"/"der"/"von" and a person is that person's. */
static int affil_party_of_person(extractor_impl_t *x, size_t s, size_t m0, size_t m1)
{
    for (size_t k = m0 + 1; k < m1; k++) {
        const mention_t *m = &x->men[k];
        if (m->actor < 0 || m->type != MT_ENTITY || m->role || x->act[m->actor].kind != EV_KIND_PERSON) continue;
        size_t b = m->b;
        if (b < 2 || !(tok_word(x, b - 1, "des") || tok_word(x, b - 1, "der") || tok_word(x, b - 1, "von")
                       || tok_word(x, b - 1, "vom")))
            continue;
        const mention_t *g = &x->men[k - 1];
        if (g->e != b - 1 || g->actor < 0 || g->role || g->type != MT_ENTITY
            || x->act[g->actor].kind != EV_KIND_GROUP)
            continue;
        int rc = affil_row(x, m->actor, g->actor, s, 0.7);
        if (rc) return rc;
    }
    return DN_OK;
}

/* "Jacques Chirac als französischer Präsident", "X als Außenminister
 * Polens": the state of a state's office the person is said to hold
 * with "als"; -1 when none. */
static int32_t office_as(extractor_impl_t *x, const mention_t *m, size_t lim)
{
    size_t j = m->e;
    if (!tok_word(x, j, "als")) return -1;
    j++;
    int32_t st = -1;
    lxm_t a = lex_match(x, j, lim);
    if (a.type == LX_ADJ) {
        st = a.ref;
        j += a.len;
    }
    lxm_t t = lex_match(x, j, lim);
    if (t.type != LX_TITLE || !x->lx.titles[t.ref].affil_state) return -1;
    if (st < 0) {
        lxm_t g;
        if (!genitive_state_at(x, j + t.len, lim, &g)) return -1;
        st = g.ref;
    }
    return st;
}

/* A person who acts "als" the holder of a state's office belongs to that
 * state. */
static int affil_office_as(extractor_impl_t *x, size_t s, size_t m0, size_t m1)
{
    size_t lim = x->doc.sents[s].tok + x->doc.sents[s].ntok;
    for (size_t k = m0; k < m1; k++) {
        const mention_t *m = &x->men[k];
        if (m->actor < 0 || m->type != MT_ENTITY || m->role || x->act[m->actor].kind != EV_KIND_PERSON) continue;
        int32_t st = office_as(x, m, lim);
        if (st < 0) continue;
        int32_t d = dactor_lex(x, st);
        if (d < 0) return DN_ENOMEM;
        int rc = affil_row(x, m->actor, d, s, 0.8);
        if (rc) return rc;
    }
    return DN_OK;
}

/* A word for one who holds the same office as another before or after
 * or in place of them: "Nachfolger", "Amtsvorgänger", "Stellvertreter". */
static int same_office_word(const extractor_impl_t *x, size_t i)
{
    return i < x->doc.ntok && (TK(x, i)->flags & TOK_CAP) && tok_cue(x, i, CUE_SAMEOFFICE);
}

/* "seinen Stellvertreter Rodolfo Nin Novoa", "Papakonstantinous
 * Nachfolger X", "ihr Amtsvorgänger Y": the successor, predecessor or
 * deputy of a person holds an office of the same state or body - not the
 * same party. */
static int affil_same_office(extractor_impl_t *x, size_t s, size_t m0, size_t m1)
{
    for (size_t k = m0 + 1; k < m1; k++) {
        const mention_t *m = &x->men[k];
        if (m->actor < 0 || m->type != MT_ENTITY || m->role || m->head == m->b
            || x->act[m->actor].kind != EV_KIND_PERSON)
            continue;
        /* the word before the name; an adjective may stand before it */
        if (!same_office_word(x, m->head - 1)) continue;
        const mention_t *o = &x->men[k - 1];
        if (o->e != m->b || o->actor < 0 || o->actor == m->actor || x->act[o->actor].kind != EV_KIND_PERSON
            || !(o->type == MT_POSS || (o->type == MT_ENTITY && x->doc.s[TK(x, o->e - 1)->off + TK(x, o->e - 1)->len - 1] == 's')))
            continue;
        size_t n = x->ncand;
        for (size_t q = 0; q < n; q++) {
            const cand_t *c = &x->cand[q];
            if (c->dropped || c->rel != EV_REL_AFFILIATION || c->src != o->actor || c->conf < 0.8) continue;
            ev_kind_t kind = x->act[c->dst].kind;
            if (kind != EV_KIND_STATE && kind != EV_KIND_INSTITUTION) continue;
            int rc = affil_row(x, m->actor, c->dst, s, 0.7);
            if (rc) return rc;
        }
    }
    return DN_OK;
}

/* The verb "angehören" in sentence [lo, lim): "gehört/gehören ... an" or
 * "angehört"; not denied ("nicht", "kein") nor wished ("will"). */
static int belongs_verb(const extractor_impl_t *x, size_t lo, size_t lim)
{
    int verb = 0, particle = 0;
    for (size_t i = lo; i < lim; i++) {
        if (TK(x, i)->type != TOK_WORD) continue;
        const char *w = x->doc.s + TK(x, i)->off;
        size_t n = TK(x, i)->len;
        if (tok_word(x, i, "nicht") || (n >= 4 && strncasecmp(w, "kein", 4) == 0) || tok_word(x, i, "will")
            || tok_word(x, i, "wollen") || tok_word(x, i, "soll") || tok_word(x, i, "sollen"))
            return 0;
        if (tok_cue(x, i, CUE_BELONG)) verb = 1;
        if (verb && tok_word(x, i, "an") && (i + 1 >= lim || TK(x, i + 1)->type == TOK_PUNCT)) particle = 1;
        if (tok_cue(x, i, CUE_ADHERE)) verb = particle = 1;
    }
    return verb && particle;
}

/* "Der 5+1-Gruppe gehören die USA, Russland ... sowie Deutschland an",
 * "Polen gehört seit 1999 der NATO an": the one body in the dative
 * ("dem", "der" before it) has as members the other actors the sentence
 * names without a preposition. */
static int affil_belongs_to(extractor_impl_t *x, size_t s, size_t m0, size_t m1)
{
    size_t lo = x->doc.sents[s].tok, lim = lo + x->doc.sents[s].ntok;
    if (m1 - m0 < 2 || !belongs_verb(x, lo, lim)) return DN_OK;
    int32_t body = -1;
    size_t bk = m1;
    for (size_t k = m0; k < m1; k++) {
        const mention_t *m = &x->men[k];
        if (m->actor < 0 || m->type != MT_ENTITY || m->role || m->b == 0) continue;
        ev_kind_t kind = x->act[m->actor].kind;
        if (kind != EV_KIND_INSTITUTION && kind != EV_KIND_GROUP) continue;
        if (!(tok_word(x, m->b - 1, "dem") || tok_word(x, m->b - 1, "der"))) continue;
        if (body >= 0 && body != m->actor) return DN_OK;
        body = m->actor;
        bk = k;
    }
    if (body < 0) return DN_OK;
    for (size_t k = m0; k < m1; k++) {
        const mention_t *m = &x->men[k];
        if (k == bk || m->actor < 0 || m->actor == body || m->type != MT_ENTITY || m->role || m->prep || m->place
            || m->hidden || m->member)
            continue;
        int rc = affil_row(x, m->actor, body, s, 0.7);
        if (rc) return rc;
    }
    return DN_OK;
}

/* "des republikanischen Senators McCain", "ihr demokratischer
 * Amtsvorgänger X": an adjective in -isch before a person's title names a
 * party "<Adjective>e Partei" when the lexicon lists one (of a state the
 * text names); its doc actor, -1 when none, -2 when memory runs out. */
static int32_t party_adjective(extractor_impl_t *x, size_t i)
{
    if (i >= x->doc.ntok || TK(x, i)->type != TOK_WORD || (TK(x, i)->flags & TOK_CAP)) return -1;
    const char *w = x->doc.s + TK(x, i)->off;
    size_t n = TK(x, i)->len, st = 0;
    for (size_t k = 0; k + 4 <= n; k++)
        if (memcmp(w + k, "isch", 4) == 0) st = k + 4;
    if (st < 5 || st > 60 || st >= n || n - st > 2 || w[st] != 'e' || w[0] < 'a' || w[0] > 'z') return -1;
    char name[80];
    memcpy(name, w, st);
    name[0] = (char)(name[0] - 32);
    memcpy(name + st, "e Partei", 8);
    int32_t p = lexicon_group_named(&x->lx, name, st + 8);
    if (p < 0) return -1;
    int32_t d = dactor_lex(x, p);
    if (d < 0) return -2;
    return foreign_party(x, d) ? -1 : d;
}

/* A member of a party named by its adjective before the title. */
static int affil_party_adjective(extractor_impl_t *x, size_t s, size_t m0, size_t m1)
{
    for (size_t k = m0; k < m1; k++) {
        const mention_t *m = &x->men[k];
        if (m->actor < 0 || m->type != MT_ENTITY || m->role || m->head == m->b || m->b == 0
            || x->act[m->actor].kind != EV_KIND_PERSON)
            continue;
        int32_t d = party_adjective(x, m->b - 1);
        if (d == -2) return DN_ENOMEM;
        if (d < 0) continue;
        int rc = affil_row(x, m->actor, d, s, 0.7);
        if (rc) return rc;
    }
    return DN_OK;
}

/* A state's membership is written with the organisation in front of a
 * "Mitglied" noun: "NATO-Mitglied", "EU-Mitgliedstaaten",
 * "OPEC-Gründungsmitglied".  The listed body of the first part, as a doc
 * actor; -1 when token i is no such word, -2 when memory runs out. */
static int32_t member_prefix(extractor_impl_t *x, size_t i)
{
    if (i >= x->doc.ntok || TK(x, i)->type != TOK_WORD) return -1;
    const text_tok_t *t = TK(x, i);
    const char *w = x->doc.s + t->off;
    const char *h = NULL;
    for (size_t k = t->len; k-- > 1;)
        if (w[k] == '-') { h = w + k + 1; break; }
    if (!h) return -1;
    size_t hn = (size_t)(w + t->len - h);
    if (!cues_match(&x->cues, h, hn, CUE_MEMBERWORD, 0)) return -1;
    int32_t ps, pi;
    (void)hyphen_match(x, i, &ps, &pi);
    if (pi < 0) return -1;
    int32_t d = dactor_lex(x, pi);
    return d < 0 ? -2 : d;
}

/* A body a state can be a member of: an organisation, not a person, a
 * place or another state. */
static int member_body(const extractor_impl_t *x, const mention_t *m)
{
    if (m->actor < 0 || m->role || m->place) return 0;
    ev_kind_t k = x->act[m->actor].kind;
    return k == EV_KIND_INSTITUTION || k == EV_KIND_GROUP;
}

/* "die Türkei, Mitglied der NATO," or "die Türkei ist Mitglied der
 * NATO": the body named after a "Mitglied" noun that follows state
 * mention m as apposition or predicate ("kein Mitglied", "will Mitglied
 * werden" are not read).  -1 when none. */
static int32_t member_after(const extractor_impl_t *x, size_t m0, size_t m1, const mention_t *m, size_t lim)
{
    size_t i = m->e;
    if (tok_punct(x, i, ',') || tok_word(x, i, "ist") || tok_word(x, i, "sind") || tok_word(x, i, "war")
        || tok_word(x, i, "wurde"))
        i++;
    else return -1;
    if (tok_word(x, i, "ein") || tok_word(x, i, "das") || tok_word(x, i, "seit")) i++;
    if (i >= lim || TK(x, i)->type != TOK_WORD) return -1;
    const char *w = x->doc.s + TK(x, i)->off;
    size_t n = TK(x, i)->len;
    if (!cues_match(&x->cues, w, n, CUE_MEMBERWORD, 0)) return -1;
    /* the mention finder reads "Mitglied der NATO" as the body, or the
     * body after the article */
    for (size_t k = m0; k < m1; k++) {
        const mention_t *b = &x->men[k];
        if ((b->b == i || b->b == i + 2) && member_body(x, b)) return b->actor;
    }
    return -1;
}

/* A state is in an organisation: "das NATO-Mitglied Türkei", "die
 * EU-Mitgliedstaaten Polen und Ungarn", "die Türkei, Mitglied der NATO". */
static int affil_member_states(extractor_impl_t *x, size_t s, size_t m0, size_t m1)
{
    const text_sent_t *se = &x->doc.sents[s];
    size_t lo = se->tok, lim = se->tok + se->ntok;
    for (size_t k = m0; k < m1; k++) {
        const mention_t *m = &x->men[k];
        if (m->actor < 0 || m->type != MT_ENTITY || m->role || x->act[m->actor].kind != EV_KIND_STATE) continue;
        /* back over the list of states before this one to the noun */
        size_t b = m->b;
        for (size_t q = k; b > lo;) {
            if (tok_punct(x, b - 1, ',') || tok_word(x, b - 1, "und") || tok_word(x, b - 1, "sowie")) { b--; continue; }
            while (q > m0 && x->men[q - 1].e > b) q--;
            if (q > m0 && x->men[q - 1].e == b && x->men[q - 1].actor >= 0
                && x->act[x->men[q - 1].actor].kind == EV_KIND_STATE) {
                b = x->men[--q].b;
                continue;
            }
            break;
        }
        int32_t body = b > lo ? member_prefix(x, b - 1) : -1;
        if (body == -2) return DN_ENOMEM;
        if (body < 0) body = member_after(x, m0, m1, m, lim);
        if (body < 0) continue;
        int rc = affil_row(x, m->actor, body, s, 0.8);
        if (rc) return rc;
    }
    return DN_OK;
}

int frame_affiliations(extractor_impl_t *x, size_t s, size_t m0, size_t m1)
{
    int rc = affil_from_titles(x, s, m0, m1);
    if (!rc) rc = held_office(x, s, m0, m1);
    if (!rc) rc = affil_second_and_open(x, s, m0, m1);
    if (!rc) rc = affil_member_states(x, s, m0, m1);
    if (!rc) rc = affil_implicit_body(x, s, m0, m1);
    if (!rc) rc = affil_party_of_person(x, s, m0, m1);
    if (!rc) rc = affil_office_as(x, s, m0, m1);
    if (!rc) rc = affil_same_office(x, s, m0, m1);
    if (!rc) rc = affil_belongs_to(x, s, m0, m1);
    if (!rc) rc = affil_party_adjective(x, s, m0, m1);
    return rc;
}

int affil_drop_visited_guesses(extractor_impl_t *x)
{
    /* the visits by (visitor, state), looked up once per guess: not a
     * pass over every candidate for each of them */
    pairindex_clear(&x->rowidx);
    for (size_t k = 0; k < x->ncand; k++) {
        const cand_t *v = &x->cand[k];
        if (!v->dropped && v->rel == EV_REL_VISIT && v->src >= 0 && v->dst >= 0
            && pairindex_add(&x->rowidx, EV_REL_VISIT, (uint32_t)v->src, (uint32_t)v->dst, 0, (uint32_t)k))
            return diag_nomem("extract");
    }
    for (size_t i = 0; i < x->ncand; i++) {
        cand_t *a = &x->cand[i];
        if (a->dropped || a->rel != EV_REL_AFFILIATION || a->conf >= 0.65 || a->src < 0 || a->dst < 0
            || x->act[a->src].kind != EV_KIND_PERSON || x->act[a->dst].kind != EV_KIND_STATE)
            continue;
        if (pairindex_first(&x->rowidx, EV_REL_VISIT, (uint32_t)a->src, (uint32_t)a->dst, 0) >= 0) a->dropped = 1;
    }
    return DN_OK;
}
