/* dipnet actors: every node of the network with its registry id and every
 * spelling merged into it, so a merge can be checked before publishing. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"
#include "cli/commands.h"
#include "cli/input.h"
#include "util/diag.h"
#include "util/outfile.h"

static const char help[] =
    "usage: dipnet actors [-o FILE] [--names de|en] [--aliases FILE]\n"
    "                     [options] INPUT...\n"
    "\n"
    "Lists every actor (node) of the network read from INPUT: its registry\n"
    "id (empty when the actor is not in the registry), the name shown, its\n"
    "kind, and one row per spelling the inputs used for it: the spelling,\n"
    "the kind its reader gave, the rule that made it this actor, and where\n"
    "it was first seen (FILE:LINE).  Tab-separated, one row per spelling.\n"
    "Rules: name, alias (a registry name), spelling variant and\n"
    "transliteration (Duden / BGN-PCGN spellings of one name), inflection\n"
    "(a German case ending), initial and last name, last name (unique in\n"
    "the registry), country code, country and role code, sector of a\n"
    "state, sector named in the registry, --aliases, unique in the input\n"
    "(a last name or another transliteration of one person of the input),\n"
    "not in the registry.\n"
    "  -o FILE          write to FILE instead of standard output\n"
    "  --names de|en    show the registry's German (default) or English names\n"
    "  --aliases FILE   corrections: NAME<TAB>TARGET (TARGET a registry id or\n"
    "                   a name) or NAME<TAB>!=<TAB>OTHER (never one actor)\n"
    "\n"
    "Examples:\n"
    "  dipnet actors data/000_229655faa014bd8c.txt\n"
    "  dipnet actors --aliases fixes.tsv text.txt gdelt.tsv icews.tsv\n";

static void put_cell(FILE *fp, const char *s)
{
    for (; *s; s++) putc(*s == '\t' || *s == '\n' || *s == '\r' ? ' ' : *s, fp);
}

static int write_actors(FILE *fp, const net_t *net)
{
    fputs("# dipnet actors: every actor, its registry id and the spellings "
          "merged into it\n"
          "id\tactor\tkind\tspelling\tspelling_kind\trule\tfirst_seen\n", fp);
    /* spellings grouped by actor, in the order they were first seen */
    size_t n = net->nactors, ns = net->nspells;
    uint32_t *start = calloc(n + 1, sizeof *start);
    uint32_t *list = malloc((ns + 1) * sizeof *list);
    if (!start || !list) {
        free(start);
        free(list);
        return diag_nomem("actors");
    }
    for (size_t s = 0; s < ns; s++) start[net->spells[s].actor + 1]++;
    for (size_t i = 0; i < n; i++) start[i + 1] += start[i];
    uint32_t *fill = calloc(n + 1, sizeof *fill);
    if (!fill) {
        free(start);
        free(list);
        return diag_nomem("actors");
    }
    for (size_t s = 0; s < ns; s++) {
        uint32_t a = net->spells[s].actor;
        list[start[a] + fill[a]++] = (uint32_t)s;
    }
    for (size_t i = 0; i < n; i++) {
        for (uint32_t k = start[i]; k < start[i + 1]; k++) {
            const net_spelling_t *sp = &net->spells[list[k]];
            put_cell(fp, net_actor_id(net, i));
            putc('\t', fp);
            put_cell(fp, net_actor_name(net, i));
            fprintf(fp, "\t%s\t", ev_kind_name(net->actors[i].kind));
            put_cell(fp, strtab_str(&net->names, sp->name));
            fprintf(fp, "\t%s\t%s\t", ev_kind_name(sp->kind), sp->how);
            put_cell(fp, strtab_str(&net->spelldocs, sp->doc));
            fprintf(fp, ":%ld\n", sp->line);
        }
    }
    free(start);
    free(list);
    free(fill);
    return ferror(fp) ? DN_EIO : DN_OK;
}

int cmd_actors(int argc, char **argv)
{
    static char full_help[sizeof help + 4096];
    snprintf(full_help, sizeof full_help, "%s%s", help, cli_help_common);
    cli_opts_t o;
    cli_opts_init(&o);
    int rc = cli_parse(argc, argv, CLI_O_INPUT | CLI_O_FILTER | CLI_O_EGO |
                                       CLI_O_OUTPUT, full_help, &o);
    if (rc) return rc < 0 ? DN_OK : rc;
    if ((rc = cli_guard_output(&o, o.output))) return rc;
    net_t net;
    if ((rc = input_load(&o, &net))) return rc;
    outfile_t of;
    if (!(rc = outfile_open(&of, o.output)))
        rc = outfile_finish(&of, write_actors(of.fp, &net));
    net_destroy(&net);
    return rc;
}
