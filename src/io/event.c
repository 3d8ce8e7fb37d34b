#include "event.h"

#include <stdio.h>
#include <string.h>

static const char *const kind_names[EV_KIND_COUNT] = {
    "person", "institution", "state", "group"};
static const char *const rel_names[EV_REL_COUNT] = {
    "visit", "meeting", "agreement", "recognition", "relations",
    "founding", "affiliation", "other"};

const char *ev_kind_name(ev_kind_t k)
{
    return (unsigned)k < EV_KIND_COUNT ? kind_names[k] : "?";
}

const char *ev_relation_name(ev_relation_t r)
{
    return (unsigned)r < EV_REL_COUNT ? rel_names[r] : "?";
}

/* Name lengths, so that parsing a cell compares lengths before bytes
 * (kinds and relations are parsed twice and once per row of big files). */
static const unsigned char kind_len[EV_KIND_COUNT] = {6, 11, 5, 5};
static const unsigned char rel_len[EV_REL_COUNT] = {5, 7, 9, 11, 9, 8, 11, 5};

int ev_kind_parse(const char *s, size_t n)
{
    /* The first letter decides; one comparison confirms (hot in big
     * event files). */
    int k = n ? (s[0] == 'p' ? EV_KIND_PERSON : s[0] == 'i' ? EV_KIND_INSTITUTION
                 : s[0] == 's' ? EV_KIND_STATE : s[0] == 'g' ? EV_KIND_GROUP : -1)
              : -1;
    if (k < 0 || kind_len[k] != n || memcmp(kind_names[k], s, n)) return -1;
    return k;
}

int ev_relation_parse(const char *s, size_t n)
{
    for (int i = 0; i < EV_REL_COUNT; i++)
        if (rel_len[i] == n && memcmp(rel_names[i], s, n) == 0) return i;
    return -1;
}

int ev_relation_undirected(ev_relation_t r)
{
    return r == EV_REL_MEETING || r == EV_REL_AGREEMENT ||
           r == EV_REL_RELATIONS || r == EV_REL_OTHER;
}

const char *const EV_DATE_SOURCE_NAME[1] = { "date_source" };
const char *const EV_DATE_SOURCE_VALUE[3] = { "", "text", "article" };
