import type { z } from 'zod';
import { appError } from '../errors.js';
import { recordAttachmentChange } from './history.js';
import { maxUploadBytes, removeStoredFile, sha256Hex, sniffAttachmentType, storeAttachment } from './storage.js';
import { holdRecordKey, recordByKey, type Deps } from './sync-push.js';
import type { PhotoInputSchema, PhotoOutputSchema } from './sync-schemas.js';

/**
 * Photos from the field app arrive in chunks with offsets (issue 19: resumable). The server keeps what came so far
 * (FieldPhotoUpload) and answers how many bytes it holds; a chunk at another offset changes nothing and gets the
 * same answer, so a device that lost an answer simply sends from `received` again. The last byte turns the upload
 * into an attachment keyed by the photo's client key: a photo sent again after that is answered `done`, never
 * attached twice. Only photos (JPEG, PNG, WebP by content), at most PCMBN_MAX_UPLOAD_MB, on the officer's own draft.
 */

export async function receivePhotoChunk(
  { db, user, audit }: Deps,
  input: z.infer<typeof PhotoInputSchema>,
): Promise<z.infer<typeof PhotoOutputSchema>> {
  await holdRecordKey(db, user, input.recordKey);
  const record = await recordByKey(db, user, input.recordKey);
  const done = await db.attachment.findUnique({
    where: { recordId_clientKey: { recordId: record.id, clientKey: input.photoKey } },
    select: { id: true },
  });
  if (done) return { received: input.size, done: true };
  if (input.size > maxUploadBytes()) {
    const mb = Math.round((maxUploadBytes() / 1024 / 1024) * 10) / 10;
    throw appError('PAYLOAD_TOO_LARGE', 'FILE_TOO_LARGE', {
      vi: `Ảnh quá lớn: tối đa ${String(mb).replace('.', ',')} MB`,
      en: `Photo too large: at most ${mb} MB`,
    });
  }
  if (record.status !== 'draft' && record.status !== 'rejected') {
    throw appError('CONFLICT', 'RECORD_NOT_EDITABLE', {
      vi: 'Chỉ đính kèm ảnh vào kết quả “Nháp” hoặc “Bị trả lại”',
      en: 'Photos can be attached only to draft or rejected records',
    });
  }

  const key = { userId_photoKey: { userId: user.id, photoKey: input.photoKey } };
  const upload = await db.fieldPhotoUpload.findUnique({ where: key });
  const held = upload?.bytes.length ?? 0;
  if (input.offset !== held || (upload && (upload.size !== input.size || upload.recordId !== record.id))) {
    return { received: upload && upload.size === input.size ? held : 0, done: false };
  }
  const chunk = Buffer.from(input.data, 'base64');
  const bytes = Buffer.concat([upload?.bytes ?? Buffer.alloc(0), chunk]);
  if (chunk.length === 0 || bytes.length > input.size) {
    throw appError('BAD_REQUEST', 'INVALID_INPUT', {
      vi: 'Phần ảnh gửi lên không khớp kích thước đã báo',
      en: 'The photo chunk does not match the announced size',
    });
  }
  if (bytes.length < input.size) {
    const data = { bytes: new Uint8Array(bytes) };
    if (upload) await db.fieldPhotoUpload.update({ where: key, data });
    else
      await db.fieldPhotoUpload.create({
        data: {
          ...data,
          userId: user.id,
          photoKey: input.photoKey,
          recordId: record.id,
          fileName: input.fileName,
          size: input.size,
        },
      });
    return { received: bytes.length, done: false };
  }

  const mime = sniffAttachmentType(bytes);
  if (!mime || mime === 'application/pdf') {
    await db.fieldPhotoUpload.deleteMany({ where: { userId: user.id, photoKey: input.photoKey } });
    throw appError('UNSUPPORTED_MEDIA_TYPE', 'FILE_TYPE_NOT_ALLOWED', {
      vi: 'Chỉ nhận ảnh JPEG, PNG hoặc WebP (kiểm tra theo nội dung tệp)',
      en: 'Only JPEG, PNG or WebP photos are accepted (checked by content)',
    });
  }
  const storagePath = await storeAttachment(bytes, mime);
  try {
    const created = await db.attachment.create({
      data: {
        recordId: record.id,
        fileName: upload?.fileName ?? input.fileName,
        mimeType: mime,
        size: bytes.length,
        sha256: sha256Hex(bytes),
        storagePath,
        createdById: user.id,
        clientKey: input.photoKey,
      },
    });
    await db.fieldPhotoUpload.deleteMany({ where: { userId: user.id, photoKey: input.photoKey } });
    await recordAttachmentChange(db, record.id, user.id, { added: created.fileName });
    audit({ entity: 'attachment', entityId: created.id, action: 'record.sync.photo', userId: user.id, after: created });
  } catch (error) {
    // The transaction rolls back; the file must not stay behind.
    await removeStoredFile(storagePath);
    throw error;
  }
  return { received: bytes.length, done: true };
}
