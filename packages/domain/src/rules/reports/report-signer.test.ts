import { describe, expect, it } from 'vitest';
import type { AgencySigner } from '../../model/agency.js';
import { defaultSignerTitle, signatureLines, signerOn, signerTitleLines } from './report-signer.js';

const signers: AgencySigner[] = [
  { agencyId: 'tv-shlhpn', validFrom: '2018-01-01', title: 'Chủ tịch', name: 'Nguyễn Thị A' },
  { agencyId: 'tv-shlhpn', validFrom: '2021-06-15', title: 'KT. Chủ tịch — Phó Chủ tịch', name: 'Trần Thị B' },
  { agencyId: 'tv-stttt', validFrom: '2017-01-01', title: 'GIÁM ĐỐC', name: 'Lê Văn C' },
];

describe('report signer', () => {
  it('the signer on a date is the latest entry from on or before it, of that agency only', () => {
    expect(signerOn(signers, 'tv-shlhpn', '2017-12-31')).toBeUndefined();
    expect(signerOn(signers, 'tv-shlhpn', '2021-06-14')?.name).toBe('Nguyễn Thị A');
    expect(signerOn(signers, 'tv-shlhpn', '2021-06-15')?.name).toBe('Trần Thị B');
    expect(signerOn(signers, 'tv-stttt', '2030-01-01')?.name).toBe('Lê Văn C');
    expect(signerOn(signers, 'lc-ubnd', '2030-01-01')).toBeUndefined();
  });

  it('a title becomes capitalised lines, split on new lines or a dash between spaces', () => {
    expect(signerTitleLines('KT. Chủ tịch — Phó Chủ tịch')).toEqual(['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH']);
    expect(signerTitleLines('KT. GIÁM ĐỐC\n PHÓ GIÁM ĐỐC\n')).toEqual(['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC']);
  });

  it('the title replaces the kind’s lines, keeping a collective’s "TM." line', () => {
    const committee = ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH'];
    expect(signatureLines(committee, undefined)).toEqual(committee);
    expect(signatureLines(committee, 'KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH')).toEqual([
      'TM. ỦY BAN NHÂN DÂN',
      'KT. CHỦ TỊCH',
      'PHÓ CHỦ TỊCH',
    ]);
    expect(signatureLines(committee, 'TM. UBND huyện\nChủ tịch')).toEqual(['TM. UBND HUYỆN', 'CHỦ TỊCH']);
    expect(signatureLines(['GIÁM ĐỐC'], 'KT. Giám đốc — Phó Giám đốc')).toEqual(['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC']);
    expect(defaultSignerTitle(committee)).toBe('CHỦ TỊCH');
    expect(defaultSignerTitle(['GIÁM ĐỐC'])).toBe('GIÁM ĐỐC');
  });
});
