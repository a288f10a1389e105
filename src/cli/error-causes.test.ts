// Re-wrapped errors keep the error they explain as `cause` (CASPER_CLIENT_DEBUG prints the chain),
// while the one line the user sees still carries the inner message.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CasperError } from '../core/errors.js';
import { parseJsonArgs } from '../runtime-args/json-args.js';
import { parseSimpleArg } from '../runtime-args/simple.js';
import { readDeployFile } from './files.js';
import { blockIdentifier } from './read-params.js';

const dir = mkdtempSync(join(tmpdir(), 'causes-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const notJson = join(dir, 'not.json');
writeFileSync(notJson, '{');
const notDeploy = join(dir, 'not-deploy.json');
writeFileSync(notDeploy, '{"hello": 1}');

const cases: [string, () => unknown][] = [
  ['a simple arg of an unknown type', () => parseSimpleArg("x:wat='1'")],
  ['a simple arg whose value does not fit', () => parseSimpleArg("x:u8='256'")],
  ['a JSON arg list that is not JSON', () => parseJsonArgs('{', '--session-args-json')],
  ['a block hash that is not hex', () => blockIdentifier('z'.repeat(64))],
  ['a deploy file that is not JSON', () => readDeployFile(notJson)],
  ['a deploy file that is not a deploy', () => readDeployFile(notDeploy)],
];

describe('re-wrapped errors keep their cause', () => {
  it.each(cases)('%s', async (_, fn) => {
    const e = await Promise.resolve()
      .then(fn)
      .then(
        () => undefined,
        (x: unknown) => x,
      );
    expect(e).toBeInstanceOf(CasperError);
    const cause = (e as Error).cause;
    expect(cause).toBeInstanceOf(Error);
    // The wrapper says where; the cause says why, and its words are in the line.
    expect((e as Error).message).toContain((cause as Error).message);
  });
});
