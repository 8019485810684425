// The progress bar draws only on a terminal and only for several files; messages go above it.
import { describe, expect, it } from 'vitest';
import { Progress } from './progress.ts';

function stream(isTTY: boolean) {
  const chunks: string[] = [];
  return { chunks, isTTY, columns: 60, write: (t: string) => chunks.push(t) };
}

describe('Progress', () => {
  it('redraws count/total, rate and the current file with \\r on a TTY', () => {
    const s = stream(true);
    const p = new Progress(s, 3);
    p.start('examples/a.yaml');
    p.step();
    p.log('examples/b.yaml: 文件是空的');
    p.finish();
    const out = s.chunks.join('');
    expect(out).toMatch(/\r\x1b\[K\[░{20}\] 0\/3 \d+\.\d 份\/秒 examples\/a\.yaml/);
    expect(out).toContain('1/3');
    expect(out).toContain('\r\x1b[Kexamples/b.yaml: 文件是空的\n');
    expect(out.endsWith('\r\x1b[K')).toBe(true);
  });

  it('prints nothing but messages when not a TTY or for one file', () => {
    for (const [tty, total] of [[false, 5], [true, 1]] as const) {
      const s = stream(tty);
      const p = new Progress(s, total);
      p.start('a.yaml');
      p.log('message');
      p.step();
      p.finish();
      expect(s.chunks).toEqual(['message\n']);
    }
  });

  it('shortens a long path from the left to fit the terminal', () => {
    const s = stream(true);
    new Progress(s, 2).start(`${'很长的目录/'.repeat(20)}budget.yaml`);
    expect(s.chunks.at(-1)).toMatch(/….*budget\.yaml$/);
  });
});
