import { z } from 'zod';
import type { AckCallback } from '../api/errors.js';
import type { ClockState } from '../clock/clock-state.js';
import type { DebriefChanged } from '../debrief/board.js';
import type { PatchAck, ScorecardPatch, ScorecardPatched } from '../scorecard/patch.js';
import type { Scorecard } from '../scorecard/draft.js';
import type { DataPointSuggestions, SuggestDataPoints } from '../scorecard/data-points.js';
import type { QuestionShown, ScorecardRef, ShowQuestion } from '../scorecard/contract.js';
import type { OpenWhiteboard, WhiteboardAck, WhiteboardScene, WhiteboardUpdate, WhiteboardUpdated } from '../whiteboard/contract.js';
import type { WritingChanged, WritingExercise, WritingPatch, WritingPatchAck, WritingLoopRef, WritingPatched, WritingRef } from '../writing/contract.js';
import type { CallJoined, CallPeerJoined, CallPeerLeft, CallSignal, CallSignalled, JoinCall } from '../media/call.js';
import type { ClockFact, EnterRoom, ExtendClock, LiveSnapshot, PresenceEntry, PresenceFact, RoundRef } from './live.js';

/** Handshake auth payload: the invite token travels here, never in a query string. */
export const SocketAuth = z.object({ token: z.string().min(1).max(200) });
export type SocketAuth = z.infer<typeof SocketAuth>;

export const PingPayload = z.object({ clientSendAt: z.number().finite() });
export type PingPayload = z.infer<typeof PingPayload>;
export type Pong = { clientSendAt: number; serverAt: number };

/**
 * Commands the client sends (`feature:verb`), each answered by an ack.
 * Later features extend these maps; the server registers one handler per key.
 */
export interface ClientToServerEvents {
  'time:ping': (payload: PingPayload, ack: AckCallback<Pong>) => void;
  /** Full state of the caller's loop: clocks and presence. Sent on every (re)connect. */
  'live:snapshot': (payload: Record<string, never>, ack: AckCallback<LiveSnapshot>) => void;
  /** Tells the others which page this socket has open (presence). */
  'presence:enter': (payload: EnterRoom, ack: AckCallback<PresenceEntry[]>) => void;
  'clock:start': (payload: RoundRef, ack: AckCallback<ClockState>) => void;
  'clock:pause': (payload: RoundRef, ack: AckCallback<ClockState>) => void;
  'clock:resume': (payload: RoundRef, ack: AckCallback<ClockState>) => void;
  'clock:extend': (payload: ExtendClock, ack: AckCallback<ClockState>) => void;
  'clock:end': (payload: RoundRef, ack: AckCallback<ClockState>) => void;
  /** The caller's own scorecard for their round (created empty on first open). */
  'scorecard:open': (payload: RoundRef, ack: AckCallback<Scorecard>) => void;
  /** Autosave: applied exactly once per (clientId, seq), acked after it is stored. */
  'scorecard:patch': (payload: ScorecardPatch, ack: AckCallback<PatchAck>) => void;
  /** Checks completeness, then locks the scorecard. */
  'scorecard:submit': (payload: ScorecardRef, ack: AckCallback<Scorecard>) => void;
  /** Data point suggestions for one story of the caller's scorecard, read from its saved notes. */
  'scorecard:suggest': (payload: SuggestDataPoints, ack: AckCallback<DataPointSuggestions>) => void;
  'question:show': (payload: ShowQuestion, ack: AckCallback<QuestionShown>) => void;
  /** The round's whiteboard scene; from then on this socket hears `whiteboard:updated`. */
  'whiteboard:open': (payload: OpenWhiteboard, ack: AckCallback<WhiteboardScene>) => void;
  /** Changed elements, applied exactly once and in order per (round, clientId). */
  'whiteboard:update': (payload: WhiteboardUpdate, ack: AckCallback<WhiteboardAck>) => void;
  /** Voice and video (docs/socket-events.md#call): join the round's call, leave it, signal a peer. */
  'call:join': (payload: JoinCall, ack: AckCallback<CallJoined>) => void;
  'call:leave': (payload: JoinCall, ack: AckCallback<null>) => void;
  'call:signal': (payload: CallSignal, ack: AckCallback<null>) => void;
  /** The candidate's writing exercise with their text (a snapshot on every (re)connect). */
  'writing:open': (payload: WritingLoopRef, ack: AckCallback<WritingExercise>) => void;
  /** A timed exercise's clock starts now (the candidate, once). */
  'writing:start': (payload: WritingRef, ack: AckCallback<WritingExercise>) => void;
  /** Autosave of the text: applied exactly once per (clientId, seq), in seq order, acked after it is stored. */
  'writing:patch': (payload: WritingPatch, ack: AckCallback<WritingPatchAck>) => void;
  /** Checks the length, then locks the text for the reviewers. */
  'writing:submit': (payload: WritingRef, ack: AckCallback<WritingExercise>) => void;
}

/** Facts the server broadcasts, named in the past tense. */
export interface ServerToClientEvents {
  'server:shutting-down': (payload: { reconnectInMs: number }) => void;
  /** Something in the loop changed (links opened, rounds, scorecard progress): refetch the view. */
  'loop:changed': (payload: LoopChanged) => void;
  'clock:started': (payload: ClockFact) => void;
  'clock:paused': (payload: ClockFact) => void;
  'clock:resumed': (payload: ClockFact) => void;
  'clock:extended': (payload: ClockFact) => void;
  'clock:ended': (payload: ClockFact) => void;
  'presence:changed': (payload: PresenceFact) => void;
  /** To the author's other tabs: replay these ops. */
  'scorecard:patched': (payload: ScorecardPatched) => void;
  'scorecard:submitted': (payload: { scorecardId: string; roundId: string }) => void;
  'question:shown': (payload: QuestionShown) => void;
  /** To interviewers: the debrief moved (phase, spotlight, reads, votes); re-read the board. */
  'debrief:changed': (payload: DebriefChanged) => void;
  /** To the sockets that opened the round's whiteboard, except the sender: merge these elements. */
  'whiteboard:updated': (payload: WhiteboardUpdated) => void;
  'call:peer-joined': (payload: CallPeerJoined) => void;
  'call:peer-left': (payload: CallPeerLeft) => void;
  /** To the target peer's sockets only. */
  'call:signal': (payload: CallSignalled) => void;
  /** To the candidate's other tabs: replay these ops. */
  'writing:patched': (payload: WritingPatched) => void;
  /** To the loop: the writing exercise started, was submitted or was locked by its deadline. */
  'writing:changed': (payload: WritingChanged) => void;
}

export type LoopChanged = { loopId: string; what: 'participants' | 'rounds' | 'scorecards' | 'debrief' | 'writing' | 'bank' };

export type InterServerEvents = Record<string, never>;

/**
 * Every command a client may send, at runtime: the authorisation matrix and the fuzz tests
 * enumerate it, so a new command without a row in them fails the suite.
 */
export const CLIENT_COMMANDS = [
  'time:ping',
  'live:snapshot',
  'presence:enter',
  'clock:start',
  'clock:pause',
  'clock:resume',
  'clock:extend',
  'clock:end',
  'scorecard:open',
  'scorecard:patch',
  'scorecard:submit',
  'scorecard:suggest',
  'question:show',
  'whiteboard:open',
  'whiteboard:update',
  'call:join',
  'call:leave',
  'call:signal',
  'writing:open',
  'writing:start',
  'writing:patch',
  'writing:submit',
] as const satisfies readonly (keyof ClientToServerEvents)[];
export type ClientCommand = (typeof CLIENT_COMMANDS)[number];
/** Does not compile while a key of ClientToServerEvents is missing from CLIENT_COMMANDS. */
export type EveryClientCommandListed = AssertTrue<[Exclude<keyof ClientToServerEvents, ClientCommand>] extends [never] ? true : false>;
type AssertTrue<T extends true> = T;
