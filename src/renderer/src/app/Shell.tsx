import { lazy, Suspense, useMemo, useState, type ComponentType } from 'react';
import { AppShell, Group, NavLink, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorBoundary } from '../errors/ErrorBoundary.tsx';
import { Loading } from '../components/Loading.tsx';
import { CampaignsIcon, CustomersIcon, DashboardIcon, FunnelIcon, ImportsIcon, JourneysIcon, SettingsIcon } from '../icons/icons.tsx';
import { ImportStatusCard } from '../screens/imports/ImportStatusCard.tsx';
import { WindowDropZone } from '../screens/imports/WindowDropZone.tsx';
import { DashboardScreen } from '../screens/dashboard/DashboardScreen.tsx';
import { SpendIcon } from '../screens/spend/SpendIcon.tsx';
import { NavigationContext, type Navigation, type Screen, type ScreenParams } from '../navigation/navigation.tsx';

const CampaignsScreen = lazy(() => import('../screens/campaigns/CampaignsScreen.tsx').then((m) => ({ default: m.CampaignsScreen })));
const CustomersScreen = lazy(() => import('../screens/customers/CustomersScreen.tsx').then((m) => ({ default: m.CustomersScreen })));
const ImportsScreen = lazy(() => import('../screens/imports/ImportsScreen.tsx').then((m) => ({ default: m.ImportsScreen })));
const JourneysScreen = lazy(() => import('../screens/journeys/JourneysScreen.tsx').then((m) => ({ default: m.JourneysScreen })));
const FunnelScreen = lazy(() => import('../screens/funnel/FunnelScreen.tsx').then((m) => ({ default: m.FunnelScreen })));
const SpendScreen = lazy(() => import('../screens/spend/SpendScreen.tsx').then((m) => ({ default: m.SpendScreen })));
const SettingsScreen = lazy(() => import('../screens/settings/SettingsScreen.tsx').then((m) => ({ default: m.SettingsScreen })));

const screenViews: Record<Screen, { icon: ComponentType<{ size?: number }>; view: ComponentType }> = {
  dashboard: { icon: DashboardIcon, view: DashboardScreen },
  customers: { icon: CustomersIcon, view: CustomersScreen },
  journeys: { icon: JourneysIcon, view: JourneysScreen },
  funnel: { icon: FunnelIcon, view: FunnelScreen },
  campaigns: { icon: CampaignsIcon, view: CampaignsScreen },
  spend: { icon: SpendIcon, view: SpendScreen },
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
            <Suspense fallback={<Loading />}>
              <View />
            </Suspense>
          </ErrorBoundary>
        </AppShell.Main>
      </AppShell>
      <WindowDropZone />
      <ImportStatusCard />
    </NavigationContext.Provider>
  );
}
