import { createContext, useContext } from 'react';
import type { CurrencyDisplay } from '../../../shared/api/schemas.ts';

/** How money shows its currency (`€12.00`, `EUR 12.00` or `12.00 euros`); the preferences provider sets it. */
export const CurrencyDisplayContext = createContext<CurrencyDisplay>('symbol');

export function useCurrencyDisplay(): CurrencyDisplay {
  return useContext(CurrencyDisplayContext);
}
