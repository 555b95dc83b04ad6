import { apiFetch } from './client';
import type { ApiToken, User } from './types';

export const login = (username: string, password: string) =>
  apiFetch<{ user: User }>('/auth/login', { method: 'POST', body: { username, password } });

export const logout = () => apiFetch<void>('/auth/logout', { method: 'POST' });

export const getMe = (signal?: AbortSignal) => apiFetch<{ user: User }>('/auth/me', { signal });

export const changePassword = (currentPassword: string, newPassword: string) =>
  apiFetch<void>('/auth/password', { method: 'POST', body: { currentPassword, newPassword } });

export const listTokens = (signal?: AbortSignal) => apiFetch<{ tokens: ApiToken[] }>('/auth/tokens', { signal });

export const createToken = (name: string, expiresInDays?: number) =>
  apiFetch<{ token: ApiToken; secret: string }>('/auth/tokens', { method: 'POST', body: { name, expiresInDays } });

export const revokeToken = (id: string) =>
  apiFetch<void>(`/auth/tokens/${encodeURIComponent(id)}`, { method: 'DELETE' });
