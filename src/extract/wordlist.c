#include "extract/wordlist.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "text/token.h"
#include "util/diag.h"

void wordlist_init(wordlist_t *w)
{
    strtab_init(&w->words);
    w->loaded = 0;
}

void wordlist_destroy(wordlist_t *w) { strtab_destroy(&w->words); }

int wordlist_loaded(const wordlist_t *w) { return w->loaded; }

int wordlist_load(wordlist_t *w, const char *path)
{
    FILE *fp = fopen(path, "rb");
    if (!fp) return DN_OK;
    int rc = DN_OK;
    char line[512];
    while (fgets(line, sizeof line, fp)) {
        size_t n = strlen(line);
        while (n && (line[n - 1] == '\n' || line[n - 1] == '\r')) n--;
        if (!n) continue;
        if (strtab_intern(&w->words, line, n, NULL) < 0) {
            rc = diag_nomem("word list");
            break;
        }
    }
    if (!rc && ferror(fp)) rc = diag_error(DN_EIO, path, 0, 0, "read error: %s", strerror(errno));
    fclose(fp);
    if (!rc) w->loaded = 1;
    return rc;
}

int wordlist_has(const wordlist_t *w, const char *s, size_t n)
{
    return strtab_find(&w->words, s, n) >= 0;
}

static int ends(const char *s, size_t n, const char *suf)
{
    size_t m = strlen(suf);
    return n > m + 2 && memcmp(s + n - m, suf, m) == 0;
}

int wordlist_common(const wordlist_t *w, const char *s, size_t n)
{
    static const char *const NOUNSUF[] = { "ung", "heit", "keit", "schaft",
        "tion", "ität", "ismus", "ment", "nis", "tum", "ling", "chen", "ierung",
        "ungen", "ungs", "sion", "gie", "logie", NULL };
    static const char *const FORMS[] = { "e", "en", "n", "er", "ern", "es", "se",
        "sen", "nen", "ne", NULL };
    for (const char *const *p = NOUNSUF; *p; p++)
        if (ends(s, n, *p)) return 1;
    if (!w->loaded || n == 0 || n > 200) return 0;
    char buf[256];
    if (!wordlist_has(w, s, n)) {
        /* an inflected form of a listed noun: Besuchen, Ministers */
        for (size_t k = 1; k <= 3 && k < n; k++)
            if (wordlist_has(w, s, n - k)) {
                memcpy(buf, s, n - k);
                if (wordlist_common(w, buf, n - k)) return 1;
            }
        return 0;
    }
    /* German capitalisation touches only the first letter */
    int common = 0;
    memcpy(buf, s, n);
    unsigned char c0 = (unsigned char)buf[0];
    int lowered = 0;
    if (c0 >= 'A' && c0 <= 'Z') { buf[0] = (char)(c0 + 32); lowered = 1; }
    else if (c0 == 0xC3 && n > 1 && ((unsigned char)buf[1] == 0x84 || (unsigned char)buf[1] == 0x96
                                      || (unsigned char)buf[1] == 0x9C)) {
        buf[1] = (char)((unsigned char)buf[1] + 0x20);
        lowered = 1;
    }
    if (lowered && wordlist_has(w, buf, n)) common = 1;
    for (const char *const *f = FORMS; !common && *f; f++) {
        size_t m = strlen(*f);
        if (n + m >= sizeof buf) break;
        memcpy(buf, s, n);
        memcpy(buf + n, *f, m);
        if (wordlist_has(w, buf, n + m)) common = 1;
    }
    return common;
}
