import { AppError } from '../../../../platform/errors/app-error';

/** A second import of the same kind (and year) while one is queued or running: they would race. */
export const importAlreadyRunning = () =>
  new AppError(
    'INTEGRATION.IMPORT_ALREADY_RUNNING',
    'conflict',
    'An import of this kind (and year) is already queued or running for this account; wait for it to finish.',
  );
