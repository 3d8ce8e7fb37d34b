#!/usr/bin/env node
// Writes the first names of every locale of Faker (@faker-js/faker, MIT,
// installed by `scripts/setup.sh npm` into NPM_DIR) to OUT, one per line,
// sorted: the names dipnet's mention finder takes as a first name when no
// title introduces a person ("Harald Krüger kam ...", src/extract/
// firstnames.h).  Names in Latin letters are kept as written; Cyrillic ones
// are transliterated the German way (Wladimir, Sergej, Jewgeni); names in
// other scripts, which German texts never print as such, are left out.
//
// usage: node scripts/first_names.js NPM_DIR OUT
'use strict';
const fs = require('fs');
const path = require('path');

const [npmDir, out] = process.argv.slice(2);
if (!npmDir || !out) {
  console.error('usage: node scripts/first_names.js NPM_DIR OUT');
  process.exit(2);
}
const base = path.resolve(npmDir, 'node_modules', '@faker-js', 'faker', 'dist', 'cjs', 'locale');

// German transliteration of Russian and Ukrainian letters (Duden).
const CYR = {
  а: 'a', б: 'b', в: 'w', г: 'g', д: 'd', е: 'e', ё: 'jo', ж: 'sch', з: 's', и: 'i', й: 'i',
  к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f',
  х: 'ch', ц: 'z', ч: 'tsch', ш: 'sch', щ: 'schtsch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'ju',
  я: 'ja', і: 'i', ї: 'ji', є: 'je', ґ: 'g',
};

function transliterate(name) {
  let s = '';
  for (const ch of name.toLowerCase()) {
    if (!(ch in CYR)) return null;
    s += CYR[ch];
  }
  // "-ij" and "-yj" endings are written "-i" in German (Jewgeni, Dmitri)
  s = s.replace(/(ii|yi)$/, 'i');
  return s ? s[0].toUpperCase() + s.slice(1) : null;
}

const LATIN = /^[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿĀ-ž'’-]+$/;
const names = new Set();
for (const file of fs.readdirSync(base).sort()) {
  // index, and the old names of locales that repeat others (cz, en_IND, ge)
  if (!file.endsWith('.js') || ['index.js', 'cz.js', 'en_IND.js', 'ge.js'].includes(file)) continue;
  let person;
  try {
    person = require(path.join(base, file)).faker.rawDefinitions.person;
  } catch (e) {
    continue;   // a locale without a person module
  }
  if (!person) continue;
  const lists = [person.first_name, person.female_first_name, person.male_first_name];
  for (const list of lists) {
    const all = Array.isArray(list) ? list : list && typeof list === 'object' ? Object.values(list).flat() : [];
    for (const raw of all) {
      if (typeof raw !== 'string') continue;
      const n = raw.trim();
      if (n.length < 3 || n.includes(' ')) continue;
      if (LATIN.test(n)) names.add(n);
      else if (/^[\u0400-\u04FF]+$/.test(n)) {
        const t = transliterate(n);
        if (t && t.length >= 3) names.add(t);
      }
    }
  }
}
const sorted = [...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(out, sorted.join('\n') + '\n');
console.error(`first_names: ${sorted.length} names from Faker's locales into ${out}`);
