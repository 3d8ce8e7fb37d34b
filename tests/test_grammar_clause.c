/* Tests of src/grammar/clause (and roles): tags, clauses and verbal
 * complexes of German sentences written for these tests. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "grammar/clause.h"
#include "util/buf.h"
#include "util/diag.h"

static morph_t M;
static gram_roles_t G;
static clause_result_t R;
static text_doc_t D;

static int setup(void **st)
{
    (void)st;
    const char *p = getenv("DIPNET_MORPH");
    if (morph_open(&M, p && *p ? p : "build/grammar/morph.bin")) return -1;
    gram_roles_init(&G);
    if (gram_roles_load(&G, "data/lexicon")) return -1;
    clause_result_init(&R);
    text_doc_init(&D);
    return 0;
}

static int teardown(void **st)
{
    (void)st;
    text_doc_destroy(&D);
    clause_result_destroy(&R);
    gram_roles_destroy(&G);
    morph_close(&M);
    return 0;
}

static void put_span(buf_t *b, const char *name, clause_span_t s)
{
    if (!s.ntok) return;
    const text_tok_t *a = &D.toks[s.tok], *z = &D.toks[s.tok + s.ntok - 1];
    buf_printf(b, " %s=%.*s", name, (int)(z->off + z->len - a->off), D.s + a->off);
}

static void put_tok(buf_t *b, const char *name, int32_t t)
{
    if (t < 0) return;
    buf_printf(b, " %s=%.*s", name, (int)D.toks[t].len, D.s + D.toks[t].off);
}

/* One line per clause: "TYPE(depth) fin=.. lemma=.. TENSE VOICE MOOD
 * subj=.. agent=.. flags" of sentence 0 of s; owned by b. */
static const char *describe(const char *s, buf_t *b)
{
    assert_int_equal(text_doc_tokenize(&D, s, strlen(s)), DN_OK);
    assert_true(D.nsent >= 1);
    assert_int_equal(clause_parse(&M, &G, &D, 0, &R), DN_OK);
    buf_clear(b);
    for (size_t k = 0; k < R.ncl; k++) {
        const clause_t *c = &R.cl[k];
        buf_printf(b, "%s%s(%u)", k ? " | " : "", clause_type_name(c->type), c->depth);
        put_tok(b, "fin", c->fin);
        if (c->lemma[0]) buf_printf(b, " lemma=%s", c->lemma);
        put_tok(b, "part", c->particle);
        buf_printf(b, " %s %s %s", clause_tense_name(c->tense),
                   clause_voice_name(c->voice), clause_mood_name(c->mood));
        put_span(b, "subj", c->subj);
        put_span(b, "agent", c->agent);
        for (uint32_t o = 0; o < c->nobjs; o++) put_span(b, "obj", R.objs[c->objs + o].np);
        for (uint32_t p = 0; p < c->npps; p++) put_span(b, "pp", (clause_span_t){
            R.pps[c->pps + p].prep, R.pps[c->pps + p].np.tok + R.pps[c->pps + p].np.ntok -
            R.pps[c->pps + p].prep });
        if (c->flags & CLAUSE_F_MODAL) buf_puts(b, " MODAL");
        if (c->flags & CLAUSE_F_COND) buf_puts(b, " COND");
        if (c->flags & CLAUSE_F_NEG) buf_puts(b, " NEG");
        if (c->flags & CLAUSE_F_READY) buf_puts(b, " READY");
        if (c->flags & CLAUSE_F_REPORTED) buf_puts(b, " REPORTED");
        if (c->flags & CLAUSE_F_ZUINF) buf_puts(b, " ZUINF");
    }
    if (getenv("CLAUSE_DEBUG")) {
        fprintf(stderr, "%s\n  %s\n  ", s, buf_cstr(b));
        for (uint32_t i = 0; i < R.ntok; i++) {
            const text_tok_t *t = &D.toks[R.base + i];
            fprintf(stderr, "%.*s/%s ", (int)t->len, D.s + t->off,
                    morph_pos_name(R.toks[i].pos));
        }
        fprintf(stderr, "\n");
    }
    return buf_cstr(b);
}

#define HAS(str, sub) do { \
    if (!strstr((str), (sub))) \
        fail_msg("expected '%s' in: %s", (sub), (str)); } while (0)
#define HASNT(str, sub) do { \
    if (strstr((str), (sub))) \
        fail_msg("did not expect '%s' in: %s", (sub), (str)); } while (0)

static void test_separable_verb_in_main_clause(void **st)
{
    (void)st;
    buf_t b;
    buf_init(&b);
    const char *r = describe("Merkel traf am Montag in Paris mit Chirac zusammen.", &b);
    HAS(r, "MAIN(0) fin=traf lemma=zusammentreffen part=zusammen PAST ACTIVE INDICATIVE");
    HAS(r, "subj=Merkel");
    HAS(r, "pp=am Montag pp=in Paris pp=mit Chirac");
    assert_int_equal(R.ncl, 1);
    r = describe("Die Außenminister nahmen an der Konferenz in Genf teil.", &b);
    HAS(r, "fin=nahmen lemma=teilnehmen part=teil PAST");
    HAS(r, "subj=Die Außenminister");
    HAS(r, "pp=an der Konferenz");
    /* tags */
    assert_int_equal(clause_tok(&R, R.base)->pos, MORPH_ART_DEF);
    assert_int_equal(clause_tok(&R, R.base + 1)->pos, MORPH_NOUN);
    assert_int_equal(clause_tok(&R, R.base + 3)->pos, MORPH_PREP);
    assert_int_equal(clause_tok(&R, R.base + 8)->pos, MORPH_PTKVZ);
    /* ", an der ... teil.": no relative clause without a verb after the
     * comma; the particle past the commas closes the main clause */
    r = describe("Gestern nahmen viele Gäste, darunter Chirac, an der von Merkel ausgerichteten Feier teil.", &b);
    HAS(r, "fin=nahmen lemma=teilnehmen part=teil PAST");
    assert_null(strstr(r, "REL("));
    r = describe("Gestern begann die Feier, an der auch viele Gäste teilnahmen.", &b);
    HAS(r, "REL(");
    buf_destroy(&b);
}

static void test_passive_with_agent(void **st)
{
    (void)st;
    buf_t b;
    buf_init(&b);
    const char *r = describe("Kasachstan wurde vom Bundespräsidenten besucht.", &b);
    HAS(r, "fin=wurde lemma=besuchen PAST PASSIVE");
    HAS(r, "subj=Kasachstan");
    HAS(r, "agent=Bundespräsidenten");
    r = describe("In ihrem Beisein wurde ein Abkommen unterzeichnet.", &b);
    HAS(r, "fin=wurde lemma=unterzeichnen PAST PASSIVE");
    HAS(r, "subj=ein Abkommen");
    HASNT(r, "agent=");
    r = describe("Die Stadt ist vom Präsidenten besucht worden.", &b);
    HAS(r, "fin=ist lemma=besuchen PERFECT PASSIVE");
    HAS(r, "agent=Präsidenten");
    r = describe("Das Abkommen ist unterzeichnet.", &b);
    HAS(r, "fin=ist lemma=unterzeichnen PRESENT STATAL");
    r = describe("Der Minister ist nach Berlin gereist.", &b);
    HAS(r, "fin=ist lemma=reisen PERFECT ACTIVE");
    buf_destroy(&b);
}

static void test_relative_clause_and_future(void **st)
{
    (void)st;
    buf_t b;
    buf_init(&b);
    const char *r = describe("Der Präsident, der gestern in Berlin eintraf, wird "
                             "morgen nach Paris reisen.", &b);
    HAS(r, "MAIN(0) fin=wird lemma=reisen FUTURE ACTIVE");
    HAS(r, "subj=Der Präsident");
    HAS(r, "REL(1) fin=eintraf lemma=eintreffen PAST ACTIVE INDICATIVE subj=der");
    assert_int_equal(R.ncl, 2);
    assert_int_equal(R.cl[1].parent, 0);
    /* the relative clause's range: "der ... eintraf" */
    assert_int_equal(R.cl[1].tok, R.base + 3);
    assert_int_equal(R.cl[1].end, R.base + 8);
    assert_int_equal(clause_tok(&R, R.base + 3)->pos, MORPH_PRON_REL);
    assert_int_equal(clause_tok(&R, R.base + 5)->clause, 1);
    assert_int_equal(clause_tok(&R, R.base + 9)->clause, 0);
    buf_destroy(&b);
}

static void test_modal_negation_perfect(void **st)
{
    (void)st;
    buf_t b;
    buf_init(&b);
    const char *r = describe("Steinmeier will nächste Woche nach Moskau reisen.", &b);
    HAS(r, "fin=will lemma=reisen PRESENT ACTIVE INDICATIVE subj=Steinmeier");
    HAS(r, "MODAL");
    HAS(r, "pp=nach Moskau");
    r = describe("Obama hat den Papst nicht getroffen.", &b);
    HAS(r, "fin=hat lemma=treffen PERFECT ACTIVE INDICATIVE subj=Obama obj=den Papst");
    HAS(r, "NEG");
    r = describe("Merkel würde Putin gern treffen.", &b);
    HAS(r, "fin=würde lemma=treffen");
    HAS(r, "SUBJ2");
    HAS(r, "COND");
    r = describe("Er hat keine Gespräche mit Putin geführt.", &b);
    HAS(r, "NEG");
    /* "nicht" before an inflected adjective negates that word only */
    r = describe("Er kam zu nicht angekündigten Gesprächen nach Moskau.", &b);
    HASNT(r, "NEG");
    r = describe("Er kam nicht nach Moskau.", &b);
    HAS(r, "NEG");
    /* two main clauses joined by a comma, the second with a long name */
    r = describe("Paul VI. kam 1970 nach Sydney, Johannes Paul II. besuchte Australien 1986.", &b);
    HAS(r, "| MAIN");
    HAS(r, "lemma=besuchen");
    /* a stretch of time with an adverb is an adverbial, no subject */
    r = describe("Eine Woche später traf Steinmeier den Papst.", &b);
    HAS(r, "subj=Steinmeier");
    buf_destroy(&b);
}

static void test_reported_speech_and_readiness(void **st)
{
    (void)st;
    buf_t b;
    buf_init(&b);
    const char *r = describe("Er sagte, er sei bereit zu Gesprächen mit Putin.", &b);
    HAS(r, "MAIN(0) fin=sagte lemma=sagen PAST");
    HAS(r, "REPORTED(1) fin=sei lemma=sein PRESENT ACTIVE SUBJ1 subj=er");
    HAS(r, "READY REPORTED");
    r = describe("Die Ministerin erklärte, dass sie Moskau besuchen werde.", &b);
    HAS(r, "SUB(1) fin=werde lemma=besuchen FUTURE ACTIVE SUBJ1 subj=sie");
    HAS(r, "REPORTED");
    r = describe("Der Kanzler beabsichtigt, nach Peking zu reisen.", &b);
    HAS(r, "MAIN(0) fin=beabsichtigt lemma=beabsichtigen PRESENT");
    HAS(r, "READY");
    r = describe("Sie kündigte an, Kiew zu besuchen.", &b);
    HAS(r, "lemma=ankündigen");
    HAS(r, "READY");
    buf_destroy(&b);
}

static void test_subordinate_parenthesis_quote(void **st)
{
    (void)st;
    buf_t b;
    buf_init(&b);
    const char *r = describe("Nachdem er in Berlin eingetroffen war, traf er die Kanzlerin.", &b);
    HAS(r, "MAIN(0) fin=traf lemma=treffen PAST ACTIVE INDICATIVE subj=er obj=die Kanzlerin");
    HAS(r, "SUB(1) fin=war lemma=eintreffen PLUPERFECT ACTIVE INDICATIVE subj=er");
    r = describe("Der Minister – er war erst gestern angekommen – traf den Präsidenten.", &b);
    HAS(r, "MAIN(0) fin=traf");
    HAS(r, "PARENTH(1) fin=war lemma=ankommen PLUPERFECT");
    r = describe("Er sagte: „Wir werden nach Moskau reisen.“", &b);
    HAS(r, "QUOTE(");
    HAS(r, "fin=werden lemma=reisen FUTURE");
    HAS(r, "REPORTED");
    r = describe("Merkel (CDU) traf Obama, als dieser in Berlin war.", &b);
    HAS(r, "PARENTH(1)");
    HAS(r, "MAIN(0) fin=traf lemma=treffen PAST ACTIVE INDICATIVE subj=Merkel");
    HAS(r, "SUB(1) fin=war");
    buf_destroy(&b);
}

/* Found on the seed text: "sieben" is also a verb (to sieve), and a date
 * in the prefield is no subject. */
static void test_numbers_and_dates(void **st)
{
    (void)st;
    buf_t b;
    buf_init(&b);
    const char *r = describe("Der Präsident war mit sieben offiziellen Besuchen in Deutschland.", &b);
    HAS(r, "fin=war lemma=sein PAST ACTIVE INDICATIVE subj=Der Präsident");
    HAS(r, "pp=mit sieben offiziellen Besuchen");
    r = describe("Am 20.-22. November 2012 fand ein Gegenbesuch in Berlin statt.", &b);
    HAS(r, "fin=fand lemma=stattfinden part=statt PAST ACTIVE INDICATIVE subj=ein Gegenbesuch");
    HAS(r, "pp=Am 20.-22. November");
    buf_destroy(&b);
}

static void test_reuse_across_sentences(void **st)
{
    (void)st;
    const char *s = "Merkel traf Chirac. Er reiste nach Paris ab.";
    assert_int_equal(text_doc_tokenize(&D, s, strlen(s)), DN_OK);
    assert_int_equal(D.nsent, 2);
    assert_int_equal(clause_parse(&M, &G, &D, 0, &R), DN_OK);
    assert_int_equal(clause_parse(&M, &G, &D, 1, &R), DN_OK);
    assert_int_equal(R.base, D.sents[1].tok);
    assert_string_equal(R.cl[0].lemma, "abreisen");
}

/* The cost grows with the sentence, not faster: doubling a long sentence
 * about doubles the work counter. */
/* A deferred parse is made once, on the first clause_ready, and is the
 * parse of the sentence asked for; with none asked for there is none. */
static void test_deferred_parse(void **st)
{
    (void)st;
    clause_result_t r;
    clause_result_init(&r);
    assert_false(clause_ready(&r));
    const char *s = "Merkel traf Putin. Danach reiste sie nach Paris.";
    assert_int_equal(text_doc_tokenize(&D, s, strlen(s)), DN_OK);
    clause_defer(&M, &G, &D, 1, &r);
    assert_int_equal(r.ntok, 0);          /* nothing parsed yet */
    assert_true(clause_ready(&r));
    assert_int_equal(r.base, D.sents[1].tok);
    uint64_t work = r.work;
    assert_true(work > 0);
    assert_true(clause_ready(&r));        /* not parsed again */
    assert_int_equal(r.base, D.sents[1].tok);
    /* the same as an immediate parse */
    assert_int_equal(clause_parse(&M, &G, &D, 1, &R), DN_OK);
    assert_int_equal(r.ncl, R.ncl);
    assert_int_equal(r.work, R.work);
    for (size_t i = 0; i < r.ntok; i++) {
        assert_int_equal(r.toks[i].pos, R.toks[i].pos);
        assert_ptr_equal(r.toks[i].lemma, R.toks[i].lemma);
    }
    /* deferred, then the document tokenised again with fewer sentences */
    clause_defer(&M, &G, &D, 1, &r);
    assert_int_equal(text_doc_tokenize(&D, "Kurz.", 5), DN_OK);
    assert_false(clause_ready(&r));
    clause_result_destroy(&r);
}

static void test_linear_work(void **st)
{
    (void)st;
    const char *unit = "der Präsident, der in Berlin eintraf, traf am Montag "
                       "in Paris (und – „in Genf“) mit Chirac zusammen, ";
    buf_t a, b2;
    buf_init(&a);
    buf_init(&b2);
    uint64_t work[2];
    for (int k = 0; k < 2; k++) {
        buf_t *t = k ? &b2 : &a;
        buf_puts(t, "Er sagte, ");
        int reps = k ? 4000 : 2000;
        for (int i = 0; i < reps; i++) buf_puts(t, unit);
        buf_puts(t, "und ging.");
        assert_int_equal(text_doc_tokenize(&D, t->data, t->len), DN_OK);
        size_t big = 0;
        for (size_t i = 0; i < D.nsent; i++)
            if (D.sents[i].ntok > D.sents[big].ntok) big = i;
        assert_true(D.sents[big].ntok > (size_t)reps * 15);
        assert_int_equal(clause_parse(&M, &G, &D, big, &R), DN_OK);
        work[k] = R.work;
    }
    double ratio = (double)work[1] / (double)work[0];
    if (ratio < 1.8 || ratio > 2.2) fail_msg("work ratio %.2f", ratio);
    buf_destroy(&a);
    buf_destroy(&b2);
}

static void sink(const char *line, void *ctx)
{
    snprintf((char *)ctx, 512, "%s", line);
}

static void test_roles_file_errors(void **st)
{
    (void)st;
    char msg[512] = "";
    const char *dir = "build/test_grammar_roles";
    char path[256];
    snprintf(path, sizeof path, "%s/grammar.tsv", dir);
    (void)!system("mkdir -p build/test_grammar_roles");
    FILE *fp = fopen(path, "wb");
    assert_non_null(fp);
    fputs("# comment\nword\trole\nnicht\tneg\nsagen\tspeak\n", fp);
    fclose(fp);
    gram_roles_t g;
    gram_roles_init(&g);
    diag_set_sink(sink, msg);
    assert_int_equal(gram_roles_load(&g, dir), DN_EINPUT);
    assert_non_null(strstr(msg, "grammar.tsv:4:7: unknown role 'speak'"));
    assert_int_equal(gram_roles_get(&g, "nicht", 5), ROLE_NEG);
    fp = fopen(path, "wb");
    fputs("wort\trole\n", fp);
    fclose(fp);
    assert_int_equal(gram_roles_load(&g, dir), DN_EINPUT);
    assert_non_null(strstr(msg, "grammar.tsv:1:1: header"));
    fp = fopen(path, "wb");
    fputs("word\trole\nnicht\n", fp);
    fclose(fp);
    assert_int_equal(gram_roles_load(&g, dir), DN_EINPUT);
    assert_non_null(strstr(msg, "grammar.tsv:2:1: expected 2 tab-separated cells"));
    assert_int_equal(gram_roles_load(&g, "build/nonexistent-dir"), DN_EIO);
    diag_set_sink(NULL, NULL);
    gram_roles_destroy(&g);
    remove(path);
    /* the project's file */
    assert_true(gram_roles_get(&G, "sagen", 5) & ROLE_SAY);
    assert_true(gram_roles_get(&G, "sein", 4) & ROLE_STATAL);
}

static void test_morph_find(void **st)
{
    (void)st;
    char path[4096];
    const char *env = getenv("DIPNET_MORPH");
    if (env) return;   /* the search order is then overridden */
    assert_true(morph_find("data/lexicon", path, sizeof path));
    assert_non_null(strstr(path, "build/grammar/morph.bin"));
    assert_false(morph_find("/nonexistent/lexicon", path, sizeof path));
    assert_string_equal(path, "/nonexistent/lexicon/morph.bin");
}

/* "..., zwei Tage nachdem sie ... gesprochen hatte": a subordinate
 * clause after a measure phrase, its own clause. */
static void test_subordinate_after_measure_phrase(void **st)
{
    (void)st;
    buf_t b;
    buf_init(&b);
    const char *r = describe("Am 17. August besuchte Merkel Tiflis und traf Präsident Saakaschwili, zwei Tage "
                             "nachdem sie in Sotschi mit Medwedew gesprochen hatte.", &b);
    HAS(r, "SUB(1) fin=hatte");
    buf_destroy(&b);
}

/* "als erste deutsche Regierungschefin": "deutsche" between an adjective
 * and a noun is an adjective, so the clause's verb stays "abstatten". */
static void test_attributive_adjective_is_no_verb(void **st)
{
    (void)st;
    buf_t b;
    buf_init(&b);
    const char *r = describe("Im Oktober stattete Merkel der Mongolei als erste deutsche Regierungschefin "
                             "einen Besuch ab.", &b);
    HAS(r, "MAIN(0) fin=stattete lemma=abstatten");
    buf_destroy(&b);
}

/* "...; 1997 war X nach Taipeh gereist": after a semicolon a clause
 * opened by a year is a main clause of its own. */
static void test_main_clause_after_semicolon_opened_by_a_year(void **st)
{
    (void)st;
    buf_t b;
    buf_init(&b);
    const char *r = describe("Sie ist die erste Politikerin, die die Insel besucht; 1997 war ihr Vorgänger "
                             "nach Taipeh gereist.", &b);
    HAS(r, "MAIN(0) fin=war lemma=reisen PLUPERFECT");
    buf_destroy(&b);
}

/* ", am Sonntag wurde er ... empfangen": after a comma a short
 * prepositional phrase before a finite verb opens a main clause of its
 * own; a list of prepositional phrases does not. */
static void test_main_clause_after_comma_opened_by_a_phrase(void **st)
{
    (void)st;
    buf_t b;
    buf_init(&b);
    const char *r = describe("Am Samstag hatte Scholz in Buenos Aires mit dem Präsidenten gesprochen, am Sonntag "
                             "wurde er in Santiago empfangen.", &b);
    HAS(r, "MAIN(0) fin=hatte lemma=sprechen PLUPERFECT");
    HAS(r, "MAIN(0) fin=wurde lemma=empfangen PAST PASSIVE");
    r = describe("Scholz sprach in Santiago mit dem Präsidenten, in der Hauptstadt Argentiniens mit "
                 "dessen Amtskollegen.", &b);
    HAS(r, "MAIN(0) fin=sprach lemma=sprechen PAST");
    HASNT(r, "MAIN(1)");
    buf_destroy(&b);
}

/* "Manila (AFP) – Die Regierung hat ...": a lone dash before the verb is a
 * pause after the dateline, not an aside; after the verb it opens one. */
static void test_lone_dash_after_a_dateline(void **st)
{
    (void)st;
    buf_t b;
    buf_init(&b);
    const char *r = describe("Manila (AFP) – Die Regierung hat am Donnerstag ein Abkommen unterzeichnet.", &b);
    HAS(r, "MAIN(0) fin=hat lemma=unterzeichnen PERFECT");
    r = describe("Er öffnete die Pforte – zehn Tage vor dem Beginn des Jahres in Rom.", &b);
    HAS(r, "PARENTH(1)");
    buf_destroy(&b);
}

/* "Als Zeugen verfolgten ... A und B": "als" before a phrase and a
 * finite verb the clause goes on after is the comparison's ("as"), the
 * clause a main one; "Als Merkel kam, ..." and "Als er 2005 gewählt
 * wurde, ..." keep the conjunction's subordinate clause. */
static void test_als_before_the_prefield_verb(void **st)
{
    (void)st;
    buf_t b;
    buf_init(&b);
    const char *r = describe("Als Zeugen verfolgten die Unterzeichnung der Präsident und die Ministerin.", &b);
    HAS(r, "MAIN(0) fin=verfolgten lemma=verfolgen PAST");
    assert_null(strstr(r, "SUB("));
    r = describe("Als erster Kanzler besuchte er das Land im Mai.", &b);
    HAS(r, "MAIN(0) fin=besuchte lemma=besuchen PAST");
    assert_null(strstr(r, "SUB("));
    r = describe("Als der Präsident kam, begann die Sitzung.", &b);
    HAS(r, "SUB(1)");
    r = describe("Als er 2005 gewählt wurde, war er 51 Jahre alt.", &b);
    HAS(r, "SUB(1)");
    buf_destroy(&b);
}

/* "Merkel hatte Mali, Niger und Äthiopien bereist": the participle the
 * auxiliary waits for closes the enumeration, it opens no clause after a
 * comma; two clauses with their own verbs stay two main clauses. */
static void test_participle_after_an_enumeration(void **st)
{
    (void)st;
    buf_t b;
    buf_init(&b);
    const char *r = describe("Die Kanzlerin hatte Mali, Niger und Äthiopien bereist.", &b);
    HAS(r, "MAIN(0) fin=hatte lemma=bereisen PLUPERFECT");
    assert_null(strstr(r, " | "));
    r = describe("Der Minister wird Rom, Mailand und Turin besuchen.", &b);
    HAS(r, "MAIN(0) fin=wird lemma=besuchen FUTURE");
    assert_null(strstr(r, " | "));
    r = describe("Die Kanzlerin hatte Mali besucht, der Präsident hatte Niger bereist.", &b);
    HAS(r, "MAIN(0) fin=hatte lemma=besuchen");
    HAS(r, "MAIN(0) fin=hatte lemma=bereisen");
    buf_destroy(&b);
}

/* ", den US-Präsident A und B in Genf vereinbart hatten": an article-like
 * word after a comma before a capitalised word opens a relative clause
 * when its words end in the clause's verbs; a list member or a
 * verb-second clause after the comma stays what it is. */
static void test_relative_pronoun_before_a_title(void **st)
{
    (void)st;
    buf_t b;
    buf_init(&b);
    const char *r = describe("Sie kennen sich aus dem Dialog, den US-Präsident Joe Biden und Kremlchef Wladimir "
                             "Putin in Genf vereinbart hatten.", &b);
    HAS(r, "REL(1)");
    r = describe("Er traf die Kanzlerin, den Präsidenten Frankreichs und den Papst.", &b);
    assert_null(strstr(r, "REL("));
    r = describe("Er traf die Kanzlerin, die Minister trafen sich in Genf.", &b);
    assert_null(strstr(r, "REL("));
    buf_destroy(&b);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_main_clause_after_semicolon_opened_by_a_year),
        cmocka_unit_test(test_main_clause_after_comma_opened_by_a_phrase),
        cmocka_unit_test(test_lone_dash_after_a_dateline),
        cmocka_unit_test(test_als_before_the_prefield_verb),
        cmocka_unit_test(test_participle_after_an_enumeration),
        cmocka_unit_test(test_relative_pronoun_before_a_title),
        cmocka_unit_test(test_attributive_adjective_is_no_verb),
        cmocka_unit_test(test_subordinate_after_measure_phrase),
        cmocka_unit_test(test_separable_verb_in_main_clause),
        cmocka_unit_test(test_passive_with_agent),
        cmocka_unit_test(test_relative_clause_and_future),
        cmocka_unit_test(test_modal_negation_perfect),
        cmocka_unit_test(test_reported_speech_and_readiness),
        cmocka_unit_test(test_subordinate_parenthesis_quote),
        cmocka_unit_test(test_numbers_and_dates),
        cmocka_unit_test(test_reuse_across_sentences),
        cmocka_unit_test(test_deferred_parse),
        cmocka_unit_test(test_linear_work),
        cmocka_unit_test(test_roles_file_errors),
        cmocka_unit_test(test_morph_find),
    };
    return cmocka_run_group_tests_name("grammar_clause", tests, setup, teardown);
}
