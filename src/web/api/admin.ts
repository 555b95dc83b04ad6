import { apiFetch } from './client';
import type { AdminUser, AuditEntry, Health, Role, RoleCode, User } from './types';

export const listRoles = (signal?: AbortSignal) => apiFetch<{ roles: Role[] }>('/admin/roles', { signal });

export type ListUsersQuery = { q?: string; page: number; pageSize: number };

export const listUsers = (query: ListUsersQuery, signal?: AbortSignal) =>
  apiFetch<{ users: AdminUser[]; total: number }>('/admin/users', { query, signal });

export type CreateUserBody = { username: string; displayName: string; password: string; unitId: string; roles: RoleCode[] };

export const createUser = (body: CreateUserBody) =>
  apiFetch<{ user: User }>('/admin/users', { method: 'POST', body });

export type UpdateUserBody = Partial<{ displayName: string; unitId: string; roles: RoleCode[]; active: boolean; password: string }>;

export const updateUser = (id: string, body: UpdateUserBody) =>
  apiFetch<{ user: User }>(`/admin/users/${encodeURIComponent(id)}`, { method: 'PATCH', body });

export type ListAuditQuery = {
  action?: string;
  entityType?: string;
  actorId?: string;
  /** Province (UTC+7) days YYYY-MM-DD, both inclusive. */
  from?: string;
  to?: string;
  page: number;
  pageSize: number;
};

export const listAudit = (query: ListAuditQuery, signal?: AbortSignal) =>
  apiFetch<{ entries: AuditEntry[]; total: number }>('/admin/audit', { query, signal });

export const getHealth = (signal?: AbortSignal) => apiFetch<Health>('/health', { signal });
