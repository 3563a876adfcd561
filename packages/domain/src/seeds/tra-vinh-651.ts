import type { PlanInput } from '../model/index.js';

/** Kế hoạch truyền thông phòng, chống mua bán người đến năm 2020 — Trà Vinh, QĐ 651/QĐ-UBND ngày 06/4/2018. */
export const traVinh651: PlanInput = {
  id: 'tv651',
  code: '651/QĐ-UBND',
  title: 'Kế hoạch truyền thông phòng, chống mua bán người đến năm 2020 trên địa bàn tỉnh Trà Vinh',
  issuer: 'Ủy ban nhân dân tỉnh Trà Vinh',
  issuedOn: '2018-04-06',
  provinceCode: '84',
  areaStructure: '2018-10-16',
  period: { from: '2018-04-06', to: '2020-12-31' },
  components: [
    {
      id: 'tv651-c1',
      title: 'Tiểu đề án 1: Truyền thông phòng, chống mua bán người trên các phương tiện thông tin đại chúng',
      leadAgencyId: 'tv-stttt',
    },
    {
      id: 'tv651-c2',
      title: 'Tiểu đề án 2: Truyền thông phòng, chống mua bán người tại cộng đồng',
      leadAgencyId: 'tv-hlhpn',
    },
  ],
};
