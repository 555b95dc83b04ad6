import { DomainError } from '../errors.js';

export const MIN_PASSWORD_LENGTH = 10;

/**
 * Passwords are 10 to 200 characters, not the username, and not made of one repeated character
 * (Circular 12/2022/TT-BTTTT on information-system security levels asks for password complexity rules).
 */
export function checkPasswordStrength(password: string, username: string): void {
  const problems: string[] = [];
  if (password.length < MIN_PASSWORD_LENGTH) problems.push('length');
  if (password.toLowerCase() === username.toLowerCase()) problems.push('username');
  if (/^(.)\1*$/.test(password)) problems.push('repeated');
  if (password.length > 200) problems.push('too_long');
  if (problems.length === 0) return;
  throw new DomainError(
    'WEAK_PASSWORD',
    `The password must be 10 to 200 characters, must not be the username, and must not repeat one character.`,
    `Mật khẩu phải dài từ 10 đến 200 ký tự, không được trùng tên đăng nhập và không được chỉ lặp lại một ký tự.`,
    { field: 'password', problems },
  );
}
