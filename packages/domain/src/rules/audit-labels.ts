/**
 * The audit log in words (issue 15 item 3): "Nguyễn Văn A duyệt kết quả thực hiện", not `record.approve`. Every action
 * the API writes — a mutation's procedure path (the default) or a name a handler gives (`auth.login.failed`) — has a
 * label here; packages/api/src/routers/audit-labels.integration.test.ts lists the router's mutations and fails on one
 * without a label.
 */

export interface AuditActionLabel {
  /** A verb phrase that follows who did it: "duyệt kết quả thực hiện". */
  vi: string;
  en: string;
}

export const AUDIT_ACTION_LABELS: Readonly<Record<string, AuditActionLabel>> = {
  'agency.create': { vi: 'thêm cơ quan, đơn vị', en: 'added an agency' },
  'agency.update': { vi: 'sửa thông tin cơ quan, đơn vị', en: 'changed an agency' },
  'agency.signerSet': { vi: 'đặt người ký báo cáo của cơ quan', en: "set an agency's report signer" },
  'agency.signerRemove': { vi: 'bỏ người ký báo cáo của cơ quan', en: "removed an agency's report signer" },
  'area.update': { vi: 'sửa thông tin địa bàn', en: 'changed an area' },
  'auth.login': { vi: 'đăng nhập', en: 'signed in' },
  'auth.login.failed': { vi: 'đăng nhập sai mật khẩu', en: 'failed to sign in' },
  'auth.login.locked': { vi: 'đăng nhập khi tài khoản đang bị khóa', en: 'tried to sign in to a locked account' },
  'auth.login.ip_blocked': {
    vi: 'đăng nhập từ địa chỉ đang bị chặn tạm thời',
    en: 'tried to sign in from a blocked address',
  },
  'auth.lockout': { vi: 'bị khóa tài khoản tạm thời sau nhiều lần sai mật khẩu', en: 'was locked out' },
  'auth.logout': { vi: 'đăng xuất', en: 'signed out' },
  'auth.changePassword': { vi: 'đổi mật khẩu', en: 'changed their password' },
  'auth.changePassword.failed': { vi: 'đổi mật khẩu không thành công', en: 'failed to change their password' },
  'content.create': { vi: 'soạn bài viết', en: 'wrote an article' },
  'content.update': { vi: 'sửa bài viết', en: 'changed an article' },
  'content.delete': { vi: 'xóa bài viết', en: 'deleted an article' },
  'content.publish': { vi: 'đăng bài viết', en: 'published an article' },
  'content.unpublish': { vi: 'gỡ bài viết', en: 'unpublished an article' },
  'kiosk.requestPairing': { vi: 'ki-ốt xin mã ghép nối', en: 'a kiosk asked for a pairing code' },
  'kiosk.pairingStatus': { vi: 'ki-ốt nhận kết quả ghép nối', en: 'a kiosk picked up its pairing' },
  'kiosk.pair': { vi: 'ghép nối ki-ốt', en: 'paired a kiosk' },
  'kiosk.revoke': { vi: 'thu hồi ki-ốt', en: 'revoked a kiosk' },
  'kiosk.heartbeat': { vi: 'ki-ốt báo còn hoạt động', en: 'a kiosk reported it is online' },
  'kiosk.usage': { vi: 'ki-ốt gửi số liệu sử dụng', en: 'a kiosk sent its usage' },
  'kiosk.approveUsage': { vi: 'duyệt số liệu sử dụng ki-ốt', en: 'approved kiosk usage' },
  'kiosk.sendMessage': { vi: 'gửi thông báo khẩn lên ki-ốt', en: 'sent an emergency message to kiosks' },
  'kiosk.endMessage': { vi: 'kết thúc thông báo khẩn trên ki-ốt', en: 'ended an emergency message' },
  'kiosk.requestReload': { vi: 'yêu cầu ki-ốt tải lại', en: 'asked a kiosk to reload' },
  'kiosk.setContact': { vi: 'đặt số điện thoại liên hệ của ki-ốt', en: "set a kiosk's contact" },
  'kiosk.setSchedule': { vi: 'đặt lịch hiển thị của ki-ốt', en: "set a kiosk's schedule" },
  'kiosk.uploadAudio': { vi: 'tải lên tệp âm thanh cho ki-ốt', en: 'uploaded kiosk audio' },
  'content.setSchedule': { vi: 'đặt lịch hiển thị bài viết', en: "set an article's schedule" },
  'content.uploadAudio': { vi: 'tải lên tệp âm thanh của bài viết', en: "uploaded an article's audio" },
  'help.submit': { vi: 'gửi yêu cầu trợ giúp', en: 'sent a help request' },
  'help.handle': { vi: 'xử lý yêu cầu trợ giúp', en: 'handled a help request' },
  'record.sync.issue': { vi: 'cấp quyền đồng bộ cho ứng dụng thực địa', en: 'issued a field app credential' },
  'record.sync.bootstrap': { vi: 'ứng dụng thực địa tải dữ liệu ban đầu', en: 'a field app loaded its data' },
  'record.sync.push': { vi: 'đồng bộ kết quả từ ứng dụng thực địa', en: 'synced records from a field app' },
  'record.sync.returned': {
    vi: 'ứng dụng thực địa tải các kết quả bị trả lại',
    en: 'a field app loaded the returned records',
  },
  'record.sync.update': {
    vi: 'sửa kết quả bị trả lại từ ứng dụng thực địa',
    en: 'corrected a returned record from a field app',
  },
  'record.sync.photo': { vi: 'tải ảnh từ ứng dụng thực địa', en: 'uploaded a photo from a field app' },
  'record.sync.submit': { vi: 'gửi duyệt kết quả từ ứng dụng thực địa', en: 'submitted records from a field app' },
  'record.sync.revoke': { vi: 'thu hồi quyền đồng bộ của ứng dụng thực địa', en: 'revoked a field app credential' },
  'plan.create': { vi: 'tạo kế hoạch', en: 'created a plan' },
  'plan.update': { vi: 'sửa kế hoạch', en: 'changed a plan' },
  'plan.publish': { vi: 'ban hành kế hoạch', en: 'published a plan' },
  'plan.archive': { vi: 'lưu trữ kế hoạch', en: 'archived a plan' },
  'plan.carry': { vi: 'chuyển kế hoạch sang danh mục địa bàn mới', en: 'carried a plan to the new areas' },
  'plan.deriveDistrict': { vi: 'lập kế hoạch cấp huyện từ kế hoạch tỉnh', en: 'derived a district plan' },
  'record.create': { vi: 'nhập kết quả thực hiện', en: 'entered a record' },
  'record.update': { vi: 'sửa kết quả thực hiện', en: 'changed a record' },
  'record.delete': { vi: 'xóa kết quả thực hiện', en: 'deleted a record' },
  'record.submit': { vi: 'gửi duyệt kết quả thực hiện', en: 'submitted a record' },
  'record.submitMany': { vi: 'gửi duyệt nhiều kết quả thực hiện', en: 'submitted records' },
  'record.approve': { vi: 'duyệt kết quả thực hiện', en: 'approved a record' },
  'record.approveMany': { vi: 'duyệt nhiều kết quả thực hiện', en: 'approved records' },
  'record.reject': { vi: 'trả lại kết quả thực hiện', en: 'returned a record' },
  'record.rejectMany': { vi: 'trả lại nhiều kết quả thực hiện', en: 'returned records' },
  'record.import': { vi: 'nhập kết quả thực hiện từ tệp', en: 'imported records from a file' },
  'record.import.preview': { vi: 'xem trước tệp kết quả thực hiện', en: 'previewed a records file' },
  'record.attachmentAdd': { vi: 'đính kèm tệp vào kết quả thực hiện', en: 'attached a file to a record' },
  'record.attachmentDelete': { vi: 'gỡ tệp đính kèm của kết quả thực hiện', en: "removed a record's attachment" },
  'report.save': { vi: 'lưu báo cáo', en: 'saved a report' },
  'report.submit': { vi: 'gửi báo cáo', en: 'sent a report' },
  'report.return': { vi: 'trả lại báo cáo', en: 'returned a report' },
  'report.accept': { vi: 'tiếp nhận báo cáo', en: 'accepted a report' },
  'report.compile': { vi: 'tổng hợp báo cáo', en: 'compiled a report' },
  'report.generate': { vi: 'xuất tệp báo cáo', en: 'produced a report file' },
  'report.download': { vi: 'tải báo cáo đã gửi', en: 'downloaded a sent report' },
  'report.markSubmitted': { vi: 'ghi nhận báo cáo đã gửi ngoài hệ thống', en: 'marked a report as sent' },
  'report.undoSubmitted': { vi: 'bỏ ghi nhận báo cáo đã gửi', en: "undid a report's sent mark" },
  'user.create': { vi: 'tạo tài khoản', en: 'created an account' },
  'user.update': { vi: 'sửa tài khoản', en: 'changed an account' },
  'user.disable': { vi: 'khóa tài khoản', en: 'disabled an account' },
  'user.resetPassword': { vi: 'đặt lại mật khẩu', en: 'reset a password' },
};

/** What the audit log's entity column names, in words ('record' → 'kết quả thực hiện'). */
export const AUDIT_ENTITY_LABELS: Readonly<Record<string, AuditActionLabel>> = {
  agency: { vi: 'cơ quan, đơn vị', en: 'agency' },
  area: { vi: 'địa bàn', en: 'area' },
  auth: { vi: 'đăng nhập', en: 'sign-in' },
  content: { vi: 'bài viết', en: 'article' },
  kiosk: { vi: 'ki-ốt', en: 'kiosk' },
  plan: { vi: 'kế hoạch', en: 'plan' },
  record: { vi: 'kết quả thực hiện', en: 'record' },
  report: { vi: 'báo cáo', en: 'report' },
  report_submission: { vi: 'báo cáo đã gửi', en: 'report submission' },
  user: { vi: 'tài khoản', en: 'account' },
  session: { vi: 'phiên đăng nhập', en: 'session' },
};

/** The label of `action`; an action written before its label existed reads "thao tác khác", never its key alone. */
export function auditActionLabel(action: string): AuditActionLabel {
  return AUDIT_ACTION_LABELS[action] ?? { vi: 'thực hiện một thao tác khác', en: 'did something else' };
}

/** "Nguyễn Văn A duyệt kết quả thực hiện"; no actor (a kiosk, an unknown address): "Hệ thống: …" / the label alone. */
export function auditSentence(actor: string | null, action: string, lang: 'vi' | 'en' = 'vi'): string {
  const label = auditActionLabel(action)[lang];
  if (actor) return `${actor} ${label}`;
  return lang === 'vi' ? `Không rõ người thực hiện: ${label}` : `Unknown: ${label}`;
}
