import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeCycle, findCycles, type Edge } from '../../src/validate/cycles.ts';

const edge = (from: string, to: string): Edge => ({ from, to, path: [from, to] });

/** Kahn's algorithm: a graph is acyclic exactly when every node can be removed in topological order. */
function isAcyclic(nodes: string[], edges: Edge[]): boolean {
  const indegree = new Map(nodes.map((n) => [n, 0]));
  for (const e of edges) indegree.set(e.to, (indegree.get(e.to) ?? 0) + 1);
  const ready = [...indegree].filter(([, d]) => d === 0).map(([n]) => n);
  let removed = 0;
  while (ready.length > 0) {
    const node = ready.pop()!;
    removed++;
    for (const e of edges.filter((x) => x.from === node)) {
      const d = (indegree.get(e.to) ?? 0) - 1;
      indegree.set(e.to, d);
      if (d === 0) ready.push(e.to);
    }
  }
  return removed === indegree.size;
}

describe('findCycles', () => {
  it('finds nothing in a graph without cycles', () => {
    expect(findCycles([edge('a', 'b'), edge('b', 'c'), edge('a', 'c')], ['a', 'b', 'c'])).toEqual([]);
  });

  it('names a cycle once, starting at the node listed first', () => {
    const cycles = findCycles([edge('c', 'a'), edge('a', 'b'), edge('b', 'c')], ['a', 'b', 'c']);
    expect(cycles.map(describeCycle)).toEqual(['a → b → c → a']);
    expect(cycles[0]?.[0]?.path).toEqual(['a', 'b']);
  });

  it('finds a self-reference and separate cycles', () => {
    const cycles = findCycles([edge('a', 'a'), edge('b', 'c'), edge('c', 'b'), edge('d', 'b')], ['a', 'b', 'c', 'd']);
    expect(cycles.map(describeCycle)).toEqual(['a → a', 'b → c → b']);
  });

  it('ignores edges to nodes that do not exist', () => {
    expect(findCycles([edge('a', 'missing')], ['a'])).toEqual([]);
  });

  it('reports a cycle exactly when the graph has one, and every reported cycle is real', () => {
    const names = ['a', 'b', 'c', 'd', 'e', 'f'];
    const graph = fc.array(fc.tuple(fc.constantFrom(...names), fc.constantFrom(...names)), { maxLength: 12 });
    fc.assert(
      fc.property(graph, (pairs) => {
        const edges = pairs.map(([from, to]) => edge(from, to));
        const cycles = findCycles(edges, names);
        expect(cycles.length === 0).toBe(isAcyclic(names, edges));
        for (const cycle of cycles) {
          cycle.forEach((e, i) => {
            expect(edges).toContainEqual(e);
            expect(e.to).toBe(cycle[(i + 1) % cycle.length]?.from);
          });
        }
      }),
    );
  });
});
