import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react';
import type { ImportFileOptions, ImportFileResult } from '../../../../shared/domain/imports.ts';
import type { JobProgress } from '../../../../shared/domain/jobs.ts';
import { ApiError } from '../../api/api-error.ts';
import { useApi } from '../../api/ApiProvider.tsx';
import { bridge } from '../../api/bridge.ts';
import { useApiEvent } from '../../api/use-api-event.ts';

export type ImportState =
  | { status: 'idle' }
  | { status: 'running'; progress: JobProgress | null; cancelling: boolean }
  /** `paths`: the files in the order of their results (a failed file can be imported again with a column mapping). */
  | { status: 'finished'; results: ImportFileResult[]; paths: string[] }
  | { status: 'cancelled' }
  | { status: 'failed'; error: Error };

interface ImportController {
  state: ImportState;
  /** Import local files (paths from a drop or the open dialog). */
  importPaths(paths: string[]): void;
  /** Import one file again with the columns the user chose for it (the mapping step). */
  importMapped(options: ImportFileOptions): void;
  /** Import dropped `File` objects, resolving each to its local path through the shell. */
  importFiles(files: File[]): void;
  /** Ask the shell for files to import. */
  chooseAndImport(): void;
  /** Import the bundled sample store. */
  importSample(): void;
  cancel(): void;
  dismiss(): void;
}

const ImportContext = createContext<ImportController | null>(null);

/** Owns the one import that can run at a time: its progress (from `job.progress` events), cancel, and outcome. */
export function ImportProvider({ children }: { children: ReactNode }) {
  const api = useApi();
  const [state, setState] = useState<ImportState>({ status: 'idle' });
  const running = useRef(false);

  useApiEvent('job.progress', (progress) => {
    if (progress.kind !== 'import' || !running.current) return;
    setState((current) => (current.status === 'running' ? { ...current, progress } : current));
  });

  const track = useCallback((work: () => Promise<{ results: ImportFileResult[]; paths?: string[] }>) => {
    if (running.current) return;
    running.current = true;
    setState({ status: 'running', progress: null, cancelling: false });
    work().then(
      ({ results, paths }) => {
        running.current = false;
        const cancelled = results.length > 0 && results.every((r) => !r.ok && r.error.code === 'cancelled');
        setState(cancelled ? { status: 'cancelled' } : { status: 'finished', results, paths: paths ?? [] });
      },
      (error: unknown) => {
        running.current = false;
        if (error instanceof ApiError && error.code === 'cancelled') setState({ status: 'cancelled' });
        else setState({ status: 'failed', error: error instanceof Error ? error : new Error(String(error)) });
      },
    );
  }, []);

  const importPaths = useCallback((paths: string[]) => {
    if (paths.length > 0) track(async () => ({ ...(await api.request('imports.run', { paths })), paths }));
  }, [api, track]);

  const importSample = useCallback(() => track(() => api.request('samples.importSampleStore', {})), [api, track]);
  useApiEvent('menu.import', ({ paths }) => importPaths(paths));
  useApiEvent('menu.sampleStore', importSample);

  const controller = useMemo<ImportController>(
    () => ({
      state,
      importPaths,
      importMapped: (options) => track(async () => ({ ...(await api.request('imports.run', { paths: [options.path], files: [options] })), paths: [options.path] })),
      importFiles: (files) => {
        if (files.length === 0) return;
        track(async () => {
          const paths = await Promise.all(files.map((file) => bridge().pathForFile(file)));
          return { ...(await api.request('imports.run', { paths })), paths };
        });
      },
      chooseAndImport: () => {
        void bridge()
          .chooseFiles('import')
          .then(importPaths);
      },
      importSample,
      cancel: () => {
        if (state.status !== 'running' || !state.progress) return;
        setState({ ...state, cancelling: true });
        void api.request('imports.cancel', { jobId: state.progress.jobId });
      },
      dismiss: () => {
        if (!running.current) setState({ status: 'idle' });
      },
    }),
    [api, importPaths, importSample, state, track],
  );

  return <ImportContext.Provider value={controller}>{children}</ImportContext.Provider>;
}

export function useImport(): ImportController {
  const controller = useContext(ImportContext);
  if (!controller) throw new Error('useImport must be used inside <ImportProvider>');
  return controller;
}
