// Starts the real server (the built jar, with its embedded PostgreSQL and the demo data) on a
// free port with a throw-away data directory, runs the browser journeys against it, stops it.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const jar = new URL('../../backend/target/quarkus-app/quarkus-run.jar', import.meta.url).pathname;

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

async function waitUntilUp(baseUrl, server, log) {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`The server stopped:\n${log.join('')}`);
    try {
      const response = await fetch(`${baseUrl}/api/v1/me`);
      if (response.status === 401) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`The server did not start in time:\n${log.join('')}`);
}

const port = await freePort();
const baseUrl = `http://127.0.0.1:${port}`;
const dataDir = mkdtempSync(join(tmpdir(), 'tracker-e2e-'));
const log = [];
const server = spawn('java', ['-jar', jar], {
  env: {
    ...process.env,
    PORT: String(port),
    DATA_DIR: dataDir,
    DEMO_DATA: 'true',
    ADMIN_PASSWORD: 'e2e-admin-password',
    QUARKUS_DATASOURCE_JDBC_URL: '',
  },
  stdio: ['ignore', 'pipe', 'pipe'],
});
server.stdout.on('data', (chunk) => log.push(chunk.toString()));
server.stderr.on('data', (chunk) => log.push(chunk.toString()));

let exitCode = 1;
try {
  await waitUntilUp(baseUrl, server, log);
  console.log(`Server up at ${baseUrl}`);
  const journeys = new URL('./journeys/', import.meta.url).pathname;
  const tests = spawn(process.execPath, ['--test', '--test-concurrency=1', journeys], {
    env: { ...process.env, BASE_URL: baseUrl },
    stdio: 'inherit',
  });
  exitCode = await new Promise((resolve) => tests.on('exit', (code) => resolve(code ?? 1)));
} catch (error) {
  console.error(error.message);
} finally {
  server.kill('SIGTERM');
  await new Promise((resolve) => {
    const timer = setTimeout(() => {
      server.kill('SIGKILL');
      resolve();
    }, 20_000);
    server.on('exit', () => {
      clearTimeout(timer);
      resolve();
    });
  });
  rmSync(dataDir, { recursive: true, force: true });
}
process.exit(exitCode);
