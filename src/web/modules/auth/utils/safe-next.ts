/** Where to go after login: a path inside this app only (no `//host`, no scheme), `/` otherwise. */
export function safeNext(next: string | null | undefined): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/';
  if (next.startsWith('/login')) return '/';
  return next;
}

/** `/login?next=<current path>` for a visitor who must sign in first. */
export function loginPathFor(pathname: string, search: string, hash = ''): string {
  const here = `${pathname}${search}${hash}`;
  return here === '/' ? '/login' : `/login?next=${encodeURIComponent(here)}`;
}
