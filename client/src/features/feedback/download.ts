import type { CandidateFeedback } from '@mockloop/shared/debrief/feedback';
import { feedbackToMarkdown } from '@mockloop/shared/debrief/markdown';

/** The same file name the server gives `/feedback.md`. */
export const MARKDOWN_FILE_NAME = 'mockloop-feedback.md';

/** Saves the feedback as Markdown, built here with the shared `feedbackToMarkdown` (same text as the server's). */
export function downloadMarkdown(feedback: CandidateFeedback): void {
  const blob = new Blob([feedbackToMarkdown(feedback)], { type: 'text/markdown;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = MARKDOWN_FILE_NAME;
  anchor.hidden = true;
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  // Revoking at once can cancel the download in some browsers; a moment later is safe.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
