import { describe, expect, it } from 'vitest';
import { mainWindowOptions, WINDOW_BACKGROUND } from '../../../src/main/electron/window-options.ts';

const base = { preloadPath: '/app/out/preload/index.cjs', dark: false, devTools: false, title: 'Regulars' };

describe('main window options', () => {
  it('isolates and sandboxes the renderer, with no Node and full web security', () => {
    const prefs = mainWindowOptions(base).webPreferences!;
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      spellcheck: false,
      preload: '/app/out/preload/index.cjs',
    });
    expect(prefs).not.toHaveProperty('enableBlinkFeatures');
    expect(prefs).not.toHaveProperty('additionalArguments');
  });

  it('opens hidden (shown on ready-to-show) with a minimum size', () => {
    const options = mainWindowOptions(base);
    expect(options.show).toBe(false);
    expect(options.minWidth).toBeGreaterThanOrEqual(800);
    expect(options.minHeight).toBeGreaterThanOrEqual(560);
  });

  it('paints the background like the OS theme', () => {
    expect(mainWindowOptions({ ...base, dark: true }).backgroundColor).toBe(WINDOW_BACKGROUND.dark);
    expect(mainWindowOptions({ ...base, dark: false }).backgroundColor).toBe(WINDOW_BACKGROUND.light);
  });

  it('allows dev tools only when asked (npm run dev)', () => {
    expect(mainWindowOptions(base).webPreferences!.devTools).toBe(false);
    expect(mainWindowOptions({ ...base, devTools: true }).webPreferences!.devTools).toBe(true);
  });
});
