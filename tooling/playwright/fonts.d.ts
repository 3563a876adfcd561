import type { Page } from '@playwright/test';

/**
 * The fonts Chromium really drew the text of `selector` with (DevTools: CSS.getPlatformFontsForNode), once the
 * page's fonts have loaded: how the public site's and the kiosk's tests see that Khmer is drawn in the face we ship.
 */
export declare function fontsDrawing(
  page: Page,
  selector: string,
): Promise<{ familyName: string; isCustomFont: boolean }[]>;
