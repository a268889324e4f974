/**
 * Boundaries between Settle's bounded contexts (src/modules/<context>), checked in CI by
 * `npm run lint`. A context may use another context only through its contracts/ folder.
 * Paths are matched anywhere in the tree so that test/fixtures/boundaries can prove the rules bite.
 * @type {import('dependency-cruiser').IConfiguration}
 */
module.exports = {
  forbidden: [
    {
      name: 'contexts-only-through-contracts',
      severity: 'error',
      comment: "Another context's files are private: import its contracts/ (commands, queries, events) instead.",
      from: { path: '(^|/)src/modules/([^/]+)/' },
      to: {
        path: '(^|/)src/modules/([^/]+)/',
        pathNot: ['(^|/)src/modules/$2/', '(^|/)src/modules/[^/]+/contracts/'],
      },
    },
    {
      name: 'platform-does-not-know-contexts',
      severity: 'error',
      comment:
        'The platform layer serves every context; it must not depend on any of them, not even through another file.',
      from: { path: '(^|/)src/platform/' },
      to: { path: '(^|/)src/modules/', reachable: true },
    },
    {
      name: 'domain-is-plain-typescript',
      severity: 'error',
      comment: 'domain/ holds plain TypeScript: no Nest, no ORM, no HTTP, no queue or Redis client.',
      from: { path: '(^|/)src/(modules/[^/]+|platform/[^/]+)/domain/' },
      to: { path: 'node_modules/(@nestjs|@mikro-orm|express|axios|bull|ioredis)/' },
    },
    {
      name: 'domain-knows-no-infrastructure',
      severity: 'error',
      comment: 'domain/ declares ports; infrastructure/ implements them, never the other way round.',
      from: { path: '(^|/)src/(modules/[^/]+|platform/[^/]+)/domain/' },
      to: { path: '(^|/)src/(modules/[^/]+|platform/[^/]+)/infrastructure/' },
    },
    {
      name: 'no-circular-between-contexts',
      severity: 'error',
      from: { path: '(^|/)src/modules/([^/]+)/' },
      to: { circular: true, path: '(^|/)src/modules/', pathNot: '(^|/)src/modules/$2/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: '(^|/)(node_modules|dist|coverage)/' },
  },
};
