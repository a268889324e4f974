import { randomBytes } from 'node:crypto';
import { SERVER_URL } from './test-database';

// Each test file runs against its own database and its own Redis key prefix.
const suffix = `${process.env.JEST_WORKER_ID ?? '0'}_${randomBytes(4).toString('hex')}`;
process.env.NODE_ENV = 'test';
process.env.DATABASE_URL = `${SERVER_URL}/settle_test_${suffix}`;
process.env.QUEUE_PREFIX = `settle-test-${suffix}`;
process.env.LOG_LEVEL = process.env.TEST_LOG_LEVEL ?? 'silent';
process.env.OUTBOX_POLL_MS = '50';
process.env.QUEUE_RETRY_BASE_MS = '5';
process.env.AUTH_RATE_LIMIT_PER_MINUTE = '10000';
