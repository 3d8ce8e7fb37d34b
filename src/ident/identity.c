#define _GNU_SOURCE /* strndup */
#include "ident/identity.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ident/translit.h"
#include "io/cameo.h"
#include "util/diag.h"
#include "util/lines.h"

/* A user alias (folded name -> target) or a pair kept apart. */
typedef struct {
    char *name;                 /* folded */
    char *target;               /* as written (alias) or folded (apart) */
    int apart;
} ident_alias_t;

struct ident {
    reg_t reg;
    ident_lang_t lang;
    ident_alias_t *al;
    size_t nal, capal;
    buf_t key, label, id, tmp, tmp2; /* what ident_resolve hands out */
    buf_t stem;                 /* a name without a case ending */
    buf_t low, wkey;            /* quick reject: the name lowered, a word's
                                   variant key */
    strtab_t words;             /* every word of every registry key (folded,
                                   variant and last-name indexes) */
    uint64_t *wbits;            /* a filter before words: two bits a word
                                   (WBITS bits, small enough for the
                                   cache), clear = surely not a word */
    strtab_t alnames;           /* folded --aliases names (non-!=) ->
                                   their first alias line */
    uint32_t *alfirst;          /* alnames id -> index in al */
    size_t capalfirst;
    int no_quick;               /* ident_set_quick_reject(id, 0) */
    int oom;                    /* an allocation failed during a lookup:
                                   ident_resolve reports it rather than
                                   resolve differently */
};

/* German labels of the CAMEO sector types (the English ones are cameo's). */
static const struct { const char *code, *de; } sector_de[] = {
    {"GOV", "Regierung"},   {"MIL", "Militär"},     {"COP", "Polizei"},
    {"JUD", "Justiz"},      {"LEG", "Parlament"},   {"MED", "Medien"},
    {"BUS", "Wirtschaft"},  {"OPP", "Opposition"},  {"REB", "Rebellen"},
    {"INS", "Aufständische"}, {"CVL", "Bevölkerung"}, {"EDU", "Bildung"},
    {"HLH", "Gesundheit"},  {"SPY", "Geheimdienst"}, {"PTY", "Partei"},
    {"LAB", "Arbeitnehmer"}, {"REF", "Flüchtlinge"}, {"CRM", "Kriminelle"},
    {"REL", "Religiöse Gruppen"}, {"ELI", "Eliten"}, {"AGR", "Landwirtschaft"},
};

/* ------------------------------------------------------ quick reject
 *
 * Nearly every name of a big event file is in no registry, and the rules
 * below cost a dozen lookups and key computations each.  A word set
 * answers first: every word (space-separated) of every key of the three
 * registry indexes.  For an ASCII name (words w1 .. wm, lowered), each
 * rule needs words in the set:
 *   - a folded or variant key equal to a registry key (rules 4, 5): every
 *     word folded, or every word's variant key (the variant key of a
 *     name is its words' keys one after the other: no replacement spans
 *     a space), is a registry word;
 *   - a stem (rule 6, persons and states): w1 .. wm-1 and wm without one
 *     case ending, all folded or all as variant keys;
 *   - a last name (rule 7, persons): initials before it (or nothing), its
 *     variant key's words registry words.
 * A name for which none holds resolves as it is: it skips every lookup.
 * Names with other letters, codes (DEU, DEUGOV), "Label (Country)" and
 * --aliases names take every rule. */

#define WBITS (1u << 19)

static int wbit(const uint64_t *b, uint32_t x)
{
    x &= WBITS - 1;
    return (int)(b[x >> 6] >> (x & 63)) & 1;
}

/* 1 when w[0..n) is a registry word. */
static int is_word(const ident_t *id, const char *w, size_t n)
{
    uint32_t h = strtab_hash(w, n);
    if (!wbit(id->wbits, h) || !wbit(id->wbits, (h >> 19) | (h << 13)))
        return 0;
    return strtab_find_h(&id->words, w, n, h) >= 0;
}

static int add_words(ident_t *id, const char *key, size_t n)
{
    for (size_t i = 0; i < n;) {
        while (i < n && key[i] == ' ') i++;
        size_t j = i;
        while (j < n && key[j] != ' ') j++;
        if (j > i) {
            uint32_t h = strtab_hash(key + i, j - i);
            if (strtab_intern_h(&id->words, key + i, j - i, h, NULL) < 0)
                return -1;
            uint32_t x[2] = {h & (WBITS - 1), ((h >> 19) | (h << 13)) & (WBITS - 1)};
            for (int k = 0; k < 2; k++)
                id->wbits[x[k] >> 6] |= (uint64_t)1 << (x[k] & 63);
        }
        i = j;
    }
    return 0;
}

static int build_words(ident_t *id)
{
    id->wbits = calloc(WBITS / 64, sizeof *id->wbits);
    if (!id->wbits) return -1;
    const strtab_t *t[] = {&id->reg.folded, &id->reg.variant, &id->reg.last};
    for (size_t k = 0; k < sizeof t / sizeof t[0]; k++)
        for (size_t i = 0; i < strtab_count(t[k]); i++)
            if (add_words(id, strtab_str(t[k], i), strtab_len(t[k], i)) < 0)
                return -1;
    return 0;
}

/* 1 when every word of the variant key of w[0..n) (lower-case ASCII) is
 * in the set; -1 when memory runs out. */
static int variant_known(ident_t *id, const char *w, size_t n)
{
    if (tl_variant_key_ascii(w, n, &id->wkey) < 0) return -1;
    const char *k = id->wkey.data;
    size_t kn = id->wkey.len;
    for (size_t i = 0; i < kn;) {
        while (i < kn && k[i] == ' ') i++;
        size_t j = i;
        while (j < kn && k[j] != ' ') j++;
        if (j > i && !is_word(id, k + i, j - i)) return 0;
        i = j;
    }
    return 1;
}

static int is_upper3(const char *s);

/* 1 when a word is initials ("b." or "g.w."), as rule 7 reads them. */
static int is_initials(const char *w, size_t n)
{
    if (n < 2 || n % 2) return 0;
    for (size_t k = 1; k < n; k += 2)
        if (w[k] != '.') return 0;
    return 1;
}

int ident_quick_reject(ident_t *id, const char *name, ev_kind_t kind)
{
    size_t n = 0;
    while (name[n] && !(name[n] & 0x80)) n++;
    if (name[n] || n == 0) return 0; /* not ASCII (Cyrillic, umlauts) */
    if ((n == 3 || n == 6) && is_upper3(name) && (n == 3 || is_upper3(name + 3)))
        return 0; /* a GDELT/CAMEO code */
    if (name[n - 1] == ')') return 0; /* "Label (Country)" */
    buf_t *lo = &id->low;
    lo->len = 0;
    if (buf_reserve(lo, n + 1) < 0) return -1;
    for (size_t i = 0; i < n; i++)
        lo->data[i] = (char)(name[i] >= 'A' && name[i] <= 'Z' ? name[i] + 32
                                                              : name[i]);
    lo->data[n] = '\0';
    lo->len = n;
    /* an --aliases name (its folded form is this lowered one) */
    if (id->nal && strtab_find(&id->alnames, lo->data, n) >= 0) return 0;
    const char *s = lo->data;
    int person = kind == EV_KIND_PERSON;
    int stems = person || kind == EV_KIND_STATE;
    /* fold_all / var_all: every word so far in the set folded / as variant
     * key; initials: every word so far an initial ("b.") */
    int fold_all = 1, var_all = 1, initials = 1;
    size_t i = 0;
    while (i < n && s[i] == ' ') i++;
    if (i == n) return 0;
    for (;;) {
        size_t j = i;
        while (j < n && s[j] != ' ') j++;
        size_t e = j;
        while (e < n && s[e] == ' ') e++;
        int last = e == n;
        const char *w = s + i;
        size_t wl = j - i;
        if (!last) {
            if (fold_all) fold_all = is_word(id, w, wl);
            if (var_all && (var_all = variant_known(id, w, wl)) < 0) return -1;
            initials = initials && is_initials(w, wl);
            if (!fold_all && !var_all && !(person && initials)) return 1;
            i = e;
            continue;
        }
        /* the last word: the whole name, a stem, a last name */
        if (fold_all && is_word(id, w, wl)) return 0;
        int v = 0;
        if ((var_all || (person && initials)) && (v = variant_known(id, w, wl)))
            if (v < 0 || var_all || (person && initials)) return v < 0 ? -1 : 0;
        static const char *const endings[] = {"ns", "es", "s", "n"};
        for (size_t k = 0; stems && (fold_all || var_all) &&
                           k < sizeof endings / sizeof endings[0]; k++) {
            size_t el = strlen(endings[k]);
            if (wl <= el || memcmp(w + wl - el, endings[k], el)) continue;
            if (fold_all && is_word(id, w, wl - el)) return 0;
            if (var_all && (v = variant_known(id, w, wl - el))) return v < 0 ? -1 : 0;
        }
        return 1;
    }
}

void ident_set_quick_reject(ident_t *id, int on)
{
    id->no_quick = !on;
}

int ident_new(const char *path, ident_lang_t lang, ident_t **out)
{
    ident_t *id = calloc(1, sizeof *id);
    if (!id) return diag_nomem("actor registry");
    reg_init(&id->reg);
    id->lang = lang;
    buf_init(&id->key);
    buf_init(&id->label);
    buf_init(&id->id);
    buf_init(&id->tmp);
    buf_init(&id->tmp2);
    buf_init(&id->low);
    buf_init(&id->stem);
    buf_init(&id->wkey);
    strtab_init(&id->words);
    strtab_init(&id->alnames);
    int rc = reg_load(&id->reg, path);
    if (!rc && build_words(id) < 0) rc = diag_nomem("actor registry");
    if (rc) {
        ident_free(id);
        return rc;
    }
    *out = id;
    return DN_OK;
}

void ident_free(ident_t *id)
{
    if (!id) return;
    reg_destroy(&id->reg);
    for (size_t i = 0; i < id->nal; i++) {
        free(id->al[i].name);
        free(id->al[i].target);
    }
    free(id->al);
    buf_destroy(&id->key);
    buf_destroy(&id->label);
    buf_destroy(&id->id);
    buf_destroy(&id->tmp);
    buf_destroy(&id->tmp2);
    buf_destroy(&id->low);
    buf_destroy(&id->stem);
    buf_destroy(&id->wkey);
    strtab_destroy(&id->words);
    free(id->wbits);
    strtab_destroy(&id->alnames);
    free(id->alfirst);
    free(id);
}

const reg_t *ident_registry(const ident_t *id)
{
    return &id->reg;
}

/* ------------------------------------------------------------ the rules */

static int kinds_fit(ev_kind_t want, ev_kind_t have)
{
    return (want == EV_KIND_PERSON) == (have == EV_KIND_PERSON);
}

static long fit(const reg_t *r, long e, ev_kind_t kind)
{
    if (e < 0) return e;
    return kinds_fit(kind, r->e[e].kind) ? e : REG_NONE;
}

/* Whole-name lookups (rules 4-6).  *how gets the rule. */
static long find_name(ident_t *id, const char *name, ev_kind_t kind,
                      const char **how)
{
    const reg_t *r = &id->reg;
    if (ident_fold(name, &id->tmp) < 0) { id->oom = 1; return REG_NONE; }
    long e = fit(r, reg_find_folded(r, id->tmp.data), kind);
    if (e >= 0) {
        const reg_entry_t *x = &r->e[e];
        buf_t *t = &id->tmp2;
        int canon = 0;
        if (ident_fold(x->german, t) < 0) id->oom = 1;
        else canon = !strcmp(t->data, id->tmp.data);
        if (!canon && ident_fold(x->english, t) < 0) id->oom = 1;
        else if (!canon) canon = !strcmp(t->data, id->tmp.data);
        *how = canon ? "name" : "alias";
        return e;
    }
    if (e == REG_AMBIGUOUS) return e;
    if (tl_variant_key(name, &id->tmp) < 0) { id->oom = 1; return REG_NONE; }
    e = fit(r, reg_find_variant(r, id->tmp.data), kind);
    if (e >= 0) {
        *how = tl_has_cyrillic(name, strlen(name)) ? "transliteration"
                                                    : "spelling variant";
        return e;
    }
    if (e == REG_AMBIGUOUS) return e;
    /* one German case ending on the last word (persons and states: the
     * genitives a hand-edited event file may carry) */
    if (kind != EV_KIND_PERSON && kind != EV_KIND_STATE) return REG_NONE;
    static const char *const endings[] = {"ns", "es", "s", "n"};
    size_t n = strlen(name);
    const char *lw = strrchr(name, ' ');
    size_t wl = lw ? n - (size_t)(lw + 1 - name) : n;
    for (size_t i = 0; i < sizeof endings / sizeof endings[0]; i++) {
        size_t el = strlen(endings[i]);
        if (wl < el + 4 || strcmp(name + n - el, endings[i])) continue;
        buf_t *sb = &id->stem;
        buf_clear(sb);
        if (buf_append(sb, name, n - el) < 0) { id->oom = 1; return REG_NONE; }
        const char *stem = sb->data;
        long f = REG_NONE;
        if (ident_fold(stem, &id->tmp) == 0)
            f = fit(r, reg_find_folded(r, id->tmp.data), kind);
        else id->oom = 1;
        if (f == REG_NONE) {
            if (tl_variant_key(stem, &id->tmp) == 0)
                f = fit(r, reg_find_variant(r, id->tmp.data), kind);
            else id->oom = 1;
        }
        if (f >= 0) {
            *how = "inflection";
            return f;
        }
    }
    return REG_NONE;
}

/* An initial ("B.") or no first name before a last name (rule 7). */
static long find_person_part(ident_t *id, const char *name, const char **how)
{
    const reg_t *r = &id->reg;
    const char *sp = strrchr(name, ' ');
    char initial = 0;
    if (sp) {
        /* every word before the last an initial: "B." or "G. W." */
        for (const char *p = name; p < sp; p++) {
            if (*p == ' ') continue;
            if (!((p[0] >= 'A' && p[0] <= 'Z') && p[1] == '.')) return REG_NONE;
            if (!initial) initial = (char)(p[0] + 32);
            p++;
        }
    }
    const char *last = sp ? sp + 1 : name;
    if (strlen(last) < 3) return REG_NONE;
    if (tl_variant_key(last, &id->tmp) < 0) { id->oom = 1; return REG_NONE; }
    long e = reg_find_last(r, id->tmp.data);
    if (e < 0 || r->e[e].kind != EV_KIND_PERSON) return REG_NONE;
    if (initial) {
        const reg_entry_t *x = &r->e[e];
        char g = x->german[0] | 32, en = x->english[0] | 32;
        if (g != initial && en != initial) return REG_NONE;
        *how = "initial and last name";
    } else *how = "last name (unique in the registry)";
    return e;
}

/* The registry entry of a name by rules 4-7, or REG_NONE. */
static long find_entry(ident_t *id, const char *name, ev_kind_t kind,
                       const char **how)
{
    long e = find_name(id, name, kind, how);
    if (e >= 0) return e;
    if (kind == EV_KIND_PERSON) return find_person_part(id, name, how);
    return REG_NONE;
}

/* The state entry of an English or German country name or code. */
static long find_state(ident_t *id, const char *s, size_t n)
{
    char buf[128];
    if (n == 0 || n >= sizeof buf) return REG_NONE;
    memcpy(buf, s, n);
    buf[n] = '\0';
    const char *how;
    long e = find_name(id, buf, EV_KIND_STATE, &how);
    if (e >= 0 && id->reg.e[e].kind == EV_KIND_STATE) return e;
    return REG_NONE;
}

static int is_upper3(const char *s)
{
    for (int i = 0; i < 3; i++)
        if (s[i] < 'A' || s[i] > 'Z') return 0;
    return 1;
}

/* Fills the output for a sector of state entry st with CAMEO type code
 * `code` (or, when no code, the English label as written). */
static int put_sector(ident_t *id, long st, const char *code,
                      const char *label_en, size_t nlabel,
                      net_resolved_t *out)
{
    const reg_entry_t *s = &id->reg.e[st];
    const char *de = NULL;
    for (size_t i = 0; code && i < sizeof sector_de / sizeof sector_de[0]; i++)
        if (!strcmp(sector_de[i].code, code)) de = sector_de[i].de;
    buf_clear(&id->id);
    buf_clear(&id->label);
    int rc = 0;
    if (code) rc |= buf_printf(&id->id, "%s:%s", s->id, code);
    else {
        rc |= buf_printf(&id->id, "%s:", s->id);
        for (size_t i = 0; i < nlabel; i++) {
            char c = label_en[i];
            rc |= buf_putc(&id->id, c >= 'A' && c <= 'Z' ? (char)(c + 32)
                                    : c == ' ' ? '-' : c);
        }
    }
    if (id->lang == IDENT_DE && de)
        rc |= buf_printf(&id->label, "%s (%s)", de, s->german);
    else
        rc |= buf_printf(&id->label, "%.*s (%s)", (int)nlabel, label_en,
                         id->lang == IDENT_DE ? s->german : s->english);
    buf_clear(&id->key);
    rc |= buf_printf(&id->key, "=%s", id->id.data);
    if (rc) return diag_nomem("actor names");
    out->key = id->key.data;
    out->label = id->label.data;
    out->id = id->id.data;
    out->how = "sector of a state";
    return DN_OK;
}

static int put_entry(ident_t *id, long e, const char *how,
                     net_resolved_t *out)
{
    const reg_entry_t *x = &id->reg.e[e];
    buf_clear(&id->key);
    if (buf_printf(&id->key, "=%s", x->id) < 0) return diag_nomem("actor names");
    out->key = id->key.data;
    out->label = id->lang == IDENT_DE ? x->german : x->english;
    out->id = x->id;
    out->kind = x->kind;
    out->how = how;
    return DN_OK;
}

static int put_unknown(ident_t *id, const char *name, ev_kind_t kind,
                       net_resolved_t *out)
{
    buf_clear(&id->key);
    if (buf_putc(&id->key, (char)('0' + kind)) < 0 ||
        ident_fold(name, &id->tmp) < 0 ||
        buf_append(&id->key, id->tmp.data, id->tmp.len) < 0)
        return diag_nomem("actor names");
    /* the folded form starts with a kind digit, registry keys with '=' */
    buf_clear(&id->label);
    if (buf_puts(&id->label, name) < 0) return diag_nomem("actor names");
    out->key = id->key.data;
    out->label = id->label.data;
    out->id = "";
    out->kind = kind;
    out->how = "not in the registry";
    return DN_OK;
}

/* The registry actor named "<label> (<English name of state st>)", the
 * way the registry names a state's sector ("Government (Germany)" is
 * Bundesregierung), or REG_NONE: a code (DEUGOV) or another spelling of
 * the state ("Government (DEU)") must find the same actor as the name. */
static long find_registry_sector(ident_t *id, long st, const char *label,
                                 size_t nlabel, ev_kind_t kind)
{
    char buf[256];
    int w = snprintf(buf, sizeof buf, "%.*s (%s)", (int)nlabel, label,
                     id->reg.e[st].english);
    if (w < 0 || (size_t)w >= sizeof buf) return REG_NONE;
    const char *how;
    return find_name(id, buf, kind, &how);
}

/* Codes (rule 2) and sectors (rule 3); 1 when it applied. */
static int resolve_code_sector(ident_t *id, const char *name, ev_kind_t kind,
                               net_resolved_t *out, int *rc)
{
    size_t n = strlen(name);
    if ((n == 3 || n == 6) && is_upper3(name) && (n == 3 || is_upper3(name + 3))) {
        const cameo_country_t *c = cameo_country(name, 3);
        char cc[4] = {name[0], name[1], name[2], '\0'};
        long st = reg_find_id(&id->reg, cc);
        if (st < 0 && c && !c->region)
            st = find_state(id, c->name, strlen(c->name));
        if (st >= 0 && id->reg.e[st].kind != EV_KIND_STATE) st = REG_NONE;
        if (st >= 0 && n == 3 && kind != EV_KIND_PERSON) {
            *rc = put_entry(id, st, "country code", out);
            return 1;
        }
        const cameo_role_t *role = n == 6 ? cameo_role(name + 3, 3) : NULL;
        if (st >= 0 && role) {
            long e = find_registry_sector(id, st, role->label,
                                          strlen(role->label), role->kind);
            if (e >= 0) {
                *rc = put_entry(id, e, "country and role code", out);
                return 1;
            }
            out->kind = role->kind;
            *rc = put_sector(id, st, role->code, role->label,
                             strlen(role->label), out);
            if (!*rc) out->how = "country and role code";
            return 1;
        }
    }
    /* "Label (Country)" */
    if (n > 4 && name[n - 1] == ')') {
        const char *open = strrchr(name, '(');
        if (!open || open == name || open[-1] != ' ') return 0;
        long st = find_state(id, open + 1, (size_t)(name + n - 1 - (open + 1)));
        if (st < 0) return 0;
        const char *how;
        long e = find_name(id, name, kind, &how);
        if (e >= 0) {
            *rc = put_entry(id, e, "sector named in the registry", out);
            return 1;
        }
        size_t nl = (size_t)(open - 1 - name);
        const cameo_role_t *role = cameo_role_by_label(name, nl);
        for (size_t i = 0; !role && i < sizeof sector_de / sizeof sector_de[0]; i++)
            if (strlen(sector_de[i].de) == nl && !strncmp(sector_de[i].de, name, nl))
                role = cameo_role(sector_de[i].code, 3);
        if (role && (e = find_registry_sector(id, st, role->label,
                                              strlen(role->label), kind)) >= 0) {
            *rc = put_entry(id, e, "sector named in the registry", out);
            return 1;
        }
        out->kind = kind;
        *rc = put_sector(id, st, role ? role->code : NULL,
                         role ? role->label : name,
                         role ? strlen(role->label) : nl, out);
        return 1;
    }
    return 0;
}

/* The != partner of a folded name that resolves to entry e, if any. */
static int kept_apart(ident_t *id, const char *name, ev_kind_t kind, long e)
{
    if (ident_fold(name, &id->tmp2) < 0) { id->oom = 1; return 0; }
    char *self = strdup(id->tmp2.data);
    if (!self) { id->oom = 1; return 0; }
    int apart = 0;
    for (size_t i = 0; i < id->nal && !apart; i++) {
        const ident_alias_t *a = &id->al[i];
        if (!a->apart) continue;
        const char *other = !strcmp(a->name, self) ? a->target
                          : !strcmp(a->target, self) ? a->name : NULL;
        if (!other) continue;
        const char *how;
        long oe = find_entry(id, other, kind, &how);
        if (oe == e) apart = 1;
    }
    free(self);
    return apart;
}

static int resolve(ident_t *id, const char *name, ev_kind_t kind,
                   net_resolved_t *out);

int ident_resolve(void *ctx, const char *name, ev_kind_t kind,
                  net_resolved_t *out)
{
    ident_t *id = ctx;
    id->oom = 0;
    int rc = resolve(id, name, kind, out);
    if (!rc && id->oom) rc = diag_nomem("actor names");
    return rc;
}

static int resolve(ident_t *id, const char *name, ev_kind_t kind,
                   net_resolved_t *out)
{
    int rc = DN_OK;
    /* most names: in no registry and no --aliases line */
    int q = id->no_quick ? 0 : ident_quick_reject(id, name, kind);
    if (q < 0) return diag_nomem("actor names");
    if (q) return put_unknown(id, name, kind, out);
    /* 1. the user's aliases (the first line of the name) */
    if (id->nal && ident_fold(name, &id->tmp) < 0) id->oom = 1;
    else if (id->nal) {
        long slot = strtab_find(&id->alnames, id->tmp.data, id->tmp.len);
        if (slot >= 0) {
            const ident_alias_t *a = &id->al[id->alfirst[slot]];
            long e = reg_find_id(&id->reg, a->target);
            const char *how = NULL;
            if (e < 0) e = find_entry(id, a->target, kind, &how);
            if (e >= 0) return put_entry(id, e, "--aliases", out);
            rc = put_unknown(id, a->target, kind, out);
            out->how = "--aliases";
            return rc;
        }
    }
    if (resolve_code_sector(id, name, kind, out, &rc)) return rc;
    const char *how = NULL;
    long e = find_entry(id, name, kind, &how);
    if (e >= 0 && id->nal && strcmp(how, "name") && kept_apart(id, name, kind, e))
        e = REG_NONE;
    if (e >= 0) return put_entry(id, e, how, out);
    return put_unknown(id, name, kind, out);
}

/* ---------------------------------------------------------- --aliases */

int ident_load_aliases(ident_t *id, const char *path)
{
    FILE *fp = fopen(path, "rb");
    if (!fp) return diag_error(DN_EIO, path, 0, 0, "cannot open: %m");
    lines_t lr;
    if (lines_init(&lr, fp) < 0) { fclose(fp); return diag_nomem(path); }
    char *line;
    size_t len;
    long lineno = 0;
    int rc = DN_OK, got;
    buf_t f;
    buf_init(&f);
    while (!rc && (got = lines_next(&lr, &line, &len)) > 0) {
        lineno++;
        if (len && line[len - 1] == '\r') line[--len] = '\0';
        if (!len || line[0] == '#') continue;
        char *t1 = strchr(line, '\t');
        if (!t1 || t1 == line || !t1[1]) {
            rc = diag_error(DN_EINPUT, path, lineno, t1 ? (long)(t1 - line) + 2 : 1,
                            "expected NAME<TAB>TARGET or NAME<TAB>!=<TAB>OTHER");
            break;
        }
        *t1 = '\0';
        char *target = t1 + 1;
        int apart = 0;
        if (!strncmp(target, "!=", 2)) {
            apart = 1;
            target += 2;
            while (*target == '\t' || *target == ' ') target++;
            if (!*target) {
                rc = diag_error(DN_EINPUT, path, lineno, (long)(target - line) + 1,
                                "`!=` needs the other name after it");
                break;
            }
        }
        if (strchr(target, '\t')) {
            rc = diag_error(DN_EINPUT, path, lineno,
                            (long)(strchr(target, '\t') - line) + 1,
                            "too many cells");
            break;
        }
        if (id->nal == id->capal) {
            size_t c = id->capal ? id->capal * 2 : 16;
            ident_alias_t *a = realloc(id->al, c * sizeof *a);
            if (!a) { rc = diag_nomem(path); break; }
            id->al = a;
            id->capal = c;
        }
        ident_alias_t *a = &id->al[id->nal];
        if (ident_fold(line, &f) < 0 || !(a->name = strdup(f.data))) {
            rc = diag_nomem(path);
            break;
        }
        if (apart && ident_fold(target, &f) < 0) { free(a->name); rc = diag_nomem(path); break; }
        a->target = strdup(apart ? f.data : target);
        if (!a->target) { free(a->name); rc = diag_nomem(path); break; }
        a->apart = apart;
        id->nal++;
        if (!apart) {
            int added = 0;
            long slot = strtab_intern(&id->alnames, a->name, strlen(a->name),
                                      &added);
            if (slot < 0) { rc = diag_nomem(path); break; }
            if ((size_t)slot >= id->capalfirst) {
                size_t c = id->capalfirst ? id->capalfirst * 2 : 16;
                uint32_t *f2 = realloc(id->alfirst, c * sizeof *f2);
                if (!f2) { rc = diag_nomem(path); break; }
                id->alfirst = f2;
                id->capalfirst = c;
            }
            if (added) id->alfirst[slot] = (uint32_t)(id->nal - 1);
        }
    }
    if (!rc && got < 0) rc = diag_error(DN_EIO, path, lineno, 0, "read error");
    buf_destroy(&f);
    lines_destroy(&lr);
    fclose(fp);
    return rc;
}

/* ------------------------------------------------------- ident_unify */

static uint32_t find_root(uint32_t *p, uint32_t x)
{
    while (p[x] != x) x = p[x] = p[p[x]];
    return x;
}

/* 1 when a != line keeps the labels of actors a and b apart. */
static int pair_apart(ident_t *id, const net_t *net, uint32_t a, uint32_t b)
{
    if (!id->nal) return 0;
    buf_t fa, fb;
    buf_init(&fa);
    buf_init(&fb);
    int apart = 0;
    if (ident_fold(net_actor_name(net, a), &fa) == 0 &&
        ident_fold(net_actor_name(net, b), &fb) == 0)
        for (size_t i = 0; i < id->nal && !apart; i++) {
            const ident_alias_t *x = &id->al[i];
            apart = x->apart &&
                    ((!strcmp(x->name, fa.data) && !strcmp(x->target, fb.data)) ||
                     (!strcmp(x->name, fb.data) && !strcmp(x->target, fa.data)));
        }
    buf_destroy(&fa);
    buf_destroy(&fb);
    return apart;
}

/* Which transliteration conventions a name shows: bit 0 German (sch,
 * tsch, w, j: Duden), bit 1 English (sh, ch without s/t before it, zh, kh,
 * v, y: BGN/PCGN).  Two unknown names are one person only when one shows
 * only the German and the other only the English convention: names that
 * merely differ in s/z or a doubled letter (Sander, Zander), or that mix
 * both, are never merged. */
static int conventions(const char *name)
{
    int m = 0;
    for (const char *p = name; *p; p++) {
        char c = (char)(*p | 32), n1 = p[1] ? (char)(p[1] | 32) : 0;
        char pv = p > name ? (char)(p[-1] | 32) : ' ';
        if (c == 's' && n1 == 'c' && p[2] && (p[2] | 32) == 'h') m |= 1;
        else if (c == 'w' || c == 'j') m |= 1;
        if ((c == 's' || c == 'z' || c == 'k') && n1 == 'h' && pv != 'c') m |= 2;
        if (c == 'c' && n1 == 'h' && pv != 's' && pv != 't') m |= 2;
        if (c == 'v' || c == 'y') m |= 2;
    }
    return m;
}

/* The initial of a partial name ("D. Nasarbajewa" -> 'd'), 0 for a last
 * name alone, -1 when the name is not partial. */
static int partial_initial(const char *name)
{
    const char *sp = strrchr(name, ' ');
    if (!sp) return 0;
    int initial = 0;
    for (const char *p = name; p < sp; p++) {
        if (*p == ' ') continue;
        if (!(p[0] >= 'A' && p[0] <= 'Z' && p[1] == '.')) return -1;
        if (!initial) initial = p[0] + 32;
        p++;
    }
    return initial;
}

/* The variant key of the last name of the full name `name` into k (tmp:
 * scratch). */
static int last_key(const char *name, buf_t *tmp, buf_t *k)
{
    size_t ln;
    const char *l = ident_last_name(name, &ln);
    buf_clear(tmp);
    if (buf_append(tmp, l, ln) < 0) return -1;
    return tl_variant_key(tmp->data, k);
}

/* "i|KEY" (initial given) or "KEY" into k. */
static int initial_key(int initial, const buf_t *key, buf_t *k)
{
    buf_clear(k);
    if (initial && (buf_putc(k, (char)initial) < 0 || buf_putc(k, '|') < 0))
        return -1;
    return buf_append(k, key->data, key->len);
}

int ident_unify(ident_t *id, net_t *net)
{
    size_t n = net->nactors;
    if (!n) return DN_OK;
    uint32_t *parent = malloc(n * sizeof *parent);
    /* per actor: the partial_initial of a person (-2 not a person), and
     * the conventions of an unknown full name (0 otherwise) */
    signed char *pinit = malloc(n);
    unsigned char *conv = calloc(n, 1);
    int rc = DN_OK, merged = 0;
    buf_t k, lk, tmp;
    buf_init(&k);
    buf_init(&lk);
    buf_init(&tmp);
    strtab_t seen, lt;
    strtab_init(&seen);
    strtab_init(&lt);
    uint32_t *first = NULL, *who = NULL;
    if (!parent || !pinit || !conv) { rc = diag_nomem("merging actors"); goto out; }
    /* Keys are computed only when a merge is possible at all: a partial
     * unknown name exists (last names then), or unknown full names of
     * both conventions (full keys then).  No allocation per actor: keys
     * go to hash tables, the rest into two bytes an actor. */
    int need_last = 0, need_full = 0, conv_seen = 0;
    for (size_t i = 0; i < n; i++) {
        parent[i] = (uint32_t)i;
        pinit[i] = -2;
        if (net->actors[i].kind != EV_KIND_PERSON) continue;
        const char *name = net_actor_name(net, i);
        int pi = partial_initial(name);
        pinit[i] = (signed char)(pi < 0 ? -1 : pi > 0 ? 1 : 0);
        if (*net_actor_id(net, i)) continue;
        if (pi >= 0) need_last = 1;
        else {
            int c = conventions(name);
            conv[i] = (unsigned char)c;
            if (c == 1 || c == 2) conv_seen |= c;
        }
    }
    need_full = conv_seen == 3;
    /* Unknown full names whose variant keys are equal: one hash table
     * (key -> the first such actor), not a comparison of every pair. */
    if (need_full && !(first = malloc(n * sizeof *first))) {
        rc = diag_nomem("merging actors");
        goto out;
    }
    for (size_t i = 0; need_full && i < n; i++) {
        int ci = conv[i];
        if (pinit[i] != -1 || *net_actor_id(net, i) || (ci != 1 && ci != 2))
            continue;
        if (tl_variant_key(net_actor_name(net, i), &k) < 0) {
            rc = diag_nomem("merging actors");
            goto out;
        }
        int added = 0;
        long slot = strtab_intern(&seen, k.data, k.len, &added);
        if (slot < 0) { rc = diag_nomem("merging actors"); goto out; }
        if (added) { first[slot] = (uint32_t)i; continue; }
        uint32_t j = first[slot];
        int cj = conv[j];
        if (!(ci == 1 && cj == 2) && !(ci == 2 && cj == 1)) continue;
        if (pair_apart(id, net, (uint32_t)i, j)) continue;
        uint32_t ra = find_root(parent, (uint32_t)i), rb = find_root(parent, j);
        if (ra != rb) {
            parent[ra > rb ? ra : rb] = ra < rb ? ra : rb;
            merged = 1;
        }
    }
    /* Partial names (unresolved): the one full name with that last name
     * (and initial).  Table: "LASTKEY" and "i|LASTKEY" -> the one root of
     * the full names having it, or NET_NONE when there are several. */
    if (need_last && !(who = malloc(2 * n * sizeof *who))) {
        rc = diag_nomem("merging actors");
        goto out;
    }
    for (size_t j = 0; need_last && j < n; j++) {
        if (pinit[j] != -1) continue; /* persons' full names */
        const char *name = net_actor_name(net, j);
        if (last_key(name, &tmp, &lk) < 0) {
            rc = diag_nomem("merging actors");
            goto out;
        }
        uint32_t r = find_root(parent, (uint32_t)j);
        for (int withi = 0; withi < 2; withi++) {
            int added = 0;
            long slot = -1;
            if (initial_key(withi ? name[0] | 32 : 0, &lk, &k) == 0)
                slot = strtab_intern(&lt, k.data, k.len, &added);
            if (slot < 0) { rc = diag_nomem("merging actors"); goto out; }
            if (added) who[slot] = r;
            else if (who[slot] != r) who[slot] = NET_NONE;
        }
    }
    for (size_t i = 0; need_last && i < n; i++) {
        if (pinit[i] < 0 || *net_actor_id(net, i)) continue;
        const char *name = net_actor_name(net, i);
        int initial = partial_initial(name);
        if (last_key(name, &tmp, &lk) < 0 || initial_key(initial, &lk, &k) < 0) {
            rc = diag_nomem("merging actors");
            goto out;
        }
        long slot = strtab_find(&lt, k.data, k.len);
        if (slot < 0 || who[slot] == NET_NONE) continue;
        uint32_t b2 = who[slot];
        if (pair_apart(id, net, (uint32_t)i, b2)) continue;
        /* the full name stays the actor (its label, its id) */
        uint32_t a2 = find_root(parent, (uint32_t)i);
        if (a2 != b2 && find_root(parent, b2) == b2) {
            parent[a2] = b2;
            merged = 1;
        }
    }
    if (merged) {
        for (size_t i = 0; i < n; i++) parent[i] = find_root(parent, (uint32_t)i);
        net_t m;
        rc = net_merge(net, parent, "unique in the input", &m);
        if (!rc) {
            net_destroy(net);
            *net = m;
        }
    }
out:
    if (rc) net_destroy(net); /* as documented: the caller's net is gone */
    strtab_destroy(&seen);
    strtab_destroy(&lt);
    free(first);
    free(who);
    free(pinit);
    free(conv);
    free(parent);
    buf_destroy(&k);
    buf_destroy(&lk);
    buf_destroy(&tmp);
    return rc;
}
