/* cli: what the subcommands share — the common options, loading INPUT
 * files is cli/input.h, the path load -> measures -> communities ->
 * selection is cli/pipeline.h.  Each subcommand lives in src/cli/cmd_<name>.c with an
 * entry point `int cmd_<name>(int argc, char **argv)` returning an exit code
 * (dn_status_t); main.c only dispatches. */
#ifndef CLI_H
#define CLI_H

#include <stddef.h>

#include "analysis/centrality.h"
#include "analysis/community.h"
#include "net/net.h"

typedef enum {
    CLI_FROM_AUTO,   /* by content: event TSV, GDELT, ICEWS, else text */
    CLI_FROM_TSV,
    CLI_FROM_TEXT,
    CLI_FROM_GDELT,
    CLI_FROM_ICEWS
} cli_from_t;

/* Options every network-reading subcommand accepts. */
typedef struct {
    cli_from_t from;
    int import_all;            /* --all: keep unmapped GDELT/ICEWS events */
    const char *lexicon;       /* --lexicon DIR (NULL: default search) */
    ev_date_t doc_date;        /* --date for texts */
    net_opts_t net;            /* --since --until --relation */
    cent_opts_t cent;          /* --measures --with-affiliations
                                  --normalized --exact --samples --seed --engine */
    unsigned kind_mask;        /* --kind (bits per ev_kind_t); 0 = all */
    long min_weight;           /* --min-weight N: ties with >= N events */
    long min_degree;           /* --min-degree N: actors with >= N ties */
    const char *ego;           /* --ego NAME */
    int depth;                 /* --depth K (default 1) */
    long top;                  /* --top N / -n N; -1 = command default */
    const char *output;        /* -o FILE (NULL = stdout) */
    const char *format;        /* --format */
    const char *layout;        /* --layout */
    const char *image_format;  /* -T svg|png|pdf (render) */
    int size_by;               /* --size-by MEASURE (measure_t) */
    const char *communities;   /* --communities louvain|leiden */
    int by;                    /* --by MEASURE (measure_t, default degree) */
    const char *period;        /* --period year|5y|decade */
    int names_en;              /* --names en (default de) */
    const char *aliases;       /* --aliases FILE */
    int quiet;                 /* -q */
    int measures_given;        /* --measures was on the command line */
    char **inputs;             /* INPUT... (borrowed from argv) */
    size_t ninputs;
} cli_opts_t;

/* Sets the defaults. */
void cli_opts_init(cli_opts_t *o);

/* Edit distance between a[0..la) and b[0..lb) (each cut to 64 bytes),
 * ASCII case ignored; two swapped neighbours count as one edit. */
size_t cli_distance(const char *a, size_t la, const char *b, size_t lb);

/* The candidate a typo of s most likely meant (at most two edits away, and
 * not a different word), or NULL.  Returns one of cands (borrowed). */
const char *cli_did_you_mean(const char *s, const char *const *cands,
                             size_t n);

/* Which common options a subcommand takes (bit set). */
enum {
    CLI_O_INPUT = 1 << 0,    /* --from --all --lexicon --date */
    CLI_O_FILTER = 1 << 1,   /* --since --until --relation --kind
                                --names --aliases --min-weight
                                --min-confidence --cameo --exclude-cameo
                                --min-degree */
    CLI_O_MEASURE = 1 << 2,  /* --measures --with-affiliations --normalized
                                --exact --samples --seed --engine */
    CLI_O_EGO = 1 << 3,      /* --ego --depth */
    CLI_O_TOP = 1 << 4,      /* --top N, -n N */
    CLI_O_OUTPUT = 1 << 5,   /* -o FILE */
    CLI_O_FORMAT = 1 << 6,   /* --format F */
    CLI_O_LAYOUT = 1 << 7,   /* --layout L */
    CLI_O_SIZE_BY = 1 << 8,  /* --size-by M */
    CLI_O_COMMUNITIES = 1 << 9, /* --communities ALG */
    CLI_O_BY = 1 << 10,      /* --by M */
    CLI_O_PERIOD = 1 << 11,  /* --period P */
    CLI_O_IMAGE = 1 << 12    /* -T svg|png|pdf */
};

/* 1 when path ends with ext (".csv"), case ignored (X.GEXF is GEXF). */
int cli_has_ext(const char *path, const char *ext);

/* Parses argv[1..] (argv[0] is the subcommand name) for the options in
 * `which`, plus -h/--help (prints `help` to stdout, returns -1) and -q.
 * Unknown options or bad values: message naming the option, DN_EUSAGE. */
int cli_parse(int argc, char **argv, unsigned which, const char *help,
              cli_opts_t *o);

/* Fills show[] (net->nactors entries) with the actors to display: those of
 * the --kind kinds, and of them the `top` best by measure m (all when
 * top <= 0).  Returns DN_OK or DN_ENOMEM. */
int cli_select(const net_t *net, const cent_t *c, const cli_opts_t *o,
               measure_t m, long top, unsigned char *show);

/* Refuses (DN_EUSAGE, with a message) an output path that is also one of
 * the inputs, so `-o` can never overwrite what is being read.  Returns
 * DN_OK when path is NULL, "-" or no input. */
int cli_guard_output(const cli_opts_t *o, const char *path);

/* Parses o->communities: sets *alg to the algorithm (-1 when not asked
 * for).  Returns DN_OK or DN_EUSAGE (reported, naming cmd). */
int cli_community_alg(const cli_opts_t *o, const char *cmd, int *alg);

/* Clears *comm, then detects communities with algorithm alg (from
 * cli_community_alg) when alg >= 0, seeded with --seed.  Returns an exit
 * code; *comm must be released with community_destroy either way. */
int cli_communities(const cli_opts_t *o, const net_t *net, int alg,
                    community_t *comm);

#endif
