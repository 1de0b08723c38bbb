// Rego builtins that OPA's wasm compiler leaves to the host and that @open-policy-agent/opa-wasm
// does not ship, for the ones Kubernetes policies commonly use. Arguments and results are JSON.
// A builtin returns undefined for "undefined" (OPA's behaviour on a builtin error, non-strict).
import { createHash } from 'node:crypto';

type Builtin = (...args: unknown[]) => unknown;

/** Go-style verbs as OPA's sprintf prints them (%v %s %d %q %f %e %g %x %X %o %b %t %T %%). */
export function goSprintf(format: string, args: unknown[]): string {
  let argi = 0;
  return format.replace(/%([-+# 0]*)(\d+|\*)?(?:\.(\d+|\*))?([a-zA-Z%])/g, (whole, flags: string, widthText: string | undefined, precText: string | undefined, verb: string) => {
    if (verb === '%') return '%';
    const width = widthText === '*' ? Number(args[argi++]) : widthText ? Number(widthText) : undefined;
    const prec = precText === '*' ? Number(args[argi++]) : precText ? Number(precText) : undefined;
    if (argi >= args.length) return `%!${verb}(MISSING)`;
    const v = args[argi++];
    let s: string;
    switch (verb) {
      case 'v':
      case 's':
        s = typeof v === 'string' ? v : termString(v);
        if (prec !== undefined && typeof v === 'string') s = s.slice(0, prec);
        break;
      case 'q':
        s = typeof v === 'string' ? JSON.stringify(v) : termString(v);
        break;
      case 'd':
        s = typeof v === 'number' && Number.isInteger(v) ? String(v) : `%!d(${goType(v)}=${termString(v)})`;
        if (flags.includes('+') && typeof v === 'number' && v >= 0) s = '+' + s;
        break;
      case 'f':
      case 'F':
        s = typeof v === 'number' ? v.toFixed(prec ?? 6) : `%!f(${goType(v)}=${termString(v)})`;
        break;
      case 'e':
        s = typeof v === 'number' ? v.toExponential(prec ?? 6).replace(/e([+-])(\d)$/, 'e$10$2') : termString(v);
        break;
      case 'g':
        s = typeof v === 'number' ? String(prec !== undefined ? Number(v.toPrecision(prec)) : v) : termString(v);
        break;
      case 'x':
      case 'X': {
        const h = typeof v === 'number' ? Math.trunc(v).toString(16) : Buffer.from(String(v)).toString('hex');
        s = verb === 'X' ? h.toUpperCase() : h;
        break;
      }
      case 'o':
        s = typeof v === 'number' ? Math.trunc(v).toString(8) : termString(v);
        break;
      case 'b':
        s = typeof v === 'number' ? Math.trunc(v).toString(2) : termString(v);
        break;
      case 't':
        s = typeof v === 'boolean' ? String(v) : `%!t(${goType(v)}=${termString(v)})`;
        break;
      case 'T':
        s = goType(v);
        break;
      default:
        return whole;
    }
    if (width !== undefined && s.length < width) {
      const pad = (flags.includes('0') && !flags.includes('-') && /[dfeFgxXob]/.test(verb) ? '0' : ' ').repeat(width - s.length);
      s = flags.includes('-') ? s + pad.replace(/0/g, ' ') : pad === '' ? s : pad[0] === '0' && s.startsWith('-') ? '-' + pad + s.slice(1) : pad + s;
    }
    return s;
  });
}

function goType(v: unknown): string {
  if (typeof v === 'string') return 'string';
  if (typeof v === 'number') return Number.isInteger(v) ? 'int' : 'float64';
  if (typeof v === 'boolean') return 'bool';
  if (v === null) return '<nil>';
  return Array.isArray(v) ? 'ast.Array' : 'ast.Object';
}

/** A value as OPA prints a term: JSON with `, ` and `: ` separators, object keys sorted. */
export function termString(v: unknown): string {
  if (v === null || v === undefined) return 'null';
  if (typeof v === 'string') return JSON.stringify(v);
  if (typeof v === 'number') return Number.isInteger(v) ? String(v) : String(v);
  if (typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return `[${v.map(termString).join(', ')}]`;
  const o = v as Record<string, unknown>;
  const keys = Object.keys(o).sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}: ${termString(o[k])}`).join(', ')}}`;
}

const BYTE_UNITS: Record<string, number> = {
  '': 1, k: 1e3, kb: 1e3, ki: 1024, kib: 1024, m: 1e6, mb: 1e6, mi: 1024 ** 2, mib: 1024 ** 2,
  g: 1e9, gb: 1e9, gi: 1024 ** 3, gib: 1024 ** 3, t: 1e12, tb: 1e12, ti: 1024 ** 4, tib: 1024 ** 4,
  p: 1e15, pb: 1e15, pi: 1024 ** 5, pib: 1024 ** 5, e: 1e18, eb: 1e18, ei: 1024 ** 6, eib: 1024 ** 6,
};
const UNITS: Record<string, number> = {
  '': 1, m: 1e-3, k: 1e3, K: 1e3, ki: 1024, Ki: 1024, M: 1e6, Mi: 1024 ** 2, mi: 1024 ** 2, G: 1e9, g: 1e9, Gi: 1024 ** 3, gi: 1024 ** 3,
  T: 1e12, t: 1e12, Ti: 1024 ** 4, ti: 1024 ** 4, P: 1e15, p: 1e15, Pi: 1024 ** 5, pi: 1024 ** 5, E: 1e18, e: 1e18, Ei: 1024 ** 6, ei: 1024 ** 6,
};

function parseNumberWithUnit(text: unknown, table: Record<string, number>, lower: boolean): number | undefined {
  if (typeof text !== 'string') return undefined;
  const m = /^\s*"?([+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)\s*([a-zA-Z]*)"?\s*$/.exec(text);
  if (!m) return undefined;
  const unit = lower ? m[2]!.toLowerCase() : m[2]!;
  const factor = table[unit];
  if (factor === undefined) return undefined;
  return Number(m[1]) * factor;
}

const SEMVER = /^v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/;

function semverCompare(a: string, b: string): number | undefined {
  const ma = SEMVER.exec(a);
  const mb = SEMVER.exec(b);
  if (!ma || !mb) return undefined;
  for (let i = 1; i <= 3; i++) {
    const d = Number(ma[i]) - Number(mb[i]);
    if (d !== 0) return Math.sign(d);
  }
  const pa = ma[4];
  const pb = mb[4];
  if (pa === pb) return 0;
  if (pa === undefined) return 1;
  if (pb === undefined) return -1;
  const xa = pa.split('.');
  const xb = pb.split('.');
  for (let i = 0; i < Math.max(xa.length, xb.length); i++) {
    if (xa[i] === undefined) return -1;
    if (xb[i] === undefined) return 1;
    const na = /^\d+$/.test(xa[i]!);
    const nb = /^\d+$/.test(xb[i]!);
    if (na && nb) {
      const d = Number(xa[i]) - Number(xb[i]);
      if (d !== 0) return Math.sign(d);
    } else if (na !== nb) return na ? -1 : 1;
    else if (xa[i] !== xb[i]) return xa[i]! < xb[i]! ? -1 : 1;
  }
  return 0;
}

function isSubset(sup: unknown, sub: unknown): boolean {
  if (Array.isArray(sup) && Array.isArray(sub)) return sub.every((s) => sup.some((x) => JSON.stringify(x) === JSON.stringify(s)));
  if (sup && sub && typeof sup === 'object' && typeof sub === 'object' && !Array.isArray(sup) && !Array.isArray(sub)) {
    return Object.entries(sub).every(([k, v]) => k in sup && (isSubset((sup as Record<string, unknown>)[k], v) || JSON.stringify((sup as Record<string, unknown>)[k]) === JSON.stringify(v)));
  }
  return JSON.stringify(sup) === JSON.stringify(sub);
}

const DURATION_UNITS: Record<string, number> = { ns: 1, us: 1e3, 'µs': 1e3, 'μs': 1e3, ms: 1e6, s: 1e9, m: 60e9, h: 3600e9 };

export const HOST_BUILTINS: Record<string, Builtin> = {
  sprintf: (format, values) => (typeof format === 'string' && Array.isArray(values) ? goSprintf(format, values) : undefined),
  'time.now_ns': () => Date.now() * 1e6,
  'strings.any_prefix_match': (s, p) => {
    const ss = Array.isArray(s) ? s : [s];
    const ps = Array.isArray(p) ? p : [p];
    return ss.some((x) => ps.some((y) => String(x).startsWith(String(y))));
  },
  'strings.any_suffix_match': (s, p) => {
    const ss = Array.isArray(s) ? s : [s];
    const ps = Array.isArray(p) ? p : [p];
    return ss.some((x) => ps.some((y) => String(x).endsWith(String(y))));
  },
  'strings.count': (s, sub) => (typeof s === 'string' && typeof sub === 'string' ? (sub === '' ? [...s].length + 1 : s.split(sub).length - 1) : undefined),
  'regex.replace': (s, pattern, value) => (typeof s === 'string' ? s.replace(new RegExp(String(pattern), 'g'), String(value).replace(/\$\{?(\d+)\}?/g, '$$$1')) : undefined),
  'regex.find_n': (pattern, s, n) => {
    const all = [...String(s).matchAll(new RegExp(String(pattern), 'g'))].map((m) => m[0]);
    return typeof n === 'number' && n >= 0 ? all.slice(0, n) : all;
  },
  'units.parse_bytes': (text) => {
    const v = parseNumberWithUnit(text, BYTE_UNITS, true);
    return v === undefined ? undefined : Math.trunc(v);
  },
  'units.parse': (text) => parseNumberWithUnit(text, UNITS, false),
  'semver.is_valid': (v) => typeof v === 'string' && SEMVER.test(v) && !v.startsWith('v'),
  'semver.compare': (a, b) => (typeof a === 'string' && typeof b === 'string' ? semverCompare(a, b) : undefined),
  'object.subset': (sup, sub) => isSubset(sup, sub),
  'hex.encode': (s) => (typeof s === 'string' ? Buffer.from(s).toString('hex') : undefined),
  'crypto.sha256': (s) => (typeof s === 'string' ? createHash('sha256').update(s).digest('hex') : undefined),
  'crypto.md5': (s) => (typeof s === 'string' ? createHash('md5').update(s).digest('hex') : undefined),
  'crypto.sha1': (s) => (typeof s === 'string' ? createHash('sha1').update(s).digest('hex') : undefined),
  'urlquery.encode': (s) => (typeof s === 'string' ? encodeURIComponent(s).replace(/%20/g, '+') : undefined),
  'time.parse_duration_ns': (s) => {
    if (typeof s !== 'string') return undefined;
    const parts = [...s.matchAll(/(\d+(?:\.\d+)?)(ns|us|µs|μs|ms|s|m|h)/g)];
    if (parts.length === 0 || parts.map((p) => p[0]).join('') !== s.replace(/^[+-]/, '')) return undefined;
    const total = parts.reduce((acc, p) => acc + Number(p[1]) * DURATION_UNITS[p[2]!]!, 0);
    return s.startsWith('-') ? -total : total;
  },
  'time.parse_rfc3339_ns': (s) => {
    if (typeof s !== 'string') return undefined;
    const ms = Date.parse(s);
    if (Number.isNaN(ms)) return undefined;
    const frac = /\.(\d+)/.exec(s)?.[1] ?? '';
    return Math.floor(ms / 1000) * 1e9 + Number((frac + '000000000').slice(0, 9));
  },
};

/** Builtins @open-policy-agent/opa-wasm implements on the JavaScript side. */
export const LIBRARY_BUILTINS = ['json.is_valid', 'sprintf', 'regex.split', 'yaml.is_valid', 'yaml.marshal', 'yaml.unmarshal'];
