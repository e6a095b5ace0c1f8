import { contract, isRequestName, type Envelope, type Handlers } from '../../shared/api/index.ts';
import { toErrorShape } from '../../shared/api/to-error-shape.ts';

export type Dispatch = (name: unknown, input: unknown) => Promise<Envelope<unknown>>;

/**
 * The single entry every front end calls: unknown names and invalid input are refused here,
 * before any handler runs, with a structured error naming each problem.
 */
export function createDispatch(handlers: Handlers): Dispatch {
  return async (name, input) => {
    if (!isRequestName(name)) {
      return { ok: false, error: { code: 'unknown_request', message: `There is no request called ${typeof name === 'string' ? JSON.stringify(name).slice(0, 120) : `(a ${typeof name})`}.` } };
    }
    const parsed = contract[name].input.safeParse(input ?? {});
    if (!parsed.success) {
      const issues = parsed.error.issues.slice(0, 20).map((issue) => ({ path: issue.path.join('.') || '(input)', message: issue.message }));
      return {
        ok: false,
        error: {
          code: 'invalid_input',
          message: `Invalid input for ${name}: ${issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`,
          details: { issues },
        },
      };
    }
    try {
      const handler = handlers[name] as (input: unknown) => unknown;
      return { ok: true, value: await handler(parsed.data) };
    } catch (error) {
      return { ok: false, error: toErrorShape(error) };
    }
  };
}
