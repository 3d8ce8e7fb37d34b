#include "ident/translit.h"

#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

/* One Cyrillic letter (lower case) and its Latin forms.  `word_start` is
 * the form at the start of a word and after a vowel, ъ or ь (Duden je/ja,
 * BGN ye/ya for е, ё); NULL = the same as `plain`. */
typedef struct {
    utf8proc_int32_t cp;
    const char *duden, *duden_start;
    const char *bgn, *bgn_start;
} tl_letter_t;

/* Duden (German) and BGN/PCGN (Russian 1947, Kazakh letters after the
 * Kazakh romanisation BGN/PCGN uses) for every letter Russian and Kazakh
 * texts use. */
static const tl_letter_t letters[] = {
    {0x0430, "a", NULL, "a", NULL},        /* а */
    {0x0431, "b", NULL, "b", NULL},        /* б */
    {0x0432, "w", NULL, "v", NULL},        /* в */
    {0x0433, "g", NULL, "g", NULL},        /* г */
    {0x0434, "d", NULL, "d", NULL},        /* д */
    {0x0435, "e", "je", "e", "ye"},        /* е */
    {0x0451, "jo", NULL, "ë", "yë"},       /* ё */
    {0x0436, "sch", NULL, "zh", NULL},     /* ж */
    {0x0437, "s", NULL, "z", NULL},        /* з */
    {0x0438, "i", NULL, "i", NULL},        /* и */
    {0x0439, "i", NULL, "y", NULL},        /* й (Duden j before a vowel: below) */
    {0x043A, "k", NULL, "k", NULL},        /* к */
    {0x043B, "l", NULL, "l", NULL},        /* л */
    {0x043C, "m", NULL, "m", NULL},        /* м */
    {0x043D, "n", NULL, "n", NULL},        /* н */
    {0x043E, "o", NULL, "o", NULL},        /* о */
    {0x043F, "p", NULL, "p", NULL},        /* п */
    {0x0440, "r", NULL, "r", NULL},        /* р */
    {0x0441, "s", NULL, "s", NULL},        /* с (Duden ss between vowels: below) */
    {0x0442, "t", NULL, "t", NULL},        /* т */
    {0x0443, "u", NULL, "u", NULL},        /* у */
    {0x0444, "f", NULL, "f", NULL},        /* ф */
    {0x0445, "ch", NULL, "kh", NULL},      /* х */
    {0x0446, "z", NULL, "ts", NULL},       /* ц */
    {0x0447, "tsch", NULL, "ch", NULL},    /* ч */
    {0x0448, "sch", NULL, "sh", NULL},     /* ш */
    {0x0449, "schtsch", NULL, "shch", NULL}, /* щ */
    {0x044A, "", NULL, "\"", NULL},        /* ъ */
    {0x044B, "y", NULL, "y", NULL},        /* ы */
    {0x044C, "", NULL, "'", NULL},         /* ь */
    {0x044D, "e", NULL, "e", NULL},        /* э */
    {0x044E, "ju", NULL, "yu", NULL},      /* ю */
    {0x044F, "ja", NULL, "ya", NULL},      /* я */
    /* Kazakh */
    {0x04D9, "ä", NULL, "ä", NULL},        /* ә */
    {0x0493, "g", NULL, "gh", NULL},       /* ғ */
    {0x049B, "k", NULL, "q", NULL},        /* қ */
    {0x04A3, "ng", NULL, "ng", NULL},      /* ң */
    {0x04E9, "ö", NULL, "ö", NULL},        /* ө */
    {0x04B1, "u", NULL, "u", NULL},        /* ұ */
    {0x04AF, "ü", NULL, "ü", NULL},        /* ү */
    {0x04BB, "h", NULL, "h", NULL},        /* һ */
    {0x0456, "i", NULL, "i", NULL},        /* і */
    /* Ukrainian and Belarusian letters Russian lacks */
    {0x0454, "je", NULL, "ye", NULL},      /* є */
    {0x0457, "ji", NULL, "yi", NULL},      /* ї */
    {0x0491, "g", NULL, "g", NULL},        /* ґ */
    {0x045E, "u", NULL, "w", NULL},        /* ў */
};

static const tl_letter_t *letter(utf8proc_int32_t lower)
{
    for (size_t i = 0; i < sizeof letters / sizeof letters[0]; i++)
        if (letters[i].cp == lower) return &letters[i];
    return NULL;
}

static int is_cyr(utf8proc_int32_t c)
{
    return c >= 0x0400 && c <= 0x04FF;
}

int tl_has_cyrillic(const char *s, size_t n)
{
    const utf8proc_uint8_t *p = (const utf8proc_uint8_t *)s;
    utf8proc_ssize_t i = 0;
    while ((size_t)i < n) {
        utf8proc_int32_t c;
        utf8proc_ssize_t k = utf8proc_iterate(p + i, (utf8proc_ssize_t)n - i, &c);
        if (k <= 0) return 0;
        if (is_cyr(c)) return 1;
        i += k;
    }
    return 0;
}

static int cyr_vowel(utf8proc_int32_t lower)
{
    static const utf8proc_int32_t v[] = {0x0430, 0x0435, 0x0451, 0x0438,
                                         0x043E, 0x0443, 0x044B, 0x044D,
                                         0x044E, 0x044F, 0x04D9, 0x04E9,
                                         0x04B1, 0x04AF, 0x0456, 0x0454,
                                         0x0457};
    for (size_t i = 0; i < sizeof v / sizeof v[0]; i++)
        if (v[i] == lower) return 1;
    return 0;
}

/* Appends s with its first letter upper-cased when `upper`. */
static int put_form(buf_t *out, const char *s, int upper, int all_upper)
{
    if (!*s) return 0;
    if (!upper) return buf_puts(out, s);
    const utf8proc_uint8_t *p = (const utf8proc_uint8_t *)s;
    utf8proc_ssize_t i = 0, n = (utf8proc_ssize_t)strlen(s);
    int first = 1;
    while (i < n) {
        utf8proc_int32_t c;
        utf8proc_ssize_t k = utf8proc_iterate(p + i, n - i, &c);
        if (k <= 0) return buf_append(out, s + i, (size_t)(n - i));
        if (first || all_upper) c = utf8proc_toupper(c);
        utf8proc_uint8_t enc[4];
        utf8proc_ssize_t m = utf8proc_encode_char(c, enc);
        if (buf_append(out, (const char *)enc, (size_t)m) < 0) return -1;
        first = 0;
        i += k;
    }
    return 0;
}

int tl_cyrillic_to_latin(const char *s, tl_system_t sys, buf_t *out)
{
    const utf8proc_uint8_t *p = (const utf8proc_uint8_t *)s;
    utf8proc_ssize_t n = (utf8proc_ssize_t)strlen(s), i = 0;
    utf8proc_int32_t prev = 0; /* the previous code point, lower case */
    while (i < n) {
        utf8proc_int32_t c, next = 0, nxraw = 0;
        utf8proc_ssize_t k = utf8proc_iterate(p + i, n - i, &c);
        if (k <= 0) return buf_append(out, s + i, (size_t)(n - i));
        if (i + k < n && utf8proc_iterate(p + i + k, n - i - k, &nxraw) > 0)
            next = utf8proc_tolower(nxraw);
        utf8proc_int32_t lo = utf8proc_tolower(c);
        const tl_letter_t *l = is_cyr(lo) ? letter(lo) : NULL;
        if (!l) {
            if (buf_append(out, s + i, (size_t)k) < 0) return -1;
            prev = lo;
            i += k;
            continue;
        }
        /* Word start, or after a vowel, ъ, ь: the iotated forms. */
        int start = !is_cyr(prev) || cyr_vowel(prev) || prev == 0x044A ||
                    prev == 0x044C || prev == 0x0439;
        const char *form;
        if (sys == TL_DUDEN) {
            form = start && l->duden_start ? l->duden_start : l->duden;
            if (lo == 0x0439 && cyr_vowel(next)) form = "j";
            /* ё after ж ч ш щ is o in Duden */
            if (lo == 0x0451 && (prev == 0x0436 || prev == 0x0447 ||
                                 prev == 0x0448 || prev == 0x0449))
                form = "o";
            /* с between vowels is ss, so that it is not read as [z] */
            if (lo == 0x0441 && cyr_vowel(prev) && cyr_vowel(next)) form = "ss";
            /* ь before a vowel (Duden): j, unless the vowel brings its own
             * (е ё ю я are je jo ju ja there) */
            if (lo == 0x044C && cyr_vowel(next) && next != 0x0435 &&
                next != 0x0451 && next != 0x044E && next != 0x044F)
                form = "j";
        } else {
            form = start && l->bgn_start ? l->bgn_start : l->bgn;
        }
        int upper = c != lo;
        /* An all-capital word keeps capitals on every letter of a form. */
        int all_upper = upper && is_cyr(next) && nxraw != next;
        if (put_form(out, form, upper, all_upper) < 0) return -1;
        prev = lo;
        i += k;
    }
    return 0;
}

static int vowel(char c)
{
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
}

/* The longest-first replacements of the variant key (on folded ASCII). */
static const char *const repl[][2] = {
    {"schtsch", "s"}, {"shch", "s"}, {"tsch", "c"}, {"sch", "s"},
    {"zh", "s"},      {"sh", "s"},   {"ts", "s"},   {"tz", "s"},
    {"kh", "c"},      {"ch", "c"},   {"w", "v"},    {"z", "s"},
    {"j", "y"},       {"x", "ks"},   {"ph", "f"},   {"q", "k"},
};

static int variant_folded(const char *f, buf_t *out);

int tl_variant_key_ascii(const char *s, size_t n, buf_t *out)
{
    char small[256];
    char *f = n < sizeof small ? small : malloc(n + 1);
    if (!f) return -1;
    for (size_t i = 0; i < n; i++)
        f[i] = (char)(s[i] >= 'A' && s[i] <= 'Z' ? s[i] + 32 : s[i]);
    f[n] = '\0';
    int rc = variant_folded(f, out);
    if (f != small) free(f);
    return rc;
}

int tl_variant_key(const char *s, buf_t *out)
{
    /* ASCII (nearly every name of an event dataset): folded by hand on
     * the stack, no allocation */
    size_t an = 0;
    while (s[an] && !(s[an] & 0x80)) an++;
    if (!s[an]) return tl_variant_key_ascii(s, an, out);
    buf_t lat;
    buf_init(&lat);
    if (tl_has_cyrillic(s, strlen(s))) {
        if (tl_cyrillic_to_latin(s, TL_DUDEN, &lat) < 0) {
            buf_destroy(&lat);
            return -1;
        }
        s = lat.data;
    }
    /* BGN's ë is the sound of Duden's o (ё): Mirziyëyev = Mirsijojew */
    buf_t eo;
    buf_init(&eo);
    if (strstr(s, "\xC3\xAB") || strstr(s, "\xC3\x8B")) {
        for (const char *q = s; *q; q++) {
            int rc0 = 0;
            if ((unsigned char)q[0] == 0xC3 && ((unsigned char)q[1] == 0xAB ||
                                                (unsigned char)q[1] == 0x8B)) {
                rc0 = buf_putc(&eo, q[1] == '\xAB' ? 'o' : 'O');
                q++;
            } else rc0 = buf_putc(&eo, *q);
            if (rc0 < 0) {
                buf_destroy(&eo);
                buf_destroy(&lat);
                return -1;
            }
        }
        s = eo.data;
    }
    /* the transliteration may be ASCII now */
    an = 0;
    while (s[an] && !(s[an] & 0x80)) an++;
    if (!s[an]) {
        int rc = tl_variant_key_ascii(s, an, out);
        buf_destroy(&lat);
        buf_destroy(&eo);
        return rc;
    }
    utf8proc_uint8_t *folded = NULL;
    utf8proc_ssize_t m = utf8proc_map(
        (const utf8proc_uint8_t *)s, 0, &folded,
        UTF8PROC_NULLTERM | UTF8PROC_STABLE | UTF8PROC_DECOMPOSE |
            UTF8PROC_CASEFOLD | UTF8PROC_STRIPMARK);
    buf_destroy(&lat);
    buf_destroy(&eo);
    if (m < 0) { /* invalid UTF-8 (readers reject it): no key */
        out->len = 0;
        if (buf_reserve(out, 1) < 0) return -1;
        out->data[0] = '\0';
        return 0;
    }
    int rc = variant_folded((const char *)folded, out);
    free(folded);
    return rc;
}

/* The variant key of a folded (lower-case, marks stripped) name f. */
static int variant_folded(const char *f, buf_t *out)
{
    out->len = 0;
    if (buf_reserve(out, 1) < 0) return -1;
    out->data[0] = '\0';
    /* pass 1 (into out): replacements; hyphens are spaces, apostrophes
     * and quotes go, other non-letters stay (casefolding made ß "ss") */
    int rc = 0;
    for (size_t i = 0; f[i] && !rc;) {
        unsigned char c = (unsigned char)f[i];
        if (c == '-') { rc = buf_putc(out, ' '); i++; continue; }
        if (c == '\'' || c == '"' || c == '`') { i++; continue; }
        /* the lead byte first: two calls per byte of every new name
         * showed in profiles of big files */
        if ((c == 0xE2 && !strncmp(f + i, "\xE2\x80\x99", 3)) ||
            (c == 0xCA && !strncmp(f + i, "\xCA\xB9", 2))) {
            i += f[i] == '\xE2' ? 3 : 2;
            continue;
        }
        size_t r = 0;
        for (; r < sizeof repl / sizeof repl[0]; r++) {
            if (repl[r][0][0] != (char)c) continue; /* most bytes: none */
            size_t l = strlen(repl[r][0]);
            if (!strncmp(f + i, repl[r][0], l)) {
                rc = buf_puts(out, repl[r][1]);
                i += l;
                break;
            }
        }
        if (r == sizeof repl / sizeof repl[0]) {
            rc = buf_putc(out, (char)c);
            i++;
        }
    }
    /* pass 2, in place (it only shortens): y between vowels dropped, y
     * before a consonant or at the end of a word i (ы, й, -ij, -iy);
     * doubled letters single */
    size_t w = 0;
    char orig_prev = ' '; /* the unchanged previous byte (w may lag i) */
    int dropped = 0;      /* a y was just dropped: Kaja is not Ka */
    for (size_t i = 0; !rc && i < out->len; i++) {
        char c = out->data[i];
        char pv = orig_prev;
        orig_prev = c;
        char nx = i + 1 < out->len ? out->data[i + 1] : ' ';
        if (c == 'y') {
            if (vowel(pv) && vowel(nx)) { dropped = 1; continue; }
            if (!vowel(nx)) c = 'i';
        }
        if (!dropped && w && out->data[w - 1] == c &&
            ((c >= 'a' && c <= 'z') || c == ' '))
            continue;
        dropped = 0;
        out->data[w++] = c;
    }
    if (!rc) {
        out->len = w;
        out->data[w] = '\0';
    }
    /* trim a trailing space (from a final hyphen) */
    while (!rc && out->len && out->data[out->len - 1] == ' ')
        out->data[--out->len] = '\0';
    return rc;
}
