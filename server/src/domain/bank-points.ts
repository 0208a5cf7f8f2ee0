import { suggestDataPoints, type StarText } from '@mockloop/shared/stories/data-points';
import { DATA_POINT_SLOTS, type ConflictKind, type StoryDataPoints } from '@mockloop/shared';
import type { DataPointSlot } from '@mockloop/shared/scorecard/data-point-values';

/** A story's data points with the slots filled from its text, and which slots those were. */
export type PointsWithReadings = { points: StoryDataPoints; read: ReadonlySet<DataPointSlot> };

/**
 * A story's data points plus, for each slot the other story confirmed and this one left
 * undecided, the value the checker reads from this story's text (what the bank page and the
 * room suggest). A confirmed data point is then compared with what the other story says,
 * instead of being set aside because only one side confirmed it. A slot this side dismissed
 * stays unread; a team read as someone else's, or a measure in another unit, is not compared.
 */
export function withReadings(points: StoryDataPoints, text: StarText, other: StoryDataPoints, candidateName = ''): PointsWithReadings {
  const wanted = DATA_POINT_SLOTS.filter((slot) => other[slot]?.status === 'confirmed' && points[slot] === undefined);
  if (wanted.length === 0) return { points, read: new Set() };
  const filled: StoryDataPoints = { ...points };
  const read = new Set<DataPointSlot>();
  for (const s of suggestDataPoints(text, candidateName)) {
    const theirs = other[s.slot];
    if (!wanted.includes(s.slot) || theirs?.status !== 'confirmed') continue;
    if (s.value.kind === 'team' && theirs.value.kind === 'team' && s.value.whose !== theirs.value.whose) continue;
    filled[s.slot] = { status: 'confirmed', value: s.value, phrase: s.phrase };
    read.add(s.slot);
  }
  return { points: filled, read };
}

/** Whether a kind was compared on a value read from this side's text. */
export function readFor(side: PointsWithReadings, kind: ConflictKind): boolean {
  return [...side.read].some((slot) => (kind === 'timeline' ? slot.startsWith('duration:') : slot === kind));
}
