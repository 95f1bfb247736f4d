export { validateScenarios, SCENARIOS_URL, type ScenarioRun } from './validate-scenarios.ts';
export { BASE_ID, MAX_SCENARIOS, scenariosFile } from './schema.ts';
export { copyData, resolvePath, setAt, type ResolvedPath } from './override-path.ts';
export { sensitivitySettings, type SensitivitySettings } from './sensitivity-schema.ts';
