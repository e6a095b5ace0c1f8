import type { z } from 'zod';
import type { RequestSpec } from './define.ts';
import { appRequests } from './app.ts';
import { importRequests } from './imports.ts';
import { shopRequests } from './shop.ts';
import { sampleRequests } from './samples.ts';
import { economicsRequests } from './economics.ts';
import { campaignRequests } from './campaigns.ts';
import { modelRequests } from './model.ts';
import { lifecycleRequests } from './lifecycle.ts';
import { dataRequests } from './data.ts';
import { segmentRequests } from './segments.ts';
import { watchRequests } from './watch.ts';
import { funnelRequests } from './funnel.ts';

/** Every request the UI may make. Each domain owns one file; this map joins them. */
export const contract = {
  ...appRequests,
  ...importRequests,
  ...shopRequests,
  ...sampleRequests,
  ...economicsRequests,
  ...campaignRequests,
  ...modelRequests,
  ...lifecycleRequests,
  ...dataRequests,
  ...segmentRequests,
  ...watchRequests,
  ...funnelRequests,
} satisfies Record<string, RequestSpec>;

export type Contract = typeof contract;
export type RequestName = keyof Contract;
export type RequestInput<N extends RequestName> = z.input<Contract[N]['input']>;
export type ParsedInput<N extends RequestName> = z.output<Contract[N]['input']>;
export type RequestResult<N extends RequestName> = NonNullable<Contract[N]['result']>;

export const requestNames = Object.keys(contract) as RequestName[];

export function isRequestName(name: unknown): name is RequestName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);
}

/** What the core implements: one function per request, given already-validated input. */
export type Handlers = { [N in RequestName]: (input: ParsedInput<N>) => Promise<RequestResult<N>> | RequestResult<N> };

export * from './envelope.ts';
export * from './events.ts';
export * from './schemas.ts';
