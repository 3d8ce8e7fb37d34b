/* wordindex: the word list's index (wordlist.h) saved to a file at build
 * time and mapped back at start-up.  Splitting the 350,000 lines of the
 * spelling dictionary and hashing them took half of dipnet's start-up;
 * mapping a saved index takes none of it.
 *
 * The file holds a copy of the list's bytes, the words, the hash index and
 * the bit table, and the path, size, modification time and inode of the
 * list it was made from: it is used only while that list is unchanged, and
 * otherwise the list is read as before.  Layout (native byte order, every
 * section at a multiple of 8): a 128-byte header ("DNWORDS1", then the
 * fields of wordindex.c's header_t), the source path, the list's bytes,
 * the words (wordlist_word_t), the slots (wordlist_slot_t), the bits. */
#ifndef EXTRACT_WORDINDEX_H
#define EXTRACT_WORDINDEX_H

#include "extract/wordlist.h"

/* Writes the index of w, loaded from src_path, to out_path (through
 * out_path.tmp, renamed when complete).  Returns DN_OK, DN_EIO (message
 * reported) or DN_EINPUT (w is not a loaded list). */
int wordindex_save(const wordlist_t *w, const char *src_path, const char *out_path);

/* Loads the word list at path into w (initialised, empty): from the index
 * file index_path when it exists and was made from path as it is now,
 * else by wordlist_load.  A missing, stale or damaged index is no error.
 * Returns what wordlist_load returns. */
int wordindex_load(wordlist_t *w, const char *path, const char *index_path);

#endif
