import { z } from '@hono/zod-openapi';
import type { Context } from 'hono';

/** The `format` query of the reads that also come as CSV (tables, fixtures). */
export const FormatQuery = z.object({
  format: z
    .enum(['json', 'csv'])
    .optional()
    .openapi({ description: 'csv: the same rows as text/csv, as Accept: text/csv does (default: JSON)' }),
});

/**
 * Whether an Accept header asks for CSV before JSON: `text/csv` listed with a quality above that of
 * `application/json` (a browser's `*\/*` alone never does).
 */
export function acceptsCsvFirst(accept: string | undefined): boolean {
  if (!accept) return false;
  const quality = (type: string) => {
    for (const part of accept.split(',')) {
      const [media, ...params] = part.trim().split(';');
      if (media?.trim().toLowerCase() !== type) continue;
      const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
      return q === undefined ? 1 : Number(q);
    }
    return 0;
  };
  const csv = quality('text/csv');
  return csv > 0 && csv >= quality('application/json');
}

/** CSV asked for, by `?format=csv` or by the Accept header (the query wins when both are given). */
export const wantsCsv = (c: Context, format: 'json' | 'csv' | undefined): boolean =>
  format === undefined ? acceptsCsvFirst(c.req.header('Accept')) : format === 'csv';

/** A CSV body, named for a download. */
export const csvResponse = (c: Context, text: string, filename: string): Response =>
  c.body(`${text}\r\n`, 200, {
    'Content-Type': 'text/csv; charset=utf-8; header=present',
    'Content-Disposition': `inline; filename="${filename.replace(/[^\w.-]+/g, '-')}.csv"`,
  });

/** The OpenAPI content of a read that also comes as CSV. */
export const csvContent = (description: string) => ({
  'text/csv': { schema: z.string().openapi({ description }) },
});
