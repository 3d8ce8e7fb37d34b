/* Tests of the extractor's recall rules (rules_recall.c): events for every
 * participant named together, on sentences written for these tests, with
 * the fixture lexicon. */
#include "extract_harness.h"


static void test_summit_list_every_member(void **st)
{
    (void)st;
    run("Zum Gipfel der NATO in Athen kamen am 3. Mai 2010 unter anderem der französische Präsident "
        "Nicolas Sarkozy, der polnische Präsident Lech Kaczyński und der russische Präsident Dmitri Medwedew.", "");
    HAS("Nicolas Sarkozy|meeting|NATO|2010-05-03|");
    HAS("Lech Kaczyński|meeting|NATO|2010-05-03|");
    HAS("Dmitri Medwedew|meeting|NATO|2010-05-03|");
    HAS("Lech Kaczyński|visit|Griechenland|2010-05-03|");
    HAS("Dmitri Medwedew|visit|Griechenland|2010-05-03|");
    /* no clique among the participants */
    HASNT("Nicolas Sarkozy|meeting|Lech");
}

static void test_joint_signing_is_a_meeting_and_visits(void **st)
{
    (void)st;
    run("Am 3. Mai 2018 unterzeichneten der französische Präsident Emmanuel Macron und der "
        "russische Präsident Wladimir Putin in Wien einen Vertrag.", "");
    HAS("Emmanuel Macron|meeting|Wladimir Putin|2018-05-03|");
    HAS("Emmanuel Macron|visit|Österreich|2018-05-03|");
    HAS("Wladimir Putin|visit|Österreich|2018-05-03|");
}

static void test_travel_together_with(void **st)
{
    (void)st;
    run("Am 3. Mai 2018 reiste der französische Präsident Emmanuel Macron gemeinsam mit "
        "Bundeskanzlerin Angela Merkel nach Peking.", "");
    HAS("Emmanuel Macron|visit|China|2018-05-03|");
    HAS("Angela Merkel|visit|China|2018-05-03|");
    HASNT("Emmanuel Macron|meeting|Angela Merkel");
}

static void test_passive_reception_by_two_hosts(void **st)
{
    (void)st;
    run("Bundeskanzlerin Angela Merkel besuchte am 3. Mai 2018 Russland. Der Gast wurde vom Präsidenten "
        "Wladimir Putin und von Ministerpräsident Dmitri Medwedew empfangen.", "");
    HAS("Angela Merkel|visit|Russland|2018-05-03|");
    assert_true(strstr(OUT, "Wladimir Putin|meeting|Angela Merkel|2018-05-03|")
                || strstr(OUT, "Angela Merkel|meeting|Wladimir Putin|2018-05-03|"));
    assert_true(strstr(OUT, "Dmitri Medwedew|meeting|Angela Merkel|2018-05-03|")
                || strstr(OUT, "Angela Merkel|meeting|Dmitri Medwedew|2018-05-03|"));
    /* a proposal welcomed by two politicians is no reception */
    run("Bundeskanzlerin Angela Merkel besuchte am 3. Mai 2018 Russland. Der Vorschlag wurde vom "
        "Präsidenten Wladimir Putin und von Ministerpräsident Dmitri Medwedew begrüßt.", "");
    HASNT("Dmitri Medwedew|meeting");
    HASNT("Angela Merkel|meeting|Dmitri Medwedew");
}

static void test_journey_stops_and_wo_clause(void **st)
{
    (void)st;
    run("Präsident Nicolas Sarkozy war am 4. Mai 2010 in Berlin. Seine Reise führte ihn am 5. Mai 2010 "
        "nach Moskau zu Präsident Dmitri Medwedew und am 7. Mai 2010 nach Athen, wo er mit "
        "Ministerpräsident Antonis Samaras zusammentraf.", "");
    HAS("Nicolas Sarkozy|visit|Russland|2010-05-05|");
    HAS("Nicolas Sarkozy|meeting|Dmitri Medwedew|2010-05-05|");
    HAS("Nicolas Sarkozy|visit|Griechenland|2010-05-07|");
    HAS("Nicolas Sarkozy|meeting|Antonis Samaras|2010-05-07|");
}

static void test_delegation_led_by(void **st)
{
    (void)st;
    run("Eine Delegation unter Leitung von Bundeskanzlerin Angela Merkel besuchte am 3. Mai 2018 Polen.", "");
    HAS("Angela Merkel|visit|Polen|2018-05-03|");
}

static void test_several_years_after_pronoun(void **st)
{
    (void)st;
    run("Präsident Emmanuel Macron wurde am 3. Mai 2018 in Warschau empfangen. Zuvor war er 2012, "
        "2014 und 2016 zu Gast in Polen.", "");
    HAS("Emmanuel Macron|visit|Polen|2012|");
    HAS("Emmanuel Macron|visit|Polen|2014|");
    HAS("Emmanuel Macron|visit|Polen|2016|");
}

static void test_no_sharing_into_the_list_itself(void **st)
{
    (void)st;
    /* "A und B trafen sich": one meeting, no member meets itself or the
     * partner twice */
    run("Präsident Emmanuel Macron und Präsident Wladimir Putin trafen sich am 3. Mai 2018 in Paris.", "");
    HAS("Wladimir Putin|visit|Frankreich|2018-05-03|");
    HASNT("Emmanuel Macron|visit|Frankreich");
    HASNT("Wladimir Putin|meeting|Emmanuel Macron");
}

static void test_joint_action_and_talking_together(void **st)
{
    (void)st;
    run("Am 3. Mai 2018 feierte Papst Franziskus in Warschau gemeinsam mit Präsident Lech Kaczyński "
        "eine Messe.", "");
    HAS("Franziskus|meeting|Lech Kaczyński|2018-05-03|");
    HAS("Franziskus|visit|Polen|2018-05-03|");
    HASNT("Lech Kaczyński|visit|Polen");
    run("Präsident Emmanuel Macron und Präsident Wladimir Putin haben am 3. Mai 2018 in Wien "
        "miteinander gesprochen.", "");
    HAS("Emmanuel Macron|meeting|Wladimir Putin|2018-05-03|");
    HAS("Emmanuel Macron|visit|Österreich|2018-05-03|");
    HAS("Wladimir Putin|visit|Österreich|2018-05-03|");
    /* a plan is no event */
    run("Präsident Emmanuel Macron will am 3. Mai 2018 gemeinsam mit Präsident Wladimir Putin "
        "in Wien eine Erklärung abgeben.", "");
    HASNT("Emmanuel Macron|meeting");
}

static void test_travel_noun_with_wo_clause_subject(void **st)
{
    (void)st;
    run("Im Juni 2019 folgten Reisen nach Athen, wo Präsident Emmanuel Macron mit Ministerpräsident "
        "Antonis Samaras zusammentraf.", "");
    HAS("Emmanuel Macron|visit|Griechenland|2019-06|");
    HAS("Emmanuel Macron|meeting|Antonis Samaras|2019-06|");
}

static void test_delegation_leader_meets(void **st)
{
    (void)st;
    run("Eine Delegation unter Leitung von Präsident Nicolas Sarkozy traf am 3. Mai 2010 in Warschau "
        "mit Präsident Lech Kaczyński zusammen.", "");
    HAS("Nicolas Sarkozy|visit|Polen|2010-05-03|");
    HAS("Nicolas Sarkozy|meeting|Lech Kaczyński|2010-05-03|");
}

static void test_represented_at_a_summit(void **st)
{
    (void)st;
    run("Zum Gipfel der NATO in Athen kamen am 3. Mai 2010 Präsident Nicolas Sarkozy und Präsident "
        "Dmitri Medwedew. Polens Präsident Lech Kaczyński ließ sich durch Botschafter Jan Nowak "
        "vertreten.", "");
    HAS("Nicolas Sarkozy|meeting|NATO|2010-05-03|");
    HAS("Jan Nowak|meeting|NATO|2010-05-03|");
    HAS("Jan Nowak|visit|Griechenland|2010-05-03|");
    HASNT("Lech Kaczyński|meeting|NATO");
    HASNT("Lech Kaczyński|visit|Griechenland");
}

static void test_governments_meet(void **st)
{
    (void)st;
    run("Am 3. Mai 2018 trafen sich in Warschau die Regierungen Deutschlands und Polens zu "
        "Konsultationen.", "");
    HAS("Deutschland|meeting|Polen|2018-05-03|");
    HAS("Deutschland|visit|Polen|2018-05-03|");
    run("Bundeskanzlerin Angela Merkel besuchte am 2. Mai 2018 Polen. Am 3. Mai 2018 kamen die "
        "Kabinette beider Länder in Warschau zu Konsultationen zusammen.", "");
    HAS("Deutschland|meeting|Polen|2018-05-03|");
    /* a plan is no event */
    run("Die Regierungen Deutschlands und Polens sollen sich am 3. Mai 2018 in Warschau treffen.", "");
    HASNT("Deutschland|meeting|Polen");
}

static void test_participants_around_a_relative_clause(void **st)
{
    (void)st;
    run("Der Gipfel der NATO fand am 3. Mai 2010 in Athen statt. Daran nahmen Präsident Nicolas Sarkozy, "
        "der von Beratern begleitet wurde, Präsident Dmitri Medwedew und Präsident Lech Kaczyński teil.", "");
    HAS("Nicolas Sarkozy|meeting|NATO|2010-05-03|");
    HAS("Dmitri Medwedew|meeting|NATO|2010-05-03|");
    HAS("Lech Kaczyński|meeting|NATO|2010-05-03|");
    HAS("Lech Kaczyński|visit|Griechenland|2010-05-03|");
}

static void test_two_dates_two_meetings(void **st)
{
    (void)st;
    run("Bundeskanzlerin Angela Merkel traf am 3. März 2015 und am 9. Oktober 2015 in Warschau mit "
        "Präsident Lech Kaczyński zusammen.", "");
    HAS("Angela Merkel|meeting|Lech Kaczyński|2015-03-03|");
    HAS("Angela Merkel|meeting|Lech Kaczyński|2015-10-09|");
    HAS("Angela Merkel|visit|Polen|2015-10-09|");
    /* a span is one event */
    run("Bundeskanzlerin Angela Merkel weilte vom 3. bis 5. März 2015 in Warschau.", "");
    HAS("Angela Merkel|visit|Polen|2015-03-03|2015-03-05");
    HASNT("Angela Merkel|visit|Polen|2015-03-05|");
}

static void test_presence_in_a_city_abroad(void **st)
{
    (void)st;
    run("Präsident Emmanuel Macron sprach am 3. Mai 2018 in Athen vor Studenten.", "");
    HAS("Emmanuel Macron|visit|Griechenland|2018-05-03|");
    run("Präsident Emmanuel Macron kam am 9. Juli 2018 nach Moskau.", "");
    HAS("Emmanuel Macron|visit|Russland|2018-07-09|");
    run("Präsident Emmanuel Macron nahm am 9. Juli 2018 an einer Tagung in Wien teil.", "");
    HAS("Emmanuel Macron|visit|Österreich|2018-07-09|");
    /* at home, or speaking about a place, is no visit */
    run("Präsident Emmanuel Macron sprach am 3. Mai 2018 in Paris vor Studenten.", "");
    HASNT("Emmanuel Macron|visit");
    run("Präsident Emmanuel Macron sprach sich am 3. Mai 2018 in Athen gegen Zölle aus.", "");
    HASNT("Emmanuel Macron|visit");
}

static void test_reception_takes_the_visit_date(void **st)
{
    (void)st;
    run("Präsident Emmanuel Macron besuchte am 3. Mai 2018 Polen. Anschließend wurde er von Präsident "
        "Lech Kaczyński empfangen.", "");
    HAS("Emmanuel Macron|visit|Polen|2018-05-03|");
    assert_true(strstr(OUT, "Lech Kaczyński|meeting|Emmanuel Macron|2018-05-03|")
                || strstr(OUT, "Emmanuel Macron|meeting|Lech Kaczyński|2018-05-03|"));
}

static void test_coordinated_subjects_came_together(void **st)
{
    (void)st;
    run("Präsident Emmanuel Macron und Präsident Wladimir Putin sind am 3. Mai 2018 in Wien unter "
        "vier Augen zusammengekommen.", "");
    HAS("Emmanuel Macron|meeting|Wladimir Putin|2018-05-03|");
    HAS("Wladimir Putin|visit|Österreich|2018-05-03|");
}

static void test_delegation_of_a_state_visits_the_host(void **st)
{
    (void)st;
    run("Am 3. Mai 2018 trafen sich in Wien Vertreter der Staaten Polen und China.", "");
    HAS("Polen|meeting|China|2018-05-03|");
    HAS("Polen|visit|Österreich|2018-05-03|");
    HAS("China|visit|Österreich|2018-05-03|");
}

static void test_the_two_meet_again(void **st)
{
    (void)st;
    run("Präsident Emmanuel Macron traf am 3. Mai 2018 in Paris Präsident Lech Kaczyński. Die beiden "
        "kamen am 5. Mai 2018 in Warschau erneut zusammen.", "");
    HAS("Emmanuel Macron|meeting|Lech Kaczyński|2018-05-03|");
    HAS("Emmanuel Macron|meeting|Lech Kaczyński|2018-05-05|");
    HAS("Emmanuel Macron|visit|Polen|2018-05-05|");
    HASNT("Lech Kaczyński|visit|Polen");
}

static void test_list_of_destinations(void **st)
{
    (void)st;
    run("Im Mai 2018 besuchte Präsident Emmanuel Macron Polen und Griechenland.", "");
    HAS("Emmanuel Macron|visit|Polen|2018-05|");
    HAS("Emmanuel Macron|visit|Griechenland|2018-05|");
    run("Präsident Emmanuel Macron besuchte am 3. Mai 2018 Polen, wo er mit Präsident Lech Kaczyński "
        "zusammentraf.", "");
    HAS("Emmanuel Macron|meeting|Lech Kaczyński|2018-05-03|");
}

/* "März 2016: Bundespräsident X in Prag": a dated chronology entry naming,
 * without a verb, a person of a known state and a city of another is a
 * stay there; not with a verb of its own, not without a date. */
static void test_telegraphic_stay(void **st)
{
    (void)st;
    run("Besuche\n\nMärz 2016: Bundespräsident Joachim Gauck in Prag, Gespräch mit Studenten\n", "");
    HAS("Joachim Gauck|visit|Tschechien|2016-03|");
    run("Besuche\n\nMärz 2016: Bundespräsident Joachim Gauck warnte vor Unruhen in Prag.\n", "");
    HASNT("Joachim Gauck|visit");
    run("Bundespräsident Joachim Gauck in Prag\n", "");
    HASNT("Joachim Gauck|visit");
}

/* "unterzeichneten A (Chile), B (Peru) und Gastgeber C (Argentinien)": the
 * others meet the host named in the list and visit his state; not one
 * another. */
static void test_host_inside_a_list(void **st)
{
    (void)st;
    run("Buenos Aires (dpa) – Im Nationalpalast unterzeichneten am 7. August 2015 Michelle Bachelet (Chile), "
        "Ollanta Humala (Peru) und Gastgeberin Cristina Kirchner (Argentinien) ein Abkommen.", "2015-08-08");
    HAS("Michelle Bachelet|meeting|Cristina Kirchner|2015-08-07|");
    HAS("Ollanta Humala|visit|Argentinien|2015-08-07|");
    HASNT("Michelle Bachelet|meeting|Ollanta Humala");
    HASNT("Ollanta Humala|meeting|Michelle Bachelet");
}

/* Regression speech_visit: a speech before a foreign parliament that the
 * speech frame told as a meeting gave no visit ("hat vor dem kasachischen
 * Parlament in Astana gesprochen"). */
static void test_speech_before_a_foreign_parliament(void **st)
{
    (void)st;
    run("Astana (dpa) – Der polnische Präsident Lech Kaczyński hat am Dienstag vor dem kasachischen Parlament in "
        "Astana gesprochen.", "2008-05-07");
    HAS("Lech Kaczyński|meeting|Parlament der Republik Kasachstan|2008-05-06|");
    HAS("Lech Kaczyński|visit|Kasachstan|2008-05-06|");
}

/* "in Begleitung von X": the companion travelled too, from the
 * traveller's state when the text does not say X's; "A wurde von B nach
 * Warschau begleitet": both travelled there; a negated escort, nobody. */
static void test_companions_travel_too(void **st)
{
    (void)st;
    run("Bundeskanzler Olaf Scholz besuchte am 2. Juni 2022 in Begleitung von Berater Jan Hecker Polen.", "");
    HAS("Olaf Scholz|visit|Polen|2022-06-02|");
    HAS("Jan Hecker|visit|Polen|2022-06-02|");
    run("Bundeskanzler Olaf Scholz wurde am 4. Juni 2022 von Staatssekretär Jan Hecker nach Warschau begleitet.", "");
    HAS("Olaf Scholz|visit|Polen|2022-06-04|");
    HAS("Jan Hecker|visit|Polen|2022-06-04|");
    run("Bundeskanzler Olaf Scholz wurde am 4. Juni 2022 nicht von Staatssekretär Jan Hecker nach Warschau "
        "begleitet.", "");
    HASNT("Jan Hecker|visit");
}

/* Signers meet even when one of them has no state ("Rebellenführer X"),
 * so that no state agreement is made; a signing only planned or
 * negated is none. */
static void test_signers_without_a_state_meet(void **st)
{
    (void)st;
    run("Präsident Nursultan Nasarbajew und Rebellenführer Jan Malek unterzeichneten am 3. Mai 2010 in Warschau "
        "ein Abkommen.", "");
    HAS("Nursultan Nasarbajew|meeting|Jan Malek|2010-05-03|");
    HAS("Nursultan Nasarbajew|visit|Polen|2010-05-03|");
    run("Präsident Nursultan Nasarbajew und Rebellenführer Jan Malek unterzeichneten am 3. Mai 2010 in Warschau "
        "kein Abkommen.", "");
    HASNT("|meeting|");
    run("Präsident Nursultan Nasarbajew und Rebellenführer Jan Malek wollen am 3. Mai 2010 in Warschau "
        "ein Abkommen unterzeichnen.", "");
    HASNT("|meeting|");
}

/* "X kündigte am Rande des Gipfels an": X was at the text's summit
 * (meets its organiser, visits its host state); the host state's own
 * people are at home. */
static void test_at_the_margin_of_the_summit(void **st)
{
    (void)st;
    run("Am 3. Mai 2010 begann in Warschau der Gipfel der NATO. Bundeskanzler Olaf Scholz kündigte am Rande "
        "des Gipfels Reformen an. Präsident Lech Kaczyński kündigte am Rande des Treffens Reformen an.",
        "");
    HAS("Olaf Scholz|meeting|NATO|2010-05-03|");
    HAS("Olaf Scholz|visit|Polen|2010-05-03|");
    HASNT("Lech Kaczyński|meeting|NATO");
}

/* "Auch Kuwait und der Irak waren vertreten": with no person named, the
 * states attend the text's summit; and "A, König B von Jordanien und
 * König C von Dänemark nahmen teil": each "X von <Staat>" stays in the
 * list of participants. */
static void test_states_represented_at_a_summit(void **st)
{
    (void)st;
    run("An dem Gipfel der NATO in Warschau nahmen am 3. Mai 2010 Präsident Nursultan Nasarbajew, "
        "König Ali Bakr von Jordanien und König Sven Alm von Dänemark teil. Auch Japan und Indien waren vertreten.",
        "");
    HAS("Nursultan Nasarbajew|meeting|NATO|2010-05-03|");
    HAS("Ali Bakr|meeting|NATO|2010-05-03|");
    HAS("Sven Alm|meeting|NATO|2010-05-03|");
    HAS("Japan|meeting|NATO|2010-05-03|");
    HAS("Indien|visit|Polen|2010-05-03|");
    run("An dem Gipfel der NATO in Warschau nahmen am 3. Mai 2010 Präsident Nursultan Nasarbajew teil. "
        "Japan war nicht vertreten.", "");
    HASNT("Japan|meeting");
}

/* "vorbereitet von X selbst, der von Polen aus nach Peking geflogen war":
 * the relative clause's subject is the antecedent over "selbst"; setting
 * off "von <Staat> aus" abroad is a visit there too. */
static void test_journey_from_a_foreign_state(void **st)
{
    (void)st;
    run("Vorbereitet worden war die Reise im Juli 2010 vom deutschen Außenminister Jan Hecker selbst, der damals von "
        "Polen aus heimlich nach Peking geflogen war.", "");
    HAS("Jan Hecker|visit|China|2010-07|");
    HAS("Jan Hecker|visit|Polen|2010-07|");
    run("Außenminister Olaf Scholz flog im Juli 2010 von Berlin aus nach Peking.", "");
    HAS("Olaf Scholz|visit|China|2010-07|");
    HASNT("Olaf Scholz|visit|Deutschland");
}

/* "Zur Begleitung des Regierungschefs gehören A und B": the members of
 * the entourage of the leader named in the genitive made his visit; a
 * holder whose terms all ended while his state was part of a former one
 * (Gromyko, Russland in the lexicon) belongs to the former state. */
static void test_entourage_of_a_leader(void **st)
{
    (void)st;
    run("Präsident Nursultan Nasarbajew ist am 3. Mai 1959 in Polen eingetroffen. Zur Begleitung des Präsidenten "
        "gehören Außenminister Andrej Gromyko und Berater Jan Malek.", "");
    HAS("Nursultan Nasarbajew|visit|Polen|1959-05-03|");
    HAS("Andrej Gromyko|visit|Polen|1959-05-03|");
    HAS("Andrej Gromyko|affiliation|Sowjetunion||");
    HASNT("Andrej Gromyko|affiliation|Russland");
}

/* "Begleitet wird der Präsident von X": present passive too, and a role
 * noun no mention resolves is the one traveller of the last sentences. */
static void test_escorts_of_the_traveller(void **st)
{
    (void)st;
    run("Präsident Nursultan Nasarbajew ist am 3. Mai 2010 in Polen eingetroffen. Eine Kapelle spielte die "
        "Hymnen. Begleitet wird der Präsident von Außenminister Jan Hecker.", "");
    HAS("Jan Hecker|visit|Polen|2010-05-03|");
}

/* "A und B kamen im Beisein von C zusammen": the witness meets each. */
static void test_witness_of_a_meeting(void **st)
{
    (void)st;
    run("Präsident Nursultan Nasarbajew und Präsident Lech Kaczyński kamen am 3. Mai 2010 in Warschau im Beisein "
        "von Präsident Wladimir Putin zusammen.", "");
    HAS("Nursultan Nasarbajew|meeting|Lech Kaczyński|2010-05-03|");
    HAS("Nursultan Nasarbajew|meeting|Wladimir Putin|2010-05-03|");
    HAS("Lech Kaczyński|meeting|Wladimir Putin|2010-05-03|");
}

/* "A und Berater B reisten nach X" ("eine Delegation unter A und B
 * reiste nach X"): a member of the list whose state the text does not
 * say travels with its first member, from that one's state. */
static void test_list_member_of_unknown_state_travels_along(void **st)
{
    (void)st;
    run("Ende Juni 2010 reiste dann eine kasachische Delegation unter Leitung von Präsident Nursultan Nasarbajew "
        "und Präsidentenberater Adam Nowak nach Warschau, wo sie von Präsident Lech Kaczyński empfangen wurde.", "");
    HAS("Nursultan Nasarbajew|visit|Polen|2010-06|");
    HAS("Adam Nowak|visit|Polen|2010-06|");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_summit_list_every_member),
        cmocka_unit_test(test_joint_signing_is_a_meeting_and_visits),
        cmocka_unit_test(test_travel_together_with),
        cmocka_unit_test(test_passive_reception_by_two_hosts),
        cmocka_unit_test(test_journey_stops_and_wo_clause),
        cmocka_unit_test(test_delegation_led_by),
        cmocka_unit_test(test_several_years_after_pronoun),
        cmocka_unit_test(test_no_sharing_into_the_list_itself),
        cmocka_unit_test(test_joint_action_and_talking_together),
        cmocka_unit_test(test_travel_noun_with_wo_clause_subject),
        cmocka_unit_test(test_delegation_leader_meets),
        cmocka_unit_test(test_represented_at_a_summit),
        cmocka_unit_test(test_governments_meet),
        cmocka_unit_test(test_participants_around_a_relative_clause),
        cmocka_unit_test(test_two_dates_two_meetings),
        cmocka_unit_test(test_presence_in_a_city_abroad),
        cmocka_unit_test(test_reception_takes_the_visit_date),
        cmocka_unit_test(test_coordinated_subjects_came_together),
        cmocka_unit_test(test_delegation_of_a_state_visits_the_host),
        cmocka_unit_test(test_the_two_meet_again),
        cmocka_unit_test(test_list_of_destinations),
        cmocka_unit_test(test_telegraphic_stay),
        cmocka_unit_test(test_host_inside_a_list),
        cmocka_unit_test(test_speech_before_a_foreign_parliament),
        cmocka_unit_test(test_companions_travel_too),
        cmocka_unit_test(test_signers_without_a_state_meet),
        cmocka_unit_test(test_at_the_margin_of_the_summit),
        cmocka_unit_test(test_states_represented_at_a_summit),
        cmocka_unit_test(test_journey_from_a_foreign_state),
        cmocka_unit_test(test_entourage_of_a_leader),
        cmocka_unit_test(test_escorts_of_the_traveller),
        cmocka_unit_test(test_witness_of_a_meeting),
        cmocka_unit_test(test_list_member_of_unknown_state_travels_along),
    };
    return cmocka_run_group_tests_name("extract_recall", tests, setup, teardown);
}
