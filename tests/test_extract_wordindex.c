/* Tests of src/extract/wordindex: a saved index answers as the list it was
 * made from, and is left aside (the list read instead) when the list has
 * changed, the path differs or the file is damaged. */
#include "testutil.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <time.h>

#include "extract/wordindex.h"

static char dir[128], list[300], idx[300];

static void write_file(const char *path, const char *text)
{
    FILE *fp = fopen(path, "wb");
    assert_non_null(fp);
    fputs(text, fp);
    fclose(fp);
}

static int setup(void **st)
{
    (void)st;
    tu_make_dir(dir, sizeof dir, "wordindex");
    snprintf(list, sizeof list, "%s/words", dir);
    snprintf(idx, sizeof idx, "%s/words.idx", dir);
    write_file(list, "Aufnahme\nAufnahmeantrag\nAufnahmen\nMerkel\nMerkels\nreihe\n");
    wordlist_t w;
    wordlist_init(&w);
    assert_int_equal(wordlist_load(&w, list), DN_OK);
    assert_int_equal(wordindex_save(&w, list, idx), DN_OK);
    wordlist_destroy(&w);
    return 0;
}

static int teardown(void **st)
{
    (void)st;
    return tu_remove_dir(dir);
}

static void check_rule(const wordlist_t *w)
{
    assert_true(wordlist_has(w, "Aufnahme", 8));
    assert_false(wordlist_has(w, "Aufnahm", 7));
    assert_true(wordlist_common(w, "Aufnahmen", 9));
    assert_false(wordlist_common(w, "Merkel", 6));
    assert_true(wordlist_common(w, "Reihe", 5));
}

static void test_mapped(void **st)
{
    (void)st;
    wordlist_t w;
    wordlist_init(&w);
    assert_int_equal(wordindex_load(&w, list, idx), DN_OK);
    assert_non_null(w.imap);            /* from the index */
    check_rule(&w);
    wordlist_destroy(&w);
}

static void test_other_path_or_none(void **st)
{
    (void)st;
    char other[320];
    snprintf(other, sizeof other, "%s/./words", dir);   /* same file, other path */
    wordlist_t w;
    wordlist_init(&w);
    assert_int_equal(wordindex_load(&w, other, idx), DN_OK);
    assert_null(w.imap);
    check_rule(&w);
    wordlist_destroy(&w);
    wordlist_init(&w);
    assert_int_equal(wordindex_load(&w, list, NULL), DN_OK);
    assert_null(w.imap);
    check_rule(&w);
    wordlist_destroy(&w);
}

static void test_changed_list(void **st)
{
    (void)st;
    /* the same size, another word and another time: not the indexed list */
    write_file(list, "Aufnahme\nAufnahmeantrag\nAufnahmen\nMerkel\nMerkels\nreihx\n");
    struct timespec ts[2] = { { 1000000000, 0 }, { 1000000000, 0 } };
    assert_int_equal(utimensat(AT_FDCWD, list, ts, 0), 0);
    wordlist_t w;
    wordlist_init(&w);
    assert_int_equal(wordindex_load(&w, list, idx), DN_OK);
    assert_null(w.imap);
    assert_false(wordlist_has(&w, "reihe", 5));
    assert_true(wordlist_has(&w, "reihx", 5));
    wordlist_destroy(&w);
}

static void test_damaged_index(void **st)
{
    (void)st;
    char bad[320];
    snprintf(bad, sizeof bad, "%s/bad.idx", dir);
    write_file(bad, "DNWORDS1 and then not much");
    wordlist_t w;
    wordlist_init(&w);
    assert_int_equal(wordindex_load(&w, list, bad), DN_OK);
    assert_null(w.imap);
    assert_true(wordlist_has(&w, "Aufnahme", 8));
    wordlist_destroy(&w);
    /* an index cut short */
    FILE *in = fopen(idx, "rb"), *out = fopen(bad, "wb");
    assert_non_null(in);
    assert_non_null(out);
    char buf[200];
    size_t n = fread(buf, 1, sizeof buf, in);
    fwrite(buf, 1, n, out);
    fclose(in);
    fclose(out);
    wordlist_init(&w);
    assert_int_equal(wordindex_load(&w, list, bad), DN_OK);
    assert_null(w.imap);
    wordlist_destroy(&w);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_mapped),
        cmocka_unit_test(test_other_path_or_none),
        cmocka_unit_test(test_changed_list),
        cmocka_unit_test(test_damaged_index),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
