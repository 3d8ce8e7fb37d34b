/* Tests of community detection (Louvain, Leiden): known partitions,
 * modularity values, reproducibility from the seed, degenerate networks.
 *
 * igraph 0.10.2's Louvain can loop forever on rare weighted inputs (fixed
 * in 0.10.15), so every detection runs in a child process under a generous
 * alarm: a hang fails the test instead of blocking `make test`.  The bound
 * is a hang guard, not a speed requirement. */
#include "testutil.h"

#include <math.h>
#include <signal.h>
#include <sys/wait.h>

#include "analysis/community.h"
#include "io/evtsv.h"
#include "net/net.h"

#define HANG_GUARD_SECONDS 300

static void load(const char *path, net_t *net)
{
    net_init(net, NULL);
    FILE *fp = fopen(path, "r");
    assert_non_null(fp);
    assert_int_equal(evtsv_read(fp, path, net_add_event, net), DN_OK);
    fclose(fp);
}

static void add(net_t *net, const char *s, const char *t, ev_relation_t r)
{
    ev_event_t ev;
    memset(&ev, 0, sizeof ev);
    ev.source = s;
    ev.target = t;
    ev.source_kind = ev.target_kind = EV_KIND_PERSON;
    ev.relation = r;
    ev.place = ev.doc = ev.evidence = "";
    ev.confidence = -1;
    assert_int_equal(net_add_event(&ev, net), DN_OK);
}

static int read_all(int fd, void *p, size_t n)
{
    char *c = p;
    while (n) {
        ssize_t k = read(fd, c, n);
        if (k <= 0) return -1;
        c += k;
        n -= (size_t)k;
    }
    return 0;
}

/* community_detect in a child process; the result comes back through a
 * pipe into *out (released with community_destroy). */
static void detect(const net_t *net, community_alg_t alg, int with_aff,
                   unsigned long seed, community_t *out)
{
    int fd[2];
    assert_int_equal(pipe(fd), 0);
    fflush(NULL);
    pid_t pid = fork();
    assert_true(pid >= 0);
    if (pid == 0) {
        close(fd[0]);
        alarm(HANG_GUARD_SECONDS);
        community_t c;
        int rc = community_detect(net, alg, with_aff, seed, &c);
        if (rc) _exit(10 + rc);
        size_t hdr[3] = {c.n, c.ncommunities, c.nsingletons};
        if (write(fd[1], hdr, sizeof hdr) != sizeof hdr ||
            write(fd[1], &c.modularity, sizeof c.modularity) !=
                sizeof c.modularity ||
            write(fd[1], c.membership, c.n * sizeof *c.membership) !=
                (ssize_t)(c.n * sizeof *c.membership) ||
            write(fd[1], c.size, c.ncommunities * sizeof *c.size) !=
                (ssize_t)(c.ncommunities * sizeof *c.size))
            _exit(3);
        community_destroy(&c);
        _exit(0);
    }
    close(fd[1]);
    memset(out, 0, sizeof *out);
    size_t hdr[3];
    int ok = read_all(fd[0], hdr, sizeof hdr) == 0;
    if (ok) {
        out->n = hdr[0];
        out->ncommunities = hdr[1];
        out->nsingletons = hdr[2];
        out->alg = alg;
        out->membership = malloc((out->n + 1) * sizeof *out->membership);
        out->size = malloc((out->ncommunities + 1) * sizeof *out->size);
        assert_non_null(out->membership);
        assert_non_null(out->size);
        ok = read_all(fd[0], &out->modularity, sizeof out->modularity) == 0 &&
             read_all(fd[0], out->membership,
                      out->n * sizeof *out->membership) == 0 &&
             read_all(fd[0], out->size, out->ncommunities * sizeof *out->size) == 0;
    }
    close(fd[0]);
    int st;
    assert_int_equal(waitpid(pid, &st, 0), pid);
    if (WIFSIGNALED(st) && WTERMSIG(st) == SIGALRM)
        fail_msg("%s did not finish within %d s (igraph 0.10.2 Louvain loop?)",
                 community_alg_name(alg), HANG_GUARD_SECONDS);
    if (!WIFEXITED(st) || WEXITSTATUS(st) != 0 || !ok)
        fail_msg("community_detect failed in the child (status %d)", st);
}

static long comm_of(const net_t *net, const community_t *c, const char *name)
{
    long id = net_find_actor(net, name, -1);
    if (id < 0) fail_msg("no actor %s", name);
    return c->membership[id];
}

static void check_consistent(const community_t *c)
{
    size_t total = 0;
    for (size_t k = 0; k < c->ncommunities; k++) {
        assert_true(c->size[k] >= 2);
        if (k) assert_true(c->size[k] <= c->size[k - 1]);
        total += c->size[k];
    }
    assert_int_equal(total + c->nsingletons, c->n);
    size_t *count = calloc(c->ncommunities + 1, sizeof *count);
    assert_non_null(count);
    for (size_t i = 0; i < c->n; i++) {
        assert_true(c->membership[i] >= -1 &&
                    c->membership[i] < (long)c->ncommunities);
        if (c->membership[i] >= 0) count[c->membership[i]]++;
    }
    for (size_t k = 0; k < c->ncommunities; k++)
        assert_int_equal(count[k], c->size[k]);
    free(count);
}

static void test_alg_parse(void **state)
{
    assert_int_equal(community_alg_parse("louvain"), COMMUNITY_LOUVAIN);
    assert_int_equal(community_alg_parse("multilevel"), COMMUNITY_LOUVAIN);
    assert_int_equal(community_alg_parse("leiden"), COMMUNITY_LEIDEN);
    assert_int_equal(community_alg_parse("Leiden"), -1);
    assert_int_equal(community_alg_parse(""), -1);
    assert_int_equal(community_alg_parse(NULL), -1);
    assert_string_equal(community_alg_name(COMMUNITY_LEIDEN), "leiden");
}

/* Two triangles joined by one edge: every sensible method finds them.
 * Q = 2 * (6/14 - (7/14)^2) = 0.357142... */
static void test_two_triangles(void **state)
{
    net_t net;
    net_init(&net, NULL);
    add(&net, "a1", "a2", EV_REL_MEETING);
    add(&net, "a2", "a3", EV_REL_MEETING);
    add(&net, "a3", "a1", EV_REL_MEETING);
    add(&net, "b1", "b2", EV_REL_MEETING);
    add(&net, "b2", "b3", EV_REL_MEETING);
    add(&net, "b3", "b1", EV_REL_MEETING);
    add(&net, "a1", "b1", EV_REL_MEETING);
    for (int alg = 0; alg < 2; alg++) {
        community_t c;
        detect(&net, (community_alg_t)alg, 0, 42, &c);
        check_consistent(&c);
        assert_int_equal(c.ncommunities, 2);
        assert_int_equal(c.nsingletons, 0);
        assert_true(fabs(c.modularity - 5.0 / 14.0) < 1e-9);
        /* Ties in size: the community of "a1" (first name) is number 0. */
        assert_int_equal(comm_of(&net, &c, "a1"), 0);
        assert_int_equal(comm_of(&net, &c, "a3"), 0);
        assert_int_equal(comm_of(&net, &c, "b2"), 1);
        community_destroy(&c);
    }
    net_destroy(&net);
}

/* Zachary's karate club: the best partition has Q = 0.4198 (four groups);
 * Leiden finds the optimum with every seed tried, Louvain 0.41 or more.  The
 * club's two leaders (members 1 and 34) always end up apart. */
static void test_karate(void **state)
{
    net_t net;
    load("tests/fixtures/karate.tsv", &net);
    for (int alg = 0; alg < 2; alg++) {
        community_t c;
        detect(&net, (community_alg_t)alg, 0, 1, &c);
        check_consistent(&c);
        if (c.modularity < 0.40 || c.modularity > 0.4199)
            fail_msg("%s: modularity %.4f", community_alg_name(alg),
                     c.modularity);
        assert_true(c.ncommunities >= 3 && c.ncommunities <= 5);
        assert_int_not_equal(comm_of(&net, &c, "Member 1"),
                             comm_of(&net, &c, "Member 34"));
        community_destroy(&c);
    }
    net_destroy(&net);
}

/* The same seed gives the same communities, run after run. */
static void test_seed_reproducible(void **state)
{
    net_t net;
    load("tests/fixtures/karate.tsv", &net);
    for (int alg = 0; alg < 2; alg++) {
        community_t a, b;
        detect(&net, (community_alg_t)alg, 0, 12345, &a);
        detect(&net, (community_alg_t)alg, 0, 12345, &b);
        assert_int_equal(a.ncommunities, b.ncommunities);
        assert_memory_equal(a.membership, b.membership,
                            a.n * sizeof *a.membership);
        assert_true(a.modularity == b.modularity);
        community_destroy(&a);
        community_destroy(&b);
    }
    /* In-process too (no fork): two calls agree although igraph's RNG
     * moved on between them. */
    community_t a, b;
    assert_int_equal(community_detect(&net, COMMUNITY_LEIDEN, 0, 9, &a), DN_OK);
    assert_int_equal(community_detect(&net, COMMUNITY_LEIDEN, 0, 9, &b), DN_OK);
    assert_memory_equal(a.membership, b.membership, a.n * sizeof *a.membership);
    community_destroy(&a);
    community_destroy(&b);
    net_destroy(&net);
}

/* Affiliations structure the picture but are not interaction: without
 * --with-affiliations an office holder linked only by affiliation is alone. */
static void test_affiliations(void **state)
{
    net_t net;
    net_init(&net, NULL);
    add(&net, "x", "y", EV_REL_MEETING);
    add(&net, "y", "z", EV_REL_MEETING);
    add(&net, "z", "x", EV_REL_MEETING);
    add(&net, "p", "x", EV_REL_AFFILIATION);
    community_t c;
    detect(&net, COMMUNITY_LOUVAIN, 0, 42, &c);
    assert_int_equal(comm_of(&net, &c, "p"), -1);
    assert_int_equal(c.nsingletons, 1);
    community_destroy(&c);
    detect(&net, COMMUNITY_LOUVAIN, 1, 42, &c);
    assert_int_equal(comm_of(&net, &c, "p"), comm_of(&net, &c, "x"));
    assert_int_equal(c.nsingletons, 0);
    community_destroy(&c);
    net_destroy(&net);
}

static void test_degenerate(void **state)
{
    net_t net;
    net_init(&net, NULL);
    community_t c;
    assert_int_equal(community_detect(&net, COMMUNITY_LOUVAIN, 0, 1, &c), DN_OK);
    assert_int_equal(c.n, 0);
    assert_int_equal(c.ncommunities, 0);
    community_destroy(&c);
    /* Only affiliations: no interaction edges, everyone alone, Q = 0. */
    add(&net, "p", "q", EV_REL_AFFILIATION);
    for (int alg = 0; alg < 2; alg++) {
        assert_int_equal(community_detect(&net, (community_alg_t)alg, 0, 1, &c),
                         DN_OK);
        assert_int_equal(c.ncommunities, 0);
        assert_int_equal(c.nsingletons, 2);
        assert_true(c.modularity == 0);
        community_destroy(&c);
    }
    community_destroy(NULL);
    net_destroy(&net);
}

static void test_members(void **state)
{
    net_t net;
    net_init(&net, NULL);
    add(&net, "Zeta", "Alpha", EV_REL_MEETING);
    add(&net, "Alpha", "Mu", EV_REL_MEETING);
    community_t c;
    detect(&net, COMMUNITY_LEIDEN, 0, 3, &c);
    assert_int_equal(c.ncommunities, 1);
    size_t n;
    uint32_t *ids = community_members(&net, &c, 0, &n);
    assert_non_null(ids);
    assert_int_equal(n, 3);
    assert_string_equal(net_actor_name(&net, ids[0]), "Alpha");
    assert_string_equal(net_actor_name(&net, ids[1]), "Mu");
    assert_string_equal(net_actor_name(&net, ids[2]), "Zeta");
    free(ids);
    assert_null(community_members(&net, &c, 1, &n));
    assert_int_equal(n, 0);
    community_destroy(&c);
    net_destroy(&net);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_alg_parse),
        cmocka_unit_test(test_two_triangles),
        cmocka_unit_test(test_karate),
        cmocka_unit_test(test_seed_reproducible),
        cmocka_unit_test(test_affiliations),
        cmocka_unit_test(test_degenerate),
        cmocka_unit_test(test_members),
    };
    return cmocka_run_group_tests_name("community", tests, NULL, NULL);
}
