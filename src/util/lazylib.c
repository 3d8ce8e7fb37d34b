#include "util/lazylib.h"

#include <dlfcn.h>
#include <pthread.h>
#include <stdlib.h>

#include "util/diag.h"

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;

/* lib's handle, opened under the lock on the first call; NULL when none
 * of its names opens (the loader's last reason in *why). */
static void *open_lib(lazylib_t *lib, const char **why)
{
    void *h = __atomic_load_n(&lib->handle, __ATOMIC_ACQUIRE);
    if (h) return h;
    pthread_mutex_lock(&lock);
    h = lib->handle;
    for (size_t i = 0; !h && i < sizeof lib->names / sizeof *lib->names && lib->names[i]; i++) {
        /* RTLD_GLOBAL: a library loaded later (a Graphviz plugin) may
         * expect this one's symbols */
        h = dlopen(lib->names[i], RTLD_NOW | RTLD_GLOBAL);
        if (!h && why) *why = dlerror();
    }
    if (h) __atomic_store_n(&lib->handle, h, __ATOMIC_RELEASE);
    pthread_mutex_unlock(&lock);
    return h;
}

void *lazylib_find(lazylib_t *lib, const char *sym)
{
    void *h = open_lib(lib, NULL);
    return h ? dlsym(h, sym) : NULL;
}

void *lazylib_sym(lazylib_t *lib, const char *sym)
{
    const char *why = NULL;
    void *h = open_lib(lib, &why);
    void *p = h ? dlsym(h, sym) : NULL;
    if (p) return p;
    if (h) diag_error(DN_ENOMEM, NULL, 0, 0, "%s has no function %s",
                      lib->names[0], sym);
    else diag_error(DN_ENOMEM, NULL, 0, 0, "cannot load %s: %s", lib->names[0],
                    why ? why : "not found");
    exit(DN_ENOMEM);
}
