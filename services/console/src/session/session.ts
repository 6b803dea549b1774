/**
 * The signed-in principal. The token lives in sessionStorage only (gone when the tab closes) and
 * is the console's only secret; the principal's name, unit and role come from `GET /me`.
 */
import { ref } from 'vue';

export type Role = 'authority' | 'source' | 'operator' | 'auditor' | 'examiner' | 'partner';
export type Me = { id: string; name: string; role: Role; unit: string };

const TOKEN_KEY = 'shuyu.token';

const token = ref<string | null>(sessionStorage.getItem(TOKEN_KEY));
const me = ref<Me | null>(null);
const expired = ref(false);

async function signIn(candidate: string): Promise<'ok' | 'invalid' | 'unreachable'> {
  const trimmed = candidate.trim();
  let response: Response;
  try {
    response = await fetch('/api/v1/me', { headers: { Authorization: `Bearer ${trimmed}` } });
  } catch {
    return 'unreachable';
  }
  if (!response.ok) return response.status === 401 ? 'invalid' : 'unreachable';
  me.value = (await response.json()) as Me;
  token.value = trimmed;
  expired.value = false;
  sessionStorage.setItem(TOKEN_KEY, trimmed);
  return 'ok';
}

/** Loads `/me` for a token kept from earlier in this tab; false when it is no longer valid. */
let restoring: Promise<boolean> | null = null;
async function restore(): Promise<boolean> {
  if (me.value) return true;
  if (!token.value) return false;
  // One request however many callers wait: main.ts starts it before the router needs it.
  restoring ??= signIn(token.value).then((r) => r === 'ok').finally(() => (restoring = null));
  return restoring;
}

function signOut(): void {
  token.value = null;
  me.value = null;
  sessionStorage.removeItem(TOKEN_KEY);
}

/** The API said 401: the token was revoked or is unknown. */
function expire(): void {
  signOut();
  expired.value = true;
}

export const session = { token, me, expired, signIn, restore, signOut, expire };
