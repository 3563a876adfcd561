import { z } from 'zod';
import { IdSchema, PeriodSchema, SourceRefSchema } from './common.js';
import { AreaTagSchema } from './area.js';
import { AreaCodeSchema } from '../vocabulary/codes.js';

/**
 * Kinds of work the plans name. The Vietnamese term of each is in ACTIVITY_TYPE_LABELS;
 * records and targets refer to these, so a new kind is added here, not typed freely.
 */
export const ActivityTypeSchema = z.enum([
  'guidance_document', // xây dựng, ban hành văn bản, kế hoạch, hướng dẫn
  'material_distribution', // tiếp nhận, triển khai tài liệu về cơ sở
  'leaflet', // in, phát hành tờ rơi, tờ gấp
  'billboard', // pano, áp phích cỡ lớn
  'media_item', // tin, bài, phóng sự, tiểu phẩm trên phương tiện thông tin đại chúng
  'newspaper_column', // chuyên trang, chuyên mục trên báo
  'online_post', // tin bài trên cổng/trang thông tin điện tử, mạng xã hội
  'loudspeaker_broadcast', // bài phát trên hệ thống loa truyền thanh cơ sở
  'video_clip', // video clip phát trên đài, hệ thống thông tin cơ sở
  'community_event', // cuộc truyền thông, nói chuyện chuyên đề tại cộng đồng
  'conference', // hội nghị truyền thông, sơ kết, tổng kết
  'training', // lớp tập huấn
  'workshop', // diễn đàn, tọa đàm, hội thảo, giao lưu
  'contest', // hội thi tìm hiểu pháp luật, thi sáng tác, tuyên truyền viên giỏi
  'counselling', // tư vấn chuyên sâu, đối thoại, tư vấn trực tiếp
  'mobile_trial', // xét xử lưu động
  'campaign', // chiến dịch hưởng ứng Ngày toàn dân phòng, chống mua bán người 30/7
  'cultural_event', // hội diễn, văn nghệ, thể thao lồng ghép
  'inspection', // kiểm tra, giám sát
  'review', // sơ kết, tổng kết, khen thưởng
  'hotline_promotion', // giới thiệu đường dây nóng
  'model_building', // xây dựng, nhân rộng mô hình dựa vào cộng đồng
  'kiosk_interactions', // lượt tương tác tại kiosk (not people unless a target says so)
  'network_building', // củng cố, kiện toàn mạng lưới cộng tác viên, tuyên truyền viên
  'information_gathering', // theo dõi, nắm bắt thông tin, dấu hiệu
  'victim_support', // tiếp nhận, hỗ trợ, kết nối nạn nhân bị mua bán trở về
]);
export type ActivityType = z.infer<typeof ActivityTypeSchema>;

export const ACTIVITY_TYPE_LABELS: Record<ActivityType, { vi: string; en: string }> = {
  guidance_document: { vi: 'Văn bản, kế hoạch, hướng dẫn', en: 'Guidance documents' },
  material_distribution: { vi: 'Tiếp nhận, triển khai tài liệu', en: 'Materials received and used' },
  leaflet: { vi: 'Tờ rơi, tờ gấp', en: 'Leaflets' },
  billboard: { vi: 'Pano, áp phích cỡ lớn', en: 'Billboards' },
  media_item: { vi: 'Tin, bài trên phương tiện thông tin đại chúng', en: 'Mass-media items' },
  newspaper_column: { vi: 'Chuyên mục trên báo', en: 'Newspaper column' },
  online_post: { vi: 'Tin, bài trên trang thông tin điện tử, mạng xã hội', en: 'Online posts' },
  loudspeaker_broadcast: { vi: 'Bài phát trên loa truyền thanh cơ sở', en: 'Loudspeaker broadcasts' },
  video_clip: { vi: 'Video clip', en: 'Video clips' },
  community_event: { vi: 'Cuộc truyền thông tại cộng đồng', en: 'Community sessions' },
  conference: { vi: 'Hội nghị truyền thông', en: 'Communication conferences' },
  training: { vi: 'Lớp tập huấn', en: 'Training classes' },
  workshop: { vi: 'Diễn đàn, tọa đàm, hội thảo', en: 'Forums and workshops' },
  contest: { vi: 'Hội thi', en: 'Contests' },
  counselling: { vi: 'Tư vấn chuyên sâu, đối thoại', en: 'In-depth counselling' },
  mobile_trial: { vi: 'Xét xử lưu động', en: 'Mobile court sessions' },
  campaign: { vi: 'Chiến dịch truyền thông', en: 'Campaigns' },
  cultural_event: { vi: 'Hoạt động văn hóa, văn nghệ', en: 'Cultural events' },
  inspection: { vi: 'Kiểm tra, giám sát', en: 'Inspections' },
  review: { vi: 'Sơ kết, tổng kết, khen thưởng', en: 'Reviews and awards' },
  hotline_promotion: { vi: 'Giới thiệu đường dây nóng', en: 'Hotline promotion' },
  model_building: { vi: 'Mô hình phòng, chống mua bán người', en: 'Community models' },
  kiosk_interactions: { vi: 'Lượt tương tác tại kiosk', en: 'Kiosk interactions' },
  network_building: {
    vi: 'Củng cố mạng lưới cộng tác viên, tuyên truyền viên',
    en: 'Volunteer and communicator networks',
  },
  information_gathering: { vi: 'Nắm bắt thông tin, dấu hiệu', en: 'Information gathering' },
  victim_support: { vi: 'Tiếp nhận, hỗ trợ, kết nối nạn nhân', en: 'Victim reception and support' },
};

/**
 * A planned place: an administrative unit when the plan names one, a named spot inside one, or a set of units by
 * tag when the plan names a kind of place ("23 xã biên giới" = areaTag 'border').
 */
export const PlannedPlaceSchema = z.object({
  name: z.string().min(1),
  areaCode: AreaCodeSchema.optional(),
  /** The units carrying this tag (inside areaCode when both are set). */
  areaTag: AreaTagSchema.optional(),
});
export type PlannedPlace = z.infer<typeof PlannedPlaceSchema>;

/** Planned work (hoạt động) from a plan's content or roadmap (lộ trình). */
export const ActivitySchema = z.object({
  id: IdSchema,
  componentId: IdSchema.optional(),
  type: ActivityTypeSchema,
  title: z.string().min(1),
  description: z.string().optional(),
  leadAgencyId: IdSchema.optional(),
  cooperatingAgencyIds: z.array(IdSchema).default([]),
  period: PeriodSchema,
  /** Ongoing duties ("thường xuyên") have no count; roadmap items do ("03 Pano"). */
  plannedQuantity: z.number().int().positive().optional(),
  unit: z.string().optional(),
  places: z.array(PlannedPlaceSchema).default([]),
  audiences: z.array(z.string().min(1)).default([]),
  sourceRef: SourceRefSchema.optional(),
});
export type Activity = z.infer<typeof ActivitySchema>;
export type ActivityInput = z.input<typeof ActivitySchema>;
