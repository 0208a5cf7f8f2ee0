import { z } from 'zod';
import { EnterRoom, ExtendClock, PingPayload, RoundRef, type ClockCommand } from '@mockloop/shared';
import type { Database } from '../db/database.js';
import { clockAccess } from '../domain/clock-access.js';
import { shownQuestionsOfLoop } from '../repositories/questions.js';
import { loadLoopClocks } from '../repositories/round-clocks.js';
import { findRoundOwner } from '../repositories/rounds.js';
import type { ClockService } from '../application/clock.js';
import { noteRoundEntry } from '../application/presence.js';
import { DomainError } from '../domain/errors.js';
import type { MockLoopIo, MockLoopSocket } from './gateway.js';
import { onCommand } from './handle.js';
import { broadcastPresence, forViewer, presenceOf } from './presence.js';

type LiveDeps = {
  db: Database;
  io: MockLoopIo;
  clocks: ClockService;
  now: () => number;
  log: { error(obj: unknown, msg: string): void };
};

const Empty = z.object({}).optional();

/** Time sync, snapshots, presence and clock control: thin edges over the services. */
export function registerLiveHandlers(socket: MockLoopSocket, deps: LiveDeps) {
  const principal = socket.data.principal;
  const { log } = deps;

  onCommand(socket, 'time:ping', PingPayload, log, (payload) => ({ clientSendAt: payload.clientSendAt, serverAt: deps.now() }));

  onCommand(socket, 'live:snapshot', Empty, log, async () => {
    const [clocks, presence, shown] = await Promise.all([
      loadLoopClocks(deps.db, principal.loopId),
      presenceOf(deps.io, deps.db, principal.loopId),
      shownQuestionsOfLoop(deps.db, principal.loopId),
    ]);
    // Shadows see only their own round's question.
    const shownQuestions = principal.role === 'shadow' ? shown.filter((q) => q.roundId === principal.roundId) : shown;
    return { loopId: principal.loopId, serverNow: deps.now(), clocks, presence: forViewer(principal, presence), shownQuestions };
  });

  // Enter/leave can overlap (a quick visit to a room and back): only the latest one counts.
  let presenceSeq = 0;
  onCommand(socket, 'presence:enter', EnterRoom, log, async ({ roundId }) => {
    const seq = ++presenceSeq;
    if (roundId !== null && clockAccess(principal, await findRoundOwner(deps.db, roundId)) === 'not-found') {
      throw new DomainError('not-found', 'No such round in your loop.');
    }
    if (seq === presenceSeq) socket.data.roundId = roundId;
    if (roundId !== null) await noteRoundEntry(deps, principal, roundId);
    return forViewer(principal, await broadcastPresence(deps.io, deps.db, principal.loopId));
  });

  const control = (type: Exclude<ClockCommand['type'], 'extend'>) => (payload: RoundRef) =>
    deps.clocks.command(principal, payload.roundId, { type });
  onCommand(socket, 'clock:start', RoundRef, log, control('start'));
  onCommand(socket, 'clock:pause', RoundRef, log, control('pause'));
  onCommand(socket, 'clock:resume', RoundRef, log, control('resume'));
  onCommand(socket, 'clock:end', RoundRef, log, control('end'));
  onCommand(socket, 'clock:extend', ExtendClock, log, ({ roundId, minutes }) =>
    deps.clocks.command(principal, roundId, { type: 'extend', minutes }),
  );

  socket.on('disconnect', () => {
    void broadcastPresence(deps.io, deps.db, principal.loopId).catch((err: unknown) => log.error({ err }, 'presence update failed'));
  });
}
