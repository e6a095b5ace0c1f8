import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ChosenPaths } from '../../../src/main/electron/chosen-paths.ts';
import { assertPathsChosen, pathFieldsOf, pathsIn } from '../../../src/main/electron/path-arguments.ts';

describe('paths the user chose', () => {
  it('remembers dialog and drop paths, compared after normalising', () => {
    const chosen = new ChosenPaths();
    const file = join('/home/owner/Downloads', 'orders_export.csv');
    chosen.remember([file, '']);
    expect(chosen.has(file)).toBe(true);
    expect(chosen.has('/home/owner/Downloads/./orders_export.csv')).toBe(true);
    expect(chosen.has('/home/owner/Downloads/other.csv')).toBe(false);
    expect(chosen.has('/home/owner/Downloads/../Downloads/orders_export.csv\0')).toBe(false);
    expect(chosen.has('')).toBe(false);
  });

  it('finds the file fields of a request from the contract (filePath, alone or in arrays)', () => {
    expect(pathFieldsOf('imports.run')).toEqual([{ key: 'paths', many: true }]);
    expect(pathFieldsOf('app.info')).toEqual([]);
    expect(pathFieldsOf('no.such.request')).toEqual([]);
    expect(pathsIn('imports.run', { paths: ['/a.csv', '/b.csv'] })).toEqual(['/a.csv', '/b.csv']);
    expect(pathsIn('imports.run', null)).toEqual([]);
  });

  it('refuses any path the user did not choose, and allows the chosen ones', () => {
    const chosen = new ChosenPaths();
    chosen.remember(['/home/owner/orders.csv']);
    expect(() => assertPathsChosen('imports.run', { paths: ['/home/owner/orders.csv'] }, chosen)).not.toThrow();
    expect(() => assertPathsChosen('imports.run', { paths: ['/home/owner/orders.csv', '/home/owner/.ssh/id_rsa'] }, chosen)).toThrow(/id_rsa/);
    expect(() => assertPathsChosen('app.info', { paths: ['/etc/passwd'] }, chosen)).not.toThrow();
  });
});
