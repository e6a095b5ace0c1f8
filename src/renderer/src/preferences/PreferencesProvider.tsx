import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useColorScheme } from '@mantine/hooks';
import type { i18n as I18n } from 'i18next';
import type { CurrencyDisplay, Language, Theme } from '../../../shared/api/schemas.ts';
import type { Preferences } from '../../../shared/domain/app.ts';
import { languageForLocale, localeTags } from '../../../shared/i18n/index.ts';
import { createApiClient } from '../api/client.ts';
import { useApiEvent } from '../api/use-api-event.ts';
import { CurrencyDisplayContext } from '../i18n/currency-display.ts';

export interface PreferencesState {
  preferences: Preferences;
  /** The language in effect: the preference, or the operating system's. */
  language: Language;
  /** The colour scheme in effect: the preference, or the operating system's. */
  colorScheme: 'light' | 'dark';
  update(change: { language?: Language | null; theme?: Theme; currencyDisplay?: CurrencyDisplay }): Promise<void>;
}

const PreferencesContext = createContext<PreferencesState | null>(null);

/** Loads the stored preferences once, applies language and theme, and saves changes through `preferences.set`. */
export function PreferencesProvider({ i18n, children }: { i18n: I18n; children: (state: PreferencesState) => ReactNode }) {
  const [preferences, setPreferences] = useState<Preferences | null>(null);
  const osScheme = useColorScheme('light', { getInitialValueInEffect: false });
  const client = useMemo(() => createApiClient(i18n), [i18n]);

  useEffect(() => {
    client.request('preferences.get', {}).then(setPreferences, () => setPreferences({ language: null, theme: 'auto', currencyDisplay: 'symbol' }));
  }, [client]);

  useApiEvent('preferences.changed', setPreferences);

  const language = preferences?.language ?? languageForLocale(navigator.language);
  useEffect(() => {
    if (i18n.language !== language) void i18n.changeLanguage(language);
    document.documentElement.lang = localeTags[language];
  }, [i18n, language]);

  const update = useCallback(
    async (change: { language?: Language | null; theme?: Theme; currencyDisplay?: CurrencyDisplay }) => {
      setPreferences(await client.request('preferences.set', change));
    },
    [client],
  );

  const state = useMemo<PreferencesState | null>(
    () =>
      preferences && {
        preferences,
        language,
        colorScheme: preferences.theme === 'auto' ? osScheme : preferences.theme,
        update,
      },
    [preferences, language, osScheme, update],
  );
  if (!state) return null;
  return (
    <PreferencesContext.Provider value={state}>
      <CurrencyDisplayContext.Provider value={state.preferences.currencyDisplay}>{children(state)}</CurrencyDisplayContext.Provider>
    </PreferencesContext.Provider>
  );
}

export function usePreferences(): PreferencesState {
  const state = useContext(PreferencesContext);
  if (!state) throw new Error('usePreferences must be used inside <PreferencesProvider>');
  return state;
}
