/**
 * Whether salesplan colours what it writes to `stream`. As Node itself decides: FORCE_COLOR wins (`0` or `false`
 * turn colour off, any other value on, the empty string included), then NO_COLOR set to anything but the empty
 * string turns it off (https://no-color.org), else colour only on a terminal.
 */
export function useColor(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv = process.env): boolean {
  const force = env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force.toLowerCase() !== 'false';
  if (env.NO_COLOR) return false;
  return stream.isTTY === true;
}
