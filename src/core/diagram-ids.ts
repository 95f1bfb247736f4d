/**
 * A generated diagram may be drawn twice: left to right for a wide screen (its own id) and top-down for a phone
 * (this id). The diagrams stage draws both, the presentation places both (render/diagram-variants.ts); the id is
 * here so that `check`, which generates the diagrams to check their limits, loads no renderer.
 */
export function narrowDiagramId(id: string): string {
  return `${id}-narrow`;
}
