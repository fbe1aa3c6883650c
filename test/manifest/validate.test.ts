import { validate } from '@forge/manifest';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';

const MANIFEST = join(__dirname, '../../manifest.yml');

describe('manifest.yml', () => {
  it('passes the Forge manifest validator offline (schema, keys, resources, handlers)', async () => {
    const result = await validate(false, MANIFEST);
    expect(result.errors ?? []).toEqual([]);
    expect(result.success).toBe(true);
  });

  it('declares the runtime Forge runs and only least-privilege scopes', () => {
    const manifest = parse(readFileSync(MANIFEST, 'utf8'));
    expect(manifest.app.runtime.name).toBe('nodejs22.x');
    expect([...manifest.permissions.scopes].sort()).toEqual(['read:jira-user', 'read:jira-work', 'storage:app']);
  });

  it('filters the app’s own writes out of the issue-event trigger', () => {
    const manifest = parse(readFileSync(MANIFEST, 'utf8'));
    expect(manifest.modules.trigger[0].filter).toEqual({ ignoreSelf: true });
  });

  it('is a real check: a manifest with a duplicate module key fails', async () => {
    const manifest = parse(readFileSync(MANIFEST, 'utf8'));
    manifest.modules['jira:projectPage'][0].key = manifest.modules['jira:issuePanel'][0].key;
    const dir = mkdtempSync(join(tmpdir(), 'manifest-'));
    const broken = join(dir, 'manifest.yml');
    writeFileSync(broken, stringify(manifest));
    const result = await validate(false, broken);
    expect(result.success).toBe(false);
  });
});
