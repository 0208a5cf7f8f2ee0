import type { ServerToClientEvents } from '@mockloop/shared';

type FactEvent = keyof ServerToClientEvents;
type PayloadOf<E extends FactEvent> = Parameters<ServerToClientEvents[E]>[0];

/**
 * Something a use case wants the live clients to hear, published only after its
 * transaction committed. Rooms are the names from `domain/principal.ts`; `exceptOrigin`
 * is the opaque id of the connection that caused it (it does not get its own echo).
 */
export type Fact =
  | { [E in FactEvent]: { kind: 'emit'; rooms: string[]; event: E; payload: PayloadOf<E>; exceptOrigin?: string } }[FactEvent]
  /** Drops the live sessions in these rooms (a revoked link, a deleted loop). */
  | { kind: 'disconnect'; rooms: string[] };

/** The outbound port: the Socket.IO adapter implements it; a test collects into an array. */
export interface FactsPort {
  publish(facts: readonly Fact[]): void;
}

/** What a use case returns: its answer and the facts to publish once it has committed. */
export type Outcome<R> = { result: R; facts: Fact[] };

/** The outcome of a use case nobody else needs to hear about (a read, or a write no live page shows). */
export function withoutFacts<R>(result: R): Outcome<R> {
  return { result, facts: [] };
}

/**
 * The adapter's half of every use case: publish what it committed, then answer with its
 * result. Routes and the socket edge finish each use case through this, so no fact is lost.
 */
export function deliverTo(port: FactsPort) {
  return <R>({ result, facts }: Outcome<R>): R => {
    port.publish(facts);
    return result;
  };
}

export function emitFact<E extends FactEvent>(rooms: string[], event: E, payload: PayloadOf<E>, exceptOrigin?: string): Fact {
  return { kind: 'emit', rooms, event, payload, ...(exceptOrigin ? { exceptOrigin } : {}) } as Fact;
}

/** A port that keeps what was published: a test passes it where the Socket.IO adapter would be. */
export function collectingFacts(): FactsPort & { published: Fact[] } {
  const published: Fact[] = [];
  return { published, publish: (facts) => void published.push(...facts) };
}
