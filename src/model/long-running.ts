// Is this container a long-running helper (a proxy, an agent, a log shipper, a keep-alive loop)?
// Used by rules about pods that are meant to finish (Jobs): a helper that never exits keeps the
// pod running. The heuristic errs on the side of silence: a command that has a way out (exit,
// break, kill, timeout, tail --pid) is taken to finish.
import { asArray, isObject, type JsonObject } from './objects.js';
import { MESH_PROXY_NAMES } from './mesh.js';

export interface LongRunning {
  /** What gives it away, for messages: `runs "tail -F"`, `runs the Envoy proxy image`. */
  reason: string;
  /** `image` and `name`: a known daemon; `command`: a command that never ends. */
  by: 'image' | 'name' | 'command';
}

/** The container's command and args as one list of words (non-strings are skipped, numbers kept). */
export function argvOf(spec: JsonObject): { command: string[]; args: string[] } {
  const words = (v: unknown) =>
    asArray(v)
      .filter((x) => typeof x === 'string' || typeof x === 'number')
      .map(String);
  return { command: words(spec.command), args: words(spec.args) };
}

/** The text of command and args joined: scripts passed to `sh -c` are searched as they are. */
export function commandText(spec: JsonObject): string {
  const { command, args } = argvOf(spec);
  return [...command, ...args].join(' ');
}

/** Words that give a script a way to finish (or to end what it started). */
const EXIT_PATH = /(?<![\w.-])(exit|break|return|kill|pkill|killall|timeout)(?![\w-])|sys\.exit|--pid[= ]|-exit-after-auth/;

/** Arguments that make a daemon's binary do one thing and exit. */
const ONE_SHOT = /(^|\s)(-{0,2}version|-{1,2}help|-h|validate|--dry-run|--mode[= ]validate|--once|-exit-after-auth|--test)(\s|$)/;

const MESH_NAMES: Record<string, string> = { istio: 'Istio', linkerd: 'Linkerd', dapr: 'Dapr' };

interface DaemonImage {
  image: RegExp;
  what: string;
  /** The daemon's executable (a file name): an overridden command must still start it. */
  binary: RegExp;
  /** Given command and args, whether the daemon (not a one-shot subcommand) runs. */
  runs?: (argv: string[], text: string) => boolean;
}

/** Images whose default process is a daemon that runs until it is stopped. */
const DAEMON_IMAGES: DaemonImage[] = [
  { image: /(^|\/)envoy(-distroless|-alpine|-windows|-dev|-contrib)?$/, what: 'the Envoy proxy', binary: /^envoy$/ },
  // proxyv2 also runs istio-init (istio-iptables): only `pilot-agent proxy ...` is the proxy.
  { image: /(^|\/)proxyv2$/, what: 'the Istio proxy', binary: /^pilot-agent$/, runs: (argv) => argv.includes('proxy') },
  { image: /(^|\/)(linkerd|linkerd-io|linkerd2)\/proxy$/, what: 'the Linkerd proxy', binary: /^linkerd2?-proxy$/ },
  { image: /(^|\/)(cloud-sql-proxy|cloudsql-proxy|gce-proxy|cloud_sql_proxy|alloydb-auth-proxy)$/, what: 'the Cloud SQL Auth Proxy', binary: /^(cloud[-_]sql[-_]proxy|alloydb-auth-proxy)$/ },
  { image: /(^|\/)oauth2[-_]proxy$/, what: 'OAuth2 Proxy', binary: /^oauth2[-_]proxy$/ },
  // The vault image's default is a dev server; `vault agent` runs until stopped unless -exit-after-auth.
  {
    image: /(^|\/)vault(-enterprise)?$/,
    what: 'Vault Agent',
    binary: /^vault$/,
    runs: (argv) => argv.length === 0 || argv.includes('agent') || argv.includes('server'),
  },
  { image: /(^|\/)fluentd([-_][a-z0-9.-]*)?$/, what: 'the Fluentd log shipper', binary: /^fluentd$/ },
  { image: /(^|\/)fluent-bit([-_][a-z0-9.-]*)?$/, what: 'the Fluent Bit log shipper', binary: /^fluent-bit$/ },
  { image: /(^|\/)(opentelemetry-collector|otelcol)(-contrib|-k8s|-otlp)?$/, what: 'the OpenTelemetry Collector', binary: /^(otelcol[-a-z]*|collector)$/ },
  { image: /(^|\/)promtail$/, what: 'the Promtail log shipper', binary: /^promtail$/ },
  { image: /(^|\/)(timberio\/)?vector$/, what: 'the Vector log shipper', binary: /^vector$/ },
  { image: /(^|\/)filebeat$/, what: 'the Filebeat log shipper', binary: /^filebeat$/ },
  { image: /(^|\/)datadog(hq)?\/agent$/, what: 'the Datadog agent', binary: /^(agent|datadog-agent)$/ },
  { image: /(^|\/)pause$/, what: 'the pause image', binary: /^pause$/ },
];

/** `docker.io/envoyproxy/envoy:v1.31@sha256:...` -> `docker.io/envoyproxy/envoy`. */
export function imageRepository(image: string): string {
  let ref = image.trim().toLowerCase();
  const at = ref.indexOf('@');
  if (at >= 0) ref = ref.slice(0, at);
  const colon = ref.lastIndexOf(':');
  if (colon > ref.lastIndexOf('/')) ref = ref.slice(0, colon);
  return ref;
}

/** The first command among words that keeps following or looping forever, for messages. */
function neverEndingCommand(text: string): string | undefined {
  // tail -f / -F / --follow (flags may be combined: -qF, -n0 -F), up to the end of the pipeline step.
  for (const m of text.matchAll(/(?<![\w./-])(?:\/usr)?(?:\/bin\/)?tail((?:[ \t]+[^\s;&|)]+)*)/g)) {
    const words = (m[1] ?? '').trim().split(/[ \t]+/);
    const follow = words.find((w) => /^-[a-zA-Z0-9]*[fF][a-zA-Z0-9]*$/.test(w) || /^--follow(=\w+)?$/.test(w));
    if (follow) return `tail ${follow}`;
  }
  const loop = /\b(while\s+(?:true|:|\[\s*(?:1|true)\s*\]|sleep\s+\d+)(?=[\s;])|while\s+True\s*:|until\s+false\b|for\s*\(\(\s*;\s*;\s*\)\))/.exec(text);
  if (loop) return loop[1]!.replace(/\s+/g, ' ');
  const sleep = /\bsleep\s+(infinity|inf|\d+)(?![\w.])/.exec(text);
  if (sleep && (sleep[1] === 'infinity' || sleep[1] === 'inf' || Number(sleep[1]) >= 1_000_000)) return `sleep ${sleep[1]}`;
  return undefined;
}

/**
 * Whether a container runs until it is stopped, and why. `undefined` when it looks like it
 * finishes on its own (or nothing gives it away).
 */
export function longRunning(spec: unknown): LongRunning | undefined {
  if (!isObject(spec)) return undefined;
  const { command, args } = argvOf(spec);
  const argv = [...command, ...args];
  const text = argv.join(' ');
  const hasExitPath = EXIT_PATH.test(text);

  const name = typeof spec.name === 'string' ? spec.name : '';
  const mesh = MESH_PROXY_NAMES[name];
  if (mesh && !hasExitPath && !ONE_SHOT.test(text)) return { reason: `is the ${MESH_NAMES[mesh]} proxy`, by: 'name' };

  const image = typeof spec.image === 'string' ? imageRepository(spec.image) : '';
  const daemon = image ? DAEMON_IMAGES.find((d) => d.image.test(image)) : undefined;
  if (daemon && !hasExitPath && !ONE_SHOT.test(text)) {
    const started = command.length === 0 || runsExecutable(command, args, daemon.binary);
    if (started && (!daemon.runs || daemon.runs(argv, text))) return { reason: `runs ${daemon.what}`, by: 'image' };
  }

  if (!hasExitPath) {
    const cmd = neverEndingCommand(text);
    if (cmd) return { reason: `runs "${cmd}"`, by: 'command' };
  }
  return undefined;
}

const basename = (word: string) => word.split('/').pop() ?? '';

/** Whether an overridden command starts the executable: directly, or as a word of a shell script. */
function runsExecutable(command: string[], args: string[], executable: RegExp): boolean {
  const first = basename(command[0] ?? '');
  if (executable.test(first)) return true;
  if (!['sh', 'bash', 'ash', 'dash', 'zsh', 'ksh'].includes(first)) return false;
  // `sh -c "exec /bin/envoy -c /etc/envoy.yaml"`: a word after a separator; config paths do not count.
  const script = [...command.slice(1), ...args].join(' ');
  return script.split(/[\s;&|()]+/).some((w) => executable.test(basename(w)));
}

/**
 * Whether a container's command stops the helpers of its pod when its work is done: the
 * quit endpoints of Envoy/Istio (`quitquitquit`), Linkerd (`/shutdown`, `linkerd-await
 * --shutdown`), Dapr (`/v1.0/shutdown`), the Cloud SQL proxy; with a shared process namespace,
 * `pkill`/`kill`.
 */
export function stopsHelpers(spec: unknown, sharedProcessNamespace = false): boolean {
  if (!isObject(spec)) return false;
  const text = commandText(spec);
  if (/quitquitquit|(\/|--)shutdown\b/.test(text)) return true;
  return sharedProcessNamespace && /(?<![\w-])(pkill|killall|kill)(?![\w-])/.test(text);
}
