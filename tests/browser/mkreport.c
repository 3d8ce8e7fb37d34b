/* mkreport: a small driver that writes the HTML report of event TSV files,
 * for the browser test when `dipnet report --format html` is not available.
 * It does what cmd_report does for HTML: network, measures, the top
 * actors, the picture as inline SVG, the page.
 *   mkreport -o OUT.html INPUT.tsv...
 * Built by mk/browser.mk; not part of dipnet. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "analysis/centrality.h"
#include "io/evtsv.h"
#include "net/net.h"
#include "write/dot.h"
#include "write/render.h"
#include "write/report_html.h"
#include "util/diag.h"
#include "util/outfile.h"

#define TOP 20
#define PICTURE_MAX 150

int main(int argc, char **argv)
{
    if (argc < 4 || strcmp(argv[1], "-o") != 0) {
        fprintf(stderr, "usage: mkreport -o OUT.html INPUT.tsv...\n");
        return DN_EUSAGE;
    }
    const char *out = argv[2];
    net_opts_t no;
    net_opts_init(&no);
    no.max_events_per_edge = 5;
    net_t net;
    net_init(&net, &no);
    int rc = DN_OK;
    for (int i = 3; i < argc && !rc; i++) {
        FILE *fp = fopen(argv[i], "r");
        if (!fp) {
            rc = diag_error(DN_EIO, argv[i], 0, 0, "cannot open");
            break;
        }
        rc = evtsv_read(fp, argv[i], net_add_event, &net);
        fclose(fp);
    }
    cent_opts_t co;
    cent_opts_init(&co);
    cent_t c;
    memset(&c, 0, sizeof c);
    if (!rc) rc = cent_compute(&net, &co, &c);
    uint32_t *ids = malloc((net.nactors + 1) * sizeof *ids);
    unsigned char *show = calloc(net.nactors + 1, 1);
    if (!rc && (!ids || !show)) rc = diag_nomem("mkreport");
    if (!rc) {
        for (size_t i = 0; i < net.nactors; i++) ids[i] = (uint32_t)i;
        cent_rank(&net, &c, M_DEGREE, ids, net.nactors);
        size_t pic = net.nactors < PICTURE_MAX ? net.nactors : PICTURE_MAX;
        for (size_t i = 0; i < pic; i++) show[ids[i]] = 1;
    }
    if (!rc) {
        report_t r = {.net = &net, .cent = &c, .ids = ids,
                      .n = net.nactors < TOP ? net.nactors : TOP,
                      .by = M_DEGREE, .title = argc == 4 ? argv[3] : NULL};
        outfile_t of;
        if (!(rc = outfile_open(&of, out))) {
            rc = report_html_write_with_picture(of.fp, &r, NULL, show, NULL, 0);
            if (rc) outfile_abort(&of);
            else rc = outfile_commit(&of);
        }
    }
    free(ids);
    free(show);
    cent_destroy(&c);
    net_destroy(&net);
    render_shutdown();
    return rc;
}
