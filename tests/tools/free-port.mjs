// A free TCP port on 127.0.0.1, so test servers never collide with another run or service.
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:net';

/** Asks the OS for a free port (listen on port 0), then releases it for the caller to use. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** The same, synchronously, for configuration files that cannot wait (Playwright's). */
export function freePortSync() {
  const script =
    "const s = require('node:net').createServer();" +
    "s.listen(0, '127.0.0.1', () => { process.stdout.write(String(s.address().port)); s.close(); });";
  // A clean environment: a test runner's loader hooks in NODE_OPTIONS must not run in the child.
  const env = { ...process.env, NODE_OPTIONS: '' };
  const run = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8', env });
  const port = Number(run.stdout.trim());
  if (!port) throw new Error(`could not find a free port: ${run.stderr || run.error}`);
  return port;
}
