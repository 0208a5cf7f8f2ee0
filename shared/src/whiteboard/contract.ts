import { z } from 'zod';

/**
 * The shared whiteboard of a design round. Scenes are Excalidraw elements kept as validated
 * JSON: the server checks the few fields it merges on (id, version, versionNonce) and the
 * sizes, and stores the rest as the drawing library wrote it.
 */

import { jsonBytes, MAX_ELEMENT_BYTES, MAX_UPDATE_BYTES, MAX_UPDATE_ELEMENTS } from './rules.js';

export * from './rules.js';

/**
 * One Excalidraw element. Higher `version` wins; on a tie the lower `versionNonce` wins
 * (Excalidraw's own rule), so every copy converges whatever order updates arrive in.
 * Images are refused: their pictures live outside the scene and are not shared.
 */
export const WhiteboardElement = z
  .looseObject({
    id: z.string().min(1).max(64),
    type: z.string().min(1).max(32).refine((t) => t !== 'image', 'images are not shared on the whiteboard'),
    version: z.int().min(1).max(2_000_000_000),
    versionNonce: z.int().min(-2_147_483_648).max(4_294_967_295),
    isDeleted: z.boolean(),
  })
  .refine((e) => jsonBytes(e) <= MAX_ELEMENT_BYTES, `an element holds at most ${MAX_ELEMENT_BYTES} bytes`);
export type WhiteboardElement = z.infer<typeof WhiteboardElement>;

export const OpenWhiteboard = z.object({ roundId: z.uuid() });
export type OpenWhiteboard = z.infer<typeof OpenWhiteboard>;

/** One batch of changed elements: applied exactly once, in `seq` order, per (round, client). */
export const WhiteboardUpdate = z
  .object({
    roundId: z.uuid(),
    /** A random id per open whiteboard (one tab, one page load). */
    clientId: z.string().min(8).max(64).regex(/^[A-Za-z0-9_-]+$/),
    /** 1, 2, 3... per client; a replay is `duplicate`, a gap is refused with `conflict`. */
    seq: z.int().min(1).max(2_000_000_000),
    elements: z.array(WhiteboardElement).min(1).max(MAX_UPDATE_ELEMENTS),
  })
  .refine((u) => new Set(u.elements.map((e) => e.id)).size === u.elements.length, { message: 'an element appears twice', path: ['elements'] })
  .refine((u) => jsonBytes(u.elements) <= MAX_UPDATE_BYTES, { message: `an update holds at most ${MAX_UPDATE_BYTES} bytes`, path: ['elements'] });
export type WhiteboardUpdate = z.infer<typeof WhiteboardUpdate>;

/** The stored scene; `version` counts applied updates. `canDraw` says whether the caller may change it. */
export const WhiteboardScene = z.object({
  roundId: z.uuid(),
  version: z.int().min(0),
  elements: z.array(z.looseObject({ id: z.string(), version: z.int(), versionNonce: z.int(), isDeleted: z.boolean(), type: z.string() })),
  canDraw: z.boolean(),
});
export type WhiteboardScene = z.infer<typeof WhiteboardScene>;

export type WhiteboardAck = { version: number; duplicate: boolean };

/** To everyone watching the round's whiteboard except the sender: merge these elements. */
export type WhiteboardUpdated = { roundId: string; version: number; clientId: string; seq: number; elements: WhiteboardElement[] };

export const WhiteboardParams = z.object({ loopId: z.uuid(), roundId: z.uuid() });
