/** Small readings of a story's text (the debrief board, the bank's STAR gaps): plain patterns, not the story checker, so the client may use them. */

const NUMBER_WORDS =
  /\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|half|halved|double|doubled|tripled|third|quarter|percent|dozen)\b/i;

/** Whether a result states something measured: a figure, a share, a multiple. */
export function hasMeasurableResult(result: string): boolean {
  return /\d/.test(result) || NUMBER_WORDS.test(result);
}

/** How often the teller said "we" (we, our, us) against "I" (I, my, me). */
export function countWeAndI(text: string): { we: number; i: number } {
  const we = text.match(/\b(we|we're|we've|our|ours|us)\b/gi)?.length ?? 0;
  const i = text.match(/\b(I|I'm|I've|I'd|[Mm]y|[Mm]ine|[Mm]e)\b/g)?.length ?? 0;
  return { we, i };
}
