/**
 * The Remote Debugging Protocol client's framing and routing, against a fake server on
 * 127.0.0.1: packets split across chunks and lengths counted in bytes (not characters),
 * events told apart from answers, and an evaluation result that arrives in the same chunk
 * as the answer announcing it.
 */
import { afterEach, expect, it } from 'vitest';
import net from 'node:net';
import { evaluate, RdpClient } from '../../scripts/lib/firefox-rdp';

const frame = (p: object) => {
  const body = Buffer.from(JSON.stringify(p));
  return Buffer.concat([Buffer.from(`${body.length}:`), body]);
};

let server: net.Server | undefined;
afterEach(() => server?.close());

/** A server that greets, then answers each request with `reply(request)`'s packets in one chunk. */
async function fakeServer(reply: (request: { to: string; type: string }) => object[]): Promise<number> {
  server = net.createServer((socket) => {
    const greeting = frame({ from: 'root', applicationType: 'browser', note: 'é—✓' });
    socket.write(greeting.subarray(0, 7));
    setTimeout(() => socket.write(greeting.subarray(7)), 20);
    let buffer = '';
    socket.on('data', (d) => {
      buffer += d.toString();
      const m = /^(\d+):/.exec(buffer);
      if (!m) return;
      const request = JSON.parse(buffer.slice(m[0].length, m[0].length + Number(m[1])));
      buffer = '';
      socket.write(Buffer.concat(reply(request).map(frame)));
    });
  });
  await new Promise<void>((r) => server!.listen(0, '127.0.0.1', r));
  return (server!.address() as net.AddressInfo).port;
}

it('routes answers to requests and skips events', async () => {
  const port = await fakeServer((r) => [
    { from: r.to, type: 'addonListChanged' },
    { from: r.to, addons: [{ id: 'x', name: 'ünïcode' }] },
  ]);
  const client = await RdpClient.connect(port);
  const answer = await client.request('root', 'listAddons');
  expect(answer.addons).toEqual([{ id: 'x', name: 'ünïcode' }]);
  client.close();
});

it('rejects on an error packet', async () => {
  const port = await fakeServer((r) => [{ from: r.to, error: 'noSuchActor', message: 'gone' }]);
  const client = await RdpClient.connect(port);
  await expect(client.request('conn0.x1', 'getWatcher')).rejects.toThrow(/noSuchActor gone/);
  client.close();
});

it('evaluates, with the result event in the same chunk as the answer', async () => {
  const port = await fakeServer((r) => [
    { from: r.to, resultID: '1-0' },
    { from: r.to, type: 'evaluationResult', resultID: '1-0', result: JSON.stringify({ value: { ok: '✓' } }) },
  ]);
  const client = await RdpClient.connect(port);
  expect(await evaluate(client, 'conn0.console2', '1')).toEqual({ ok: '✓' });
  client.close();
});
