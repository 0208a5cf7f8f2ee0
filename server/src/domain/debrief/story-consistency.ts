import { checkStories } from '@mockloop/shared/stories/index';
import type { BoardConflict, BoardInterviewer, BoardStory, ConflictKind, DebriefBoard, LpId, StoryConflict } from '@mockloop/shared';
import { compareConfirmed } from './confirmed.js';
import { conflictReason } from './conflict-reasons.js';

const kindOfSlot = (slot: string): string => (slot.startsWith('duration:') ? 'timeline' : slot);

/** Whether the story's interviewer dismissed a suggestion of this kind read from (about) this phrase. */
function rejected(story: BoardStory, kind: ConflictKind, phrase: string): boolean {
  const quoted = phrase.toLowerCase();
  return Object.entries(story.dataPoints).some(([slot, entry]) => {
    const own = entry?.status === 'dismissed' ? entry.phrase?.toLowerCase() : undefined;
    return kindOfSlot(slot) === kind && !!own && (own.includes(quoted) || quoted.includes(own));
  });
}

/** A flag the Bar Raiser dismissed; story ids in sorted order. */
export type Dismissal = { storyA: string; storyB: string; kind: ConflictKind; reason: string; dismissedBy: string; dismissedAt: Date };

/** The two stories of a flag in sorted order, as dismissals are stored. */
export function sortedPair(stories: readonly [string, string]): [string, string] {
  const [a, b] = stories.map((id) => id.toLowerCase()).sort();
  return [a!, b!];
}

const pairKey = (stories: readonly [string, string]) => sortedPair(stories).join('|');
/** The key of a flag whatever order its two stories come in. */
export const flagKey = (stories: readonly [string, string], kind: ConflictKind) => `${pairKey(stories)}|${kind}`;

type Consistency = Pick<DebriefBoard, 'storyGroups' | 'groups' | 'conflicts'>;

/**
 * The stories across rounds checked for consistency. The checker groups retellings and reads
 * facts from the notes; where both interviewers of a pair confirmed a data point of a kind,
 * that kind is compared on the confirmed values exactly and the checker's reading of it is
 * set aside. Each conflict says which it came from, and carries the Bar Raiser's dismissal.
 */
export function checkConsistency(stories: BoardStory[], candidateName: string, interviewers: BoardInterviewer[], dismissals: Dismissal[]): Consistency {
  const report = checkStories(
    stories.map((s) => ({
      id: s.id,
      round: s.roundPosition,
      lps: s.lps.length ? s.lps : (['ownership'] as LpId[]),
      question: s.questionText,
      situation: s.situation,
      task: s.task,
      action: s.action,
      result: s.result,
    })),
    { candidate: candidateName },
  );
  const byId = new Map(stories.map((s) => [s.id, s]));
  const dismissed = new Map(dismissals.map((d) => [flagKey([d.storyA, d.storyB], d.kind), d]));
  const nameOf = (participantId: string) => interviewers.find((i) => i.participantId === participantId)?.name ?? 'The Bar Raiser';
  const fromNotes = new Map<string, StoryConflict[]>();
  for (const c of report.conflicts) fromNotes.set(pairKey(c.stories), [...(fromNotes.get(pairKey(c.stories)) ?? []), c]);
  const conflicts: BoardConflict[] = [];
  const groups = report.groups.map((ids) => {
    const confirmedKinds = new Set<ConflictKind>();
    const setAsideKinds = new Set<ConflictKind>();
    for (let x = 0; x < ids.length; x++) {
      for (let y = x + 1; y < ids.length; y++) {
        const [a, b] = [byId.get(ids[x]!)!, byId.get(ids[y]!)!];
        const rounds: [number, number] = [a.roundPosition, b.roundPosition];
        const compared = compareConfirmed(a.dataPoints, b.dataPoints);
        for (const { kind, clash } of compared) {
          confirmedKinds.add(kind);
          if (clash) conflicts.push({ stories: [a.id, b.id], kind, detail: `${clash.values[0]} vs ${clash.values[1]}`, phrases: clash.phrases, basis: 'confirmed', reason: conflictReason(kind, rounds, clash.values), dismissal: null });
        }
        // The notes speak only for the kinds the interviewers did not both confirm.
        for (const note of fromNotes.get(pairKey([a.id, b.id])) ?? []) {
          if (compared.some((c) => c.kind === note.kind)) continue;
          const [first, second] = note.stories.map((id) => byId.get(id)!);
          // The interviewer dismissed this very reading of their notes: it is not held against the candidate.
          if (rejected(first!, note.kind, note.phrases[0]) || rejected(second!, note.kind, note.phrases[1])) {
            setAsideKinds.add(note.kind);
            continue;
          }
          conflicts.push({ stories: note.stories, kind: note.kind, detail: note.detail, phrases: note.phrases, basis: 'notes', reason: conflictReason(note.kind, [first!.roundPosition, second!.roundPosition]), dismissal: null });
        }
      }
    }
    const rounds = [...new Set(ids.map((id) => byId.get(id)!.roundPosition))].sort((p, q) => p - q);
    return { stories: ids, rounds, confirmedKinds: [...confirmedKinds], setAsideKinds: [...setAsideKinds] };
  });
  for (const conflict of conflicts) {
    const d = dismissed.get(flagKey(conflict.stories, conflict.kind));
    if (d) conflict.dismissal = { reason: d.reason, byName: nameOf(d.dismissedBy), at: d.dismissedAt.toISOString() };
  }
  return { storyGroups: report.groups, groups, conflicts };
}
