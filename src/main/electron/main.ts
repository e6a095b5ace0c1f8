import { app, BrowserWindow, dialog, ipcMain, Menu, nativeTheme, protocol, session, shell } from 'electron';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createCore, type Core } from '../core/create-core.ts';
import { resolveDbPath } from '../db/location.ts';
import type { Preferences } from '../../shared/domain/app.ts';
import { APP_ENTRY_URL, APP_SCHEME, type OriginPolicy } from './app-origin.ts';
import { buildMenuTemplate, themeSource } from './app-menu.ts';
import { APP_SCHEME_PRIVILEGES, createAppProtocolHandler } from './app-protocol.ts';
import { createEventSender, registerBridgeIpc } from './bridge-ipc.ts';
import { ChosenPaths } from './chosen-paths.ts';
import { createFileDialogs } from './file-dialogs.ts';
import { isTrustedSender } from './ipc-sender.ts';
import { installNavigationGuard } from './navigation-guard.ts';
import { installPermissionHandlers } from './permissions.ts';
import { installRequestFilter } from './request-filter.ts';
import { createShellText, shellLanguage } from './shell-text.ts';
import { describeStartupError } from './startup-error.ts';
import { mainWindowOptions, windowBackground } from './window-options.ts';

// The desktop shell: it wires Electron to the core and enforces the security rules in the
// modules next to this file. No business logic lives here.

const devServerUrl = !app.isPackaged && process.env.ELECTRON_RENDERER_URL ? process.env.ELECTRON_RENDERER_URL : null;
const policy: OriginPolicy = { devServerUrl };
const here = import.meta.dirname;

app.setName('Regulars');
app.enableSandbox();
protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);

if (app.requestSingleInstanceLock()) start();
else app.quit();

function start(): void {
  let window: BrowserWindow | null = null;
  let core: Core | null = null;
  let preferences: Preferences = { language: null, theme: 'auto', currencyDisplay: 'symbol' };
  let text = createShellText('en');
  const chosen = new ChosenPaths();
  const sendEvent = createEventSender(() => window?.webContents ?? null);

  app.on('web-contents-created', (_event, contents) => installNavigationGuard(contents, policy, (url) => shell.openExternal(url)));
  app.on('second-instance', () => {
    if (!window) return;
    if (window.isMinimized()) window.restore();
    window.focus();
  });
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', (event) => {
    if (!core) return;
    event.preventDefault();
    const closing = core;
    core = null;
    void closing.close().finally(() => app.quit());
  });

  const dialogs = createFileDialogs({
    showOpen: (options) => (window ? dialog.showOpenDialog(window, options) : dialog.showOpenDialog(options)),
    showSave: (options) => (window ? dialog.showSaveDialog(window, options) : dialog.showSaveDialog(options)),
    chosen,
    text: () => text.t,
    documentsDir: () => app.getPath('documents'),
  });

  const applyPreferences = (next: Preferences) => {
    preferences = next;
    nativeTheme.themeSource = themeSource(next.theme);
    text = createShellText(shellLanguage(next.language, app.getLocale()));
    Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate({ t: text.t, isDev: devServerUrl !== null, platform: process.platform, theme: next.theme, actions: menuActions })));
  };

  const menuActions = {
    import: () => {
      void dialogs.chooseFiles('import').then((paths) => {
        if (paths.length > 0) sendEvent({ name: 'menu.import', payload: { paths } });
      });
    },
    sampleStore: () => sendEvent({ name: 'menu.sampleStore', payload: {} }),
    setTheme: (theme: Preferences['theme']) => {
      void core?.dispatch('preferences.set', { theme }).then((answer) => {
        if (!answer.ok) return;
        applyPreferences(answer.value as Preferences);
        sendEvent({ name: 'preferences.changed', payload: preferences });
      });
    },
    about: () => {
      const options = {
        type: 'info' as const,
        title: text.t('about.title'),
        message: text.t('about.message', { version: app.getVersion() }),
        detail: text.t('about.detail', { path: core?.dbPath ?? '' }),
        buttons: [text.t('about.ok')],
      };
      void (window ? dialog.showMessageBox(window, options) : dialog.showMessageBox(options));
    },
  };

  void app.whenReady().then(async () => {
    const dbPath = resolveDbPath(app.getPath('userData'));
    text = createShellText(shellLanguage(null, app.getLocale()));
    try {
      core = createCore({ dbPath, workerUrl: pathToFileURL(join(here, 'worker.js')), parserUrl: pathToFileURL(join(here, 'import-parser.js')), watchFolder: true });
    } catch (error) {
      const { title, message } = describeStartupError(error, dbPath, text);
      dialog.showErrorBox(title, message);
      app.exit(1);
      return;
    }
    const stored = await core.dispatch('preferences.get', {});
    applyPreferences(stored.ok ? (stored.value as Preferences) : preferences);

    installRequestFilter(session.defaultSession, policy);
    installPermissionHandlers(session.defaultSession, policy);
    protocol.handle(APP_SCHEME, createAppProtocolHandler(join(here, '../renderer')));
    registerBridgeIpc({
      ipcMain,
      isTrusted: (event) => isTrustedSender(event, window?.webContents ?? null, policy),
      dispatch: core.dispatch,
      dialogs,
      chosen,
      afterRequest: (name, answer) => {
        if (name === 'preferences.set' && answer.ok) applyPreferences(answer.value as Preferences);
      },
    });
    core.events.subscribe(sendEvent);

    window = new BrowserWindow(
      mainWindowOptions({ preloadPath: join(here, '../preload/index.cjs'), dark: nativeTheme.shouldUseDarkColors, devTools: devServerUrl !== null, title: 'Regulars' }),
    );
    window.once('ready-to-show', () => window?.show());
    window.on('closed', () => {
      window = null;
    });
    nativeTheme.on('updated', () => window?.setBackgroundColor(windowBackground(nativeTheme.shouldUseDarkColors)));
    await window.loadURL(devServerUrl ?? APP_ENTRY_URL);
  }).catch((error: unknown) => console.error('Regulars could not open its window:', error));
}
