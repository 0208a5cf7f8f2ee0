import type { Socket } from 'socket.io';
import type { z } from 'zod';
import type { Ack } from '@mockloop/shared';
import type { FactsPort, Outcome } from '../application/facts.js';
import { isDatabaseUnavailable, isUnstorableText, UNSTORABLE_TEXT } from '../db/failures.js';
import { DomainError } from '../domain/errors.js';
import { makeStorable } from '../domain/storable-text.js';
import { allowCommand } from './command-limits.js';

/** What every command's edge needs: where to log, and where the use case's facts go. */
export type Edge = { log: { error(obj: unknown, msg: string): void; warn?(obj: unknown, msg: string): void }; facts: FactsPort };

/**
 * The edge of every socket command: refuse a missing ack, apply the socket's rate limit,
 * parse the payload with zod (then make its text storable), run the use case, publish its
 * facts, catch everything, and answer with one ack shape. Internal messages never leave.
 */
export function onCommand<S extends z.ZodType, R>(
  socket: Socket,
  event: string,
  schema: S,
  { log, facts }: Edge,
  useCase: (payload: z.output<S>) => Promise<Outcome<R>> | Outcome<R>,
) {
  socket.on(event, async (...args: unknown[]) => {
    const ack = args[args.length - 1];
    if (typeof ack !== 'function') return; // a command without an ack cannot be answered: drop it
    const reply = ack as (a: Ack<R>) => void;
    if (!allowCommand(socket, event)) {
      return reply({ ok: false, error: { code: 'rate-limited', message: 'Too many commands: slow down and try again in a moment.' } });
    }
    const parsed = schema.safeParse(args.length > 1 ? args[0] : undefined);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = issue && issue.path.length ? issue.path.join('.') + ': ' : '';
      return reply({ ok: false, error: { code: 'bad-request', message: `${where}${issue?.message ?? 'invalid payload'}` } });
    }
    try {
      const outcome = await useCase(makeStorable(parsed.data));
      facts.publish(outcome.facts);
      reply({ ok: true, data: outcome.result });
    } catch (error) {
      if (error instanceof DomainError) {
        const details = error.code === 'out-of-order' ? { details: error.details } : {};
        return reply({ ok: false, error: { code: error.code, message: error.message, ...details } });
      }
      if (isUnstorableText(error)) return reply({ ok: false, error: { code: 'bad-request', message: UNSTORABLE_TEXT } });
      if (isDatabaseUnavailable(error)) {
        log.warn?.({ err: error, event }, 'database unavailable');
        return reply({ ok: false, error: { code: 'unavailable', message: 'The service is briefly unavailable; please try again in a moment.' } });
      }
      log.error({ err: error, event }, 'socket command failed');
      reply({ ok: false, error: { code: 'internal', message: 'Something went wrong on our side.' } });
    }
  });
}
