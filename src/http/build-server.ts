import { existsSync } from 'node:fs';
import { join } from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import fastifyCookie from '@fastify/cookie';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../app/app-context.js';
import { registerAuthentication } from './plugins/authentication.js';
import { registerErrorHandler } from './plugins/error-handler.js';
import { adminRoutes } from './routes/admin/admin.routes.js';
import { authRoutes } from './routes/auth/auth.routes.js';
import { calendarRoutes } from './routes/calendar/calendar.routes.js';
import { dossierExchangeRoutes } from './routes/dossiers/dossier-exchange.routes.js';
import { dossierRoutes } from './routes/dossiers/dossiers.routes.js';
import { dossierFileRoutes } from './routes/dossiers/dossier-files.routes.js';
import { dossierAlertRoutes } from './routes/dossiers/dossier-alerts.routes.js';
import { myDossierRoutes } from './routes/dossiers/my-dossiers.routes.js';
import { healthRoutes } from './routes/health/health.routes.js';
import { index766Routes } from './routes/indexes/index766.routes.js';
import { orgRoutes } from './routes/org/org.routes.js';
import { procedureRoutes } from './routes/procedures/procedures.routes.js';
import { ii06aRoutes } from './routes/reports/ii06a.routes.js';
import { reportPeriodRoutes } from './routes/reports/report-periods.routes.js';

export type ServerOptions = {
  logLevel?: string;
  secureCookies?: boolean;
  loginRateLimit?: { max: number; timeWindow: number };
  /** Public dossier look-ups per address (codes must not be enumerable). */
  lookupRateLimit?: { max: number; timeWindow: number };
  /** Folder of the built web app (dist/web); served with an SPA fallback when it exists. */
  webDir?: string;
  trustProxy?: boolean;
};

/** The HTTP server: every route, OpenAPI 3.1 at /docs, the web app at /. */
export async function buildServer(ctx: AppContext, options: ServerOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({ logger: { level: options.logLevel ?? 'warn' }, trustProxy: options.trustProxy ?? false, bodyLimit: 2 * 1024 * 1024 }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  const hasWeb = !!options.webDir && existsSync(join(options.webDir, 'index.html'));
  registerErrorHandler(app, { spaFallback: hasWeb });
  await app.register(fastifySwagger, {
    openapi: { openapi: '3.1.0', info: { title: 'cchc API', description: 'Cải cách hành chính — administrative reform platform', version: '1' } },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/docs' });
  await app.register(fastifyCookie);
  await app.register(fastifyRateLimit, { global: false, hook: 'preHandler' });
  registerAuthentication(app, ctx);
  await app.register(healthRoutes(ctx));
  await app.register(authRoutes(ctx, { secureCookies: options.secureCookies ?? false, loginRateLimit: options.loginRateLimit ?? { max: 10, timeWindow: 60_000 } }));
  await app.register(orgRoutes(ctx));
  await app.register(adminRoutes(ctx));
  await app.register(calendarRoutes(ctx));
  await app.register(dossierFileRoutes(ctx));
  await app.register(dossierAlertRoutes(ctx));
  await app.register(myDossierRoutes(ctx));
  await app.register(dossierExchangeRoutes(ctx));
  await app.register(dossierRoutes(ctx, { lookupRateLimit: options.lookupRateLimit ?? { max: 30, timeWindow: 60_000 } }));
  await app.register(procedureRoutes(ctx));
  await app.register(index766Routes(ctx));
  await app.register(reportPeriodRoutes(ctx));
  await app.register(ii06aRoutes(ctx));
  if (hasWeb) await app.register(fastifyStatic, { root: options.webDir!, wildcard: true, index: ['index.html'] });
  return app;
}
