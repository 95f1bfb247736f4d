export { INIT_LOCALES, PLAN_FOLDER, ScaffoldExistsError, type InitLocale, writeScaffold } from './scaffold.ts';
