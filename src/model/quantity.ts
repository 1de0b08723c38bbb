/**
 * Kubernetes resource quantities (k8s.io/apimachinery/pkg/api/resource), as plain numbers:
 * cpu in cores, memory and storage in bytes.
 *
 *   <quantity> ::= <signedNumber><suffix>
 *   <number>   ::= <digits> | <digits>.<digits> | <digits>. | .<digits>
 *   <suffix>   ::= Ki | Mi | Gi | Ti | Pi | Ei          (powers of 1024)
 *                | n | u | m | "" | k | M | G | T | P | E   (powers of 1000)
 *                | e<signed integer> | E<signed integer>
 *
 * `1E` is an exa, `1E3` an exponent; `1K`, `1kb`, `1 Mi` and `1e` are junk (the API server
 * rejects them). YAML numbers (`cpu: 2`, `cpu: 0.5`) are quantities too. Like the API server's
 * JSON decoding, spaces around the text are ignored.
 */

const MULTIPLIERS: Record<string, number> = {
  '': 1,
  n: 1e-9,
  u: 1e-6,
  m: 1e-3,
  k: 1e3,
  M: 1e6,
  G: 1e9,
  T: 1e12,
  P: 1e15,
  E: 1e18,
  Ki: 2 ** 10,
  Mi: 2 ** 20,
  Gi: 2 ** 30,
  Ti: 2 ** 40,
  Pi: 2 ** 50,
  Ei: 2 ** 60,
};

const QUANTITY = /^([+-]?(?:\d+(?:\.\d*)?|\.\d+))(?:[eE]([+-]?\d+)|(Ki|Mi|Gi|Ti|Pi|Ei|n|u|m|k|M|G|T|P|E))?$/;

/** The value of a quantity (a string or a YAML number); undefined when it is not one. */
export function parseQuantity(v: unknown): number | undefined {
  if (typeof v === 'number') return Number.isFinite(v) ? v : undefined;
  if (typeof v !== 'string') return undefined;
  const m = QUANTITY.exec(v.trim());
  if (!m) return undefined;
  const mantissa = Number(m[1]);
  let value: number;
  if (m[2] !== undefined) value = Number(`${m[1]}e${m[2]}`);
  else value = mantissa * MULTIPLIERS[m[3] ?? '']!;
  if (!Number.isFinite(value)) return undefined;
  // Decimal suffixes as exact as doubles allow: 100m is 0.1, not 0.1 + 1e-17.
  return m[3] && /^[num]$/.test(m[3]) ? Number(value.toPrecision(15)) : value;
}

/** A cpu amount in cores ("100m" is 0.1); undefined for junk and for negative amounts. */
export function parseCpu(v: unknown): number | undefined {
  const q = parseQuantity(v);
  return q !== undefined && q >= 0 ? q : undefined;
}

/** A memory amount in bytes ("128Mi" is 134217728); undefined for junk and for negative amounts. */
export function parseMemory(v: unknown): number | undefined {
  const q = parseQuantity(v);
  return q !== undefined && q >= 0 ? q : undefined;
}

/** Cores as Kubernetes writes them: whole cores as `2`, the rest in millicores (`1500m`). */
export function formatCpu(cores: number): string {
  if (Number.isInteger(cores)) return String(cores);
  const milli = Math.round(cores * 1000 * 1000) / 1000;
  return `${milli}m`;
}

const BINARY: [string, number][] = [
  ['Ei', 2 ** 60],
  ['Pi', 2 ** 50],
  ['Ti', 2 ** 40],
  ['Gi', 2 ** 30],
  ['Mi', 2 ** 20],
  ['Ki', 2 ** 10],
];
const DECIMAL: [string, number][] = [
  ['E', 1e18],
  ['P', 1e15],
  ['T', 1e12],
  ['G', 1e9],
  ['M', 1e6],
  ['k', 1e3],
];

/** Bytes in the largest unit that divides them (`128Mi`, `1G`), else in Mi/Gi with two decimals. */
export function formatMemory(bytes: number): string {
  if (bytes === 0) return '0';
  if (Number.isInteger(bytes)) {
    for (const [suffix, size] of BINARY) if (bytes >= size && bytes % size === 0) return `${bytes / size}${suffix}`;
    for (const [suffix, size] of DECIMAL) if (bytes >= size && bytes % size === 0) return `${bytes / size}${suffix}`;
  }
  for (const [suffix, size] of BINARY) {
    if (bytes >= size) return `${Math.round((bytes / size) * 100) / 100}${suffix}`;
  }
  return String(Math.round(bytes * 100) / 100);
}
