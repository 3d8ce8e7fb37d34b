/* Tests of organisation names read from their shape (orgname.c) and of
 * offices given by apposition and preposition (apposition.c), on sentences
 * written for these tests, with the fixture lexicon. */
#include "extract_harness.h"

static void test_role_before_name_unknown_body(void **st)
{
    (void)st;
    run("Der Sprecher der polnischen Umweltbehörde, Herr Jan Nowicki, warnte am Montag.", "2011-05-04");
    HAS("Jan Nowicki|affiliation|Polnische Umweltbehörde||");
    /* the body, not only the state its adjective names */
    HASNT("Jan Nowicki|affiliation|Polen");
}

static void test_genitive_head_loses_its_s_adjective_gets_gender(void **st)
{
    (void)st;
    run("Frau Lena Bergström, Direktorin des Staatlichen Instituts für Meeresforschung, sagte das.", "");
    HAS("Lena Bergström|affiliation|Staatliches Institut für Meeresforschung||");
    run("Der Leiter des polnischen Wetterdienstes, Adam Kowal, gab Entwarnung.", "");
    HAS("Adam Kowal|affiliation|Polnischer Wetterdienst||");
}

static void test_name_von_body(void **st)
{
    (void)st;
    run("Herr Peter Lindqvist von der Universität Uppsala erklärte den Fund.", "");
    HAS("Peter Lindqvist|affiliation|Universität Uppsala||");
    run("Frau Mary Jones von der Ocean Research Foundation widersprach.", "");
    HAS("Mary Jones|affiliation|Ocean Research Foundation||");
}

static void test_apposition_after_name_with_listed_role(void **st)
{
    (void)st;
    /* the title chain names the state in the genitive */
    run("Herr Jan Novak, der Innenminister Serbiens, sagte das.", "");
    HAS("Jan Novak|affiliation|Serbien||");
}

static void test_class_noun_before_the_name(void **st)
{
    (void)st;
    run("Der Vorsitzende der Partei Nova Demokracija, Marko Petrov, trat zurueck.", "");
    HAS("Marko Petrov|affiliation|Nova Demokracija||");
}

static void test_acronym_prefix_of_a_title(void **st)
{
    (void)st;
    run("EHF-Präsident Michael Wiederer lobte die Halle.", "");
    HAS("Michael Wiederer|affiliation|EHF||");
    /* not a state the lexicon knows, not a prefix of two letters or less */
    run("Ex-Präsident Hans Muster lobte die Halle.", "");
    HASNT("|affiliation|Ex");
}

static void test_company_with_legal_form(void **st)
{
    (void)st;
    run("Der Vorstandsvorsitzende der Nordwind Energie AG, Klaus Brand, kündigte Stellen an.", "");
    HAS("Klaus Brand|affiliation|Nordwind Energie AG||");
}

/* A list is no apposition: "Name, Vertretern der X" (dative plural)
 * gives Name no office in X. */
static void test_list_member_is_no_apposition(void **st)
{
    (void)st;
    run("Sie sprach mit Herrn Otto Weber, Vertretern des Umweltforums Nord sowie Gästen.", "");
    HASNT("Otto Weber|affiliation");
}

/* A common noun alone is no organisation's name ("des Senders"). */
static void test_head_noun_alone_is_no_name(void **st)
{
    (void)st;
    run("Der Moderator des Senders, Tim Kraus, fragte nach.", "");
    HASNT("Tim Kraus|affiliation|Sender");
}

/* A state in an organisation: "das NATO-Mitglied Polen", a list after
 * "EU-Mitgliedstaaten", an apposition or predicate "Mitglied der NATO";
 * not "kein Mitglied", not a wish. */
static void test_member_states(void **st)
{
    (void)st;
    run("Das NATO-Mitglied Polen hat am Montag protestiert.", "");
    HAS("Polen|affiliation|NATO||");
    run("Die EU-Mitgliedstaaten Österreich, Griechenland und Polen stimmten zu.", "");
    HAS("Österreich|affiliation|Europäische Union||");
    HAS("Griechenland|affiliation|Europäische Union||");
    HAS("Polen|affiliation|Europäische Union||");
    run("Polen, ein Mitglied der NATO, stimmte zu.", "");
    HAS("Polen|affiliation|NATO||");
    run("Griechenland ist Mitglied der NATO und stimmte zu.", "");
    HAS("Griechenland|affiliation|NATO||");
    run("Serbien ist kein Mitglied der NATO.", "");
    HASNT("affiliation");
    run("Serbien will Mitglied der Europäischen Union werden.", "");
    HASNT("affiliation");
}

/* An office of no said state held by someone a visitor met on a visit to
 * a state is an office of that state; a visitor met at home is not. */
static void test_office_met_on_a_visit_is_the_host_states(void **st)
{
    (void)st;
    run("Bundeskanzler Paul Wendt besuchte am 3. Mai 2018 Polen und führte Gespräche mit "
        "Ministerpräsident Tomasz Wrona.", "");
    HAS("Tomasz Wrona|affiliation|Polen||");
    run("Bundeskanzler Paul Wendt reiste am 3. Mai 2018 nach Warschau. Dort traf er "
        "Innenminister Tomasz Wrona.", "");
    HAS("Tomasz Wrona|affiliation|Polen||");
}

/* One compound after a definite article is the body of a role
 * ("Vorsitzender der Wahlkommission"); a class noun, a party's compound
 * and a head alone are not. */
static void test_one_compound_body_of_a_role(void **st)
{
    (void)st;
    run("Herr Omar Kassab, Vorsitzender der Wahlkommission, verschob die Auszählung.", "");
    HAS("Omar Kassab|affiliation|Wahlkommission||");
    run("Der Direktor des Katastrophenamtes, Herr Somchai Rattana, warnte.", "");
    HAS("Somchai Rattana|affiliation|Katastrophenamt||");
    run("Herr Ole Brandt, ein Sprecher der Hilfsorganisation, sagte das.", "");
    HASNT("affiliation");
    run("Frau Ina Roth, Sprecherin der SPD-Bundestagsfraktion, sagte das.", "");
    HASNT("SPD-Bundestagsfraktion");
}

/* A minister of no said state who visits the text's one state is no
 * minister of it. */
static void test_visitor_is_foreign_to_the_state_visited(void **st)
{
    (void)st;
    run("Indien und Japan vertiefen ihre Zusammenarbeit. In Neu-Delhi wurde am Montag ein Abkommen "
        "vorgestellt. Bereits im Februar 2024 hatte Innenminister Lars Vogt Indien besucht.", "2024-05-06");
    HAS("Lars Vogt|visit|Indien|2024-02|");
    HASNT("Lars Vogt|affiliation|Indien");
}

/* A body whose name has a hyphen of its own before a person noun's
 * ("Al-Qaida-Führer") is read whole. */
static void test_hyphenated_body_before_a_title(void **st)
{
    (void)st;
    run("Der Al-Qaida-Führer Yusuf Haddad ist tot.", "");
    HAS("Yusuf Haddad|affiliation|Al-Qaida||");
}

/* An acronym before a noun for one person ("UNMISS-Vertreter X") names
 * the person's body; a medium ("TV-") or kin ("-Tochter") does not. */
static void test_acronym_prefix_of_a_person_noun(void **st)
{
    (void)st;
    run("Das sagte UNMISS-Vertreter Tom Lanzeri dem Fernsehsender.", "");
    HAS("Tom Lanzeri|affiliation|UNMISS||");
    run("Das sagte TV-Moderator Tom Lanzeri dem Fernsehsender.", "");
    HASNT("affiliation");
}

/* "Konzernchef X" with no body said: the one body the sentence names
 * before X, or else the one the sentence before names; not when two are
 * named; a description before a listed name is no part of it. */
static void test_office_of_the_body_just_named(void **st)
{
    (void)st;
    run("Die Fluggesellschaft Lufthansa erwägt eine Gebühr. Konzernchef Jan Berger sagte, sie sei klein.", "");
    HAS("Jan Berger|affiliation|Lufthansa||");
    HASNT("Fluggesellschaft Lufthansa");
    run("Die Lufthansa und der Internationale Währungsfonds stritten. Pressesprecher Jan Berger sagte das.", "");
    HASNT("affiliation");
    run("Die Lufthansa eröffnete das Werk. Oberbürgermeister Jan Berger sagte das.", "");
    HASNT("affiliation");
    /* two sentences back, when the one between names no body */
    run("Die Lufthansa erwägt eine Gebühr. Sie sei klein. Konzernchef Jan Berger sagte das.", "");
    HAS("Jan Berger|affiliation|Lufthansa||");
    /* "Personalvorstand" is a noun for a person, no part of the name */
    run("Die Lufthansa hält am Plan fest. An dem Treffen nahm Personalvorstand Jan Berger teil.", "");
    HAS("Jan Berger|affiliation|Lufthansa||");
    /* another body's office ("Militärchef") is not the firm's */
    run("Die Lufthansa erwägt eine Gebühr. Militärchef Jan Berger sagte das.", "");
    HASNT("affiliation");
}

/* "die SPD des Kanzlers X": a party named right before a person in the
 * genitive or with "von" is the person's; a body that is no party is not. */
static void test_party_of_a_person(void **st)
{
    (void)st;
    run("Die SPD des Bundeskanzlers Paul Wendt verlor die Wahl.", "");
    HAS("Paul Wendt|affiliation|SPD||");
    run("Die CDU von Herrn Jan Berger gewann die Wahl.", "");
    HAS("Jan Berger|affiliation|CDU||");
    run("Die Lufthansa von Herrn Jan Berger gewann den Preis.", "");
    HASNT("affiliation");
}

/* "X, jetzt Vorsitzender der sozialdemokratischen Partei SPD": an adverb
 * of time before the role, a class noun before the body's name. */
static void test_role_after_adverb_and_class_noun(void **st)
{
    (void)st;
    run("Herr Jan Berger, jetzt Vorsitzender der sozialistischen Partei SPD, sagte das in Berlin.", "");
    HAS("Jan Berger|affiliation|SPD||");
    run("Herr Jan Berger, seit 2019 Vorsitzender der CDU, sagte das in Berlin.", "");
    HAS("Jan Berger|affiliation|CDU||");
}

/* "X als polnischer Außenminister", "X als Außenminister Polens": the
 * state of the office held "als"; "als Gast" is none. */
static void test_office_held_as(void **st)
{
    (void)st;
    run("Im Juni 2000 sprach Herr Jan Nowak als polnischer Außenminister vor dem Parlament.", "");
    HAS("Jan Nowak|affiliation|Polen||");
    run("Im Juni 2000 sprach Herr Jan Nowak als Außenminister Polens vor dem Parlament.", "");
    HAS("Jan Nowak|affiliation|Polen||");
    run("Im Juni 2000 sprach Herr Jan Nowak als Gast vor dem Parlament.", "");
    HASNT("affiliation");
}

/* The deputy or successor of an office holder ("seinen Stellvertreter
 * X", "Berners Nachfolger Y") holds an office of the same state; an
 * "Amtskollege" does not. */
static void test_deputy_and_successor_share_the_office(void **st)
{
    (void)st;
    run("Der polnische Präsident Jan Nowak lässt sich durch seinen Stellvertreter Adam Kowal vertreten.", "");
    HAS("Adam Kowal|affiliation|Polen||");
    run("Der polnische Präsident Jan Nowak traf seinen Amtskollegen Adam Kowal.", "");
    HASNT("Adam Kowal|affiliation|Polen");
}

/* "X gehört der NATO an", "Der NATO gehören A und B an": the body in the
 * dative has the others as members; not "gehört nicht ... an", not "will
 * ... angehören". */
static void test_belonging_to_a_body(void **st)
{
    (void)st;
    run("Polen gehört seit 1999 der NATO an.", "");
    HAS("Polen|affiliation|NATO||");
    run("Der NATO gehören Griechenland und Polen an.", "");
    HAS("Griechenland|affiliation|NATO||");
    HAS("Polen|affiliation|NATO||");
    run("Serbien gehört der NATO nicht an.", "");
    HASNT("affiliation");
    run("Serbien will der Europäischen Union angehören.", "");
    HASNT("affiliation");
}

/* "der republikanische Senator X": the adjective names the listed
 * "Republikanische Partei" when the text names its state; an adjective
 * that names no listed party gives nothing. */
static void test_party_adjective_before_a_title(void **st)
{
    (void)st;
    run("In Washington kritisierte der republikanische Senator Tom Waller den Plan.", "");
    HAS("Tom Waller|affiliation|Republikanische Partei||");
    run("In Berlin kritisierte der republikanische Senator Tom Waller den Plan.", "");
    HASNT("Republikanische Partei");
    run("In Washington kritisierte der bayerische Senator Tom Waller den Plan.", "");
    HASNT("Partei");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_role_before_name_unknown_body),
        cmocka_unit_test(test_genitive_head_loses_its_s_adjective_gets_gender),
        cmocka_unit_test(test_name_von_body),
        cmocka_unit_test(test_apposition_after_name_with_listed_role),
        cmocka_unit_test(test_class_noun_before_the_name),
        cmocka_unit_test(test_acronym_prefix_of_a_title),
        cmocka_unit_test(test_company_with_legal_form),
        cmocka_unit_test(test_list_member_is_no_apposition),
        cmocka_unit_test(test_head_noun_alone_is_no_name),
        cmocka_unit_test(test_member_states),
        cmocka_unit_test(test_party_adjective_before_a_title),
        cmocka_unit_test(test_belonging_to_a_body),
        cmocka_unit_test(test_deputy_and_successor_share_the_office),
        cmocka_unit_test(test_office_held_as),
        cmocka_unit_test(test_role_after_adverb_and_class_noun),
        cmocka_unit_test(test_party_of_a_person),
        cmocka_unit_test(test_office_of_the_body_just_named),
        cmocka_unit_test(test_acronym_prefix_of_a_person_noun),
        cmocka_unit_test(test_hyphenated_body_before_a_title),
        cmocka_unit_test(test_visitor_is_foreign_to_the_state_visited),
        cmocka_unit_test(test_one_compound_body_of_a_role),
        cmocka_unit_test(test_office_met_on_a_visit_is_the_host_states),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
