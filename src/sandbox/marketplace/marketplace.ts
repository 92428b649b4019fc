// What the marketplace is to the rest of the sandbox: its settings, its steps and their results.
// Types only (and the list of steps), so the sandbox's state can hold a marketplace without
// importing the engine, which acts on that state.

export type PaymentOutcome = 'pays' | 'fails' | 'never-pays';

export const marketplaceActions = ['book', 'reschedule', 'cancel', 'confirm', 'presence'] as const;
export type MarketplaceAction = (typeof marketplaceActions)[number];

export interface MarketplaceSettings {
  enabled: boolean;
  /** Steps per hour of sandbox time. */
  eventsPerHour: number;
}

export interface StepResult {
  action: MarketplaceAction | 'none';
  bookingId?: string;
  newBookingId?: string;
  payment?: PaymentOutcome;
  at: string;
}

export interface Marketplace {
  settings(): MarketplaceSettings;
  configure(change: Partial<MarketplaceSettings>): MarketplaceSettings;
  step(action?: MarketplaceAction): StepResult;
}
