/* apposition: the office or organisation a named person is given by the
 * words around the name, read once the sentence's mentions are found.
 *
 *   "Paul Martin, der Innenminister Belgiens, sagte"      -> Belgien
 *   "Ewald Nowotny, Ratsmitglied der Europäischen Zentralbank" -> EZB
 *   "Der Direktor der taiwanesischen Gesundheitsbehörde, Kou Hsu-sung"
 *                                  -> Taiwanesische Gesundheitsbehörde
 *   "John Sifton von Human Rights Watch"                  -> HRW
 *   "DFB-Präsident Theo Zwanziger"                         -> DFB
 *
 * The organisation may be one the lexicon lists or one read from its
 * shape (orgname.h).  A person keeps an office the title already gave;
 * the new one is a second affiliation. */
#ifndef EXTRACT_APPOSITION_H
#define EXTRACT_APPOSITION_H

#include <stddef.h>

#include "extract/internal.h"

/* Links the person mentions [m0, m1) of sentence s to the organisations
 * their appositions and prepositions name (mention affil/affil2).
 * Returns DN_OK or DN_ENOMEM. */
int apposition_link(extractor_impl_t *x, size_t s, size_t m0, size_t m1);

#endif
