import { DomainError } from '../domain/errors.js';

/** The DomainError that `run` throws (any other outcome fails the test). */
export function domainErrorOf(run: () => unknown): DomainError {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('Expected a DomainError, but nothing was thrown.');
}
