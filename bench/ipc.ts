import type { ChildProcess } from 'node:child_process';

/**
 * Request/response over a child's IPC channel: each request carries an id the child echoes.
 * Benchmark plumbing only; nothing here is part of the app.
 */
export type Message = { type: string; id?: number; [key: string]: unknown };

let nextId = 1;

export function request<T = Message>(child: ChildProcess, message: Message, timeoutMs = 600_000): Promise<T> {
  const id = nextId++;
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.off('message', onMessage);
      reject(new Error(`no answer to ${message.type} within ${timeoutMs} ms`));
    }, timeoutMs);
    const onMessage = (reply: Message) => {
      if (reply.id !== id) return;
      clearTimeout(timer);
      child.off('message', onMessage);
      if (reply.type === 'error') reject(new Error(String(reply.message)));
      else resolve(reply as T);
    };
    child.on('message', onMessage);
    child.send({ ...message, id });
  });
}

/** Waits for the first message of a type (e.g. `ready`), or the child's exit. */
export function nextMessage<T = Message>(child: ChildProcess, type: string, timeoutMs = 120_000): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`child sent no ${type} within ${timeoutMs} ms`)), timeoutMs);
    const onExit = (code: number | null) => {
      clearTimeout(timer);
      reject(new Error(`child exited (${code}) before ${type}`));
    };
    const onMessage = (message: Message) => {
      if (message.type !== type) return;
      clearTimeout(timer);
      child.off('message', onMessage);
      child.off('exit', onExit);
      resolve(message as T);
    };
    child.on('message', onMessage);
    child.once('exit', onExit);
  });
}

/** In a child: answers requests of the parent with `handler`'s result (or an error). */
export function serve(handler: (message: Message) => Promise<Record<string, unknown>> | Record<string, unknown>) {
  process.on('message', (message: Message) => {
    void (async () => {
      try {
        const reply = await handler(message);
        process.send?.({ type: `${message.type}:done`, ...reply, id: message.id });
      } catch (error) {
        process.send?.({ type: 'error', id: message.id, message: error instanceof Error ? error.stack ?? error.message : String(error) });
      }
    })();
  });
}
