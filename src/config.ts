/** Settings read once from the environment (documented in README "Configuration"). */
export type Config = {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  production: boolean;
  demo: boolean;
  adminUser: string | undefined;
  adminPassword: string | undefined;
  provinceCode: string | undefined;
  logLevel: string;
};

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const production = env.NODE_ENV === 'production';
  return {
    port: Number(env.PORT ?? 3000),
    host: env.HOST ?? '0.0.0.0',
    dataDir: env.DATA_DIR ?? './data',
    databaseUrl: env.DATABASE_URL || undefined,
    production,
    demo: !production && env.CCHC_DEMO !== '0',
    adminUser: env.CCHC_ADMIN_USER || undefined,
    adminPassword: env.CCHC_ADMIN_PASSWORD || undefined,
    provinceCode: env.CCHC_PROVINCE_CODE || undefined,
    logLevel: env.LOG_LEVEL ?? (production ? 'info' : 'warn'),
  };
}
