export { SCHEMA_FILE, frontmatterJsonSchemaText } from './frontmatter-schema.ts';
