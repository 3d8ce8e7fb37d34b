/* Tests of src/extract/wordlist: the word list read from a file, looked
 * up through its hash index, with the rule that tells common words from
 * names (relatives that start with a word are its successors in byte
 * order, also when the file is not sorted). */
#include "testutil.h"

#include "extract/wordlist.h"

/* Writes text to a fresh file under /tmp and loads it into w. */
static void load_text(wordlist_t *w, const char *text, char *path, size_t cap)
{
    snprintf(path, cap, "/tmp/dipnet-wl-%ld.txt", (long)getpid());
    FILE *fp = fopen(path, "wb");
    assert_non_null(fp);
    fputs(text, fp);
    fclose(fp);
    wordlist_init(w);
    assert_int_equal(wordlist_load(w, path), DN_OK);
    assert_true(wordlist_loaded(w));
}

static int has(const wordlist_t *w, const char *s) { return wordlist_has(w, s, strlen(s)); }
static int common(const wordlist_t *w, const char *s) { return wordlist_common(w, s, strlen(s)); }

static void check_rule(const wordlist_t *w)
{
    assert_true(has(w, "Aufnahme"));
    assert_true(has(w, "reihe"));
    assert_false(has(w, "Reihe"));
    assert_false(has(w, "Aufnahm"));      /* a prefix is not a word */
    assert_false(has(w, ""));
    /* relatives other than the genitive: common */
    assert_true(common(w, "Aufnahme"));
    /* only the genitive in -s: a name */
    assert_false(common(w, "Merkel"));
    /* the lower-case form is listed */
    assert_true(common(w, "Reihe"));
    /* an inflected form of a common word */
    assert_true(common(w, "Aufnahmen"));
    /* a noun suffix */
    assert_true(common(w, "Zeitung"));
    assert_false(common(w, "Xqzvw"));
}

static void test_sorted_crlf_duplicates(void **st)
{
    (void)st;
    char path[64];
    wordlist_t w;
    load_text(&w, "Aufnahme\r\nAufnahme\r\nAufnahmeantrag\r\nAufnahmen\r\n\r\n"
                  "Merkel\r\nMerkels\r\nreihe", path, sizeof path);
    check_rule(&w);
    wordlist_destroy(&w);
    remove(path);
}

static void test_unsorted(void **st)
{
    (void)st;
    char path[64];
    wordlist_t w;
    load_text(&w, "reihe\nMerkels\nAufnahmeantrag\nMerkel\nAufnahmen\nAufnahme\n",
              path, sizeof path);
    check_rule(&w);
    wordlist_destroy(&w);
    remove(path);
}

static void test_missing_and_empty(void **st)
{
    (void)st;
    wordlist_t w;
    wordlist_init(&w);
    assert_int_equal(wordlist_load(&w, "/nonexistent/words"), DN_OK);
    assert_false(wordlist_loaded(&w));
    assert_false(has(&w, "Aufnahme"));
    wordlist_destroy(&w);
    char path[64];
    load_text(&w, "", path, sizeof path);
    assert_false(has(&w, "Aufnahme"));
    assert_false(common(&w, "Merkel"));
    wordlist_destroy(&w);
    remove(path);
}

/* Many words: every one is found through the index (runs that overflow
 * their home line included), no other. */
static void test_many_words(void **st)
{
    (void)st;
    enum { N = 20000 };
    char *text = malloc((size_t)N * 8 + 1), *p = text;
    assert_non_null(text);
    for (int i = 0; i < N; i++) p += sprintf(p, "w%05d\n", i);
    char path[64];
    wordlist_t w;
    load_text(&w, text, path, sizeof path);
    char s[16];
    for (int i = 0; i < N; i++) {
        snprintf(s, sizeof s, "w%05d", i);
        assert_true(has(&w, s));
        snprintf(s, sizeof s, "x%05d", i);
        assert_false(has(&w, s));
    }
    wordlist_destroy(&w);
    remove(path);
    free(text);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_sorted_crlf_duplicates),
        cmocka_unit_test(test_unsorted),
        cmocka_unit_test(test_missing_and_empty),
        cmocka_unit_test(test_many_words),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
