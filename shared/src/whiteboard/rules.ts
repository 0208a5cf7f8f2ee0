import type { RoundKind } from '../scale-values.js';

/** Which rounds have a whiteboard and how big a scene may grow: plain values, no zod, so the round page stays lean. */

/** Design rounds (product design, system design) get a whiteboard; the others do not. */
export const WHITEBOARD_KINDS: readonly RoundKind[] = ['product-sense', 'technical'];
export const hasWhiteboard = (kind: RoundKind): boolean => WHITEBOARD_KINDS.includes(kind);

/** Elements a scene holds at most, deleted ones included (Excalidraw keeps them as tombstones). */
export const MAX_SCENE_ELEMENTS = 3000;
/** Bytes (JSON, UTF-8) a scene holds at most. */
export const MAX_SCENE_BYTES = 2 * 1024 * 1024;
/** Bytes one element takes at most (a long freehand stroke is the largest). */
export const MAX_ELEMENT_BYTES = 32 * 1024;
/** Elements and bytes one update carries at most (the socket refuses messages over 64 KB). */
export const MAX_UPDATE_ELEMENTS = 200;
export const MAX_UPDATE_BYTES = 48 * 1024;

/** Bytes a value takes as JSON in UTF-8, which is what the limits count. */
export function jsonBytes(value: unknown): number {
  return new TextEncoder().encode(JSON.stringify(value)).length;
}
