import { formatInZone, type LoopView } from '@mockloop/shared';
import { Link } from 'wouter';
import { loopFlow, roomPath } from '../../live/loopFlow';
import { useLiveClocks, useLiveFeed } from '../../live/useLive';
import { BreakNotice } from './BreakNotice';
import './room.css';

/**
 * The candidate lobby's live corner: the round that is on now with the way in, the break
 * after a round, or where the first round will be.
 */
export function LiveRoundBanner({ view }: { view: LoopView }) {
  const { loop, rounds } = view;
  useLiveFeed(loop.id);
  const flow = loopFlow(rounds, useLiveClocks());

  let body;
  if (flow.live) {
    const round = flow.live;
    body = (
      <>
        <h2 id="live-round-title">Round {round.position} is live</h2>
        <p>
          {round.title} with {round.interviewerName}.
        </p>
        <p>
          <Link className="button button--primary button--large" to={roomPath(loop.id, round.id)}>
            Join round {round.position} now
          </Link>
        </p>
      </>
    );
  } else if (flow.justEnded && !flow.done) {
    // The break panel is its own frame; no card around it.
    return (
      <section aria-labelledby="live-round-title">
        <BreakNotice loopId={loop.id} next={flow.next} nextIsLive={false} timeZone={loop.timeZone} headingId="live-round-title" />
      </section>
    );
  } else if (flow.done) {
    body = (
      <>
        <h2 id="live-round-title">All rounds are done</h2>
        <p>Thank you! The interviewers now write their scorecards; the feedback follows after the debrief.</p>
      </>
    );
  } else if (flow.next) {
    const round = flow.next;
    body = (
      <>
        <h2 id="live-round-title">First up: round {round.position}</h2>
        <p>
          {round.title} with {round.interviewerName}, {formatInZone(round.startsAt, loop.timeZone)}. You can wait in its
          room: the clock appears there when the interviewer starts.
        </p>
        <p>
          <Link className="button" to={roomPath(loop.id, round.id)}>
            Open round {round.position}’s room
          </Link>
        </p>
      </>
    );
  } else {
    return null;
  }

  return (
    <section className={`card stack room-live-notice${flow.live ? '' : ' room-live-notice--quiet'}`} aria-labelledby="live-round-title">
      {body}
    </section>
  );
}
