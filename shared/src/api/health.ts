import { z } from 'zod';

export const HealthReport = z.object({
  status: z.enum(['ok', 'degraded']),
  database: z.object({
    driver: z.enum(['postgres', 'pglite']),
    reachable: z.boolean(),
    latencyMs: z.number().nullable(),
  }),
  version: z.string(),
  uptimeS: z.number(),
});
export type HealthReport = z.infer<typeof HealthReport>;
