#include "io/cameo.h"

#include <stdlib.h>
#include <string.h>

#include "util/diag.h"

/* ---- relations ---------------------------------------------------------- */

typedef struct {
    const char *code, *text;
    ev_relation_t rel;
    int reverse;
} rel_map_t;

static const rel_map_t rel_map[] = {
    {"040", "Consult", EV_REL_MEETING, 0},
    {"041", "Discuss by telephone", EV_REL_MEETING, 0},
    {"042", "Make a visit", EV_REL_VISIT, 0},
    {"043", "Host a visit", EV_REL_VISIT, 1},
    {"044", "Meet at a 'third' location", EV_REL_MEETING, 0},
    {"046", "Engage in negotiation", EV_REL_MEETING, 0},
    {"057", "Sign formal agreement", EV_REL_AGREEMENT, 0},
};
#define NREL (sizeof rel_map / sizeof rel_map[0])

static int same(const char *a, const char *s, size_t n)
{
    return strlen(a) == n && memcmp(a, s, n) == 0;
}

int cameo_code_relation(const char *code, size_t n, int *reverse)
{
    *reverse = 0;
    if (n != 3 || code[0] != '0') return -1;   /* fast path: most rows */
    for (size_t i = 0; i < NREL; i++)
        if (memcmp(rel_map[i].code, code, 3) == 0) {
            *reverse = rel_map[i].reverse;
            return (int)rel_map[i].rel;
        }
    return -1;
}

int cameo_text_relation(const char *text, size_t n, int *reverse)
{
    *reverse = 0;
    for (size_t i = 0; i < NREL; i++)
        if (same(rel_map[i].text, text, n)) {
            *reverse = rel_map[i].reverse;
            return (int)rel_map[i].rel;
        }
    return -1;
}

/* ---- countries, regions, actor types ------------------------------------ */

static int cmp_n(const char *key, size_t n, const char *s)
{
    size_t m = strlen(s);
    int c = memcmp(key, s, n < m ? n : m);
    if (c) return c;
    return n < m ? -1 : n > m ? 1 : 0;
}

const cameo_country_t *cameo_country(const char *code, size_t n)
{
    size_t lo = 0, hi = cameo_ncountries;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        int c = cmp_n(code, n, cameo_countries[mid].code);
        if (!c) return &cameo_countries[mid];
        if (c < 0) hi = mid;
        else lo = mid + 1;
    }
    return NULL;
}

int cameo_is_state_name(const char *s, size_t n)
{
    size_t lo = 0, hi = cameo_nstate_names;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        int c = cmp_n(s, n, cameo_state_names[mid]);
        if (!c) return 1;
        if (c < 0) hi = mid;
        else lo = mid + 1;
    }
    return 0;
}

int cameo_is_region_name(const char *s, size_t n)
{
    for (size_t i = 0; i < cameo_ncountries; i++)
        if (cameo_countries[i].region && same(cameo_countries[i].name, s, n))
            return 1;
    return 0;
}

/* Sector labels follow ICEWS's sector actors ("Government (Nigeria)",
 * "Police (Nigeria)", "Citizen (India)") so both datasets meet. */
static const cameo_role_t roles[] = {
    {"AGR", "Agriculture", EV_KIND_GROUP},
    {"BUS", "Business", EV_KIND_INSTITUTION},
    {"COP", "Police", EV_KIND_INSTITUTION},
    {"CRM", "Criminal", EV_KIND_GROUP},
    {"CVL", "Citizen", EV_KIND_GROUP},
    {"DEV", "Development", EV_KIND_GROUP},
    {"EDU", "Education", EV_KIND_INSTITUTION},
    {"ELI", "Elite", EV_KIND_GROUP},
    {"ENV", "Environment", EV_KIND_GROUP},
    {"GOV", "Government", EV_KIND_INSTITUTION},
    {"HLH", "Health", EV_KIND_INSTITUTION},
    {"HRI", "Human Rights", EV_KIND_GROUP},
    {"IGO", "International Organization", EV_KIND_INSTITUTION},
    {"IMG", "International Militarized Group", EV_KIND_GROUP},
    {"INS", "Insurgent", EV_KIND_GROUP},
    {"JUD", "Judiciary", EV_KIND_INSTITUTION},
    {"LAB", "Labor", EV_KIND_GROUP},
    {"LEG", "Legislature", EV_KIND_INSTITUTION},
    {"MED", "Media", EV_KIND_INSTITUTION},
    {"MIL", "Military", EV_KIND_INSTITUTION},
    {"MNC", "Multinational Corporation", EV_KIND_INSTITUTION},
    {"MOD", "Moderate", EV_KIND_GROUP},
    {"NGM", "Non-governmental Movement", EV_KIND_GROUP},
    {"NGO", "Non-governmental Organization", EV_KIND_INSTITUTION},
    {"OPP", "Opposition", EV_KIND_GROUP},
    {"PTY", "Party", EV_KIND_INSTITUTION},
    {"RAD", "Radical", EV_KIND_GROUP},
    {"REB", "Rebel", EV_KIND_GROUP},
    {"REF", "Refugee", EV_KIND_GROUP},
    {"REL", "Religious", EV_KIND_GROUP},
    {"SEP", "Separatist", EV_KIND_GROUP},
    {"SET", "Settler", EV_KIND_GROUP},
    {"SPY", "Intelligence", EV_KIND_INSTITUTION},
    {"UAF", "Armed Group", EV_KIND_GROUP},
};

const cameo_role_t *cameo_role(const char *code, size_t n)
{
    for (size_t i = 0; i < sizeof roles / sizeof roles[0]; i++)
        if (same(roles[i].code, code, n)) return &roles[i];
    return NULL;
}

const cameo_role_t *cameo_role_by_label(const char *s, size_t n)
{
    for (size_t i = 0; i < sizeof roles / sizeof roles[0]; i++)
        if (same(roles[i].label, s, n)) return &roles[i];
    return NULL;
}

typedef struct {
    const char *code, *name;
    ev_kind_t kind;
} known_group_t;

/* Only groups whose CAMEO code is certain; others keep GDELT's own name. */
static const known_group_t known_groups[] = {
    {"AMN", "Amnesty International", EV_KIND_INSTITUTION},
    {"ARL", "Arab League", EV_KIND_INSTITUTION},
    {"ASN", "Association of Southeast Asian Nations", EV_KIND_INSTITUTION},
    {"EEC", "European Union", EV_KIND_INSTITUTION},
    {"HRW", "Human Rights Watch", EV_KIND_INSTITUTION},
    {"IMF", "International Monetary Fund", EV_KIND_INSTITUTION},
    {"MSF", "Doctors Without Borders", EV_KIND_INSTITUTION},
    {"NAT", "North Atlantic Treaty Organization", EV_KIND_INSTITUTION},
    {"OPC", "Organization of the Petroleum Exporting Countries",
     EV_KIND_INSTITUTION},
    {"TAL", "Taliban", EV_KIND_GROUP},
    {"UNO", "United Nations", EV_KIND_INSTITUTION},
    {"WBK", "World Bank", EV_KIND_INSTITUTION},
    {"WTO", "World Trade Organization", EV_KIND_INSTITUTION},
    {"XFM", "Oxfam", EV_KIND_INSTITUTION},
};

const char *cameo_known_group(const char *code, size_t n, ev_kind_t *kind)
{
    for (size_t i = 0; i < sizeof known_groups / sizeof known_groups[0]; i++)
        if (same(known_groups[i].code, code, n)) {
            if (kind) *kind = known_groups[i].kind;
            return known_groups[i].name;
        }
    return NULL;
}

/* ---- names -------------------------------------------------------------- */

static int is_upper(int c) { return c >= 'A' && c <= 'Z'; }
static int is_lower(int c) { return c >= 'a' && c <= 'z'; }
static int to_lower(int c) { return is_upper(c) ? c + 32 : c; }
static int to_upper(int c) { return is_lower(c) ? c - 32 : c; }

/* Words written in lower case inside a title-cased name. */
static const char *const small_words[] = {"AND", "OF", "THE", "FOR", "DE",
                                          "DU", "DA", "AL", "BIN", "VON",
                                          "VAN", "DER", "ON", "IN", "TO"};

static int is_small_word(const char *w, size_t n)
{
    for (size_t i = 0; i < sizeof small_words / sizeof small_words[0]; i++) {
        size_t m = strlen(small_words[i]);
        if (m != n) continue;
        size_t k = 0;
        while (k < n && to_upper((unsigned char)w[k]) == small_words[i][k]) k++;
        if (k == n) return 1;
    }
    return 0;
}

int cameo_titlecase(buf_t *out, const char *s, size_t n)
{
    if (n > 4 && memcmp(s, "THE ", 4) == 0) {
        s += 4;
        n -= 4;
    }
    if (buf_reserve(out, n + 1) < 0 || buf_append(out, "", 0) < 0) return -1;
    size_t i = 0;
    int first_word = 1;
    while (i < n) {
        size_t j = i;
        while (j < n && s[j] != ' ') j++;
        int small = !first_word && is_small_word(s + i, j - i);
        for (size_t k = i; k < j; k++) {
            int c = (unsigned char)s[k];
            /* Upper after a word start, a hyphen or an apostrophe
             * ("Guinea-Bissau", "O'Neill"). */
            int start = k == i || s[k - 1] == '-' || s[k - 1] == '\'';
            if (start && !small) c = to_upper(c);
            else c = to_lower(c);
            if (buf_putc(out, (char)c) < 0) return -1;
        }
        if (j < n && buf_putc(out, ' ') < 0) return -1;
        first_word = 0;
        i = j + 1;
    }
    return 0;
}

/* Words that make a name an office, an organisation or a place, not a
 * person (upper case; compared case-insensitively). */
static const char *const not_person_words[] = {
    "ADMINISTRATION", "AGENCE", "AGENCY", "AIR", "AIRPORT", "ALLIANCE",
    "AMBASSADOR", "ARMY", "ASSEMBLY", "ASSOCIATION", "ATTORNEY",
    "AUTHORITIES", "AUTHORITY", "BANK", "BAY", "BEACH", "BOARD", "BORDERS",
    "BRIGADE", "BRIGADES", "BUREAU", "BUSINESS", "CABINET", "CAPE", "CAPTAIN",
    "CATHOLIC", "CENTER", "CENTRAL", "CENTRE", "CHAMBER", "CHANCELLOR",
    "CHIEF", "CHRISTIAN", "CHRONICLE", "CITIZEN", "CITIZENS", "CITY",
    "COALITION", "COAST", "COMMANDER", "COMMISSION", "COMMITTEE", "COMMUNITY",
    "COMPANY", "CONGRESS", "CORP", "CORPORATION", "COUNCIL", "COUNTRY",
    "COUNTY", "COURT", "DAILY", "DEFENCE", "DEFENSE", "DELEGATE",
    "DELEGATION", "DEPARTMENT", "DEPUTY", "DISTRICT", "DOCTOR", "DOCTORS",
    "EAST", "EASTERN", "EDUCATION", "EMBASSY", "EMPLOYEE", "EMPLOYEES",
    "ENVIRONMENT", "ENVOY", "EUROPEAN", "FARMER", "FARMERS", "FEDERATION",
    "FINANCE", "FORCE", "FORCES", "FOREIGN", "FORT", "FOUNDATION", "FRONT",
    "FUND", "GAZETTE", "GENERAL", "GOVERNMENT", "GOVERNOR", "GROUP", "GUARD",
    "GULF", "HEALTH", "HERALD", "HILLS", "HOSPITAL", "HOUSE", "INC",
    "INSTITUTE", "INTERIOR", "INTERNATIONAL", "ISLAMIC", "ISLAMIST", "ISLAND",
    "ISLANDS", "JUDGE", "JUSTICE", "KINGDOM", "LAKE", "LAWMAKER", "LAWMAKERS",
    "LAWYER", "LAWYERS", "LEADER", "LEADERS", "LEAGUE", "LEGISLATOR", "LOS",
    "LTD", "MAYOR", "MEDIA", "MILITANT", "MILITANTS", "MILITARY", "MINE",
    "MINIST", "MINISTER", "MINISTERS", "MINISTRIES", "MINISTRY", "MINORITY",
    "MONITOR", "MOUNT", "MOVEMENT", "MUSLIM", "MUSLIMS", "NATIONAL",
    "NATIONS", "NAVY", "NEW", "NEWS", "NEWSPAPER", "NORTH", "NORTHERN",
    "OFFICE", "OFFICER", "OFFICERS", "OFFICIAL", "OFFICIALS", "OPPOSITION",
    "ORGANISATION", "ORGANIZATION", "PARK", "PARLIAMENT", "PARTY", "PEOPLE",
    "POLICE", "POLITICIAN", "PORT", "PORTS", "POST", "PREMIER", "PRESIDENT",
    "PRESS", "PRESSE", "PRIME", "PRISON", "PROSECUTOR", "PROTESTER",
    "PROTESTERS", "PROVINCE", "RADIO", "REBEL", "REBELS", "REFUGEE",
    "REFUGEES", "REGION", "REPUBLIC", "RESIDENTS", "RIGHTS", "RIVER", "SAN",
    "SANTA", "SCHOOL", "SCHOOLS", "SECRETARY", "SECURITY", "SENATE",
    "SENATOR", "SERVICE", "SERVICES", "SOLDIER", "SOLDIERS", "SOUTH",
    "SOUTHERN", "SPOKESMAN", "SPOKESPERSON", "SPOKESWOMAN", "STATE", "STATES",
    "STREET", "STUDENT", "STUDENTS", "TEACHER", "TEACHERS", "TELEVISION",
    "THE", "TIMES", "TRADE", "TRIBUNE", "TROOPS", "TV", "UNION", "UNITED",
    "UNIVERSITY", "VALLEY", "VICE", "VILLAGERS", "WATCH", "WEST", "WESTERN",
    "WORKER", "WORKERS",
};

static int is_not_person_word(const char *w, size_t n)
{
    size_t lo = 0, hi = sizeof not_person_words / sizeof not_person_words[0];
    char up[16];
    if (n >= sizeof up) return 0;
    for (size_t k = 0; k < n; k++) up[k] = (char)to_upper((unsigned char)w[k]);
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        int c = cmp_n(up, n, not_person_words[mid]);
        if (!c) return 1;
        if (c < 0) hi = mid;
        else lo = mid + 1;
    }
    return 0;
}

static int roman(const char *w, size_t n)
{
    for (size_t k = 0; k < n; k++)
        if (!strchr("IVXL", w[k])) return 0;
    return 1;
}

int cameo_person_like(const char *s, size_t n)
{
    size_t words = 0, i = 0;
    int upper_only = 1;   /* GDELT writes names in capitals */
    for (size_t k = 0; k < n; k++)
        if (is_lower((unsigned char)s[k])) upper_only = 0;
    while (i < n) {
        size_t j = i;
        while (j < n && s[j] != ' ') j++;
        if (j == i) return 0;   /* double or leading space */
        size_t letters = 0, caps = 0;
        for (size_t k = i; k < j; k++) {
            unsigned char c = (unsigned char)s[k];
            if (is_upper(c)) { letters++; caps++; }
            else if (is_lower(c) || c >= 0x80) letters++;
            else if (c != '.' && c != '-' && c != '\'') return 0;
        }
        if (!letters) return 0;
        /* An acronym ("UN Security Council") is not part of a name;
         * initials ("A.K.") and regnal numbers ("Benedict XVI") are. */
        if (!upper_only && caps >= 2 && caps == letters &&
            !memchr(s + i, '.', j - i) && !(words && roman(s + i, j - i)))
            return 0;
        if (is_not_person_word(s + i, j - i)) return 0;
        if (++words > 6) return 0;
        i = j + 1;
    }
    return words >= 2;
}

/* ---- line reader -------------------------------------------------------- */

#define LINES_CAP (1u << 20)

int cameo_lines_init(cameo_lines_t *r, FILE *fp, const char *name,
                     size_t maxline)
{
    memset(r, 0, sizeof *r);
    r->name = name;
    r->maxline = maxline < LINES_CAP / 2 ? maxline : LINES_CAP / 2;
    if (lines_init(&r->lr, fp) < 0) return diag_nomem("line buffer");
    r->lr.max_line = r->maxline;
    return DN_OK;
}

void cameo_lines_destroy(cameo_lines_t *r)
{
    lines_destroy(&r->lr);
}

int cameo_lines_next(cameo_lines_t *r, char **line, size_t *len)
{
    *line = NULL;
    *len = 0;
    char *p;
    size_t n;
    int got = lines_next(&r->lr, &p, &n);
    if (got == 0) return DN_OK;
    if (got == -1) return diag_error(DN_EIO, r->name, 0, 0, "read error");
    if (got == -2) return diag_nomem("line buffer");
    if (got == -3 || n > r->maxline)
        return diag_error(DN_EINPUT, r->name, r->line + 1,
                          (long)r->maxline + 1, "line longer than %zu bytes",
                          r->maxline);
    r->line++;
    if (n && p[n - 1] == '\r') n--;
    p[n] = '\0';
    if (r->line == 1 && n >= 3 && memcmp(p, "\xEF\xBB\xBF", 3) == 0) {
        p += 3;
        n -= 3;
    }
    char *z = memchr(p, '\0', n);
    if (z)
        return diag_error(DN_EINPUT, r->name, r->line, (long)(z - p) + 1,
                          "NUL byte in line");
    *line = p;
    *len = n;
    return DN_OK;
}

size_t cameo_split_tabs(char *line, size_t n, char **fields, size_t *lens,
                        size_t max)
{
    size_t count = 0;
    char *p = line, *end = line + n;
    for (;;) {
        char *t = memchr(p, '\t', (size_t)(end - p));
        char *fe = t ? t : end;
        if (count < max) {
            fields[count] = p;
            lens[count] = (size_t)(fe - p);
            *fe = '\0';
        }
        count++;
        if (!t) break;
        p = t + 1;
    }
    return count;
}

long cameo_utf8_bad(const char *s, size_t n)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t i = 0;
    while (i < n) {
        unsigned c = u[i];
        if (c < 0x80) { i++; continue; }
        size_t k;
        unsigned min;
        if (c >= 0xC2 && c <= 0xDF) { k = 1; min = 0x80; }
        else if (c >= 0xE0 && c <= 0xEF) { k = 2; min = 0x800; }
        else if (c >= 0xF0 && c <= 0xF4) { k = 3; min = 0x10000; }
        else return (long)i;
        unsigned cp = c & (0x3F >> k);
        for (size_t j = 1; j <= k; j++) {
            if (i + j >= n || (u[i + j] & 0xC0) != 0x80) return (long)i;
            cp = (cp << 6) | (u[i + j] & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return (long)i;
        i += k + 1;
    }
    return -1;
}
