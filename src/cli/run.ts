/**
 * The `okr-rollup` command, as a function: arguments and I/O in, exit code out, so tests run it in-process.
 * Exit codes: 0 done, 1 failure (site or app unreachable, credentials refused, import refused), 2 bad usage or
 * a bad OKR file (nothing was done).
 */
import { parseArgs } from 'node:util';
import { calendarDayIn, CalendarDay } from '../domain';
import { createHttpJiraFetch, createJiraClient, type JiraClient } from '../jira';
import { exportOkrs } from './export-okrs';
import { FORMATS, formatReport, type Format } from './format';
import { formatFileErrors, parseOkrFile } from './okr-file';
import { progressLine } from './progress-line';
import { buildReport, hasJiraSources } from './report';
import { checkSite, SANDBOX_SITE, siteOptions } from './site';
import { AppUnreachableError, createInvoke } from './app-client';
import { importOkrs, type ImportResult } from './import-okrs';
import type { OkrFile } from './okr-file-schema';

/** Ada Byrne, the sandbox's administrator and PMO. */
const SANDBOX_ACCOUNT_ID = '712020:5a4d0000-0000-4000-8000-000000000001';

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  readFile(path: string): Promise<string>;
  env: Readonly<Record<string, string | undefined>>;
  /** Whether stderr is a terminal (progress line). */
  isTTY: boolean;
  now?: () => Date;
}

export const USAGE = `Usage: okr-rollup <command> [options]

Commands:
  report --file okrs.yaml    Compute objective and key-result progress from Jira and print it
  import --file okrs.yaml    Create the file's objectives and key results in the app (local sandbox)
  export [--period ID]       Print one period's OKRs from the app (local sandbox) as YAML (default: current period)

Options:
  -f, --file PATH            The OKR-as-code YAML file
  --format FORMAT            table (default), csv, markdown or json
  --site URL                 Jira site (env OKR_SITE; default: the local sandbox, http://127.0.0.1:8787)
  --email EMAIL              Account e-mail (env OKR_EMAIL; default with the sandbox: ada@okr-sandbox.test)
  --token TOKEN              API token (env OKR_TOKEN; default with the sandbox: sandbox-ada)
  --today YYYY-MM-DD         Assess pace as of this day (default: today in the file's time zone)
  --app URL                  import/export: the app's sandbox (env OKR_APP; default http://127.0.0.1:8787)
  --account ACCOUNT_ID       import/export: acting user and owner (env OKR_ACCOUNT; default the sandbox's Ada)
  -h, --help                 Show this help

Exit codes: 0 done; 1 Jira or the app unreachable, credentials refused, nothing imported; 2 bad usage or OKR file.
`;

export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        file: { type: 'string', short: 'f' },
        format: { type: 'string', default: 'table' },
        site: { type: 'string' },
        email: { type: 'string' },
        token: { type: 'string' },
        today: { type: 'string' },
        app: { type: 'string' },
        account: { type: 'string' },
        period: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    io.stderr(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  const command = positionals[0];
  if (values.help || command === undefined || command === 'help') {
    (values.help || command === 'help' ? io.stdout : io.stderr)(USAGE);
    return values.help || command === 'help' ? 0 : 2;
  }
  if (command === 'export') return runExport(values, io);
  if (command !== 'report' && command !== 'import') {
    io.stderr(`Unknown command: ${command}\n\n${USAGE}`);
    return 2;
  }
  if (!(FORMATS as readonly string[]).includes(values.format)) {
    io.stderr(`--format must be one of ${FORMATS.join(', ')}, not ${values.format}\n`);
    return 2;
  }
  if (values.today !== undefined && !CalendarDay.safeParse(values.today).success) {
    io.stderr(`--today must be a calendar day like 2026-11-25, not ${values.today}\n`);
    return 2;
  }
  if (values.file === undefined) {
    io.stderr(`okr-rollup ${command} needs --file okrs.yaml\n`);
    return 2;
  }

  let text: string;
  try {
    text = await io.readFile(values.file);
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    io.stderr(`Cannot read ${values.file}${typeof code === 'string' ? ` (${code})` : ''}.\n`);
    return 2;
  }
  const read = parseOkrFile(text);
  if (!read.ok) {
    io.stderr(`${formatFileErrors(values.file, read.errors)}\n`);
    return 2;
  }
  const file = read.file;
  const now = io.now ?? (() => new Date());
  const today = values.today ?? calendarDayIn(now(), file.timeZone) ?? now().toISOString().slice(0, 10);

  let jira;
  // Owners named in the file are resolved through the site too (import only: a report has no owners to look up).
  if (hasJiraSources(file) || (command === 'import' && namesOwners(file))) {
    const connected = await connectJira(values, io, now);
    if (!connected.ok) return connected.code;
    jira = connected.jira;
  }

  const progress = progressLine(io.stderr, io.isTTY);
  if (command === 'import') {
    const appUrl = values.app ?? io.env.OKR_APP ?? SANDBOX_SITE.site;
    const invoke = createInvoke(appUrl, values.account ?? io.env.OKR_ACCOUNT ?? SANDBOX_ACCOUNT_ID);
    let result;
    try {
      result = await importOkrs(file, {
        invoke,
        jira,
        ownerId: values.account ?? io.env.OKR_ACCOUNT ?? SANDBOX_ACCOUNT_ID,
        onStep: progress.step,
      });
    } catch (error) {
      if (error instanceof AppUnreachableError) {
        io.stderr(`${error.message}\n`);
        return 1;
      }
      throw error;
    } finally {
      progress.done();
    }
    return reportImport(values.file, appUrl, result, io);
  }
  let report;
  try {
    report = await buildReport(file, { jira, today, onStep: progress.step });
  } finally {
    progress.done();
  }
  io.stdout(formatReport(report, values.format as Format));
  const failed = report.objectives.flatMap((o) => o.keyResults).filter((kr) => kr.status === 'error');
  if (failed.length > 0) {
    io.stderr(`${failed.length} key result(s) could not be measured: ${failed.map((kr) => kr.id).join(', ')}\n`);
    return 1;
  }
  return 0;
}

function reportImport(fileName: string, appUrl: string, result: ImportResult, io: CliIo): number {
  if (result.refused.length > 0) {
    io.stderr(`${result.refused.join('\n')}\nNothing was imported from ${fileName}.\n`);
    return 1;
  }
  for (const c of result.created) io.stdout(`${c.kind} ${c.fileId} → ${c.appId}\n`);
  const matched = result.matched ?? [];
  for (const c of matched) io.stdout(`${c.kind} ${c.fileId} = ${c.appId} (already in the app)\n`);
  const objectives = result.created.filter((c) => c.kind === 'objective').length;
  const kept = matched.length === 0 ? '' : `; ${matched.length} already there, left as they are`;
  const summary = `${objectives} objective(s) and ${result.created.length - objectives} key result(s) from ${fileName} into ${appUrl}${kept}`;
  if (result.failed !== undefined) {
    io.stderr(`Import stopped: ${result.failed}. Created ${summary} before it stopped.\n`);
    return 1;
  }
  io.stdout(`Imported ${summary}.\n`);
  return 0;
}

type Values = { site?: string; email?: string; token?: string; app?: string; account?: string; period?: string };

/** The HTTP Jira client, once a sign-in check passed; otherwise the one sentence is printed and the exit code given. */
async function connectJira(
  values: Values,
  io: CliIo,
  now: () => Date,
): Promise<{ ok: true; jira: JiraClient } | { ok: false; code: number }> {
  const site = siteOptions({ site: values.site, email: values.email, token: values.token }, io.env);
  let fetch;
  try {
    fetch = createHttpJiraFetch({ host: site.site, email: site.email, apiToken: site.token, timeoutMs: 20_000 });
  } catch {
    io.stderr(`--site must be a URL like https://your-site.atlassian.net, not ${site.site}\n`);
    return { ok: false, code: 2 };
  }
  const problem = await checkSite(fetch, site);
  if (problem !== undefined) {
    io.stderr(`${problem}\n`);
    return { ok: false, code: 1 };
  }
  return { ok: true, jira: createJiraClient(fetch, { clock: { now } }) };
}

async function runExport(values: Values, io: CliIo): Promise<number> {
  const now = io.now ?? (() => new Date());
  const connected = await connectJira(values, io, now);
  if (!connected.ok) return connected.code;
  const account = values.account ?? io.env.OKR_ACCOUNT ?? SANDBOX_ACCOUNT_ID;
  const invoke = createInvoke(values.app ?? io.env.OKR_APP ?? SANDBOX_SITE.site, account);
  const progress = progressLine(io.stderr, io.isTTY);
  let result;
  try {
    result = await exportOkrs(values.period, { invoke, jira: connected.jira, onStep: progress.step });
  } catch (error) {
    if (error instanceof AppUnreachableError) {
      io.stderr(`${error.message}\n`);
      return 1;
    }
    throw error;
  } finally {
    progress.done();
  }
  if (!result.ok) {
    io.stderr(`${result.error}\n`);
    return 1;
  }
  io.stdout(result.yaml);
  return 0;
}

function namesOwners(file: OkrFile): boolean {
  return file.objectives.some((o) => o.owners !== undefined || o.keyResults.some((kr) => kr.owners !== undefined));
}
