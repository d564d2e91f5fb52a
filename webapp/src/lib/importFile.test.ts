import { describe, expect, it } from 'vitest';
import { IMPORT_LIMIT_BYTES, describeImportError, readImportFile } from './importFile';

const zipBytes = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00]);

describe('an import file', () => {
  it('is a Loop zip when it starts like a zip, whatever its name', async () => {
    const read = await readImportFile(new File([zipBytes], 'backup.bin'));
    expect(read.kind).toBe('loopZip');
  });

  it('is a Loop zip when it is named .zip, so the server can say what is wrong with it', async () => {
    expect((await readImportFile(new File(['not really'], 'Loop Habits CSV 2026-11-22.ZIP'))).kind).toBe('loopZip');
  });

  it('is our JSON export when its text is JSON', async () => {
    const read = await readImportFile(new File(['{"version":1,"habits":[]}'], 'habits.json', { type: 'application/json' }));
    expect(read).toEqual({ kind: 'json', text: '{"version":1,"habits":[]}' });
  });

  it('is refused when it is neither', async () => {
    const read = await readImportFile(new File(['Position,Name\n1,Read'], 'Habits.csv'));
    expect(read.kind).toBe('refused');
    expect(read.kind === 'refused' && read.reason).toMatch(/neither a Habit Tracker JSON export nor a Loop Habit Tracker zip/);
  });

  it('is refused before sending when larger than the 5 MiB the server takes', async () => {
    const big = new File([new Uint8Array(IMPORT_LIMIT_BYTES + 1)], 'huge.zip');
    const read = await readImportFile(big);
    expect(read.kind === 'refused' && read.reason).toBe('That file is 5.0 MiB; an import takes at most 5 MiB.');
  });
});

describe('an import error', () => {
  it('names the file, line and column of a Loop CSV', () => {
    expect(describeImportError('Habits.csv:3:Color', 'must be a colour like #00897b')).toBe(
      'Habits.csv, line 3, column Color: must be a colour like #00897b',
    );
    expect(describeImportError('001 Read/Checkmarks.csv:12:Value', 'unknown value MAYBE')).toBe(
      '001 Read/Checkmarks.csv, line 12, column Value: unknown value MAYBE',
    );
  });

  it('names the file and line when there is no column', () => {
    expect(describeImportError('Habits.csv:1', 'missing header Name')).toBe('Habits.csv, line 1: missing header Name');
  });

  it('keeps the path of a field of our JSON, and a message without a field alone', () => {
    expect(describeImportError('habits[0].name', 'must not be blank')).toBe('habits[0].name: must not be blank');
    expect(describeImportError('', 'The zip has no Habits.csv')).toBe('The zip has no Habits.csv');
  });
});
