/* evdates: collects the dates a frame gives its events (dlist_t, at
 * most 16), leaving out report dates ("sagte am Montag") and dates that
 * belong to a mention in parentheses. */
#include "extract/evdates.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "extract/scope.h"
#include "util/diag.h"

void dl_add(dlist_t *l, ev_date_t a, ev_date_t b)
{
    if (l->n < 16) { l->a[l->n] = a; l->b[l->n] = b; l->n++; }
}

/* Whether date d is in the parentheses after one of the mentions [m0, m1):
 * the dates so marked are stamped once per sentence's mentions, not
 * looked for among all mentions for every date. */
static int date_is_paren_of_mention(extractor_impl_t *x, size_t d, size_t m0, size_t m1)
{
    if (x->pm_gen != x->doc_gen || x->pm_m0 != m0 || x->pm_m1 != m1 || !x->pmark) {
        if (x->dates.n + 1 > x->cappmark) {
            uint32_t *p = realloc(x->pmark, (x->dates.n + 1) * sizeof *p);
            if (!p) { x->oom = 1; return 0; }
            /* new slots must not carry a stamp in use */
            for (size_t i = x->cappmark; i < x->dates.n + 1; i++) p[i] = 0;
            x->pmark = p;
            x->cappmark = x->dates.n + 1;
        }
        if (++x->pstamp == 0) {
            for (size_t i = 0; i < x->cappmark; i++) x->pmark[i] = 0;
            x->pstamp = 1;
        }
        for (size_t k = m0; k < m1; k++) {
            const mention_t *m = &x->men[k];
            x->work++;
            for (int32_t q = 0; m->pdate >= 0 && q < m->npdate; q++)
                if ((size_t)(m->pdate + q) < x->cappmark) x->pmark[m->pdate + q] = x->pstamp;
        }
        x->pm_gen = x->doc_gen;
        x->pm_m0 = m0;
        x->pm_m1 = m1;
    }
    return d < x->cappmark && x->pmark[d] == x->pstamp;
}

/* The first date of sentence s at token a or after, when the document's
 * dates come in token order (else the sentence's first date). */
static size_t date_from(extractor_impl_t *x, size_t s, size_t a)
{
    if (x->ds_gen != x->doc_gen) {
        x->dates_sorted = 1;
        for (size_t d = 1; d < x->dates.n; d++)
            if (x->dates.v[d].tok < x->dates.v[d - 1].tok) x->dates_sorted = 0;
        x->ds_gen = x->doc_gen;
    }
    size_t lo = x->sent_date0[s], hi = x->sent_date0[s + 1];
    if (!x->dates_sorted) return lo;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        x->work++;
        if (x->dates.v[mid].tok < a) lo = mid + 1;
        else hi = mid;
    }
    return lo;
}

/* "nach einer Meldung des Staatsfernsehens vom 11. Februar": the date of
 * a report about the event, not of the event. */
static int report_date(const extractor_impl_t *x, const text_date_t *dt)
{
    size_t d = dt->tok;
    if (d == 0 || !tok_word(x, d - 1, "vom")) return 0;
    for (size_t i = d - 1, k = 0; k < 8 && i > 0; k++) {
        i--;
        if (TK(x, i)->type == TOK_PUNCT) break;
        if (tok_cue(x, i, CUE_REPORT)) return 1;
    }
    return 0;
}

/* "der erste US-Außenminister seit 1945", "seit Calvin Coolidge 1928": a
 * bare year after "seit" is the end of a comparison, not the day of the clause's event ("seit Montag in
 * Berlin" is). */
static int since_year(const extractor_impl_t *x, const text_date_t *dt)
{
    if (dt->start.month != 0 || dt->end.year != 0) return 0;
    /* "seit 1945", "seit Calvin Coolidge im Jahr 1928" */
    for (size_t d = dt->tok + 1, k = 0; d > 0 && k < 7; k++) {
        d--;
        if (tok_word(x, d, "seit")) return 1;
        if (TK(x, d)->type == TOK_PUNCT) return 0;
    }
    return 0;
}

/* The date that heads sentence f, a paragraph's first, as a chronology's
 * entries are headed ("4. April 2023: ..."): its first date, starting at
 * most slack tokens in and followed by a colon; NULL when none. */
static const text_date_t *heading_date(const extractor_impl_t *x, size_t f, size_t slack)
{
    size_t tok = x->doc.sents[f].tok;
    for (size_t d = x->sent_date0[f]; d < x->sent_date0[f + 1]; d++) {
        const text_date_t *dt = &x->dates.v[d];
        if (dt->tok < tok || dt->tok > tok + slack) continue;
        return tok_punct(x, dt->tok + dt->ntok, ':') ? dt : NULL;
    }
    return NULL;
}

/* 1 when sentence s's paragraph opens with a date and a colon, as a
 * chronology's entries do ("14. Oktober: ..."): its present tells the
 * past.  Looks back over at most 16 sentences of the line. */
static int chronology_entry(const extractor_impl_t *x, size_t s)
{
    size_t f = s;
    for (int n = 0; n < 16 && f > 0 && x->doc.sents[f - 1].line == x->doc.sents[s].line; n++) f--;
    /* "14./15. Oktober:": the date may begin a few tokens in */
    return heading_date(x, f, 3) != NULL;
}

/* 1 when date dt stands in a clause of the simple present indicative (the
 * finite verb is the clause's verb: "reist", not "hat ... empfangen"),
 * not after "seit" ("seit Sonntag": passed, whatever the tense) and not in
 * a chronology's entry (told in the historic present). */
static int simple_present(const extractor_impl_t *x, const text_date_t *dt, size_t s)
{
    if (!x->ref.day && !x->ref.month) return 0;
    if (dt->tok > 0 && tok_word(x, dt->tok - 1, "seit")) return 0;
    const clause_t *gc = gram_clause(x, dt->tok);
    if (!gc || gc->tense != TENSE_PRESENT || gc->mood != MOOD_INDICATIVE || gc->fin < 0 || gc->fin != gc->verb)
        return 0;
    return !chronology_entry(x, s);
}

ev_date_t clause_date(const extractor_impl_t *x, const text_date_t *dt, size_t s)
{
    /* "Anfang Juni empfängt sie die G8" in a text of May: this June */
    if ((dt->flags & DATE_LASTYEAR) && simple_present(x, dt, s)) {
        ev_date_t d = dt->start;
        d.year++;
        return d;
    }
    if (!(dt->flags & DATE_WEEKDAY) || !x->ref.day || ev_date_cmp(dt->start, x->ref) >= 0) return dt->start;
    if (!simple_present(x, dt, s)) return dt->start;
    return date_add_days(dt->start, 7);
}

int dates_with_places(extractor_impl_t *x, size_t s, size_t a, size_t b, size_t m0, size_t m1,
                      dlist_t *dates, size_t *places, size_t *toks, int max)
{
    int n = 0, open = 0;
    int32_t group = -1;
    size_t d0 = date_from(x, s, a);
    for (size_t d = d0; d < x->sent_date0[s + 1] && n < max; d++) {
        const text_date_t *dt = &x->dates.v[d];
        x->work++;
        if (dt->tok < a || dt->tok >= b || report_date(x, dt) || since_year(x, dt)) continue;
        if (dt->group == group) continue;
        group = dt->group;
        /* the next date's token bounds this date's place */
        size_t lim = b;
        for (size_t e = d + 1; e < x->sent_date0[s + 1]; e++)
            if (x->dates.v[e].group != group && x->dates.v[e].tok > dt->tok) { lim = x->dates.v[e].tok; break; }
        size_t pm = m1;
        for (size_t k = m0; k < m1 && pm == m1; k++) {
            const mention_t *m = &x->men[k];
            if (m->b > dt->tok && m->b < lim && m->prep == P_IN && m->place && m->actor >= 0 && !m->hidden) pm = k;
        }
        if (pm == m1) { open = 1; continue; }
        dl_add(dates, clause_date(x, dt, s), dt->end);
        toks[n] = dt->tok;
        places[n++] = pm;
    }
    return open ? 0 : n;
}

/* 1 when date dt stands in a relative clause ("Der Kronprinz, der seit
 * Mai 2022 Präsident ist, wurde im Juni 2019 empfangen"). */
static int in_relative(const extractor_impl_t *x, const text_date_t *dt)
{
    const clause_t *gc = gram_clause(x, dt->tok);
    return gc && gc->type == CLAUSE_REL;
}

/* 1 when tokens [a, b) of sentence s hold a date outside relative
 * clauses: then a relative clause's date tells of its antecedent, not of
 * the event. */
static int main_date_in(extractor_impl_t *x, size_t s, size_t a, size_t b)
{
    for (size_t d = date_from(x, s, a); d < x->sent_date0[s + 1]; d++) {
        const text_date_t *dt = &x->dates.v[d];
        if (dt->tok >= b && x->dates_sorted) break;
        if (dt->tok >= a && dt->tok < b && !in_relative(x, dt)) return 1;
    }
    return 0;
}

int dates_in(extractor_impl_t *x, size_t s, size_t a, size_t b, size_t m0, size_t m1,
             dlist_t *l, int last)
{
    int found = -1;
    int skip_rel = -1;   /* asked on the first relative clause's date only */
    for (size_t d = date_from(x, s, a); d < x->sent_date0[s + 1]; d++) {
        const text_date_t *dt = &x->dates.v[d];
        x->work++;
        if (dt->tok >= b && x->dates_sorted) break;
        if (dt->tok < a || dt->tok >= b) continue;
        if (report_date(x, dt) || since_year(x, dt)) continue;
        if (in_relative(x, dt)) {
            if (skip_rel < 0) skip_rel = main_date_in(x, s, a, b);
            if (skip_rel) continue;
        }
        if (date_is_paren_of_mention(x, d, m0, m1)) {
            /* a list in parentheses after the destination counts */
            continue;
        }
        if (found >= 0 && dt->group != found && !last) break;
        if (found >= 0 && dt->group != found && last) l->n = 0;
        found = dt->group;
        dl_add(l, clause_date(x, dt, s), dt->end);
    }
    return l->n;
}

void mention_dates(const extractor_impl_t *x, const mention_t *m, dlist_t *l)
{
    for (int32_t k = 0; k < m->npdate; k++)
        dl_add(l, x->dates.v[m->pdate + k].start, x->dates.v[m->pdate + k].end);
}

/* "4. April 2023: Finnland wird Mitglied. Haavisto übergibt ...": a date
 * heading a chronology's paragraph (a date, then a colon, at its start)
 * dates the paragraph's sentences that name none. */
static void header_date(extractor_impl_t *x, size_t s)
{
    /* the paragraph's first sentence, remembered from the sentence before
     * (sentences come in order): a walk back each time would make a long
     * one-line text quadratic */
    size_t f = s;
    if (x->para_sent < s && x->doc.sents[x->para_sent].line == x->doc.sents[s].line) f = x->para_first;
    while (f > 0 && x->doc.sents[f - 1].line == x->doc.sents[s].line) f--;
    x->para_sent = s;
    x->para_first = f;
    if (f == s) return;
    const text_date_t *dt = heading_date(x, f, 0);
    if (!dt) return;
    x->sole_a = dt->start;
    x->sole_b = dt->end;
    x->sole_ok = x->sole_header = 1;
}

/* "Die Bundesrepublik nahm am 28. August die Beziehungen auf.
 * Genscher unterzeichnete dazu in Bonn ...": a sentence with no date
 * that ties itself to the one before by "dazu" or "dabei" (among its
 * first words) happened on that one's day ("anschließend", "danach" may
 * be days later). */
static void follow_date(extractor_impl_t *x, size_t s, ev_date_t pa, ev_date_t pb)
{
    static const char *const TIE[] = { "dazu", "dabei", NULL };
    if (!pa.day || x->doc.sents[s].line != x->doc.sents[s - 1].line) return;
    const text_sent_t *se = &x->doc.sents[s];
    int tie = 0;
    for (size_t i = se->tok; i < se->tok + se->ntok && i < se->tok + 8 && !tie; i++)
        for (const char *const *w = TIE; *w; w++) tie |= tok_word(x, i, *w);
    if (!tie) return;
    x->sole_a = pa;
    x->sole_b = pb;
    x->sole_ok = x->sole_follow = 1;
}

/* Sets sole_* from sentence s's own dates (or its paragraph's heading);
 * returns how many dates of one group it has, -1 for two groups. */
static int sole_of_sentence(extractor_impl_t *x, size_t s)
{
    const text_sent_t *se = &x->doc.sents[s];
    int group = -1, n = 0;
    x->sole_ok = x->sole_header = x->sole_follow = 0;
    for (size_t d = x->sent_date0[s]; d < x->sent_date0[s + 1]; d++) {
        const text_date_t *dt = &x->dates.v[d];
        if (dt->tok < se->tok || report_date(x, dt) || since_year(x, dt)) continue;
        if (group >= 0 && dt->group != group) return -1;
        group = dt->group;
        x->sole_a = clause_date(x, dt, s);
        x->sole_b = dt->end;
        n++;
    }
    x->sole_ok = n == 1;
    if (!n) header_date(x, s);
    return n;
}

void sole_date(extractor_impl_t *x, size_t s)
{
    /* sole_* still tell the sentence before when that was sole_s */
    int had = s > 0 && x->sole_s + 1 == s && x->sole_ok;
    ev_date_t pa = x->sole_a, pb = x->sole_b;
    if (!sole_of_sentence(x, s) && !x->sole_ok && had) follow_date(x, s, pa, pb);
    x->sole_s = s;
}

int day_span_days(const extractor_impl_t *x, size_t a, size_t b)
{
    static const struct { cue_role_t r; int n; } D[] = {
        { CUE_DAYS2, 2 }, { CUE_DAYS3, 3 }, { CUE_DAYS4, 4 }, { CUE_DAYS5, 5 } };
    for (size_t i = a; i < b; i++) {
        const text_tok_t *t = TK(x, i);
        for (size_t k = 0; k < sizeof D / sizeof D[0]; k++)
            if (cues_match(&x->cues, x->doc.s + t->off, t->len, D[k].r, 0)) return D[k].n;
    }
    return 0;
}

void day_span_apply(dlist_t *dl, int days)
{
    if (dl->n != 1 || !dl->a[0].day || dl->b[0].year || !days) return;
    long z = text_days_from_civil(dl->a[0].year, dl->a[0].month, dl->a[0].day);
    dl->b[0] = text_civil_from_days(z + days - 1);
}

void day_span(const extractor_impl_t *x, size_t a, size_t b, dlist_t *dl)
{
    if (dl->n != 1 || !dl->a[0].day || dl->b[0].year) return;
    day_span_apply(dl, day_span_days(x, a, b));
}
