import { FlowGraph } from './min-cost-flow.js';
import { countOf, pairKey, type Tally } from './tally.js';

/**
 * Costs, strongest first: a member below their fair share of rounds, a member holding two
 * rounds of one loop, an interviewer meeting a candidate they met before, the extra round of
 * an uneven share going to someone who has interviewed a lot already, then the seed. Each
 * weight is larger than everything below it can add up to, so a weaker wish never buys a
 * stronger rule.
 */
const BELOW_SHARE = -10_000_000;
const DOUBLE_SEAT = 100_000;
const MET_BEFORE = 1_000;
const PAST_LOAD = 10;
const PAST_LOAD_CAP = 50;

export type SeatInput = {
  memberIds: readonly string[];
  candidateIds: readonly string[];
  rounds: number;
  /** Rounds one member may hold in one loop: 1, or 2 in a group too small for the loop. */
  seatsPerMember: number;
  history: Tally;
  /** Seeded jitter in 0..9 per (loop, member), so another seed gives another fair plan. */
  jitter: (loop: number, memberId: string) => number;
};

/**
 * Gives every loop `rounds` interviewers, never its own candidate, with every member's
 * number of rounds within one of everyone else's whenever the group can manage it. Solved
 * exactly as a min-cost flow (source -> loop -> member -> sink), so among balanced plans it
 * picks the one with the fewest double seats and repeat meetings. Returns null when the
 * seats cannot all be filled.
 */
export function assignSeats(input: SeatInput): string[][] | null {
  const { memberIds, candidateIds, rounds, seatsPerMember, history, jitter } = input;
  const loops = candidateIds.length;
  const total = loops * rounds;
  const share = Math.floor(total / memberIds.length);
  const uneven = total % memberIds.length !== 0;
  const source = 0;
  const sink = 1;
  const loopNode = (k: number) => 2 + k;
  const memberNode = (m: number) => 2 + loops + m;
  const graph = new FlowGraph(2 + loops + memberIds.length);

  const seatEdges: { loop: number; member: number; edge: number }[] = [];
  candidateIds.forEach((candidateId, k) => {
    graph.addEdge(source, loopNode(k), rounds, 0);
    memberIds.forEach((memberId, m) => {
      if (memberId === candidateId) return;
      const met = MET_BEFORE * countOf(history.meetings, pairKey(memberId, candidateId));
      const cost = met + jitter(k, memberId);
      seatEdges.push({ loop: k, member: m, edge: graph.addEdge(loopNode(k), memberNode(m), 1, cost) });
      // A second round with the same candidate is a repeat meeting too.
      if (seatsPerMember > 1) {
        seatEdges.push({ loop: k, member: m, edge: graph.addEdge(loopNode(k), memberNode(m), seatsPerMember - 1, cost + DOUBLE_SEAT + MET_BEFORE) });
      }
    });
  });
  memberIds.forEach((memberId, m) => {
    if (share > 0) graph.addEdge(memberNode(m), sink, share, BELOW_SHARE);
    if (uneven) graph.addEdge(memberNode(m), sink, 1, PAST_LOAD * Math.min(PAST_LOAD_CAP, countOf(history.interviews, memberId)));
    // Beyond share + 1 only when nothing else fills the seats; the balance note then says so.
    graph.addEdge(memberNode(m), sink, total, -BELOW_SHARE);
  });

  if (graph.run(source, sink, total) < total) return null;
  const seats: string[][] = candidateIds.map(() => []);
  for (const { loop, member, edge } of seatEdges) {
    for (let unit = 0; unit < graph.flowOn(edge); unit += 1) seats[loop]!.push(memberIds[member]!);
  }
  return seats;
}
