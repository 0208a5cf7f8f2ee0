import { sql } from 'drizzle-orm';
import {
  bigint,
  bigserial,
  boolean,
  check,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

/**
 * The whole MockLoop domain in one schema, shared by both drivers (Postgres and PGlite).
 * Text enums are checked by zod at the boundary and by CHECK constraints here, so a bad
 * value can never be stored by a bug that skipped validation.
 */

const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();
const updatedAt = () => timestamp('updated_at', { withTimezone: true }).notNull().defaultNow();

export const loops = pgTable(
  'loops',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    candidateName: text('candidate_name').notNull(),
    targetRole: text('target_role').notNull(),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    timeZone: text('time_zone').notNull(),
    focusLps: jsonb('focus_lps').$type<string[]>().notNull(),
    lpsPerInterviewer: jsonb('lps_per_interviewer').$type<{ min: number; max: number }>().notNull(),
    meetingUrl: text('meeting_url'),
    scorecardDueMinutes: integer('scorecard_due_minutes').notNull().default(60),
    isDemo: boolean('is_demo').notNull().default(false),
    /** The candidate organizes their own loop: their organizer view leaves out LPs and the Bar Raiser. */
    organizerIsCandidate: boolean('organizer_is_candidate').notNull().default(false),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    check(
      'loops_target_role',
      sql`${t.targetRole} in ('product-manager','product-manager-technical','software-development-engineer','other')`,
    ),
  ],
);

export const rounds = pgTable(
  'rounds',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    loopId: uuid('loop_id')
      .notNull()
      .references(() => loops.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    title: text('title').notNull(),
    kind: text('kind').notNull(),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    durationMinutes: integer('duration_minutes').notNull(),
    breakAfterMinutes: integer('break_after_minutes').notNull().default(0),
    phases: jsonb('phases').$type<{ key: string; label: string; minutes: number }[]>().notNull(),
    assignedLps: jsonb('assigned_lps').$type<string[]>().notNull(),
    meetingUrl: text('meeting_url'),
    /** The question the interviewer put on the candidate's screen ("show question"). */
    shownQuestion: text('shown_question'),
  },
  (t) => [
    uniqueIndex('rounds_loop_position').on(t.loopId, t.position),
    check('rounds_kind', sql`${t.kind} in ('behavioral','product-sense','technical','writing')`),
    check('rounds_duration', sql`${t.durationMinutes} between 15 and 90`),
  ],
);

export const participants = pgTable(
  'participants',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    loopId: uuid('loop_id')
      .notNull()
      .references(() => loops.id, { onDelete: 'cascade' }),
    role: text('role').notNull(),
    name: text('name').notNull(),
    email: text('email'),
    /** The round an interviewer runs or a shadow observes; null for organizer and candidate. */
    roundId: uuid('round_id').references(() => rounds.id, { onDelete: 'cascade' }),
    isBarRaiser: boolean('is_bar_raiser').notNull().default(false),
    /** SHA-256 of the invite token; the token itself is never stored. */
    tokenHash: text('token_hash').notNull(),
    tokenIssuedAt: timestamp('token_issued_at', { withTimezone: true }).notNull().defaultNow(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    firstOpenedAt: timestamp('first_opened_at', { withTimezone: true }),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('participants_token_hash').on(t.tokenHash),
    index('participants_loop').on(t.loopId),
    check('participants_role', sql`${t.role} in ('organizer','candidate','interviewer','shadow')`),
  ],
);

/** Stored as deadlines and offsets, never as a ticking counter. */
export const roundClocks = pgTable(
  'round_clocks',
  {
    roundId: uuid('round_id')
      .primaryKey()
      .references(() => rounds.id, { onDelete: 'cascade' }),
    status: text('status').notNull().default('scheduled'),
    durationMs: bigint('duration_ms', { mode: 'number' }).notNull(),
    extendedMs: bigint('extended_ms', { mode: 'number' }).notNull().default(0),
    startedAt: timestamp('started_at', { withTimezone: true, precision: 3 }),
    deadline: timestamp('deadline', { withTimezone: true, precision: 3 }),
    remainingAtPauseMs: bigint('remaining_at_pause_ms', { mode: 'number' }),
    endedAt: timestamp('ended_at', { withTimezone: true, precision: 3 }),
    endReason: text('end_reason'),
    version: integer('version').notNull().default(0),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('round_clocks_live_deadline').on(t.deadline).where(sql`${t.status} = 'running'`),
    check('round_clocks_status', sql`${t.status} in ('scheduled','running','paused','ended')`),
  ],
);

export const scorecards = pgTable(
  'scorecards',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    roundId: uuid('round_id')
      .notNull()
      .references(() => rounds.id, { onDelete: 'cascade' }),
    interviewerId: uuid('interviewer_id')
      .notNull()
      .references(() => participants.id, { onDelete: 'cascade' }),
    status: text('status').notNull().default('draft'),
    strengths: text('strengths').notNull().default(''),
    concerns: text('concerns').notNull().default(''),
    summary: text('summary').notNull().default(''),
    vote: text('vote'),
    askedQuestionIds: jsonb('asked_question_ids').$type<string[]>().notNull().default([]),
    /** Bumped by every applied autosave patch; clients converge on the highest. */
    version: integer('version').notNull().default(0),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('scorecards_round_interviewer').on(t.roundId, t.interviewerId),
    check('scorecards_status', sql`${t.status} in ('draft','submitted')`),
  ],
);

/** Exactly-once autosave: a (client, sequence) pair is applied at most once per scorecard. */
export const scorecardPatches = pgTable(
  'scorecard_patches',
  {
    scorecardId: uuid('scorecard_id')
      .notNull()
      .references(() => scorecards.id, { onDelete: 'cascade' }),
    clientId: text('client_id').notNull(),
    seq: integer('seq').notNull(),
    resultingVersion: integer('resulting_version').notNull(),
    appliedAt: timestamp('applied_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.scorecardId, t.clientId, t.seq] })],
);

export const lpRatings = pgTable(
  'lp_ratings',
  {
    scorecardId: uuid('scorecard_id')
      .notNull()
      .references(() => scorecards.id, { onDelete: 'cascade' }),
    lpId: text('lp_id').notNull(),
    rating: text('rating'),
    evidence: text('evidence').notNull().default(''),
    notAssessedReason: text('not_assessed_reason').notNull().default(''),
  },
  (t) => [
    primaryKey({ columns: [t.scorecardId, t.lpId] }),
    check('lp_ratings_rating', sql`${t.rating} is null or ${t.rating} in ('raises-the-bar','meets','below','not-assessed')`),
  ],
);

/** A story the candidate told, captured in STAR form by the interviewer. */
export const stories = pgTable(
  'stories',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    scorecardId: uuid('scorecard_id')
      .notNull()
      .references(() => scorecards.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    questionId: text('question_id'),
    questionText: text('question_text').notNull().default(''),
    lps: jsonb('lps').$type<string[]>().notNull().default([]),
    situation: text('situation').notNull().default(''),
    task: text('task').notNull().default(''),
    action: text('action').notNull().default(''),
    result: text('result').notNull().default(''),
    notes: text('notes').notNull().default(''),
    flags: jsonb('flags').$type<string[]>().notNull().default([]),
    /** Confirmed or dismissed data points by slot, checked by the StoryDataPoints schema on the way in. */
    dataPoints: jsonb('data_points').$type<Record<string, unknown>>().notNull().default({}),
    /** "Told from the bank": a story of the bank shared with this loop (checked when linked). */
    bankStoryId: uuid('bank_story_id'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('stories_scorecard').on(t.scorecardId)],
);

/** Every vote ever cast, so the debrief can show the first vote beside the re-vote. */
export const votes = pgTable(
  'votes',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    loopId: uuid('loop_id')
      .notNull()
      .references(() => loops.id, { onDelete: 'cascade' }),
    participantId: uuid('participant_id')
      .notNull()
      .references(() => participants.id, { onDelete: 'cascade' }),
    stage: text('stage').notNull(),
    vote: text('vote').notNull(),
    castAt: timestamp('cast_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('votes_loop').on(t.loopId),
    check('votes_stage', sql`${t.stage} in ('scorecard','debrief')`),
    check('votes_vote', sql`${t.vote} in ('strong-hire','inclined-hire','inclined-not-hire','strong-not-hire')`),
  ],
);

export const debriefs = pgTable(
  'debriefs',
  {
    loopId: uuid('loop_id')
      .primaryKey()
      .references(() => loops.id, { onDelete: 'cascade' }),
    phase: text('phase').notNull().default('read'),
    openedAt: timestamp('opened_at', { withTimezone: true }).notNull().defaultNow(),
    openedEarlyReason: text('opened_early_reason'),
    spotlight: jsonb('spotlight').$type<{ kind: 'lp' | 'story'; id: string } | null>(),
    decision: text('decision'),
    rationale: text('rationale'),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    showInterviewerNames: boolean('show_interviewer_names').notNull().default(false),
    publishedFeedback: jsonb('published_feedback'),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    version: integer('version').notNull().default(0),
  },
  (t) => [
    check('debriefs_phase', sql`${t.phase} in ('read','revote','discuss','decide','decided','published')`),
    check('debriefs_decision', sql`${t.decision} is null or ${t.decision} in ('hire','no-hire')`),
  ],
);

/**
 * A conflict flag the Bar Raiser dismissed as "not a conflict", with the reason the panel
 * reads. One per (loop, stories, kind); the story ids are stored in sorted order. It goes with
 * the loop, while the audit log keeps that it happened (ids only).
 */
export const debriefDismissals = pgTable(
  'debrief_dismissals',
  {
    loopId: uuid('loop_id')
      .notNull()
      .references(() => loops.id, { onDelete: 'cascade' }),
    storyA: uuid('story_a').notNull(),
    storyB: uuid('story_b').notNull(),
    kind: text('kind').notNull(),
    reason: text('reason').notNull(),
    dismissedBy: uuid('dismissed_by')
      .notNull()
      .references(() => participants.id, { onDelete: 'cascade' }),
    dismissedAt: timestamp('dismissed_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.loopId, t.storyA, t.storyB, t.kind] }),
    check('debrief_dismissals_order', sql`${t.storyA} < ${t.storyB}`),
    check('debrief_dismissals_kind', sql`${t.kind} in ('metric','timeline','team','role','outcome')`),
  ],
);

export const debriefReads = pgTable(
  'debrief_reads',
  {
    loopId: uuid('loop_id')
      .notNull()
      .references(() => loops.id, { onDelete: 'cascade' }),
    readerId: uuid('reader_id')
      .notNull()
      .references(() => participants.id, { onDelete: 'cascade' }),
    scorecardId: uuid('scorecard_id')
      .notNull()
      .references(() => scorecards.id, { onDelete: 'cascade' }),
    readAt: timestamp('read_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.readerId, t.scorecardId] })],
);

/** The shared question bank, loaded from shared/src/questions/bank.json at start-up. */
export const questions = pgTable('questions', {
  id: text('id').primaryKey(),
  bankVersion: integer('bank_version').notNull(),
  kind: text('kind').notNull(),
  lps: jsonb('lps').$type<string[]>().notNull(),
  text: text('text').notNull(),
  probes: jsonb('probes').$type<string[]>().notNull(),
  roles: jsonb('roles').$type<string[] | null>(),
});

/** Questions an organizer added to one loop. */
export const loopQuestions = pgTable(
  'loop_questions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    loopId: uuid('loop_id')
      .notNull()
      .references(() => loops.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    lps: jsonb('lps').$type<string[]>().notNull(),
    text: text('text').notNull(),
    probes: jsonb('probes').$type<string[]>().notNull().default([]),
    createdAt: createdAt(),
  },
  (t) => [index('loop_questions_loop').on(t.loopId)],
);

/**
 * Append-only (a trigger refuses UPDATE and DELETE). No foreign key to loops on purpose:
 * the record that a loop was deleted outlives the loop. Details carry ids, never content.
 */
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    loopId: uuid('loop_id').notNull(),
    actorId: uuid('actor_id'),
    actorRole: text('actor_role').notNull(),
    action: text('action').notNull(),
    detail: jsonb('detail').$type<Record<string, unknown>>().notNull().default({}),
    at: timestamp('at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [index('audit_log_loop').on(t.loopId, t.id)],
);

/**
 * A design round's shared whiteboard: one row per round, locked by every update so the
 * order and size checks see a stable scene. Counters keep the limits cheap to check.
 */
export const whiteboards = pgTable(
  'whiteboards',
  {
    roundId: uuid('round_id')
      .primaryKey()
      .references(() => rounds.id, { onDelete: 'cascade' }),
    /** Bumped by every applied update. */
    version: integer('version').notNull().default(0),
    elementCount: integer('element_count').notNull().default(0),
    totalBytes: integer('total_bytes').notNull().default(0),
    updatedAt: updatedAt(),
  },
  (t) => [check('whiteboards_sizes', sql`${t.elementCount} >= 0 and ${t.totalBytes} >= 0`)],
);

/** Each Excalidraw element as last merged (higher version wins); `ordinal` keeps drawing order. */
export const whiteboardElements = pgTable(
  'whiteboard_elements',
  {
    roundId: uuid('round_id')
      .notNull()
      .references(() => whiteboards.roundId, { onDelete: 'cascade' }),
    elementId: text('element_id').notNull(),
    ordinal: bigserial('ordinal', { mode: 'number' }).notNull(),
    version: integer('version').notNull(),
    versionNonce: bigint('version_nonce', { mode: 'number' }).notNull(),
    bytes: integer('bytes').notNull(),
    element: jsonb('element').$type<Record<string, unknown>>().notNull(),
  },
  (t) => [primaryKey({ columns: [t.roundId, t.elementId] })],
);

/** Exactly-once, in-order whiteboard updates: the last sequence applied per (round, client). */
export const whiteboardClients = pgTable(
  'whiteboard_clients',
  {
    roundId: uuid('round_id')
      .notNull()
      .references(() => whiteboards.roundId, { onDelete: 'cascade' }),
    clientId: text('client_id').notNull(),
    lastSeq: integer('last_seq').notNull(),
  },
  (t) => [primaryKey({ columns: [t.roundId, t.clientId] })],
);

/**
 * A loop's writing exercise (at most one): its setup, the candidate's text and where it
 * stands. `version` is bumped by every applied autosave and every transition, and the
 * transitions (start, submit, the deadline's lock) are written only over the version read,
 * so exactly one of submitted or locked is ever reached.
 */
export const writingExercises = pgTable(
  'writing_exercises',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    loopId: uuid('loop_id')
      .notNull()
      .references(() => loops.id, { onDelete: 'cascade' }),
    /** The two prompts offered, as shown (a bank prompt is copied, so later bank edits change nothing). */
    prompts: jsonb('prompts').$type<{ id: string; kind: string; title: string; text: string }[]>().notNull(),
    chosenPromptId: text('chosen_prompt_id'),
    mode: text('mode').notNull(),
    dueAt: timestamp('due_at', { withTimezone: true, precision: 3 }),
    durationMinutes: integer('duration_minutes'),
    lengthUnit: text('length_unit').notNull(),
    lengthValue: integer('length_value').notNull(),
    status: text('status').notNull(),
    /** When writing must stop; set while the candidate may write. */
    deadline: timestamp('deadline', { withTimezone: true, precision: 3 }),
    /** The timed exercise's clock (shared/src/clock's model); null for a take-home. */
    clock: jsonb('clock'),
    text: text('text').notNull().default(''),
    submittedAt: timestamp('submitted_at', { withTimezone: true, precision: 3 }),
    lockedAt: timestamp('locked_at', { withTimezone: true, precision: 3 }),
    version: integer('version').notNull().default(0),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('writing_exercises_loop').on(t.loopId),
    index('writing_exercises_live_deadline').on(t.deadline).where(sql`${t.status} = 'writing'`),
    check('writing_exercises_mode', sql`${t.mode} in ('take-home','timed')`),
    check('writing_exercises_status', sql`${t.status} in ('not-started','writing','submitted','locked')`),
    check('writing_exercises_length_unit', sql`${t.lengthUnit} in ('words','pages')`),
    check('writing_exercises_text_size', sql`octet_length(${t.text}) <= 36864`),
  ],
);

/** Exactly-once, in-order autosave of the text: each (client, seq) is recorded once per exercise. */
export const writingPatches = pgTable(
  'writing_patches',
  {
    exerciseId: uuid('exercise_id')
      .notNull()
      .references(() => writingExercises.id, { onDelete: 'cascade' }),
    clientId: text('client_id').notNull(),
    seq: integer('seq').notNull(),
    resultingVersion: integer('resulting_version').notNull(),
    appliedAt: timestamp('applied_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.exerciseId, t.clientId, t.seq] })],
);

/** Who reviews the text: interviewers of the loop. */
export const writingReviewers = pgTable(
  'writing_reviewers',
  {
    exerciseId: uuid('exercise_id')
      .notNull()
      .references(() => writingExercises.id, { onDelete: 'cascade' }),
    participantId: uuid('participant_id')
      .notNull()
      .references(() => participants.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.exerciseId, t.participantId] })],
);

/** One reviewer's review: the rubric, the LPs shown, a vote, anchored comments; locked once submitted. */
export const writingReviews = pgTable(
  'writing_reviews',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    exerciseId: uuid('exercise_id')
      .notNull()
      .references(() => writingExercises.id, { onDelete: 'cascade' }),
    reviewerId: uuid('reviewer_id')
      .notNull()
      .references(() => participants.id, { onDelete: 'cascade' }),
    status: text('status').notNull().default('draft'),
    draft: jsonb('draft').notNull(),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('writing_reviews_exercise_reviewer').on(t.exerciseId, t.reviewerId), check('writing_reviews_status', sql`${t.status} in ('draft','submitted')`)],
);

/**
 * A standing peer group. The organizer's link is a capability like an invite link: only the
 * SHA-256 of its token is stored.
 */
export const groups = pgTable(
  'groups',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    organizerName: text('organizer_name').notNull(),
    organizerTokenHash: text('organizer_token_hash').notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('groups_organizer_token_hash').on(t.organizerTokenHash)],
);

/** A member of a group, with their personal (revocable) member link, stored as a hash. */
export const groupMembers = pgTable(
  'group_members',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    groupId: uuid('group_id')
      .notNull()
      .references(() => groups.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    name: text('name').notNull(),
    targetRole: text('target_role').notNull(),
    /** The IANA zone the member thinks in; their availability is shown in it. */
    timeZone: text('time_zone').notNull(),
    wantsToBeCandidate: boolean('wants_to_be_candidate').notNull().default(true),
    tokenHash: text('token_hash').notNull(),
    tokenIssuedAt: timestamp('token_issued_at', { withTimezone: true }).notNull().defaultNow(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('group_members_token_hash').on(t.tokenHash),
    uniqueIndex('group_members_group_position').on(t.groupId, t.position),
    check(
      'group_members_target_role',
      sql`${t.targetRole} in ('product-manager','product-manager-technical','software-development-engineer','other')`,
    ),
  ],
);

/** Times a member marked free, as UTC instants (their zone is on the member). */
export const groupAvailability = pgTable(
  'group_availability',
  {
    memberId: uuid('member_id')
      .notNull()
      .references(() => groupMembers.id, { onDelete: 'cascade' }),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.memberId, t.startsAt] }), check('group_availability_order', sql`${t.endsAt} > ${t.startsAt}`)],
);

/** A loop the group created from a planned series; deleting the loop drops it from the group. */
export const groupLoops = pgTable(
  'group_loops',
  {
    loopId: uuid('loop_id')
      .primaryKey()
      .references(() => loops.id, { onDelete: 'cascade' }),
    groupId: uuid('group_id')
      .notNull()
      .references(() => groups.id, { onDelete: 'cascade' }),
    series: integer('series').notNull(),
    position: integer('position').notNull(),
    candidateMemberId: uuid('candidate_member_id')
      .notNull()
      .references(() => groupMembers.id, { onDelete: 'cascade' }),
  },
  (t) => [index('group_loops_group').on(t.groupId), uniqueIndex('group_loops_series_position').on(t.groupId, t.series, t.position)],
);

/** Which member sits in which seat (participant) of a group loop: their history hangs on this. */
export const groupSeats = pgTable(
  'group_seats',
  {
    participantId: uuid('participant_id')
      .primaryKey()
      .references(() => participants.id, { onDelete: 'cascade' }),
    loopId: uuid('loop_id')
      .notNull()
      .references(() => groupLoops.loopId, { onDelete: 'cascade' }),
    memberId: uuid('member_id')
      .notNull()
      .references(() => groupMembers.id, { onDelete: 'cascade' }),
  },
  (t) => [index('group_seats_member').on(t.memberId), index('group_seats_loop').on(t.loopId)],
);

/**
 * When a participant first entered a round's room (from presence): reliability reads who
 * joined late or never. One row per (participant, round), written once.
 */
export const roundArrivals = pgTable(
  'round_arrivals',
  {
    participantId: uuid('participant_id')
      .notNull()
      .references(() => participants.id, { onDelete: 'cascade' }),
    roundId: uuid('round_id')
      .notNull()
      .references(() => rounds.id, { onDelete: 'cascade' }),
    firstEnteredAt: timestamp('first_entered_at', { withTimezone: true, precision: 3 }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.participantId, t.roundId] })],
);

/**
 * A candidate's story bank: its own thing, not part of a loop, so a group member can own one
 * later. Whoever holds the owner link owns it; only the link's hash is stored. Stories are
 * one JSON array (at most 60, checked by the BankStory schema on the way in), rewritten
 * whole under the row lock by each autosave.
 */
export const banks = pgTable(
  'banks',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ownerTokenHash: text('owner_token_hash').notNull(),
    stories: jsonb('stories').$type<unknown[]>().notNull().default([]),
    version: integer('version').notNull().default(0),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('banks_owner_token_hash').on(t.ownerTokenHash)],
);

/** Exactly-once autosave of a bank, as for scorecards. */
export const bankPatches = pgTable(
  'bank_patches',
  {
    bankId: uuid('bank_id')
      .notNull()
      .references(() => banks.id, { onDelete: 'cascade' }),
    clientId: text('client_id').notNull(),
    seq: integer('seq').notNull(),
    resultingVersion: integer('resulting_version').notNull(),
    appliedAt: timestamp('applied_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.bankId, t.clientId, t.seq] })],
);

/** A bank attached to a loop by its candidate (one bank per loop), and whether its titles are shared with the panel. */
export const bankLoops = pgTable(
  'bank_loops',
  {
    loopId: uuid('loop_id')
      .primaryKey()
      .references(() => loops.id, { onDelete: 'cascade' }),
    bankId: uuid('bank_id')
      .notNull()
      .references(() => banks.id, { onDelete: 'cascade' }),
    sharedTitles: boolean('shared_titles').notNull().default(false),
    createdAt: createdAt(),
  },
  (t) => [index('bank_loops_bank').on(t.bankId)],
);
