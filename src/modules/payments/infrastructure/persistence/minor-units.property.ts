import { BigIntType } from '@mikro-orm/core';

/** A money amount in minor units: a bigint column read back as a JS bigint. */
export const minorUnits = { type: new BigIntType('bigint'), columnType: 'bigint' } as const;
