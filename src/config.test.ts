import { describe, expect, it } from 'vitest';
import { readConfig } from './config.js';

describe(readConfig.name, () => {
  it('keeps files on disk unless S3_BUCKET is set', () => {
    expect(readConfig({}).s3).toBeUndefined();
  });

  it('reads an S3-compatible bucket: endpoint, region, keys, path style', () => {
    expect(readConfig({ S3_BUCKET: 'ho-so', S3_ENDPOINT: 'http://minio:9000', S3_REGION: 'ap-southeast-1', S3_ACCESS_KEY_ID: 'id', S3_SECRET_ACCESS_KEY: 'secret', S3_FORCE_PATH_STYLE: '1' }).s3)
      .toEqual({ endpoint: 'http://minio:9000', bucket: 'ho-so', region: 'ap-southeast-1', accessKeyId: 'id', secretAccessKey: 'secret', forcePathStyle: true });
    expect(readConfig({ S3_BUCKET: 'ho-so', S3_ACCESS_KEY_ID: 'id', S3_SECRET_ACCESS_KEY: 'secret' }).s3)
      .toMatchObject({ endpoint: 'https://s3.us-east-1.amazonaws.com', region: 'us-east-1', forcePathStyle: false });
  });

  it('refuses a bucket without keys or with an endpoint that is not a URL, saying which variable', () => {
    expect(() => readConfig({ S3_BUCKET: 'ho-so' })).toThrow(/S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY/);
    expect(() => readConfig({ S3_BUCKET: 'ho-so', S3_ACCESS_KEY_ID: 'id', S3_SECRET_ACCESS_KEY: 's', S3_ENDPOINT: 'minio:9000' })).toThrow(/S3_ENDPOINT/);
  });
});
