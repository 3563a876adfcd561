import { api, apiErrorData, API_DOWN } from '$lib/server/api';
import { requireUser } from '$lib/server/guard';
import { redirect } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { field } from '$lib/form';
import { readDateInput } from '$lib/components/ui/date-input';

/**
 * Generates the report through the API with the user's token and streams the file back as a download (a plain
 * form POST: it works without JavaScript and the page stays where it is). On an API error the user goes back to
 * the report page with the message.
 */
export const POST: RequestHandler = async (event) => {
  requireUser(event);
  const form = await event.request.formData();
  const text = (name: string) => field(form, name).trim();
  const format = text('format') === 'xlsx' ? 'xlsx' : 'docx';
  const key = { planId: text('plan'), ruleId: text('rule'), period: text('period'), agencyId: text('agency') };
  const back = new URLSearchParams({ plan: key.planId, rule: key.ruleId, period: key.period, agency: key.agencyId });
  // kind: 'sent' — the DOCX frozen at the last submission; 'compile' — the province report of the period (back to
  // /bao-cao/tong-hop on an error); otherwise a report generated now.
  const kind = text('kind');
  const compileBack = new URLSearchParams({ plan: key.planId, rule: key.ruleId, period: key.period });
  // What was typed goes back with a refusal (a download form posts without JavaScript: the page is reloaded).
  for (const name of ['number', 'place', 'signer'] as const)
    if (text(name)) for (const to of [back, compileBack]) to.set(name, text(name));
  if (text('date')) for (const to of [back, compileBack]) to.set('ngay', text('date'));
  // The issue date as typed in its DateInput (dd/mm/yyyy): a text that is no day is refused beside the field.
  const date = readDateInput(text('date'));
  if (date.error) redirect(303, kind === 'compile' ? `/bao-cao/tong-hop?${compileBack}` : `/bao-cao/lap?${back}`);
  let file;
  try {
    if (kind === 'sent') file = await api().report.download.mutate(key);
    else if (kind === 'compile')
      file = await api().report.compile.mutate({
        planId: key.planId,
        ruleId: key.ruleId,
        period: key.period,
        ...(text('number') ? { number: text('number') } : {}),
        ...(date.day ? { date: date.day } : {}),
        ...(text('signer') ? { signerName: text('signer') } : {}),
      });
    else
      file = await api().report.generate.mutate({
        ...key,
        format,
        ...(text('number') ? { number: text('number') } : {}),
        ...(text('place') ? { place: text('place') } : {}),
        ...(date.day ? { date: date.day } : {}),
        ...(text('signer') ? { signerName: text('signer') } : {}),
      });
  } catch (cause) {
    const data = apiErrorData(cause);
    const message = data ? data.fields.map((f) => f.vi).join('; ') || data.messages.vi : API_DOWN;
    if (kind === 'compile') {
      compileBack.set('loi', message);
      redirect(303, `/bao-cao/tong-hop?${compileBack}`);
    }
    back.set('loi', message);
    redirect(303, `/bao-cao/lap?${back}`);
  }
  const body = Buffer.from(file.base64, 'base64');
  return new Response(body, {
    headers: {
      'Content-Type': file.contentType,
      'Content-Disposition': file.contentDisposition,
      'Content-Length': String(body.length),
      'Cache-Control': 'no-store',
    },
  });
};
