// Printed header columns → the template's columns, by header labels. A printed table may show a
// subset of the spec's columns (the seed's empty tables lack 特定目标类), in its own header depth.
// Three readings, in order: position (each printed column's labels agree with one spec column,
// in order); the label bag (text extraction loses where a spanning label sat: the spec columns
// whose labels are all printed, in spec order, when they are as many as the printed columns);
// else position by similarity, unmatched printed columns kept under their own labels.
import type { Column } from '../model/document.ts';
import type { ColumnSpec } from '../templates/types.ts';
import { dice, labelKey } from './labels.ts';
import type { RawCell } from './raw.ts';

export interface ColumnMatch {
  columns: Column[];
  /** For each output column, the printed column it is read from. */
  source: number[];
  /** How the columns were matched (for problems and docs). */
  reading: 'position' | 'labels' | 'similarity' | 'form' | 'no-header';
  /** Printed columns matched to no spec column (0-based) and pairs matched by similarity only. */
  unmatched: number[];
  approximate: { printed: number; key: string }[];
}

/** The distinct labels of a header path, top to leaf, as comparable keys (a year set aside: “2023年预算数”). */
function pathKeys(labels: readonly string[]): string[] {
  const out: string[] = [];
  for (const l of labels) {
    const k = labelKey(l).replace(/^\d{4}年度?/, '');
    if (k && out[out.length - 1] !== k) out.push(k);
  }
  return out;
}

/** 1 when the printed path's leaf is the spec's leaf and every printed label is in the spec path. */
function pairScore(printed: readonly string[], spec: readonly string[]): number {
  const leafP = printed[printed.length - 1];
  const leafS = spec[spec.length - 1];
  if (leafP === undefined || leafS === undefined) return 0;
  const leaf = leafP === leafS ? 1 : dice(leafP, leafS);
  const inSpec = printed.filter((l) => spec.includes(l)).length / printed.length;
  return leaf * (0.5 + 0.5 * inSpec);
}

/** Monotone alignment of printed columns to spec columns maximising the summed scores ≥ min. */
function align(score: number[][], min: number): (number | undefined)[] {
  const n = score.length;
  const m = score[0]?.length ?? 0;
  const best: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) {
    for (let k = m - 1; k >= 0; k--) {
      const s = score[i]?.[k] ?? 0;
      const take = s >= min ? s + (best[i + 1]?.[k + 1] ?? 0) : -1;
      (best[i] as number[])[k] = Math.max(take, best[i + 1]?.[k] ?? 0, best[i]?.[k + 1] ?? 0);
    }
  }
  const out: (number | undefined)[] = new Array(n).fill(undefined);
  let i = 0;
  let k = 0;
  while (i < n && k < m) {
    const s = score[i]?.[k] ?? 0;
    const here = best[i]?.[k] ?? 0;
    if (s >= min && here === s + (best[i + 1]?.[k + 1] ?? 0)) {
      out[i] = k;
      i++;
      k++;
    } else if (here === (best[i + 1]?.[k] ?? 0)) i++;
    else k++;
  }
  return out;
}

/**
 * A code printed whole in one column (“科目编码” over “2120101”) where the spec splits it (类 / 款 /
 * 项): an unmatched printed column whose labels are the shared labels of a run of unmatched spec
 * code columns reads as all of them (the rows split the code, table-access.ts).
 */
function codeGroups(printed: readonly string[][], specPaths: readonly string[][], spec: readonly ColumnSpec[], map: readonly (number | undefined)[]): Map<number, number[]> {
  const used = new Set(map.filter((k): k is number => k !== undefined));
  const out = new Map<number, number[]>();
  map.forEach((k, j) => {
    const labels = printed[j] ?? [];
    if (k !== undefined || labels.length === 0) return;
    for (let a = 0; a < spec.length; a++) {
      const prefix = spec[a]?.key.split('.')[0];
      let b = a;
      while (b < spec.length && spec[b]?.kind === 'code' && spec[b]?.key.split('.')[0] === prefix && !used.has(b)) b++;
      if (b - a < 2) continue;
      const run = Array.from({ length: b - a }, (_, n) => a + n);
      if (run.every((g) => labels.every((l) => specPaths[g]?.includes(l)))) {
        out.set(j, run);
        for (const g of run) used.add(g);
        return;
      }
    }
  });
  return out;
}

function specColumn(c: ColumnSpec): Column {
  const col: Column = { key: c.key, kind: c.kind, header: [...c.header] };
  if (c.width !== undefined) col.width = c.width;
  return col;
}

/** Matches the printed header (rows of cells, `width` columns) to the spec's columns. */
export function matchColumns(header: readonly RawCell[][], width: number, spec: readonly ColumnSpec[]): ColumnMatch {
  const printed: string[][] = Array.from({ length: width }, (_, j) => pathKeys(header.map((row) => row[j]?.text ?? '')));
  const specPaths = spec.map((c) => pathKeys(c.header));
  const result = (reading: ColumnMatch['reading'], map: (number | undefined)[], approximate: ColumnMatch['approximate'] = []): ColumnMatch => {
    const columns: Column[] = [];
    const source: number[] = [];
    const unmatched: number[] = [];
    const groups = codeGroups(printed, specPaths, spec, map);
    map.forEach((k, j) => {
      const s = k === undefined ? undefined : spec[k];
      const group = groups.get(j);
      if (s) columns.push(specColumn(s));
      else if (group) {
        for (const g of group) {
          columns.push(specColumn(spec[g] as ColumnSpec));
          source.push(j);
        }
        return;
      } else {
        unmatched.push(j);
        const labels = header.map((row) => row[j]?.text.trim() ?? '').filter((t, i, a) => t && a.indexOf(t) === i);
        columns.push({ key: `printed.${j + 1}`, kind: 'text', header: labels });
      }
      source.push(j);
    });
    return { columns, source, reading, unmatched, approximate };
  };

  // A form (performance tables): no header of its own, columns in spec order.
  if (specPaths.every((p) => p.length === 0)) return result('form', Array.from({ length: width }, (_, j) => (j < spec.length ? j : undefined)));
  if (printed.every((p) => p.length === 0)) {
    return result('no-header', Array.from({ length: width }, (_, j) => (width <= spec.length && j < spec.length ? j : undefined)));
  }

  const score = printed.map((p) => specPaths.map((s) => pairScore(p, s)));
  const positional = align(score, 0.5);
  const clean = positional.every((k, j) => k !== undefined && (score[j]?.[k] ?? 0) >= 1);
  if (clean) return result('position', positional);

  // The label bag: spec columns whose labels are all printed somewhere in the header.
  const bag = new Set(printed.flat());
  const present = spec.map((_, k) => k).filter((k) => (specPaths[k] ?? []).every((l) => bag.has(l)));
  const covered = new Set(present.flatMap((k) => specPaths[k] ?? []));
  if (present.length === width && [...bag].every((l) => covered.has(l))) return result('labels', present);

  const approximate = positional.flatMap((k, j) => (k !== undefined && (score[j]?.[k] ?? 0) < 1 ? [{ printed: j, key: spec[k]?.key ?? '' }] : []));
  return result('similarity', positional, approximate);
}
