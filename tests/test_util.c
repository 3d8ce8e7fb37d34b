/* Tests of src/util: buf, strtab, outfile, utf8check, diag. */
#include "testutil.h"

#include <math.h>
#include <sys/stat.h>

#include "util/bigmem.h"
#include "util/bounds.h"
#include "util/buf.h"
#include "util/date.h"
#include "util/lazylib.h"
#include "util/lines.h"
#include "util/outfile.h"
#include "util/pairindex.h"
#include "util/radix.h"
#include "util/strtab.h"
#include "util/threads.h"
#include "util/utf8check.h"

/* DIPNET_THREADS is read once, on the first call: a run is consistent. */
static void test_threads_env(void **state)
{
    (void)state;
    setenv("DIPNET_THREADS", "1", 1);
    assert_int_equal(threads_allowed(), 1);
    setenv("DIPNET_THREADS", "2", 1);
    assert_int_equal(threads_allowed(), 1);
    unsetenv("DIPNET_THREADS");
}

/* A huge block keeps its 2 MiB alignment and its contents however often
 * it grows, also when it cannot grow in place (a mapping right after it):
 * a move that broke the alignment would split its huge pages (the
 * regression: edge lookups of a 1M-event file slowed by a third). */
static void test_bigmem_grow_stays_aligned(void **state)
{
    (void)state;
    size_t n = 3u << 20;
    unsigned char *p = bigmem_calloc(n, 1);
    assert_non_null(p);
    for (size_t i = 0; i < n; i++) p[i] = (unsigned char)(i * 7);
    for (int round = 0; round < 4; round++) {
        void *block = bigmem_calloc(BIGMEM_HUGE, 1); /* in the way */
        assert_non_null(block);
        unsigned char *q = bigmem_grow(p, n, 2 * n, 1);
        assert_non_null(q);
        assert_int_equal((uintptr_t)q % BIGMEM_HUGE, 0);
        for (size_t i = 0; i < n; i += 4093)
            assert_int_equal(q[i], (unsigned char)(i * 7));
        for (size_t i = n; i < 2 * n; i += 4093) assert_int_equal(q[i], 0);
        for (size_t i = n; i < 2 * n; i++) q[i] = (unsigned char)(i * 7);
        bigmem_free(block);
        p = q;
        n *= 2;
    }
    bigmem_free(p);
}

/* bigmem_alloc: small blocks on a cache line, huge ones on 2 MiB, both
 * usable in full, and a small one grows into a zeroed tail. */
static void test_bigmem_alloc(void **state)
{
    (void)state;
    size_t sizes[] = {1, 4000, BIGMEM_HUGE - 1, BIGMEM_HUGE, 5u << 20};
    for (size_t k = 0; k < sizeof sizes / sizeof sizes[0]; k++) {
        unsigned char *p = bigmem_alloc(sizes[k], 1);
        assert_non_null(p);
        assert_int_equal((uintptr_t)p % (sizes[k] >= BIGMEM_HUGE ? BIGMEM_HUGE : 64), 0);
        memset(p, 0xab, sizes[k]);
        unsigned char *q = bigmem_grow(p, sizes[k], 2 * sizes[k], 1);
        assert_non_null(q);
        assert_int_equal(q[sizes[k] - 1], 0xab);
        assert_int_equal(q[2 * sizes[k] - 1], 0);
        bigmem_free(q);
    }
    assert_null(bigmem_alloc(SIZE_MAX / 2, 4));
}

/* bigmem_huge_heap leaves malloc working: blocks before and after it are
 * usable in full and freed (whether huge pages were given is the
 * kernel's affair, not checked). */
static void test_bigmem_huge_heap(void **state)
{
    (void)state;
    bigmem_keep_freed();
    char *before = malloc(1000);
    assert_non_null(before);
    memset(before, 1, 1000);
    bigmem_huge_heap((size_t)4 << 20);
    bigmem_huge_heap(SIZE_MAX); /* a second call: nothing */
    for (size_t n = 16; n <= ((size_t)8 << 20); n *= 4) {
        unsigned char *p = malloc(n);
        assert_non_null(p);
        memset(p, 0x5a, n);
        assert_int_equal(p[n - 1], 0x5a);
        free(p);
    }
    assert_int_equal(before[999], 1);
    free(before);
}

/* lazylib: a library opened at the first look-up, its functions called
 * through LAZYLIB_CALL with their own type; a missing library or symbol is
 * NULL from lazylib_find (lazylib_sym would end the process). */
static lazylib_t test_libm = LAZYLIB_INIT("libm.so.6", "libm.so");
static lazylib_t test_nolib = LAZYLIB_INIT("libdipnet-none.so.0");

static void test_lazylib(void **state)
{
    (void)state;
    assert_null(test_libm.handle);
    double (*f)(double) = (double (*)(double))lazylib_find(&test_libm, "sqrt");
    assert_non_null(f);
    assert_non_null(test_libm.handle);
    assert_true(f(16.0) == 4.0);
    for (int i = 0; i < 3; i++) /* the call site's cache, then the same */
        assert_true(LAZYLIB_CALL(test_libm, sqrt)(81.0) == 9.0);
    assert_null(lazylib_find(&test_libm, "dipnet_no_such_function"));
    assert_null(lazylib_find(&test_nolib, "sqrt"));
    assert_null(test_nolib.handle);
}

static void test_buf(void **state)
{
    buf_t b;
    buf_init(&b);
    assert_string_equal(buf_cstr(&b), "");
    for (int i = 0; i < 1000; i++) assert_int_equal(buf_printf(&b, "%d,", i), 0);
    assert_int_equal(strncmp(b.data, "0,1,2,", 6), 0);
    char big[600];
    memset(big, 'x', sizeof big - 1);
    big[sizeof big - 1] = '\0';
    buf_clear(&b);
    assert_int_equal(buf_printf(&b, "<%s>", big), 0); /* longer than 256 */
    assert_int_equal(b.len, 601);
    char *s = buf_detach(&b);
    assert_int_equal(strlen(s), 601);
    free(s);
    assert_null(b.data);
    buf_destroy(&b);
    /* regression: a buffer grown by buf_reserve alone is a valid "" */
    buf_init(&b);
    assert_int_equal(buf_reserve(&b, 100), 0);
    assert_string_equal(buf_cstr(&b), "");
    buf_destroy(&b);
}

/* lines_estimate: exact for a file within its sample, close for a big
 * one of even lines, 0 for what has no size. */
static void test_lines_estimate(void **state)
{
    (void)state;
    char path[] = "/tmp/dipnet-lines-XXXXXX";
    int fd = mkstemp(path);
    assert_true(fd >= 0);
    assert_int_equal(lines_estimate(fd), 0); /* empty */
    assert_int_equal(write(fd, "a\nbb\nccc", 9), 9);
    assert_int_equal(lines_estimate(fd), 3); /* the last without "\n" */
    assert_int_equal(ftruncate(fd, 0), 0);
    assert_int_equal(lseek(fd, 0, SEEK_SET), 0);
    char line[64];
    for (int i = 0; i < 100000; i++) {
        int n = snprintf(line, sizeof line, "%s\tline %06d\n",
                         i % 2 ? "odd" : "even", i);
        assert_int_equal(write(fd, line, (size_t)n), n);
    }
    size_t est = lines_estimate(fd);
    assert_true(est > 99000 && est < 101000);
    close(fd);
    unlink(path);
    int p[2];
    assert_int_equal(pipe(p), 0);
    assert_int_equal(lines_estimate(p[0]), 0); /* not a regular file */
    close(p[0]);
    close(p[1]);
}

static void test_strtab(void **state)
{
    strtab_t t;
    strtab_init(&t);
    char name[32];
    for (int i = 0; i < 100000; i++) {
        int n = snprintf(name, sizeof name, "actor %d", i);
        int added = 0;
        assert_int_equal(strtab_intern(&t, name, (size_t)n, &added), i);
        assert_true(added);
    }
    assert_int_equal(strtab_find(&t, "actor 77777", 11), 77777);
    assert_int_equal(strtab_intern(&t, "actor 5", 7, NULL), 5);
    assert_int_equal(strtab_find(&t, "actor", 5), -1);
    assert_string_equal(strtab_str(&t, 99999), "actor 99999");
    /* embedded NUL bytes and the empty string are strings too */
    assert_int_equal(strtab_intern(&t, "a\0b", 3, NULL), 100000);
    assert_int_equal(strtab_intern(&t, "", 0, NULL), 100001);
    assert_int_equal(strtab_find(&t, "a\0c", 3), -1);
    strtab_destroy(&t);
}

/* radix_sort: sorted by the low bits only (the high bits ride along),
 * stably, for every number of passes, skipped passes included. */
static void test_radix(void **state)
{
    const size_t n = 5000;
    radix_rec_t *a = malloc(n * sizeof *a), *t = malloc(n * sizeof *t);
    assert_non_null(a);
    assert_non_null(t);
    unsigned bits[] = {0, 1, 7, 11, 12, 23, 34, 40, 64};
    uint64_t x = 88172645463325252ULL;
    for (size_t b = 0; b < sizeof bits / sizeof bits[0]; b++) {
        unsigned nb = bits[b];
        uint64_t mask = nb == 64 ? ~0ULL : ((uint64_t)1 << nb) - 1;
        for (size_t i = 0; i < n; i++) {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            /* few distinct low values (ties), some digits all equal */
            uint64_t low = (x % 97) * 0x10001ULL & mask & ~(uint64_t)0x700;
            a[i].key = (x & ~mask) | low;
            a[i].val = i;
        }
        radix_rec_t *r = radix_sort(a, t, n, nb);
        assert_true(r == a || r == t);
        for (size_t i = 1; i < n; i++) {
            uint64_t p = r[i - 1].key & mask, q = r[i].key & mask;
            assert_true(p <= q);
            if (p == q) assert_true(r[i - 1].val < r[i].val);
        }
        unsigned char *seen = calloc(n, 1);
        assert_non_null(seen);
        for (size_t i = 0; i < n; i++) seen[r[i].val]++;
        for (size_t i = 0; i < n; i++) assert_int_equal(seen[i], 1);
        free(seen);
    }
    assert_ptr_equal(radix_sort(a, t, 1, 40), a);
    assert_ptr_equal(radix_sort(a, t, 0, 40), a);
    free(a);
    free(t);
}

static void test_utf8(void **state)
{
    size_t bad = 99;
    assert_true(utf8_valid("Nasarbajew Назарбаев Қазақстан", strlen("Nasarbajew Назарбаев Қазақстан"), &bad));
    assert_false(utf8_valid("abc\xC0\xAF", 5, &bad));  /* overlong */
    assert_int_equal(bad, 3);
    assert_false(utf8_valid("\xED\xA0\x80", 3, &bad)); /* surrogate */
    assert_false(utf8_valid("abcdefgh\xE2\x82", 10, &bad)); /* truncated */
    assert_int_equal(bad, 8);
    assert_false(utf8_valid("\xF4\x90\x80\x80", 4, &bad)); /* > U+10FFFF */
}

static void test_outfile_commit_and_abort(void **state)
{
    char dir[] = "/tmp/dipnet-of-XXXXXX";
    assert_non_null(mkdtemp(dir));
    char path[128];
    snprintf(path, sizeof path, "%s/r.txt", dir);
    outfile_t of;
    assert_int_equal(outfile_open(&of, path), DN_OK);
    fputs("hello\n", of.fp);
    assert_false(tu_exists(path));             /* not there before commit */
    assert_int_equal(outfile_commit(&of), DN_OK);
    assert_true(tu_exists(path));
    struct stat st;
    stat(path, &st);
    assert_int_equal(st.st_mode & 0777, 0666 & ~umask(022));
    umask(022);
    assert_int_equal(outfile_open(&of, path), DN_OK);
    fputs("half", of.fp);
    outfile_abort(&of);                        /* the old file stays */
    FILE *f = fopen(path, "r");
    char line[16];
    assert_non_null(fgets(line, sizeof line, f));
    fclose(f);
    assert_string_equal(line, "hello\n");
    tu_capture();
    snprintf(path, sizeof path, "%s/missing/r.txt", dir);
    assert_int_equal(outfile_open(&of, path), DN_EIO);
    assert_non_null(strstr(tu_messages(), "missing/r.txt: cannot write"));
    diag_set_sink(NULL, NULL);
    char cmd[160];
    snprintf(cmd, sizeof cmd, "test $(ls %s | wc -l) -eq 1 && rm -rf %s", dir, dir);
    assert_int_equal(system(cmd), 0);          /* no temporary left over */
}

static void test_outfile_full_disk(void **state)
{
    /* /dev/full fails every write: the error must surface at commit. */
    if (!tu_exists("/dev/full")) skip();
    outfile_t of = {.fp = fopen("/dev/full", "w"), .path = NULL, .tmp = NULL};
    assert_non_null(of.fp);
    setvbuf(of.fp, NULL, _IONBF, 0);
    fputs("x", of.fp);
    tu_capture();
    FILE *keep = of.fp;
    assert_int_equal(outfile_commit(&of), DN_EIO);
    fclose(keep);
    assert_non_null(strstr(tu_messages(), "write error"));
    diag_set_sink(NULL, NULL);
}

static void test_diag_format(void **state)
{
    tu_capture();
    assert_int_equal(diag_error(DN_EINPUT, "f.tsv", 3, 7, "bad\tthing\n%d", 5),
                     DN_EINPUT);
    diag_note("g.txt", 0, 0, "transcoded");
    assert_string_equal(tu_messages(),
                        "dipnet: f.tsv:3:7: bad thing 5\ndipnet: g.txt: note: transcoded\n");
    diag_set_quiet(1);
    diag_note(NULL, 0, 0, "hidden");
    diag_set_quiet(0);
    assert_null(strstr(tu_messages(), "hidden"));
    diag_set_sink(NULL, NULL);
}

/* limit_binary reads printable ASCII eight bytes a step: the control
 * and non-UTF-8 bytes are found wherever they stand in a step, DEL and
 * space count as text, and the thresholds are those of the byte-wise
 * reading (8 control bytes and a fiftieth of the sample). */
static void test_limit_binary(void **state)
{
    (void)state;
    char b[400];
    size_t at = 0;
    const char *what = NULL;
    for (size_t first = 0; first < 16; first++) {
        memset(b, 'a', sizeof b);
        for (size_t k = 0; k < 8; k++) b[first + 40 * k] = '\0';
        assert_int_equal(limit_binary(b, sizeof b, &at, &what), 1);
        assert_int_equal(at, first);
        assert_string_equal(what, "NUL or control bytes");
        b[first] = 'a';   /* seven: no longer binary */
        assert_int_equal(limit_binary(b, sizeof b, &at, &what), 0);
    }
    memset(b, 0x7f, sizeof b);
    for (size_t k = 0; k < sizeof b; k += 3) b[k] = ' ';
    assert_int_equal(limit_binary(b, sizeof b, &at, &what), 0);
    /* bytes that are not UTF-8, from the 131st on: 270 of 400 */
    memset(b, 'x', sizeof b);
    memset(b + 130, 0xff, 270);
    assert_int_equal(limit_binary(b, sizeof b, &at, &what), 1);
    assert_int_equal(at, 130);
    assert_string_equal(what, "bytes that are not UTF-8 text");
    /* UTF-8 letters and tabs, newlines are text */
    const char *t = "Gr\xc3\xbc\xc3\x9f\te aus K\xc3\xb6ln\n\r\n";
    assert_int_equal(limit_binary(t, strlen(t), &at, &what), 0);
}

/* outfile_id: one stat of the output, compared with each input's. */
static void test_outfile_id(void **state)
{
    (void)state;
    char dir[] = "/tmp/dipnet-id-XXXXXX";
    assert_non_null(mkdtemp(dir));
    char a[128], b[128], c[128];
    snprintf(a, sizeof a, "%s/a.txt", dir);
    snprintf(b, sizeof b, "%s/b.txt", dir);
    snprintf(c, sizeof c, "%s/none.txt", dir);
    FILE *fp = fopen(a, "w");
    assert_non_null(fp);
    fclose(fp);
    fp = fopen(b, "w");
    assert_non_null(fp);
    fclose(fp);
    outfile_id_t id;
    assert_int_equal(outfile_id(a, &id), 1);
    assert_int_equal(outfile_id_is(a, &id), 1);
    assert_int_equal(outfile_id_is(b, &id), 0);
    assert_int_equal(outfile_id_is(c, &id), 0);
    assert_int_equal(outfile_id(c, &id), 0);      /* no file: nothing to guard */
    assert_int_equal(outfile_id(dir, &id), 0);    /* a folder is no file to overwrite */
    assert_int_equal(outfile_same_file(a, a), 1);
    assert_int_equal(outfile_same_file(a, b), 0);
    assert_int_equal(outfile_same_file(c, c), 0);
    unlink(a);
    unlink(b);
    rmdir(dir);
}

/* pairindex: a key's items in arrival order; an undirected key is the
 * same in either order, a directed one is not; clear forgets them. */
static void test_pairindex(void **state)
{
    pairindex_t p;
    pairindex_init(&p);
    assert_int_equal(pairindex_first(&p, 0, 1, 2, 0), -1);
    for (uint32_t i = 0; i < 1000; i++)
        assert_int_equal(pairindex_add(&p, i % 3, i % 10, 100 + i % 10, i % 3 == 1, i), 0);
    /* key (1, 3, 103): items 13, 43, 73 ... in order; found as (103, 3) too */
    uint32_t want = 13;
    int n = 0;
    for (int32_t e = pairindex_first(&p, 1, 103, 3, 1); e >= 0; e = pairindex_next(&p, e)) {
        assert_int_equal(p.val[e], want);
        want += 30;
        n++;
    }
    assert_int_equal(n, 33);   /* 13, 43 ... 973 */
    /* directed: (0, 103, 3) is not (0, 3, 103) */
    assert_int_equal(pairindex_first(&p, 0, 103, 3, 0), -1);
    assert_true(pairindex_first(&p, 0, 3, 103, 0) >= 0);
    pairindex_clear(&p);
    assert_int_equal(pairindex_first(&p, 1, 3, 103, 1), -1);
    assert_int_equal(pairindex_add(&p, 1, 3, 103, 1, 7), 0);
    int32_t e = pairindex_first(&p, 1, 3, 103, 1);
    assert_true(e >= 0);
    assert_int_equal(p.val[e], 7);
    assert_int_equal(pairindex_next(&p, e), -1);
    pairindex_destroy(&p);
}

/* util/date: the civil-day arithmetic and the day after a YYYYMMDD day. */
static void test_date_arithmetic(void **state)
{
    (void)state;
    assert_int_equal(date_days_from_civil(1970, 1, 1), 0);
    assert_int_equal(date_days_from_civil(2000, 3, 1) -
                     date_days_from_civil(2000, 2, 28), 2);
    ev_date_t d = date_civil_from_days(date_days_from_civil(2012, 2, 7));
    assert_int_equal(d.year, 2012);
    assert_int_equal(d.month, 2);
    assert_int_equal(d.day, 7);
    ev_date_t x = {2011, 12, 31};
    d = date_add_days(x, 1);
    assert_int_equal(d.year * 10000 + d.month * 100 + d.day, 20120101);
    d = date_add_days(x, -365);
    assert_int_equal(d.year * 10000 + d.month * 100 + d.day, 20101231);
    assert_int_equal(date_day_after(20160228), 20160229);
    assert_int_equal(date_day_after(20150228), 20150301);
    assert_int_equal(date_day_after(20151231), 20160101);
    assert_int_equal(date_days_in_month(1900, 2), 28);
    assert_int_equal(date_days_in_month(2000, 2), 29);
    assert_int_equal(date_leap(2024), 1);
    assert_int_equal(date_leap(2100), 0);
    ev_date_t y = {2012, 0, 0};
    assert_int_equal(ev_date_first_day(y), 20120101);
    assert_int_equal(ev_date_last_day(y), 20121231);
    char out[11];
    ev_date_format(y, out);
    assert_string_equal(out, "2012");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_threads_env),
        cmocka_unit_test(test_buf),
        cmocka_unit_test(test_strtab),
        cmocka_unit_test(test_radix),
        cmocka_unit_test(test_lines_estimate),
        cmocka_unit_test(test_pairindex),
        cmocka_unit_test(test_utf8),
        cmocka_unit_test(test_outfile_commit_and_abort),
        cmocka_unit_test(test_outfile_full_disk),
        cmocka_unit_test(test_diag_format),
        cmocka_unit_test(test_limit_binary),
        cmocka_unit_test(test_outfile_id),
        cmocka_unit_test(test_date_arithmetic),
        cmocka_unit_test(test_bigmem_grow_stays_aligned),
        cmocka_unit_test(test_bigmem_alloc),
        cmocka_unit_test(test_bigmem_huge_heap),
        cmocka_unit_test(test_lazylib),
    };
    return cmocka_run_group_tests_name("util", tests, NULL, NULL);
}
