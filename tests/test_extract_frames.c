/* Tests of the visit and meeting frames on constructions of news reports:
 * receptions with an object pronoun, pronouns that refer to the last
 * subject, verbs of motion, many events in one text.  Sentences written for
 * these tests; fixture lexicon. */
#include "extract_harness.h"

/* Regression reception_object_pronoun: "wo ihn X empfing" took "ihn" for
 * the subject, so the host was said to visit the guest's state. */
static void test_reception_with_object_pronoun(void **st)
{
    (void)st;
    run("Der polnische Präsident Lech Kaczyński reiste am 3. Mai 2008 nach Peking, wo ihn der chinesische "
        "Präsident Hu Jintao empfing.", "");
    HAS("Lech Kaczyński|visit|China|2008-05-03|");
    HASNT("Hu Jintao|visit|Polen");
}

/* Regression pronoun_prefers_subject: "ihn" after "A wurde von B
 * empfangen" is A, the subject, not B named last. */
static void test_pronoun_refers_to_last_subject(void **st)
{
    (void)st;
    run("Der argentinische Präsident Mauricio Macri wurde am 3. Mai 2017 in Warschau von Präsident Andrzej Duda "
        "empfangen. Am 4. Mai 2017 empfing ihn in Athen der griechische Präsident Prokopis Pavlopoulos.", "");
    HAS("Mauricio Macri|visit|Polen|2017-05-03|");
    HAS("Mauricio Macri|visit|Griechenland|2017-05-04|");
    HASNT("Andrzej Duda|visit|Griechenland");
}

static void test_greeting_is_a_reception(void **st)
{
    (void)st;
    run("Mit militärischen Ehren hat Bundespräsident Joachim Gauck den französischen Präsidenten François "
        "Hollande am 3. Mai 2013 in Berlin begrüßt.", "");
    HAS("Joachim Gauck|meeting|François Hollande|2013-05-03|");
    HAS("François Hollande|visit|Deutschland|2013-05-03|");
}

static void test_coming_to_a_place_is_travel(void **st)
{
    (void)st;
    run("Nach Astana gekommen waren am 3. Mai 2017 der chinesische Präsident Xi Jinping und der russische "
        "Präsident Wladimir Putin.", "");
    HAS("Xi Jinping|visit|Kasachstan|2017-05-03|");
    HAS("Wladimir Putin|visit|Kasachstan|2017-05-03|");
}

/* Regression travel_verb_object: a verb of motion has no object that is
 * its destination, and a person after "nach" is no destination. */
static void test_motion_verb_goes_to_places_only(void **st)
{
    (void)st;
    run("Im Finale kam Herr Jan Kowalski seinem Rivalen Herrn Piotr Nowak näher.", "");
    HASNT("|visit|");
    HASNT("|meeting|");
    run("Nach Frau Anna Weber landete Frau Eva Berger auf Platz zwei.", "");
    HASNT("|meeting|");
}

/* "kam nach Deutschland" without an office is a life story, not a visit. */
static void test_weak_motion_verb_needs_an_office(void **st)
{
    (void)st;
    run("Herr Ahmad Karimi kam 2008 nach Deutschland.", "");
    HASNT("|visit|");
    run("Der polnische Präsident Lech Kaczyński kam 2008 nach Deutschland.", "");
    HAS("Lech Kaczyński|visit|Deutschland|2008|");
}

/* Regression first_line_sentence_is_no_dateline: every visit of a text of
 * one-line sentences is found, not only the first. */
static void test_many_visits_one_per_line(void **st)
{
    (void)st;
    run("Außenminister Frank-Walter Steinmeier besuchte am 3. März 2015 Polen.\n"
        "Der polnische Präsident Andrzej Duda besuchte am 5. März 2015 China.\n"
        "Der französische Präsident François Hollande reiste am 7. März 2015 nach Argentinien.\n"
        "Bundeskanzlerin Angela Merkel besuchte am 9. März 2015 Jordanien.\n"
        "Sie reiste am 11. März 2015 nach Indien.\n", "");
    HAS("Frank-Walter Steinmeier|visit|Polen|2015-03-03|");
    HAS("Andrzej Duda|visit|China|2015-03-05|");
    HAS("François Hollande|visit|Argentinien|2015-03-07|");
    HAS("Angela Merkel|visit|Jordanien|2015-03-09|");
    HAS("Angela Merkel|visit|Indien|2015-03-11|");
}

/* The passive at the end of a subordinate clause: "nachdem sie von X
 * empfangen worden war". */
static void test_verb_final_passive_reception(void **st)
{
    (void)st;
    run("Die Außenministerin eröffnete am 7. Oktober 2009 die Botschaft in Astana, nachdem Frau Anna Lindqvist "
        "dort vom kasachischen Präsidenten Nursultan Nasarbajew empfangen worden war.", "");
    HAS("Nursultan Nasarbajew|meeting|Anna Lindqvist|2009-10-07|");
}

/* The nationality adjective of an office gives the guest's state even when
 * the office is not that state's ("den polnischen Vizekanzler"): received
 * abroad, the guest has visited. */
static void test_guest_state_from_adjective(void **st)
{
    (void)st;
    run("Im Mai 2018 empfing Präsident Nursultan Nasarbajew in Astana den polnischen Vizekanzler Jan Nowak.", "");
    HAS("Jan Nowak|visit|Kasachstan|2018-05|");
}

/* A verb-final separable verb is one word: "als sie ... zusammentrafen". */
static void test_verb_final_separable_verbs(void **st)
{
    (void)st;
    run("Am 3. Mai 2010 sprach Präsident Wladimir Putin in Moskau, während Präsident Nicolas Sarkozy in "
        "Athen mit dem griechischen Ministerpräsidenten Giorgos Papandreou zusammentraf.", "");
    HAS("Nicolas Sarkozy|meeting|Giorgos Papandreou|2010-05-03|");
}

/* Regression comma_main_clauses: "A besuchte X, B kam nach Y" took Y for
 * A's destination (and dropped it as A's own state). */
static void test_two_main_clauses_joined_by_comma(void **st)
{
    (void)st;
    run("Bundespräsident Joachim Gauck besuchte Kasachstan im Juni 2014, Präsident Nursultan Nasarbajew kam "
        "im Oktober 2015 zu einem Staatsbesuch nach Deutschland.", "");
    HAS("Joachim Gauck|visit|Kasachstan|2014-06|");
    HAS("Nursultan Nasarbajew|visit|Deutschland|2015-10|");
}

/* Regression pronoun_in_subject_sentence: "sie" in a clause after the
 * subject's sentence part is the subject, not the partner named last. */
static void test_pronoun_refers_to_sentence_subject(void **st)
{
    (void)st;
    run("Am 23. August 2018 besuchte Bundeskanzlerin Angela Merkel Polen und führte Gespräche mit Präsident "
        "Andrzej Duda, bevor sie nach Griechenland weiterreiste.", "");
    HAS("Angela Merkel|visit|Griechenland|2018-08-23|");
    HASNT("Andrzej Duda|visit|Griechenland");
}

/* Regression name_zu_common_noun: "Zewde zu Mittag" is no name. */
static void test_zu_before_common_noun_ends_a_name(void **st)
{
    (void)st;
    run("Am 3. Mai 2010 aß Präsident Nicolas Sarkozy mit Präsident Lech Kaczyński zu Mittag.", "");
    HASNT("Kaczyński zu Mittag");
}

/* "einen Besuch abstatten": the dative object is the one visited. */
static void test_paying_a_visit_to_a_person(void **st)
{
    (void)st;
    run("Der polnische Präsident Lech Kaczyński hat am 7. Mai 2009 Bundespräsident Horst Köhler einen Besuch "
        "abgestattet.", "");
    HAS("Lech Kaczyński|meeting|Horst Köhler|2009-05-07|");
    HAS("Lech Kaczyński|visit|Deutschland|2009-05-07|");
}

/* A speech before a body is a meeting with it; a reception "durch" a host
 * is a meeting with the host. */
static void test_speech_before_a_body_and_reception_by_a_host(void **st)
{
    (void)st;
    run("Der polnische Präsident Lech Kaczyński hielt am 6. Mai 2009 eine Rede vor dem Bundestag in Berlin.", "");
    HAS("Lech Kaczyński|meeting|Bundestag|2009-05-06|");
    HAS("Lech Kaczyński|visit|Deutschland|2009-05-06|");
    run("Beim Empfang durch Präsident Wladimir Putin in Moskau sprach der polnische Präsident Lech Kaczyński "
        "am 5. Mai 2009 über die Geschichte.", "");
    HAS("Wladimir Putin|meeting|Lech Kaczyński|2009-05-05|");
}

/* A possessive in a fronted phrase points forward to the subject. */
static void test_possessive_before_the_subject(void **st)
{
    (void)st;
    run("Präsident Lech Kaczyński besuchte 2009 Polen. Nach seinen Gesprächen mit Präsident Wladimir Putin "
        "in Moskau zog Präsident Nicolas Sarkozy am 11. Mai 2009 Bilanz.", "");
    HAS("Nicolas Sarkozy|meeting|Wladimir Putin|2009-05-11|");
    HAS("Nicolas Sarkozy|visit|Russland|2009-05-11|");
    HASNT("Lech Kaczyński|meeting|Wladimir Putin");
}

/* A main clause interrupted by a relative clause keeps its subjects; a
 * city's name after a first name is a surname. */
static void test_subject_list_around_a_relative_clause(void **st)
{
    (void)st;
    run("Am 3. Mai 2016 waren der polnische Präsident Andrzej Duda und Präsident Danilo Samara, der derzeit "
        "die NATO führt, nach Athen gereist.", "");
    HAS("Andrzej Duda|visit|Griechenland|2016-05-03|");
    HAS("Danilo Samara|visit|Griechenland|2016-05-03|");
}

/* Travel to the text's summit, a participant in a relative clause. */
static void test_summit_travel_and_relative_participant(void **st)
{
    (void)st;
    run("Am 3. Mai 2010 begann in Athen der Gipfel der NATO. Zum Gipfel war der polnische Präsident Lech "
        "Kaczyński nach Athen gereist. Der russische Präsident Dmitri Medwedew, der an dem Treffen teilnahm, "
        "sprach über Sicherheit.", "");
    HAS("Lech Kaczyński|meeting|NATO|2010-05-03|");
    HAS("Dmitri Medwedew|meeting|NATO|2010-05-03|");
}

/* "sein Gast", "ihren Gast": the last person named before the sentence who
 * is of another state than the host. */
static void test_guest_reference(void **st)
{
    (void)st;
    run("Der polnische Präsident Lech Kaczyński war am 3. Mai 2009 in Berlin gelandet. Am 4. Mai 2009 führten "
        "Bundespräsident Horst Köhler und sein Gast ein Gespräch. Am 5. Mai 2009 hatte Bundeskanzlerin Angela "
        "Merkel ihren Gast begrüßt.", "");
    HAS("Horst Köhler|meeting|Lech Kaczyński|2009-05-04|");
    HAS("Angela Merkel|meeting|Lech Kaczyński|2009-05-05|");
    HASNT("Angela Merkel|meeting|Horst Köhler");
}

/* Occurrences of row in OUT. */
static int count_rows(const char *row)
{
    int n = 0;
    for (const char *p = OUT; (p = strstr(p, row)); p += strlen(row)) n++;
    return n;
}

/* Regression summit_guest_twice: a guest of a summit was found by the
 * place he came to and again as a participant: two rows for one visit.
 * And the host, named "Präsident Kasachstans", met his own state. */
static void test_summit_guest_is_one_row(void **st)
{
    (void)st;
    run("Warschau (dpa) - Beim Gipfeltreffen in Warschau sagte Gastgeber Lech Kaczyński, Präsident "
        "Polens, die Runde sei erfolgreich gewesen. Nach Warschau gekommen waren auch die Präsidenten "
        "Frankreichs und Chinas, Nicolas Sarkozy und Hu Jintao.", "");
    assert_int_equal(count_rows("Nicolas Sarkozy|visit|Polen|"), 1);
    assert_int_equal(count_rows("Hu Jintao|visit|Polen|"), 1);
    HAS("Hu Jintao|meeting|Lech Kaczyński||");
    HASNT("Lech Kaczyński|meeting|Polen");
    /* two visits told at once stay two rows */
    run("Während der beiden Besuche des Präsidenten Lech Kaczyński in Kasachstan im Jahr 2008 wurde "
        "viel erreicht.", "");
    assert_int_equal(count_rows("Lech Kaczyński|visit|Kasachstan|2008|"), 2);
}

/* A meeting placed in a city is a visit to its state by each side from
 * elsewhere, whichever frame told the meeting (the bilateral adjective's
 * talks gave none before). */
static void test_meeting_in_a_city_is_a_visit(void **st)
{
    (void)st;
    run("Die kanadisch-chilenischen Gespräche in Wien endeten am 3. März 2009 ohne Ergebnis.", "");
    HAS("Kanada|meeting|Chile|2009-03-03|");
    HAS("Kanada|visit|Österreich|2009-03-03|");
    HAS("Chile|visit|Österreich|2009-03-03|");
}

/* ... but not in a sentence naming two cities, where a meeting's place may
 * be the other one's: Putin does not travel to Astana here, nor Tokajew
 * to Moscow. */
static void test_two_cities_give_no_presence(void **st)
{
    (void)st;
    run("Im November 2019 reiste der Schweizer Bundespräsident Ueli Maurer nach einem Besuch bei Präsident "
        "Wladimir Putin in Moskau nach Astana weiter und wurde von Präsident Kassym-Schomart Tokajew empfangen.", "");
    HAS("Ueli Maurer|visit|Kasachstan|2019-11|");
    HASNT("Wladimir Putin|visit|Kasachstan");
    HASNT("Kassym-Schomart Tokajew|visit|Russland");
}

/* "Die Reise führte ihn nach A, B und zuletzt nach C": a visit noun's
 * further "nach" phrases are destinations too, as a travel verb's. */
static void test_journey_noun_with_further_destinations(void **st)
{
    (void)st;
    run("Die Reise führte Präsident Emmanuel Macron im Mai 2018 nach Chile, Peru und zuletzt nach Kuba.", "");
    HAS("Emmanuel Macron|visit|Chile|2018-05|");
    HAS("Emmanuel Macron|visit|Peru|2018-05|");
    HAS("Emmanuel Macron|visit|Kuba|2018-05|");
}

/* "In Wien war er mit A zusammengetroffen, in Prag mit B": the verbless
 * part after the comma is a meeting of its own, at its own city; B did not
 * travel to the first city, the subject travelled to the second. */
static void test_gapped_meeting_at_another_city(void **st)
{
    (void)st;
    run("Zuvor war Präsident Emmanuel Macron am 6. Dezember 2019 in Wien mit Bundeskanzler Sebastian Kurz "
        "zusammengetroffen, in Prag mit Präsident Miloš Zeman.", "2019-12-10");
    HAS("Emmanuel Macron|visit|Österreich|2019-12-06|");
    HASNT("Miloš Zeman|visit|Österreich");
    HAS("Emmanuel Macron|meeting|Miloš Zeman|2019-12-06|");
    HAS("Emmanuel Macron|visit|Tschechien|2019-12-06|");
}

/* "besuchte die Holocaust-Gedenkstätte X": a memorial is visited, not met,
 * even when its name reads like a person's. */
static void test_memorial_is_no_one_met(void **st)
{
    (void)st;
    run("Warschau (dpa) – Am 7. Dezember 2015 besuchte Präsident Emmanuel Macron die Gedenkstätte Yad Vashem "
        "und traf Präsident Andrzej Duda.", "");
    HAS("Emmanuel Macron|meeting|Andrzej Duda|2015-12-07|");
    HASNT("Yad Vashem");
}

/* "war nacheinander in Wien, Prag und Warschau und sprach dort mit A, B
 * und C": partners of several states met in their own capitals were at
 * home; none travelled to the others' (one partner of the places, or two
 * of one state, keep their visits). */
static void test_partners_at_home_in_a_list_of_places(void **st)
{
    (void)st;
    run("Präsident Emmanuel Macron war im Mai 2018 nacheinander in Wien, Prag und Warschau zu Gast und hatte "
        "dort mit Bundeskanzler Sebastian Kurz, Präsident Miloš Zeman und Präsident Andrzej Duda gesprochen.", "");
    HAS("Emmanuel Macron|visit|Polen|2018-05|");
    HASNT("Andrzej Duda|visit");
    HASNT("Miloš Zeman|visit");
    HASNT("Sebastian Kurz|visit");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_reception_with_object_pronoun),
        cmocka_unit_test(test_pronoun_refers_to_last_subject),
        cmocka_unit_test(test_greeting_is_a_reception),
        cmocka_unit_test(test_coming_to_a_place_is_travel),
        cmocka_unit_test(test_motion_verb_goes_to_places_only),
        cmocka_unit_test(test_weak_motion_verb_needs_an_office),
        cmocka_unit_test(test_many_visits_one_per_line),
        cmocka_unit_test(test_verb_final_passive_reception),
        cmocka_unit_test(test_guest_state_from_adjective),
        cmocka_unit_test(test_verb_final_separable_verbs),
        cmocka_unit_test(test_two_main_clauses_joined_by_comma),
        cmocka_unit_test(test_pronoun_refers_to_sentence_subject),
        cmocka_unit_test(test_zu_before_common_noun_ends_a_name),
        cmocka_unit_test(test_paying_a_visit_to_a_person),
        cmocka_unit_test(test_speech_before_a_body_and_reception_by_a_host),
        cmocka_unit_test(test_possessive_before_the_subject),
        cmocka_unit_test(test_subject_list_around_a_relative_clause),
        cmocka_unit_test(test_summit_travel_and_relative_participant),
        cmocka_unit_test(test_guest_reference),
        cmocka_unit_test(test_summit_guest_is_one_row),
        cmocka_unit_test(test_meeting_in_a_city_is_a_visit),
        cmocka_unit_test(test_two_cities_give_no_presence),
        cmocka_unit_test(test_journey_noun_with_further_destinations),
        cmocka_unit_test(test_gapped_meeting_at_another_city),
        cmocka_unit_test(test_memorial_is_no_one_met),
        cmocka_unit_test(test_partners_at_home_in_a_list_of_places),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
