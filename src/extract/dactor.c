/* dactor: adds document actors (from the lexicon or by name) and
 * appends mentions to x->men.  Both arrays belong to the extractor. */
#include "extract/dactor.h"

#include <stdlib.h>
#include <string.h>

#include "extract/actindex.h"
#include "extract/orgname.h"
#include "util/diag.h"

int32_t dactor_add(extractor_impl_t *x, const char *name, ev_kind_t kind, int32_t lex)
{
    if (x->nact == x->capact) {
        size_t nc = x->capact ? x->capact * 2 : 64;
        dactor_t *p = realloc(x->act, nc * sizeof *p);
        if (!p) {
            x->oom = 1; /* callers read -1 as "no actor" */
            return -1;
        }
        x->act = p;
        x->capact = nc;
    }
    dactor_t *a = &x->act[x->nact];
    memset(a, 0, sizeof *a);
    a->name = name;
    a->kind = kind;
    a->lex = lex;
    a->state = -1;
    a->host_state = -1;
    a->deflt_title = -1;
    a->office_body = -1;
    a->first = "";
    return (int32_t)x->nact++;
}

int32_t dactor_lex(extractor_impl_t *x, int32_t a)
{
    if (a < 0) return -1;
    if ((size_t)a < x->nlex2doc && x->lex2doc[a] >= 0) return x->lex2doc[a];
    const lx_actor_t *la = &x->lx.actors[a];
    int32_t d = dactor_add(x, la->name, la->kind, a);
    if (d < 0) return -1;
    x->lex2doc[a] = d;
    if (la->state >= 0 && la->state != a) x->act[d].state = dactor_lex(x, la->state);
    else if (la->state == a) x->act[d].state = d;
    if (la->kind == EV_KIND_PERSON) {
        const char *sp = strrchr(la->name, ' ');
        x->act[d].surname = sp ? sp + 1 : la->name;
        x->act[d].first = la->first;
    }
    return d;
}

int32_t dactor_named(extractor_impl_t *x, const char *s, size_t n, ev_kind_t kind)
{
    long id = strtab_intern(&x->dnames, s, n, NULL);
    if (id < 0) { x->oom = 1; return -1; }
    if ((size_t)id >= x->capdna) {
        size_t nc = x->capdna ? x->capdna * 2 : 64;
        while (nc <= (size_t)id) nc *= 2;
        int32_t *p = realloc(x->dname_actor, nc * sizeof *p);
        if (!p) { x->oom = 1; return -1; }
        x->dname_actor = p;
        x->capdna = nc;
    }
    while (x->ndna <= (size_t)id) x->dname_actor[x->ndna++] = -1;
    int32_t a = x->dname_actor[id];
    if (a >= 0 && x->act[a].kind == kind && x->act[a].lex < 0) return a;
    a = dactor_add(x, strtab_str(&x->dnames, (size_t)id), kind, -1);
    if (a >= 0) x->dname_actor[id] = a;
    return a;
}

const char *dname(extractor_impl_t *x, const char *s, size_t n)
{
    long id = strtab_intern(&x->dnames, s, n, NULL);
    return id < 0 ? NULL : strtab_str(&x->dnames, (size_t)id);
}

int push_mention(extractor_impl_t *x, const mention_t *m)
{
    if (x->nmen == x->capmen) {
        size_t nc = x->capmen ? x->capmen * 2 : 64;
        mention_t *p = realloc(x->men, nc * sizeof *p);
        if (!p) return diag_nomem("extract");
        x->men = p;
        x->capmen = nc;
    }
    x->men[x->nmen++] = *m;
    if (m->type == MT_ENTITY && m->actor >= 0 && x->act[m->actor].kind == EV_KIND_PERSON
        && x->act[m->actor].gender == GENDER_UNKNOWN)
        x->act[m->actor].gender = (uint8_t)mention_gender(x, m);
    /* the sentence's first named person, and its first subject, for the
     * pronouns and guests that follow in it */
    if (m->type == MT_ENTITY && m->actor >= 0 && x->act[m->actor].kind == EV_KIND_PERSON) {
        if (x->sent_person < 0) x->sent_person = m->actor;
        if (x->sent_subject < 0 && !m->role && m->prep == P_NONE) x->sent_subject = m->actor;
    }
    if (x->sent_subj_any < 0 && m->actor >= 0 && m->prep == P_NONE && !m->role
        && x->act[m->actor].kind == EV_KIND_PERSON
        && (m->type == MT_ENTITY || (m->type == MT_PRON && (tok_word(x, m->b, "er") || tok_word(x, m->b, "sie")))))
        x->sent_subj_any = m->actor;
    if (m->actor >= 0) {
        x->act[m->actor].nmention++;
        x->act[m->actor].last_sent = x->cur_sent;
        if (x->act[m->actor].kind == EV_KIND_PERSON && m->type == MT_ENTITY) {
            x->last_person = m->actor;
            x->last_person_sent = x->cur_sent;
        }
    }
    return DN_OK;
}

void mention_init(mention_t *m, size_t b, size_t e, size_t head, int32_t actor)
{
    memset(m, 0, sizeof *m);
    m->b = (uint32_t)b;
    m->e = (uint32_t)e;
    m->head = (uint32_t)head;
    m->actor = actor;
    m->pdate = -1;
    m->list = -1;
    m->affil = -1;
    m->affil2 = -1;
    m->origin = -1;
}
