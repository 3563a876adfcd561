import QRCode from 'qrcode';

/** A QR code that dials `number` when scanned (tel: URI), as SVG markup made here — no network, no image service. */
export function telQrSvg(number: string): Promise<string> {
  return QRCode.toString(`tel:${number.replace(/[^\d+]/g, '')}`, {
    type: 'svg',
    margin: 1,
    errorCorrectionLevel: 'M',
    color: { dark: '#10141b', light: '#ffffff' },
  });
}
