import { DEFAULT_SENDING_WINDOW } from './sending-window';

/**
 * An account's sending window for automatic texts: local times of day (HH:MM) it opens and closes,
 * and the ISO weekdays (1 Monday … 7 Sunday) it stays shut. An account without a row has the
 * default: 08:00–20:00 every day.
 */
export class WorkflowSettings {
  accountId!: string;
  opensAt!: string;
  closesAt!: string;
  excludedDays!: number[];
  updatedAt!: Date;

  static defaultFor(accountId: string, now: Date): WorkflowSettings {
    const settings = new WorkflowSettings();
    settings.accountId = accountId;
    settings.opensAt = DEFAULT_SENDING_WINDOW.opensAt;
    settings.closesAt = DEFAULT_SENDING_WINDOW.closesAt;
    settings.excludedDays = [...DEFAULT_SENDING_WINDOW.excludedDays];
    settings.updatedAt = now;
    return settings;
  }

  change(changes: { opensAt?: string; closesAt?: string; excludedDays?: number[] }, now: Date): void {
    this.opensAt = changes.opensAt ?? this.opensAt;
    this.closesAt = changes.closesAt ?? this.closesAt;
    this.excludedDays = changes.excludedDays ? [...new Set(changes.excludedDays)].sort() : this.excludedDays;
    this.updatedAt = now;
  }
}
