import { z } from 'zod';
import { EnterRoom, ExtendClock, PingPayload, RoundRef, type ClockCommand } from '@mockloop/shared';
import type { ClockService } from '../application/clock.js';
import { withoutFacts } from '../application/facts.js';
import { enterRoom, liveSnapshot, presenceChanged, type PresenceDeps } from '../application/presence.js';
import type { MockLoopSocket } from './gateway.js';
import { onCommand, type Edge } from './handle.js';

type LiveDeps = PresenceDeps & Edge & { clocks: ClockService };

const Empty = z.object({}).optional();

/** Time sync, snapshots, presence and clock control: thin edges over the use cases. */
export function registerLiveHandlers(socket: MockLoopSocket, deps: LiveDeps) {
  const principal = socket.data.principal;

  // Not a use case: the client's clock sync needs the server's time and nothing else.
  onCommand(socket, 'time:ping', PingPayload, deps, (payload) => withoutFacts({ clientSendAt: payload.clientSendAt, serverAt: deps.now() }));

  onCommand(socket, 'live:snapshot', Empty, deps, () => liveSnapshot(deps, principal));

  // Enter/leave can overlap (a quick visit to a room and back): only the latest one counts.
  let presenceSeq = 0;
  onCommand(socket, 'presence:enter', EnterRoom, deps, ({ roundId }) => {
    const seq = ++presenceSeq;
    const place = (round: string | null) => {
      if (seq === presenceSeq) socket.data.roundId = round;
    };
    return enterRoom({ ...deps, place }, principal, roundId);
  });

  const control = (type: Exclude<ClockCommand['type'], 'extend'>) => (payload: RoundRef) => deps.clocks.command(principal, payload.roundId, { type });
  onCommand(socket, 'clock:start', RoundRef, deps, control('start'));
  onCommand(socket, 'clock:pause', RoundRef, deps, control('pause'));
  onCommand(socket, 'clock:resume', RoundRef, deps, control('resume'));
  onCommand(socket, 'clock:end', RoundRef, deps, control('end'));
  onCommand(socket, 'clock:extend', ExtendClock, deps, ({ roundId, minutes }) => deps.clocks.command(principal, roundId, { type: 'extend', minutes }));

  // A closed tab is no request: the adapter publishes what presence now is.
  socket.on('disconnect', () => {
    presenceChanged(deps, principal.loopId)
      .then(({ facts }) => deps.facts.publish(facts))
      .catch((err: unknown) => deps.log.error({ err }, 'presence update failed'));
  });
}
