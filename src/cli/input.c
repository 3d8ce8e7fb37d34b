#define _GNU_SOURCE /* for readlink's declaration with -std=c11 */
#include "cli/input.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "cli/docdate.h"
#include "cli/folder.h"
#include "io/evlist.h"
#include "io/evtsv.h"
#include "util/bounds.h"
#include "util/diag.h"
#include "util/lines.h"
#include "util/replay.h"
#include "extract/extract.h"
#include "io/gdelt.h"
#include "io/icews.h"
#include "ident/identity.h"
#include "text/lang.h"
#include "util/timing.h"

/* The lexicon relative to the executable's folder: data/lexicon beside it
 * (the build tree) or ../share/dipnet/lexicon (an installed PREFIX/bin).
 * Read at run time, so the installed binary is the one that was tested. */
static const char *beside_exe(char *path, size_t cap)
{
    static const char *const rel[] = {"data/lexicon", "../share/dipnet/lexicon"};
    char exe[4096];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (n <= 0) return NULL;
    exe[n] = '\0';
    char *slash = strrchr(exe, '/');
    if (!slash) return NULL;
    *slash = '\0';
    for (size_t i = 0; i < sizeof rel / sizeof *rel; i++) {
        struct stat st;
        snprintf(path, cap, "%s/%s", exe, rel[i]);
        if (stat(path, &st) == 0 && S_ISDIR(st.st_mode)) return path;
    }
    return NULL;
}

const char *input_lexicon_dir(const char *opt)
{
    static char path[4096 + 32];
    struct stat st;
    if (opt) return opt;
    const char *env = getenv("DIPNET_LEXICON");
    if (env && *env) return env;
    const char *p = beside_exe(path, sizeof path);
    if (p) return p;
    if (stat("data/lexicon", &st) == 0 && S_ISDIR(st.st_mode))
        return "data/lexicon";
    return "/usr/local/share/dipnet/lexicon";
}

/* Reads a whole text into memory, up to limit_text() bytes. */
static int slurp(FILE *fp, const char *name, char **data, size_t *len)
{
    size_t cap = 1 << 16, n = 0, max = limit_text();
    char *buf = malloc(cap + 1);
    if (!buf) return diag_nomem(name);
    for (;;) {
        if (n == cap) {
            if (cap >= max) {
                free(buf);
                return diag_error(DN_EINPUT, name, 0, 0,
                                  "text larger than %zu bytes (a text takes "
                                  "about nine times its size in memory; "
                                  "DIPNET_MAX_TEXT raises the limit)", max);
            }
            char *b = realloc(buf, cap * 2 + 1);
            if (!b) { free(buf); return diag_nomem(name); }
            buf = b;
            cap *= 2;
        }
        size_t got = fread(buf + n, 1, cap - n, fp);
        n += got;
        if (got == 0) break;
    }
    if (ferror(fp)) {
        int e = errno;
        free(buf);
        return diag_error(DN_EIO, name, 0, 0, "read error: %s",
                          e ? strerror(e) : "I/O error");
    }
    buf[n] = '\0';
    *data = buf;
    *len = n;
    return DN_OK;
}

typedef struct {
    const cli_opts_t *o;
    ev_sink_fn sink;
    ev_batch_fn batch;        /* for event TSV, when the consumer has one */
    void *ctx;
    /* told, before an event TSV file is read, about how many rows it
     * holds (lines_estimate; NULL: not wanted) */
    void (*expect)(void *ctx, size_t rows);
    evlist_t texts;           /* events of all texts, merged */
    int have_texts;
    extractor_t *x;
} reader_t;

/* Counts the events of one text on their way to the merged list. */
typedef struct {
    evlist_t *list;
    size_t n;
} text_count_t;

static int count_text_event(const ev_event_t *ev, void *ctx)
{
    text_count_t *tc = ctx;
    tc->n++;
    return evlist_add(ev, tc->list);
}

/* A text that gave no event is worth a notice: the user may have handed
 * dipnet the wrong file (English text, a table without --from) and would
 * otherwise see an empty network and exit 0. */
static void note_no_event(const char *name, const char *data, size_t len)
{
    lang_t l = lang_guess(data, len);
    if (l == LANG_ENGLISH || l == LANG_OTHER)
        diag_note(name, 0, 0, "no event found: the text looks %s%s, and "
                  "dipnet reads German texts (event data: --from gdelt, "
                  "icews or tsv)", l == LANG_ENGLISH ? "" : "like ",
                  lang_name(l));
    else
        diag_note(name, 0, 0, "no event found (no visit, meeting, agreement "
                  "or other act between two actors dipnet knows)");
}

/* One text: its date (cli/docdate.h: --date, NAME.date, front matter, the
 * file's name; else the extractor's dateline), then its events.  path is
 * NULL for standard input. */
static int read_text(reader_t *r, const char *path, const char *name,
                     char *data, size_t len)
{
    if (!r->x) {
        int rc = extractor_new(input_lexicon_dir(r->o->lexicon), &r->x);
        if (rc) return rc;
    }
    extract_opts_t xo;
    memset(&xo, 0, sizeof xo);
    int rc = docdate_resolve(r->o->doc_date, path, name, data, len,
                             &xo.doc_date);
    if (rc) return rc;
    r->have_texts = 1;
    text_count_t tc = {.list = &r->texts};
    rc = extractor_run(r->x, name, data, len, &xo, count_text_event, &tc);
    if (!rc && !tc.n) note_no_event(name, data, len);
    return rc;
}

/* Refuses what no reader takes, before any reader sees it: an empty file,
 * and UTF-16 (what Windows calls "Unicode"), which the readers would only
 * call NUL bytes or invalid UTF-8.  UTF-16 is known by its byte order mark,
 * or by ASCII with a NUL in every other byte. */
static int check_head(const char *name, const char *b, size_t n)
{
    const unsigned char *u = (const unsigned char *)b;
    if (n == 0) return diag_error(DN_EINPUT, name, 0, 0, "empty file");
    int bom = n >= 2 && ((u[0] == 0xFF && u[1] == 0xFE) ||
                         (u[0] == 0xFE && u[1] == 0xFF));
    size_t pairs = n / 2 < 32 ? n / 2 : 32, zlo = 0, zhi = 0;
    for (size_t i = 0; i < pairs; i++) {
        zlo += !u[2 * i] && u[2 * i + 1];
        zhi += u[2 * i] && !u[2 * i + 1];
    }
    if (bom || (pairs >= 2 && (zlo == pairs || zhi == pairs)))
        return diag_error(DN_EINPUT, name, 1, 1,
                          "UTF-16 text: dipnet reads UTF-8 (texts also "
                          "Windows-1252); convert it first, e.g. "
                          "iconv -f UTF-16 -t UTF-8");
    size_t at;
    const char *what;
    if (limit_binary(b, n, &at, &what)) {
        long line = 1, col = 1;
        for (size_t i = 0; i < at; i++) {
            if (b[i] == '\n') { line++; col = 1; }
            else col++;
        }
        return diag_error(DN_EINPUT, name, line, col,
                          "binary data, not text or an event file (the "
                          "first %zu bytes are full of %s; this is the "
                          "first)", n, what);
    }
    return DN_OK;
}

/* Fills head with up to cap bytes of fp (short only at the end, or at
 * size, the file's size when known and not 0: asking for no more than
 * that spares the read that only finds the end; a file that grows in
 * between is refused afterwards anyway, check_unchanged). */
static int peek(FILE *fp, const char *name, char *head, size_t cap,
                long long size, size_t *n)
{
    *n = 0;
    size_t got;
    if (size > 0 && (unsigned long long)size < cap) cap = (size_t)size;
    while (*n < cap && (got = fread(head + *n, 1, cap - *n, fp)) > 0) *n += got;
    if (ferror(fp) && errno == EBADF && fp == stdin)
        return diag_error(DN_EIO, name, 0, 0,
                          "cannot read: standard input is closed");
    if (ferror(fp))
        return diag_error(DN_EIO, name, 0, 0, "read error: %s",
                          strerror(errno ? errno : EIO));
    return DN_OK;
}

/* Reads one input.  A file is sniffed from its first 4 KB and rewound; a
 * pipe or device is sniffed the same way and then streamed on through a
 * replay of those bytes, so nothing is read whole just to tell what it is
 * and endless input (/dev/zero) stops at once or at a limit. */
/* Tab-separated columns of the first non-empty line of b (0 when it has
 * no tab), and that line's start in *line. */
static size_t first_line_columns(const char *b, size_t n, const char **line)
{
    const char *p = b, *end = b + n;
    while (p < end && (*p == '\n' || *p == '\r')) p++;
    *line = p;
    size_t cols = 1;
    for (; p < end && *p != '\n'; p++) cols += *p == '\t';
    return cols > 1 ? cols : 0;
}

/* What an input is, by its first bytes: event TSV by its header, GDELT by
 * its id, date and column count (after a GLOBALEVENTID header, if any),
 * ICEWS by its four columns ending in a date or its full export's header;
 * other tables are refused (read as text they would give nonsense), and
 * anything else is German text.  Returns DN_OK or DN_EINPUT (reported). */
static int sniff_format(const char *name, const char *b, size_t n,
                        cli_from_t *from)
{
    const char *line;
    size_t cols = first_line_columns(b, n, &line);
    const char *rest = line;
    if (!strncmp(line, "GLOBALEVENTID", 13)) {
        const char *nl = memchr(line, '\n', n - (size_t)(line - b));
        rest = nl ? nl + 1 : b + n;
    }
    if (evtsv_sniff(b, n)) *from = CLI_FROM_TSV;
    else if (gdelt_sniff(rest, n - (size_t)(rest - b))) *from = CLI_FROM_GDELT;
    else if (icews_sniff(b, n)) *from = CLI_FROM_ICEWS;
    else if (cols >= 3)
        return diag_error(DN_EINPUT, name, 1, 1,
                          "a table of %zu tab-separated columns that is "
                          "neither event TSV, GDELT nor ICEWS; say what it "
                          "is with --from gdelt|icews|tsv|text", cols);
    else *from = CLI_FROM_TEXT;
    return DN_OK;
}

static int read_stream(reader_t *r, FILE *fp, const char *path,
                       const char *name, long long size)
{
    int seekable = size >= 0;
    cli_from_t from = r->o->from;
    char *data = NULL;
    size_t len = 0;
    int rc;
    char head[4096];
    size_t nhead = 0;
    if ((rc = peek(fp, name, head, sizeof head, size, &nhead))) return rc;
    if ((rc = check_head(name, head, nhead))) return rc;
    if (from == CLI_FROM_AUTO &&
        (rc = sniff_format(name, head, nhead, &from)))
        return rc;
    /* a text file shorter than head is all in head: no rewind and
     * second reading (two to four system calls a file, which on this
     * kind of virtual machine cost as much as a short text's work) */
    int whole = seekable && from == CLI_FROM_TEXT && nhead < sizeof head &&
                (feof(fp) || (size > 0 && nhead == (unsigned long long)size));
    FILE *in = fp;
    if (from == CLI_FROM_TSV && seekable && r->expect)
        r->expect(r->ctx, lines_estimate(fileno(fp)));
    if (whole) {
        head[nhead] = '\0';
        return read_text(r, path, name, head, nhead);
    }
    if (seekable) rewind(fp);
    else if (!(in = replay_open(head, nhead, fp))) return diag_nomem(name);
    switch (from) {
    case CLI_FROM_TSV:
        rc = r->batch ? evtsv_read_batches(in, name, r->batch, r->ctx)
                      : evtsv_read(in, name, r->sink, r->ctx);
        break;
    case CLI_FROM_GDELT:
        rc = gdelt_read(in, name, r->o->import_all, r->sink, r->ctx);
        break;
    case CLI_FROM_ICEWS:
        rc = icews_read(in, name, r->o->import_all, r->sink, r->ctx);
        break;
    default:
        if (!(rc = slurp(in, name, &data, &len)))
            rc = read_text(r, path, name, data, len);
        break;
    }
    if (in != fp) fclose(in);
    free(data);
    return rc;
}

/* A file that changed while it was read (truncated, rewritten, appended
 * to) gave a result from part of it: refuse it. */
static int check_unchanged(FILE *fp, const char *name, const struct stat *before)
{
    struct stat now;
    if (fstat(fileno(fp), &now) != 0) return DN_OK;
    if (now.st_size == before->st_size &&
        now.st_mtim.tv_sec == before->st_mtim.tv_sec &&
        now.st_mtim.tv_nsec == before->st_mtim.tv_nsec)
        return DN_OK;
    return diag_error(DN_EIO, name, 0, 0,
                      "changed while it was read (%lld bytes at the start, "
                      "%lld at the end): the result would be incomplete; "
                      "read it again when it is finished",
                      (long long)before->st_size, (long long)now.st_size);
}

static int read_folder(reader_t *r, const char *dir);

/* Reads one file named on the command line or found in a folder; a
 * folder named on the command line (top) is read as one.  Opened first
 * and asked what it is after (one stat less a file); a path that cannot
 * be opened is still looked at, as an unreadable folder gets the
 * folder's own message. */
static int read_path(reader_t *r, const char *path, int top)
{
    struct stat st;
    FILE *fp = fopen(path, "rb");
    if (!fp) {
        int e = errno;
        if (top && stat(path, &st) == 0 && S_ISDIR(st.st_mode))
            return read_folder(r, path);
        return diag_error(DN_EIO, path, 0, 0, "cannot open: %s",
                          strerror(e));
    }
    int ok = fstat(fileno(fp), &st) == 0;
    if (top && ok && S_ISDIR(st.st_mode)) {
        fclose(fp);
        return read_folder(r, path);
    }
    int reg = ok && S_ISREG(st.st_mode);
    /* our own buffer, of the size stdio would take: stdio would ask
     * fstat for that size again */
    size_t bsz = reg && st.st_blksize > 0 ? (size_t)st.st_blksize : BUFSIZ;
    char *iobuf = malloc(bsz);
    if (iobuf) setvbuf(fp, iobuf, _IOFBF, bsz);
    int rc = read_stream(r, fp, path, path, reg ? (long long)st.st_size : -1);
    /* also after an error: a cut row is the change's doing */
    if (reg && rc != DN_ENOMEM) {
        int crc = check_unchanged(fp, path, &st);
        if (crc) rc = crc;
    }
    fclose(fp);
    free(iobuf);
    return rc;
}

/* The files a folder gives (cli/folder.h): texts and event files, or only
 * what --from says. */
static unsigned folder_kinds(cli_from_t from)
{
    if (from == CLI_FROM_TEXT) return FOLDER_TEXTS;
    if (from == CLI_FROM_AUTO) return FOLDER_TEXTS | FOLDER_EVENTS;
    return FOLDER_EVENTS;
}

/* Every file below a folder, in sorted order; a folder with none is an
 * error (a mistyped path should not give an empty network). */
static int read_folder(reader_t *r, const char *dir)
{
    folder_list_t l;
    folder_list_init(&l);
    unsigned kinds = folder_kinds(r->o->from);
    int rc = folder_collect(dir, kinds, &l);
    if (!rc && !l.n)
        rc = diag_error(DN_EINPUT, dir, 0, 0, "no %s below this folder "
                        "(texts are *.txt, event files *.tsv, *.csv, *.tab)",
                        kinds == FOLDER_TEXTS ? "text (*.txt)"
                        : kinds == FOLDER_EVENTS ? "event file"
                        : "text or event file");
    for (size_t i = 0; !rc && i < l.n; i++) rc = read_path(r, l.paths[i], 0);
    folder_list_destroy(&l);
    return rc;
}

/* One INPUT: "-" (standard input), a folder or a file. */
static int read_input(reader_t *r, const char *path)
{
    if (!strcmp(path, "-")) return read_stream(r, stdin, NULL, "<stdin>", -1);
    return read_path(r, path, 1);
}

/* input_read_all, with batch (when not NULL) taking the events of event
 * TSV inputs in batches instead of sink one by one (same ctx, same order:
 * the consumer sees the same sequence of events either way), and expect
 * (when not NULL) told the estimated rows of each event TSV file first. */
static int read_all(const cli_opts_t *o, ev_sink_fn sink, ev_batch_fn batch,
                    void (*expect)(void *, size_t), void *ctx)
{
    reader_t r;
    memset(&r, 0, sizeof r);
    r.o = o;
    r.sink = sink;
    r.batch = batch;
    r.expect = expect;
    r.ctx = ctx;
    evlist_init(&r.texts);
    int rc = DN_OK;
    if (!o->ninputs)
        rc = diag_error(DN_EUSAGE, NULL, 0, 0,
                        "no INPUT given (use - for standard input)");
    for (size_t i = 0; i < o->ninputs && !rc; i++)
        rc = read_input(&r, o->inputs[i]);
    if (!rc && r.have_texts) rc = evlist_emit(&r.texts, sink, ctx);
    extractor_free(r.x);
    evlist_destroy(&r.texts);
    return rc;
}

int input_read_all(const cli_opts_t *o, ev_sink_fn sink, void *ctx)
{
    return read_all(o, sink, NULL, NULL, ctx);
}

/* How far an actor name is from a mistyped --ego NAME: the edit distance
 * to the closest run of as many words as NAME has ("Merkle" is one swap
 * from the "Merkel" of "Angela Merkel"), or to the whole name when that is
 * closer; *whole gets the latter, to order equally close names. */
static size_t ego_distance(const char *query, const char *name, size_t *whole)
{
    size_t lq = strlen(query), ln = strlen(name), words = 1;
    for (const char *p = query; *p; p++)
        if (*p == ' ' && p[1] && p[1] != ' ') words++;
    size_t best = *whole = cli_distance(query, lq, name, ln);
    /* Every start of a word, and the end of the run of `words` words. */
    for (size_t i = 0; i < ln; i++) {
        if (name[i] == ' ' || (i && name[i - 1] != ' ')) continue;
        size_t j = i, w = 0;
        while (j < ln) {
            if (name[j] == ' ' && ++w == words) break;
            j++;
        }
        size_t d = cli_distance(query, lq, name + i, j - i);
        if (d < best) best = d;
    }
    return best;
}

static int ego_not_found(const net_t *net, const char *name)
{
    size_t best[5], bestd[5], nb = 0;
    for (size_t i = 0; i < net->nactors; i++) {
        const char *an = net_actor_name(net, i);
        size_t whole, d = ego_distance(name, an, &whole);
        /* A name containing the query is a good suggestion too. */
        if (strstr(an, name)) d = d > 2 ? 2 : d;
        /* Equally close: the one closer as a whole first (a key under
         * 2^16 per distance). */
        d = d * 65536 + (whole < 65535 ? whole : 65535);
        size_t pos = nb;
        while (pos > 0 && bestd[pos - 1] > d) pos--;
        if (pos >= 5) continue;
        if (nb < 5) nb++;
        memmove(best + pos + 1, best + pos, (nb - 1 - pos) * sizeof *best);
        memmove(bestd + pos + 1, bestd + pos, (nb - 1 - pos) * sizeof *bestd);
        best[pos] = i;
        bestd[pos] = d;
    }
    char list[1024] = "";
    size_t at = 0;
    for (size_t i = 0; i < nb && at < sizeof list; i++) {
        int w = snprintf(list + at, sizeof list - at, "%s'%s'", i ? ", " : "",
                         net_actor_name(net, best[i]));
        if (w > 0) at += (size_t)w;
    }
    return diag_error(DN_EINPUT, NULL, 0, 0,
                      "--ego: no actor named '%s'%s%s", name,
                      nb ? "; closest: " : " (the network is empty)", list);
}

/* A progress line for long reads, only for a person watching a terminal
 * (never in pipes, logs or tests). */
typedef struct {
    net_t *net;
    int tty;
    size_t n;
    struct timespec start;
    int shown;
} progress_t;

/* Counts n more events read; shows the line after every 2^18 events
 * once a second has passed. */
static void progress_count(progress_t *p, size_t n)
{
    size_t before = p->n;
    p->n += n;
    if (!p->tty || (before >> 18) == (p->n >> 18)) return;
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    double s = (double)(now.tv_sec - p->start.tv_sec) +
               (double)(now.tv_nsec - p->start.tv_nsec) / 1e9;
    if (s >= 1.0) {
        fprintf(stderr, "\rdipnet: read %zu events, %zu actors ...", p->n,
                p->net->nactors);
        p->shown = 1;
    }
}

static int add_with_progress(const ev_event_t *ev, void *ctx)
{
    progress_t *p = ctx;
    progress_count(p, 1);
    return net_add_event(ev, p->net);
}

/* The batch path (event TSV): the net takes a whole batch at once. */
static int add_batch_with_progress(const ev_event_t *evs, size_t n,
                                   void *ctx)
{
    progress_t *p = ctx;
    int rc = net_add_events(evs, n, p->net);
    progress_count(p, n);
    return rc;
}

/* An event file of about `rows` rows comes next: the network expects them
 * beside what it has been offered already (net_expect_events). */
static void expect_rows(void *ctx, size_t rows)
{
    progress_t *p = ctx;
    net_expect_events(p->net, p->net->nread + rows);
}

/* The resolver of the actor registry beside the lexicon, with --aliases.
 * Returns an exit code (reported). */
static int open_identity(const cli_opts_t *o, ident_t **id)
{
    char path[4096 + 64];
    snprintf(path, sizeof path, "%s/actors.tsv", input_lexicon_dir(o->lexicon));
    int rc = ident_new(path, o->names_en ? IDENT_EN : IDENT_DE, id);
    if (!rc && o->aliases && (rc = ident_load_aliases(*id, o->aliases))) {
        ident_free(*id);
        *id = NULL;
    }
    return rc;
}

int input_load(const cli_opts_t *o, net_t *net)
{
    return input_load_ego(o, net, NULL);
}

int input_load_ego(const cli_opts_t *o, net_t *net, long *ego_out)
{
    if (ego_out) *ego_out = -1;
    ident_t *ident = NULL;
    int rc = open_identity(o, &ident);
    if (rc) return rc;
    timing_mark("registry");
    net_init(net, &o->net);
    net_set_resolver(net, ident_resolve, ident);
    net_defer_actor_counts(net);
    net_defer_ties(net);
    progress_t prog = {.net = net, .tty = !o->quiet && isatty(2)};
    clock_gettime(CLOCK_MONOTONIC, &prog.start);
    rc = read_all(o, add_with_progress, add_batch_with_progress, expect_rows,
                  &prog);
    if (prog.shown) fputs("\r\033[K", stderr);
    timing_mark("read+resolve");
    if (!rc) rc = net_flush_ties(net);
    net_count_actors(net);
    timing_mark("ties");
    if (!rc && (rc = ident_unify(ident, net))) {
        /* net was destroyed by ident_unify */
        ident_free(ident);
        return rc;
    }
    if (!rc && net->nselfloops)
        diag_note(NULL, 0, 0, "%zu event(s) with the same actor on both sides "
                  "ignored", net->nselfloops);
    timing_mark("identity");
    if (!rc && (o->min_weight > 1 || o->min_degree > 0)) {
        net_t sub;
        uint32_t w = o->min_weight > UINT32_MAX ? UINT32_MAX
                     : o->min_weight > 0 ? (uint32_t)o->min_weight : 1;
        if (!(rc = net_prune(net, w, (size_t)o->min_degree, &sub))) {
            net_destroy(net);
            *net = sub;
        }
    }
    if (!rc && o->ego) {
        uint32_t cand[8];
        size_t ncand = 0;
        long ego = net_match_actor(net, o->ego, cand, 8, &ncand);
        if (ego == -2) {
            char list[1024] = "";
            size_t at = 0;
            for (size_t i = 0; i < ncand && i < 8 && at < sizeof list; i++) {
                int w = snprintf(list + at, sizeof list - at, "%s'%s'",
                                 i ? ", " : "", net_actor_name(net, cand[i]));
                if (w > 0) at += (size_t)w;
            }
            rc = diag_error(DN_EINPUT, NULL, 0, 0,
                            "--ego: '%s' matches %zu actors: %s%s; give the "
                            "full name", o->ego, ncand, list,
                            ncand > 8 ? ", ..." : "");
        } else if (ego < 0) rc = ego_not_found(net, o->ego);
        else {
            unsigned char *keep = malloc(net->nactors ? net->nactors : 1);
            net_t sub;
            if (!keep) rc = diag_nomem("ego network");
            /* Affiliations belong to an ego network (a person next to
             * their office) even when centrality leaves them out. */
            else if (!(rc = net_ego_mask(net, (uint32_t)ego, o->depth, 1,
                                         keep)) &&
                     !(rc = net_induce(net, keep, &sub, NULL))) {
                /* Ids are renumbered in order: the ego's is the number of
                 * kept actors before it. */
                long id = 0;
                for (long i = 0; i < ego; i++) id += keep[i] != 0;
                if (ego_out) *ego_out = id;
                net_destroy(net);
                *net = sub;
            }
            free(keep);
        }
    }
    /* The resolver goes; the network keeps its spellings (net_find_actor
     * still finds every name that was read). */
    net->resolve = NULL;
    net->resolve_ctx = NULL;
    ident_free(ident);
    if (rc) net_destroy(net);
    else net_drop_pair_index(net); /* read: the measures need memory */
    return rc;
}
