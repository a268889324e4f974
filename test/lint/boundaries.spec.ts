import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');

function cruise(target: string) {
  const result = spawnSync(
    process.execPath,
    [
      join(root, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs'),
      target,
      '--config',
      '.dependency-cruiser.js',
      '--output-type',
      'err',
    ],
    { cwd: root, encoding: 'utf8' },
  );
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe('context boundaries (dependency-cruiser, as npm run lint runs it)', () => {
  it("catches a context importing another context's domain, and allows its contracts", () => {
    const { status, output } = cruise('test/fixtures/boundaries/src');
    expect(status).not.toBe(0);
    expect(output).toContain('contexts-only-through-contracts');
    expect(output).toContain('contacts/use-cases/forbidden.ts');
    expect(output).not.toContain('contacts/use-cases/allowed.ts');
  });

  it('catches the platform reaching a context through another file', () => {
    const { status, output } = cruise('test/fixtures/boundaries/src');
    expect(status).not.toBe(0);
    expect(output).toContain('platform-does-not-know-contexts');
    expect(output).toContain('platform/reaches-through-the-root.ts');
  });

  it('catches a domain importing infrastructure', () => {
    const { status, output } = cruise('test/fixtures/boundaries/src');
    expect(status).not.toBe(0);
    expect(output).toContain('domain-knows-no-infrastructure');
    expect(output).toContain('invoicing/domain/invoice-rules.ts');
  });

  it('finds no violation in Settle itself', () => {
    const { status, output } = cruise('src');
    expect(output).toContain('no dependency violations');
    expect(status).toBe(0);
  });
});
