/* Tests of cli/folder: the input files below a folder, sorted, without
 * hidden files, side files or other files. */
#include "testutil.h"

#include <sys/stat.h>

#include "cli/folder.h"

static char dir[64];

static int setup(void **state)
{
    (void)state;
    tu_make_dir(dir, sizeof dir, "folder");
    return 0;
}

static int teardown(void **state)
{
    (void)state;
    return tu_remove_dir(dir);
}

static void touch(const char *name)
{
    char p[256];
    snprintf(p, sizeof p, "%s/%s", dir, name);
    FILE *f = fopen(p, "w");
    assert_non_null(f);
    fclose(f);
}

static void sub(const char *name)
{
    char p[256];
    snprintf(p, sizeof p, "%s/%s", dir, name);
    assert_int_equal(mkdir(p, 0755), 0);
}

/* The list's paths without the temporary folder, one per line. */
static const char *listing(const folder_list_t *l)
{
    static char out[1024];
    size_t at = 0, dl = strlen(dir) + 1;
    out[0] = '\0';
    for (size_t i = 0; i < l->n; i++)
        at += (size_t)snprintf(out + at, sizeof out - at, "%s\n",
                               l->paths[i] + dl);
    return out;
}

static void test_wanted(void **state)
{
    (void)state;
    unsigned all = FOLDER_TEXTS | FOLDER_EVENTS;
    assert_true(folder_wanted("a.txt", all));
    assert_true(folder_wanted("A.TXT", FOLDER_TEXTS));
    assert_true(folder_wanted("20190101.export.CSV", all));
    assert_true(folder_wanted("events.tab", FOLDER_EVENTS));
    assert_false(folder_wanted("events.tsv", FOLDER_TEXTS));
    assert_false(folder_wanted("a.date", all));
    assert_false(folder_wanted(".a.txt", all));
    assert_false(folder_wanted("README.md", all));
    assert_false(folder_wanted("txt", all));
}

static void test_collect_sorted_recursive(void **state)
{
    (void)state;
    folder_list_t e;
    folder_list_init(&e);
    assert_int_equal(folder_collect(dir, FOLDER_TEXTS, &e), DN_OK);  /* empty */
    assert_int_equal(e.n, 0);
    folder_list_destroy(&e);
    sub("b");
    sub("b/c");
    sub(".git");
    touch("z.txt");
    touch("a.txt");
    touch("a.date");
    touch("e.tsv");
    touch("b/c/x.txt");
    touch("b/y.TXT");
    touch(".git/h.txt");
    touch("notes.md");
    folder_list_t l;
    folder_list_init(&l);
    assert_int_equal(folder_collect(dir, FOLDER_TEXTS | FOLDER_EVENTS, &l),
                     DN_OK);
    assert_string_equal(listing(&l), "a.txt\nb/c/x.txt\nb/y.TXT\ne.tsv\nz.txt\n");
    folder_list_destroy(&l);
    assert_int_equal(folder_collect(dir, FOLDER_TEXTS, &l), DN_OK);
    assert_string_equal(listing(&l), "a.txt\nb/c/x.txt\nb/y.TXT\nz.txt\n");
    folder_list_destroy(&l);
    assert_int_equal(l.n, 0);
}

/* A dangling link is an error naming it; a link to a folder is not
 * followed (no cycle). */
static void test_links(void **state)
{
    (void)state;
    char p[256], t[256];
    touch("a.txt");
    snprintf(p, sizeof p, "%s/loop", dir);
    assert_int_equal(symlink(dir, p), 0);
    folder_list_t l;
    folder_list_init(&l);
    assert_int_equal(folder_collect(dir, FOLDER_TEXTS, &l), DN_OK);
    assert_string_equal(listing(&l), "a.txt\n");
    folder_list_destroy(&l);
    snprintf(p, sizeof p, "%s/gone.txt", dir);
    snprintf(t, sizeof t, "%s/missing", dir);
    assert_int_equal(symlink(t, p), 0);
    tu_capture();
    assert_int_equal(folder_collect(dir, FOLDER_TEXTS, &l), DN_EIO);
    assert_non_null(strstr(tu_messages(), "gone.txt"));
    diag_set_sink(NULL, NULL);
    folder_list_destroy(&l);
    snprintf(p, sizeof p, "%s/nope", dir);
    assert_int_equal(folder_collect(p, FOLDER_TEXTS, &l), DN_EIO);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_wanted),
        cmocka_unit_test_setup_teardown(test_collect_sorted_recursive, setup, teardown),
        cmocka_unit_test_setup_teardown(test_links, setup, teardown),
    };
    return cmocka_run_group_tests_name("folder", tests, NULL, NULL);
}
