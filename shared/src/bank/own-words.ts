import { describeDataPoint, slotLabel, type DataPointSlot, type DataPointValue, type TeamOwner } from '../scorecard/data-point-values.js';

// The story card's data points speak of the candidate ("their own team"); the bank's owner
// reads about themselves, so the same values are worded for them here (no zod: the bank page).

export const OWN_TEAM_OWNER_LABELS: Record<TeamOwner, string> = { candidate: 'your own team', shared: 'a team you worked in', other: "someone else's team" };

/** A slot as the bank page names it: "Your role" rather than the card's "Their role". */
export function ownSlotLabel(slot: DataPointSlot): string {
  return slot === 'role' ? 'Your role' : slotLabel(slot);
}

/** A value in the owner's words: "6 people, your own team", otherwise as the card says it. */
export function describeOwnPoint(value: DataPointValue): string {
  if (value.kind === 'team') return `${value.size} ${value.size === 1 ? 'person' : 'people'}, ${OWN_TEAM_OWNER_LABELS[value.whose]}`;
  return describeDataPoint(value);
}

/** Whether two values say the same thing (a confirmed value and the text's reading of it). */
export function samePoint(a: DataPointValue, b: DataPointValue): boolean {
  return JSON.stringify(Object.entries(a).sort()) === JSON.stringify(Object.entries(b).sort());
}
