/* The report as CSV: RFC 4180 fields through esc_csv_put, which also
 * defuses cells a spreadsheet would run as formulas. */
#include "write/report.h"

#include <string.h>

#include "util/diag.h"
#include "util/escape.h"

int report_write_csv(FILE *fp, const report_t *r)
{
    /* the registry id after the actor's name ("" when not in it) */
    for (size_t c = 0; c < report_ncolumns; c++)
        fprintf(fp, "%s%s%s", c ? "," : "", report_columns[c],
                c == 1 ? ",id" : "");
    fputs("\r\n", fp);
    for (size_t i = 0; i < r->n; i++) {
        uint32_t id = r->ids[i];
        fprintf(fp, "%zu,", i + 1);
        esc_csv_put(fp, net_actor_name(r->net, id));
        putc(',', fp);
        esc_csv_put(fp, net_actor_id(r->net, id));
        fprintf(fp, ",%s", ev_kind_name(r->net->actors[id].kind));
        for (int m = 0; m < M_COUNT; m++) {
            char v[32];
            report_format_value(r, (measure_t)m, id, 1, v);
            fprintf(fp, ",%s", v);
        }
        fputs("\r\n", fp);
    }
    return ferror(fp) ? DN_EIO : DN_OK;
}
