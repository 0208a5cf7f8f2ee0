import { ParticipantLink } from '@mockloop/shared/loop/view';
import type { ParticipantRole } from '@mockloop/shared/scales';

/**
 * What the wizard hands the links page in router state. Links are shown once and never
 * fetched again (only token hashes are stored), so without this state there is nothing to show.
 */
export interface LinksPageState {
  links: ParticipantLink[];
  /** Round titles by position - 1, so each interviewer's link can say which round it is for. */
  roundTitles: string[];
  /** A demo loop: each link may be opened here, in a new tab, as that person. */
  isDemo?: boolean;
  /** The organizer is the candidate: the links do not say which is the Bar Raiser's. */
  organizerIsCandidate?: boolean;
}

const Links = ParticipantLink.array();

export function readLinksState(state: unknown): LinksPageState | null {
  if (typeof state !== 'object' || state === null) return null;
  const { links, roundTitles, isDemo, organizerIsCandidate } = state as { links?: unknown; roundTitles?: unknown; isDemo?: unknown; organizerIsCandidate?: unknown };
  const parsed = Links.safeParse(links);
  if (!parsed.success || parsed.data.length === 0) return null;
  const titles = Array.isArray(roundTitles) ? roundTitles.map((title) => (typeof title === 'string' ? title : '')) : [];
  return { links: parsed.data, roundTitles: titles, isDemo: isDemo === true, organizerIsCandidate: organizerIsCandidate === true };
}

const ROLE_ORDER: Record<ParticipantRole, number> = { organizer: 0, candidate: 1, interviewer: 2, shadow: 3 };

/** Organizer, candidate, then interviewers and shadows in round order. */
export function sortLinks(links: readonly ParticipantLink[]): ParticipantLink[] {
  return [...links].sort(
    (a, b) => ROLE_ORDER[a.role] - ROLE_ORDER[b.role] || (a.roundPosition ?? 0) - (b.roundPosition ?? 0) || a.name.localeCompare(b.name),
  );
}

export const ROLE_LABELS: Record<ParticipantRole, string> = {
  organizer: 'Organizer (you)',
  candidate: 'Candidate',
  interviewer: 'Interviewer',
  shadow: 'Shadow',
};
