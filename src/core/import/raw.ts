// What a reader (PDF, Excel, text) recovers from a published disclosure before it is understood:
// tables as grids of printed text with the position of every cell, narrative paragraphs and the
// contents list. Core turns a RawDocument into a Document (assemble.ts); readers do no accounting.
import type { Merge, SourcePos } from '../model/document.ts';

/** One printed cell: its text exactly as read (look-alike radicals already normalised) and where. */
export interface RawCell {
  text: string;
  at: SourcePos;
}

/**
 * A table as printed. `header` holds the header rows, one entry per column in each row (a label
 * spanning several columns is repeated in each; a blank is ''); `body` holds the data rows with one
 * cell per column, '' where nothing is printed. A table continued over several pages is one
 * RawTable: repeated header rows are dropped by the reader. Names printed over two lines (“机关事业
 * 单位基本养老保险缴费支” + “出”) are joined by the reader.
 */
export interface RawTable {
  title: string;
  titleAt: SourcePos;
  /** Lines between the title and the header: “编制单位：上海市财政局”, “单位：元”. */
  preamble: RawCell[];
  header: RawCell[][];
  body: RawCell[][];
  /** Lines printed under the table: “注：…”, “本表为空”, “…故此表无数据”. */
  notes: RawCell[];
  /**
   * Merged blocks of the body (Excel), in body coordinates as Document.merges: the text sits in the
   * block's first cell, the cells it covers are ''. Absent when the body has none.
   */
  merges?: Merge[];
}

/** A paragraph of the narrative with where it starts; headings are paragraphs too. */
export interface RawParagraph {
  text: string;
  at: SourcePos;
}

export interface RawDocument {
  source: { file: string; kind: 'pdf' | 'xlsx' | 'text'; pages?: number };
  /** The lines before the contents: “上海市2025年市级单位预算”, “预算单位：上海市财政局”. */
  titleLines: RawCell[];
  /** The 目录 entries as printed, in order (empty when the document has none). */
  contents: RawCell[];
  /** Everything that is not a table, in reading order (第一部分 … 名词解释, 情况说明 …). */
  paragraphs: RawParagraph[];
  tables: RawTable[];
  /**
   * What the reader skipped or could not read faithfully, Chinese / English with the place: a hidden
   * sheet, a formula without a cached result. Absent when there is nothing to say.
   */
  warnings?: RawCell[];
}
