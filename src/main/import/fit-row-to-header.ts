import type { WarningLog } from './warning-log.ts';

/**
 * Every importer's first step for a row: false for the empty line a file may end with; a row with
 * fewer or more fields than the header is warned about and read with the missing fields blank.
 */
export function fitRowToHeader(fields: string[], count: number, width: number, warnings: WarningLog, line: number): boolean {
  if (count === 1 && fields[0] === '') return false;
  if (count !== width) {
    warnings.add('rowWidth', 'Rows with a different number of fields than the header (missing fields read as blank)', line);
    for (let k = count; k < width; k++) fields[k] = '';
  }
  return true;
}
