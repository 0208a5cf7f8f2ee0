import { useMutation } from '@tanstack/react-query';
import { loopsApi } from '../../api/loops';
import { calendarFileName } from './format';
import { saveFile } from '../../lib/save-file';

/** Downloads this participant's .ics file: fetched with the bearer token, saved through a Blob URL. */
export function CalendarButton({ loopId, token, candidateName }: { loopId: string; token: string; candidateName: string }) {
  const download = useMutation({
    mutationFn: () => loopsApi.calendar(loopId, token),
    onSuccess: (blob) => saveFile(blob, calendarFileName(candidateName)),
  });

  return (
    <span className="loop-calendar">
      <button type="button" className="button" onClick={() => download.mutate()} disabled={download.isPending}>
        <CalendarIcon />
        {download.isPending ? 'Preparing…' : 'Add to calendar'}
      </button>
      {download.isError ? (
        <span className="loop-inline-error" role="alert">
          The calendar file could not be downloaded. Try again.
        </span>
      ) : null}
    </span>
  );
}

function CalendarIcon() {
  return (
    <svg className="loop-icon" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
      <rect x="2.5" y="4" width="15" height="13.5" rx="2" fill="none" stroke="currentColor" strokeWidth="1.8" />
      <path d="M2.5 8.5h15M6.5 2v4M13.5 2v4" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
    </svg>
  );
}
