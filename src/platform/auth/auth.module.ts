import { Module } from '@nestjs/common';
import { ConfigType } from '@nestjs/config';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';
import { ThrottlerModule } from '@nestjs/throttler';
import type { StringValue } from 'ms';
import { authConfig } from '../config/settle.config';
import { ApiKeyStrategy } from './api-key.strategy';
import { AuthenticationGuard } from './authentication.guard';
import { JwtStrategy } from './jwt.strategy';
import { PasswordHasher } from './password-hasher';
import { RedisThrottlerStorage } from './redis-throttler.storage';
import { RolesGuard } from './roles.guard';
import { ThrottlerStorageModule } from './throttler-storage.module';

@Module({
  imports: [
    PassportModule,
    JwtModule.registerAsync({
      inject: [authConfig.KEY],
      useFactory: (auth: ConfigType<typeof authConfig>) => ({
        secret: auth.jwtSecret,
        signOptions: { algorithm: 'HS256', expiresIn: auth.jwtExpiresIn as StringValue },
      }),
    }),
    ThrottlerModule.forRootAsync({
      imports: [ThrottlerStorageModule],
      inject: [authConfig.KEY, RedisThrottlerStorage],
      useFactory: (auth: ConfigType<typeof authConfig>, storage: RedisThrottlerStorage) => ({
        // Retry-After is set by AuthThrottlerGuard under its standard name, not as `Retry-After-auth`.
        throttlers: [{ name: 'auth', ttl: 60_000, limit: auth.rateLimitPerMinute, setHeaders: false }],
        storage,
      }),
    }),
  ],
  providers: [
    PasswordHasher,
    JwtStrategy,
    ApiKeyStrategy,
    { provide: APP_GUARD, useClass: AuthenticationGuard },
    { provide: APP_GUARD, useClass: RolesGuard },
  ],
  exports: [PasswordHasher, JwtModule],
})
export class AuthModule {}
