import type { CoreContext } from './core-context.ts';
import type { Handlers } from '../../shared/api/index.ts';

export function appHandlers(ctx: CoreContext): Pick<Handlers, 'app.info' | 'preferences.get' | 'preferences.set'> {
  return {
    'app.info': () => {
      const row = ctx.read.prepare('SELECT (SELECT count(*) FROM orders) + (SELECT count(*) FROM customers) AS n').get() as { n: number };
      return { version: ctx.appVersion, dbPath: ctx.dbPath, schemaVersion: ctx.schemaVersion, empty: row.n === 0 };
    },
    'preferences.get': () => ctx.preferences.get(),
    'preferences.set': (input) => ctx.preferences.update(input),
  };
}
