/* Tests of src/text/lang: German, English or neither, from function words. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <string.h>

#include "text/lang.h"

static lang_t guess(const char *s) { return lang_guess(s, strlen(s)); }

static void test_languages(void **st)
{
    (void)st;
    assert_int_equal(guess("Der Präsident ist am Montag nach Paris gereist, "
                           "wo er mit dem Premier über die Lage sprach."), LANG_GERMAN);
    assert_int_equal(guess("The president said on Monday that he has been to "
                           "Paris for talks with the prime minister."), LANG_ENGLISH);
    assert_int_equal(guess("Paris Berlin"), LANG_UNKNOWN);
    assert_int_equal(guess("Lorem ipsum dolor sit amet, consectetur adipiscing elit, "
                           "sed do eiusmod tempor incididunt ut labore et dolore magna "
                           "aliqua, und der die das sind Ut enim ad minim "
                           "veniam quis nostrud exercitation ullamco laboris nisi ut "
                           "aliquip ex ea commodo consequat Duis aute irure dolor in "
                           "reprehenderit in voluptate velit esse cillum dolore eu fugiat "
                           "nulla pariatur Excepteur sint occaecat cupidatat non proident "
                           "sunt in culpa qui officia deserunt mollit anim id est laborum "
                           "Sed ut perspiciatis unde omnis iste natus error sit voluptatem "
                           "accusantium doloremque laudantium totam rem aperiam eaque ipsa "
                           "quae ab illo inventore veritatis et quasi architecto beatae "
                           "vitae dicta sunt explicabo nemo enim ipsam voluptatem quia "
                           "voluptas sit aspernatur aut odit aut fugit sed quia consequuntur "
                           "magni dolores eos qui ratione voluptatem sequi nesciunt neque "
                           "porro quisquam est qui dolorem ipsum quia dolor sit amet"), LANG_OTHER);
}

/* The longest listed words count too (five bytes: "über", "haben",
 * "which"), capitalised or not. */
static void test_longest_words(void **st)
{
    (void)st;
    assert_int_equal(guess("über haben nicht wurde einem"), LANG_GERMAN);
    assert_int_equal(guess("which their which their Which"), LANG_ENGLISH);
    /* a longer word is none of them */
    assert_int_equal(guess("überall habenden nichts wurden einander"), LANG_UNKNOWN);
}

/* Words are split at every byte that is no letter (digits, '@', '[',
 * '`', '{' next to the letters in ASCII), read in capitals too, and one
 * that ends the text without a separator counts. */
static void test_word_bytes(void **st)
{
    (void)st;
    assert_int_equal(guess("DER@die[das`UND{ist"), LANG_GERMAN);
    assert_int_equal(guess("3the4and5of6this7with"), LANG_ENGLISH);
    /* "Der1" is "der", "DerX" no word of the lists */
    assert_int_equal(guess("DerX DieX DasX UndX IstX"), LANG_UNKNOWN);
    /* the bytes of ü are part of the word: "ÜBER" is "Über", not "ber" */
    assert_int_equal(guess("ÜBER ÜBER ÜBER ÜBER ÜBER"), LANG_UNKNOWN);
    assert_int_equal(guess("über über über über über"), LANG_GERMAN);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_languages),
        cmocka_unit_test(test_longest_words),
        cmocka_unit_test(test_word_bytes),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
