import { io, type Socket } from 'socket.io-client';
import type { ClientToServerEvents, ServerToClientEvents } from '@mockloop/shared';

export type TestClient = Socket<ServerToClientEvents, ClientToServerEvents>;

export type ConnectOptions = { token?: string; origin?: string; autoConnect?: boolean };

/** A real Socket.IO client over loopback, closed by the caller (or `closeAll`). */
export function createClient(url: string, options: ConnectOptions = {}): TestClient {
  const socket: TestClient = io(url, {
    transports: ['websocket'],
    forceNew: true,
    reconnection: false,
    autoConnect: options.autoConnect ?? true,
    auth: options.token ? { token: options.token } : {},
    extraHeaders: options.origin ? { origin: options.origin } : {},
  });
  opened.add(socket);
  return socket;
}

const opened = new Set<TestClient>();
export function closeAllClients() {
  for (const socket of opened) socket.disconnect();
  opened.clear();
}

/** Resolves once connected, rejects with the server's refusal message. */
export function connected(socket: TestClient): Promise<void> {
  return new Promise((resolve, reject) => {
    if (socket.connected) return resolve();
    socket.once('connect', () => resolve());
    socket.once('connect_error', (error) => reject(error));
  });
}

/** Emits a command and awaits its ack. */
export function command<E extends keyof ClientToServerEvents>(
  socket: TestClient,
  event: E,
  ...args: Parameters<ClientToServerEvents[E]> extends [...infer P, infer _Ack] ? P : never
): Promise<Parameters<Parameters<ClientToServerEvents[E]> extends [...unknown[], infer Ack] ? (Ack extends (a: infer A) => void ? (a: A) => void : never) : never>[0]> {
  return (socket.timeout(5000) as unknown as { emitWithAck(e: string, ...a: unknown[]): Promise<never> }).emitWithAck(event, ...args);
}
