import type { MenuItemConstructorOptions } from 'electron';
import type { Theme } from '../../shared/api/schemas.ts';
import type { ShellText } from './shell-text.ts';

export interface MenuActions {
  import(): void;
  sampleStore(): void;
  setTheme(theme: Theme): void;
  about(): void;
}

export interface MenuInput {
  t: ShellText;
  /** Reload and dev tools exist only under `npm run dev`. */
  isDev: boolean;
  platform: NodeJS.Platform;
  theme: Theme;
  actions: MenuActions;
}

const separator: MenuItemConstructorOptions = { type: 'separator' };

/** The application menu, every label from the `shell` catalog in the user's language. Items only send commands; the work happens elsewhere. */
export function buildMenuTemplate({ t, isDev, platform, theme, actions }: MenuInput): MenuItemConstructorOptions[] {
  const mac = platform === 'darwin';
  const themeItem = (value: Theme, label: string): MenuItemConstructorOptions => ({ label, type: 'radio', checked: theme === value, click: () => actions.setTheme(value) });
  const about: MenuItemConstructorOptions = { label: t('menu.about'), click: () => actions.about() };
  const quit: MenuItemConstructorOptions = { label: t('menu.quit'), role: 'quit' };

  const template: MenuItemConstructorOptions[] = [];
  if (mac) {
    template.push({
      label: t('menu.app'),
      submenu: [about, separator, { label: t('menu.hide'), role: 'hide' }, { label: t('menu.hideOthers'), role: 'hideOthers' }, { label: t('menu.showAll'), role: 'unhide' }, separator, quit],
    });
  }
  template.push(
    {
      label: t('menu.file'),
      submenu: [
        { label: t('menu.import'), accelerator: 'CmdOrCtrl+O', click: () => actions.import() },
        { label: t('menu.sampleStore'), click: () => actions.sampleStore() },
        ...(mac ? [] : [separator, quit]),
      ],
    },
    {
      label: t('menu.edit'),
      submenu: [
        { label: t('menu.undo'), role: 'undo' },
        { label: t('menu.redo'), role: 'redo' },
        separator,
        { label: t('menu.cut'), role: 'cut' },
        { label: t('menu.copy'), role: 'copy' },
        { label: t('menu.paste'), role: 'paste' },
        { label: t('menu.selectAll'), role: 'selectAll' },
      ],
    },
    {
      label: t('menu.view'),
      submenu: [
        ...(isDev ? [{ label: t('menu.reload'), role: 'reload' } as const, { label: t('menu.devTools'), role: 'toggleDevTools' } as const, separator] : []),
        { label: t('menu.theme'), submenu: [themeItem('auto', t('menu.themeAuto')), themeItem('light', t('menu.themeLight')), themeItem('dark', t('menu.themeDark'))] },
        separator,
        { label: t('menu.resetZoom'), role: 'resetZoom' },
        { label: t('menu.zoomIn'), role: 'zoomIn' },
        { label: t('menu.zoomOut'), role: 'zoomOut' },
        separator,
        { label: t('menu.fullScreen'), role: 'togglefullscreen' },
      ],
    },
  );
  if (mac) template.push({ label: t('menu.window'), role: 'windowMenu', submenu: [{ label: t('menu.minimize'), role: 'minimize' }, { label: t('menu.close'), role: 'close' }] });
  template.push({ label: t('menu.help'), role: 'help', submenu: [about] });
  return template;
}

/** nativeTheme.themeSource for a theme preference. */
export function themeSource(theme: Theme): 'system' | 'light' | 'dark' {
  return theme === 'auto' ? 'system' : theme;
}
