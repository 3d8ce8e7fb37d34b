#include "text/decode.h"

#include <errno.h>
#include <iconv.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "util/diag.h"

size_t text_utf8_seq(const unsigned char *s, size_t n, unsigned *cp)
{
    if (n == 0) return 0;
    unsigned c = s[0], v;
    size_t len;
    if (c < 0x80) { if (cp) *cp = c; return 1; }
    if (c < 0xC2) return 0;
    if (c < 0xE0) { len = 2; v = c & 0x1F; }
    else if (c < 0xF0) { len = 3; v = c & 0x0F; }
    else if (c < 0xF5) { len = 4; v = c & 0x07; }
    else return 0;
    if (n < len) return 0;
    for (size_t i = 1; i < len; i++) {
        if ((s[i] & 0xC0) != 0x80) return 0;
        v = (v << 6) | (s[i] & 0x3F);
    }
    if ((len == 3 && v < 0x800) || (len == 4 && (v < 0x10000 || v > 0x10FFFF))
        || (v >= 0xD800 && v <= 0xDFFF))
        return 0;
    if (cp) *cp = v;
    return len;
}

int text_nfc_stable(unsigned cp)
{
    /* U+2000 and U+2001 decompose to U+2002 and U+2003; the combining
     * marks start at U+0300. */
    return cp < 0x300 || (cp >= 0x2010 && cp <= 0x205E) || cp == 0x20AC;
}

/* Line and 1-based column (in characters) of byte offset `at`, counting
 * valid UTF-8 sequences as one character and any other byte as one. */
static void locate(const unsigned char *s, size_t at, long *line, long *col)
{
    long l = 1, c = 1;
    size_t i = 0;
    while (i < at) {
        if (s[i] == '\n') { l++; c = 1; i++; continue; }
        size_t k = text_utf8_seq(s + i, at - i, NULL);
        i += k ? k : 1;
        c++;
    }
    *line = l;
    *col = c;
}

/* Transcodes Windows-1252 to UTF-8 into out.  iconv's WINDOWS-1252 rejects
 * the five undefined bytes (0x81 0x8D 0x8F 0x90 0x9D); those are taken as
 * Latin-1 (C1 controls) one byte at a time. */
static int from_cp1252(const char *doc, const char *in, size_t n, buf_t *out)
{
    iconv_t cd = iconv_open("UTF-8", "WINDOWS-1252");
    if (cd == (iconv_t)-1)
        return diag_error(DN_ENOMEM, doc, 0, 0, "iconv cannot convert from Windows-1252");
    int rc = DN_OK;
    char *ip = (char *)in;
    size_t ileft = n;
    if (buf_reserve(out, n * 3 + 1) < 0) { rc = diag_nomem("text_decode"); goto done; }
    while (ileft > 0) {
        char *op = out->data + out->len;
        size_t oleft = out->cap - out->len - 1;
        size_t r = iconv(cd, &ip, &ileft, &op, &oleft);
        out->len = (size_t)(op - out->data);
        if (r != (size_t)-1) break;
        if (errno == E2BIG) {
            if (buf_reserve(out, ileft * 3 + 16) < 0) { rc = diag_nomem("text_decode"); goto done; }
            continue;
        }
        /* EILSEQ on an undefined byte: emit it as Latin-1 (U+0080..U+009F). */
        unsigned char b = (unsigned char)*ip;
        char two[2] = { (char)(0xC0 | (b >> 6)), (char)(0x80 | (b & 0x3F)) };
        if (buf_append(out, two, 2) < 0) { rc = diag_nomem("text_decode"); goto done; }
        ip++;
        ileft--;
    }
    out->data[out->len] = '\0';
done:
    iconv_close(cd);
    return rc;
}

int text_decode(const char *doc, const char *bytes, size_t n, buf_t *out,
                text_enc_t *enc)
{
    const unsigned char *s = (const unsigned char *)bytes;
    buf_clear(out);
    if (n >= 3 && s[0] == 0xEF && s[1] == 0xBB && s[2] == 0xBF) {
        s += 3;
        n -= 3;
    }
    size_t first_bad = (size_t)-1;
    int multibyte = 0, unstable = 0;
    for (size_t i = 0; i < n;) {
        if (s[i] < 0x80) {
            if (s[i] == 0) {
                long l, c;
                locate(s, i, &l, &c);
                return diag_error(DN_EINPUT, doc, l, c, "NUL byte: not a text file");
            }
            i++;
            continue;
        }
        unsigned cp;
        size_t k = text_utf8_seq(s + i, n - i, &cp);
        if (k) {
            multibyte = 1;
            unstable |= !text_nfc_stable(cp);
            i += k;
            continue;
        }
        if (first_bad == (size_t)-1) first_bad = i;
        i++;
    }
    const char *src = (const char *)s;
    buf_t tmp;
    buf_init(&tmp);
    if (first_bad != (size_t)-1) {
        if (multibyte) {
            long l, c;
            locate(s, first_bad, &l, &c);
            return diag_error(DN_EINPUT, doc, l, c,
                              "invalid UTF-8 byte 0x%02X (the file mixes encodings)",
                              s[first_bad]);
        }
        int rc = from_cp1252(doc, src, n, &tmp);
        if (rc) { buf_destroy(&tmp); return rc; }
        diag_note(doc, 0, 0, "not UTF-8: decoded as Windows-1252");
        src = tmp.data;
        n = tmp.len;
        if (enc) *enc = TEXT_ENC_CP1252;
    } else if (enc) {
        *enc = TEXT_ENC_UTF8;
    }
    /* ASCII, and UTF-8 of code points NFC leaves alone, need no
     * normalisation: skip utf8proc (the common fast path). */
    if (!unstable && first_bad == (size_t)-1) {
        int r = n ? buf_append(out, src, n) : 0;
        buf_destroy(&tmp);
        return r < 0 ? diag_nomem("text_decode") : DN_OK;
    }
    utf8proc_uint8_t *nfc = NULL;
    utf8proc_ssize_t m = utf8proc_map((const utf8proc_uint8_t *)src,
                                      (utf8proc_ssize_t)n, &nfc,
                                      UTF8PROC_STABLE | UTF8PROC_COMPOSE);
    buf_destroy(&tmp);
    if (m < 0)
        return m == UTF8PROC_ERROR_NOMEM ? diag_nomem("text_decode")
               : diag_error(DN_EINPUT, doc, 0, 0, "cannot normalise: %s",
                            utf8proc_errmsg(m));
    int r = buf_append(out, (const char *)nfc, (size_t)m);
    free(nfc);
    return r < 0 ? diag_nomem("text_decode") : DN_OK;
}
