// Brackets nested deeper than any Budget or Document are refused before the yaml parser sees them:
// it runs out of stack at ~780 levels, and a second such file in one process (a folder check) used
// to kill the process inside V8's regular-expression compiler.
import { describe, expect, it } from 'vitest';
import { MAX_FLOW_DEPTH, parseSource } from './parse-source.ts';

const nested = (n: number) => `a: ${'['.repeat(n)}${']'.repeat(n)}\n`;

describe('parseSource: bracket nesting', () => {
  it('reads nesting up to the limit and refuses one level more, naming the place', () => {
    expect(parseSource(nested(MAX_FLOW_DEPTH), 'yaml').ok).toBe(true);
    const r = parseSource(nested(MAX_FLOW_DEPTH + 1), 'yaml');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems[0]).toMatchObject({ line: 1, column: 4 + MAX_FLOW_DEPTH, message: expect.stringContaining('嵌套过深') });
  });

  it('refuses several deeply nested files one after another without failing', () => {
    for (const n of [5_000, 20_000, 100_000]) {
      const r = parseSource(nested(n), 'yaml');
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.problems[0]?.message).toBe(`YAML 语法错误：嵌套过深，已停止解析（括号 [ { 嵌套超过 ${MAX_FLOW_DEPTH} 层）`);
    }
  });

  it('refuses a deep JSON file that the yaml parser would have to read (a repeated key)', () => {
    const r = parseSource(`{"a": 1, "a": ${'['.repeat(20_000)}${']'.repeat(20_000)}}`, 'json');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]?.message).toContain('JSON 语法错误：嵌套过深');
  });
});
