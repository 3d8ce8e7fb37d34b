#include "text/token.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "text/month.h"
#include "text/decode.h"
#include "util/diag.h"

void text_doc_init(text_doc_t *d) { memset(d, 0, sizeof *d); }

void text_doc_destroy(text_doc_t *d)
{
    free(d->toks);
    free(d->sents);
    memset(d, 0, sizeof *d);
}

int text_cp_upper(uint32_t cp)
{
    if (cp < 0x80) return cp >= 'A' && cp <= 'Z';
    return utf8proc_category((utf8proc_int32_t)cp) == UTF8PROC_CATEGORY_LU
           || utf8proc_category((utf8proc_int32_t)cp) == UTF8PROC_CATEGORY_LT;
}

int text_cp_lower(uint32_t cp)
{
    if (cp < 0x80) return cp >= 'a' && cp <= 'z';
    return utf8proc_category((utf8proc_int32_t)cp) == UTF8PROC_CATEGORY_LL;
}

/* Character classes the tokenizer needs. */
enum { C_SPACE, C_NL, C_LETTER, C_DIGIT, C_MARK, C_HYPHEN, C_APOS, C_SOFT, C_OTHER };

static int cls(uint32_t cp)
{
    if (cp < 0x80) {
        if (cp == '\n') return C_NL;
        if (cp == ' ' || cp == '\t' || cp == '\r' || cp == '\f' || cp == '\v') return C_SPACE;
        if ((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z') return C_LETTER;
        if (cp >= '0' && cp <= '9') return C_DIGIT;
        if (cp == '-') return C_HYPHEN;
        if (cp == '\'') return C_APOS;
        return C_OTHER;
    }
    switch (cp) {
    case 0xA0: case 0x2007: case 0x202F: case 0x3000: case 0xFEFF:
    case 0x200B: case 0x2028: case 0x2029:
        return C_SPACE;
    case 0xAD: return C_SOFT;
    case 0x2010: case 0x2011: return C_HYPHEN;
    case 0x2019: case 0x2032: return C_APOS;
    default: break;
    }
    if (cp >= 0x2000 && cp <= 0x200A) return C_SPACE;
    switch (utf8proc_category((utf8proc_int32_t)cp)) {
    case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LL: case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM: case UTF8PROC_CATEGORY_LO:
        return C_LETTER;
    case UTF8PROC_CATEGORY_MN: case UTF8PROC_CATEGORY_MC: case UTF8PROC_CATEGORY_ME:
        return C_MARK;
    case UTF8PROC_CATEGORY_ND: return C_DIGIT;
    case UTF8PROC_CATEGORY_ZS: return C_SPACE;
    default: return C_OTHER;
    }
}

/* Decodes the code point at s[i]; invalid bytes (cannot happen after
 * text_decode) count as one Latin-1 character. */
static size_t next_cp(const char *s, size_t n, size_t i, uint32_t *cp)
{
    unsigned char c = (unsigned char)s[i];
    if (c < 0x80) { *cp = c; return 1; }
    unsigned v;
    size_t k = text_utf8_seq((const unsigned char *)s + i, n - i, &v);
    if (!k) { *cp = c; return 1; }
    *cp = v;
    return k;
}

int text_tok_is(const text_doc_t *d, const text_tok_t *t, const char *w)
{
    size_t n = strlen(w);
    return t->len == n && memcmp(d->s + t->off, w, n) == 0;
}

int text_lower(const char *s, size_t n, buf_t *out)
{
    if (buf_reserve(out, n + 4) < 0) return -1;
    for (size_t i = 0; i < n;) {
        unsigned char c = (unsigned char)s[i];
        if (c < 0x80) {
            out->data[out->len++] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
            i++;
            continue;
        }
        uint32_t cp;
        size_t k = next_cp(s, n, i, &cp);
        utf8proc_int32_t lc = utf8proc_tolower((utf8proc_int32_t)cp);
        utf8proc_uint8_t enc[4];
        utf8proc_ssize_t m = utf8proc_encode_char(lc, enc);
        if (buf_reserve(out, (size_t)m + (n - i)) < 0) return -1;
        memcpy(out->data + out->len, enc, (size_t)m);
        out->len += (size_t)m;
        i += k;
    }
    out->data[out->len] = '\0';
    return 0;
}

static int push_tok(text_doc_t *d, const text_tok_t *t)
{
    if (d->ntok == d->tokcap) {
        size_t nc = d->tokcap ? d->tokcap * 2 : 1024;
        text_tok_t *p = realloc(d->toks, nc * sizeof *p);
        if (!p) return diag_nomem("tokenizer");
        d->toks = p;
        d->tokcap = nc;
    }
    d->toks[d->ntok++] = *t;
    return DN_OK;
}

static int is_letterish(int c) { return c == C_LETTER || c == C_MARK || c == C_DIGIT; }

static int tokenize(text_doc_t *d)
{
    const char *s = d->s;
    size_t n = d->n, i = 0;
    uint32_t line = 1, col = 1;
    int nl = 0, space = 0;
    while (i < n) {
        uint32_t cp;
        size_t k = next_cp(s, n, i, &cp);
        int c = cls(cp);
        if (c == C_NL) { nl++; space = 1; line++; col = 1; i += k; continue; }
        if (c == C_SPACE || c == C_SOFT) { space = 1; i += k; col++; continue; }
        text_tok_t t = { .off = (uint32_t)i, .line = line, .col = col, .cp = cp };
        t.flags = (uint8_t)((nl ? TOK_NL : 0) | (nl >= 2 ? TOK_PARA : 0)
                            | (space ? TOK_SPACE : 0));
        nl = 0;
        space = 0;
        if (is_letterish(c)) {
            int letters = 0, uppers = 0, digits_only = 1, prevc = c;
            size_t j = i;
            uint32_t jcol = col;
            while (j < n) {
                /* ASCII letters and digits, most of a text, without the
                 * general path's decoding and classing */
                unsigned char b = (unsigned char)s[j];
                if ((unsigned char)((b | 0x20) - 'a') < 26) {
                    letters++;
                    uppers += b <= 'Z';
                    digits_only = 0;
                    prevc = C_LETTER;
                    j++;
                    jcol++;
                    continue;
                }
                if ((unsigned char)(b - '0') < 10) {
                    prevc = C_DIGIT;
                    j++;
                    jcol++;
                    continue;
                }
                uint32_t q;
                size_t kk = next_cp(s, n, j, &q);
                int cq = cls(q);
                if (is_letterish(cq)) {
                    if (cq == C_LETTER) {
                        letters++;
                        if (text_cp_upper(q)) uppers++;
                    }
                    if (cq != C_DIGIT) digits_only = 0;
                    prevc = cq;
                    j += kk;
                    jcol++;
                    continue;
                }
                if (cq == C_SOFT) { j += kk; jcol++; continue; }
                if (cq == C_HYPHEN || cq == C_APOS) {
                    /* Joins when a letter stands on one side and a word
                     * character follows; a hyphen before a space elides. */
                    uint32_t r = 0;
                    int cr = j + kk < n ? (next_cp(s, n, j + kk, &r), cls(r)) : C_SPACE;
                    if (is_letterish(cr)
                        && (prevc == C_LETTER || prevc == C_MARK || cr == C_LETTER
                            || cq == C_APOS)
                        && !(cq == C_APOS && cr != C_LETTER)) {
                        digits_only = 0;
                        prevc = cq;
                        j += kk;
                        jcol++;
                        continue;
                    }
                    if (cq == C_HYPHEN && prevc == C_LETTER
                        && (cr == C_SPACE || cr == C_NL)) {
                        t.flags |= TOK_TRUNC;
                        j += kk;
                        jcol++;
                    }
                }
                break;
            }
            t.len = (uint32_t)(j - i);
            t.type = digits_only ? TOK_NUM : TOK_WORD;
            if (!digits_only && text_cp_upper(cp)) t.flags |= TOK_CAP;
            if (letters >= 2 && uppers == letters) t.flags |= TOK_UPPER;
            col = jcol;
            i = j;
        } else {
            t.len = (uint32_t)k;
            t.type = TOK_PUNCT;
            i += k;
            col++;
        }
        int rc = push_tok(d, &t);
        if (rc) return rc;
    }
    return DN_OK;
}

/* Abbreviations that take a full stop inside a sentence (case-sensitive). */
static const char *const ABBREV[] = {
    "Nr", "Dr", "Prof", "bzw", "ca", "vgl", "Str", "St", "Mio", "Mrd", "Abs",
    "Jh", "Jhd", "geb", "gest", "Hrsg", "evtl", "ggf", "inkl", "zzgl",
    "Tel", "bzgl", "sog", "ehem", "Sen", "Abg", "Std", "Bd",
    "Kap", "Jr", "Sr", "Mr", "Mrs", "Ms", "Hl", "Fa", "Tsd", "rd", "Bsp",
    "insb", "ff", "ebd", "Verf", "Dipl", "Ing", "Mag", "Mgr", "Pfr", "Präs",
    "Vors", "Stellv", "stellv", "Reg", "Jan", "Feb", "Febr", "Apr", "Aug",
    "Sep", "Sept", "Okt", "Nov", "Dez", "Mo", "Di", "Mi", "Do", "Fr", "Sa",
    "So", "Ziff", "lt", "zit", "u", "v", "z", "d", "o", "s", "a", "i", "e",
    "zw", "Chr", "n", "bspw", "gem", "Anm", "No", "Co", "Inc",
    "Ltd", "Corp", "jun", "sen", "ev", "kath", "röm", "evang", NULL
};

static int is_abbrev(const text_doc_t *d, const text_tok_t *t)
{
    if (t->type != TOK_WORD || t->len > 6) return 0;
    for (const char *const *a = ABBREV; *a; a++)
        if (text_tok_is(d, t, *a)) return 1;
    return 0;
}

static int is_closer(uint32_t cp)
{
    return cp == '"' || cp == ')' || cp == ']' || cp == 0x201C || cp == 0x201D
           || cp == 0x2019 || cp == 0xBB || cp == 0xAB || cp == 0x203A
           || cp == 0x2039 || cp == '\'';
}

static int is_opener(uint32_t cp)
{
    return cp == '"' || cp == '(' || cp == '[' || cp == 0x201E || cp == 0x201C
           || cp == 0xBB || cp == 0xAB || cp == 0x201A || cp == 0x2018
           || cp == '\'' || cp == 0x203A || cp == 0x2039 || cp == '-' || cp == 0x2013;
}

static int ordinal_context(const text_doc_t *d, size_t num)
{
    static const char *const PRE[] = { "am", "Am", "vom", "Vom", "den", "der",
        "dem", "des", "zum", "zur", "bis", "ab", "Ab", "seit", "Seit", "zwischen",
        "und", "die", "das", "Der", "Die", "Das", "ihr", "ihre", "sein", "seine",
        "ihrem", "seinem", "im", "Im", NULL };
    if (num == 0) return 0;
    const text_tok_t *p = &d->toks[num - 1];
    if (p->type == TOK_PUNCT && (p->cp == '-' || p->cp == 0x2013 || p->cp == ','))
        return 1;
    for (const char *const *w = PRE; *w; w++)
        if (text_tok_is(d, p, *w)) return 1;
    return 0;
}

/* Decides whether the sentence ends after the terminator at token i (the
 * last closer already skipped: `last` is the final token of the sentence). */
static int ends_here(const text_doc_t *d, size_t i, size_t last)
{
    if (last + 1 >= d->ntok) return 1;
    const text_tok_t *t = &d->toks[i], *nx = &d->toks[last + 1];
    if (nx->flags & TOK_PARA) return 1;
    int next_starts = (nx->type == TOK_WORD && (nx->flags & TOK_CAP))
                      || nx->type == TOK_NUM
                      || (nx->type == TOK_PUNCT && is_opener(nx->cp));
    if (t->cp != '.') {
        /* ! ? … end a sentence before a capital; "..." inside quotes too. */
        return next_starts && (nx->flags & TOK_SPACE);
    }
    if (!next_starts) return 0;
    if (i == 0) return 1;
    const text_tok_t *p = &d->toks[i - 1];
    if (last != i) return 1;  /* ." or .) closes a sentence */
    if (t->flags & TOK_SPACE) return 1;  /* a free-standing full stop */
    if (p->type == TOK_WORD) {
        /* an initial: one upper-case letter ("R. Herzog"), or a chain "D.C." */
        if (p->len <= 4 && text_cp_upper(p->cp)) {
            uint32_t cp;
            size_t k = next_cp(d->s, d->n, p->off, &cp);
            if (k == p->len) return 0;
        }
        if (is_abbrev(d, p)) {
            /* "usw." and "etc." usually end the sentence. */
            return 0;
        }
        if (text_tok_is(d, p, "usw") || text_tok_is(d, p, "etc")) return 1;
        return 1;
    }
    if (p->type == TOK_NUM && !(nx->flags & TOK_NL)) {
        if (!(nx->flags & TOK_SPACE)) return 0;   /* 12.10.2010 */
        if (nx->type == TOK_WORD && text_month(d->s + nx->off, nx->len) > 0)
            return 0;                              /* 7. Februar */
        if (nx->type == TOK_NUM) return 0;         /* 1. 2. */
        if (p->len <= 2 && ordinal_context(d, i - 1)) return 0;  /* am 3. Tag */
        return 1;
    }
    return 1;
}

static int push_sent(text_doc_t *d, size_t first, size_t last)
{
    if (d->nsent == d->sentcap) {
        size_t nc = d->sentcap ? d->sentcap * 2 : 128;
        text_sent_t *p = realloc(d->sents, nc * sizeof *p);
        if (!p) return diag_nomem("sentence splitter");
        d->sents = p;
        d->sentcap = nc;
    }
    text_sent_t *s = &d->sents[d->nsent++];
    s->tok = (uint32_t)first;
    s->ntok = (uint32_t)(last - first + 1);
    s->off = d->toks[first].off;
    s->end = d->toks[last].off + d->toks[last].len;
    s->line = d->toks[first].line;
    d->toks[first].flags |= TOK_SENT;
    return DN_OK;
}

int text_dateline_like(const text_doc_t *d, size_t a, size_t b)
{
    if (b <= a || b - a > 12) return 0;
    for (size_t i = a; i < b; i++) {
        const text_tok_t *t = &d->toks[i];
        if (t->type == TOK_WORD && !(t->flags & TOK_CAP) && t->len > 3
            && !text_month(d->s + t->off, t->len))
            return 0;
    }
    return 1;
}

/* 1 when tokens [a, b) hold a year (a number 1800-2199). */
static int has_year(const text_doc_t *d, size_t a, size_t b)
{
    for (size_t i = a; i < b; i++) {
        const text_tok_t *t = &d->toks[i];
        if (t->type != TOK_NUM || t->len != 4) continue;
        int y = atoi(d->s + t->off);
        if (y >= 1800 && y <= 2199) return 1;
    }
    return 0;
}

/* Where the text's dateline is, in one of its first three lines (text/
 * date.c finds its date: text_first_line_date).  A whole line that reads
 * like a dateline and holds a year ("Berlin, 14. Mai 2019", "14.05.2019")
 * is a sentence of its own: *end = its last token (joined to the headline,
 * its date would be read as the headline's and the headline's events lost
 * or misdated); not so a line the next line continues in lower case ("Am
 * 14. Mai 2019\nbesuchte ...").  Such a part before a dash stays in its
 * sentence, whose place it names ("Kairo (APA, 17.3.2024) – Nehammer
 * ..."), but what follows the dash is measured as a headline of its own:
 * *head = the token after the dash.  SIZE_MAX for none. */
static void find_dateline(const text_doc_t *d, size_t *end, size_t *head)
{
    *end = *head = SIZE_MAX;
    size_t i = 0;
    for (int nline = 0; nline < 3 && i < d->ntok; nline++) {
        uint32_t line = d->toks[i].line;
        size_t hi = i;
        while (hi < d->ntok && d->toks[hi].line == line) hi++;
        int goes_on = hi < d->ntok && d->toks[hi].type == TOK_WORD &&
                      !(d->toks[hi].flags & (TOK_CAP | TOK_UPPER));
        if (!goes_on && text_dateline_like(d, i, hi) && has_year(d, i, hi)) {
            *end = hi - 1;
            return;
        }
        for (size_t k = i; k < hi && k < i + 14; k++)
            if (text_tok_is_dash(&d->toks[k])) {
                if (k > i && text_dateline_like(d, i, k) && has_year(d, i, k)) {
                    *head = k + 1;
                    return;
                }
                break;
            }
        i = hi;
    }
}

/* 1 when token k exists and is the punctuation mark cp. */
static int is_punct_at(const text_doc_t *d, size_t k, uint32_t cp)
{
    return k < d->ntok && d->toks[k].type == TOK_PUNCT && d->toks[k].cp == cp;
}

/* 1 when a chronology's date heading starts at token k: "August 2008:",
 * "13. Januar 2017:", "1992:", "12.03.1995:". */
static int date_heading_at(const text_doc_t *d, size_t k)
{
    const text_tok_t *t = &d->toks[k];
    if (t->type != TOK_NUM) {
        return t->type == TOK_WORD && text_month(d->s + t->off, t->len) > 0 && k + 2 < d->ntok
               && d->toks[k + 1].type == TOK_NUM && d->toks[k + 1].len == 4 && is_punct_at(d, k + 2, ':');
    }
    if (t->len == 4) return is_punct_at(d, k + 1, ':');
    if (t->len > 2 || !is_punct_at(d, k + 1, '.') || k + 2 >= d->ntok) return 0;
    if (d->toks[k + 2].type == TOK_WORD) return date_heading_at(d, k + 2);
    return d->toks[k + 2].type == TOK_NUM && is_punct_at(d, k + 3, '.') && k + 4 < d->ntok
           && d->toks[k + 4].type == TOK_NUM && d->toks[k + 4].len == 4 && is_punct_at(d, k + 5, ':');
}

/* A line break ends a sentence when the line before it is short and has no
 * final punctuation: headings, list items and titles.  `from` is where
 * a headline after a dateline's dash starts (SIZE_MAX: none); on that
 * line the headline is measured without the dateline. */
static int heading_break(const text_doc_t *d, size_t i, size_t from)
{
    const text_tok_t *nx = &d->toks[i + 1];
    if (!(nx->flags & TOK_NL)) return 0;
    if (nx->flags & TOK_PARA) return 1;
    /* the next line is a chronology's entry ("Juni 2014: ...") */
    if (date_heading_at(d, i + 1)) return 1;
    /* find the start of the line of token i */
    size_t j = i;
    while (j > 0 && !(d->toks[j].flags & TOK_NL)) j--;
    if (from != SIZE_MAX && from > j && from <= i) j = from;
    uint32_t len = d->toks[i].off + d->toks[i].len - d->toks[j].off;
    /* a hard-wrapped sentence goes on: its line ends in a lower-case word,
     * a number or a comma, or the next line starts in lower case */
    const text_tok_t *last = &d->toks[i];
    if (last->type == TOK_NUM || (last->type == TOK_WORD && !(last->flags & (TOK_CAP | TOK_UPPER))))
        return 0;
    if (last->type == TOK_PUNCT && (last->cp == ',' || last->cp == '-' || last->cp == '('))
        return 0;
    if (nx->type == TOK_WORD && !(nx->flags & (TOK_CAP | TOK_UPPER))) return 0;
    return len < 60;
}

static int split(text_doc_t *d)
{
    size_t first = 0, dl, head;
    find_dateline(d, &dl, &head);
    for (size_t i = 0; i < d->ntok; i++) {
        const text_tok_t *t = &d->toks[i];
        size_t last = i;
        int end = i == dl;
        if (!end && t->type == TOK_PUNCT && (t->cp == '.' || t->cp == '!' || t->cp == '?'
                                             || t->cp == 0x2026)) {
            /* take further terminators and closers into this sentence */
            while (last + 1 < d->ntok) {
                const text_tok_t *q = &d->toks[last + 1];
                if (q->type != TOK_PUNCT || (q->flags & TOK_SPACE))
                    break;
                if (!(q->cp == '.' || q->cp == '!' || q->cp == '?' || q->cp == 0x2026
                      || is_closer(q->cp)))
                    break;
                if (q->flags & TOK_NL) break;
                last++;
            }
            end = ends_here(d, i, last);
            if (!end) last = i;
        }
        if (!end && last + 1 < d->ntok && heading_break(d, last, head)) end = 1;
        if (end || last + 1 >= d->ntok) {
            int rc = push_sent(d, first, last);
            if (rc) return rc;
            first = last + 1;
            i = last;
        }
    }
    return DN_OK;
}

int text_doc_tokenize(text_doc_t *d, const char *s, size_t n)
{
    d->s = s;
    d->n = n;
    d->ntok = 0;
    d->nsent = 0;
    d->word_id = NULL;
    d->word_space = NULL;
    int rc = tokenize(d);
    if (rc) return rc;
    return split(d);
}
