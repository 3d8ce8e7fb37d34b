/* The measuring of `make bench` (bench/paired.py): its self-check runs two
 * small commands in pairs and asserts that the order alternates, that each
 * ratio is the peer's figure over dipnet's in the same pair, that peak
 * memory and CPU time are the child's, and that the growth exponent of
 * exact power-law data is its power.  Skipped when /usr/bin/python3 is
 * absent. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>

static void test_paired_selftest(void **state)
{
    (void)state;
    if (access("/usr/bin/python3", X_OK) != 0) {
        printf("skipped: /usr/bin/python3 absent\n");
        skip();
    }
    FILE *p = popen("/usr/bin/python3 bench/paired.py --selftest 2>&1", "r");
    assert_non_null(p);
    char out[4096] = "";
    size_t n = fread(out, 1, sizeof out - 1, p);
    out[n] = '\0';
    int rc = pclose(p);
    if (rc != 0 || !strstr(out, "selftest: ok"))
        fail_msg("bench/paired.py --selftest: status %d, output:\n%s", rc, out);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_paired_selftest),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
