/** Today's date in Vietnam (YYYY-MM-DD), whatever the server's time zone: the day events and numbers are judged by. */
export function todayInVietnam(now = new Date()): string {
  return now.toLocaleDateString('sv-SE', { timeZone: 'Asia/Ho_Chi_Minh' });
}
