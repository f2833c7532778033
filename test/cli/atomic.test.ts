import { existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeAtomic, writeOutput, type WriteFs } from '../../src/cli/load';
import { nodeIo, UsageError } from '../../src/cli/context';

/**
 * A write that fails part-way (a full disk, a crash) leaves the old workbook whole: the new bytes
 * go to a temporary file beside it, which replaces the old one only once it is complete.
 */
const dir = mkdtempSync(join(tmpdir(), 'kaohe-atomic-'));
const book = join(dir, '考核表.xlsx');
const before = Buffer.from('PK the workbook people filled in all week');

/** A disk that fills up after `room` bytes of a write: what is written so far stays on disk. */
const fullDisk = (room: number): WriteFs => ({
  writeFileSync(file, data) {
    const bytes = Buffer.from(data);
    writeFileSync(file, bytes.subarray(0, room));
    throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
  },
  renameSync,
  unlinkSync,
});

beforeEach(() => writeFileSync(book, before));

test('a disk that fills up mid-write leaves the old file as it was, and no temporary file behind', () => {
  expect(() => writeAtomic(book, Buffer.alloc(100_000, 7), fullDisk(4096))).toThrow(/ENOSPC/);
  expect(readFileSync(book).equals(before)).toBe(true);
  expect(readdirSync(dir)).toEqual(['考核表.xlsx']);
});

test('the command line says so in Chinese: the disk is full and the old file was not touched', () => {
  let said = '';
  try {
    writeOutput(book, Buffer.alloc(10_000), nodeIo('zh'), fullDisk(100));
  } catch (e) {
    said = (e as UsageError).lines.join('\n');
  }
  expect(said).toContain(`无法写入文件 ${book}：磁盘已满（原文件未被改动）`);
  expect(readFileSync(book).equals(before)).toBe(true);
});

test('a rename that fails (the file open in Excel on Windows) also leaves the old file and no temporary file', () => {
  const busy: WriteFs = {
    writeFileSync,
    renameSync() {
      throw Object.assign(new Error('EBUSY: resource busy or locked, rename'), { code: 'EBUSY' });
    },
    unlinkSync,
  };
  expect(() => writeOutput(book, Buffer.from('new'), nodeIo('zh'), busy)).toThrow(UsageError);
  expect(readFileSync(book).equals(before)).toBe(true);
  expect(readdirSync(dir)).toEqual(['考核表.xlsx']);
});

test('a write that succeeds replaces the file whole', () => {
  writeAtomic(book, Buffer.from('PK new bytes'));
  expect(readFileSync(book, 'utf8')).toBe('PK new bytes');
  expect(existsSync(book)).toBe(true);
  expect(readdirSync(dir)).toEqual(['考核表.xlsx']);
});
