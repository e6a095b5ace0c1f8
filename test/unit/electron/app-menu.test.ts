import { describe, expect, it } from 'vitest';
import { languages } from '../../../src/shared/api/schemas.ts';
import { buildMenuTemplate, themeSource, type MenuActions } from '../../../src/main/electron/app-menu.ts';
import { createShellText, type ShellText } from '../../../src/main/electron/shell-text.ts';

type MenuItemConstructorOptions = ReturnType<typeof buildMenuTemplate>[number];

function record() {
  const calls: string[] = [];
  const actions: MenuActions = {
    import: () => calls.push('import'),
    sampleStore: () => calls.push('sampleStore'),
    setTheme: (theme) => calls.push(`theme:${theme}`),
    about: () => calls.push('about'),
  };
  return { calls, actions };
}

function items(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? items(item.submenu) : [])]);
}

const click = (item: MenuItemConstructorOptions | undefined) => (item?.click as () => void)();
const keyEcho: ShellText = (key) => `«${key}»`;

describe('application menu', () => {
  it('takes every label from the translation function', () => {
    const template = buildMenuTemplate({ t: keyEcho, isDev: true, platform: 'darwin', theme: 'auto', actions: record().actions });
    for (const item of items(template)) {
      if (item.type === 'separator') continue;
      expect(item.label, JSON.stringify(item.role)).toMatch(/^«(menu)\.[A-Za-z]+»$/);
    }
  });

  it('has File, Edit, View and Help in the user language', () => {
    const { t } = createShellText('vi');
    const template = buildMenuTemplate({ t, isDev: false, platform: 'linux', theme: 'auto', actions: record().actions });
    expect(template.map((item) => item.label)).toEqual(['Tệp', 'Sửa', 'Xem', 'Trợ giúp']);
    for (const lang of languages) {
      const labels = items(buildMenuTemplate({ t: createShellText(lang).t, isDev: false, platform: 'win32', theme: 'auto', actions: record().actions })).map((item) => item.label);
      expect(labels.filter((label) => label?.startsWith('menu.')), lang).toEqual([]);
    }
  });

  it('File sends import and sample-store commands and quits by role', () => {
    const { calls, actions } = record();
    const all = items(buildMenuTemplate({ t: keyEcho, isDev: false, platform: 'linux', theme: 'auto', actions }));
    click(all.find((item) => item.label === '«menu.import»'));
    click(all.find((item) => item.label === '«menu.sampleStore»'));
    click(all.find((item) => item.label === '«menu.about»'));
    expect(calls).toEqual(['import', 'sampleStore', 'about']);
    expect(all.find((item) => item.label === '«menu.import»')?.accelerator).toBe('CmdOrCtrl+O');
    expect(all.find((item) => item.role === 'quit')).toBeDefined();
  });

  it('Edit uses the standard roles', () => {
    const all = items(buildMenuTemplate({ t: keyEcho, isDev: false, platform: 'linux', theme: 'auto', actions: record().actions }));
    for (const role of ['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll', 'resetZoom', 'zoomIn', 'zoomOut']) {
      expect(all.some((item) => item.role === role), role).toBe(true);
    }
  });

  it('offers reload and dev tools only in dev', () => {
    const roles = (isDev: boolean) => items(buildMenuTemplate({ t: keyEcho, isDev, platform: 'linux', theme: 'auto', actions: record().actions })).map((item) => item.role);
    expect(roles(false)).not.toContain('reload');
    expect(roles(false)).not.toContain('toggleDevTools');
    expect(roles(true)).toEqual(expect.arrayContaining(['reload', 'toggleDevTools']));
  });

  it('shows the appearance choice, following the OS by default', () => {
    const { calls, actions } = record();
    const all = items(buildMenuTemplate({ t: keyEcho, isDev: false, platform: 'linux', theme: 'auto', actions }));
    const radios = all.filter((item) => item.type === 'radio');
    expect(radios.map((item) => [item.label, item.checked])).toEqual([
      ['«menu.themeAuto»', true],
      ['«menu.themeLight»', false],
      ['«menu.themeDark»', false],
    ]);
    click(radios[2]);
    expect(calls).toEqual(['theme:dark']);
    expect(themeSource('auto')).toBe('system');
    expect(themeSource('dark')).toBe('dark');
  });

  it('puts the app menu first on macOS', () => {
    const template = buildMenuTemplate({ t: keyEcho, isDev: false, platform: 'darwin', theme: 'auto', actions: record().actions });
    expect(template[0]?.label).toBe('«menu.app»');
    expect(template.at(-1)?.label).toBe('«menu.help»');
  });
});
