import { z } from 'zod';

/** A calendar day, `YYYY-MM-DD`, checked to be a real date. */
export const isoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD')
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  }, 'not a real calendar date');

/** A local file path chosen by the user (dialog or drop) that a request reads. Bounded so hostile input cannot balloon. */
export const filePath = z.string().min(1).max(4096).refine((s) => !s.includes('\0'), 'path contains a NUL byte');

/** A local file path chosen by the user in a save dialog that a request writes (a separate schema, so the shell can tell reads from writes). */
export const writePath = z.string().min(1).max(4096).refine((s) => !s.includes('\0'), 'path contains a NUL byte');

/**
 * Whether the user confirmed replacing an existing file at a write path: the app's save dialog asked (the shell
 * sets it, whatever the page sent), or `--replace` on the command line. Without it only a file the app wrote is replaced.
 */
export const replaceConfirmed = z.boolean().optional();

export const languages = ['en', 'zh', 'vi', 'ru'] as const;
export const language = z.enum(languages);
export type Language = z.infer<typeof language>;

export const themes = ['auto', 'light', 'dark'] as const;
export const theme = z.enum(themes);
export type Theme = z.infer<typeof theme>;

/** How money shows its currency: `€12.00` (symbol), `EUR 12.00` (code) or `12.00 euros` (name). */
export const currencyDisplays = ['symbol', 'code', 'name'] as const;
export const currencyDisplay = z.enum(currencyDisplays);
export type CurrencyDisplay = z.infer<typeof currencyDisplay>;
