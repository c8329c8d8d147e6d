/**
 * Mail bodies: every piece of user text (titles, owners, explanations) is escaped before it
 * enters the HTML, so a title such as <img src=x onerror=…> arrives as the text it is.
 * A plain-text body goes along for mail clients that show no HTML. The mail is in the document's
 * language (the add-on's language rule): the core's messages rendered in it, the framing from the
 * add-on's catalogue.
 */
import { renderMessage, type Locale, type Message, type PlannedMail } from '../commands/core';
import { UI_TEXT } from '../i18n/index';

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

export function renderMail(mail: PlannedMail, links: { spreadsheetUrl: string; spreadsheetName: string }, lang: Locale = 'en'): MailContent {
  const text = UI_TEXT[lang];
  const say = (message: Message | undefined, english: string): string => (message ? renderMessage(message, lang) : english);
  const lines: string[] = [];
  const html: string[] = [];
  const intro = text.mailIntro[mail.kind] ?? text.mailIntro.digest;
  lines.push(intro, '');
  html.push(`<p>${escapeHtml(intro)}</p>`, '<ul>');
  for (const item of mail.items) {
    const summary = say(item.summaryMessage, item.summary);
    const detail = [say(item.explainMessage, item.explain), say(item.staleMessage, item.staleText)].filter((t) => t !== '').join(' · ');
    lines.push(`- ${summary}${detail ? `\n  ${detail}` : ''}`);
    html.push(`<li><strong>${escapeHtml(summary)}</strong>${detail ? `<br><span style="color:#555">${escapeHtml(detail)}</span>` : ''}</li>`);
  }
  html.push('</ul>');
  const action = mail.kind === 'checkin_due' ? text.mailCheckIn(text.menuPath(text.mCheckIn)) : text.mailOpen;
  const footer = text.mailFooter(mail.ruleName, text.menuPath(text.mAutomations));
  lines.push('', action, links.spreadsheetUrl, '', footer);
  html.push(
    `<p>${escapeHtml(action)}<br><a href="${escapeHtml(links.spreadsheetUrl)}">${escapeHtml(links.spreadsheetName)}</a></p>`,
    `<p style="color:#777;font-size:smaller">${escapeHtml(footer)}</p>`,
  );
  return { subject: plainLine(`[Aligned] ${say(mail.subjectMessage, mail.subject)}`), body: lines.join('\n'), htmlBody: html.join('\n') };
}
