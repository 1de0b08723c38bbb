// Runs one compiled Rego policy (OPA wasm) off the main thread, so that a policy that loops can
// be stopped (Worker.terminate) and one that traps cannot take the lint run down.
import { parentPort } from 'node:worker_threads';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { loadPolicy } from '@open-policy-agent/opa-wasm';
import { HOST_BUILTINS } from './rego-builtins.js';

// opa-wasm's own sprintf (sprintf-js) lacks Go's %q and prints composite values differently from
// OPA; its table wins over customBuiltins, so ours goes into that table.
try {
  const require = createRequire(import.meta.url);
  const table = require(path.join(path.dirname(require.resolve('@open-policy-agent/opa-wasm')), 'builtins', 'index.js')) as Record<string, unknown>;
  table.sprintf = HOST_BUILTINS.sprintf;
} catch {
  // keep the library's
}

interface LoadedPolicyLike {
  entrypoints: Record<string, number>;
  wasmInstance: WebAssembly.Instance;
  mem: WebAssembly.Memory;
  setData(d: unknown): void;
  evaluate(input: unknown, entrypoint: string | number): unknown;
}

export type WorkerRequest =
  | { type: 'load'; module: WebAssembly.Module; data: unknown; maxMemoryPages: number }
  | { type: 'eval'; id: number; input: unknown; extraData: Record<string, unknown>; entrypoints: string[] };

export type WorkerReply =
  | { type: 'loaded'; entrypoints: string[]; builtins: string[] }
  | { type: 'load-error'; message: string }
  | { type: 'result'; id: number; results: Record<string, unknown>; ms: number }
  | { type: 'error'; id: number; message: string; ms: number }
  | { type: 'print'; text: string };

const port = parentPort!;
let policy: LoadedPolicyLike | undefined;
let userData: Record<string, unknown> = {};

// Rego's print() lands in console.log: hand it to the main thread instead of mixing it into stdout.
console.log = (...args: unknown[]) => port.postMessage({ type: 'print', text: args.map(String).join(' ') } satisfies WorkerReply);

function describe(err: unknown): string {
  if (err instanceof Error) return err.message;
  if (typeof err === 'string') return err;
  if (err && typeof err === 'object' && 'message' in err) return String((err as { message: unknown }).message);
  return String(err);
}

/** The builtins the compiled policy calls on the host (the ones wasm does not implement itself). */
function hostBuiltins(p: LoadedPolicyLike): string[] {
  const ex = p.wasmInstance.exports as Record<string, (...a: number[]) => number>;
  const addr = ex.opa_json_dump!(ex.builtins!());
  const mem = new Uint8Array(p.mem.buffer);
  let end = addr;
  while (mem[end] !== 0) end++;
  const map = JSON.parse(new TextDecoder().decode(mem.subarray(addr, end))) as Record<string, number>;
  return Object.keys(map).sort();
}

port.on('message', async (msg: WorkerRequest) => {
  if (msg.type === 'load') {
    try {
      policy = (await loadPolicy(msg.module, { initial: 5, maximum: msg.maxMemoryPages }, HOST_BUILTINS)) as unknown as LoadedPolicyLike;
      userData = (msg.data ?? {}) as Record<string, unknown>;
      port.postMessage({ type: 'loaded', entrypoints: Object.keys(policy.entrypoints), builtins: hostBuiltins(policy) } satisfies WorkerReply);
    } catch (err) {
      port.postMessage({ type: 'load-error', message: describe(err) } satisfies WorkerReply);
    }
    return;
  }
  if (msg.type === 'eval') {
    const started = performance.now();
    try {
      if (!policy) throw new Error('no policy loaded');
      policy.setData({ ...userData, ...msg.extraData });
      const results: Record<string, unknown> = {};
      for (const ep of msg.entrypoints) results[ep] = policy.evaluate(msg.input, ep);
      port.postMessage({ type: 'result', id: msg.id, results, ms: performance.now() - started } satisfies WorkerReply);
    } catch (err) {
      port.postMessage({ type: 'error', id: msg.id, message: describe(err), ms: performance.now() - started } satisfies WorkerReply);
    }
  }
});
