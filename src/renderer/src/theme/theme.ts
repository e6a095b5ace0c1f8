import { createTheme } from '@mantine/core';

/** Calm and readable: one accent colour, system fonts, generous radius. */
export const theme = createTheme({
  primaryColor: 'teal',
  primaryShade: { light: 7, dark: 5 },
  defaultRadius: 'md',
  focusRing: 'auto',
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif',
  headings: { fontWeight: '600' },
  cursorType: 'pointer',
});
