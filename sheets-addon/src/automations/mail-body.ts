/**
 * Mail bodies: every piece of user text (titles, owners, explanations) is escaped before it
 * enters the HTML, so a title such as <img src=x onerror=…> arrives as the text it is.
 * A plain-text body goes along for mail clients that show no HTML.
 */
import type { PlannedMail } from '../commands/core';

export interface MailContent {
  subject: string;
  body: string;
  htmlBody: string;
}

const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

/** Subjects are plain text, but a line break in a title must not start a header. */
export function plainLine(text: string): string {
  return text.replace(/[\r\n]+/g, ' ').trim();
}

export function renderMail(mail: PlannedMail, links: { spreadsheetUrl: string; spreadsheetName: string }): MailContent {
  const lines: string[] = [];
  const html: string[] = [];
  const intro = introFor(mail);
  lines.push(intro, '');
  html.push(`<p>${escapeHtml(intro)}</p>`, '<ul>');
  for (const item of mail.items) {
    const detail = [item.explain, item.staleText].filter((t) => t !== '').join(' · ');
    lines.push(`- ${item.summary}${detail ? `\n  ${detail}` : ''}`);
    html.push(`<li><strong>${escapeHtml(item.summary)}</strong>${detail ? `<br><span style="color:#555">${escapeHtml(detail)}</span>` : ''}</li>`);
  }
  html.push('</ul>');
  const action = mail.kind === 'checkin_due' ? 'Open the sheet and use Extensions ▸ Aligned OKRs ▸ Check in… to record the new values.' : 'Open the sheet to see the cascade.';
  lines.push('', action, links.spreadsheetUrl, '', `Sent by the Aligned OKRs add-on, rule "${mail.ruleName}". Turn it off under Extensions ▸ Aligned OKRs ▸ Automations….`);
  html.push(
    `<p>${escapeHtml(action)}<br><a href="${escapeHtml(links.spreadsheetUrl)}">${escapeHtml(links.spreadsheetName)}</a></p>`,
    `<p style="color:#777;font-size:smaller">Sent by the Aligned OKRs add-on, rule “${escapeHtml(mail.ruleName)}”. Turn it off under Extensions ▸ Aligned OKRs ▸ Automations….</p>`,
  );
  return { subject: plainLine(`[Aligned] ${mail.subject}`), body: lines.join('\n'), htmlBody: html.join('\n') };
}

function introFor(mail: PlannedMail): string {
  switch (mail.kind) {
    case 'checkin_due':
      return 'These key results have not been checked in within their cadence:';
    case 'status_changed':
      return 'The status of these key results changed:';
    case 'crossed':
      return 'These key results crossed a level you watch:';
    case 'became_stale':
      return 'These key results have not been updated for longer than their cadence allows:';
    default:
      return 'This week in the OKRs:';
  }
}
