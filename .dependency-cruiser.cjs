/**
 * The layers of src/, bottom to top. A folder may import only from folders below it (and itself); an import the
 * other way, or any cycle, fails `npm run lint:deps` (and so CI). Cross-folder imports go through the folder's
 * index.ts, so a folder's inside can change without its users noticing.
 */
const LAYERS = ['core', 'write', 'parse', 'validate', 'schema', 'config', 'model', 'render', 'browser', 'diagrams', 'pipeline', 'init', 'dev', 'lsp', 'cli'];

const above = (i) => LAYERS.slice(i + 1).join('|');

module.exports = {
  forbidden: [
    {
      name: 'no-cycle',
      severity: 'error',
      comment: 'Modules import each other in a cycle: move what both need into a lower module.',
      from: { path: '^src/' },
      to: { circular: true },
    },
    ...LAYERS.slice(0, -1).map((layer, i) => ({
      name: `layer-${layer}`,
      severity: 'error',
      comment: `src/${layer} sits below ${above(i)}: it may not import them (layers: ${LAYERS.join(' < ')}).`,
      from: { path: `^src/${layer}/` },
      to: { path: `^src/(${above(i)})/` },
    })),
    {
      name: 'through-index',
      severity: 'error',
      comment: 'Import another folder of src/ through its index.ts, not one of its modules.',
      from: { path: '^src/([^/]+)/' },
      // pipeline/load.ts is the pipeline's second entry: the browser-free half, for commands that never render.
      to: { path: '^src/([^/]+)/.+', pathNot: ['^src/$1/', '^src/[^/]+/index\\.ts$', '^src/core/', '^src/pipeline/load\\.ts$'] },
    },
    {
      name: 'no-unresolvable',
      severity: 'error',
      from: { path: '^src/' },
      // unist, mdast and hast are type-only packages (@types/*): nothing to resolve at run time.
      to: { couldNotResolve: true, pathNot: '^(unist|mdast|hast)$' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    // Packages' exports maps: resolve as Node's ESM loader does (csv-stringify has only import/require conditions).
    enhancedResolveOptions: { extensions: ['.ts', '.js'], exportsFields: ['exports'], conditionNames: ['import', 'types', 'node', 'default'] },
  },
};
