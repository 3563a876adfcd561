import type { PlanInput } from '../model/index.js';

/** Kế hoạch hành động PCMBN theo Dự án JICA, Lai Châu giai đoạn 2016–2018 — 2228/KH-UBND ngày 09/11/2016. */
export const laiChau2228: PlanInput = {
  id: 'lc2228',
  code: '2228/KH-UBND',
  title:
    'Kế hoạch hành động thực hiện Chương trình phòng, chống mua bán người theo nội dung Dự án "Phát triển nông thôn dựa vào kết quả" (dự án JICA) trên địa bàn tỉnh Lai Châu giai đoạn 2016 - 2018',
  issuer: 'Ủy ban nhân dân tỉnh Lai Châu',
  issuedOn: '2016-11-09',
  provinceCode: '12',
  areaStructure: '2016-01-01',
  period: { from: '2016-11-09', to: '2018-12-31' },
  components: [
    {
      id: 'lc2228-c1',
      title: 'Công tác tuyên truyền giới thiệu đường dây nóng',
      leadAgencyId: 'lc-sldtbxh',
    },
  ],
};
