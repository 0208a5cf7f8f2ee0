import type { PlannedLoop, SeriesNote, SeriesSettings, SeriesViolation } from './series-schema.js';
import { countOf, pairKey, tallyOf } from './tally.js';

type NotesInput = {
  input: SeriesSettings;
  loops: readonly PlannedLoop[];
  /** Per loop: whether anyone in it had interviewed before it. */
  experienced: readonly boolean[];
  perMember: number;
  violations: readonly SeriesViolation[];
  name: (id: string) => string;
};

/** The planner's reasons, in the words the organizer reads beside the plan. */
export function seriesNotes({ input, loops, experienced, perMember, violations, name }: NotesInput): SeriesNote[] {
  const notes: SeriesNote[] = [];
  const rounds = input.roundsPerLoop;
  const onlyInterview = input.members.filter((m) => !m.wantsToBeCandidate);
  notes.push({
    loop: null,
    text: `${loops.length} loop${loops.length === 1 ? '' : 's'} of ${rounds} rounds: each member who asked to be a candidate is one once${
      onlyInterview.length > 0 ? `; ${onlyInterview.map((m) => m.name).join(', ')} only interview${onlyInterview.length === 1 ? 's' : ''}` : ''
    }.`,
  });
  notes.push({ loop: null, text: loadSentence(input, loops, name) });
  if (perMember > 1) {
    notes.push({ loop: null, text: `With ${input.members.length} members, a loop has only ${input.members.length - 1} possible interviewers for ${rounds} rounds, so some take two rounds of the same loop.` });
  }
  const history = tallyOf(input.history);
  if (input.history.length > 0) {
    const repeats = violations.filter((v) => v.rule === 'repeat-pairing' && v.text.includes('earlier loop')).length;
    notes.push({
      loop: null,
      text: repeats === 0 ? `Nobody interviews a candidate they interviewed in the ${input.history.length} earlier loop${input.history.length === 1 ? '' : 's'}.` : `${repeats} interviewer${repeats === 1 ? ' meets a candidate' : 's meet candidates'} again: no balanced plan avoids it.`,
    });
  }
  const running = tallyOf(input.history);
  loops.forEach((loop, k) => {
    const br = loop.barRaiserId;
    const interviews = countOf(running.interviews, br);
    const turns = countOf(running.barRaiserTurns, br);
    const why = experienced[k]
      ? `has interviewed ${interviews} round${interviews === 1 ? '' : 's'} before and been Bar Raiser ${turns === 0 ? 'never' : `${turns} time${turns === 1 ? '' : 's'}`}, the fewest among those with experience in this loop`
      : 'nobody in this loop has interviewed before, so the Bar Raiser turn starts here';
    notes.push({ loop: k, text: `${name(br)} is Bar Raiser for ${name(loop.candidateId)}: ${why}.` });
    for (const id of new Set(loop.interviewerIds)) {
      if (countOf(history.meetings, pairKey(id, loop.candidateId)) > 0) notes.push({ loop: k, text: `${name(id)} interviewed ${name(loop.candidateId)} before; no balanced plan avoids it.` });
    }
    for (const id of loop.interviewerIds) running.interviews.set(id, countOf(running.interviews, id) + 1);
    running.barRaiserTurns.set(br, turns + 1);
  });
  return notes;
}

function loadSentence(input: SeriesSettings, loops: readonly PlannedLoop[], name: (id: string) => string): string {
  const loads = new Map(input.members.map((m) => [m.id, 0]));
  for (const loop of loops) for (const id of loop.interviewerIds) loads.set(id, (loads.get(id) ?? 0) + 1);
  const values = [...loads.values()];
  const low = Math.min(...values);
  const high = Math.max(...values);
  if (low === high) return `Everyone interviews ${low} round${low === 1 ? '' : 's'}.`;
  const more = [...loads].filter(([, n]) => n === high).map(([id]) => name(id));
  const balanced = high - low <= 1;
  return `${balanced ? 'Shares differ by one round at most' : 'The group cannot share the rounds evenly'}: ${more.join(', ')} interview${more.length === 1 ? 's' : ''} ${high}, the others ${low}${high - low > 1 ? ' or more' : ''}${
    input.history.length > 0 && balanced ? ' (extra rounds go to those who interviewed least before)' : ''
  }.`;
}
