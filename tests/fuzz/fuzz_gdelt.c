/* fuzz_gdelt: the GDELT 1.0/2.0 importer (see fuzz_import.h). */
#include "fuzz_import.h"

#include "io/gdelt.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    (void)gdelt_sniff((const char *)data, size);
    return fuzz_import(gdelt_read, gdelt_extra_columns, gdelt_nextra, data,
                       size);
}
