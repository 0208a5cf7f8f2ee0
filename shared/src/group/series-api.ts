import { z } from 'zod';
import { zonedToInstant } from '../loop/schedule.js';
import { ROUND_COUNT } from '../loop/setup.js';
import { WebUrl, optional } from '../text.js';
import { TimeZone } from './contract.js';
import { PlannedLoop, SeriesPlan } from './series-schema.js';

const Id = z.uuid();
const RoundsPerLoop = z.int().min(ROUND_COUNT.min).max(ROUND_COUNT.max).default(ROUND_COUNT.min);

export const PlanSeriesRequest = z.object({ roundsPerLoop: RoundsPerLoop, seed: z.int().min(0).max(1_000_000).optional() }).strict();
export type PlanSeriesRequest = z.output<typeof PlanSeriesRequest>;

/** A proposed date for one loop: the earliest time its people all marked, or why none. */
export const ProposedDate = z.object({ loop: z.int(), startsAt: z.iso.datetime({ offset: true }).nullable(), text: z.string() });
export type ProposedDate = z.infer<typeof ProposedDate>;

export const SeriesProposal = SeriesPlan.extend({ roundsPerLoop: z.int(), dates: z.array(ProposedDate) });
export type SeriesProposal = z.infer<typeof SeriesProposal>;

const GroupPlannedLoop = PlannedLoop.extend({ candidateId: Id, interviewerIds: z.array(Id).min(ROUND_COUNT.min).max(ROUND_COUNT.max), barRaiserId: Id });

/** The organizer's adjusted series, checked by the same rules before anything is created. */
export const ReviewSeriesRequest = z.object({ roundsPerLoop: RoundsPerLoop, loops: z.array(GroupPlannedLoop).max(12) }).strict();
export type ReviewSeriesRequest = z.output<typeof ReviewSeriesRequest>;

const LocalDateTime = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, 'must be a local date and time like 2026-12-01T18:30');

export const CreateSeriesRequest = z
  .object({
    roundsPerLoop: RoundsPerLoop,
    meetingUrl: optional(WebUrl),
    loops: z
      .array(
        GroupPlannedLoop.extend({ startsAt: LocalDateTime, timeZone: TimeZone }).refine((loop) => zonedToInstant(loop.startsAt, loop.timeZone) !== null, {
          message: 'must be a date and time that exists in its time zone',
          path: ['startsAt'],
        }),
      )
      .min(1, 'a series has at least one loop')
      .max(12),
  })
  .strict();
export type CreateSeriesRequest = z.output<typeof CreateSeriesRequest>;

export const CreateSeriesResponse = z.object({
  series: z.int(),
  loops: z.array(z.object({ loopId: Id, candidateMemberId: Id })),
});
export type CreateSeriesResponse = z.infer<typeof CreateSeriesResponse>;
