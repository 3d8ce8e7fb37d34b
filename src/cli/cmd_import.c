#include <stdio.h>
#include <string.h>

#include "cli/cli.h"
#include "cli/commands.h"
#include "cli/input.h"
#include "io/evtsv.h"
#include "util/diag.h"
#include "util/outfile.h"

static const char help[] =
    "usage: dipnet import --from gdelt|icews [--all] [-o FILE] FILE...\n"
    "\n"
    "Converts event datasets to event TSV.\n"
    "  --from gdelt   GDELT 1.0 event files (57/58 columns) or 2.0 exports\n"
    "                 (61 columns); CAMEO 040,041,046 meeting, 042/043 visit,\n"
    "                 044 meeting, 057 agreement\n"
    "  --from icews   ICEWS source<TAB>event text<TAB>target<TAB>date\n"
    "  --all          keep other events as relation `other` (code in `cameo`)\n"
    "  -o FILE        write to FILE instead of standard output\n"
    "  -q, --quiet    no notes on standard error; errors are still shown\n"
    "\n"
    "Examples:\n"
    "  dipnet import --from gdelt 20150218.export.CSV -o gdelt.tsv\n"
    "  dipnet import --from icews events.tab | dipnet report -\n"
    "\n"
    DN_EXIT_CODES_HELP;

static int write_event(const ev_event_t *ev, void *ctx)
{
    return evtsv_write(ctx, ev) ? DN_EIO : DN_OK;
}

int cmd_import(int argc, char **argv)
{
    cli_opts_t o;
    cli_opts_init(&o);
    int rc = cli_parse(argc, argv, CLI_O_INPUT | CLI_O_OUTPUT, help, &o);
    if (rc) return rc < 0 ? DN_OK : rc;
    if (o.from != CLI_FROM_GDELT && o.from != CLI_FROM_ICEWS)
        return diag_error(DN_EUSAGE, NULL, 0, 0,
                          "import: say what the files are: --from gdelt or "
                          "--from icews");
    if ((rc = cli_guard_output(&o, o.output))) return rc;
    outfile_t of;
    if ((rc = outfile_open(&of, o.output))) return rc;
    evtsv_writer_t w;
    static const char *const extra[] = {"cameo"};
    evtsv_writer_opts_t wo = {.nextra = 1, .extra = extra};
    rc = evtsv_writer_init(&w, of.fp, &wo,
                           o.from == CLI_FROM_GDELT
                               ? "dipnet import --from gdelt"
                               : "dipnet import --from icews");
    if (!rc) rc = input_read_all(&o, write_event, &w);
    return outfile_finish(&of, rc);
}
