import type { z } from 'zod';

/** One request of the contract: its input schema and (as a type only) its result. */
export interface RequestSpec<I extends z.ZodType = z.ZodType, O = unknown> {
  readonly input: I;
  /** Phantom field carrying the result type; never set at run time. */
  readonly result?: O;
}

/** `request<Result>()(inputSchema)`: the result type is given explicitly, the input is inferred. */
export function request<O>() {
  return <I extends z.ZodType>(input: I): RequestSpec<I, O> => ({ input });
}
