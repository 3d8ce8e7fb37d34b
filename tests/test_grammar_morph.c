/* Tests of src/grammar/morph: the mapped morphological lexicon. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "grammar/morph.h"
#include "util/diag.h"

static morph_t M;

static const char *morph_file(void)
{
    const char *p = getenv("DIPNET_MORPH");
    return p && *p ? p : "build/grammar/morph.bin";
}

static int setup(void **st)
{
    (void)st;
    return morph_open(&M, morph_file());
}

static int teardown(void **st)
{
    (void)st;
    morph_close(&M);
    return 0;
}

/* The analysis of word with this pos and lemma, or NULL (in a static). */
static const morph_ana_t *find(const char *word, int pos, const char *lemma)
{
    static morph_ana_t a[64];
    size_t n = morph_lookup(&M, word, strlen(word), a, 64);
    if (n > 64) n = 64;
    for (size_t i = 0; i < n; i++)
        if (a[i].pos == pos && (!lemma || strcmp(a[i].lemma, lemma) == 0))
            return &a[i];
    return NULL;
}

static void test_nouns_have_case_number_gender(void **st)
{
    (void)st;
    const morph_ana_t *a = find("Präsidenten", MORPH_NOUN, "Präsident");
    assert_non_null(a);
    assert_true(a->feats & MORPH_CELL(MORPH_ACC, MORPH_SG_M));
    assert_true(a->feats & MORPH_CELL(MORPH_NOM, MORPH_PL));
    assert_false(a->feats & MORPH_CELL(MORPH_NOM, MORPH_SG_M));
    assert_false(a->feats & MORPH_CELL(MORPH_NOM, MORPH_SG_F));
    a = find("Konferenz", MORPH_NOUN, "Konferenz");
    assert_non_null(a);
    assert_true(a->feats & MORPH_CELL(MORPH_DAT, MORPH_SG_F));
    assert_non_null(find("Gesprächen", MORPH_NOUN, "Gespräch"));
    assert_non_null(find("Abkommen", MORPH_NOUN, "Abkommen"));
}

static void test_verbs_finite_and_nonfinite(void **st)
{
    (void)st;
    const morph_ana_t *a = find("traf", MORPH_VERB, "treffen");
    assert_non_null(a);
    assert_true(a->feats & MORPH_FIN(MORPH_PAST, 2));
    assert_false(a->feats & MORPH_INF);
    a = find("getroffen", MORPH_VERB, "treffen");
    assert_non_null(a);
    assert_true(a->feats & MORPH_PART2);
    a = find("reisen", MORPH_VERB, "reisen");
    assert_non_null(a);
    assert_true(a->feats & MORPH_INF);
    assert_true(a->feats & MORPH_FIN(MORPH_PRES, 5));
    a = find("träfe", MORPH_VERB, "treffen");
    assert_non_null(a);
    assert_true(a->feats & MORPH_FIN_TM(MORPH_SUBJ2));
}

static void test_separable_verbs(void **st)
{
    (void)st;
    const morph_ana_t *a = find("zusammentreffen", MORPH_VERB, "zusammentreffen");
    assert_non_null(a);
    assert_int_equal(a->sep, 8);
    a = find("zusammentraf", MORPH_VERB, "zusammentreffen");
    assert_non_null(a);
    assert_true(a->feats & MORPH_FIN(MORPH_PAST, 2));
    /* teilnehmen is not marked in the data: the zu-infinitive tells */
    a = find("teilnehmen", MORPH_VERB, "teilnehmen");
    assert_non_null(a);
    assert_int_equal(a->sep, 4);
    assert_non_null(find("teilzunehmen", MORPH_VERB, "teilnehmen"));
    assert_non_null(find("zusammen", MORPH_PTKVZ, NULL));
    assert_non_null(find("teil", MORPH_PTKVZ, NULL));
    assert_non_null(find("nahmen", MORPH_VERB, "nehmen"));
    assert_non_null(find("eingetroffen", MORPH_VERB, "eintreffen"));
}

static void test_auxiliaries_and_modals(void **st)
{
    (void)st;
    assert_non_null(find("wurde", MORPH_AUX, "werden"));
    assert_null(find("wurde", MORPH_VERB, NULL));
    assert_non_null(find("worden", MORPH_AUX, "werden"));
    const morph_ana_t *a = find("sei", MORPH_AUX, "sein");
    assert_non_null(a);
    assert_true(a->feats & MORPH_FIN(MORPH_SUBJ1, 2));
    assert_non_null(find("will", MORPH_MODAL, "wollen"));
    assert_non_null(find("möchte", MORPH_MODAL, "mögen"));
    assert_non_null(find("hat", MORPH_AUX, "haben"));
}

static void test_closed_class(void **st)
{
    (void)st;
    const morph_ana_t *a = find("der", MORPH_ART_DEF, "der");
    assert_non_null(a);
    assert_true(a->feats & MORPH_CELL(MORPH_NOM, MORPH_SG_M));
    assert_true(a->feats & MORPH_CELL(MORPH_GEN, MORPH_PL));
    assert_false(a->feats & MORPH_CELL(MORPH_ACC, MORPH_SG_M));
    assert_non_null(find("der", MORPH_PRON_REL, "der"));
    assert_non_null(find("dass", MORPH_CONJ_SUB, NULL));
    assert_non_null(find("und", MORPH_CONJ_COORD, NULL));
    assert_non_null(find("vom", MORPH_PREPART, "von"));
    a = find("mit", MORPH_PREP, NULL);
    assert_non_null(a);
    assert_true(a->feats & MORPH_CASE_MASK(MORPH_DAT));
    assert_false(a->feats & MORPH_CASE_MASK(MORPH_ACC));
    assert_non_null(find("seinem", MORPH_PRON_POSS, "sein"));
    assert_non_null(find("keine", MORPH_ART_INDEF, "kein"));
    assert_non_null(find("er", MORPH_PRON_PERS, NULL));
    assert_non_null(find("zu", MORPH_PART_ZU, NULL));
}

/* Debian's word list (wngerman) fills what LanguageTool's verb and
 * adjective data lack (scripts/morph_wordlist.py): the reformed spelling,
 * verbs the data has not ("vereinbaren"), particle verbs made of a known
 * verb ("innehaben"), adjectives in -isch; nothing the list does not
 * confirm ("offenen" is no verb: the list has no "offente"). */
static void test_word_list_fills_gaps(void **st)
{
    (void)st;
    FILE *f = fopen("/usr/share/dict/ngerman", "r");
    if (!f) {
        print_message("skipped: /usr/share/dict/ngerman (wngerman) is absent\n");
        skip();
    }
    fclose(f);
    const morph_ana_t *a = find("vereinbarten", MORPH_VERB, "vereinbaren");
    assert_non_null(a);
    assert_true(a->feats & MORPH_FINITE);
    a = find("vereinbart", MORPH_VERB, "vereinbaren");
    assert_non_null(a);
    assert_true(a->feats & MORPH_PART2);
    a = find("innehat", MORPH_VERB, "innehaben");
    assert_non_null(a);
    assert_true(a->feats & MORPH_FINITE);
    assert_int_equal(a->sep, 4);
    assert_non_null(find("musste", MORPH_MODAL, "müssen"));
    assert_non_null(find("beschloss", MORPH_VERB, "beschließen"));
    assert_non_null(find("ghanaische", MORPH_ADJ, "ghanaisch"));
    assert_null(find("offenen", MORPH_VERB, NULL));
    assert_null(find("schliessen", MORPH_VERB, NULL));
}

static void test_adjectives(void **st)
{
    (void)st;
    const morph_ana_t *a = find("nächste", MORPH_ADJ, "nächst");
    assert_non_null(a);
    assert_true(a->feats & MORPH_CELL(MORPH_ACC, MORPH_SG_F));
    a = find("bereit", MORPH_ADJ, "bereit");
    assert_non_null(a);
    assert_true(a->feats & MORPH_ADJ_PRED);
}

static void test_capitalisation(void **st)
{
    (void)st;
    /* sentence-initial: "Die" is not in the file, "die" is */
    morph_ana_t a[64];
    assert_int_equal(morph_lookup_exact(&M, "Die", 3, a, 64), 0);
    assert_true(morph_lookup(&M, "Die", 3, a, 64) > 0);
    assert_true(morph_is_pos(&M, "Die", 3, MORPH_ART_DEF));
    assert_true(morph_is_pos(&M, "Nachdem", 7, MORPH_CONJ_SUB));
    assert_true(morph_is_pos(&M, "Über", strlen("Über"), MORPH_PREP));
    /* a noun is found as written; _both adds the lower-case verb */
    assert_true(morph_is_pos(&M, "Treffen", 7, MORPH_NOUN));
    assert_false(morph_is_pos(&M, "Treffen", 7, MORPH_VERB));
    size_t n = morph_lookup_both(&M, "Treffen", 7, a, 64);
    int noun = 0, verb = 0;
    for (size_t i = 0; i < n; i++) {
        noun |= a[i].pos == MORPH_NOUN;
        verb |= a[i].pos == MORPH_VERB;
    }
    assert_true(noun && verb);
    assert_int_equal(morph_lookup(&M, "Xqzwv", 5, a, 64), 0);
    assert_int_equal(morph_lookup(&M, "", 0, a, 64), 0);
    /* max limits what is written, not the count */
    assert_true(morph_lookup(&M, "die", 3, a, 1) > 1);
}

static void test_open_is_fast(void **st)
{
    (void)st;
    struct timespec t0, t1;
    morph_t m2;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    for (int i = 0; i < 20; i++) {
        assert_int_equal(morph_open(&m2, morph_file()), DN_OK);
        morph_close(&m2);
    }
    clock_gettime(CLOCK_MONOTONIC, &t1);
    double ms = ((double)(t1.tv_sec - t0.tv_sec) * 1e3 +
                 (double)(t1.tv_nsec - t0.tv_nsec) / 1e6) / 20;
    /* generous: the point is that opening parses nothing */
    assert_true(ms < 5.0);
    assert_true(morph_nforms(&M) > 100000);
}

static void sink(const char *line, void *ctx)
{
    snprintf((char *)ctx, 512, "%s", line);
}

static void test_bad_files(void **st)
{
    (void)st;
    char msg[512] = "";
    morph_t m2;
    diag_set_sink(sink, msg);
    assert_int_equal(morph_open(&m2, "/nonexistent/morph.bin"), DN_EIO);
    assert_non_null(strstr(msg, "/nonexistent/morph.bin"));
    const char *tmp = "build/test_grammar_morph.bad";
    FILE *fp = fopen(tmp, "wb");
    assert_non_null(fp);
    char junk[100];
    memset(junk, 'x', sizeof junk);
    fwrite(junk, 1, sizeof junk, fp);
    fclose(fp);
    assert_int_equal(morph_open(&m2, tmp), DN_EINPUT);
    assert_non_null(strstr(msg, "not a dipnet morphology file"));
    morph_close(&m2);   /* safe after a failure */
    remove(tmp);
    diag_set_sink(NULL, NULL);
    assert_string_equal(morph_pos_name(MORPH_CONJ_SUB), "CONJ_SUB");
    assert_string_equal(morph_pos_name(99), "?");
}

static void put32(unsigned char *p, uint32_t v)
{
    p[0] = (unsigned char)v; p[1] = (unsigned char)(v >> 8);
    p[2] = (unsigned char)(v >> 16); p[3] = (unsigned char)(v >> 24);
}

/* A file of one form "x" whose record claims `count` analyses (it holds
 * one, of lemma "ab"). */
static void write_tiny(const char *path, unsigned count)
{
    unsigned char f[104];
    memset(f, 0, sizeof f);
    memcpy(f, "DNMORPH1", 8);
    uint32_t hx = 0x811C9DC5u;
    hx = (hx ^ 'x') * 0x01000193u;
    /* version, nslots, nforms, nana, strbytes, slots_off, rec_off,
     * str_off, file_size, recbytes */
    uint32_t head[10] = { 2, 2, 1, 1, 4, 64, 80, 100, 104, 20 };
    for (int i = 0; i < 10; i++) put32(f + 8 + 4 * i, head[i]);
    put32(f + 64 + 8 * (hx & 1), hx);
    put32(f + 64 + 8 * (hx & 1) + 4, 0);
    put32(f + 64 + 8 * (~hx & 1), 0);
    put32(f + 64 + 8 * (~hx & 1) + 4, 0xFFFFFFFFu);
    f[80] = 1; f[82] = (unsigned char)count; f[84] = 'x';
    put32(f + 88, 0);                      /* lemma "ab" */
    put32(f + 92, 0);
    f[96] = MORPH_NOUN;
    memcpy(f + 100, "ab\0\0", 4);
    FILE *fp = fopen(path, "wb");
    assert_non_null(fp);
    fwrite(f, 1, sizeof f, fp);
    fclose(fp);
}

/* A record is read only within the file: one that claims more analyses
 * than the file holds is no answer. */
static void test_records_checked(void **st)
{
    (void)st;
    const char *tmp = "build/test_grammar_morph.tiny";
    morph_t m2;
    morph_ana_t a[8];
    write_tiny(tmp, 1);
    assert_int_equal(morph_open(&m2, tmp), DN_OK);
    assert_int_equal(morph_lookup_exact(&m2, "x", 1, a, 8), 1);
    assert_string_equal(a[0].lemma, "ab");
    assert_int_equal(a[0].pos, MORPH_NOUN);
    assert_int_equal(morph_lookup_exact(&m2, "y", 1, a, 8), 0);
    morph_close(&m2);
    write_tiny(tmp, 5);
    assert_int_equal(morph_open(&m2, tmp), DN_OK);
    assert_int_equal(morph_lookup_exact(&m2, "x", 1, a, 8), 0);
    morph_close(&m2);
    remove(tmp);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_nouns_have_case_number_gender),
        cmocka_unit_test(test_verbs_finite_and_nonfinite),
        cmocka_unit_test(test_separable_verbs),
        cmocka_unit_test(test_auxiliaries_and_modals),
        cmocka_unit_test(test_closed_class),
        cmocka_unit_test(test_adjectives),
        cmocka_unit_test(test_word_list_fills_gaps),
        cmocka_unit_test(test_capitalisation),
        cmocka_unit_test(test_open_is_fast),
        cmocka_unit_test(test_bad_files),
        cmocka_unit_test(test_records_checked),
    };
    return cmocka_run_group_tests_name("grammar_morph", tests, setup, teardown);
}
