/** What the citizen takes away: print, a share link, a reminder, a QR code, and "was this helpful?". */
import { html, nothing, type TemplateResult } from 'lit';
import type { GuideTexts } from '../../locales/guide/index.js';
import { qrCode } from './guide-qr.js';

export interface TakeAwayContext {
  t: GuideTexts;
  shareUrl: string;
  icsUrl: string | undefined;
  icsName: string;
  copyStatus: 'copied' | 'failed' | undefined;
  feedback: 'sent' | 'failed' | undefined;
  feedbackError: string | undefined;
  onPrint(): void;
  onCopy(): void;
  onFeedback(helpful: boolean): void;
}

export function takeAway(c: TakeAwayContext): TemplateResult {
  return html`<section class="card take-away" aria-labelledby="take-away-title">
    <h3 id="take-away-title">${c.t.takeAway}</h3>
    <div class="actions">
      <button type="button" @click=${c.onPrint}>${c.t.print}</button>
      <button type="button" @click=${c.onCopy}>${c.t.copyLink}</button>
      ${c.icsUrl ? html`<a class="button" href=${c.icsUrl} download=${c.icsName}>${c.t.reminder}</a>` : nothing}
    </div>
    <p class="status" role="status">${c.copyStatus === 'copied' ? c.t.copied : c.copyStatus === 'failed' ? c.t.copyFailed : ''}</p>
    <label class="share">${c.t.shareLink}<input type="text" readonly .value=${c.shareUrl} @focus=${(e: Event) => (e.target as HTMLInputElement).select()} /></label>
    <figure class="qr-box">${qrCode(c.shareUrl, c.t.qr)}<figcaption>${c.t.qr}</figcaption></figure>
  </section>
  <section class="card feedback no-print" aria-labelledby="feedback-title">
    <h3 id="feedback-title">${c.t.helpful}</h3>
    ${c.feedback
      ? html`<p role="status">${c.feedback === 'sent' ? c.t.thanks : c.feedbackError}</p>`
      : html`<div class="chips"><button type="button" class="chip" @click=${() => c.onFeedback(true)}>${c.t.yes}</button><button type="button" class="chip" @click=${() => c.onFeedback(false)}>${c.t.no}</button></div>`}
  </section>`;
}
