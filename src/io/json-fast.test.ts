// The fast JSON reading gives exactly what the yaml reading gives, and leaves to it every file
// where the two would differ: repeated keys, numbers a float cannot hold, syntax errors.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse as parseYamlText } from 'yaml';
import { documentOf, seedBudget } from '../../test/support/bases.ts';
import { generateBudget } from '../generator/index.ts';
import { renderJson } from '../renderers/json.ts';
import { parseJsonFast } from './json-fast.ts';
import { parseSource, parseWithYaml } from './parse-source.ts';

function bothWays(text: string): { fast: unknown; yaml: unknown } {
  const fast = parseJsonFast(text);
  const yaml = parseWithYaml(text, 'json');
  if (!fast || !yaml.ok) throw new Error('expected both readings to succeed');
  return { fast: fast.value, yaml: yaml.value };
}

describe('parseJsonFast', () => {
  it('reads a Document and a Budget as the yaml parser does', async () => {
    const seed = renderJson(documentOf(await seedBudget()));
    const generated = renderJson(documentOf(generateBudget(7)));
    const budget = JSON.stringify(parseYamlText(readFileSync('examples/jianxi-2023.yaml', 'utf8')), null, 2);
    for (const text of [seed, generated, budget]) {
      const { fast, yaml } = bothWays(text);
      expect(fast).toEqual(yaml);
    }
  });

  it('reads strings holding brackets, commas, quotes and escapes', () => {
    const text = '{"a": "x\\"}{,[", "b": [1, "]", {"a": "\\u00e9"}], "c": {"b": -0.50, "d": 2e3}}';
    const { fast, yaml } = bothWays(text);
    expect(fast).toEqual({ a: 'x"}{,[', b: [1, ']', { a: 'é' }], c: { b: -0.5, d: 2000 } });
    expect(fast).toEqual(yaml);
  });

  it('leaves a repeated key to the yaml parser, written plainly or escaped', () => {
    expect(parseJsonFast('{"a": 1, "a": 2}')).toBeUndefined();
    expect(parseJsonFast('{"a": 1, "\\u0061": 2}')).toBeUndefined();
    expect(parseJsonFast('[{"k": {"a": 1}, "a": 2}, {"a": 3}]')).toBeDefined();
    const r = parseSource('{"a": 1,\n "a": 2}', 'json');
    expect(r.ok).toBe(false);
  });

  it('finds a repeated key at any depth, also __proto__ and keys that look like indexes', () => {
    const deep = (inner: string, levels: number): string => '{"x": ['.repeat(levels) + inner + ']}'.repeat(levels);
    expect(parseJsonFast(deep('{"a": 1, "b": 2}', 100))).toBeDefined();
    expect(parseJsonFast(deep('{"a": 1, "b": {"a": 1}, "a": 3}', 100))).toBeUndefined();
    expect(parseJsonFast('{"__proto__": 1, "__proto__": 2}')).toBeUndefined();
    expect(parseJsonFast('{"__proto__": {"a": 1}}')).toBeDefined();
    expect(parseJsonFast('{"refs": {"0": "a", "1": "b", "0": "c"}}')).toBeUndefined();
    expect(parseJsonFast('{"refs": {"0": "a", "1": "b"}, "0": "c"}')).toBeDefined();
  });

  it('accepts integers a float holds, however written, and reads them as the yaml parser does', () => {
    for (const text of ['[-0, 0, 7, -42, 123456789012345, 1234567890123456, 9007199254740992, 1.50, 2e3]']) {
      const { fast, yaml } = bothWays(text);
      expect(fast).toEqual(yaml);
    }
    expect(parseJsonFast('[12345678901234567890]')).toBeUndefined();
  });

  it('leaves numbers a float cannot hold to the yaml parser, which keeps their text', () => {
    expect(parseJsonFast('{"id": 410305230000000025533}')).toBeUndefined();
    const r = parseSource('{"id": 410305230000000025533, "amount": 12.50, "small": 0.1}', 'json');
    expect(r.ok && r.value).toEqual({ id: '410305230000000025533', amount: 12.5, small: 0.1 });
  });

  it('leaves text JSON.parse refuses to the yaml parser and its positioned message', () => {
    expect(parseJsonFast('{"a": 1,}')).toBeUndefined();
    const r = parseSource('{\n  "a": 1,\n  "b": tru\n}', 'json');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]?.line).toBe(3);
  });

  it('still places a field path at its line and column', () => {
    const r = parseSource('{\n  "year": 2023,\n  "lines": [\n    {"amount": 1},\n    {"amount": "x"}\n  ]\n}', 'json');
    if (!r.ok) throw new Error('parse failed');
    expect(r.locate('lines[1].amount')).toEqual({ line: 5, column: 16 });
    expect(r.locate('lines[9].amount')).toEqual({ line: 3, column: 12 });
  });
});
