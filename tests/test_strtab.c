/* Tests of src/util/strtab: the batch interface (precomputed hashes,
 * prefetch, reserve), the word-wise hash and compare at every length, and
 * growth while a batch is in flight. */
#include "testutil.h"

#include "util/strtab.h"

/* Strings of every length 0..40 that differ from each other in one byte
 * only (first, middle, last): the word-wise compare must see each byte. */
static void test_every_length_and_byte(void **state)
{
    (void)state;
    strtab_t t;
    strtab_init(&t);
    char s[48];
    long ids[41][3];
    for (int n = 0; n <= 40; n++) {
        for (int v = 0; v < 3; v++) {
            memset(s, 'k', sizeof s);
            if (n) s[v == 0 ? 0 : v == 1 ? n / 2 : n - 1] = (char)('A' + v);
            int added = 0;
            ids[n][v] = strtab_intern(&t, s, (size_t)n, &added);
            assert_true(ids[n][v] >= 0);
            /* all distinct but the three empty strings */
            assert_int_equal(added, n > 0 || v == 0);
        }
    }
    for (int n = 0; n <= 40; n++) {
        for (int v = 0; v < 3; v++) {
            memset(s, 'k', sizeof s);
            if (n) s[v == 0 ? 0 : v == 1 ? n / 2 : n - 1] = (char)('A' + v);
            assert_int_equal(strtab_find(&t, s, (size_t)n), ids[n][v]);
            assert_int_equal(strtab_len(&t, (size_t)ids[n][v]), (size_t)n);
            assert_memory_equal(strtab_str(&t, (size_t)ids[n][v]), s, (size_t)n);
            /* one byte changed anywhere: not found (or another string) */
            for (int i = 0; i < n; i++) {
                char c = s[i];
                s[i] = '#';
                assert_int_equal(strtab_find(&t, s, (size_t)n), -1);
                s[i] = c;
            }
        }
    }
    /* distinct byte strings of one length get distinct ids */
    assert_int_not_equal(ids[30][0], ids[30][1]);
    assert_int_not_equal(ids[30][1], ids[30][2]);
    assert_int_not_equal(ids[5][0], ids[5][2]);
    strtab_destroy(&t);
}

/* Embedded NUL bytes are part of a string (lengths are explicit). */
static void test_nul_bytes(void **state)
{
    (void)state;
    strtab_t t;
    strtab_init(&t);
    long a = strtab_intern(&t, "ab\0cd", 5, NULL);
    long b = strtab_intern(&t, "ab\0ce", 5, NULL);
    long c = strtab_intern(&t, "ab", 2, NULL);
    assert_true(a >= 0 && b >= 0 && c >= 0);
    assert_int_not_equal(a, b);
    assert_int_not_equal(a, c);
    assert_int_equal(strtab_find(&t, "ab\0cd", 5), a);
    strtab_destroy(&t);
}

/* The batch interface gives the ids of the plain one, across growth: hash
 * a window, prefetch, intern; the table grows inside windows. */
static void test_batch_interface(void **state)
{
    (void)state;
    strtab_t plain, batch;
    strtab_init(&plain);
    strtab_init(&batch);
    strtab_prefetch(&batch, 12345); /* empty table: a no-op */
    enum { N = 60000, W = 32 };
    char names[W][40];
    size_t len[W];
    uint32_t h[W];
    unsigned x = 7;
    for (size_t i = 0; i < N; i += W) {
        for (size_t k = 0; k < W; k++) {
            x = x * 1103515245u + 12345u;
            /* repeats (small numbers) and new strings, long and short */
            unsigned v = (x >> 8) % (i + 50);
            int n = snprintf(names[k], sizeof names[k],
                             v % 3 ? "Actor %u" : "Institution of the Actor %u",
                             v);
            len[k] = (size_t)n;
            h[k] = strtab_hash(names[k], len[k]);
            strtab_prefetch(&batch, h[k]);
        }
        for (size_t k = 0; k < W; k++) {
            int a1 = 0, a2 = 0;
            long id1 = strtab_intern(&plain, names[k], len[k], &a1);
            long id2 = strtab_intern_h(&batch, names[k], len[k], h[k], &a2);
            assert_int_equal(id1, id2);
            assert_int_equal(a1, a2);
            assert_int_equal(strtab_find_h(&batch, names[k], len[k], h[k]), id2);
        }
    }
    assert_int_equal(strtab_count(&plain), strtab_count(&batch));
    assert_true(strtab_count(&batch) > 1000);
    for (size_t id = 0; id < strtab_count(&batch); id++)
        assert_string_equal(strtab_str(&plain, id), strtab_str(&batch, id));
    strtab_destroy(&plain);
    strtab_destroy(&batch);
}

/* A big table lives on bigmem (huge pages when available): it must work
 * as any other (lookups after several rehashes). */
static void test_big_table(void **state)
{
    (void)state;
    strtab_t t;
    strtab_init(&t);
    char s[32];
    enum { N = 300000 }; /* slots beyond 2 MiB */
    for (int i = 0; i < N; i++) {
        int n = snprintf(s, sizeof s, "%x", (unsigned)i * 2654435761u);
        assert_int_equal(strtab_intern(&t, s, (size_t)n, NULL), i);
    }
    assert_true(t.nslots * sizeof(strtab_slot_t) >= ((size_t)2 << 20));
    for (int i = 0; i < N; i += 7) {
        int n = snprintf(s, sizeof s, "%x", (unsigned)i * 2654435761u);
        assert_int_equal(strtab_find(&t, s, (size_t)n), i);
    }
    strtab_destroy(&t);
    strtab_destroy(&t); /* destroy leaves an empty table */
}

/* strtab_add: a list by id, duplicates kept, nothing indexed. */
/* Reserved room: the same ids and lookups, and no growing up to it. */
static void test_reserve(void **state)
{
    (void)state;
    strtab_t t;
    strtab_init(&t);
    assert_int_equal(strtab_intern(&t, "vorher", 6, NULL), 0);
    assert_int_equal(strtab_reserve(&t, 5000), 0);
    size_t slots = t.nslots;
    assert_true(slots >= 10000);
    char b[32];
    for (int i = 0; i < 4999; i++) {
        int n = snprintf(b, sizeof b, "w%d", i);
        assert_int_equal(strtab_intern(&t, b, (size_t)n, NULL), i + 1);
    }
    assert_int_equal(t.nslots, slots);
    assert_int_equal(strtab_find(&t, "vorher", 6), 0);
    assert_int_equal(strtab_find(&t, "w4998", 5), 4999);
    assert_int_equal(strtab_reserve(&t, 10), 0);   /* never shrinks */
    assert_int_equal(t.nslots, slots);
    strtab_destroy(&t);
}

static void test_add(void **state)
{
    (void)state;
    strtab_t t;
    strtab_init(&t);
    char s[32];
    for (int i = 0; i < 5000; i++) {
        int n = snprintf(s, sizeof s, "label %d", i % 1000);
        assert_int_equal(strtab_add(&t, s, (size_t)n), i);
    }
    assert_int_equal(strtab_count(&t), 5000);
    assert_string_equal(strtab_str(&t, 4999), "label 999");
    assert_string_equal(strtab_str(&t, 999), "label 999"); /* a duplicate */
    assert_int_equal(strtab_len(&t, 1234), strlen("label 234"));
    assert_int_equal(t.nslots, 0); /* no index */
    assert_int_equal(strtab_find(&t, "label 1", 7), -1);
    assert_int_equal(strtab_add(&t, "", 0), 5000);
    assert_string_equal(strtab_str(&t, 5000), "");
    strtab_destroy(&t);
}

/* A cleared table is as a new one: ids from 0, the old strings gone, and
 * it grows again past its kept block and slots; a big one cleared too. */
static void test_clear(void **state)
{
    (void)state;
    strtab_t t;
    strtab_init(&t);
    char s[32];
    for (int round = 0; round < 3; round++) {
        int n = round == 1 ? 20000 : 300;   /* round 1: past the kept slots and block */
        for (int i = 0; i < n; i++) {
            int len = snprintf(s, sizeof s, "r%d-word-%d", round, i);
            assert_int_equal(strtab_intern(&t, s, (size_t)len, NULL), i);
        }
        assert_int_equal(strtab_count(&t), (size_t)n);
        for (int i = 0; i < n; i += 97) {
            int len = snprintf(s, sizeof s, "r%d-word-%d", round, i);
            assert_int_equal(strtab_find(&t, s, (size_t)len), i);
            assert_string_equal(strtab_str(&t, (size_t)i), s);
        }
        strtab_clear(&t);
        assert_int_equal(strtab_count(&t), 0);
        int len = snprintf(s, sizeof s, "r%d-word-%d", round, 0);
        assert_int_equal(strtab_find(&t, s, (size_t)len), -1);
    }
    strtab_destroy(&t);
}

/* A filtered table answers as an unfiltered one: every string held is
 * found (also those interned after the filter, past a doubling of the
 * slots), absent ones are not, with the same ids, and strtab_clear drops
 * the filter with the strings. */
static void test_filter(void **state)
{
    (void)state;
    strtab_t t, u;
    strtab_init(&t);
    strtab_init(&u);
    char s[32];
    for (int i = 0; i < 3000; i++) {
        int len = snprintf(s, sizeof s, "name-%d", i);
        assert_int_equal(strtab_intern(&t, s, (size_t)len, NULL), i);
        assert_int_equal(strtab_intern(&u, s, (size_t)len, NULL), i);
    }
    assert_int_equal(strtab_filter(&t), 0);
    for (int i = 3000; i < 9000; i++) {
        int len = snprintf(s, sizeof s, "name-%d", i);
        assert_int_equal(strtab_intern(&t, s, (size_t)len, NULL), i);
        assert_int_equal(strtab_intern(&u, s, (size_t)len, NULL), i);
    }
    for (int i = 0; i < 20000; i++) {
        int len = snprintf(s, sizeof s, "name-%d", i);
        long want = i < 9000 ? i : -1;
        assert_int_equal(strtab_find(&t, s, (size_t)len), want);
        assert_int_equal(strtab_find_h(&t, s, (size_t)len, strtab_hash(s, (size_t)len)), want);
        assert_int_equal(strtab_find(&u, s, (size_t)len), want);
    }
    strtab_clear(&t);
    assert_null(t.filter);
    assert_int_equal(strtab_find(&t, "name-1", 6), -1);
    assert_int_equal(strtab_intern(&t, "name-1", 6, NULL), 0);
    assert_int_equal(strtab_find(&t, "name-1", 6), 0);
    /* an empty table takes a filter too */
    strtab_t e;
    strtab_init(&e);
    assert_int_equal(strtab_filter(&e), 0);
    assert_int_equal(strtab_find(&e, "x", 1), -1);
    assert_int_equal(strtab_intern(&e, "x", 1, NULL), 0);
    assert_int_equal(strtab_find(&e, "x", 1), 0);
    strtab_destroy(&e);
    strtab_destroy(&t);
    strtab_destroy(&u);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_every_length_and_byte),
        cmocka_unit_test(test_nul_bytes),
        cmocka_unit_test(test_batch_interface),
        cmocka_unit_test(test_big_table),
        cmocka_unit_test(test_reserve),
        cmocka_unit_test(test_add),
        cmocka_unit_test(test_clear),
        cmocka_unit_test(test_filter),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
