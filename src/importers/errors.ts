// The one error readers throw for input they cannot read (encrypted, scanned, truncated, too
// large, not what its name says): the CLI turns it into exit code 2 with the message as it is.
import type { SourcePos } from '../core/model/document.ts';

export class ImportError extends Error {
  /**
   * @param message Chinese first, then English after “ / ”, e.g. “PDF 已加密，无法读取 / the PDF is encrypted”.
   * @param file the file concerned
   * @param at where in the file, when known (page, sheet and cell, line)
   */
  constructor(
    message: string,
    readonly file?: string,
    readonly at?: SourcePos,
  ) {
    super(message);
    this.name = 'ImportError';
  }
}
