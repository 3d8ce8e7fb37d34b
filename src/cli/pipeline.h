/* pipeline: the path the network commands share (dot, render, report,
 * export): load the inputs (cli/input.h), compute the measures, detect
 * communities when asked, and select the actors to show. */
#ifndef PIPELINE_H
#define PIPELINE_H

#include "analysis/centrality.h"
#include "analysis/community.h"
#include "cli/cli.h"
#include "net/net.h"

/* A network with the picture's default size: every actor up to
 * PIPELINE_ALL_LIMIT, else the PIPELINE_DEFAULT_TOP most central
 * (near-complete graphs beyond that stall layout). */
#define PIPELINE_ALL_LIMIT 300
#define PIPELINE_DEFAULT_TOP 200
/* For pipeline_run's top: the picture's default size. */
#define PIPELINE_TOP_PICTURE (-1)

/* What pipeline_run leaves; everything is owned by the pipeline and
 * released by pipeline_destroy. */
typedef struct {
    net_t net;
    cent_t cent;
    community_t comm;      /* membership NULL unless communities were asked */
    int alg;               /* the community algorithm, -1 none */
    long ego;              /* the actor --ego matched in net, -1 none */
    unsigned char *show;   /* net.nactors entries: the selected actors */
    int have_net, have_cent;
} pipeline_t;

/* The picture's default number of actors for a network of n actors (0 =
 * all). */
long pipeline_picture_top(size_t n);

/* Runs the shared path for options o: input_load_ego, cent_compute with
 * o->cent, communities with alg (cli_community_alg; -1 none), and
 * cli_select of the `top` best by measure `by` among o->kind_mask (top 0:
 * all; PIPELINE_TOP_PICTURE: pipeline_picture_top).  Returns an exit code
 * (reported); p must be released with pipeline_destroy either way. */
int pipeline_run(pipeline_t *p, const cli_opts_t *o, int alg, measure_t by,
                 long top);

/* Releases what pipeline_run made (safe after a failed or no run when p
 * was zeroed or run). */
void pipeline_destroy(pipeline_t *p);

#endif
