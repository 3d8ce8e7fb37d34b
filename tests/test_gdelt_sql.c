/* The shipped GDELT aggregation query (sql/gdelt_duckdb.sql) run by the
 * real DuckDB engine against `dipnet import --from gdelt` of the same rows:
 * tests/gdelt_sql.sh does the work; skipped, saying why, when ../shared or
 * the engine (sh scripts/setup.sh duckdb) is absent. */
#include "testutil.h"

static void test_gdelt_duckdb_query_matches_import(void **state)
{
    (void)state;
    char cmd[1024];
    snprintf(cmd, sizeof cmd, "DIPNET='%s' sh tests/gdelt_sql.sh 2>&1",
             tu_dipnet());
    FILE *p = popen(cmd, "r");
    assert_non_null(p);
    char out[8192];
    size_t n = fread(out, 1, sizeof out - 1, p);
    out[n] = '\0';
    int st = pclose(p);
    int rc = WIFEXITED(st) ? WEXITSTATUS(st) : 128;
    printf("%s", out);
    if (rc == 77) skip();
    if (rc != 0) fail_msg("tests/gdelt_sql.sh: exit %d", rc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_gdelt_duckdb_query_matches_import),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
