import type { HandleServerError } from '@sveltejs/kit';

/** Unexpected errors are logged here and shown to people as one Vietnamese sentence. */
export const handleError: HandleServerError = ({ error, event, status }) => {
  if (status !== 404) console.error(`[${event.url.pathname}]`, error);
  return {
    message: status === 404 ? 'Không tìm thấy trang này.' : 'Đã có lỗi xảy ra. Vui lòng thử lại sau.',
  };
};
