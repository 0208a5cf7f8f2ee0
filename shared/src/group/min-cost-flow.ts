/**
 * A small min-cost flow (successive shortest paths with Bellman-Ford, one unit at a time).
 * The planner's graphs have at most a few hundred edges and a hundred units, so clarity wins
 * over speed. Edge costs may be negative as long as the graph starts without negative cycles.
 */
export class FlowGraph {
  readonly #to: number[] = [];
  readonly #cap: number[] = [];
  readonly #cost: number[] = [];
  readonly #out: number[][];

  constructor(readonly size: number) {
    this.#out = Array.from({ length: size }, () => []);
  }

  /** Adds an edge and returns its id, for reading its flow back. */
  addEdge(from: number, to: number, capacity: number, cost: number): number {
    const id = this.#to.length;
    this.#to.push(to, from);
    this.#cap.push(capacity, 0);
    this.#cost.push(cost, -cost);
    this.#out[from]!.push(id);
    this.#out[to]!.push(id + 1);
    return id;
  }

  /** Units flowing through an edge returned by `addEdge`. */
  flowOn(edge: number): number {
    return this.#cap[edge + 1]!;
  }

  /** Pushes up to `limit` units from source to sink at least cost; returns the units pushed. */
  run(source: number, sink: number, limit: number): number {
    let pushed = 0;
    while (pushed < limit) {
      const via = this.#cheapestPath(source);
      if (via[sink] === -1) break;
      for (let node = sink; node !== source; node = this.#to[via[node]! ^ 1]!) {
        const edge = via[node]!;
        this.#cap[edge]! -= 1;
        this.#cap[edge ^ 1]! += 1;
      }
      pushed += 1;
    }
    return pushed;
  }

  // Bellman-Ford in edge order, so equal-cost choices always resolve the same way.
  #cheapestPath(source: number): number[] {
    const distance = new Array<number>(this.size).fill(Number.POSITIVE_INFINITY);
    const via = new Array<number>(this.size).fill(-1);
    distance[source] = 0;
    for (let round = 0; round < this.size; round += 1) {
      let changed = false;
      for (let node = 0; node < this.size; node += 1) {
        if (distance[node] === Number.POSITIVE_INFINITY) continue;
        for (const edge of this.#out[node]!) {
          if (this.#cap[edge]! <= 0) continue;
          const next = this.#to[edge]!;
          const through = distance[node]! + this.#cost[edge]!;
          if (through < distance[next]!) {
            distance[next] = through;
            via[next] = edge;
            changed = true;
          }
        }
      }
      if (!changed) break;
    }
    return via;
  }
}
