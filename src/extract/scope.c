/* scope: clause boundaries by word rules (commas, subordinators,
 * parenthesised islands), the end of a list of mentions, and the
 * mentions of a nested clause hidden from a trigger outside it. */
#include "extract/scope.h"

#include "extract/mention_words.h"
#include "extract/clauses.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "util/diag.h"

static int subordinator(const extractor_impl_t *x, size_t i)
{
    static const char *const W[] = { "während", "als", "nachdem", "weil", "da", "dass",
        "wobei", "bevor", "obwohl", "um", "aber", "doch", "jedoch", "sondern", "wo",
        "die", "der", "das", "dem", "den", "dessen", "deren", "welche", "welcher",
        "welches", "wenn", "ob", "damit", "sodass", "indem", "nachdem", "wie", NULL };
    for (const char *const *w = W; *w; w++)
        if (tok_word(x, i, *w)) return 1;
    return 0;
}

static int boundary(const extractor_impl_t *x, size_t i, size_t hi)
{
    const text_tok_t *t = TK(x, i);
    if (t->type != TOK_PUNCT) return 0;
    /* a colon between numbers is a score or a time (6:4, 14:30) */
    if (t->cp == ':' && i > 0 && i + 1 < hi && TK(x, i - 1)->type == TOK_NUM && TK(x, i + 1)->type == TOK_NUM)
        return 0;
    if (t->cp == ';' || t->cp == ':') return 1;
    if (t->cp == ',' && i + 1 < hi && subordinator(x, i + 1)) {
        /* "der/die/das" after a comma may start a list member, not a
         * relative clause: a relative clause has a lower-case word next */
        if (tok_word(x, i + 1, "der") || tok_word(x, i + 1, "die") || tok_word(x, i + 1, "das")
            || tok_word(x, i + 1, "dem") || tok_word(x, i + 1, "den")) {
            const text_tok_t *n2 = i + 2 < hi ? TK(x, i + 2) : NULL;
            if (!n2 || n2->type != TOK_WORD || (n2->flags & TOK_CAP)) return 0;
            /* ", der ghanaische Präsident X und Y trafen": the grammar
             * layer tells an article before an adjective from a pronoun */
            if (extract_clauses(x) && i + 1 >= x->cr.base && i + 2 < x->cr.base + x->cr.ntok
                && clause_tok(&x->cr, i + 2)->pos == MORPH_ADJ)
                return clause_tok(&x->cr, i + 1)->pos == MORPH_PRON_REL;
            return 1;
        }
        return 1;
    }
    return 0;
}

/* A relative clause inside an enumeration ("X (A), der von Y begleitet
 * wird, Z und W nehmen teil"): from the boundary at i to the comma after
 * it when the enumeration goes on there; 0 when it is no such island. */
static size_t island_end(const extractor_impl_t *x, size_t i, size_t hi)
{
    if (!tok_punct(x, i, ',') || i + 1 >= hi) return 0;
    static const char *const REL[] = { "der", "die", "das", "dem", "den", "dessen", "deren",
        "welcher", "welche", "welches", NULL };
    int rel = 0;
    for (const char *const *w = REL; *w; w++) if (tok_word(x, i + 1, *w)) rel = 1;
    if (!rel) return 0;
    for (size_t k = i + 2; k < hi && k < i + 20; k++) {
        if (tok_punct(x, k, ';') || tok_punct(x, k, ':')) return 0;
        if (tok_punct(x, k, ',')) {
            const text_tok_t *n = k + 1 < hi ? TK(x, k + 1) : NULL;
            return n && n->type == TOK_WORD && (n->flags & TOK_CAP) ? k + 1 : 0;
        }
    }
    return 0;
}

void clause_of(const extractor_impl_t *x, size_t p, size_t lo, size_t hi, size_t *a, size_t *b)
{
    size_t i = p;
    /* an island that closes before p, on its verb, lies inside p's clause
     * ("A, die den Vorsitz innehat, B und C treffen"), as it does after p */
    while (i > lo) {
        if (boundary(x, i - 1, hi)) {
            size_t e = island_end(x, i - 1, hi);
            if (!e || e > p || e < i + 2 || !finite_form(x, e - 2)) break;
        }
        i--;
    }
    *a = i;
    i = p + 1;
    while (i < hi) {
        if (boundary(x, i, hi)) {
            size_t e = island_end(x, i, hi);
            if (!e) break;
            i = e;
            continue;
        }
        i++;
    }
    *b = i;
}

int in_range_word(const extractor_impl_t *x, size_t a, size_t b, const char *const *W)
{
    for (size_t i = a; i < b; i++)
        for (const char *const *w = W; *w; w++)
            if (tok_word(x, i, *w)) return 1;
    return 0;
}

int in_range_cue(const extractor_impl_t *x, size_t a, size_t b, cue_role_t r)
{
    for (size_t i = a; i < b; i++)
        if (tok_cue(x, i, r)) return 1;
    return 0;
}

size_t list_end(const extractor_impl_t *x, size_t k, size_t m1)
{
    size_t e = k + 1, last = k + 1;
    while (e < m1 && (x->men[e].list == x->men[k].list || x->men[e].type == MT_POSS
                      || x->men[e].type == MT_ATTR || x->men[e].aside)) {
        if (x->men[e].list == x->men[k].list) last = e + 1;
        e++;
    }
    return last;
}

size_t list_start(const extractor_impl_t *x, size_t k, size_t m0)
{
    size_t f = k;
    for (size_t q = k; q > m0; q--) {
        const mention_t *p = &x->men[q - 1];
        if (p->aside) continue;
        if (p->list != x->men[k].list || p->prep != x->men[k].prep || p->type != MT_ENTITY) break;
        f = q - 1;
    }
    return f;
}

const clause_t *gram_clause(const extractor_impl_t *x, size_t i)
{
    if (!extract_clauses(x) || i < x->cr.base || i >= x->cr.base + x->cr.ntok) return NULL;
    uint32_t k = clause_tok(&x->cr, i)->clause;
    return k < x->cr.ncl ? &x->cr.cl[k] : NULL;
}

int gram_pp_conjunct(const extractor_impl_t *x, size_t i)
{
    if (!extract_clauses(x) || i < x->cr.base || i >= x->cr.base + x->cr.ntok) return 0;
    for (size_t k = 0; k < x->cr.npps; k++) {
        const clause_pp_t *p = &x->cr.pps[k];
        size_t e = p->np.tok + p->np.ntok;
        if (p->np.ntok && i == e + 1 && (tok_word(x, e, "und") || tok_word(x, e, "oder"))) return 1;
    }
    return 0;
}

int nested_in(const extractor_impl_t *x, size_t i, const clause_t *gc)
{
    const clause_t *mc = gram_clause(x, i);
    int32_t gi = (int32_t)(gc - x->cr.cl);
    for (int32_t p = mc ? mc->parent : -1; p >= 0; p = x->cr.cl[p].parent)
        if (p == gi) return 1;
    return 0;
}

void hide_nested(extractor_impl_t *x, size_t m0, size_t m1, size_t tok)
{
    const clause_t *tc = gram_clause(x, tok);
    if (!tc) return;
    for (size_t k = m0; k < m1; k++) {
        if (nested_in(x, x->men[k].head, tc)) x->men[k].hidden = 1;
        /* "besuchte Tiflis und traf X, zwei Tage nachdem sie in Sotschi
         * ... gesprochen hatte": a subordinate clause hanging on a
         * coordinated clause is no part of this one either */
        const clause_t *mc = gram_clause(x, x->men[k].head);
        if (mc && mc != tc && mc->type == CLAUSE_SUB && !nested_in(x, tok, mc)) x->men[k].hidden = 1;
    }
}

int place_is_topic(const extractor_impl_t *x, size_t i, size_t lo)
{
    for (size_t k = i, n = 0; n < 4 && k > lo; n++) {
        k--;
        const text_tok_t *t = TK(x, k);
        if (t->type != TOK_WORD) break;
        if (!(t->flags & TOK_CAP)) continue;   /* in, der, im: look further left */
        if (cues_match(&x->cues, x->doc.s + t->off, t->len, CUE_TOPICNOUN, 0)) return 1;
        break;
    }
    /* "über die Gewalt im Westjordanland und in Jerusalem": the place
     * ends the über-phrase (no comma or verb between) */
    for (size_t k = i, n = 0; n < 12 && k > lo; n++) {
        k--;
        if (TK(x, k)->type != TOK_WORD || finite_verb(x, k)) return 0;
        if (tok_cue(x, k, CUE_TOPICPREP)) return 1;
    }
    return 0;
}
