/* input: reading INPUT files of any kind into an event sink.
 *
 * Event TSV is recognised by its header, GDELT and ICEWS by their rows
 * (gdelt_sniff, icews_sniff), other tables are refused, anything else is
 * German text for the extractor, unless --from says gdelt, icews, tsv or
 * text.  A text without events gets a note (naming its language when it
 * does not look German).  "-" is
 * standard input; a folder gives the texts and event files below it
 * (cli/folder.h), and each text gets its date (cli/docdate.h).  Texts of
 * all inputs are deduplicated together (the same visit told by two
 * documents is one event). */
#ifndef INPUT_H
#define INPUT_H

#include "cli/cli.h"

/* Reads every input of o into sink.  Returns an exit code (messages
 * reported). */
int input_read_all(const cli_opts_t *o, ev_sink_fn sink, void *ctx);

/* Reads every INPUT (files or "-" for stdin) into *net, built with o->net:
 * texts go through the extractor, event files through their readers, and
 * every actor name through the actor registry (ident/identity.h: the
 * lexicon's actors.tsv, --aliases, --names), then merges what the input
 * makes one (ident_unify).  Then applies --ego (replacing *net by the ego
 * network, with a message listing the closest names when NAME matches
 * nothing).  Returns an exit code; on success the caller owns *net
 * (net_destroy), on failure *net is destroyed. */
int input_load(const cli_opts_t *o, net_t *net);

/* input_load, and *ego_out = the id in *net of the actor --ego matched (-1
 * without --ego or on failure). */
int input_load_ego(const cli_opts_t *o, net_t *net, long *ego_out);

/* The lexicon directory: --lexicon, $DIPNET_LEXICON, data/lexicon beside
 * the executable, ../share/dipnet/lexicon from the executable's folder (the
 * installed layout), ./data/lexicon, else /usr/local/share/dipnet/lexicon.
 * Returns opt, the environment's string or a static one (never freed). */
const char *input_lexicon_dir(const char *opt);

#endif
