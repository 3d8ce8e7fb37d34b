/* Tests of src/grammar/morphcache: the remembered lookups answer exactly
 * as the lexicon does, ask it once per word and reading, and forget at
 * their bound. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "grammar/morphcache.h"
#include "util/diag.h"

static morph_t M;

static int setup(void **st)
{
    (void)st;
    const char *p = getenv("DIPNET_MORPH");
    return morph_open(&M, p && *p ? p : "build/grammar/morph.bin");
}

static int teardown(void **st)
{
    (void)st;
    morph_close(&M);
    return 0;
}

static const char *const WORDS[] = {
    "Präsidenten", "traf", "Die", "die", "Treffen", "treffen", "zusammen",
    "Merkel", "Xqzvw", "Gesprächen", "der", "Der", "am", "Am", "Besuch",
    "reisen", "Reisen", "und", "", "sei",
};

/* The cache's answer equals morph_lookup's / morph_lookup_both's, the
 * first time and from memory. */
static void test_same_answers(void **st)
{
    (void)st;
    morphcache_t c;
    morphcache_init(&c);
    for (int round = 0; round < 2; round++)
        for (size_t i = 0; i < sizeof WORDS / sizeof *WORDS; i++)
            for (int both = 0; both < 2; both++) {
                const char *w = WORDS[i];
                morph_ana_t want[48];
                size_t n = both ? morph_lookup_both(&M, w, strlen(w), want, 48)
                                : morph_lookup(&M, w, strlen(w), want, 48);
                if (n > 48) n = 48;
                const morph_ana_t *got;
                size_t k = morphcache_lookup(&c, &M, w, strlen(w), both, 48, &got);
                assert_int_equal(k, n);
                for (size_t j = 0; j < n; j++) {
                    assert_ptr_equal(got[j].lemma, want[j].lemma);
                    assert_int_equal(got[j].feats, want[j].feats);
                    assert_int_equal(got[j].pos, want[j].pos);
                    assert_int_equal(got[j].sep, want[j].sep);
                }
            }
    /* the second round came from memory */
    assert_int_equal(c.misses, 2 * (sizeof WORDS / sizeof *WORDS));
    /* fewer asked than kept: a prefix of the same answer */
    const morph_ana_t *a;
    assert_int_equal(morphcache_lookup(&c, &M, "die", 3, 0, 1, &a), 1);
    morphcache_destroy(&c);
}

/* A word longer than the key buffer is answered, not kept. */
static void test_long_word(void **st)
{
    (void)st;
    morphcache_t c;
    morphcache_init(&c);
    char w[300];
    memset(w, 'a', sizeof w - 1);
    w[sizeof w - 1] = '\0';
    const morph_ana_t *a;
    assert_int_equal(morphcache_lookup(&c, &M, w, strlen(w), 0, 48, &a), 0);
    assert_int_equal(morphcache_lookup(&c, &M, w, strlen(w), 0, 48, &a), 0);
    assert_int_equal(c.misses, 2);
    assert_int_equal(strtab_count(&c.keys), 0);
    morphcache_destroy(&c);
}

/* At its bound the cache forgets and starts again: memory stays bounded,
 * answers stay right. */
static void test_bound(void **st)
{
    (void)st;
    morphcache_t c;
    morphcache_init(&c);
    c.limit = 8;
    char w[32];
    for (int i = 0; i < 100; i++) {
        snprintf(w, sizeof w, "Wort%d", i);
        const morph_ana_t *a;
        morphcache_lookup(&c, &M, w, strlen(w), 0, 48, &a);
        assert_true(strtab_count(&c.keys) <= 8);
    }
    const morph_ana_t *a;
    size_t n = morphcache_lookup(&c, &M, "traf", 4, 0, 48, &a);
    assert_true(n > 0);
    assert_int_equal(a[0].pos, MORPH_VERB);
    morphcache_destroy(&c);
}

/* By word id: the same answers; a word met before is not hashed again
 * (the string cache stays as it was), and ids of another space are not
 * taken for the old ones. */
static void test_by_id(void **st)
{
    (void)st;
    morphcache_t c;
    morphcache_init(&c);
    int space1, space2;
    const morph_ana_t *a;
    assert_false(morphcache_has_id(&c, &space1, 0, 0));
    size_t n = morphcache_lookup_id(&c, &M, &space1, 0, "traf", 4, 0, 48, &a);
    assert_true(morphcache_has_id(&c, &space1, 0, 0));
    assert_false(morphcache_has_id(&c, &space1, 0, 1));
    assert_false(morphcache_has_id(&c, &space2, 0, 0));
    assert_false(morphcache_has_id(&c, &space1, -1, 0));
    morph_prefetch(&M, "traf", 4);   /* hints only: no answer changes */
    morphcache_prefetch_id(&c, &M, &space1, 0, "traf", 4, 0);
    morphcache_prefetch_id(&c, &M, &space1, 7, "Besuch", 6, 0);
    morphcache_prefetch_id(&c, &M, &space2, 0, "traf", 4, 0);
    assert_true(n > 0);
    assert_int_equal(a[0].pos, MORPH_VERB);
    size_t nd = morphcache_lookup_id(&c, &M, &space1, 1, "die", 3, 1, 48, &a);
    assert_int_equal(c.misses, 2);
    /* by id, the word's bytes are not read again */
    assert_int_equal(morphcache_lookup_id(&c, &M, &space1, 0, "XXXX", 4, 0, 48, &a), n);
    assert_int_equal(a[0].pos, MORPH_VERB);
    assert_int_equal(morphcache_lookup_id(&c, &M, &space1, 1, "XXX", 3, 1, 48, &a), nd);
    assert_int_equal(c.misses, 2);
    /* another space: id 0 is another word now */
    assert_int_equal(morphcache_lookup_id(&c, &M, &space2, 0, "Xqzvw", 5, 0, 48, &a), 0);
    /* no id: by the bytes (words kept by id are not among them) */
    assert_int_equal(morphcache_lookup_id(&c, &M, &space2, -1, "traf", 4, 0, 48, &a), n);
    assert_int_equal(c.misses, 4);
    assert_int_equal(morphcache_lookup(&c, &M, "traf", 4, 0, 48, &a), n);
    assert_int_equal(c.misses, 4);
    /* forgetting at the bound forgets the ids too */
    c.limit = 4;
    char w[16];
    for (int i = 0; i < 20; i++) {
        snprintf(w, sizeof w, "Wort%d", i);
        morphcache_lookup_id(&c, &M, &space2, 10 + i, w, strlen(w), 0, 48, &a);
    }
    assert_int_equal(morphcache_lookup_id(&c, &M, &space2, 0, "traf", 4, 0, 48, &a), n);
    morphcache_destroy(&c);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_same_answers),
        cmocka_unit_test(test_long_word),
        cmocka_unit_test(test_bound),
        cmocka_unit_test(test_by_id),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
