import type { Provider } from '@nestjs/common';
import { QuickBooksApiClient } from './quickbooks-api.client';
import { QuickBooksRateLimiter } from './quickbooks-rate-limiter';
import { QuickBooksTransport } from './quickbooks-transport';

/**
 * The QuickBooks API client's providers for the Integration module. The module also provides
 * ACCESS_TOKEN_SOURCE (an AccessTokenSource) and imports ConfigModule.forFeature(quickbooksConfig)
 * and redisConfig; QUICKBOOKS_API_OPTIONS is optional.
 */
export const QUICKBOOKS_API_PROVIDERS: Provider[] = [QuickBooksRateLimiter, QuickBooksTransport, QuickBooksApiClient];
