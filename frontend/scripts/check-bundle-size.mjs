// Fails the build when the JavaScript the browser loads first is over budget (gzipped).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = 250;
const dist = new URL('../dist/', import.meta.url).pathname;
const html = readFileSync(join(dist, 'index.html'), 'utf8');
// The entry script and every chunk index.html preloads are loaded before the first page shows.
const initial = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]);
const sizes = initial.map((file) => gzipSync(readFileSync(join(dist, file))).length);
const totalKb = sizes.reduce((a, b) => a + b, 0) / 1024;
const allChunks = readdirSync(join(dist, 'assets')).filter((f) => f.endsWith('.js')).length;
console.log(
  `Initial JavaScript: ${totalKb.toFixed(1)} kB gzipped in ${initial.length} file(s) ` +
    `(budget ${BUDGET_KB} kB; ${allChunks} chunks in all, the rest load on demand)`,
);
if (totalKb > BUDGET_KB) {
  console.error(`Over budget by ${(totalKb - BUDGET_KB).toFixed(1)} kB`);
  process.exit(1);
}
