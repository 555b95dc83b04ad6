import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { s3FileStore } from '../../../store/s3/s3-file-store.js';
import { sha256Hex } from '../../../store/s3/sign-v4.js';
import { startFakeS3Server, type FakeS3Server } from '../../../test-support/fake-s3-server.js';
import { createTestApp, type TestApp } from '../../../test-support/test-app.js';

let s3: FakeS3Server;
let t: TestApp;
let desk: string;
let communeId: string;
beforeAll(async () => {
  s3 = await startFakeS3Server({ bucket: 'ho-so-ha-tinh' });
  t = await createTestApp({ files: s3FileStore(s3.config) });
  desk = await t.login('canboxa');
  communeId = (await t.app.inject({ url: '/api/v1/auth/me', headers: { cookie: desk } })).json().user.unitId;
});
afterAll(async () => { await t?.close(); await s3?.close(); });

const applicant = { kind: 'person', name: 'Nguyễn Văn An', idNumber: '042090001234', phone: '0912 345 678', email: null, address: 'Hà Tĩnh' };
const intake = () => t.app.inject({
  method: 'POST', url: '/api/v1/dossiers', headers: { cookie: desk },
  payload: { procedureCode: '1.001193', channel: 'in_person', receivingUnitId: communeId, applicant, components: [{ code: 'TK', status: 'submitted' }, { code: 'GCS', status: 'submitted' }], decision: 'receive' },
});
const upload = (id: string, body: Buffer, fileName = 'giay-chung-sinh.pdf') => t.app.inject({ method: 'POST', url: `/api/v1/dossiers/${id}/documents?fileName=${fileName}&componentCode=GCS`, headers: { cookie: desk, 'content-type': 'application/pdf' }, payload: body });
const documents = async (id: string) => (await t.app.inject({ url: `/api/v1/dossiers/${id}/documents`, headers: { cookie: desk } })).json().documents;
const componentStatus = async (id: string) => (await t.app.inject({ url: `/api/v1/dossiers/${id}`, headers: { cookie: desk } })).json().components.find((c: { code: string }) => c.code === 'GCS').status;

describe('dossier files in an S3-compatible bucket', () => {
  it('uploads a scanned component into the bucket by checksum and downloads the same bytes through the API', async () => {
    const d = (await intake()).json();
    const pdf = Buffer.from('%PDF-1.4\n% scanned in the bucket\n%%EOF\n');
    const stored = await upload(d.id, pdf);
    expect(stored.statusCode).toBe(201);
    const sha = sha256Hex(pdf);
    expect(stored.json()).toMatchObject({ sha256: sha, sizeBytes: pdf.length, contentType: 'application/pdf' });
    expect(s3.objects.get(`ho-so-ha-tinh/${sha.slice(0, 2)}/${sha}`)?.equals(pdf)).toBe(true);
    expect(await componentStatus(d.id)).toBe('digitised');
    const download = await t.app.inject({ url: `/api/v1/dossiers/${d.id}/documents/${stored.json().id}`, headers: { cookie: desk } });
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.rawPayload.equals(pdf)).toBe(true);
  });

  it('answers 503 STORAGE_UNAVAILABLE and records nothing (no document, component unchanged) when the bucket fails', async () => {
    const d = (await intake()).json();
    s3.failNext(1, 500);
    const failed = await upload(d.id, Buffer.from('%PDF-1.4\n% lost on the way\n'));
    expect(failed.statusCode).toBe(503);
    expect(failed.json()).toMatchObject({ code: 'STORAGE_UNAVAILABLE', messageVi: expect.stringContaining('chưa được lưu') });
    expect(await documents(d.id)).toEqual([]);
    expect(await componentStatus(d.id)).toBe('submitted');
    const after = (await t.app.inject({ url: `/api/v1/dossiers/${d.id}`, headers: { cookie: desk } })).json();
    expect(after.version).toBe(d.version);
  });

  it('refuses with 503 when the keys are wrong (the bucket answers 403 to the signature), and a download of a lost object is 404', async () => {
    const d = (await intake()).json();
    const good = t.ctx.files;
    t.ctx.files = s3FileStore({ ...s3.config, secretAccessKey: 'wrong-secret' });
    try {
      const refused = await upload(d.id, Buffer.from('%PDF-1.4\n% wrong keys\n'));
      expect(refused.statusCode).toBe(503);
      expect(refused.json().details).toMatchObject({ status: 403, reason: 'HTTP 403 SignatureDoesNotMatch' });
      expect(await documents(d.id)).toEqual([]);
    } finally { t.ctx.files = good; }
    const stored = (await upload(d.id, Buffer.from('%PDF-1.4\n% soon lost\n'))).json();
    s3.objects.delete(`ho-so-ha-tinh/${stored.sha256.slice(0, 2)}/${stored.sha256}`);
    expect((await t.app.inject({ url: `/api/v1/dossiers/${d.id}/documents/${stored.id}`, headers: { cookie: desk } })).statusCode).toBe(404);
  });
});
