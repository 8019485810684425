// What assembling a RawDocument could not read as printed or had to interpret: a value, never an
// exception. Chinese first, English second, with the place when there is one.
import type { SourcePos, TableId } from '../model/document.ts';

export interface ImportProblem {
  /** Chinese: what was found and what was done about it. */
  message: string;
  messageEn: string;
  at?: SourcePos;
  /** The canonical table concerned, when there is one. */
  table?: TableId;
}

/** Collects problems while assembling. */
export class ProblemList {
  readonly items: ImportProblem[] = [];

  add(message: string, messageEn: string, at?: SourcePos, table?: TableId): void {
    const p: ImportProblem = { message, messageEn };
    if (at) p.at = at;
    if (table) p.table = table;
    this.items.push(p);
  }
}
