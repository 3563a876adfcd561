/**
 * What the public site and the kiosk call the lists of numbers they show, in each language both speak (the numbers'
 * own names — 111, 113, 114, 115, the province's desks — come translated from the API's contacts). Each app's
 * dictionary takes its words from here, so the two never drift apart; a language missing here fails that app's check.
 */
export const CONTACT_HEADINGS = {
  vi: { emergency: 'Số điện thoại khẩn cấp', local: 'Số điện thoại của tỉnh' },
  en: { emergency: 'Emergency numbers', local: 'Province phone numbers' },
  km: { emergency: 'លេខទូរស័ព្ទសង្គ្រោះបន្ទាន់', local: 'លេខទូរស័ព្ទរបស់ខេត្ត' },
};
