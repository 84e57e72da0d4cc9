import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../page-size.ts';

/** Offset pagination settings shared by the root lists that rank their results. */
export const offsetPaging = { defaultSize: DEFAULT_PAGE_SIZE, maxSize: MAX_PAGE_SIZE };
