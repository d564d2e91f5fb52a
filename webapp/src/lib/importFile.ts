/**
 * What an import file is, before it is sent: our JSON export or Loop Habit Tracker's CSV zip, and how
 * the server's complaints about it read ("Habits.csv, line 3, column Color: …").
 */

/** The most the server takes in one import (ARCHITECTURE.md §5); larger files are refused before sending. */
export const IMPORT_LIMIT_BYTES = 5 * 1024 * 1024;

export type ImportFile = { kind: 'json'; text: string } | { kind: 'loopZip'; zip: Blob } | { kind: 'refused'; reason: string };

/** Every zip file starts with a local file header, "PK\x03\x04". */
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

/** FileReader rather than Blob.arrayBuffer()/text(): it is in every browser and in jsdom. */
function read<T extends 'arrayBuffer' | 'text'>(blob: Blob, as: T): Promise<T extends 'text' ? string : ArrayBuffer> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as T extends 'text' ? string : ArrayBuffer);
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read.'));
    if (as === 'text') reader.readAsText(blob);
    else reader.readAsArrayBuffer(blob);
  });
}

async function startsLikeZip(file: Blob): Promise<boolean> {
  const head = new Uint8Array(await read(file.slice(0, ZIP_MAGIC.length), 'arrayBuffer'));
  return ZIP_MAGIC.every((byte, i) => head[i] === byte);
}

/** Tells a Loop zip from a JSON export by its first bytes (a name can lie), and checks the size. */
export async function readImportFile(file: File): Promise<ImportFile> {
  if (file.size > IMPORT_LIMIT_BYTES) {
    return { kind: 'refused', reason: `That file is ${megabytes(file.size)}; an import takes at most 5 MiB.` };
  }
  if ((await startsLikeZip(file)) || /\.zip$/i.test(file.name)) return { kind: 'loopZip', zip: file };
  const text = await read(file, 'text');
  try {
    JSON.parse(text);
  } catch {
    return {
      kind: 'refused',
      reason: 'That file is neither a Habit Tracker JSON export nor a Loop Habit Tracker zip (“Export as CSV”).',
    };
  }
  return { kind: 'json', text };
}

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MiB`;
}

/**
 * One of the server's complaints about an import, worded for a person. Loop's files are named
 * `file:line:column` (`001 Read/Checkmarks.csv:12:Value`); fields of our JSON keep their path.
 */
export function describeImportError(field: string, message: string): string {
  const place = /^(.+?\.csv):(\d+)(?::(.+))?$/i.exec(field.trim());
  if (place) {
    const [, file, line, column] = place;
    return `${file}, line ${line}${column ? `, column ${column}` : ''}: ${message}`;
  }
  const trimmed = field.trim();
  return trimmed && trimmed !== '_' ? `${trimmed}: ${message}` : message;
}
