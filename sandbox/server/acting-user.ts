/** Who the host page acts as: a demo user chosen with the switcher (a cookie), Ada until someone switches. */
import type { IncomingMessage } from 'node:http';
import { DEFAULT_USER, findDemoUser, type DemoUser } from '../demo/users';
import { cookies } from './http/respond';

export const USER_COOKIE = 'okr-sandbox-user';
export const THEME_COOKIE = 'okr-sandbox-theme';

export function actingUser(req: IncomingMessage): DemoUser {
  const id = cookies(req)[USER_COOKIE];
  return (id ? findDemoUser(id) : undefined) ?? DEFAULT_USER;
}

export function colorMode(req: IncomingMessage): 'light' | 'dark' {
  return cookies(req)[THEME_COOKIE] === 'dark' ? 'dark' : 'light';
}
