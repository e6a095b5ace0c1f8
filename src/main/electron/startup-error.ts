import { AppError } from '../../shared/api/envelope.ts';
import type { ErrorText, ShellText } from './shell-text.ts';

/**
 * The error box shown when the core cannot start (a database from a newer Regulars, a failed
 * migration, an unreadable file). The app then quits; the core has already left the file as it was.
 */
export function describeStartupError(error: unknown, dbPath: string, text: { t: ShellText; errorText: ErrorText }): { title: string; message: string } {
  const title = text.t('startup.title');
  if (error instanceof AppError && error.details?.messageKey) {
    const translated = text.errorText(error.details.messageKey, error.details.params);
    if (translated) return { title, message: `${translated}\n\n${dbPath}` };
  }
  const detail = error instanceof Error ? error.message : String(error);
  return { title, message: text.t('startup.failed', { path: dbPath, detail }) };
}
