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
      {organizer && organizer.uncoveredLps.length > 0 ? <UncoveredLps lps={organizer.uncoveredLps} /> : null}
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
