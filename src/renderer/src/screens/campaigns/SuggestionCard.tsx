import { Badge, Button, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import type { FunnelRate } from '../../../../shared/domain/funnel.ts';
import { useTranslation } from 'react-i18next';
import { STAGES, type Stage } from '../../../../shared/domain/lifecycle.ts';
import type { CampaignSuggestion } from '../../../../shared/domain/campaigns.ts';
import { StageBadge } from '../../components/StageBadge.tsx';
import { campaignText } from '../../i18n/campaign-text.ts';
import { useFormat } from '../../i18n/format.ts';
import { translateOr } from '../../i18n/translate-or.ts';

function isStage(value: string): value is Stage {
  return (STAGES as readonly string[]).includes(value);
}

/** One suggested campaign: who, how many can be e-mailed, what is at stake, when, what to say and why. */
export function SuggestionCard({ suggestion, currency, onExport, compact = false, weakestRate = null }: { suggestion: CampaignSuggestion; currency: string | null; onExport(): void; compact?: boolean; weakestRate?: FunnelRate | null }) {
  const { t, i18n } = useTranslation();
  const { t: tf } = useTranslation('funnel');
  const format = useFormat();
  const assumptions = suggestion.valueAssumptions;
  return (
    <Paper withBorder p="lg" radius="lg" data-testid="suggestion-card" data-suggestion={suggestion.id}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Stack gap={6}>
            <Title order={3} size="h5">
              {campaignText(i18n, suggestion.title)}
            </Title>
            <Group gap={6}>
              {suggestion.stages.filter(isStage).map((stage) => (
                <StageBadge key={stage} stage={stage} />
              ))}
              {weakestRate ? (
                <Badge variant="light" color="orange" size="sm" style={{ textTransform: 'none' }} data-testid="weakest-stage-badge">
                  {tf('weakest.badge', { rate: tf(`rates.${weakestRate}`) })}
                </Badge>
              ) : null}
              {suggestion.sharpenedBy ? (
                <Badge variant="outline" color="gray" size="sm" style={{ textTransform: 'none' }}>
                  {translateOr(i18n, `lifecycle:segment.${suggestion.sharpenedBy}`, suggestion.sharpenedBy)}
                </Badge>
              ) : null}
            </Group>
          </Stack>
          <Stack gap={0} align="flex-end">
            <Text size="xs" c="dimmed">
              {t('campaigns.valueAtStake')}
            </Text>
            <Text fw={650} size="lg">
              {format.money(suggestion.valueAtStake, currency)}
            </Text>
            <Text size="xs" c="dimmed" ta="right" maw={220} data-testid="value-assumptions">
              {translateOr(i18n, `campaigns:valueBasis.${suggestion.valueBasis}`, suggestion.valueBasis, {
                audience: format.number(assumptions.audience),
                rate: format.percent(assumptions.responseRate, 1),
                margin: format.money(assumptions.marginPerResponse, currency),
                date: assumptions.measuredOn ? format.date(assumptions.measuredOn.campaignDate) : '',
                holdout: assumptions.measuredOn ? format.number(assumptions.measuredOn.holdout) : '',
              })}
            </Text>
          </Stack>
        </Group>
        <Group gap="lg">
          <Text size="sm">
            <Text span fw={600}>
              {t('campaigns.audience')}:
            </Text>{' '}
            {t('campaigns.people', { count: suggestion.audienceSize })}
          </Text>
          <Text size="sm" c="dimmed">
            {t('campaigns.emailConsent', { count: suggestion.emailConsenting })}
          </Text>
          {!compact ? (
            <Text size="sm" c="dimmed">
              {t('campaigns.smsConsent', { count: suggestion.smsConsenting })}
            </Text>
          ) : null}
        </Group>
        <Text size="sm">
          <Text span fw={600}>
            {t('campaigns.timing')}:
          </Text>{' '}
          {campaignText(i18n, suggestion.timing)}
        </Text>
        {!compact ? (
          <>
            <Text size="sm">
              <Text span fw={600}>
                {t('campaigns.offer')}:
              </Text>{' '}
              {campaignText(i18n, suggestion.offer)}
            </Text>
            <div>
              <Text size="sm" fw={600}>
                {t('campaigns.steps')}
              </Text>
              <List type="ordered" size="sm" spacing={2}>
                {suggestion.steps.map((step) => (
                  <List.Item key={step.key}>{campaignText(i18n, step)}</List.Item>
                ))}
              </List>
            </div>
            <Text size="sm" c="dimmed">
              <Text span fw={600} c="var(--mantine-color-text)">
                {t('campaigns.why')}:
              </Text>{' '}
              {campaignText(i18n, suggestion.reason)}
            </Text>
          </>
        ) : null}
        <Group justify="flex-end">
          <Button variant={compact ? 'light' : 'filled'} onClick={onExport} disabled={suggestion.audienceSize === 0}>
            {t('campaigns.export')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
