import { z } from 'zod';
import { EnterRoom, ExtendClock, PingPayload, RoundRef, type ClockCommand } from '@mockloop/shared';
import type { ClockService } from '../application/clock.js';
import type { FactsPort } from '../application/facts.js';
import { enterRoom, liveSnapshot, presenceChanged, type PresenceDeps } from '../application/presence.js';
import type { MockLoopSocket } from './gateway.js';
import { onCommand } from './handle.js';

type LiveDeps = PresenceDeps & {
  facts: FactsPort;
  clocks: ClockService;
  log: { error(obj: unknown, msg: string): void };
};

const Empty = z.object({}).optional();

/** Time sync, snapshots, presence and clock control: thin edges over the services. */
export function registerLiveHandlers(socket: MockLoopSocket, deps: LiveDeps) {
  const principal = socket.data.principal;
  const { log } = deps;

  onCommand(socket, 'time:ping', PingPayload, log, (payload) => ({ clientSendAt: payload.clientSendAt, serverAt: deps.now() }));

  onCommand(socket, 'live:snapshot', Empty, log, () => liveSnapshot(deps, principal));

  // Enter/leave can overlap (a quick visit to a room and back): only the latest one counts.
  let presenceSeq = 0;
  onCommand(socket, 'presence:enter', EnterRoom, log, async ({ roundId }) => {
    const seq = ++presenceSeq;
    const place = (round: string | null) => {
      if (seq === presenceSeq) socket.data.roundId = round;
    };
    const { result, facts } = await enterRoom({ ...deps, place }, principal, roundId);
    deps.facts.publish(facts);
    return result;
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
    presenceChanged(deps, principal.loopId)
      .then(({ facts }) => deps.facts.publish(facts))
      .catch((err: unknown) => log.error({ err }, 'presence update failed'));
  });
}
