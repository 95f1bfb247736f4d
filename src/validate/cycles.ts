import type { CheckContext, Path } from './context.ts';

/** `from` refers to `to` through the value at `path`. */
export interface Edge {
  from: string;
  to: string;
  path: Path;
}

/**
 * Every cycle in a graph, once each, as its edges in order, starting at the node that comes first
 * in `order` (the order the plan lists them, so messages land on the first one the reader meets).
 */
export function findCycles(edges: readonly Edge[], order: readonly string[]): Edge[][] {
  const out = new Map<string, Edge[]>();
  for (const edge of edges) out.set(edge.from, [...(out.get(edge.from) ?? []), edge]);
  const rank = new Map(order.map((name, i) => [name, i]));
  const state = new Map<string, 'visiting' | 'done'>();
  const stack: Edge[] = [];
  const cycles = new Map<string, Edge[]>();

  const visit = (node: string): void => {
    state.set(node, 'visiting');
    for (const edge of out.get(node) ?? []) {
      if (state.get(edge.to) === 'visiting') {
        const startAt = stack.findIndex((e) => e.from === edge.to);
        const cycle = [...(startAt < 0 ? [] : stack.slice(startAt)), edge];
        const canonical = rotate(cycle, rank);
        cycles.set(canonical.map((e) => e.from).join('\u0000'), canonical);
      } else if (!state.has(edge.to)) {
        stack.push(edge);
        visit(edge.to);
        stack.pop();
      }
    }
    state.set(node, 'done');
  };
  for (const node of [...order, ...out.keys()]) if (!state.has(node)) visit(node);
  return [...cycles.values()];
}

function rotate(cycle: Edge[], rank: ReadonlyMap<string, number>): Edge[] {
  let first = 0;
  cycle.forEach((edge, i) => {
    const r = rank.get(edge.from) ?? Infinity;
    if (r < (rank.get(cycle[first]?.from ?? '') ?? Infinity)) first = i;
  });
  return [...cycle.slice(first), ...cycle.slice(0, first)];
}

/** `a → b → c → a` */
export function describeCycle(cycle: readonly Edge[]): string {
  return [...cycle.map((edge) => edge.from), cycle[0]?.from ?? ''].join(' → ');
}

function unique(ids: readonly string[]): boolean {
  return new Set(ids).size === ids.length;
}

export function checkCycles(ctx: CheckContext): void {
  const { team, action_plan: actionPlan } = ctx.facts;
  // With a duplicate id (reported on its own) the graph is ambiguous: `a` depending on the other `a` is no cycle.
  if (actionPlan && unique(actionPlan.milestones.map((m) => m.id))) {
    const edges = actionPlan.milestones.flatMap((m, i) =>
      (m.depends_on ?? []).map((to, j): Edge => ({ from: m.id, to, path: ['milestones', i, 'depends_on', j] })),
    );
    for (const cycle of findCycles(edges, actionPlan.milestones.map((m) => m.id))) {
      ctx.error('action_plan', cycle[0]?.path ?? [], `dependency cycle: ${describeCycle(cycle)}`, {
        ruleId: 'dependency-cycle',
        hint: 'a milestone cannot wait for itself; remove one of these depends_on entries',
      });
    }
  }
  if (team && unique(team.roles.map((r) => r.id))) {
    const edges = team.roles.flatMap((r, i): Edge[] =>
      r.reports_to ? [{ from: r.id, to: r.reports_to, path: ['roles', i, 'reports_to'] }] : [],
    );
    for (const cycle of findCycles(edges, team.roles.map((r) => r.id))) {
      ctx.error('team', cycle[0]?.path ?? [], `reports_to cycle: ${describeCycle(cycle)}`, {
        ruleId: 'reports-to-cycle',
        hint: 'someone is at the top of the organisation: remove reports_to from one of these roles',
      });
    }
  }
}
