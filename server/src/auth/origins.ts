import type { Config } from '../config.js';

/** The origins a page may come from besides this server's own: PUBLIC_URL, else localhost:PORT. */
export function allowedOrigins(config: Pick<Config, 'publicUrl' | 'port'>): string[] {
  return [new URL(config.publicUrl ?? `http://localhost:${config.port}`).origin];
}

/** A page served by this host (same host and port), or one in the allow-list. */
export function isAllowedOrigin(origin: string, host: string | undefined, allowed: readonly string[]): boolean {
  if (allowed.includes(origin)) return true;
  try {
    return host !== undefined && new URL(origin).host === host;
  } catch {
    return false;
  }
}
