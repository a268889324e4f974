// The worker role alone: queue processors, the outbox relay and schedulers, no HTTP. ROLE is set
// before the app's modules load (they read it to decide what to register), hence the late import.
process.env.ROLE = 'worker';

import('./main')
  .then(({ bootstrap }) => bootstrap())
  .catch((error: unknown) => {
    process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
    process.exit(1);
  });
