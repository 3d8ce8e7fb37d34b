/* month: German month and weekday names (month.h). */
#include "text/month.h"

#include <string.h>

int text_month(const char *s, size_t n)
{
    static const char *const M[] = { "januar", "februar", "märz", "april", "mai",
        "juni", "juli", "august", "september", "oktober", "november", "dezember" };
    if (n < 3 || !(s[0] >= 'A' && s[0] <= 'Z')) return 0;
    /* every word of a text comes here: most leave at the first letter */
    switch (s[0]) {
    case 'J': case 'F': case 'M': case 'A': case 'S': case 'O': case 'N': case 'D': break;
    default: return 0;
    }
    for (int i = 0; i < 12; i++)
        if (text_word_is(s, n, M[i])) return i + 1;
    if (text_word_is(s, n, "maerz") || text_word_is(s, n, "märz")) return 3;
    if (n == 5 && memcmp(s, "M\xc3\xa4rz", 5) == 0) return 3;
    if (text_word_is(s, n, "jänner") || (n == 7 && memcmp(s, "J\xc3\xa4nner", 7) == 0)) return 1;
    if (text_word_is(s, n, "sept")) return 9;
    return 0;
}

int text_weekday(const char *s, size_t n)
{
    static const char *const W[] = { "montag", "dienstag", "mittwoch",
        "donnerstag", "freitag", "samstag", "sonntag", "sonnabend" };
    static const char *const PART[] = { "", "abend", "morgen", "nachmittag",
        "vormittag", "mittag", "nacht", "früh" };
    /* every word of a text comes here: most leave at the first letter */
    unsigned char c = n >= 6 ? (unsigned char)s[0] : 0;
    if (c >= 'A' && c <= 'Z') c = (unsigned char)(c + 32);
    if (c != 'm' && c != 'd' && c != 'f' && c != 's') return 0;
    for (int i = 0; i < 8; i++) {
        size_t m = strlen(W[i]);
        if (n < m || !text_word_is(s, m, W[i])) continue;
        for (size_t p = 0; p < sizeof PART / sizeof *PART; p++)
            if (text_word_is(s + m, n - m, PART[p])) return i == 7 ? 6 : i + 1;
    }
    return 0;
}
