import type { BrowserWindowConstructorOptions } from 'electron';

export const WINDOW_BACKGROUND = { light: '#ffffff', dark: '#242424' } as const;

/** Mantine's page background for the OS theme, so no white flash before the first paint. */
export function windowBackground(dark: boolean): string {
  return dark ? WINDOW_BACKGROUND.dark : WINDOW_BACKGROUND.light;
}

export interface WindowOptionsInput {
  preloadPath: string;
  /** nativeTheme.shouldUseDarkColors: paint the empty window like the page that is about to load. */
  dark: boolean;
  /** Dev tools only under `npm run dev`. */
  devTools: boolean;
  title: string;
}

/**
 * The main window: the renderer gets no Node, runs sandboxed in an isolated world, and talks
 * to the core only through the preload's `window.regulars`. Shown once the first paint is ready.
 */
export function mainWindowOptions(input: WindowOptionsInput): BrowserWindowConstructorOptions {
  return {
    title: input.title,
    width: 1280,
    height: 820,
    minWidth: 960,
    minHeight: 600,
    show: false,
    backgroundColor: windowBackground(input.dark),
    webPreferences: {
      preload: input.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      devTools: input.devTools,
    },
  };
}
