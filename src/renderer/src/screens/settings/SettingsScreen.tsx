import { Paper, SegmentedControl, Select, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Language, Theme } from '../../../../shared/api/schemas.ts';
import { appLanguages, appThemes } from '../../i18n/languages.ts';
import { languageForLocale, languageNames } from '../../../../shared/i18n/index.ts';
import { ScreenHeader } from '../../components/ScreenHeader.tsx';
import { usePreferences } from '../../preferences/PreferencesProvider.tsx';
import { useRequest } from '../../api/use-request.ts';
import { DataSettings } from './DataSettings.tsx';
import { ThresholdSettings } from './ThresholdSettings.tsx';
import { ModelSettings } from './ModelSettings.tsx';

const AUTO = 'auto';

function AppearanceSettings() {
  const { t } = useTranslation();
  const { preferences, update } = usePreferences();
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
      <DataSettings />
    </Stack>
  );
}
