import { normaliseVietnamese } from '@pcmbn/domain';

export const CONTENT_TYPES = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;
export type ReportFormat = keyof typeof CONTENT_TYPES;

/** 'Báo cáo tv651 năm 2019 - Hội LHPN tỉnh.docx': readable in Vietnamese; the ASCII fallback is derived by the caller. */
export function reportFileName(parts: {
  planCode: string;
  label: string;
  agency: string;
  format: ReportFormat;
}): string {
  const safe = (s: string) =>
    s
      .replace(/[\\/:*?"<>|\r\n]+/g, '-')
      .replace(/\s+/g, ' ')
      .trim();
  return `${safe(`Báo cáo ${parts.planCode} ${parts.label} - ${parts.agency}`)}.${parts.format}`;
}

/** ASCII fallback for old clients: diacritics removed, anything else unsafe replaced by '-'. */
export function asciiFileName(name: string): string {
  const dot = name.lastIndexOf('.');
  const base = normaliseVietnamese(dot > 0 ? name.slice(0, dot) : name)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `${base || 'bao-cao'}${dot > 0 ? name.slice(dot) : ''}`;
}

/** Content-Disposition with both filename (ASCII) and filename* (RFC 5987, UTF-8). */
export function contentDisposition(name: string): string {
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${asciiFileName(name)}"; filename*=UTF-8''${encoded}`;
}
