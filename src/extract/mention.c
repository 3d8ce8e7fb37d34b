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
#include "extract/dactor.h"
#include "extract/mention_coref.h"
#include "extract/mention_lex.h"
#include "extract/mention_name.h"
#include "extract/mention_resolve.h"
#include "extract/mention_title.h"
#include "extract/mention_words.h"
#include "extract/participant.h"

/* 1 when mention m is written in capitals only ("NEU-DELHI"). */
static int all_caps(const extractor_impl_t *x, const mention_t *m)
{
    for (size_t k = m->b; k < m->e; k++) {
        const text_tok_t *t = TK(x, k);
        if (t->type != TOK_WORD) continue;
        for (size_t q = 0; q < t->len; q++) {
            unsigned char c = (unsigned char)x->doc.s[t->off + q];
            if (c >= 'a' && c <= 'z') return 0;
        }
    }
    return 1;
}

/* "Neu-Delhi (dpa) – ...": the place of a dateline is where the report
 * comes from, no subject of the sentence - read as "in Neu-Delhi". */
static void dateline_place(extractor_impl_t *x, size_t m0, size_t lo, size_t lim)
{
    if (m0 >= x->nmen) return;
    mention_t *m = &x->men[m0];
    if (m->b != lo || m->type != MT_ENTITY || m->actor < 0 || m->prep != P_NONE) return;
    size_t i = m->e;
    /* "BERLIN: Der Präsident ...": a place in capitals and a colon */
    int caps_colon = i < lim && tok_punct(x, i, ':') && lo == x->doc.sents[x->cur_sent].tok && all_caps(x, m);
    if (!caps_colon) {
        if (i >= lim || !tok_punct(x, i, '(')) return;
        while (i < lim && i < m->e + 8 && !tok_punct(x, i, ')')) i++;
        if (i + 1 >= lim || !tok_punct(x, i, ')')) return;
        /* the agency closed by a dash, a colon, or a full stop ending
         * the dateline's own sentence ("Berlin (dpa). Der ...") */
        if (!text_tok_is_dash(TK(x, i + 1)) && !tok_punct(x, i + 1, ':')
            && !(tok_punct(x, i + 1, '.') && i + 2 >= lim))
            return;
    }
    dactor_t *a = &x->act[m->actor];
    /* an unknown name before the agency, with no title: a place the
     * lexicon lacks, not a person */
    if (a->kind == EV_KIND_PERSON && a->lex < 0 && !a->titled && m->head == m->b && lo == 0) {
        a->placename = 1;
        m->type = MT_ATTR;
        return;
    }
    if (!m->place && a->kind != EV_KIND_STATE) return;
    m->prep = P_IN;
    m->dateline = 1;
    /* the text's first dateline is the scene a verb of arrival without a
     * destination goes to ("war eigens angereist") */
    if (x->scene < 0 && !x->scene_many) {
        x->scene = m->actor;
        x->scene_place = m->place;
    } else if (x->scene != m->actor) {
        /* a roundup's paragraphs have datelines of their own
         * ("ASMARA: ...", "BERLIN: ..."): the text has no one scene */
        x->scene = -1;
        x->scene_place = NULL;
        x->scene_many = 1;
    }
}

/* prep_of, and "vom Vizeregierungschef und Außenminister X": the first
 * of two titles joined by "und" stands between the preposition and the
 * mention of the second. */
static prep_t prep_before(extractor_impl_t *x, size_t b, size_t lo)
{
    prep_t p = prep_of(x, b, lo);
    if (p != P_NONE || b < lo + 3 || !tok_word(x, b - 1, "und") || !is_cap(x, b - 2)
        || (TK(x, b - 2)->flags & TOK_SENT))
        return p;
    if (lex_match(x, b - 2, b - 1).type != LX_TITLE && compound_title(x, b - 2).type != LX_TITLE) return p;
    return prep_of(x, b - 2, lo);
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
    m.prep = (uint8_t)prep_before(x, h, lo);
    if (push_mention(x, &m)) return -1;
    *next = end;
    return 1;
}

/* Member nouns: "Vertreter/Mitglieder des X" stand for X, "mit Vertretern
 * Chinas" for the state, "die kasachische Delegation" for the state of the
 * adjective (st0 with have_adj; b: where the adjective starts).  Sets
 * *next past the mention; DN_OK or DN_ENOMEM. */
static int member_mention(extractor_impl_t *x, size_t i, size_t lim, int32_t st0, int have_adj, size_t b,
                          size_t *next)
{
    mention_t m;
    int rc = DN_OK;
    size_t e;
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
        *next = k + g.len;
        return rc;
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
            *next = e;
            return rc;
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
    return rc;
}

/* 1 when mention m's chain begins with a counterpart's title
 * ("Amtskollege", "Kollegin": office =same): "dessen Amtskollege X aus
 * Chile" holds that office in Chile, it is not mere origin. */
static int counterpart_title(const extractor_impl_t *x, const mention_t *m, size_t lim)
{
    if (m->head <= m->b) return 0;
    lxm_t t = lex_match(x, m->b, lim);
    return t.type == LX_TITLE && strcmp(x->lx.titles[t.ref].office, "=same") == 0;
}

/* "FDP-Finanzexperte X", "Greenpeace-Sprecherin Y": the body before the
 * hyphen of a person noun is the person's (m->affil2); "US-Diplomat X"
 * says where X is from (m->origin).  1 when memory ran out. */
static int body_prefix(extractor_impl_t *x, size_t i, mention_t *m)
{
    const text_tok_t *t = TK(x, i);
    if (!memchr(x->doc.s + t->off, '-', t->len)) return 0;
    int32_t pre_state = -1, pre_inst = -1;
    (void)hyphen_match(x, i, &pre_state, &pre_inst);
    int32_t lex = pre_inst >= 0 ? pre_inst : pre_state;
    if (lex < 0) return 0;
    int32_t d = dactor_lex(x, lex);
    if (d < 0) return 1;
    if (pre_inst >= 0) {
        m->affil2 = d;
        m->affil2_named = 1;
    } else {
        m->origin = d;
        if (x->act[m->actor].state < 0 && x->act[m->actor].lex < 0) x->act[m->actor].state = d;
    }
    return 0;
}

/* "Papakonstantinous Nachfolger Evangelos Venizelos": the person noun at
 * cut introduces the name after it; "traf Milei Kardinalstaatssekretär X":
 * a surname the text named before, at i right before the noun, is someone
 * too (not a genitive: "mit Momades Vorgänger X" is X's).  1 when the
 * name after the noun was read (*next after it, *rc the result), 0 when
 * there is none. */
static int named_after_person_noun(extractor_impl_t *x, size_t i, size_t cut, size_t lim, size_t *next,
                                   int *rc)
{
    mention_t m;
    int nw2, ni2;
    size_t e2 = parse_name(x, cut + 1, lim, &nw2, &ni2);
    if (e2 <= cut + 1 || (nw2 < 2 && ni2 == 0)) return 0;
    *rc = DN_OK;
    int32_t a0 = cut == i + 1 ? surname_met_before(x, i) : -2;
    if (a0 == -1) { *rc = DN_ENOMEM; return 1; }
    if (a0 >= 0 && x->act[a0].surname && strlen(x->act[a0].surname) == TK(x, i)->len) {
        mention_init(&m, i, cut, i, a0);
        if ((*rc = push_mention(x, &m))) return 1;
    }
    int32_t a = resolve_person(x, cut + 1, e2, NULL, 1);
    if (a == -1) { *rc = DN_ENOMEM; return 1; }
    if (a >= 0) {
        mention_init(&m, cut, e2, cut + 1, a);
        *rc = push_mention(x, &m);
    }
    *next = e2;
    return 1;
}

/* A person's name at token i (lo: the sentence's first token): initials,
 * or capitalised words that are no common nouns, possibly after a noun for
 * a person ("Amtskollegen Khursheed Kasuri").  Adds its mention and sets
 * *next past it; DN_OK or DN_ENOMEM. */
static int name_mention(extractor_impl_t *x, size_t i, size_t lo, size_t lim, size_t *next)
{
    const text_tok_t *t = TK(x, i);
    mention_t m;
    int rc = DN_OK;
    /* "in der Provinz Surat Thani": the name of a place; "im Phoenix
     * Park": no one is "in" a person */
    if (i > lo && (place_noun(x, i - 1) || tok_word(x, i - 1, "im") || tok_word(x, i - 1, "ins"))) {
        int nw0, ni0;
        size_t e0 = parse_name(x, i, lim, &nw0, &ni0);
        *next = e0 > i ? e0 : i + 1;
        return rc;
    }
    int nw, ni;
    size_t ne = parse_name(x, i, lim, &nw, &ni);
    if (ne == i) return rc;
    if (nw >= 2 && !is_initial(x, i, ne) && !tok_common_name(x, i) && !known_first_name(x, i)
        && (common_word(x, i) || person_compound(x, i))) {
        /* a common noun before a name: "Amtskollegen Khursheed Kasuri",
         * "Ex-Machthaber Fidel Castro"; a noun for a person introduces
         * the name like a title, any other is no part of it */
        int adjlike = small_word_listed(x, i);
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
                    if (!kin && body_prefix(x, i, &m)) return DN_ENOMEM;
                    rc = push_mention(x, &m);
                }
                *next = e2;
                return rc;
            }
        }
        *next = i + 1;
        return rc;
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
    if (nw == 0 || ne == i) { *next = i + 1; return rc; }
    /* "African National Congress", "Business School": words of an
     * organisation's name make no person */
    {
        int org = 0;
        for (size_t k = i; k < ne && !org; k++) org = org_word(x, k);
        if (org) { *next = ne; return rc; }
    }
    /* a first name of the list before a word that is no small common
     * word: a person, whatever the word's compounds ("Harald Krüger",
     * "Klaus Rosenfeld") */
    int known_first = known_first_name(x, i) && i + 1 < ne && !small_word_listed(x, i + 1);
    /* a common noun inside the run ends the name before it; a noun
     * for a person introduces the name after it ("Papakonstantinous
     * Nachfolger Evangelos Venizelos") */
    {
        size_t cut = 0;
        for (size_t k = i + 1 + (size_t)known_first; k < ne && !cut; k++)
            if (TK(x, k)->type == TOK_WORD && is_cap(x, k) && !is_initial(x, k, ne)
                && lex_match(x, k, lim).type != LX_PERSON && noun_word(x, k)
                && !tok_common_name(x, k))
                cut = k;
        if (cut && person_noun(x, cut)) {
            int done = named_after_person_noun(x, i, cut, lim, next, &rc);
            if (done) return rc;
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
                       || tok_common_name(x, i))
                   && !((TK(x, i)->flags & TOK_SENT) && !tok_common_name(x, i)
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
    int accept = ni > 0 || (nw >= 2 && all_uncommon && uncommon >= 2) || (nw >= 2 && first_ok && last_ok)
                 || (nw >= 2 && known_first);
    int32_t a = -2;
    if (accept) a = resolve_person(x, i, ne, NULL, ni > 0);
    else if (nw == 1 && uncommon == 1 && ni == 0 && (a = family_first_met(x, i)) >= 0) {
        /* "Zhou" after "Zhou Enlai": the family name written first */
    } else if (nw == 1 && uncommon == 1) {
        /* a surname alone: only a person met before or a known holder */
        int32_t cand = resolve_person(x, i, ne, NULL, 0);
        if (cand >= 0 && (x->act[cand].nmention > 0 || x->act[cand].lex >= 0)) a = cand;
        else if (cand >= 0 && (size_t)cand == x->nact - 1 && x->act[cand].lex < 0) x->nact--;
    } else if (nw == 1 && ni == 0) {
        a = surname_met_before(x, i);
        if (a == -2) a = family_first_met(x, i);
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
    *next = ne;
    return rc;
}

/* A hyphenated word at token i that the lexicon does not know whole:
 * "US-Präsident" (*pre_state), "NATO-Außenminister" (*pre_inst),
 * "FDP-Fraktionsvizevorsitzender" (a compound title after the body's
 * name), "deutsch-kasachisch" (both states are talked about).  *lm keeps
 * a title or adjective match only.  DN_OK or DN_ENOMEM. */
static int hyphen_lexmatch(extractor_impl_t *x, size_t i, lxm_t *lm, int32_t *pre_state, int32_t *pre_inst)
{
    *lm = hyphen_match(x, i, pre_state, pre_inst);
    if (lm->type < 0 && *pre_inst >= 0) *lm = compound_title_part(x, i);
    if (lm->type == LX_ADJ) {
        if (*pre_state >= 0) {
            int32_t d = dactor_lex(x, *pre_state);
            if (d < 0) return DN_ENOMEM;
            x->act[d].nmention++;
        }
    } else if (lm->type != LX_TITLE) {
        /* "NATO-Außenminister", "EU-Gipfel": the prefix entity, recorded
         * by the rules through the token */
        lm->type = -1;
    }
    return DN_OK;
}

/* A region at token i (lm) that names no title's region: "in Bayern",
 * "nach Tirol" is a place in the state; a region named otherwise acts
 * itself ("Sachsen hat zugestimmt").  *next past it. */
static int region_mention(extractor_impl_t *x, size_t i, size_t lo, lxm_t lm, size_t *next)
{
    mention_t m;
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
    *next = i + lm.len;
    return push_mention(x, &m);
}

/* The mentions of sentence s, token by token: pronouns and references,
 * lexicon phrases, title chains, institutions, member nouns, names. */
/* A known office holder's name at token i (lm: its lexicon match), with
 * the further name words the text gives; *next past it. */
static int holder_mention(extractor_impl_t *x, size_t i, size_t lim, lxm_t lm, size_t *next)
{
    mention_t m;
    int rc = DN_OK;
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
    *next = e;
    return rc;
}

/* The name after an honorific at token i (lm: its lexicon match); a kin
 * noun before it marks a relative; *next past it. */
static int honor_mention(extractor_impl_t *x, size_t i, size_t lim, lxm_t lm, size_t *next)
{
    mention_t m;
    int rc = DN_OK;
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
        *next = e;
    } else *next = i + lm.len;
    return rc;
}

/* "Bundesrat Ignazio Cassis": a body whose one-word name is also a title
 * (the Swiss federal councillor) is that title when a person's name of two
 * words follows; alone ("der Bundesrat stimmte zu") it stays the body. */
static lxm_t title_before_name(extractor_impl_t *x, size_t i, size_t lim, lxm_t lm)
{
    if (lm.type != LX_INST || lm.len != 1 || x->tkey[i] < 0) return lm;
    int nw = 0, ni = 0;
    if (parse_name(x, i + 1, lim, &nw, &ni) <= i + 1 || nw < 2) return lm;
    for (int32_t p = lexicon_first_phrase(&x->lx, x->tkey[i]); p >= 0; p = x->lx.phr[p].next)
        if (x->lx.phr[p].n == 1 && x->lx.phr[p].type == LX_TITLE) {
            lxm_t t = { LX_TITLE, x->lx.phr[p].ref, 1, 0 };
            return t;
        }
    return lm;
}

/* "Merkel und Hollande" after "François Hollande": the surname of a person
 * named before, not a state's or place's name inflected ("Holland").
 * Pushes the person's mention: 1; 0 when token i is no such surname; -1
 * when memory ran out. */
static int surname_not_state(extractor_impl_t *x, size_t i, lxm_t lm)
{
    if (!((lm.type == LX_STATE || lm.type == LX_PLACE) && lm.len == 1)) return 0;
    int32_t sa = surname_met_before(x, i);
    if (x->oom) return -1;
    if (sa < 0) return 0;
    mention_t m;
    mention_init(&m, i, i + 1, i, sa);
    return push_mention(x, &m) ? -1 : 1;
}

/* "die philippinische Regierung", "die chinesische Führung": a state's
 * government (a word of cue stategov) after the adjective of a state the
 * lexicon lists no government for stands for the state.  Pushes it: 1; 0
 * when i is no such word; -1 out of memory. */
static int government_of_state(extractor_impl_t *x, size_t i, size_t adj_b, int32_t adj_state)
{
    if (!is_cap(x, i) || !lower_cue(x, i, CUE_STATEGOV)) return 0;
    int32_t a = dactor_lex(x, adj_state);
    if (a < 0) return -1;
    x->act[a].nmention++;
    mention_t m;
    mention_init(&m, adj_b, i + 1, i, a);
    return push_mention(x, &m) ? -1 : 1;
}

/* 1 when token i begins a title: a listed one, or one after a hyphen
 * ("Ex-Präsident"). */
static int title_at(extractor_impl_t *x, size_t i, size_t lim)
{
    if (i >= lim) return 0;
    if (lex_match(x, i, lim).type == LX_TITLE) return 1;
    return memchr(x->doc.s + TK(x, i)->off, '-', TK(x, i)->len) && compound_title_part(x, i).type == LX_TITLE;
}

/* "der Brite", "die Französin", "die Amerikanerin", "der Russe": a noun
 * of nationality at token i that the stems of the states' adjectives do
 * not reach ("Brite" and "britisch" stem apart): the noun's stem with
 * "-isch" ("Brit" + "isch", "Amerikan" + "isch") is the adjective.  Fills
 * *lm as a match of it; 1 when so. */
static int demonym(extractor_impl_t *x, size_t i, lxm_t *lm)
{
    static const char *const END[] = { "erinnen", "innen", "erin", "in", "ern", "er", "en", "e", NULL };
    const text_tok_t *t = TK(x, i);
    const char *w = x->doc.s + t->off;
    if (t->type != TOK_WORD || !is_cap(x, i) || t->len < 4 || t->len > 40) return 0;
    for (const char *const *e = END; *e; e++) {
        size_t m = strlen(*e);
        if (t->len < m + 3 || memcmp(w + t->len - m, *e, m) != 0) continue;
        char buf[48];
        size_t n = t->len - m;
        memcpy(buf, w, n);
        memcpy(buf + n, "isch", 4);
        int32_t k = lexicon_key(&x->lx, buf, n + 4);
        for (int32_t p = k >= 0 ? lexicon_first_phrase(&x->lx, k) : -1; p >= 0; p = x->lx.phr[p].next) {
            if (x->lx.phr[p].n != 1 || x->lx.phr[p].type != LX_ADJ) continue;
            *lm = (lxm_t){ LX_ADJ, x->lx.phr[p].ref, 1, 0 };
            return 1;
        }
    }
    return 0;
}

/* "Für den Portugiesen war es der erste Gipfel", "der Franzose sagte":
 * a noun of nationality (found as the state's adjective, capitalised,
 * after an article, no name after it) is the person of that state the
 * text named last, within three sentences.  Pushes that mention: 1; 0
 * when i is no such noun or names no one; -1 out of memory. */
static int nationality_noun(extractor_impl_t *x, size_t s, size_t i, size_t lo, size_t lim, lxm_t lm)
{
    if (!is_cap(x, i) || (TK(x, i)->flags & TOK_SENT) || i <= lo || !is_article(x, i - 1)) return 0;
    size_t e = i + lm.len;
    /* "der Deutsche Frank-Walter Steinmeier", "die russische Regierung" */
    if (e < lim && (is_cap(x, e) || TK(x, e)->type == TOK_NUM)) return 0;
    size_t from = x->doc.sents[s >= 3 ? s - 3 : 0].tok;
    for (size_t q = x->nmen; q-- > 0;) {
        const mention_t *m = &x->men[q];
        if (m->b < from) break;
        if (m->actor < 0 || x->act[m->actor].kind != EV_KIND_PERSON) continue;
        int32_t st = x->act[m->actor].state;
        if (st < 0 || x->act[st].lex != lm.ref) continue;
        int32_t d = dactor_lex(x, lm.ref);
        if (d < 0) return -1;
        x->act[d].nmention++;   /* the state is talked about, as with the adjective */
        mention_t nm;
        mention_init(&nm, i - 1, e, i, m->actor);
        nm.type = MT_PRON;
        return push_mention(x, &nm) ? -1 : 1;
    }
    return 0;
}

/* "in der äthiopischen Hauptstadt", "im griechischen Grenzdorf Psarades":
 * a settlement noun at i after the adjective of state adj_state (from
 * token adj_b) is a place in that state, with the place's own name.
 * Pushes it and sets *next: 1; 0 when i is no such noun; -1 out of memory. */
static int settlement_of_state(extractor_impl_t *x, size_t i, size_t lim, size_t adj_b, int32_t adj_state,
                               size_t *next)
{
    if (!settlement_noun(x, i) && !place_noun(x, i)) return 0;
    int32_t a = dactor_lex(x, adj_state);
    if (a < 0) return -1;
    size_t e = i + 1;
    if (e < lim && is_cap(x, e) && !tok_common(x, e) && lex_match(x, e, lim).type < 0) e++;
    mention_t m;
    mention_init(&m, adj_b, e, i, a);
    if (push_mention(x, &m)) return -1;
    *next = e;
    return 1;
}

/* No lexicon phrase at token i: an institution by its shape, a member
 * noun (member_mention), or a name (name_mention); *next past it. */
static int other_mention(extractor_impl_t *x, size_t i, size_t lo, size_t lim, int32_t st0, int have_adj, size_t b,
                         size_t *next)
{
    mention_t m;
    int rc = DN_OK;
    size_t e;
    /* a body's descriptive name starts with a small adjective ("die
     * japanische Regierung", "des australischen Parlaments") */
    int32_t inst = is_cap(x, i) || lex_match(x, i, lim).type == LX_INST ? inst_at(x, i, lim, st0, &e) : -1;
    if (inst >= 0) {
        int32_t a = dactor_lex(x, inst);
        if (a < 0) return DN_ENOMEM;
        mention_init(&m, b, e, i, a);
        rc = push_mention(x, &m);
        *next = e;
        return rc;
    }
    /* member nouns: Vertreter/Mitglieder des X stand for X */
    int32_t tr = lexicon_trigger(&x->lx, x->tkey[i]);
    if (tr < 0 && x->talt[i] >= 0) tr = lexicon_trigger(&x->lx, x->talt[i]);
    if (tr >= 0 && x->lx.trig[tr].cls == TR_MEMBER) {
        return member_mention(x, i, lim, st0, have_adj, b, next);
    }
    /* names: initials, or capitalised words that are no common nouns */
    if (!is_cap(x, i) || tr >= 0) return rc;
    return name_mention(x, i, lo, lim, next);
}

/* "bereiste das Land", "im Land", "ins Land": the dateline's state, else
 * of the states named in the last few dozen mentions the one named most
 * often (the last on a tie), when token i is "Land" after an
 * article or a contraction and no name follows ("das Land Brandenburg" is
 * a German region, "das Land der Pharaonen" is told by its genitive).
 * Fills *m (a reference, MT_PRON); 1 when so. */
static int country_reference(extractor_impl_t *x, size_t i, size_t s, mention_t *m)
{
    /* not the genitive: "im Osten des Landes" describes where, names no one */
    static const char *const ART[] = { "das", "dem", "im", "ins", NULL };
    if (i == 0 || !(tok_word_cs(x, i, "Land") || tok_word_cs(x, i, "Lande"))) return 0;
    int art = 0;
    for (const char *const *w = ART; *w; w++) art |= tok_word(x, i - 1, *w);
    if (!art) return 0;
    if (i + 1 < x->doc.ntok && TK(x, i + 1)->type == TOK_WORD && (is_cap(x, i + 1) || tok_word(x, i + 1, "der")
                                                                  || tok_word(x, i + 1, "des")))
        return 0;
    /* the country the report comes from, when its dateline says so
     * (the text's subject); else the one named last */
    int32_t a = x->scene >= 0 && !x->scene_many ? state_of(x, x->scene) : -1;
    int32_t best = -1;
    for (size_t k = x->nmen, n = 0; k-- > 0 && n < 40 && a < 0; n++) {
        const mention_t *q = &x->men[k];
        if (q->actor >= 0 && q->type == MT_ENTITY && x->act[q->actor].kind == EV_KIND_STATE && !q->dateline
            && (best < 0 || x->act[q->actor].nmention > x->act[best].nmention))
            best = q->actor;
    }
    if (a < 0) a = best;
    if (a < 0) return 0;
    size_t lo = x->doc.sents[s].tok;
    mention_init(m, i - 1, i + 1, i, a);
    m->type = MT_PRON;
    m->prep = (uint8_t)prep_of(x, tok_word(x, i - 1, "im") || tok_word(x, i - 1, "ins") ? i : i - 1, lo);
    return 1;
}

/* A reference to persons named before at token i: "sein Gast", "die
 * beiden", a pronoun (mention_coref.c).  1 when pushed (*next after it),
 * 0 when none, -1 when memory ran out. */
static int reference_at(extractor_impl_t *x, size_t i, size_t s, size_t lim, size_t *next)
{
    mention_t m;
    int rc;
    *next = i + 1;
    if (guest_reference(x, i, s, &m)) return push_mention(x, &m) ? -1 : 1;
    if (country_reference(x, i, s, &m)) {
        if (push_mention(x, &m)) return -1;
        /* a reference to the country talked about does not make it
         * more talked about (pick_sides counts the names) */
        x->act[m.actor].nmention--;
        return 1;
    }
    if ((rc = group_reference(x, i, s, lim, next)) != 0) return rc < 0 ? -1 : 1;
    if (!pronoun(x, i, s, &m)) return 0;
    rc = push_mention(x, &m);
    if (m.actor >= 0) {
        x->last_person = m.actor;
        x->last_person_sent = (uint32_t)s;
    }
    return rc ? -1 : 1;
}

/* The token after "Staats- und" / "Partei- oder" at i (a truncated first
 * half of a compound and its conjunction), else i. */
static size_t past_truncated(const extractor_impl_t *x, size_t i, size_t lim)
{
    if (i + 2 < lim && (TK(x, i)->flags & TOK_TRUNC) && (tok_word(x, i + 1, "und") || tok_word(x, i + 1, "oder")))
        return i + 2;
    return i;
}

/* "die Britin" after its article: nationality_noun for a noun only
 * demonym() reads; its result (1 pushed, 0 none, -1 out of memory). */
static int demonym_reference(extractor_impl_t *x, size_t s, size_t i, size_t lo, size_t lim)
{
    lxm_t dm;
    if (i <= lo || !is_article(x, i - 1) || !demonym(x, i, &dm)) return 0;
    return nationality_noun(x, s, i, lo, lim, dm);
}

static int tokens_pass(extractor_impl_t *x, size_t s, size_t lo, size_t lim)
{
    int32_t adj_state = -1, adj_region = -1;
    size_t adj_b = 0, adj_end = (size_t)-1;
    for (size_t i = lo; i < lim;) {
        const text_tok_t *t = TK(x, i);
        if (t->type != TOK_WORD) { i++; continue; }
        mention_t m;
        size_t next = i + 1;
        int rc = DN_OK;
        int have_adj = adj_end == i;
        if ((rc = reference_at(x, i, s, lim, &next)) != 0) {
            if (rc < 0) return DN_ENOMEM;
            i = next;
            continue;
        }
        if ((rc = unlisted_body(x, i, lo, lim, &next)) != 0) {
            if (rc < 0) return DN_ENOMEM;
            i = next;
            continue;
        }
        lxm_t lm = title_before_name(x, i, lim, lex_match(x, i, lim));
        if ((rc = surname_not_state(x, i, lm)) != 0) {
            if (rc < 0) return DN_ENOMEM;
            i++;
            continue;
        }
        int32_t pre_state = -1, pre_inst = -1;
        if (lm.type < 0 && memchr(x->doc.s + t->off, '-', t->len)
            && hyphen_lexmatch(x, i, &lm, &pre_state, &pre_inst))
            return DN_ENOMEM;
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
        if (lm.type < 0 && have_adj && adj_state >= 0) {
            if ((rc = settlement_of_state(x, i, lim, adj_b, adj_state, &next)) < 0) return DN_ENOMEM;
            if (rc) { i = next; continue; }
            if ((rc = government_of_state(x, i, adj_b, adj_state)) < 0) return DN_ENOMEM;
            if (rc) { i++; continue; }
        }
        if (lm.type < 0 && (rc = demonym_reference(x, s, i, lo, lim)) < 0) return DN_ENOMEM;
        if (lm.type < 0 && rc) { i++; continue; }
        switch (lm.type) {
        case LX_ADJ: {
            if ((rc = nationality_noun(x, s, i, lo, lim, lm)) != 0) {
                if (rc < 0) return DN_ENOMEM;
                i += lm.len;
                continue;
            }
            int32_t d = dactor_lex(x, lm.ref);
            if (d < 0) return DN_ENOMEM;
            x->act[d].nmention++;
            if (!have_adj) { adj_b = i; adj_region = -1; }
            adj_state = lm.ref;
            /* "der chinesische Staats- und Parteichef X": the adjective
             * reaches over the truncated first half to the title */
            adj_end = past_truncated(x, i + lm.len, lim);
            i = adj_end;
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
            rc = region_mention(x, i, lo, lm, &next);
            break;
        }
        case LX_TITLE:
            rc = title_mention(x, s, b, i, lm, st0, pre_inst, have_adj ? adj_region : -1, lim, &next);
            break;
        case LX_STATE: {
            size_t tt = past_truncated(x, i + lm.len, lim);
            /* "Nigerias früherer Präsident X", "Kenias Ex-Präsident Y" */
            if (tt + 1 < lim && is_lower_word(x, tt) && adjective_form(x, tt) && title_at(x, tt + 1, lim)) tt++;
            if (title_at(x, tt, lim)
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
            /* a continent: no actor, but no part of a name either */
            if (pl->state < 0) { next = i + lm.len; break; }
            int32_t a = dactor_lex(x, pl->state);
            if (a < 0) return DN_ENOMEM;
            mention_init(&m, i, i + lm.len, i, a);
            m.place = pl->name;
            rc = push_mention(x, &m);
            next = i + lm.len;
            break;
        }
        case LX_PERSON:
            rc = holder_mention(x, i, lim, lm, &next);
            break;
        case LX_HONOR:
            rc = honor_mention(x, i, lim, lm, &next);
            break;
        default:
            rc = other_mention(x, i, lo, lim, st0, have_adj, b, &next);
            break;
        }
        if (rc) return rc;
        i = next > i ? next : i + 1;
    }
    return DN_OK;
}

/* Each mention's preposition and tail, the dates in parentheses after
 * it, and what a parenthesis or "aus" after a person says: "Angela Merkel
 * (CDU)" (the party), "Kirchner (Argentinien)" (the state). */
/* "Europaministerin X (ÖVP)": a national party says the state of a person
 * whose office's state the title does not (a title's default yields). */
static void state_by_party(extractor_impl_t *x, int32_t person, int32_t party)
{
    dactor_t *pa = &x->act[person];
    if (x->act[party].state < 0 || (pa->state >= 0 && !pa->state_deflt) || pa->lex >= 0) return;
    pa->state = x->act[party].state;
    pa->state_deflt = 0;
    pa->party_state = 1;
}

/* "kam von der Leyen mit X zusammen": the lower-case words before a
 * person's surname that begin it in the person's name ("Ursula von der
 * Leyen") are part of the mention, not a preposition before it. */
static void name_particles(const extractor_impl_t *x, mention_t *m, size_t lo)
{
    if (m->type != MT_ENTITY || m->actor < 0 || x->act[m->actor].kind != EV_KIND_PERSON || m->e != m->b + 1) return;
    const char *name = x->act[m->actor].name;
    const text_tok_t *t = TK(x, m->b);
    size_t nl = strlen(name), b = m->b;
    /* the name must end with the mention's word, after a space */
    if (nl <= t->len + 1 || memcmp(name + nl - t->len, x->doc.s + t->off, t->len) != 0) return;
    size_t end = nl - t->len;   /* name[end - 1] is the space before the word */
    while (b > lo && m->b - b < 3) {
        const text_tok_t *p = TK(x, b - 1);
        if (p->type != TOK_WORD || (p->flags & TOK_CAP) || end < p->len + 2) break;
        if (name[end - 1] != ' ' || memcmp(name + end - 1 - p->len, x->doc.s + p->off, p->len) != 0) break;
        end -= p->len + 1;
        b--;
    }
    /* at least one particle, and more of the name before it */
    if (b < m->b && end > 1 && name[end - 1] == ' ') m->b = (uint32_t)b;
}

/* "mit dem Vorsitzenden des Militärrats, General X, und ...": a name set
 * off by commas after a noun phrase that a preposition opens has that
 * preposition.  Only a phrase of articles, lower-case adjectives and
 * capitalised nouns (at most six words) before the comma, and the name
 * closed by a comma; P_NONE otherwise. */
static prep_t appositive_prep(const extractor_impl_t *x, const mention_t *m, size_t lo)
{
    if (m->b < lo + 3 || !tok_punct(x, m->b - 1, ',') || !tok_punct(x, m->e, ',')) return P_NONE;
    for (size_t k = m->b - 1, n = 0; k-- > lo && n < 6; n++) {
        if (TK(x, k)->type != TOK_WORD) return P_NONE;
        prep_t p = tok_word(x, k, "mit") ? P_MIT
                 : tok_word(x, k, "von") || tok_word(x, k, "vom") ? P_VON
                 : tok_word(x, k, "bei") || tok_word(x, k, "beim") ? P_BEI : P_NONE;
        if (p != P_NONE) return k + 1 < m->b - 1 && is_article(x, k + 1) ? p : P_NONE;
    }
    return P_NONE;
}

/* "auf Kuba", "auf den Philippinen": an island state is where one is
 * "auf", as elsewhere "in" - not after a noun that takes "auf" ("Druck
 * auf Kuba"). */
static int island_state(const extractor_impl_t *x, const mention_t *m, size_t lo)
{
    if (m->type != MT_ENTITY || m->actor < 0 || m->place || x->act[m->actor].kind != EV_KIND_STATE
        || !tok_cue(x, m->b, CUE_ISLAND))
        return 0;
    size_t k = m->b;
    while (k > lo && !tok_word(x, k - 1, "auf")) k--;
    return !(k >= lo + 2 && tok_cue(x, k - 2, CUE_AUFNOUN));
}

/* 1 when the one-word mention m is written as its name is, a name that
 * ends in s itself ("am 6. Juni Vilnius besuchte", "Laos"): no genitive. */
static int nominative_in_s(const extractor_impl_t *x, const mention_t *m)
{
    const text_tok_t *t = TK(x, m->b);
    const char *name = m->place ? m->place : x->act[m->actor].name;
    return name && strlen(name) == t->len && memcmp(name, x->doc.s + t->off, t->len) == 0;
}

static void attributes_pass(extractor_impl_t *x, size_t s, size_t m0, size_t lo, size_t lim)
{
    for (size_t k = m0; k < x->nmen; k++) {
        mention_t *m = &x->men[k];
        name_particles(x, m, lo);
        m->prep = (uint8_t)prep_before(x, m->b, lo);
        if (m->prep == P_AUF && island_state(x, m, lo)) m->prep = P_IN;
        if (m->prep == P_NONE && m->type == MT_ENTITY) m->prep = (uint8_t)appositive_prep(x, m, lo);
        /* "im Süden Afghanistans", "die Regierung Polens": a state in -s
         * right after a noun is its genitive attribute */
        if (m->prep == P_NONE && m->b > lo && m->type == MT_ENTITY && m->actor >= 0
            && x->act[m->actor].kind == EV_KIND_STATE && m->e == m->b + 1) {
            const text_tok_t *pv = TK(x, m->b - 1), *mt = TK(x, m->b);
            if (pv->type == TOK_WORD && (pv->flags & TOK_CAP) && !(pv->flags & TOK_SENT)
                && mt->len > 2 && x->doc.s[mt->off + mt->len - 1] == 's' && tok_common(x, m->b - 1)
                && !nominative_in_s(x, m))
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
                state_by_party(x, m->actor, n2->actor);
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
                if (m->affil < 0 && (paren || x->act[m->actor].lex >= 0 || x->act[m->actor].office
                                     || counterpart_title(x, m, lim))) {
                    m->affil = n2->actor;
                    m->aus_affil = !paren;
                }
                else if (m->affil < 0) m->origin = n2->actor;
                if (x->act[m->actor].state < 0) x->act[m->actor].state = n2->actor;
                n2->type = MT_ATTR;
                m->tail = paren ? n2->e + 1 : n2->e;
            }
        }
    }
}

/* 1 when token i is a lower-case adjective that is no finite verb
 * ("außenpolitischer", not "verhandeln"). */
static int attributive_adj(const extractor_impl_t *x, size_t i)
{
    const text_tok_t *t = TK(x, i);
    return x->have_grammar && is_lower_word(x, i) && !finite_form(x, i)
           && morph_is_pos(&x->morph, x->doc.s + t->off, t->len, MORPH_ADJ);
}

/* 1 when the title at token h of mention n is an office its owner gives
 * ("Putins Sondergesandter", "Putins Sprecher"), not a counterpart's
 * ("Merkels Amtskollege") nor an office of a named body or state
 * ("Merkels US-Kollege"). */
static int owner_office(extractor_impl_t *x, const mention_t *n, size_t h, size_t lim)
{
    if (n->open_state) return 1;
    lxm_t t = lex_match(x, h, lim);
    if (t.type != LX_TITLE) return 0;
    const lx_title_t *ti = &x->lx.titles[t.ref];
    return strcmp(ti->office, "=same") != 0 && ti->affil < 0 && !ti->affil_state && ti->state < 0;
}

/* The state of person owner becomes the affiliation of titled mention n. */
static void owner_state_to(extractor_impl_t *x, int32_t owner, mention_t *n)
{
    int32_t st = state_of(x, owner);
    if (st < 0) return;
    n->affil = st;
    n->open_state = 0;
    if (x->act[n->actor].state < 0) x->act[n->actor].state = st;
}

/* 1 when mention m ends in its person's surname with the genitive -s
 * ("Putins", "Gandhis"); a surname ending in s has no such form here. */
static int genitive_surname(const extractor_impl_t *x, const mention_t *m)
{
    const char *sn = x->act[m->actor].surname;
    const text_tok_t *t = TK(x, m->e - 1);
    if (!sn) return 0;
    size_t n = strlen(sn);
    return n > 1 && t->len == n + 1 && x->doc.s[t->off + n] == 's' && sn[n - 1] != 's'
           && memcmp(x->doc.s + t->off, sn, n) == 0;
}

/* "Putins Sprecher Dmitri Peskow", "Gandhis Sonderbeauftragter X": a
 * person in the genitive right before a person's noun or title owns the
 * noun and is no party of the sentence's events; a state's office named
 * so ("Putins Sondergesandter") is the owner's state's. */
static void possessor_pass(extractor_impl_t *x, size_t m0, size_t lim)
{
    for (size_t k = m0; k < x->nmen; k++) {
        mention_t *m = &x->men[k];
        /* (a possessive pronoun's owner is too often guessed wrong to lend
         * a state: "Ihr Vorsitzender X" after a party) */
        if (m->type != MT_ENTITY || m->actor < 0 || x->act[m->actor].kind != EV_KIND_PERSON
            || m->e >= lim || !genitive_surname(x, m))
            continue;
        /* over adjectives: "Merkels außenpolitischer Berater X" */
        size_t h = m->e;
        while (h < lim && h < m->e + 2 && attributive_adj(x, h)) h++;
        mention_t *n = k + 1 < x->nmen && x->men[k + 1].b == h ? &x->men[k + 1] : NULL;
        int titled = n && n->type == MT_ENTITY && n->actor >= 0 && x->act[n->actor].kind == EV_KIND_PERSON
                     && n->head > n->b;
        if (!titled && !(h < lim && is_cap(x, h) && person_noun(x, h))) continue;
        m->type = MT_ATTR;
        if (titled && n->affil < 0 && owner_office(x, n, h, lim)) owner_state_to(x, m->actor, n);
    }
}

/* A possessive with no antecedent points ahead: "Bei ihrem Auftritt in
 * Brüssel sagte Rice"; so does one in a fronted phrase whose clause
 * names its subject ("Bei seiner Einreise ... hatte Mandela ..."). */
static void possessives_pass(extractor_impl_t *x, size_t m0, size_t lo)
{
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
}

/* "A, der derzeit den Vorsitz innehat, B und C treffen": a relative
 * clause after a list member is an aside, and the person after it goes on
 * with A's list.  m is the mention after the clause's closing comma (or
 * ", und"); returns A's index, or -1.  The clause opens with a relative
 * pronoun (after a preposition too: ", mit dem er ... hatte,"), ends in a
 * finite verb the lexicon knows, and holds no other comma. */
static long rel_clause_bridge(const extractor_impl_t *x, size_t m0, size_t k)
{
    static const char *const REL[] = { "der", "die", "das", "dem", "den", "deren",
        "dessen", NULL };
    const mention_t *m = &x->men[k];
    size_t j = m->b;
    if (j >= 2 && is_article(x, j - 1)) j--;
    if (j >= 2 && tok_word(x, j - 1, "und")) j--;
    if (j < 4 || !tok_punct(x, j - 1, ',') || !finite_form(x, j - 2)) return -1;
    for (size_t q = j - 2; q-- > 0 && q + 25 > j;) {
        if (tok_punct(x, q, ',')) {
            size_t r = q + 1 + (is_lower_word(x, q + 1) && !is_article(x, q + 1));
            int rel = 0;
            for (const char *const *w = REL; *w; w++) rel |= tok_word(x, r, *w);
            if (!rel || r + 1 >= j - 1) return -1;
            for (size_t a = k; a-- > m0;)
                if (x->men[a].tail == q && x->men[a].type == MT_ENTITY) return (long)a;
            return -1;
        }
        if (TK(x, q)->type == TOK_PUNCT && !tok_punct(x, q, '-')) return -1;
    }
    return -1;
}

/* ", einen früheren Vizeaußenminister seines Landes, ": an apposition
 * with an indefinite article from token i, its words no verbs, closed by
 * a comma before lim; the comma's token, or 0. */
static size_t apposition_end(const extractor_impl_t *x, size_t i, size_t lim)
{
    static const char *const INDEF[] = { "ein", "eine", "einen", "einem", "einer", "eines", NULL };
    int indef = 0;
    for (const char *const *w = INDEF; *w; w++) indef |= tok_word(x, i, *w);
    if (!indef) return 0;
    for (size_t q = i + 1; q < lim && q < i + 10; q++) {
        if (tok_punct(x, q, ',')) return q > i + 1 ? q : 0;
        if (TK(x, q)->type != TOK_WORD || finite_form(x, q) || finite_verb(x, q)) return 0;
    }
    return 0;
}

/* Enumerations: mentions joined by commas and "und" share a list. */
/* 1 when mention m follows ", der/die/das" at [g, m->b) and a finite verb
 * ends its clause before the next comma: "A, der B begleitet, ...". */
static int relative_object_clause(const extractor_impl_t *x, size_t g, const mention_t *m, size_t lim)
{
    if (m->b < g + 2 || !tok_punct(x, m->b - 2, ',')
        || !(tok_word(x, m->b - 1, "der") || tok_word(x, m->b - 1, "die") || tok_word(x, m->b - 1, "das")))
        return 0;
    /* the verb at most a few lower-case words on: "der B seit Jahren
     * begleitet"; a conjunction or another name goes on with a list */
    for (size_t t = m->tail; t < lim && t < m->tail + 4; t++) {
        if (finite_form(x, t)) return 1;
        if (!is_lower_word(x, t) || tok_word(x, t, "und") || tok_word(x, t, "sowie") || tok_word(x, t, "oder"))
            return 0;
    }
    return 0;
}

static void lists_pass(extractor_impl_t *x, size_t m0, size_t lim)
{
    int32_t list = 0;
    size_t prev = (size_t)-1;
    for (size_t k = m0; k < x->nmen; k++) {
        mention_t *m = &x->men[k];
        m->list = list++;
        if (m->type == MT_ATTR || m->type == MT_POSS) continue;
        if (prev != (size_t)-1 && m->group && x->men[prev].group && x->men[prev].b == m->b) {
            /* the members of "die beiden" are one list */
            m->list = x->men[prev].list;
            m->prep = x->men[prev].prep;
        } else if (prev != (size_t)-1) {
            mention_t *p = &x->men[prev];
            /* the gap between two mentions holds only list glue */
            size_t g = p->tail;
            int glue = g <= m->b;
            int sep = 0, von = 0;
            for (size_t q = g; q < m->b && glue; q++) {
                /* "A, einen früheren Minister seines Landes, sowie B": an
                 * apposition to the member before does not end the list */
                size_t ap = tok_punct(x, q, ',') ? apposition_end(x, q + 1, m->b) : 0;
                if (ap) { q = ap - 1; continue; }
                if (tok_punct(x, q, ',') || tok_word(x, q, "und") || tok_word(x, q, "sowie")
                    || tok_word(x, q, "oder")) { sep = 1; continue; }
                /* "Präsident X von der Vereinigten Arabischen Republik, der
                 * ...": a person's "von" phrase, known or not, is his */
                if (von && !sep && is_cap(x, q) && p->actor >= 0
                    && x->act[p->actor].kind == EV_KIND_PERSON)
                    continue;
                if (!sep && (tok_word(x, q, "von") || tok_word(x, q, "vom"))) von = 1;
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
            /* "Schewardnadse, der Gorbatschow begleitet": after a comma
             * and a pronoun, a clause whose verb closes it is a relative
             * clause, its mention no member */
            if (glue && sep && relative_object_clause(x, g, m, lim)) glue = 0;
            /* "für die Regierung in Addis Abeba und Getachew Reda für
             * ...": a person is not in a list of places one is in */
            if (glue && p->actor >= 0 && m->actor >= 0 && x->act[m->actor].kind == EV_KIND_PERSON
                && (p->place || x->act[p->actor].kind == EV_KIND_STATE)
                && (p->prep == P_IN || p->prep == P_NACH || p->prep == P_AUS))
                glue = 0;
            long a = glue ? -1 : rel_clause_bridge(x, m0, k);
            if (a >= 0 && m->type == MT_ENTITY && m->actor >= 0 && x->men[a].actor >= 0
                && x->act[m->actor].kind == x->act[x->men[a].actor].kind) {
                m->list = x->men[a].list;
                m->prep = x->men[a].prep;
                /* ", die den Vorsitz innehat": the clause's own mentions,
                 * glued to A by its pronoun, are no members */
                for (size_t q = (size_t)a + 1; q < k; q++) {
                    if (x->men[q].list == m->list) x->men[q].list = (int32_t)(q - m0);
                    x->men[q].aside = 1;
                }
            }
            /* "Köhler und sein Gast": the guest joins the list */
            if (glue && sep && p->type == MT_ENTITY
                && (m->type == MT_ENTITY || (m->type == MT_PRON && tok_cue(x, m->b, CUE_GUESTSUBJ)))) {
                m->list = p->list;
                if (m->prep == P_NONE || m->prep == P_GEN) {
                    if (p->prep != P_GEN || m->prep == P_NONE) m->prep = p->prep;
                }
            }
        }
        prev = k;
    }
}

/* "(alle ÖVP)" after a list of persons: each one's party. */
static void list_party_pass(extractor_impl_t *x, size_t m0)
{
    for (size_t k = m0 + 1; k < x->nmen; k++) {
        const mention_t *a = &x->men[k], *m = &x->men[k - 1];
        if (a->type != MT_ATTR || a->b < 2 || m->e + 2 != a->b || !tok_punct(x, m->e, '(')
            || !(tok_word(x, m->e + 1, "alle") || tok_word(x, m->e + 1, "beide")))
            continue;
        for (size_t q = k; q-- > m0 && x->men[q].list == m->list;)
            if (x->men[q].type == MT_ENTITY && x->men[q].actor >= 0
                && x->act[x->men[q].actor].kind == EV_KIND_PERSON && x->men[q].affil2 < 0) {
                x->men[q].affil2 = a->actor;
                state_by_party(x, x->men[q].actor, a->actor);
            }
    }
}

/* "außer Landes geflohen", "im Exil": where such a person stays is no
 * visit, in any sentence of the text. */
static void fled_pass(extractor_impl_t *x, size_t m0, size_t lo, size_t lim)
{
    int fl = 0;
    for (size_t i = lo; i < lim && !fl; i++)
        if (tok_cue(x, i, CUE_FLED)) fl = 1;
    for (size_t k = m0; fl && k < x->nmen; k++)
        if (x->men[k].actor >= 0 && x->act[x->men[k].actor].kind == EV_KIND_PERSON)
            x->act[x->men[k].actor].fled = 1;
}

/* "seinen französischen Gast X", "den kenianischen Diplomaten Y": a state
 * adjective before the person noun that introduces a name says where the
 * person is from - a state for the direction of visits, no affiliation
 * (mere nationality is none). */
static int nationality_pass(extractor_impl_t *x, size_t m0, size_t lo, size_t lim)
{
    for (size_t k = m0; k < x->nmen; k++) {
        mention_t *m = &x->men[k];
        if (m->type != MT_ENTITY || m->actor < 0 || m->affil >= 0 || m->origin >= 0) continue;
        dactor_t *a = &x->act[m->actor];
        if (a->kind != EV_KIND_PERSON || a->state >= 0 || a->lex >= 0) continue;
        size_t n = m->head > m->b ? m->head : m->b;
        if (n < lo + 2) continue;
        size_t p = n - 1;
        if (!(tok_cue(x, p, CUE_GUESTNOUN) || (tok_common(x, p) && person_noun(x, p)))) continue;
        lxm_t adj = lex_match(x, p - 1, lim);
        if (adj.type != LX_ADJ) continue;
        int32_t st = dactor_lex(x, adj.ref);
        if (st < 0) return DN_ENOMEM;
        m->origin = st;
        a->state = st;
    }
    return DN_OK;
}

/* 1 when token i opens a clause or a gapped conjunct: the sentence's
 * start, or after a comma, semicolon or colon. */
static int clause_opening(const extractor_impl_t *x, size_t i, size_t lo)
{
    return i == lo || tok_punct(x, i - 1, ',') || tok_punct(x, i - 1, ';') || tok_punct(x, i - 1, ':');
}

/* "Für Ägypten verhandelte Außenminister X, für Äthiopien dessen Kollege
 * Y", "Für die USA unterschreibt Verkehrsminister Z": a clause opened by
 * für and a state, whose titled subject follows within two words, says
 * which state's office the title is.  Only for a title whose state the
 * text does not give and a person the lexicon does not know. */
static void speaks_for_pass(extractor_impl_t *x, size_t m0, size_t lo)
{
    for (size_t k = m0 + 1; k < x->nmen; k++) {
        mention_t *m = &x->men[k], *p = &x->men[k - 1];
        if (m->type != MT_ENTITY || m->actor < 0 || m->affil >= 0 || m->head <= m->b) continue;
        dactor_t *a = &x->act[m->actor];
        if (a->kind != EV_KIND_PERSON || a->lex >= 0 || a->state >= 0) continue;
        if (p->type != MT_ENTITY || p->actor < 0 || p->prep != P_FUER || x->act[p->actor].kind != EV_KIND_STATE)
            continue;
        /* "für den Sudan": für, maybe an article, then the state */
        size_t pb = p->b;
        if (pb > lo && (tok_word(x, pb - 1, "den") || tok_word(x, pb - 1, "die"))) pb--;
        if (pb == lo || !tok_word(x, pb - 1, "für")) continue;
        pb--;
        if (!clause_opening(x, pb, lo) || m->b < p->e || m->b - p->e > 2) continue;
        int gap_ok = 1;
        for (size_t t = p->e; t < m->b; t++)
            if (TK(x, t)->type != TOK_WORD) gap_ok = 0;
        /* a title of a state's office, or a counterpart ("dessen Kollege") */
        if (!gap_ok || !(m->open_state || counterpart_title(x, m, m->e + 1) || person_noun(x, m->b))) continue;
        m->affil = p->actor;
        a->state = p->actor;
    }
}

/* "A (Argentinien), B (Chile) und C aus Suriname", "die Amtskollegen A
 * aus Chile und B aus Paraguay": in a list whose other members name the
 * state they stand for, aus does too. */
static void list_origin_pass(extractor_impl_t *x, size_t m0)
{
    for (size_t k = m0; k < x->nmen; k++) {
        mention_t *m = &x->men[k];
        if (m->origin < 0 || m->affil >= 0) continue;
        for (size_t q = m0; q < x->nmen; q++)
            if (q != k && x->men[q].list == m->list && x->men[q].affil >= 0 && x->men[q].type == MT_ENTITY
                && (tok_punct(x, x->men[q].e, '(') || x->men[q].aus_affil)) {
                m->affil = m->origin;
                break;
            }
    }
}

/* "den Vertreter Palästinas in Österreich, Salah Abdel Shafi": the name
 * after a member noun's phrase (and a comma) is the member; he is the
 * list's member instead of his state, which becomes his affiliation, and
 * the place he holds the post in is no destination. */
static void named_member_pass(extractor_impl_t *x, size_t m0)
{
    for (size_t k = m0; k + 1 < x->nmen; k++) {
        mention_t *mb = &x->men[k];
        if (!mb->member || mb->type != MT_ENTITY || mb->actor < 0) continue;
        size_t q = k + 1, j = mb->e;
        mention_t *pl = NULL;
        if (tok_word(x, j, "in") && x->men[q].b == j + 1 && x->men[q].prep == P_IN) {
            pl = &x->men[q];
            j = pl->e;
            q++;
        }
        if (q >= x->nmen || !tok_punct(x, j, ',')) continue;
        mention_t *p = &x->men[q];
        if (p->b != j + 1 || p->type != MT_ENTITY || p->actor < 0 || p->affil >= 0
            || x->act[p->actor].kind != EV_KIND_PERSON)
            continue;
        p->affil = mb->actor;
        if (x->act[p->actor].state < 0) x->act[p->actor].state = state_of(x, mb->actor);
        p->list = mb->list;
        p->prep = mb->prep;
        mb->type = MT_ATTR;
        if (pl) pl->type = MT_ATTR;
    }
}

/* "wurde er vom Gouverneur der Provinz Riad, Prinz Faisal, begrüßt",
 * "traf sich mit dem Chef der Behörde, Hans Meier": a name set off by a
 * comma after a role noun the lexicon does not know takes the role's
 * preposition; the place in the role's genitive is no party. */
static void role_apposition_pass(extractor_impl_t *x, size_t m0)
{
    for (size_t k = m0; k < x->nmen; k++) {
        mention_t *p = &x->men[k];
        if (p->type != MT_ENTITY || p->prep != P_NONE || p->actor < 0 || p->b < 3
            || x->act[p->actor].kind != EV_KIND_PERSON || !tok_punct(x, p->b - 1, ','))
            continue;
        /* back over the role: a capitalised noun of a person, an optional
         * genitive phrase, no other comma */
        size_t r = p->b - 1, q = r;
        int prep = -1;
        while (q > 0 && q + 8 > r) {
            q--;
            if (TK(x, q)->type == TOK_PUNCT) break;
            if (tok_word(x, q, "vom") || tok_word(x, q, "von")) { prep = P_VON; break; }
            if (tok_word(x, q, "mit")) { prep = P_MIT; break; }
            if (tok_word(x, q, "beim") || tok_word(x, q, "bei")) { prep = P_BEI; break; }
        }
        if (prep < 0) continue;
        size_t h = q + 1 + (is_article(x, q + 1) ? 1 : 0);
        if (h >= r || !is_cap(x, h) || !person_noun(x, h)) continue;
        int clean = 1;
        for (size_t j = k; j-- > m0 && x->men[j].b > q;)
            if (x->men[j].type == MT_ENTITY && x->act[x->men[j].actor].kind == EV_KIND_PERSON) clean = 0;
        if (!clean) continue;
        p->prep = (uint8_t)prep;
        for (size_t j = k; j-- > m0 && x->men[j].b > q;)
            if (x->men[j].type == MT_ENTITY) x->men[j].type = MT_ATTR;
    }
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
    int rc = tokens_pass(x, s, lo, lim);
    if (rc) return rc;
    attributes_pass(x, s, m0, lo, lim);
    possessor_pass(x, m0, lim);
    possessives_pass(x, m0, lo);
    role_apposition_pass(x, m0);
    lists_pass(x, m0, lim);
    named_member_pass(x, m0);
    list_party_pass(x, m0);
    fled_pass(x, m0, lo, lim);
    list_origin_pass(x, m0);
    speaks_for_pass(x, m0, lo);
    rc = nationality_pass(x, m0, lo, lim);
    if (rc) return rc;
    absorb_state_of_name(x, m0);
    dateline_place(x, m0, lo, lim);
    return DN_OK;
}
