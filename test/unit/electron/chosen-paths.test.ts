import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ChosenPaths, FILE_PURPOSES, PURPOSE_GRANTS } from '../../../src/main/electron/chosen-paths.ts';
import { assertPathsChosen, fileFieldsOf, filesIn, withReplaceConfirmed } from '../../../src/main/electron/path-arguments.ts';
import { requestNames } from '../../../src/shared/api/index.ts';

describe('paths the user chose, each for a purpose', () => {
  it('remembers dialog and drop paths with their purpose, compared after normalising', () => {
    const chosen = new ChosenPaths();
    const file = join('/home/owner/Downloads', 'orders_export.csv');
    chosen.remember([file, ''], 'import');
    expect(chosen.allows(file, 'imports.run', 'read')).toBe(true);
    expect(chosen.allows('/home/owner/Downloads/./orders_export.csv', 'imports.inspect', 'read')).toBe(true);
    expect(chosen.allows('/home/owner/Downloads/other.csv', 'imports.run', 'read')).toBe(false);
    expect(chosen.allows('/home/owner/Downloads/../Downloads/orders_export.csv\0', 'imports.run', 'read')).toBe(false);
    expect(chosen.allows('', 'imports.run', 'read')).toBe(false);
  });

  it('lets a file be used only as it was chosen: an import pick is never written, a save pick never read, a backup pick never exported to', () => {
    const chosen = new ChosenPaths();
    chosen.remember(['/home/owner/orders.csv'], 'import');
    chosen.remember(['/home/owner/audience.csv'], 'export');
    chosen.remember(['/home/owner/shop.db'], 'backup');
    chosen.remember(['/home/owner/old.db'], 'restore');
    expect(chosen.allows('/home/owner/orders.csv', 'campaigns.export', 'write')).toBe(false);
    expect(chosen.allows('/home/owner/orders.csv', 'data.backup', 'write')).toBe(false);
    expect(chosen.allows('/home/owner/orders.csv', 'data.restore', 'read')).toBe(false);
    expect(chosen.allows('/home/owner/audience.csv', 'campaigns.export', 'write')).toBe(true);
    expect(chosen.allows('/home/owner/audience.csv', 'data.backup', 'write')).toBe(false);
    expect(chosen.allows('/home/owner/audience.csv', 'imports.run', 'read')).toBe(false);
    expect(chosen.allows('/home/owner/shop.db', 'data.backup', 'write')).toBe(true);
    expect(chosen.allows('/home/owner/shop.db', 'data.restore', 'read')).toBe(false);
    expect(chosen.allows('/home/owner/old.db', 'data.restore', 'read')).toBe(true);
    expect(chosen.allows('/home/owner/old.db', 'imports.run', 'read')).toBe(false);

    expect(() => assertPathsChosen('campaigns.export', { path: '/home/owner/orders.csv' }, chosen)).toThrow(/only writes files you chose for this.*orders\.csv/);
    expect(() => assertPathsChosen('data.backup', { path: '/home/owner/audience.csv' }, chosen)).toThrow(/audience\.csv/);
    expect(() => assertPathsChosen('imports.run', { paths: ['/home/owner/audience.csv'] }, chosen)).toThrow(/only reads files you chose/);
  });

  it('finds the file fields of a request from the contract, at any depth, with whether they are read or written', () => {
    expect(fileFieldsOf('imports.run')).toEqual([
      { at: 'paths[]', access: 'read' },
      { at: 'files[].path', access: 'read' },
    ]);
    expect(fileFieldsOf('campaigns.export')).toEqual([{ at: 'path', access: 'write' }]);
    expect(fileFieldsOf('data.backup')).toEqual([{ at: 'path', access: 'write' }]);
    expect(fileFieldsOf('data.restore')).toEqual([{ at: 'path', access: 'read' }]);
    expect(fileFieldsOf('app.info')).toEqual([]);
    expect(fileFieldsOf('no.such.request')).toEqual([]);
    expect(filesIn('imports.run', { paths: ['/a.csv'], files: [{ path: '/b.csv' }, { path: '/c.csv', mapping: {} }] }).map((f) => f.path)).toEqual(['/a.csv', '/b.csv', '/c.csv']);
    expect(filesIn('imports.run', null)).toEqual([]);
  });

  it('grants every request that names a file to exactly the purposes that read or write it as it does', () => {
    for (const name of requestNames) {
      for (const { at, access } of fileFieldsOf(name)) {
        const granting = FILE_PURPOSES.filter((purpose) => PURPOSE_GRANTS[purpose].requests.includes(name));
        expect({ name, at, granted: granting.length > 0 }).toEqual({ name, at, granted: true });
        for (const purpose of granting) expect({ name, purpose, access: PURPOSE_GRANTS[purpose].access }).toEqual({ name, purpose, access });
      }
    }
  });

  it('checks nested paths as well: a files[].path the user never chose is refused even when paths[] were chosen', () => {
    const chosen = new ChosenPaths();
    chosen.remember(['/home/owner/orders.csv'], 'import');
    expect(() => assertPathsChosen('imports.run', { paths: ['/home/owner/orders.csv'], files: [{ path: '/home/owner/orders.csv' }] }, chosen)).not.toThrow();
    expect(() => assertPathsChosen('imports.run', { paths: ['/home/owner/orders.csv'], files: [{ path: '/home/owner/.ssh/id_rsa' }] }, chosen)).toThrow(/id_rsa/);
    expect(() => assertPathsChosen('imports.run', { paths: ['/home/owner/orders.csv', '/home/owner/.ssh/id_rsa'] }, chosen)).toThrow(/id_rsa/);
    expect(() => assertPathsChosen('app.info', { paths: ['/etc/passwd'] }, chosen)).not.toThrow();
  });

  it('marks a write to a file chosen in the save dialog as confirmed to replace, whatever the page sent', () => {
    expect(withReplaceConfirmed('data.backup', { path: '/home/owner/shop.db', replace: false })).toEqual({ path: '/home/owner/shop.db', replace: true });
    expect(withReplaceConfirmed('data.restore', { path: '/home/owner/shop.db' })).toEqual({ path: '/home/owner/shop.db' });
    expect(withReplaceConfirmed('app.info', {})).toEqual({});
  });
});
