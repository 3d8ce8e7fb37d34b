/* Tests of src/extract/firstnames: the list of first names found beside
 * the lexicon (installed) or in the build tree, optional, looked up as
 * written. */
#include "testutil.h"

#include <sys/stat.h>

#include "extract/firstnames.h"

/* A fresh folder /tmp/dipnet-fn-PID/lex (the lexicon folder), into dir. */
static void fresh_dir(char *dir, size_t cap)
{
    snprintf(dir, cap, "/tmp/dipnet-fn-%ld", (long)getpid());
    mkdir(dir, 0700);
    strncat(dir, "/lex", cap - strlen(dir) - 1);
    mkdir(dir, 0700);
}

static void write_file(const char *path, const char *text)
{
    FILE *fp = fopen(path, "wb");
    assert_non_null(fp);
    fputs(text, fp);
    fclose(fp);
}

static void test_names_beside_the_lexicon(void **st)
{
    (void)st;
    char dir[256], path[512];
    fresh_dir(dir, sizeof dir);
    snprintf(path, sizeof path, "%s/first_names.txt", dir);
    write_file(path, "Harald\nKlaus\r\nOlusegun\n");
    firstnames_t f;
    firstnames_init(&f);
    assert_int_equal(firstnames_load(&f, dir), DN_OK);
    assert_true(firstnames_has(&f, "Harald", 6));
    assert_true(firstnames_has(&f, "Klaus", 5));          /* CR LF line ends */
    assert_true(firstnames_has(&f, "Olusegun", 8));
    assert_false(firstnames_has(&f, "harald", 6));        /* as written */
    assert_false(firstnames_has(&f, "Haral", 5));
    assert_false(firstnames_has(&f, "Krüger", strlen("Krüger")));
    firstnames_destroy(&f);
    unlink(path);
}

/* No file: no error and no name; the extractor works as before. */
static void test_no_file_is_no_error(void **st)
{
    (void)st;
    char dir[256];
    fresh_dir(dir, sizeof dir);
    firstnames_t f;
    firstnames_init(&f);
    assert_int_equal(firstnames_load(&f, dir), DN_OK);
    assert_false(firstnames_has(&f, "Harald", 6));
    firstnames_destroy(&f);
}

/* A file that is there but cannot be read (a folder by that name) is an
 * error naming it. */
static void test_unreadable_file_is_an_error(void **st)
{
    (void)st;
    char dir[256], path[512];
    fresh_dir(dir, sizeof dir);
    snprintf(path, sizeof path, "%s/first_names.txt", dir);
    mkdir(path, 0700);
    firstnames_t f;
    firstnames_init(&f);
    assert_int_not_equal(firstnames_load(&f, dir), DN_OK);
    firstnames_destroy(&f);
    rmdir(path);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_names_beside_the_lexicon),
        cmocka_unit_test(test_no_file_is_no_error),
        cmocka_unit_test(test_unreadable_file_is_an_error),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
