/**
 * The sandbox's own controls: acting user and theme (cookies for the host page), simulated work, settling the
 * pipeline, status, and the demo directory (users with their API tokens, projects, notable issues, OKR ids).
 */
import { DEMO_USERS, findDemoUser } from '../../demo/users';
import { THEME_COOKIE, USER_COOKIE } from '../acting-user';
import { HttpError, readJsonObject, sendJson } from '../http/respond';
import type { RouteContext } from '../http/router';
import type { SandboxRuntime } from '../runtime';
import { demoDirectory } from '../demo-directory';

export const MAX_SIMULATED_DAYS = 30;

const cookie = (name: string, value: string) => `${name}=${encodeURIComponent(value)}; Path=/; SameSite=Lax`;

export function publicUsers() {
  return DEMO_USERS.map(({ accountId, displayName, email, apiToken, role, browse, admin }) => ({
    accountId,
    displayName,
    email,
    apiToken,
    role,
    browse,
    admin,
  }));
}

export function sandboxApi(runtime: SandboxRuntime) {
  return {
    users: ({ res }: RouteContext) => sendJson(res, 200, { users: publicUsers() }),

    async switchUser({ req, res }: RouteContext) {
      const body = await readJsonObject(req);
      const user = typeof body.accountId === 'string' ? findDemoUser(body.accountId) : undefined;
      if (!user) throw new HttpError(400, 'UNKNOWN_USER', 'Send { accountId } of a demo user; see GET /sandbox/users.');
      sendJson(
        res,
        200,
        { actingAs: user.accountId, displayName: user.displayName },
        { 'set-cookie': cookie(USER_COOKIE, user.accountId) },
      );
    },

    async theme({ req, res }: RouteContext) {
      const body = await readJsonObject(req);
      if (body.mode !== 'light' && body.mode !== 'dark')
        throw new HttpError(400, 'INVALID_BODY', 'Send { mode: "light" | "dark" }.');
      sendJson(res, 200, { mode: body.mode }, { 'set-cookie': cookie(THEME_COOKIE, body.mode) });
    },

    async simulate({ req, res }: RouteContext) {
      const body = await readJsonObject(req, true);
      const days = body.days ?? 1;
      if (typeof days !== 'number' || !Number.isInteger(days) || days < 1 || days > MAX_SIMULATED_DAYS) {
        throw new HttpError(400, 'INVALID_DAYS', `days must be a whole number from 1 to ${MAX_SIMULATED_DAYS}.`);
      }
      sendJson(res, 200, await runtime.simulate(days));
    },

    async settle({ res }: RouteContext) {
      const stats = await runtime.settle();
      sendJson(res, 200, { now: runtime.clock.now().toISOString(), stats, pending: runtime.pending() });
    },

    async status({ res }: RouteContext) {
      const about = await runtime.about();
      sendJson(res, 200, {
        now: runtime.clock.now().toISOString(),
        dataDir: runtime.dataDir,
        issues: runtime.sim.issues().length,
        journal: runtime.state.journal.length,
        pipeline: runtime.stats,
        pending: runtime.pending(),
        resolvers: { available: about?.available ?? [] },
        demoWrittenVia: runtime.state.demo?.written ?? null,
      });
    },

    demo: ({ res }: RouteContext) => sendJson(res, 200, demoDirectory(runtime)),
  };
}
