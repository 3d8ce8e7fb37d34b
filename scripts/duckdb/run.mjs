// run.mjs: runs a SQL file with DuckDB (the npm package @duckdb/node-api)
// and prints its last statement's result as tab-separated lines, the
// column names first.  NAME=VALUE arguments become DuckDB variables
// (SET VARIABLE NAME = 'VALUE'; true/false stay booleans) before the file
// runs.  Tabs and line breaks inside values are printed as spaces, NULL as
// an empty cell.
//   node scripts/duckdb/run.mjs sql/gdelt_duckdb.sql gdelt_files='x/*.CSV'
// The package is looked up in build/duckdb/ (sh scripts/setup.sh duckdb
// installs it there) or wherever Node finds it.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
let api;
try {
    const req = createRequire(resolve(here, '../../build/duckdb/package.json'));
    api = await import(req.resolve('@duckdb/node-api'));
} catch {
    api = await import('@duckdb/node-api');
}

const [file, ...vars] = process.argv.slice(2);
if (!file) {
    process.stderr.write('usage: node run.mjs FILE.sql [NAME=VALUE]...\n');
    process.exit(2);
}
const db = await api.DuckDBInstance.create(':memory:');
const con = await db.connect();
for (const v of vars) {
    const eq = v.indexOf('=');
    const name = v.slice(0, eq), value = v.slice(eq + 1);
    if (eq < 1 || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) {
        process.stderr.write(`run.mjs: bad variable ${v}\n`);
        process.exit(2);
    }
    const lit = value === 'true' || value === 'false'
        ? value : `'${value.replaceAll("'", "''")}'`;
    await con.run(`SET VARIABLE ${name} = ${lit}`);
}
const reader = await con.runAndReadAll(readFileSync(file, 'utf8'));
const cell = (x) => x === null || x === undefined ? ''
    : String(x).replace(/[\t\r\n]/g, ' ');
const out = [reader.columnNames().map(cell).join('\t')];
for (const row of reader.getRows()) out.push(row.map(cell).join('\t'));
process.stdout.write(out.join('\n') + '\n');
