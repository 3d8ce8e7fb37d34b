/* fuzz_icews: the ICEWS importer (see fuzz_import.h). */
#include "fuzz_import.h"

#include "io/icews.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    return fuzz_import(icews_read, icews_extra_columns, icews_nextra, data,
                       size);
}
