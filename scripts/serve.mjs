// A small static file server for the demo and the benchmarks: `node scripts/serve.mjs <dir> [port]`.
// It serves <dir> at / and the built library at /dist/, with a strict Content-Security-Policy on HTML pages
// so the demo proves the elements need no inline script or style.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.yml': 'application/yaml; charset=utf-8',
  '.yaml': 'application/yaml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.map': 'application/json',
};

export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  'frame-src https://player.vimeo.com https://www.youtube-nocookie.com',
  "require-trusted-types-for 'script'",
  // Lit creates one Trusted Types policy named lit-html; a page with two copies of Lit needs 'allow-duplicates'.
  "trusted-types lit-html 'allow-duplicates'",
].join('; ');

/** Starts the server; resolves with its URL. */
export function serve(root, port = 0, { csp = true, modules = false } = {}) {
  const rootDir = resolve(root);
  const mounts = { '/dist/': resolve('dist'), ...(modules ? { '/node_modules/': resolve('node_modules') } : {}) };
  const server = createServer(async (req, res) => {
    try {
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      const mount = Object.keys(mounts).find((prefix) => path.startsWith(prefix));
      const base = mount ? mounts[mount] : rootDir;
      const relative = normalize(mount ? path.slice(mount.length) : path).replace(/^(\.\.[/\\])+/, '');
      let file = join(base, relative);
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      const headers = { 'content-type': type, 'cache-control': 'no-store' };
      if (csp && type.startsWith('text/html')) headers['content-security-policy'] = CSP;
      res.writeHead(200, headers).end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
    }
  });
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => done({ server, url: `http://127.0.0.1:${server.address().port}/` }));
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [root = 'demo', port = process.env.PORT ?? '8080'] = process.argv.slice(2);
  try {
    const { url } = await serve(root, Number(port));
    console.log(`Poplus Elements demo: ${url}  (Ctrl+C to stop)`);
  } catch (error) {
    if (error.code !== 'EADDRINUSE' && error.code !== 'EACCES') throw error;
    const why = error.code === 'EADDRINUSE' ? 'is taken' : 'may not be used';
    console.error(`Port ${port} ${why}: pick another one, e.g. PORT=${Number(port) + 1} npm start`);
    process.exit(1);
  }
}
