// A one-line progress bar on stderr for long runs: count/total, the current file and documents per
// second, redrawn in place with \r. Only on a terminal (never in logs or pipes) and only for more
// than one file; log() prints a message above the bar without mangling it.

export interface ProgressStream {
  write(text: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

export class Progress {
  private done = 0;
  private current = '';
  private readonly started = performance.now();
  readonly enabled: boolean;

  constructor(
    private readonly stream: ProgressStream,
    private readonly total: number,
  ) {
    this.enabled = stream.isTTY === true && total > 1;
  }

  /** A file starts. */
  start(file: string): void {
    this.current = file;
    this.draw();
  }

  /** A file is finished (rendered or failed). */
  step(): void {
    this.done++;
    this.draw();
  }

  /** Prints a line (message, issue) above the bar. */
  log(text: string): void {
    this.clear();
    this.stream.write(text.endsWith('\n') ? text : `${text}\n`);
    this.draw();
  }

  /** Removes the bar before the summary. */
  finish(): void {
    this.clear();
  }

  private clear(): void {
    if (this.enabled) this.stream.write('\r\x1b[K');
  }

  private draw(): void {
    if (!this.enabled) return;
    const seconds = (performance.now() - this.started) / 1000;
    const rate = seconds > 0 ? (this.done / seconds).toFixed(1) : '0.0';
    const width = 20;
    const filled = Math.round((this.done / this.total) * width);
    const bar = `${'█'.repeat(filled)}${'░'.repeat(width - filled)}`;
    const head = `[${bar}] ${this.done}/${this.total} ${rate} 份/秒 `;
    const room = Math.max(10, (this.stream.columns ?? 80) - displayWidth(head) - 1);
    this.stream.write(`\r\x1b[K${head}${fit(this.current, room)}`);
  }
}

/** Terminal columns of a text: CJK and full-width characters take two. */
function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return w;
}

/** Keeps the end of a long path (the file name matters most). */
function fit(text: string, room: number): string {
  if (displayWidth(text) <= room) return text;
  const chars = [...text];
  while (chars.length > 0 && displayWidth(chars.join('')) > room - 1) chars.shift();
  return `…${chars.join('')}`;
}
