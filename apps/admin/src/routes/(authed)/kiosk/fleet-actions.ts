/** Form actions of the kiosk page's fleet operations (issue 16 item 12) and content audio (item 13). */
import { api, formErrors } from '$lib/server/api';
import { fail, type RequestEvent } from '@sveltejs/kit';
import { field } from '$lib/form';
import { readDateInput } from '$lib/components/ui/date-input';

const text = (form: FormData, name: string) => field(form, name).trim();

async function run<T>(action: string, call: () => Promise<T>, done: (r: T) => string) {
  try {
    return { action, done: done(await call()) };
  } catch (cause) {
    const e = formErrors(cause);
    return fail(e.status, { action, message: e.message, fields: e.fields });
  }
}

export const fleetActions = {
  reload: async ({ request }: RequestEvent) => {
    const form = await request.formData();
    return run(
      'reload',
      () => api().kiosk.requestReload.mutate({ id: text(form, 'id') }),
      () => `Đã yêu cầu ki-ốt “${text(form, 'name')}” tải lại; ki-ốt tải lại một lần ở lần báo hoạt động tới.`,
    );
  },
  contact: async ({ request }: RequestEvent) => {
    const form = await request.formData();
    return run(
      'contact',
      () =>
        api().kiosk.setContact.mutate({
          id: text(form, 'id'),
          contactName: text(form, 'contactName'),
          contactPhone: text(form, 'contactPhone'),
        }),
      () => `Đã lưu người liên hệ của ki-ốt “${text(form, 'name')}”.`,
    );
  },
  message: async ({ request }: RequestEvent) => {
    const form = await request.formData();
    return run(
      'message',
      () =>
        api().kiosk.sendMessage.mutate({
          areaCode: text(form, 'areaCode'),
          textVi: text(form, 'textVi'),
          ...(text(form, 'textEn') ? { textEn: text(form, 'textEn') } : {}),
          ...(text(form, 'textKm') ? { textKm: text(form, 'textKm') } : {}),
          hours: Number(text(form, 'hours')) || 0,
        }),
      (r) => `Đã gửi thông báo khẩn tới các ki-ốt ở ${r.areaName}; ki-ốt hiện thông báo ở lần báo hoạt động tới.`,
    );
  },
  endMessage: async ({ request }: RequestEvent) => {
    const form = await request.formData();
    return run(
      'endMessage',
      () => api().kiosk.endMessage.mutate({ id: text(form, 'id') }),
      () => 'Đã kết thúc thông báo khẩn; ki-ốt gỡ thông báo ở lần báo hoạt động tới.',
    );
  },
  schedule: async ({ request }: RequestEvent) => {
    const form = await request.formData();
    const id = text(form, 'id');
    const from = text(form, 'from');
    const to = text(form, 'to');
    const dailyFrom = text(form, 'dailyFrom');
    const dailyTo = text(form, 'dailyTo');
    const yearly = form.get('yearly') !== null;
    // What was typed, kept beside the item's form when refused.
    const typed = { id, from, to, yearly, dailyFrom, dailyTo };
    const clear = form.get('clear') !== null || (!from && !to);
    // Dates typed dd/mm/yyyy in DateInputs; a text that is no day is refused beside its field, nothing sent.
    const [fromDay, toDay] = [readDateInput(from), readDateInput(to)];
    if (!clear && (fromDay.error || toDay.error)) {
      const fields: Record<string, string> = {
        ...(fromDay.error ? { from: fromDay.error } : {}),
        ...(toDay.error ? { to: toDay.error } : {}),
      };
      return fail(400, { action: 'schedule', message: Object.values(fields).join(' '), fields, typed });
    }
    const schedule = clear
      ? null
      : {
          from: fromDay.day ?? from,
          to: toDay.day ?? to,
          yearly,
          ...(dailyFrom ? { dailyFrom } : {}),
          ...(dailyTo ? { dailyTo } : {}),
        };
    const result = await run(
      'schedule',
      () => api().kiosk.setSchedule.mutate({ id, schedule }),
      () =>
        schedule
          ? `Đã đặt lịch hiển thị cho “${text(form, 'title')}”; ki-ốt đưa bài lên đầu trong khoảng thời gian này.`
          : `Đã bỏ lịch hiển thị của “${text(form, 'title')}”.`,
    );
    return 'status' in result ? fail(result.status, { ...result.data, typed }) : result;
  },
  audio: async ({ request }: RequestEvent) => {
    const form = await request.formData();
    const file = form.get('file');
    if (!(file instanceof File) || file.size === 0)
      return fail(400, { action: 'audio', message: 'Chọn tệp ghi âm (MP3, OGG, M4A hoặc WAV).' });
    if (file.size > 700 * 1024) return fail(400, { action: 'audio', message: 'Tệp ghi âm quá lớn: tối đa 700 KB.' });
    const base64 = Buffer.from(await file.arrayBuffer()).toString('base64');
    return run(
      'audio',
      () => api().kiosk.uploadAudio.mutate({ id: text(form, 'id'), part: text(form, 'part') || 'body', base64 }),
      () => `Đã tải lên bản ghi âm cho “${text(form, 'title')}”; ki-ốt tải về ở lần đồng bộ tới.`,
    );
  },
};
