#define _GNU_SOURCE /* getopt_long */
#include "cli/cli.h"

#include <ctype.h>
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

#include "analysis/community.h"
#include "util/outfile.h"
#include "util/diag.h"

void cli_opts_init(cli_opts_t *o)
{
    memset(o, 0, sizeof *o);
    net_opts_init(&o->net);
    cent_opts_init(&o->cent);
    o->depth = 1;
    o->top = -1;
    o->size_by = M_DEGREE;
    o->by = M_DEGREE;
}

enum {
    OPT_FROM = 256, OPT_ALL, OPT_LEXICON, OPT_DATE, OPT_SINCE, OPT_UNTIL,
    OPT_RELATION, OPT_KIND, OPT_MEASURES, OPT_WITH_AFF, OPT_NORMALIZED,
    OPT_EXACT, OPT_SAMPLES, OPT_SEED, OPT_EGO, OPT_DEPTH, OPT_TOP,
    OPT_FORMAT, OPT_LAYOUT, OPT_SIZE_BY, OPT_COMMUNITIES, OPT_BY, OPT_PERIOD,
    OPT_ENGINE, OPT_NAMES, OPT_ALIASES, OPT_MIN_WEIGHT, OPT_MIN_CONFIDENCE,
    OPT_CAMEO, OPT_EXCLUDE_CAMEO, OPT_MIN_DEGREE
};

typedef struct {
    struct option opt;
    unsigned group;
} opt_def_t;

static const opt_def_t defs[] = {
    {{"from", required_argument, NULL, OPT_FROM}, CLI_O_INPUT},
    {{"all", no_argument, NULL, OPT_ALL}, CLI_O_INPUT},
    {{"lexicon", required_argument, NULL, OPT_LEXICON}, CLI_O_INPUT},
    {{"date", required_argument, NULL, OPT_DATE}, CLI_O_INPUT},
    {{"since", required_argument, NULL, OPT_SINCE}, CLI_O_FILTER},
    {{"until", required_argument, NULL, OPT_UNTIL}, CLI_O_FILTER},
    {{"relation", required_argument, NULL, OPT_RELATION}, CLI_O_FILTER},
    {{"kind", required_argument, NULL, OPT_KIND}, CLI_O_FILTER},
    {{"names", required_argument, NULL, OPT_NAMES}, CLI_O_FILTER},
    {{"aliases", required_argument, NULL, OPT_ALIASES}, CLI_O_FILTER},
    {{"min-weight", required_argument, NULL, OPT_MIN_WEIGHT}, CLI_O_FILTER},
    {{"min-confidence", required_argument, NULL, OPT_MIN_CONFIDENCE},
     CLI_O_FILTER},
    {{"cameo", required_argument, NULL, OPT_CAMEO}, CLI_O_FILTER},
    {{"exclude-cameo", required_argument, NULL, OPT_EXCLUDE_CAMEO},
     CLI_O_FILTER},
    {{"min-degree", required_argument, NULL, OPT_MIN_DEGREE}, CLI_O_FILTER},
    {{"measures", required_argument, NULL, OPT_MEASURES}, CLI_O_MEASURE},
    {{"with-affiliations", no_argument, NULL, OPT_WITH_AFF}, CLI_O_MEASURE},
    {{"normalized", no_argument, NULL, OPT_NORMALIZED}, CLI_O_MEASURE},
    {{"exact", no_argument, NULL, OPT_EXACT}, CLI_O_MEASURE},
    {{"samples", required_argument, NULL, OPT_SAMPLES}, CLI_O_MEASURE},
    {{"seed", required_argument, NULL, OPT_SEED}, CLI_O_MEASURE},
    {{"engine", required_argument, NULL, OPT_ENGINE}, CLI_O_MEASURE},
    {{"ego", required_argument, NULL, OPT_EGO}, CLI_O_EGO},
    {{"depth", required_argument, NULL, OPT_DEPTH}, CLI_O_EGO},
    {{"top", required_argument, NULL, OPT_TOP}, CLI_O_TOP},
    {{"format", required_argument, NULL, OPT_FORMAT}, CLI_O_FORMAT},
    {{"layout", required_argument, NULL, OPT_LAYOUT}, CLI_O_LAYOUT},
    {{"size-by", required_argument, NULL, OPT_SIZE_BY}, CLI_O_SIZE_BY},
    {{"communities", required_argument, NULL, OPT_COMMUNITIES},
     CLI_O_COMMUNITIES},
    {{"by", required_argument, NULL, OPT_BY}, CLI_O_BY},
    {{"period", required_argument, NULL, OPT_PERIOD}, CLI_O_PERIOD},
};
#define NDEFS (sizeof defs / sizeof defs[0])

size_t cli_distance(const char *a, size_t la, const char *b, size_t lb)
{
    if (la > 64) la = 64;
    if (lb > 64) lb = 64;
    size_t d[65][65];
    for (size_t i = 0; i <= la; i++) d[i][0] = i;
    for (size_t j = 0; j <= lb; j++) d[0][j] = j;
    for (size_t i = 1; i <= la; i++)
        for (size_t j = 1; j <= lb; j++) {
            int x = tolower((unsigned char)a[i - 1]);
            int y = tolower((unsigned char)b[j - 1]);
            size_t v = d[i - 1][j - 1] + (x != y);
            if (d[i - 1][j] + 1 < v) v = d[i - 1][j] + 1;
            if (d[i][j - 1] + 1 < v) v = d[i][j - 1] + 1;
            /* Two neighbours swapped ("Merkle") count as one typo. */
            if (i > 1 && j > 1 && x == tolower((unsigned char)b[j - 2]) &&
                tolower((unsigned char)a[i - 2]) == y &&
                d[i - 2][j - 2] + 1 < v)
                v = d[i - 2][j - 2] + 1;
            d[i][j] = v;
        }
    return d[la][lb];
}

const char *cli_did_you_mean(const char *s, const char *const *cands,
                             size_t n)
{
    size_t ls = strlen(s), best = (size_t)-1;
    const char *pick = NULL;
    for (size_t i = 0; i < n; i++) {
        size_t d = cli_distance(s, ls, cands[i], strlen(cands[i]));
        if (d < best) {
            best = d;
            pick = cands[i];
        }
    }
    /* A typo, not another word: at most 2 edits, and a third of s. */
    return pick && best > 0 && best <= 2 && best * 3 <= ls + 2 ? pick : NULL;
}

/* "a, b, c" of names(0..n-1) into out; returns out. */
static const char *name_list(const char *(*names)(int), int n, char *out,
                             size_t size)
{
    size_t at = 0;
    out[0] = '\0';
    for (int i = 0; i < n && at < size; i++) {
        int w = snprintf(out + at, size - at, "%s%s", i ? ", " : "",
                         names(i));
        if (w > 0) at += (size_t)w;
    }
    return out;
}

static const char *kind_name_i(int k) { return ev_kind_name((ev_kind_t)k); }
static const char *rel_name_i(int r)
{
    return ev_relation_name((ev_relation_t)r);
}
static const char *measure_name_i(int m) { return measure_name((measure_t)m); }

/* Copies s lower-cased (ASCII) into out (size bytes). */
static const char *lower(const char *s, size_t n, char *out, size_t size)
{
    size_t i = 0;
    for (; i < n && i + 1 < size; i++)
        out[i] = (char)tolower((unsigned char)s[i]);
    out[i] = '\0';
    return out;
}

static int usage(const char *cmd, const char *fmt, const char *arg)
{
    char msg[512];
    snprintf(msg, sizeof msg, fmt, arg);
    diag_error(DN_EUSAGE, NULL, 0, 0, "%s: %s (see 'dipnet %s --help')", cmd,
               msg, cmd);
    return DN_EUSAGE;
}

static int parse_long(const char *cmd, const char *opt, const char *s,
                      long min, long *out)
{
    char *end;
    errno = 0;
    long v = strtol(s, &end, 10);
    if (errno || end == s || *end || v < min) {
        char m[128];
        snprintf(m, sizeof m, "%s takes a whole number >= %ld, not `%%s`", opt,
                 min);
        return usage(cmd, m, s);
    }
    *out = v;
    return DN_OK;
}

static int parse_date_opt(const char *cmd, const char *opt, const char *s,
                          ev_date_t *d)
{
    if (ev_date_parse(s, strlen(s), d, NULL) < 0 || !d->year) {
        char m[128];
        snprintf(m, sizeof m, "%s takes a date YYYY, YYYY-MM or YYYY-MM-DD, "
                 "not `%%s`", opt);
        return usage(cmd, m, s);
    }
    return DN_OK;
}

/* The message for a name that is none of names(0..count-1): the closest
 * one when it looks like a typo, and all of them. */
static int unknown_name(const char *cmd, const char *opt, const char *what,
                        const char *name, const char *(*names)(int),
                        int count)
{
    const char *cands[32];
    for (int i = 0; i < count && i < 32; i++) cands[i] = names(i);
    const char *dym = cli_did_you_mean(name, cands, (size_t)count);
    char all[256], m[512];
    snprintf(m, sizeof m, "%s: unknown %s `%.40s`%s%s%s (%ss: %s)", opt, what,
             name, dym ? "; did you mean `" : "", dym ? dym : "",
             dym ? "`?" : "", what,
             name_list(names, count, all, sizeof all));
    return usage(cmd, "%s", m);
}

/* Parses --by/--size-by MEASURE, case ignored. */
static int parse_measure(const char *cmd, const char *opt, const char *s,
                         int *out)
{
    char low[64];
    lower(s, strlen(s), low, sizeof low);
    int m = measure_parse(low, strlen(low));
    if (m < 0)
        return unknown_name(cmd, opt, "measure", low, measure_name_i, M_COUNT);
    *out = m;
    return DN_OK;
}

/* Parses a comma list of names with `parse` (case ignored) into a bit
 * mask; an unknown name is reported with the valid ones. */
static int parse_mask(const char *cmd, const char *opt, const char *s,
                      int (*parse)(const char *, size_t), const char *what,
                      const char *(*names)(int), int count, unsigned *mask)
{
    *mask = 0;
    const char *p = s;
    for (;;) {
        const char *c = strchr(p, ',');
        size_t n = c ? (size_t)(c - p) : strlen(p);
        char low[64];
        lower(p, n, low, sizeof low);
        int v = n < sizeof low ? parse(low, strlen(low)) : -1;
        if (v < 0) return unknown_name(cmd, opt, what, low, names, count);
        *mask |= 1u << v;
        if (!c) break;
        p = c + 1;
    }
    return DN_OK;
}

/* "unknown option `--egoo`; did you mean `--ego`?", or that an option of
 * another command is not one of cmd's. */
static int unknown_option(const char *cmd, const char *arg,
                          const struct option *longopts, unsigned which)
{
    char m[320];
    if (arg[0] == '-' && arg[1] == '-' && arg[2]) {
        const char *name = arg + 2;
        size_t n = strcspn(name, "=");
        for (size_t i = 0; i < NDEFS; i++)
            if (!(defs[i].group & which) && strlen(defs[i].opt.name) == n &&
                !strncmp(defs[i].opt.name, name, n)) {
                snprintf(m, sizeof m, "`--%.*s` is not an option of %s", (int)n,
                         name, cmd);
                return usage(cmd, "%s", m);
            }
        const char *cands[NDEFS + 2];
        size_t k = 0;
        for (; longopts[k].name; k++) cands[k] = longopts[k].name;
        char word[64];
        snprintf(word, sizeof word, "%.*s", (int)(n < 63 ? n : 63), name);
        const char *dym = cli_did_you_mean(word, cands, k);
        if (dym) {
            snprintf(m, sizeof m, "unknown option `%.80s`; did you mean "
                     "`--%s`?", arg, dym);
            return usage(cmd, "%s", m);
        }
    }
    return usage(cmd, "unknown option `%s`", arg);
}

int cli_parse(int argc, char **argv, unsigned which, const char *help,
              cli_opts_t *o)
{
    const char *cmd = argv[0];
    struct option longopts[NDEFS + 3];
    size_t k = 0;
    for (size_t i = 0; i < NDEFS; i++)
        if (defs[i].group & which) longopts[k++] = defs[i].opt;
    longopts[k++] = (struct option){"help", no_argument, NULL, 'h'};
    longopts[k++] = (struct option){"quiet", no_argument, NULL, 'q'};
    longopts[k] = (struct option){NULL, 0, NULL, 0};
    /* Leading ':' reports a missing value as ':'; GNU permutation lets
     * options follow the INPUTs. */
    char shortopts[16] = ":hq";
    size_t sp = 3;
    if (which & CLI_O_OUTPUT) { shortopts[sp++] = 'o'; shortopts[sp++] = ':'; }
    if (which & CLI_O_TOP) { shortopts[sp++] = 'n'; shortopts[sp++] = ':'; }
    if (which & CLI_O_IMAGE) { shortopts[sp++] = 'T'; shortopts[sp++] = ':'; }
    shortopts[sp] = '\0';

    optind = 0; /* full reset, so tests can parse repeatedly */
    opterr = 0;
    int c, rc = DN_OK;
    long v;
    while ((c = getopt_long(argc, argv, shortopts, longopts, NULL)) != -1) {
        switch (c) {
        case 'h':
            fputs(help, stdout);
            return -1;
        case 'q': o->quiet = 1; diag_set_quiet(1); break;
        case 'o': o->output = optarg; break;
        case 'T': {
            char low[8];
            lower(optarg, strlen(optarg), low, sizeof low);
            if (strcmp(low, "svg") && strcmp(low, "png") && strcmp(low, "pdf"))
                rc = usage(cmd, "-T takes svg, png or pdf, not `%s`", optarg);
            else
                o->image_format = !strcmp(low, "svg") ? "svg"
                                  : !strcmp(low, "png") ? "png" : "pdf";
            break;
        }
        case 'n':
        case OPT_TOP:
            rc = parse_long(cmd, c == 'n' ? "-n" : "--top", optarg, 0, &o->top);
            break;
        case OPT_FROM:
            if (!strcmp(optarg, "gdelt")) o->from = CLI_FROM_GDELT;
            else if (!strcmp(optarg, "icews")) o->from = CLI_FROM_ICEWS;
            else if (!strcmp(optarg, "tsv")) o->from = CLI_FROM_TSV;
            else if (!strcmp(optarg, "text")) o->from = CLI_FROM_TEXT;
            else rc = usage(cmd, "--from takes gdelt, icews, tsv or text, not `%s`",
                            optarg);
            break;
        case OPT_ALL: o->import_all = 1; break;
        case OPT_LEXICON: o->lexicon = optarg; break;
        case OPT_DATE: rc = parse_date_opt(cmd, "--date", optarg, &o->doc_date); break;
        case OPT_SINCE: rc = parse_date_opt(cmd, "--since", optarg, &o->net.since); break;
        case OPT_UNTIL: rc = parse_date_opt(cmd, "--until", optarg, &o->net.until); break;
        case OPT_RELATION:
            rc = parse_mask(cmd, "--relation", optarg, ev_relation_parse,
                            "relation", rel_name_i, EV_REL_COUNT,
                            &o->net.relation_mask);
            break;
        case OPT_KIND:
            rc = parse_mask(cmd, "--kind", optarg, ev_kind_parse, "kind",
                            kind_name_i, EV_KIND_COUNT, &o->kind_mask);
            break;
        case OPT_MEASURES: {
            char low[256];
            size_t bad = 0;
            lower(optarg, strlen(optarg), low, sizeof low);
            long m = measure_parse_list(low, &bad);
            if (m <= 0) {
                char item[64];
                size_t n = strcspn(low + bad, ",");
                lower(low + bad, n, item, sizeof item);
                const char *cands[M_COUNT];
                for (int i = 0; i < M_COUNT; i++)
                    cands[i] = measure_name((measure_t)i);
                const char *dym = cli_did_you_mean(item, cands, M_COUNT);
                char msg[512];
                snprintf(msg, sizeof msg, "--measures takes a comma list of "
                         "degree, strength, visits_made, visits_hosted, "
                         "betweenness, harmonic, eigenvector, pagerank (or "
                         "all), not `%.60s`%s%s%s", optarg,
                         dym ? "; did you mean `" : "", dym ? dym : "",
                         dym ? "`?" : "");
                rc = usage(cmd, "%s", msg);
            } else {
                o->cent.mask = (unsigned)m;
                o->measures_given = 1;
            }
            break;
        }
        case OPT_WITH_AFF: o->cent.with_affiliations = 1; break;
        case OPT_NORMALIZED: o->cent.normalized = 1; break;
        case OPT_EXACT: o->cent.exact = 1; break;
        case OPT_SAMPLES:
            rc = parse_long(cmd, "--samples", optarg, 1, &o->cent.samples);
            break;
        case OPT_SEED:
            rc = parse_long(cmd, "--seed", optarg, 0, &v);
            o->cent.seed = (unsigned long)v;
            break;
        case OPT_ENGINE:
            if (!strcmp(optarg, "igraph")) o->cent.engine_igraph = 1;
            else if (!strcmp(optarg, "dipnet")) o->cent.engine_igraph = 0;
            else rc = usage(cmd, "--engine takes dipnet or igraph, not `%s`",
                            optarg);
            break;
        case OPT_NAMES:
            if (!strcmp(optarg, "de")) o->names_en = 0;
            else if (!strcmp(optarg, "en")) o->names_en = 1;
            else rc = usage(cmd, "--names takes de or en, not `%s`", optarg);
            break;
        case OPT_ALIASES: o->aliases = optarg; break;
        case OPT_MIN_WEIGHT:
            rc = parse_long(cmd, "--min-weight", optarg, 1, &o->min_weight);
            break;
        case OPT_MIN_DEGREE:
            rc = parse_long(cmd, "--min-degree", optarg, 1, &o->min_degree);
            break;
        case OPT_MIN_CONFIDENCE: {
            char *end;
            errno = 0;
            double x = strtod(optarg, &end);
            if (errno || end == optarg || *end || !(x >= 0 && x <= 1))
                rc = usage(cmd, "--min-confidence takes a number from 0 to "
                           "1, not `%s`", optarg);
            else o->net.min_confidence = x;
            break;
        }
        case OPT_CAMEO:
        case OPT_EXCLUDE_CAMEO: {
            /* Codes are digits: "04" or "041,042". */
            const char *p = optarg;
            int ok = *p != '\0';
            for (; *p; p++)
                if (!((*p >= '0' && *p <= '9') || *p == ',')) ok = 0;
            if (!ok)
                rc = usage(cmd, "--cameo and --exclude-cameo take a comma "
                           "list of CAMEO codes or prefixes (04, 041), not "
                           "`%s`", optarg);
            else if (c == OPT_CAMEO) o->net.cameo = optarg;
            else o->net.exclude_cameo = optarg;
            break;
        }
        case OPT_EGO: o->ego = optarg; break;
        case OPT_DEPTH:
            rc = parse_long(cmd, "--depth", optarg, 1, &v);
            o->depth = v > 100 ? 100 : (int)v;
            break;
        case OPT_FORMAT: o->format = optarg; break;
        case OPT_LAYOUT: o->layout = optarg; break;
        case OPT_SIZE_BY:
            rc = parse_measure(cmd, "--size-by", optarg, &o->size_by);
            break;
        case OPT_COMMUNITIES: o->communities = optarg; break;
        case OPT_BY:
            rc = parse_measure(cmd, "--by", optarg, &o->by);
            break;
        case OPT_PERIOD: o->period = optarg; break;
        case ':':
            rc = usage(cmd, "option `%s` needs a value", argv[optind - 1]);
            break;
        default:
            rc = unknown_option(cmd, argv[optind - 1], longopts, which);
            break;
        }
        if (rc) return rc;
    }
    if (o->net.since.year && o->net.until.year &&
        ev_date_first_day(o->net.since) > ev_date_last_day(o->net.until)) {
        char a[11], b[11], both[48];
        ev_date_format(o->net.since, a);
        ev_date_format(o->net.until, b);
        snprintf(both, sizeof both, "%s is after --until %s", a, b);
        return usage(cmd, "--since %s: no event could be kept", both);
    }
    o->inputs = argv + optind;
    o->ninputs = (size_t)(argc - optind);
    return DN_OK;
}

int cli_has_ext(const char *path, const char *ext)
{
    size_t n = strlen(path), k = strlen(ext);
    return n >= k && !strcasecmp(path + n - k, ext);
}

int cli_select(const net_t *net, const cent_t *c, const cli_opts_t *o,
               measure_t m, long top, unsigned char *show)
{
    size_t n = net->nactors, k = 0;
    uint32_t *ids = malloc((n ? n : 1) * sizeof *ids);
    if (!ids) return diag_nomem("selection");
    for (size_t i = 0; i < n; i++) {
        show[i] = 0;
        if (!o->kind_mask || (o->kind_mask & (1u << net->actors[i].kind)))
            ids[k++] = (uint32_t)i;
    }
    if (top > 0 && (size_t)top < k) {
        if (c && c->val[m]) cent_rank_top(net, c, m, ids, k, (size_t)top);
        k = (size_t)top;
    }
    for (size_t i = 0; i < k; i++) show[ids[i]] = 1;
    free(ids);
    return DN_OK;
}

int cli_guard_output(const cli_opts_t *o, const char *path)
{
    if (path && o->aliases && outfile_same_file(o->aliases, path))
        return diag_error(DN_EUSAGE, path, 0, 0,
                          "is also the --aliases file; refusing to overwrite it");
    /* the output's stat once, not again beside each of a thousand inputs
     * (a system call costs as much as a short text's work here) */
    outfile_id_t out;
    if (!path || !outfile_id(path, &out)) return DN_OK;
    for (size_t i = 0; i < o->ninputs; i++)
        if (outfile_id_is(o->inputs[i], &out))
            return diag_error(DN_EUSAGE, path, 0, 0,
                              "is also an input; refusing to overwrite it");
    return DN_OK;
}

int cli_community_alg(const cli_opts_t *o, const char *cmd, int *alg)
{
    *alg = -1;
    if (o->communities && (*alg = community_alg_parse(o->communities)) < 0)
        return diag_error(DN_EUSAGE, NULL, 0, 0,
                          "%s: --communities takes louvain or leiden, not `%s`",
                          cmd, o->communities);
    return DN_OK;
}

int cli_communities(const cli_opts_t *o, const net_t *net, int alg,
                    community_t *comm)
{
    memset(comm, 0, sizeof *comm);
    if (alg < 0) return DN_OK;
    return community_detect(net, (community_alg_t)alg,
                            o->cent.with_affiliations, o->cent.seed, comm);
}
