// The Document's runtime schema (zod): checks that a value read from JSON (ours or an importer's)
// really has the Document's shape before anyone trusts it — amounts integer 分, one cell per
// column, merges inside the table, refs on real columns — and names the place of each error as a
// JSON path (tables[2].rows[5].cells[3]: 应为整数（分）). Pure; no I/O.
import { z } from 'zod';
import zhCN from 'zod/v4/locales/zh-CN.js';
import { DOCUMENT_ENUMS } from './document-enums.ts';
import { fastCheckDocument } from './document-fast-check.ts';
import { TABLE_IDS, type Document, type TableId } from './document.ts';

const ENUMS = DOCUMENT_ENUMS;

const FEN_MESSAGE = '应为整数（分）';

/** An amount in 分: a safe integer. */
const fen = z.number({ error: FEN_MESSAGE }).refine(Number.isSafeInteger, { error: FEN_MESSAGE });

const cell = z.union([z.number(), z.string(), z.null()], { error: '应为整数（分）、文本或 null' })
  .refine((v) => typeof v !== 'number' || Number.isSafeInteger(v), { error: FEN_MESSAGE });

const sourcePosSchema = z.strictObject({
  page: z.int().min(1).optional(),
  x: z.number().optional(),
  y: z.number().optional(),
  sheet: z.string().optional(),
  cell: z.string().optional(),
  line: z.int().min(1).optional(),
});

const columnSchema = z.strictObject({
  key: z.string().min(1),
  kind: z.enum(ENUMS.columnKind),
  header: z.array(z.string()),
  width: z.number().positive().optional(),
});

const rowSchema = z.strictObject({
  kind: z.enum(ENUMS.rowKind),
  code: z.string().optional(),
  name: z.string().optional(),
  cells: z.array(cell),
  refs: z.record(z.string().regex(/^\d+$/, '应为列序号'), z.string()).optional(),
  at: z.record(z.string().regex(/^\d+$/, '应为列序号'), sourcePosSchema).optional(),
});

const mergeSchema = z.strictObject({
  row: z.int().min(0),
  col: z.int().min(0),
  rowSpan: z.int().min(1),
  colSpan: z.int().min(1),
});

/** Most decimals each unit can print without going below one 分. */
const MAX_DECIMALS = { 元: 2, 万元: 6 } as const;

const tableSchema = z
  .strictObject({
    id: z.enum(TABLE_IDS as [TableId, ...TableId[]]),
    number: z.int().min(1),
    numberLabel: z.string(),
    title: z.string(),
    shortTitle: z.string().optional(),
    subtitle: z.array(z.string()),
    unit: z.enum(ENUMS.unit),
    decimals: z.int().min(0),
    columns: z.array(columnSchema),
    rows: z.array(rowSchema),
    merges: z.array(mergeSchema),
    notes: z.array(z.string()),
    empty: z.boolean(),
    at: sourcePosSchema.optional(),
  })
  .superRefine((t, ctx) => {
    const nCols = t.columns.length;
    if (t.decimals > MAX_DECIMALS[t.unit]) {
      ctx.addIssue({ code: 'custom', path: ['decimals'], message: `${t.unit}最多打印 ${MAX_DECIMALS[t.unit]} 位小数` });
    }
    t.rows.forEach((row, r) => {
      if (row.cells.length !== nCols) {
        ctx.addIssue({ code: 'custom', path: ['rows', r, 'cells'], message: `应有 ${nCols} 个单元格（每列一个），实有 ${row.cells.length} 个` });
      }
      row.cells.forEach((value, c) => {
        if (t.columns[c]?.kind === 'amount' && typeof value === 'string') {
          ctx.addIssue({ code: 'custom', path: ['rows', r, 'cells', c], message: `金额列${FEN_MESSAGE}或 null，不应为文本` });
        }
      });
      for (const key of Object.keys(row.refs ?? {})) {
        if (Number(key) >= nCols) ctx.addIssue({ code: 'custom', path: ['rows', r, 'refs', key], message: `列序号超出列数 ${nCols}` });
      }
    });
    t.merges.forEach((m, i) => {
      if (m.row + m.rowSpan > t.rows.length || m.col + m.colSpan > nCols) {
        ctx.addIssue({ code: 'custom', path: ['merges', i], message: `合并区域超出表体（${t.rows.length} 行 × ${nCols} 列）` });
      }
    });
  });

const metaSchema = z.strictObject({
  year: z.int().min(1900).max(2999),
  kind: z.literal('budget'),
  title: z.string(),
  department: z.strictObject({ code: z.string(), name: z.string() }),
  unitTypes: z.array(z.enum(ENUMS.unitType)).optional(),
  template: z.string(),
  date: z.string().optional(),
  precision: z.enum(ENUMS.precision),
  contents: z.array(z.string()).optional(),
  source: z
    .strictObject({ file: z.string(), kind: z.enum(ENUMS.sourceKind), pages: z.int().min(0).optional() })
    .optional(),
});

const claimSchema = z.strictObject({
  paragraph: z.int().min(0),
  start: z.int().min(0),
  end: z.int().min(0),
  kind: z.enum(ENUMS.claimKind),
  value: z.int(),
  ref: z.string().optional(),
  formula: z.string().optional(),
});

const narrativeSectionSchema = z.strictObject({
  part: z.enum(ENUMS.part),
  heading: z.string(),
  paragraphs: z.array(z.string()),
  line: z.int().min(1).optional(),
  claims: z.array(claimSchema).optional(),
  at: z.array(sourcePosSchema).optional(),
});

/** The Document schema. A top-level "$comment" (written by renderJson) is accepted and dropped. */
export const documentSchema = z
  .strictObject({
    $comment: z.string().optional(),
    schema: z.literal('yusuan/document@1'),
    meta: metaSchema,
    tables: z.array(tableSchema),
    narrative: z.array(narrativeSectionSchema).optional(),
  })
  .transform(({ $comment: _comment, ...doc }) => doc);

// Compile-time proof that the schema and the Document type describe the same shape: assignable
// both ways, and the same keys at every level (an optional field added to document.ts and not
// here would otherwise slip through).
type Parsed = z.output<typeof documentSchema>;
type Assert<T extends true> = T;
type SameKeys<A, B> = [Exclude<keyof A, keyof B> | Exclude<keyof B, keyof A>] extends [never] ? true : false;
type Item<T> = T extends readonly (infer U)[] ? U : never;
type PT = Item<Parsed['tables']>;
type DT = Document['tables'][number];
export type DocumentSchemaMatches = [
  Assert<[Parsed] extends [Document] ? ([Document] extends [Parsed] ? true : false) : false>,
  Assert<SameKeys<Parsed, Document>>,
  Assert<SameKeys<Parsed['meta'], Document['meta']>>,
  Assert<SameKeys<PT, DT>>,
  Assert<SameKeys<Item<PT['columns']>, DT['columns'][number]>>,
  Assert<SameKeys<Item<PT['rows']>, DT['rows'][number]>>,
  Assert<SameKeys<Item<PT['merges']>, DT['merges'][number]>>,
  Assert<SameKeys<Item<NonNullable<Parsed['narrative']>>, NonNullable<Document['narrative']>[number]>>,
];

/** One problem found in a document: where (JSON path) and what. */
export interface DocumentIssue {
  path: string;
  message: string;
}

/** A value that is not a valid Document; the message names the first problem's path. */
export class DocumentValidationError extends Error {
  constructor(readonly issues: DocumentIssue[]) {
    const [first] = issues;
    const more = issues.length > 1 ? `（另有 ${issues.length - 1} 处问题）` : '';
    const where = first?.path ? `${first.path}: ` : '';
    super(first ? `${where}${first.message}${more}` : '不是有效的预算公开文件（Document）');
    this.name = 'DocumentValidationError';
  }
}

/** Writes a path as JSON-path-like text: ["tables", 2, "rows"] → tables[2].rows. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'string' && /^[A-Za-z_$][\w$]*$/.test(key)) out += out ? `.${key}` : key;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out;
}

const zhErrors = zhCN().localeError;

/**
 * Checks `value` against the Document schema; returns it typed or throws DocumentValidationError.
 * A valid Document takes the fast path (document-fast-check.ts, same result as zod, about 6× cheaper);
 * anything it is not sure of goes through zod, which names the error.
 */
export function validateDocument(value: unknown): Document {
  const fast = fastCheckDocument(value);
  if (fast) return fast;
  const result = documentSchema.safeParse(value, { error: zhErrors });
  if (result.success) return result.data;
  throw new DocumentValidationError(
    result.error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message })),
  );
}
