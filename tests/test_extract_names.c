/* Tests of name recognition and resolution (fixture lexicon, sentences
 * written for the tests): titles, honorifics, initials, particles,
 * hyphenated first names, inflected surnames, a surname alone resolving to
 * the full name met earlier, common nouns that are no names. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "extract/extract.h"
#include "extract/wordlist.h"
#include "util/diag.h"

static extractor_t *X;
static char OUT[16384];

static int sink(const ev_event_t *ev, void *ctx)
{
    (void)ctx;
    size_t n = strlen(OUT);
    snprintf(OUT + n, sizeof OUT - n, "%s|%s|%s\n", ev->source, ev_relation_name(ev->relation), ev->target);
    return DN_OK;
}

static const char *run(const char *text)
{
    OUT[0] = '\0';
    extract_opts_t o;
    memset(&o, 0, sizeof o);
    assert_int_equal(extractor_run(X, "t", text, strlen(text), &o, sink, NULL), DN_OK);
    return OUT;
}

static int setup(void **st) { (void)st; return extractor_new("tests/fixtures/lexicon", &X); }
static int teardown(void **st) { (void)st; extractor_free(X); return 0; }

#define HAS(row) assert_non_null(strstr(OUT, row "\n"))
#define HASNT(row) assert_null(strstr(OUT, row))

static void test_title_honorific_name(void **st)
{
    (void)st;
    run("Der Besuch des Bundestagspräsidenten Herrn Norbert Lammert in Astana fand 2011 statt.");
    HAS("Norbert Lammert|visit|Kasachstan");
    HAS("Norbert Lammert|affiliation|Bundestag");
}

static void test_initial_resolves_to_office_holder(void **st)
{
    (void)st;
    run("Polen wurde 2008 von Bundeskanzlerin A. Merkel besucht.");
    HAS("Angela Merkel|visit|Polen");
}

static void test_unknown_name_with_particle_and_hyphen(void **st)
{
    (void)st;
    run("Der Besuch des Botschafters Jan-Peter van der Linden in Polen fand 2011 statt.");
    HAS("Jan-Peter van der Linden|visit|Polen");
}

static void test_surname_alone_and_genitive(void **st)
{
    (void)st;
    run("Herr Marek Nowakowski besuchte 2012 Kasachstan. Nowakowskis Besuch in Frankreich folgte 2013. "
        "Auch Nowakowski selbst besuchte 2014 China.");
    HAS("Marek Nowakowski|visit|Kasachstan");
    HAS("Marek Nowakowski|visit|Frankreich");
    HAS("Marek Nowakowski|visit|China");
    HASNT("Nowakowskis|");
}

static void test_untitled_name_and_common_nouns(void **st)
{
    (void)st;
    /* two unknown capitalised words make a name; sentence-initial common
     * words and nouns do not */
    run("Seit der Gründung besuchte Tomasz Wiśniewski im Jahr 2015 Frankreich.");
    HAS("Tomasz Wiśniewski|visit|Frankreich");
    HASNT("Seit der");
}

static void test_person_noun_introduces_a_name(void **st)
{
    (void)st;
    run("Am 3. Mai 2012 traf Präsident Emmanuel Macron in Warschau seinen Amtskollegen Andrzej Kowalczyk.");
    HAS("Emmanuel Macron|meeting|Andrzej Kowalczyk");
    HASNT("Amtskollegen");
}

static void test_wordlist_rule(void **st)
{
    (void)st;
    wordlist_t w;
    wordlist_init(&w);
    assert_int_equal(wordlist_load(&w, "/usr/share/dict/ngerman"), DN_OK);
    if (!wordlist_loaded(&w)) {
        print_message("skipped: /usr/share/dict/ngerman not installed (package wngerman)\n");
        wordlist_destroy(&w);
        return;
    }
    assert_true(wordlist_common(&w, "Besuche", strlen("Besuche")));
    assert_true(wordlist_common(&w, "Aufnahmen", strlen("Aufnahmen")));
    assert_true(wordlist_common(&w, "Zusammenarbeit", strlen("Zusammenarbeit")));
    assert_false(wordlist_common(&w, "Merkel", strlen("Merkel")));
    assert_false(wordlist_common(&w, "Nasarbajew", strlen("Nasarbajew")));
    wordlist_destroy(&w);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_title_honorific_name),
        cmocka_unit_test(test_initial_resolves_to_office_holder),
        cmocka_unit_test(test_unknown_name_with_particle_and_hyphen),
        cmocka_unit_test(test_surname_alone_and_genitive),
        cmocka_unit_test(test_untitled_name_and_common_nouns),
        cmocka_unit_test(test_person_noun_introduces_a_name),
        cmocka_unit_test(test_wordlist_rule),
    };
    return cmocka_run_group_tests_name("extract_names", tests, setup, teardown);
}
