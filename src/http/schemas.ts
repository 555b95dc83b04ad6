import { z } from 'zod';
import { isLocalDate } from '../domain/shared/local-date.js';

/** A real calendar date 'YYYY-MM-DD'. */
export const ZLocalDate = z.string().refine(isLocalDate, { message: 'must be a real date written YYYY-MM-DD' });
export const ZUuid = z.uuid({ message: 'must be a UUID' });
export const ZIdParams = z.object({ id: ZUuid });
export const ZPage = z.coerce.number().int().min(1).max(100_000).default(1);
export const ZPageSize = z.coerce.number().int().min(1).max(200).default(20);

/** The body of every error response (documented once for OpenAPI). */
export const ZError = z.object({ code: z.string(), message: z.string(), messageVi: z.string().optional(), details: z.record(z.string(), z.unknown()).optional() });
