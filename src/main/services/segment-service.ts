import type { CoreContext } from './core-context.ts';
import type { Handlers } from '../../shared/api/index.ts';
import { formatSegment } from '../../shared/domain/segment-language.ts';
import { countSegment, parseSegmentRule } from '../engine/read/segment-sql.ts';
import { listSegments } from '../campaigns/segment-store.ts';

export function segmentHandlers(ctx: CoreContext): Pick<Handlers, 'segments.count' | 'segments.list' | 'segments.save' | 'segments.delete'> {
  return {
    'segments.count': ({ rule }) => {
      const text = formatSegment(parseSegmentRule(rule));
      return { count: countSegment(ctx.read, text), rule: text };
    },
    'segments.list': () => listSegments(ctx.read),
    'segments.save': async (input) => {
      const saved = await ctx.runner.run('saveSegment', input);
      ctx.events.emit('data.changed', { reason: 'segment' });
      return saved;
    },
    'segments.delete': async (input) => {
      const result = await ctx.runner.run('deleteSegment', input);
      ctx.events.emit('data.changed', { reason: 'segment' });
      return result;
    },
  };
}
