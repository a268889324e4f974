import { Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { HealthHttpController } from './health.http.controller';
import { RedisHealthIndicator } from './redis.health';

@Module({
  imports: [TerminusModule.forRoot({ errorLogStyle: 'json', logger: false })],
  controllers: [HealthHttpController],
  providers: [RedisHealthIndicator],
})
export class HealthModule {}
