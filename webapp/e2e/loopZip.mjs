// A Loop Habit Tracker "Export as CSV" backup, made here rather than committed as a binary: the same
// files Loop writes (Habits.csv, a folder per habit with Checkmarks.csv and Scores.csv, and the
// all-habits Checkmarks.csv and Scores.csv), zipped by a small writer over node:zlib.
import { crc32, deflateRawSync } from 'node:zlib';

/** A zip archive (deflated entries, UTF-8 names) of the given files, as Java's ZipOutputStream reads it. */
export function zip(files) {
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const { name, content } of files) {
    const nameBytes = Buffer.from(name, 'utf8');
    const data = Buffer.from(content, 'utf8');
    const packed = deflateRawSync(data);
    const crc = crc32(data);
    // DOS time and date of 2026-01-01 00:00; Loop's own entries carry the export time.
    const [time, date] = [0, ((2026 - 1980) << 9) | (1 << 5) | 1];

    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0); // local file header
    local.writeUInt16LE(20, 4); // version needed: 2.0 (deflate)
    local.writeUInt16LE(0x0800, 6); // flags: names are UTF-8
    local.writeUInt16LE(8, 8); // method: deflate
    local.writeUInt16LE(time, 10);
    local.writeUInt16LE(date, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    local.writeUInt16LE(0, 28); // no extra field
    locals.push(local, nameBytes, packed);

    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0); // central directory header
    central.writeUInt16LE(20, 4); // made by
    central.writeUInt16LE(20, 6); // needed
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt16LE(time, 12);
    central.writeUInt16LE(date, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    // extra, comment, disk, internal and external attributes: all 0
    central.writeUInt32LE(offset, 42);
    centrals.push(central, nameBytes);

    offset += local.length + nameBytes.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0); // end of central directory
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/**
 * Loop's backup of one yes/no habit done on the given days (newest first, as Loop writes them).
 * `color` is what Habits.csv says, so a test can also make a broken backup.
 */
export function loopBackup({ name, question, color = '#FF8F00', doneDays }) {
  const folder = `001 ${name}`;
  const habits = ['Position,Name,Question,Description,NumRepetitions,Interval,Color', `001,${name},${question},,1,1,${color}`];
  const checkmarks = ['Date,Value,Notes', ...doneDays.map((day) => `${day},YES_MANUAL,`)];
  const scores = ['Date,Score', ...doneDays.map((day, i) => `${day},${(0.05 * (doneDays.length - i)).toFixed(4)}`)];
  const lines = (rows) => `${rows.join('\n')}\n`;
  return zip([
    { name: 'Habits.csv', content: lines(habits) },
    { name: `${folder}/Scores.csv`, content: lines(scores) },
    { name: `${folder}/Checkmarks.csv`, content: lines(checkmarks) },
    { name: 'Scores.csv', content: lines([`Date,${name},`, ...scores.slice(1).map((row) => `${row},`)]) },
    { name: 'Checkmarks.csv', content: lines([`Date,${name},`, ...doneDays.map((day) => `${day},YES_MANUAL,`)]) },
  ]);
}
