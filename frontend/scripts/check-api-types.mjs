// Fails when src/lib/api-schema.ts is not what openapi-typescript makes of openapi/openapi.yaml.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const fresh = join(mkdtempSync(join(tmpdir(), 'api-types-')), 'api-schema.ts');
execFileSync('npx', ['openapi-typescript', '../openapi/openapi.yaml', '-o', fresh], {
  stdio: 'ignore',
});
const committed = readFileSync(new URL('../src/lib/api-schema.ts', import.meta.url), 'utf8');
if (readFileSync(fresh, 'utf8') !== committed) {
  console.error('src/lib/api-schema.ts is stale: run `npm run api:generate` and commit it.');
  process.exit(1);
}
console.log('API types match openapi/openapi.yaml');
