import type { Stage } from '../../../shared/domain/lifecycle.ts';

/**
 * The one colour of each lifecycle stage, used by every badge, chart and legend in the app,
 * chosen to stay distinguishable and readable on light and dark backgrounds.
 */
export const stageColors: Record<Stage, string> = {
  prospect: '#868e96',
  new: '#339af0',
  repeat: '#12b886',
  loyal: '#7950f2',
  at_risk: '#f59f00',
  lapsed: '#e03131',
  reactivated: '#e64980',
};

export function stageColor(stage: Stage): string {
  return stageColors[stage];
}
