/**
 * MailApp: records every message instead of sending it, with the daily recipient quota that
 * `getRemainingDailyQuota()` reports and that `sendEmail` enforces (Apps Script throws
 * "Service invoked too many times for one day: email." once it is used up).
 */
export interface SentMail {
  to: string;
  subject: string;
  body: string;
  htmlBody: string;
  name: string;
}

export class MailAppDouble {
  readonly sent: SentMail[] = [];
  /** Recipients left today (consumer accounts get 100). */
  remainingQuota = 100;
  /** When set, the next sendEmail throws this message (a bounced or refused address). */
  failNext: string | null = null;

  getRemainingDailyQuota(): number {
    return this.remainingQuota;
  }

  sendEmail(first: unknown, subject?: string, body?: string, options: Record<string, unknown> = {}): MailAppDouble {
    const message = typeof first === 'object' && first !== null ? (first as Record<string, unknown>) : { to: first, subject, body, ...options };
    const to = String(message.to ?? '');
    const recipients = to.split(',').map((s) => s.trim()).filter((s) => s !== '');
    if (recipients.length === 0 || recipients.some((r) => !/^[^\s@]+@[^\s@]+$/.test(r))) throw new Error(`Invalid email: ${to}`);
    if (typeof message.subject !== 'string') throw new Error('Invalid argument: subject');
    if (this.remainingQuota < recipients.length) throw new Error('Service invoked too many times for one day: email.');
    if (this.failNext !== null) {
      const failure = this.failNext;
      this.failNext = null;
      throw new Error(failure);
    }
    this.remainingQuota -= recipients.length;
    this.sent.push({ to, subject: message.subject, body: String(message.body ?? ''), htmlBody: String(message.htmlBody ?? ''), name: String(message.name ?? '') });
    return this;
  }
}
