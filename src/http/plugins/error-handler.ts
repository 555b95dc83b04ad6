import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { DomainError, type DomainErrorCode } from '../../domain/errors.js';

/** The JSON body of every error response. */
export type ErrorBody = { code: string; message: string; messageVi?: string; details?: Record<string, unknown> };

const STATUS: Record<DomainErrorCode, number> = {
  NOT_FOUND: 404, NOT_ALLOWED: 403, UNAUTHENTICATED: 401, INVALID_CREDENTIALS: 401,
  INVALID_TRANSITION: 422, CONFLICT: 409, INVALID_INPUT: 400, WEAK_PASSWORD: 400, STORAGE_UNAVAILABLE: 503,
};

/** Maps domain errors, validation errors and framework errors to stable codes; never leaks a stack trace. */
export function registerErrorHandler(app: FastifyInstance, o: { spaFallback?: boolean } = {}): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof DomainError) {
      return reply.status(STATUS[error.code]).send({ code: error.code, message: error.message, messageVi: error.messageVi, details: error.details } satisfies ErrorBody);
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const issues = error.validation.map((v) => ({ field: [error.validationContext, ...v.instancePath.split('/').filter(Boolean)].join('.'), message: v.message }));
      const fields = [...new Set(issues.map((i) => i.field))].join(', ');
      return reply.status(400).send({
        code: 'VALIDATION_FAILED',
        message: `Invalid input: ${fields}. ${issues[0]?.message ?? ''}`.trim(),
        messageVi: `Dữ liệu không hợp lệ: ${fields}.`,
        details: { field: issues[0]?.field, issues },
      } satisfies ErrorBody);
    }
    if (error.statusCode === 429) {
      return reply.status(429).send({ code: 'RATE_LIMITED', message: 'Too many attempts; try again later.', messageVi: 'Thử quá nhiều lần; vui lòng thử lại sau.' } satisfies ErrorBody);
    }
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      const code = error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE' ? 'UNSUPPORTED_MEDIA_TYPE' : error.code?.startsWith('FST_ERR_CTP') ? 'MALFORMED_BODY' : 'BAD_REQUEST';
      return reply.status(error.statusCode).send({ code, message: error.message, messageVi: 'Yêu cầu không hợp lệ.' } satisfies ErrorBody);
    }
    request.log.error({ err: error }, 'unhandled error');
    return reply.status(500).send({ code: 'INTERNAL', message: 'Internal error; it has been logged.', messageVi: 'Lỗi hệ thống; sự cố đã được ghi lại.' } satisfies ErrorBody);
  });
  app.setNotFoundHandler((request, reply) => {
    // The web app's client-side routes (/org, /admin/users…) get index.html; API and docs paths and missing files
    // (anything with an extension, e.g. a stale /assets/x.js) get a JSON 404.
    const path = request.url.split('?')[0];
    const clientRoute = !path.startsWith('/api/') && !path.startsWith('/docs') && !/\.[a-z0-9]+$/i.test(path);
    if (o.spaFallback && request.method === 'GET' && clientRoute) return reply.sendFile('index.html');
    return reply.status(404).send({ code: 'NOT_FOUND', message: `No route ${request.method} ${request.url}.`, messageVi: 'Không tìm thấy địa chỉ yêu cầu.' } satisfies ErrorBody);
  });
}
