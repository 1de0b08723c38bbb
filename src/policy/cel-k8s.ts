// The Kubernetes CEL libraries that ValidatingAdmissionPolicy expressions commonly use, on top of
// @marcbachmann/cel-js (which implements the CEL language and its standard functions).
//
// Supported here (see docs/policies.md, "CEL: the supported subset"):
//   quantity: quantity(), isQuantity(), isInteger(), asInteger(), asApproximateFloat(), sign(),
//             add(), sub(), isLessThan(), isGreaterThan(), compareTo(), ==
//   lists:    isSorted(), sum(), min(), max(), indexOf(), lastIndexOf()
//   regex:    find(), findAll()
//   url:      url(), isURL(), getScheme(), getHost(), getHostname(), getPort(), getEscapedPath(), getQuery()
//   format:   format.dns1123Label() ... format.named(), <format>.validate()
//   strings:  charAt(), replace(), reverse(), format(), strings.quote()
//   sets:     sets.contains(), sets.equivalent(), sets.intersects()
// Not supported (reported as unsupported when a policy uses them): authorizer, ip/cidr, semver,
// two-variable comprehensions, transformList/transformMap, and the ext lists/math libraries.
import { Environment, Optional } from '@marcbachmann/cel-js';

// ---------------------------------------------------------------------------------------------
// Quantity: exact, in nano-units, as k8s.io/apimachinery's resource.Quantity compares them.

const QUANTITY = /^([+-]?(?:\d+(?:\.\d*)?|\.\d+))(?:[eE]([+-]?\d+)|(Ki|Mi|Gi|Ti|Pi|Ei|n|u|m|k|M|G|T|P|E))?$/;
const DECIMAL_EXP: Record<string, number> = { n: -9, u: -6, m: -3, '': 0, k: 3, M: 6, G: 9, T: 12, P: 15, E: 18 };
const BINARY_EXP: Record<string, number> = { Ki: 10, Mi: 20, Gi: 30, Ti: 40, Pi: 50, Ei: 60 };
const NANO = 10n ** 9n;

export class Quantity {
  /** The value times 10^9, rounded up (away from zero) as Kubernetes rounds sub-nano amounts. */
  constructor(
    readonly nanos: bigint,
    readonly text: string,
  ) {}

  static parse(text: string): Quantity | undefined {
    const m = QUANTITY.exec(text.trim());
    if (!m) return undefined;
    const [intPart, fracPart = ''] = m[1]!.replace(/^[+-]/, '').split('.');
    const negative = m[1]!.startsWith('-');
    let digits = BigInt((intPart || '0') + fracPart);
    let exp10 = -fracPart.length;
    let exp2 = 0;
    if (m[2] !== undefined) exp10 += Number(m[2]);
    else if (m[3] && m[3] in BINARY_EXP) exp2 = BINARY_EXP[m[3]]!;
    else exp10 += DECIMAL_EXP[m[3] ?? '']!;
    digits *= 2n ** BigInt(exp2);
    exp10 += 9;
    let nanos: bigint;
    if (exp10 >= 0) nanos = digits * 10n ** BigInt(exp10);
    else {
      const div = 10n ** BigInt(-exp10);
      nanos = digits / div + (digits % div === 0n ? 0n : 1n);
    }
    return new Quantity(negative ? -nanos : nanos, text);
  }

  compare(o: Quantity): number {
    return this.nanos < o.nanos ? -1 : this.nanos > o.nanos ? 1 : 0;
  }

  toString(): string {
    return this.text;
  }
}

function quantityOf(text: string): Quantity {
  const q = Quantity.parse(text);
  if (!q) throw new Error(`quantity: "${text}" is not a valid quantity`);
  return q;
}

// ---------------------------------------------------------------------------------------------
// URL

export class KubeURL {
  constructor(readonly url: URL) {}
}

function parseUrl(s: string): KubeURL | undefined {
  // Go's url.ParseRequestURI: absolute URLs and absolute paths.
  try {
    if (s.startsWith('/')) return new KubeURL(new URL(s, 'relative:///'));
    if (!/^[a-zA-Z][a-zA-Z0-9+.-]*:/.test(s)) return undefined;
    return new KubeURL(new URL(s));
  } catch {
    return undefined;
  }
}

// ---------------------------------------------------------------------------------------------
// Formats (k8s.io/apimachinery validation)

const DNS1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const DNS1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const DNS1035_LABEL = /^[a-z]([-a-z0-9]*[a-z0-9])?$/;
const QUALIFIED_NAME = /^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/;
const LABEL_VALUE = /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/;
const UUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;

export class KubeFormat {
  constructor(
    readonly name: string,
    readonly check: (s: string) => string[],
  ) {}
}

function lengthAndPattern(max: number, re: RegExp, what: string, example: string): (s: string) => string[] {
  return (s) => {
    const errs: string[] = [];
    if (s.length > max) errs.push(`must be no more than ${max} characters`);
    if (!re.test(s)) errs.push(`a ${what} must consist of ${example}`);
    return errs;
  };
}

const label = lengthAndPattern(63, DNS1123_LABEL, 'lowercase RFC 1123 label', "lower case alphanumeric characters or '-', and must start and end with an alphanumeric character");
const subdomain = lengthAndPattern(253, DNS1123_SUBDOMAIN, 'lowercase RFC 1123 subdomain', "lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character");
const dns1035 = lengthAndPattern(63, DNS1035_LABEL, 'DNS-1035 label', "lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character");
const prefix = (f: (s: string) => string[]) => (s: string) => f(s.endsWith('-') ? s.slice(0, -1) + 'a' : s);

export const FORMATS: Record<string, KubeFormat> = {
  dns1123Label: new KubeFormat('dns1123Label', label),
  dns1123Subdomain: new KubeFormat('dns1123Subdomain', subdomain),
  dns1035Label: new KubeFormat('dns1035Label', dns1035),
  dns1123LabelPrefix: new KubeFormat('dns1123LabelPrefix', prefix(label)),
  dns1123SubdomainPrefix: new KubeFormat('dns1123SubdomainPrefix', prefix(subdomain)),
  dns1035LabelPrefix: new KubeFormat('dns1035LabelPrefix', prefix(dns1035)),
  qualifiedName: new KubeFormat('qualifiedName', (s) => {
    const parts = s.split('/');
    const errs: string[] = [];
    let name = s;
    if (parts.length === 2) {
      errs.push(...subdomain(parts[0]!).map((e) => `prefix part ${e}`));
      name = parts[1]!;
    } else if (parts.length > 2) return ["a qualified name must consist of alphanumeric characters, '-', '_' or '.', with an optional DNS subdomain prefix and '/'"];
    if (name.length === 0 || name.length > 63) errs.push('name part must be non-empty and no more than 63 characters');
    if (!QUALIFIED_NAME.test(name)) errs.push("name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character");
    return errs;
  }),
  labelValue: new KubeFormat('labelValue', lengthAndPattern(63, LABEL_VALUE, 'valid label', "an empty string or alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character")),
  uri: new KubeFormat('uri', (s) => (parseUrl(s) ? [] : ['invalid URI'])),
  uuid: new KubeFormat('uuid', (s) => (UUID.test(s) ? [] : ['invalid UUID'])),
  byte: new KubeFormat('byte', (s) => (/^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/.test(s) ? [] : ['invalid base64'])),
  date: new KubeFormat('date', (s) => (/^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(Date.parse(s)) ? [] : ['invalid date'])),
  datetime: new KubeFormat('datetime', (s) => (/^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/.test(s) && !Number.isNaN(Date.parse(s)) ? [] : ['invalid date-time'])),
};

class FormatNamespace {}
class SetsNamespace {}
class StringsNamespace {}

// ---------------------------------------------------------------------------------------------
// Helpers

function celCompare(a: unknown, b: unknown): number {
  if (a instanceof Quantity && b instanceof Quantity) return a.compare(b);
  if ((typeof a === 'bigint' || typeof a === 'number') && (typeof b === 'bigint' || typeof b === 'number')) {
    return a < b ? -1 : a > b ? 1 : 0;
  }
  if (typeof a === 'string' && typeof b === 'string') return a < b ? -1 : a > b ? 1 : 0;
  if (typeof a === 'boolean' && typeof b === 'boolean') return Number(a) - Number(b);
  if (a instanceof Date && b instanceof Date) return a.getTime() - b.getTime();
  throw new Error(`cannot compare ${typeof a} and ${typeof b}`);
}

function celEquals(a: unknown, b: unknown): boolean {
  if (a instanceof Quantity && b instanceof Quantity) return a.compare(b) === 0;
  if ((typeof a === 'bigint' || typeof a === 'number') && (typeof b === 'bigint' || typeof b === 'number')) return Number(a) === Number(b);
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => celEquals(x, b[i]));
  if (a && b && typeof a === 'object' && typeof b === 'object') return JSON.stringify(a, big) === JSON.stringify(b, big);
  return a === b;
}

function big(_k: string, v: unknown): unknown {
  return typeof v === 'bigint' ? Number(v) : v;
}

function celFormat(template: string, args: unknown[]): string {
  let i = 0;
  return template.replace(/%(\.(\d+))?([sdfexXobq%])/g, (_w, _p, prec: string | undefined, verb: string) => {
    if (verb === '%') return '%';
    const v = args[i++];
    switch (verb) {
      case 's':
        return typeof v === 'string' ? v : v instanceof Quantity ? v.text : Array.isArray(v) ? `[${v.map((x) => (typeof x === 'string' ? x : String(x))).join(', ')}]` : String(v);
      case 'q':
        return JSON.stringify(String(v));
      case 'd':
        return String(typeof v === 'number' ? Math.trunc(v) : v);
      case 'f':
        return Number(v).toFixed(prec ? Number(prec) : 6);
      case 'e':
        return Number(v).toExponential(prec ? Number(prec) : 6);
      case 'x':
      case 'X': {
        const h = typeof v === 'string' ? Buffer.from(v).toString('hex') : BigInt(v as bigint).toString(16);
        return verb === 'X' ? h.toUpperCase() : h;
      }
      case 'o':
        return BigInt(v as bigint).toString(8);
      case 'b':
        return typeof v === 'boolean' ? String(v) : BigInt(v as bigint).toString(2);
    }
    return '';
  });
}

/** Registers the Kubernetes libraries on a cel-js environment. */
export function registerKubernetesLibraries(env: Environment): Environment {
  env
    .registerType('Quantity', Quantity)
    .registerFunction('quantity(string): Quantity', quantityOf)
    .registerFunction('isQuantity(string): bool', (s: string) => Quantity.parse(s) !== undefined)
    .registerFunction('Quantity.isInteger(): bool', (q: Quantity) => q.nanos % NANO === 0n)
    .registerFunction('Quantity.asInteger(): int', (q: Quantity) => {
      if (q.nanos % NANO !== 0n) throw new Error(`cannot convert value to integer: ${q.text} is not an integer`);
      const v = q.nanos / NANO;
      if (v > 2n ** 63n - 1n || v < -(2n ** 63n)) throw new Error('cannot convert value to integer: out of range');
      return v;
    })
    .registerFunction('Quantity.asApproximateFloat(): double', (q: Quantity) => Number(q.nanos) / 1e9)
    .registerFunction('Quantity.sign(): int', (q: Quantity) => BigInt(q.nanos === 0n ? 0 : q.nanos > 0n ? 1 : -1))
    .registerFunction('Quantity.add(Quantity): Quantity', (a: Quantity, b: Quantity) => new Quantity(a.nanos + b.nanos, `${a.text}+${b.text}`))
    .registerFunction('Quantity.add(int): Quantity', (a: Quantity, b: bigint) => new Quantity(a.nanos + b * NANO, `${a.text}+${b}`))
    .registerFunction('Quantity.sub(Quantity): Quantity', (a: Quantity, b: Quantity) => new Quantity(a.nanos - b.nanos, `${a.text}-${b.text}`))
    .registerFunction('Quantity.sub(int): Quantity', (a: Quantity, b: bigint) => new Quantity(a.nanos - b * NANO, `${a.text}-${b}`))
    .registerFunction('Quantity.isLessThan(Quantity): bool', (a: Quantity, b: Quantity) => a.compare(b) < 0)
    .registerFunction('Quantity.isGreaterThan(Quantity): bool', (a: Quantity, b: Quantity) => a.compare(b) > 0)
    .registerFunction('Quantity.compareTo(Quantity): int', (a: Quantity, b: Quantity) => BigInt(a.compare(b)))
    .registerOperator('Quantity == Quantity', (a: Quantity, b: Quantity) => a.compare(b) === 0);

  // Lists
  env
    .registerFunction('list.isSorted(): bool', (l: unknown[]) => l.every((x, i) => i === 0 || celCompare(l[i - 1], x) <= 0))
    .registerFunction('list.sum(): dyn', (l: unknown[]) => {
      if (l.length === 0) return 0n;
      return l.reduce((acc: unknown, x) => {
        if (typeof acc === 'bigint' && typeof x === 'bigint') return acc + x;
        if (typeof acc === 'number' && typeof x === 'number') return acc + x;
        if (acc instanceof Quantity && x instanceof Quantity) return new Quantity(acc.nanos + x.nanos, `${acc.text}+${x.text}`);
        throw new Error('sum: list elements must be numbers of one type');
      });
    })
    .registerFunction('list.min(): dyn', (l: unknown[]) => {
      if (l.length === 0) throw new Error('min: the list is empty');
      return l.reduce((a, b) => (celCompare(b, a) < 0 ? b : a));
    })
    .registerFunction('list.max(): dyn', (l: unknown[]) => {
      if (l.length === 0) throw new Error('max: the list is empty');
      return l.reduce((a, b) => (celCompare(b, a) > 0 ? b : a));
    })
    .registerFunction('list.indexOf(dyn): int', (l: unknown[], x: unknown) => BigInt(l.findIndex((y) => celEquals(y, x))))
    .registerFunction('list.lastIndexOf(dyn): int', (l: unknown[], x: unknown) => {
      for (let i = l.length - 1; i >= 0; i--) if (celEquals(l[i], x)) return BigInt(i);
      return -1n;
    });

  // Regex
  env
    .registerFunction('string.find(string): string', (s: string, re: string) => new RegExp(re, 'u').exec(s)?.[0] ?? '')
    .registerFunction('string.findAll(string): list<string>', (s: string, re: string) => [...s.matchAll(new RegExp(re, 'gu'))].map((m) => m[0]))
    .registerFunction('string.findAll(string, int): list<string>', (s: string, re: string, n: bigint) => {
      const all = [...s.matchAll(new RegExp(re, 'gu'))].map((m) => m[0]);
      return n < 0n ? all : all.slice(0, Number(n));
    });

  // URL
  env
    .registerType('URL', KubeURL)
    .registerFunction('url(string): URL', (s: string) => {
      const u = parseUrl(s);
      if (!u) throw new Error(`URL parse error during conversion from string: ${s}`);
      return u;
    })
    .registerFunction('isURL(string): bool', (s: string) => parseUrl(s) !== undefined)
    .registerFunction('URL.getScheme(): string', (u: KubeURL) => (u.url.protocol === 'relative:' ? '' : u.url.protocol.replace(/:$/, '')))
    .registerFunction('URL.getHost(): string', (u: KubeURL) => (u.url.protocol === 'relative:' ? '' : u.url.host))
    .registerFunction('URL.getHostname(): string', (u: KubeURL) => (u.url.protocol === 'relative:' ? '' : u.url.hostname.replace(/^\[|\]$/g, '')))
    .registerFunction('URL.getPort(): string', (u: KubeURL) => u.url.port)
    .registerFunction('URL.getEscapedPath(): string', (u: KubeURL) => u.url.pathname)
    .registerFunction('URL.getQuery(): map<string, list<string>>', (u: KubeURL) => {
      const out: Record<string, string[]> = {};
      for (const [k, v] of u.url.searchParams) (out[k] ??= []).push(v);
      return out;
    });

  // Formats
  env.registerType('Format', KubeFormat).registerType('FormatNamespace', FormatNamespace).registerConstant('format', 'FormatNamespace', new FormatNamespace());
  for (const name of Object.keys(FORMATS)) env.registerFunction(`FormatNamespace.${name}(): Format`, () => FORMATS[name]!);
  env
    .registerFunction('FormatNamespace.named(string): optional<Format>', (_ns: FormatNamespace, name: string) => (FORMATS[name] ? Optional.of(FORMATS[name]) : Optional.none()))
    .registerFunction('Format.validate(string): optional<list<string>>', (f: KubeFormat, s: string) => {
      const errs = f.check(s);
      return errs.length ? Optional.of(errs) : Optional.none();
    });

  // Strings (cel-go ext strings, as Kubernetes enables them)
  env
    .registerFunction('string.charAt(int): string', (s: string, i: bigint) => {
      const chars = [...s];
      if (i < 0n || i > BigInt(chars.length)) throw new Error('charAt: index out of range');
      return chars[Number(i)] ?? '';
    })
    .registerFunction('string.replace(string, string): string', (s: string, a: string, b: string) => s.split(a).join(b))
    .registerFunction('string.replace(string, string, int): string', (s: string, a: string, b: string, n: bigint) => {
      if (n < 0n) return s.split(a).join(b);
      let out = s;
      let from = 0;
      for (let k = 0n; k < n; k++) {
        const i = out.indexOf(a, from);
        if (i === -1) break;
        out = out.slice(0, i) + b + out.slice(i + a.length);
        from = i + b.length;
      }
      return out;
    })
    .registerFunction('string.reverse(): string', (s: string) => [...s].reverse().join(''))
    .registerFunction('string.format(list): string', (s: string, args: unknown[]) => celFormat(s, args))
    .registerType('StringsNamespace', StringsNamespace)
    .registerConstant('strings', 'StringsNamespace', new StringsNamespace())
    .registerFunction('StringsNamespace.quote(string): string', (_ns: StringsNamespace, s: string) => JSON.stringify(s));

  // Sets
  env
    .registerType('SetsNamespace', SetsNamespace)
    .registerConstant('sets', 'SetsNamespace', new SetsNamespace())
    .registerFunction('SetsNamespace.contains(list, list): bool', (_ns: SetsNamespace, a: unknown[], b: unknown[]) => b.every((x) => a.some((y) => celEquals(x, y))))
    .registerFunction('SetsNamespace.equivalent(list, list): bool', (_ns: SetsNamespace, a: unknown[], b: unknown[]) => b.every((x) => a.some((y) => celEquals(x, y))) && a.every((x) => b.some((y) => celEquals(x, y))))
    .registerFunction('SetsNamespace.intersects(list, list): bool', (_ns: SetsNamespace, a: unknown[], b: unknown[]) => a.some((x) => b.some((y) => celEquals(x, y))));
  return env;
}

/** Manifest values as CEL sees them: whole numbers become int (BigInt), the rest stays. */
export function toCel(v: unknown): unknown {
  if (typeof v === 'number') return Number.isInteger(v) ? BigInt(v) : v;
  if (Array.isArray(v)) return v.map(toCel);
  if (v && typeof v === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) out[k] = toCel(x);
    return out;
  }
  return v;
}

/** A CEL result as JSON (for messages). */
export function fromCel(v: unknown): unknown {
  if (typeof v === 'bigint') return Number(v);
  if (v instanceof Quantity) return v.text;
  if (v instanceof Optional) return v.hasValue() ? fromCel(v.value()) : null;
  if (Array.isArray(v)) return v.map(fromCel);
  if (v instanceof Map) return Object.fromEntries([...v].map(([k, x]) => [String(k), fromCel(x)]));
  if (v && typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype) {
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, fromCel(x)]));
  }
  return v;
}
