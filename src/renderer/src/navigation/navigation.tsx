import { createContext, useContext } from 'react';
import type { RfmSegment, Stage } from '../../../shared/domain/lifecycle.ts';

export const screens = ['dashboard', 'customers', 'journeys', 'funnel', 'campaigns', 'spend', 'imports', 'settings'] as const;
export type Screen = (typeof screens)[number];

/** Optional hints a screen can be opened with, e.g. a customer list pre-filtered to one stage. */
export interface ScreenParams {
  stage?: Stage;
  segment?: RfmSegment;
  /** One cell of the RFM grid: recency and frequency scores (1-5). */
  rfmCell?: { r: number; f: number };
  customerId?: number;
}

export interface Navigation {
  screen: Screen;
  params: ScreenParams;
  go(screen: Screen, params?: ScreenParams): void;
}

export const NavigationContext = createContext<Navigation | null>(null);

export function useNavigation(): Navigation {
  const navigation = useContext(NavigationContext);
  if (!navigation) throw new Error('useNavigation must be used inside the app shell');
  return navigation;
}
