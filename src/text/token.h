/* token: splits NFC UTF-8 text into word, number and punctuation tokens that
 * keep their byte offset, line and column, and groups them into sentences.
 *
 * A word is a run of letters, marks and digits, with inner hyphens and
 * apostrophes when a letter stands on one side ("Frank-Walter", "G-20-Gipfel",
 * "L'Aquila"); a hyphen between two digits is punctuation ("2014-2015").  A
 * trailing hyphen before a space stays on the word and marks an elided
 * compound ("Handels- und Wirtschaftsdialog").  Soft hyphens are ignored.
 *
 * Sentence splitting (German): a sentence ends at . ! ? ... (with closing
 * quotes and brackets) when the next token can start a sentence, and always
 * at a blank line or after a short line without final punctuation (a
 * heading).  A full stop does not end a sentence after an initial ("R.
 * Herzog"), a known abbreviation ("z. B.", "Nr.", "Dr.") or an ordinal
 * ("7. und 8. Februar", "20.-22. November", "am 3. Tag"). */
#ifndef TEXT_TOKEN_H
#define TEXT_TOKEN_H

#include <stddef.h>
#include <stdint.h>

#include "util/buf.h"

typedef enum {
    TOK_WORD,    /* contains a letter */
    TOK_NUM,     /* digits only */
    TOK_PUNCT    /* one other character */
} text_tok_type_t;

enum {
    TOK_CAP = 1 << 0,      /* word starts with an upper-case letter */
    TOK_UPPER = 1 << 1,    /* two or more letters, all upper case (NATO) */
    TOK_NL = 1 << 2,       /* a line break before this token */
    TOK_PARA = 1 << 3,     /* a blank line before this token */
    TOK_SPACE = 1 << 4,    /* white space (or line break) before this token */
    TOK_TRUNC = 1 << 5,    /* word ends with an elision hyphen ("Handels-") */
    TOK_SENT = 1 << 6      /* first token of a sentence */
};

typedef struct {
    uint32_t off, len;   /* bytes in the text */
    uint32_t line, col;  /* 1-based; col counts characters */
    uint8_t type;        /* text_tok_type_t */
    uint8_t flags;
    uint32_t cp;         /* first code point (punctuation: the character) */
} text_tok_t;

typedef struct {
    uint32_t tok, ntok;      /* token range */
    uint32_t off, end;       /* byte range of the sentence text */
    uint32_t line;           /* line of the first token */
} text_sent_t;

/* A tokenised document; reusable across documents (memory is kept). */
typedef struct {
    const char *s;           /* the text (borrowed, NUL-terminated) */
    size_t n;
    text_tok_t *toks;
    size_t ntok, tokcap;
    text_sent_t *sents;
    size_t nsent, sentcap;
    /* Optional, set by whoever interns the words (the extractor): per token
     * an id that is the same for the same bytes in every document that
     * names the same word_space, -1 for none.  Tokenizing clears both;
     * the caches of the grammar layer use them instead of hashing words. */
    const int32_t *word_id;
    const void *word_space;
} text_doc_t;

void text_doc_init(text_doc_t *d);
void text_doc_destroy(text_doc_t *d);

/* Tokenises s[0..n) (NFC UTF-8, borrowed: must outlive d's use) and splits
 * it into sentences.  Returns DN_OK or DN_ENOMEM. */
int text_doc_tokenize(text_doc_t *d, const char *s, size_t n);

/* 1 when tokens [a, b) of d read like a dateline, not like a sentence: at
 * most 12 tokens, and no lower-case word of more than three letters (a
 * verb, a common noun) other than a month name; a dateline has only
 * names, numbers, an agency and short function words ("Berlin, den 14.
 * Januar 2015", "Wien (APA)"). */
int text_dateline_like(const text_doc_t *d, size_t a, size_t b);

/* The token's text (not NUL-terminated): d->s + t->off, t->len bytes. */
static inline const char *text_tok_str(const text_doc_t *d, const text_tok_t *t)
{
    return d->s + t->off;
}

/* 1 when token t is a dash: hyphen-minus, en dash or em dash. */
static inline int text_tok_is_dash(const text_tok_t *t)
{
    return t->type == TOK_PUNCT && (t->cp == 0x2013 || t->cp == 0x2014 || t->cp == '-');
}

/* 1 when token t is exactly the ASCII/UTF-8 string w. */
int text_tok_is(const text_doc_t *d, const text_tok_t *t, const char *w);

/* 1 when the code point is an upper-case / lower-case letter. */
int text_cp_upper(uint32_t cp);
int text_cp_lower(uint32_t cp);

/* Appends the lower-cased form of s[0..n) to out (utf8proc case mapping,
 * ASCII fast path).  Returns 0 or -1 when memory runs out. */
int text_lower(const char *s, size_t n, buf_t *out);

#endif
