#include <stdio.h>
#include <string.h>

#include "cli/cli.h"
#include "cli/commands.h"
#include "cli/input.h"
#include "io/evtsv.h"
#include "util/diag.h"
#include "util/outfile.h"

static const char help[] =
    "usage: dipnet extract [--date YYYY-MM-DD] [-o FILE] [--lexicon DIR] TEXT...\n"
    "\n"
    "Extracts the actors and dated acts of German texts as event TSV: one row\n"
    "per distinct event, with the document, line and sentence as evidence and\n"
    "a confidence.  The same event told by several texts is one row.  A TEXT\n"
    "may be a folder: every *.txt below it, in sorted order (hidden files\n"
    "left out).\n"
    "  --date D      the texts' date, to resolve gestern, am Montag, im März,\n"
    "                and to date events told without a date (date_source\n"
    "                article); default: each text's own date, from NAME.date\n"
    "                beside NAME.txt, a first line 'Datum: YYYY-MM-DD' (or\n"
    "                'date: ...'), a date in the file name (2019-05-14_x.txt,\n"
    "                x-20190514.txt) or a dateline in the first lines\n"
    "  -o FILE       write to FILE instead of standard output\n"
    "  -q, --quiet   no notes on standard error (a text transcoded, a text\n"
    "                without events); errors are still shown\n"
    "\n"
    "Examples:\n"
    "  dipnet extract data/000_229655faa014bd8c.txt -o graphs/seed.tsv\n"
    "  dipnet extract --date 2014-08-07 news.txt | dipnet report -\n"
    "  dipnet extract -o corpus.tsv news/\n"
    "\n"
    DN_EXIT_CODES_HELP;

static int write_event(const ev_event_t *ev, void *ctx)
{
    return evtsv_write(ctx, ev) ? DN_EIO : DN_OK;
}

int cmd_extract(int argc, char **argv)
{
    cli_opts_t o;
    cli_opts_init(&o);
    int rc = cli_parse(argc, argv, CLI_O_INPUT | CLI_O_OUTPUT, help, &o);
    if (rc) return rc < 0 ? DN_OK : rc;
    if (o.from != CLI_FROM_AUTO)
        return diag_error(DN_EUSAGE, NULL, 0, 0,
                          "extract: --from does not apply (use dipnet import)");
    o.from = CLI_FROM_TEXT;
    if ((rc = cli_guard_output(&o, o.output))) return rc;
    outfile_t of;
    if ((rc = outfile_open(&of, o.output))) return rc;
    evtsv_writer_t w;
    /* date_source: "text" (the sentence dates it), "article" (inferred
     * from --date or the dateline), empty (undated) */
    evtsv_writer_opts_t wo = {.with_confidence = 1, .nextra = 1, .extra = EV_DATE_SOURCE_NAME};
    rc = evtsv_writer_init(&w, of.fp, &wo,
                           "dipnet extract: events extracted from German text");
    if (!rc) rc = input_read_all(&o, write_event, &w);
    return outfile_finish(&of, rc);
}
