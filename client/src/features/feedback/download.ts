import type { CandidateFeedback } from '@mockloop/shared/debrief/feedback';
import { feedbackToMarkdown } from '@mockloop/shared/debrief/markdown';
import { saveFile } from '../../lib/save-file';

/** The same file name the server gives `/feedback.md`. */
const MARKDOWN_FILE_NAME = 'mockloop-feedback.md';

/** Saves the feedback as Markdown, built here with the shared `feedbackToMarkdown` (same text as the server's). */
export function downloadMarkdown(feedback: CandidateFeedback): void {
  saveFile(new Blob([feedbackToMarkdown(feedback)], { type: 'text/markdown;charset=utf-8' }), MARKDOWN_FILE_NAME);
}
