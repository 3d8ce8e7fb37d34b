/* dipnet render: the network drawn by Graphviz (SVG, PNG, PDF); the body
 * is the picture commands' (cmd_picture in cmd_dot.c). */
#include "cli/commands.h"

static const char render_help[] =
    "usage: dipnet render -o FILE.svg|.png|.pdf [-T svg|png|pdf] [--layout L]\n"
    "                     [--top N] [--ego NAME [--depth K]] INPUT...\n"
    "\n"
    "Draws the network with Graphviz; the format follows the extension (any\n"
    "case), or -T.\n"
    "  -T svg|png|pdf the image format; with -o - or no -o, the image goes\n"
    "                 to standard output\n"
    "  --layout L     dot, neato, fdp, sfdp or circo (default: dot for small\n"
    "                 networks, sfdp for large ones)\n"
    "  --top N        the N most central actors (default as for `dot`)\n"
    "  --size-by M    node size by this measure (default degree)\n"
    "  --communities louvain|leiden   colour by community\n"
    "\n"
    "Examples:\n"
    "  dipnet render -o out/seed.svg graphs/seed.tsv\n"
    "  dipnet render -T png graphs/seed.tsv > seed.png\n"
    "  dipnet render --top 200 -o big.png --from gdelt 20150218.export.CSV\n";

int cmd_render(int argc, char **argv)
{
    return cmd_picture(argc, argv, render_help, 1);
}
