/* lazylib: a shared library opened at its first call, not at start-up.
 *
 * Why: `dipnet extract` never calls igraph or Graphviz, yet loading them
 * and the libraries they pull in (BLAS, LAPACK, GLPK, libstdc++, libxml2,
 * ICU, ...) took a twentieth of an extraction over short texts, most of it
 * page faults.  A module that calls such a library includes a header that
 * defines each function it uses as a macro over LAZYLIB_CALL; the
 * executable then has no reference to the library and is linked with
 * --as-needed, which leaves it out. */
#ifndef LAZYLIB_H
#define LAZYLIB_H

#include <stddef.h>

/* One library: the file names to try, in order (the soname first), and
 * the handle once opened.  Define one per library with LAZYLIB_INIT. */
typedef struct {
    const char *names[4];
    void *handle;
} lazylib_t;

#define LAZYLIB_INIT(...) { {__VA_ARGS__}, NULL }

/* The address of symbol sym of lib, opening lib on the first call; NULL
 * when lib cannot be opened or has no such symbol.  Thread-safe. */
void *lazylib_find(lazylib_t *lib, const char *sym);

/* As lazylib_find, but never NULL: a library or symbol that is missing
 * is reported (the library's names and the loader's reason) and ends the
 * process with DN_ENOMEM, the exit code of a library failure. */
void *lazylib_sym(lazylib_t *lib, const char *sym);

/* fn of lib as a function to call: looked up once per call site (cached
 * there), with fn's own declared type.  Use it only inside a macro named
 * fn, which it does not expand again:
 *     #define igraph_vcount(...) LAZYLIB_CALL(my_lib, igraph_vcount)(__VA_ARGS__) */
#define LAZYLIB_CALL(lib, fn)                                               \
    (*__extension__({                                                       \
        static __typeof__(&fn) lazylib_p_;                                  \
        __typeof__(&fn) lazylib_q_ = __atomic_load_n(&lazylib_p_,           \
                                                     __ATOMIC_ACQUIRE);     \
        if (!lazylib_q_) {                                                  \
            lazylib_q_ = (__typeof__(&fn))lazylib_sym(&(lib), #fn);         \
            __atomic_store_n(&lazylib_p_, lazylib_q_, __ATOMIC_RELEASE);    \
        }                                                                   \
        lazylib_q_;                                                         \
    }))

#endif
