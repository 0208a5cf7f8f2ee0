import type { LoopView } from '@mockloop/shared';
import { Link } from 'wouter';
import { WritingLink } from '../writing/WritingLink';
import { AddQuestionForm } from './AddQuestionForm';
import { LoopHeader } from './LoopHeader';
import { ParticipantsTable } from './ParticipantsTable';
import { ScheduleTable } from './ScheduleTable';
import { ScorecardProgressTable } from './ScorecardProgressTable';
import { UncoveredLps } from './UncoveredLps';

/**
 * The organizer's view of the loop: schedule, links and progress, updating live. The organizer
 * may be the candidate practising alone, so it shows scorecard progress and never content.
 */
export function OrganizerDashboard({ view, token }: { view: LoopView; token: string }) {
  const { loop, rounds, organizer } = view;
  const participants = organizer?.participants ?? [];
  return (
    <>
      <LoopHeader
        view={view}
        token={token}
        eyebrow="Organizer dashboard"
        title={`${loop.candidateName}’s loop`}
        pageTitle={`Organizer dashboard: ${loop.candidateName}’s loop`}
      />
      {loop.organizerIsCandidate ? <CandidateModeNote /> : null}
      {organizer?.uncoveredLps && organizer.uncoveredLps.length > 0 ? <UncoveredLps lps={organizer.uncoveredLps} /> : null}
      <p>
        <Link className="button" to={`/loops/${loop.id}/feedback`}>Feedback</Link> <span className="text-muted">once the Bar Raiser publishes it</span>
      </p>
      <WritingLink view={view} role="organizer" />
      <ScheduleTable rounds={rounds} timeZone={loop.timeZone} />
      <ParticipantsTable
        loopId={loop.id}
        token={token}
        participants={participants}
        rounds={rounds}
        timeZone={loop.timeZone}
        viewerId={view.viewer.participantId}
      />
      <ScorecardProgressTable rounds={rounds} scorecards={organizer?.scorecards ?? []} participants={participants} />
      <AddQuestionForm loopId={loop.id} token={token} />
    </>
  );
}

/** Why this dashboard shows no LPs and no Bar Raiser: the organizer is the candidate. */
function CandidateModeNote() {
  return (
    <section className="loop-notice stack stack--tight" aria-labelledby="candidate-mode-title">
      <h2 id="candidate-mode-title" className="loop-notice__title">
        You are the candidate in this loop
      </h2>
      <p>
        MockLoop picked the Bar Raiser and gave each interviewer their Leadership Principles; this dashboard leaves both out,
        as a real loop would. You see people, times and progress, and the feedback once the Bar Raiser publishes it.
      </p>
    </section>
  );
}
