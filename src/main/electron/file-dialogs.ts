import { basename, extname, join } from 'node:path';
import type { OpenDialogOptions, OpenDialogReturnValue, SaveDialogOptions, SaveDialogReturnValue } from 'electron';
import type { ChosenPaths } from './chosen-paths.ts';
import type { ShellText } from './shell-text.ts';

/** What an open dialog picks a file for (read). */
export type OpenPurpose = 'import' | 'restore';
/** What a save dialog picks a file for (write). */
export type SavePurpose = 'export' | 'backup';

function unknownPurpose(value: unknown): Error {
  return new Error(`Unknown file purpose ${JSON.stringify(String(value)).slice(0, 60)}.`);
}

export function parsePurpose(value: unknown): OpenPurpose {
  if (value === 'import' || value === 'restore') return value;
  throw unknownPurpose(value);
}

export function parseSavePurpose(value: unknown): SavePurpose {
  if (value === 'export' || value === 'backup') return value;
  throw unknownPurpose(value);
}

/** Import picks several CSV exports; restore picks one Regulars database. */
export function openDialogOptions(purpose: OpenPurpose, t: ShellText): OpenDialogOptions {
  if (purpose === 'import') {
    return {
      title: t('dialog.importTitle'),
      properties: ['openFile', 'multiSelections', 'dontAddToRecent'],
      filters: [
        { name: t('dialog.csvFiles'), extensions: ['csv'] },
        { name: t('dialog.allFiles'), extensions: ['*'] },
      ],
    };
  }
  return {
    title: t('dialog.restoreTitle'),
    properties: ['openFile', 'dontAddToRecent'],
    filters: [{ name: t('dialog.databaseFiles'), extensions: ['db'] }],
  };
}

/** The page suggests only a file name: folders, control characters and overlong names are stripped. */
export function safeSuggestedName(value: unknown): string {
  const raw = typeof value === 'string' ? value : '';
  // eslint-disable-next-line no-control-regex
  const name = basename(raw.replaceAll('\\', '/')).replace(/[\u0000-\u001f\u007f<>:"|?*]/g, '').trim().slice(0, 200);
  return name === '' || name === '.' || name === '..' ? 'regulars-export.csv' : name;
}

export function saveDialogOptions(suggestedName: unknown, documentsDir: string, t: ShellText): SaveDialogOptions {
  const name = safeSuggestedName(suggestedName);
  const extension = extname(name).slice(1).toLowerCase();
  const filters = extension === 'csv' ? [{ name: t('dialog.csvFiles'), extensions: ['csv'] }] : extension === 'db' ? [{ name: t('dialog.databaseFiles'), extensions: ['db'] }] : [];
  return {
    title: t('dialog.saveTitle'),
    defaultPath: join(documentsDir, name),
    properties: ['createDirectory', 'showOverwriteConfirmation', 'dontAddToRecent'],
    filters: [...filters, { name: t('dialog.allFiles'), extensions: ['*'] }],
  };
}

export interface FileDialogs {
  chooseFiles(purpose: unknown): Promise<string[]>;
  chooseSaveLocation(purpose: unknown, suggestedName: unknown): Promise<string | null>;
}

export interface FileDialogDeps {
  showOpen(options: OpenDialogOptions): Promise<OpenDialogReturnValue>;
  showSave(options: SaveDialogOptions): Promise<SaveDialogReturnValue>;
  chosen: ChosenPaths;
  text(): ShellText;
  documentsDir(): string;
}

/** The native dialogs behind `chooseFiles` / `chooseSaveLocation`; every path they return joins ChosenPaths with its purpose. */
export function createFileDialogs(deps: FileDialogDeps): FileDialogs {
  return {
    async chooseFiles(purpose) {
      const chosenFor = parsePurpose(purpose);
      const result = await deps.showOpen(openDialogOptions(chosenFor, deps.text()));
      if (result.canceled) return [];
      deps.chosen.remember(result.filePaths, chosenFor);
      return result.filePaths;
    },
    async chooseSaveLocation(purpose, suggestedName) {
      const chosenFor = parseSavePurpose(purpose);
      const result = await deps.showSave(saveDialogOptions(suggestedName, deps.documentsDir(), deps.text()));
      if (result.canceled || !result.filePath) return null;
      deps.chosen.remember([result.filePath], chosenFor);
      return result.filePath;
    },
  };
}
