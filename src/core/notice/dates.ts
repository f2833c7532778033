/** Dates on a notice: ISO inside (YYYY-MM-DD), one style on paper (2024年7月30日). */

/** Adds N days to an ISO date (YYYY-MM-DD), in UTC so no time zone moves the day. */
export function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return '';
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** 2024-07-30 → 2024年7月30日; anything else as it is. */
export function chinaDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso.trim());
  return m ? `${m[1]}年${Number(m[2])}月${Number(m[3])}日` : iso;
}

/** A date as people write it (2024年7月30日, 2024-7-30, 2024/07/30, 2024.7.30) → ISO; undefined if it is none. */
export function isoOf(text: string): string | undefined {
  const m = /^\s*(\d{4})\s*[年\-/.]\s*(\d{1,2})\s*[月\-/.]\s*(\d{1,2})\s*日?\s*$/.exec(text);
  if (!m) return undefined;
  const iso = `${m[1]}-${String(m[2]).padStart(2, '0')}-${String(m[3]).padStart(2, '0')}`;
  return addDays(iso, 0) === iso ? iso : undefined;
}
