import { createContext, use } from 'react';

/** Who is looking at the board; every debrief component needs it to send commands. */
export type DebriefSession = {
  loopId: string;
  token: string;
  viewerId: string;
  isBarRaiser: boolean;
  candidateName: string;
};

export const DebriefSessionContext = createContext<DebriefSession | null>(null);

export function useDebriefSession(): DebriefSession {
  const session = use(DebriefSessionContext);
  if (!session) throw new Error('useDebriefSession outside the debrief board');
  return session;
}
