import { and, eq, sql, type SQL } from 'drizzle-orm';
import { MAX_ASKED, MAX_STORIES, type PatchOp, type ScorecardPatch, type StoryCard } from '@mockloop/shared';
import { rowsOf, type Database } from '../db/database.js';
import { lpRatings, rounds, scorecards, stories } from '../db/schema.js';
import { sharedBankStory } from './banks.js';
import { DomainError } from '../domain/errors.js';

/**
 * The autosave path of the scorecard repository: patches applied exactly once, written in
 * groups so concurrent autosaves share statements and commits.
 */

type Tx = Parameters<Parameters<Database['transaction']>[0]>[0];
/**
 * Applies one autosave exactly once: the (client, seq) pair is recorded in the same
 * transaction as the edits, so a replayed patch finds it and changes nothing. The caller
 * acks only after this returns, i.e. after the commit.
 *
 * Patches are written in groups (see `createAutosaveWriter`): those that arrive while
 * earlier ones are being stored share one statement and one commit, which is what lets one
 * process keep up with hundreds of interviewers typing at once.
 */
export async function applyPatch(db: Database, patch: ScorecardPatch, authorId: string): Promise<{ version: number; duplicate: boolean; loopId: string }> {
  let writer = writers.get(db);
  if (!writer) writers.set(db, (writer = createAutosaveWriter(db)));
  return writer.submit(patch, authorId);
}

type PatchResult = { version: number; duplicate: boolean; loopId: string };

/** One queued autosave: the ops that only set scorecard columns are folded into `row`. */
type Pending = {
  patch: ScorecardPatch;
  authorId: string;
  row: { strengths: string | null; concerns: string | null; summary: string | null; set_vote: boolean; vote: string | null };
  /** Ops that touch other rows (ratings, stories, asked questions), applied one by one. */
  rest: PatchOp[];
  resolve(result: PatchResult): void;
  reject(error: unknown): void;
};

const writers = new WeakMap<Database, ReturnType<typeof createAutosaveWriter>>();
/** Patches stored by one statement at most. */
const MAX_BATCH = 200;
/** Groups being written at once; the rest of the pool stays free for everything else. */
const MAX_IN_FLIGHT = 3;

/**
 * Group commit for autosaves. A patch is written at once when a connection is free;
 * patches arriving meanwhile queue and go together in the next group, so under load the
 * commits (and round trips) per patch fall instead of the queue growing. A scorecard has
 * at most one patch in flight: its patches are applied in the order they arrived.
 */
function createAutosaveWriter(db: Database) {
  let queue: Pending[] = [];
  const busy = new Set<string>();
  let inFlight = 0;
  let scheduled = false;

  function schedule() {
    if (scheduled) return;
    scheduled = true;
    // After this turn's I/O callbacks, so patches that arrived together are written together.
    setImmediate(flush);
  }

  function flush() {
    scheduled = false;
    while (inFlight < MAX_IN_FLIGHT) {
      const group = take();
      if (group.length === 0) return;
      inFlight++;
      void write(group).finally(() => {
        inFlight--;
        for (const p of group) busy.delete(p.patch.scorecardId);
        if (queue.length) schedule();
      });
    }
  }

  /** The oldest queued patch of every scorecard that has none in flight. */
  function take(): Pending[] {
    const group: Pending[] = [];
    const left: Pending[] = [];
    const taken = new Set<string>();
    for (const p of queue) {
      const id = p.patch.scorecardId;
      if (group.length >= MAX_BATCH || busy.has(id) || taken.has(id)) left.push(p);
      else {
        taken.add(id);
        group.push(p);
      }
    }
    queue = left;
    for (const id of taken) busy.add(id);
    return group;
  }

  async function write(group: Pending[]) {
    try {
      const results = await storePatches(db, group);
      group.forEach((p, i) => settle(p, results[i]!));
    } catch (error) {
      if (group.length === 1) return group[0]!.reject(error);
      // The failed group stored nothing; write each alone so one bad patch fails alone.
      for (const p of group) {
        await storePatches(db, [p]).then(([result]) => settle(p, result!), p.reject);
      }
    }
  }

  return {
    submit(patch: ScorecardPatch, authorId: string): Promise<PatchResult> {
      return new Promise((resolve, reject) => {
        queue.push({ patch, authorId, ...splitOps(patch.ops), resolve, reject });
        schedule();
      });
    },
  };
}

type Outcome = PatchResult | 'not-found' | 'locked' | { expectedSeq: number };

function settle(p: Pending, outcome: Outcome) {
  if (outcome === 'not-found') p.reject(new DomainError('not-found', 'No such scorecard of yours.'));
  else if (outcome === 'locked') p.reject(new DomainError('locked', 'This scorecard was submitted and can no longer change.'));
  else if ('expectedSeq' in outcome) p.reject(outOfOrder(outcome.expectedSeq));
  else p.resolve(outcome);
}

function outOfOrder(expectedSeq: number) {
  return new DomainError('out-of-order', `This tab's patch ${expectedSeq} has not been applied yet; send the patches in order from there.`, { expectedSeq });
}

function splitOps(ops: PatchOp[]): Pick<Pending, 'row' | 'rest'> {
  const row: Pending['row'] = { strengths: null, concerns: null, summary: null, set_vote: false, vote: null };
  const rest: PatchOp[] = [];
  for (const op of ops) {
    if (op.op === 'setText') row[op.field] = op.value;
    else if (op.op === 'setVote') {
      row.set_vote = true;
      row.vote = op.value;
    } else rest.push(op);
  }
  return { row, rest };
}

type StoredRow = {
  i: number;
  interviewer_id: string | null;
  status: string | null;
  version: number | null;
  loop_id: string | null;
  new_version: number | null;
  last_seq: number;
};

/**
 * Stores a group of patches (at most one per scorecard) in one transaction: lock the cards,
 * then, on what is committed by then, apply each patch whose seq follows its tab's last
 * applied one, record its (client, seq), and check the card's limits. Returns one outcome
 * per patch; a limit passed throws, so nothing of the group is stored.
 */
async function storePatches(db: Database, group: Pending[]): Promise<Outcome[]> {
  const input = JSON.stringify(
    group.map((p, i) => ({ i, scorecard_id: p.patch.scorecardId, author_id: p.authorId, client_id: p.patch.clientId, seq: p.patch.seq, ...p.row })),
  );
  return db.transaction(async (tx) => {
    // A statement of its own, so the next one reads what concurrent writers committed before we got the locks.
    await tx.execute(lockStatement(input));
    const rows = rowsOf<StoredRow>(await tx.execute(storeStatement(input)));
    const outcomes: Outcome[] = [];
    for (const row of rows.sort((a, b) => a.i - b.i)) {
      const p = group[row.i]!;
      const last = Number(row.last_seq);
      if (row.interviewer_id === null || row.interviewer_id !== p.authorId) outcomes.push('not-found');
      else if (row.new_version !== null) {
        for (const op of p.rest) await applyOp(tx, p.patch.scorecardId, op, {});
        if (p.rest.some((op) => op.op === 'addStory' || op.op === 'markAsked')) await refuseGrowthPastLimits(tx, p.patch.scorecardId);
        outcomes.push({ version: Number(row.new_version), duplicate: false, loopId: row.loop_id! });
      } else if (p.patch.seq <= last) outcomes.push({ version: Number(row.version), duplicate: true, loopId: row.loop_id! });
      else if (row.status !== 'draft') outcomes.push('locked');
      else outcomes.push({ expectedSeq: last + 1 });
    }
    return outcomes;
  });
}

/** A card never grows past what its draft schema reads back, checked after the writes, under the lock. */
async function refuseGrowthPastLimits(tx: Tx, scorecardId: string) {
  const [held] = rowsOf<{ stories: number; asked: number }>(
    await tx.execute(sql`select (select count(*) from stories where scorecard_id = ${scorecardId})::int as stories,
      jsonb_array_length(asked_question_ids)::int as asked from scorecards where id = ${scorecardId}`),
  );
  if (!held) return;
  if (held.stories > MAX_STORIES) throw new DomainError('bad-request', `A scorecard holds at most ${MAX_STORIES} stories.`);
  if (held.asked > MAX_ASKED) throw new DomainError('bad-request', `A scorecard records at most ${MAX_ASKED} asked questions.`);
}

const inputRows = (input: string) => sql`jsonb_to_recordset(${input}::jsonb) as v(
    i int, scorecard_id uuid, author_id uuid, client_id text, seq int,
    strengths text, concerns text, summary text, set_vote boolean, vote text)`;

// Rows are locked in id order so concurrent groups (or other processes) cannot deadlock.
const lockStatement = (input: string) => sql`
select s.id from scorecards s
where s.id in (select scorecard_id from ${inputRows(input)})
order by s.id
for update`;

// A patch is applied only if its seq follows the last one its tab had applied on this card:
// pipelined patches of one tab land in seq order whatever the batching or the process.
const storeStatement = (input: string) => sql`
with input as (
  select * from ${inputRows(input)}
),
card as (
  select s.id, s.interviewer_id, s.status, s.version, r.loop_id
  from scorecards s join rounds r on r.id = s.round_id
  where s.id in (select scorecard_id from input)
),
last as (
  select input.i, coalesce(
    (select p.seq from scorecard_patches p
     where p.scorecard_id = input.scorecard_id and p.client_id = input.client_id
     order by p.seq desc limit 1), 0) as seq
  from input
),
recorded as (
  insert into scorecard_patches (scorecard_id, client_id, seq, resulting_version)
  select input.scorecard_id, input.client_id, input.seq, card.version + 1
  from input join card on card.id = input.scorecard_id join last on last.i = input.i
  where card.interviewer_id = input.author_id and card.status = 'draft' and input.seq = last.seq + 1
  on conflict do nothing
  returning scorecard_id
),
updated as (
  update scorecards s set
    strengths = coalesce(input.strengths, s.strengths),
    concerns = coalesce(input.concerns, s.concerns),
    summary = coalesce(input.summary, s.summary),
    vote = case when input.set_vote then input.vote else s.vote end,
    version = s.version + 1,
    updated_at = now()
  from input
  where s.id = input.scorecard_id and s.id in (select scorecard_id from recorded)
  returning s.id, s.version
)
select input.i, card.interviewer_id, card.status, card.version, card.loop_id, updated.version as new_version, last.seq as last_seq
from input
join last on last.i = input.i
left join card on card.id = input.scorecard_id
left join updated on updated.id = input.scorecard_id`;

async function applyOp(tx: Tx, scorecardId: string, op: PatchOp, fields: Partial<typeof scorecards.$inferInsert>) {
  switch (op.op) {
    case 'setText':
      fields[op.field] = op.value;
      return;
    case 'setVote':
      fields.vote = op.value;
      return;
    case 'setRating':
      return upsertRating(tx, scorecardId, op.lpId, { rating: op.value });
    case 'setEvidence':
      return upsertRating(tx, scorecardId, op.lpId, { evidence: op.value });
    case 'setNotAssessedReason':
      return upsertRating(tx, scorecardId, op.lpId, { notAssessedReason: op.value });
    case 'addStory':
      return addStory(tx, scorecardId, op.story);
    case 'setStoryText':
      return updateStory(tx, scorecardId, op.storyId, { [op.field]: op.value });
    case 'setStoryLps':
      return updateStory(tx, scorecardId, op.storyId, { lps: op.value });
    case 'setStoryFlags':
      return updateStory(tx, scorecardId, op.storyId, { flags: op.value });
    case 'setStoryDataPoint': {
      // One slot of the JSON at a time, so two tabs deciding different slots both keep theirs.
      const dataPoints = op.entry
        ? sql`${stories.dataPoints} || jsonb_build_object(${op.slot}::text, ${JSON.stringify(op.entry)}::jsonb)`
        : sql`${stories.dataPoints} - ${op.slot}::text`;
      return updateStory(tx, scorecardId, op.storyId, { dataPoints });
    }
    case 'setStoryBankLink':
      await refuseUnsharedBankStory(tx, scorecardId, op.bankStoryId);
      return updateStory(tx, scorecardId, op.storyId, { bankStoryId: op.bankStoryId });
    case 'removeStory':
      await tx.delete(stories).where(and(eq(stories.id, op.storyId), eq(stories.scorecardId, scorecardId)));
      return;
    case 'markAsked':
      await tx
        .update(scorecards)
        .set({ askedQuestionIds: sql`case when ${scorecards.askedQuestionIds} @> ${JSON.stringify([op.questionId])}::jsonb then ${scorecards.askedQuestionIds} else ${scorecards.askedQuestionIds} || ${JSON.stringify([op.questionId])}::jsonb end` })
        .where(eq(scorecards.id, scorecardId));
      return;
  }
}

async function upsertRating(tx: Tx, scorecardId: string, lpId: string, change: Partial<typeof lpRatings.$inferInsert>) {
  await tx
    .insert(lpRatings)
    .values({ scorecardId, lpId, ...change })
    .onConflictDoUpdate({ target: [lpRatings.scorecardId, lpRatings.lpId], set: change });
}

/** A card links only to a story of the bank its loop's candidate shares, checked under the card's lock. */
async function refuseUnsharedBankStory(tx: Tx, scorecardId: string, bankStoryId: string | null | undefined) {
  if (!bankStoryId) return;
  const [card] = await tx.select({ loopId: rounds.loopId }).from(scorecards).innerJoin(rounds, eq(rounds.id, scorecards.roundId)).where(eq(scorecards.id, scorecardId));
  if (!card || !(await sharedBankStory(tx, card.loopId, bankStoryId))) {
    throw new DomainError('not-found', "No such story in the bank the candidate shares with this loop.");
  }
}

async function addStory(tx: Tx, scorecardId: string, story: StoryCard) {
  await refuseUnsharedBankStory(tx, scorecardId, story.bankStoryId);
  const [{ next } = { next: 0 }] = await tx
    .select({ next: sql<number>`coalesce(max(${stories.position}), -1)::int + 1` })
    .from(stories)
    .where(eq(stories.scorecardId, scorecardId));
  await tx.insert(stories).values({ ...story, scorecardId, position: next }).onConflictDoNothing();
}

type StoryChange = { [K in keyof typeof stories.$inferInsert]?: (typeof stories.$inferInsert)[K] | SQL };

async function updateStory(tx: Tx, scorecardId: string, storyId: string, change: StoryChange) {
  await tx
    .update(stories)
    .set({ ...change, updatedAt: new Date() })
    .where(and(eq(stories.id, storyId), eq(stories.scorecardId, scorecardId)));
}

