// The file extensions `yusuan audit` reads and what each must hold, on their own (no reader is
// loaded) so that the Budget reader can point a published file to audit.

/** What a file holds, from its first bytes. */
export type ContentKind = 'pdf' | 'xlsx' | 'ole' | 'json' | 'text' | 'binary' | 'empty';

/** The extensions audit reads, and what each must hold. `.xls` is listed to be refused clearly. */
export const IMPORT_EXTENSIONS: Readonly<Record<string, ContentKind>> = { '.pdf': 'pdf', '.xlsx': 'xlsx', '.xls': 'ole', '.txt': 'text', '.json': 'json' };
