import type { S3Config } from './store/s3/s3-file-store.js';

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
  /** Dossier files in an S3-compatible bucket instead of DATA_DIR/files, when S3_BUCKET is set. */
  s3: S3Config | undefined;
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
    s3: readS3Config(env),
  };
}

/** S3_BUCKET turns the bucket on; then the keys are required, the endpoint defaults to AWS in S3_REGION. */
function readS3Config(env: NodeJS.ProcessEnv): S3Config | undefined {
  const bucket = env.S3_BUCKET?.trim();
  if (!bucket) return undefined;
  const region = env.S3_REGION?.trim() || 'us-east-1';
  const accessKeyId = env.S3_ACCESS_KEY_ID?.trim();
  const secretAccessKey = env.S3_SECRET_ACCESS_KEY;
  if (!accessKeyId || !secretAccessKey) throw new Error('S3_BUCKET is set: S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY are required as well');
  const endpoint = env.S3_ENDPOINT?.trim() || `https://s3.${region}.amazonaws.com`;
  if (!/^https?:\/\/[^/]+/.test(endpoint)) throw new Error(`S3_ENDPOINT must be an http(s) URL, got ${endpoint}`);
  return { endpoint, bucket, region, accessKeyId, secretAccessKey, forcePathStyle: ['1', 'true'].includes(env.S3_FORCE_PATH_STYLE ?? '') };
}
