/**
 * The kiosk's screen as a small PNG, taken on the device for the officers' fleet view (sent with a heartbeat at most
 * hourly). The page is cloned into an SVG <foreignObject> with its own style sheets and drawn onto a canvas — the
 * mechanism of html-to-image, without its weight. Honest limits: web fonts and images are not loaded inside an SVG
 * image (system fonts and blank boxes stand in), and only what is in the viewport is shown.
 */
const MAX_WIDTH = 640;

function styleText(): string {
  const out: string[] = [];
  for (const sheet of Array.from(document.styleSheets)) {
    try {
      for (const rule of Array.from(sheet.cssRules)) if (!(rule instanceof CSSFontFaceRule)) out.push(rule.cssText);
    } catch {
      /* a sheet from another origin cannot be read: left out */
    }
  }
  // Inside the SVG image the root is <svg>, not <html>: custom properties declared on :root go on <html>.
  return out.join('\n').replace(/:root\b/g, 'html');
}

export async function captureScreen(): Promise<string | null> {
  try {
    const width = innerWidth;
    const height = innerHeight;
    const clone = document.documentElement.cloneNode(true) as HTMLElement;
    for (const el of Array.from(clone.querySelectorAll('script, link, img, video, iframe, canvas'))) el.remove();
    const head = clone.querySelector('head');
    const style = document.createElement('style');
    style.textContent = styleText();
    head?.append(style);
    clone.style.width = `${width}px`;
    clone.style.height = `${height}px`;
    clone.style.overflow = 'hidden';
    const html = new XMLSerializer().serializeToString(clone);
    const svg =
      `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">` +
      `<foreignObject x="0" y="0" width="100%" height="100%">${html}</foreignObject></svg>`;
    const image = new Image();
    image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
    await image.decode();
    const scale = Math.min(1, MAX_WIDTH / width);
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const ctx = canvas.getContext('2d');
    if (!ctx) return null;
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.drawImage(image, 0, 0, canvas.width, canvas.height);
    const png = canvas.toDataURL('image/png');
    // The API keeps at most 512 KB: a busy screen goes as JPEG instead.
    return png.length < 650_000 ? png : canvas.toDataURL('image/jpeg', 0.7);
  } catch {
    return null;
  }
}
