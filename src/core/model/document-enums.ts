// The closed word lists of the Document's fields (row kinds, column kinds, units, …), in one place
// for the schema (document-schema.ts, zod) and its fast acceptance path (document-fast-check.ts).
import type { RowKind } from './document.ts';

export const DOCUMENT_ENUMS = {
  rowKind: [
    'total', 'subtotal', 'department', 'unit', 'class', 'section', 'item',
    'project', 'source', 'indicator', 'heading', 'pair',
  ] as const satisfies readonly RowKind[],
  columnKind: ['code', 'text', 'amount'] as const,
  unit: ['元', '万元'] as const,
  unitType: ['administrative', 'civil-service-managed', 'institution'] as const,
  precision: ['exact', 'printed'] as const,
  sourceKind: ['pdf', 'xlsx', 'text', 'json'] as const,
  claimKind: ['amount', 'percent', 'count'] as const,
  part: ['profile', 'explanation', 'glossary'] as const,
};
