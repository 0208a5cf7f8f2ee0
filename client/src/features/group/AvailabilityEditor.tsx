import { formatInZone } from '@mockloop/shared/loop/time-format';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { groupsApi } from '../../api/groups';
import { isApiError } from '../../api/http';
import { timeZoneOptions } from '../loop-setup/timeZones';
import { daysFromToday, localParts } from './localTime';

type Slot = { startsAt: string; minutes: number };

/**
 * The times a member can make, typed in their own time zone; stored as instants with the
 * zone, and shown back in it. Saving replaces the whole list.
 */
export function AvailabilityEditor({ groupId, token, timeZone: savedZone, slots: saved }: { groupId: string; token: string; timeZone: string; slots: { startsAt: string; endsAt: string }[] }) {
  const queryClient = useQueryClient();
  const [zone, setZone] = useState(savedZone);
  const [slots, setSlots] = useState<Slot[]>(() =>
    saved.map((s) => {
      const at = localParts(s.startsAt, savedZone);
      return { startsAt: `${at.date}T${at.time}`, minutes: Math.round((Date.parse(s.endsAt) - Date.parse(s.startsAt)) / 60_000) };
    }),
  );
  const [date, setDate] = useState(daysFromToday(1));
  const [time, setTime] = useState('18:00');
  const [hours, setHours] = useState(6);
  const save = useMutation({
    mutationFn: (list: Slot[]) => groupsApi.setAvailability(groupId, token, { timeZone: zone, slots: list }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['group-home', groupId] }),
  });
  const add = (event: FormEvent) => {
    event.preventDefault();
    setSlots((list) => [...list, { startsAt: `${date}T${time}`, minutes: hours * 60 }].sort((a, b) => a.startsAt.localeCompare(b.startsAt)));
  };

  return (
    <div className="stack">
      <form className="group-inline" onSubmit={add} aria-label="Add a time you can make">
        <div className="field">
          <label className="field__label" htmlFor="slot-date">
            Date
          </label>
          <input id="slot-date" type="date" className="input" value={date} onChange={(e) => setDate(e.target.value)} />
        </div>
        <div className="field">
          <label className="field__label" htmlFor="slot-time">
            From
          </label>
          <input id="slot-time" type="time" className="input" value={time} onChange={(e) => setTime(e.target.value)} />
        </div>
        <div className="field">
          <label className="field__label" htmlFor="slot-hours">
            For (hours)
          </label>
          <input id="slot-hours" type="number" min={1} max={16} className="input input--number" value={hours} onChange={(e) => setHours(Number(e.target.value) || 1)} />
        </div>
        <button type="submit" className="button">
          Add this time
        </button>
      </form>
      <div className="field">
        <label className="field__label" htmlFor="slot-zone">
          Your time zone
        </label>
        <select id="slot-zone" className="input" value={zone} onChange={(e) => setZone(e.target.value)}>
          {timeZoneOptions().map((z) => (
            <option key={z}>{z}</option>
          ))}
        </select>
      </div>
      {slots.length === 0 ? (
        <p className="text-muted">No times marked yet.</p>
      ) : (
        <ul className="group-slots">
          {slots.map((slot, i) => (
            <li key={`${slot.startsAt}-${i}`}>
              {formatInZone(new Date(`${slot.startsAt}:00Z`), 'UTC')} for {slot.minutes / 60} h ({zone})
              <button type="button" className="button" onClick={() => setSlots((list) => list.filter((_, j) => j !== i))}>
                Remove<span className="visually-hidden"> this time</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <p>
        <button type="button" className="button button--primary" disabled={save.isPending} onClick={() => save.mutate(slots)}>
          Save my times
        </button>
        <span role="status">{save.isSuccess ? ' Saved.' : ''}</span>
      </p>
      {save.isError && <p className="text-error" role="alert">{isApiError(save.error) ? save.error.message : 'Your times could not be saved.'}</p>}
    </div>
  );
}
