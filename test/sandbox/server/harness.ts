/** Starts a sandbox on a free port over a temporary data folder, with the pump off so tests drive the pipeline. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startSandbox, type RunningSandbox } from '../../../sandbox/server';

export interface TestSandbox {
  sandbox: RunningSandbox;
  url: string;
  dir: string;
  close(options?: { keepData?: boolean }): Promise<void>;
}

export const tempDataDir = () => mkdtempSync(join(tmpdir(), 'okr-sandbox-test-'));

export async function startTestSandbox(dir = tempDataDir(), options: { reset?: boolean } = {}): Promise<TestSandbox> {
  const sandbox = await startSandbox({ port: 0, dataDir: dir, pumpIntervalMs: 0, reset: options.reset ?? false });
  return {
    sandbox,
    url: sandbox.url,
    dir,
    async close({ keepData = false } = {}) {
      await sandbox.close();
      if (!keepData) rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface JsonAnswer<T = Record<string, unknown>> {
  status: number;
  headers: Headers;
  body: T;
}

export async function request<T = Record<string, unknown>>(
  url: string,
  init: RequestInit & { json?: unknown } = {},
): Promise<JsonAnswer<T>> {
  const { json, ...rest } = init;
  const response = await fetch(url, {
    ...rest,
    ...(json === undefined ? {} : { body: JSON.stringify(json) }),
    headers: { ...(json === undefined ? {} : { 'content-type': 'application/json' }), ...(rest.headers ?? {}) },
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: (text === '' ? {} : JSON.parse(text)) as T };
}

export const basic = (email: string, token: string) => `Basic ${Buffer.from(`${email}:${token}`).toString('base64')}`;
