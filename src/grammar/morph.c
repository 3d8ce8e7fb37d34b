#include "grammar/morph.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <fcntl.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <utf8proc.h>

#include "util/diag.h"

#define MORPH_MAGIC "DNMORPH1"
#define MORPH_VERSION 2u
#define HEADER_BYTES 64u
#define ANA_BYTES 12u
#define REC_HEAD 4u   /* u16 form bytes, u16 analyses */
#define EMPTY_SLOT 0xFFFFFFFFu

/* The file is little-endian; dipnet runs on little-endian machines, and the
 * header check below refuses a file whose fields do not add up. */
static uint32_t rd32(const unsigned char *p)
{
    return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 |
           (uint32_t)p[3] << 24;
}

static int bad_file(morph_t *m, const char *path, const char *why)
{
    morph_close(m);
    return diag_error(DN_EINPUT, path, 0, 0,
                      "not a dipnet morphology file (%s); rebuild it with make",
                      why);
}

int morph_open(morph_t *m, const char *path)
{
    memset(m, 0, sizeof *m);
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return diag_error(DN_EIO, path, 0, 0, "cannot open: %s",
                          strerror(errno));
    struct stat st;
    if (fstat(fd, &st) != 0) {
        int e = errno;
        close(fd);
        return diag_error(DN_EIO, path, 0, 0, "cannot stat: %s", strerror(e));
    }
    if (st.st_size < (off_t)HEADER_BYTES || (uint64_t)st.st_size > UINT32_MAX) {
        close(fd);
        return bad_file(m, path, "wrong size");
    }
    void *p = mmap(NULL, (size_t)st.st_size, PROT_READ, MAP_PRIVATE, fd, 0);
    int e = errno;
    close(fd);
    if (p == MAP_FAILED)
        return diag_error(DN_EIO, path, 0, 0, "cannot map: %s", strerror(e));
    m->map = p;
    m->size = (size_t)st.st_size;
    const unsigned char *h = m->map;
    if (memcmp(h, MORPH_MAGIC, 8) != 0) return bad_file(m, path, "bad magic");
    if (rd32(h + 8) != MORPH_VERSION) return bad_file(m, path, "other version");
    uint32_t nslots = rd32(h + 12), nforms = rd32(h + 16), nana = rd32(h + 20);
    uint32_t strbytes = rd32(h + 24), slots_off = rd32(h + 28);
    uint32_t rec_off = rd32(h + 32), str_off = rd32(h + 36);
    uint32_t fsize = rd32(h + 40), recbytes = rd32(h + 44);
    /* Every later access trusts these bounds, so check them all once here
     * (a record's own bounds are checked where it is read). */
    if (fsize != m->size || nslots == 0 || (nslots & (nslots - 1)) ||
        nforms >= nslots || slots_off != HEADER_BYTES ||
        (uint64_t)slots_off + 8ull * nslots != rec_off ||
        (uint64_t)rec_off + recbytes != str_off ||
        (uint64_t)str_off + strbytes != fsize || strbytes == 0 ||
        m->map[fsize - 1] != '\0')
        return bad_file(m, path, "inconsistent header");
    m->slots = (const uint32_t *)(const void *)(m->map + slots_off);
    m->nslots = nslots;
    m->rec = m->map + rec_off;
    m->recbytes = recbytes;
    m->nana = nana;
    m->str = (const char *)m->map + str_off;
    m->strbytes = strbytes;
    m->nforms = nforms;
    return DN_OK;
}

void morph_close(morph_t *m)
{
    if (m->map) munmap((void *)m->map, m->size);
    memset(m, 0, sizeof *m);
}

static uint32_t fnv1a(const char *s, size_t n)
{
    uint32_t h = 0x811C9DC5u;
    for (size_t i = 0; i < n; i++) {
        h ^= (unsigned char)s[i];
        h *= 0x01000193u;
    }
    return h;
}

static uint32_t rd16(const unsigned char *p)
{
    return (uint32_t)p[0] | (uint32_t)p[1] << 8;
}

size_t morph_lookup_exact(const morph_t *m, const char *word, size_t len,
                          morph_ana_t *out, size_t max)
{
    if (!m->map || len == 0) return 0;
    uint32_t mask = m->nslots - 1;
    uint32_t h = fnv1a(word, len);
    const unsigned char *r = NULL;
    uint32_t count = 0;
    /* nforms < nslots, so an empty slot ends every probe sequence. */
    for (uint32_t i = h & mask;; i = (i + 1) & mask) {
        uint32_t ro = m->slots[2 * i + 1];
        if (ro == EMPTY_SLOT) return 0;
        if (m->slots[2 * i] != h || (uint64_t)ro + REC_HEAD > m->recbytes) continue;
        const unsigned char *p = m->rec + ro;
        uint32_t flen = rd16(p), body = (REC_HEAD + flen + 3u) & ~3u;
        count = rd16(p + 2);
        if (flen != len || (uint64_t)ro + body + (uint64_t)ANA_BYTES * count > m->recbytes)
            continue;
        if (memcmp(p + REC_HEAD, word, len) == 0) {
            r = p + body;
            break;
        }
    }
    for (uint32_t k = 0; k < count && k < max; k++, r += ANA_BYTES) {
        uint32_t lo = rd32(r);
        out[k].lemma = lo < m->strbytes ? m->str + lo : "";
        out[k].feats = rd32(r + 4);
        out[k].pos = r[8];
        out[k].sep = r[9];
    }
    return count;
}

void morph_prefetch(const morph_t *m, const char *word, size_t len)
{
    if (!m->map || len == 0) return;
    uint32_t i = fnv1a(word, len) & (m->nslots - 1);
    __builtin_prefetch(&m->slots[2 * i]);
}

/* Lower-cases word into buf (at most cap bytes); returns the length, or 0
 * when it does not fit, is not valid UTF-8 or has no upper-case letter. */
static size_t lower_into(const char *word, size_t len, char *buf, size_t cap)
{
    size_t n = 0;
    int changed = 0;
    const utf8proc_uint8_t *s = (const utf8proc_uint8_t *)word;
    for (size_t i = 0; i < len;) {
        utf8proc_int32_t cp;
        utf8proc_ssize_t k = utf8proc_iterate(s + i, (utf8proc_ssize_t)(len - i), &cp);
        if (k <= 0) return 0;
        utf8proc_int32_t lc = utf8proc_tolower(cp);
        changed |= lc != cp;
        if (n + 4 > cap) return 0;
        n += (size_t)utf8proc_encode_char(lc, (utf8proc_uint8_t *)buf + n);
        i += (size_t)k;
    }
    return changed ? n : 0;
}

size_t morph_lookup(const morph_t *m, const char *word, size_t len,
                    morph_ana_t *out, size_t max)
{
    size_t n = morph_lookup_exact(m, word, len, out, max);
    if (n) return n;
    char low[256];
    size_t ln = lower_into(word, len, low, sizeof low);
    return ln ? morph_lookup_exact(m, low, ln, out, max) : 0;
}

size_t morph_lookup_both(const morph_t *m, const char *word, size_t len,
                         morph_ana_t *out, size_t max)
{
    size_t n = morph_lookup_exact(m, word, len, out, max);
    if (n > max) n = max;
    char low[256];
    size_t ln = lower_into(word, len, low, sizeof low);
    if (ln) {
        size_t k = morph_lookup_exact(m, low, ln, out + n, max - n);
        n += k < max - n ? k : max - n;
    }
    return n;
}

int morph_has(const morph_t *m, const char *word, size_t len, morph_pos_t pos,
              uint32_t feats)
{
    morph_ana_t a[64];
    size_t n = morph_lookup(m, word, len, a, 64);
    if (n > 64) n = 64;
    for (size_t i = 0; i < n; i++)
        if (a[i].pos == pos && (!feats || (a[i].feats & feats))) return 1;
    return 0;
}

int morph_is_pos(const morph_t *m, const char *word, size_t len,
                 morph_pos_t pos)
{
    return morph_has(m, word, len, pos, 0);
}

const char *morph_pos_name(int pos)
{
    static const char *const names[MORPH_NPOS] = {
        "NONE", "NOUN", "PROPN", "VERB", "AUX", "MODAL", "ADJ", "ADV", "PREP",
        "PREPART", "CONJ_COORD", "CONJ_SUB", "CONJ_INF", "CONJ_COMP",
        "PRON_PERS", "PRON_REFL", "PRON_POSS", "PRON_DEM", "PRON_REL",
        "PRON_INTER", "PRON_INDEF", "ART_DEF", "ART_INDEF", "PART", "PART_ZU",
        "PTKVZ", "NUM", "PUNCT"
    };
    return pos >= 0 && pos < MORPH_NPOS ? names[pos] : "?";
}

size_t morph_nforms(const morph_t *m)
{
    return m->nforms;
}

int morph_find(const char *lexdir, char *out, size_t cap)
{
    struct stat st;
    const char *env = getenv("DIPNET_MORPH");
    if (env && *env) {
        snprintf(out, cap, "%s", env);
        return stat(out, &st) == 0;
    }
    snprintf(out, cap, "%s/../../build/grammar/morph.bin", lexdir);
    int built = stat(out, &st) == 0 && S_ISREG(st.st_mode);
    snprintf(out, cap, "%s/morph.bin", lexdir);
    if (stat(out, &st) == 0 && S_ISREG(st.st_mode)) return 1;
    if (!built) return 0;
    snprintf(out, cap, "%s/../../build/grammar/morph.bin", lexdir);
    return 1;
}
