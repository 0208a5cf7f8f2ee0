import { useState } from 'react';
import { groupsApi } from '../../api/groups';
import { saveFile } from '../../lib/save-file';

/** Downloads the caller's seats of the group's loops as an .ics file. */
export function CalendarDownload({ groupId, token }: { groupId: string; token: string }) {
  const [failed, setFailed] = useState(false);
  const download = () =>
    void groupsApi
      .calendar(groupId, token)
      .then((blob) => saveFile(blob, 'mockloop-group.ics'))
      .catch(() => setFailed(true));
  return (
    <p>
      <button type="button" className="button" onClick={download}>
        Add the series to your calendar (.ics)
      </button>
      {failed && <span className="text-error" role="alert"> The calendar could not be downloaded.</span>}
    </p>
  );
}
