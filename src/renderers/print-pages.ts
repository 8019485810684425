// The tabs (pages) the PDF engine prints with, kept open and reused: a document is loaded into an
// idle tab with setContent, printed, and the tab goes back to the pool. Reusing a tab keeps its
// renderer process — and the fonts it has already loaded — so only the first document in a tab
// pays for loading the CJK fonts. Each tab is its own renderer process, so `size` tabs print
// `size` documents at once. A tab is closed after `recycleAfter` documents (bounding what a
// long-lived renderer accumulates) or after a failure (a timed-out tab is never reused).
import type { Page } from 'playwright-core';

interface Lease {
  page: Page;
  uses: number;
}

interface Waiter {
  resolve: (lease: Lease) => void;
  reject: (err: unknown) => void;
}

export class PagePool {
  private readonly idle: Lease[] = [];
  private readonly waiting: Waiter[] = [];
  private live = 0;
  private closed = false;

  constructor(
    private readonly open: () => Promise<Page>,
    /** Tabs printing at the same time; more calls wait their turn. */
    readonly size: number,
    /** Documents a tab prints before it is closed and replaced. */
    readonly recycleAfter = 60,
  ) {}

  /** Runs `work` with a tab of its own; the tab goes back to the pool afterwards. */
  async use<T>(work: (page: Page) => Promise<T>): Promise<T> {
    const lease = await this.acquire();
    let ok = false;
    try {
      const result = await work(lease.page);
      ok = true;
      return result;
    } finally {
      this.release(lease, ok);
    }
  }

  /** Closes every idle tab and refuses new work; tabs in use close when their work ends. */
  async close(): Promise<void> {
    this.closed = true;
    const idle = this.idle.splice(0);
    for (const w of this.waiting.splice(0)) w.reject(new Error('PDF 引擎已关闭 / the PDF engine was closed'));
    await Promise.all(idle.map((l) => l.page.close().catch(() => undefined)));
  }

  private acquire(): Promise<Lease> {
    if (this.closed) return Promise.reject(new Error('PDF 引擎已关闭 / the PDF engine was closed'));
    const lease = this.idle.pop();
    if (lease) return Promise.resolve(lease);
    if (this.live < this.size) return this.openLease();
    return new Promise<Lease>((resolve, reject) => this.waiting.push({ resolve, reject }));
  }

  private openLease(): Promise<Lease> {
    this.live++;
    return this.open().then(
      (page) => ({ page, uses: 0 }),
      (err: unknown) => {
        this.live--;
        throw err;
      },
    );
  }

  private release(lease: Lease, ok: boolean): void {
    lease.uses++;
    const keep = ok && !this.closed && lease.uses < this.recycleAfter && !lease.page.isClosed();
    if (!keep) {
      this.live--;
      void lease.page.close().catch(() => undefined);
    }
    const next = this.waiting.shift();
    if (!next) {
      if (keep) this.idle.push(lease);
      return;
    }
    if (keep) next.resolve(lease);
    else this.openLease().then(next.resolve, next.reject);
  }
}
