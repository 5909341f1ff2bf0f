// @ts-check
// The test server's side of the fuzz suite: its settings from the environment, and endpoints that answer with
// more bytes than an element reads.
import { Buffer } from 'node:buffer';
import process from 'node:process';
import { Readable } from 'node:stream';

/**
 * `fuzz-settings`, a server command the fuzz tests call first: the number of cases and the seed, from
 * `FUZZ_RUNS` and `FUZZ_SEED`, and `FUZZ_ONLY` with `FUZZ_PATH` to replay one case (the browser sees no environment of its own). Absent, the tests keep their
 * defaults; an invalid value is refused rather than ignored.
 * @returns {import('@web/test-runner').TestRunnerPlugin}
 */
export function fuzzSettingsPlugin() {
  const number = (name) => {
    const raw = process.env[name];
    if (raw === undefined || raw === '') return undefined;
    const value = Number(raw);
    if (!Number.isSafeInteger(value)) throw new Error(`${name} must be a whole number, not ${JSON.stringify(raw)}`);
    return value;
  };
  return {
    name: 'fuzz-settings',
    executeCommand({ command }) {
      if (command !== 'fuzz-settings') return undefined;
      return { runs: number('FUZZ_RUNS'), seed: number('FUZZ_SEED'), path: process.env.FUZZ_PATH || undefined, only: number('FUZZ_ONLY') };
    },
  };
}

/**
 * `/__bytes/<n>`: a JSON list of participants about n bytes long, made as it is sent (nothing that large is
 * held in memory), in 64 KB chunks. With `?length` the answer declares its length in `Content-Length`;
 * without, it is streamed with none, as a server that compresses or generates its answer does.
 * @type {import('koa').Middleware}
 */
export async function bytesEndpoint(ctx, next) {
  const match = ctx.path.match(/^\/__bytes\/(\d+)$/);
  if (!match) return next();
  const size = Number(match[1]);
  const item = '{"name":"Ana Núñez","country":"CL"},';
  const itemBytes = Buffer.byteLength(item);
  const count = Math.max(1, Math.floor((size - 2) / itemBytes));
  const total = 2 + count * itemBytes - 1;
  const perChunk = Math.max(1, Math.floor(65536 / itemBytes));
  let sent = 0;
  const body = new Readable({
    read() {
      if (sent >= count) return void this.push(null);
      const n = Math.min(perChunk, count - sent);
      let chunk = (sent === 0 ? '[' : '') + item.repeat(n);
      sent += n;
      if (sent === count) chunk = `${chunk.slice(0, -1)}]`;
      this.push(chunk);
    },
  });
  ctx.status = 200;
  ctx.type = 'application/json';
  ctx.body = body;
  if ('length' in ctx.query) ctx.length = total;
  else ctx.remove('content-length');
}
