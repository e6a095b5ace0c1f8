import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDialogOptions, parsePurpose, safeSuggestedName, saveDialogOptions } from '../../../src/main/electron/file-dialogs.ts';
import { createShellText } from '../../../src/main/electron/shell-text.ts';

const { t } = createShellText('en');

describe('file dialogs', () => {
  it('import picks several CSV files; restore picks one .db', () => {
    const importing = openDialogOptions('import', t);
    expect(importing.properties).toEqual(expect.arrayContaining(['openFile', 'multiSelections']));
    expect(importing.filters?.[0]).toEqual({ name: 'CSV files', extensions: ['csv'] });
    const restoring = openDialogOptions('restore', t);
    expect(restoring.properties).not.toContain('multiSelections');
    expect(restoring.filters).toEqual([{ name: 'Regulars database', extensions: ['db'] }]);
  });

  it('translates the dialog texts', () => {
    expect(openDialogOptions('import', createShellText('ru').t).filters?.[0]?.name).toBe('Файлы CSV');
  });

  it('watch picks one folder', () => {
    expect(openDialogOptions('watch', t)).toEqual({ title: 'Choose the folder to watch for new exports', properties: ['openDirectory', 'createDirectory', 'dontAddToRecent'] });
  });

  it('accepts only the three purposes', () => {
    expect(parsePurpose('import')).toBe('import');
    expect(parsePurpose('watch')).toBe('watch');
    expect(() => parsePurpose('../../etc')).toThrow();
    expect(() => parsePurpose({})).toThrow();
  });

  it('takes only a file name from the page, inside the documents folder', () => {
    expect(safeSuggestedName('../../.ssh/authorized_keys')).toBe('authorized_keys');
    expect(safeSuggestedName('C:\\Windows\\System32\\evil.dll')).toBe('evil.dll');
    expect(safeSuggestedName('lapsed\u0000customers.csv')).toBe('lapsedcustomers.csv');
    expect(safeSuggestedName('..')).toBe('regulars-export.csv');
    expect(safeSuggestedName(42)).toBe('regulars-export.csv');
    expect(safeSuggestedName('x'.repeat(500))).toHaveLength(200);
    const options = saveDialogOptions('at-risk.csv', '/home/owner/Documents', t);
    expect(options.defaultPath).toBe(join('/home/owner/Documents', 'at-risk.csv'));
    expect(options.filters?.[0]).toEqual({ name: 'CSV files', extensions: ['csv'] });
  });
});
