import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { bridge } from './bridge.ts';
import { createApiClient, type ApiClient } from './client.ts';
import { RequestCache } from './request-cache.ts';

interface ApiContextValue {
  client: ApiClient;
  cache: RequestCache;
  /** Bumped on every `data.changed` event, after the cache was invalidated. */
  dataVersion: number;
  /** Marks every cached answer stale and reloads what is on screen (after a write the core does not announce). */
  refreshAll(): void;
}

const ApiContext = createContext<ApiContextValue | null>(null);

export function ApiProvider({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  const client = useMemo(() => createApiClient(i18n), [i18n]);
  const [cache] = useState(() => new RequestCache());
  const [dataVersion, setDataVersion] = useState(0);
  const refreshAll = useCallback(() => {
    cache.invalidate();
    setDataVersion(cache.version);
  }, [cache]);
  useEffect(
    () =>
      bridge().subscribe((event) => {
        if (event.name === 'data.changed') refreshAll();
      }),
    [refreshAll],
  );
  const value = useMemo(() => ({ client, cache, dataVersion, refreshAll }), [client, cache, dataVersion, refreshAll]);
  return <ApiContext.Provider value={value}>{children}</ApiContext.Provider>;
}

function useApiContext(): ApiContextValue {
  const value = useContext(ApiContext);
  if (!value) throw new Error('useApi must be used inside <ApiProvider>');
  return value;
}

export function useApi(): ApiClient {
  return useApiContext().client;
}

export function useRequestCache(): { cache: RequestCache; dataVersion: number; refreshAll(): void } {
  const { cache, dataVersion, refreshAll } = useApiContext();
  return { cache, dataVersion, refreshAll };
}
