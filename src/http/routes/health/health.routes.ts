import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { currentVersion } from '../../../store/migrate.js';
import type { AppContext } from '../../../app/app-context.js';

/** Liveness and what the server runs on. */
export const healthRoutes = (ctx: AppContext): FastifyPluginAsyncZod => async (app) => {
  app.get('/api/v1/health', {
    schema: { tags: ['system'], summary: 'Health, database kind and migration version', response: { 200: z.object({ status: z.literal('ok'), database: z.enum(['pglite', 'postgresql']), migration: z.number() }) } },
  }, async () => ({ status: 'ok' as const, database: ctx.db.kind, migration: await currentVersion(ctx.db) }));
};
