import type { JourneyStep, Stage, StageCause } from '../../shared/domain/lifecycle.ts';

/**
 * A customer's stage history stored as one short text beside their metrics, e.g.
 * `new 2024-01-05 purchase;at_risk 2024-04-04 window_passed`: one stay per `;`, each
 * "stage first-day cause". Each stay ends the day before the next begins; the last is ongoing.
 * One column instead of a row per stay keeps a full recompute's writes small.
 */
export function parseJourney(text: string): JourneyStep[] {
  if (text === '') return [];
  const steps = text.split(';').map((part) => {
    const [stage, from, cause] = part.split(' ');
    return { stage: stage as Stage, from, to: null as string | null, cause: cause as StageCause };
  });
  for (let i = 0; i + 1 < steps.length; i += 1) steps[i].to = dayBefore(steps[i + 1].from);
  return steps;
}

/** The stage on `day` (null when the customer was not known yet): the last stay starting on or before it. */
export function stageOnDay(text: string, day: string): Stage | null {
  let stage: Stage | null = null;
  let at = 0;
  while (at < text.length) {
    const end = text.indexOf(';', at);
    const part = end < 0 ? text.slice(at) : text.slice(at, end);
    const space = part.indexOf(' ');
    if (part.slice(space + 1, space + 11) > day) break;
    stage = part.slice(0, space) as Stage;
    if (end < 0) break;
    at = end + 1;
  }
  return stage;
}

function dayBefore(isoDay: string): string {
  return new Date(Date.parse(`${isoDay}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
}
