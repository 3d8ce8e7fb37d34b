/* dipnet: German diplomacy writing and event data -> network, centrality,
 * pictures.  main only dispatches to the subcommands (src/cli/cmd_*.c). */
#include <signal.h>
#include <stdio.h>
#include <string.h>

#include "cli/commands.h"
#include "write/render.h"
#include "util/bigmem.h"
#include "util/diag.h"

#ifndef DIPNET_VERSION
#define DIPNET_VERSION "0.1.0"
#endif

static const char usage[] =
    "usage: dipnet COMMAND [options] INPUT...\n"
    "\n"
    "Turns German writing about diplomacy, and event datasets, into a network\n"
    "of actors and says who is at its centre.\n"
    "\n"
    "Commands:\n"
    "  extract   German text -> event TSV (with evidence sentences)\n"
    "  import    GDELT or ICEWS files -> event TSV\n"
    "  report    the most-connected actors (table, csv, json, md)\n"
    "  dot       the network as Graphviz DOT\n"
    "  render    the network as SVG, PNG or PDF\n"
    "  export    the network as GraphML, GEXF or CSV (Gephi, yEd, NetworkX)\n"
    "  timeline  each actor's rank by year, 5 years or decade (table, SVG)\n"
    "  actors    every actor with its registry id and the spellings merged\n"
    "\n"
    "'dipnet COMMAND --help' (or 'dipnet help COMMAND') describes each\n"
    "command and its options.\n"
    DN_EXIT_CODES_HELP;

typedef struct {
    const char *name;
    int (*fn)(int, char **);
} command_t;

static const command_t commands[] = {
    {"extract", cmd_extract}, {"import", cmd_import}, {"report", cmd_report},
    {"dot", cmd_dot},         {"render", cmd_render},
    {"export", cmd_export},   {"timeline", cmd_timeline},
    {"actors", cmd_actors},
};

int main(int argc, char **argv)
{
    /* A closed pipe (`dipnet report big.tsv | head -1`) must end us
     * quietly with EPIPE on write, not kill us mid-file. */
    signal(SIGPIPE, SIG_IGN);
    bigmem_keep_freed();
    bigmem_huge_heap((size_t)24 << 20);
    if (argc < 2) {
        fputs(usage, stderr);
        return DN_EUSAGE;
    }
    const char *cmd = argv[1];
    /* `dipnet help COMMAND` is `dipnet COMMAND --help`. */
    if (!strcmp(cmd, "help") && argc > 2) {
        for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++)
            if (!strcmp(argv[2], commands[i].name)) {
                char *args[] = {argv[2], "--help", NULL};
                return commands[i].fn(2, args);
            }
        return diag_error(DN_EUSAGE, NULL, 0, 0,
                          "help: unknown command `%s` (try 'dipnet --help')",
                          argv[2]);
    }
    if (!strcmp(cmd, "-h") || !strcmp(cmd, "--help") || !strcmp(cmd, "help")) {
        fputs(usage, stdout);
        return DN_OK;
    }
    if (!strcmp(cmd, "--version") || !strcmp(cmd, "-V")) {
        printf("dipnet %s\n", DIPNET_VERSION);
        return DN_OK;
    }
    for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++)
        if (!strcmp(cmd, commands[i].name)) {
            int rc = commands[i].fn(argc - 1, argv + 1);
            render_shutdown(); /* Graphviz's context, if one was made */
            return rc;
        }
    return diag_error(DN_EUSAGE, NULL, 0, 0,
                      "unknown command `%s` (try 'dipnet --help')", cmd);
}
