import { z } from 'zod';
import { ORG_LEVELS } from '../../../domain/org/org-types.js';
import { ZLocalDate, ZUuid } from '../../schemas.js';

export const ZLevel = z.enum(ORG_LEVELS);
export const ZLegalDoc = z.object({
  number: z.string().trim().min(1).max(100),
  issuedOn: ZLocalDate.nullable().optional(),
  title: z.string().max(500).nullable().optional(),
  url: z.url().max(1000).nullable().optional(),
});
const legal = { legalDoc: ZLegalDoc.nullable().optional(), note: z.string().max(2000).nullable().optional() };
export const ZNewUnit = z.object({
  code: z.string().trim().min(1).max(40), name: z.string().trim().min(1).max(300), nameEn: z.string().trim().max(300).nullable().optional(),
  level: ZLevel, kind: z.string().max(40).nullable().optional(), parentId: ZUuid.nullable().optional(),
});
const ZNewOrExisting = z.union([z.object({ existingId: ZUuid }), z.object({ spec: ZNewUnit })]);

export const ZListUnitsQuery = z.object({ asOf: ZLocalDate.optional(), level: ZLevel.optional(), q: z.string().max(100).optional(), parentCode: z.string().max(40).optional() });
export const ZAsOfQuery = z.object({ asOf: ZLocalDate.optional() });
export const ZUnitIdParams = z.object({ id: z.string().min(1).max(64) });
export const ZCreateUnitBody = z.object({ ...ZNewUnit.shape, validFrom: ZLocalDate, ...legal });
export const ZRenameBody = z.object({ name: z.string().trim().min(1).max(300), nameEn: z.string().trim().max(300).nullable().optional(), date: ZLocalDate, ...legal });
export const ZMoveBody = z.object({ parentId: ZUuid, date: ZLocalDate, ...legal });
export const ZDissolveBody = z.object({ date: ZLocalDate, ...legal });
export const ZMergeBody = z.object({ predecessorIds: z.array(ZUuid).min(1).max(500), successor: ZNewOrExisting, date: ZLocalDate, ...legal });
export const ZSplitBody = z.object({ predecessorId: ZUuid, successors: z.array(ZNewOrExisting).min(2).max(100), date: ZLocalDate, ...legal });
export const ZChangeResult = z.object({ eventId: z.string(), unitIds: z.array(z.string()) });
