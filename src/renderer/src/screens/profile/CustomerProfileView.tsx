import { Badge, Group, Paper, SimpleGrid, Stack, Table, Text, Timeline, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CustomerProfile } from '../../../../shared/domain/lifecycle.ts';
import { KpiCard } from '../../components/KpiCard.tsx';
import { StageBadge } from '../../components/StageBadge.tsx';
import { useFormat } from '../../i18n/format.ts';
import { stageColor } from '../../theme/stage-colors.ts';
import { CustomerCampaigns } from './CustomerCampaigns.tsx';
import { PredictionPanel } from './PredictionPanel.tsx';

function ConsentBadge({ label, value }: { label: string; value: boolean | null }) {
  const { t } = useTranslation(['app', 'lifecycle']);
  const text = value === true ? t('customers.consentYes') : value === false ? t('customers.consentNo') : t('customers.consentUnknown');
  return (
    <Badge variant="light" color={value === true ? 'teal' : value === false ? 'gray' : 'yellow'} style={{ textTransform: 'none' }}>
      {label}: {text}
    </Badge>
  );
}

function Journey({ profile }: { profile: CustomerProfile }) {
  const { t } = useTranslation(['app', 'lifecycle']);
  const format = useFormat();
  const steps = profile.journey;
  return (
    <Timeline active={steps.length - 1} bulletSize={16} lineWidth={2} data-testid="profile-journey">
      {steps.map((step, index) => (
        <Timeline.Item key={`${step.stage}-${step.from}-${index}`} color={stageColor(step.stage)} title={<StageBadge stage={step.stage} />}>
          <Text size="xs" c="dimmed">
            {step.to ? t('profile.fromTo', { from: format.date(step.from), to: format.date(step.to) }) : t('profile.stillHere', { from: format.date(step.from) })} · {t(`causes.${step.cause}`)}
          </Text>
        </Timeline.Item>
      ))}
    </Timeline>
  );
}

function Orders({ profile, currency }: { profile: CustomerProfile; currency: string | null }) {
  const { t } = useTranslation(['app', 'lifecycle']);
  const format = useFormat();
  return (
    <Stack gap="xs" data-testid="profile-orders">
      {profile.orders.map((order) => (
        <Paper key={order.id} withBorder p="sm" radius="md" style={{ opacity: order.counted ? 1 : 0.6 }}>
          <Group justify="space-between">
            <Text size="sm" fw={600}>
              {order.name ?? `#${order.id}`} · {format.date(order.day)}
            </Text>
            <Text size="sm" fw={600}>
              {format.money(order.net, currency)}
            </Text>
          </Group>
          <Group gap="xs">
            {order.discountCode ? (
              <Text size="xs" c="dimmed">
                {t('profile.discount', { code: order.discountCode })}
              </Text>
            ) : null}
            {order.refunded > 0 ? (
              <Text size="xs" c="orange">
                {t('profile.refunded', { amount: format.money(order.refunded, currency) })}
              </Text>
            ) : null}
            {!order.counted ? (
              <Text size="xs" c="dimmed">
                {t('profile.notCounted')}
              </Text>
            ) : null}
          </Group>
          {order.lines.length > 0 ? (
            <Table fz="xs" mt={4} withRowBorders={false} verticalSpacing={2}>
              <Table.Tbody>
                {order.lines.map((line, index) => (
                  <Table.Tr key={index}>
                    <Table.Td w={40}>{format.number(line.quantity)} ×</Table.Td>
                    <Table.Td>
                      {line.product ?? line.sku ?? '—'}
                      {line.variant ? ` · ${line.variant}` : ''}
                    </Table.Td>
                    <Table.Td ta="right">{format.money(line.price, currency)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          ) : null}
        </Paper>
      ))}
      {profile.ordersTotal > profile.orders.length ? (
        <Text size="xs" c="dimmed">
          {t('profile.moreOrders', { shown: format.number(profile.orders.length), count: profile.ordersTotal })}
        </Text>
      ) : null}
    </Stack>
  );
}

/** Everything about one customer: contact and consent, figures, RFM scores, the journey through the stages, and every order. */
export function CustomerProfileView({ profile, currency }: { profile: CustomerProfile; currency: string | null }) {
  const { t } = useTranslation(['app', 'lifecycle']);
  const format = useFormat();
  const c = profile.customer;
  return (
    <Stack gap="lg" data-testid="customer-profile">
      <Stack gap={6}>
        <Group gap="sm">
          <Title order={2} size="h3">
            {c.name ?? t('customers.noName')}
          </Title>
          <StageBadge stage={c.stage} size="md" />
          {c.vip ? (
            <Badge color="yellow" c="dark">
              {t('customers.vip')}
            </Badge>
          ) : null}
          {c.segment ? (
            <Badge variant="outline" color="gray" style={{ textTransform: 'none' }}>
              {t(`lifecycle:segment.${c.segment}`)}
            </Badge>
          ) : null}
        </Group>
        <Text size="sm">{[c.email, c.phone].filter(Boolean).join(' · ') || '—'}</Text>
        <Text size="sm" c="dimmed">
          {[c.company, c.city, c.country].filter(Boolean).join(', ')}
        </Text>
        <Group gap="xs">
          <ConsentBadge label={t('profile.email')} value={c.acceptsEmail} />
          <ConsentBadge label={t('profile.sms')} value={c.acceptsSms} />
        </Group>
      </Stack>
      <SimpleGrid cols={3} spacing="sm">
        <KpiCard label={t('profile.spent')} value={format.money(c.netValue, currency)} />
        <KpiCard label={t('profile.purchases')} value={format.number(c.purchases)} note={t('profile.orders') + ': ' + format.number(c.orders)} />
        <KpiCard label={t('profile.averageOrder')} value={c.averageOrderValue === null ? '—' : format.money(c.averageOrderValue, currency)} />
        <KpiCard label={t('profile.firstPurchase')} value={format.date(c.firstPurchase)} />
        <KpiCard label={t('profile.lastPurchase')} value={format.date(c.lastPurchase)} note={c.daysSinceLast === null ? undefined : t('profile.daysSince', { count: c.daysSinceLast })} />
        <KpiCard label={t('profile.simpleClv')} value={profile.simpleClv === null ? '—' : format.money(profile.simpleClv, currency)} />
      </SimpleGrid>
      {c.rfm ? (
        <div>
          <Title order={3} size="h5">
            {t('profile.rfm')}
          </Title>
          <Text size="xs" c="dimmed" mb={6}>
            {t('profile.rfmHelp')}
          </Text>
          <Group gap="lg" data-testid="profile-rfm">
            {(
              [
                ['recency', c.rfm.r, t('profile.recency')],
                ['frequency', c.rfm.f, t('profile.frequency')],
                ['monetary', c.rfm.m, t('profile.monetary')],
              ] as const
            ).map(([key, score, label]) => (
              <Stack key={key} gap={0} align="center">
                <Text fz={22} fw={650}>
                  {format.number(score)}
                </Text>
                <Text size="xs" c="dimmed">
                  {label}
                </Text>
              </Stack>
            ))}
          </Group>
        </div>
      ) : null}
      <PredictionPanel customerId={c.id} currency={currency} />
      <Text size="xs" c="dimmed">
        {t('profile.thresholdNote', { atRisk: format.number(profile.thresholds.atRiskDays), lapse: format.number(profile.thresholds.lapseDays) })}
      </Text>
      <div>
        <Title order={3} size="h5" mb="xs">
          {t('profile.journey')}
        </Title>
        <Journey profile={profile} />
      </div>
      <CustomerCampaigns customerId={c.id} />
      <div>
        <Title order={3} size="h5" mb="xs">
          {t('profile.orderHistory')}
        </Title>
        <Orders profile={profile} currency={currency} />
      </div>
    </Stack>
  );
}
