import { useMemo, useState, type ComponentType } from 'react';
import { AppShell, Group, NavLink, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorBoundary } from '../errors/ErrorBoundary.tsx';
import { CampaignsIcon, CustomersIcon, DashboardIcon, ImportsIcon, JourneysIcon, SettingsIcon } from '../icons/icons.tsx';
import { ImportStatusCard } from '../imports/ImportStatusCard.tsx';
import { WindowDropZone } from '../imports/WindowDropZone.tsx';
import { CampaignsScreen } from '../screens/campaigns/CampaignsScreen.tsx';
import { CustomersScreen } from '../screens/customers/CustomersScreen.tsx';
import { DashboardScreen } from '../screens/dashboard/DashboardScreen.tsx';
import { ImportsScreen } from '../screens/imports/ImportsScreen.tsx';
import { JourneysScreen } from '../screens/journeys/JourneysScreen.tsx';
import { SettingsScreen } from '../screens/settings/SettingsScreen.tsx';
import { NavigationContext, type Navigation, type Screen, type ScreenParams } from './navigation.tsx';

const screenViews: Record<Screen, { icon: ComponentType<{ size?: number }>; view: ComponentType }> = {
  dashboard: { icon: DashboardIcon, view: DashboardScreen },
  customers: { icon: CustomersIcon, view: CustomersScreen },
  journeys: { icon: JourneysIcon, view: JourneysScreen },
  campaigns: { icon: CampaignsIcon, view: CampaignsScreen },
  imports: { icon: ImportsIcon, view: ImportsScreen },
  settings: { icon: SettingsIcon, view: SettingsScreen },
};

/** The window: navigation on the left, the chosen screen on the right, the import card and drop zone over everything. */
export function Shell() {
  const { t } = useTranslation();
  const [location, setLocation] = useState<{ screen: Screen; params: ScreenParams }>({ screen: 'dashboard', params: {} });
  const navigation = useMemo<Navigation>(
    () => ({ ...location, go: (screen, params = {}) => setLocation({ screen, params }) }),
    [location],
  );
  const View = screenViews[location.screen].view;
  return (
    <NavigationContext.Provider value={navigation}>
      <AppShell navbar={{ width: 220, breakpoint: 0 }} padding="lg">
        <AppShell.Navbar p="sm" component="nav" aria-label={t('nav.label')}>
          <Stack gap={4}>
            <Group px="sm" py="md" gap="xs">
              <Title order={2} size="h4">
                {t('name')}
              </Title>
            </Group>
            {(Object.keys(screenViews) as Screen[]).map((screen) => {
              const Icon = screenViews[screen].icon;
              return (
                <NavLink
                  key={screen}
                  component="button"
                  type="button"
                  data-screen={screen}
                  label={<Text size="sm">{t(`nav.${screen}`)}</Text>}
                  leftSection={<Icon size={18} />}
                  active={location.screen === screen}
                  aria-current={location.screen === screen ? 'page' : undefined}
                  onClick={() => setLocation({ screen, params: {} })}
                  variant="light"
                  style={{ borderRadius: 'var(--mantine-radius-md)' }}
                />
              );
            })}
          </Stack>
        </AppShell.Navbar>
        <AppShell.Main>
          <ErrorBoundary resetKey={location}>
            <View />
          </ErrorBoundary>
        </AppShell.Main>
      </AppShell>
      <WindowDropZone />
      <ImportStatusCard />
    </NavigationContext.Provider>
  );
}
