/* pipeline: load -> measures -> communities -> selection (pipeline.h). */
#include "cli/pipeline.h"

#include <stdlib.h>
#include <string.h>

#include "cli/input.h"
#include "util/diag.h"
#include "util/timing.h"

long pipeline_picture_top(size_t n)
{
    return n <= PIPELINE_ALL_LIMIT ? 0 : PIPELINE_DEFAULT_TOP;
}

int pipeline_run(pipeline_t *p, const cli_opts_t *o, int alg, measure_t by,
                 long top)
{
    memset(p, 0, sizeof *p);
    p->alg = alg;
    p->ego = -1;
    timing_mark(NULL);
    int rc = input_load_ego(o, &p->net, &p->ego);
    if (rc) return rc;
    p->have_net = 1;
    timing_mark("read");
    if ((rc = cent_compute(&p->net, &o->cent, &p->cent))) return rc;
    p->have_cent = 1;
    timing_mark("measures");
    if ((rc = cli_communities(o, &p->net, alg, &p->comm))) return rc;
    if (top == PIPELINE_TOP_PICTURE) top = pipeline_picture_top(p->net.nactors);
    if (!(p->show = malloc(p->net.nactors + 1))) return diag_nomem("selection");
    rc = cli_select(&p->net, &p->cent, o, by, top < 0 ? 0 : top, p->show);
    timing_mark("select");
    return rc;
}

void pipeline_destroy(pipeline_t *p)
{
    free(p->show);
    p->show = NULL;
    community_destroy(&p->comm);
    if (p->have_cent) cent_destroy(&p->cent);
    if (p->have_net) net_destroy(&p->net);
    p->have_cent = p->have_net = 0;
}
