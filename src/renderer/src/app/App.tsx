import { useState } from 'react';
import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { DatesProvider } from '@mantine/dates';
import { I18nextProvider } from 'react-i18next';
import { languageForLocale } from '../../../shared/i18n/index.ts';
import { ApiProvider } from '../api/ApiProvider.tsx';
import { ErrorBoundary } from '../errors/ErrorBoundary.tsx';
import { createI18n } from '../i18n/setup.ts';
import { ImportProvider } from '../screens/imports/ImportProvider.tsx';
import { WatchNotifications } from '../screens/settings/WatchFolderSettings.tsx';
import { PreferencesProvider } from '../preferences/PreferencesProvider.tsx';
import { theme } from '../theme/theme.ts';
import { dayjsLocales } from '../i18n/dayjs-locales.ts';
import { Shell } from './Shell.tsx';

/** Providers in order: text, preferences (language, theme), Mantine, the API client, the import controller, the shell. */
export function App() {
  const [i18n] = useState(() => createI18n(languageForLocale(navigator.language)));
  return (
    <I18nextProvider i18n={i18n}>
      <PreferencesProvider i18n={i18n}>
        {({ colorScheme, language }) => (
          <MantineProvider theme={theme} forceColorScheme={colorScheme}>
            <DatesProvider settings={{ locale: dayjsLocales[language], firstDayOfWeek: language === 'en' ? 0 : 1 }}>
              <Notifications position="top-right" />
              <ErrorBoundary>
                <ApiProvider>
                  <ImportProvider>
                    <WatchNotifications />
                    <Shell />
                  </ImportProvider>
                </ApiProvider>
              </ErrorBoundary>
            </DatesProvider>
          </MantineProvider>
        )}
      </PreferencesProvider>
    </I18nextProvider>
  );
}
