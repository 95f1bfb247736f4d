import type { Staging } from '../../write/index.ts';

/** Enough writes in flight to keep the disk busy without opening a thousand files at once. */
const IN_FLIGHT = 16;

type File = { path: string; contents: string | Uint8Array };

/** Writes the outputs' files into the staging folder, several at a time. */
export async function writeAll(staging: Staging, files: readonly File[]): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < files.length) {
      const file = files[next++] as File;
      await staging.write(file.path, file.contents);
    }
  };
  await Promise.all(Array.from({ length: Math.min(IN_FLIGHT, files.length) }, worker));
}
