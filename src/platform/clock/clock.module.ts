import { Global, Module } from '@nestjs/common';
import { Clock, SystemClock } from './clock';

/** The app's clock: the system's, unless a test overrides the `Clock` provider. */
@Global()
@Module({
  providers: [{ provide: Clock, useClass: SystemClock }],
  exports: [Clock],
})
export class ClockModule {}
