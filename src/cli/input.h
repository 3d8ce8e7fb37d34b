/* input: reading INPUT files of any kind into an event sink.
 *
 * Event TSV is recognised by its header, GDELT and ICEWS by their rows
 * (gdelt_sniff, icews_sniff), other tables are refused, anything else is
 * German text for the extractor, unless --from says gdelt, icews, tsv or
 * text.  A text without events gets a note (naming its language when it
 * does not look German).  "-" is
 * standard input.  Texts of all inputs are deduplicated together (the same
 * visit told by two documents is one event). */
#ifndef INPUT_H
#define INPUT_H

#include "cli/cli.h"

/* Reads every input of o into sink.  Returns an exit code (messages
 * reported). */
int input_read_all(const cli_opts_t *o, ev_sink_fn sink, void *ctx);

/* The lexicon directory: --lexicon, $DIPNET_LEXICON, data/lexicon beside
 * the executable, or the installed one.  Returns a static string. */
const char *input_lexicon_dir(const char *opt);

#endif
