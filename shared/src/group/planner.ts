import { chooseBarRaiser, seatOrder } from './bar-raiser.js';
import { checkSeries, loadsOf, nameOf, seatsPerMember } from './check.js';
import { seriesNotes } from './notes.js';
import { seededRandom } from './random.js';
import { assignSeats } from './seats.js';
import { SeriesInput, type PlannedLoop, type SeriesPlan, type SeriesSettings } from './series-schema.js';
import { addLoop, tallyOf } from './tally.js';

/**
 * Plans a series of loops for a group. The rules, strongest first:
 * 1. Every member who wants to be a candidate is the candidate of exactly one loop, in the
 *    order the members are listed; nobody else is.
 * 2. Nobody interviews in their own loop, and every round has an interviewer.
 * 3. Every member interviews within one round of every other member, whenever the group
 *    can manage it.
 * 4. A member holds two rounds of one loop only when the group is too small for one each.
 * 5. An interviewer meets a candidate they interviewed in an earlier series only when no
 *    balanced plan avoids it.
 * 6. The extra rounds of an uneven share go to those who have interviewed least so far.
 * 7. Each loop's Bar Raiser has interviewed before (in the history or an earlier loop of
 *    the series) whenever one of its interviewers has, and has been Bar Raiser least.
 * The seed only chooses among plans these rules leave equal. Rules 2-6 are solved exactly
 * as one min-cost flow (`seats.ts`). Pure and deterministic; the plan carries plain-language
 * notes and the same `checkSeries` verdict a hand-adjusted plan would get.
 */
export function planSeries(raw: SeriesInput): SeriesPlan {
  const input = SeriesInput.parse(raw);
  const memberIds = input.members.map((m) => m.id);
  const candidateIds = input.members.filter((m) => m.wantsToBeCandidate).map((m) => m.id);
  const rounds = input.roundsPerLoop;
  const name = nameOf(input);
  const perMember = seatsPerMember(memberIds.length, rounds);
  if (candidateIds.length === 0) return emptyPlan(memberIds, 'Nobody in the group wants to be a candidate this time.');
  if ((memberIds.length - 1) * perMember < rounds) {
    return emptyPlan(memberIds, `A loop of ${rounds} rounds needs at least ${Math.ceil(rounds / 2) + 1} members; the group has ${memberIds.length}.`, true);
  }

  const random = seededRandom(input.seed ?? 0);
  const jitter = new Map<string, number>();
  candidateIds.forEach((_, k) => memberIds.forEach((id) => jitter.set(`${k}/${id}`, Math.floor(random() * 10))));
  const rank = new Map(shuffle([...memberIds], random).map((id, i) => [id, i]));
  const history = tallyOf(input.history);
  const seats = assignSeats({ memberIds, candidateIds, rounds, seatsPerMember: perMember, history, jitter: (k, id) => jitter.get(`${k}/${id}`) ?? 0 });
  if (!seats) return emptyPlan(memberIds, 'The rounds cannot all be filled with this group.', true);

  const memberOrder = new Map(memberIds.map((id, i) => [id, i]));
  const running = tallyOf(input.history);
  const loops: PlannedLoop[] = [];
  const experienced: boolean[] = [];
  candidateIds.forEach((candidateId, k) => {
    const choice = chooseBarRaiser(seats[k]!, running, (id) => rank.get(id) ?? 0);
    const loop = { candidateId, interviewerIds: seatOrder(seats[k]!, choice.barRaiserId, (id) => memberOrder.get(id) ?? 0), barRaiserId: choice.barRaiserId };
    loops.push(loop);
    experienced.push(choice.experienced);
    addLoop(running, loop);
  });

  const violations = checkSeries(input, loops);
  return {
    loops,
    loads: Object.fromEntries(loadsOf(memberIds, loops)),
    notes: seriesNotes({ input, loops, experienced, perMember, violations, name }),
    violations,
  };
}

/** The plan of an adjusted series: its loads, the organizer's loops as given, and the verdict. */
export function reviewSeries(raw: SeriesInput, loops: readonly PlannedLoop[]): SeriesPlan {
  const input: SeriesSettings = SeriesInput.parse(raw);
  const violations = checkSeries(input, loops);
  const notes = violations.length === 0 ? [{ loop: null, text: 'The adjusted series keeps every rule.' }] : [];
  return { loops: [...loops], loads: Object.fromEntries(loadsOf(input.members.map((m) => m.id), loops)), notes, violations };
}

function emptyPlan(memberIds: string[], text: string, error = false): SeriesPlan {
  return {
    loops: [],
    loads: Object.fromEntries(memberIds.map((id) => [id, 0])),
    notes: [{ loop: null, text }],
    violations: error ? [{ rule: 'too-few-members', severity: 'error', loop: null, memberIds: [], text }] : [],
  };
}

function shuffle<T>(items: T[], random: () => number): T[] {
  for (let i = items.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j] as T, items[i] as T];
  }
  return items;
}
