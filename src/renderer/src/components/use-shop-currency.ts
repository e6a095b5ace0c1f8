import { useRequest } from '../api/use-request.ts';

/** The shop's currency (from the imported orders), for formatting money; null until known. */
export function useShopCurrency(): string | null {
  return useRequest('shop.summary', {}).data?.currency ?? null;
}
