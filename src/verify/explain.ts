// Why a container restarted or failed, read from its (previous) log and the manifest: e.g.
// "address already in use" becomes the port it shares with another container of the pod.
import type { ContainerInfo, PortDecl, Workload } from '../model/workload.js';
import { roleWord } from '../model/workload.js';
import type { NodePath } from '../types.js';

export interface Explanation {
  /** One phrase for the message. */
  text: string;
  /** The log line it rests on. */
  line?: string;
  /** Where to point: the clashing port entry, when there is one. */
  path?: NodePath;
  /** Ports named (for tests and JSON). */
  ports?: number[];
}

const PATTERNS: { re: RegExp; why: string }[] = [
  { re: /address already in use|EADDRINUSE|address in use|Only one usage of each socket address/i, why: 'port-clash' },
  { re: /exec format error/i, why: 'the image was built for another CPU architecture' },
  { re: /executable file not found|command not found|: not found$/im, why: 'the command is not in the image' },
  { re: /permission denied|EACCES|operation not permitted/i, why: 'permission denied (securityContext, readOnlyRootFilesystem or file modes)' },
  { re: /read-only file system|EROFS/i, why: 'a write to a read-only file system (readOnly mount or readOnlyRootFilesystem)' },
  { re: /no such file or directory|ENOENT|can't open/i, why: 'a file or folder is missing (a volume not mounted, or mounted elsewhere?)' },
  { re: /connection refused|ECONNREFUSED/i, why: 'a connection was refused (a dependency not listening yet?)' },
  { re: /out of memory|OOM|cannot allocate memory/i, why: 'out of memory' },
];

function label(c: ContainerInfo): string {
  return `${roleWord(c)} "${c.name}"`;
}

/** Ports declared by `c` that another running container of the pod also declares (same number and protocol). */
export function clashingPorts(w: Workload, c: ContainerInfo): { port: PortDecl; other: ContainerInfo; otherPort: PortDecl }[] {
  const out: { port: PortDecl; other: ContainerInfo; otherPort: PortDecl }[] = [];
  for (const p of c.ports) {
    for (const o of w.running) {
      if (o === c) continue;
      const op = o.ports.find((x) => x.containerPort === p.containerPort && x.protocol === p.protocol);
      if (op) out.push({ port: p, other: o, otherPort: op });
    }
  }
  return out;
}

/** The last non-empty line of a log matching `re`, else the last line. */
function lineOf(log: string, re?: RegExp): string | undefined {
  const lines = log.split('\n').map((l) => l.trim()).filter(Boolean);
  if (re) {
    for (let i = lines.length - 1; i >= 0; i--) if (re.test(lines[i]!)) return lines[i];
    return undefined;
  }
  return lines[lines.length - 1];
}

export function explain(w: Workload, c: ContainerInfo | undefined, log: string, reason?: string): Explanation {
  if (reason === 'OOMKilled') return { text: 'killed for exceeding its memory limit (OOMKilled)' };
  for (const { re, why } of PATTERNS) {
    const line = lineOf(log, re);
    if (!line) continue;
    if (why !== 'port-clash') return { text: why, line };
    // Map the bind failure to ports: first the ones the manifest declares twice, else numbers in the line.
    if (c) {
      const clashes = clashingPorts(w, c);
      if (clashes.length) {
        const parts = clashes.map((k) => `port ${k.port.containerPort}/${k.port.protocol} is also used by ${label(k.other)}`);
        return { text: parts.join('; '), line, path: clashes[0]!.port.path, ports: clashes.map((k) => k.port.containerPort) };
      }
      const nums = [...line.matchAll(/(?::|port\s*)(\d{2,5})\b/gi)].map((m) => Number(m[1]));
      const users = nums.flatMap((n) => w.running.filter((o) => o !== c && o.ports.some((p) => p.containerPort === n)).map((o) => ({ n, o })));
      if (users.length) return { text: users.map((u) => `port ${u.n} is also declared by ${label(u.o)}`).join('; '), line, ports: users.map((u) => u.n) };
      if (nums.length) return { text: `port ${nums.join(', ')} is already taken inside the pod (another container binds it)`, line, ports: nums };
    }
    return { text: 'a port it binds is already taken inside the pod (another container binds it)', line };
  }
  const last = lineOf(log);
  return { text: last ? 'last log line' : 'no log output', line: last };
}
