/** Line and column (1-based, counted in characters) of the first byte that breaks UTF-8, if any. */
export function firstInvalidUtf8(bytes: Uint8Array): { line: number; column: number; offset: number } | undefined {
  let line = 1;
  let column = 1;
  let i = 0;
  while (i < bytes.length) {
    const length = sequenceLength(bytes, i);
    if (length === 0) return { line, column, offset: i };
    if (bytes[i] === 0x0a) {
      line += 1;
      column = 1;
    } else {
      column += 1;
    }
    i += length;
  }
  return undefined;
}

/** Bytes in the well-formed UTF-8 sequence at `i` (RFC 3629: no overlongs, surrogates or > U+10FFFF), else 0. */
function sequenceLength(bytes: Uint8Array, i: number): number {
  const b0 = bytes[i] ?? 0;
  if (b0 < 0x80) return 1;
  const [length, low, high] =
    b0 >= 0xc2 && b0 <= 0xdf ? [2, 0x80, 0xbf]
    : b0 === 0xe0 ? [3, 0xa0, 0xbf]
    : b0 === 0xed ? [3, 0x80, 0x9f]
    : b0 >= 0xe1 && b0 <= 0xef ? [3, 0x80, 0xbf]
    : b0 === 0xf0 ? [4, 0x90, 0xbf]
    : b0 === 0xf4 ? [4, 0x80, 0x8f]
    : b0 >= 0xf1 && b0 <= 0xf3 ? [4, 0x80, 0xbf]
    : [0, 0, 0];
  if (length === 0 || i + length > bytes.length) return 0;
  const b1 = bytes[i + 1] ?? 0;
  if (b1 < low || b1 > high) return 0;
  for (let k = 2; k < length; k++) {
    const b = bytes[i + k] ?? 0;
    if (b < 0x80 || b > 0xbf) return 0;
  }
  return length;
}
