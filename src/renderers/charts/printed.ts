// How the Document's tables print money, so every chart label shows the figure exactly as the
// table it comes from does (its unit and decimals, via formatAmount).
import type { DocTable, Document } from '../../core/model/document.ts';
import type { Fen } from '../../core/money/money.ts';
import { formatAmount } from '../../core/money/money.ts';

/** How a table prints money: its unit and decimals (万元, 2 when the table is absent). */
export interface Printed {
  unit: DocTable['unit'];
  decimals: number;
}

export function unitOf(doc: Document, id: DocTable['id']): Printed {
  const t = doc.tables.find((x) => x.id === id);
  return { unit: t?.unit ?? '万元', decimals: t?.decimals ?? 2 };
}

/** The amount as the table prints it, without the unit: "2002.45". */
export function num(fen: Fen, p: Printed): string {
  return formatAmount(fen, { unit: p.unit, decimals: p.decimals });
}

/** The amount with its unit: "2002.45万元". */
export function money(fen: Fen, p: Printed): string {
  return `${num(fen, p)}${p.unit}`;
}
