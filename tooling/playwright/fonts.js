// Plain JavaScript (typed in fonts.d.ts), like the rest of this package. The DOM's types: page.evaluate's callback
// runs in the browser.
/// <reference lib="dom" />

/** @type {import('./fonts.d.ts').fontsDrawing} */
export async function fontsDrawing(page, selector) {
  await page.locator(selector).first().waitFor();
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
    return fonts;
  } finally {
    await cdp.detach();
  }
}
