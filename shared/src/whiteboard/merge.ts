/** The fields element merging reads; everything else travels untouched. */
export type Versioned = { id: string; version: number; versionNonce: number };

/**
 * Whether `incoming` replaces `current`: the higher version wins, and on a tie the lower
 * versionNonce (the rule Excalidraw's own collaboration uses), so the outcome does not
 * depend on the order in which two drawers' updates arrive.
 */
export function wins(incoming: Versioned, current: Versioned | undefined): boolean {
  if (!current) return true;
  if (incoming.version !== current.version) return incoming.version > current.version;
  return incoming.versionNonce < current.versionNonce;
}

/** The incoming elements that change a scene, given its current elements by id. */
export function winningElements<E extends Versioned>(incoming: readonly E[], current: ReadonlyMap<string, Versioned>): E[] {
  return incoming.filter((element) => wins(element, current.get(element.id)));
}

/** Merges elements into a scene (kept in first-seen order); pure, used by client and tests. */
export function mergeElements<E extends Versioned>(scene: readonly E[], incoming: readonly E[]): E[] {
  const byId = new Map(scene.map((e) => [e.id, e] as const));
  const merged = [...scene];
  const index = new Map(scene.map((e, i) => [e.id, i] as const));
  for (const element of incoming) {
    const at = index.get(element.id);
    if (at === undefined) {
      index.set(element.id, merged.length);
      merged.push(element);
      byId.set(element.id, element);
    } else if (wins(element, byId.get(element.id))) {
      merged[at] = element;
      byId.set(element.id, element);
    }
  }
  return merged;
}
