export const INITIAL_SCREENS = ['DetailsCheck', 'BankSelection', 'ContinueToBank'] as const;
export const FINAL_SCREENS = ['PaymentStatus', 'PaymentConfirmation', 'PaymentFeedback'] as const;

/** One payer journey: the demand's `paymentUri` (no callbacks) or a custom redirect payment. */
export interface Journey {
  id: string;
  payDemandId: string;
  /** Made by `POST …/payment` (one payment, callbacks) rather than the demand's own `paymentUri`. */
  customRedirect: boolean;
  initialScreen: (typeof INITIAL_SCREENS)[number];
  finalScreen: (typeof FINAL_SCREENS)[number];
  successCallbackUri?: string;
  failureCallbackUri?: string;
  bankId?: string;
  /** The payment the journey is on now. */
  paymentId?: string;
}

export class Journeys {
  private readonly byId = new Map<string, Journey>();

  add(journey: Journey): Journey {
    this.byId.set(journey.id, journey);
    return journey;
  }

  get(id: string): Journey | undefined {
    return this.byId.get(id);
  }

  clear(): void {
    this.byId.clear();
  }
}
