/** Whether `YYYY-MM-DD` (or `YYYY-MM`, `YYYY`) names a day that exists: no 2025-02-30, no month 13. */
export function isCalendarDate(s: string): boolean {
  const [y, m, d] = s.split('-').map(Number);
  if (y === undefined || Number.isNaN(y)) return false;
  if (m === undefined) return true;
  if (m < 1 || m > 12) return false;
  if (d === undefined) return true;
  return d >= 1 && d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}
