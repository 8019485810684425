// Parses the text of a Budget file, YAML or JSON, into plain data, and maps a field path such as
// `lines[12].functionCode` back to its line and column. Both formats go through the `yaml` parser
// (JSON with its strict JSON schema) so that duplicate keys are errors in both, errors carry
// line:col, and alias expansion is capped. Plain numbers a float cannot hold exactly (codes with
// leading zeros, 21-digit project ids, over-precise amounts) are kept as their written text.
// A JSON file that has none of these is read by JSON.parse instead (json-fast.ts: the same value,
// two hundred times faster), a YAML file in the plain subset people write by hand line by line
// (yaml-fast.ts), and either is positioned by the yaml parser only when asked.
import type { Document, YAMLError } from 'yaml';
import { LineCounter, isScalar, parseDocument, visit } from 'yaml';
import { parseJsonFast, sameNumber } from './json-fast.ts';
import { parseYamlFast } from './yaml-fast.ts';

export type SourceFormat = 'yaml' | 'json';

export interface Position {
  line: number;
  column: number;
}

export interface SyntaxProblem extends Partial<Position> {
  message: string;
  messageEn: string;
  /** The offending line with a caret under the place, as the parser prints it. */
  excerpt?: string;
}

export type ParseSourceResult =
  | { ok: true; value: unknown; locate: (path: string) => Position | undefined }
  | { ok: false; problems: SyntaxProblem[] };

/** Aliases (*name) a file may expand; a “billion laughs” file needs millions. */
export const MAX_ALIAS_COUNT = 100;

const YAML_ERROR_ZH: Partial<Record<YAMLError['code'], string>> = {
  BAD_INDENT: '缩进不对',
  TAB_AS_INDENT: '不能用制表符（Tab）缩进，请改用空格',
  DUPLICATE_KEY: '同一层级的键重复（后写的会覆盖先写的，数据会丢失）',
  MISSING_CHAR: '缺少结束符号（如 ] } 或引号）',
  UNEXPECTED_TOKEN: '出现了不该出现的符号',
  MULTILINE_IMPLICIT_KEY: '键不能跨行（冒号后可能缺空格，或上一行没写完）',
  BLOCK_AS_IMPLICIT_KEY: '键的写法不对（可能缺少冒号或缩进不对）',
  BAD_DQ_ESCAPE: '双引号文本中的转义写法不对',
  BAD_SCALAR_START: '值不能以这个符号开头，请加引号',
  BAD_ALIAS: '别名（*引用）写法不对',
  MULTIPLE_DOCS: '文件中有多个文档（---），一个文件只能放一份预算',
  TAG_RESOLVE_FAILED: '值的写法不合法（JSON 中文本须加双引号，数字不能以 0 开头）',
  RESOURCE_EXHAUSTION: '嵌套过深，已停止解析',
  KEY_OVER_1024_CHARS: '键太长（超过 1024 个字符）',
  NON_STRING_KEY: '键必须是文本',
};

/** Parses YAML or JSON text; the value is plain objects, arrays, strings, numbers, booleans, null. */
export function parseSource(text: string, format: SourceFormat): ParseSourceResult {
  // JSON.parse when it gives what the yaml parser would (json-fast.ts), and plain hand-written
  // YAML read line by line (yaml-fast.ts); positions are worked out by the yaml parser only when
  // a message needs one.
  const fast = format === 'json' ? parseJsonFast(text) : parseYamlFast(text);
  if (fast === undefined) return parseWithYaml(text, format);
  let located: ParseSourceResult | undefined;
  const locate = (path: string): Position | undefined => {
    located ??= parseWithYaml(text, format);
    return located.ok ? located.locate(path) : undefined;
  };
  return { ok: true, value: fast.value, locate };
}

/**
 * Brackets ([ {) a file may nest. The yaml parser recurses per level and runs out of stack at
 * about 780 levels; it reports that, but a second such file in the same process (a folder check)
 * then killed the process inside V8's regular-expression compiler. A Budget or Document nests
 * a few levels, so deeper nesting is refused before the parser sees it.
 */
export const MAX_FLOW_DEPTH = 100;

/** parseSource by the yaml parser: duplicate keys are errors, with line and column. */
export function parseWithYaml(text: string, format: SourceFormat): ParseSourceResult {
  const label = format === 'json' ? 'JSON' : 'YAML';
  const deep = tooDeep(text);
  if (deep !== undefined) {
    return {
      ok: false,
      problems: [{
        ...deep,
        message: `${label} 语法错误：${YAML_ERROR_ZH.RESOURCE_EXHAUSTION}（括号 [ { 嵌套超过 ${MAX_FLOW_DEPTH} 层）`,
        messageEn: `brackets nested more than ${MAX_FLOW_DEPTH} levels deep`,
      }],
    };
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, {
    lineCounter,
    uniqueKeys: true,
    prettyErrors: true,
    schema: format === 'json' ? 'json' : 'core',
  });
  if (doc.errors.length > 0) return { ok: false, problems: doc.errors.map((e) => syntaxProblem(e, label)) };
  keepInexactNumbersAsText(doc);
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (e) {
    const text = e instanceof Error ? e.message : String(e);
    const bomb = /alias count/i.test(text);
    return {
      ok: false,
      problems: [
        bomb
          ? {
              message: `YAML 别名（*引用）展开超过 ${MAX_ALIAS_COUNT} 次，疑似“十亿笑声”攻击，已停止解析`,
              messageEn: `alias expansion exceeds ${MAX_ALIAS_COUNT} (billion-laughs attack?); parsing stopped`,
            }
          : { message: `无法展开文件内容：${text}`, messageEn: text },
      ],
    };
  }
  const locate = (path: string): Position | undefined => {
    const segments = splitPath(path);
    for (let n = segments.length; n >= 0; n--) {
      const node = n === 0 ? doc.contents : doc.getIn(segments.slice(0, n), true);
      const range = (node as { range?: [number, number, number] } | null | undefined)?.range;
      if (range) {
        const pos = lineCounter.linePos(range[0]);
        return { line: pos.line, column: pos.col };
      }
    }
    return undefined;
  };
  return { ok: true, value, locate };
}

/**
 * Where brackets first nest deeper than MAX_FLOW_DEPTH, or undefined. Every bracket counts, in
 * quotes and comments too (a closing one never below zero): a Budget has far fewer in its text.
 */
function tooDeep(text: string): Position | undefined {
  let depth = 0;
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x5b /* [ */ || c === 0x7b /* { */) {
      if (++depth > MAX_FLOW_DEPTH) return { line, column: i - lineStart + 1 };
    } else if (c === 0x5d /* ] */ || c === 0x7d /* } */) {
      if (depth > 0) depth--;
    } else if (c === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  return undefined;
}

function syntaxProblem(error: YAMLError, label: string): SyntaxProblem {
  const [first = '', ...rest] = error.message.split('\n');
  const english = first.replace(/ at line \d+, column \d+:?$/, '');
  const excerpt = rest.join('\n').replace(/^\n+|\n+$/g, '');
  const pos = error.linePos?.[0];
  return {
    ...(pos && { line: pos.line, column: pos.col }),
    message: `${label} 语法错误：${YAML_ERROR_ZH[error.code] ?? '无法解析'}`,
    messageEn: english,
    ...(excerpt && { excerpt }),
  };
}

/** `lines[12].functionCode` → ['lines', 12, 'functionCode']. */
export function splitPath(path: string): (string | number)[] {
  const out: (string | number)[] = [];
  for (const m of path.matchAll(/\[(\d+)\]|([^.[\]]+)/g)) out.push(m[1] !== undefined ? Number(m[1]) : (m[2] as string));
  return out;
}

/**
 * Plain scalars read as numbers whose written text a JS number does not hold exactly (leading
 * zeros, more than ~15 significant digits) stay as their text, so no digit is lost silently;
 * the Budget reader then treats them as codes or exact amounts.
 */
function keepInexactNumbersAsText(doc: Document.Parsed): void {
  visit(doc, {
    Scalar(_key, node) {
      if (!isScalar(node) || typeof node.value !== 'number' || node.type !== 'PLAIN') return;
      const source = (node as { source?: unknown }).source;
      if (typeof source !== 'string' || !/^[-+]?\d+(\.\d+)?$/.test(source)) return;
      if (!sameNumber(source, node.value)) node.value = source;
    },
  });
}
