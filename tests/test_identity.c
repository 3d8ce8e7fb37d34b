/* Tests of src/ident/identity and registry: one actor, one node across
 * inflection, language, script and source; different people stay apart;
 * --aliases merges and splits; the mixed fixture (German text, GDELT and
 * ICEWS rows about the same actors) gives one node per actor. */
#include "testutil.h"

#include "ident/identity.h"

#define REGISTRY "data/lexicon/actors.tsv"

static ident_t *open_ident(ident_lang_t lang)
{
    ident_t *id = NULL;
    assert_int_equal(ident_new(REGISTRY, lang, &id), DN_OK);
    return id;
}

/* The registry id a name resolves to ("" when none). */
static const char *id_of(ident_t *id, const char *name, ev_kind_t kind)
{
    static char out[128];
    net_resolved_t r;
    assert_int_equal(ident_resolve(id, name, kind, &r), DN_OK);
    snprintf(out, sizeof out, "%s", r.id);
    return out;
}

static void test_states_in_both_languages(void **state)
{
    (void)state;
    ident_t *id = open_ident(IDENT_DE);
    const ev_kind_t S = EV_KIND_STATE;
    assert_string_equal(id_of(id, "Deutschland", S), "DEU");
    assert_string_equal(id_of(id, "Germany", S), "DEU");
    assert_string_equal(id_of(id, "Bundesrepublik Deutschland", S), "DEU");
    assert_string_equal(id_of(id, "DEU", S), "DEU");
    assert_string_equal(id_of(id, "Russland", S), "RUS");
    assert_string_equal(id_of(id, "Russia", S), "RUS");
    assert_string_equal(id_of(id, "Russische Föderation", S), "RUS");
    assert_string_equal(id_of(id, "Vereinigte Staaten", S), "USA");
    assert_string_equal(id_of(id, "United States", S), "USA");
    assert_string_equal(id_of(id, "KAZ", S), "KAZ");
    assert_string_equal(id_of(id, "Kazakhstan", S), "KAZ");
    assert_string_equal(id_of(id, "Kasachstans", S), "KAZ"); /* genitive */
    assert_string_equal(id_of(id, "KASACHSTAN", S), "KAZ");
    /* CAMEO's older code for Romania */
    assert_string_equal(id_of(id, "ROM", S), "ROU");
    ident_free(id);
}

static void test_persons_across_spellings(void **state)
{
    (void)state;
    ident_t *id = open_ident(IDENT_DE);
    const ev_kind_t P = EV_KIND_PERSON;
    const char *putin = "Q7747";
    assert_string_equal(id_of(id, "Wladimir Putin", P), putin);
    assert_string_equal(id_of(id, "Vladimir Putin", P), putin);
    assert_string_equal(id_of(id, "Владимир Путин", P), putin);
    assert_string_equal(id_of(id, "VLADIMIR PUTIN", P), putin);
    assert_string_equal(id_of(id, "Sergei Lawrow", P), "p:sergei-lawrow");
    assert_string_equal(id_of(id, "Sergey Lavrov", P), "p:sergei-lawrow");
    assert_string_equal(id_of(id, "Сергей Лавров", P), "p:sergei-lawrow");
    assert_string_equal(id_of(id, "Nursultan Nazarbayev", P),
                        "p:nursultan-nasarbajew");
    assert_string_equal(id_of(id, "Нурсултан Назарбаев", P),
                        "p:nursultan-nasarbajew");
    assert_string_equal(id_of(id, "Kassym-Jomart Tokajew", P),
                        "p:kassym-schomart-tokajew");
    /* an initial and a last name, the registry knowing one such person */
    assert_string_equal(id_of(id, "B. Sagintayev", P), "p:bakytschan-sagintajew");
    /* a person name never resolves to a state and back */
    assert_string_equal(id_of(id, "Georgia", P), "");
    ident_free(id);
}

static void test_different_people_stay_apart(void **state)
{
    (void)state;
    ident_t *id = open_ident(IDENT_DE);
    const ev_kind_t P = EV_KIND_PERSON;
    assert_string_equal(id_of(id, "George W. Bush", P), "Q207");
    assert_string_equal(id_of(id, "George H. W. Bush", P), "Q23505");
    /* "Bush" alone: two registry persons, no guess */
    assert_string_equal(id_of(id, "Bush", P), "");
    /* the daughter is not the father */
    assert_string_equal(id_of(id, "Dariga Nasarbajewa", P), "");
    assert_string_equal(id_of(id, "Dariga Nazarbayeva", P), "");
    /* a last name the registry makes unique */
    assert_string_equal(id_of(id, "Merkel", P), "Q567");
    /* unknown names stay as they are */
    net_resolved_t r;
    assert_int_equal(ident_resolve(id, "Erika Mustermann", P, &r), DN_OK);
    assert_string_equal(r.label, "Erika Mustermann");
    assert_string_equal(r.id, "");
    ident_free(id);
}

static void test_sectors_and_codes(void **state)
{
    (void)state;
    ident_t *id = open_ident(IDENT_DE);
    const ev_kind_t I = EV_KIND_INSTITUTION;
    net_resolved_t r;
    /* a sector the registry names: the government itself */
    assert_string_equal(id_of(id, "Government (Germany)", I), "i:bundesregierung");
    /* otherwise a sector of the state, id from ISO code + CAMEO type */
    assert_int_equal(ident_resolve(id, "Police (Germany)", I, &r), DN_OK);
    assert_string_equal(r.id, "DEU:COP");
    assert_string_equal(r.label, "Polizei (Deutschland)");
    assert_string_equal(id_of(id, "DEUCOP", I), "DEU:COP");
    assert_string_equal(id_of(id, "Police (Deutschland)", I), "DEU:COP");
    /* not a state in parentheses: stays as it is */
    assert_string_equal(id_of(id, "Party (Something)", I), "");
    ident_free(id);
    id = open_ident(IDENT_EN);
    assert_int_equal(ident_resolve(id, "Polizei (Deutschland)", I, &r), DN_OK);
    assert_string_equal(r.label, "Police (Germany)");
    assert_int_equal(ident_resolve(id, "Russland", EV_KIND_STATE, &r), DN_OK);
    assert_string_equal(r.label, "Russia");
    ident_free(id);
}

/* A network of events given as "source|kind|target|kind" lines. */
static void build(ident_t *id, net_t *net, const char *const *rows, size_t n)
{
    net_init(net, NULL);
    net_set_resolver(net, ident_resolve, id);
    for (size_t i = 0; i < n; i++) {
        char buf[256];
        snprintf(buf, sizeof buf, "%s", rows[i]);
        char *f[4], *p = buf;
        for (int k = 0; k < 4; k++) {
            f[k] = p;
            p = strchr(p, '|');
            if (p) *p++ = '\0';
        }
        ev_event_t ev;
        memset(&ev, 0, sizeof ev);
        ev.source = f[0];
        ev.source_kind = (ev_kind_t)ev_kind_parse(f[1], strlen(f[1]));
        ev.target = f[2];
        ev.target_kind = (ev_kind_t)ev_kind_parse(f[3], strlen(f[3]));
        ev.relation = EV_REL_MEETING;
        ev.doc = "t";
        ev.line = (long)i + 1;
        assert_int_equal(net_add_event(&ev, net), DN_OK);
    }
    assert_int_equal(ident_unify(id, net), DN_OK);
}

static void test_input_makes_unique(void **state)
{
    (void)state;
    ident_t *id = open_ident(IDENT_DE);
    static const char *const rows[] = {
        "Bush|person|Deutschland|state",
        "George W. Bush|person|Germany|state",
        "D. Nasarbajewa|person|Kasachstan|state",
        "Dariga Nasarbajewa|person|Russland|state",
        "Dmitri Testowitsch|person|Russland|state",   /* unknown, German */
        "Dmitry Testovich|person|Germany|state",      /* the same, English */
        "Nursultan Nasarbajew|person|Deutschland|state",
        /* equal keys, but no German/English convention difference: two */
        "Peter Sander|person|Deutschland|state",
        "Peter Zander|person|Deutschland|state",
    };
    net_t net;
    build(id, &net, rows, sizeof rows / sizeof rows[0]);
    assert_true(net_find_actor(&net, "Peter Sander", -1) !=
                net_find_actor(&net, "Peter Zander", -1));
    /* Bush -> the one Bush of the input; D. Nasarbajewa -> Dariga; the two
     * transliterations of one unknown name -> one; Nasarbajew apart */
    assert_int_equal(net.nactors, 9);
    long bush = net_find_actor(&net, "Bush", -1);
    assert_true(bush >= 0);
    assert_string_equal(net_actor_id(&net, (size_t)bush), "Q207");
    long d = net_find_actor(&net, "D. Nasarbajewa", -1);
    assert_string_equal(net_actor_name(&net, (size_t)d), "Dariga Nasarbajewa");
    assert_int_equal(net_find_actor(&net, "Dmitry Testovich", -1),
                     net_find_actor(&net, "Dmitri Testowitsch", -1));
    assert_true(net_find_actor(&net, "Nursultan Nasarbajew", -1) != d);
    net_destroy(&net);
    ident_free(id);
}

static void test_surname_ambiguous_in_input(void **state)
{
    (void)state;
    ident_t *id = open_ident(IDENT_DE);
    static const char *const rows[] = {
        "Bush|person|Deutschland|state",
        "George W. Bush|person|Germany|state",
        "George H. W. Bush|person|Germany|state",
    };
    net_t net;
    build(id, &net, rows, 3);
    assert_int_equal(net.nactors, 4); /* Bush stays alone */
    net_destroy(&net);
    ident_free(id);
}

static void test_aliases_merge_and_split(void **state)
{
    (void)state;
    ident_t *id = open_ident(IDENT_DE);
    static const char al[] =
        "# corrections\n"
        "Gospodin Putin\tQ7747\n"
        "Mr. Lavrov\tSergey Lavrov\n"
        "Frau Unbekannt\tHerr Unbekannt\n"
        "Merkel\t!=\tAngela Merkel\n";
    assert_int_equal(ident_load_aliases(id, tu_write_temp(0, al, sizeof al - 1)),
                     DN_OK);
    static const char *const rows[] = {
        "Gospodin Putin|person|Deutschland|state",
        "Wladimir Putin|person|Kasachstan|state",
        "Mr. Lavrov|person|Deutschland|state",
        "Sergei Lawrow|person|Kasachstan|state",
        "Frau Unbekannt|person|Deutschland|state",
        "Herr Unbekannt|person|Kasachstan|state",
        "Merkel|person|Kasachstan|state",
        "Angela Merkel|person|Deutschland|state",
    };
    net_t net;
    build(id, &net, rows, sizeof rows / sizeof rows[0]);
    assert_int_equal(net_find_actor(&net, "Gospodin Putin", -1),
                     net_find_actor(&net, "Wladimir Putin", -1));
    assert_int_equal(net_find_actor(&net, "Mr. Lavrov", -1),
                     net_find_actor(&net, "Sergei Lawrow", -1));
    assert_int_equal(net_find_actor(&net, "Frau Unbekannt", -1),
                     net_find_actor(&net, "Herr Unbekannt", -1));
    /* kept apart although the registry makes "Merkel" unique */
    assert_true(net_find_actor(&net, "Merkel", -1) !=
                net_find_actor(&net, "Angela Merkel", -1));
    /* Putin, Lawrow, Unbekannt, Merkel, Angela Merkel, two states */
    assert_int_equal(net.nactors, 7);
    net_destroy(&net);
    ident_free(id);
}

static void test_bad_aliases_file(void **state)
{
    (void)state;
    ident_t *id = open_ident(IDENT_DE);
    tu_capture();
    static const char bad[] = "ok\tQ7747\nno tab here\n";
    assert_int_equal(ident_load_aliases(id, tu_write_temp(1, bad, sizeof bad - 1)),
                     DN_EINPUT);
    assert_non_null(strstr(tu_messages(), ":2:1: expected NAME<TAB>TARGET"));
    ident_free(id);
}

/* Every lexicon state and every office holder resolves to its registry
 * entry under its German name and its English name: the registry and the
 * lexicon have not drifted apart. */
static void test_registry_covers_lexicon(void **state)
{
    (void)state;
    ident_t *id = open_ident(IDENT_DE);
    const reg_t *r = ident_registry(id);
    size_t n[EV_KIND_COUNT] = {0};
    for (size_t i = 0; i < r->n; i++) {
        const reg_entry_t *e = reg_entry(r, i);
        n[e->kind]++;
        net_resolved_t x;
        assert_int_equal(ident_resolve(id, e->german, e->kind, &x), DN_OK);
        if (strcmp(x.id, e->id))
            fail_msg("%s resolves to '%s', not %s", e->german, x.id, e->id);
    }
    assert_true(n[EV_KIND_STATE] >= 197);
    assert_true(n[EV_KIND_PERSON] >= 900);
    ident_free(id);
}

/* The mixed fixture through the command line: a German text, GDELT rows
 * and ICEWS rows about the same people and states. */
static void test_mixed_fixture_one_node_each(void **state)
{
    (void)state;
    const char *g = "/tmp/dipnet-test-ident-g.tsv", *i = "/tmp/dipnet-test-ident-i.tsv";
    char args[1024];
    snprintf(args, sizeof args, "import --from gdelt -o %s "
             "tests/fixtures/identity/gdelt.tsv", g);
    assert_int_equal(tu_run(args), 0);
    snprintf(args, sizeof args, "import --from icews -o %s "
             "tests/fixtures/identity/icews.tsv", i);
    assert_int_equal(tu_run(args), 0);
    snprintf(args, sizeof args, "report -n 0 --format csv --measures degree "
             "tests/fixtures/identity/text.txt %s %s", g, i);
    assert_int_equal(tu_run(args), 0);
    static const char *const once[] = {
        ",Deutschland,DEU,", ",Russland,RUS,", ",Kasachstan,KAZ,",
        ",Wladimir Putin,Q7747,", ",Sergei Lawrow,p:sergei-lawrow,",
        ",Nursultan Nasarbajew,p:nursultan-nasarbajew,",
        ",Frank-Walter Steinmeier,", ",Jerlan Idrissow,",
        ",Bundesregierung,i:bundesregierung,", ",George W. Bush,Q207,",
        ",George H. W. Bush,Q23505,", ",Dariga Nazarbayeva,,",
        ",Polizei (Deutschland),DEU:COP,",
    };
    for (size_t k = 0; k < sizeof once / sizeof once[0]; k++) {
        const char *p = strstr(tu_out, once[k]);
        if (!p) fail_msg("no %s in\n%s", once[k], tu_out);
        if (strstr(p + 1, once[k])) fail_msg("%s twice", once[k]);
    }
    assert_null(strstr(tu_out, "Germany"));
    assert_null(strstr(tu_out, "Vladimir"));
    /* dot and export draw the same nodes */
    snprintf(args, sizeof args, "dot tests/fixtures/identity/text.txt %s %s", g, i);
    assert_int_equal(tu_run(args), 0);
    assert_null(strstr(tu_out, "label=\"Germany\""));
    assert_non_null(strstr(tu_out, "label=\"Sergei Lawrow\""));
    assert_null(strstr(tu_out, "label=\"Sergey Lavrov\""));
    snprintf(args, sizeof args, "export --format graphml "
             "tests/fixtures/identity/text.txt %s %s", g, i);
    assert_int_equal(tu_run(args), 0);
    assert_non_null(strstr(tu_out, "<data key=\"v_registry_id\">Q7747</data>"));
    /* the merges, listed */
    snprintf(args, sizeof args, "actors tests/fixtures/identity/text.txt %s %s", g, i);
    assert_int_equal(tu_run(args), 0);
    assert_non_null(strstr(tu_out, "p:sergei-lawrow\tSergei Lawrow\tperson\t"
                                   "Сергей Лавров\tperson\ttransliteration\t"));
    assert_non_null(strstr(tu_out, "DEU\tDeutschland\tstate\tGermany\tstate\tname\t"));
    /* English names on request */
    snprintf(args, sizeof args, "report -n 0 --names en --format csv "
             "tests/fixtures/identity/text.txt %s %s", g, i);
    assert_int_equal(tu_run(args), 0);
    assert_non_null(strstr(tu_out, ",Sergey Lavrov,p:sergei-lawrow,"));
    assert_non_null(strstr(tu_out, ",Germany,DEU,"));
    unlink(g);
    unlink(i);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_states_in_both_languages),
        cmocka_unit_test(test_persons_across_spellings),
        cmocka_unit_test(test_different_people_stay_apart),
        cmocka_unit_test(test_sectors_and_codes),
        cmocka_unit_test(test_input_makes_unique),
        cmocka_unit_test(test_surname_ambiguous_in_input),
        cmocka_unit_test(test_aliases_merge_and_split),
        cmocka_unit_test(test_bad_aliases_file),
        cmocka_unit_test(test_registry_covers_lexicon),
        cmocka_unit_test(test_mixed_fixture_one_node_each),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
