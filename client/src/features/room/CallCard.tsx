import type { ParticipantRole } from '@mockloop/shared';
import { sendsMedia } from '@mockloop/shared/media/call-roles';
import { lazy, Suspense, useState } from 'react';

// The call's code (WebRTC mesh, device checks) is its own chunk, fetched on the first click.
const CallPanel = lazy(() => import('../call/CallPanel'));

type Props = { roundId: string; role: ParticipantRole; meetingUrl: string | null };

/** The round's built-in voice and video, for its candidate, interviewer and shadows. */
export function CallCard({ roundId, role, meetingUrl }: Props) {
  const [open, setOpen] = useState(false);
  const sends = sendsMedia(role);
  return (
    <section className="card stack room-call" aria-labelledby="room-call-title">
      <h2 id="room-call-title" className="room-card-title">
        Voice and video
      </h2>
      {open ? (
        <Suspense fallback={<p role="status">Loading the call…</p>}>
          <CallPanel roundId={roundId} sendsMedia={sends} />
        </Suspense>
      ) : (
        <>
          <p className="text-muted">
            Talk right here, browser to browser{meetingUrl ? ', or use the video call link above' : ''}.{' '}
            {sends ? 'First check your camera and microphone.' : 'As a shadow you listen only.'}
          </p>
          <div>
            <button type="button" className="button button--primary" onClick={() => setOpen(true)}>
              {sends ? 'Check camera and microphone' : 'Open the call'}
            </button>
          </div>
        </>
      )}
    </section>
  );
}
