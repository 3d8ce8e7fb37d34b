/* Tests of src/text/decode: UTF-8, Windows-1252, errors, NFC. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "text/decode.h"
#include "util/diag.h"

static char last_msg[1024];
static void capture(const char *line, void *ctx) { (void)ctx; snprintf(last_msg, sizeof last_msg, "%s", line); }

static void test_utf8_passes(void **st)
{
    (void)st;
    buf_t b; buf_init(&b);
    text_enc_t enc;
    const char *s = "Gr\xc3\xbc\xc3\x9f Gott";
    assert_int_equal(text_decode("x", s, strlen(s), &b, &enc), DN_OK);
    assert_int_equal(enc, TEXT_ENC_UTF8);
    assert_string_equal(buf_cstr(&b), s);
    buf_destroy(&b);
}

static void test_bom_removed(void **st)
{
    (void)st;
    buf_t b; buf_init(&b);
    const char *s = "\xef\xbb\xbf" "Abc";
    assert_int_equal(text_decode("x", s, strlen(s), &b, NULL), DN_OK);
    assert_string_equal(buf_cstr(&b), "Abc");
    buf_destroy(&b);
}

static void test_cp1252_transcoded(void **st)
{
    (void)st;
    buf_t b; buf_init(&b);
    text_enc_t enc;
    diag_set_sink(capture, NULL);
    /* "Außenminister – Grüße" in Windows-1252, with an en dash (0x96) */
    const char *s = "Au\xdf" "enminister \x96 Gr\xfc\xdf" "e";
    assert_int_equal(text_decode("old.txt", s, strlen(s), &b, &enc), DN_OK);
    assert_int_equal(enc, TEXT_ENC_CP1252);
    assert_string_equal(buf_cstr(&b), "Au\xc3\x9f" "enminister \xe2\x80\x93 Gr\xc3\xbc\xc3\x9f" "e");
    assert_non_null(strstr(last_msg, "Windows-1252"));
    diag_set_sink(NULL, NULL);
    buf_destroy(&b);
}

static void test_mixed_is_error_with_position(void **st)
{
    (void)st;
    buf_t b; buf_init(&b);
    diag_set_sink(capture, NULL);
    const char *s = "erste Zeile\nGr\xc3\xbc\xc3\x9f \xfc";
    assert_int_equal(text_decode("bad.txt", s, strlen(s), &b, NULL), DN_EINPUT);
    assert_non_null(strstr(last_msg, "bad.txt:2:6:"));
    diag_set_sink(NULL, NULL);
    buf_destroy(&b);
}

static void test_nul_is_error(void **st)
{
    (void)st;
    buf_t b; buf_init(&b);
    diag_set_sink(capture, NULL);
    const char s[] = { 'a', 'b', 0, 'c' };
    assert_int_equal(text_decode("bin", s, sizeof s, &b, NULL), DN_EINPUT);
    assert_non_null(strstr(last_msg, "bin:1:3:"));
    diag_set_sink(NULL, NULL);
    buf_destroy(&b);
}

static void test_nfc(void **st)
{
    (void)st;
    buf_t b; buf_init(&b);
    /* "Ba" + "u" + combining diaeresis -> "Baü" composed */
    const char *s = "Bau\xcc\x88";
    assert_int_equal(text_decode("x", s, strlen(s), &b, NULL), DN_OK);
    assert_string_equal(buf_cstr(&b), "Ba\xc3\xbc");
    buf_destroy(&b);
}

/* NFC of the code points cps[0..n) as UTF-8 into out (0 on failure). */
static int nfc_of(const unsigned *cps, size_t n, char *out, size_t cap)
{
    utf8proc_uint8_t in[64];
    size_t len = 0;
    for (size_t i = 0; i < n; i++)
        len += (size_t)utf8proc_encode_char((utf8proc_int32_t)cps[i], in + len);
    utf8proc_uint8_t *o = NULL;
    utf8proc_ssize_t m = utf8proc_map(in, (utf8proc_ssize_t)len, &o,
                                      UTF8PROC_STABLE | UTF8PROC_COMPOSE);
    if (m < 0 || (size_t)m >= cap) { free(o); return 0; }
    memcpy(out, o, (size_t)m);
    out[m] = '\0';
    free(o);
    return 1;
}

/* The code points decoding passes by the normaliser: each is its own NFC,
 * a starter, and composes with no character before it (tried with every
 * character that takes part in a canonical composition). */
static void test_nfc_stable_code_points(void **st)
{
    (void)st;
    unsigned firsts[2048];
    size_t nf = 0;
    for (unsigned c = 1; c < 0x110000 && nf < 2048; c++) {
        if (c >= 0xD800 && c <= 0xDFFF) continue;
        if (utf8proc_get_property((utf8proc_int32_t)c)->comb_index != UINT16_MAX)
            firsts[nf++] = c;
    }
    assert_true(nf > 100 && nf < 2048);
    size_t nstable = 0;
    for (unsigned c = 1; c < 0x110000; c++) {
        if (!text_nfc_stable(c)) continue;
        nstable++;
        assert_int_equal(utf8proc_get_property((utf8proc_int32_t)c)->combining_class, 0);
        char a[64], b[64];
        unsigned one[1] = { c };
        assert_true(nfc_of(one, 1, a, sizeof a));
        utf8proc_uint8_t enc[8];
        utf8proc_ssize_t k = utf8proc_encode_char((utf8proc_int32_t)c, enc);
        assert_memory_equal(a, enc, (size_t)k);
        for (size_t f = 0; f < nf; f++) {
            unsigned two[2] = { firsts[f], c };
            assert_true(nfc_of(two, 1, a, sizeof a - 8));
            size_t la = strlen(a);
            memcpy(a + la, enc, (size_t)k);
            a[la + (size_t)k] = '\0';
            assert_true(nfc_of(two, 2, b, sizeof b));
            assert_string_equal(a, b);
        }
    }
    assert_true(nstable > 700);
    assert_false(text_nfc_stable(0x0308));
    assert_false(text_nfc_stable(0x2000));
    /* a text of such code points comes out as it went in */
    buf_t out; buf_init(&out);
    const char *t = "Sch\xc3\xb6n \xe2\x80\x9eGipfel\xe2\x80\x9c \xe2\x80\x93 5 \xe2\x82\xac";
    assert_int_equal(text_decode("x", t, strlen(t), &out, NULL), DN_OK);
    assert_string_equal(buf_cstr(&out), t);
    buf_destroy(&out);
}

static void test_utf8_seq_rejects_overlong_and_surrogates(void **st)
{
    (void)st;
    const unsigned char over[] = { 0xC0, 0xAF }, sur[] = { 0xED, 0xA0, 0x80 };
    const unsigned char ok[] = { 0xE2, 0x80, 0x93 };
    unsigned cp;
    assert_int_equal(text_utf8_seq(over, 2, NULL), 0);
    assert_int_equal(text_utf8_seq(sur, 3, NULL), 0);
    assert_int_equal(text_utf8_seq(ok, 3, &cp), 3);
    assert_int_equal(cp, 0x2013);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_utf8_passes),
        cmocka_unit_test(test_bom_removed),
        cmocka_unit_test(test_cp1252_transcoded),
        cmocka_unit_test(test_mixed_is_error_with_position),
        cmocka_unit_test(test_nul_is_error),
        cmocka_unit_test(test_nfc),
        cmocka_unit_test(test_nfc_stable_code_points),
        cmocka_unit_test(test_utf8_seq_rejects_overlong_and_surrogates),
    };
    return cmocka_run_group_tests_name("text_decode", tests, NULL, NULL);
}
