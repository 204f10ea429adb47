/**
 * A small client for Firefox's Remote Debugging Protocol, the one about:debugging and
 * web-ext speak. The tests use it to reach an add-on's background page, which WebDriver
 * BiDi may not open, and to evaluate JavaScript there.
 *
 * Firefox must run with `--start-debugger-server <port>` and the prefs in `rdpPrefs`.
 * The server listens on 127.0.0.1 only. Each packet is `<byte length>:<JSON>`. Every
 * request goes `to` an actor. Each actor answers its requests in order, with packets
 * `from` itself. Events carry a `type`. Protocol reference:
 * https://firefox-source-docs.mozilla.org/devtools/backend/protocol.html
 */
import net from 'node:net';

/** Prefs that let the debugger server accept a connection without a prompt. */
export const rdpPrefs = {
  'devtools.debugger.remote-enabled': true,
  'devtools.chrome.enabled': true,
  'devtools.debugger.prompt-connection': false,
} as const;

export interface Packet {
  from: string;
  type?: string;
  error?: string;
  message?: string;
  [key: string]: unknown;
}

/** Events the server sends without being asked: they never answer a request. */
const eventTypes = new Set([
  'target-available-form',
  'target-destroyed-form',
  'evaluationResult',
  'resources-available-array',
  'resources-updated-array',
  'resources-destroyed-array',
  'descriptor-destroyed',
  'addonListChanged',
  'tabListChanged',
  'workerListChanged',
  'processListChanged',
  'serviceWorkerRegistrationListChanged',
]);

/** A free TCP port on 127.0.0.1, for `--start-debugger-server`. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export class RdpClient {
  private buffer = Buffer.alloc(0);
  private pending = new Map<string, Array<{ resolve(p: Packet): void; reject(e: Error): void }>>();
  private listeners = new Set<(p: Packet) => void>();

  private constructor(private socket: net.Socket) {
    socket.on('data', (chunk) => this.read(chunk));
    socket.on('close', () => this.failAll(new Error('RDP connection closed')));
  }

  /** Connects, retrying until the server listens, and waits for the root actor's greeting. */
  static async connect(port: number, timeoutMs = 15_000): Promise<RdpClient> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      try {
        const socket = await new Promise<net.Socket>((resolve, reject) => {
          const s = net.connect(port, '127.0.0.1', () => resolve(s));
          s.once('error', reject);
        });
        const client = new RdpClient(socket);
        await client.waitFor((p) => p.from === 'root' && 'applicationType' in p, Math.max(1000, deadline - Date.now()));
        return client;
      } catch (e) {
        if (Date.now() > deadline) throw new Error(`No Firefox debugger server on 127.0.0.1:${port}: ${String(e)}`);
        await new Promise((r) => setTimeout(r, 200));
      }
    }
  }

  /** Sends `{to, type, ...params}` and resolves with the actor's answer; rejects on an error packet. */
  request(to: string, type: string, params: Record<string, unknown> = {}): Promise<Packet> {
    return new Promise((resolve, reject) => {
      const queue = this.pending.get(to) ?? [];
      queue.push({ resolve, reject });
      this.pending.set(to, queue);
      const body = Buffer.from(JSON.stringify({ ...params, to, type }));
      this.socket.write(Buffer.concat([Buffer.from(`${body.length}:`), body]));
    });
  }

  /** Calls `listener` with every packet (event or answer) from now on; returns the unsubscribe. */
  listen(listener: (p: Packet) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Resolves with the first packet (event or answer) matching `test` from now on. */
  waitFor(test: (p: Packet) => boolean, timeoutMs = 10_000): Promise<Packet> {
    return new Promise((resolve, reject) => {
      const stop = this.listen((p) => {
        if (!test(p)) return;
        stop();
        clearTimeout(timer);
        resolve(p);
      });
      const timer = setTimeout(() => {
        stop();
        reject(new Error(`RDP: no matching packet within ${timeoutMs} ms`));
      }, timeoutMs);
    });
  }

  close(): void {
    this.socket.destroy();
  }

  private read(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const colon = this.buffer.indexOf(0x3a);
      if (colon < 0) return;
      const length = Number(this.buffer.subarray(0, colon).toString());
      if (this.buffer.length < colon + 1 + length) return;
      const packet = JSON.parse(this.buffer.subarray(colon + 1, colon + 1 + length).toString()) as Packet;
      this.buffer = this.buffer.subarray(colon + 1 + length);
      for (const listener of [...this.listeners]) listener(packet);
      if (packet.type && eventTypes.has(packet.type)) continue;
      const waiter = this.pending.get(packet.from)?.shift();
      if (!waiter) continue;
      if (packet.error) waiter.reject(new Error(`RDP ${packet.from}: ${packet.error} ${packet.message ?? ''}`));
      else waiter.resolve(packet);
    }
  }

  private failAll(error: Error): void {
    for (const queue of this.pending.values()) for (const w of queue.splice(0)) w.reject(error);
  }
}

export interface AddonForm {
  actor: string;
  id: string;
  backgroundScriptStatus?: 'RUNNING' | 'STOPPED';
  debuggable?: boolean;
  [key: string]: unknown;
}

/** The add-on's entry in `listAddons`, or undefined if it is not installed. */
export async function findAddon(client: RdpClient, addonId: string): Promise<AddonForm | undefined> {
  const { addons } = (await client.request('root', 'listAddons')) as Packet & { addons: AddonForm[] };
  return addons.find((a) => a.id === addonId);
}

/**
 * The console actor of the add-on's background page. The add-on descriptor of recent
 * Firefox (ESR 153 here) has no `getTarget`: its watcher announces one target per
 * extension document instead.
 */
export async function backgroundConsole(client: RdpClient, addon: AddonForm, timeoutMs = 10_000): Promise<string> {
  const watcher = await client.request(addon.actor, 'getWatcher', { isServerTargetSwitchingEnabled: true });
  const isBackground = (p: Packet) =>
    p.type === 'target-available-form' &&
    String((p.target as { url?: string }).url).endsWith('/_generated_background_page.html');
  const [found] = await Promise.all([
    client.waitFor((p) => p.from === watcher.actor && isBackground(p), timeoutMs),
    client.request(watcher.actor as string, 'watchTargets', { targetType: 'frame' }),
  ]);
  return (found.target as { consoleActor: string }).consoleActor;
}

/**
 * Evaluates `expression` (it may use `await`) in the console's global and returns its value,
 * passed through JSON. Throws with the page's message if the expression throws.
 */
export async function evaluate(client: RdpClient, consoleActor: string, expression: string, timeoutMs = 10_000): Promise<unknown> {
  const text = `(async () => {
    try { return JSON.stringify({ value: await (${expression}) }); }
    catch (e) { return JSON.stringify({ error: String(e) }); }
  })()`;
  // The answer ({resultID}) comes first and the result as an event after it, possibly in the
  // same chunk: listen before asking.
  const packet = await new Promise<Packet>((resolve, reject) => {
    const early = new Map<unknown, Packet>();
    let id: unknown;
    const finish = (r: Packet | Error) => {
      stop();
      clearTimeout(timer);
      if (r instanceof Error) reject(r);
      else resolve(r);
    };
    const stop = client.listen((p) => {
      if (p.from !== consoleActor || p.type !== 'evaluationResult') return;
      if (id !== undefined && p.resultID === id) finish(p);
      else early.set(p.resultID, p);
    });
    const timer = setTimeout(() => finish(new Error(`evaluation gave no result within ${timeoutMs} ms`)), timeoutMs);
    client.request(consoleActor, 'evaluateJSAsync', { text, mapped: { await: true } }).then(({ resultID }) => {
      id = resultID;
      const p = early.get(id);
      if (p) finish(p);
    }, finish);
  });
  if (packet.exceptionMessage) throw new Error(`evaluation failed: ${JSON.stringify(packet.exceptionMessage)}`);
  let result = packet.result as string | { type: string; actor: string; length: number };
  if (typeof result === 'object' && result?.type === 'longString') {
    result = String((await client.request(result.actor, 'substring', { start: 0, end: result.length })).substring);
  }
  if (typeof result !== 'string') throw new Error(`evaluation returned no JSON: ${JSON.stringify(packet.result)}`);
  const { value, error } = JSON.parse(result) as { value?: unknown; error?: string };
  if (error !== undefined) throw new Error(`evaluation threw: ${error}`);
  return value;
}
