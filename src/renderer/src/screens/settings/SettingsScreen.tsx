import { Paper, SegmentedControl, Select, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { currencyDisplays, type CurrencyDisplay, type Language, type Theme } from '../../../../shared/api/schemas.ts';
import { appLanguages, appThemes } from '../../i18n/languages.ts';
import { languageForLocale, languageNames } from '../../../../shared/i18n/index.ts';
import { ScreenHeader } from '../../components/ScreenHeader.tsx';
import { usePreferences } from '../../preferences/PreferencesProvider.tsx';
import { useRequest } from '../../api/use-request.ts';
import { DataSettings } from './DataSettings.tsx';
import { BackupSettings } from './BackupSettings.tsx';
import { DeleteAllSettings } from './DeleteAllSettings.tsx';
import { createFormatters } from '../../i18n/format.ts';
import { ThresholdSettings } from './ThresholdSettings.tsx';
import { ModelSettings } from './ModelSettings.tsx';
import { WatchFolderSettings } from './WatchFolderSettings.tsx';

const AUTO = 'auto';

function AppearanceSettings() {
  const { t } = useTranslation();
  const { preferences, language, update } = usePreferences();
  const currencyLabels: Record<CurrencyDisplay, string> = {
    symbol: t('settings.currencyDisplaySymbol', { example: createFormatters(language, 'symbol').money(12, 'EUR') }),
    code: t('settings.currencyDisplayCode', { example: createFormatters(language, 'code').money(12, 'EUR') }),
    name: t('settings.currencyDisplayName', { example: createFormatters(language, 'name').money(12, 'EUR') }),
  };
  const osLanguage = languageNames[languageForLocale(navigator.language)];
  const themeLabels: Record<Theme, string> = { auto: t('settings.themeAuto'), light: t('settings.themeLight'), dark: t('settings.themeDark') };
  return (
    <Paper withBorder p="lg" radius="lg">
      <Stack gap="md">
        <Title order={2} size="h4">
          {t('settings.appearance')}
        </Title>
        <Select
          label={t('settings.language')}
          data-testid="language-select"
          value={preferences.language ?? AUTO}
          allowDeselect={false}
          maw={360}
          data={[{ value: AUTO, label: t('settings.languageAuto', { name: osLanguage }) }, ...appLanguages.map((lang) => ({ value: lang, label: languageNames[lang] }))]}
          onChange={(value) => void update({ language: value === AUTO || value === null ? null : (value as Language) })}
        />
        <div>
          <Text component="label" id="theme-label" size="sm" fw={500} display="block" mb={4}>
            {t('settings.theme')}
          </Text>
          <SegmentedControl
            aria-labelledby="theme-label"
            data-testid="theme-control"
            value={preferences.theme}
            data={appThemes.map((value) => ({ value, label: themeLabels[value] }))}
            onChange={(value) => void update({ theme: value as Theme })}
          />
        </div>
        <div>
          <Text component="label" id="currency-display-label" size="sm" fw={500} display="block" mb={4}>
            {t('settings.currencyDisplay')}
          </Text>
          <SegmentedControl
            aria-labelledby="currency-display-label"
            data-testid="currency-display-control"
            value={preferences.currencyDisplay}
            data={currencyDisplays.map((value) => ({ value, label: currencyLabels[value] }))}
            onChange={(value) => void update({ currencyDisplay: value as CurrencyDisplay })}
          />
        </div>
      </Stack>
    </Paper>
  );
}

export function SettingsScreen() {
  const { t } = useTranslation();
  const hasData = useRequest('app.info', {}).data?.empty === false;
  return (
    <Stack maw={1000}>
      <ScreenHeader title={t('settings.title')} />
      <AppearanceSettings />
      {hasData ? <ThresholdSettings /> : null}
      {hasData ? <ModelSettings /> : null}
      <WatchFolderSettings />
      <DataSettings />
      <BackupSettings />
      <DeleteAllSettings />
    </Stack>
  );
}
