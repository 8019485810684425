// The PDF engine's tab pool, with stand-in tabs (no Chromium): at most `size` documents at once,
// tabs reused in turn, replaced after `recycleAfter` documents or a failure, closed at the end.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { PagePool } from './print-pages.ts';

function fakeTabs() {
  const opened: { id: number; closed: boolean }[] = [];
  const open = async (): Promise<Page> => {
    const tab = { id: opened.length + 1, closed: false };
    opened.push(tab);
    return { id: tab.id, isClosed: () => tab.closed, close: async () => void (tab.closed = true) } as unknown as Page;
  };
  return { opened, open };
}

const idOf = (page: Page): number => (page as unknown as { id: number }).id;
const tick = () => new Promise((resolve) => setTimeout(resolve, 1));

describe('PagePool', () => {
  it('runs at most `size` jobs at once and reuses the tabs', async () => {
    const tabs = fakeTabs();
    const pool = new PagePool(tabs.open, 2);
    let running = 0;
    let most = 0;
    const used = await Promise.all(
      Array.from({ length: 9 }, () =>
        pool.use(async (page) => {
          most = Math.max(most, ++running);
          await tick();
          running--;
          return idOf(page);
        }),
      ),
    );
    expect(most).toBe(2);
    expect(tabs.opened).toHaveLength(2);
    expect(new Set(used)).toEqual(new Set([1, 2]));
    await pool.close();
    expect(tabs.opened.every((t) => t.closed)).toBe(true);
  });

  it('replaces a tab after a failure and after recycleAfter documents', async () => {
    const tabs = fakeTabs();
    const pool = new PagePool(tabs.open, 1, 3);
    await expect(pool.use(async () => Promise.reject(new Error('print failed')))).rejects.toThrow('print failed');
    expect(tabs.opened[0]!.closed).toBe(true);
    const ids: number[] = [];
    for (let i = 0; i < 4; i++) ids.push(await pool.use(async (page) => idOf(page)));
    expect(ids).toEqual([2, 2, 2, 3]);
    await pool.close();
    await expect(pool.use(async () => 1)).rejects.toThrow('已关闭');
  });

  it('hands a waiting job a fresh tab when the one it waited for failed', async () => {
    const tabs = fakeTabs();
    const pool = new PagePool(tabs.open, 1);
    const failing = pool.use(async () => {
      await tick();
      throw new Error('boom');
    });
    const waiting = pool.use(async (page) => idOf(page));
    await expect(failing).rejects.toThrow('boom');
    expect(await waiting).toBe(2);
    await pool.close();
  });
});
