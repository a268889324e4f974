/** How many times a job runs before it fails for good, unless its kind says otherwise. */
export const JOB_ATTEMPTS = 8;
