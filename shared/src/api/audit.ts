import { z } from 'zod';

/** Who did something: a participant's role, or the server itself (a round running out). */
export const AuditActorRole = z.enum(['organizer', 'candidate', 'interviewer', 'shadow', 'system', 'anonymous']);
export type AuditActorRole = z.infer<typeof AuditActorRole>;

/**
 * One line of a loop's audit log. Details carry ids and counts only, never feedback: the log
 * outlives the loop, and the Bar Raiser reads it too.
 */
export const AuditLogEntry = z.object({
  id: z.number().int(),
  /** e.g. loop.created, link.revoked, clock.paused, scorecard.submitted, debrief.decided. */
  action: z.string(),
  actorId: z.uuid().nullable(),
  actorRole: AuditActorRole,
  /**
   * Whether the actor was the loop's Bar Raiser (an interviewer with the extra duty). Absent,
   * with the Bar Raiser's own lines unnamed, for an organizer who is the candidate until the
   * feedback is published.
   */
  actorIsBarRaiser: z.boolean().optional(),
  /** The actor's name while the participant exists; null for the server or a deleted loop. */
  actorName: z.string().nullable(),
  at: z.iso.datetime({ offset: true }),
  detail: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])),
});
export type AuditLogEntry = z.infer<typeof AuditLogEntry>;

/** GET /api/loops/:loopId/audit: oldest first. */
export const AuditLog = z.object({ loopId: z.uuid(), entries: z.array(AuditLogEntry) });
export type AuditLog = z.infer<typeof AuditLog>;
