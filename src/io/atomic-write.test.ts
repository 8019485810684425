// writeFileAtomic: whole files or nothing, existing files kept unless overwriting, no temp left.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { OutputExistsError, writeFileAtomic } from './atomic-write.ts';

const DIR = mkdtempSync(join(tmpdir(), 'yusuan-atomic-'));
afterAll(() => rmSync(DIR, { recursive: true, force: true }));

describe('writeFileAtomic', () => {
  it('writes a new file and leaves no temporary file', async () => {
    const dir = mkdtempSync(join(DIR, 'a-'));
    await writeFileAtomic(join(dir, 'x.html'), Buffer.from('新'), { overwrite: false });
    expect(readdirSync(dir)).toEqual(['x.html']);
    expect(readFileSync(join(dir, 'x.html'), 'utf8')).toBe('新');
  });

  it('keeps an existing file unless overwriting is allowed', async () => {
    const dir = mkdtempSync(join(DIR, 'b-'));
    const target = join(dir, 'x.html');
    writeFileSync(target, 'old');
    await expect(writeFileAtomic(target, Buffer.from('new'), { overwrite: false })).rejects.toBeInstanceOf(OutputExistsError);
    expect(readFileSync(target, 'utf8')).toBe('old');
    await writeFileAtomic(target, Buffer.from('new'), { overwrite: true });
    expect(readFileSync(target, 'utf8')).toBe('new');
    expect(readdirSync(dir)).toEqual(['x.html']);
  });

  it('throws and leaves nothing when the directory does not exist', async () => {
    await expect(writeFileAtomic(join(DIR, 'missing', 'x.html'), Buffer.from('x'), { overwrite: false })).rejects.toThrow();
    expect(readdirSync(DIR).some((n) => n.endsWith('.tmp'))).toBe(false);
  });
});
