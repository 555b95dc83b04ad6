/** Error body of the cchc API: `{code, message, messageVi?, details?}` with a 4xx/5xx status. */
export type ApiErrorBody = {
  code: string;
  message: string;
  messageVi?: string;
  details?: Record<string, unknown>;
};

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly messageVi?: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** Fired on `window` when the server answers 401 UNAUTHENTICATED, so the session can end itself. */
export const UNAUTHENTICATED_EVENT = 'cchc:unauthenticated';

export type QueryValue = string | number | boolean | null | undefined;

export type RequestOptions = {
  method?: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  query?: Record<string, QueryValue>;
  body?: unknown;
  signal?: AbortSignal;
};

/** `/api/v1/x` plus the query parameters that have a value. */
export function apiUrl(path: string, query?: Record<string, QueryValue>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const search = params.toString();
  return `/api/v1${path}${search ? `?${search}` : ''}`;
}

/** One JSON request with the session cookie; resolves to the body (undefined for 204), rejects with ApiError. */
export async function apiFetch<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const { method = 'GET', query, body, signal } = options;
  let response: Response;
  try {
    response = await fetch(apiUrl(path, query), {
      method,
      credentials: 'same-origin',
      headers: body === undefined ? { Accept: 'application/json' }
        : { Accept: 'application/json', 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal,
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ApiError(0, 'NETWORK_ERROR', 'The server cannot be reached.', 'Không kết nối được máy chủ.');
  }
  if (response.status === 204) return undefined as T;
  const payload: unknown = await response.json().catch(() => undefined);
  if (response.ok) return payload as T;
  const error = toApiError(response, payload);
  if (error.status === 401 && error.code === 'UNAUTHENTICATED') {
    window.dispatchEvent(new CustomEvent(UNAUTHENTICATED_EVENT));
  }
  throw error;
}

function toApiError(response: Response, payload: unknown): ApiError {
  const body = (payload ?? {}) as Partial<ApiErrorBody>;
  return new ApiError(
    response.status,
    typeof body.code === 'string' ? body.code : `HTTP_${response.status}`,
    typeof body.message === 'string' ? body.message : response.statusText,
    typeof body.messageVi === 'string' ? body.messageVi : undefined,
    body.details,
  );
}
