import { formatInZone, targetRoleLabel, type LoopView } from '@mockloop/shared';
import type { ReactNode } from 'react';
import { CalendarButton } from './CalendarButton';
import { LiveStatus } from './LiveStatus';
import { browserTimeZone } from './format';

type LoopHeaderProps = {
  view: LoopView;
  token: string;
  /** Who this screen is for, shown above the title ("Organizer dashboard"). */
  eyebrow: ReactNode;
  title: string;
  /** The document title, without the " — MockLoop" suffix. */
  pageTitle: string;
  children?: ReactNode;
};

/** The top of every role's screen: who you are here, when the loop runs, where to meet. */
export function LoopHeader({ view, token, eyebrow, title, pageTitle, children }: LoopHeaderProps) {
  const { loop } = view;
  const localZone = browserTimeZone();
  const starts = formatInZone(loop.startsAt, loop.timeZone, true);
  return (
    <header className="loop-header stack">
      <title>{`${pageTitle} — MockLoop`}</title>
      <p className="loop-eyebrow">{eyebrow}</p>
      <h1 id="loop-title">{title}</h1>
      {children}
      <dl className="loop-facts">
        {view.viewer.role === 'candidate' ? (
          <div>
            <dt>Target role</dt>
            <dd>{targetRoleLabel(loop.targetRole)}</dd>
          </div>
        ) : (
          <div>
            <dt>Candidate</dt>
            <dd>
              {loop.candidateName}, {targetRoleLabel(loop.targetRole)}
            </dd>
          </div>
        )}
        <div>
          <dt>Starts</dt>
          <dd>
            {starts}
            {starts.endsWith(loop.timeZone) ? null : <span className="text-muted"> ({loop.timeZone})</span>}
            {localZone !== loop.timeZone ? (
              <span className="loop-facts__local">Your time: {formatInZone(loop.startsAt, localZone, true)}</span>
            ) : null}
          </dd>
        </div>
        <div>
          <dt>Meeting link</dt>
          <dd>
            {loop.meetingUrl ? (
              <a href={loop.meetingUrl} target="_blank" rel="noreferrer noopener" className="loop-facts__url">
                {loop.meetingUrl}
                <span className="visually-hidden"> (opens in a new tab)</span>
              </a>
            ) : (
              <span className="text-muted">No meeting link yet.</span>
            )}
          </dd>
        </div>
      </dl>
      <div className="loop-actions">
        <CalendarButton loopId={loop.id} token={token} candidateName={loop.candidateName} />
        <LiveStatus />
      </div>
      {loop.isDemo ? (
        <p className="loop-demo-note">
          This is a demo loop with sample people: open another person’s link, or use “Switch person” at the top, to see each role’s screen. Each tab keeps the person it shows.
        </p>
      ) : null}
    </header>
  );
}
