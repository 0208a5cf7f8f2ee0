import { formatInZone, type LoopView } from '@mockloop/shared';
import { Link } from 'wouter';
import { loopFlow, roomPath } from '../../live/loopFlow';
import { useLiveClocks, useLiveFeed } from '../../live/useLive';
import './room.css';

/** On an interviewer's home: "your round is next" or "your round is live", with the way in. */
export function NextRoundNotice({ view }: { view: LoopView }) {
  const { loop, viewer, rounds } = view;
  useLiveFeed(loop.id);
  const flow = loopFlow(rounds, useLiveClocks());
  const own = rounds.find((round) => round.id === viewer.roundId);
  if (!own) return null;

  const isLive = flow.live?.id === own.id;
  const isNext = !isLive && flow.next?.id === own.id;
  if (!isLive && !isNext) return null;

  return (
    <section className={`card stack room-live-notice${isLive ? '' : ' room-live-notice--quiet'}`} aria-labelledby="next-round-title">
      <h2 id="next-round-title">{isLive ? 'Your round is live' : 'Your round is next'}</h2>
      <p>
        {isLive
          ? `Round ${own.position} is running: open the room to see the clock and run it.`
          : flow.live
            ? `Round ${flow.live.position} (${flow.live.title}) is on now; yours follows, planned for ${formatInZone(own.startsAt, loop.timeZone)}.`
            : `Round ${own.position} is planned for ${formatInZone(own.startsAt, loop.timeZone)}. Start the clock in the room when you begin.`}
      </p>
      <p>
        <Link className={`button${isLive ? ' button--primary button--large' : ''}`} to={roomPath(loop.id, own.id)}>
          {isLive ? 'Open the room' : `Open round ${own.position}’s room`}
        </Link>
      </p>
    </section>
  );
}
