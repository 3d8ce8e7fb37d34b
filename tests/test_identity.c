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

/* Regression: the code DEUGOV and "Government (Deutschland)" were a node of
 * their own (DEU:GOV) beside the registry's Bundesregierung, which
 * "Government (Germany)" finds: GDELT codes (an aggregation query's
 * output) and GDELT names (dipnet import) split one actor in two. */
static void test_sector_code_finds_registry_sector(void **state)
{
    (void)state;
    ident_t *id = open_ident(IDENT_DE);
    const ev_kind_t I = EV_KIND_INSTITUTION;
    assert_string_equal(id_of(id, "DEUGOV", I), "i:bundesregierung");
    assert_string_equal(id_of(id, "Government (Deutschland)", I),
                        "i:bundesregierung");
    assert_string_equal(id_of(id, "USAGOV", I),
                        id_of(id, "Government (United States)", I));
    /* the country of a code is its first three letters, also when the
     * registry knows the state by another English name than CAMEO's
     * (PSE: "Occupied Palestinian Territory") */
    assert_string_equal(id_of(id, "PSECOP", I), "PSE:COP");
    /* and the importers' English names of those states find them too */
    assert_string_equal(id_of(id, "Occupied Palestinian Territory",
                              EV_KIND_STATE), "PSE");
    assert_string_equal(id_of(id, "Holy See", EV_KIND_STATE), "VAT");
    /* a sector the registry lacks keeps its generated id */
    assert_string_equal(id_of(id, "USAEDU", I), "USA:EDU");
    assert_string_equal(id_of(id, "Education (USA)", I), "USA:EDU");
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

/* A name none of whose words is a registry word stays as it is, without
 * a lookup. */
static void test_quick_reject_leaves_unknown_names(void **state)
{
    (void)state;
    ident_t *id = open_ident(IDENT_DE);
    static const char *const names[] = {"Habe Venaga", "Buru Pesolega",
                                        "Kalotema", "Zuvi Rano-Tepe"};
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
        for (int k = 0; k < EV_KIND_COUNT; k++)
            assert_int_equal(ident_quick_reject(id, names[i], (ev_kind_t)k), 1);
        net_resolved_t r;
        assert_int_equal(ident_resolve(id, names[i], EV_KIND_PERSON, &r), DN_OK);
        assert_string_equal(r.label, names[i]);
        assert_string_equal(r.id, "");
        assert_string_equal(r.how, "not in the registry");
        assert_int_equal(r.kind, EV_KIND_PERSON);
    }
    /* what the rules must see: registry words, codes, sectors, Cyrillic */
    const ev_kind_t P = EV_KIND_PERSON, S = EV_KIND_STATE,
                    I = EV_KIND_INSTITUTION;
    assert_int_equal(ident_quick_reject(id, "Merkel", P), 0);
    assert_int_equal(ident_quick_reject(id, "Merkels", P), 0);
    assert_int_equal(ident_quick_reject(id, "A. Merkel", P), 0);
    assert_int_equal(ident_quick_reject(id, "G.W. Merkel", P), 0);
    assert_int_equal(ident_quick_reject(id, "Kasachstans", S), 0);
    assert_int_equal(ident_quick_reject(id, "Vladimir Putins", P), 0);
    assert_int_equal(ident_quick_reject(id, "XYZ", S), 0);
    assert_int_equal(ident_quick_reject(id, "XYZGOV", I), 0);
    assert_int_equal(ident_quick_reject(id, "Polizei (Xland)", I), 0);
    assert_int_equal(ident_quick_reject(id, "Путин", P), 0);
    /* a common word does not make a name a candidate ("Court of X"), nor
     * a last name of a registry person one of an institution */
    assert_int_equal(ident_quick_reject(id, "Court of Bebero", I), 1);
    assert_int_equal(ident_quick_reject(id, "Merkel", I), 0); /* a name */
    assert_int_equal(ident_quick_reject(id, "Kalo Merkels", I), 1);
    ident_free(id);
}

/* The names of one registry cell (german, english or |-separated
 * aliases) into out[]; returns how many. */
static size_t cell_names(char *cell, char **out, size_t max)
{
    size_t n = 0;
    for (char *p = cell; p && *p && n < max;) {
        char *bar = strchr(p, '|');
        if (bar) *bar = '\0';
        if (*p) out[n++] = p;
        p = bar ? bar + 1 : NULL;
    }
    return n;
}

/* A spelling variant of s into out: each `from` replaced by `to`. */
static void swap_all(const char *s, const char *from, const char *to,
                     char *out, size_t cap)
{
    size_t fl = strlen(from), tl = strlen(to), o = 0;
    while (*s && o + tl + 1 < cap) {
        if (!strncmp(s, from, fl)) {
            memcpy(out + o, to, tl);
            o += tl;
            s += fl;
        } else out[o++] = *s++;
    }
    out[o] = '\0';
}

/* ident_resolve with and without the quick reject: the same answer. */
static void same_with_and_without(ident_t *id, const char *name)
{
    for (int k = 0; k < EV_KIND_COUNT; k++) {
        net_resolved_t a, b;
        char ka[512], la[512], ia[128];
        ident_set_quick_reject(id, 0);
        assert_int_equal(ident_resolve(id, name, (ev_kind_t)k, &a), DN_OK);
        snprintf(ka, sizeof ka, "%s", a.key);
        snprintf(la, sizeof la, "%s", a.label);
        snprintf(ia, sizeof ia, "%s", a.id);
        const char *how = a.how;
        ev_kind_t kind = a.kind;
        ident_set_quick_reject(id, 1);
        assert_int_equal(ident_resolve(id, name, (ev_kind_t)k, &b), DN_OK);
        if (strcmp(ka, b.key) || strcmp(la, b.label) || strcmp(ia, b.id) ||
            strcmp(how, b.how) || kind != b.kind)
            fail_msg("'%s' (kind %d): %s/%s/%s/%s without the quick reject, "
                     "%s/%s/%s/%s with it", name, k, ka, la, ia, how, b.key,
                     b.label, b.id, b.how);
    }
}

/* The quick reject never rejects a registry name or alias, nor their
 * genitives, capitals, last names and initial forms; and on every such
 * name and on unknown ones it changes no answer. */
static void test_quick_reject_never_rejects_registry_names(void **state)
{
    (void)state;
    ident_t *id = open_ident(IDENT_DE);
    FILE *fp = fopen(REGISTRY, "rb");
    assert_non_null(fp);
    char line[8192];
    size_t checked = 0, header = 0;
    while (fgets(line, sizeof line, fp)) {
        line[strcspn(line, "\r\n")] = '\0';
        if (!*line || line[0] == '#') continue;
        if (!header++) continue;
        char *cell[6];
        size_t nc = 0;
        for (char *p = line; p && nc < 6;) {
            cell[nc++] = p;
            char *tab = strchr(p, '\t');
            if (tab) *tab = '\0';
            p = tab ? tab + 1 : NULL;
        }
        assert_int_equal(nc, 6);
        char *names[256];
        size_t n = cell_names(cell[2], names, 256);
        n += cell_names(cell[3], names + n, 256 - n);
        n += cell_names(cell[5], names + n, 256 - n);
        for (size_t i = 0; i < n; i++) {
            char v[1024];
            const char *nm = names[i];
            for (int k = 0; k < EV_KIND_COUNT; k++)
                if (ident_quick_reject(id, nm, (ev_kind_t)k) != 0)
                    fail_msg("registry name '%s' rejected", nm);
            same_with_and_without(id, nm);
            snprintf(v, sizeof v, "%ss", nm);   /* genitive */
            if (ident_quick_reject(id, v, EV_KIND_PERSON) != 0 ||
                ident_quick_reject(id, v, EV_KIND_STATE) != 0)
                fail_msg("'%s' rejected", v);
            same_with_and_without(id, v);
            snprintf(v, sizeof v, "%sn", nm);
            same_with_and_without(id, v);
            size_t j = 0;                      /* capitals (ASCII) */
            for (; nm[j] && j + 1 < sizeof v; j++)
                v[j] = (char)(nm[j] >= 'a' && nm[j] <= 'z' ? nm[j] - 32 : nm[j]);
            v[j] = '\0';
            for (int k = 0; k < EV_KIND_COUNT; k++)
                if (ident_quick_reject(id, v, (ev_kind_t)k) != 0)
                    fail_msg("'%s' rejected", v);
            same_with_and_without(id, v);
            /* the other transliteration's letters (variant keys) */
            static const char *const sw[][2] = {
                {"w", "v"}, {"v", "w"}, {"j", "y"}, {"y", "j"},
                {"sch", "sh"}, {"sh", "sch"}, {"ch", "kh"}, {"s", "z"},
                {"ts", "z"}, {"ll", "l"}, {"i", "ij"}};
            for (size_t w = 0; w < sizeof sw / sizeof sw[0]; w++) {
                swap_all(nm, sw[w][0], sw[w][1], v, sizeof v);
                if (strcmp(v, nm)) same_with_and_without(id, v);
            }
            const char *sp = strrchr(nm, ' ');
            if (sp) {                          /* last name, initial form */
                same_with_and_without(id, sp + 1);
                snprintf(v, sizeof v, "%c. %s", nm[0], sp + 1);
                same_with_and_without(id, v);
                snprintf(v, sizeof v, "Kalo %s", sp + 1);
                same_with_and_without(id, v);
            }
            checked++;
        }
    }
    fclose(fp);
    assert_true(checked > 3000);
    /* unknown names, as the benchmark generator makes them */
    static const char *const syl[] = {"ka", "ri", "mo", "ta", "le", "na",
        "so", "vi", "du", "be", "ra", "lo", "mi", "za", "te", "ko", "ha",
        "ni", "pe", "su", "ga", "li", "ro", "ve", "ma", "da", "si", "to",
        "bu", "fe", "ja", "ke", "la", "no", "pa", "ru", "se", "ti", "vo", "ze"};
    unsigned x = 12345;
    size_t rejected = 0;
    for (int i = 0; i < 3000; i++) {
        char nm[64];
        size_t len = 0;
        for (int w = 0; w < 1 + i % 2; w++) {
            if (w) nm[len++] = ' ';
            int ns = 2 + (int)((x >> 8) % 3);
            for (int s2 = 0; s2 < ns; s2++) {
                x = x * 1103515245u + 12345u;
                const char *y = syl[(x >> 16) % (sizeof syl / sizeof syl[0])];
                nm[len++] = s2 ? y[0] : (char)(y[0] - 32);
                nm[len++] = y[1];
            }
        }
        nm[len] = '\0';
        rejected += ident_quick_reject(id, nm, EV_KIND_PERSON) == 1;
        same_with_and_without(id, nm);
    }
    assert_true(rejected > 2000); /* the reject does its work */
    ident_free(id);
}

/* The mixed fixture through the command line: a German text, GDELT rows
 * and ICEWS rows about the same people and states. */
static void test_mixed_fixture_one_node_each(void **state)
{
    (void)state;
    /* per process: two test runs at once (make test and check-asan on one
     * machine) must not share these files */
    char g[64], i[64];
    snprintf(g, sizeof g, "/tmp/dipnet-test-ident-g-%ld.tsv", (long)getpid());
    snprintf(i, sizeof i, "/tmp/dipnet-test-ident-i-%ld.tsv", (long)getpid());
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
        cmocka_unit_test(test_sector_code_finds_registry_sector),
        cmocka_unit_test(test_input_makes_unique),
        cmocka_unit_test(test_surname_ambiguous_in_input),
        cmocka_unit_test(test_aliases_merge_and_split),
        cmocka_unit_test(test_bad_aliases_file),
        cmocka_unit_test(test_registry_covers_lexicon),
        cmocka_unit_test(test_mixed_fixture_one_node_each),
        cmocka_unit_test(test_quick_reject_leaves_unknown_names),
        cmocka_unit_test(test_quick_reject_never_rejects_registry_names),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
