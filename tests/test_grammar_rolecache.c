/* Tests of src/grammar/rolecache: roles remembered by the lemma's address
 * answer as gram_roles_get does, per set of role words, within a bound. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <string.h>

#include "grammar/rolecache.h"
#include "util/diag.h"

static void test_same_roles(void **st)
{
    (void)st;
    gram_roles_t g, h;
    gram_roles_init(&g);
    gram_roles_init(&h);
    assert_int_equal(gram_roles_add(&g, "nicht", 5, ROLE_NEG), DN_OK);
    assert_int_equal(gram_roles_add(&g, "sagen", 5, ROLE_SAY), DN_OK);
    assert_int_equal(gram_roles_add(&h, "nicht", 5, ROLE_SAY), DN_OK);
    /* lemmas at fixed addresses, as in the mapped lexicon */
    static const char pool[] = "nicht\0sagen\0reisen\0";
    const char *nicht = pool, *sagen = pool + 6, *reisen = pool + 12;
    rolecache_t c;
    rolecache_init(&c);
    for (int round = 0; round < 2; round++) {
        assert_int_equal(rolecache_get(&c, &g, nicht), ROLE_NEG);
        assert_int_equal(rolecache_get(&c, &g, sagen), ROLE_SAY);
        assert_int_equal(rolecache_get(&c, &g, reisen), 0);
    }
    assert_int_equal(c.n, 3);
    /* other role words: the cache forgets */
    assert_int_equal(rolecache_get(&c, &h, nicht), ROLE_SAY);
    assert_int_equal(c.n, 1);
    rolecache_destroy(&c);
    gram_roles_destroy(&g);
    gram_roles_destroy(&h);
}

/* Many lemmas: the table grows and, at its bound, starts again. */
static void test_bound(void **st)
{
    (void)st;
    gram_roles_t g;
    gram_roles_init(&g);
    assert_int_equal(gram_roles_add(&g, "x", 1, ROLE_NEG), DN_OK);
    static char pool[2 * (ROLECACHE_MAX + 10)];
    rolecache_t c;
    rolecache_init(&c);
    for (size_t i = 0; i < ROLECACHE_MAX + 10; i++) {
        pool[2 * i] = i % 7 ? 'y' : 'x';
        assert_int_equal(rolecache_get(&c, &g, pool + 2 * i), i % 7 ? 0u : (unsigned)ROLE_NEG);
        assert_true(c.n <= ROLECACHE_MAX);
    }
    rolecache_destroy(&c);
    gram_roles_destroy(&g);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_same_roles),
        cmocka_unit_test(test_bound),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
