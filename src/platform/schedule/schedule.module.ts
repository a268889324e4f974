import { Global, Module } from '@nestjs/common';
import { ScheduleModule } from '@nestjs/schedule';
import { TimedPasses } from './timed-passes';

@Global()
@Module({
  imports: [ScheduleModule.forRoot()],
  providers: [TimedPasses],
  exports: [TimedPasses],
})
export class TimedWorkModule {}
