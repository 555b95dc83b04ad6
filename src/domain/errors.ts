/** Stable error codes shared by every use case; only src/http maps them to HTTP statuses. */
export type DomainErrorCode =
  | 'NOT_FOUND'
  | 'NOT_ALLOWED'
  | 'UNAUTHENTICATED'
  | 'INVALID_CREDENTIALS'
  | 'INVALID_TRANSITION'
  | 'CONFLICT'
  | 'INVALID_INPUT'
  | 'WEAK_PASSWORD'
  /** The file storage (disk or S3 bucket) failed; nothing was recorded. */
  | 'STORAGE_UNAVAILABLE';

/** A rule said no. Carries a stable code, an English and a Vietnamese message, and optional details. */
export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    message: string,
    readonly messageVi: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'DomainError';
  }

  /** The input that was rejected, when the error is about one field. */
  get field(): string | undefined {
    return typeof this.details?.field === 'string' ? this.details.field : undefined;
  }
}

/** Shorthand for a bad-input error that names the offending field. */
export function invalidInput(field: string, message: string, messageVi: string, details?: Record<string, unknown>) {
  return new DomainError('INVALID_INPUT', message, messageVi, { field, ...details });
}
