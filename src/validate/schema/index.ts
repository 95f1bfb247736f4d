import type { z } from 'zod';
import { SECTION_KEYS, type SectionKey } from '../../core/sections.ts';
import { actionPlanSection } from './action-plan.ts';
import { customersSection } from './customers.ts';
import { goalsSection } from './goals.ts';
import { metricsSection } from './metrics.ts';
import { missionSection } from './mission.ts';
import { planSection } from './plan.ts';
import { processSection } from './process.ts';
import { teamSection } from './team.ts';

/** One schema per section key, in reading order. */
export const sectionSchemas = {
  plan: planSection,
  mission: missionSection,
  goals: goalsSection,
  team: teamSection,
  customers: customersSection,
  process: processSection,
  action_plan: actionPlanSection,
  metrics: metricsSection,
} as const satisfies Record<SectionKey, z.ZodType>;

export { SECTION_KEYS, type SectionKey };

export type PlanSettings = z.output<typeof planSection>;
export type MissionSection = z.output<typeof missionSection>;
export type GoalsSection = z.output<typeof goalsSection>;
export type TeamSection = z.output<typeof teamSection>;
export type CustomersSection = z.output<typeof customersSection>;
export type ProcessSection = z.output<typeof processSection>;
export type ActionPlanSection = z.output<typeof actionPlanSection>;
export type MetricsSection = z.output<typeof metricsSection>;

/** The validated facts of a whole plan: what the model computes from. */
export interface PlanFacts {
  plan: PlanSettings;
  mission: MissionSection;
  goals: GoalsSection;
  team: TeamSection;
  customers: CustomersSection;
  process: ProcessSection;
  action_plan: ActionPlanSection;
  metrics: MetricsSection;
}
