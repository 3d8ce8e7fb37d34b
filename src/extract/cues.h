/* cues: the German content words the extractor's rules react to, by role,
 * read from data/lexicon/cues.tsv (columns word, role; the file's header
 * explains every role).  A rule asks "is token i a word of role R", so a
 * linguist can see and extend the words without reading C; the rules keep
 * only the constructions.
 *
 * Each role matches in one way, fixed here because the rule reading it
 * was written for it:
 *   CM_FOLD    the whole word; a-z also match A-Z, other letters (ä, ö,
 *              ü, ß) only as written.  Words are written in lower case.
 *   CM_EXACT   the whole word exactly as written (case-sensitive).
 *   CM_SUFFIX  the end of the lower-cased word ("delegation" finds
 *              "Regierungsdelegation").
 *   CM_TAIL    the end of the word as written (case-sensitive).
 *   CM_PREFIX  the start of the word as written ("sprach" finds
 *              "sprachen").
 *   CM_FOLDEND the end of the word, a-z also matching A-Z.
 *   CM_INFIX   anywhere in the word as written.
 * Which role matches how is the table CUE_ROLES below. */
#ifndef EXTRACT_CUES_H
#define EXTRACT_CUES_H

#include <stddef.h>
#include <stdint.h>

#include "text/date.h"   /* TEXT_DATE_ROLES: the date parser's words */
#include "util/strtab.h"

typedef enum { CM_FOLD, CM_EXACT, CM_SUFFIX, CM_TAIL, CM_PREFIX, CM_FOLDEND, CM_INFIX } cue_match_t;

/* X(enum suffix, name in cues.tsv, match).  The date parser's roles come
 * first, so that a role's bit is its text_date_role_t bit in the first
 * word of a row's bits (the text layer asks for them by that number). */
#define CUE_ROLES(X) \
    TEXT_DATE_ROLES(X, CM_FOLD) \
    X(BODY, "body", CM_SUFFIX) \
    X(STATEGOV, "stategov", CM_SUFFIX) \
    X(ADDRESSTITLE, "addresstitle", CM_FOLD) \
    X(ORG, "org", CM_EXACT) \
    X(PLACENOUN, "placenoun", CM_EXACT) \
    X(BUILDING, "building", CM_TAIL) \
    X(KIN, "kin", CM_EXACT) \
    X(KINPOSS, "kinposs", CM_FOLD) \
    X(TOPICNOUN, "topicnoun", CM_FOLDEND) \
    X(TOPICPREP, "topicprep", CM_FOLD) \
    X(GROUPNOUN, "groupnoun", CM_FOLD) \
    X(GUESTS, "guests", CM_FOLD) \
    X(COUPLE, "couple", CM_FOLDEND) \
    X(ASSEMBLY, "assembly", CM_FOLDEND) \
    X(ISLAND, "island", CM_FOLD) \
    X(AUFNOUN, "aufnoun", CM_FOLD) \
    X(CHAMBER, "chamber", CM_FOLD) \
    X(SPEECH, "speech", CM_FOLDEND) \
    X(RELNOUN, "relnoun", CM_FOLDEND) \
    X(SPEAKVERB, "speakverb", CM_PREFIX) \
    X(AUDIENCE, "audience", CM_EXACT) \
    X(SIDES, "sides", CM_FOLD) \
    X(ORGANISED, "organised", CM_PREFIX) \
    X(TAKEPART, "takepart", CM_PREFIX) \
    X(SIDE, "side", CM_FOLD) \
    X(JOINTLY, "jointly", CM_FOLD) \
    X(COMPANION, "companion", CM_FOLD) \
    X(ESCORTED, "escorted", CM_FOLD) \
    X(DELEGATION, "delegation", CM_PREFIX) \
    X(BELONG, "belong", CM_FOLD) \
    X(MUTUAL, "mutual", CM_FOLD) \
    X(MEETPREFIX, "meetprefix", CM_PREFIX) \
    X(GUEST, "guest", CM_FOLD) \
    X(CREDENTIALS, "credentials", CM_INFIX) \
    X(HANDOVER, "handover", CM_FOLD) \
    X(LETTER, "letter", CM_EXACT) \
    X(LEAD, "lead", CM_FOLD) \
    X(REPRESENT, "represent", CM_FOLD) \
    X(CAME, "came", CM_FOLD) \
    X(SPOKE, "spoke", CM_FOLD) \
    X(DELEGATES, "delegates", CM_FOLD) \
    X(GOVBODIES, "govbodies", CM_FOLD) \
    X(STATES, "states", CM_FOLD) \
    X(INTENT, "intent", CM_FOLD) \
    X(SPORT, "sport", CM_EXACT) \
    X(AGAINST, "against", CM_FOLD) \
    X(FLIGHT, "flight", CM_EXACT) \
    X(SOON, "soon", CM_FOLD) \
    X(CLOCK, "clock", CM_FOLD) \
    X(NEXT, "next", CM_FOLD) \
    X(PERIOD, "period", CM_FOLD) \
    X(SCHOOL, "school", CM_EXACT) \
    X(HAPPEN, "happen", CM_EXACT) \
    X(STOPNOUN, "stopnoun", CM_EXACT) \
    X(WAYNOUN, "waynoun", CM_EXACT) \
    X(REPORT, "report", CM_EXACT) \
    X(DAYS2, "days2", CM_PREFIX) \
    X(DAYS3, "days3", CM_PREFIX) \
    X(DAYS4, "days4", CM_PREFIX) \
    X(DAYS5, "days5", CM_PREFIX) \
    X(PAY, "pay", CM_EXACT) \
    X(ONWARD, "onward", CM_FOLD) \
    X(PRESENCE, "presence", CM_FOLD) \
    X(MARGIN, "margin", CM_FOLD) \
    X(DIPLOMATIC, "diplomatic", CM_PREFIX) \
    X(SESSION, "session", CM_EXACT) \
    X(CHAIR, "chair", CM_EXACT) \
    X(GUESTSUBJ, "guestsubj", CM_EXACT) \
    X(FLED, "fled", CM_EXACT) \
    X(GUESTREF, "guestref", CM_EXACT) \
    X(SAMEREF, "sameref", CM_FOLD) \
    X(TITLEEND, "titleend", CM_SUFFIX) \
    X(TITLEPART, "titlepart", CM_SUFFIX) \
    X(GAPVERB, "gapverb", CM_FOLD) \
    X(FEDERAL, "federal", CM_PREFIX) \
    X(NATIONAL, "national", CM_EXACT) \
    X(ENVOY, "envoy", CM_EXACT) \
    X(OFFICEWORD, "officeword", CM_EXACT) \
    X(FEMALE, "female", CM_FOLD) \
    X(MALE, "male", CM_FOLD) \
    X(JOINED, "joined", CM_FOLD) \
    X(NAMEPARTICLE, "nameparticle", CM_FOLD) \
    X(SKIPPARTICLE, "skipparticle", CM_EXACT) \
    X(SURNAMEPARTICLE, "surnameparticle", CM_FOLD) \
    X(SETTLEMENT, "settlement", CM_FOLDEND) \
    X(GUESTNOUN, "guestnoun", CM_EXACT) \
    X(THERE, "there", CM_FOLD) \
    X(BODYROLE, "bodyrole", CM_SUFFIX) \
    X(OWNBODY, "ownbody", CM_EXACT) \
    X(SAMEOFFICE, "sameoffice", CM_FOLDEND) \
    X(CLASSNOUN, "classnoun", CM_FOLDEND) \
    X(MEMBERWORD, "memberword", CM_PREFIX) \
    X(ADHERE, "adhere", CM_FOLD) \
    X(CURRENTLY, "currently", CM_FOLD) \
    X(CEREMONY, "ceremony", CM_FOLDEND) \
    X(WATCH, "watch", CM_FOLD) \
    X(SIGNATURE, "signature", CM_PREFIX) \
    X(SIGNVERB, "signverb", CM_FOLD) \
    X(DISCUSSED, "discussed", CM_EXACT) \
    X(SIT, "sit", CM_FOLD) \
    X(TABLE, "table", CM_FOLDEND) \
    X(SITE, "site", CM_FOLDEND)

typedef enum {
#define CUE_ENUM(e, name, m) CUE_##e,
    CUE_ROLES(CUE_ENUM)
#undef CUE_ENUM
    CUE_NROLES
} cue_role_t;

#define CUE_WORDS ((CUE_NROLES + 63) / 64)

/* The words and their roles.  Caller-allocated; init/destroy pair. */
typedef struct {
    strtab_t words;
    uint64_t (*bits)[CUE_WORDS];  /* by word id: its roles */
    size_t cap;
    uint64_t lens[CUE_NROLES];    /* CM_SUFFIX, CM_TAIL, CM_PREFIX roles:
                                     bit L set when a word of L bytes
                                     (1..63) has the role */
} cues_t;

void cues_init(cues_t *c);
void cues_destroy(cues_t *c);

/* Reads DIR/cues.tsv into c (adding to what is there).  Returns DN_OK,
 * DN_EIO (cannot read), DN_EINPUT (bad row, reported as FILE:LINE:COL:
 * an unknown role, a word of a CM_FOLD role with a capital, a bad cell
 * count or header) or DN_ENOMEM. */
int cues_load(cues_t *c, const char *dir);

/* Gives word[0..len) role r (tests; cues_load for the file).  DN_OK or
 * DN_ENOMEM. */
int cues_add(cues_t *c, const char *word, size_t len, cue_role_t r);

/* The role of a name in cues.tsv ("onward"), -1 when there is none. */
int cues_role_named(const char *name, size_t len);

/* The name and the match of role r (for messages and the header check). */
const char *cues_role_name(cue_role_t r);
/* Inline: tok_cue asks it for every token it tests. */
static inline cue_match_t cues_role_match(cue_role_t r)
{
    static const unsigned char M[] = {
#define CUE_MATCH(e, name, m) m,
        CUE_ROLES(CUE_MATCH)
#undef CUE_MATCH
    };
    return (cue_match_t)M[r];
}

/* The id of word[0..len) as listed (exact bytes), -1 when not listed; with
 * cues_id_has it is the O(1) test the per-token cache is built from. */
int32_t cues_find(const cues_t *c, const char *word, size_t len);

/* cues_find of s[0..n) with A-Z lowered (as CM_FOLD matches). */
int32_t cues_find_folded(const cues_t *c, const char *s, size_t n);

/* 1 when listed word id has role r (id -1: 0). */
static inline int cues_id_has(const cues_t *c, int32_t id, cue_role_t r)
{
    return id >= 0 && ((c->bits[id][r >> 6] >> (r & 63)) & 1);
}

/* 1 when word s[0..n) is a word of role r, matched as the role says
 * (CM_FOLD folds A-Z; CM_SUFFIX expects s already lower-cased).  For the
 * end and start matches, min_rest bytes of s must remain outside the
 * matched part. */
int cues_match(const cues_t *c, const char *s, size_t n, cue_role_t r,
               size_t min_rest);

/* For the end matches (CM_SUFFIX, CM_TAIL, CM_FOLDEND on lower case):
 * the length of the shortest end of s[0..n) longer than `after` bytes
 * that is a word of role r, with min_rest bytes before it; 0 when none.
 * For a rule that needs the word that matched ("Außenministerin" ->
 * "ministerin"), trying each in turn. */
size_t cues_end_len(const cues_t *c, const char *s, size_t n, cue_role_t r,
                    size_t min_rest, size_t after);

#endif
