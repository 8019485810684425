// The fast YAML reading gives exactly the yaml parser's value or gives up: on the examples, on
// generated Budgets written in several YAML styles, on hand-written edge cases and on thousands
// of random edits of the examples.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { generateBudgets } from '../generator/index.ts';
import { parseSource, parseWithYaml } from './parse-source.ts';
import { parseYamlFast } from './yaml-fast.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const EXAMPLES = ['jianxi-2023.yaml', 'shanghai-czj-2025.yaml'].map((f) => readFileSync(join(ROOT, 'examples', f), 'utf8'));

/** The yaml parser's value of text (undefined when it refuses the text). */
function yamlValue(text: string): unknown {
  const r = parseWithYaml(text, 'yaml');
  return r.ok ? r.value : undefined;
}

/** The fast reading agrees with the yaml parser whenever it answers. */
function agrees(text: string): boolean {
  const fast = parseYamlFast(text);
  if (fast === undefined) return true;
  const r = parseWithYaml(text, 'yaml');
  return r.ok && isDeepStrictEqual(fast.value, r.value);
}

describe('parseYamlFast', () => {
  it('reads both examples as the yaml parser does', () => {
    for (const text of EXAMPLES) {
      const fast = parseYamlFast(text);
      expect(fast).toBeDefined();
      expect(fast?.value).toStrictEqual(yamlValue(text));
    }
  });

  it('reads generated Budgets in block style with plain, double- and single-quoted strings', () => {
    const styles = [
      {},
      { defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN', lineWidth: 0 },
      { defaultStringType: 'QUOTE_SINGLE', defaultKeyType: 'PLAIN', lineWidth: 0, indentSeq: false },
      { indent: 4, lineWidth: 0 },
    ] as const;
    for (const budget of generateBudgets(12, 500)) {
      for (const style of styles) {
        const text = stringify(budget, style);
        const fast = parseYamlFast(text);
        expect(fast, JSON.stringify(style)).toBeDefined();
        expect(fast?.value).toStrictEqual(yamlValue(text));
      }
    }
  });

  // Scalars and layouts the reader takes: the value is the yaml parser's, written out here too.
  const TAKEN: [string, string, unknown][] = [
    ['leading zero keeps its text', 'code: 013\n', { code: '013' }],
    ['a 20-digit number keeps its text', 'id: 12345678901234567890\n', { id: '12345678901234567890' }],
    ['a decimal a float holds', 'amount: 1.50\n', { amount: 1.5 }],
    ['signs', 'a: +12\nb: -3.25\n', { a: 12, b: -3.25 }],
    ['null, booleans and their spellings', 'a: ~\nb: Null\nc:\nd: True\ne: FALSE\n', { a: null, b: null, c: null, d: true, e: false }],
    ['words that are strings in YAML 1.2', 'a: yes\nb: off\nc: 2023-01-01\nd: 12:30\n', { a: 'yes', b: 'off', c: '2023-01-01', d: '12:30' }],
    ['comments, and # inside a word', '# top\na: b#c # note\n  # indented comment\nb: 1 # one\n', { a: 'b#c', b: 1 }],
    ['escapes in double quotes', 'a: "x\\"y\\\\z\\n\\u4e2d"\n', { a: 'x"y\\z\n中' }],
    ["'' in single quotes", "a: 'it''s'\n", { a: "it's" }],
    ['flow mapping with a nested flow sequence', 'a: { b: [1, "two", three], c: {} }\nd: []\n', { a: { b: [1, 'two', 'three'], c: {} }, d: [] }],
    ['a sequence at its key’s column', 'a:\n- 1\n- x: 2\n  y: 3\nb: 4\n', { a: [1, { x: 2, y: 3 }], b: 4 }],
    ['an item holding a nested block', 'a:\n  -\n    b: 1\n  - c\n', { a: [{ b: 1 }, 'c'] }],
    ['an empty item', 'a:\n  -\n  - 2\n', { a: [null, 2] }],
    ['CRLF line ends and trailing spaces', 'a: 1  \r\nb:\r\n  c: x y  \r\n', { a: 1, b: { c: 'x y' } }],
    ['dotted and dashed keys', 'fiscalUse.201: 文字\ngeneral-public: 2\n', { 'fiscalUse.201': '文字', 'general-public': 2 }],
    ['full-width punctuation in plain text', 'a: 说明：（一）项目，合计\n', { a: '说明：（一）项目，合计' }],
  ];
  it.each(TAKEN)('takes %s', (_name, text, value) => {
    expect(yamlValue(text)).toStrictEqual(value);
    expect(parseYamlFast(text)?.value).toStrictEqual(value);
  });

  // What the reader leaves to the yaml parser (which reads it, refuses it or positions its errors).
  const LEFT: [string, string][] = [
    ['an anchor and alias', 'a: &x 1\nb: *x\n'],
    ['a tag', 'a: !!str 1\n'],
    ['a block scalar', 'a: |\n  text\n'],
    ['a plain scalar over two lines', 'a: one\n  two\n'],
    ['a double-quoted scalar over two lines', 'a: "one\n  two"\n'],
    ['a repeated key', 'a: 1\na: 2\n'],
    ['a repeated key in a flow mapping', 'a: { b: 1, b: 2 }\n'],
    ['tab indentation', 'a:\n\tb: 1\n'],
    ['a key indented between two levels', 'a:\n    b: 1\n  c: 2\n'],
    ['a mapping value on its key’s line', 'a: b: c\n'],
    ['a sequence on its key’s line', 'a: - 1\n'],
    ['exponent, hex, octal, leading and trailing dots, underscores', 'a: 1e5\n'],
    ['hex', 'a: 0x1F\n'],
    ['octal', 'a: 0o17\n'],
    ['.5', 'a: .5\n'],
    ['1.', 'a: 1.\n'],
    ['underscores', 'a: 1_000\n'],
    ['infinity', 'a: .inf\n'],
    ['not a number', 'a: .nan\n'],
    ['a root sequence', '- 1\n- 2\n'],
    ['a root scalar', 'text\n'],
    ['an empty file', ''],
    ['only comments', '# nothing\n'],
    ['a byte-order mark', '\ufeffa: 1\n'],
    ['a document marker', '---\na: 1\n'],
    ['__proto__ as a key', '__proto__: 1\n'],
    ['null as a key', 'null: 1\n'],
    ['a numeric key', '2023: 1\n'],
    ['a quoted key', '"a": 1\n'],
    ['a trailing comma', 'a: [1, 2, ]\n'],
    ['text after a quoted scalar', 'a: "b" c\n'],
    ['a flow collection over two lines', 'a: [1,\n  2]\n'],
    ['a merge key', 'a: { b: 1 }\n<<: { c: 2 }\n'],
    ['a control character', 'a: b\u0007\n'],
    ['a key too long', `${'k'.repeat(1025)}: 1\n`],
  ];
  it.each(LEFT)('leaves %s to the yaml parser', (_name, text) => {
    expect(parseYamlFast(text)).toBeUndefined();
  });

  it('agrees with the yaml parser on 1,500 random edits of the examples', () => {
    let seed = 20261129;
    const random = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
    const pieces = [' ', '  ', ':', ': ', '-', '- ', '#', ' #', '"', "'", '{', '}', '[', ']', ',', '\n', '\n  ', 'a', '1', '0', '.', '&', '*', '!', '|', '>', '~', 'e5', '\\', '\r\n', 'null', '\n- ', '  - '];
    const pick = () => pieces[Math.floor(random() * pieces.length)] as string;
    let taken = 0;
    const wrong: string[] = [];
    for (let k = 0; k < 1500; k++) {
      let text = EXAMPLES[k % 2] as string;
      for (let e = 0; e < 1 + Math.floor(random() * 2); e++) {
        const at = Math.floor(random() * text.length);
        const kind = random();
        if (kind < 0.4) text = text.slice(0, at) + pick() + text.slice(at);
        else if (kind < 0.7) text = text.slice(0, at) + text.slice(at + 1 + Math.floor(random() * 3));
        else text = text.slice(0, at) + pick() + text.slice(at + 1);
      }
      if (parseYamlFast(text) === undefined) continue;
      taken++;
      if (!agrees(text)) wrong.push(text);
    }
    expect(wrong).toEqual([]);
    // Most edits land in comments and text, which the reader still takes.
    expect(taken).toBeGreaterThan(500);
  }, 60_000);

  it('parseSource positions a field of a fast-read file by the yaml parser', () => {
    const text = EXAMPLES[0] as string;
    const r = parseSource(text, 'yaml');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const line = text.split('\n').findIndex((l) => l.includes('functionCode: "2101103"')) + 1;
    expect(r.locate('lines[1].functionCode')?.line).toBe(line);
  });
});
